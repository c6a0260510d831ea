/**
 * Removes boilerplate from inside the chosen container, in place: comments, hidden and
 * non-content elements, share bars, ads, newsletter and comment boxes (by class/id),
 * related-links blocks (by their heading text), and link- or form-heavy blocks
 * (Readability's "clean conditionally").
 */
import type { AnyNode, Element } from 'domhandler';
import { cleanConditionally } from './conditional.ts';
import {
  classAndId,
  descendants,
  detach,
  isElement,
  replaceWith,
  shortText,
  textOf,
} from './dom.ts';
import { BOILERPLATE, isVideoEmbed, KEEP } from './patterns.ts';
import { isAdLabel, removeLinkParagraphs, removeTrailingPromos } from './promo.ts';
import { removeRelatedBlocks } from './related.ts';
import { isSkipped } from './score.ts';

const GALLERY = /gallery|slideshow|carousel|slider/;

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
  removeRelatedBlocks(container, options.protect);
  removeLinkParagraphs(container);
  removeTrailingPromos(container);
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
    if (
      GALLERY.test(classAndId(child)) &&
      !options.protect.has(child) &&
      textOf(child).length < total * 0.5
    ) {
      // A slideshow's counters, buttons and repeated captions are not text; its images are.
      replaceWith(
        child,
        descendants(child).filter((d) => d.name === 'img'),
      );
      continue;
    }
    if (options.protect.has(child)) {
      removeNonContent(child, options, total, inTable || child.name === 'table');
      continue;
    }
    if (
      child.name === 'h1' ||
      isHeadline(child, options.headlines) ||
      isSkipped(child, options.stripUnlikely, inTable) ||
      isFormControlBlock(child) ||
      isAdLabel(child) ||
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
