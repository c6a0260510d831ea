import { describe, expect, it, vi } from 'vitest';
import { describeFeed } from '../../../shared/feeds/feed-info.ts';
import { ALL_FEED, type FeedRef } from '../../../shared/feeds/feed-ref.ts';
import { renderRss } from '../../../shared/feeds/rss.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import {
  assertWellFormedXml,
  htmlText,
  parseXmlStrictly,
  rssParser,
  strictXml,
} from '../../support/feed-parsers.ts';
import { DECLARED_IMAGE, item } from './fixtures.ts';

const baseUrl = 'https://feeds.example.org';
const section: FeedRef = { kind: 'section', publisherId: 'demo', sectionSlug: 'du-lich' };
const sectionFeed = describeFeed(section, {
  baseUrl,
  publishers: samplePublishersById,
  sectionName: 'Du lịch',
});

describe('renderRss', () => {
  it('writes the channel of a section feed with absolute links, language, ttl and a self link', async () => {
    const xml = renderRss(sectionFeed, [item()]);
    const feed = await rssParser.parseString(xml);
    expect(feed.title).toBe('Demo — Tin tức — Du lịch');
    expect(feed.link).toBe('https://demo.example.vn/');
    expect(feed.language).toBe('vi');
    expect(feed.feedUrl).toBe('https://feeds.example.org/feeds/demo/du-lich.xml');
    const channel = strictXml.parse(xml).rss.channel;
    expect(channel.ttl).toBe('15');
    expect(channel['atom:link']['@rel']).toBe('self');
    expect(channel['atom:link']['@type']).toBe('application/rss+xml');
  });

  it('writes an item with guid, RFC 822 pubDate, creator, categories, lead, content and image', async () => {
    const xml = renderRss(sectionFeed, [item()]);
    const [parsed] = (await rssParser.parseString(xml)).items;
    expect(parsed?.title).toBe('Hạ Long mùa thu');
    expect(parsed?.link).toBe('https://demo.example.vn/du-lich/ha-long-mua-thu.html');
    expect(parsed?.guid).toBe('a1b2c3');
    expect(parsed?.pubDate).toBe('Sat, 05 Oct 2024 01:30:00 GMT');
    expect(parsed?.creator).toBe('Đỗ Huy, Lan Anh');
    expect(parsed?.categories).toEqual(['Du lịch', 'Hạ Long', 'mùa thu']);
    expect(parsed?.['content:encoded']).toBe('<p>Vịnh <strong>Hạ Long</strong> mùa thu.</p>');
    expect(parsed?.enclosure).toEqual({
      url: 'https://demo.example.vn/img/ha-long.jpg',
      length: '0',
      type: 'image/jpeg',
    });
    expect(parsed?.['media:content']?.$).toEqual({
      url: 'https://demo.example.vn/img/ha-long.jpg',
      medium: 'image',
      type: 'image/jpeg',
      width: '800',
      height: '600',
    });
    const rawItem = strictXml.parse(xml).rss.channel.item[0];
    expect(rawItem.guid['@isPermaLink']).toBe('false');
    expect(rawItem.description).toBe('Vịnh Hạ Long đón mùa thu với nắng vàng.');
  });

  it('never writes the image caption as media:description, which feedparser takes as the description', () => {
    // feedparser maps media:description onto the item's description: the caption replaced the
    // lead for 29 of the 50 items of all.xml. The caption stays in the content, under the image.
    const xml = renderRss(sectionFeed, [item()]);
    expect(xml).not.toContain('media:description');
    expect(strictXml.parse(xml).rss.channel.item[0]['media:content']['@url']).toBe(
      'https://demo.example.vn/img/ha-long.jpg',
    );
  });

  it('sets lastBuildDate to the newest change among the items, not the time of rendering', () => {
    const older = item({ id: 'old', publishedAt: '2024-01-01T00:00:00Z', modifiedAt: null });
    const edited = item({
      id: 'edited',
      publishedAt: '2024-02-01T00:00:00Z',
      modifiedAt: '2024-03-04T05:06:07Z',
    });
    const channel = strictXml.parse(renderRss(sectionFeed, [edited, older])).rss.channel;
    expect(channel.lastBuildDate).toBe('Mon, 04 Mar 2024 05:06:07 GMT');
    expect(channel.generator).toBe('syndication-pipeline');
  });

  it('renders the same items to the same bytes, however much time passes', () => {
    const items = [item(), item({ id: 'second', publishedAt: '2024-09-01T00:00:00Z' })];
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
      const first = renderRss(sectionFeed, items);
      vi.setSystemTime(new Date('2026-06-30T12:34:56Z'));
      expect(renderRss(sectionFeed, items)).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes an explicit lastBuildDate later than the items (a withdrawal) as the build date', () => {
    const items = [item({ publishedAt: '2024-01-01T00:00:00Z', modifiedAt: null })];
    const xml = renderRss(sectionFeed, items, { lastBuildDate: new Date('2024-11-02T03:04:05Z') });
    expect(strictXml.parse(xml).rss.channel.lastBuildDate).toBe('Sat, 02 Nov 2024 03:04:05 GMT');
    expect(renderRss(sectionFeed, items, { lastBuildDate: new Date('2024-11-02T03:04:05Z') })).toBe(
      xml,
    );
  });

  it('never writes a lastBuildDate older than the newest item', () => {
    const items = [item({ publishedAt: '2024-05-06T07:08:09Z', modifiedAt: null })];
    const xml = renderRss(sectionFeed, items, { lastBuildDate: new Date('2020-01-01T00:00:00Z') });
    expect(strictXml.parse(xml).rss.channel.lastBuildDate).toBe('Mon, 06 May 2024 07:08:09 GMT');
  });

  it('writes the explicit lastBuildDate of a feed left without items', () => {
    const xml = renderRss(
      describeFeed(ALL_FEED, { baseUrl, publishers: samplePublishersById }),
      [],
      {
        lastBuildDate: new Date('2024-11-02T03:04:05Z'),
      },
    );
    assertWellFormedXml(xml);
    expect(strictXml.parse(xml).rss.channel.lastBuildDate).toBe('Sat, 02 Nov 2024 03:04:05 GMT');
  });

  it('renders an empty feed as a valid channel without lastBuildDate', async () => {
    const xml = renderRss(
      describeFeed(ALL_FEED, { baseUrl, publishers: samplePublishersById }),
      [],
    );
    assertWellFormedXml(xml);
    const feed = await rssParser.parseString(xml);
    expect(feed.items).toEqual([]);
    expect(feed.link).toBe('https://feeds.example.org/');
    expect(xml).not.toContain('lastBuildDate');
  });

  it("declares the items' language, not the publisher's, when every item is in another", async () => {
    const english = [item({ language: 'en-US' }), item({ id: 'b', language: 'en-GB' })];
    const feed = describeFeed(section, {
      baseUrl,
      publishers: samplePublishersById,
      items: english,
    });
    const xml = renderRss(feed, english);
    expect((await rssParser.parseString(xml)).language).toBe('en');
    // Each item keeps its region, which the channel's language leaves out.
    const languages = strictXml
      .parse(xml)
      .rss.channel.item.map((i: Record<string, unknown>) => i['dc:language']);
    expect(languages).toEqual(['en-US', 'en-GB']);
  });

  it('leaves the channel language out when the items disagree, and gives each item its own', () => {
    const mixed = [item(), item({ id: 'b', language: 'en' }), item({ id: 'c', language: 'und' })];
    const feed = describeFeed(ALL_FEED, {
      baseUrl,
      publishers: samplePublishersById,
      items: mixed,
    });
    const channel = strictXml.parse(renderRss(feed, mixed)).rss.channel;
    expect(channel.language).toBeUndefined();
    expect(channel.item.map((i: Record<string, unknown>) => i['dc:language'])).toEqual([
      'vi',
      'en',
      undefined,
    ]);
  });

  it("keeps the publisher's language for a feed without items", () => {
    const feed = describeFeed(section, { baseUrl, publishers: samplePublishersById, items: [] });
    expect(strictXml.parse(renderRss(feed, [])).rss.channel.language).toBe('vi');
  });

  it('removes control characters, lone surrogates and U+FFFF, and keeps "]]>" as text', async () => {
    const dirty = item({
      title: 'Tin\u0000 nóng\u000B ]]> hôm nay\uD800\uFFFF',
      lead: 'Sapo\u001F có ]]]]>',
      authors: ['Ng\u0008uyễn'],
      contentHtml: '<p>a\u0007b ]]> <![CDATA[x]]></p>',
      tags: ['t\uDC00ag'],
    });
    const xml = renderRss(sectionFeed, [dirty]);
    assertWellFormedXml(xml);
    await parseXmlStrictly(xml);
    const [parsed] = (await rssParser.parseString(xml)).items;
    expect(parsed?.title).toBe('Tin nóng ]]> hôm nay');
    expect(parsed?.creator).toBe('Nguyễn');
    expect(parsed?.['content:encoded']).toBe('<p>ab ]]> <![CDATA[x]]></p>');
    expect(parsed?.categories).toContain('tag');
    expect(strictXml.parse(xml).rss.channel.item[0].description).toBe('Sapo có ]]]]&gt;');
  });

  it('escapes the plain-text lead for readers that render the description as HTML', async () => {
    const xml = renderRss(sectionFeed, [item({ lead: 'Giá <5 triệu & "rẻ"' })]);
    const description: string = strictXml.parse(xml).rss.channel.item[0].description;
    expect(description).toBe('Giá &lt;5 triệu &amp; "rẻ"');
    expect(await htmlText(description)).toBe('Giá <5 triệu & "rẻ"');
  });

  it("shows the page's declared picture for an article whose body has none, and the body's first before it", () => {
    const declared = DECLARED_IMAGE;
    const bare = strictXml.parse(renderRss(sectionFeed, [item({ images: [], image: declared })]))
      .rss.channel.item[0];
    expect(bare['media:content']).toMatchObject({
      '@url': declared.url,
      '@type': 'image/png',
      '@width': '1200',
      '@height': '630',
    });
    expect(bare.enclosure['@url']).toBe(declared.url);
    const both = strictXml.parse(renderRss(sectionFeed, [item({ image: declared })])).rss.channel
      .item[0];
    expect(both['media:content']['@url']).toBe('https://demo.example.vn/img/ha-long.jpg');
  });

  it('writes media:content but no enclosure when the image type cannot be told from its URL', () => {
    const xml = renderRss(sectionFeed, [
      item({
        images: [{ url: '/anh?id=7', caption: null, alt: null, width: null, height: null }],
      }),
    ]);
    const rawItem = strictXml.parse(xml).rss.channel.item[0];
    expect(rawItem.enclosure).toBeUndefined();
    expect(rawItem['media:content']['@url']).toBe('https://demo.example.vn/anh?id=7');
  });

  it('falls back to the start of the body when an article has no lead', () => {
    const long = `${'chữ '.repeat(120)}cuối`;
    const xml = renderRss(sectionFeed, [item({ lead: null, contentText: `${long}\n\nđoạn hai` })]);
    const description: string = strictXml.parse(xml).rss.channel.item[0].description;
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(301);
    expect(long.startsWith(description.slice(0, -1))).toBe(true);
  });
});
