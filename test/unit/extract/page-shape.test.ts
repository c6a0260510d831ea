import { type CheerioAPI, load } from 'cheerio/slim';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../shared/extract/content/dom.ts';
import type { JsonLd } from '../../../shared/extract/json-ld.ts';
import { indexPage } from '../../../shared/extract/page-index.ts';
import {
  CHROME,
  countTeasers,
  HEADINGS,
  headingAbove,
  readPageShape,
} from '../../../shared/extract/page-kind.ts';
import { cleanText } from '../../../shared/extract/text.ts';

const NO_JSON_LD: JsonLd = { nodes: [], byId: new Map(), article: null };

/** The count of linked headlines as first written: a walk down the tree with each node's flags. */
function referenceTeasers($: CheerioAPI): number {
  const headings = new Set<Element>();
  const linkBlocks = new Set<Element>();
  const stack: { node: ParentNode; inChrome: boolean; inLink: boolean }[] = [
    { node: $.root()[0] as ParentNode, inChrome: false, inLink: false },
  ];
  while (stack.length > 0) {
    const { node, inChrome: chromeAbove, inLink: linkAbove } = stack.pop() as (typeof stack)[0];
    let inChrome = chromeAbove;
    let inLink = linkAbove;
    if (node.type === 'tag') {
      inChrome ||= CHROME.has(node.name);
      const href = node.name === 'a' && node.attribs.href !== undefined;
      inLink ||= href;
      if (!inChrome && HEADINGS.has(node.name) && inLink) headings.add(node);
      if (!inChrome && href) {
        const heading = headingAbove(node);
        if (heading !== null) headings.add(heading);
        const block = node.parent;
        if (block?.type === 'tag' && ['p', 'li', 'td'].includes(block.name)) {
          const linked = cleanText(textOf(node));
          if (linked.split(' ').length >= 5 && cleanText(textOf(block)) === linked) {
            linkBlocks.add(block);
          }
        }
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i] as AnyNode;
      if (child.type === 'tag') stack.push({ node: child, inChrome, inLink });
    }
  }
  return Math.max(headings.size, linkBlocks.size);
}

const TEASERS = `<nav><h3><a href="/x">Menu</a></h3></nav>
  <h2><a href="/a">One</a></h2><div><h3><span><a href="/b">Two</a></span></h3></div>
  <ul><li><a href="/c">A linked teaser of five words</a></li>
  <li>Not only <a href="/d">a linked teaser of five words</a></li></ul>`;

describe('readPageShape', () => {
  it('counts linked headlines and link-only list items outside page chrome', () => {
    expect(countTeasers(indexPage(load(TEASERS)).elements)).toBe(2);
  });

  it("counts a table's cells that are each one linked title (a portal's list of documents)", () => {
    const rows = [1, 2, 3]
      .map(
        (i) =>
          `<tr><td>${i}</td><td><a href="/vb/${i}">${i}/QĐ-UBND</a></td><td><a href="/vb/${i}">Về việc phê duyệt kế hoạch số ${i} năm 2025</a></td></tr>`,
      )
      .join('');
    expect(countTeasers(indexPage(load(`<table>${rows}</table>`)).elements)).toBe(3);
  });

  it('gives the count of linked headlines of a page that declares no article', () => {
    const shape = readPageShape(indexPage(load(TEASERS)).elements, NO_JSON_LD);
    expect(shape).toEqual({ declaredArticle: false, declaredListing: false, teasers: 2 });
  });

  it('counts no linked headlines on a page that declares an article or a video', () => {
    const article = { '@type': 'NewsArticle' };
    const jsonLd: JsonLd = { nodes: [article], byId: new Map(), article };
    const elements = indexPage(load(TEASERS)).elements;
    expect(readPageShape(elements, jsonLd)).toEqual({
      declaredArticle: true,
      declaredListing: false,
      notFree: false,
    });
    expect(readPageShape(elements, NO_JSON_LD, 'video.other')).toEqual({
      declaredArticle: true,
      declaredListing: false,
      notFree: false,
    });
  });

  it('counts as many linked headlines as the walk down the tree on any page', () => {
    const open = fc.constantFrom(
      '<nav>',
      '<aside>',
      '<h2>',
      '<h3>',
      '<h4>',
      '<a href="/x">',
      '<a name="x">',
      '<p>',
      '<li>',
      '<ul>',
      '<div>',
      '<span>',
      '<script>',
    );
    const close = fc.constantFrom('</nav>', '</h2>', '</h3>', '</a>', '</p>', '</li>', '</div>');
    const text = fc.constantFrom(
      'one',
      'one two three four five',
      ' six\u00a0seven \u200b eight ',
      'nine\u200bten eleven twelve thirteen',
      '</script>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(open, close, text), { maxLength: 50 }), (pieces) => {
        const $ = load(pieces.join(''));
        expect(countTeasers(indexPage($).elements)).toBe(referenceTeasers($));
      }),
      { numRuns: 1000 },
    );
  });
});
