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
  comparePositions,
  nextArchivePage,
  positionKey,
  positionOf,
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
 * The articles placed at or after `taken` and at or before the newest closed page that no page
 * holds and that are not known to be late: they arrived after the page of their date closed.
 * Reads the index's keys over that range and the pages that can hold them, so its cost grows
 * with how far back the arrivals are dated, not with the feed.
 */
async function findLate(
  ref: FeedRef,
  taken: string,
  latest: ArchivePage,
  known: readonly string[],
  deps: ArchiveDeps,
): Promise<string[]> {
  const { source, store } = deps.archive;
  const pages = await store.pagesSince(feedPath(ref), taken);
  const placed = new Set([...known, ...pages.flatMap((page) => page.ids)]);
  const unplaced = (await source.idsBetween(ref, taken, positionKey(latest.upTo))).filter(
    (id) => !placed.has(id),
  );
  if (unplaced.length === 0) return [];
  // The index may lag: the articles as they are now decide.
  const late = (await source.itemsByIds(ref, unplaced))
    .filter((item) => comparePositions(positionOf(item), latest.upTo) <= 0)
    .map((item) => item.article.id);
  if (late.length > 0) await store.addLate(feedPath(ref), late);
  return late;
}

/** Pages closed by one run, and the late items left for the subscription document. */
export interface ClosedArchive extends ArchiveOutcome {
  /** Live articles dated at or before the newest closed page that no page holds yet. */
  readonly late: readonly FeedItem[];
}

/**
 * Closes every page of the feed that is full: the oldest `pageSize` items after the newest
 * closed page (late items first, see `nextArchivePage`), once all of them lie beyond the newest
 * `itemLimit` items. First it finds the articles that arrived since the last run dated at or
 * before the newest closed page (late ones). Each page is recorded in the store (a page another
 * run closed first is taken as it is) and then written; the newest page's files are put back
 * when missing (a run that stopped between the two).
 *
 * @param ref - the feed
 * @param newest - the feed's newest `itemLimit` live items, newest first
 * @param deps - ports and settings
 * @returns the newest closed page, the files written and the late items no page holds yet
 */
export async function closeArchivePages(
  ref: FeedRef,
  newest: readonly FeedItem[],
  deps: ArchiveDeps,
): Promise<ClosedArchive> {
  const path = feedPath(ref);
  const { source, store, pageSize } = deps.archive;
  const limits = { itemLimit: deps.itemLimit, pageSize };
  let latest = await store.latest(path);
  // Taken before any index read: an article marked later is read by the next run.
  const arrivals = await store.takeArrivals(
    path,
    latest === null ? null : positionKey(latest.upTo),
  );
  const { taken } = arrivals;
  let lateIds = arrivals.late;
  if (taken !== null && latest !== null && taken <= positionKey(latest.upTo)) {
    lateIds = [...lateIds, ...(await findLate(ref, taken, latest, lateIds, deps))];
  }
  let late = await source.itemsByIds(ref, lateIds);
  const written: string[] = [];
  let checked = false;
  // A feed of fewer than `itemLimit` live items has nothing beyond them to close
  // (`nextArchivePage` says so before looking at the oldest items): they are not read.
  while (newest.length >= deps.itemLimit) {
    const oldest = await source.itemsAfter(ref, latest?.upTo ?? null, pageSize);
    const page = nextArchivePage(latest, oldest, newest, limits, late);
    if (page === null) break;
    const ids = new Set(page.ids);
    const live = new Set(late.map((item) => item.article.id));
    // Late ids no longer live (withdrawn) leave the list with the page.
    const leaving = lateIds.filter((id) => ids.has(id) || !live.has(id));
    if (!(await store.close(path, page, leaving))) {
      latest = await store.latest(path);
      lateIds = await store.late(path);
      late = await source.itemsByIds(ref, lateIds);
      continue;
    }
    const byId = new Map([...late, ...oldest].map((item) => [item.article.id, item]));
    const pageItems = page.ids.flatMap((id) => byId.get(id) ?? []);
    written.push(...(await writePage(ref, page, pageItems, deps)));
    latest = page;
    lateIds = lateIds.filter((id) => !leaving.includes(id));
    late = late.filter((item) => !ids.has(item.article.id));
    checked = true;
  }
  if (latest !== null && !checked && (await anyFileMissing(ref, latest, deps.objects))) {
    // A run stopped between recording the page and writing it: put its files in place.
    const items = await source.itemsByIds(ref, latest.ids);
    written.push(...(await writePage(ref, latest, items, deps, 'missing')));
  }
  if (taken !== null) await store.settleArrivals(path, taken);
  return { latest, written, late };
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
