import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_CACHE_CONTROL,
  archivePageInfo,
  FEED_HISTORY_NAMESPACE,
  subscriptionHistory,
} from '../../../shared/feeds/archive.ts';
import { renderAtom } from '../../../shared/feeds/atom.ts';
import { describeFeed } from '../../../shared/feeds/feed-info.ts';
import type { FeedRef } from '../../../shared/feeds/feed-ref.ts';
import { renderJsonFeed } from '../../../shared/feeds/json-feed.ts';
import { renderRss } from '../../../shared/feeds/rss.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import {
  assertWellFormedXml,
  parseAtom,
  parseXmlStrictly,
  rssParser,
  strictXml,
  validateJsonFeed,
} from '../../support/feed-parsers.ts';
import { item } from './fixtures.ts';

const baseUrl = 'https://feeds.example.org';
const ref: FeedRef = { kind: 'publisher', publisherId: 'demo' };
const items = [item({ id: 'a1' }), item({ id: 'a2', publishedAt: '2024-10-04T08:30:00Z' })];
const feed = describeFeed(ref, { baseUrl, publishers: samplePublishersById, items });
const page = (n: number) => archivePageInfo(feed, baseUrl, n);
const current = { ...feed, history: subscriptionHistory(baseUrl, ref, 7) };
const archiveUrl = (n: number, ext: string) => `${baseUrl}/feeds/demo/archive/${n}.${ext}`;

/** The `atom:link` elements of an RSS channel by `rel`. */
function rssLinks(xml: string): Record<string, string> {
  const channel = strictXml.parse(xml).rss.channel;
  const links = [channel['atom:link']].flat() as { '@rel': string; '@href': string }[];
  return Object.fromEntries(links.map((link) => [link['@rel'], link['@href']]));
}

describe('archive pages (RFC 5005 section 4)', () => {
  it('marks an RSS page as an archive with current, prev-archive and next-archive links', async () => {
    const xml = renderRss(page(3), items);
    assertWellFormedXml(xml);
    const document = await parseXmlStrictly(xml);
    expect(document.getElementsByTagNameNS(FEED_HISTORY_NAMESPACE, 'archive')).toHaveLength(1);
    expect(rssLinks(xml)).toEqual({
      self: archiveUrl(3, 'xml'),
      current: `${baseUrl}/feeds/demo.xml`,
      'prev-archive': archiveUrl(2, 'xml'),
      'next-archive': archiveUrl(4, 'xml'),
    });
    const parsed = await rssParser.parseString(xml);
    expect(parsed.items.map((i) => i.guid)).toEqual(['a1', 'a2']);
  });

  it('marks an Atom page as an archive, keeping the id of the feed', async () => {
    const xml = renderAtom(page(3), items);
    const document = await parseXmlStrictly(xml);
    const archive = document.getElementsByTagNameNS(FEED_HISTORY_NAMESPACE, 'archive');
    expect(archive).toHaveLength(1);
    expect(archive[0]?.parentElement?.localName).toBe('feed');
    const parsed = parseAtom(xml);
    expect(parsed.id).toBe(`${baseUrl}/feeds/demo.atom`);
    const links = Object.fromEntries((parsed.links ?? []).map((l) => [l.rel, l.href]));
    expect(links).toEqual({
      alternate: 'https://demo.example.vn/',
      self: archiveUrl(3, 'atom'),
      current: `${baseUrl}/feeds/demo.atom`,
      'prev-archive': archiveUrl(2, 'atom'),
      'next-archive': archiveUrl(4, 'atom'),
    });
    expect(parsed.entries?.map((e) => e.title?.value)).toHaveLength(2);
  });

  it('gives the first page no prev-archive link', () => {
    expect(rssLinks(renderRss(page(1), items))['prev-archive']).toBeUndefined();
    const atom = parseAtom(renderAtom(page(1), items));
    expect(atom.links?.map((l) => l.rel)).not.toContain('prev-archive');
    expect(JSON.parse(renderJsonFeed(page(1), items)).next_url).toBeUndefined();
  });

  it('pages JSON Feed toward older items with next_url, feed_url staying the feed', () => {
    const json = JSON.parse(renderJsonFeed(page(3), items));
    expect(validateJsonFeed(json)).toBe(true);
    expect(json.feed_url).toBe(`${baseUrl}/feeds/demo.json`);
    expect(json.next_url).toBe(archiveUrl(2, 'json'));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(['a1', 'a2']);
  });
});

describe('the subscription document of an archived feed', () => {
  it('links prev-archive to the newest page in RSS and Atom, and next_url in JSON Feed', () => {
    expect(rssLinks(renderRss(current, items))).toEqual({
      self: `${baseUrl}/feeds/demo.xml`,
      'prev-archive': archiveUrl(7, 'xml'),
    });
    const atom = parseAtom(renderAtom(current, items));
    expect(atom.id).toBe(`${baseUrl}/feeds/demo.atom`);
    expect(atom.links?.find((l) => l.rel === 'prev-archive')?.href).toBe(archiveUrl(7, 'atom'));
    const json = JSON.parse(renderJsonFeed(current, items));
    expect(validateJsonFeed(json)).toBe(true);
    expect(json.next_url).toBe(archiveUrl(7, 'json'));
  });

  it('is not marked as an archive, and without pages carries no history link at all', async () => {
    for (const xml of [renderRss(current, items), renderAtom(current, items)]) {
      const document = await parseXmlStrictly(xml);
      expect(document.getElementsByTagNameNS(FEED_HISTORY_NAMESPACE, 'archive')).toHaveLength(0);
    }
    expect(subscriptionHistory(baseUrl, ref, null)).toBeUndefined();
    expect(renderAtom(feed, items)).not.toContain('archive');
    expect(renderRss(feed, items)).not.toContain('archive');
  });

  it('serves closed pages as immutable for a year', () => {
    expect(ARCHIVE_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
  });
});
