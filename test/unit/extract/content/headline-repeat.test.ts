import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldHeadline,
  headlineLengths,
  isHeadline,
} from '../../../../shared/extract/content/clean.ts';

/** The test as it was: lower-case the text and look it up. */
const reference = (text: string | null, headlines: ReadonlySet<string>): boolean =>
  text !== null && text !== '' && headlines.has(text.toLowerCase());

// Pieces whose lower-casing changes case, keeps it, or lengthens the text ('İ').
const piece = fc.constantFrom('a', 'B', 'İ', 'i̇', 'Σ', 'ς', ' ', 'Tin', 'ĐỖ', 'x'.repeat(9));
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('isHeadline', () => {
  it('answers as lower-casing every text and looking it up does', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.option(text), (titles, probe) => {
        const headlines = new Set(titles.map((t) => t.toLowerCase()));
        const lengths = headlineLengths(headlines);
        expect(isHeadline(probe, headlines, lengths)).toBe(reference(probe, headlines));
        for (const t of titles) {
          expect(isHeadline(t, headlines, lengths)).toBe(reference(t, headlines));
        }
      }),
    );
  });

  it("finds a headline written with 'İ', which lower-cases one character longer", () => {
    const headlines = new Set(['i̇stanbul seçimleri sonuçlandı']);
    expect(isHeadline('İstanbul seçimleri sonuçlandı', headlines, headlineLengths(headlines))).toBe(
      true,
    );
  });

  it('takes no empty or missing text for a headline', () => {
    const headlines = new Set(['']);
    expect(isHeadline('', headlines, headlineLengths(headlines))).toBe(false);
    expect(isHeadline(null, headlines, headlineLengths(headlines))).toBe(false);
  });
});

describe('foldHeadline', () => {
  it('folds a kicker and headline alike, whether a colon or markup sets them apart', () => {
    expect(foldHeadline('Technologie im Klassenzimmer: KI in der Schule – „Schneller“')).toBe(
      foldHeadline('Technologie im Klassenzimmer KI in der Schule „Schneller“'),
    );
  });

  it('folds a text too short to be told from a label to nothing', () => {
    expect(foldHeadline('Tin - ảnh')).toBe('');
  });
});
