import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textExcept, textOf, textWithoutCode } from '../../../../shared/extract/content/dom.ts';
import { bodyText, indexPage } from '../../../../shared/extract/page-index.ts';

/** A piece of markup: tags, a comment, a script, a style sheet, a reference or plain text. */
const PIECE = fc.oneof(
  fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<div>', '</div>', '<br>', '<!--c-->'),
  fc.constantFrom('<script>x()</script>', '<style>a{}</style>', '&amp;', ' '),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&]/g, '')),
);

describe('textOf', () => {
  it('joins the texts of nested elements in document order, without comments', () => {
    const $ = load('<div>One <b>two <i>three</i></b><!-- no --> four<br>five</div>');
    expect(textOf($('div')[0] as Element)).toBe('One two three fourfive');
  });

  it("is cheerio's text of any markup", () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 30 }), (pieces) => {
        const $ = load(`<section>${pieces.join('')}</section>`);
        const section = $('section');
        expect(textOf(section[0] as Element)).toBe(section.text());
      }),
    );
  });
});

describe('textWithoutCode', () => {
  it('leaves out what scripts and style sheets hold, as textExcept does, for any markup', () => {
    const $ = load('<div>One <script>x()</script><style>a{}</style><b>two</b><!-- c --></div>');
    expect(textWithoutCode($('div')[0] as Element)).toBe('One two');
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 30 }), (pieces) => {
        const section = load(`<section>${pieces.join('')}</section>`)('section')[0] as Element;
        expect(textWithoutCode(section)).toBe(textExcept([section], () => false));
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
