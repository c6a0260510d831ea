import { createHash } from 'node:crypto';
import type { Publisher } from '../publishers/publisher.ts';
import { renderAtom } from './atom.ts';
import { type BuildDateInput, nextBuildDate } from './build-date.ts';
import { FeedContentionError, StaleIndexError } from './errors.ts';
import { describeFeed } from './feed-info.ts';
import type { FeedItem } from './feed-item.ts';
import {
  FEED_CONTENT_TYPES,
  FEED_FORMATS,
  type FeedFormat,
  type FeedRef,
  feedId,
  feedObjectKey,
  feedPath,
} from './feed-ref.ts';
import { indexFreshness } from './index-freshness.ts';
import { renderJsonFeed } from './json-feed.ts';
import type {
  FeedItemSource,
  FeedMetrics,
  FeedObjectStore,
  FeedStateStore,
  FeedVersion,
} from './ports.ts';
import { renderRss } from './rss.ts';
import type { ArticleChange, ArticleVersion } from './stream-changes.ts';

/**
 * `Cache-Control` of the feed files: a CDN and readers may reuse a file for a minute, then serve
 * it stale for five more while fetching the new one, and for a day if the origin fails. A change
 * reaches readers within about a minute without every poll reaching the bucket.
 */
export const FEED_CACHE_CONTROL =
  'public, max-age=60, stale-while-revalidate=300, stale-if-error=86400';

/** Attempts per feed before giving up to concurrent regenerations (the record is retried). */
const MAX_ATTEMPTS = 5;

/** Pauses before reading a feed again while its index lags behind the changes (ms). */
const INDEX_WAITS_MS = [100, 200, 400, 800, 1500];

/** What regeneration needs. */
export interface RegenerateDeps {
  readonly items: FeedItemSource;
  readonly objects: FeedObjectStore;
  readonly state: FeedStateStore;
  readonly publishers: ReadonlyMap<string, Publisher>;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`). */
  readonly baseUrl: string;
  /** Items per feed (`FEED_ITEM_LIMIT`). */
  readonly itemLimit: number;
  readonly metrics?: FeedMetrics;
  /** Milliseconds since some fixed point, for render timings. */
  readonly now?: () => number;
  /** Waits; `setTimeout` by default. */
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

/** What a regeneration is for, besides the feed. */
export interface RegenerateOptions {
  /** The section's display name from the stream record, for a section feed left empty. */
  readonly sectionNameHint?: string;
  /** The article versions of the changes being applied, which the read must reflect. */
  readonly expected?: readonly ArticleVersion[];
  /**
   * Time of the latest change being applied to this feed (see `ArticleChange.changedAt`): the
   * build date of changed content is at least this, even when no item shows it (a withdrawal).
   */
  readonly changedAt?: Date | null;
}

/** The result of one feed file. */
export interface FileOutcome {
  readonly key: string;
  readonly written: boolean;
}

/** The result of regenerating one feed. */
export interface FeedOutcome {
  readonly ref: FeedRef;
  readonly files: readonly FileOutcome[];
  /** How many attempts it took (more than one when a concurrent regeneration interfered). */
  readonly attempts: number;
}

interface Rendered {
  readonly format: FeedFormat;
  readonly key: string;
  readonly body: string;
  readonly hash: string;
}

function sha256(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

const wait = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Reads a feed, again after a pause while the index does not yet show the expected changes. */
async function readFresh(
  ref: FeedRef,
  deps: RegenerateDeps,
  expected: readonly ArticleVersion[],
): Promise<FeedItem[]> {
  let waited = 0;
  for (let read = 0; ; read += 1) {
    const items = await deps.items.newestItems(ref, deps.itemLimit);
    const freshness = indexFreshness(ref, items, deps.itemLimit, expected);
    const pause = INDEX_WAITS_MS[read];
    if (freshness === 'fresh' || pause === undefined) {
      if (waited > 0) deps.metrics?.indexWaited?.(feedPath(ref), waited, freshness === 'fresh');
      // Still unsure after every pause: a later change most likely took the article out again.
      if (freshness === 'lagging') throw new StaleIndexError(feedPath(ref), waited);
      return items;
    }
    await (deps.sleep ?? wait)(pause);
    waited += pause;
  }
}

/**
 * Picks the build date of a render and makes it the feed's latest version before any file is
 * written, building on a later version claimed meanwhile by a concurrent regeneration.
 */
async function claimBuildDate(
  path: string,
  deps: RegenerateDeps,
  input: Omit<BuildDateInput, 'latest'>,
  begun: FeedVersion | null,
): Promise<Date | null> {
  let latest = begun;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const buildDate = nextBuildDate({ ...input, latest });
    // Claimed even when it equals the latest seen at `begin`: a concurrent regeneration may have
    // claimed (and written) a later one since, and a stale read must not bring back its date.
    const newer = await deps.state.claim(path, { buildDate, contentHash: input.contentHash });
    if (newer === null) return buildDate;
    latest = newer;
  }
  throw new FeedContentionError(path, MAX_ATTEMPTS);
}

function sectionNameOf(ref: FeedRef, items: readonly FeedItem[], hint: string | undefined) {
  if (ref.kind !== 'section') return null;
  return items.find((item) => item.article.section !== null)?.article.section ?? hint ?? null;
}

/**
 * Regenerates one feed in every format and writes the files whose bytes changed.
 *
 * Concurrent regenerations of the same feed (another shard, a retried batch) are ordered by a
 * generation taken *before* the items are read. Each attempt writes its files, then commits its
 * generation (refused when a later generation already committed), then checks that the bucket
 * still holds its bytes. An attempt that is refused or finds other bytes may have put older
 * content over newer, so it starts over with a new generation and fresh items. The last file
 * written therefore always comes from an attempt that read the table after the last change.
 *
 * The RSS `lastBuildDate` (and Atom `updated`) moves forward whenever the content changes, even when no item shows
 * it (a withdrawal, a move to another section): it is the later of the items' newest change and
 * `options.changedAt`, and later than the feed's previous build date (see `nextBuildDate`).
 * Each attempt claims its build date in the feed state before writing, so a file never carries
 * an older one than a file written before it, and unchanged content keeps its date and bytes.
 *
 * @param ref - the feed
 * @param deps - ports and settings
 * @param options - the section's display name from the stream record (for a feed left without
 *   items), the article versions the read must reflect, and the time of the change
 * @returns which files were written
 * @throws FeedContentionError when newer regenerations kept winning for {@link MAX_ATTEMPTS}
 * @throws StaleIndexError when the feed index kept showing an older version of a changed article
 */
export async function regenerateFeed(
  ref: FeedRef,
  deps: RegenerateDeps,
  options: RegenerateOptions = {},
): Promise<FeedOutcome> {
  const { sectionNameHint, expected = [], changedAt = null } = options;
  const path = feedPath(ref);
  const now = deps.now ?? (() => performance.now());
  const written = new Set<string>();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const { generation, latest } = await deps.state.begin(path);
    const items = await readFresh(ref, deps, expected);
    const started = now();
    const info = describeFeed(ref, {
      baseUrl: deps.baseUrl,
      publishers: deps.publishers,
      sectionName: sectionNameOf(ref, items, sectionNameHint),
      items,
    });
    const json = renderJsonFeed(info, items);
    // The content without a build date of its own: the RSS dated by its items, and the JSON.
    const contentHash = sha256(`${renderRss(info, items)}\n${json}`);
    let rendering = now() - started;
    const lastBuildDate = await claimBuildDate(
      path,
      deps,
      { items, contentHash, changedAt },
      latest,
    );
    const restarted = now();
    // The Atom content is a function of the same items, so the hash above covers it.
    const bodies: Record<FeedFormat, string> = {
      rss: renderRss(info, items, { lastBuildDate }),
      atom: renderAtom(info, items, { updated: lastBuildDate }),
      json,
    };
    const rendered: Rendered[] = FEED_FORMATS.map((format) => {
      const body = bodies[format];
      return { format, key: feedObjectKey(ref, format), body, hash: sha256(body) };
    });
    rendering += now() - restarted;
    deps.metrics?.rendered(path, rendering);

    await Promise.all(
      rendered.map(async (file) => {
        if ((await deps.objects.storedHash(file.key)) === file.hash) return;
        await deps.objects.put({
          key: file.key,
          body: file.body,
          contentType: FEED_CONTENT_TYPES[file.format],
          cacheControl: FEED_CACHE_CONTROL,
          hash: file.hash,
          generation,
        });
        written.add(file.key);
      }),
    );
    const hashes = Object.fromEntries(rendered.map((file) => [file.format, file.hash]));
    if (!(await deps.state.commit(path, generation, hashes))) continue;
    const inPlace = await Promise.all(
      rendered.map(async (file) => (await deps.objects.storedHash(file.key)) === file.hash),
    );
    if (!inPlace.every(Boolean)) continue;

    const files = rendered.map((file) => ({ key: file.key, written: written.has(file.key) }));
    for (const file of files) {
      if (file.written) deps.metrics?.fileWritten(file.key);
      else deps.metrics?.fileUnchanged(file.key);
    }
    return { ref, files, attempts: attempt };
  }
  throw new FeedContentionError(path, MAX_ATTEMPTS);
}

/**
 * Regenerates the feeds of a batch of changes, each affected feed once however many changes
 * touch it. Every change of a batch is already in the table when the batch is delivered, so one
 * regeneration per feed, started after delivery, covers them all.
 *
 * @example
 * const batch = new FeedBatch(deps);
 * await Promise.all(changes.map((change) => batch.apply(change)));
 */
export class FeedBatch {
  readonly #deps: RegenerateDeps;
  readonly #running = new Map<string, Promise<FeedOutcome>>();
  readonly #versions = new Map<string, ArticleVersion>();
  /** The latest change time of the batch, by `feedId`. */
  readonly #changedAt = new Map<string, Date>();

  /**
   * @param deps - ports and settings
   * @param changes - every change of the batch, so that each regeneration checks its read
   *   against all of them, whichever record starts it
   */
  constructor(deps: RegenerateDeps, changes: readonly ArticleChange[] = []) {
    this.#deps = deps;
    for (const change of changes) this.#remember(change);
  }

  #remember(change: ArticleChange): void {
    const { changedAt } = change;
    if (changedAt !== null) {
      for (const ref of change.feeds) {
        const known = this.#changedAt.get(feedId(ref));
        if (known === undefined || known < changedAt) this.#changedAt.set(feedId(ref), changedAt);
      }
    }
    const { version } = change;
    if (version === null) return;
    const known = this.#versions.get(version.articleId);
    if (known === undefined || known.revision < version.revision) {
      this.#versions.set(version.articleId, version);
    }
  }

  /**
   * Regenerates the feeds one change touches (or joins their regeneration already under way).
   *
   * @param change - the article change
   * @returns the outcome of every feed it touches; rejects when any of them failed
   */
  apply(change: ArticleChange): Promise<FeedOutcome[]> {
    this.#remember(change);
    const expected = [...this.#versions.values()];
    return Promise.all(
      change.feeds.map((ref) => {
        const id = feedId(ref);
        let running = this.#running.get(id);
        if (running === undefined) {
          const sectionNameHint = change.sectionNames.get(id);
          running = regenerateFeed(ref, this.#deps, {
            expected,
            changedAt: this.#changedAt.get(id) ?? null,
            ...(sectionNameHint === undefined ? {} : { sectionNameHint }),
          });
          this.#running.set(id, running);
        }
        return running;
      }),
    );
  }

  /** The outcome of every feed regenerated so far. */
  async outcomes(): Promise<FeedOutcome[]> {
    const settled = await Promise.allSettled(this.#running.values());
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }
}
