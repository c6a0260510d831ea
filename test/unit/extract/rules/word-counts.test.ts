import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { countWords, hasSpacelessScript } from '../../../../shared/extract/text.ts';

const URL = 'https://news.example.jp/articles/2025/01/13/quake.html';

/** A Japanese news page: short paragraphs, ideographic commas, no spaces between words. */
function japanesePage(paragraphs: readonly string[], extra = ''): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<title>宮崎県で震度5弱 - 例示新聞</title><link rel="canonical" href="${URL}"></head>
<body><header><a href="/">例示新聞</a></header>
<main><h1>宮崎県で震度5弱</h1>${extra}
<div class="nfyQp">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></main>
<footer>Copyright 例示新聞社</footer></body></html>`;
}

const QUAKE = [
  '気象庁は13日、午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。',
  '震源の深さは約30キロ、地震の規模は6.9と推定される。',
  '気象庁は高知県と宮崎県に1メートルの津波注意報を出した。',
];

describe('rule: words are counted by what each script uses', () => {
  it('counts each Han and kana character of Japanese as a word', () => {
    expect(countWords('コーヒーを飲む')).toBe(7);
    expect(countWords('震源の深さは約30キロ')).toBe(10);
  });

  it('counts each Han character of Chinese as a word', () => {
    expect(countWords('国务院总理今天在北京主持会议。')).toBe(14);
  });

  it('counts Korean by the spaces it writes between words', () => {
    expect(countWords('장동혁 국민의힘 대표가 한동훈 전 대표를 제명했다.')).toBe(7);
  });

  it('counts Thai, written without spaces, by dictionary words', () => {
    expect(countWords('ฉันรักภาษาไทย')).toBe(4);
  });

  it('finds every Han, kana, Thai, Lao, Khmer and Myanmar character as spaceless, and no other', () => {
    const spaceless =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `a ${String.fromCodePoint(cp)} b`;
      if (hasSpacelessScript(text) !== spaceless.test(text)) expect.fail(`U+${cp.toString(16)}`);
    }
  });

  it('still counts Vietnamese by syllable and English by word', () => {
    expect(countWords('Ngày 14/12, được sự cho phép')).toBe(7);
    expect(countWords("Don't stop the rock-n-roll")).toBe(4);
  });

  it('does not reject a short Japanese article as too short', () => {
    const article = extractArticle(japanesePage(QUAKE), { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(QUAKE);
    expect(article.wordCount).toBeGreaterThan(60);
  });

  it('scores prose written with ideographic commas above a promo box with a content class', () => {
    const promo =
      '<div class="article-note-box"><p>有料記事読み放題！今なら2カ月間月額100円！詳しくはこちら</p></div>';
    const listing = [
      ...QUAKE,
      '揺れを観測した地域は、宮崎県の高鍋町、新富町、宮崎市、延岡市、西都市、日南市、串間市、熊本県の阿蘇市、八代市、菊池市、大分県の大分市、佐伯市など広い範囲に及んだ。',
    ];
    const article = extractArticle(japanesePage(listing, promo), { url: URL });
    for (const p of listing) expect(article.contentText).toContain(p);
  });
});

describe('rule: a word starts at a letter or digit that follows none, nor an apostrophe or hyphen after one', () => {
  /** The rule as a pattern: the count must equal its number of matches on any text. */
  const WORD_START = /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]['’-])[\p{L}\p{N}]/gu;
  const PIECES = ['a', 'Z', 'ệ', 'đ', '7', '٣', "'", '’', '-', ' ', '\u00a0', '.', ',', '𝐀', '😀'];
  const piece = fc.constantFrom(...PIECES, '\ud800', '\udc00');

  it('counts the pattern’s matches on any mix of letters, digits, joiners, spaces and surrogates', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(countWords(text)).toBe([...text.matchAll(WORD_START)].length);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it("counts rock-n-roll and don't as one word each, and 'quoted' as one", () => {
    expect(countWords("rock-n-roll don't 'quoted' - x")).toBe(4);
  });
});
