import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleansToNothing,
  cleanText,
  cleanTextWithin,
  lowerVi,
  lowerWords,
  nfc,
  nonSpaceLength,
  upperVi,
} from '../../../shared/extract/text.ts';

/** Whether a character (or the lack of one, at an end) is visible: neither whitespace nor a joiner. */
const visible = (c: string | undefined) => c !== undefined && !/[\s\u200C\u200D]/.test(c);

/** The cleaning as first written: every step on every text. */
function referenceClean(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[\u200C\u200D]+/g, (run, at: number, text: string) =>
      visible(text[at - 1]) && visible(text[at + run.length]) ? run : '',
    )
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

describe('cleanText', () => {
  it('collapses whitespace, drops zero-width characters and composes accents', () => {
    expect(cleanText(' Tin\u00a0\u00a0tức \n mới\u200b ')).toBe('Tin tức mới');
    expect(cleanText('Vie\u0302\u0323t')).toBe('Việt');
    expect(cleanText('Already clean text')).toBe('Already clean text');
  });

  it('drops soft hyphens and word joiners, which only hint where a line may break', () => {
    expect(
      cleanText(
        'Paläs\u00adti\u00adnenser legt Ver\u00adfas\u00adsungs\u00adbe\u00adschwer\u00adde ein',
      ),
    ).toBe('Palästinenser legt Verfassungsbeschwerde ein');
    expect(cleanText('Wort\u2060verbinder')).toBe('Wortverbinder');
  });

  it('keeps the joiners inside a word or an emoji sequence, which Persian, Indic scripts and emoji need', () => {
    expect(cleanText('می\u200cخواهم بروم')).toBe('می\u200cخواهم بروم');
    expect(cleanText('क्\u200dष')).toBe('क्\u200dष');
    expect(cleanText('Gia đình 👨\u200d👩\u200d👧')).toBe('Gia đình 👨\u200d👩\u200d👧');
    expect(cleanText('\u200c tin \u200d')).toBe('tin');
    expect(cleansToNothing(' \u200c\u00ad\u2060 ')).toBe(true);
  });

  it('cleans any text as every step run on it does', () => {
    const char = fc.oneof(
      fc.constantFrom('a', 'Z', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff'),
      fc.constantFrom('\u200b', '\u200c', '\u200d', 'e\u0301', '\u0323', 'ệ', '\u2028', '\u1680'),
      fc.constantFrom('\u00ad', '\u2060', '👨'),
      fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(cleanText(text)).toBe(referenceClean(text));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Letters whose case depends on the language somewhere (Turkish, Lithuanian, Greek, German). */
describe('nfc', () => {
  it('normalizes as String.prototype.normalize does, for any text', () => {
    // Every character below U+0300, the combining marks after it, letters that compose with
    // them or decompose (Å, Ω, Hangul), and any other character.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x2ff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(
        '\u0300',
        '\u0301',
        '\u0308',
        '\u0327',
        '\u0340',
        '\u0344',
        '\u212b',
        '\u2126',
      ),
      fc.constantFrom('\u1100', '\u1161', '\u11a8', '\uac00', 'ế', 'e\u0302\u0301', '\u0958'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(nfc(text)).toBe(text.normalize('NFC'));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves every character below U+0300 as it is', () => {
    let all = '';
    for (let c = 0; c < 0x300; c++) all += String.fromCharCode(c);
    expect(all.normalize('NFC')).toBe(all);
    expect(nfc(all)).toBe(all);
  });
});

describe('cleanTextWithin', () => {
  it('is the cleaned text when it is short enough and null otherwise, however long the text', () => {
    const char = fc.oneof(
      fc.constantFrom('a', 'Z', ' ', ' ', ' ', '  ', '\n', '\u00a0', '\u3000', '\ufeff'),
      fc.constantFrom('\u200b', '\u200c', '\u200d', 'e\u0301', '\u0323', 'ệ', '\u2028'),
      fc.constantFrom('\u00ad', '\u2060', '👨', 'Ω', '\u0f73'),
      fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 200 }), fc.nat(40), (chars, max) => {
        const text = chars.join('');
        const cleaned = cleanText(text);
        expect(cleanTextWithin(text, max)).toBe(cleaned.length <= max ? cleaned : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells a paragraph of megabytes from a short line by its start', () => {
    const paragraph = 'Cánh đồng lúa vụ đông xuân. '.repeat(200_000);
    expect(cleanTextWithin(paragraph, 100)).toBeNull();
    expect(cleanTextWithin(` Đăng \n lúc  14:07 ${'\u200b'.repeat(500)}`, 100)).toBe(
      'Đăng lúc 14:07',
    );
  });
});

describe('nonSpaceLength', () => {
  it("counts what removing every whitespace character leaves, as JavaScript's \\s reads it", () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc
        .array(
          fc.constantFrom(
            'a',
            ' ',
            '\n',
            '\u00a0',
            '\u2003',
            '\u3000',
            '\ufeff',
            '\u200b',
            '\u2028',
          ),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(nonSpaceLength(t)).toBe(t.replace(/\s+/g, '').length);
      }),
      { numRuns: 3000 },
    );
  });
});

const SPECIAL_CASING = fc.constantFrom(
  'I',
  'İ',
  'ı',
  'i',
  'Ì',
  'Ĩ',
  'J',
  'Į',
  '\u0307',
  'Σ',
  'ς',
  'ΐ',
  'ά',
  'ß',
  'ŉ',
  'ǆ',
  'ﬀ',
  'Ặ',
  'đ',
  ' ',
);

describe('lowerVi and upperVi', () => {
  it('give what toLocaleLowerCase and toLocaleUpperCase give for Vietnamese', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.array(SPECIAL_CASING, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(lowerVi(t)).toBe(t.toLocaleLowerCase('vi'));
        expect(upperVi(t)).toBe(t.toLocaleUpperCase('vi'));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cleansToNothing', () => {
  it('says whether cleanText makes an empty text of it', () => {
    const char = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u2001',
      '\u200a',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2028',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u00ad',
      '\u2060',
      '\u0301',
      'a',
      '·',
    );
    const text = fc.oneof(
      fc.array(char, { maxLength: 8 }).map((chars) => chars.join('')),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(cleansToNothing(t)).toBe(cleanText(t) === '');
      }),
      { numRuns: 5000 },
    );
  });
});

describe('lowerWords', () => {
  it("keeps a word's vowel signs and other marks in it (Devanagari, Bengali, Tamil)", () => {
    expect(lowerWords('सुप्रीम कोर्ट ने')).toEqual(['सुप्रीम', 'कोर्ट', 'ने']);
    expect(lowerWords('মেট্রোরেলের নতুন')).toEqual(['মেট্রোরেলের', 'নতুন']);
    expect(lowerWords('சென்னையில் கனமழை')).toEqual(['சென்னையில்', 'கனமழை']);
  });
});
