import { describe, expect, it, vi } from 'vitest';
import { renderAtom } from '../../../shared/feeds/atom.ts';
import { atomEntryId, uuidV5 } from '../../../shared/feeds/entry-id.ts';
import { describeFeed } from '../../../shared/feeds/feed-info.ts';
import type { FeedItem } from '../../../shared/feeds/feed-item.ts';
import { ALL_FEED, type FeedRef } from '../../../shared/feeds/feed-ref.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import {
  assertWellFormedXml,
  parseAtom,
  parseXmlStrictly,
  rssParser,
  strictXml,
} from '../../support/feed-parsers.ts';
import { DECLARED_IMAGE, item } from './fixtures.ts';

const baseUrl = 'https://feeds.example.org';
const section: FeedRef = { kind: 'section', publisherId: 'demo', sectionSlug: 'du-lich' };

function render(items: readonly FeedItem[], ref: FeedRef = section, updated?: Date) {
  const feed = describeFeed(ref, {
    baseUrl,
    publishers: samplePublishersById,
    sectionName: 'Du lịch',
    items,
  });
  return renderAtom(feed, items, { updated: updated ?? null });
}

describe('renderAtom', () => {
  it('writes the feed with id, title, updated, alternate and self links, generator and language', () => {
    const xml = render([item()]);
    assertWellFormedXml(xml);
    const feed = parseAtom(xml);
    expect(feed.id).toBe('https://feeds.example.org/feeds/demo/du-lich.atom');
    expect(feed.title?.value).toBe('Demo — Tin tức — Du lịch');
    expect(feed.updated).toBe('2024-10-05T02:00:00Z');
    expect(feed.links).toEqual([
      { rel: 'alternate', type: 'text/html', href: 'https://demo.example.vn/' },
      {
        rel: 'self',
        type: 'application/atom+xml',
        href: 'https://feeds.example.org/feeds/demo/du-lich.atom',
      },
    ]);
    expect(feed.generator?.text).toBe('syndication-pipeline');
    expect(feed.xml?.lang).toBe('vi');
  });

  it('writes an entry with a permanent id, dates, authors, categories, summary, HTML content and the lead image', () => {
    const [entry] = parseAtom(render([item()])).entries ?? [];
    expect(entry?.id).toBe(atomEntryId('a1b2c3'));
    expect(entry?.id).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(entry?.title?.value).toBe('Hạ Long mùa thu');
    expect(entry?.published).toBe('2024-10-05T01:30:00Z');
    expect(entry?.updated).toBe('2024-10-05T02:00:00Z');
    expect(entry?.authors).toEqual([{ name: 'Đỗ Huy' }, { name: 'Lan Anh' }]);
    expect(entry?.categories).toEqual([
      { term: 'Du lịch' },
      { term: 'Hạ Long' },
      { term: 'mùa thu' },
    ]);
    expect(entry?.summary).toEqual({
      type: 'text',
      value: 'Vịnh Hạ Long đón mùa thu với nắng vàng.',
    });
    expect(entry?.content).toEqual({
      type: 'html',
      value: '<p>Vịnh <strong>Hạ Long</strong> mùa thu.</p>',
    });
    expect(entry?.links).toEqual([
      {
        rel: 'alternate',
        type: 'text/html',
        href: 'https://demo.example.vn/du-lich/ha-long-mua-thu.html',
      },
      { rel: 'enclosure', type: 'image/jpeg', href: 'https://demo.example.vn/img/ha-long.jpg' },
    ]);
  });

  it('gives an article the same id in every feed and after an edit', () => {
    const edited = item({
      title: 'Hạ Long mùa thu (cập nhật)',
      modifiedAt: '2024-10-06T00:00:00Z',
    });
    const inSection = parseAtom(render([item()])).entries?.[0]?.id;
    const inAggregate = parseAtom(render([edited], ALL_FEED)).entries?.[0]?.id;
    expect(inAggregate).toBe(inSection);
    // RFC 9562's example of a version 5 UUID (DNS namespace, "www.example.com").
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('names the publisher as the author of an article that names none (Atom requires one)', () => {
    const anonymous: FeedItem = { ...item({ authors: [] }), publisherId: 'demo' };
    const [entry] = parseAtom(render([anonymous], ALL_FEED)).entries ?? [];
    expect(entry?.authors).toEqual([{ name: 'Demo — Tin tức' }]);
  });

  it('puts xml:lang on the entries whose language differs from the feed’s', () => {
    const mixed = [item(), item({ id: 'b', language: 'en' })];
    const feed = parseAtom(render(mixed, ALL_FEED));
    expect(feed.xml?.lang).toBeUndefined();
    expect(feed.entries?.map((entry) => entry.xml?.lang)).toEqual(['vi', 'en']);
    const english = parseAtom(render([item({ language: 'en' })]));
    expect(english.xml?.lang).toBe('en');
    expect(english.entries?.[0]?.xml).toBeUndefined();
  });

  it('keeps the milliseconds of times that have them: two undated pages ingested within a second stay apart', () => {
    // The W3C validator warns "Two entries with the same value for atom:updated".
    const undated = (id: string, at: string): FeedItem => ({
      ...item({ id, publishedAt: null, modifiedAt: null }),
      sortTime: new Date(at),
    });
    const feed = parseAtom(
      render([undated('a', '2026-11-30T12:48:16.735Z'), undated('b', '2026-11-30T12:48:16.204Z')]),
    );
    expect(feed.entries?.map((entry) => entry.updated)).toEqual([
      '2026-11-30T12:48:16.735Z',
      '2026-11-30T12:48:16.204Z',
    ]);
    expect(feed.entries?.map((entry) => entry.published)).toEqual([
      '2026-11-30T12:48:16.735Z',
      '2026-11-30T12:48:16.204Z',
    ]);
  });

  it('renders the same items to the same bytes, however much time passes', () => {
    const items = [item(), item({ id: 'second', publishedAt: '2024-09-01T00:00:00Z' })];
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
      const first = render(items);
      vi.setSystemTime(new Date('2026-06-30T12:34:56Z'));
      expect(render(items)).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes a later update date (a withdrawal) but never one older than the newest item', () => {
    expect(parseAtom(render([item()], section, new Date('2024-11-02T03:04:05Z'))).updated).toBe(
      '2024-11-02T03:04:05Z',
    );
    expect(parseAtom(render([item()], section, new Date('2020-01-01T00:00:00Z'))).updated).toBe(
      '2024-10-05T02:00:00Z',
    );
  });

  it('renders a feed without items and without a date as valid Atom dated at the epoch', async () => {
    const xml = render([], ALL_FEED);
    await parseXmlStrictly(xml);
    const feed = parseAtom(xml);
    expect(feed.entries ?? []).toEqual([]);
    expect(feed.updated).toBe('1970-01-01T00:00:00Z');
  });

  it('removes what XML forbids and escapes markup, "]]>" included, so every parser reads the text back', async () => {
    const dirty = item({
      title: 'Tin\u0000 <nóng>\u000B ]]> & hôm nay\uD800\uFFFF',
      lead: 'Sapo\u001F có ]]]]> "x"',
      authors: ['Ng\u0008uyễn'],
      contentHtml: '<p>a\u0007b ]]> <![CDATA[x]]></p>',
      tags: ['t\uDC00ag', 'a"b'],
    });
    const xml = render([dirty]);
    assertWellFormedXml(xml);
    await parseXmlStrictly(xml);
    const [entry] = parseAtom(xml).entries ?? [];
    expect(entry?.title?.value).toBe('Tin <nóng> ]]> & hôm nay');
    expect(entry?.summary?.value).toBe('Sapo có ]]]]> "x"');
    expect(entry?.authors).toEqual([{ name: 'Nguyễn' }]);
    expect(entry?.content?.value).toBe('<p>ab ]]> <![CDATA[x]]></p>');
    expect(entry?.categories?.map((c) => c.term)).toContain('a"b');
    const raw = strictXml.parse(xml).feed.entry[0];
    expect(raw.title).toBe('Tin <nóng> ]]> & hôm nay');
  });

  it("links the page's declared picture as the enclosure of an entry whose body has none", () => {
    const image = DECLARED_IMAGE;
    const links = parseAtom(render([item({ images: [], image })])).entries?.[0]?.links;
    expect(links).toContainEqual(
      expect.objectContaining({ rel: 'enclosure', href: image.url, type: 'image/png' }),
    );
  });

  it('leaves the type out of the enclosure of an image whose type its URL does not tell', () => {
    const xml = render([
      item({ images: [{ url: '/anh?id=7', caption: null, alt: null, width: null, height: null }] }),
    ]);
    const links = parseAtom(xml).entries?.[0]?.links;
    expect(links?.[1]).toEqual({ rel: 'enclosure', href: 'https://demo.example.vn/anh?id=7' });
  });

  it('leaves the type out of an image whose extension is the name of a property of every object', () => {
    for (const extension of ['constructor', 'valueof', '__proto__']) {
      const url = `/anh.${extension}`;
      const xml = render([
        item({ images: [{ url, caption: null, alt: null, width: null, height: null }] }),
      ]);
      const links = parseAtom(xml).entries?.[0]?.links;
      expect(links?.[1]).toEqual({ rel: 'enclosure', href: `https://demo.example.vn${url}` });
    }
  });

  it('is read by rss-parser too, with the same items as RSS', async () => {
    const parsed = await rssParser.parseString(render([item(), item({ id: 'b', title: 'Hai' })]));
    expect(parsed.items.map((i) => i.title)).toEqual(['Hạ Long mùa thu', 'Hai']);
    expect(parsed.items[0]?.link).toBe('https://demo.example.vn/du-lich/ha-long-mua-thu.html');
  });
});
