import { load } from 'cheerio/slim';
import { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classAndId } from '../../../shared/extract/content/dom.ts';
import { isLeadElement } from '../../../shared/extract/lead.ts';
import {
  AUTHOR_HINT,
  anyHint,
  asWritten,
  CRUMB_HINT,
  DATE_HINT,
  LEAD_HINT,
  mayHoldMetadata,
  TAG_LIST_HINT,
} from '../../../shared/extract/metadata-hints.ts';
import { isDateElement } from '../../../shared/extract/page-dates.ts';
import { indexElements, indexPage } from '../../../shared/extract/page-index.ts';
import { isAuthorElement } from '../../../shared/extract/read-authors.ts';

/** Pieces of class and id values: the readers' words in any case, and others. */
const word = fc.oneof(
  fc.constantFrom('sapo', 'Summary', 'LEAD', 'chapeau', 'desc', 'intro', 'tom-tat', 'tomtat'),
  fc.constantFrom('author', 'ByLine', 'autor', 'verfasser', 'tac-gia', 'tacgia', 'writer'),
  fc.constantFrom('date', 'Time', 'publish', 'ngay', 'meta', 'info', 'caption', 'tag'),
  fc.constantFrom('tags', 'Tag-List', 'keyword', '\u212aeyword', 'bread', 'crumb', 'PATH'),
  fc.constantFrom('article', 'news', 'post', 'box', 'col-md-4', 'x', '-', '_', ' ', 'İ', 'K'),
  fc.string({ maxLength: 4 }),
);
const value = fc.array(word, { maxLength: 5 }).map((parts) => parts.join(''));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const element = fc
  .record({
    name: fc.constantFrom('div', 'p', 'span', 'a', 'meta', 'script', 'link', 'time'),
    cls: maybe(value),
    id: maybe(value),
    itemprop: maybe(fc.constantFrom('description', 'author', 'datePublished', 'dateModified')),
    rel: maybe(fc.constantFrom('author', 'tag', 'nofollow')),
  })
  .map(({ name, cls, id, itemprop, rel }) => {
    const attribs: Record<string, string> = {};
    if (cls !== undefined) attribs.class = cls;
    if (id !== undefined) attribs.id = id;
    if (itemprop !== undefined) attribs.itemprop = itemprop;
    if (rel !== undefined) attribs.rel = rel;
    return new Element(name, attribs);
  });

const HINTS = [LEAD_HINT, AUTHOR_HINT, DATE_HINT, TAG_LIST_HINT, CRUMB_HINT];

describe('anyHint', () => {
  it('groups the words of the hints by their first letter', () => {
    expect(anyHint([/date|desc/i, /tac-?gia|time|date/i]).source).toBe(
      'd(?:ate|esc)|t(?:ac-?gia|ime)',
    );
  });

  it('matches a text exactly when one of the hints does', () => {
    const any = anyHint(HINTS);
    fc.assert(
      fc.property(value, (text) => {
        expect(any.test(text)).toBe(HINTS.some((hint) => hint.test(text)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('asWritten', () => {
  it('keeps the longest part without a k, and drops a last i', () => {
    expect(['keyword', 'tag-list', 'bik', 'xi', 'k'].map(asWritten)).toEqual([
      'eyword',
      'tag-list',
      'bi',
      'x',
      '',
    ]);
  });

  it('is in the text as written wherever the word is in the lower-cased text', () => {
    const letter = fc.constantFrom('k', 'K', '\u212a', 'i', 'I', '\u0130', 'e', 'y', '-', 'x', ' ');
    const text = fc.array(letter, { maxLength: 12 }).map((l) => l.join(''));
    const word = fc
      .array(fc.constantFrom('k', 'i', 'e', 'y', '-', 'x'), { minLength: 1, maxLength: 4 })
      .map((l) => l.join(''));
    fc.assert(
      fc.property(text, word, (t, w) => {
        if (t.toLowerCase().includes(w)) {
          expect(ascii(t).includes(asWritten(w))).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
  });
});

/** The text as a case-insensitive ASCII pattern sees it: capitals as small letters, no more. */
function ascii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

describe('mayHoldMetadata', () => {
  it('answers as the plain test of itemprop, rel and the hints on class and id', () => {
    const hints = [LEAD_HINT, AUTHOR_HINT, DATE_HINT, /tags|tag-list|eyword/i, /crumb|path/i];
    fc.assert(
      fc.property(element, (el) => {
        const { class: cls, id, itemprop, rel } = el.attribs;
        const plain =
          itemprop !== undefined ||
          rel !== undefined ||
          hints.some((h) => (cls !== undefined && h.test(cls)) || (id !== undefined && h.test(id)));
        expect(mayHoldMetadata(el)).toBe(plain);
      }),
      { numRuns: 5000 },
    );
  });

  it('passes every element the standfirst, byline and date-line readers accept', () => {
    fc.assert(
      fc.property(element, (el) => {
        if (isLeadElement(el) || isAuthorElement(el) || isDateElement(el)) {
          expect(mayHoldMetadata(el)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('passes every element whose lower-cased class and id hold a tag-list or crumb word', () => {
    fc.assert(
      fc.property(element, (el) => {
        if (TAG_LIST_HINT.test(classAndId(el)) || CRUMB_HINT.test(classAndId(el))) {
          expect(mayHoldMetadata(el)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('passes no element without a hint, an itemprop or a rel', () => {
    expect(mayHoldMetadata(new Element('div', { class: 'col-md-4 box', id: 'main' }))).toBe(false);
    expect(mayHoldMetadata(new Element('p', {}))).toBe(false);
  });
});

describe('indexElements', () => {
  it('lists the elements that may hold metadata, in document order', () => {
    const $ = load(
      '<div class="box"><p class="sapo">S</p><span id="Author">A</span><a rel="tag">T</a><time class="x">D</time></div>',
    );
    const index = indexPage($);
    expect(index.hinted.map((el) => el.name)).toEqual(['p', 'span', 'a']);
    expect(indexElements(index.elements).hinted).toEqual(index.elements.filter(mayHoldMetadata));
  });
});
