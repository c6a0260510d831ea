/**
 * Removes boilerplate from inside the chosen container, in place: comments, hidden and
 * non-content elements, share bars, ads, newsletter and comment boxes (by class/id),
 * related-links blocks (by their heading text), and link- or form-heavy blocks
 * (Readability's "clean conditionally").
 */
import type { AnyNode, Element } from 'domhandler';
import { classAndId, descendants, detach, isElement, replaceWith, textOf } from './dom.ts';
import { BOILERPLATE, isRelatedHeading, KEEP } from './patterns.ts';
import { BLOCK, classWeight, isSkipped } from './score.ts';

const VIDEO_EMBED =
  /^(?:https?:)?\/\/(?:www\.)?(?:youtube\.com\/embed\/|youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/i;

/** True for an `<iframe>` that embeds a video from an allowlisted host. */
export function isVideoEmbed(el: Element): boolean {
  return el.name === 'iframe' && VIDEO_EMBED.test(el.attribs.src ?? '');
}

/** Options of the boilerplate cleaner. */
export interface CleanOptions {
  /** Remove blocks whose class/id says "not the article" (as the scorer skipped them). */
  readonly stripUnlikely: boolean;
  /** Elements never removed: the best-scored block and its ancestors inside the container. */
  readonly protect: ReadonlySet<Element>;
  /** Lower-cased headline texts of the page: a block repeating one is the title, not body. */
  readonly headlines: ReadonlySet<string>;
}

/**
 * Cleans `container` in place.
 *
 * @param container - The article container.
 * @param options - What else to remove.
 */
export function removeBoilerplate(container: Element, options: CleanOptions): void {
  const total = textOf(container).length;
  removeNonContent(container, options, total, container.name === 'table');
  removeRelatedBlocks(container);
  cleanConditionally(container, options.protect, total);
}

function removeNonContent(
  parent: Element,
  options: CleanOptions,
  total: number,
  inTable: boolean,
): void {
  for (const child of [...parent.children] as AnyNode[]) {
    if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') {
      detach(child);
      continue;
    }
    if (!isElement(child)) continue;
    if (child.name === 'noscript') {
      rescueNoscriptImage(child);
      continue;
    }
    if (child.name === 'iframe' && isVideoEmbed(child)) continue;
    if (options.protect.has(child)) {
      removeNonContent(child, options, total, inTable || child.name === 'table');
      continue;
    }
    if (
      child.name === 'h1' ||
      isHeadline(child, options.headlines) ||
      isSkipped(child, options.stripUnlikely, inTable) ||
      isFormControlBlock(child) ||
      isBoilerplate(child, total)
    ) {
      detach(child);
      continue;
    }
    removeNonContent(child, options, total, inTable || child.name === 'table');
  }
}

const TITLE_LIKE = new Set([
  'h2',
  'h3',
  'h4',
  'td',
  'th',
  'div',
  'p',
  'strong',
  'b',
  'span',
  'font',
  'header',
]);

function isHeadline(el: Element, headlines: ReadonlySet<string>): boolean {
  if (headlines.size === 0 || !TITLE_LIKE.has(el.name)) return false;
  const text = shortText(el, 300);
  return text !== null && text !== '' && headlines.has(text.toLowerCase());
}

function isBoilerplate(el: Element, total: number): boolean {
  const hints = classAndId(el);
  if (hints === '' || !BOILERPLATE.test(hints) || KEEP.test(hints)) return false;
  // A wrapper holding most of the article is not page furniture, whatever its class says.
  return textOf(el).length < total * 0.5;
}

function isFormControlBlock(el: Element): boolean {
  return el.name === 'form' && textOf(el).length < 200;
}

/** Keeps the `<img>` of a `<noscript>` fallback when no real image sits next to it. */
function rescueNoscriptImage(noscript: Element): void {
  const images = descendants(noscript).filter((e) => e.name === 'img');
  const parent = noscript.parent;
  const hasSibling =
    parent !== null &&
    descendants(parent).some(
      (e) =>
        e.name === 'img' &&
        !images.includes(e) &&
        /^https?:|^\/\//.test(e.attribs['data-src'] ?? e.attribs.src ?? ''),
    );
  if (images.length > 0 && !hasSibling) replaceWith(noscript, images);
  else detach(noscript);
}

const HEADINGISH = new Set([
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'span',
  'strong',
  'b',
  'em',
  'header',
  'dt',
  'label',
  'li',
  'section',
]);

/** Text of `el` when it is at most `max` characters long, else null (stops early). */
function shortText(el: Element, max: number): string | null {
  let out = '';
  const visit = (n: AnyNode): boolean => {
    if (n.type === 'text') {
      out += n.data;
      return out.length <= max * 2 || out.trim().length <= max;
    }
    if (isElement(n)) for (const c of n.children) if (!visit(c)) return false;
    return true;
  };
  if (!visit(el)) return null;
  const t = out.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : null;
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of descendants(el)) if (a.name === 'a') n += textOf(a).trim().length;
  return n;
}

function isLinkList(el: Element, minus = 0): boolean {
  const text = textOf(el).replace(/\s+/g, ' ').trim().length - minus;
  if (text <= 0) return true;
  return linkText(el) / text >= 0.5;
}

/** Removes related/most-read/comment blocks recognised by their heading text. */
function removeRelatedBlocks(container: Element): void {
  for (const el of descendants(container)) {
    if (el.parent === null || !HEADINGISH.has(el.name)) continue;
    if (!isInside(el, container)) continue;
    const text = shortText(el, 60);
    if (text === null || !isRelatedHeading(text)) continue;
    let head: Element = el;
    const headLength = text.length;
    while (
      head.parent !== null &&
      head.parent !== container &&
      isElement(head.parent as AnyNode) &&
      textOf(head.parent).replace(/\s+/g, ' ').trim().length <= headLength
    ) {
      head = head.parent as Element;
    }
    const block = head.parent;
    if (block !== null && block !== container && isElement(block as AnyNode)) {
      if (isLinkList(block as Element, headLength)) {
        detach(block);
        continue;
      }
    }
    let next = head.next;
    detach(head);
    while (next !== null) {
      const after: AnyNode | null = next.next;
      if (next.type === 'text' && next.data.trim() === '') {
        next = after;
        continue;
      }
      if (next.type === 'text' || !isElement(next) || !isLinkList(next)) break;
      detach(next);
      next = after;
    }
  }
}

function isInside(el: Element, container: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === container) return true;
  return false;
}

interface Counts {
  text: number;
  link: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  liText: number;
  input: number;
  embed: number;
  figure: number;
}

const CONDITIONAL = new Set(['div', 'section', 'table', 'ul', 'ol', 'aside', 'fieldset']);

function count(el: Element, out: Map<Element, Counts>): Counts {
  const c: Counts = {
    text: 0,
    link: 0,
    commas: 0,
    p: 0,
    img: 0,
    li: 0,
    liText: 0,
    input: 0,
    embed: 0,
    figure: 0,
  };
  for (const child of el.children as AnyNode[]) {
    if (child.type === 'text') {
      c.text += child.data.replace(/\s+/g, ' ').length;
      c.commas += child.data.split(',').length - 1;
    } else if (isElement(child)) {
      const k = count(child, out);
      for (const key of Object.keys(c) as (keyof Counts)[]) c[key] += k[key];
    }
  }
  switch (el.name) {
    case 'a':
      c.link = c.text;
      break;
    case 'p':
      c.p++;
      break;
    case 'div':
      // A div of inline text is a paragraph of a site that writes paragraphs as divs.
      if (c.text > 0 && !el.children.some((k) => isElement(k) && BLOCK.has(k.name))) c.p++;
      break;
    case 'img':
      c.img++;
      break;
    case 'li':
      c.li++;
      c.liText = c.text;
      break;
    case 'input':
      c.input++;
      break;
    case 'iframe':
      if (!isVideoEmbed(el)) c.embed++;
      break;
    case 'video':
    case 'audio':
    case 'object':
    case 'embed':
      c.embed++;
      break;
    case 'figure':
      c.figure++;
      break;
  }
  out.set(el, c);
  return c;
}

function shouldRemove(el: Element, c: Counts, total: number): boolean {
  const weight = classWeight(el);
  // A block holding most of the article is the article, whatever its class says.
  if (weight < 0) return c.text < total * 0.5;
  if (c.commas >= 10) return false;
  const isList = el.name === 'ul' || el.name === 'ol' || (c.text > 0 && c.liText / c.text > 0.9);
  const density = c.text > 0 ? c.link / c.text : 0;
  if (c.img > 1 && c.p / c.img < 0.5 && c.figure === 0) return true;
  if (!isList && c.li - 100 > c.p) return true;
  if (c.input > Math.floor(c.p / 3)) return true;
  if (!isList && c.text < 25 && (c.img === 0 || c.img > 2) && density > 0) return true;
  if (!isList && weight < 25 && density > 0.2) return true;
  if (weight >= 25 && density > 0.5) return true;
  if ((c.embed === 1 && c.text < 75) || c.embed > 1) return true;
  return false;
}

function cleanConditionally(
  container: Element,
  protect: ReadonlySet<Element>,
  total: number,
): void {
  const counts = new Map<Element, Counts>();
  count(container, counts);
  const visit = (el: Element): void => {
    for (const child of [...el.children] as AnyNode[]) {
      if (!isElement(child)) continue;
      const c = counts.get(child);
      if (
        !protect.has(child) &&
        CONDITIONAL.has(child.name) &&
        c !== undefined &&
        shouldRemove(child, c, total)
      ) {
        detach(child);
        continue;
      }
      visit(child);
    }
  };
  visit(container);
}
