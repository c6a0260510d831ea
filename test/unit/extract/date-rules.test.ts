import { describe, expect, it } from 'vitest';
import { isDateline, parseDate, parseDateLine } from '../../../shared/extract/dates.ts';
import { extractArticle } from '../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS } from './build-page.ts';

const BODY = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

/** A page at `url` with the given head, `<html lang>` and markup before the body. */
function page(head: string, options: { lang?: string; before?: string } = {}): string {
  const lang = options.lang === undefined ? '' : ` lang="${options.lang}"`;
  return `<!DOCTYPE html><html${lang}><head><meta charset="utf-8"><title>Ein Titel</title>${head}</head>
<body><main><h1>Ein Titel der Seite hier</h1>${options.before ?? ''}<div class="article-body">${BODY}</div></main></body></html>`;
}

const published = (html: string, url = 'https://news.example.com/a.html') =>
  extractArticle(html, { url }).publishedAt;
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("dates: Baidu's cambrian JSON-LD names the publication pubDate", () => {
  it('reads its pubDate in the page’s zone', () => {
    // As the site writes it: no @type, the context's own keys.
    const cambrian =
      '<script type="application/ld+json">{"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "@id": "http://www.example.com.cn/post/2740.html", "title": "江门警方斩断电诈链条", "pubDate": "2019-09-11T02:46:57"}</script>';
    expect(
      published(page(cambrian, { lang: 'zh-CN' }), 'http://www.example.com.cn/post/2740.html'),
    ).toBe('2019-09-11T02:46:57+08:00');
  });
});

describe("dates: slashes read month first in the United States' zones, or as the weekday fits", () => {
  it.each([
    ['12/05/2026 3:48 PM', 'America/Chicago', '2026-12-05T15:48:00-06:00'],
    ['12/05/2026', 'America/New_York', '2026-12-05T00:00:00-05:00'],
    ['12/05/2026 15:48', 'Europe/London', '2026-05-12T15:48:00+01:00'],
    ['12.05.2026', 'America/New_York', '2026-05-12T00:00:00-04:00'],
    ['25/05/2026', 'America/New_York', '2026-05-25T00:00:00-04:00'],
    ['12/05/2026 3:48 PM EST', 'UTC', '2026-12-05T15:48:00-05:00'],
    // A weekday that fits one reading alone decides it; one that fits neither leaves the zone's.
    ['Sat, 12/05/2026 14:05', 'Europe/London', '2026-12-05T14:05:00+00:00'],
    ['Samstag, 12.05.2026', 'Europe/Berlin', '2026-12-05T00:00:00+01:00'],
    ['Sat 12/05/26 14:05', 'UTC', '2026-12-05T14:05:00+00:00'],
    ['Tue, 12/05/2026', 'America/New_York', '2026-05-12T00:00:00-04:00'],
    ['Sun, 12/05/2026', 'Europe/London', '2026-05-12T00:00:00+01:00'],
    ['Sun, 12/05/2026', 'America/New_York', '2026-12-05T00:00:00-05:00'],
  ])('reads %j in %s as %s', (text, zone, iso) => {
    expect(parseDate(text, zone)).toBe(iso);
  });

  it('reads the date line of a page in American English month first', () => {
    const html = page('', {
      lang: 'en-US',
      before: '<p class="date">Posted 12/05/2026 3:48 PM</p>',
    });
    expect(published(html)).toBe('2026-12-05T15:48:00-05:00');
  });
});

describe("dates: an update given as a time of day alone is that day's, after the publication", () => {
  const dates = (before: string, lang: string, url: string) => {
    const article = extractArticle(page('', { lang, before }), { url });
    return [article.publishedAt, article.modifiedAt];
  };

  it.each([
    [
      '<p class="date">14 december 2023, 16:05</p><p class="date">Laatste update: 17:40</p>',
      'nl',
      'https://nieuws.example.nl/a.html',
      ['2023-12-14T16:05:00+01:00', '2023-12-14T17:40:00+01:00'],
    ],
    [
      '<p class="date">14/12/2023 16:05 | Cập nhật: 17:40</p>',
      'vi',
      'https://tin.example.vn/a.html',
      ['2023-12-14T16:05:00+07:00', '2023-12-14T17:40:00+07:00'],
    ],
    [
      '<p class="date">Dec 14, 2023 4:05 PM</p><p class="date">Updated 5:40 PM</p>',
      'en',
      'https://news.example.com/a.html',
      ['2023-12-14T16:05:00+00:00', '2023-12-14T17:40:00+00:00'],
    ],
  ])('reads the update of %j as a time of that day', (before, lang, url, expected) => {
    expect(dates(before, lang, url)).toEqual(expected);
  });

  it('reads no time alone in an update that shows its day without the year', () => {
    const before =
      '<p class="date">November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</p>';
    expect(dates(before, 'en', 'https://news.example.com/a.html')[1]).toBeNull();
  });

  it('reads it after the publication the metadata gives with its time, none shown', () => {
    const dated = (update: string, published: string) =>
      extractArticle(
        page(`<meta property="article:published_time" content="${published}">`, {
          lang: 'nl',
          before: `<p class="date">Laatste update: ${update}</p>`,
        }),
        { url: 'https://nieuws.example.nl/a.html' },
      );
    expect(dated('17:40', '2023-12-14T16:05:00+01:00').modifiedAt).toBe(
      '2023-12-14T17:40:00+01:00',
    );
    expect(dated('09:30', '2023-12-14T16:05:00+01:00').modifiedAt).toBe(
      '2023-12-15T09:30:00+01:00',
    );
    // A day alone says no time the update could follow.
    expect(dated('17:40', '2023-12-14').modifiedAt).toBeNull();
  });

  it('reads a time before the publication as the next day', () => {
    const before = '<p class="date">14/12/2023 23:10</p><p class="date">Cập nhật: 00:25</p>';
    expect(dates(before, 'vi', 'https://tin.example.vn/a.html')).toEqual([
      '2023-12-14T23:10:00+07:00',
      '2023-12-15T00:25:00+07:00',
    ]);
  });
});

describe("dates: a date shown without its year takes the year the page's other evidence gives", () => {
  const at = (before: string, lang: string, url: string) =>
    extractArticle(page('', { lang, before }), { url }).publishedAt;

  it.each([
    [
      '14.12. 16:05',
      'de',
      'https://www.example.de/politik/2023/12/ein-titel.html',
      '2023-12-14T16:05:00+01:00',
    ],
    [
      'donderdag 14 december, 16:05',
      'nl',
      'https://www.example.nl/nieuws/2023/12/titel.html',
      '2023-12-14T16:05:00+01:00',
    ],
    [
      'Dec 14, 4:05 PM',
      'en',
      'https://news.example.com/2023/12/a-title.html',
      '2023-12-14T16:05:00+00:00',
    ],
    [
      '14/12 16:05',
      'vi',
      'https://tin.example.vn/2023/12/tieu-de.html',
      '2023-12-14T16:05:00+07:00',
    ],
  ])("reads %j in the year of the URL's path", (shown, lang, url, iso) => {
    expect(at(`<p class="date">${shown}</p>`, lang, url)).toBe(iso);
  });

  it('gives a full date elsewhere on the page for the same day its time shown without the year', () => {
    const before =
      '<p class="date">14.12. 16:05</p><p class="meta-date">Erstellt am 14.12.2023</p>';
    expect(at(before, 'de', 'https://www.example.de/politik/ein-titel.html')).toBe(
      '2023-12-14T16:05:00+01:00',
    );
  });

  it('leaves the date unset where nothing gives its year (a copyright year is too weak)', () => {
    const before = '<p class="date">14.12. 16:05</p><p>© 2023 Example Verlag</p>';
    expect(at(before, 'de', 'https://www.example.de/politik/ein-titel.html')).toBeNull();
  });

  it('gives no date after the newest other date the page shows', () => {
    const before =
      '<p class="date">30.12. 16:05</p><p class="date">Aktualisiert am 02.01.2024 09:00</p>';
    expect(at(before, 'de', 'https://www.example.de/2024/politik/ein-titel.html')).not.toMatch(
      /^2024-12-30/,
    );
  });
});

describe("dates: JSON-LD that is not the article's gives the article no dates", () => {
  const headline = 'City council approves new budget for buses';
  const url = 'https://www.example.co.uk/news/city-council-budget';
  const shown = '<time datetime="2023-12-14T16:05:00+00:00">14 December 2023, 16:05</time>';
  const at = (nodes: unknown, before = shown) =>
    extractArticle(
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${headline} - Daily Example</title><meta property="og:site_name" content="Daily Example"><link rel="canonical" href="${url}">${ld(nodes)}</head><body><main><article><h1>${headline}</h1>${before}<div class="article-body">${BODY}</div></article></main></body></html>`,
      { url },
    ).publishedAt;
  const other = 'https://www.example.co.uk/news/mayor-opens-library';

  it.each([
    [
      'a WebSite node',
      { '@type': 'WebSite', name: 'Daily Example', datePublished: '2015-03-01T09:00:00Z' },
    ],
    [
      'an Organization node',
      {
        '@type': 'NewsMediaOrganization',
        name: 'Daily Example',
        datePublished: '2015-03-01T09:00:00Z',
      },
    ],
    [
      'a WebPage node named as the site',
      { '@type': 'WebPage', name: 'Daily Example', datePublished: '2015-03-01T09:00:00Z' },
    ],
    [
      'a WebPage node of another page',
      {
        '@type': 'CollectionPage',
        url: 'https://www.example.co.uk/news/',
        datePublished: '2019-03-01T09:00:00Z',
      },
    ],
    [
      'an article node of another page',
      {
        '@type': 'NewsArticle',
        headline: 'Mayor opens library',
        url: other,
        datePublished: '2023-11-02T08:00:00Z',
      },
    ],
    [
      'an article node of another page before the page own',
      [
        {
          '@type': 'NewsArticle',
          headline: 'Mayor opens library',
          url: other,
          datePublished: '2023-11-02T08:00:00Z',
        },
        { '@type': 'NewsArticle', headline, url, datePublished: '2023-12-14T16:05:00Z' },
      ],
    ],
  ])('takes the date the page shows over %s', (_, nodes) => {
    expect(at(nodes)).toBe('2023-12-14T16:05:00+00:00');
  });

  it("still takes the dates of the page's own WebPage node", () => {
    const node = { '@type': 'WebPage', url, name: headline, datePublished: '2023-12-14T16:05:00Z' };
    expect(at(node, '')).toBe('2023-12-14T16:05:00+00:00');
  });
});

describe('dates: 12-hour times', () => {
  it.each([
    ['October 23, 2024, 3:48 PM', '2024-10-23T15:48:00+00:00'],
    ['Oct. 23, 2024 3:48 p.m.', '2024-10-23T15:48:00+00:00'],
    ['23 October 2024 3:48pm', '2024-10-23T15:48:00+00:00'],
    ['October 23, 2024, 12:05 AM', '2024-10-23T00:05:00+00:00'],
    ['October 23, 2024, 12:05 PM', '2024-10-23T12:05:00+00:00'],
  ])('reads %j in the afternoon or at midnight as written', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });

  it.each([
    ['2026년 12월 4일 PM 2:20', '2026-12-04T14:20:00+00:00'],
    ['2026-12-04 PM 08:40', '2026-12-04T20:40:00+00:00'],
    ['2026.12.04 AM 12:10', '2026-12-04T00:10:00+00:00'],
  ])(
    'reads %j by the AM or PM written before the time, as Korean and Chinese sites do',
    (text, iso) => {
      expect(parseDate(text, 'UTC')).toBe(iso);
    },
  );

  it.each([
    ['입력 2026.12.04 오후 2:20', '2026-12-04T14:20:00+00:00'],
    ['입력 2026.12.04 오전 9:05', '2026-12-04T09:05:00+00:00'],
    ['2026年12月4日 午後3時12分', '2026-12-04T15:12:00+00:00'],
    ['2026年12月4日 午前11時05分', '2026-12-04T11:05:00+00:00'],
    ['2026年12月4日 下午3:12', '2026-12-04T15:12:00+00:00'],
    ['2026年12月4日 上午9:12', '2026-12-04T09:12:00+00:00'],
    ['الجمعة 4 ديسمبر 2026 - 10:35 م', '2026-12-04T22:35:00+00:00'],
    ['الجمعة 4 ديسمبر 2026 - 10:35 ص', '2026-12-04T10:35:00+00:00'],
    ['الجمعة 4 ديسمبر 2026 الساعة 10:35 مساءً', '2026-12-04T22:35:00+00:00'],
    ['الجمعة 4 ديسمبر 2026 الساعة 12:10 صباحاً', '2026-12-04T00:10:00+00:00'],
    ['الجمعة 4 ديسمبر 2026م 10:35', '2026-12-04T10:35:00+00:00'],
    ['০৫ ডিসেম্বর ২০২৬, ০৩:৩২ পিএম', '2026-12-05T15:32:00+00:00'],
    ['০৫ ডিসেম্বর ২০২৬, ১২:১০ এএম', '2026-12-05T00:10:00+00:00'],
    ['৫ ডিসেম্বর ২০২৬ ০৩:৩২ অপরাহ্ন', '2026-12-05T15:32:00+00:00'],
    ['৫ ডিসেম্বর ২০২৬, বিকাল ৩:৩২', '2026-12-05T15:32:00+00:00'],
    ['৫ ডিসেম্বর ২০২৬, সন্ধ্যা ৬:৪০', '2026-12-05T18:40:00+00:00'],
    ['৫ ডিসেম্বর ২০২৬, রাত ১০:১৫', '2026-12-05T22:15:00+00:00'],
    ['৫ ডিসেম্বর ২০২৬, রাত ১২:৩০', '2026-12-05T00:30:00+00:00'],
    ['৫ ডিসেম্বর ২০২৬, দুপুর ১:০৫', '2026-12-05T13:05:00+00:00'],
    ['৫ ডিসেম্বর ২০২৬, সকাল ৯:০৫', '2026-12-05T09:05:00+00:00'],
    ['Κυριακή, 6 Δεκεμβρίου 2026 03:32 μ.μ.', '2026-12-06T15:32:00+00:00'],
    ['6 Δεκεμβρίου 2026 - 03:32 μμ', '2026-12-06T15:32:00+00:00'],
    ['6 Δεκεμβρίου 2026, 3:32 ΜΜ', '2026-12-06T15:32:00+00:00'],
    ['6 Δεκεμβρίου 2026 12:10 π.μ.', '2026-12-06T00:10:00+00:00'],
    ['6 Δεκεμβρίου 2026 09:05 πμ', '2026-12-06T09:05:00+00:00'],
    ['6 दिसंबर 2026, 03:32 अपराह्न', '2026-12-06T15:32:00+00:00'],
    ['6 दिसंबर 2026, 09:05 पूर्वाह्न', '2026-12-06T09:05:00+00:00'],
    ['06 دسمبر 2026 03:32 شام', '2026-12-06T15:32:00+00:00'],
    ['06 دسمبر 2026 12:05 صبح', '2026-12-06T00:05:00+00:00'],
    ['6 दिसंबर 2026, 05:32 शाम', '2026-12-06T17:32:00+00:00'],
    ['6 दिसंबर 2026, शाम 5:32 बजे', '2026-12-06T17:32:00+00:00'],
    ['6 दिसंबर 2026, दोपहर 2:10 बजे', '2026-12-06T14:10:00+00:00'],
    ['6 दिसंबर 2026, रात 9:15 बजे', '2026-12-06T21:15:00+00:00'],
    ['6 दिसंबर 2026, सुबह 9:05 बजे', '2026-12-06T09:05:00+00:00'],
    ['6 Aralık 2026 ÖS 03:32', '2026-12-06T15:32:00+00:00'],
    ['6 Aralık 2026 ÖÖ 12:10', '2026-12-06T00:10:00+00:00'],
    ['6 Aralık 2026, 03:32 ÖS', '2026-12-06T15:32:00+00:00'],
    ['6 Aralık 2026 12:05 öö', '2026-12-06T00:05:00+00:00'],
  ])('reads %j by the half of the day its own language names', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });
});

describe("dates: Swahili hours counted from six in the morning, and Filipino's halves of the day after a time", () => {
  it.each([
    ['Desemba 6, 2026 saa 9:45 alasiri', '2026-12-06T15:45:00+00:00'],
    ['6 Desemba 2026 saa 2 asubuhi', '2026-12-06T08:00:00+00:00'],
    ['6 Desemba 2026, saa 6 mchana', '2026-12-06T12:00:00+00:00'],
    ['6 Desemba 2026 saa 12:30 jioni', '2026-12-06T18:30:00+00:00'],
    ['6 Desemba 2026 saa 3:30 usiku', '2026-12-06T21:30:00+00:00'],
    ['6 Desemba 2026 saa 8 usiku', '2026-12-06T02:00:00+00:00'],
    ['Disyembre 6, 2026 3:45 ng hapon', '2026-12-06T15:45:00+00:00'],
    ['Disyembre 6, 2026 9:05 ng umaga', '2026-12-06T09:05:00+00:00'],
    ['Disyembre 6, 2026 8:10 ng gabi', '2026-12-06T20:10:00+00:00'],
    ['Disyembre 6, 2026 12:15 ng tanghali', '2026-12-06T12:15:00+00:00'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });

  it('reads a 24-hour time after "saa" with no word for the half of the day as written', () => {
    expect(parseDate('6 Desemba 2026 saa 15:45', 'UTC')).toBe('2026-12-06T15:45:00+00:00');
  });
});

describe('dates: a time written in full-width digits and colon', () => {
  it.each([
    ['２０２４年１２月９日　１５：２０', '2024-12-09T15:20:00+09:00'],
    ['2024年12月9日 15：20', '2024-12-09T15:20:00+09:00'],
  ])('reads %j at its time', (text, iso) => {
    expect(parseDate(text, 'Asia/Tokyo')).toBe(iso);
  });
});

describe('dates: US zone names without standard or daylight time ("6:46 pm ET")', () => {
  it.each([
    ['Nov 19, 2019 at 6:46 pm ET', '2019-11-19T18:46:00-05:00'],
    ['July 4, 2024 8:03 a.m. ET', '2024-07-04T08:03:00-04:00'],
    ['July 4, 2024, 10:15 AM PT', '2024-07-04T10:15:00-07:00'],
    ['Jan. 5, 2024 9:00 pm CT', '2024-01-05T21:00:00-06:00'],
    ['Jan. 5, 2024 9:00 pm MT', '2024-01-05T21:00:00-07:00'],
    ['Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', '2019-11-18T16:05:00-08:00'],
  ])('reads %j in that zone, daylight saving included', (text, iso) => {
    expect(parseDate(text, 'Europe/Berlin')).toBe(iso);
  });

  it('reads no zone in a lower-case "et" (French "and")', () => {
    expect(parseDate('19 novembre 2019 18:46 et plus', 'Europe/Paris')).toBe(
      '2019-11-19T18:46:00+01:00',
    );
  });
});

describe("dates: a zone abbreviation that names several zones is read by the page's zone", () => {
  it.each([
    ['Apr 16, 2026, 14:04 IST', 'UTC', '2026-04-16T14:04:00+05:30'],
    ['Apr 16, 2026, 14:04 IST', 'Asia/Kolkata', '2026-04-16T14:04:00+05:30'],
    ['16 April 2026 14:04 IST', 'Europe/Dublin', '2026-04-16T14:04:00+01:00'],
    ['16 April 2026 14:04 IST', 'Asia/Jerusalem', '2026-04-16T14:04:00+03:00'],
    ['Jan. 5, 2024 9:00 pm CST', 'America/New_York', '2024-01-05T21:00:00-06:00'],
    ['December 4, 2026 at 10:58PM CST', 'UTC', '2026-12-04T22:58:00-06:00'],
    ['2024年1月5日 21:00 CST', 'Asia/Taipei', '2024-01-05T21:00:00+08:00'],
  ])('reads %j on a page in %s', (text, zone, iso) => {
    expect(parseDate(text, zone)).toBe(iso);
  });

  it('leaves "CST" where the page says nothing of America or China: the wall time in its zone', () => {
    expect(parseDate('Jan. 5, 2024 9:00 pm CST', 'Europe/Berlin')).toBe(
      '2024-01-05T21:00:00+01:00',
    );
  });

  it('reads the German "ist" as no zone', () => {
    expect(parseDate('5. Januar 2024, 14:04 ist', 'Europe/Berlin')).toBe(
      '2024-01-05T14:04:00+01:00',
    );
  });
});

describe('dates: publication meta tags under the names CMSs give them', () => {
  it.each([
    ['displaydate', '2010-10-09T07:15:45Z', '2010-10-09T07:15:45+00:00'],
    ['pub_date', '2010-10-09T07:15:45Z', '2010-10-09T07:15:45+00:00'],
    ['date_created', '2010-10-09T07:15:45Z', '2010-10-09T07:15:45+00:00'],
    ['publish_date', 'Sat, 09 Oct 2010 07:15:45 EST', '2010-10-09T07:15:45-05:00'],
    ['published_date', '2010-10-09T07:15:45-05:00', '2010-10-09T07:15:45-05:00'],
    ['date_published', '2010-10-09T07:15:45Z', '2010-10-09T07:15:45+00:00'],
    ['publication_date', '2010-10-09T07:15:45+02:00', '2010-10-09T07:15:45+02:00'],
    ['original-publish-date', '2010-10-09T07:15:45Z', '2010-10-09T07:15:45+00:00'],
    ['article_date_original', 'Friday, December 26, 2014,  9:00 AM', '2014-12-26T09:00:00+00:00'],
    // Google Scholar's tags, which journals' and university presses' article pages write.
    ['citation_publication_date', '2010/10/09', '2010-10-09T12:00:00+00:00'],
    ['citation_date', '2010-10-09', '2010-10-09T12:00:00+00:00'],
  ])('reads <meta name="%s">', (name, value, iso) => {
    expect(published(page(`<meta name="${name}" content="${value}">`))).toBe(iso);
  });

  it('reads the author of <meta name="article_author">, without the paper after the comma', () => {
    const head = '<meta name="article_author" content="Joanna Connors, The Plain Dealer">';
    expect(extractArticle(page(head), { url: 'https://www.cleveland.com/a.html' }).authors).toEqual(
      ['Joanna Connors'],
    );
  });

  it('reads the update of <meta name="article_date_updated"> (Advance Local\'s sites) as such', () => {
    const head =
      '<meta name="article_date_original" content="Friday, December 26, 2014,  9:00 AM"><meta name="article_date_updated" content="Friday, December 26, 2014,  9:13 AM">';
    const article = extractArticle(page(head, { lang: 'en-US' }), {
      url: 'https://www.cleveland.com/a.html',
    });
    expect([article.publishedAt, article.modifiedAt]).toEqual([
      '2014-12-26T09:00:00-05:00',
      '2014-12-26T09:13:00-05:00',
    ]);
  });
});

describe('dates and authors: Parse.ly\'s page metadata, one JSON object in <meta name="parsely-page">', () => {
  const parsely = (value: object) =>
    `<meta name='parsely-page' content='${JSON.stringify(value).replaceAll('/', '\\/')}'>`;

  it('reads its pub_date and author', () => {
    const html = page(
      parsely({
        title: 'Ein Titel',
        link: 'https://news.example.com/a.html',
        pub_date: '2014-12-30T01:30:41Z',
        author: 'Jason Tabrys',
        section: 'WEBCULTURE',
      }),
    );
    const article = extractArticle(html, { url: 'https://news.example.com/a.html' });
    expect(article.publishedAt).toBe('2014-12-30T01:30:41+00:00');
    expect(article.authors).toEqual(['Jason Tabrys']);
  });

  it('gives way to a date line the page shows, as its pub_date may be local time marked as UTC', () => {
    const html = page(parsely({ pub_date: '2014-12-22T09:50:00Z' }), {
      before: '<p class="k9">December 22, 2014, 9:50 AM EST</p>',
    });
    expect(published(html)).toBe('2014-12-22T09:50:00-05:00');
  });

  it('gives way to the byline the page shows, which may name more authors', () => {
    const html = page(parsely({ author: 'Harriet Alexander' }), {
      before:
        '<p class="byline">By <a href="/journalists/harriet-alexander/">Harriet Alexander</a>, Andrew Marszal and Josie Ensor</p>',
    });
    expect(extractArticle(html, { url: 'https://news.example.com/a.html' }).authors).toEqual([
      'Harriet Alexander',
      'Andrew Marszal',
      'Josie Ensor',
    ]);
  });

  it('reads its list of authors', () => {
    const html = page(parsely({ authors: ['Ann Lee', 'Bo Chen'], pub_date: '2014-12-30' }));
    expect(extractArticle(html, { url: 'https://news.example.com/a.html' }).authors).toEqual([
      'Ann Lee',
      'Bo Chen',
    ]);
  });

  it('ignores one that is no JSON', () => {
    expect(published(page(`<meta name="parsely-page" content="{pub_date: soon">`))).toBeNull();
  });
});

describe('dates: datePublished on any JSON-LD type', () => {
  it.each(['WebPage', 'MedicalWebPage', 'ItemPage'])('reads datePublished of a %s', (type) => {
    const head = ld({
      '@type': type,
      name: 'Ein Titel',
      datePublished: '2024-05-03T17:47:42+02:00',
    });
    expect(published(page(head))).toBe('2024-05-03T17:47:42+02:00');
  });

  it('reads an article nested as the mainEntity of a WebPage', () => {
    const head = ld({
      '@type': 'WebPage',
      mainEntity: { '@type': 'NewsArticle', datePublished: '2023-04-28T18:16:04+0200' },
    });
    expect(published(page(head))).toBe('2023-04-28T18:16:04+02:00');
  });

  it.each([
    ['milliseconds', 1682676000000],
    ['milliseconds in a string', '1682676000000'],
    ['seconds', 1682676000],
  ])('reads a datePublished written as %s since 1970 as that instant', (_what, value) => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Ein Titel', datePublished: value });
    expect(published(page(head))).toBe('2023-04-28T10:00:00+00:00');
  });

  it('takes the time of a datePublished written since 1970, not a later source’s of that day', () => {
    const head = ld({
      '@type': 'NewsArticle',
      headline: 'Ein Titel',
      datePublished: 1682676000000,
    });
    const shown = '<time datetime="2023-04-28T08:00:00">28.04.2023</time>';
    expect(published(page(head, { before: shown }))).toBe('2023-04-28T10:00:00+00:00');
  });

  it("prefers the article's own date to the page's", () => {
    const head = ld({
      '@graph': [
        { '@type': 'WebPage', datePublished: '2020-01-01T00:00:00Z' },
        { '@type': 'NewsArticle', datePublished: '2024-05-03T10:00:00Z' },
      ],
    });
    expect(published(page(head))).toBe('2024-05-03T10:00:00+00:00');
  });
});

describe('dates: dates only in embedded JSON or hidden inputs', () => {
  it('reads a date kept in app state, even as escaped JSON inside a string', () => {
    const state = `<script>window.__STATE__ = "{\\"article_published_time\\":\\"2024-10-23T15:48:15+00:00\\"}";</script>`;
    expect(published(page(state))).toBe('2024-10-23T15:48:15+00:00');
  });

  it('reads a publication date in epoch milliseconds', () => {
    const state = '<script type="application/json">{"publicationDate":1729698495000}</script>';
    expect(published(page(state))).toBe('2024-10-23T15:48:15+00:00');
  });

  it('reads the "deployDt" some CMSs keep in app state, written year first with dots', () => {
    const state =
      '<script>var article = {"deployDt":"2024.10.23 15:48","reDeployDt":"2024.10.23 16:02"};</script>';
    expect(published(page(state))).toBe('2024-10-23T15:48:00+00:00');
  });

  it('reads the publication time an app keeps as "publishTime", not the modification beside it', () => {
    const state =
      '<script>window.__DATA__ = {"publishTime":"2024-09-04T16:20:35+05:30","modifiedTime":"2024-09-05T08:00:00+05:30"};</script>';
    expect(published(page(state))).toBe('2024-09-04T16:20:35+05:30');
  });

  it("reads the publication an app keeps under a key in the CMS's language or as its first publication", () => {
    for (const key of [
      'fechaPublicacion',
      'fecha_publicacion',
      'data_pubblicazione',
      'first_publication_date',
    ]) {
      const state = `<script>window.__DATA__ = {"${key}":"2024-09-04T16:20:35+05:30"};</script>`;
      expect(published(page(state))).toBe('2024-09-04T16:20:35+05:30');
    }
  });

  it('takes no first save an app keeps as "published_time" (Arc) for the publication', () => {
    const state =
      '<script>var s = {"published_time":"2024-03-07T07:02:28.261Z","updated_time":"2024-03-07T12:21:53.078Z"};</script>';
    expect(published(page(state))).toBeNull();
  });

  it("takes Arc XP's first publication for the publication and its last update for the modification", () => {
    // `publish_date` is the latest (re)publication, `first_publish_date` the first (ANS schema).
    const state =
      '<script>Fusion.globalContent={"_id":"ABC","type":"story","last_updated_date":"2026-12-05T14:02:10.789Z","publish_date":"2026-12-05T14:02:10.789Z","created_date":"2026-12-02T15:11:09.123Z","display_date":"2026-12-05T04:58:31.456Z","first_publish_date":"2026-12-05T04:58:31.456Z"};</script>';
    const article = extractArticle(page(state), { url: 'https://news.example.com/a.html' });
    expect(article.publishedAt).toBe('2026-12-05T04:58:31+00:00');
    expect(article.modifiedAt).toBe('2026-12-05T14:02:10+00:00');
  });

  it("takes Arc XP's publish_date for the publication when it keeps no first one", () => {
    const state =
      '<script>Fusion.globalContent={"_id":"ABC","last_updated_date":"2026-12-05T14:02:10.789Z","publish_date":"2026-12-05T09:00:00.000Z"};</script>';
    const article = extractArticle(page(state), { url: 'https://news.example.com/a.html' });
    expect(article.publishedAt).toBe('2026-12-05T09:00:00+00:00');
    expect(article.modifiedAt).toBe('2026-12-05T14:02:10+00:00');
  });

  it("takes the date of the page's own object in app state that lists other stories first", () => {
    const other = (slug: string, iso: string) =>
      `{"datePublished":"${iso}","link":"https:\\/\\/news.example.com\\/tech\\/${slug}\\/","filler":"${'x'.repeat(400)}"}`;
    const state = `<script>window.__STATE__ = {"feature":[${other('an-older-story-about-chips', '2024-04-27T18:00:34+00:00')},${other('another-story-from-friday', '2024-04-26T21:08:15+00:00')}],"post":{"slug":"how-vendors-aim-to-remain-relevant","datePublished":"2024-04-28T13:30:00+00:00"}};</script>`;
    const url = 'https://news.example.com/tech/how-vendors-aim-to-remain-relevant/';
    expect(published(page(state), url)).toBe('2024-04-28T13:30:00+00:00');
  });

  it("takes the date of the page's own object over its author's, nested deeper in it", () => {
    const state = `<script>window.__STATE__ = {"url":"\\u002Ftech\\u002Fhow-vendors-aim-to-remain-relevant","header":{"headline":"How vendors aim to remain relevant","authors":[{"name":"Andy Sahadeo","publicationDate":"2019-02-27T11:16:22-05:00"}],"publicationDate":"2019-11-19T08:40:22-05:00"}};</script>`;
    const url = 'https://news.example.com/tech/how-vendors-aim-to-remain-relevant';
    expect(published(page(state), url)).toBe('2019-11-19T08:40:22-05:00');
  });

  it('still takes the first date in app state when nothing there names the page', () => {
    const state =
      '<script>window.__STATE__ = {"a":{"datePublished":"2024-04-27T18:00:34+00:00"},"b":{"datePublished":"2024-04-28T13:30:00+00:00"}};</script>';
    const url = 'https://news.example.com/tech/how-vendors-aim-to-remain-relevant/';
    expect(published(page(state), url)).toBe('2024-04-27T18:00:34+00:00');
  });

  it('reads a hidden input', () => {
    const input = '<input type="hidden" name="publishDate" value="2024-02-20 09:30">';
    expect(published(page('', { before: input }))).toBe('2024-02-20T09:30:00+00:00');
  });

  it.each(['hdnDataPublicacao', 'fechaPublicacion', 'datumVeroeffentlichung'])(
    'reads a hidden input named in another language, %j',
    (name) => {
      const input = `<input type="hidden" id="${name}" value="2024-02-20 09:30">`;
      expect(published(page('', { before: input }))).toBe('2024-02-20T09:30:00+00:00');
    },
  );

  it('prefers the embedded instant to a date line that shows a broken time', () => {
    const state = '<script>var s = {"datePublished":"2024-10-23T15:48:15+00:00"};</script>';
    const line = '<div class="publication-date">October 23, 2024, 3:48: Uhr</div>';
    expect(published(page(state, { before: line }))).toBe('2024-10-23T15:48:15+00:00');
  });

  it('completes a date without a time from a later source with the same day', () => {
    const head = '<meta name="date" content="2023-04-28">';
    const time = '<time datetime="2023-04-28T19:20:36+0200">28.04.2023</time>';
    expect(published(page(head, { before: time }))).toBe('2023-04-28T19:20:36+02:00');
  });
});

describe('dates: offset-less times on non-UTC sites use what the page says about its zone', () => {
  const naive = ld({ '@type': 'NewsArticle', datePublished: '2023-04-28 18:11:01' });

  it('takes the offset written on another date of the page', () => {
    const head = `${naive}<meta property="article:modified_time" content="2023-04-28T19:00:00+02:00">`;
    expect(published(page(head))).toBe('2023-04-28T18:11:01+02:00');
  });

  it.each([
    ['the language tag de-AT', { lang: 'de-AT' }, 'https://news.example.com/a', '+02:00'],
    ['the domain .at', {}, 'https://news.example.at/a', '+02:00'],
    ['the language de', { lang: 'de' }, 'https://news.example.com/a', '+02:00'],
    ['the language ja', { lang: 'ja' }, 'https://news.example.com/a', '+09:00'],
    ['the language ta', { lang: 'ta' }, 'https://news.example.com/a', '+05:30'],
    ['the language mr', { lang: 'mr' }, 'https://news.example.com/a', '+05:30'],
    ['the language bn', { lang: 'bn' }, 'https://news.example.com/a', '+06:00'],
    ['the language ur', { lang: 'ur' }, 'https://news.example.com/a', '+05:00'],
    ['the language ne', { lang: 'ne' }, 'https://news.example.com/a', '+05:45'],
    // Sorani Kurdish, written mostly in Iraq's Kurdistan; Moroccan Arabic, WordPress's "ary".
    ['the language ckb', { lang: 'ckb' }, 'https://news.example.net/a', '+03:00'],
    ['the language ary', { lang: 'ary' }, 'https://news.example.com/a', '+01:00'],
    ['the domain .mn', {}, 'https://news.example.mn/a', '+08:00'],
    ['the language mn', { lang: 'mn' }, 'https://news.example.com/a', '+08:00'],
    ['the domain .kg', {}, 'https://news.example.kg/a', '+06:00'],
    ['the language ky', { lang: 'ky' }, 'https://news.example.com/a', '+06:00'],
    ['the domain .tj', {}, 'https://news.example.tj/a', '+05:00'],
    ['the language tg', { lang: 'tg' }, 'https://news.example.com/a', '+05:00'],
    ['the language uz', { lang: 'uz' }, 'https://news.example.com/a', '+05:00'],
    ['the language fa', { lang: 'fa' }, 'https://news.example.com/a', '+03:30'],
    ['the language km', { lang: 'km' }, 'https://news.example.com/a', '+07:00'],
    ['the language fil', { lang: 'fil' }, 'https://news.example.com/a', '+08:00'],
    ['the language sw', { lang: 'sw' }, 'https://news.example.com/a', '+03:00'],
    ['the domain .cat', {}, 'https://www.example.cat/a', '+02:00'],
    ['the domain .eus', {}, 'https://www.example.eus/a', '+02:00'],
    ['the domain .gal', {}, 'https://www.example.gal/a', '+02:00'],
    ['the language ca', { lang: 'ca' }, 'https://news.example.com/a', '+02:00'],
    ['the language eu', { lang: 'eu' }, 'https://news.example.com/a', '+02:00'],
    ['the language gl', { lang: 'gl' }, 'https://news.example.com/a', '+02:00'],
    // African and Latin American countries' domains
    ['the domain .ao', {}, 'https://www.example.ao/a', '+01:00'],
    ['the domain .mz', {}, 'https://news.example.co.mz/a', '+02:00'],
    ['the domain .cm', {}, 'https://www.example.cm/a', '+01:00'],
    ['the domain .cd', {}, 'https://www.example.cd/a', '+01:00'],
    ['the domain .rw', {}, 'https://www.example.rw/a', '+02:00'],
    ['the domain .cu', {}, 'https://www.example.cu/a', '-04:00'],
    ['the domain .hn', {}, 'https://www.example.hn/a', '-06:00'],
  ])('takes the zone of %s', (_, options, url, offset) => {
    expect(published(page(naive, options), url)).toBe(`2023-04-28T18:11:01${offset}`);
  });

  it.each([
    ['en-US', 'https://inews.example.co.uk/a', '+01:00'],
    ['en-US', 'https://dailynews.example.co.tz/a', '+03:00'],
    ['en-GB', 'https://news.example.com.au/a', '+10:00'],
  ])(
    "takes the country of the domain over a language tag's region (%s is a CMS's default): %s",
    (lang, url, offset) => {
      expect(published(page(naive, { lang }), url)).toBe(`2023-04-28T18:11:01${offset}`);
    },
  );

  it.each([
    [
      'a telephone number in the address',
      '<address>Lagos. Tel: +234 803 000 0000</address>',
      'en-US',
      '+01:00',
    ],
    [
      'a telephone number in the footer',
      '<footer><p>Phone: +254 20 322 2111</p></footer>',
      'en',
      '+03:00',
    ],
    ['a telephone link', '<footer><a href="tel:+27214062121">Call us</a></footer>', 'en', '+02:00'],
  ])(
    "takes the country of the newsroom's %s on a generic domain, over an English language tag",
    (_, contact, lang, offset) => {
      const html = page(naive, { lang }).replace('</main>', `</main>${contact}`);
      expect(published(html)).toBe(`2023-04-28T18:11:01${offset}`);
    },
  );

  it.each([
    [
      "Kolkata in the site's menu and footer",
      '<nav><a href="/kolkata">কলকাতা</a> <a href="/state">রাজ্য</a></nav>',
      '<footer>© বঙ্গবার্তা, কলকাতা, পশ্চিমবঙ্গ</footer>',
      '+05:30',
      'https://news.example.com/a',
    ],
    [
      "Dhaka in the site's menu and footer, Kolkata only in the story",
      '<nav><a href="/dhaka">ঢাকা</a> <a href="/world">আন্তর্জাতিক</a></nav>',
      '<footer>তেজগাঁও, ঢাকা-১২০৮</footer>',
      '+06:00',
      'https://news.example.com/international/kolkata-book-fair',
    ],
    ["the page's address filing it under West Bengal's Kolkata", '', '', '+05:30'],
  ])(
    'reads a Bengali page on a generic domain by the city its site names: %s',
    (_, nav, foot, offset, url = 'https://news.example.com/west-bengal/kolkata/a-1') => {
      const story = '<p>কলকাতা: কলকাতা বইমেলায় এ বার কলকাতার প্রকাশকদের ভিড়।</p>';
      const html = page(naive, { lang: 'bn', before: story })
        .replace('<main>', `${nav}<main>`)
        .replace('</main>', `</main>${foot}`);
      expect(published(html, url)).toBe(`2023-04-28T18:11:01${offset}`);
    },
  );

  it("takes the country of the publisher's address in JSON-LD on a generic domain", () => {
    const org = ld({
      '@type': 'NewsMediaOrganization',
      name: 'Dar Hub',
      address: { '@type': 'PostalAddress', addressCountry: 'TZ' },
    });
    expect(published(page(naive + org, { lang: 'en' }))).toBe('2023-04-28T18:11:01+03:00');
  });

  it("keeps the domain's country over a telephone number of another", () => {
    const html = page(naive, { lang: 'de' }).replace(
      '</main>',
      '</main><footer>Tel. +44 20 7946 0000</footer>',
    );
    expect(published(html, 'https://news.example.at/a')).toBe('2023-04-28T18:11:01+02:00');
  });

  it('knows daylight saving: the same site in winter is +01:00', () => {
    const winter = ld({ '@type': 'NewsArticle', datePublished: '2023-12-01 18:11:01' });
    expect(published(page(winter, { lang: 'de-DE' }))).toBe('2023-12-01T18:11:01+01:00');
  });

  it.each([
    ['Vietnamese', 'Hà Nội thông xe tuyến đường mới ở phía tây', '+07:00'],
    ['Japanese', '東京で新しい駅が開業、利用者が急増', '+09:00'],
    ['Korean', '서울 지하철 새 노선 개통, 이용객 급증', '+09:00'],
    ['English', 'A new metro line opens in the west of the city', '+00:00'],
  ])(
    'takes the zone of the language a %s headline is written in, when nothing else says',
    (_, headline, offset) => {
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${headline}</title>${naive}</head>
<body><main><h1>${headline}</h1><div class="article-body">${BODY}</div></main></body></html>`;
      expect(published(html, 'https://news.example.net/a')).toBe(`2023-04-28T18:11:01${offset}`);
    },
  );

  it('falls back to UTC when the page says nothing about its zone', () => {
    expect(published(page(naive, { lang: 'en' }))).toBe('2023-04-28T18:11:01+00:00');
  });

  it('lets a configured time zone win over the page', () => {
    const html = page(naive, { lang: 'de' });
    expect(
      extractArticle(html, { url: 'https://x.example.com/a', timezone: 'Asia/Tokyo' }).publishedAt,
    ).toBe('2023-04-28T18:11:01+09:00');
  });
});

describe("dates: Facebook's language-wide locales (ar_AR, es_LA) name no country's zone", () => {
  const naive = ld({ '@type': 'NewsArticle', datePublished: '2024-11-15T14:30:00' });

  it.each([
    ['og:locale ar_AR', '<meta property="og:locale" content="ar_AR">', { lang: 'ar' }],
    ['og:locale es_LA', '<meta property="og:locale" content="es_LA">', { lang: 'es' }],
    ['the language tag ar-AR', '', { lang: 'ar-AR' }],
  ])(
    'reads a time without an offset beside %s in no zone of Argentina or Laos',
    (_, head, options) => {
      expect(published(page(`${naive}${head}`, options))).toBe('2024-11-15T14:30:00+00:00');
    },
  );

  it("keeps Argentina's zone for Spanish of Argentina (es_AR)", () => {
    const head = `${naive}<meta property="og:locale" content="es_AR">`;
    expect(published(page(head, { lang: 'es' }))).toBe('2024-11-15T14:30:00-03:00');
  });
});

describe("dates: a country in another of the page's language declarations names its zone", () => {
  const naive = (inLanguage?: string) =>
    ld({ '@type': 'NewsArticle', datePublished: '2024-11-15T14:30:00', inLanguage });

  it.each([
    ['JSON-LD inLanguage ar-EG', naive('ar-EG'), '+02:00'],
    ['JSON-LD inLanguage ar-LB', naive('ar-LB'), '+02:00'],
    [
      'content-language ar-SA',
      `${naive()}<meta http-equiv="content-language" content="ar-SA">`,
      '+03:00',
    ],
  ])('reads a time without an offset on a page in lang="ar" by %s', (_, head, offset) => {
    expect(published(page(head, { lang: 'ar' }))).toBe(`2024-11-15T14:30:00${offset}`);
  });

  it('takes no country from a declaration without one', () => {
    expect(published(page(naive('ar'), { lang: 'ar' }))).toBe('2024-11-15T14:30:00+00:00');
  });
});

describe("dates: the country of the publisher's postal address in JSON-LD names the zone", () => {
  const graph = (address: unknown) =>
    ld({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          datePublished: '2025-02-10T11:25:31',
          publisher: { '@id': 'https://news.example.com/#organization' },
        },
        { '@type': 'Organization', '@id': 'https://news.example.com/#organization', address },
      ],
    });

  it.each([
    ['a country code', { '@type': 'PostalAddress', addressCountry: 'JO' }, '+03:00'],
    ['a Country node', { addressCountry: { '@type': 'Country', name: 'EG' } }, '+02:00'],
  ])('reads a time without an offset on a page in lang="ar" by %s', (_, address, offset) => {
    expect(published(page(graph(address), { lang: 'ar' }))).toBe(`2025-02-10T11:25:31${offset}`);
  });

  it('gives way to the domain', () => {
    const html = page(graph({ addressCountry: 'US' }), { lang: 'ar' });
    expect(published(html, 'https://news.example.ae/a')).toBe('2025-02-10T11:25:31+04:00');
  });
});

describe('dates: Arabic month names of the Levant, Egypt and the Maghreb, as Arabic pages write them', () => {
  it.each([
    ['04 آب/اغسطس 2013', '2013-08-04T00:00:00+00:00'],
    ['4 أغسطس/آب 2013 - 02:21', '2013-08-04T02:21:00+00:00'],
    ['12 كانون الثاني 2024', '2024-01-12T00:00:00+00:00'],
    ['4 تشرين الأول 2013', '2013-10-04T00:00:00+00:00'],
    ['30 تشرين الثاني (نوفمبر) 2022', '2022-11-30T00:00:00+00:00'],
    ['15 نيسان 2024', '2024-04-15T00:00:00+00:00'],
    ['15 ابريل 2024', '2024-04-15T00:00:00+00:00'],
    ['3 غشت 2022', '2022-08-03T00:00:00+00:00'],
    ['7 جويلية 2021', '2021-07-07T00:00:00+00:00'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });

  it('reads the date line of an Arabic news page, with its update time and offset', () => {
    const line = '<div class="timestamp">الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)</div>';
    expect(published(page('', { lang: 'ar', before: line }))?.slice(0, 10)).toBe('2013-08-04');
  });
});

describe('dates: written forms of other languages', () => {
  it.each([
    ['Fri Apr 28 19:20:36 CEST 2023', '2023-04-28T19:20:36+02:00'],
    ['Freitag, 28. April 2023, 18:11 Uhr', '2023-04-28T18:11:00+00:00'],
    ['Do 25.04.24 | 14:07 Uhr', '2024-04-25T14:07:00+00:00'],
    ['3 de mayo de 2024 17:47', '2024-05-03T17:47:00+00:00'],
    ['14 mars 2024 à 07h30', '2024-03-14T07:30:00+00:00'],
    ['15 марта 2024, 14:30', '2024-03-15T14:30:00+00:00'],
    ['2 листопада 2023 р.', '2023-11-02T00:00:00+00:00'],
    ['15 marca 2024 r., 09:05', '2024-03-15T09:05:00+00:00'],
    ['5. května 2024 12:00', '2024-05-05T12:00:00+00:00'],
    ['15 Şubat 2024 14:30', '2024-02-15T14:30:00+00:00'],
    ['15 Agustus 2024', '2024-08-15T00:00:00+00:00'],
    ['15 مارس 2024', '2024-03-15T00:00:00+00:00'],
    ['٢٠٢٤/٠٣/١٥ ١٤:٣٠', '2024-03-15T14:30:00+00:00'],
    ['2024年3月15日 14時30分', '2024-03-15T14:30:00+00:00'],
    ['2024年03月15日 14:30', '2024-03-15T14:30:00+00:00'],
    ['2024년 3월 15일 14:30', '2024-03-15T14:30:00+00:00'],
    ['2024. 3. 15. 14:30', '2024-03-15T14:30:00+00:00'],
    ['15 มีนาคม 2567 14:30', '2024-03-15T14:30:00+00:00'],
    ['१५ मार्च २०२४', '2024-03-15T00:00:00+00:00'],
    ['15. marts 2024 kl. 14.30', '2024-03-15T14:30:00+00:00'],
    ['15. maaliskuuta 2024 klo 14.30', '2024-03-15T14:30:00+00:00'],
    ['Selasa, 15 Maret 2024 pukul 14.30', '2024-03-15T14:30:00+00:00'],
    ['15/03/2024 pukul 9.05', '2024-03-15T09:05:00+00:00'],
    ['15 Μαρτίου 2024, 14:30', '2024-03-15T14:30:00+00:00'],
    ['15 martie 2024, 14:30', '2024-03-15T14:30:00+00:00'],
    ['2024. március 15. 14:30', '2024-03-15T14:30:00+00:00'],
    ['15. marca 2024 o 14:30', '2024-03-15T14:30:00+00:00'],
    ['15. júní 2024 kl. 14:30', '2024-06-15T14:30:00+00:00'],
    ['15 Mac 2024', '2024-03-15T00:00:00+00:00'],
    ['15 tháng 3 năm 2024', '2024-03-15T00:00:00+00:00'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });
});

describe('dates: a date line marked with the word for "date" in other languages', () => {
  it.each(['tarih', 'fecha', 'datum', 'tanggal'])(
    'reads <span class="%s"> as the date line',
    (cls) => {
      const line = `<span class="${cls}">05.04.2025 - Güncelleme : 05.04.2025</span>`;
      expect(published(page('', { before: line }))?.slice(0, 10)).toBe('2025-04-05');
    },
  );
});

describe('dates: a date after a label element of its own is the publication date', () => {
  it('reads a fact box list item: <li><strong>Datum</strong> 28.04.2023</li>', () => {
    const before = '<ul class="smallList"><li><strong>Datum</strong> 28.04.2023</li></ul>';
    expect(published(page('', { before }), 'https://news.example.com/a.html')).toBe(
      '2023-04-28T12:00:00+00:00',
    );
  });

  it('reads a label and its preposition in bold of their own: <b>Aktualisiert am </b>17.01.2021.', () => {
    const html = page('').replace(
      '</div></main>',
      '<hr><p><b>Aktualisiert am </b>17.01.2021.</p><p><b>Permalink</b>: https://news.example.com/a.html</p></div></main>',
    );
    expect(published(html)).toBe('2021-01-17T12:00:00+00:00');
  });

  it('reads a Chinese label with its full-width colon: <li><span>發布日期：</span>2026-12-06</li>', () => {
    const before = '<ul class="list-text"><li><span>發布日期：</span>2026-12-06</li></ul>';
    expect(published(page('', { before }), 'https://news.example.com/a.html')).toBe(
      '2026-12-06T12:00:00+00:00',
    );
  });

  it('reads a label in a span of its own: <span>Published:</span> 12 March 2024', () => {
    const before = '<p><span>Published:</span> 12 March 2024</p>';
    expect(published(page('', { before }))).toBe('2024-03-12T12:00:00+00:00');
  });

  it('reads dates each in a span after its label in a span of its own (Gannett)', () => {
    const before =
      '<div class="gnt_ar_dt"><span>Published</span> <span>Dec. 4, 2026</span> <span>Updated</span> <span>Dec. 5, 2026 8:02 a.m.</span></div>';
    const article = extractArticle(page('', { before }), {
      url: 'https://news.example.com/a.html',
    });
    expect([article.publishedAt, article.modifiedAt]).toEqual([
      '2026-12-04T12:00:00+00:00',
      '2026-12-05T08:02:00+00:00',
    ]);
  });

  it('reads a definition list and a table: <dt>Veröffentlicht</dt><dd>12.03.2024</dd>', () => {
    const dl = '<dl><dt>Veröffentlicht</dt><dd>12.03.2024</dd></dl>';
    expect(published(page('', { before: dl }))).toBe('2024-03-12T12:00:00+00:00');
    const table = '<table><tr><th>Datum</th><td>12.03.2024</td></tr></table>';
    expect(published(page('', { before: table }))).toBe('2024-03-12T12:00:00+00:00');
  });

  it.each(['Opublikowano', 'Udgivet', 'Ngày đăng', 'Aktualisiert', 'Mis à jour'])(
    'reads a date after the label element <dt>%s</dt>',
    (label) => {
      const dl = `<dl><dt>${label}</dt><dd>12.03.2024</dd></dl>`;
      expect(published(page('', { before: dl }))).toBe('2024-03-12T12:00:00+00:00');
    },
  );

  it("leaves a teaser list's dates alone: a list item without a label is another story's", () => {
    const before = '<ul><li><a href="/b.html">Eine andere Geschichte</a> 27.04.2023</li></ul>';
    expect(published(page('', { before }))).toBeNull();
  });
});

describe('dates: publication and update labels in the languages the date readers know', () => {
  it.each([
    [
      'Veröffentlicht am 10.03.2024, 09:00 Uhr | Aktualisiert am 12.03.2024, 10:30 Uhr',
      '2024-03-10T09:00:00+01:00',
      '2024-03-12T10:30:00+01:00',
    ],
    [
      'Publié le 10/03/2024 à 09h00, mis à jour le 12/03/2024 à 10h30',
      '2024-03-10T09:00:00+01:00',
      '2024-03-12T10:30:00+01:00',
    ],
    [
      'Publicado: 10/03/2024 09:00 | Actualizado: 12/03/2024 10:30',
      '2024-03-10T09:00:00+01:00',
      '2024-03-12T10:30:00+01:00',
    ],
    [
      'Publicerad 10 mars 2024 kl 09.00 Uppdaterad 12 mars 2024 kl 10.30',
      '2024-03-10T09:00:00+01:00',
      '2024-03-12T10:30:00+01:00',
    ],
    [
      'Gepubliceerd 10-03-2024 09:00 Bijgewerkt 12-03-2024 10:30',
      '2024-03-10T09:00:00+01:00',
      '2024-03-12T10:30:00+01:00',
    ],
  ])('reads the publication and the update of %j', (line, first, update) => {
    expect(parseDateLine(line, 'Europe/Berlin')).toMatchObject({
      published: first,
      modified: update,
    });
  });

  it('reads a line that only says when the page was updated as its update', () => {
    expect(parseDateLine('Aggiornato il 12/03/2024 alle 10:30', 'Europe/Rome')).toMatchObject({
      published: null,
      modified: '2024-03-12T10:30:00+01:00',
    });
  });

  it.each(['Erschienen um 08:15', 'Opublikowano 08:15', 'Julkaistu klo 08.15', 'Đăng lúc 08:15'])(
    'takes %j for a date line without its date',
    (line) => {
      expect(isDateline(line, 'UTC')).toBe(true);
    },
  );
});

describe("dates: a date in a short list of the article's own details, no links in it", () => {
  it.each([
    [
      'a date and the reading time',
      '<ul class="x10"><li><span class="date">Nov 30, 2026</span></li><li>2 min read</li></ul>',
    ],
    [
      'a test hook naming the time',
      '<ul class="x10"><li><span data-hook="time-ago">Nov 30, 2026</span></li><li><span data-hook="time-to-read">2 min read</span></li></ul>',
    ],
  ])('reads %s below the headline', (_, list) => {
    expect(published(page('', { before: list }))).toBe('2026-11-30T12:00:00+00:00');
  });

  it('reads no date from a list of other stories, each linking to its page', () => {
    const list =
      '<ul class="x10"><li><a href="/a.html">Hội nghị tổng kết</a> <span class="date">Nov 30, 2026</span></li><li><a href="/b.html">Giải ngân vốn</a> <span class="date">Nov 29, 2026</span></li></ul>';
    expect(published(page('', { before: list }))).toBeNull();
  });
});

describe('dates: a span of dates the article tells is no date line', () => {
  it.each([
    '(Từ ngày 01/12/2026 đến ngày 05/12/2026)',
    'Từ 01/12/2026 đến 05/12/2026',
    'From 1 December 2026 to 5 December 2026',
    'Vom 01.12.2026 bis 05.12.2026',
    '29.11.2018 – 20.01.2019',
    '29 November 2018 | 20 January 2019',
  ])('reads %j as a span, not a date line', (line) => {
    expect(isDateline(line, 'UTC')).toBe(false);
  });

  it.each([
    'Thứ Năm, 14/12/2023 - 16:05',
    '14.12.2023 – aktualisiert 15.12.2023',
    'Đăng ngày 14/12/2023 - Cập nhật 15/12/2023',
    'Do 25.04.24 | 14:07 Uhr',
  ])('still reads %j as a date line', (line) => {
    expect(isDateline(line, 'UTC')).toBe(true);
  });

  it('keeps the span opening the body of a schedule', () => {
    const span = '(Từ ngày 01/12/2026 đến ngày 05/12/2026)';
    const html = page('', { before: '' }).replace(
      '<div class="article-body">',
      `<div class="article-body"><p>${span}</p>`,
    );
    expect(
      extractArticle(html, { url: 'https://huyen.example.gov.vn/a.html' }).contentText,
    ).toContain(span);
  });
});

describe("dates: a day labelled as a birth or as a text's entry into force is no date line", () => {
  it.each([
    'Ngày sinh: 15/8/1972',
    'Sinh ngày: 12/03/1990',
    'Ngày hiệu lực: 01/01/2025',
    'Ngày có hiệu lực 25/12/2024',
    'Born: 15 August 1972',
    'Date of birth: 15/08/1972',
    'Effective date: January 1, 2025',
    'Geboren am 15.08.1972',
    'Gültig ab 01.01.2025',
    'Né le 15 août 1972',
    'Fecha de nacimiento: 15/08/1972',
  ])('reads %j as no date line', (line) => {
    expect(isDateline(line, 'UTC')).toBe(false);
  });

  it("gives a leader's profile no publication date from the birth day under the name", () => {
    const html = `<html lang="vi"><head><meta charset="utf-8"><title>Lãnh đạo</title></head><body>
<h1>Đồng chí Nguyễn Văn Phương - Phó Chủ tịch UBND tỉnh</h1><p>Họ và tên: Nguyễn Văn Phương</p>
<p>Ngày sinh: 15/8/1972</p><div>${BODY}</div></body></html>`;
    expect(published(html, 'https://tinh.example.gov.vn/lanh-dao/pho-chu-tich')).toBeNull();
  });

  it('gives it none from a birth day in the cell after its label cell', () => {
    const html = `<html lang="vi"><head><meta charset="utf-8"><title>Lãnh đạo</title></head><body>
<h1>Đồng chí Nguyễn Văn Phương - Phó Chủ tịch UBND tỉnh</h1><table><tr><td><b>Sinh ngày</b></td>
<td>15/8/1972</td></tr></table><div>${BODY}</div></body></html>`;
    expect(published(html, 'https://tinh.example.gov.vn/lanh-dao/pho-chu-tich')).toBeNull();
  });
});

describe("dates: a question-and-answer page is dated by its answer's labelled line, wherever it stands", () => {
  const qa = (asker: string, answerer: string) => `<html lang="vi"><head><meta charset="utf-8">
<title>Hỏi đáp</title></head><body><h1>Chuyển địa điểm kinh doanh có phải đăng ký lại?</h1>
${asker}<div class="question"><p>Câu hỏi: ${BODY_PARAGRAPHS[0]}</p></div>${answerer}
<div class="answer"><p>Trả lời: ${BODY_PARAGRAPHS[1]}</p><p>${BODY_PARAGRAPHS[2]}</p></div></body></html>`;
  const url = 'https://tinh.example.gov.vn/hoi-dap/cau-hoi-15432';

  it("takes the answer's day over the question's in a line of its own", () => {
    const html = qa(
      '<div class="asker"><span>Người hỏi:</span> <b>Nguyễn Văn Hưng</b> | <span>Ngày gửi:</span> 02/12/2024</div>',
      '<div class="answerer"><span>Cơ quan trả lời:</span> <b>Sở Kế hoạch và Đầu tư</b> | <span>Ngày trả lời:</span> 13/12/2024</div>',
    );
    expect(published(html, url)?.slice(0, 10)).toBe('2024-12-13');
  });

  it('takes it from rows of a table of labelled fields', () => {
    const html = qa(
      '<table><tr><td>Ngày hỏi:</td><td>05/12/2024</td></tr></table>',
      '<table><tr><td>Ngày trả lời:</td><td>11/12/2024</td></tr></table>',
    );
    expect(published(html, url)?.slice(0, 10)).toBe('2024-12-11');
  });

  it('takes no date from a sentence that tells of an answer', () => {
    const html = `<html lang="en"><head><meta charset="utf-8"><title>The town hall</title></head><body>
<h1>The town hall</h1><p>The mayor answered questions on 5 March 2024.</p>${BODY}</body></html>`;
    expect(published(html, 'https://town.example.org/hall')).toBeNull();
  });

  it("takes it from a definition list's term and item", () => {
    const html = qa(
      '<dl><dt>Người gửi:</dt><dd>Nguyễn Văn Hưng</dd><dt>Ngày gửi:</dt><dd>02/12/2024</dd></dl>',
      '<dl><dt>Cơ quan trả lời:</dt><dd>Sở Kế hoạch và Đầu tư</dd><dt>Ngày trả lời:</dt><dd>13/12/2024</dd></dl>',
    );
    expect(published(html, url)?.slice(0, 10)).toBe('2024-12-13');
  });
});

describe("dates: a legal document's page is dated by its issue, the row of its table of properties", () => {
  const doc = (table: string) => `<html lang="vi"><head><meta charset="utf-8">
<title>Quyết định 2915/QĐ-UBND về việc công bố danh mục thủ tục hành chính</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/van-ban">Văn bản</a></div><div class="webpart"><h2>Chi tiết văn bản</h2>
${table}</div><div class="side"><h3>Văn bản mới</h3><a href="/van-ban/1">Kế hoạch 312/KH-UBND</a></div></body></html>`;
  const url = 'https://tinh.example.gov.vn/van-ban/chi-tiet?ItemID=1234';

  it('reads "Ngày ban hành" in a first cell over the day it takes effect', () => {
    const html = doc(`<table><tr><td><b>Số/Ký hiệu</b></td><td>2915/QĐ-UBND</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>12/12/2024</td></tr>
<tr><td><b>Ngày hiệu lực</b></td><td>01/01/2025</td></tr>
<tr><td><b>Trích yếu</b></td><td>${BODY_PARAGRAPHS[0]}</td></tr></table>`);
    expect(published(html, url)?.slice(0, 10)).toBe('2024-12-12');
  });

  it('reads it in a header cell of a row of two fields', () => {
    const html =
      doc(`<table><tr><th>Số ký hiệu</th><td>3120/QĐ-UBND</td><th>Ngày ban hành</th><td>16/12/2024</td></tr>
<tr><th>Loại văn bản</th><td>Quyết định</td><th>Ngày có hiệu lực</th><td>25/12/2024</td></tr>
<tr><th>Trích yếu</th><td colspan="3">${BODY_PARAGRAPHS[0]}</td></tr></table>`);
    expect(published(html, url)?.slice(0, 10)).toBe('2024-12-16');
  });
});

describe('dates: words a theme puts on <body> do not put the whole page outside the article', () => {
  it.each(['single-post has-comments', 'page-template has-sidebar', 'related-posts-enabled'])(
    'reads the <time> of a page whose body class is "%s"',
    (bodyClass) => {
      const html = page('')
        .replace('<body>', `<body class="${bodyClass}">`)
        .replace('<h1>', '<time datetime="2024-03-12T10:30:00+01:00">12.03.2024</time><h1>');
      expect(published(html)).toBe('2024-03-12T10:30:00+01:00');
    },
  );
});

describe('dates: a time of day written with a dot, where a zone or am/pm says it is one', () => {
  it.each([
    ['Sat 24 Feb 2024 12.42 CET', '2024-02-24T12:42:00+01:00'],
    ['24 February 2024 3.05pm', '2024-02-24T15:05:00+00:00'],
    ['24.02.2024 12.42 GMT', '2024-02-24T12:42:00+00:00'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });

  it('leaves a dotted number without a zone or am/pm as no time: "24 Feb 2024 12.42"', () => {
    expect(parseDate('24 Feb 2024 12.42', 'UTC')).toBe('2024-02-24T00:00:00+00:00');
  });

  it.each([
    ['22.11.2024 07.57', '2024-11-22T07:57:00+01:00'],
    ['22.11.2024, 7.05', '2024-11-22T07:05:00+01:00'],
  ])(
    'reads a dotted pair right after a day written in numbers with its year as a time: %j',
    (text, iso) => {
      expect(parseDate(text, 'Europe/Vienna')).toBe(iso);
    },
  );

  it.each([
    ['28.04.2023-19:20', '2023-04-28T19:20:00+02:00'],
    ['28. April 2023-19:20 Uhr', '2023-04-28T19:20:00+02:00'],
  ])(
    'reads the time a date line joins to its day with a dash and no space (a separator in a span of its own): %j',
    (text, iso) => {
      expect(parseDate(text, 'Europe/Berlin')).toBe(iso);
    },
  );

  it('leaves a second date after a day written in numbers a date: "22.11.2024 23.11.2024"', () => {
    expect(parseDate('22.11.2024 23.11.2024', 'Europe/Vienna')).toBe('2024-11-22T00:00:00+01:00');
  });

  it('reads the marked time after an unmarked dotted number: "22.11.2024 07.57 Online seit heute, 7.57 Uhr"', () => {
    expect(parseDate('22.11.2024 07.57 Online seit heute, 7.57 Uhr', 'Europe/Vienna')).toBe(
      '2024-11-22T07:57:00+01:00',
    );
  });

  it('takes a line with such a time, and no label, for the date line', () => {
    const before = '<div class="k1">Sat 24 Feb 2024 12.42 CET</div>';
    expect(published(page('', { before }))).toBe('2024-02-24T12:42:00+01:00');
  });
});

describe("dates: a date in the headline's own article is the article's, whatever box holds it", () => {
  it.each([
    [
      'an <aside> beside the headline',
      '<aside class="article-aside"><div class="article-publication-date">Donnerstag 05. Juni 2025 15:44 Uhr</div></aside>',
    ],
    [
      'a header in a "sidebar-grid" layout',
      '<header class="sidebar-grid__header"><div class="date-time"><span class="date-time__date">June 5, 2025</span> <span class="date-time__time">3:44 pm</span></div></header>',
    ],
    [
      "the article's own <footer>",
      '<footer class="byline-footer"><time datetime="2025-06-05T15:44:00+02:00">05.06.25 15:44</time></footer>',
    ],
  ])('reads one in %s', (_what, before) => {
    expect(published(page('', { before }))?.slice(0, 10)).toBe('2025-06-05');
  });

  it('reads the date of an article inside a wrapper named "sidebar" that holds the headline', () => {
    const html = page('', {
      before: '<time datetime="2025-06-05T15:44:00+02:00">5. Juni 2025</time>',
    })
      .replace('<main>', '<div class="theiaStickySidebar"><article>')
      .replace('</main>', '</article></div>');
    expect(published(html)?.slice(0, 10)).toBe('2025-06-05');
  });

  it("still leaves out another story's date in a related box inside the article", () => {
    const before =
      '<div class="related-stories"><time datetime="2020-01-01T10:00:00+01:00">1. Januar 2020</time></div>';
    expect(published(page('', { before }))).toBeNull();
  });

  it("leaves out the date of a card in the article whose linked title is an <h1>, whatever the card's class", () => {
    const html = page('').replace(
      '</main>',
      '<article class="card-default"><a href="/other"><h1>Another story about the fire</h1></a><time datetime="2020-01-01T10:00:00+01:00">1. Januar 2020</time></article></main>',
    );
    expect(published(html)).toBeNull();
  });

  it.each(['brick most-read', 'box-trending', 'recirc-module'])(
    "leaves out another story's date in a box of class %j inside the article",
    (cls) => {
      const before = `<div class="${cls}"><time datetime="2020-01-01T10:00:00+01:00">1. Januar 2020</time></div>`;
      expect(published(page('', { before }))).toBeNull();
    },
  );

  it('still leaves out the dates of an <aside> outside the article', () => {
    const html = page('').replace(
      '</main>',
      '</main><aside><time datetime="2020-01-01T10:00:00+01:00">1. Januar 2020</time></aside>',
    );
    expect(published(html)).toBeNull();
  });
});

describe('dates: the time a date element shows beside a datetime without one', () => {
  it('completes a <time> whose datetime gives only the day with the time its text shows', () => {
    const before =
      '<time class="c-article-publication-date" datetime="2024-04-30"> Zuerst veröffentlicht am 30/04/2024 - 16:17 </time>';
    expect(published(page('', { before, lang: 'de' }))).toBe('2024-04-30T16:17:00+02:00');
  });

  it('reads a date and a time shown in spans that meet without a space', () => {
    const before =
      '<div class="info-content__author-date"><time class="text"><span class="date-line__date">March 7, 2024</span><span class="date-line__date">7:55 AM UTC</span></time></div>';
    expect(published(page('', { before }))).toBe('2024-03-07T07:55:00+00:00');
  });
});

describe('dates: an element that holds the headline is no sidebar, related box or comments, whatever its class', () => {
  it('reads the date line of a portal whose main column is named "sidebar-1"', () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head><body>
<section class="section"><div class="container"><div class="sidebar-1"><span class="date">Thứ tư, 22/10/2025, 19:25 (GMT+7)</span>
<h1 class="title-detail">Hà Nội thông xe tuyến đường mới ở phía tây thành phố</h1>${BODY}</div>
<div class="sidebar-2"><span class="date">Thứ ba, 21/10/2025, 08:00 (GMT+7)</span></div></div></section></body></html>`;
    expect(published(html, 'https://vnexpress.net/a-1.html')).toBe('2025-10-22T19:25:00+07:00');
  });

  it.each(['comments-enabled', 'has-related-posts'])(
    'reads the date line inside a wrapper of class "%s" that holds the headline',
    (cls) => {
      const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head><body>
<div class="${cls}"><h1 class="title-detail">Hà Nội thông xe tuyến đường mới ở phía tây thành phố</h1><span class="date">Thứ tư, 22/10/2025, 19:25 (GMT+7)</span>${BODY}</div></body></html>`;
      expect(published(html, 'https://vnexpress.net/a-1.html')).toBe('2025-10-22T19:25:00+07:00');
    },
  );

  it("reads the date line in an endless scroll's list item that holds the headline", () => {
    const html = `<!DOCTYPE html><html lang="pt-br"><head><meta charset="utf-8"><title>Tin</title></head><body>
<ul id="pagination"><li id="view-before"><div class="loader"></div></li><li id="view-view">
<header class="meta"><h1>No futuro, as pessoas não morrerão por envelhecimento, diz cientista</h1>
<h2 class="date">30/01/2017 02h02</h2></header><article>${BODY}</article></li></ul></body></html>`;
    expect(published(html, 'https://www1.folha.uol.com.br/ciencia/2017/01/a.shtml')).toBe(
      '2017-01-30T02:02:00-02:00',
    );
  });
});

describe('dates: a box holding the heading the title reader chose is no sidebar either, on a page without an <h1>', () => {
  it('reads the date right below a post heading in a theme\'s "sidebar_content" column', () => {
    const url = 'https://www.example.org/la-riviere-retrouve-ses-castors-apres-vingt-ans/';
    const html = `<!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8">
<title>La rivière retrouve ses castors après vingt ans d'absence &lsaquo; Les Amis du Marais</title></head><body>
<div class="content_wrapper"><div class="sidebar_content"><div class="post_header">
<h3><a href="${url}">La rivière retrouve ses castors après vingt ans d'absence</a></h3>
<div class="post_detail">14 Mar 2017</div></div><div class="post_excerpt">${BODY}</div></div>
<div class="sidebar"><h2>Agenda</h2><p>Sortie nature le 2 avril</p></div></div></body></html>`;
    expect(published(html, url)).toBe('2017-03-14T12:00:00+01:00');
  });
});

describe("dates: a date line of the day alone is completed by a later one showing that day's time", () => {
  const site = (clock: string, line: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head><body>
<header><span class="time-now"><a href="/lich-van-nien">${clock}</a></span></header>
<main><span class="date">${line}</span><h1>Hà Nội thông xe tuyến đường mới ở phía tây thành phố</h1>${BODY}</main></body></html>`;

  it("takes the article's time after the page header's clock of the same day", () => {
    const html = site('Thứ tư, 22/10/2025', 'Thứ tư, 22/10/2025, 19:25 (GMT+7)');
    expect(published(html, 'https://vnexpress.net/a-1.html')).toBe('2025-10-22T19:25:00+07:00');
  });

  it("takes the article's date line, not the page header's clock of another day", () => {
    const html = site('Thứ năm, 23/10/2025', 'Thứ tư, 22/10/2025, 19:25 (GMT+7)');
    expect(published(html, 'https://vnexpress.net/a-1.html')).toBe('2025-10-22T19:25:00+07:00');
  });
});

describe('dates: a time written with a dot before "Uhr"', () => {
  it.each([
    ['28. Juni 2025 - 16.03 Uhr', '2025-06-28T16:03:00+02:00'],
    ['28.06.2025 16.03 Uhr', '2025-06-28T16:03:00+02:00'],
    ['28. Juni 2025 - 9.05 uhr', '2025-06-28T09:05:00+02:00'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text, 'Europe/Berlin')).toBe(iso);
  });
});

describe("dates: the page header's date of today gives way to the article's date line", () => {
  /** A page whose site header shows today's date, then the article's headline and date line. */
  const site = (header: string, line: string, wrap = (inner: string) => inner) =>
    `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Storm</title></head><body>
<div class="site-header"><date class="Page-date nav-item"><small><a href="#">${header}</a></small></date></div>
${wrap(`<h1>Storm hits the coast as thousands lose power overnight</h1><div class="byline-date"><span class="timestamp">${line}</span></div>${BODY}`)}</body></html>`;

  it.each([
    ['in <main>', (inner: string) => `<main>${inner}</main>`],
    ['with no article element', (inner: string) => `<div class="content">${inner}</div>`],
  ])('takes the date line below the headline, %s', (_, wrap) => {
    const html = site('Wednesday, November 20, 2019', 'Nov. 19, 2019 8:03 am ET', wrap);
    expect(published(html)).toBe('2019-11-19T08:03:00-05:00');
  });

  it('takes a day-only date line below the headline too', () => {
    const html = site(
      'Wednesday, November 20, 2019',
      'November 18, 2019',
      (i) => `<main>${i}</main>`,
    );
    expect(published(html)).toBe('2019-11-18T12:00:00-05:00');
  });

  it("takes a labelled date in the byline's line below the headline, no date line marked so", () => {
    const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Salubrité</title></head><body>
<div class="header"><div class="date-jour">Mardi 09 Décembre 2026</div></div>
<div class="page-article"><h1>Abidjan : le District lance l'opération ville propre</h1>
<div class="auteur-article"><p>Par <b>Koffi Kouassi</b> | Publié le 06/12/2026 à 15:32 | Mis à jour le 06/12/2026 à 16:05</p></div>
<div class="contenu-article">${BODY}</div></div></body></html>`;
    expect(published(html, 'https://www.example.ci/a')).toBe('2026-12-06T15:32:00+00:00');
  });

  it('takes the day below the headline on a page without an <h1> (the headline in an <h2>)', () => {
    // A portal's header shows today; the article's heading is an <h2> the title reader takes.
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Cổng thông tin điện tử tỉnh - Khởi công dự án cầu Bến Rừng 2</title></head><body>
<div id="header"><div class="ngay-thang">Thứ Hai, ngày 07/12/2026</div></div>
<div class="news-detail"><div class="title-detail"><h2 class="title">Khởi công dự án cầu Bến Rừng 2</h2></div>
<div class="date-detail"><span>03/12/2026</span></div><div class="content-detail">${BODY}</div></div></body></html>`;
    expect(published(html, 'https://www.example.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1')).toBe(
      '2026-12-03T12:00:00+07:00',
    );
  });

  it("takes the day below the <h2> headline when the page's <h1> is the site's logo", () => {
    // A blog theme's <h1> holds only its logo linking home; its tagline below is no prose of the
    // post, whose heading is an <h2> with the date beside the category.
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>数据库升级小记 _ 技术志</title><meta property="og:site_name" content="技术志"></head><body>
<div id="header"><h1><a href="http://blog.example.com/"><img src="/logo.png"></a></h1>
<div class="description">某某公司官方博客，记录我们在产品与技术上的点滴经验</div></div>
<div class="post"><h2><a href="http://blog.example.com/88.html" rel="bookmark">数据库升级小记</a></h2>
<span class="post-cat"><a href="/category/misc" rel="category tag">其它内容</a></span> <span class="post-calendar">November 6th, 2009</span>
<div class="post-content">${BODY}</div></div></body></html>`;
    expect(published(html, 'http://blog.example.com/88.html')).toBe('2009-11-06T12:00:00+08:00');
  });

  it.each([
    [
      '分类：<a href="/category/ops" rel="category tag">运维</a> | March 3rd, 2012 | 作者：<a href="/author/wang">王磊</a>',
      'zh-CN',
      '2012-03-03T12:00:00+08:00',
    ],
    [
      'Posted in <a href="/category/news">News</a> | May 2nd, 2012 | by <a href="/author/admin">admin</a>',
      'en',
      '2012-05-02T12:00:00+00:00',
    ],
  ])(
    'takes the date field of a line of fields set apart by bars below the headline: %s',
    (line, lang, date) => {
      const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang === 'en' ? 'A cache outage, looked back at' : '缓存服务的一次故障复盘'}</title></head><body>
<div class="post"><h1>${lang === 'en' ? 'A cache outage, looked back at' : '缓存服务的一次故障复盘'}</h1><p>${line}</p><div class="post-content">${BODY}</div></div></body></html>`;
      expect(published(html, 'http://blog.example.com/archives/512')).toBe(date);
    },
  );

  it('keeps the date above the headline when nothing below it shows one', () => {
    const html = site(
      'Wednesday, November 20, 2019',
      'Updated yesterday',
      (i) => `<main>${i}</main>`,
    );
    expect(published(html)).toBe('2019-11-20T12:00:00-05:00');
  });
});

describe("dates: a <time>'s UTC datetime showing the same clock time is the page zone's time", () => {
  const at = (datetime: string, shown: string) =>
    page('', {
      lang: 'de',
      before: `<time class="published" datetime="${datetime}">${shown}</time>`,
    });

  it('reads a datetime labelled +00:00 whose text shows its time as the page zone’s', () => {
    expect(published(at('2024-04-28T08:52:55+00:00', '28.04.2024 um 08:52 Uhr'))).toBe(
      '2024-04-28T08:52:55+02:00',
    );
  });

  // The instant is kept; it is written at the page zone's offset (dates: an instant given in UTC).
  const instant = (iso: string | null) => (iso === null ? null : Date.parse(iso));

  it('keeps the UTC instant when the text shows another time (the local one)', () => {
    const value = published(at('2024-04-28T06:52:55Z', '28.04.2024 um 08:52 Uhr'));
    expect(value).toBe('2024-04-28T08:52:55+02:00');
    expect(instant(value)).toBe(Date.parse('2024-04-28T06:52:55Z'));
  });

  it('keeps the UTC datetime on a page in UTC', () => {
    const html = page('', {
      lang: 'en',
      before: '<time datetime="2024-04-28T08:52:55Z">28 April 2024, 08:52</time>',
    });
    expect(published(html)).toBe('2024-04-28T08:52:55+00:00');
  });

  it.each(['Aug 10, 2016 11:15 am UTC', '10.08.2016, 11:15 Uhr GMT', '10.08.2016 11:15 (UTC)'])(
    'keeps the UTC instant when its text says the time is UTC: %j',
    (shown) => {
      const value = published(at('2016-08-10T11:15:53+00:00', shown)) ?? null;
      expect(instant(value)).toBe(Date.parse('2016-08-10T11:15:53Z'));
    },
  );
});

describe("dates: a list of the article's byline and date is the article's own", () => {
  const site = (list: string) =>
    `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Qualifying</title></head><body>
<main><article><h1>Euro 2020 qualifying is over and these teams are through</h1>${list}<div class="article-body">${BODY}</div></article></main></body></html>`;

  it('reads the date item beside the byline item', () => {
    const list =
      '<ul class="list-inline"><li class="author-name">by <a rel="author" href="/writers/roger-gonzalez/">Roger Gonzalez</a></li>' +
      '<li class="date-published"><time class="TimeStamp">Nov 19, 2019 at 6:46 pm ET</time> • 2 min read</li></ul>';
    expect(published(site(list))).toBe('2019-11-19T18:46:00-05:00');
  });

  it('reads the date item beside an item opening with a word for "by", whatever the classes', () => {
    const list =
      '<ul class="k1"><li class="k2">Published on 13 May 2026 at 15:44</li><li class="k2">3 min read</li>' +
      '<li class="k2">By: <span class="k3"><a href="/x/bill">Bill MCCARTHY</a>, <a href="/x/marisha">Marisha GOLDHAMER</a></span></li></ul>';
    expect(published(site(list))).toBe('2026-05-13T15:44:00-04:00');
  });

  it.each([
    ['Reported by: <a href="/a/1">Akhilesh Sharma</a>', 'Dec 05, 2026 15:32 IST'],
    ['Written by <a href="/a/1">Akhilesh Sharma</a>', 'Dec 05, 2026 15:32 IST'],
    [
      'Reported by: <a href="/a/1">अखिलेश शर्मा</a>, Edited by: <a href="/a/2">विवेक रस्तोगी</a>',
      'दिसंबर 05, 2026 03:32 pm IST',
    ],
  ])('reads the date item beside an item of a labelled reporter, %j', (by, date) => {
    const list = `<ul><li>${by}</li><li>${date}</li></ul>`;
    expect(published(site(list))).toBe('2026-12-05T15:32:00+05:30');
  });

  it("reads no date from a list of teasers, each with its story's link, author and date", () => {
    const item = (n: number) =>
      `<li><a class="post-title" href="/story-${n}">(no title)</a><div class="meta"><div class="post-author">by Mwandishi wetu</div><time datetime="2023-05-0${n}T10:47:10+00:00" class="post-date">May ${n}, 2023</time></div></li>`;
    expect(published(site(`<ul class="list-inline">${item(1)}${item(2)}</ul>`))).toBeNull();
  });

  it('reads a list of its publication and update dates alone, whatever its classes', () => {
    const list =
      '<ul class="k076122"><li class="k66087c"><time datetime="2024-04-22T21:04:00.000+00:00"><span><span>Published</span>: 22:04, </span><span>22 Apr 2024</span></time></li>' +
      '<li class="k65b137"><time datetime="2024-04-22T21:05:51.000+00:00"><span><span>Updated</span>: 22:05, </span><span>22 Apr 2024</span></time></li></ul>';
    expect(published(site(list))).toBe('2024-04-22T21:04:00+00:00');
  });

  it("takes no publication date from a list holding an update's time alone", () => {
    const list =
      '<span class="date">Aug 4, 2024 at 2:23 pm</span><ul class="k1"><li class="k2"><span>Updated</span><time datetime="2024-08-05T19:49:50Z"></time><span>20:49, 5 Aug 2024</span></li></ul>';
    expect(published(site(list))).toBe('2024-08-04T14:23:00-04:00');
  });

  it("reads no date from a list of other stories' dates, each with its link", () => {
    const item = (n: number) =>
      `<li><time datetime="2023-05-0${n}T10:47:10+00:00">May ${n}, 2023</time> <a href="/story-${n}">Story ${n}</a></li>`;
    expect(published(site(`<ul>${item(1)}${item(2)}</ul>`))).toBeNull();
  });

  it("reads no date from a list of other stories' bylines and dates", () => {
    const list =
      '<ul class="list-inline"><li><h3><a href="/story-1">First other story of the day</a></h3><span class="author">by Anna Berg</span> <span class="date">Nov 12, 2019 at 1:00 pm ET</span></li>' +
      '<li><h3><a href="/story-2">Second other story of the day</a></h3><span class="author">by Jan Roe</span> <span class="date">Nov 11, 2019 at 2:00 pm ET</span></li></ul>';
    expect(published(site(list))).toBeNull();
  });
});

describe("dates: a byline line's date, where no date element shows one", () => {
  const site = (line: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Light</title></head><body>
<div class="span12"><h1 class="single-title">The 7th Amsterdam Light Festival opens in the city</h1>${line}<div class="article-body">${BODY}</div></div></body></html>`;

  it.each([
    [
      '<p class="post-text-author">By <a rel="author" href="/author/anna/">Anna Berg</a> - 2018-09-16</p>',
    ],
    ['<p class="post-text-author">Von <a href="/autor/anna/">Anna Berg</a> | 16.09.2018</p>'],
  ])('reads the date after the names in %s', (line) => {
    expect(published(site(line))?.slice(0, 10)).toBe('2018-09-16');
  });
});

describe('dates: a date alone right below the headline, whatever its class', () => {
  const site = (under: string, more = '') =>
    `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Partnership</title></head><body>
<div class="k7"><h1 class="k8">Ascom announces a strategic distribution partnership in Europe</h1>${under}<div class="k9">${BODY}</div>${more}</div></body></html>`;

  it.each([
    ['<div class="x1"><div> October 12, 2017 </div></div>', '2017-10-12'],
    [
      '<div class="x2"><span>REUTERS</span></div><div class="x3"><span> 19 NOV 2019 </span></div>',
      '2019-11-19',
    ],
    [
      '<div class="x4"><h6><em>By </em><a href="/authors/carrie-arnold/">Carrie Arnold</a></h6><p><em>November 15, 2019</em></p></div>',
      '2019-11-15',
    ],
  ])('reads the day of %s', (under, day) => {
    expect(published(site(under))?.slice(0, 10)).toBe(day);
  });

  it.each([
    [
      '<div class="x6"><p>Bern, 17.08.2007 - Rede von Bundesrat Moritz Leuenberger beim Städtegipfel in Basel über die Zukunft der Schweizer Städte und ihrer Agglomerationen</p></div>',
      '2007-08-17',
    ],
    [
      '<p class="x7">27.1.2022 – Bei der Erinnerung an die Opfer des Nationalsozialismus werden lesbische Frauen bis heute oft vergessen, sagen die Initiatorinnen</p>',
      '2022-01-27',
    ],
  ])('reads the dateline opening the first paragraph below the headline, %s', (under, day) => {
    expect(published(site(under))?.slice(0, 10)).toBe(day);
  });

  it('reads no date from a first paragraph that opens with a place alone', () => {
    const under =
      '<p class="x8">Berlin - Die Regierung hat am Montag ein neues Gesetz zum Schutz der Wälder beschlossen, das ab dem Sommer gelten soll</p>';
    expect(published(site(under))).toBeNull();
  });

  it('reads no date that stands after the first paragraph of prose', () => {
    const html = site('', '<div class="x5"><span>October 12, 2017</span></div>');
    expect(published(html)).toBeNull();
  });

  it("reads the date in the kicker line right above the headline, in the headline's box", () => {
    const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>GOP</title></head><body>
<div class="k0"><span class="k01">Tuesday, January 16, 2024</span></div>
<div class="k1"><div class="k2"><span><a href="/subject/politics/">Politics</a></span> <span> / </span> <span class="k3">January 11, 2024</span></div>
<div class="k4"><h1 class="k5">Chris Christie’s Exit Marks the End of the Fight for the Soul of the GOP</h1></div>
<div class="k9">${BODY}</div></div></body></html>`;
    expect(published(html)?.slice(0, 10)).toBe('2024-01-11');
  });

  it("reads the date in a list of the article's details whose other item links to its comments by their count", () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Anti-Atomkraft</title></head><body>
<div class="k1"><div class="k2"><ul><li><span>10.04.2011</span></li><li> | <a href="/artikel/1/kommentare/"><span>10 Kommentare</span></a></li></ul></div>
<div class="k4"><h4>Protestkultur in Japan nach der Katastrophe</h4><h1 class="k5">Anti-Atomkraft? Nein danke!</h1>
<div class="k9">${BODY}</div></div></div></body></html>`;
    expect(published(html, 'https://www.zeitung.example.de/artikel/1/')?.slice(0, 10)).toBe(
      '2011-04-10',
    );
  });

  it("reads no date above the headline outside the headline's box (the site header's today)", () => {
    const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>GOP</title></head><body>
<header class="k0"><div class="k00"><span class="k01">Tuesday, January 16, 2024</span></div></header>
<main class="k1"><div class="k4"><h1 class="k5">Chris Christie’s Exit Marks the End of the Fight for the Soul of the GOP</h1></div>
<div class="k9">${BODY}</div></main></body></html>`;
    expect(published(html)).toBeNull();
  });

  it('reads a date line in a script written without spaces, however many characters it counts', () => {
    const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>南海トラフ</title></head><body>
<div class="k1"><div class="k2"><h1 class="k3">南海トラフ、一時調査 巨大地震、基準達せず</h1></div><div class="k4"><span class="k5">2025年1月14日 01時28分 (1月14日 01時40分更新)</span></div>
<div class="k9">${BODY}</div></div></body></html>`;
    expect(published(html, 'https://www.chunichi.example.jp/article/1')).toBe(
      '2025-01-14T01:28:00+09:00',
    );
  });

  it("reads it below the page's headline, not below a login box's <h1> before it", () => {
    const login =
      '<div style="display:none"><h1>Log In</h1><form><input name="email"></form><p>New to the magazine? Subscribe today to get unlimited access to our journalism and the weekly print edition.</p></div>';
    expect(
      published(
        site(`<div class="x1"> October 12, 2017 </div>`).replace(
          '<div class="k7">',
          `${login}<div class="k7">`,
        ),
      )?.slice(0, 10),
    ).toBe('2017-10-12');
  });

  it.each([
    ['the archive of its day', '/archiv/2024/04/26/', '2024-04-26T10:00:00+02:00'],
    ['another story', '/news,142480.html', null],
    ['the archive of another day', '/archiv/2024/04/25/', null],
  ])(
    'reads a date shown in a link below the headline only when it leads to %s',
    (_what, href, iso) => {
      const box = `<div class="k1"><h1 class="k2">Toller Crash-Tarif: 10 GB im Vodafone-Netz jetzt für nur 5,99 Euro</h1><div class="k3"><span class="k4"><a rel="author" href="/mywf/157090/">Stefan Trunzik</a>,&nbsp;</span><a class="k5" href="${href}"> 26.04.2024 10:00 Uhr </a></div></div>`;
      const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Tarif</title></head><body>
<main class="k7">${box}<div class="k9">${BODY}</div></main></body></html>`;
      expect(published(html, 'https://news.example.de/news,142489.html')).toBe(iso);
    },
  );

  it('reads a date alone after the standfirst set right below the headline in a box of its own', () => {
    const box =
      '<div class="k1"><h1 class="k2">Trump-Anwältin soll Justizministerin werden</h1>' +
      '<p class="k3"><strong>Der designierte US-Präsident Donald Trump hat nach dem Rückzug seines Wunschkandidaten seine ehemalige Anwältin als Justizministerin nominiert.</strong></p>' +
      '<div class="k4"><div class="k5">22.11.2024 07:57</div><div class="k6">Online seit heute</div></div></div>';
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bondi</title></head><body>
<main class="k7">${box}<div class="k9">${BODY}</div></main></body></html>`;
    expect(published(html, 'https://news.example.at/stories/1')).toBe('2024-11-22T07:57:00+01:00');
  });

  it('reads a date alone in the <header> that holds the headline, after its standfirst and picture', () => {
    const header =
      '<header class="k1"><h1 class="k2">Socialist critic of NATO and EU poised to win the presidency</h1>' +
      '<p class="k3">Independent socialist Catherine Connolly’s coolness to Brussels and hostility to Washington put her at odds with the rest of the political establishment.</p>' +
      '<figure><img src="/a.jpg" alt=""><figcaption>Should she win, Catherine Connolly will succeed another Galway socialist, Michael D. Higgins, in the office.</figcaption></figure>' +
      '<div class="k4"><span class="k5">October 23, 2025</span> <span class="k6">5:50 pm CET</span></div></header>';
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Presidency</title></head><body>
<div class="k7">${header}<div class="k9">${BODY}</div></div></body></html>`;
    // The time alone right after the date completes it.
    expect(published(html)).toBe('2025-10-23T17:50:00+01:00');
  });
});

describe("dates: last of all, the day written in the page's URL", () => {
  it.each([
    ['https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372', '2024-10-16'],
    ['https://www.pravda.com.ua/rus/articles/2026/01/08/8015225/', '2026-01-08'],
    ['https://www.cnn.com/2019/11/18/health/duvet-sickness/index.html', '2019-11-18'],
    [
      'https://www.dailymaverick.co.za/article/2026-01-06-joburg-has-failed-its-traders/',
      '2026-01-06',
    ],
    ['https://www.latimes.com/business/story/2019-11-19/gannett-merger', '2019-11-19'],
    ['https://www.yomiuri.co.jp/world/20241203-OYT1T50218/', '2024-12-03'],
    ['https://www.quantamagazine.org/tuft-cells-set-off-immune-responses-20191115/', '2019-11-15'],
    ['https://www.theguardian.com/world/2024/feb/24/death-toll-in-valencia-fire', '2024-02-24'],
    ['https://news.example.com/2019/sep/1/storm', '2019-09-01'],
  ])('reads the day of %s', (url, day) => {
    // A day without its time: noon in the page's zone (the domain's country's, here).
    expect(published(page(''), url)).toMatch(new RegExp(`^${day}T12:00:00[+-]\\d{2}:\\d{2}$`));
  });

  it.each([
    ['a year and month only', 'https://news.example.com/2024/10/storm.html'],
    ['a number that is no calendar day', 'https://news.example.com/article/20241399/'],
    ['a number longer than a date', 'https://news.example.com/article/202410161234/'],
    ['a date in the query', 'https://news.example.com/a.html?date=2024-10-16'],
    ['a month past 12', 'https://news.example.com/2024/13/01/storm.html'],
    ['a month name that is none', 'https://news.example.com/2024/mar/32/storm.html'],
    ['a word that starts as a month', 'https://news.example.com/2024/marketing/12/storm.html'],
  ])('reads no day from %s', (_what, url) => {
    expect(published(page(''), url)).toBeNull();
  });

  it.each([
    ['https://tuoitre.vn/hoi-nghi-tong-ket-20231214152017.htm', '2023-12-14T15:20:17+07:00'],
    ['https://dantri.com.vn/xa-hoi/hoi-nghi-20231214152017850.htm', '2023-12-14T15:20:17+07:00'],
  ])('reads the instant a slug ends with, to the second (%s)', (url, iso) => {
    expect(published(page(''), url)).toBe(iso);
  });

  it.each([
    ['an hour past 23', 'https://tuoitre.vn/hoi-nghi-20231214252017.htm'],
    ['a number of another length', 'https://example.vn/hoi-nghi-2023121415201.htm'],
    [
      'a timestamp inside the path, not ending the slug',
      'https://example.vn/20231214152017/hoi-nghi.htm',
    ],
  ])('reads no instant from %s', (_what, url) => {
    expect(published(page(''), url)).toBeNull();
  });

  it('takes the date the page shows over the one in its URL', () => {
    const html = page('', { before: '<span class="date">17.10.2024, 09:30</span>' });
    expect(published(html, 'https://news.example.com/2024/10/16/storm.html')).toBe(
      '2024-10-17T09:30:00+00:00',
    );
  });
});

describe('dates: after the URL, the date the <title> appends to the headline', () => {
  const titled = (title: string) =>
    page('').replace('<title>Ein Titel</title>', `<title>${title}</title>`);

  it.each([
    ['Post-Vac-Syndrom nach der Impfung: Was wissen wir? – DW – 13.06.2023', '2023-06-13'],
    ['Ziele, Chancen, Risiken | Europa | DW | 28.04.2023', '2023-04-28'],
    ['2024-01-30 | Nadeschdin setzt auf ein Ende der Putin-Ära', '2024-01-30'],
  ])('reads the day of %j', (title, day) => {
    expect(published(titled(title))).toMatch(new RegExp(`^${day}T12:00:00[+-]\\d{2}:\\d{2}$`));
  });

  it.each([
    ['a date inside the headline', 'Was am 13.06.2023 in Berlin geschah'],
    ['a year alone', 'Rückblick – DW – 2023'],
  ])('reads no day from %s', (_what, title) => {
    expect(published(titled(title))).toBeNull();
  });

  it("takes the URL's day over the title's", () => {
    expect(
      published(
        titled('Was wissen wir? – DW – 13.06.2023'),
        'https://news.example.com/2023/06/12/a.html',
      ),
    ).toMatch(/^2023-06-12T12:00/);
  });
});

describe("dates: a day without its time of day is noon in the page's zone", () => {
  const vn = 'https://congan.example.vn/tin-tuc/a.html';

  it.each([
    ['a JSON-LD date', ld({ '@type': 'NewsArticle', datePublished: '2023-12-14' }), ''],
    ['a date line', '', '<span class="date">Thứ Năm, 14/12/2023</span>'],
    ['a <time> without a time', '', '<time datetime="2023-12-14">14/12/2023</time>'],
  ])('gives %s as noon, so readers west of the site see the same day', (_what, head, before) => {
    expect(published(page(head, { before }), vn)).toBe('2023-12-14T12:00:00+07:00');
  });

  it('keeps a midnight the page writes as a time', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2023-12-14T00:00:00+07:00' });
    expect(published(page(head), vn)).toBe('2023-12-14T00:00:00+07:00');
  });

  it('keeps the time a later source gives the same day', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2023-12-14' });
    const before = '<time datetime="2023-12-14T09:45:00+07:00">14/12/2023 09:45</time>';
    expect(published(page(head, { before }), vn)).toBe('2023-12-14T09:45:00+07:00');
  });
});

describe('dates: a day without its time, updated that same day at a given time', () => {
  it('takes the time of the update', () => {
    const head = '<meta property="article:modified_time" content="2023-04-25T12:26:34Z">';
    const before = '<span class="date">April 25, 2023</span>';
    expect(published(page(head, { before }))).toBe('2023-04-25T12:26:34+00:00');
  });

  it('keeps the day alone when the update is on another day', () => {
    const head = '<meta property="article:modified_time" content="2023-04-27T12:26:34Z">';
    const before = '<span class="date">April 25, 2023</span>';
    expect(published(page(head, { before }))).toBe('2023-04-25T12:00:00+00:00');
  });
});

describe("dates: the date line the reader sees wins over an app state's date of another day", () => {
  const state = (iso: string) =>
    `<script>window.__STATE__ = {"article":{"id":"a1","datePublished":"${iso}"}};</script>`;

  it("takes the page's date line when the state's date is another day's (another object's)", () => {
    const before = '<span class="date">12:43, 20 Apr 2026</span>';
    const html = page(state('2024-11-15T10:59:26.000Z'), { before });
    expect(published(html, 'https://www.dailystar.example.co.uk/news/a-1')).toBe(
      '2026-04-20T12:43:00+01:00',
    );
  });

  it("keeps the state's date when the date line shows the same day (a later update)", () => {
    const before = '<span class="date">Nov. 18, 2019, 7:37 p.m. ET</span>';
    const html = `${page(state('2019-11-18T17:56:27.000Z'), { before, lang: 'en-US' })}`;
    expect(published(html, 'https://www.nytimes.example.com/a.html')).toBe(
      '2019-11-18T12:56:27-05:00',
    );
  });
});

describe('dates: the publication as Dublin Core and Open Graph variants name it', () => {
  it.each([
    ['name', 'DC.Issued', '2021-07-13'],
    ['name', 'dcterms.issued', '2021-07-13'],
    ['name', 'DC.date.created', '2021-07-13'],
    ['property', 'dc:created', '2021-07-13'],
    ['property', 'og:published_time', '2021-07-13'],
    ['name', 'dcterms.date', '2021-07-13'],
  ])('reads <meta %s="%s">', (attribute, name, day) => {
    expect(published(page(`<meta ${attribute}="${name}" content="${day}">`))?.slice(0, 10)).toBe(
      day,
    );
  });

  it('reads the time of "dcterms.date" over a <time> whose datetime is a day stored at noon UTC', () => {
    // US federal Drupal sites (USWDS) write `dcterms.date` with the release's time, while the
    // date shown under the headline is a date-only field rendered as noon UTC.
    const html = page('<meta name="dcterms.date" content="2023-12-14T09:00-05:00">', {
      before: '<time datetime="2023-12-14T12:00:00Z">Dec 14, 2023</time>',
    });
    expect(published(html)).toBe('2023-12-14T09:00:00-05:00');
  });
});

describe('dates: Turkish publication labels', () => {
  it.each([
    ['Yayımlama tarihi: 05.05.2020', '2020-05-05'],
    ['Yayınlanma Tarihi: 05.05.2020 14:30', '2020-05-05'],
    ['05.05.2020 tarihinde yayımlandı.', '2020-05-05'],
  ])('reads %j as the publication', (line, day) => {
    expect(parseDateLine(line, 'Europe/Istanbul').published?.slice(0, 10)).toBe(day);
  });

  it('reads "Son güncelleme" as the update', () => {
    expect(parseDateLine('Son güncelleme: 06.05.2020 10:00', 'Europe/Istanbul')).toMatchObject({
      published: null,
      modified: '2020-05-06T10:00:00+03:00',
    });
  });
});

describe("dates: an embedded social post's date is the post's, not the article's", () => {
  it.each(['instagram-media', 'twitter-tweet'])(
    'reads the shown date line before a blockquote.%s holding a <time datetime>',
    (kind) => {
      const embed = `<blockquote class="${kind}"><p>A photo posted by xoxo, Joanne (@ladygaga) on <time datetime="2016-12-05T17:10:10+00:00">Dec 5, 2016 at 9:10am PST</time></p></blockquote>`;
      const html = page('', {
        lang: 'en',
        before: '<time class="article-published-date">December 7, 2016 @ 3:53 PM</time>',
      }).replace('</div></main>', `${embed}</div></main>`);
      expect(published(html)?.slice(0, 10)).toBe('2016-12-07');
    },
  );
});

describe('dates: a wrapper whose class says the page has no sidebar ("-no-sidebar") is no sidebar', () => {
  /** A headline above a wrapper (no <article> or <main> holds both) that holds the date line. */
  const timed = (
    cls: string,
  ) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ein Titel</title></head>
<body><h1>Ein Titel der Seite hier</h1><div class="${cls}"><p class="meta"><time datetime="2024-03-12T10:30:00+01:00">12.03.2024</time></p><div class="article-body">${BODY}</div></div></body></html>`;

  it.each(['posts-wrap -no-sidebar', 'layout -align-sidebar-to-none', 'content nosidebar'])(
    'reads the <time> below the headline in a wrapper of class "%s"',
    (cls) => {
      expect(published(timed(cls))).toBe('2024-03-12T10:30:00+01:00');
    },
  );

  it('still leaves out the <time> in a wrapper of class "sidebar-left"', () => {
    expect(published(timed('sidebar-left'))).toBeNull();
  });
});

describe('dates: the date line opening the body is the publication when nothing else dates the page', () => {
  /** An old press-release layout: no <h1>, the code and date of the release above its text. */
  const release = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>薄型キーボード | ニュースリリース</title></head><body><table><tr><td><p class="code">EL34-194</p><p class="section-last">2019.03.05</p>${BODY}</td></tr></table></body></html>`;

  it("reads the date the body opens with, in the page's zone", () => {
    const article = extractArticle(release, {
      url: 'https://www.example.co.jp/news/201903/keyboard/index.html',
    });
    expect(article.publishedAt).toBe('2019-03-05T12:00:00+09:00');
    expect(article.contentText).not.toContain('2019.03.05');
  });
});

describe("dates: microdata of a list's items is theirs, not the page's", () => {
  it("reads the article's datePublished, not a <meta itemprop> in an ItemList of other stories", () => {
    const teasers =
      '<ul itemscope itemtype="http://schema.org/ItemList"><li itemprop="itemListElement"><a href="https://other.example/a">31 Hilarious Kids</a><meta itemprop="datePublished" content="2014-11-20T16:00:49Z"></li></ul>';
    const html = page('', {
      before: `<time itemprop="datePublished" datetime="2014-12-23T10:24-05:00">Published December 23, 2014</time>${teasers}`,
    });
    expect(published(html)).toBe('2014-12-23T10:24:00-05:00');
  });
});

describe("dates: a box its class calls a teaser that links to no other story is the article's", () => {
  const achgut = (meta: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bericht zur Lage</title><meta property="og:title" content="Bericht zur Lage"></head>
<body><div class="beitrag"><div class="teaser_text_meta">${meta}</div>
<div class="teaser_blog_text"><h2>Bericht zur Lage</h2>${BODY}</div></div>
<div class="teaser"><h3><a href="/artikel/anderer">Ein anderer Bericht</a></h3><div class="teaser_text_meta">01.01.2019 / 10:00</div></div></body></html>`;

  it('reads the date of a meta line that links only to the author, anchors and the printer', () => {
    const html = achgut(
      '<a href="/autor/anna_berg">Anna Berg</a> / 22.04.2020 / 06:15 / <a href="#fuss">Foto: Example</a> / <a href="javascript:window.print()">Drucken</a>',
    );
    expect(published(html, 'https://www.example.de/artikel/bericht')).toBe(
      '2020-04-22T06:15:00+02:00',
    );
  });

  it("still passes over another story's teaser, which links to that story", () => {
    const html = achgut('<a href="/autor/anna_berg">Anna Berg</a>');
    expect(published(html, 'https://www.example.de/artikel/bericht')).not.toBe(
      '2019-01-01T10:00:00+01:00',
    );
  });
});

describe("dates: below the body's opening paragraph, a date line of the publication day goes", () => {
  const opening =
    '<p>En las aulas coincidirán el nuevo abordaje que implementará la provincia, el Aprender de Nación y el internacional Pisa. Apuntan a diferentes segmentos de estudiantes.</p>';
  const author = '<div class="a1"><a href="/autor/vdevita/">Verónica De Vita</a></div>';
  const dated = (line: string) =>
    `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Un título</title>
<meta property="article:published_time" content="2022-05-04T00:00:01-03:00"></head>
<body><main><h1>Un título de la página</h1><div class="article-body"><div class="k1">${opening}${author}${line}</div>${BODY}</div></main></body></html>`;

  it("removes it below the author's linked name, its date and time side by side", () => {
    const line =
      '<div class="k2"><span><strong>miércoles, 4 de mayo de 2022</strong></span><span><time datetime="2022-05-04T00:00:00-03:00">00:00</time> <!-- -->hs</span></div>';
    const article = extractArticle(dated(line), { url: 'https://diario.example.com.ar/a.html' });
    expect(article.contentText).not.toContain('mayo de 2022');
  });

  it('keeps a bare date of another day there, which may head a chronology', () => {
    const line = '<p>12 de marzo de 2020</p>';
    const article = extractArticle(dated(line), { url: 'https://diario.example.com.ar/a.html' });
    expect(article.contentText).toContain('12 de marzo de 2020');
  });
});

describe('dates: a date line whose date and time stand in elements side by side is one line', () => {
  it('removes "<strong>4 de mayo de 2022</strong><time>00:00</time> hs" opening the body', () => {
    const line =
      '<div class="meta"><strong class="date">miércoles, 4 de mayo de 2022</strong><time datetime="2022-05-04T00:00:00-03:00">00:00</time> hs</div>';
    const html = `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Un título</title></head>
<body><main><h1>Un título de la página</h1><div class="article-body">${line}${BODY}</div></main></body></html>`;
    const article = extractArticle(html, { url: 'https://diario.example.com.ar/a.html' });
    expect(article.contentText).not.toContain('mayo de 2022');
    expect(article.contentText.startsWith(BODY_PARAGRAPHS[0]?.slice(0, 30) ?? '')).toBe(true);
  });
});

describe("dates: an instant given in UTC is written in the zone the page's country keeps", () => {
  const dated = (lang: string) =>
    page(ld({ '@type': 'NewsArticle', datePublished: '2022-05-04T00:25:56Z' }), { lang });

  it("writes it at Buenos Aires' offset on a .ar site: the day its readers saw", () => {
    expect(published(dated('es'), 'https://www.diario.example.com.ar/nota.html')).toBe(
      '2022-05-03T21:25:56-03:00',
    );
  });

  it('writes it at the offset of a language tag with a region (es-CL)', () => {
    expect(published(dated('es-CL'), 'https://www.diario.example.com/nota.html')).toBe(
      '2022-05-03T20:25:56-04:00',
    );
  });

  it("leaves it in UTC when the page's only zone is en-US, WordPress's default tag", () => {
    const html = page(ld({ '@type': 'NewsArticle', datePublished: '2014-12-29T00:30:00Z' }), {
      lang: 'en-US',
    });
    expect(published(html, 'https://www.sitepoint.example.com/a.html')).toBe(
      '2014-12-29T00:30:00+00:00',
    );
  });

  it.each([
    ['2024-03-05T00:00:00Z', 'en-CA'],
    ['2024-03-05T00:00:00.000+00:00', 'es-AR'],
  ])('leaves %j, a day at midnight UTC (lang %s), on its day', (value, lang) => {
    const html = page(ld({ '@type': 'BlogPosting', datePublished: value }), { lang });
    expect(published(html, 'https://blog.example.com/posts/a/')).toBe('2024-03-05T00:00:00+00:00');
  });

  it('leaves it in UTC when the page names no zone (Spanish, written in many, on a .com)', () => {
    expect(published(dated('es'), 'https://www.diario.example.com/nota.html')).toBe(
      '2022-05-04T00:25:56+00:00',
    );
  });
});

describe('dates: a meta date whose day and month could be either is read as the page shows it', () => {
  const swiss = (shown: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Trinkwasser belastet</title>
<meta name="date" content="11/01/2023 12:43:42"></head>
<body><main><h1>Trinkwasser in Schwarzenmatt belastet</h1><div class="article-body">${BODY}${shown}</div></main></body></html>`;
  const url = 'http://www.zeitung.example.ch/Trinkwasser-43157.html';

  it('reads "11/01/2023" month first when the page shows "01.11.2023"', () => {
    expect(published(swiss('<p>Erstellt am: 01.11.2023</p>'), url)).toBe(
      '2023-11-01T12:43:42+01:00',
    );
  });

  it("reads it in the page zone's order when the page shows no date", () => {
    expect(published(swiss(''), url)).toBe('2023-01-11T12:43:42+01:00');
  });
});

describe("dates: a date line beside the author's thumbnail opening the body is metadata", () => {
  /** The article of a German page whose body opens with `line`. */
  const opening = (line: string) =>
    extractArticle(
      `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ein Titel</title></head>
<body><main><h1>Ein Titel der Seite hier</h1><div class="article-body">${line}${BODY}</div></main></body></html>`,
      { url: 'https://www.agrar.example.com/a.html' },
    );

  it('removes it, the thumbnail with it', () => {
    const article = opening(
      '<div class="k1"><span class="k2"><a href="/autoren/anna-berg"><img src="/a.jpg" width="64" height="43" alt="Anna Berg"><span>Anna Berg,</span></a></span> <span class="k3">am Sonntag, 11.12.2022 - 05:00</span> <a href="#kommentare">(1 Kommentar)</a></div>',
    );
    expect(article.contentText).not.toContain('11.12.2022');
    expect(article.images.map((image) => image.url)).not.toContain(
      'https://www.agrar.example.com/a.jpg',
    );
  });

  it('keeps a picture wider than a thumbnail beside a date', () => {
    const article = opening(
      '<div class="k1"><img src="/b.jpg" width="640" height="360" alt="Das Feld im Winter"><span>11.12.2022</span></div>',
    );
    expect(article.images.map((image) => image.url)).toContain(
      'https://www.agrar.example.com/b.jpg',
    );
  });
});

describe("dates: a release's place and date line ('Hamburg, den 02. Dezember 2022') dates a page that shows no other date", () => {
  const release = (line: string) =>
    page('').replace(
      '<div class="article-body">',
      `<div class="article-body"><div class="k1">${BODY_PARAGRAPHS.join('<br><br>')}<br><br>${line}<br><br>Veröffentlichung und Nachdruck honorarfrei; ein Belegexemplar wird freundlichst erbeten.</div>`,
    );

  it.each([
    ['Hamburg, den 02. Dezember 2022', '2022-12-02'],
    ['Bad Homburg, den 15.03.2024', '2024-03-15'],
  ])('reads %j', (line, day) => {
    expect(published(release(line))?.slice(0, 10)).toBe(day);
  });

  it('reads no date from a sentence that names a place and a day', () => {
    expect(
      published(release('Wir sehen uns in Hamburg, den ganzen Dezember 2022 über')),
    ).toBeNull();
  });
});

describe('dates: a date in brackets opening the text below the headline', () => {
  const story = (headline: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>verbraucher.example.de | Gaspreise</title></head><body>
<div class="k1">${headline}<p class="k2">(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung nach der nächsten, und die Politik kündigt neue Umlagen an.</p><div class="k3">${BODY}</div></div></body></html>`;

  it.each([
    ['an <h1>', '<h1>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</h1>'],
    [
      'an <h6> that the links to the page name (no <h1>)',
      '<h6>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</h6><p class="k4"><a href="/de/a/" title="Energiepreiskrise: Entlastungen und Rechte auf einen Blick">Mehr</a></p>',
    ],
  ])('reads the day under %s', (_, headline) => {
    expect(
      published(story(headline), 'https://www.verbraucher.example.de/de/a/')?.slice(0, 10),
    ).toBe('2022-11-21');
  });

  it('reads no date from brackets that open the text with more than a date', () => {
    const html = story(
      '<h1>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</h1>',
    ).replace('(21. November 2022)', '(Stand: Entwurf vom 21. November 2022, nicht beschlossen)');
    expect(published(html)).toBeNull();
  });
});

describe('dates: a date line among the closing lines dates a page that shows no other date', () => {
  /** A portal article: no date but one line of its own near the end, above the byline. */
  const closing = (
    line: string,
    byline = '<p style="text-align:right"><strong>Minh Anh</strong></p>',
  ) =>
    page('', { lang: 'vi' }).replace(
      '</div></main>',
      `<p><em>${line}</em></p>${byline}</div></main>`,
    );
  const vn = 'https://congan.example.gov.vn/tin-tuc/hoi-nghi-123.html';

  it.each([
    ['Ngày 14 tháng 12 năm 2023', '2023-12-14T12:00:00+07:00'],
    ['Thứ 5, ngày 14/12/2023', '2023-12-14T12:00:00+07:00'],
  ])('reads %j above the byline, and leaves it out of the body', (line, iso) => {
    const article = extractArticle(closing(line), { url: vn });
    expect(article.publishedAt).toBe(iso);
    expect(article.authors).toEqual(['Minh Anh']);
    expect(article.contentText).not.toContain(line);
  });

  it('reads one closing the body without a byline', () => {
    const html = closing('28. November 2022', '');
    expect(published(html, 'https://news.example.de/artikel.html')).toBe(
      '2022-11-28T12:00:00+01:00',
    );
  });

  it('gives way to a date the page shows elsewhere', () => {
    const html = closing('Ngày 14 tháng 12 năm 2023').replace(
      '<div class="article-body">',
      '<div class="date">Thứ Hai, 18/12/2023 08:30</div><div class="article-body">',
    );
    expect(published(html, vn)).toBe('2023-12-18T08:30:00+07:00');
  });

  it("reads no date from a closing span an event runs ('29 November 2018 | 20 January 2019')", () => {
    expect(published(closing('29 November 2018 | 20 January 2019', ''))).toBeNull();
  });
});

describe('dates: an element whose class marks the update gives the modification, the line before it the publication', () => {
  const line = (before: string, cls = 'updated') =>
    page('', {
      lang: 'en-US',
      before: `<div>By <a href="/user/jconnors/">Joanna Connors</a><br>${before}<span class="${cls}" title="2014-12-26T14:13:41Z">December 26, 2014 at 9:13 AM</span></div>`,
    });
  const dates = (html: string) => {
    const article = extractArticle(html, { url: 'https://www.cleveland.com/books/a.html' });
    return [article.publishedAt, article.modifiedAt];
  };

  it('reads "on December 26, 2014 at 9:00 AM, updated <span class="updated">…9:13 AM</span>"', () => {
    expect(dates(line('on December 26, 2014 at 9:00 AM, updated '))).toEqual([
      '2014-12-26T09:00:00-05:00',
      '2014-12-26T09:13:00-05:00',
    ]);
  });

  it('reads an element marked as the publication too ("published updated") as the publication', () => {
    expect(dates(line('Posted on ', 'entry-date published updated'))).toEqual([
      '2014-12-26T09:13:00-05:00',
      null,
    ]);
  });

  it('reads a "date-modified" element alone as the update, and the publication as that time too', () => {
    expect(dates(line('Updated: ', 'date-modified'))).toEqual([
      '2014-12-26T09:13:00-05:00',
      '2014-12-26T09:13:00-05:00',
    ]);
  });
});

describe("dates: another story's linked headline and its date, alone in their box", () => {
  const TEASERS = `<td width="200"><b>TIN MỚI</b>
<div><a href="/t/9">Huyện ủy Yên Thế tổng kết công tác năm 2026</a> <span>15/12/2026 10:15</span></div>
<div><a href="/t/8">Xã Tam Tiến đón Bằng công nhận nông thôn mới</a> <span>15/12/2026 09:00</span></div></td>`;
  const portal = (dateLine: string) => `<html><head><meta charset="utf-8">
<title>Yên Thế: Tổ chức Lễ hội Hoàng Hoa Thám năm 2026</title></head><body><table><tr>${TEASERS}
<td width="600"><h1>Yên Thế: Tổ chức Lễ hội Hoàng Hoa Thám năm 2026</h1>${dateLine}${BODY}</td></tr></table></body></html>`;
  const read = (html: string) =>
    extractArticle(html, { url: 'https://yenthe.example.gov.vn/tin/le-hoi.html' }).publishedAt;

  it("gives the article's labelled date, not the date of a side box's story before it", () => {
    expect(read(portal('<p><i>Ngày đăng: 14/12/2026</i></p>'))).toBe('2026-12-14T12:00:00+07:00');
  });

  it('gives no date where the article shows none, not the side box story’s', () => {
    expect(read(portal(''))).toBeNull();
  });

  it('still reads a byline that links its author beside the date', () => {
    const html = `<html><head><title>Bericht zur Lage</title></head><body><h1>Bericht zur Lage</h1>
<div>Von <a href="/autoren/anna-berg">Anna Berg</a> | 14.12.2026, 10:15 Uhr</div>${BODY}</body></html>`;
    expect(
      extractArticle(html, { url: 'https://zeitung.example.de/politik/bericht.html' }).publishedAt,
    ).toBe('2026-12-14T10:15:00+01:00');
  });
});

describe('dates: a date line of the publication day alone and the update with its time', () => {
  it('gives the publication day at noon, its time not taken from the update beside it', () => {
    const html = `<html><head><title>Nghệ An đón nhận bằng công nhận di tích</title></head><body>
<h1>Nghệ An đón nhận bằng công nhận di tích</h1>
<div class="news-date">Ngày xuất bản: 14/12/2026 | Cập nhật: 15/12/2026 09:00</div>${BODY}</body></html>`;
    const article = extractArticle(html, { url: 'https://baonghean.example.vn/tin/a.html' });
    expect(article.publishedAt).toBe('2026-12-14T12:00:00+07:00');
    expect(article.modifiedAt).toBe('2026-12-15T09:00:00+07:00');
  });
});

describe("dates: a list of the article's dates, the update labelled, the publication not", () => {
  it("reads the publication's datetime from the list's unlabelled <time> (TownNews BLOX's asset-date-list)", () => {
    const html = `<html lang="en"><head><title>Senate passes stopgap spending bill</title></head><body><article>
<h1>Senate passes stopgap spending bill</h1>
<ul class="list-inline asset-date-list">
<li><time datetime="2026-12-04T22:41:00-07:00" class="tnt-date asset-date text-muted">Dec 4, 2026</time></li>
<li><span class="text-muted">Updated</span> <time class="tnt-date asset-date text-muted" datetime="2026-12-05T06:15:23-07:00">3 hrs ago</time></li>
</ul><div class="asset-content">${BODY}</div></article></body></html>`;
    const article = extractArticle(html, { url: 'https://www.idahostatejournal.com/news/a.html' });
    expect(article.publishedAt).toBe('2026-12-04T22:41:00-07:00');
  });
});

describe('dates: of the <time>s of the date line, the one marked as the publication', () => {
  it('reads the update marked before the publication as the update (GeneratePress)', () => {
    const before =
      '<span class="posted-on"><time class="updated" datetime="2023-12-15T09:30:00-05:00" itemprop="dateModified">December 15, 2023</time><time class="entry-date published" datetime="2023-12-12T11:00:00-05:00" itemprop="datePublished">December 12, 2023</time></span>';
    const article = extractArticle(page('', { before }), {
      url: 'https://news.example.com/a.html',
    });
    expect([article.publishedAt, article.modifiedAt]).toEqual([
      '2023-12-12T11:00:00-05:00',
      '2023-12-15T09:30:00-05:00',
    ]);
  });

  it("reads a <time> classed 'updated' as the publication where no other is marked (Newspaper)", () => {
    const before =
      '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2023-12-12T11:00:00-05:00">December 12, 2023</time></span>';
    expect(published(page('', { before }))).toBe('2023-12-12T11:00:00-05:00');
  });
});

describe('dates: an update before the publication is none', () => {
  it("drops a template's stale dateModified years before the date the page shows", () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      dateModified: '2019-03-02T10:00:00+01:00',
    });
    const before = '<time class="article__date">14.12.2023, 16:05 Uhr</time>';
    const article = extractArticle(page(head, { lang: 'de', before }), {
      url: 'https://news.example.de/a.html',
    });
    expect([article.publishedAt, article.modifiedAt]).toEqual(['2023-12-14T16:05:00+01:00', null]);
  });

  it('keeps an update on the day of a publication read as a day at noon', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      datePublished: '2023-12-14',
      dateModified: '2023-12-14T09:00:00+01:00',
    });
    const article = extractArticle(page(head, { lang: 'de' }), {
      url: 'https://news.example.de/a.html',
    });
    expect(article.modifiedAt).toBe('2023-12-14T09:00:00+01:00');
  });
});

describe("dates: a profile card's date of joining is no publication", () => {
  it('passes over the <time> labelled "Joined" in the author\'s card (dev.to)', () => {
    const before =
      '<a href="/lenaschulz">Lena Schulz</a><div class="profile-preview-card"><ul class="key-value-list"><li><div class="key">Joined</div><div class="value"><time datetime="2019-04-02T10:11:12Z">Apr 2, 2019</time></div></li></ul></div><p>Posted on <time datetime="2023-12-14T15:05:44Z">Dec 14</time></p>';
    expect(published(page('', { before }))).toBe('2023-12-14T15:05:44+00:00');
  });
});

describe("dates: a date line's update marked apart within it", () => {
  it('reads the publication beside the hidden update the line holds (Avada)', () => {
    const before =
      '<div class="fusion-meta-info-wrapper">By <span class="vcard"><span class="fn"><a href="/author/michael-tran/" rel="author">Michael Tran</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">2023-12-15T09:30:00-05:00</span><span>December 12th, 2023</span><span class="fusion-inline-sep">|</span>Categories: <a href="/category/news/" rel="category tag">News</a></div>';
    const article = extractArticle(page('', { lang: 'en-US', before }), {
      url: 'https://news.example.com/a.html',
    });
    expect([article.publishedAt?.slice(0, 10), article.modifiedAt]).toEqual([
      '2023-12-12',
      '2023-12-15T09:30:00-05:00',
    ]);
  });
});

describe('dates: a lunar Hijri date is no Solar Hijri one', () => {
  it.each([
    // The Gregorian day the page gives beside it ("الموافق … م") is read.
    ['الجمعة 1446/5/13 هـ الموافق 15/11/2024 م 16:32', '2024-11-15T16:32:00+03:00'],
    ['الرياض 13 جمادى الأولى 1446 هـ الموافق 15 نوفمبر 2024 م', '2024-11-15T00:00:00+03:00'],
    ['١٤٤٦/٥/١٣هـ - ١٥/١١/٢٠٢٤م', '2024-11-15T00:00:00+03:00'],
    // Alone, it is the Umm al-Qura calendar's day.
    ['الجمعة 1446/5/13 هـ', '2024-11-15T00:00:00+03:00'],
    ['13 جمادى الأولى 1446', '2024-11-15T00:00:00+03:00'],
    ['1 رمضان 1445 هـ', '2024-03-11T00:00:00+03:00'],
    ['13/5/1446 AH', '2024-11-15T00:00:00+03:00'],
    // A year of the lunar calendar's present, unmarked: the solar one's is 20 years from now.
    ['الجمعة 1446/05/13', '2024-11-15T00:00:00+03:00'],
    // Named by a lunar month, marked or not, as the month's name is written: with its vowel
    // marks, after "شهر", with an epithet or a comma after it.
    ['15 رمضان 1418', '1998-01-14T00:00:00+03:00'],
    ['15 ذو الحجّة 1418', '1998-04-12T00:00:00+03:00'],
    ['15 رمضان المبارك 1418', '1998-01-14T00:00:00+03:00'],
    ['15 شهر رمضان، 1418 هـ', '1998-01-14T00:00:00+03:00'],
    ['15 جمادي الاولي 1418', '1997-09-18T00:00:00+03:00'],
  ])('reads %j as the Gregorian day', (text, iso) => {
    expect(parseDate(text, 'Asia/Riyadh')).toBe(iso);
  });

  it('still reads a Solar Hijri date in figures on a Persian page', () => {
    expect(parseDate('۱۴۰۵/۰۹/۱۴ - ۱۰:۳۰', 'Asia/Tehran')).toBe('2026-12-05T10:30:00+03:30');
  });

  it('reads the date line of a Saudi page that gives both calendars', () => {
    const line =
      '<div class="news-info"><span class="news-date">الجمعة 1446/5/13 هـ الموافق 15/11/2024 م</span> <span class="news-time">16:32</span></div>';
    expect(published(page('', { lang: 'ar', before: line }), 'https://www.spa.gov.sa/N1')).toBe(
      '2024-11-15T16:32:00+03:00',
    );
  });
});

describe('dates: an Arabic date line of weekday, both calendars and their marks is a date line', () => {
  it.each([
    'الجمعة 1446/5/13 هـ الموافق 15/11/2024 م',
    'الجمعة 1446/5/13 هـ الموافق 15/11/2024 م 16:32',
    'الأحد ١٥ نوفمبر ٢٠٢٤م',
    'السبت 16 نوفمبر 2024 - 10:35 ص',
  ])('reads %j as a date line', (text) => {
    expect(isDateline(text, 'Asia/Riyadh')).toBe(true);
  });

  it('is no date line in a sentence that mentions the day', () => {
    expect(
      isDateline('وافق مجلس الوزراء يوم الجمعة 15/11/2024 م على الميزانية العامة', 'Asia/Riyadh'),
    ).toBe(false);
  });

  it('takes the date line with its share buttons out of the body', () => {
    const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>x</title></head><body><main><div class="container">
<div class="news-meta-top"><a href="/category/politics">سياسي</a></div>
<h1 class="news-title">مجلس الوزراء يوافق على تنظيم الهيئة العامة للنقل ويقر الميزانية العامة للدولة</h1>
<div class="news-info"><span class="news-date">الجمعة 1446/5/13 هـ الموافق 15/11/2024 م</span> <span class="news-time">16:32</span><div class="news-share"><button>مشاركة</button><button>طباعة</button></div></div>
<div class="news-body"><p>الرياض 13 جمادى الأولى 1446 هـ الموافق 15 نوفمبر 2024 م واس</p>${BODY}</div></div></main></body></html>`;
    const article = extractArticle(html, { url: 'https://www.spa.gov.sa/N1' });
    expect(article.publishedAt).toBe('2024-11-15T16:32:00+03:00');
    expect(article.contentText).not.toContain('1446/5/13');
  });
});

describe("dates: a Japanese era's year is the Gregorian year it names", () => {
  it.each([
    ['令和6年11月15日', '2024-11-15T00:00:00+09:00'],
    ['令和元年5月1日', '2019-05-01T00:00:00+09:00'],
    ['平成31年4月30日 14時05分', '2019-04-30T14:05:00+09:00'],
    ['平成元年1月8日', '1989-01-08T00:00:00+09:00'],
    ['令和６年１１月１５日（金）', '2024-11-15T00:00:00+09:00'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text, 'Asia/Tokyo')).toBe(iso);
  });

  it('reads the date above the headline of a Japanese government page', () => {
    const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>デジタル行財政改革会議 | 総理の一日</title></head><body>
<div id="contents"><div class="pt-hd"><p class="date">令和6年11月15日</p><h1>デジタル行財政改革会議</h1></div><div class="section">${BODY}</div></div></body></html>`;
    expect(published(html, 'https://www.kantei.go.jp/jp/a.html')).toBe('2024-11-15T12:00:00+09:00');
  });
});

describe('dates: a year, then the month and day after a slash ("2026 12/05 15:02:17")', () => {
  it.each([
    ['2026 12/05 15:02:17', '2026-12-05T15:02:17+08:00'],
    [' 2026  12/05  15:02:17', '2026-12-05T15:02:17+08:00'],
    ['2026 1/9', '2026-01-09T00:00:00+08:00'],
  ])('reads %j year, month, day', (text, iso) => {
    expect(parseDate(text, 'Asia/Shanghai')).toBe(iso);
  });

  it('reads no day from a number before a fraction', () => {
    expect(parseDate('2026 12/05/2027', 'Asia/Shanghai')).toBe('2027-05-12T00:00:00+08:00');
    expect(parseDate('1500 3/4', 'Asia/Shanghai')).toBeNull();
  });

  it("reads Xinhua's date spread over spans above the headline", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>和若铁路高铁开通运营-新华网</title></head><body>
<div class="header-cont"><div class="header-time left"><span class="year"><em> 2026</em></span><span class="day"><em> 12</em>/<em>05</em></span><span class="time"> 15:02:17</span></div><div class="source">来源：新华网</div>
<h1><span class="title">和若铁路高铁开通运营</span></h1></div><span id="detailContent">${BODY}</span></body></html>`;
    expect(published(html, 'https://www.news.cn/politics/abc.htm')).toBe(
      '2026-12-05T15:02:17+08:00',
    );
  });
});

describe("dates: the site header's day alone gives way to the date and time right below the headline", () => {
  /** A page whose top bar shows today's date, the headline, then an unmarked date and time. */
  const site = (header: string, under: string) =>
    `<!DOCTYPE html><html lang="ms"><head><meta charset="utf-8"><title>Kerajaan peruntuk RM1.2 bilion</title></head><body>
<div class="top-bar"><span class="date">${header}</span></div>
<div class="container"><h1 class="h2">Kerajaan peruntuk RM1.2 bilion naik taraf sekolah daif tahun depan</h1>
<div class="row"><div class="col-6"><div class="text-secondary">${under}</div></div></div><div class="text-dark">${BODY}</div></div></body></html>`;
  const url = 'https://www.example.com.my/berita/a.html';

  it('takes the date and time below the headline over the day of another day above it', () => {
    expect(published(site('Sabtu, 16 November 2024', '15/11/2024 03:12 PM'), url)).toBe(
      '2024-11-15T15:12:00+08:00',
    );
  });

  it('takes the time below the headline on the same day', () => {
    expect(published(site('Jumaat, 15 November 2024', '15/11/2024 03:12 PM'), url)).toBe(
      '2024-11-15T15:12:00+08:00',
    );
  });
});

describe("dates: a day without its time is completed by the date line's time of that day", () => {
  const xinhua = (line: string) =>
    page('<meta name="publishdate" content="2026-12-05">', {
      before: `<div class="wzzy"><div class="source">Source: Xinhua</div><div class="time">${line}</div></div>`,
    });

  it('takes the time the date line shows for the same day', () => {
    expect(published(xinhua('2026-12-05 14:21:30'), 'https://english.news.cn/a.htm')).toBe(
      '2026-12-05T14:21:30+08:00',
    );
  });

  it("keeps the metadata's day when the date line shows another day", () => {
    expect(published(xinhua('2026-12-04 14:21:30'), 'https://english.news.cn/a.htm')).toBe(
      '2026-12-05T12:00:00+08:00',
    );
  });
});

describe("dates: a Japanese date shown without its year takes the year its weekday names, of the page's newest year or the one before", () => {
  const at = (before: string) =>
    extractArticle(page('', { lang: 'ja', before }), {
      url: 'https://news.example.jp/articles/0123456789abcdef',
    }).publishedAt;
  const copyright = '<p>Copyright (C) 2026 東北新報社. 記事の無断転用を禁じます。</p>';

  it.each([
    // 6 December 2026 is a Sunday (日); 30 December 2025 a Tuesday (火).
    ['12/6(日) 15:32配信', '2026-12-06T15:32:00+09:00'],
    ['12/30(火) 9:05配信', '2025-12-30T09:05:00+09:00'],
  ])('reads %j month first, in the year of the copyright or the one before', (shown, iso) => {
    expect(at(`<p class="date">${shown}</p>${copyright}`)).toBe(iso);
  });

  it('takes the year of the newest full date the page gives (its update)', () => {
    const head = ld({ '@type': 'NewsArticle', dateModified: '2026-01-03T10:00:00+09:00' });
    const html = page(head, { lang: 'ja', before: '<p class="date">12/30(火) 9:05配信</p>' });
    expect(published(html, 'https://news.example.jp/articles/0123456789abcdef')).toBe(
      '2025-12-30T09:05:00+09:00',
    );
  });

  it('gives no date where the weekday fits neither year, nor where nothing gives a year', () => {
    expect(at(`<p class="date">12/6(月) 15:32配信</p>${copyright}`)).toBeNull();
    expect(at('<p class="date">12/6(日) 15:32配信</p>')).toBeNull();
  });
});

describe("dates: a zone named beside a dated time is the page's zone for its other times", () => {
  const dated = (line: string, lang = 'en', url = 'https://news.example.com/a') =>
    published(
      page(ld({ '@type': 'NewsArticle', datePublished: '2024-12-09T12:15:00' }), {
        lang,
        before: `<div class="meta">${line}</div>`,
      }),
      url,
    );

  it.each([
    ['December 09, 2024 12:15 GST', 'en', '+04:00'],
    ['Mon 09 Dec 2024, 12:15 PM GST', 'en-US', '+04:00'],
    ['Senin, 9 Desember 2024 | 12:15 WITA', 'id', '+08:00'],
    ['Senin, 9 Desember 2024 12:15 WIT', 'id', '+09:00'],
    ['December 9, 2024 07:05pm PKT', 'en', '+05:00'],
    ['9/12/2024 آخر تحديث: 12:15 ص بتوقيت مكة المكرمة', 'ar', '+03:00'],
    ['الاثنين 9 ديسمبر 2024 - 12:15 بتوقيت غرينتش', 'ar-EG', '+00:00'],
    ['09/12/2024 às 12h15 (horário de Brasília)', 'pt', '-03:00'],
    ['9 декабря 2024, 12:15 по московскому времени', 'ru', '+03:00'],
    ['Dec 9, 2024 12:15 Moscow time', 'en', '+03:00'],
    ['December 9, 2024 | 12:15 pm (giờ Hà Nội)', 'en', '+07:00'],
    ['Publié le 9 décembre 2024 à 12:15 (heure de Paris)', 'en', '+01:00'],
    ['الاثنين 9 ديسمبر 2024 - 12:15 م بتوقيت القاهرة', 'ar', '+02:00'],
    ['9 ديسمبر 2024 12:15 بتوقيت الإمارات', 'ar', '+04:00'],
    ['9 ديسمبر 2024 12:15 بتوقيت الدوحة', 'ar', '+03:00'],
  ])('reads %j (lang %s) at %s', (line, lang, offset) => {
    expect(dated(line, lang)).toBe(`2024-12-09T12:15:00${offset}`);
  });

  it.each([
    ['December 09, 2024 | 12:15 (GMT+4)', '+04:00'],
    ['Monday, 9/12/2024, 12:15 (UTC+7)', '+07:00'],
    ['09 Dec 2024 12:15 GMT+05:30', '+05:30'],
    ['9 Dec 2024, 12:15 UTC-3', '-03:00'],
  ])('reads an offset from UTC written after the time, %j, at %s', (line, offset) => {
    expect(dated(line)).toBe(`2024-12-09T12:15:00${offset}`);
  });

  it.each([
    ['Dec 9, 2024, 12:15 PM IST', 'en', '+05:30'],
    ['الاثنين 9 ديسمبر 2024 12:15 AST', 'ar', '+03:00'],
    ['December 9, 2024 12:15 AST', 'en-PR', '-04:00'],
    ['December 9, 2024 12:15 AST', 'en', '+00:00'],
    ['9 December 2024 12:15 IST', 'he', '+02:00'],
  ])('reads a name of several zones, %j (lang %s), by the page: %s', (line, lang, offset) => {
    expect(dated(line, lang)).toBe(`2024-12-09T12:15:00${offset}`);
  });

  it.each([
    ['Dec. 9, 2024, 12:15 PM ET', 'en', '-05:00'],
    ['Dec. 9, 2024, 12:15 PM PT', 'en-US', '-08:00'],
    ['December 9, 2024 12:15 p.m. CT', 'en', '-06:00'],
    ['Updated Dec 9, 2024 12:15 PM MT', 'en', '-07:00'],
    ['09/12/2024 12:15 PT', 'pt', '+00:00'],
    ['PUBLIÉ LE 9 DÉCEMBRE 2024 À 12H15 ET MIS À JOUR', 'fr', '+01:00'],
  ])(
    'reads a US zone name after a dated time on an English page, %j (lang %s): %s',
    (line, lang, offset) => {
      expect(dated(line, lang)).toBe(`2024-12-09T12:15:00${offset}`);
    },
  );

  it("gives way to a country's domain", () => {
    expect(dated('December 09, 2024 12:15 GST', 'en', 'https://news.example.de/a')).toBe(
      '2024-12-09T12:15:00+01:00',
    );
  });

  it("reads none where an offset-less machine time is the line's instant in UTC", () => {
    const html = page('<meta property="article:published_time" content="2019-11-13T15:28:18">', {
      lang: 'en',
      before: '<div class="byline">Updated Nov 13, 2019, 10:28am EST</div>',
    });
    expect(published(html)).toBe('2019-11-13T15:28:18+00:00');
  });

  it('reads no zone from a time in prose without a date', () => {
    expect(dated('Voting opens at 12:15 GMT on Monday', 'en-US')).toBe('2024-12-09T12:15:00-05:00');
  });

  it('reads a long run of spaces after a dated time once, not once for each of its places', () => {
    expect(dated(`December 09, 2024 12:15 PM${'\n '.repeat(20)}GST`)).toBe(
      '2024-12-09T12:15:00+04:00',
    );
    const started = performance.now();
    expect(dated(`December 09, 2024 12:15${' '.repeat(60_000)}Read more`, 'en-US')).toBe(
      '2024-12-09T12:15:00-05:00',
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("dates: a UTC instant beside the page's clock time for it gives the page's offset", () => {
  const shown = (line: string, url = 'https://news.example.com/a') =>
    published(
      page(ld({ '@type': 'NewsArticle', datePublished: '2024-12-09T08:15:00Z' }), {
        lang: 'en',
        before: `<div class="article-date"><span>${line}</span></div>`,
      }),
      url,
    );

  it.each([
    ['Mon 9 Dec 2024, 12:15 PM', '2024-12-09T12:15:00+04:00'],
    ['09.12.2024 13:45', '2024-12-09T13:45:00+05:30'],
    ['December 9, 2024 3:15 AM', '2024-12-09T03:15:00-05:00'],
  ])('reads %j at the offset its difference gives', (line, iso) => {
    expect(shown(line)).toBe(iso);
  });

  it.each([
    ['a difference of no whole or half hour', 'Mon 9 Dec 2024, 12:20 PM'],
    ['more than fourteen hours', 'Sun 8 Dec 2024, 12:15 PM'],
  ])('keeps UTC for %s', (_, line) => {
    expect(shown(line)).toBe('2024-12-09T08:15:00+00:00');
  });

  it("keeps the zone a country's domain names", () => {
    expect(shown('Mon 9 Dec 2024, 12:15 PM', 'https://news.example.de/a')).toBe(
      '2024-12-09T09:15:00+01:00',
    );
  });

  it.each([
    ['https://news.example.com.au/a', 'December 9, 2024 - 6:15PM', '2024-12-09T18:15:00+10:00'],
    ['https://news.example.com.br/a', '09/12/2024 04:15', '2024-12-09T04:15:00-04:00'],
  ])(
    "takes it over the zone of a country's capital where the country keeps several (%s)",
    (url, line, iso) => {
      expect(shown(line, url)).toBe(iso);
    },
  );

  it("keeps the capital's zone where it agrees (Sydney's summer)", () => {
    expect(shown('December 9, 2024 - 7:15PM', 'https://news.example.com.au/a')).toBe(
      '2024-12-09T19:15:00+11:00',
    );
  });
});

describe('dates: a zone abbreviation after a shown time names the zone of a page naming none', () => {
  const naive = '<meta property="article:published_time" content="2026-12-06T10:23:41">';

  it.each([
    ['<time datetime="2026-12-06T10:23:41">Dec 6, 2026 10:23 AM PHT</time>', '+08:00'],
    [
      '<p class="date">Sunday, 06 Dec 2026<span class="timestamp">10:23 AM MYT</span></p>',
      '+08:00',
    ],
    ['<div class="date">6 December 2026, 10:23am AEDT</div>', '+11:00'],
  ])('reads a time without an offset below %j in that zone', (line, offset) => {
    expect(published(page(naive, { lang: 'en', before: line }))).toBe(
      `2026-12-06T10:23:41${offset}`,
    );
  });

  it('reads no zone in an abbreviation in prose, nor beside a machine time in UTC', () => {
    const prose = '<p>The launch is at 10:23 AM PHT on Monday, the agency said in its notice.</p>';
    expect(published(page(naive, { lang: 'en', before: prose }))).toBe('2026-12-06T10:23:41+00:00');
    // A machine time in UTC beside the reader's clock ("15:23:41" beside "10:23am EST").
    const utc = '<meta property="article:published_time" content="2026-12-06T15:23:41">';
    const est = '<time>Dec 6, 2026, 10:23am EST</time>';
    expect(published(page(utc, { lang: 'en', before: est }))).toBe('2026-12-06T15:23:41+00:00');
  });
});

describe("dates: a date line's Chinese label 发布日期 (日期 after 发布) labels a day alone", () => {
  // A municipal portal's layout table: the line under the text, its editor beside the day.
  const portal = (dateLine: string) => `<html><head><meta charset="utf-8">
<title>大良街道调研众创金融街</title></head><body><table><tr><td><h1>大良街道调研众创金融街</h1>
${BODY}<div>${dateLine}</div></td></tr></table></body></html>`;
  const read = (html: string) =>
    extractArticle(html, { url: 'http://www.example.cn/view/id/3279127.html' }).publishedAt;

  it.each(['发布日期：2019-03-06 责任编辑：龙慧', '發布日期: 2019-03-06', '发布日期：2019-03-06'])(
    'reads the day of "%s", as a day alone is read elsewhere (noon in the zone)',
    (line) => {
      expect(read(portal(line))).toBe('2019-03-06T12:00:00+08:00');
    },
  );

  it('still reads the line with its time', () => {
    expect(read(portal('发布日期：2019-03-06 10:20 责任编辑：龙慧'))).toBe(
      '2019-03-06T10:20:00+08:00',
    );
  });
});

describe("dates: a Chinese WordPress theme's month name before an English day and year", () => {
  it('reads "十一月 6th, 2009" as 6 November 2009', () => {
    const before = '<span class="post-calendar">十一月 6th, 2009</span>';
    expect(published(page('', { lang: 'zh-CN', before }))).toMatch(/^2009-11-06/);
  });
});

describe('dates: a <time> whose text shows another full date than its datetime', () => {
  const at = (time: string) => published(page('', { lang: 'fr', before: time }));

  it('reads the day the reader sees, the datetime being a later edit', () => {
    expect(at('<p><time datetime="2021-03-09T08:12:40Z">Publié le 4 mars 2021</time></p>')).toBe(
      '2021-03-04T12:00:00+01:00',
    );
  });

  it.each([
    // The same day shown, or a day without its year.
    ['Publié le 4 mars 2021', '2021-03-04T08:12:40Z', '2021-03-04T09:12:40+01:00'],
    ['Publié le 4 mars', '2021-03-09T08:12:40Z', '2021-03-09T09:12:40+01:00'],
    // The day shown in the page's zone, the datetime's the day before in UTC.
    ['5 mars 2021 à 00h30', '2021-03-04T23:30:00Z', '2021-03-05T00:30:00+01:00'],
  ])('keeps the datetime beside the text %j', (text, datetime, expected) => {
    expect(at(`<p><time datetime="${datetime}">${text}</time></p>`)).toBe(expected);
  });
});

describe("dates: a theme's closing sentence that tells when the post was published, longer than a line", () => {
  const PROSE =
    'Die Meldung klang dramatisch und wurde vielerorts aufgegriffen, obwohl sich die Sache später ganz anders darstellte. ';
  const blog = (
    lang: string,
    meta: string,
  ) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Ein Titel hier</title></head><body><div id="content"><div class="post hentry"><h1>Ein Titel hier</h1>
<div class="entry"><p>${PROSE.repeat(4)}</p><p>${PROSE.repeat(3)}</p>
<p class="postmetadata"><small>${meta}</small></p></div></div></div></body></html>`;
  const read = (lang: string, meta: string) =>
    extractArticle(blog(lang, meta), { url: 'https://blog.example.de/news/post-5/' }).publishedAt;

  it.each([
    // Its first sentence names the publication; the rest is about feeds and comments.
    [
      'Dieser Beitrag wurde am Mittwoch, 7. März 2012 um 09:40 Uhr veröffentlicht und unter <a href="/c/">Allgemein</a> gespeichert. Sie können Kommentare zu diesem Eintrag über den <a href="/feed/">RSS-2.0</a>-Feed verfolgen.',
      '2012-03-07T09:40:00+01:00',
    ],
    // A long line whose first sentence names no publication.
    [
      'Die Ausstellung ist bis zum 7. März 2012 im Rathaus zu sehen und lädt alle Bürgerinnen und Bürger herzlich ein. Der Eintritt ist frei, Führungen gibt es nach Anmeldung bei der Stadtverwaltung.',
      null,
    ],
  ])('reads %j as published %j', (meta, expected) => {
    expect(read('de', meta)).toBe(expected);
  });
});

describe("dates: a page's one <article>, headed by a heading its <title> names, holds its own date box", () => {
  /** A blog page: the site's name in the banner's <h1>, the post under an <h2> in its article. */
  const post = (article: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Dateien aus fremden Büros | Ebene 11 - Webentwicklung . AutoCAD . Schulung</title></head><body>
<header><h1><img src="/logo.png" alt="Ebene 11"><span>Webentwicklung . AutoCAD . Schulung</span></h1><nav><a href="/">Home</a> <a href="/blog/">Blog</a></nav></header>
${article}<footer>Impressum</footer></body></html>`;
  const box = '<aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></aside>';

  it('reads the date of an <aside> in the article under the post’s <h2>', () => {
    const html = post(
      `<article><header><h2>Dateien aus fremden Büros</h2></header>${box}${BODY}</article>`,
    );
    expect(published(html, 'https://ebene11.example.com/fremde-dateien')?.slice(0, 10)).toBe(
      '2017-01-12',
    );
  });

  it("reads none from a lone <article> that is another story's card, its heading a link", () => {
    const html = post(
      `<main><h2>Dateien aus fremden Büros</h2>${BODY}</main><article><a href="/andere"><h3>Ein anderer Beitrag über Layer</h3></a>${box}</article>`,
    );
    expect(published(html, 'https://ebene11.example.com/fremde-dateien')).toBeNull();
  });
});

describe('dates: a day given alone takes the time its date line shows that day, before the time of a later update', () => {
  it('reads the 12:37 the page shows, not the 12:40 it was modified', () => {
    const head =
      '<meta name="DC.date.issued" content="2026-12-04"><meta name="Last-Modified" content="2026-12-04 12:40:25">';
    const before =
      '<div class="article-meta"><span class="timestamp">Dec 4, 2026, 12:37 PM ET</span></div>';
    expect(published(page(head, { lang: 'en', before }))).toBe('2026-12-04T12:37:00-05:00');
  });

  it('still takes the update’s time where the page shows no time of that day', () => {
    const head =
      '<meta name="DC.date.issued" content="2026-12-04"><meta name="Last-Modified" content="2026-12-04 12:40:25">';
    expect(published(page(head, { lang: 'en-US' }))).toBe('2026-12-04T12:40:25-05:00');
  });
});

describe('dates: a <time> marked as the publication comes before an unmarked one above it', () => {
  const before =
    '<div class="article-flags"><time class="timestamp_article" datetime="2026-12-04T18:06:00.000Z">Dec 4 2026, 1:06 pm ET</time></div>';
  const after =
    '<div class="timestamp_meta"><span>First Published</span> <time class="timestamp_article" datetime="2026-12-04T12:31:48.000Z" itemprop="datePublished">Dec 4 2026, 7:31 am ET</time></div>';
  const withFooter = (head: string) =>
    page(head, { lang: 'en', before }).replace('</main>', `${after}</main>`);

  it('reads the marked 7:31 as the publication, not the 1:06 shown first', () => {
    expect(published(withFooter(''))).toBe('2026-12-04T07:31:48-05:00');
  });

  it('gives a day given alone (DC.date.issued) the marked time too', () => {
    expect(published(withFooter('<meta name="DC.date.issued" content="2026-12-04">'))).toBe(
      '2026-12-04T07:31:48-05:00',
    );
  });
});

describe("dates: an hAtom element's UTC title beside the local time it shows gives the page's offset", () => {
  it('reads the 2:47 PM of a US page in Central time, as its update line "3:53 PM" for 21:53Z shows', () => {
    const head = '<meta name="article_date_original" content="Friday, December 4, 2026,  2:47 PM">';
    const before =
      '<div id="Byline">By <a href="/staff/jane">Jane Doe</a><br>on December 4, 2026 at 2:47 PM, updated <span class="updated" title="2026-12-04T21:53:29Z">December 4, 2026 at 3:53 PM</span></div>';
    expect(published(page(head, { lang: 'en-US', before }))).toBe('2026-12-04T14:47:00-06:00');
  });
});

describe("dates: a file's Last-Modified alone does not stand in for the day the address files the page under", () => {
  const stamp = '<meta http-equiv="Last-Modified" content="Sun, 17 Feb 2019 14:34:06 GMT">';

  it('dates a diary entry by the day in its address, its file written days later the update', () => {
    const article = extractArticle(page(stamp), {
      url: 'https://diary.example.jp/d/20190211.html',
    });
    expect(article.publishedAt?.slice(0, 10)).toBe('2019-02-11');
    expect(article.modifiedAt?.slice(0, 10)).toBe('2019-02-17');
  });

  it('still dates a page whose address names no day by its Last-Modified', () => {
    expect(published(page(stamp))?.slice(0, 10)).toBe('2019-02-17');
  });
});

describe("dates: a date linked to its day's archive is the article's own date line", () => {
  const line = (href: string) =>
    `<div class="signature"><span>Bruselas - <a href="${href}"><time id="article_date_p">15 oct 2024 - 08:22</time></a></span> <span><time id="article_date_u">Actualizado: 15 oct 2024 - 17:38</time></span></div>`;

  it.each(['https://news.example.es/hemeroteca/2024-10-15/', '/2024/10/15/'])(
    'reads the publication linked to %s, not the update beside it',
    (href) => {
      const html = page('', { lang: 'es', before: line(href) });
      expect(published(html, 'https://news.example.es/a.html')).toBe('2024-10-15T08:22:00+02:00');
    },
  );

  it("takes no date linked to another story's page for the publication", () => {
    const html = page('', { lang: 'es', before: line('/2024/10/15/otra-noticia/') });
    expect(published(html, 'https://news.example.es/a.html')).not.toBe('2024-10-15T08:22:00+02:00');
  });
});

describe("dates: a date in a picture's caption dates the picture, not the article", () => {
  it("passes over an archive picture's date in a caption its metadata box marks, for the article's date line", () => {
    const caption =
      '<div class="media-metadata"><span class="media-metadata__rights">Bild: Agentur</span>' +
      '<p class="media-metadata__caption">Archivbild (16.08.2024): Rauch steigt nach den Angriffen über der Stadt auf.</p></div>';
    const html = page('', {
      lang: 'de',
      before: `${caption}<div class="teaser-meta">27.08.2024, 12:32 Uhr</div>`,
    });
    expect(published(html, 'https://news.example.de/a.html')).toBe('2024-08-27T12:32:00+02:00');
  });

  it('passes over a date in a <figcaption> inside a box marked as metadata', () => {
    const figure =
      '<div class="post-meta"><figure><img src="/a.jpg" alt=""><figcaption>Archive picture, March 3, 2019</figcaption></figure>' +
      '<span>By Jane Roe</span></div><div class="entry-meta">April 5, 2024, 9:15 am</div>';
    expect(published(page('', { lang: 'en', before: figure }))).toBe('2024-04-05T09:15:00+00:00');
  });
});

describe("dates: an <h1> that is the breadcrumb trail's last item is no headline: the date line is read at the heading below", () => {
  it("reads a day alone in the kicker line above the <h2> headline, the <h1> the trail's current item", () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Netz-Spott über die Partei nach dem Rücktritt des Generalsekretärs</title></head><body>
<div class="main__breadcrumb"><ul class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/panorama">Panorama</a></li>
<li><h1 class="breadcrumb__title">Netz-Spott über die Partei nach dem Rücktritt des Generalsekretärs</h1></li></ul></div>
<div class="k9"><p>Unsere Zeitung gibt es jetzt auch als App für das Telefon, mit allen Nachrichten aus der Region und der Welt.</p></div>
<main><div class="k2"><div class="k3"><div class="k4">Panorama</div><div class="k5"><div class="k6"><time>29.11.2024</time></div></div></div>
<h2 class="k7">Netz-Spott über die Partei nach dem Rücktritt des Generalsekretärs</h2>
<div class="k8">${BODY}</div></div></main></body></html>`;
    expect(published(html, 'https://news.example.de/panorama/artikel-123')).toBe(
      '2024-11-29T12:00:00+01:00',
    );
  });
});

describe('dates: a date element opening with a byline and its date is read, however long the line goes on', () => {
  it('reads "Von … am 21/02/2021." before the categories and the feed sentences', () => {
    const meta =
      '<div class="postmeta">Von <a rel="author" href="/author/anna">Anna Berg</a> am 21/02/2021. Abgelegt unter <a href="/category/politik">Politik</a>. ' +
      'Sie können alle Antworten zu diesem Eintrag durch den <a href="/feed">RSS 2.0</a> Feed verfolgen. Kommentare und Pings sind derzeit geschlossen.</div>';
    expect(
      published(page('', { lang: 'de', before: meta }), 'https://news.example.de/a.html'),
    ).toBe('2021-02-21T12:00:00+01:00');
  });

  it('reads no date from a long line that opens with no byline and names no publication', () => {
    const meta =
      '<div class="postmeta">Abgelegt unter <a href="/category/politik">Politik</a> am 21/02/2021. ' +
      'Sie können alle Antworten zu diesem Eintrag durch den <a href="/feed">RSS 2.0</a> Feed verfolgen. Kommentare und Pings sind derzeit geschlossen.</div>';
    expect(
      published(page('', { lang: 'de', before: meta }), 'https://news.example.de/a.html'),
    ).toBeNull();
  });
});

describe("dates: a video's availability date and its length are no publication", () => {
  it('reads the article\'s "Stand:" line, not the "Verfügbar bis" day and the "02:57 Min." of a video box above the headline', () => {
    const video =
      '<div class="mediaInfo"><h2 class="mediaTitle">Feuerwehrleute sollen später in Pension</h2>' +
      '<p><span class="mediaDuration">02:57 Min.</span> <span class="mediaExpiry">Verfügbar bis 06.05.2024</span></p></div>';
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ein Titel der Seite hier</title></head><body><main>${video}
<h1>Ein Titel der Seite hier</h1><p class="stand">Stand: 22.04.2024, 06:00 Uhr</p><div class="article-body">${BODY}</div></main></body></html>`;
    expect(published(html, 'https://news.example.de/a.html')).toBe('2024-04-22T06:00:00+02:00');
  });

  it("reads no date from another video's box that gives its day and its length", () => {
    const video =
      '<div class="mediaInfo"><h2 class="mediaTitle">Ein anderes Video zum Thema</h2>' +
      '<p>WDR Studios NRW. 21.04.2024. 00:21 Min. Verfügbar bis 21.04.2026</p></div>';
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ein Titel der Seite hier</title></head><body><main>
<h1>Ein Titel der Seite hier</h1><p class="stand">Stand: 22.04.2024, 06:00 Uhr</p><div class="article-body">${BODY}</div>${video}</main></body></html>`;
    expect(published(html, 'https://news.example.de/a.html')).toBe('2024-04-22T06:00:00+02:00');
  });

  it.each([
    ['22.04.2024 | 02:57 Min.', '2024-04-22T00:00:00+00:00'],
    ['April 22, 2024 · 12:05 min', '2024-04-22T00:00:00+00:00'],
    ['22.04.2024 | 02:57 Min. | 14:10 Uhr', '2024-04-22T14:10:00+00:00'],
  ])('reads no time of day from the length of a video or audio in %j', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });
});

describe("dates: an <article> card covered by a link labelled with its heading is another story's", () => {
  it("reads the article's own byline line, not the date of a sidebar card whose stretched link names its heading", () => {
    const card = (title: string, path: string, date: string) =>
      `<article class="k8"><div class="k9"><h2 class="article-heading">${title}</h2><p><span class="date">In <a href="/news/news">News</a> - <span>${date}</span></span></p></div>` +
      `<a href="${path}" aria-label="${title}" class="stretched-link"></a></article>`;
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Portugal emerges as an Alpine investment</title></head><body>
<div class="k1"><div class="k2"><h1 class="article-heading">Portugal emerges as an Alpine investment</h1>
<p class="k3">By TPN, in <a href="/news/news">News</a>, <a href="/news/property">Property</a> · <span>31 Jan 2025, 20:02</span> · <a href="#comments">0 Comments</a></p>
<div class="k4">${BODY}</div></div>
<div class="k5"><h3>More in News</h3>${card('Popularity of motor homing expected to increase', '/news/2025-02-02/motor-homing/95258', '02 Feb 2025, 20:02')}${card('Yellow weather warning issued for the coast', '/news/2025-02-02/warning/95298', '02 Feb 2025, 19:49')}</div></div></body></html>`;
    expect(published(html, 'https://www.news.example.pt/en/article/95123')).toBe(
      '2025-01-31T20:02:00+00:00',
    );
  });
});

describe("dates: a publication time shown alone is of the day the page's header gives as today's", () => {
  it('reads "Publicerad 14.14" below the headline on the header\'s day', () => {
    const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Hanna, 18, försvunnen i staden</title></head><body>
<div class="k0"><div class="today-date">torsdag 8 januari 2026</div><div class="k2">Dagens namn: Erland</div></div>
<main><h1>Hanna, 18, försvunnen i staden</h1><p class="k3">Anna Berg</p><p class="k4">Uppdaterad 15.59 | Publicerad 14.14</p>
<div class="k5">${BODY}</div></main></body></html>`;
    expect(published(html, 'https://www.news.example.se/nyheter/a/Ard8wM/hanna')).toBe(
      '2026-01-08T14:14:00+01:00',
    );
  });
});

describe('dates: a teaser of the page itself dates a page that shows no other date', () => {
  const teaser = (path: string, title: string, day: string) =>
    `<article class="k6"><div class="k7"><a href="${path}"><h3>${title}</h3></a><time class="k8">${day}</time></div></article>`;
  const html = (
    own: string,
  ) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mbumba recounts Geingob's last days</title></head><body>
<main><h1>Mbumba recounts Geingob's last days</h1><div class="k1">${BODY}</div>
<aside class="k2"><h2>Latest news</h2>${teaser('/oshakati-ordered-to-ban-company/', 'Oshakati ordered to ban company', '19 February, 2024')}${teaser(own, "Mbumba recounts Geingob's last days", '20 February, 2024')}</aside></main></body></html>`;

  it("reads the day the list's item linking to the page shows", () => {
    expect(
      published(
        html('/mbumba-recounts-geingobs-last-days/'),
        'https://news.example.na/mbumba-recounts-geingobs-last-days/',
      ),
    ).toBe('2024-02-20T12:00:00+02:00');
  });

  it('reads no day from teasers that all link to other pages', () => {
    expect(
      published(
        html('/another-story/'),
        'https://news.example.na/mbumba-recounts-geingobs-last-days/',
      ),
    ).toBeNull();
  });
});

describe("dates: a readers' comment is no date line of the article's, whatever its markup", () => {
  /** Class-less comments after the article, each its writer, its date and a "Reply" link. */
  const thread = (reply: string) =>
    `<div>${[1, 2, 3]
      .map(
        (i) =>
          `<div><div><strong>Reader ${i}</strong> <span>1${i}.03.2024 08:0${i}</span></div><p>Ein Kommentar zum Artikel, Nummer ${i}.</p><a href="#reply-${i}">${reply}</a></div>`,
      )
      .join('')}</div>`;
  const withThread = (head: string, reply: string) =>
    page(head).replace('</main>', `</main>${thread(reply)}`);

  it.each(['Antworten', 'Reply'])(
    'gives no date to a page that shows none but its comments, each offering "%s"',
    (reply) => {
      expect(published(withThread('', reply))).toBeNull();
    },
  );

  it("still reads a date shown beside a link that is no comment's", () => {
    const html = page('').replace(
      '</main>',
      '</main><div><span>13.03.2024 08:01</span> <a href="#top">Antworten</a></div>',
    );
    expect(published(html)).not.toBeNull();
  });
});
