/**
 * Anchors left open, as browsers close them. An old page's `<a name="top"/>` (HTML has no
 * self-closing anchors) or a link whose `</a>` is missing holds, in htmlparser2's tree, the rest
 * of the page: every paragraph becomes link text, and the article scores nothing. A browser
 * never nests one link in another: when a link starts inside an open one, it closes the open one
 * there (the "adoption agency" of the HTML parsing standard), and what follows is outside it.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { relink } from './content/dom.ts';

/**
 * Closes each anchor that holds another one where the first of them starts: the anchor keeps
 * its children before the child holding that link (the empty `<a name="top">` keeps nothing),
 * and the rest follow it as its siblings. Elements keep their document order, so the parse's
 * list of elements stays valid.
 *
 * @param elements - every element of the page, in document order (as `parsePage` lists them)
 * @returns how many anchors were closed (0 on a well-formed page)
 */
export function closeOpenAnchors(elements: readonly Element[]): number {
  // For each element below an anchor, that anchor (the nearest) and its child on the way down,
  // read from the element's parent's (document order: a parent comes before its children), so
  // no element walks up the page (each link of a chain of 10,000 nested boxes did).
  const inAnchor = new Map<Element, readonly [Element, AnyNode]>();
  // For each anchor holding a link, its child on the way to the first link it holds.
  const firstHeld = new Map<Element, AnyNode>();
  for (const el of elements) {
    const parent = el.parent;
    if (parent === null || parent.type !== 'tag') continue;
    const up = parent as Element;
    const held = up.name === 'a' ? ([up, el] as const) : inAnchor.get(up);
    if (held === undefined) continue;
    inAnchor.set(el, held);
    const [anchor, below] = held;
    if (el.name === 'a' && !firstHeld.has(anchor)) firstHeld.set(anchor, below);
  }
  // What leaves each anchor: its children from that one on.
  const leaving = new Map<AnyNode, AnyNode[]>();
  const left = new Set<AnyNode>();
  for (const [anchor, child] of firstHeld) {
    const at = anchor.children.indexOf(child as (typeof anchor.children)[number]);
    const nodes = anchor.children.slice(at);
    anchor.children = anchor.children.slice(0, at);
    relink(anchor);
    leaving.set(anchor, nodes);
    for (const node of nodes) left.add(node);
  }
  // Each parent of an anchor that stays where it was is rebuilt once (one at a time, a chain of
  // open anchors would be quadratic): after each anchor, what leaves it, and after each of
  // those that is an anchor, what leaves that one.
  const parents = new Set<ParentNode>();
  for (const anchor of leaving.keys()) {
    if (!left.has(anchor) && anchor.parent !== null) parents.add(anchor.parent);
  }
  for (const parent of parents) {
    const children: AnyNode[] = [];
    for (const child of parent.children) {
      const stack: AnyNode[] = [child];
      while (stack.length > 0) {
        const node = stack.pop() as AnyNode;
        children.push(node);
        const after = leaving.get(node);
        if (after !== undefined)
          for (let i = after.length - 1; i >= 0; i--) stack.push(after[i] as AnyNode);
      }
    }
    parent.children = children as typeof parent.children;
    relink(parent);
  }
  return firstHeld.size;
}
