/**
 * Coalesced regeneration, the rules ("mark, don't render"). A table change only *marks* the feeds
 * it touches on their state items. The first mark of a feed with nothing scheduled schedules a
 * regeneration, due at the later of now and one window after the feed's last run, and that marker
 * alone sends one delayed message; every later mark only counts. The regenerator that receives
 * the message takes the feed's lease (one worker at a time), regenerates it, and then:
 * - if the run served marks, or marks arrived while it ran, it schedules a follow-up one window
 *   after its own start — the follow-up serves the marks that came in meanwhile, and when there
 *   are none it confirms the run (a feed index updated late, after the run read it, shows up
 *   there);
 * - otherwise it clears the schedule, and the next mark starts over.
 *
 * So a feed runs at most once per window, whatever the write rate or the number of stream shards,
 * and a lone change reaches its feeds at once (the run is due immediately). The functions here
 * are pure; the store (`FeedScheduleStore`) applies them with conditional writes.
 */
import { InvalidRegenerationRequestError } from './errors.ts';
import { parseFeedPath } from './feed-ref.ts';
import type { FeedGeneration } from './ports.ts';

/** Regenerations of one feed are at least this far apart unless configured otherwise. */
export const DEFAULT_REGENERATION_WINDOW_MS = 10_000;

/** The longest window: SQS delays a message by at most 15 minutes. */
export const MAX_REGENERATION_WINDOW_MS = 900_000;

/**
 * How long a worker holds a feed's lease unless configured otherwise: longer than a run can
 * take (the regenerate function's timeout), shorter than the queue's visibility timeout, so a
 * crashed worker's message comes back after its lease has expired.
 */
export const DEFAULT_LEASE_MS = 90_000;

/**
 * A schedule this far past its due time, with no lease held, lost its message (a regeneration
 * that failed every retry, a send that failed and could not be taken back): the next mark
 * replaces it. Longer than every retry of a message on the queue.
 */
export const ABANDONED_SCHEDULE_MS = 30 * 60_000;

/** The timing of the schedule. */
export interface ScheduleSettings {
  /** Least time between the starts of two runs of one feed (ms). */
  readonly windowMs: number;
  /** How long a run's lease lasts (ms). */
  readonly leaseMs: number;
}

/** What one mark records besides the count. */
export interface MarkChange {
  /** When the mark is made (ms since the epoch). */
  readonly at: number;
  /** The change's own time (its `updatedAt`): the build date of changed content is at least this. */
  readonly changedAt: Date | null;
  /** The section's display name, for a section feed left without items. */
  readonly sectionName: string | null;
  /**
   * The oldest new place (`feedSort`) among the changes: an article that entered the feed or
   * moved in it. The next run checks whether it arrived behind a closed archive page (a *late*
   * article, `shared/feeds/archive-pages.ts`). @default none
   */
  readonly placedSort?: string | null;
}

/** A feed's schedule as a mark left it. */
export interface MarkedFeed {
  /** Due time of the scheduled run, or null when none is scheduled. */
  readonly dueAt: number | null;
  /** Start of the last run, or null when it never ran. */
  readonly lastRunAt: number | null;
  /** End of the lease of the run in progress, or null. */
  readonly leaseUntil: number | null;
  /** When the oldest change not yet served by a run was marked. */
  readonly dirtySince: number;
}

/** A regeneration to schedule. */
export interface SchedulePlan {
  readonly due: number;
  /** The abandoned schedule it replaces, or null when none is scheduled. */
  readonly replacing: number | null;
}

/**
 * When a feed may run next.
 *
 * @param lastRunAt - start of its last run, or null
 * @param now - the current time
 * @param windowMs - the window
 * @returns the later of now and one window after the last run
 */
export function nextRunAt(lastRunAt: number | null, now: number, windowMs: number): number {
  return lastRunAt === null ? now : Math.max(now, lastRunAt + windowMs);
}

/**
 * Whether a mark must schedule a regeneration.
 *
 * @param feed - the schedule after the mark
 * @param now - the current time
 * @param windowMs - the window
 * @returns the regeneration to schedule, or null when one is scheduled already
 * @example
 * schedulePlan({ dueAt: null, lastRunAt: 1_000, leaseUntil: null, dirtySince: 5_000 }, 5_000, 10_000);
 * // { due: 11_000, replacing: null }
 */
export function schedulePlan(feed: MarkedFeed, now: number, windowMs: number): SchedulePlan | null {
  const due = nextRunAt(feed.lastRunAt, now, windowMs);
  if (feed.dueAt === null) return { due, replacing: null };
  const leased = feed.leaseUntil !== null && feed.leaseUntil >= now;
  return !leased && now - feed.dueAt > ABANDONED_SCHEDULE_MS
    ? { due, replacing: feed.dueAt }
    : null;
}

/** What a run knows of its feed when it takes the lease. */
export interface FeedRunState {
  /** Marks so far. */
  readonly marks: number;
  /** Marks served by the runs before. */
  readonly servedMarks: number;
  readonly sectionName: string | null;
  /** The latest change time marked (see {@link MarkChange.changedAt}). */
  readonly changedAt: Date | null;
  /** When the oldest change not yet served was marked, or null when none is waiting. */
  readonly dirtySince: number | null;
}

/** A worker's hold on a feed while it regenerates it. */
export interface FeedLease {
  readonly feedPath: string;
  /** Who holds it (unique per run). */
  readonly owner: string;
  /** When the run started (its `lastRunAt`). */
  readonly startedAt: number;
  readonly until: number;
  /** The schedule the run answers, or null for a rebuild outside the schedule. */
  readonly due: number | null;
  readonly state: FeedRunState;
  /**
   * The run's first generation, when the store took it with the lease (one write instead of
   * two: the DynamoDB store keeps both on the feed's state item); absent when the run must begin
   * one itself.
   */
  readonly begun?: FeedGeneration;
}

/** What a run asks for. */
export interface LeaseRequest {
  /** The due time of the schedule it answers; null for a rebuild. */
  readonly due: number | null;
  readonly now: number;
  readonly windowMs: number;
  readonly leaseMs: number;
  readonly owner: string;
}

/** The answer to a lease request. */
export type Acquired =
  | { readonly kind: 'acquired'; readonly lease: FeedLease }
  /** The schedule is gone or another one replaced it: the message has nothing left to do. */
  | { readonly kind: 'stale' }
  /** Another worker holds the lease until then. */
  | { readonly kind: 'busy'; readonly until: number }
  /** The feed ran less than a window ago; it may run again then. */
  | { readonly kind: 'early'; readonly notBefore: number };

/** The part of a feed's state that tells why a lease was refused. */
export interface LeaseHolder {
  readonly dueAt: number | null;
  readonly lastRunAt: number | null;
  readonly leaseUntil: number | null;
}

/**
 * Why a lease was refused, from the feed's state at the refusal.
 *
 * A held lease is `busy` even when the schedule moved: a worker finishing its run sends the
 * follow-up's message *before* it records the new due time, so a message that arrives in between
 * must come back rather than be dropped (`retryAt`).
 *
 * @param current - the state item, or null when the feed has none
 * @param request - the refused request
 * @returns `busy`, `stale` or `early`
 */
export function refusalOf(current: LeaseHolder | null, request: LeaseRequest): Acquired {
  if (current === null) return { kind: 'stale' };
  if (current.leaseUntil !== null && current.leaseUntil >= request.now) {
    return { kind: 'busy', until: current.leaseUntil };
  }
  if (request.due !== null && current.dueAt !== request.due) return { kind: 'stale' };
  // Never "now": a refusal whose cause is already gone (a lease that just expired) retries soon.
  const notBefore = Math.max(
    nextRunAt(current.lastRunAt, request.now, request.windowMs),
    request.now + 1,
  );
  return { kind: 'early', notBefore };
}

/**
 * When a refused lease request is worth trying again: a feed that ran less than a window ago
 * when that window has passed; a busy feed a window later, or when its lease ends if that is
 * sooner. Not at the lease's end only: most often the holder is a run that outlasted its window,
 * whose follow-up arrives before it gives the lease back, and it ends well before its lease does.
 *
 * @param refusal - the refusal (`busy` or `early`)
 * @param now - the time of the request
 * @param windowMs - the window
 * @returns the time to try again
 */
export function retryAt(
  refusal: Extract<Acquired, { kind: 'busy' } | { kind: 'early' }>,
  now: number,
  windowMs: number,
): number {
  return refusal.kind === 'busy' ? Math.min(refusal.until, now + windowMs) : refusal.notBefore;
}

/**
 * The follow-up a finished run must schedule, if any.
 *
 * @param lease - the run's lease
 * @param windowMs - the window
 * @returns one window after the run's start when the run served marks, else null (the store
 *   still refuses to clear the schedule if marks arrived during the run: see `finish`)
 */
export function followUpOf(lease: FeedLease, windowMs: number): number | null {
  return lease.state.marks > lease.state.servedMarks ? lease.startedAt + windowMs : null;
}

/** The message of a scheduled regeneration. */
export interface RegenerationRequest {
  /** The feed's path (`all`, `demo`, `demo/du-lich`). */
  readonly feed: string;
  /** The due time of the schedule it was sent for (ms since the epoch): its identity. */
  readonly due: number;
}

/**
 * Reads a regeneration message.
 *
 * @param body - the message body, JSON
 * @returns the request
 * @throws InvalidRegenerationRequestError when it is not one, saying what is wrong
 */
export function parseRegenerationRequest(body: string): RegenerationRequest {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new InvalidRegenerationRequestError(`not JSON: ${body.slice(0, 80)}`);
  }
  const { feed, due } = (value ?? {}) as Record<string, unknown>;
  if (typeof feed !== 'string' || parseFeedPath(feed) === null) {
    throw new InvalidRegenerationRequestError(`no feed path in ${body.slice(0, 80)}`);
  }
  if (typeof due !== 'number' || !Number.isSafeInteger(due) || due < 0) {
    throw new InvalidRegenerationRequestError(`no due time in ${body.slice(0, 80)}`);
  }
  return { feed, due };
}
