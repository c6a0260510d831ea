import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLetters, writesSameName } from '../../../shared/extract/site.ts';

/** The folding as first written: compatibility decomposition, marks dropped, letters and digits kept. */
function referenceFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

describe('foldLetters', () => {
  it('keeps letters and digits, lower case, without diacritics', () => {
    expect(foldLetters('n-tv NACHRICHTEN')).toBe('ntvnachrichten');
    expect(foldLetters('The Times’ “Week” — 2024…')).toBe('thetimesweek2024');
    expect(foldLetters('Báo Tuổi Trẻ ²')).toBe('baotuoitre2');
  });

  it('folds every ASCII and General Punctuation character as the full folding does', () => {
    for (const [from, to] of [
      [0, 0x7f],
      [0x2000, 0x206f],
    ] as const) {
      for (let c = from; c <= to; c++) {
        const text = `aB${String.fromCharCode(c)}9Z`;
        expect(foldLetters(text)).toBe(referenceFold(text));
      }
    }
  });

  it('folds any text as the full folding does', () => {
    const char = fc.oneof(
      fc.constantFrom(
        'A',
        'z',
        '7',
        ' ',
        '-',
        '’',
        '—',
        '…',
        '\u00a0',
        'é',
        'ª',
        '²',
        'ǅ',
        'İ',
        'K',
      ),
      fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(foldLetters(text)).toBe(referenceFold(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('writesSameName', () => {
  it.each([
    ['Hội LHPN tỉnh Hải Dương', 'Hội Liên hiệp Phụ nữ tỉnh Hải Dương', true],
    ['Ủy ban nhân dân huyện Yên Thế', 'UBND huyện Yên Thế', true],
    ['Tạp chí Mặt trận', 'Tạp chí Mặt Trận', true],
    ['Hội LHPN tỉnh Hải Dương', 'Hội Liên hiệp tỉnh Hải Dương', false],
    ['Báo Nhân Dân', 'Báo Nhân Dân điện tử', false],
  ])('reads %j and %j as the same name: %s', (one, other, same) => {
    expect(writesSameName(one, other)).toBe(same);
  });
});
