import { describe, expect, it } from 'vitest';
import {
  type ArchivePage,
  archiveObjectKey,
  nextArchivePage,
  positionKey,
  subscriptionItems,
} from '../../../shared/feeds/archive.ts';
import type { FeedItem } from '../../../shared/feeds/feed-item.ts';
import { ALL_FEED, feedRefOfKey } from '../../../shared/feeds/feed-ref.ts';
import { item } from './fixtures.ts';

/** Article `a<n>` published on day n of November 2026 (n = 1 the oldest). */
function day(n: number): FeedItem {
  const publishedAt = `2026-11-${String(n).padStart(2, '0')}T08:00:00.000Z`;
  return item({ id: `a${String(n).padStart(2, '0')}`, publishedAt, modifiedAt: null });
}

const days = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => day(from + i));
const newestFirst = (items: readonly FeedItem[]) => [...items].reverse();
const limits = { itemLimit: 3, pageSize: 4 };

/** Closes every page that is full, as a regeneration does, and returns them. */
function closeAll(items: readonly FeedItem[], start: ArchivePage | null = null): ArchivePage[] {
  const pages: ArchivePage[] = [];
  let latest = start;
  for (;;) {
    const page = nextArchivePage(latest, items, newestFirst(items).slice(0, 3), limits);
    if (page === null) return pages;
    pages.push(page);
    latest = page;
  }
}

describe('nextArchivePage', () => {
  it('closes no page while fewer than a page of items lies beyond the newest N', () => {
    expect(nextArchivePage(null, days(1, 6), newestFirst(days(1, 6)), limits)).toBeNull();
    expect(nextArchivePage(null, days(1, 2), newestFirst(days(1, 2)), limits)).toBeNull();
  });

  it('closes the oldest page-size items once they all lie beyond the newest N', () => {
    const page = nextArchivePage(null, days(1, 7), newestFirst(days(1, 7)), limits);
    expect(page).toEqual({
      number: 1,
      after: null,
      upTo: { sortTime: new Date('2026-11-04T08:00:00.000Z'), articleId: 'a04' },
      ids: ['a01', 'a02', 'a03', 'a04'],
    });
  });

  it('fills the next page with the items after the previous one, in feed order', () => {
    const pages = closeAll(days(1, 15));
    expect(pages.map((page) => page.ids)).toEqual([
      ['a01', 'a02', 'a03', 'a04'],
      ['a05', 'a06', 'a07', 'a08'],
      ['a09', 'a10', 'a11', 'a12'],
    ]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages[1]?.after).toEqual(pages[0]?.upTo);
  });

  it('never puts an item of the newest N into a page', () => {
    const pages = closeAll(days(1, 10));
    const shown = newestFirst(days(1, 10))
      .slice(0, 3)
      .map((i) => i.article.id);
    expect(pages.flatMap((page) => page.ids).filter((id) => shown.includes(id))).toEqual([]);
  });

  it('leaves a closed page as it was when a backdated article arrives inside its range', () => {
    const [first] = closeAll(days(1, 7));
    if (first === undefined) throw new Error('expected a page');
    const backdated = item({
      id: 'late',
      publishedAt: '2026-11-02T12:00:00.000Z',
      modifiedAt: null,
    });
    const later = [...days(1, 7), backdated, ...days(8, 11)];
    const pages = closeAll(later, first);
    expect(pages.map((page) => page.ids)).toEqual([['a05', 'a06', 'a07', 'a08']]);
    expect(pages.flatMap((page) => page.ids)).not.toContain('late');
  });

  it('refuses a page size below 1', () => {
    expect(() => nextArchivePage(null, [], [], { itemLimit: 3, pageSize: 0 })).toThrow(
      'An archive page needs at least 1 item (got 0)',
    );
  });
});

describe('subscriptionItems', () => {
  it('holds every item newer than the newest closed page, newest first', () => {
    const [first] = closeAll(days(1, 9));
    const ids = subscriptionItems(first ?? null, days(1, 9)).map((i) => i.article.id);
    expect(ids).toEqual(['a09', 'a08', 'a07', 'a06', 'a05']);
  });

  it('holds every item when no page closed', () => {
    expect(subscriptionItems(null, days(1, 3)).map((i) => i.article.id)).toEqual([
      'a03',
      'a02',
      'a01',
    ]);
  });
});

describe('archiveObjectKey', () => {
  it('names a page below its feed, where no feed file can be', () => {
    expect(archiveObjectKey(ALL_FEED, 'rss', 3)).toBe('feeds/all/archive/3.xml');
    const section = { kind: 'section', publisherId: 'demo', sectionSlug: 'du-lich' } as const;
    const key = archiveObjectKey(section, 'atom', 12);
    expect(key).toBe('feeds/demo/du-lich/archive/12.atom');
    expect(feedRefOfKey(key)).toBeNull();
    expect(
      feedRefOfKey(archiveObjectKey({ kind: 'publisher', publisherId: 'demo' }, 'json', 1)),
    ).toBeNull();
  });

  it('sorts positions as the feed index does', () => {
    expect(positionKey({ sortTime: new Date('2026-11-30T01:02:03Z'), articleId: 'x' })).toBe(
      '2026-11-30T01:02:03.000Z#x',
    );
  });
});
