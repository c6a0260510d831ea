import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_CACHE_CONTROL, positionKey, positionOf } from '../../../shared/feeds/archive.ts';
import { atomEntryId } from '../../../shared/feeds/entry-id.ts';
import type { FeedItem } from '../../../shared/feeds/feed-item.ts';
import { FEED_FORMATS, type FeedFormat, type FeedRef } from '../../../shared/feeds/feed-ref.ts';
import { FEED_CACHE_CONTROL, regenerateFeed } from '../../../shared/feeds/regenerate.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { walkBack } from '../../support/archive-walker.ts';
import { item } from './fixtures.ts';
import {
  InMemoryArchive,
  InMemoryItems,
  InMemoryObjects,
  InMemoryState,
} from './in-memory-ports.ts';

const baseUrl = 'https://feeds.example.org';
const demo: FeedRef = { kind: 'publisher', publisherId: 'demo' };
const EXTENSION: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom', json: 'json' };
const start = (format: FeedFormat) => `${baseUrl}/feeds/demo.${EXTENSION[format]}`;

/** A feed of N = 5 with pages of 4, and a clock of articles one hour apart. */
function pipeline() {
  const items = new InMemoryItems();
  const objects = new InMemoryObjects();
  const archive = new InMemoryArchive();
  const invalidated: string[][] = [];
  const deps = {
    items,
    objects,
    cdn: { invalidate: async (keys: readonly string[]) => void invalidated.push([...keys]) },
    state: new InMemoryState(),
    publishers: samplePublishersById,
    baseUrl,
    itemLimit: 5,
    archive: { source: items, store: archive, pageSize: 4 },
  };
  let hour = 0;
  const live: FeedItem[] = [];
  const publish = (at?: string) => {
    hour += 1;
    const publishedAt = at ?? new Date(Date.UTC(2026, 9, 1, hour)).toISOString();
    const added = item({ id: `a${hour}`, publishedAt, modifiedAt: null });
    live.push(added);
    items.feeds.set(
      'demo',
      [...live].sort((a, b) => +b.sortTime - +a.sortTime),
    );
    // What the feeds function's mark records for a new place in the feed.
    archive.arrive('demo', positionKey(positionOf(added)));
    return added.article.id;
  };
  const withdraw = (id: string) => {
    live.splice(
      live.findIndex((i) => i.article.id === id),
      1,
    );
    items.feeds.set(
      'demo',
      [...live].sort((a, b) => +b.sortTime - +a.sortTime),
    );
  };
  const fetchBody = async (url: string) => {
    const body = objects.body(url.slice(baseUrl.length + 1));
    if (body === undefined) throw new Error(`404 ${url}`);
    return body;
  };
  return {
    deps,
    invalidated,
    objects,
    archive,
    publish,
    withdraw,
    fetchBody,
    regenerate: () => regenerateFeed(demo, deps),
    rebuild: () => regenerateFeed(demo, deps, { checkArchive: true }),
  };
}

/** The ids a format's reader sees for the articles. */
const readerIds = (format: FeedFormat, ids: readonly string[]) =>
  ids.map((id) => (format === 'atom' ? atomEntryId(id) : id));

describe('catching up on an archived feed', () => {
  it('gives a reader away for a month every article exactly once, in every format', async () => {
    const p = pipeline();
    const before: string[] = [];
    for (let n = 0; n < 7; n += 1) before.push(p.publish());
    await p.regenerate();
    const seen = new Map<FeedFormat, Set<string>>();
    for (const format of FEED_FORMATS) {
      const walk = await walkBack(start(format), format, p.fetchBody);
      seen.set(format, new Set(walk.slice(1).map((document) => document.url)));
    }
    // A month: 92 articles in bursts, each burst followed by one coalesced regeneration.
    const away: string[] = [];
    for (const burst of [1, 7, 3, 12, 2, 9, 4, 30, 5, 19]) {
      for (let n = 0; n < burst; n += 1) away.push(p.publish());
      await p.regenerate();
    }
    for (const format of FEED_FORMATS) {
      const walk = await walkBack(start(format), format, p.fetchBody, seen.get(format));
      const got = walk.flatMap((document) => document.ids);
      expect(new Set(got).size, `${format}: an article twice`).toBe(got.length);
      expect(got).toEqual(expect.arrayContaining(readerIds(format, away)));
      if (format !== 'json') {
        expect(walk.map((document) => document.archive)).toEqual(walk.map((_, i) => i > 0));
      }
    }
  });

  it('serves closed pages as immutable and the subscription document with the short policy', async () => {
    const p = pipeline();
    for (let n = 0; n < 13; n += 1) p.publish();
    const outcome = await p.regenerate();
    expect(outcome.archive?.latestPage).toBe(2);
    expect(p.objects.objects.get('feeds/demo/archive/1.xml')?.cacheControl).toBe(
      ARCHIVE_CACHE_CONTROL,
    );
    expect(p.objects.objects.get('feeds/demo/archive/2.json')?.cacheControl).toBe(
      ARCHIVE_CACHE_CONTROL,
    );
    expect(p.objects.objects.get('feeds/demo.xml')?.cacheControl).toBe(FEED_CACHE_CONTROL);
    // 13 articles: pages of 4 close while they lie beyond the newest 5, so 5 remain.
    expect(outcome.itemIds).toHaveLength(5);
  });

  it('never rewrites a closed page when later articles arrive, backdated ones included', async () => {
    const p = pipeline();
    for (let n = 0; n < 9; n += 1) p.publish();
    await p.regenerate();
    const closed = p.objects.puts.filter((put) => put.key.includes('/archive/1.'));
    expect(closed).toHaveLength(3);
    p.publish('2026-10-01T01:30:00.000Z'); // between a1 and a2, which page 1 holds
    for (let n = 0; n < 20; n += 1) p.publish();
    await p.regenerate();
    expect(p.objects.puts.filter((put) => put.key.includes('/archive/1.'))).toEqual(closed);
  });

  it('closes the same pages whatever the bursts between regenerations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }),
        async (bursts) => {
          const p = pipeline();
          for (const burst of bursts) {
            for (let n = 0; n < burst; n += 1) p.publish();
            await p.regenerate();
          }
          const total = bursts.reduce((sum, burst) => sum + burst, 0);
          const pages = await p.archive.pages('demo');
          expect(pages.length).toBe(Math.max(0, Math.floor((total - 5) / 4)));
          expect(pages.flatMap((page) => page.ids)).toEqual(
            Array.from({ length: pages.length * 4 }, (_, i) => `a${i + 1}`),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a feed with fewer live items than the subscription document shows', () => {
  it('reads no oldest items for an archive page: nothing lies beyond the newest', async () => {
    const { deps, publish, regenerate } = pipeline();
    let oldestReads = 0;
    const itemsAfter = deps.items.itemsAfter.bind(deps.items);
    deps.items.itemsAfter = async (...args) => {
      oldestReads += 1;
      return itemsAfter(...args);
    };
    for (let i = 0; i < deps.itemLimit - 1; i++) publish();
    await regenerate();
    expect(oldestReads).toBe(0);
    // Once the feed holds itemLimit items, the run looks for a page to close again.
    publish();
    await regenerate();
    expect(oldestReads).toBeGreaterThan(0);
  });
});

describe('the feed state an archive run reads', () => {
  it('is read once: the late list comes with the arrivals taken', async () => {
    const p = pipeline();
    let lateReads = 0;
    const late = p.archive.late.bind(p.archive);
    p.archive.late = async (...args) => {
      lateReads += 1;
      return late(...args);
    };
    for (let n = 0; n < 13; n += 1) p.publish();
    expect((await p.regenerate()).archive?.latestPage).toBe(2);
    await p.regenerate();
    expect(lateReads).toBe(0);
  });
});

describe('an article dated before the newest closed page (a backfill)', () => {
  /** Every live article's id as a format's reader sees it, read by walking the whole feed. */
  const walkAll = async (p: ReturnType<typeof pipeline>, format: FeedFormat) =>
    (await walkBack(start(format), format, p.fetchBody)).flatMap((document) => document.ids);

  it('reaches a reader who had read every page, and one who walks the whole feed, exactly once', async () => {
    const p = pipeline();
    const ids: string[] = [];
    for (let n = 0; n < 13; n += 1) ids.push(p.publish());
    expect((await p.regenerate()).archive?.latestPage).toBe(2);
    const seen = new Map<FeedFormat, Set<string>>();
    for (const format of FEED_FORMATS) {
      const walk = await walkBack(start(format), format, p.fetchBody);
      seen.set(format, new Set(walk.slice(1).map((document) => document.url)));
    }
    const pagesBefore = p.objects.puts.filter((put) => put.key.includes('/archive/'));
    // Between a1 and a2, which page 1 holds: older than both closed pages.
    const backdated = p.publish('2026-10-01T01:30:00.000Z');
    ids.push(backdated);
    const outcome = await p.regenerate();
    // Shown in the subscription document, closed pages untouched.
    expect(outcome.itemIds).toContain(backdated);
    expect(p.objects.puts.filter((put) => put.key.includes('/archive/'))).toEqual(pagesBefore);
    for (const format of FEED_FORMATS) {
      const walk = await walkBack(start(format), format, p.fetchBody, seen.get(format));
      expect(walk.flatMap((document) => document.ids)).toContain(readerIds(format, [backdated])[0]);
      const all = await walkAll(p, format);
      expect(all.sort(), format).toEqual(readerIds(format, ids).sort());
    }
    // Later articles close the next page with it; it is still in exactly one document.
    for (let n = 0; n < 9; n += 1) ids.push(p.publish());
    const later = await p.regenerate();
    expect(later.itemIds).not.toContain(backdated);
    expect((await p.archive.pages('demo')).at(2)?.ids).toContain(backdated);
    for (const format of FEED_FORMATS) {
      expect((await walkAll(p, format)).sort(), format).toEqual(readerIds(format, ids).sort());
    }
  });

  it('gives every article exactly once after a backfill of many pages of old articles', async () => {
    const p = pipeline();
    const ids: string[] = [];
    for (let n = 0; n < 13; n += 1) ids.push(p.publish());
    await p.regenerate();
    for (let n = 0; n < 11; n += 1) {
      ids.push(p.publish(new Date(Date.UTC(2026, 8, 1, n)).toISOString()));
      if (n % 4 === 3) await p.regenerate();
    }
    for (let n = 0; n < 3; n += 1) ids.push(p.publish());
    await p.regenerate();
    for (const format of FEED_FORMATS) {
      expect((await walkAll(p, format)).sort(), format).toEqual(readerIds(format, ids).sort());
    }
  });
});

describe('an article withdrawn after its archive page closed', () => {
  it('stays in the page until a rebuild, which rewrites that page only, without it', async () => {
    const p = pipeline();
    for (let n = 0; n < 14; n += 1) p.publish();
    await p.regenerate();
    const before = p.objects.puts.length;
    p.withdraw('a2');
    await p.regenerate();
    // A scheduled run does not read closed pages: page 1 still has it.
    expect(p.objects.body('feeds/demo/archive/1.json')).toContain('"id":"a2"');
    const outcome = await p.rebuild();
    expect([...(outcome.archive?.rewritten ?? [])].sort()).toEqual([
      'feeds/demo/archive/1.atom',
      'feeds/demo/archive/1.json',
      'feeds/demo/archive/1.xml',
    ]);
    const rewrites = p.objects.puts.slice(before).filter((put) => put.key.includes('/archive/'));
    expect(rewrites.map((put) => put.key).sort()).toEqual(
      [...(outcome.archive?.rewritten ?? [])].sort(),
    );
    expect(rewrites.every((put) => put.cacheControl === ARCHIVE_CACHE_CONTROL)).toBe(true);
    // The CDN keeps closed pages for a year: it is told to forget the rewritten files.
    expect(p.invalidated).toEqual([outcome.archive?.rewritten]);
    for (const format of FEED_FORMATS) {
      const got = (await walkBack(start(format), format, p.fetchBody)).flatMap((d) => d.ids);
      const live = Array.from({ length: 14 }, (_, i) => `a${i + 1}`).filter((id) => id !== 'a2');
      expect(got.sort()).toEqual(readerIds(format, live).sort());
    }
    // Nothing more to take out: a second rebuild rewrites nothing.
    expect((await p.rebuild()).archive?.rewritten).toEqual([]);
    expect(p.invalidated).toHaveLength(1);
  });
});
