/**
 * Archived feeds (RFC 5005, section 4): the pure rules.
 *
 * A feed is a logical list of every live article, split into documents:
 * - **the subscription document** (`feeds/<path>.xml|atom|json`): the newest items, down to the
 *   newest closed archive page;
 * - **archive pages** (`feeds/<path>/archive/<n>.xml|atom|json`, `n` from 1, the oldest): each
 *   holds exactly `pageSize` items and is written once, when it closes, and never changes again
 *   (but for a withdrawal, see docs/feeds.md).
 *
 * A page closes when the `pageSize` oldest items newer than the previous page all lie beyond the
 * newest `itemLimit` items of the feed: pages are filled in the feed's order (publication time,
 * then id), and each records the ids it holds. Whatever arrives later — a backdated article
 * that sorts inside a closed page's range, an edit — never changes a closed page: an article
 * that arrives dated at or before the newest closed page is *late*; it is shown in the
 * subscription document and the next page to close takes it (`nextArchivePage`).
 */
import type { FeedInfo } from './feed-info.ts';
import type { FeedItem } from './feed-item.ts';
import {
  FEED_EXTENSIONS,
  FEED_FORMATS,
  FEEDS_KEY_PREFIX,
  type FeedFormat,
  type FeedRef,
  feedPath,
  feedUrl,
} from './feed-ref.ts';

/** Items per archive page unless `FEED_ARCHIVE_PAGE_SIZE` says otherwise. */
export const DEFAULT_ARCHIVE_PAGE_SIZE = 25;

/**
 * `Cache-Control` of a closed archive page: it never changes, so a CDN and readers keep it for a
 * year without asking again. (A withdrawal rewrites it and invalidates the CDN's copy.)
 */
export const ARCHIVE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The RFC 5005 namespace (`fh:archive`). */
export const FEED_HISTORY_NAMESPACE = 'http://purl.org/syndication/history/1.0';

/**
 * A place in a feed's order: the sort time of an item and its article id. The order is the feed
 * index's (`feedSort`: newest first in feeds, oldest first in archives).
 */
export interface FeedPosition {
  readonly sortTime: Date;
  readonly articleId: string;
}

/** A closed archive page. */
export interface ArchivePage {
  /** 1 for the oldest page. */
  readonly number: number;
  /** The position of the newest item of the previous page; null for the first page. */
  readonly after: FeedPosition | null;
  /** The position of the newest item of this page when it closed. */
  readonly upTo: FeedPosition;
  /** The article ids the page held when it closed, oldest first. */
  readonly ids: readonly string[];
}

/** One URL per format. */
export type FeedUrls = Readonly<Record<FeedFormat, string>>;

/**
 * The RFC 5005 links of one document. The subscription document has `prevArchive` (to the
 * newest page) once a page exists; a page has `archive: true`, `current`, `prevArchive` unless
 * it is the first, and `nextArchive` (the page that closes after it: it answers 404 until then).
 */
export interface FeedHistory {
  /** Whether the document is an archive page (`fh:archive`). */
  readonly archive: boolean;
  readonly current?: FeedUrls;
  readonly prevArchive?: FeedUrls;
  readonly nextArchive?: FeedUrls;
}

/**
 * The sort key of a position, as the feed indexes write it (`<UTC ISO with ms>#<id>`): lexical
 * order is feed order.
 *
 * @param position - a position
 * @returns e.g. `2026-11-30T08:00:00.000Z#a1b2`
 */
export function positionKey(position: FeedPosition): string {
  return `${position.sortTime.toISOString()}#${position.articleId}`;
}

/**
 * The position of an item in its feed.
 *
 * @param item - a feed item
 * @returns its sort time and article id
 */
export function positionOf(item: FeedItem): FeedPosition {
  return { sortTime: item.sortTime, articleId: item.article.id };
}

/**
 * Orders two positions as the feed indexes do.
 *
 * @returns a negative number when `a` sorts before (is older than) `b`, 0 when equal
 */
export function comparePositions(a: FeedPosition, b: FeedPosition): number {
  const ka = positionKey(a);
  const kb = positionKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The next page to close, if one is full.
 *
 * A page takes the feed's *late* items first — articles that arrived dated at or before the
 * newest closed page, so after the page covering their date had closed — then the items after
 * that page, oldest first. Late items sort before every other item of the page, so a page stays
 * in feed order; its `upTo` is its newest item after the previous page (the previous page's
 * `upTo` when it holds late items only), so `upTo` never goes back from one page to the next.
 *
 * @param latest - the newest closed page, or null when none closed yet
 * @param oldest - the oldest live items after `latest` (oldest first), at least `pageSize` of them
 *   when the feed has that many
 * @param newest - the newest `itemLimit` live items of the feed (newest first): they stay in the
 *   subscription document
 * @param limits - `itemLimit` (items the subscription document always shows) and `pageSize`
 * @param late - the feed's live late items (see above), in any order
 * @returns the page that closes now, or null when fewer than `pageSize` items lie beyond the
 *   newest `itemLimit`
 * @example
 * nextArchivePage(null, oldestFirst, newestFirst, { itemLimit: 50, pageSize: 50 });
 */
export function nextArchivePage(
  latest: ArchivePage | null,
  oldest: readonly FeedItem[],
  newest: readonly FeedItem[],
  limits: { readonly itemLimit: number; readonly pageSize: number },
  late: readonly FeedItem[] = [],
): ArchivePage | null {
  const { itemLimit, pageSize } = limits;
  if (pageSize < 1) throw new RangeError(`An archive page needs at least 1 item (got ${pageSize})`);
  // While the feed has no more than `itemLimit` items, nothing lies beyond them.
  const oldestShown = newest.length < itemLimit ? undefined : newest[itemLimit - 1];
  if (oldestShown === undefined) return null;
  const after = latest?.upTo ?? null;
  const byPosition = (a: FeedItem, b: FeedItem) => comparePositions(positionOf(a), positionOf(b));
  const lateIds = new Set(late.map((item) => item.article.id));
  const lateFirst = [...late].sort(byPosition);
  const following = oldest
    .filter((item) => after === null || comparePositions(positionOf(item), after) > 0)
    .filter((item) => !lateIds.has(item.article.id))
    .sort(byPosition);
  const page = [...lateFirst, ...following].slice(0, pageSize);
  const last = page.at(-1);
  if (page.length < pageSize || last === undefined) return null;
  if (comparePositions(positionOf(last), positionOf(oldestShown)) >= 0) return null;
  const newestFollowing = page.filter((item) => !lateIds.has(item.article.id)).at(-1);
  const upTo = newestFollowing === undefined ? after : positionOf(newestFollowing);
  if (upTo === null) return null;
  return {
    number: (latest?.number ?? 0) + 1,
    after,
    upTo,
    ids: page.map((item) => item.article.id),
  };
}

/**
 * The items of the subscription document: every live item newer than the newest closed page
 * (at least the newest `itemLimit`, fewer than `itemLimit + pageSize` once pages close), and the
 * late items (dated at or before that page, arrived after it closed), which the next page to
 * close takes.
 *
 * @param latest - the newest closed page, or null
 * @param items - live items newer than `latest`, in any order
 * @param late - the feed's live late items, in any order
 * @returns the items newest first (the late ones last: they are the oldest)
 */
export function subscriptionItems(
  latest: ArchivePage | null,
  items: readonly FeedItem[],
  late: readonly FeedItem[] = [],
) {
  const after = latest?.upTo ?? null;
  const lateIds = new Set(late.map((item) => item.article.id));
  return [
    ...items.filter(
      (item) =>
        !lateIds.has(item.article.id) &&
        (after === null || comparePositions(positionOf(item), after) > 0),
    ),
    ...late,
  ].sort((a, b) => comparePositions(positionOf(b), positionOf(a)));
}

/**
 * The object key of an archive page.
 *
 * @param ref - the feed
 * @param format - `rss`, `atom` or `json`
 * @param page - the page number (1 the oldest)
 * @returns e.g. `feeds/demo/du-lich/archive/3.xml` (never a feed file's key: those have at most
 *   two segments below `feeds/`)
 */
export function archiveObjectKey(ref: FeedRef, format: FeedFormat, page: number): string {
  return `${FEEDS_KEY_PREFIX}${feedPath(ref)}/archive/${page}.${FEED_EXTENSIONS[format]}`;
}

/**
 * The public URLs of an archive page.
 *
 * @param baseUrl - `FEEDS_BASE_URL`
 * @param ref - the feed
 * @param page - the page number
 * @returns one URL per format
 */
export function archiveUrls(baseUrl: string, ref: FeedRef, page: number): FeedUrls {
  const base = baseUrl.replace(/\/+$/, '');
  return urlsBy((format) => `${base}/${archiveObjectKey(ref, format, page)}`);
}

/** The public URLs of a feed's subscription document. */
export function currentUrls(baseUrl: string, ref: FeedRef): FeedUrls {
  return urlsBy((format) => feedUrl(baseUrl, ref, format));
}

function urlsBy(url: (format: FeedFormat) => string): FeedUrls {
  return Object.fromEntries(FEED_FORMATS.map((format) => [format, url(format)])) as Record<
    FeedFormat,
    string
  >;
}

/**
 * The links of the subscription document.
 *
 * @param baseUrl - `FEEDS_BASE_URL`
 * @param ref - the feed
 * @param latestPage - the number of the newest closed page, or null when none closed
 * @returns the history links (a `prevArchive` to the newest page), or undefined without pages
 */
export function subscriptionHistory(
  baseUrl: string,
  ref: FeedRef,
  latestPage: number | null,
): FeedHistory | undefined {
  if (latestPage === null) return undefined;
  return { archive: false, prevArchive: archiveUrls(baseUrl, ref, latestPage) };
}

/**
 * The links of an archive page.
 *
 * @param baseUrl - `FEEDS_BASE_URL`
 * @param ref - the feed
 * @param page - the page number
 * @returns `fh:archive`, `current`, `prev-archive` (but on page 1) and `next-archive`
 */
export function archiveHistory(baseUrl: string, ref: FeedRef, page: number): FeedHistory {
  return {
    archive: true,
    current: currentUrls(baseUrl, ref),
    ...(page > 1 ? { prevArchive: archiveUrls(baseUrl, ref, page - 1) } : {}),
    nextArchive: archiveUrls(baseUrl, ref, page + 1),
  };
}

/**
 * The description of an archive page: the feed's, with the page's own URLs as self links and
 * its history links. The Atom `id` and JSON Feed `feed_url` stay the feed's (see the renderers):
 * every document of an archived feed is the same logical feed.
 *
 * @param feed - the feed's description
 * @param baseUrl - `FEEDS_BASE_URL`
 * @param page - the page number
 * @returns the page's description
 */
export function archivePageInfo(feed: FeedInfo, baseUrl: string, page: number): FeedInfo {
  const self = archiveUrls(baseUrl, feed.ref, page);
  return {
    ...feed,
    rssUrl: self.rss,
    atomUrl: self.atom,
    jsonUrl: self.json,
    history: archiveHistory(baseUrl, feed.ref, page),
  };
}

/** The RFC 5005 link relations of a document. */
export type HistoryRelation = 'current' | 'prev-archive' | 'next-archive';

/**
 * The RFC 5005 links of a document in one format, in a fixed order.
 *
 * @param history - the document's history, if any
 * @param format - the document's format
 * @returns `current`, `prev-archive`, `next-archive`, each when present
 */
export function historyLinks(
  history: FeedHistory | undefined,
  format: FeedFormat,
): { readonly rel: HistoryRelation; readonly href: string }[] {
  if (history === undefined) return [];
  const links: [HistoryRelation, FeedUrls | undefined][] = [
    ['current', history.current],
    ['prev-archive', history.prevArchive],
    ['next-archive', history.nextArchive],
  ];
  return links.flatMap(([rel, urls]) => (urls === undefined ? [] : [{ rel, href: urls[format] }]));
}
