import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapsedLength,
  detach,
  renderedLengthWithin,
  renderedText,
  squash,
  textOf,
  trimmedTextFits,
} from '../../../../shared/extract/content/dom.ts';
import { ShortTexts, shortText } from '../../../../shared/extract/content/short-text.ts';
import { cleanLength, cleanText, isSpace } from '../../../../shared/extract/text.ts';

const LIMITS = [0, 1, 5, 10, 40, 60, 120, 200, 300, 400];

/** Every element of a fragment, in document order. */
function elementsOf(html: string): Element[] {
  const $ = load(`<div id="root">${html}</div>`);
  return $('#root, #root *').toArray() as Element[];
}

// Text pieces rich in what the early stop and the collapsing depend on: runs of spaces,
// newlines, no-break and ideographic spaces, and words of several lengths.
const piece = fc.constantFrom(
  '',
  ' ',
  '   ',
  '\n    ',
  '\u00a0',
  '\u3000',
  'a',
  'Tin',
  'Quảng cáo',
  'Lượt truy cập: 125',
  'İstanbul',
  'word '.repeat(30),
  ' x'.repeat(90),
  `${' '.repeat(250)}y`,
);
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    piece,
    fc
      .tuple(fc.constantFrom('p', 'span', 'div', 'b'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

describe('trimmedTextFits', () => {
  it('answers as the whole text trimmed does, for every limit', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 5 }), (parts) => {
        for (const el of elementsOf(parts.join(''))) {
          const length = textOf(el).trim().length;
          for (const max of LIMITS) expect(trimmedTextFits(el, max)).toBe(length <= max);
        }
      }),
    );
  });
});

describe('renderedLengthWithin', () => {
  it('answers as the whole rendered text cleaned does, for every limit', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 5 }), (parts) => {
        for (const el of elementsOf(parts.join(''))) {
          const length = cleanText(renderedText(el)).length;
          for (const max of LIMITS) {
            const within = renderedLengthWithin(el, max);
            // Exact up to the limit; past it, only over it.
            expect(Math.min(within, max + 1)).toBe(Math.min(length, max + 1));
          }
        }
      }),
    );
  });
});

describe('ShortTexts', () => {
  it('answers every limit as shortText does, from one read per element', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 5 }), (parts) => {
        const texts = new ShortTexts();
        for (const el of elementsOf(parts.join(''))) {
          for (const max of LIMITS) expect(texts.of(el, max)).toBe(shortText(el, max));
        }
      }),
    );
  });

  it('answers as shortText does while blocks below are removed, limits asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 5 }),
        fc.array(fc.tuple(fc.constantFrom(...LIMITS), fc.nat(), fc.boolean()), { maxLength: 8 }),
        (parts, steps) => {
          const texts = new ShortTexts();
          const elements = elementsOf(parts.join(''));
          const [root] = elements;
          for (const [max, pick, removes] of steps) {
            const el = elements[pick % elements.length] as Element;
            if (removes && el !== root && el.parent !== null) {
              texts.changed(el);
              detach(el);
            }
            for (const e of elements) expect(texts.of(e, max)).toBe(shortText(e, max));
          }
        },
      ),
    );
  });

  it('gives null when the text read so far is over twice the limit, as shortText stops there', () => {
    // Squashed, the text is 3 characters; read raw, it passes 2 × 60 before its last word.
    const [root] = elementsOf(`<span>a${' '.repeat(200)}b</span><span>c</span>`);
    expect(shortText(root as Element, 60)).toBeNull();
    expect(new ShortTexts().of(root as Element, 60)).toBeNull();
    expect(new ShortTexts().of(root as Element, 300)).toBe('a bc');
  });

  it('reads an element again after a block below it is removed', () => {
    const [root, , ad] = elementsOf('<p>Body text.</p><p>Advertisement</p>');
    const texts = new ShortTexts();
    expect(texts.of(root as Element, 300)).toBe('Body text.Advertisement');
    texts.changed(ad as Element);
    detach(ad as Element);
    expect(texts.of(root as Element, 300)).toBe('Body text.');
  });

  it('reads a wrapper and the block it wraps once, and both again after a change below', () => {
    const [root, inner, , ad] = elementsOf(
      '<div><p>Body text.<span>Advertisement</span></p></div>',
    );
    const texts = new ShortTexts();
    expect(texts.of(root as Element, 300)).toBe('Body text.Advertisement');
    expect(texts.of(inner as Element, 300)).toBe('Body text.Advertisement');
    texts.changed(ad as Element);
    detach(ad as Element);
    expect(texts.of(inner as Element, 300)).toBe('Body text.');
    expect(texts.of(root as Element, 300)).toBe('Body text.');
  });

  it('serves a limit above the longest it remembers by reading the element', () => {
    const [root] = elementsOf(`<p>${'word '.repeat(100)}</p>`);
    expect(new ShortTexts().of(root as Element, 1000)).toBe(shortText(root as Element, 1000));
  });
});

describe('isSpace', () => {
  it('is true for exactly the code units \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) {
        expect.fail(`U+${c.toString(16)}`);
      }
    }
  });
});

describe('collapsedLength', () => {
  it('is the length of the text with each whitespace run made one space', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\t', '\u00a0', '\u2003') }),
        (s) => {
          expect(collapsedLength(s)).toBe(s.replace(/\s+/g, ' ').length);
        },
      ),
    );
  });
});

describe('squash', () => {
  it('collapses each whitespace run to one space and trims, as the pattern does', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'é', ' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff'),
        }),
        (s) => {
          expect(squash(s)).toBe(s.replace(/\s+/g, ' ').trim());
        },
      ),
    );
  });
});

describe('cleanLength', () => {
  it('is the length of cleanText without building it', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'e',
            '\u0301',
            'é',
            ' ',
            '\n',
            '\u00a0',
            '\u200b',
            '\ufeff',
            '\u2003',
          ),
        }),
        (s) => {
          expect(cleanLength(s)).toBe(cleanText(s).length);
        },
      ),
    );
  });
});
