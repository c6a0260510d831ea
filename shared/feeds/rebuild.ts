/**
 * Rebuilding feeds outside the flow of changes: after a renderer fix, a new base URL, or a file
 * deleted or lost, nothing in the table changes, so nothing marks the feeds. A rebuild renders a
 * feed from the table and writes each file whose bytes differ from the stored one, so rebuilding
 * every feed (`syndicate feeds rebuild --all`, the daily reconcile) rewrites exactly the feeds
 * whose stored content differs from what the table says.
 */
import type { Publisher } from '../publishers/publisher.ts';
import { UnknownFeedError } from './errors.ts';
import { ALL_FEED, type FeedRef, feedPath, feedRefOfKey, parseFeedPath } from './feed-ref.ts';
import { type RunDeps, rebuildFeed } from './feed-runs.ts';
import type { FeedObjectStore, SectionCatalog } from './ports.ts';
import type { FeedOutcome } from './regenerate.ts';

/** Feeds rebuilt at once: each holds one feed's items and renders in memory. */
export const REBUILD_CONCURRENCY = 4;

/** What became of one feed of a rebuild. */
export type RebuildResult =
  | { readonly feedPath: string; readonly outcome: FeedOutcome }
  | { readonly feedPath: string; readonly error: unknown };

/** Every feed of a rebuild. */
export interface RebuildReport {
  readonly results: readonly RebuildResult[];
  /** Paths of the feeds whose stored content differed (at least one file rewritten). */
  readonly rebuilt: readonly string[];
  /** Paths of the feeds that already matched the table. */
  readonly unchanged: readonly string[];
  /** Paths of the feeds that failed. */
  readonly failed: readonly string[];
}

/**
 * Every feed there is: the aggregate, each configured publisher's, each section with a live
 * article, and each feed with a file in the bucket (a section emptied since, which must say so).
 * Feeds of publishers no longer configured are left out: they have no title or home page.
 *
 * @param sources - the section catalog, the feeds bucket and the publishers
 * @returns the feeds, each once, sorted by path
 */
export async function knownFeeds(sources: {
  readonly sections: SectionCatalog;
  readonly objects: FeedObjectStore;
  readonly publishers: ReadonlyMap<string, Publisher>;
}): Promise<FeedRef[]> {
  const [sections, keys] = await Promise.all([
    sources.sections.sectionFeeds(),
    sources.objects.listFeedKeys(),
  ]);
  const feeds = new Map<string, FeedRef>([[feedPath(ALL_FEED), ALL_FEED]]);
  for (const publisherId of sources.publishers.keys()) {
    feeds.set(publisherId, { kind: 'publisher', publisherId });
  }
  for (const ref of [...sections, ...keys.map(feedRefOfKey)]) {
    if (ref === null || (ref.kind !== 'all' && !sources.publishers.has(ref.publisherId))) continue;
    feeds.set(feedPath(ref), ref);
  }
  return [...feeds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, ref]) => ref);
}

/**
 * The feeds a rebuild request names.
 *
 * @param paths - feed paths (`all`, `demo`, `demo/du-lich`)
 * @param publishers - the configured publishers
 * @returns the feeds
 * @throws UnknownFeedError for a path that names no feed of a configured publisher
 */
export function feedsOfPaths(
  paths: readonly string[],
  publishers: ReadonlyMap<string, Publisher>,
): FeedRef[] {
  return paths.map((path) => {
    const ref = parseFeedPath(path.replace(/^\/?(feeds\/)?/, '').replace(/\.(xml|atom|json)$/, ''));
    if (ref === null || (ref.kind !== 'all' && !publishers.has(ref.publisherId))) {
      throw new UnknownFeedError(path);
    }
    return ref;
  });
}

/**
 * Rebuilds feeds, {@link REBUILD_CONCURRENCY} at a time, each under its lease and at least a
 * window after its last run. One feed failing does not stop the others.
 *
 * @param feeds - the feeds
 * @param deps - regeneration, schedule store and timing
 * @param onResult - called as each feed finishes (progress)
 * @returns what became of each feed
 * @example
 * const report = await rebuildFeeds(await knownFeeds(sources), deps);
 * report.rebuilt; // ['demo/du-lich'] — the feeds whose files differed from the table
 */
export async function rebuildFeeds(
  feeds: readonly FeedRef[],
  deps: RunDeps,
  onResult?: (result: RebuildResult) => void,
): Promise<RebuildReport> {
  const results: RebuildResult[] = [];
  const queue = [...feeds];
  const worker = async () => {
    for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
      const path = feedPath(ref);
      let result: RebuildResult;
      try {
        result = { feedPath: path, outcome: await rebuildFeed(ref, deps) };
      } catch (error) {
        result = { feedPath: path, error };
      }
      results.push(result);
      onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(REBUILD_CONCURRENCY, feeds.length) }, worker));
  results.sort((a, b) => a.feedPath.localeCompare(b.feedPath));
  const paths = (keep: (result: RebuildResult) => boolean) =>
    results.filter(keep).map((result) => result.feedPath);
  return {
    results,
    rebuilt: paths((r) => 'outcome' in r && r.outcome.files.some((file) => file.written)),
    unchanged: paths((r) => 'outcome' in r && r.outcome.files.every((file) => !file.written)),
    failed: paths((r) => 'error' in r),
  };
}
