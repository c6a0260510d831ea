/**
 * The marking side of coalesced regeneration (see `schedule.ts`): a table change marks the feeds
 * it touches, and the one mark that finds nothing scheduled sends the delayed message.
 */
import { type FeedRef, feedId, feedPath } from './feed-ref.ts';
import type { FeedScheduleStore, RegenerationQueue } from './ports.ts';
import { schedulePlan } from './schedule.ts';
import type { ArticleChange } from './stream-changes.ts';

/** What marking needs. */
export interface MarkDeps {
  readonly schedule: FeedScheduleStore;
  readonly queue: RegenerationQueue;
  /** The regeneration window (ms). */
  readonly windowMs: number;
  /** Milliseconds since the epoch; `Date.now` by default. */
  readonly now?: () => number;
}

/** A feed's changes of one batch, merged. */
export interface FeedMark {
  readonly ref: FeedRef;
  /** The latest change time among them. */
  readonly changedAt: Date | null;
  readonly sectionName: string | null;
  /** The oldest new place among them (see `MarkChange.placedSort`). @default none */
  readonly placedSort?: string | null;
}

/** What marking a feed did. */
export interface MarkOutcome {
  readonly ref: FeedRef;
  readonly feedPath: string;
  /** Due time of the regeneration this mark scheduled, or null when one was scheduled already. */
  readonly scheduled: number | null;
  /** How long the oldest change not yet in the feed has waited (0 for a first change). */
  readonly pendingForMs: number;
}

/**
 * Marks one feed changed and, when no regeneration is scheduled, schedules one and sends its
 * message (due at once unless the feed ran less than a window ago). A message that cannot be
 * sent takes its schedule back, so the retried mark schedules again.
 *
 * @param mark - the feed and what its changes say
 * @param deps - the schedule store, the queue and the window
 * @returns whether this mark scheduled the regeneration
 * @example
 * await markFeed({ ref: ALL_FEED, changedAt: null, sectionName: null }, deps);
 */
export async function markFeed(mark: FeedMark, deps: MarkDeps): Promise<MarkOutcome> {
  const path = feedPath(mark.ref);
  const now = (deps.now ?? Date.now)();
  const feed = await deps.schedule.mark(path, {
    at: now,
    changedAt: mark.changedAt,
    sectionName: mark.sectionName,
    placedSort: mark.placedSort ?? null,
  });
  const plan = schedulePlan(feed, now, deps.windowMs);
  let scheduled: number | null = null;
  if (plan !== null && (await deps.schedule.schedule(path, plan, now))) {
    try {
      await deps.queue.send({ feed: path, due: plan.due }, Math.max(0, plan.due - now));
    } catch (error) {
      // Left in place, the schedule would wait for a message that never comes.
      await deps.schedule.unschedule(path, plan.due).catch(() => {});
      throw error;
    }
    scheduled = plan.due;
  }
  return { ref: mark.ref, feedPath: path, scheduled, pendingForMs: now - feed.dirtySince };
}

function later(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

function older(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

/**
 * Marks the feeds of a batch of changes, each feed once however many changes touch it. Each
 * change's promise settles when all of its feeds are marked, so a failed feed fails exactly the
 * changes that touch it.
 *
 * @example
 * const batch = new MarkBatch(changes, deps);
 * await Promise.all(changes.map((change) => batch.marked(change)));
 */
export class MarkBatch {
  readonly #deps: MarkDeps;
  readonly #marks = new Map<string, FeedMark>();
  readonly #running = new Map<string, Promise<MarkOutcome>>();

  /**
   * @param changes - every change of the batch, so each feed is marked with the latest change
   *   time and section name among them, whichever change starts it
   * @param deps - the schedule store, the queue and the window
   */
  constructor(changes: readonly ArticleChange[], deps: MarkDeps) {
    this.#deps = deps;
    for (const change of changes) {
      for (const ref of change.feeds) {
        const id = feedId(ref);
        const known = this.#marks.get(id);
        const placed = change.placed?.feedIds.includes(id) ? change.placed.sort : null;
        this.#marks.set(id, {
          ref,
          changedAt: later(known?.changedAt ?? null, change.changedAt),
          sectionName: change.sectionNames.get(id) ?? known?.sectionName ?? null,
          placedSort: older(known?.placedSort ?? null, placed),
        });
      }
    }
  }

  /**
   * Marks the feeds one change touches (or joins their marking already under way).
   *
   * @param change - a change of the batch
   * @returns the outcome of each of its feeds; rejects when any of them failed
   */
  marked(change: ArticleChange): Promise<MarkOutcome[]> {
    return Promise.all(
      change.feeds.map((ref) => {
        const id = feedId(ref);
        let running = this.#running.get(id);
        if (running === undefined) {
          const mark = this.#marks.get(id) ?? {
            ref,
            changedAt: change.changedAt,
            sectionName: null,
            placedSort: change.placed?.feedIds.includes(id) ? change.placed.sort : null,
          };
          running = markFeed(mark, this.#deps);
          this.#running.set(id, running);
        }
        return running;
      }),
    );
  }
}
