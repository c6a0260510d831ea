/**
 * The feeds handler: batches of the table's stream. It renders nothing ("mark, don't render"):
 * each record about an article first moves the article's feed entry (its place in the feed
 * indexes, `shared/adapters/dynamo/feed-entries.ts`) when the change moved it; once every entry of
 * the batch is written, it marks the feeds of its old and new images (each feed once per
 * batch) on their state items, and the mark that finds no regeneration scheduled sends one
 * delayed message to the regeneration queue (see `shared/feeds/schedule.ts`). A record whose
 * feeds could not be marked is reported in `batchItemFailures`, so the stream retries from it;
 * records about other items succeed at once. `functions/feeds.ts` builds it with the production
 * dependencies; the local runtime and the tests with their own.
 */
import { EventType } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { DynamoFeedEntries } from '../adapters/dynamo/feed-entries.ts';
import { DynamoFeedScheduleStore } from '../adapters/dynamo/feed-schedule.ts';
import { feedPath } from '../feeds/feed-ref.ts';
import { MarkBatch, type MarkDeps, type MarkOutcome } from '../feeds/mark-feeds.ts';
import type { RegenerationQueue } from '../feeds/ports.ts';
import { type ArticleChange, articleChangeOf, publishableChange } from '../feeds/stream-changes.ts';
import type { Publisher } from '../publishers/publisher.ts';
import { createBatchHandler } from './batch-handler.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** A stream record whose feeds could not be marked; the stream retries from it. */
export interface FeedsFailure {
  readonly eventID: string | undefined;
  readonly articleId: string;
  /** The feeds it changes (`all`, `demo`, `demo/thoi-su`). */
  readonly feeds: readonly string[];
  readonly error: unknown;
}

/** Hears what the feeds handler did; the local runtime and the tests subscribe here. */
export interface FeedsObserver {
  /** A feed was marked changed (`scheduled` says whether this mark sent the message). */
  marked?(outcome: MarkOutcome): void;
  /** A record failed; the stream will hand it (and the records after it) over again. */
  failed?(failure: FeedsFailure): void;
}

/** What {@link createFeedsHandler} needs. */
export interface FeedsHandlerDeps {
  /** The table and the regeneration window (`markConfigFromEnv` in the Lambda). */
  readonly config: { readonly tableName: string; readonly windowMs: number };
  /** The table's client. */
  readonly clients: { readonly documentClient: DynamoDBDocumentClient };
  /** Where scheduled regenerations go (SQS on AWS, the local runtime's queue locally). */
  readonly queue: RegenerationQueue;
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly observer?: FeedsObserver;
  /** The publishers, by id. */
  readonly publishers: ReadonlyMap<string, Publisher>;
  /** Milliseconds since the epoch; `Date.now` by default. */
  readonly now?: () => number;
}

/** The feeds handler: a stream batch in, the records to retry out. */
export type FeedsHandler = (
  event: DynamoDBStreamEvent,
  context?: Context,
) => Promise<DynamoDBBatchResponse>;

/**
 * Builds the feeds handler over its dependencies. Its invocations must not overlap (as on
 * Lambda, one at a time per instance): the batch processor holds the invocation in progress.
 *
 * @param deps - configuration, the table's client, the regeneration queue, logger, metrics and
 *   an outcome observer
 * @returns the handler
 * @example
 * export const handler = createFeedsHandler({
 *   config: markConfigFromEnv(),
 *   clients: { documentClient: createDocumentClient() },
 *   queue: new SqsRegenerationQueue(queueUrl, createSqsClient()),
 *   logger: new Logger(),
 *   metrics: new Metrics(),
 *   publishers: samplePublishersById,
 * });
 */
export function createFeedsHandler(deps: FeedsHandlerDeps): FeedsHandler {
  const { config, logger, metrics, observer, publishers } = deps;
  const marking: MarkDeps = {
    schedule: new DynamoFeedScheduleStore(config.tableName, deps.clients.documentClient),
    queue: deps.queue,
    windowMs: config.windowMs,
    ...(deps.now === undefined ? {} : { now: deps.now }),
  };
  const entries = new DynamoFeedEntries(config.tableName, deps.clients.documentClient);

  function report(outcomes: readonly MarkOutcome[], reported: Set<string>): void {
    for (const outcome of outcomes) {
      // A feed touched by several records of the batch is marked (and reported) once.
      if (reported.has(outcome.feedPath)) continue;
      reported.add(outcome.feedPath);
      metrics.addMetric('FeedsMarked', MetricUnit.Count, 1);
      if (outcome.scheduled !== null) {
        metrics.addMetric('RegenerationsScheduled', MetricUnit.Count, 1);
      }
      // Grows while a feed's changes wait: the alarm's view of a stuck regeneration.
      metrics.addMetric('FeedAge', MetricUnit.Seconds, outcome.pendingForMs / 1000);
      observer?.marked?.(outcome);
    }
  }

  function recordHandler(
    batch: MarkBatch,
    read: ReadonlyMap<DynamoDBRecord, ArticleChange | null>,
    placed: { readonly all: Promise<unknown>; readonly of: Map<DynamoDBRecord, Promise<unknown>> },
    reported: Set<string>,
  ) {
    return async (record: DynamoDBRecord): Promise<void> => {
      // Read once for the whole batch; a record that failed there fails here, with its error.
      const changed = read.has(record) ? (read.get(record) ?? null) : articleChangeOf(record);
      if (changed === null) return;
      try {
        await placed.of.get(record);
      } catch (error) {
        const feeds = changed.feeds.map(feedPath);
        logger.error('Writing the feed entry failed; the stream will retry the record', {
          eventID: record.eventID,
          articleId: changed.articleId,
          error,
        });
        observer?.failed?.({ eventID: record.eventID, articleId: changed.articleId, feeds, error });
        throw error;
      }
      // A regeneration this batch schedules reads the indexes: every entry goes in first.
      await placed.all;
      const { change, unknownPublishers } = publishableChange(changed, publishers);
      if (unknownPublishers.length > 0) {
        logger.warn('Skipped the feeds of publishers missing from the configuration', {
          eventID: record.eventID,
          articleId: change.articleId,
          publishers: unknownPublishers,
        });
      }
      if (change.feeds.length === 0) return;
      try {
        report(await batch.marked(change), reported);
      } catch (error) {
        const feeds = change.feeds.map(feedPath);
        logger.error('Marking feeds failed; the stream will retry the record', {
          eventID: record.eventID,
          articleId: change.articleId,
          feeds,
          error,
        });
        observer?.failed?.({ eventID: record.eventID, articleId: change.articleId, feeds, error });
        throw error;
      }
    };
  }

  return createBatchHandler({ eventType: EventType.DynamoDBStreams, logger, metrics }, (event) => {
    // Every change of the batch, so each feed is marked with the latest of them.
    const read = new Map<DynamoDBRecord, ArticleChange | null>();
    for (const record of event.Records) {
      try {
        read.set(record, articleChangeOf(record));
      } catch {
        // reported by the record's own handler
      }
    }
    const changes = [...read.values()].flatMap((change) =>
      change === null ? [] : [publishableChange(change, publishers).change],
    );
    const placing = new Map<DynamoDBRecord, Promise<unknown>>();
    for (const record of read.keys()) placing.set(record, entries.follow(record));
    const placed = { all: Promise.allSettled(placing.values()), of: placing };
    return recordHandler(new MarkBatch(changes, marking), read, placed, new Set());
  });
}
