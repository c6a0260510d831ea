/**
 * Readability's "clean conditionally": inside the article, blocks heavy in links, images
 * without text, form inputs or embeds, with few commas, are page furniture. A block holding a
 * post embedded from a social network (a quoted tweet) is the article's, whatever its class.
 */
import type { AnyNode, Element } from 'domhandler';
import { classAndId, collapsedLength, isElement } from './dom.ts';
import { isDataTable } from './layout.ts';
import { isEmbeddedPost, isVideoEmbed } from './patterns.ts';
import type { Remove } from './removal.ts';
import { BLOCK, classWeight } from './score.ts';

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
  /** Embedded social posts (`blockquote.twitter-tweet`). */
  post: number;
}

function commasIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) n++;
  return n;
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
    post: 0,
  };
  for (const child of el.children as AnyNode[]) {
    if (child.type === 'text') {
      c.text += collapsedLength(child.data);
      c.commas += commasIn(child.data);
    } else if (isElement(child)) {
      const k = count(child, out);
      c.text += k.text;
      c.link += k.link;
      c.commas += k.commas;
      c.p += k.p;
      c.img += k.img;
      c.li += k.li;
      c.liText += k.liText;
      c.input += k.input;
      c.embed += k.embed;
      c.figure += k.figure;
      c.post += k.post;
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
    case 'blockquote':
      if (isEmbeddedPost(el)) c.post++;
      break;
  }
  // Only the blocks the cleaner judges need their counts kept.
  if (CONDITIONAL.has(el.name)) out.set(el, c);
  return c;
}

/** Why a block is furniture, or null to keep it. */
function removalRule(el: Element, c: Counts, isBody: boolean): string | null {
  // An embedded post links to its author and date and sits in a "social" or "embed" wrapper;
  // the article quotes it.
  if (c.post > 0) return null;
  const weight = classWeight(el);
  // A negative class name removes any block but the one holding most of the body.
  if (weight < 0) return isBody ? null : 'negative class';
  if (c.commas >= 10) return null;
  // A table of data (results, prices, a schedule) links out without being a link list.
  if (el.name === 'table' && isDataTable(el)) return null;
  const isList = el.name === 'ul' || el.name === 'ol' || (c.text > 0 && c.liText / c.text > 0.9);
  const density = c.text > 0 ? c.link / c.text : 0;
  if (c.img > 1 && c.p / c.img < 0.5 && c.figure === 0) return 'images without text';
  if (!isList && c.li - 100 > c.p) return 'list items without paragraphs';
  if (c.input > Math.floor(c.p / 3)) return 'form inputs';
  if (!isList && c.text < 25 && (c.img === 0 || c.img > 2) && density > 0)
    return 'link-heavy block';
  if (!isList && weight < 25 && density > 0.2) return 'link-heavy block';
  if (weight >= 25 && density > 0.5) return 'link-heavy block';
  if ((c.embed === 1 && c.text < 75) || c.embed > 1) return 'embed';
  return null;
}

/**
 * Removes blocks heavy in links, images without text, form inputs or embeds from the
 * container, in place; `protect`ed elements stay, and a negative class name never removes
 * the `body` blocks.
 */
export function cleanConditionally(
  container: Element,
  protect: ReadonlySet<Element>,
  body: ReadonlySet<Element>,
  remove: Remove,
): void {
  const counts = new Map<Element, Counts>();
  count(container, counts);
  visitConditionally(container, counts, protect, body, remove);
}

/** The walk of {@link cleanConditionally} (a module function, not a closure per page). */
function visitConditionally(
  el: Element,
  counts: ReadonlyMap<Element, Counts>,
  protect: ReadonlySet<Element>,
  body: ReadonlySet<Element>,
  remove: Remove,
): void {
  // Each next sibling is taken before its predecessor is handled: a removal detaches only the
  // node at hand, so no copy of the children.
  let next: AnyNode | null = el.children[0] ?? null;
  while (next !== null) {
    const child: AnyNode = next;
    next = child.next;
    if (!isElement(child)) continue;
    const c = counts.get(child);
    const rule =
      !protect.has(child) && CONDITIONAL.has(child.name) && c !== undefined
        ? removalRule(child, c, body.has(child))
        : null;
    if (rule !== null) {
      remove(child, rule, rule === 'negative class' ? classAndId(child).trim() : undefined);
      continue;
    }
    visitConditionally(child, counts, protect, body, remove);
  }
}
