import { load } from 'cheerio/slim';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article.ts';
import { extractArticle } from '../../shared/extract/index.ts';
import { renderAtom } from '../../shared/feeds/atom.ts';
import type { FeedInfo } from '../../shared/feeds/feed-info.ts';
import { renderJsonFeed } from '../../shared/feeds/json-feed.ts';
import { renderRss } from '../../shared/feeds/rss.ts';
import { expectInertHtml, expectSoundArticle, isDangerousUrl } from './support/article-checks.ts';
import { articlePage, escapeHtml, VIETNAMESE_PARAGRAPHS } from './support/pages.ts';

const URL = 'https://baodientu.example.vn/tin/bai-viet.html';
/** Markup that runs script if any consumer pastes the field into HTML unescaped. */
const PAYLOAD = `</title><script>alert("xss")</script>]]><img src=x onerror=alert(1)>"'&`;
const DANGEROUS_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
];

const FEED: FeedInfo = {
  ref: { kind: 'all' },
  title: 'All publishers',
  description: 'Robustness test feed',
  homePageUrl: 'https://feeds.example.com/',
  rssUrl: 'https://feeds.example.com/rss.xml',
  atomUrl: 'https://feeds.example.com/feed.atom',
  jsonUrl: 'https://feeds.example.com/feed.json',
  language: 'vi',
  ttlMinutes: 15,
  publisherNames: new Map([['demo', 'Demo']]),
};

function jsonLdWith(fields: Record<string, unknown>): string {
  // `<` escaped as in any JSON-LD a CMS writes; a raw `</script>` would end the element.
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    datePublished: '2023-12-14T16:05:00+07:00',
    ...fields,
  }).replaceAll('<', '\\u003c');
}

function walkKeys(value: unknown, visit: (key: string) => void): void {
  if (Array.isArray(value)) for (const v of value) walkKeys(v, visit);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k);
      walkKeys(v, visit);
    }
  }
}

/**
 * Renders the article into RSS, Atom and JSON Feed and checks what a feed reader would see: well-formed XML
 * and JSON, no element injected by a field, HTML fields inert, plain-text fields intact as text,
 * and no dangerous URL in any link field.
 */
function expectSafeFeeds(article: Article): void {
  const items = [{ article, sortTime: new Date('2024-01-01T00:00:00Z') }];
  const xml = renderRss(FEED, items);
  expect(XMLValidator.validate(xml), 'RSS is well-formed XML').toBe(true);
  const rss = new XMLParser({ ignoreAttributes: false, cdataPropName: false }).parse(xml);
  walkKeys(rss, (key) => expect(['script', 'img', 'iframe']).not.toContain(key.toLowerCase()));
  const item = rss.rss.channel.item;
  expect(String(item.title)).toBe(article.title);
  // Readers render <description> and <content:encoded> as HTML.
  expectInertHtml(String(item.description ?? ''));
  expectInertHtml(String(item['content:encoded'] ?? ''));
  expect(isDangerousUrl(String(item.link))).toBe(false);

  const atomXml = renderAtom(FEED, items);
  expect(XMLValidator.validate(atomXml), 'Atom is well-formed XML').toBe(true);
  const atom = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    isArray: (name) => ['link', 'author'].includes(name),
  }).parse(atomXml);
  walkKeys(atom, (key) => expect(['script', 'img', 'iframe']).not.toContain(key.toLowerCase()));
  const atomEntry = atom.feed.entry;
  const textOf = (element: unknown) =>
    String(
      typeof element === 'object' && element !== null
        ? ((element as { '#text'?: unknown })['#text'] ?? '')
        : element,
    );
  expect(textOf(atomEntry.title)).toBe(article.title);
  // Readers render `content type="html"` as HTML; the summary is `type="text"`.
  expect(atomEntry.content['@type']).toBe('html');
  expectInertHtml(textOf(atomEntry.content));
  if (atomEntry.summary !== undefined) expect(atomEntry.summary['@type']).toBe('text');
  for (const link of atomEntry.link as { '@href': string; '@rel': string }[]) {
    expect(isDangerousUrl(link['@href']), `Atom link rel=${link['@rel']}`).toBe(false);
  }

  const json = JSON.parse(renderJsonFeed(FEED, items));
  const entry = json.items[0];
  expect(entry.title).toBe(article.title);
  expectInertHtml(entry.content_html);
  for (const field of ['url', 'external_url', 'image', 'banner_image']) {
    if (entry[field] !== undefined) expect(isDangerousUrl(entry[field]), field).toBe(false);
  }
}

describe('hostile content', () => {
  it('keeps script injected in the title as text in the article and escaped in the feeds', () => {
    const html = articlePage({
      title: `${PAYLOAD} - Báo Điện Tử`,
      headline: escapeHtml(PAYLOAD),
      jsonLd: jsonLdWith({ headline: PAYLOAD }),
    });
    const article = extractArticle(html, { url: URL });
    expectSoundArticle(article);
    expect(article.title).toContain('alert("xss")');
    expectSafeFeeds(article);
  });

  it('keeps script injected in the author as text and escaped in the feeds', () => {
    const html = articlePage({
      author: escapeHtml(PAYLOAD),
      byline: `Tin, ảnh: ${escapeHtml(PAYLOAD)}`,
      jsonLd: jsonLdWith({ headline: 'Tin', author: { '@type': 'Person', name: PAYLOAD } }),
    });
    const article = extractArticle(html, { url: URL });
    expectSoundArticle(article);
    expectSafeFeeds(article);
  });

  it('keeps script injected in the lead and in the body text inert in the feeds', () => {
    const html = articlePage({
      lead: escapeHtml(PAYLOAD),
      paragraphs: [...VIETNAMESE_PARAGRAPHS, escapeHtml(PAYLOAD)],
    });
    const article = extractArticle(html, { url: URL });
    expectSoundArticle(article);
    expectSafeFeeds(article);
    const lead = extractArticle(articlePage({ lead: escapeHtml(PAYLOAD) }), { url: URL });
    expectSafeFeeds(lead);
  });

  it('drops script elements and event handlers from captions and keeps escaped captions as text', () => {
    const figure = `<figure><img src="/a.jpg" alt="${escapeHtml(PAYLOAD)}" onerror="alert(1)"><figcaption>${escapeHtml(PAYLOAD)}<script>alert(2)</script><img src=x onerror=alert(3)></figcaption></figure>`;
    const article = extractArticle(articlePage({ figure }), { url: URL });
    expectSoundArticle(article);
    const captions = article.images.map((image) => image.caption ?? '').join(' ');
    expect(captions).not.toContain('alert(2)');
    expectSafeFeeds(article);
  });

  it.each(DANGEROUS_URLS)('never turns %j into a link, an image or an embed', (url) => {
    const attr = url.replaceAll('"', '&quot;');
    const paragraphs = [
      `${VIETNAMESE_PARAGRAPHS[0]} <a href="${attr}">Xem chi tiết</a>`,
      `<img src="${attr}" alt="a"><img data-src="${attr}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="b">`,
      `<iframe src="${attr}"></iframe><object data="${attr}"></object><embed src="${attr}">`,
      `<form action="${attr}"><button formaction="${attr}">Gửi</button></form>`,
      `<svg><a xlink:href="${attr}"><text>x</text></a></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
      `<div style="background:url(${attr})" onclick="alert(1)">${VIETNAMESE_PARAGRAPHS[1]}</div>`,
      ...VIETNAMESE_PARAGRAPHS.slice(2),
    ];
    const article = extractArticle(articlePage({ paragraphs, ogImage: attr }), { url: URL });
    expectSoundArticle(article);
    expect(article.images.every((image) => !isDangerousUrl(image.url))).toBe(true);
    expectSafeFeeds(article);
  });

  it.each(DANGEROUS_URLS)('never takes %j as the canonical URL', (url) => {
    const attr = url.replaceAll('"', '&quot;');
    const html = articlePage({
      canonical: attr,
      jsonLd: jsonLdWith({ headline: 'Tin', url, mainEntityOfPage: url }),
    }).replace('</head>', `<meta property="og:url" content="${attr}"></head>`);
    const withFallback = extractArticle(html, { url: URL });
    expect(isDangerousUrl(withFallback.url)).toBe(false);
    expect(withFallback.url).toMatch(/^https?:\/\//);
    expectSafeFeeds(withFallback);
    // Without a fallback URL the page has no usable URL: a typed rejection, not a bad link.
    expect(() => extractArticle(html)).toThrowError(expect.objectContaining({ reason: 'no-url' }));
  });

  it('resolves relative links against the page, not against a hostile <base href>', () => {
    const html = articlePage({
      paragraphs: [
        `${VIETNAMESE_PARAGRAPHS[0]} <a href="/tin/khac.html">Tin khác</a>`,
        ...VIETNAMESE_PARAGRAPHS.slice(1),
      ],
    }).replace('<head>', '<head><base href="javascript:alert(1)//">');
    const article = extractArticle(html, { url: URL });
    expectSoundArticle(article);
    const $ = load(article.contentHtml);
    for (const a of $('a[href]').toArray())
      expect(isDangerousUrl($(a).attr('href') ?? '')).toBe(false);
    expectSafeFeeds(article);
  });
});
