import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaselessPatternError, caseless } from '../../../shared/extract/caseless-pattern.ts';

/** A word list like the extractor's: word bounds, gaps, lookarounds, letters of several scripts. */
const WORDS =
  /\bfollow (?:us|him)\b.{0,20}\b(?:twitter|facebook)|\bsign up (?:for|to)\b|\bnewsletters?\b|\b(?:clique aqui|klicken sie hier)(?!\p{L})|(?<!\p{L})(?:đăng ký (?:nhận )?bản tin|theo dõi (?:chúng tôi|báo))(?!\p{L})|^more [\p{L}\p{N} ]{1,10}: https?:\/\//iu;

/** Pieces of text: the list's words, other words, in any case, with Turkish and Greek letters. */
const PIECES = [
  'follow us',
  'on twitter',
  'Sign up',
  'for',
  'newsletter',
  'Newsletters',
  'clique aqui',
  'Klicken Sie hier',
  'Đăng ký nhận bản tin',
  'THEO DÕI báo',
  'More news',
  ': https://x.example',
  'İstanbul',
  'İ',
  'ſign',
  'Σ',
  'é',
  'the',
  '.',
  ', ',
  ' ',
  '\n',
];

/** A piece in the case it was written, or upper-cased, or with its first letter only upper-cased. */
const piece = fc
  .tuple(fc.constantFrom(...PIECES), fc.constantFrom('as written', 'upper', 'title'))
  .map(([text, form]) =>
    form === 'upper'
      ? text.toUpperCase()
      : form === 'title'
        ? text.charAt(0).toUpperCase() + text.slice(1)
        : text,
  );

describe('case-insensitive word lists matched over the lower-cased text', () => {
  it("finds what the pattern finds, at the pattern's index and in the text's own case", () => {
    const pattern = caseless(WORDS.source, WORDS.flags);
    const match = pattern.exec('Weekly digest. SIGN UP for our Newsletter');
    expect(match?.index).toBe(15);
    expect(match?.[0]).toBe('SIGN UP for');
    expect(pattern.test('Mời bạn ĐĂNG KÝ nhận BẢN TIN')).toBe(true);
    expect(pattern.exec('The council will meet on Monday.')).toBeNull();
    expect(pattern.test('The council will meet on Monday.')).toBe(false);
  });

  it('answers as the pattern itself on any text made of its words and others, in any case', () => {
    const pattern = caseless(WORDS.source, WORDS.flags);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        const own = WORDS.exec(text);
        const fast = pattern.exec(text);
        const found = fast === null ? null : [fast.index, fast[0]];
        // A long s folds to s for the pattern, and stays itself lower-cased (the module's note).
        if (found !== null || !text.includes('ſ')) {
          expect(found).toEqual(own === null ? null : [own.index, own[0]]);
        }
        expect(pattern.test(text)).toBe(fast !== null);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as the whole pattern when given as alternatives searched for one by one', () => {
    const alternatives = [
      String.raw`\bshare [|(] now\b|a\|b`,
      String.raw`(?:^|(?<=[.!?]\s))join(?!\p{L}).{0,20}whatsapp`,
      String.raw`(?<!\p{L})читайте(?!\p{L})|(?<=x)y(?:z|w)`,
    ];
    const own = new RegExp(alternatives.join('|'), 'iu');
    const pattern = caseless(alternatives, 'iu');
    expect(pattern.pattern.source).toBe(own.source);
    const words = ['Share | now', 'SHARE ( now', 'A|B', 'a', '|', 'b', 'Join', 'us on WhatsApp'];
    const texts = fc.array(
      fc.constantFrom(...words, 'Читайте', 'нас', 'xYz', 'XW', 'y', '.', ' '),
      {
        maxLength: 10,
      },
    );
    fc.assert(
      fc.property(texts, (pieces) => {
        const text = pieces.join('');
        expect(pattern.test(text)).toBe(own.test(text));
        const [fast, slow] = [pattern.exec(text), own.exec(text)];
        expect(fast && [fast.index, fast[0]]).toEqual(slow && [slow.index, slow[0]]);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a pattern written with capitals, since the lower-cased text never holds them', () => {
    expect(() => caseless(String.raw`\bSign up\b`, 'iu')).toThrow(CaselessPatternError);
    expect(() => caseless(String.raw`\bSign up\b`, 'iu')).toThrow(/not written in lower case/);
  });

  it('takes escapes whose letters are upper case (\\b, \\p{L}, \\S, \\u00C9)', () => {
    expect(caseless(String.raw`\bcaf\u00E9\S*(?!\p{L})`, 'iu').test('CAFÉS!')).toBe(true);
  });

  it('refuses a Unicode class that depends on case, a pattern without i, and a global one', () => {
    expect(() => caseless(String.raw`\bby \p{Lu}`, 'iu')).toThrow(/depends on case/);
    expect(() => caseless(String.raw`\bsign up\b`, 'u')).toThrow(/no `i` flag/);
    expect(() => caseless(String.raw`\bsign up\b`, 'giu')).toThrow(/global or sticky/);
  });
});
