/**
 * The short text of an element: its text with whitespace runs collapsed, when short enough to
 * be a label, a heading, a counter or a promo line. Several cleaners ask about the same element
 * with different limits (the headline test, the furniture labels, link paragraphs, promo
 * lines); {@link ShortTexts} reads each element once and answers every limit from that read,
 * forgetting what a removal below an element makes stale.
 */
import type { AnyNode, Element } from 'domhandler';
import { isSpace } from '../text.ts';
import { isElement, squash, textOf } from './dom.ts';

/**
 * Text of `el` when it is at most `max` characters long once whitespace runs are collapsed,
 * else null. The walk stops early once the text read so far is over twice `max` with more
 * than `max` characters between its first and last non-space.
 *
 * @param el - the element
 * @param max - the longest text wanted
 * @returns the collapsed, trimmed text, or null when longer
 */
export function shortText(el: Element, max: number): string | null {
  // An explicit walk (no closure per call: this runs for most elements of the body).
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      out += n.data;
      if (out.length > max * 2 && out.trim().length > max) return null;
    } else if (isElement(n)) {
      const { children } = n;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  const t = out.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : null;
}

/** The longest limit a remembered read answers; a larger one reads the element again. */
const LONGEST = 400;

/** A read's marks: the text holds an ASCII digit, or a capital I with a dot (U+0130). */
const DIGIT = 1;
const DOTTED_CAPITAL_I = 2;

/**
 * One walk of an element, enough to answer {@link shortText} for every limit up to LONGEST.
 * It counts rather than copies: the text is built only when a caller asks for it and it is
 * short enough (most reads only tell a cleaner that a block is too long, or holds no digit).
 */
interface Read {
  /** {@link shortText}'s walk stops early (null) for every limit below this. */
  readonly stop: number;
  /** The length of the text once squashed (whitespace runs one space, trimmed). */
  readonly length: number;
  /** {@link DIGIT} and {@link DOTTED_CAPITAL_I}, when the text holds them. */
  readonly marks: number;
  /** The squashed text, once asked for. */
  text: string | undefined;
}

/** The read of every element too long for any limit (one object for all of them). */
const LONG: Read = { stop: Number.POSITIVE_INFINITY, length: 0, marks: 0, text: undefined };

const stack: AnyNode[] = [];

/**
 * Reads `el` the way {@link shortText} does, keeping the largest limit its early stop fires
 * for: after each text node the walk stops for a limit `max` when the text so far is longer
 * than `2 * max` and its trimmed length longer than `max`, that is when `max` is below
 * `min(length / 2, trimmed length)`. Each text node that does not end the walk is then
 * counted as {@link squash} would collapse it.
 */
function read(el: Element): Read {
  let raw = 0;
  let started = false;
  let lead = 0;
  let trail = 0;
  let stop = 0;
  let length = 0;
  let gap = false;
  let marks = 0;
  stack.length = 0;
  stack.push(el);
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      const d = n.data;
      raw += d.length;
      let i = 0;
      while (i < d.length && isSpace(d.charCodeAt(i))) i++;
      if (i === d.length) {
        trail += d.length;
        if (!started) lead += d.length;
      } else {
        if (!started) {
          lead += i;
          started = true;
        }
        let j = d.length;
        while (isSpace(d.charCodeAt(j - 1))) j--;
        trail = d.length - j;
      }
      const trimmed = started ? raw - lead - trail : 0;
      const fires = Math.min(raw / 2, trimmed);
      if (fires > stop) {
        stop = fires;
        if (stop > LONGEST) {
          stack.length = 0;
          return LONG;
        }
      }
      // Counted between the node's first and last non-space (`i` and `end`, known above).
      if (i === d.length) {
        gap = length > 0;
        continue;
      }
      if (i > 0 && length > 0) gap = true;
      const end = d.length - trail;
      for (let k = i; k < end; k++) {
        const c = d.charCodeAt(k);
        if (isSpace(c)) {
          gap = true;
          continue;
        }
        if (gap) {
          length++;
          gap = false;
        }
        length++;
        if (c >= 48 && c <= 57) marks |= DIGIT;
        else if (c === 0x130) marks |= DOTTED_CAPITAL_I;
      }
      if (end < d.length) gap = true;
    } else if (isElement(n)) {
      const { children } = n;
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as AnyNode);
    }
  }
  return { stop, length, marks, text: undefined };
}

/**
 * {@link shortText} of the elements of one container, each element read once. Whoever changes
 * the text below an element (removes a block, a text node) calls {@link ShortTexts.changed}
 * first, so its ancestors are read again.
 *
 * @example
 * const texts = new ShortTexts();
 * texts.of(el, 300); // reads el
 * texts.of(el, 120); // the same read
 * texts.changed(child); // before detaching child: el is read again next time
 */
export class ShortTexts {
  readonly #reads = new Map<AnyNode, Read>();

  #read(el: Element): Read {
    const known = this.#reads.get(el);
    if (known !== undefined) return known;
    // An element whose only child is an element has that child's text (wrappers around one
    // block): one read serves the chain, asked about from the outside in.
    let end = el;
    let r: Read | undefined;
    for (;;) {
      const only = end.children.length === 1 ? (end.children[0] as AnyNode) : null;
      if (only === null || !isElement(only)) break;
      end = only;
      r = this.#reads.get(end);
      if (r !== undefined) break;
    }
    r ??= read(end);
    for (let e = el; ; e = e.children[0] as Element) {
      this.#reads.set(e, r);
      if (e === end) break;
    }
    return r;
  }

  /**
   * The same as {@link shortText}`(el, max)`.
   *
   * @param el - the element
   * @param max - the longest text wanted
   * @returns the collapsed, trimmed text, or null when longer
   */
  of(el: Element, max: number): string | null {
    if (max > LONGEST) return shortText(el, max);
    const r = this.#read(el);
    if (max < r.stop || r.length > max) return null;
    // The text below `el` is as it was read: whoever changes it calls `changed` first.
    r.text ??= squash(textOf(el));
    return r.text;
  }

  /**
   * The length of {@link ShortTexts.of}`(el, max)` without building it.
   *
   * @param el - the element
   * @param max - the longest text wanted, at most 400
   * @returns the length, or -1 when `of` gives null
   */
  lengthOf(el: Element, max: number): number {
    const r = this.#read(el);
    return max < r.stop || r.length > max ? -1 : r.length;
  }

  /**
   * Whether the element's text holds an ASCII digit (`/\d/`), when its read went to the end
   * (a text too long for every limit answers false).
   */
  holdsDigit(el: Element): boolean {
    return (this.#read(el).marks & DIGIT) !== 0;
  }

  /** Whether the element's text holds a capital I with a dot (U+0130), under the same terms. */
  holdsDottedCapitalI(el: Element): boolean {
    return (this.#read(el).marks & DOTTED_CAPITAL_I) !== 0;
  }

  /**
   * Forgets the reads of `node`'s ancestors: call it before removing or changing `node`.
   *
   * @param node - the node about to change
   */
  changed(node: AnyNode): void {
    for (let p = node.parent; p !== null; p = p.parent) this.#reads.delete(p);
  }
}
