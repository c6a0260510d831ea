import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://gmina.example.pl/aktualnosci/remont-drogi.html';

const PARAGRAPHS = [
  'Na początku kwietnia rozpocznie się przebudowa drogi powiatowej nr 1423R na odcinku od centrum Lipnicy do granicy z gminą.',
  'Zakres prac obejmuje wymianę nawierzchni na długości 3,2 km oraz budowę chodnika przy szkole podstawowej.',
  'Utrudnienia w ruchu potrwają do końca sierpnia, a objazd poprowadzi przez sąsiednie miejscowości.',
];

/** A Joomla article: its "article-info" details list, given, above the text. */
function joomlaPage(lang: string, info: string, after = ''): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Remont drogi w Lipnicy</title></head>
<body><main><div class="item-page"><div class="page-header"><h2 itemprop="headline">Remont drogi w Lipnicy</h2></div>
${info}<div itemprop="articleBody">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>${after}</div></main></body></html>`;
}

const dl = (items: readonly string[]) =>
  `<dl class="article-info muted">${items.map((i, k) => (k === 0 ? `<dt>${i}</dt>` : `<dd>${i}</dd>`)).join('')}</dl>`;

describe("rule: a CMS's lines of details about the article open no body", () => {
  it.each([
    [
      'pl',
      [
        'Szczegóły',
        'Napisane przez <span>Super User</span>',
        'Kategoria: <a href="/aktualnosci">Aktualności</a>',
        '<time datetime="2025-02-20T10:15:42+01:00">Opublikowano: czwartek, 20, luty 2025 10:15</time>',
        'Odsłony: 482',
      ],
    ],
    [
      'en',
      [
        'Details',
        'Written by <span>Super User</span>',
        'Category: <a href="/news">News</a>',
        '<time datetime="2025-02-20T10:15:42+01:00">Published: 20 February 2025</time>',
        'Hits: 482',
      ],
    ],
    [
      'vi',
      [
        'Chi tiết',
        'Được viết bởi <span itemprop="name">Quản trị viên</span>',
        'Danh mục: <a href="/tin-tuc">Hoạt động</a>',
        '<time datetime="2025-02-20T10:15:42+01:00">Ngày đăng: Thứ năm, 20 Tháng 2 2025 16:15</time>',
        'Lượt xem: 342',
      ],
    ],
  ])(
    "leaves Joomla's details list (%s), the account's name among them, out of the body",
    (lang, items) => {
      const article = extractArticle(joomlaPage(lang, dl(items)), { url: URL });
      expect(article.contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
      expect(article.publishedAt).toBe('2025-02-20T10:15:42+01:00');
    },
  );

  it('leaves Drupal\'s "Submitted by … on …" line out of the body', () => {
    const submitted =
      '<div class="submitted"><span property="dc:date dc:created" content="2025-03-11T14:32:05+00:00">Submitted by <span class="username">webteam</span> on Tue, 11/03/2025 - 14:32</span></div>';
    const article = extractArticle(joomlaPage('en', submitted), { url: URL });
    expect(article.contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
    expect(article.authors).toEqual([]);
  });

  it.each([
    'Просмотров: 1 287',
    'Переглядів: 1 287',
    'Odsłony: 482',
    'Wyświetleń: 482',
    '1 287 просмотров',
    'Visualizzazioni: 310',
  ])('leaves a closing count of views out of the body: %j', (count) => {
    const article = extractArticle(
      joomlaPage('pl', '', `<div class="news-detail-views">${count}</div>`),
      { url: URL },
    );
    expect(article.contentText.endsWith(PARAGRAPHS[2] as string)).toBe(true);
  });
});
