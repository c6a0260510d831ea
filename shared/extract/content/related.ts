/**
 * Related-links, most-read, share and comment blocks recognised by their heading text
 * ("Tin liên quan", "Xem thêm:", "Related stories"…), and the link lists that follow them.
 */
import type { AnyNode, Element } from 'domhandler';
import { descendants, isElement, shortText, textOf } from './dom.ts';
import { isRelatedHeading } from './patterns.ts';
import type { Remove } from './removal.ts';

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

function linkText(el: Element): number {
  let n = 0;
  for (const a of descendants(el)) if (a.name === 'a') n += textOf(a).trim().length;
  return n;
}

export function isLinkList(el: Element, minus = 0): boolean {
  const text = textOf(el).replace(/\s+/g, ' ').trim().length - minus;
  if (text <= 0) return true;
  return linkText(el) / text >= 0.5;
}

/** Removes related/most-read/comment blocks recognised by their heading text. */
export function removeRelatedBlocks(
  container: Element,
  protect: ReadonlySet<Element>,
  remove: Remove,
): void {
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
    if (
      block !== null &&
      block !== container &&
      isElement(block as AnyNode) &&
      !protect.has(block as Element)
    ) {
      // A block that opens with the heading, or is mostly links, is the related block.
      if (
        firstElementChild(block as Element) === head ||
        isLinkList(block as Element, headLength)
      ) {
        remove(block as Element, 'related heading', text);
        continue;
      }
    }
    if (protect.has(head)) continue;
    let next = head.next;
    remove(head, 'related heading', text);
    while (next !== null) {
      const after: AnyNode | null = next.next;
      if (next.type === 'text' && next.data.trim() === '') {
        next = after;
        continue;
      }
      if (next.type === 'text' || !isElement(next) || protect.has(next)) break;
      if (next.name !== 'ul' && next.name !== 'ol' && !isLinkList(next)) break;
      remove(next, 'links after a related heading', text);
      next = after;
    }
  }
}

function firstElementChild(el: Element): Element | null {
  for (const c of el.children) if (isElement(c)) return c;
  return null;
}

function isInside(el: Element, container: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === container) return true;
  return false;
}
