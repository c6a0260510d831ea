/**
 * The behaviour of coalesced regeneration, written once and run against each schedule store: the
 * in-memory one (`test/unit/feeds/coalescing.test.ts`) and the DynamoDB one on DynamoDB Local
 * (`test/integration/feed-schedule.test.ts`), so the two cannot drift apart. Time is a test clock;
 * the queue keeps each message with the time it becomes visible; the regeneration itself runs on
 * in-memory items and bucket.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FeedRef, feedPath } from '../../shared/feeds/feed-ref.ts';
import {
  type RunDeps,
  type RunOutcome,
  rebuildFeed,
  runScheduled,
} from '../../shared/feeds/feed-runs.ts';
import { type MarkOutcome, markFeed } from '../../shared/feeds/mark-feeds.ts';
import type { FeedScheduleStore } from '../../shared/feeds/ports.ts';
import { ABANDONED_SCHEDULE_MS, type RegenerationRequest } from '../../shared/feeds/schedule.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { item } from '../unit/feeds/fixtures.ts';
import {
  gate,
  InMemoryItems,
  InMemoryObjects,
  InMemoryState,
  RecordingQueue,
  settle,
} from '../unit/feeds/in-memory-ports.ts';

const WINDOW = 10_000;
const LEASE = 60_000;

let feeds = 0;

/** A section feed of its own for each world, so worlds can share a table. */
function freshFeed(): FeedRef {
  feeds += 1;
  return {
    kind: 'section',
    publisherId: 'demo',
    sectionSlug: `s-${process.pid}-${Date.now().toString(36)}-${feeds}`,
  };
}

/** One feed, its schedule, a queue and a clock. */
class World {
  readonly ref = freshFeed();
  readonly clock = { now: 1_000_000 };
  readonly queue = new RecordingQueue(() => this.clock.now);
  readonly items = new InMemoryItems();
  readonly objects = new InMemoryObjects();
  /** Start times of the regenerations that ran. */
  readonly runs: number[] = [];
  readonly run: RunDeps;

  constructor(readonly store: FeedScheduleStore) {
    const now = () => this.clock.now;
    this.run = {
      windowMs: WINDOW,
      leaseMs: LEASE,
      schedule: store,
      queue: this.queue,
      now,
      sleep: async (ms) => {
        this.clock.now += ms;
      },
      regenerate: {
        items: this.items,
        objects: this.objects,
        state: new InMemoryState(),
        publishers: samplePublishersById,
        baseUrl: 'https://feeds.test',
        itemLimit: 10,
      },
    };
    const read = this.items.beforeRead;
    this.items.beforeRead = async (ref) => {
      this.runs.push(this.clock.now);
      await read(ref);
    };
  }

  /** Marks the feed now and takes the message that mark sent (due at once). */
  async markAndTake(): Promise<RegenerationRequest> {
    const now = this.clock.now;
    await this.mark(now);
    const [message] = this.queue.due(now);
    if (message === undefined) throw new Error('no message');
    return message;
  }

  /** Runs `action` inside the next regeneration's read; the reads after it are only recorded. */
  duringNextRead(action: () => Promise<void>): void {
    this.items.beforeRead = async () => {
      this.runs.push(this.clock.now);
      this.items.beforeRead = async () => {
        this.runs.push(this.clock.now);
      };
      await action();
    };
  }

  mark(at: number, changedAt: Date | null = null): Promise<MarkOutcome> {
    this.clock.now = Math.max(this.clock.now, at);
    return markFeed(
      { ref: this.ref, changedAt, sectionName: 'Thời sự' },
      { schedule: this.store, queue: this.queue, windowMs: WINDOW, now: () => this.clock.now },
    );
  }

  /** Delivers every message visible by `time`, each at its own time, in order. */
  async deliverUntil(time: number): Promise<RunOutcome[]> {
    const outcomes: RunOutcome[] = [];
    for (;;) {
      const next = this.queue.sent
        .filter((message) => message.deliverAt <= time)
        .sort((a, b) => a.deliverAt - b.deliverAt)[0];
      if (next === undefined) break;
      this.clock.now = Math.max(this.clock.now, next.deliverAt);
      for (const request of this.queue.due(this.clock.now)) {
        outcomes.push(await runScheduled(this.ref, request, this.run));
      }
    }
    this.clock.now = Math.max(this.clock.now, time);
    return outcomes;
  }
}

/**
 * Registers the scenarios for one store.
 *
 * @param name - the store's name, for the suite title
 * @param store - returns the store under test (called inside tests)
 */
export function describeCoalescing(name: string, store: () => FeedScheduleStore): void {
  describe(`coalesced regeneration (${name})`, () => {
    it('regenerates a lone change at once, then confirms it one window later', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      const marked = await world.mark(t0);
      expect(marked.scheduled).toBe(t0);
      const [first] = await world.deliverUntil(t0);
      expect(first).toMatchObject({ kind: 'regenerated', followUp: t0 + WINDOW, pendingForMs: 0 });
      const [confirm] = await world.deliverUntil(t0 + WINDOW);
      expect(confirm).toMatchObject({ kind: 'regenerated', followUp: null, pendingForMs: null });
      expect(world.runs).toEqual([t0, t0 + WINDOW]);
      expect(world.queue.sent).toEqual([]);
      // Clean again: the next change, a window later, runs at once.
      expect((await world.mark(t0 + 2 * WINDOW)).scheduled).toBe(t0 + 2 * WINDOW);
    });

    it('serves every change of a window with one run at its end', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      await world.mark(t0);
      await world.deliverUntil(t0);
      for (const at of [t0 + 1_000, t0 + 2_000, t0 + 9_000]) {
        expect((await world.mark(at)).scheduled).toBeNull();
      }
      const outcomes = await world.deliverUntil(t0 + WINDOW);
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]).toMatchObject({ kind: 'regenerated', pendingForMs: WINDOW - 1_000 });
      expect(world.runs).toEqual([t0, t0 + WINDOW]);
    });

    it('sends one message however many markers mark the feed at once', async () => {
      const world = new World(store());
      const marks = await Promise.all(Array.from({ length: 8 }, () => world.mark(world.clock.now)));
      expect(marks.filter((mark) => mark.scheduled !== null)).toHaveLength(1);
      expect(world.queue.sent).toHaveLength(1);
    });

    it('schedules a change after a quiet spell one window after the last run', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      await world.mark(t0);
      await world.deliverUntil(t0 + WINDOW);
      // Clean now; a change 3 s after the confirming run waits for the window to pass.
      expect((await world.mark(t0 + WINDOW + 3_000)).scheduled).toBe(t0 + 2 * WINDOW);
    });

    it('never starts two runs of a feed within a window, and runs after every change', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 12 }),
          async (offsets) => {
            const world = new World(store());
            const t0 = world.clock.now;
            const times = [...offsets].sort((a, b) => a - b).map((offset) => t0 + offset);
            for (const at of times) {
              await world.deliverUntil(at);
              await world.mark(at);
            }
            await world.deliverUntil(Number.MAX_SAFE_INTEGER);
            const gaps = world.runs.slice(1).map((at, i) => at - (world.runs[i] ?? 0));
            expect(gaps.every((gap) => gap >= WINDOW)).toBe(true);
            expect(world.runs.at(-1)).toBeGreaterThanOrEqual(times.at(-1) ?? 0);
            expect(world.queue.sent).toEqual([]);
          },
        ),
        { numRuns: 15 },
      );
    });

    it('ends a duplicate delivery of a message that was already answered', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      const message = await world.markAndTake();
      await runScheduled(world.ref, message, world.run);
      world.clock.now = t0 + 2 * WINDOW;
      await world.deliverUntil(world.clock.now);
      expect(await runScheduled(world.ref, message, world.run)).toEqual({ kind: 'stale' });
    });

    it('sends back a message that arrives while another worker regenerates the feed', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      const message = await world.markAndTake();
      const hold = gate();
      world.items.beforeRead = async () => {
        world.runs.push(world.clock.now);
        await hold.opened;
      };
      const running = runScheduled(world.ref, message, world.run);
      while (world.runs.length === 0) await settle();
      const duplicate = await runScheduled(world.ref, message, world.run);
      // Back a window later (the lease is longer): by then the run has usually ended.
      expect(duplicate).toEqual({ kind: 'deferred', reason: 'busy', until: t0 + WINDOW });
      hold.open();
      await running;
      expect(world.runs).toHaveLength(1);
    });

    it('runs the follow-up of a run that took longer than a window one window late at most, not a lease late', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      const message = await world.markAndTake();
      world.duringNextRead(async () => {
        world.clock.now += WINDOW + WINDOW / 2;
      });
      // The follow-up is due when it is sent (the run outlasted its window), so another worker
      // receives it at once, before the run has recorded its schedule and given its lease back.
      const send = world.queue.send.bind(world.queue);
      let early: Promise<RunOutcome> | undefined;
      world.queue.send = async (request, delayMs) => {
        if (early !== undefined || delayMs > 0) return send(request, delayMs);
        early = runScheduled(world.ref, request, world.run);
        await early;
      };
      await runScheduled(world.ref, message, world.run);
      const ended = world.clock.now;
      expect(await early).toEqual({ kind: 'deferred', reason: 'busy', until: ended + WINDOW });
      const [followUp] = await world.deliverUntil(ended + WINDOW);
      expect(followUp?.kind).toBe('regenerated');
      expect(world.runs).toEqual([t0, ended + WINDOW]);
    });

    it('takes its schedule back when the message cannot be sent, so the retried mark schedules', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      world.queue.failing = true;
      await expect(world.mark(t0)).rejects.toThrow('SQS is unavailable');
      world.queue.failing = false;
      expect((await world.mark(t0 + 500)).scheduled).toBe(t0 + 500);
    });

    it('replaces a schedule whose message was lost, once it is long past due', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      await world.mark(t0);
      world.queue.due(t0); // lost: a message that failed every retry
      expect((await world.mark(t0 + 60_000)).scheduled).toBeNull();
      const later = t0 + ABANDONED_SCHEDULE_MS + 1;
      expect((await world.mark(later)).scheduled).toBe(later);
      const [outcome] = await world.deliverUntil(later);
      expect(outcome?.kind).toBe('regenerated');
    });

    it('keeps the schedule when a regeneration fails, for the message to be delivered again', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      const message = await world.markAndTake();
      world.objects.beforePut = async () => {
        throw new Error('S3 is down');
      };
      await expect(runScheduled(world.ref, message, world.run)).rejects.toThrow('S3 is down');
      world.objects.beforePut = async () => {};
      // Redelivered at once (the local queue's retry): too early, it is sent back for the window.
      expect(await runScheduled(world.ref, message, world.run)).toEqual({
        kind: 'deferred',
        reason: 'early',
        until: t0 + WINDOW,
      });
      const [outcome] = await world.deliverUntil(t0 + WINDOW);
      expect(outcome?.kind).toBe('regenerated');
      expect(world.objects.puts.length).toBeGreaterThan(0);
    });

    it('takes over the lease of a worker that died mid-run once it expires', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      const message = await world.markAndTake();
      const acquired = await world.store.acquire(feedPath(world.ref), {
        due: message.due,
        now: t0,
        windowMs: WINDOW,
        leaseMs: LEASE,
        owner: 'dead worker',
      });
      expect(acquired.kind).toBe('acquired');
      world.clock.now = t0 + LEASE + 1;
      const outcome = await runScheduled(world.ref, message, world.run);
      expect(outcome.kind).toBe('regenerated');
    });

    it('keeps the feed scheduled when a rebuild takes the lease of a run that outlived it', async () => {
      const world = new World(store());
      const message = await world.markAndTake();
      world.duringNextRead(async () => {
        // A change during the run, then the run outlives its lease and a rebuild takes it.
        await world.mark(world.clock.now + 200);
        world.clock.now += LEASE + 1;
        await rebuildFeed(world.ref, world.run);
      });
      await runScheduled(world.ref, message, world.run);
      await world.deliverUntil(world.clock.now + 3 * WINDOW);
      // A change long after (but well before a schedule counts as abandoned) reaches the feed.
      const later = world.clock.now + 5 * WINDOW;
      await world.mark(later);
      await world.deliverUntil(later + 3 * WINDOW);
      expect(world.runs.at(-1)).toBeGreaterThanOrEqual(later);
      expect(world.queue.sent).toEqual([]);
    });

    it('schedules a follow-up for changes marked while a run was regenerating', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      await world.mark(t0);
      await world.deliverUntil(t0 + WINDOW);
      await world.mark(t0 + 3 * WINDOW);
      const [message] = world.queue.due(t0 + 3 * WINDOW);
      if (message === undefined) throw new Error('no message');
      world.duringNextRead(async () => {
        await world.mark(world.clock.now + 200);
      });
      const outcome = await runScheduled(world.ref, message, world.run);
      expect(outcome).toMatchObject({ kind: 'regenerated', followUp: t0 + 4 * WINDOW });
      const [followUp] = await world.deliverUntil(t0 + 4 * WINDOW);
      // The follow-up served the mark made during the run: it waited since that run started.
      expect(followUp).toMatchObject({
        kind: 'regenerated',
        followUp: t0 + 5 * WINDOW,
        pendingForMs: WINDOW,
      });
    });

    it('rebuilds a feed now, or a window after its last run, leaving the schedule alone', async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      world.items.feeds.set(feedPath(world.ref), [item({ id: 'a', title: 'Bài một' })]);
      const rebuilt = await rebuildFeed(world.ref, world.run);
      expect(rebuilt.files.every((file) => file.written)).toBe(true);
      expect(world.runs).toEqual([t0]);
      await world.mark(t0 + 1_000);
      const again = await rebuildFeed(world.ref, world.run);
      expect(again.files.every((file) => !file.written)).toBe(true);
      expect(world.runs).toEqual([t0, t0 + WINDOW]);
      // The change marked in between still has its regeneration, a window after the rebuild.
      const outcomes = await world.deliverUntil(t0 + 3 * WINDOW);
      expect(outcomes.map((outcome) => outcome.kind)).toContain('regenerated');
      const gaps = world.runs.slice(1).map((at, i) => at - (world.runs[i] ?? 0));
      expect(gaps.every((gap) => gap >= WINDOW)).toBe(true);
    });

    it("rebuilds a feed a window after a run it found in progress, not when that run's lease ends", async () => {
      const world = new World(store());
      const t0 = world.clock.now;
      const message = await world.markAndTake();
      const hold = gate();
      world.duringNextRead(async () => {
        await hold.opened;
      });
      const running = runScheduled(world.ref, message, world.run);
      while (world.runs.length === 0) await settle();
      // The scheduled run ends while the rebuild waits.
      const waits: number[] = [];
      const rebuilding = rebuildFeed(world.ref, {
        ...world.run,
        sleep: async (ms) => {
          waits.push(ms);
          world.clock.now += ms;
          hold.open();
          await running;
        },
      });
      await rebuilding;
      expect(waits).toEqual([WINDOW]);
      expect(world.runs).toEqual([t0, t0 + WINDOW]);
    });
  });
}
