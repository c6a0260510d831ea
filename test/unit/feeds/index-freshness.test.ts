import { describe, expect, it } from 'vitest';
import { StaleIndexError } from '../../../shared/feeds/errors.ts';
import type { FeedItem } from '../../../shared/feeds/feed-item.ts';
import { ALL_FEED, FEED_FORMATS, type FeedRef } from '../../../shared/feeds/feed-ref.ts';
import { indexFreshness } from '../../../shared/feeds/index-freshness.ts';
import type { FeedItemSource } from '../../../shared/feeds/ports.ts';
import { regenerateFeed } from '../../../shared/feeds/regenerate.ts';
import type { ArticleVersion } from '../../../shared/feeds/stream-changes.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { item } from './fixtures.ts';
import { InMemoryObjects, InMemoryState } from './in-memory-ports.ts';

function at(id: string, day: number, revision: number): FeedItem {
  const time = new Date(Date.UTC(2024, 9, day));
  return { ...item({ id, publishedAt: time.toISOString() }), sortTime: time, revision };
}

function version(id: string, day: number, revision: number, live = true): ArticleVersion {
  const sort = `${new Date(Date.UTC(2024, 9, day)).toISOString()}#${id}`;
  return {
    articleId: id,
    revision,
    feedIds: live ? ['all:all'] : [],
    feedSort: live ? sort : null,
  };
}

describe('indexFreshness', () => {
  it('is fresh when the read shows the changed article at its revision or a later one', () => {
    const items = [at('b', 2, 3), at('a', 1, 1)];
    expect(indexFreshness(ALL_FEED, items, 10, [version('b', 2, 3)])).toBe('fresh');
    expect(indexFreshness(ALL_FEED, items, 10, [version('b', 2, 2)])).toBe('fresh');
  });

  it('is lagging when the read shows an older revision of a changed article', () => {
    const items = [at('b', 2, 2), at('a', 1, 1)];
    expect(indexFreshness(ALL_FEED, items, 10, [version('b', 2, 3)])).toBe('lagging');
    expect(indexFreshness(ALL_FEED, items, 10, [version('b', 2, 3, false)])).toBe('lagging');
  });

  it('is unsure when a new article that should rank is missing', () => {
    const items = [at('a', 1, 1)];
    expect(indexFreshness(ALL_FEED, items, 10, [version('c', 3, 1)])).toBe('unsure');
  });

  it('is fresh when a missing article would not rank among the newest N', () => {
    const items = [at('c', 3, 1), at('b', 2, 1)];
    expect(indexFreshness(ALL_FEED, items, 2, [version('a', 1, 1)])).toBe('fresh');
  });

  it('is fresh when a withdrawn article is gone, or the change is about another feed', () => {
    const items = [at('a', 1, 1)];
    expect(indexFreshness(ALL_FEED, items, 10, [version('w', 5, 4, false)])).toBe('fresh');
    const section: FeedRef = { kind: 'section', publisherId: 'demo', sectionSlug: 'x' };
    expect(indexFreshness(section, items, 10, [version('c', 3, 1)])).toBe('fresh');
  });
});

describe('regenerateFeed while the index lags', () => {
  function deps(reads: FeedItem[][]) {
    const pauses: number[] = [];
    let read = 0;
    const items: FeedItemSource = {
      newestItems: async () => reads[Math.min(read++, reads.length - 1)] ?? [],
    };
    const objects = new InMemoryObjects();
    return {
      pauses,
      objects,
      deps: {
        items,
        objects,
        state: new InMemoryState(),
        publishers: samplePublishersById,
        baseUrl: 'https://feeds.example.org',
        itemLimit: 10,
        sleep: async (ms: number) => {
          pauses.push(ms);
        },
      },
    };
  }

  it('reads again until the index shows the change, then publishes it', async () => {
    const stale = [{ ...at('b', 2, 1), article: { ...at('b', 2, 1).article, title: 'Cũ' } }];
    const fresh = [{ ...at('b', 2, 2), article: { ...at('b', 2, 2).article, title: 'Mới' } }];
    const setup = deps([stale, stale, fresh]);
    await regenerateFeed(ALL_FEED, setup.deps, { expected: [version('b', 2, 2)] });
    expect(setup.pauses).toHaveLength(2);
    expect(setup.objects.body('feeds/all.xml')).toContain('Mới');
    expect(setup.objects.puts).toHaveLength(FEED_FORMATS.length);
  });

  it('fails with StaleIndexError, writing nothing, when the index keeps an older revision', async () => {
    const setup = deps([[at('b', 2, 1)]]);
    await expect(
      regenerateFeed(ALL_FEED, setup.deps, { expected: [version('b', 2, 2)] }),
    ).rejects.toBeInstanceOf(StaleIndexError);
    expect(setup.objects.puts).toEqual([]);
  });

  it('publishes what it reads when a missing article never shows up (a later change removed it)', async () => {
    const setup = deps([[at('a', 1, 1)]]);
    await regenerateFeed(ALL_FEED, setup.deps, { expected: [version('c', 3, 1)] });
    expect(setup.pauses.length).toBeGreaterThan(0);
    expect(setup.objects.puts).toHaveLength(FEED_FORMATS.length);
  });
});
