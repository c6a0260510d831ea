/**
 * A line of names and a date parted by a dash ("Thu Hà - Minh Tuấn - 14/12/2024") is split at
 * its last dash between spaces. The split is found from the end of the line, not by a pattern
 * that looks ahead for no later dash from every dash (a time that grows with the square of a
 * line of many): these tests hold it to the pattern's split on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAtLastDash } from '../../../shared/extract/read-authors.ts';

/** The pattern the split replaces, and the first two parts it gave. */
const LOOKAHEAD_DASH = / [-–] (?!.* [-–] )/u;
const byPattern = (text: string): [string, string] => {
  const [before = '', after = ''] = text.split(LOOKAHEAD_DASH);
  return [before, after];
};

describe('the last dash between spaces of a line parts its names from its date', () => {
  it.each([
    ['Thu Hà - Minh Tuấn - 14/12/2024 21:40', ['Thu Hà - Minh Tuấn', '14/12/2024 21:40']],
    ['Nguyễn Thu Trang – 14/12/2024', ['Nguyễn Thu Trang', '14/12/2024']],
    ['Thu Hà - Minh Tuấn', ['Thu Hà', 'Minh Tuấn']],
    ['Thu Hà-Minh Tuấn', ['Thu Hà-Minh Tuấn', '']],
    ['', ['', '']],
    // Two dashes sharing a space: the earlier, as a search from the left finds it.
    ['Thu Hà - - 14/12/2024', ['Thu Hà', '- 14/12/2024']],
  ])('splits %j into %j', (line, parts) => {
    expect(splitAtLastDash(line)).toEqual(parts);
  });

  it('finds the last of many thousands of dashes in one line', () => {
    const line = `Thu Hà${' - x'.repeat(20_000)} - 14/12/2024`;
    expect(splitAtLastDash(line)).toEqual([`Thu Hà${' - x'.repeat(20_000)}`, '14/12/2024']);
    expect(splitAtLastDash(`Thu Hà${' -'.repeat(20_000)} 14/12/2024`)).toEqual([
      `Thu Hà${' -'.repeat(19_998)}`,
      '- 14/12/2024',
    ]);
  });

  it('splits any text as the look-ahead pattern did, over several lines too', () => {
    const text = fc.string({
      // Whole dashes between spaces as often as their parts, and every end of a line.
      unit: fc.constantFrom(' - ', ' – ', ' ', '-', '–', 'Hà', '1', '\n', '\r', '\u2028', '\u2029'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (line) => {
        expect(splitAtLastDash(line)).toEqual(byPattern(line));
      }),
      { numRuns: 5_000 },
    );
  });
});
