/**
 * The short text of an element: its text with whitespace runs collapsed, when short enough to
 * be a label, a heading, a counter or a promo line. Several cleaners ask about the same element
 * with different limits (the headline test, the furniture labels, link paragraphs, promo
 * lines); {@link ShortTexts} reads each element once and answers every limit from that read,
 * forgetting what a removal below an element makes stale.
 */
import type { AnyNode, Element } from 'domhandler';
import { isSpace } from '../text.ts';
import { isElement, squash } from './dom.ts';

/*
 * The walks of this module go down the tree one child at a time, each level's children and the
 * index of the next one kept in these arrays (reused, as the walks do not nest): a walk that
 * stops early has not touched the children it did not read (pushing every child of a block of
 * 16,000 paragraphs first made each read of it as long as the block).
 */
const levelChildren: AnyNode[][] = [];
const levelNext: number[] = [];
/** How many levels the current walk has used. */
let used = 0;
const NO_CHILDREN: AnyNode[] = [];

/** Goes down into `el`'s children; returns the new depth. */
function enter(el: Element, depth: number): number {
  levelChildren[depth] = el.children;
  levelNext[depth] = 0;
  if (depth >= used) used = depth + 1;
  return depth + 1;
}

/** Ends a walk: the levels let go of the page's nodes (or they would outlive its extraction). */
function release<T>(result: T): T {
  levelChildren.fill(NO_CHILDREN, 0, used);
  used = 0;
  return result;
}

/** The next child at the deepest level, or null when that level is done. */
function next(depth: number): AnyNode | null {
  const children = levelChildren[depth - 1] as AnyNode[];
  const i = levelNext[depth - 1] as number;
  if (i === children.length) return null;
  levelNext[depth - 1] = i + 1;
  return children[i] as AnyNode;
}

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
  let depth = enter(el, 0);
  while (depth > 0) {
    const n = next(depth);
    if (n === null) depth--;
    else if (n.type === 'text') {
      out += n.data;
      if (out.length > max * 2 && out.trim().length > max) return release(null);
    } else if (isElement(n)) depth = enter(n, depth);
  }
  release(null);
  // Collapsed and trimmed without a copy when the text has no run of whitespace.
  const t = squash(out);
  return t.length <= max ? t : null;
}

/** The longest limit a remembered read answers; a larger one reads the element again. */
const LONGEST = 400;

/** One walk of an element, enough to answer {@link shortText} for every limit up to LONGEST. */
interface Read {
  /** {@link shortText}'s walk stops early (null) for every limit below this. */
  readonly stop: number;
  /** The element's text as read (empty when the walk stopped early for every limit). */
  readonly raw: string;
  squashed: string | undefined;
}

/** The read of every element too long for any limit (one object for all of them). */
const LONG: Read = { stop: Number.POSITIVE_INFINITY, raw: '', squashed: undefined };

/** What {@link ShortTexts} holds for an element whose text changed: it is read again. */
const STALE: Read = { stop: Number.NaN, raw: '', squashed: undefined };

/**
 * Reads `el` the way {@link shortText} does, keeping the largest limit its early stop fires
 * for: after each text node the walk stops for a limit `max` when the text so far is longer
 * than `2 * max` and its trimmed length longer than `max`, that is when `max` is below
 * `min(length / 2, trimmed length)`.
 */
function read(el: Element): Read {
  let out = '';
  let started = false;
  let lead = 0;
  let trail = 0;
  let stop = 0;
  let depth = enter(el, 0);
  while (depth > 0) {
    const n = next(depth);
    if (n === null) depth--;
    else if (n.type === 'text') {
      const d = n.data;
      out += d;
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
      const trimmed = started ? out.length - lead - trail : 0;
      const fires = Math.min(out.length / 2, trimmed);
      if (fires > stop) {
        stop = fires;
        if (stop > LONGEST) return release(LONG);
      }
    } else if (isElement(n)) depth = enter(n, depth);
  }
  return release({ stop, raw: out, squashed: undefined });
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
    if (max < r.stop) return null;
    r.squashed ??= squash(r.raw);
    return r.squashed.length <= max ? r.squashed : null;
  }

  #read(el: Element): Read {
    const known = this.#reads.get(el);
    if (known !== undefined && known !== STALE) return known;
    // An element whose only child is an element has that child's text (wrappers around one
    // block): one read serves the chain, asked about from the outside in.
    let end = el;
    let r: Read | undefined;
    for (;;) {
      const only = end.children.length === 1 ? (end.children[0] as AnyNode) : null;
      if (only === null || !isElement(only)) break;
      end = only;
      r = this.#reads.get(end);
      if (r === STALE) r = undefined;
      else if (r !== undefined) break;
    }
    r ??= read(end);
    for (let e = el; ; e = e.children[0] as Element) {
      this.#reads.set(e, r);
      if (e === end) break;
    }
    return r;
  }

  /**
   * Forgets the reads of `node`'s ancestors: call it before removing or changing `node`.
   *
   * @param node - the node about to change
   */
  changed(node: AnyNode): void {
    // Marked stale, not deleted: in Node 20's V8 a key deleted from a Map and set again costs
    // time in proportion to the Map's size (40 µs with 25,000 entries), and a block losing its
    // thousands of headings one at a time is forgotten and read again after each (2 s).
    const reads = this.#reads;
    for (let p = node.parent; p !== null; p = p.parent) if (reads.has(p)) reads.set(p, STALE);
  }
}
