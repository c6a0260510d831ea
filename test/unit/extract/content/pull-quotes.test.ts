import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sayerOf, wordsOf } from '../../../../shared/extract/content/pull-quotes.ts';

describe('sayerOf', () => {
  /** Words, punctuation, capitals and spacing of several scripts, which the comparison folds. */
  const piece = fc.constantFrom(
    ...['the', 'The', 'a', 'rate', 'Rate', 'RATE', 'é', 'É', 'İ', 'ß', 'straße', 'ΣΑ', 'σα'],
    ...[' ', '  ', '\n', '\u00A0', ',', '.', '“', '”', '"', '—', '-', '€', '😀', '\uD83D', '1'],
  );
  const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

  it('finds the words in the texts exactly where comparing all texts’ words does', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 4 }),
        text,
        fc.nat(),
        fc.nat(),
        (texts, other, a, b) => {
          // A quotation taken from a text, most of the time, or from elsewhere.
          const source =
            texts.length > 0 && a % 4 !== 0 ? (texts[a % texts.length] as string) : other;
          const from = b % (source.length + 1);
          const words = wordsOf(source.slice(from, from + 1 + (a % 40)));
          if (words === '') return;
          const said = texts.map((t) => ` ${wordsOf(t)} `).join('\n');
          expect(sayerOf(texts)(words)).toBe(said.includes(` ${words} `));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
