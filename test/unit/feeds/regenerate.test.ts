import { describe, expect, it } from 'vitest';
import { FeedContentionError } from '../../../shared/feeds/errors.ts';
import { ALL_FEED, FEED_FORMATS, type FeedRef } from '../../../shared/feeds/feed-ref.ts';
import {
  FEED_CACHE_CONTROL,
  feedPublished,
  type RegenerateDeps,
  regenerateFeed,
} from '../../../shared/feeds/regenerate.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { strictXml } from '../../support/feed-parsers.ts';
import { item } from './fixtures.ts';
import { gate, InMemoryItems, InMemoryObjects, InMemoryState, settle } from './in-memory-ports.ts';

function setup() {
  const items = new InMemoryItems();
  const objects = new InMemoryObjects();
  const state = new InMemoryState();
  const counts = { written: 0, unchanged: 0, renders: 0 };
  const deps: RegenerateDeps = {
    items,
    objects,
    state,
    publishers: samplePublishersById,
    baseUrl: 'https://feeds.example.org',
    itemLimit: 2,
    metrics: {
      fileWritten: () => {
        counts.written += 1;
      },
      fileUnchanged: () => {
        counts.unchanged += 1;
      },
      rendered: () => {
        counts.renders += 1;
      },
    },
  };
  return { items, objects, state, deps, counts };
}

const demo: FeedRef = { kind: 'publisher', publisherId: 'demo' };
const first = item({ id: 'first', title: 'Bài một', publishedAt: '2024-10-01T00:00:00Z' });
const second = item({ id: 'second', title: 'Bài hai', publishedAt: '2024-10-02T00:00:00Z' });
const third = item({ id: 'third', title: 'Bài ba', publishedAt: '2024-10-03T00:00:00Z' });

describe('regenerateFeed', () => {
  it('writes the three files with their content type and cache policy', async () => {
    const { items, objects, deps, counts } = setup();
    items.feeds.set('demo', [second, first]);
    const outcome = await regenerateFeed(demo, deps);
    expect(outcome.files.map(({ format, key, written }) => ({ format, key, written }))).toEqual([
      { format: 'rss', key: 'feeds/demo.xml', written: true },
      { format: 'atom', key: 'feeds/demo.atom', written: true },
      { format: 'json', key: 'feeds/demo.json', written: true },
    ]);
    for (const file of outcome.files) expect(objects.objects.get(file.key)?.hash).toBe(file.hash);
    expect(outcome.itemIds).toEqual(['second', 'first']);
    const rss = objects.objects.get('feeds/demo.xml');
    expect(rss?.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(objects.objects.get('feeds/demo.atom')?.contentType).toBe(
      'application/atom+xml; charset=utf-8',
    );
    expect(objects.body('feeds/demo.atom')).toContain('Bài hai');
    expect(rss?.cacheControl).toBe(FEED_CACHE_CONTROL);
    expect(rss?.body).toContain('Bài hai');
    expect(objects.objects.get('feeds/demo.json')?.contentType).toBe(
      'application/json; charset=utf-8',
    );
    expect(counts).toEqual({ written: 3, unchanged: 0, renders: 1 });
  });

  it('says which files it created: those the bucket did not hold, not those it rewrote', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('demo', [first]);
    const created = await regenerateFeed(demo, deps);
    expect(created.files.map((file) => file.created)).toEqual([true, true, true]);
    items.feeds.set('demo', [second, first]);
    objects.objects.delete('feeds/demo.json');
    const rewritten = await regenerateFeed(demo, deps);
    expect(rewritten.files.map(({ written, created }) => ({ written, created }))).toEqual([
      { written: true, created: false },
      { written: true, created: false },
      { written: true, created: true },
    ]);
  });

  it('writes nothing when the rendered bytes did not change', async () => {
    const { items, objects, deps, counts } = setup();
    items.feeds.set('demo', [second, first]);
    await regenerateFeed(demo, deps);
    const outcome = await regenerateFeed(demo, deps);
    expect(outcome.files.map((file) => file.written)).toEqual([false, false, false]);
    expect(objects.puts).toHaveLength(FEED_FORMATS.length);
    expect(counts.unchanged).toBe(FEED_FORMATS.length);
  });

  it('claims nothing when its content and date are claimed already and every file holds them', async () => {
    const { items, objects, state, deps } = setup();
    items.feeds.set('demo', [second, first]);
    await regenerateFeed(demo, deps);
    expect(state.claims).toBe(1);
    const confirming = await regenerateFeed(demo, deps);
    expect(state.claims).toBe(1);
    expect(confirming.files.map((file) => file.written)).toEqual([false, false, false]);
    expect(state.committed.get('demo')).toBe(2);
    // A file gone from the bucket: the version is claimed again before the file is rewritten.
    objects.objects.delete('feeds/demo.json');
    const repaired = await regenerateFeed(demo, deps);
    expect(state.claims).toBe(2);
    expect(repaired.files.map((file) => file.written)).toEqual([false, false, true]);
  });

  it('starts from the generation its lease came with, without beginning one', async () => {
    const { items, state, deps } = setup();
    items.feeds.set('demo', [first]);
    await regenerateFeed(demo, deps, { begun: { generation: 7, latest: null } });
    expect(state.started.get('demo')).toBeUndefined();
    expect(state.committed.get('demo')).toBe(7);
  });

  it('keeps the newest N items', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('demo', [third, second, first]);
    await regenerateFeed(demo, deps);
    const json = JSON.parse(objects.body('feeds/demo.json') ?? '{}');
    expect(json.items.map((entry: { id: string }) => entry.id)).toEqual(['third', 'second']);
  });

  it('does not leave a stale render on top when it lands after a newer one', async () => {
    const { items, objects, state, deps } = setup();
    items.feeds.set('all', [first]);
    const staleRead = gate();
    const stalePut = gate();
    // The first regeneration reads the old items, then its puts are held.
    items.beforeRead = async () => {
      items.beforeRead = async () => {};
      await staleRead.opened;
    };
    objects.beforePut = async (object) => {
      if (object.generation === 1) await stalePut.opened;
    };
    const stale = regenerateFeed(ALL_FEED, deps);
    await settle();
    items.feeds.set('all', [second, first]);
    staleRead.open();
    await settle();
    // A newer regeneration runs to completion with the new items.
    await regenerateFeed(ALL_FEED, deps);
    expect(objects.body('feeds/all.xml')).toContain('Bài hai');
    // Now the stale puts land; the stale regeneration must notice and repair.
    stalePut.open();
    const outcome = await stale;
    expect(outcome.attempts).toBe(2);
    expect(objects.body('feeds/all.xml')).toContain('Bài hai');
    expect(objects.body('feeds/all.json')).toContain('Bài hai');
    expect(state.committed.get('all')).toBe(3);
  });

  it('repairs a stale render that lands between a newer put and its commit', async () => {
    const { items, objects, state, deps } = setup();
    items.feeds.set('all', [first]);
    const staleRead = gate();
    const stalePut = gate();
    const newerCommit = gate();
    items.beforeRead = async () => {
      items.beforeRead = async () => {};
      await staleRead.opened;
    };
    objects.beforePut = async (object) => {
      if (object.generation === 1) await stalePut.opened;
    };
    state.beforeCommit = async (_path, generation) => {
      if (generation === 2) await newerCommit.opened;
    };
    const stale = regenerateFeed(ALL_FEED, deps);
    await settle();
    items.feeds.set('all', [second, first]);
    const newer = regenerateFeed(ALL_FEED, deps);
    await settle();
    // Order: newer puts, stale read and puts (over it), stale commits, then newer commits.
    staleRead.open();
    stalePut.open();
    await stale;
    expect(objects.body('feeds/all.xml')).not.toContain('Bài hai');
    newerCommit.open();
    const outcome = await newer;
    expect(outcome.attempts).toBe(2);
    expect(objects.body('feeds/all.xml')).toContain('Bài hai');
    expect(objects.body('feeds/all.json')).toContain('Bài hai');
  });

  it('gives up with FeedContentionError when newer generations keep committing first', async () => {
    const { items, state, deps } = setup();
    items.feeds.set('all', [first]);
    state.beforeCommit = async (path) => {
      state.committed.set(path, Number.MAX_SAFE_INTEGER);
    };
    await expect(regenerateFeed(ALL_FEED, deps)).rejects.toBeInstanceOf(FeedContentionError);
  });

  it('titles an emptied section feed with the section name its changes marked', async () => {
    const { objects, deps } = setup();
    const section: FeedRef = { kind: 'section', publisherId: 'demo', sectionSlug: 'du-lich' };
    await regenerateFeed(section, deps, { sectionNameHint: 'Du lịch' });
    const json = JSON.parse(objects.body('feeds/demo/du-lich.json') ?? '{}');
    expect(json.title).toBe('Demo — Tin tức — Du lịch');
    expect(json.items).toEqual([]);
  });
});

/** The channel's lastBuildDate of an RSS body, or null when it has none. */
function buildDateOf(body: string | undefined): string | null {
  return strictXml.parse(body ?? '').rss.channel.lastBuildDate ?? null;
}

describe('regenerateFeed lastBuildDate', () => {
  // Dated by their publication only, so each build date below is the one the test says.
  const first = item({ id: 'first', publishedAt: '2024-10-01T00:00:00Z', modifiedAt: null });
  const second = item({ id: 'second', publishedAt: '2024-10-02T00:00:00Z', modifiedAt: null });
  const published = new Date('2024-10-02T00:00:00Z');
  const withdrawnAt = new Date('2024-11-02T03:04:05.678Z');

  it('moves to the time of the change that took an item out of the feed', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('demo', [second, first]);
    await regenerateFeed(demo, deps, { changedAt: published });
    expect(buildDateOf(objects.body('feeds/demo.xml'))).toBe('Wed, 02 Oct 2024 00:00:00 GMT');
    items.feeds.set('demo', [first]);
    await regenerateFeed(demo, deps, { changedAt: withdrawnAt });
    expect(buildDateOf(objects.body('feeds/demo.xml'))).toBe('Sat, 02 Nov 2024 03:04:05 GMT');
  });

  it('moves forward a second when the content changed but no later time is known', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('demo', [second, first]);
    await regenerateFeed(demo, deps);
    items.feeds.set('demo', [first]);
    await regenerateFeed(demo, deps, { changedAt: new Date('2024-09-01T00:00:00Z') });
    expect(buildDateOf(objects.body('feeds/demo.xml'))).toBe('Wed, 02 Oct 2024 00:00:01 GMT');
  });

  it('stays put, and nothing is written, when a later regeneration finds the same content', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('demo', [second, first]);
    await regenerateFeed(demo, deps);
    items.feeds.set('demo', [first]);
    await regenerateFeed(demo, deps, { changedAt: withdrawnAt });
    const puts = objects.puts.length;
    await regenerateFeed(demo, deps);
    await regenerateFeed(demo, deps, { changedAt: new Date('2030-01-01T00:00:00Z') });
    expect(objects.puts).toHaveLength(puts);
    expect(buildDateOf(objects.body('feeds/demo.xml'))).toBe('Sat, 02 Nov 2024 03:04:05 GMT');
  });

  it('keeps a build date on a feed whose last item was withdrawn', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('demo', [first]);
    await regenerateFeed(demo, deps);
    items.feeds.set('demo', []);
    await regenerateFeed(demo, deps, { changedAt: withdrawnAt });
    expect(buildDateOf(objects.body('feeds/demo.xml'))).toBe('Sat, 02 Nov 2024 03:04:05 GMT');
  });

  it('never writes a build date older than one already written, even from a stale read', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('all', [first]);
    await regenerateFeed(ALL_FEED, deps);
    const lateRead = gate();
    items.beforeRead = async () => {
      items.beforeRead = async () => {};
      await lateRead.opened;
    };
    // Regeneration of an older change starts first and stalls before reading.
    const older = regenerateFeed(ALL_FEED, deps, { changedAt: new Date('2024-10-20T00:00:00Z') });
    await settle();
    items.feeds.set('all', []);
    // Regeneration of the newer change (the withdrawal) runs to completion meanwhile.
    await regenerateFeed(ALL_FEED, deps, { changedAt: withdrawnAt });
    lateRead.open();
    await older;
    const dates = objects.puts
      .filter((put) => put.key === 'feeds/all.xml')
      .map((put) => Date.parse(buildDateOf(put.body) ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    // The stale render briefly put the withdrawn item back; that too was a change, dated later.
    expect(dates.at(-1)).toBeGreaterThanOrEqual(Date.parse('2024-11-02T03:04:05Z'));
    expect(JSON.parse(objects.body('feeds/all.json') ?? '{}').items).toEqual([]);
  });
});

describe('feedPublished', () => {
  it('announces the formats written, the content hash, build date and items', async () => {
    const { items, deps } = setup();
    items.feeds.set('demo', [second, first]);
    const published = feedPublished(await regenerateFeed(demo, deps));
    expect(published).toMatchObject({
      feedPath: 'demo',
      formats: ['rss', 'atom', 'json'],
      itemIds: ['second', 'first'],
      // The items' newest change: their (fixture) modification time.
      buildDate: new Date('2024-10-05T02:00:00Z'),
    });
    expect(published?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('announces only the formats whose file changed, and nothing when none did', async () => {
    const { items, objects, deps } = setup();
    items.feeds.set('demo', [first]);
    const before = await regenerateFeed(demo, deps);
    expect(feedPublished(await regenerateFeed(demo, deps))).toBeNull();
    objects.objects.delete('feeds/demo.atom');
    const repaired = feedPublished(await regenerateFeed(demo, deps));
    expect(repaired?.formats).toEqual(['atom']);
    expect(repaired?.contentHash).toBe(before.contentHash);
  });
});
