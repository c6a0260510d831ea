import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detach,
  detachAll,
  replaceAll,
  replaceWith,
} from '../../../../shared/extract/content/dom.ts';
import { linksHold } from '../tree-shape.ts';

/** Every node below `root` (itself included), in document order, elements or not. */
function allNodes(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const visit = (node: AnyNode): void => {
    out.push(node);
    if ('children' in node) for (const c of node.children) visit(c);
  };
  visit(root);
  return out;
}

/**
 * Each node's parent, neighbours and children as positions in `nodes` (-1: none): two trees
 * with the same picture are linked alike, detached subtrees included.
 */
function picture(nodes: readonly AnyNode[]): unknown[] {
  const at = new Map(nodes.map((n, i) => [n, i]));
  const pos = (n: AnyNode | null): number => (n === null ? -1 : (at.get(n) ?? -2));
  return nodes.map((n) => [
    n.type,
    'name' in n ? n.name : 'data' in n ? n.data : null,
    pos(n.parent as AnyNode | null),
    pos(n.prev),
    pos(n.next),
    'children' in n ? n.children.map((c) => pos(c)) : null,
  ]);
}

const piece = fc.constantFrom('lúa', ' ', '<!--x-->', '<br>', '<img src="/a.jpg">');
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    piece,
    fc
      .tuple(
        fc.constantFrom('p', 'div', 'table', 'tr', 'td', 'span'),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

/** Two copies of one generated tree, as lists of nodes in document order (the root first). */
function twoTrees(parts: readonly string[]): [AnyNode[], AnyNode[]] {
  const page = `<section>${parts.join('')}</section>`;
  const tree = (): AnyNode[] => allNodes(load(page, null, false).root()[0] as AnyNode);
  return [tree(), tree()];
}

describe('detachAll', () => {
  it('takes out every comment of a paragraph, its text left linked in order', () => {
    const $ = load('<p>lúa <!-- x -->gạo<!-- y --> ngô</p>', null, false);
    const p = $('p')[0] as Element;
    const comments = p.children.filter((c) => c.type === 'comment');
    detachAll(comments);
    expect(p.children.map((c) => c.type)).toEqual(['text', 'text', 'text']);
    expect($('p').text()).toBe('lúa gạo ngô');
    expect(linksHold($.root()[0] as AnyNode)).toBe(true);
    expect(comments.every((c) => c.parent === null && c.prev === null && c.next === null)).toBe(
      true,
    );
  });

  it('builds the tree that detaching each node in turn builds', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.boolean(),
        (parts, chosen, backwards) => {
          const [a, b] = twoTrees(parts);
          const pick = (nodes: AnyNode[]): AnyNode[] => {
            const picked = nodes.filter((_, i) => chosen[i % chosen.length] === true);
            return backwards ? picked.reverse() : picked;
          };
          for (const node of pick(a)) detach(node);
          detachAll(pick(b));
          expect(picture(b)).toEqual(picture(a));
          expect(linksHold(b[0] as AnyNode)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('replaceAll', () => {
  it('puts the cells of each of several sibling tables in its place', () => {
    const $ = load(
      '<div><table><tr><td>a</td><td>b</td></tr></table>x<table><tr><td>c</td></tr></table></div>',
      null,
      false,
    );
    const edits = new Map<AnyNode, AnyNode[]>();
    for (const table of $('table').toArray()) edits.set(table, $(table).find('td').toArray());
    replaceAll(edits);
    expect($.html()).toBe('<div><td>a</td><td>b</td>x<td>c</td></div>');
    expect(linksHold($.root()[0] as AnyNode)).toBe(true);
  });

  it('leaves a node without a parent and the nodes meant for its place where they are', () => {
    const $ = load('<p>a<b>b</b></p>', null, false);
    const p = $('p')[0] as Element;
    detach(p);
    replaceAll(new Map([[p as AnyNode, [p.children[1] as AnyNode]]]));
    expect($.html(p)).toBe('<p>a<b>b</b></p>');
  });

  it('builds the tree that replaceWith on each entry in turn builds', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 6 }),
        fc.array(fc.nat(9), { minLength: 60, maxLength: 60 }),
        fc.boolean(),
        (parts, roles, backwards) => {
          const [a, b] = twoTrees(parts);
          // Keys: nodes whose role is under 3 (the root included: it has no parent). Each other
          // node whose role is 3 to 6 goes in place of its nearest replaced ancestor, as cells
          // go in place of their table: no node replaced twice, none in two places.
          const plan = (nodes: AnyNode[]): Map<AnyNode, AnyNode[]> => {
            const edits = new Map<AnyNode, AnyNode[]>();
            const placed = new Set<AnyNode>();
            nodes.forEach((node, i) => {
              const role = roles[i % roles.length] as number;
              if (role < 3) edits.set(node, []);
              else if (role <= 6) {
                let up = node.parent as AnyNode | null;
                while (up !== null && !edits.has(up)) up = up.parent as AnyNode | null;
                if (up !== null && !placed.has(node)) {
                  edits.get(up)?.push(node);
                  placed.add(node);
                }
              }
            });
            return backwards ? new Map([...edits].reverse()) : edits;
          };
          for (const [node, nodes] of plan(a)) replaceWith(node, nodes);
          replaceAll(plan(b));
          expect(picture(b)).toEqual(picture(a));
          expect(linksHold(b[0] as AnyNode)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
