import { describe, expect, it } from 'vitest';
import { extractArticle, recordingTrace } from '../../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS } from '../build-page.ts';

const URL = 'https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html';
const TITLE = 'Tổng kết cải cách hành chính năm 2023';
const FULL_TEXT = BODY_PARAGRAPHS.join('\n');

/** A page whose markup holds only `markup` as the body, with `head` and `scripts` added. */
function appPage(parts: { markup?: string; head?: string; scripts?: string }): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${TITLE}</title>
<link rel="canonical" href="${URL}">${parts.head ?? ''}</head>
<body><header><a href="/">Cổng thông tin tỉnh</a></header>
<main><h1>${TITLE}</h1><div id="app">${parts.markup ?? ''}</div></main>
<footer>Cổng thông tin điện tử tỉnh</footer>${parts.scripts ?? ''}</body></html>`;
}

function jsonLd(articleBody: string): string {
  const node = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: TITLE,
    articleBody,
  };
  return `<script type="application/ld+json">${JSON.stringify(node)}</script>`;
}

const paragraphs = (text: string) => text.split('\n\n');

describe('rule: a body found only in structured data is used when the page body is missing or much shorter', () => {
  it('takes the JSON-LD articleBody when the markup has no body', () => {
    const article = extractArticle(appPage({ head: jsonLd(FULL_TEXT) }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    for (const p of BODY_PARAGRAPHS) expect(article.contentHtml).toContain(`<p>${p}</p>`);
  });

  it('takes the JSON-LD articleBody over a teaser of its first paragraph', () => {
    const html = appPage({
      markup: `<p>${BODY_PARAGRAPHS[0]}</p><a href="/dang-nhap">Đăng nhập để đọc tiếp</a>`,
      head: jsonLd(FULL_TEXT),
    });
    expect(paragraphs(extractArticle(html, { url: URL }).contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('keeps the lead picture the page shows between the headline and its teaser', () => {
    const html = appPage({
      markup: `<p>${BODY_PARAGRAPHS[0]}</p><a href="/dang-nhap">Đăng nhập để đọc tiếp</a>`,
      head: jsonLd(FULL_TEXT),
    }).replace(
      '<div id="app">',
      '<figure><img src="/anh/hoi-nghi.jpg" alt=""><figcaption>Quang cảnh hội nghị.</figcaption></figure><div id="app">',
    );
    const article = extractArticle(html, { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.images.map((i) => i.url)).toEqual([
      'https://tinh.example.gov.vn/anh/hoi-nghi.jpg',
    ]);
  });

  it('reads a JSON-LD articleBody whose markup the CMS escaped as text as that markup', () => {
    const escaped = BODY_PARAGRAPHS.map(
      (p) => `&lt;p class=&quot;texto&quot;&gt;${p.replace('ả', '&amp;#7843;')}&lt;/p&gt;`,
    ).join('');
    const article = extractArticle(appPage({ head: jsonLd(escaped) }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.contentText).not.toMatch(/<p|&lt;|&amp;/);
  });

  it("keeps the page's own body over a JSON-LD articleBody of escaped markup that says the same", () => {
    const escaped = BODY_PARAGRAPHS.map(
      (p) => `&lt;p class=&quot;texto&quot;&gt;${p}&lt;/p&gt;`,
    ).join('');
    const html = appPage({
      markup: BODY_PARAGRAPHS.map((p) => `<p class="texto">${p}</p>`).join(''),
      head: jsonLd(escaped),
    });
    const { trace, explanation } = recordingTrace();
    extractArticle(html, { url: URL, trace });
    expect(explanation.body?.method).not.toBe('structured data');
  });

  it("keeps the page's own body when the JSON-LD articleBody is an excerpt of it", () => {
    const html = appPage({
      markup: BODY_PARAGRAPHS.map((p) => `<p>${p} Đây là đoạn đầy đủ trên trang.</p>`).join(''),
      head: jsonLd(BODY_PARAGRAPHS[0] ?? ''),
    });
    expect(extractArticle(html, { url: URL }).contentText).toContain(
      'Đây là đoạn đầy đủ trên trang.',
    );
  });

  it('reads the body from Next.js page data (__NEXT_DATA__)', () => {
    const data = {
      props: {
        pageProps: { article: { title: TITLE, body: `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>` } },
      },
    };
    const scripts = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('reads the body from a window state assignment and takes its closing byline as the author', () => {
    const state = {
      story: {
        headline: TITLE,
        content_html: `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p><strong>Tin, ảnh: ĐỖ HUY.</strong></p>`,
      },
    };
    const scripts = `<script>var cfg = 1; window.__INITIAL_STATE__ = ${JSON.stringify(state)}; init();</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.authors).toEqual(['Đỗ Huy']);
  });

  it('joins a body given as an array of text blocks (Arc XP content_elements)', () => {
    const globalContent = {
      headlines: { basic: TITLE },
      content_elements: [
        ...BODY_PARAGRAPHS.map((content) => ({ type: 'text', content })),
        { type: 'image', url: '/a.jpg' },
      ],
    };
    const scripts = `<script>Fusion.globalContent=${JSON.stringify(globalContent)};Fusion.x=1;</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it("does not take another article's body from the app state", () => {
    const other =
      'Giá lúa gạo hôm nay tăng mạnh ở đồng bằng sông Cửu Long, nông dân phấn khởi. '.repeat(8);
    const state = { related: [{ title: 'Giá lúa gạo tăng mạnh', body: other }] };
    const scripts = `<script>window.__APOLLO_STATE__ = ${JSON.stringify(state)};</script>`;
    expect(() => extractArticle(appPage({ scripts }), { url: URL })).toThrow(
      /too-short|under the minimum/,
    );
  });

  it('says in the trace that the body came from structured data, and from where', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(appPage({ head: jsonLd(FULL_TEXT) }), { url: URL, trace });
    expect(explanation.body).toMatchObject({
      element: 'json-ld NewsArticle.articleBody',
      method: 'structured data',
    });
    expect(explanation.body?.note).toMatch(/^the page's own body was rejected: /);
  });
});

describe('rule: segments a page streams in hidden and shows with its own script are part of it', () => {
  it('reads React\'s streamed segments (<div hidden id="S:1">)', () => {
    const markup = `<template id="B:1"></template>`;
    const scripts = `<div hidden id="S:1">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div><script>$RC("B:1","S:1")</script>`;
    const article = extractArticle(appPage({ markup, scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('still leaves out other hidden blocks', () => {
    const markup = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<div hidden id="menu"><p>Mục ẩn, không hiển thị cho người đọc.</p></div>`;
    expect(extractArticle(appPage({ markup }), { url: URL }).contentText).not.toContain('Mục ẩn');
  });
});
