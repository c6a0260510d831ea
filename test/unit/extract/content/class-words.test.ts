import { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classAndId, classWords } from '../../../../shared/extract/content/dom.ts';
import {
  BOILERPLATE,
  KEEP,
  MAYBE_CANDIDATE,
  POSITIVE,
  UNLIKELY,
} from '../../../../shared/extract/content/patterns.ts';

// Patterns of the kinds classWords serves: literal alternations, optional characters, word
// boundaries; none matches a space or is anchored.
const PATTERNS = [
  UNLIKELY,
  MAYBE_CANDIDATE,
  POSITIVE,
  BOILERPLATE,
  KEEP,
  /gallery|slideshow|carousel|slider/,
  /\bads?\b|\bad[-_]|advert/,
];

// Characters that lower-casing treats differently: capitals, the dotted capital I (one
// character that lower-cases to two), the Kelvin sign (lower-cases to ASCII "k"), accented
// letters, no-break and ordinary spaces, separators.
const name = fc
  .array(
    fc.constantFrom(
      'a',
      'd',
      's',
      'comment',
      'Comment',
      'SIDEBAR',
      'side',
      'bar',
      'ad',
      'ads',
      'related',
      'body',
      'article',
      '\u0130',
      '\u212a',
      'é',
      '\u00a0',
      ' ',
      '-',
      '_',
      '1',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe('classWords', () => {
  it('matches every class-name pattern exactly where classAndId does', () => {
    fc.assert(
      fc.property(
        fc.option(name, { nil: undefined }),
        fc.option(name, { nil: undefined }),
        (cls, id) => {
          const attribs: Record<string, string> = {};
          if (cls !== undefined) attribs.class = cls;
          if (id !== undefined) attribs.id = id;
          const el = new Element('div', attribs);
          for (const pattern of PATTERNS) {
            expect(pattern.exec(classWords(el))?.[0]).toBe(pattern.exec(classAndId(el))?.[0]);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is the class itself when it is its own lower case and there is no id', () => {
    const el = new Element('div', { class: 'entry-content post-body' });
    expect(classWords(el)).toBe('entry-content post-body');
    expect(classWords(new Element('div', { class: 'Entry' }))).toBe('entry ');
    expect(classWords(new Element('div', { class: 'a', id: 'b' }))).toBe('a b');
  });
});
