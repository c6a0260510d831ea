import type { AnyNode } from 'domhandler';

/**
 * A node and its subtree as plain data — type, name, attributes, text; nothing else — to
 * compare two parses of one page.
 */
export function shape(node: AnyNode): unknown {
  if ('children' in node) {
    const attribs = 'attribs' in node ? node.attribs : null;
    const name = 'name' in node ? node.name : null;
    return [node.type, name, attribs, node.children.map(shape)];
  }
  return [node.type, 'data' in node ? node.data : null];
}

/** Every node's parent, prev and next agree with the children arrays, all the way down. */
export function linksHold(node: AnyNode): boolean {
  if (!('children' in node)) return true;
  return node.children.every(
    (c, i) =>
      c.parent === node &&
      c.prev === (node.children[i - 1] ?? null) &&
      c.next === (node.children[i + 1] ?? null) &&
      linksHold(c),
  );
}
