/**
 * The ports of feed regeneration: where items come from, where files go, the per-feed
 * generation counter that keeps concurrent regenerations from leaving an older file on top, and
 * the schedule that coalesces changes into at most one regeneration per window. Adapters:
 * `shared/adapters/dynamo/feed-queries.ts`, `shared/adapters/dynamo/feed-state.ts`,
 * `shared/adapters/dynamo/feed-schedule.ts`, `shared/adapters/s3/feed-objects.ts`,
 * `shared/adapters/sqs/regeneration-queue.ts` (and `local/` for the queue of `npm start`).
 */
import type { ArchivePage, FeedPosition } from './archive.ts';
import type { FeedItem } from './feed-item.ts';
import type { FeedRef } from './feed-ref.ts';
import type {
  Acquired,
  FeedLease,
  LeaseRequest,
  MarkChange,
  MarkedFeed,
  RegenerationRequest,
  SchedulePlan,
} from './schedule.ts';

/** Reads the newest live items of a feed. */
export interface FeedItemSource {
  /**
   * @param ref - the feed
   * @param limit - how many items at most
   * @returns the feed's live items, newest first
   */
  newestItems(ref: FeedRef, limit: number): Promise<FeedItem[]>;
}

/**
 * Reads a feed in archive order (RFC 5005 archive pages, `shared/feeds/archive.ts`). Archive
 * pages show every live article a feed ever had, not only its newest: whatever keeps the feed
 * indexes lean must keep each live article in its feeds' index partitions (or give this port
 * another way to read them in feed order).
 */
export interface FeedArchiveSource {
  /**
   * @param ref - the feed
   * @param after - the position to start after (exclusive); null for the feed's oldest item
   * @param limit - how many items at most
   * @returns the feed's live items after `after`, oldest first (the feed index's order)
   */
  itemsAfter(ref: FeedRef, after: FeedPosition | null, limit: number): Promise<FeedItem[]>;
  /**
   * @param ref - the feed
   * @param ids - article ids (an archive page's)
   * @returns those of the articles that are still live in the feed, in the order of `ids`
   */
  itemsByIds(ref: FeedRef, ids: readonly string[]): Promise<FeedItem[]>;
  /**
   * The places the feed index holds in a range, without reading the articles (an index entry may
   * lag its article: callers check the articles with `itemsByIds`).
   *
   * @param ref - the feed
   * @param from - the first place (inclusive, a `positionKey`)
   * @param to - the last place (inclusive)
   * @returns the article ids of the entries in that range, oldest first
   */
  idsBetween(ref: FeedRef, from: string, to: string): Promise<string[]>;
}

/** What {@link FeedArchiveStore.takeArrivals} took, and the late list read with it. */
export interface TakenArrivals {
  /** The oldest place taken and not settled yet, or null when none. */
  readonly taken: string | null;
  /** The ids of the feed's late articles. */
  readonly late: string[];
}

/**
 * The closed archive pages of every feed (which articles each holds), and what a regeneration
 * needs to place articles that arrive dated before the newest closed page (*late* articles, see
 * `shared/feeds/archive.ts`): the oldest new place marked since the last run (the feeds
 * function's mark records it, `MarkChange.placedSort`) and the feed's late articles.
 */
export interface FeedArchiveStore {
  /** @returns the feed's newest closed page, or null when none closed yet */
  latest(feedPath: string): Promise<ArchivePage | null>;
  /**
   * Records a page as closed, unless a page with its number already is (a concurrent run), and
   * takes the late articles it holds off the feed's late list, in one atomic write.
   *
   * @param lateIds - the late articles among the page's ids
   * @returns false when the number was taken
   */
  close(feedPath: string, page: ArchivePage, lateIds: readonly string[]): Promise<boolean>;
  /** @returns every closed page of the feed, oldest first */
  pages(feedPath: string): Promise<ArchivePage[]>;
  /**
   * @param sort - a place (`positionKey`)
   * @returns the closed pages that can hold an article placed there: those whose `upTo` is at or
   *   after it, oldest first
   */
  pagesSince(feedPath: string, sort: string): Promise<ArchivePage[]>;
  /**
   * Takes the oldest new place marked since the last run out of the marks' way (marks made from
   * now on are the next run's) when it lies at or before `upTo` — only then can an article placed
   * there be late; a later place is left for a run after the pages passed it. What is taken is
   * kept until {@link settleArrivals}: a run that stops before settling leaves it to the next.
   *
   * @param upTo - the newest closed page's `upTo` (a `positionKey`), or null when none closed
   * @returns the oldest place taken and not settled yet (null when none), and the feed's late
   *   articles as {@link late} gives them, read with it
   */
  takeArrivals(feedPath: string, upTo: string | null): Promise<TakenArrivals>;
  /** Forgets the places taken, once every article placed there is accounted for. */
  settleArrivals(feedPath: string, taken: string): Promise<void>;
  /** @returns the ids of the feed's late articles (arrived after the page of their date closed) */
  late(feedPath: string): Promise<string[]>;
  /** Adds articles to the feed's late list. */
  addLate(feedPath: string, ids: readonly string[]): Promise<void>;
}

/**
 * The CDN in front of the feeds bucket (CloudFront on AWS; none locally, where the feeds server
 * reads the bucket on every request).
 */
export interface FeedCdn {
  /**
   * Makes the CDN fetch these files from the bucket again: closed archive pages are cached for a
   * year, so a rewritten one (a withdrawal) would otherwise stay as it was.
   *
   * @param keys - object keys, e.g. `feeds/demo/archive/3.xml`
   */
  invalidate(keys: readonly string[]): Promise<void>;
}

/** A feed file to store. */
export interface FeedObject {
  readonly key: string;
  readonly body: string;
  readonly contentType: string;
  readonly cacheControl: string;
  /** SHA-256 of the body (hex), stored with the object to tell later renders apart. */
  readonly hash: string;
  /** The generation that rendered it (diagnostics). */
  readonly generation: number;
}

/** The feeds bucket. */
export interface FeedObjectStore {
  /**
   * @param key - the object key
   * @returns the body hash stored with the object, or null when there is no object (or it was
   *   not written by us)
   */
  storedHash(key: string): Promise<string | null>;
  /** Writes (replaces) an object. */
  put(object: FeedObject): Promise<void>;
  /** @returns the key of every feed file in the bucket (under `feeds/`) */
  listFeedKeys(): Promise<string[]>;
}

/**
 * What a feed's files say, short of their bytes: the build date they carry (RSS `lastBuildDate`)
 * and a hash of everything else, so a regeneration can tell whether the content changed.
 */
export interface FeedVersion {
  /** Whole seconds; null only for a feed that never had an item nor a dated change. */
  readonly buildDate: Date | null;
  /** SHA-256 of the rendered content with the build date left to the items (hex). */
  readonly contentHash: string;
}

/** A regeneration attempt's generation and the feed's latest claimed version when it began. */
export interface FeedGeneration {
  readonly generation: number;
  readonly latest: FeedVersion | null;
}

/**
 * Per-feed generations. `begin` hands out a number greater than every number handed out before
 * for that feed; `claim` makes a version the feed's latest before its files are written, so the
 * build date of the files never goes back; `commit` records that a generation's files are in
 * place, unless a greater generation already did.
 */
export interface FeedStateStore {
  /**
   * @param feedPath - the feed (`all`, `demo`, `demo/du-lich`)
   * @returns a new generation, and the latest version claimed so far
   */
  begin(feedPath: string): Promise<FeedGeneration>;
  /**
   * Makes `version` the feed's latest, unless the latest has a later build date, or the same
   * build date on other content.
   *
   * @param feedPath - the feed
   * @param version - the version about to be written
   * @returns null when claimed; else the latest version, which the caller must build on
   */
  claim(feedPath: string, version: FeedVersion): Promise<FeedVersion | null>;
  /**
   * @param feedPath - the feed
   * @param generation - the generation whose files were written (or found in place)
   * @param hashes - the body hash of each file, for diagnostics
   * @returns false when a greater generation was committed first
   */
  commit(
    feedPath: string,
    generation: number,
    hashes: Readonly<Record<string, string>>,
  ): Promise<boolean>;
}

/** What a regeneration reports (Powertools metrics in the Lambda). */
export interface FeedMetrics {
  /** One file written because its bytes changed. */
  fileWritten(key: string): void;
  /** One file left alone because its bytes did not change. */
  fileUnchanged(key: string): void;
  /** Time spent rendering one feed in both formats. */
  rendered(feedPath: string, milliseconds: number): void;
}

/**
 * The schedule of every feed (kept on its state item): how many changes marked it, whether a
 * regeneration is due and when, when the last one ran, and who holds the lease of the one
 * running. See `shared/feeds/schedule.ts` for the rules; every method is one atomic write.
 */
export interface FeedScheduleStore {
  /**
   * Records a change of the feed.
   *
   * @param feedPath - the feed
   * @param change - when, and what the regeneration will need (the change's time, the section's
   *   display name)
   * @returns the feed's schedule after the mark
   */
  mark(feedPath: string, change: MarkChange): Promise<MarkedFeed>;
  /**
   * Schedules a regeneration, unless one is scheduled already (or, with `plan.replacing`, unless
   * the abandoned one was replaced meanwhile).
   *
   * @returns true when this call scheduled it: its caller sends the message
   */
  schedule(feedPath: string, plan: SchedulePlan, at: number): Promise<boolean>;
  /** Takes back a schedule whose message could not be sent, if it is still `due`. */
  unschedule(feedPath: string, due: number): Promise<void>;
  /**
   * Takes the feed's lease to regenerate it: for the regeneration scheduled at `request.due`, or
   * (`due` null) for a rebuild outside the schedule.
   */
  acquire(feedPath: string, request: LeaseRequest): Promise<Acquired>;
  /**
   * Ends a scheduled run: records the marks it served and either schedules the follow-up (due
   * at `followUp`) or, with `followUp` null, clears the schedule.
   *
   * @returns `done`; `marked` when `followUp` was null but new marks arrived during the run (the
   *   caller schedules a follow-up); `lost` when the lease had expired and another worker took it
   */
  finish(
    lease: FeedLease,
    followUp: number | null,
    at: number,
  ): Promise<'done' | 'marked' | 'lost'>;
  /** Gives the lease back without touching the schedule (a failed run, a rebuild). */
  release(lease: FeedLease): Promise<void>;
}

/** The display names of sections, as their feeds' changes recorded them (the feed directory's). */
export interface FeedSectionNames {
  /**
   * @param feedPaths - section feeds (`demo/du-lich`)
   * @returns the recorded display name of each of them that has one, by feed path
   */
  sectionNames(feedPaths: readonly string[]): Promise<Map<string, string>>;
}

/** Which section feeds the table holds articles for (the daily reconcile's list of feeds). */
export interface SectionCatalog {
  /** @returns every section feed with at least one live article */
  sectionFeeds(): Promise<FeedRef[]>;
}

/** Where scheduled regenerations wait for their due time (an SQS queue with per-message delay). */
export interface RegenerationQueue {
  /**
   * @param request - the feed and the due time of its schedule
   * @param delayMs - how long the message stays invisible (rounded up to whole seconds on SQS)
   */
  send(request: RegenerationRequest, delayMs: number): Promise<void>;
}
