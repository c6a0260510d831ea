import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classAndId } from '../../../shared/extract/content/dom.ts';
import { CRUMB_HINT, TAG_LIST_HINT } from '../../../shared/extract/metadata-hints.ts';
import {
  ancestorClassTest,
  indexPage,
  pageHeadline,
  shownLinesAfter,
} from '../../../shared/extract/page-index.ts';

/** The test as it was written first: each element's answer from its parent's, memoized. */
function referenceTest(pattern: RegExp): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const test = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const parent: AnyNode | null = el.parent;
    const result =
      pattern.test(classAndId(el)) || (parent !== null && parent.type === 'tag' && test(parent));
    memo.set(el, result);
    return result;
  };
  return test;
}

/** The hints the index picks elements for (the test visits only those), and other patterns. */
const PATTERNS = [TAG_LIST_HINT, CRUMB_HINT, /tags|tag-list|keyword/i, /crumb|path/i, /x?/];

describe('ancestorClassTest', () => {
  it('answers yes for a link inside a tag list, by class or by id, and no elsewhere', () => {
    const $ = load(
      '<nav class="menu"><a href="/">Home</a></nav><div id="Tag-List"><ul><li><a href="/t/a">A</a></li></ul></div><p><a class="keyword" href="/k">K</a></p>',
    );
    const test = ancestorClassTest(indexPage($), 'a', /tags|tag-list|keyword/i);
    expect($('a').toArray().map(test)).toEqual([false, true, true]);
  });

  it('answers no for elements of other names', () => {
    const $ = load('<div class="tags"><a href="/t">T</a><span>S</span></div>');
    const test = ancestorClassTest(indexPage($), 'a', /tags/);
    expect(test($('a')[0] as Element)).toBe(true);
    expect(test($('span')[0] as Element)).toBe(false);
  });

  it('gives the first version’s answer for the elements of each name on any page', () => {
    const open = fc
      .record({
        name: fc.constantFrom('div', 'a', 'ul', 'li', 'p', 'span', 'table', 'td', 'script'),
        cls: fc.constantFrom(
          '',
          ' class="tags"',
          ' class="Breadcrumb item"',
          ' class="x y"',
          ' class="\u212aeyword"',
        ),
        id: fc.constantFrom(
          '',
          ' id="path"',
          ' id="main"',
          ' id="KEYWORD-box"',
          ' id="tag-l\u0130st"',
        ),
      })
      .map(({ name, cls, id }) => `<${name}${cls}${id}>`);
    const piece = fc.oneof(
      open,
      fc.constantFrom('</div>', '</a>', '</li>', '</p>', '</td>', '</table>', 'text', '<br>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const $ = load(pieces.join(''));
        const index = indexPage($);
        for (const pattern of PATTERNS) {
          const reference = referenceTest(pattern);
          for (const name of new Set(index.elements.map((el) => el.name))) {
            const test = ancestorClassTest(index, name, pattern);
            for (const el of index.byTag(name)) expect(test(el)).toBe(reference(el));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('shownLinesAfter', () => {
  const html = `<main><h1>A headline long enough <span>to read</span></h1><div> <span>By Anna Berg</span><a href="/x">Share</a></div>
<script>var x = 1;</script><p>  October   12,  2017 </p><p></p></main>`;

  it("yields the elements after the headline that show text of their own, cleaned, passing the headline's parts and the skipped tags", () => {
    const index = indexPage(load(html));
    const headline = pageHeadline(index) as Element;
    const from = index.elements.indexOf(headline);
    const lines = [...shownLinesAfter(index, from, new Set(['a', 'script']), headline)];
    expect(lines.map((l) => [l.el.name, l.text])).toEqual([
      ['span', 'By Anna Berg'],
      ['p', 'October 12, 2017'],
    ]);
    expect(lines.every((l) => index.elements[l.at] === l.el)).toBe(true);
  });
});
