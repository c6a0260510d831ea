/**
 * The regenerating side of coalesced regeneration (see `schedule.ts`): a scheduled run answers a
 * message of the regeneration queue; a rebuild runs a feed now, outside the schedule (the
 * `syndicate feeds rebuild` command, the daily reconcile). Both hold the feed's lease while they
 * regenerate it, and neither starts less than a window after the feed's last run.
 */
import { randomUUID } from 'node:crypto';
import { FeedBusyError } from './errors.ts';
import { type FeedRef, feedPath } from './feed-ref.ts';
import type { FeedScheduleStore, RegenerationQueue } from './ports.ts';
import { type FeedOutcome, type RegenerateDeps, regenerateFeed } from './regenerate.ts';
import {
  type FeedLease,
  followUpOf,
  type RegenerationRequest,
  retryAt,
  type ScheduleSettings,
} from './schedule.ts';

/** What a run needs. */
export interface RunDeps extends ScheduleSettings {
  readonly regenerate: RegenerateDeps;
  readonly schedule: FeedScheduleStore;
  /** Where follow-ups and deferred messages go (scheduled runs only). */
  readonly queue?: RegenerationQueue;
  /** Milliseconds since the epoch; `Date.now` by default. */
  readonly now?: () => number;
  /** Waits (rebuilds only); `setTimeout` by default. */
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

/** What a scheduled run did. */
export type RunOutcome =
  | {
      readonly kind: 'regenerated';
      readonly feed: FeedOutcome;
      /** Due time of the follow-up it scheduled, or null when the feed is clean. */
      readonly followUp: number | null;
      /** How long the oldest change it served had waited, or null when it served none. */
      readonly pendingForMs: number | null;
    }
  /** The message's schedule is gone (a duplicate delivery, or replaced): nothing to do. */
  | { readonly kind: 'stale' }
  /**
   * The feed was busy (tried again a window later, or when its lease ends if sooner) or ran less
   * than a window ago: the message was sent again for then.
   */
  | { readonly kind: 'deferred'; readonly until: number; readonly reason: 'busy' | 'early' };

const wait = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Answers a regeneration message: takes the feed's lease for the schedule the message was sent
 * for, regenerates the feed, then schedules the follow-up (its message goes out before the new
 * due time is recorded: see `refusalOf`) or clears the schedule. A run that fails gives the lease
 * back and keeps the schedule, so the message's redelivery runs it again.
 *
 * @param ref - the feed the message names
 * @param request - the message
 * @param deps - regeneration, schedule store, queue and timing
 * @returns what was done
 * @throws whatever regeneration or the stores threw (the message is to be retried)
 */
export async function runScheduled(
  ref: FeedRef,
  request: RegenerationRequest,
  deps: RunDeps,
): Promise<RunOutcome> {
  const clock = deps.now ?? Date.now;
  const queue = requireQueue(deps);
  const path = feedPath(ref);
  const now = clock();
  const acquired = await deps.schedule.acquire(path, {
    due: request.due,
    now,
    windowMs: deps.windowMs,
    leaseMs: deps.leaseMs,
    owner: randomUUID(),
  });
  if (acquired.kind === 'stale') return acquired;
  if (acquired.kind !== 'acquired') {
    const until = retryAt(acquired, now, deps.windowMs);
    await queue.send(request, Math.max(0, until - now));
    return { kind: 'deferred', until, reason: acquired.kind };
  }
  const { lease } = acquired;
  const feed = await regenerateHolding(ref, lease, deps);
  let followUp = followUpOf(lease, deps.windowMs);
  let finished: 'done' | 'marked' | 'lost' = 'done';
  if (followUp === null) {
    finished = await deps.schedule.finish(lease, null, clock());
    if (finished === 'marked') followUp = lease.startedAt + deps.windowMs;
  }
  if (followUp !== null) {
    try {
      await queue.send({ feed: path, due: followUp }, Math.max(0, followUp - clock()));
    } catch (error) {
      // The schedule still names this message's due time: its redelivery runs the feed again.
      await deps.schedule.release(lease).catch(() => {});
      throw error;
    }
    finished = await deps.schedule.finish(lease, followUp, clock());
  }
  if (finished === 'lost') {
    // The run outlived its lease and another worker took it, so the schedule was left as this
    // message found it. A scheduled run that took it moves the schedule on, but a rebuild never
    // touches it: without this message again the schedule would name a due time that no message
    // carries, and no mark would schedule the feed until it counts as abandoned. Sent again, the
    // message waits out the other lease and runs the feed, or ends as stale if the schedule moved.
    await queue.send(request, 0);
  }
  const dirtySince = lease.state.dirtySince;
  return {
    kind: 'regenerated',
    feed,
    followUp,
    pendingForMs: dirtySince === null ? null : clock() - dirtySince,
  };
}

/**
 * Regenerates a feed now, outside its schedule (a rebuild): waits while another worker holds its
 * lease (trying again every window) or until a window has passed since its last run, then
 * regenerates it under the lease, checking its closed archive pages for withdrawn articles too.
 * The schedule is left alone, so a regeneration due later still happens.
 *
 * @param ref - the feed
 * @param deps - regeneration, schedule store and timing
 * @returns what the regeneration wrote
 * @throws FeedBusyError when the feed stayed busy for longer than two leases
 */
export async function rebuildFeed(ref: FeedRef, deps: RunDeps): Promise<FeedOutcome> {
  const clock = deps.now ?? Date.now;
  const path = feedPath(ref);
  const owner = randomUUID();
  const started = clock();
  const patience = 2 * deps.leaseMs + deps.windowMs;
  for (;;) {
    const now = clock();
    const acquired = await deps.schedule.acquire(path, {
      due: null,
      now,
      windowMs: deps.windowMs,
      leaseMs: deps.leaseMs,
      owner,
    });
    if (acquired.kind === 'acquired') {
      // A rebuild also takes withdrawn articles out of closed archive pages.
      const feed = await regenerateHolding(ref, acquired.lease, deps, true);
      // Not giving it back only makes the next run wait for its expiry.
      await deps.schedule.release(acquired.lease).catch(() => {});
      return feed;
    }
    const until = acquired.kind === 'stale' ? now : retryAt(acquired, now, deps.windowMs);
    if (until - started > patience) throw new FeedBusyError(path, now - started);
    await (deps.sleep ?? wait)(Math.max(1, until - now));
  }
}

async function regenerateHolding(
  ref: FeedRef,
  lease: FeedLease,
  deps: RunDeps,
  checkArchive = false,
): Promise<FeedOutcome> {
  try {
    return await regenerateFeed(ref, deps.regenerate, {
      sectionNameHint: lease.state.sectionName,
      changedAt: lease.state.changedAt,
      checkArchive,
      ...(lease.begun === undefined ? {} : { begun: lease.begun }),
    });
  } catch (error) {
    await deps.schedule.release(lease).catch(() => {});
    throw error;
  }
}

function requireQueue(deps: RunDeps): RegenerationQueue {
  if (deps.queue === undefined) throw new Error('A scheduled run needs the regeneration queue');
  return deps.queue;
}
