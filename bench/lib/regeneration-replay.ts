/**
 * Coalesced regeneration replayed on a virtual clock through the real code: each article change
 * is read as the stream would deliver it (`articleChangeOf`), marked with `MarkBatch` on the
 * DynamoDB schedule store, and every message of the regeneration queue is answered by
 * `runScheduled` at its delivery time: lease, `DynamoFeedItemSource` read, render, `S3FeedObjectStore`
 * writes (to s3rver), follow-up. Only the queue is simulated (SQS's per-message delay on the
 * virtual clock) and time itself, so a day replays in minutes; the counts of regenerations, runs
 * per feed and S3 PUTs are the regenerator's own.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { DynamoFeedItemSource } from '../../shared/adapters/dynamo/feed-queries.ts';
import { DynamoFeedScheduleStore } from '../../shared/adapters/dynamo/feed-schedule.ts';
import { DynamoFeedStateStore } from '../../shared/adapters/dynamo/feed-state.ts';
import type { ArticleItem } from '../../shared/adapters/dynamo/items.ts';
import { S3FeedObjectStore } from '../../shared/adapters/s3/feed-objects.ts';
import { parseFeedPath } from '../../shared/feeds/feed-ref.ts';
import { type RunDeps, runScheduled } from '../../shared/feeds/feed-runs.ts';
import { MarkBatch, type MarkDeps } from '../../shared/feeds/mark-feeds.ts';
import type { RegenerationQueue } from '../../shared/feeds/ports.ts';
import type { RegenerationRequest } from '../../shared/feeds/schedule.ts';
import { articleChangeOf } from '../../shared/feeds/stream-changes.ts';
import type { Publisher } from '../../shared/publishers/publisher.ts';

/**
 * The table stream's record of an article item's change, as the feeds function receives it.
 *
 * @param before - the item before the change, or null for a new article
 * @param after - the item after it, or null when it was deleted
 * @returns the record with its keys and images
 */
export function articleRecord(
  before: ArticleItem | null,
  after: ArticleItem | null,
): DynamoDBRecord {
  const image = (item: ArticleItem) =>
    marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true });
  const key = after ?? before;
  if (key === null) throw new Error('A record needs an image before or after');
  return {
    dynamodb: {
      Keys: marshall({ pk: key.pk, sk: key.sk }),
      ...(before === null ? {} : { OldImage: image(before) }),
      ...(after === null ? {} : { NewImage: image(after) }),
    },
  } as unknown as DynamoDBRecord;
}

/** SQS's per-message delay, on the virtual clock. */
class VirtualQueue implements RegenerationQueue {
  readonly messages: { request: RegenerationRequest; deliverAt: number }[] = [];
  sent = 0;

  constructor(private readonly now: () => number) {}

  async send(request: RegenerationRequest, delayMs: number): Promise<void> {
    this.sent += 1;
    // SQS rounds a delay up to whole seconds.
    this.messages.push({ request, deliverAt: this.now() + Math.ceil(delayMs / 1000) * 1000 });
  }

  /** Takes the earliest message visible by `time`, or undefined. */
  next(time: number): { request: RegenerationRequest; deliverAt: number } | undefined {
    let best = -1;
    this.messages.forEach((message, i) => {
      const current = this.messages[best];
      if (
        message.deliverAt <= time &&
        (current === undefined || message.deliverAt < current.deliverAt)
      )
        best = i;
    });
    return best === -1 ? undefined : this.messages.splice(best, 1)[0];
  }
}

/** What the replay needs. */
export interface ReplaySettings {
  readonly tableName: string;
  readonly documents: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly feedsBucket: string;
  readonly publishers: ReadonlyMap<string, Publisher>;
  readonly windowMs: number;
  readonly leaseMs: number;
  readonly itemLimit: number;
}

/** What the regenerator did over the replay. */
export interface ReplayCounts {
  /** Runs that regenerated a feed. */
  readonly regenerations: number;
  /** Messages that found their schedule gone, or were deferred. */
  readonly staleOrDeferred: number;
  /** Start times (virtual ms) of each feed's regenerations. */
  readonly runs: ReadonlyMap<string, readonly number[]>;
  /** Messages sent to the queue (first schedules, follow-ups, deferrals). */
  readonly messages: number;
}

/** Replays article changes through marking and the regenerator on a virtual clock. */
export class RegenerationReplay {
  readonly #clock = { now: 0 };
  readonly #queue = new VirtualQueue(() => this.#clock.now);
  readonly #mark: MarkDeps;
  readonly #run: RunDeps;
  readonly #runs = new Map<string, number[]>();
  #regenerations = 0;
  #staleOrDeferred = 0;

  constructor(settings: ReplaySettings, start: number) {
    this.#clock.now = start;
    const now = () => this.#clock.now;
    const schedule = new DynamoFeedScheduleStore(settings.tableName, settings.documents);
    this.#mark = { schedule, queue: this.#queue, windowMs: settings.windowMs, now };
    this.#run = {
      windowMs: settings.windowMs,
      leaseMs: settings.leaseMs,
      schedule,
      queue: this.#queue,
      now,
      regenerate: {
        items: new DynamoFeedItemSource(settings.tableName, settings.documents, [
          ...settings.publishers.keys(),
        ]),
        objects: new S3FeedObjectStore(settings.feedsBucket, settings.s3),
        state: new DynamoFeedStateStore(
          settings.tableName,
          settings.documents,
          () => new Date(this.#clock.now),
        ),
        publishers: settings.publishers,
        baseUrl: 'https://feeds.example.com',
        itemLimit: settings.itemLimit,
      },
    };
  }

  /**
   * Delivers every message visible by `time`, each at its own time, then marks the feeds of an
   * article item written at `time` (as its stream record would).
   *
   * @param time - virtual ms
   * @param item - the article item as written (its new image)
   */
  async changed(time: number, item: ArticleItem): Promise<void> {
    await this.deliverUntil(time);
    const change = articleChangeOf(articleRecord(null, item));
    if (change === null) throw new Error(`Not an article item: ${item.pk}`);
    await new MarkBatch([change], this.#mark).marked(change);
  }

  /**
   * Answers the queue's messages in delivery order up to `time` (follow-ups included).
   *
   * @param time - virtual ms; Infinity drains the queue
   */
  async deliverUntil(time: number): Promise<void> {
    for (let message = this.#queue.next(time); message; message = this.#queue.next(time)) {
      this.#clock.now = Math.max(this.#clock.now, message.deliverAt);
      const ref = parseFeedPath(message.request.feed);
      if (ref === null) throw new Error(`Bad feed path ${message.request.feed}`);
      const startedAt = this.#clock.now;
      const outcome = await runScheduled(ref, message.request, this.#run);
      if (outcome.kind === 'regenerated') {
        this.#regenerations += 1;
        const runs = this.#runs.get(message.request.feed) ?? [];
        runs.push(startedAt);
        this.#runs.set(message.request.feed, runs);
      } else {
        this.#staleOrDeferred += 1;
      }
    }
    if (Number.isFinite(time)) this.#clock.now = Math.max(this.#clock.now, time);
  }

  /** @returns the counts so far */
  counts(): ReplayCounts {
    return {
      regenerations: this.#regenerations,
      staleOrDeferred: this.#staleOrDeferred,
      runs: this.#runs,
      messages: this.#queue.sent,
    };
  }
}

/**
 * The most runs of one feed within any minute, and the shortest gap between two runs of one
 * feed.
 *
 * @param runs - start times of each feed's runs (ms)
 * @returns both figures (the gap is Infinity when no feed ran twice)
 */
export function runSpacing(runs: ReadonlyMap<string, readonly number[]>): {
  maxPerFeedPerMinute: number;
  shortestGapMs: number;
} {
  let maxPerFeedPerMinute = 0;
  let shortestGapMs = Number.POSITIVE_INFINITY;
  for (const times of runs.values()) {
    const sorted = [...times].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length; i += 1) {
      const start = sorted[i] ?? 0;
      let inMinute = 0;
      for (let j = i; j < sorted.length && (sorted[j] ?? 0) < start + 60_000; j += 1) inMinute += 1;
      maxPerFeedPerMinute = Math.max(maxPerFeedPerMinute, inMinute);
      if (i > 0) shortestGapMs = Math.min(shortestGapMs, start - (sorted[i - 1] ?? 0));
    }
  }
  return { maxPerFeedPerMinute, shortestGapMs };
}
