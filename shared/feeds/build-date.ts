import { type FeedItem, newestChange } from './feed-item.ts';
import type { FeedVersion } from './ports.ts';

const SECOND = 1000;

/** RSS dates have whole seconds: comparing finer times would let equal-looking dates "move". */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / SECOND) * SECOND);
}

function later(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** What the next build date of a feed depends on. */
export interface BuildDateInput {
  /** The items about to be published, newest first. */
  readonly items: readonly FeedItem[];
  /** Hash of the content about to be published (see {@link FeedVersion}). */
  readonly contentHash: string;
  /**
   * Time of the latest change that led to this regeneration (the changed article's `updatedAt`
   * from the stream record: its withdrawal, its move to another section), or null.
   */
  readonly changedAt: Date | null;
  /** The feed's latest version so far, or null for a feed never published. */
  readonly latest: FeedVersion | null;
}

/**
 * The build date of a feed (RSS `lastBuildDate`): the time of the newest change of its content.
 *
 * The newest item alone is not enough: withdrawing an article, or moving it to another section,
 * changes a feed without adding anything newer to it. So the time of the triggering change counts
 * too, and the feed's latest build date is a floor: unchanged content keeps its date, changed
 * content always gets a later one (a second later when nothing later is known). A pure function:
 * the same inputs give the same date, whenever and however often it is called.
 *
 * @param input - items, content hash, change time and the latest version
 * @returns whole seconds; null only for a feed with no items, no dated change and no history
 * @example
 * nextBuildDate({ items: [], contentHash, changedAt: withdrawnAt, latest }); // withdrawnAt
 */
export function nextBuildDate(input: BuildDateInput): Date | null {
  const { latest } = input;
  const newest = newestChange(input.items);
  const floor = latest?.buildDate ?? null;
  if (latest !== null && latest.contentHash === input.contentHash) {
    return later(floor, newest === null ? null : wholeSeconds(newest));
  }
  const candidate = later(newest, input.changedAt);
  const rounded = candidate === null ? null : wholeSeconds(candidate);
  if (floor === null || (rounded !== null && rounded > floor)) return rounded;
  return new Date(floor.getTime() + SECOND);
}
