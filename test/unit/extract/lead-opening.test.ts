import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstParagraphs, overlapWithOpening } from '../../../shared/extract/lead.ts';

// Texts rich in what splitting depends on: blank lines, lone and tripled newlines, ends.
const text = fc
  .array(fc.constantFrom('\n\n', '\n', '\n\n\n', 'a', 'Tin mới', ' ', 'x'.repeat(40)), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('firstParagraphs', () => {
  it("gives the body's first paragraphs as splitting it whole on blank lines does", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 5 }), (body, count) => {
        expect(firstParagraphs(body, count)).toEqual(body.split('\n\n').slice(0, count));
      }),
    );
  });

  it('gives the whole text as the one paragraph of a body without blank lines', () => {
    expect(firstParagraphs('', 3)).toEqual(['']);
    expect(firstParagraphs('one line\nand another', 3)).toEqual(['one line\nand another']);
  });

  it('stops after the paragraphs asked for', () => {
    expect(firstParagraphs('a\n\nb\n\nc\n\nd', 3)).toEqual(['a', 'b', 'c']);
  });
});

/** The share as first written: the trigrams as strings of three words joined by spaces. */
function referenceOverlap(described: readonly string[], opening: readonly string[]): number {
  const trigrams = (list: readonly string[]) =>
    list.slice(2).map((_, i) => `${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  const probe = trigrams(described);
  if (probe.length === 0) return 1;
  const grams = new Set(trigrams(opening));
  return probe.filter((g) => grams.has(g)).length / probe.length;
}

describe('overlapWithOpening', () => {
  it('gives the share of shared trigrams the strings of three words give', () => {
    // Few words, so that runs repeat and are shared.
    const words = fc.array(fc.constantFrom('tin', 'mới', 'hà', 'nội', '2024', 'a'), {
      maxLength: 14,
    });
    fc.assert(
      fc.property(words, words, (described, opening) => {
        expect(overlapWithOpening(described, opening)).toBe(referenceOverlap(described, opening));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts a description copied from the opening as wholly shared', () => {
    const opening = ['the', 'minister', 'said', 'on', 'monday', 'that', 'prices', 'rise'];
    expect(overlapWithOpening(opening.slice(2, 7), opening)).toBe(1);
    expect(overlapWithOpening(['prices', 'rise', 'now'], opening)).toBe(0);
  });
});
