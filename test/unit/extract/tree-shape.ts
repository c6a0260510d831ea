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
