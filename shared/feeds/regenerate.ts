import { createHash } from 'node:crypto';
import type { Publisher } from '../publishers/publisher.ts';
import { subscriptionHistory, subscriptionItems } from './archive.ts';
import { type ArchiveDeps, closeArchivePages, rewriteWithdrawnFromPages } from './archive-pages.ts';
import { renderAtom } from './atom.ts';
import { type BuildDateInput, nextBuildDate } from './build-date.ts';
import { FeedContentionError } from './errors.ts';
import { describeFeed } from './feed-info.ts';
import type { FeedItem } from './feed-item.ts';
import {
  FEED_CONTENT_TYPES,
  FEED_FORMATS,
  type FeedFormat,
  type FeedRef,
  feedObjectKey,
  feedPath,
} from './feed-ref.ts';
import { renderJsonFeed } from './json-feed.ts';
import type {
  FeedCdn,
  FeedGeneration,
  FeedItemSource,
  FeedMetrics,
  FeedObjectStore,
  FeedStateStore,
  FeedVersion,
} from './ports.ts';
import { renderRss } from './rss.ts';

/**
 * `Cache-Control` of the feed files: a CDN and readers may reuse a file for a minute, then serve
 * it stale for five more while fetching the new one, and for a day if the origin fails. A change
 * reaches readers within about a minute without every poll reaching the bucket.
 */
export const FEED_CACHE_CONTROL =
  'public, max-age=60, stale-while-revalidate=300, stale-if-error=86400';

/** Attempts per feed before giving up to concurrent regenerations (the record is retried). */
const MAX_ATTEMPTS = 5;

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
  /** The WebSub hub the feeds advertise. @default none */
  readonly hubUrl?: string;
  /** Archive pages (RFC 5005): where they are recorded and read from. @default no archive */
  readonly archive?: ArchiveDeps['archive'];
  /** The CDN, told of closed archive pages rewritten (withdrawals). @default none */
  readonly cdn?: FeedCdn;
  readonly metrics?: FeedMetrics;
  /** Milliseconds since some fixed point, for render timings. */
  readonly now?: () => number;
}

/** What a regeneration is for, besides the feed. */
export interface RegenerateOptions {
  /** The section's display name (marked with its changes), for a section feed left empty. */
  readonly sectionNameHint?: string | null;
  /**
   * Time of the latest change marked on this feed (see `MarkChange.changedAt`): the build date of
   * changed content is at least this, even when no item shows it (a withdrawal).
   */
  readonly changedAt?: Date | null;
  /**
   * Also check every closed archive page, rewriting those holding an article withdrawn since
   * (a rebuild, the daily reconcile). @default false
   */
  readonly checkArchive?: boolean;
  /** A generation taken already (with the feed's lease) for the first attempt. */
  readonly begun?: FeedGeneration;
}

/** The result of one feed file. */
export interface FileOutcome {
  readonly format: FeedFormat;
  readonly key: string;
  /** SHA-256 of the file's bytes (hex). */
  readonly hash: string;
  /** Whether this regeneration wrote it (its bytes differed from the stored file's). */
  readonly written: boolean;
  /** Whether there was no file before this regeneration wrote it (a new feed). */
  readonly created: boolean;
}

/** The result of regenerating one feed. */
export interface FeedOutcome {
  readonly ref: FeedRef;
  readonly files: readonly FileOutcome[];
  /** Hash of the content, build date aside (the feed state's `contentHash`). */
  readonly contentHash: string;
  /** The build date the files carry (RSS `lastBuildDate`, Atom `updated`). */
  readonly buildDate: Date | null;
  /** The ids of the articles the feed holds, newest first. */
  readonly itemIds: readonly string[];
  /** How many attempts it took (more than one when a concurrent regeneration interfered). */
  readonly attempts: number;
  /**
   * The newest closed archive page (null when none closed), the page files written, and those
   * of them rewritten because an article left a closed page (the CDN must forget them).
   */
  readonly archive?: {
    readonly latestPage: number | null;
    readonly written: readonly string[];
    readonly rewritten: readonly string[];
  };
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

/**
 * The latest claimed version, when the render's content is that version's and its build date
 * would stay the same: then the files may be in place already.
 */
function alreadyInPlace(
  latest: FeedVersion | null,
  input: Omit<BuildDateInput, 'latest'>,
): FeedVersion | null {
  if (latest === null || latest.contentHash !== input.contentHash) return null;
  const buildDate = nextBuildDate({ ...input, latest });
  return buildDate?.getTime() === latest.buildDate?.getTime() ? latest : null;
}

function sectionNameOf(ref: FeedRef, items: readonly FeedItem[], hint: string | null) {
  if (ref.kind !== 'section') return null;
  return items.find((item) => item.article.section !== null)?.article.section ?? hint ?? null;
}

/**
 * The items of the subscription document: the newest `itemLimit`; with archives, every item
 * newer than the newest closed page and the late items, after closing the pages that are full.
 */
async function readItems(ref: FeedRef, deps: RegenerateDeps, checkArchive: boolean) {
  if (deps.archive === undefined) {
    return { items: await deps.items.newestItems(ref, deps.itemLimit), archive: null };
  }
  const archiveDeps = { ...deps, archive: deps.archive };
  // Fewer than itemLimit + pageSize items are newer than the newest page once full pages close.
  const newest = await deps.items.newestItems(ref, deps.itemLimit + deps.archive.pageSize - 1);
  const closed = await closeArchivePages(ref, newest.slice(0, deps.itemLimit), archiveDeps);
  const rewritten = checkArchive ? await rewriteWithdrawnFromPages(ref, archiveDeps) : [];
  if (rewritten.length > 0) await deps.cdn?.invalidate(rewritten);
  return {
    items: subscriptionItems(closed.latest, newest, closed.late),
    archive: {
      latestPage: closed.latest?.number ?? null,
      written: [...closed.written, ...rewritten],
      rewritten,
    },
  };
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
 * @param options - the section's display name (for a feed left without items) and the time of
 *   the latest change
 * @returns the files, which of them were written, the content hash, build date and items
 * @throws FeedContentionError when newer regenerations kept winning for {@link MAX_ATTEMPTS}
 */
export async function regenerateFeed(
  ref: FeedRef,
  deps: RegenerateDeps,
  options: RegenerateOptions = {},
): Promise<FeedOutcome> {
  const { sectionNameHint = null, changedAt = null, checkArchive = false } = options;
  const path = feedPath(ref);
  const now = deps.now ?? (() => performance.now());
  const written = new Set<string>();
  const created = new Set<string>();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const { generation, latest } =
      attempt === 1 && options.begun !== undefined ? options.begun : await deps.state.begin(path);
    const { items, archive } = await readItems(ref, deps, checkArchive && attempt === 1);
    const started = now();
    const info = {
      ...describeFeed(ref, {
        baseUrl: deps.baseUrl,
        hubUrl: deps.hubUrl ?? null,
        publishers: deps.publishers,
        sectionName: sectionNameOf(ref, items, sectionNameHint),
        items,
      }),
      history: subscriptionHistory(deps.baseUrl, ref, archive?.latestPage ?? null),
    };
    const json = renderJsonFeed(info, items);
    // The content without a build date of its own: the RSS dated by its items, and the JSON.
    const contentHash = sha256(`${renderRss(info, items)}\n${json}`);
    let rendering = now() - started;
    const renderFiles = (lastBuildDate: Date | null): Rendered[] => {
      const restarted = now();
      // The Atom content is a function of the same items, so the hash above covers it.
      const bodies: Record<FeedFormat, string> = {
        rss: renderRss(info, items, { lastBuildDate }),
        atom: renderAtom(info, items, { updated: lastBuildDate }),
        json,
      };
      const files = FEED_FORMATS.map((format) => {
        const body = bodies[format];
        return { format, key: feedObjectKey(ref, format), body, hash: sha256(body) };
      });
      rendering += now() - restarted;
      return files;
    };
    // Content and date already claimed, every file already holding them (a confirming run, a
    // rebuild of a feed that matches): there is nothing to claim and nothing to write.
    const kept = alreadyInPlace(latest, { items, contentHash, changedAt });
    let lastBuildDate = kept?.buildDate ?? null;
    let rendered = kept === null ? [] : renderFiles(lastBuildDate);
    const settled =
      kept !== null &&
      (await Promise.all(
        rendered.map(async (file) => (await deps.objects.storedHash(file.key)) === file.hash),
      ).then((inPlace) => inPlace.every(Boolean)));
    if (!settled) {
      lastBuildDate = await claimBuildDate(path, deps, { items, contentHash, changedAt }, latest);
      rendered = renderFiles(lastBuildDate);
    }
    deps.metrics?.rendered(path, rendering);

    await Promise.all(
      rendered.map(async (file) => {
        if (settled) return;
        const stored = await deps.objects.storedHash(file.key);
        if (stored === file.hash) return;
        await deps.objects.put({
          key: file.key,
          body: file.body,
          contentType: FEED_CONTENT_TYPES[file.format],
          cacheControl: FEED_CACHE_CONTROL,
          hash: file.hash,
          generation,
        });
        written.add(file.key);
        if (stored === null) created.add(file.key);
      }),
    );
    const hashes = Object.fromEntries(rendered.map((file) => [file.format, file.hash]));
    if (!(await deps.state.commit(path, generation, hashes))) continue;
    const inPlace = await Promise.all(
      rendered.map(async (file) => (await deps.objects.storedHash(file.key)) === file.hash),
    );
    if (!inPlace.every(Boolean)) continue;

    const files = rendered.map(({ format, key, hash }) => ({
      format,
      key,
      hash,
      written: written.has(key),
      created: created.has(key),
    }));
    for (const file of files) {
      if (file.written) deps.metrics?.fileWritten(file.key);
      else deps.metrics?.fileUnchanged(file.key);
    }
    return {
      ref,
      files,
      contentHash,
      buildDate: lastBuildDate,
      itemIds: items.map((item) => item.article.id),
      attempts: attempt,
      ...(archive === null ? {} : { archive }),
    };
  }
  throw new FeedContentionError(path, MAX_ATTEMPTS);
}

/**
 * A feed whose content changed: what push delivery (WebSub pings, archive pages) hangs off. Only
 * regenerations that rewrote at least one file publish; an unchanged render is not news.
 */
export interface FeedPublished {
  readonly ref: FeedRef;
  /** `all`, `demo`, `demo/du-lich`. */
  readonly feedPath: string;
  /** The formats whose file this regeneration rewrote. */
  readonly formats: readonly FeedFormat[];
  /** Every file of the feed, written or not, with its key and hash. */
  readonly files: readonly FileOutcome[];
  /** Hash of the content, build date aside. */
  readonly contentHash: string;
  readonly buildDate: Date | null;
  /** The ids of the articles the feed now holds, newest first. */
  readonly itemIds: readonly string[];
}

/**
 * The publication a regeneration made, if any.
 *
 * @param outcome - what `regenerateFeed` returned
 * @returns the published feed, or null when no file changed
 */
export function feedPublished(outcome: FeedOutcome): FeedPublished | null {
  const formats = outcome.files.filter((file) => file.written).map((file) => file.format);
  if (formats.length === 0) return null;
  return {
    ref: outcome.ref,
    feedPath: feedPath(outcome.ref),
    formats,
    files: outcome.files,
    contentHash: outcome.contentHash,
    buildDate: outcome.buildDate,
    itemIds: outcome.itemIds,
  };
}
