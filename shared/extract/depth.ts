/**
 * A guard against absurdly deep markup. Real pages nest a few dozen elements deep; a hostile or
 * broken page can nest thousands (`<div>` × 10,000), which overflows the call stack of every
 * recursive tree walk (cheerio's `.text()`, the serializer, the scorer) and makes per-element
 * work quadratic. Below a fixed depth the tree is flattened: the text and the childless elements
 * (images, line breaks) stay, in order; the wrappers go.
 */
import type { AnyNode, ParentNode } from 'domhandler';

/** Nesting depth below which elements are flattened; far beyond any real page. */
export const MAX_DEPTH = 128;

function hasChildren(node: AnyNode): node is AnyNode & ParentNode {
  return 'children' in node && node.children.length > 0;
}

/** The leaves under a node in document order, a space after each removed wrapper. */
function leavesOf(node: ParentNode): AnyNode[] {
  const leaves: AnyNode[] = [];
  let lastText: (AnyNode & { data: string }) | null = null;
  // Explicit stack (no recursion): the whole point is surviving unbounded depth.
  const stack: (AnyNode | 'gap')[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as AnyNode | 'gap';
    if (next === 'gap') {
      // Keep words of adjacent blocks apart: the wrapper that separated them is gone.
      if (lastText !== null && !/\s$/.test(lastText.data)) lastText.data += ' ';
    } else if (hasChildren(next)) {
      stack.push('gap', ...[...next.children].reverse());
    } else {
      leaves.push(next);
      if (next.type === 'text') lastText = next;
    }
  }
  return leaves;
}

function adopt(parent: ParentNode, children: AnyNode[]): void {
  children.forEach((child, i) => {
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
  parent.children = children as ParentNode['children'];
}

/**
 * Flattens every element nested deeper than `maxDepth` into its ancestor at that depth.
 *
 * @param root - the document (or any parent node); changed in place
 * @param maxDepth - the deepest level kept as is
 * @returns how many subtrees were flattened (0 for any ordinary page)
 * @example flattenDeepNesting($.root()[0]) // 0 on a real page
 */
export function flattenDeepNesting(root: ParentNode, maxDepth: number = MAX_DEPTH): number {
  let flattened = 0;
  // Two parallel stacks rather than a [node, depth] pair per element of the page.
  const nodes: ParentNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as ParentNode;
    const depth = depths.pop() as number;
    if (depth >= maxDepth) {
      if (node.children.some(hasChildren)) {
        adopt(node, leavesOf(node));
        flattened += 1;
      }
      continue;
    }
    for (const child of node.children) {
      if (hasChildren(child)) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return flattened;
}
