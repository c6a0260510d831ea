/**
 * Archive pages in the bucket: closing the pages that are full when a feed is regenerated, and
 * rewriting a closed page when one of its articles was withdrawn (the only change a closed page
 * ever gets). The rules are in `archive.ts`; this drives the ports.
 */
import { createHash } from 'node:crypto';
import type { Publisher } from '../publishers/publisher.ts';
import {
  ARCHIVE_CACHE_CONTROL,
  type ArchivePage,
  archiveObjectKey,
  archivePageInfo,
  nextArchivePage,
} from './archive.ts';
import { renderAtom } from './atom.ts';
import { describeFeed } from './feed-info.ts';
import type { FeedItem } from './feed-item.ts';
import { FEED_CONTENT_TYPES, FEED_FORMATS, type FeedRef, feedPath } from './feed-ref.ts';
import { renderJsonFeed } from './json-feed.ts';
import type {
  FeedArchiveSource,
  FeedArchiveStore,
  FeedItemSource,
  FeedObjectStore,
} from './ports.ts';
import { renderRss } from './rss.ts';

/** What archiving needs besides the feed. */
export interface ArchiveDeps {
  readonly items: FeedItemSource;
  readonly archive: {
    readonly source: FeedArchiveSource;
    readonly store: FeedArchiveStore;
    /** Items per page (`FEED_ARCHIVE_PAGE_SIZE`). */
    readonly pageSize: number;
  };
  readonly objects: FeedObjectStore;
  readonly publishers: ReadonlyMap<string, Publisher>;
  readonly baseUrl: string;
  readonly itemLimit: number;
}

/** Pages closed by one run. */
export interface ArchiveOutcome {
  /** The feed's newest closed page after the run, or null when none closed yet. */
  readonly latest: ArchivePage | null;
  /** The keys of the files written (new pages, or pages put back in place). */
  readonly written: readonly string[];
}

function sha256(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * Writes a page's files (newest item first), each only when its bytes differ from the stored
 * file's.
 *
 * @returns the keys written
 */
async function writePage(
  ref: FeedRef,
  page: ArchivePage,
  items: readonly FeedItem[],
  deps: ArchiveDeps,
  only: 'missing' | 'changed' = 'changed',
): Promise<string[]> {
  const newestFirst = [...items].reverse();
  const feed = describeFeed(ref, {
    baseUrl: deps.baseUrl,
    publishers: deps.publishers,
    sectionName: newestFirst.find((item) => item.article.section !== null)?.article.section ?? null,
    items: newestFirst,
  });
  const info = archivePageInfo(feed, deps.baseUrl, page.number);
  const bodies = {
    rss: renderRss(info, newestFirst),
    atom: renderAtom(info, newestFirst),
    json: renderJsonFeed(info, newestFirst),
  };
  const written: string[] = [];
  await Promise.all(
    FEED_FORMATS.map(async (format) => {
      const key = archiveObjectKey(ref, format, page.number);
      const body = bodies[format];
      const hash = sha256(body);
      const stored = await deps.objects.storedHash(key);
      if (stored === hash || (only === 'missing' && stored !== null)) return;
      await deps.objects.put({
        key,
        body,
        contentType: FEED_CONTENT_TYPES[format],
        cacheControl: ARCHIVE_CACHE_CONTROL,
        hash,
        generation: page.number,
      });
      written.push(key);
    }),
  );
  return written;
}

async function anyFileMissing(ref: FeedRef, page: ArchivePage, objects: FeedObjectStore) {
  const stored = await Promise.all(
    FEED_FORMATS.map((format) => objects.storedHash(archiveObjectKey(ref, format, page.number))),
  );
  return stored.includes(null);
}

/**
 * Closes every page of the feed that is full: the oldest `pageSize` items after the newest
 * closed page, once all of them lie beyond the newest `itemLimit` items. Each page is recorded
 * in the store (a page another run closed first is taken as it is) and then written; the newest
 * page's files are put back when missing (a run that stopped between the two).
 *
 * @param ref - the feed
 * @param newest - the feed's newest `itemLimit` live items, newest first
 * @param deps - ports and settings
 * @returns the newest closed page and the files written
 */
export async function closeArchivePages(
  ref: FeedRef,
  newest: readonly FeedItem[],
  deps: ArchiveDeps,
): Promise<ArchiveOutcome> {
  const path = feedPath(ref);
  const { source, store, pageSize } = deps.archive;
  const limits = { itemLimit: deps.itemLimit, pageSize };
  let latest = await store.latest(path);
  const written: string[] = [];
  let checked = false;
  for (;;) {
    const oldest = await source.itemsAfter(ref, latest?.upTo ?? null, pageSize);
    const page = nextArchivePage(latest, oldest, newest, limits);
    if (page === null) break;
    if (!(await store.close(path, page))) {
      latest = await store.latest(path);
      continue;
    }
    const ids = new Set(page.ids);
    const pageItems = oldest.filter((item) => ids.has(item.article.id));
    written.push(...(await writePage(ref, page, pageItems, deps)));
    latest = page;
    checked = true;
  }
  if (latest !== null && !checked && (await anyFileMissing(ref, latest, deps.objects))) {
    // A run stopped between recording the page and writing it: put its files in place.
    const items = await source.itemsByIds(ref, latest.ids);
    written.push(...(await writePage(ref, latest, items, deps, 'missing')));
  }
  return { latest, written };
}

/**
 * Rewrites every closed page of the feed that holds an article no longer live in it (withdrawn,
 * or moved to another section): the page loses that article and nothing else changes about
 * which articles it holds. The only change a closed page ever gets; the caller invalidates the
 * CDN's copies of the keys it returns.
 *
 * @param ref - the feed
 * @param deps - ports and settings
 * @returns the keys of the page files rewritten
 */
export async function rewriteWithdrawnFromPages(
  ref: FeedRef,
  deps: ArchiveDeps,
): Promise<string[]> {
  const { source, store } = deps.archive;
  const rewritten: string[] = [];
  for (const page of await store.pages(feedPath(ref))) {
    const items = await source.itemsByIds(ref, page.ids);
    if (items.length === page.ids.length) continue;
    rewritten.push(...(await writePage(ref, page, items, deps)));
  }
  return rewritten;
}
