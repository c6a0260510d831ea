import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../shared/extract/decode.ts';
import { extractArticle } from '../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const TITLE = 'Tổng kết cải cách hành chính năm 2023';

/** Windows-1258 as legacy editors wrote it: base letters plus combining tone marks. */
function toWindows1258(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = iconv.encode(ch, 'windows-1258');
    if (iconv.decode(direct, 'windows-1258') === ch) {
      parts.push(direct);
      continue;
    }
    const decomposed = [...ch.normalize('NFD')];
    const tone = decomposed.find((c) => /[\u0300\u0301\u0303\u0309\u0323]/.test(c)) ?? '';
    const base = decomposed
      .filter((c) => c !== tone)
      .join('')
      .normalize('NFC');
    parts.push(iconv.encode(base, 'windows-1258'), iconv.encode(tone, 'windows-1258'));
  }
  return Buffer.concat(parts);
}

function withoutMetaCharset(html: string): string {
  return html.replace('<meta charset="utf-8">', '');
}

describe('decodePage', () => {
  it('decodes windows-1258 declared by <meta http-equiv> and composes its tone marks (NFC)', () => {
    const html = buildPage().replace(
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
    );
    const page = decodePage(toWindows1258(html));
    expect(page.charset).toBe('windows-1258');
    expect(page.html).toContain(TITLE);
    expect(page.html).toBe(page.html.normalize('NFC'));
  });

  it('sniffs undeclared windows-1258 from its Vietnamese bytes', () => {
    const page = decodePage(toWindows1258(withoutMetaCharset(buildPage())));
    expect(page.charset).toBe('windows-1258');
    expect(page.html).toContain(BODY_PARAGRAPHS[0]);
  });

  it('sniffs undeclared Western text as windows-1252', () => {
    const html =
      '<html><head><title>Café</title></head><body><p>Crème brûlée à la carte</p></body></html>';
    const page = decodePage(iconv.encode(html, 'windows-1252'));
    expect(page.charset).toBe('windows-1252');
    expect(page.html).toContain('Crème brûlée à la carte');
  });

  it('reads valid UTF-8 as UTF-8 even when the page wrongly declares iso-8859-1', () => {
    const html = buildPage().replace('charset="utf-8"', 'charset="iso-8859-1"');
    const page = decodePage(Buffer.from(html, 'utf8'));
    expect(page.charset).toBe('utf-8');
    expect(page.html).toContain(TITLE);
  });

  it('lets a byte-order mark win over the declaration (UTF-8 and UTF-16)', () => {
    const html = buildPage().replace('charset="utf-8"', 'charset="windows-1258"');
    const utf8 = decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]));
    expect(utf8.charset).toBe('utf-8');
    expect(utf8.html).toContain(TITLE);
    const utf16 = decodePage(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]),
    );
    expect(utf16.charset).toBe('utf-16le');
    expect(utf16.html).toContain(TITLE);
  });

  it('decodes a declared charset that is not UTF-8 (windows-1252 via "latin1")', () => {
    const html =
      '<html><head><meta charset="latin1"><title>x</title></head><body>Señor Müller</body></html>';
    const page = decodePage(iconv.encode(html, 'windows-1252'));
    expect(page.charset).toBe('windows-1252');
    expect(page.html).toContain('Señor Müller');
  });

  it('reads the labels browsers know by their WHATWG names ("cp1258", "x-sjis", "ms932")', () => {
    const shiftJis = (html: string) => iconv.encode(html, 'shift_jis');
    const cases = [
      {
        label: 'cp1258',
        encoding: 'windows-1258',
        text: 'Tổ chức hội nghị',
        encode: toWindows1258,
      },
      { label: 'x-sjis', encoding: 'shift_jis', text: '東京の天気', encode: shiftJis },
      { label: 'ms932', encoding: 'shift_jis', text: '日本語のページ', encode: shiftJis },
    ];
    for (const { label, encoding, text, encode } of cases) {
      const html = `<html><head><meta charset="${label}"><title>x</title></head><body>${text}</body></html>`;
      const page = decodePage(encode(html));
      expect(page.charset, label).toBe(encoding);
      expect(page.html, label).toContain(text.normalize('NFC'));
    }
  });

  it('reads a page labelled gbk or gb2312 with the gb18030 decoder, as the WHATWG standard does', () => {
    const text = '北京开通了新的地铁线路 😀 €';
    for (const label of ['gbk', 'gb2312']) {
      const html = `<html><head><meta charset="${label}"><title>x</title></head><body>${text}</body></html>`;
      const page = decodePage(iconv.encode(html, 'gb18030'));
      expect(page.html, label).toContain(text);
    }
  });

  it('treats a label no decoder knows ("x-bogus") as undeclared and sniffs the bytes', () => {
    const html = `<html><head><meta charset="x-bogus"><title>x</title></head><body>${TITLE}</body></html>`;
    const page = decodePage(toWindows1258(html));
    expect(page.charset).toBe('windows-1258');
    expect(page.html).toContain(TITLE);
  });
});

/** A Russian page in windows-1251 that names no charset: as pages served with one in the header. */
const RUSSIAN_TITLE = 'Москва открыла новую линию метро';
const RUSSIAN_PARAGRAPH =
  'Новая линия соединила северные и южные районы города, сообщили в мэрии. Поезда будут ходить каждые три минуты с шести утра до часа ночи, а стоимость проезда не изменится.';

function russianPage(head = ''): string {
  return `<html><head>${head}<title>${RUSSIAN_TITLE}</title><link rel="canonical" href="https://news.example.ru/a.html"></head><body><article><h1>${RUSSIAN_TITLE}</h1>${`<p>${RUSSIAN_PARAGRAPH}</p>`.repeat(4)}</article></body></html>`;
}

describe('decodePage with the charset the page was served with (Content-Type)', () => {
  it('reads a page that names no charset in the one its Content-Type gave', () => {
    const bytes = iconv.encode(russianPage(), 'windows-1251');
    expect(decodePage(bytes).html).not.toContain(RUSSIAN_TITLE);

    const page = decodePage(bytes, 'windows-1251');
    expect(page.charset).toBe('windows-1251');
    expect(page.html).toContain(RUSSIAN_TITLE);
  });

  it("lets the Content-Type's charset win over the page's own declaration, as browsers do", () => {
    const html = russianPage('<meta charset="windows-1252">');
    const page = decodePage(iconv.encode(html, 'koi8-r'), 'KOI8-R');
    expect(page.charset).toBe('koi8-r');
    expect(page.html).toContain(RUSSIAN_PARAGRAPH);
  });

  it("falls back to the page's declaration when a Content-Type's utf-8 is wrong for the bytes", () => {
    const html = buildPage().replace('charset="utf-8"', 'charset="windows-1258"');
    const page = decodePage(toWindows1258(html), 'utf-8');
    expect(page.charset).toBe('windows-1258');
    expect(page.html).toContain(TITLE);
  });

  it('reads valid UTF-8 as UTF-8 when the Content-Type says a single-byte charset', () => {
    const page = decodePage(Buffer.from(russianPage(), 'utf8'), 'iso-8859-1');
    expect(page.charset).toBe('utf-8');
    expect(page.html).toContain(RUSSIAN_TITLE);
  });

  it('ignores a Content-Type charset no decoder knows, and the byte-order mark wins over it', () => {
    const html = russianPage('<meta charset="windows-1251">');
    expect(decodePage(iconv.encode(html, 'windows-1251'), 'x-bogus').charset).toBe('windows-1251');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
    expect(decodePage(withBom, 'windows-1251').html).toContain(RUSSIAN_TITLE);
  });
});

describe("decodePage with the page's own declaration", () => {
  it('passes over a declaration inside a comment or a script, as browsers do', () => {
    const heads = [
      '<!-- <meta charset="utf-8"> --><meta charset="windows-1251">',
      '<!--<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">--><meta charset="windows-1251">',
      `<script>document.write('<meta charset="iso-8859-1">');</script><meta charset="windows-1251">`,
    ];
    for (const head of heads) {
      const page = decodePage(iconv.encode(russianPage(head), 'windows-1251'));
      expect(page.charset, head).toBe('windows-1251');
      expect(page.html, head).toContain(RUSSIAN_TITLE);
    }
  });

  it('takes the first declaration whose label a decoder knows, as the WHATWG prescan does', () => {
    const head =
      '<meta charset="win-1251"><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
    const page = decodePage(iconv.encode(russianPage(head), 'windows-1251'));
    expect(page.charset).toBe('windows-1251');
  });

  it('finds a declaration late in the head, after 8 KB of its scripts and styles', () => {
    const style = `<style>${'.nav a { color: #333; }\n'.repeat(600)}</style>`;
    const head = `${style}<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`;
    const page = decodePage(iconv.encode(russianPage(head), 'windows-1251'));
    expect(page.charset).toBe('windows-1251');
    expect(page.html).toContain(RUSSIAN_PARAGRAPH);
  });
});

/** A page in `lang` (`<html lang>` when given) written in `charset`, declaring none. */
function undeclaredPage(text: string, charset: string, lang?: string, head = ''): Buffer {
  const html = `<html${lang === undefined ? '' : ` lang="${lang}"`}><head>${head}<title>${text}</title></head><body><p>${text}</p></body></html>`;
  return iconv.encode(html, charset);
}

/** ISO-2022-JP (iconv-lite has no encoder): JIS X 0208 runs, from EUC-JP, between escapes. */
function toIso2022Jp(html: string): Buffer {
  const euc = iconv.encode(html, 'euc-jp');
  const out: number[] = [];
  let jis = false;
  for (let i = 0; i < euc.length; i++) {
    const byte = euc[i] as number;
    if (byte >= 0xa1 !== jis) out.push(0x1b, ...(byte >= 0xa1 ? [0x24, 0x42] : [0x28, 0x42]));
    jis = byte >= 0xa1;
    out.push(jis ? byte - 0x80 : byte);
  }
  if (jis) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}

describe('decodePage sniffing a page that declares no charset it has', () => {
  it('reads it in the legacy charset of the language it declares', () => {
    const cases = [
      { lang: 'ru', charset: 'windows-1251', text: RUSSIAN_TITLE },
      { lang: 'uk-UA', charset: 'windows-1251', text: 'Київ відкрив нову лінію метро' },
      { lang: 'pl', charset: 'windows-1250', text: 'Żółć gęślą jaźń w Łodzi' },
      { lang: 'el', charset: 'iso-8859-7', text: 'Η Αθήνα άνοιξε νέα γραμμή' },
      { lang: 'tr', charset: 'windows-1254', text: 'İstanbul’da yeni metro hattı açıldı' },
      { lang: 'he', charset: 'windows-1255', text: 'תל אביב פתחה קו רכבת חדש' },
      { lang: 'ar', charset: 'windows-1256', text: 'القاهرة تفتتح خطا جديدا للمترو' },
      { lang: 'th', charset: 'windows-874', text: 'กรุงเทพเปิดรถไฟฟ้าสายใหม่' },
      { lang: 'ja', charset: 'shift_jis', text: '東京で新しい地下鉄が開業した' },
      { lang: 'ja', charset: 'euc-jp', text: '東京で新しい地下鉄が開業した' },
      { lang: 'zh-CN', charset: 'gb18030', text: '北京开通了新的地铁线路' },
      { lang: 'zh-TW', charset: 'big5', text: '台北開通了新的捷運路線' },
      { lang: 'ko', charset: 'euc-kr', text: '서울에 새 지하철 노선이 개통했다' },
    ];
    for (const { lang, charset, text } of cases) {
      const page = decodePage(undeclaredPage(text, charset, lang));
      expect(page.charset, `${lang} ${charset}`).toBe(charset);
      expect(page.html, `${lang} ${charset}`).toContain(text);
    }
  });

  it("reads it in the legacy charset of its domain's country when it declares no language", () => {
    const bytes = undeclaredPage(RUSSIAN_TITLE, 'windows-1251');
    expect(decodePage(bytes, null, 'https://news.example.ru/a.html').html).toContain(RUSSIAN_TITLE);
    const korean = undeclaredPage('서울에 새 지하철 노선이 개통했다', 'euc-kr');
    expect(decodePage(korean, null, 'https://www.example.co.kr/news/1').charset).toBe('euc-kr');
  });

  it('takes a Content-Language naming a charset ("utf-8") for no language: the domain decides', () => {
    const text = '北京开通了新的地铁线路';
    const head = '<meta http-equiv="Content-Language" content="utf-8">';
    const page = decodePage(
      undeclaredPage(text, 'gbk', undefined, head),
      null,
      'https://www.example.com.cn/a.html',
    );
    expect(page.charset).toBe('gb18030');
    expect(page.html).toContain(text);
  });

  it('reads a page wrongly declaring utf-8 in the legacy charset of its language', () => {
    const bytes = undeclaredPage(RUSSIAN_TITLE, 'windows-1251', 'ru', '<meta charset="utf-8">');
    expect(decodePage(bytes).html).toContain(RUSSIAN_TITLE);
  });

  it('reads undeclared 7-bit ISO-2022-JP by its escape sequences', () => {
    const text = '東京で新しい地下鉄が開業した';
    const page = decodePage(
      toIso2022Jp(`<html><head><title>${text}</title></head><body><p>${text}</p></body></html>`),
    );
    expect(page.charset).toBe('iso-2022-jp');
    expect(page.html).toContain(text);
  });

  it('finds the declaration of a 7-bit page late in its head', () => {
    const text = '東京で新しい地下鉄が開業した';
    const style = `<style>${'.nav a { color: #333; }\n'.repeat(600)}</style>`;
    const html = `<html><head>${style}<meta charset="iso-2022-jp"><title>${text}</title></head><body><p>${text}</p></body></html>`;
    expect(decodePage(toIso2022Jp(html)).charset).toBe('iso-2022-jp');
  });

  it('still sniffs Western and Vietnamese pages from their bytes', () => {
    const german = undeclaredPage('Große Straßenbahn fährt über die Brücke', 'windows-1252', 'de');
    expect(decodePage(german, null, 'https://www.example.ru/a').charset).toBe('windows-1252');
    const vietnamese = toWindows1258(`<html lang="vi"><body><p>${TITLE}</p></body></html>`);
    expect(decodePage(vietnamese).charset).toBe('windows-1258');
  });
});

describe('extractArticle charset option', () => {
  it("reads an undeclared page in the charset of its URL's country", () => {
    const article = extractArticle(iconv.encode(russianPage(), 'windows-1251'), {
      url: 'https://news.example.ru/a.html',
    });
    expect(article.title).toBe(RUSSIAN_TITLE);
  });

  it('extracts a page in the charset it was served with when the page names none', () => {
    const article = extractArticle(iconv.encode(russianPage(), 'windows-1251'), {
      charset: 'windows-1251',
    });
    expect(article.title).toBe(RUSSIAN_TITLE);
    expect(article.contentText).toContain(RUSSIAN_PARAGRAPH);
  });
});

describe('extractArticle text normalization', () => {
  it('returns every string NFC-normalized when the page is written decomposed (NFD)', () => {
    const html = buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html">
<meta name="description" content="Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm, người dân hài lòng hơn với dịch vụ công trực tuyến.">
<meta property="article:section" content="Thời sự">
<meta property="article:tag" content="cải cách hành chính">`,
      tail: '<figure><img src="/a.jpg" alt="Hội nghị tổng kết"><figcaption>Toàn cảnh hội nghị.</figcaption></figure><p>Tin, ảnh: ĐỖ HUY.</p>',
    }).normalize('NFD');
    const article = extractArticle(Buffer.from(html, 'utf8'));
    const strings = [
      article.title,
      article.lead,
      article.section,
      ...article.authors,
      ...article.tags,
      article.contentHtml,
      article.contentText,
      ...article.images.flatMap((i) => [i.url, i.caption, i.alt]),
    ];
    for (const value of strings) {
      expect(value).not.toBeNull();
      expect(value).toBe(value?.normalize('NFC'));
    }
    expect(article.title).toBe(TITLE);
    expect(article.authors).toEqual(['Đỗ Huy']);
    expect(article.tags).toEqual(['cải cách hành chính']);
  });

  it('normalizes combining characters written as entities', () => {
    const body = `<p>${BODY_PARAGRAPHS.join(' ')} Hoa\u0300 Bi\u0300nh &#x301;</p>`.replace(
      'Hoa\u0300',
      'Hoa&#x300;',
    );
    const article = extractArticle(buildPage({ body }));
    expect(article.contentText).toBe(article.contentText.normalize('NFC'));
    expect(article.contentText).toContain('Hoà Bình');
  });

  it('gives the same article for a UTF-8 page and its windows-1258 copy', () => {
    const html = buildPage();
    const fromUtf8 = extractArticle(Buffer.from(html, 'utf8'));
    const from1258 = extractArticle(
      toWindows1258(html.replace('charset="utf-8"', 'charset="windows-1258"')),
    );
    expect(from1258).toEqual(fromUtf8);
  });
});
