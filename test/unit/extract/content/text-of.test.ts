import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../../shared/extract/content/dom.ts';
import { bodyText, indexPage } from '../../../../shared/extract/page-index.ts';

describe('textOf', () => {
  it('joins the texts of nested elements in document order, without comments', () => {
    const $ = load('<div>One <b>two <i>three</i></b><!-- no --> four<br>five</div>');
    expect(textOf($('div')[0] as Element)).toBe('One two three fourfive');
  });

  it("is cheerio's text of any markup", () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<div>', '</div>', '<br>', '<!--c-->'),
      fc.constantFrom('<script>x()</script>', '<style>a{}</style>', '&amp;', ' '),
      fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const $ = load(`<section>${pieces.join('')}</section>`);
        const section = $('section');
        expect(textOf(section[0] as Element)).toBe(section.text());
      }),
    );
  });
});

describe('bodyText', () => {
  it("is the body's text with its scripts' text, read once for the page", () => {
    const $ = load('<html><body><p>Hello</p><script>var a = 1;</script><p>world</p></body></html>');
    const index = indexPage($);
    expect(bodyText(index)).toBe('Hellovar a = 1;world');
    expect(bodyText(index)).toBe(bodyText(index));
  });

  it('is empty for a page without a body element', () => {
    expect(bodyText(indexPage(load('<p>No body</p>')))).toBe('');
  });
});
