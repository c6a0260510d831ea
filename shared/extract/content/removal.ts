/**
 * How the body finder removes an element: it detaches it and, when the caller traces the
 * extraction (`syndicate extract --explain`), reports the rule that removed it. Without a trace
 * a removal is a plain detach: nothing is described, nothing is paid.
 */
import { type AnyNode, type Element, Text } from 'domhandler';
import { isSpace } from '../text.ts';
import type { ExtractionTrace } from '../trace.ts';
import { detach, isElement, replaceWith, squash } from './dom.ts';
import { BLOCK } from './score.ts';

/**
 * Removes `el` from the tree because of `rule` (`match`: what matched, a class, a heading…);
 * with `keep`, those nodes of it stay in its place (a slideshow's images). With `later`, the
 * removal is only written there (`el` and what takes its place), for the caller to make with
 * `replaceAll` (dom.ts) together with others: one at a time, each searches and splices the
 * sibling list.
 */
export type Remove = (
  el: Element,
  rule: string,
  match?: string,
  keep?: readonly AnyNode[],
  later?: Map<AnyNode, readonly AnyNode[]>,
) => void;

/** How many characters of a removed block's text a trace keeps. */
const SNIPPET = 80;

/** Ancestors shown in front of an element in a path. */
const PATH_DEPTH = 3;

function describeOne(el: Element): string {
  const { id, class: cls } = el.attribs;
  let out = el.name;
  if (id !== undefined && id.trim() !== '') out += `#${id.trim()}`;
  if (cls !== undefined) {
    for (const name of cls.trim().split(/\s+/).slice(0, 3)) if (name !== '') out += `.${name}`;
  }
  return out;
}

/**
 * A short CSS-like path of an element: itself and up to three ancestors below `<body>`,
 * e.g. `td#right > div.module > ul`.
 *
 * @param el - the element
 * @returns the path
 */
export function elementPath(el: Element): string {
  const parts = [describeOne(el)];
  let node: AnyNode | null = el.parent as AnyNode | null;
  while (node !== null && isElement(node) && parts.length <= PATH_DEPTH) {
    if (node.name === 'body' || node.name === 'html') break;
    parts.unshift(describeOne(node));
    node = node.parent as AnyNode | null;
  }
  return parts.join(' > ');
}

/**
 * The first characters of a text, whitespace collapsed.
 *
 * @param text - any text
 * @returns at most {@link SNIPPET} characters, with "…" when cut
 */
export function snippet(text: string): string {
  const t = squash(text.length > SNIPPET * 4 ? text.slice(0, SNIPPET * 4) : text);
  return t.length > SNIPPET ? `${t.slice(0, SNIPPET - 1)}…` : t;
}

/** The first characters of an element's text, blocks separated by a space, scripts left out. */
function textSnippet(el: Element): string {
  let out = '';
  const visit = (node: AnyNode): void => {
    if (out.length > SNIPPET * 4) return;
    if (node.type === 'text') out += node.data;
    else if (isElement(node) && node.name !== 'script' && node.name !== 'style') {
      if (BLOCK.has(node.name)) out += ' ';
      for (const child of node.children) visit(child);
      if (BLOCK.has(node.name)) out += ' ';
    }
  };
  visit(el);
  return snippet(out);
}

/**
 * What takes the place of a block removed from between two runs of text that touch it
 * ("…state institutions.<div id="poll-widget">…</div>He described…", a widget's placeholder
 * set in a story written as text): a space, or the words on either side run together, which a
 * browser shows on lines of their own. Nothing in any other place.
 */
function gapOf(el: Element): AnyNode[] | undefined {
  const { prev, next } = el;
  if (prev?.type !== 'text' || next?.type !== 'text' || !BLOCK.has(el.name)) return undefined;
  const before = prev.data.charCodeAt(prev.data.length - 1);
  const after = next.data.charCodeAt(0);
  if (Number.isNaN(before) || Number.isNaN(after) || isSpace(before) || isSpace(after)) {
    return undefined;
  }
  return [new Text(' ')];
}

/** Detaches `el`, or puts `keep` in its place; with `later`, writes that down there. */
function take(
  el: Element,
  keep: readonly AnyNode[] | undefined,
  later: Map<AnyNode, readonly AnyNode[]> | undefined,
): void {
  const kept = keep ?? gapOf(el);
  if (later !== undefined) later.set(el, kept ?? []);
  else if (kept === undefined) detach(el);
  else replaceWith(el, kept);
}

/**
 * The removal function for one extraction.
 *
 * @param trace - where to report removals; without one, elements are only detached
 * @returns the function the cleaners call
 */
export function remover(trace: ExtractionTrace | undefined): Remove {
  if (trace === undefined) return (el, _rule, _match, keep, later) => take(el, keep, later);
  return (el, rule, match, keep, later) => {
    trace.removed({
      rule,
      ...(match === undefined ? {} : { match }),
      element: elementPath(el),
      text: textSnippet(el),
    });
    take(el, keep, later);
  };
}
