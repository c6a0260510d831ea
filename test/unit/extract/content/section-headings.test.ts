/**
 * A document's sections under `<h1>`s of their own (Word's "Heading 1"): three or more `<h1>`s
 * side by side that each head a paragraph, a paragraph before the one asked about. The answer
 * counts only as far as it needs; these tests hold it to a count of every `<h1>` beside it.
 */
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isElement, isSectionH1, siblingElement } from '../../../../shared/extract/content/dom.ts';

/** The rule with every `<h1>` of the parent counted, as first written. */
function reference(el: Element): boolean {
  const heads = (c: Element) => c.name === 'h1' && siblingElement(c, 'next')?.name === 'p';
  const sections = (el.parent?.children ?? []).filter(
    (c): c is Element => isElement(c) && heads(c),
  );
  let at = siblingElement(el, 'prev');
  while (at !== null && at.name !== 'p') at = siblingElement(at, 'prev');
  return sections.length > 2 && sections.includes(el) && at !== null;
}

/** The `<h1>`s of a box of the given children. */
function h1sOf(children: string): Element[] {
  const $ = load(`<div id="box">${children}</div>`);
  return $('#box > h1').toArray();
}

const CHILDREN = [
  '<h1>Mục</h1>',
  '<p>Đoạn văn.</p>',
  '<ul><li><a href="/a">Tin</a></li></ul>',
  '<div>Hộp</div>',
  'chữ',
];

describe('isSectionH1', () => {
  it("answers as a count of every <h1> beside it, for any run of a box's children", () => {
    const children = fc
      .array(fc.constantFrom(...CHILDREN), { maxLength: 14 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(children, (html) => {
        for (const h1 of h1sOf(html)) expect(isSectionH1(h1)).toBe(reference(h1));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes Word's Heading 1 paragraphs after the first, not an <h1> over a box of links", () => {
    const word = h1sOf('<h1>A</h1><p>x</p><h1>B</h1><p>y</p><h1>C</h1><p>z</p>');
    expect(word.map(isSectionH1)).toEqual([false, true, true]);
    const flat = h1sOf(
      '<h1>Site</h1><p>Tagline</p><h1>Headline</h1><p>Body</p><h1>Latest</h1><ul><li>x</li></ul>',
    );
    expect(flat.map(isSectionH1)).toEqual([false, false, false]);
  });
});
