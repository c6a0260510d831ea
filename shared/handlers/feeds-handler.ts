/**
 * The feeds handler: batches of the table's stream. Each record about an article regenerates the
 * feeds of its old and new images (each feed once per batch) and writes the files whose bytes
 * changed. A record whose feeds failed is reported in `batchItemFailures`, so the stream retries
 * from it; records about other items succeed at once. `functions/feeds.ts` builds it with the
 * production dependencies; the local runtime and the tests with their own.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { DynamoFeedItemSource } from '../adapters/dynamo/feed-queries.ts';
import { DynamoFeedStateStore } from '../adapters/dynamo/feed-state.ts';
import { S3FeedObjectStore } from '../adapters/s3/feed-objects.ts';
import type { FeedsConfig } from '../feeds/config.ts';
import { feedPath } from '../feeds/feed-ref.ts';
import type { FeedMetrics } from '../feeds/ports.ts';
import { FeedBatch, type RegenerateDeps } from '../feeds/regenerate.ts';
import { type ArticleChange, articleChangeOf, publishableChange } from '../feeds/stream-changes.ts';
import type { Publisher } from '../publishers/publisher.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** A stream record whose feeds could not be regenerated; the stream retries from it. */
export interface FeedsFailure {
  readonly eventID: string | undefined;
  readonly articleId: string;
  /** The feeds it changes (`all`, `demo`, `demo/thoi-su`). */
  readonly feeds: readonly string[];
  readonly error: unknown;
}

/** Hears what the feeds handler did; the local runtime and the tests subscribe here. */
export interface FeedsObserver {
  /** A feed file was written because its bytes changed. */
  fileWritten?(key: string): void;
  /** A record failed; the stream will hand it (and the records after it) over again. */
  failed?(failure: FeedsFailure): void;
}

/** What {@link createFeedsHandler} needs. */
export interface FeedsHandlerDeps {
  /** Table, feeds bucket, public base URL and item limit (`feedsConfigFromEnv` in the Lambda). */
  readonly config: FeedsConfig;
  /** Clients of the table and the feeds bucket. */
  readonly clients: {
    readonly s3: S3Client;
    readonly documentClient: DynamoDBDocumentClient;
  };
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly observer?: FeedsObserver;
  /** The publishers, by id. */
  readonly publishers: ReadonlyMap<string, Publisher>;
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
 * @param deps - configuration, clients, logger, metrics and an outcome observer
 * @returns the handler
 * @example
 * export const handler = createFeedsHandler({
 *   config: feedsConfigFromEnv(),
 *   clients: { s3: createS3Client(), documentClient: createDocumentClient() },
 *   logger: new Logger(),
 *   metrics: new Metrics(),
 *   publishers: samplePublishersById,
 * });
 */
export function createFeedsHandler(deps: FeedsHandlerDeps): FeedsHandler {
  const { config, logger, metrics, observer } = deps;
  const { publishers } = deps;
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  // Files written by the invocation in progress, logged once at its end.
  const written: string[] = [];

  const feedMetrics: FeedMetrics = {
    fileWritten: (key) => {
      metrics.addMetric('FeedsWritten', MetricUnit.Count, 1);
      written.push(key);
      observer?.fileWritten?.(key);
    },
    fileUnchanged: () => metrics.addMetric('FeedsUnchanged', MetricUnit.Count, 1),
    rendered: (_path, milliseconds) =>
      metrics.addMetric('FeedRenderTime', MetricUnit.Milliseconds, milliseconds),
    indexWaited: (path, milliseconds, caughtUp) => {
      metrics.addMetric('FeedIndexWait', MetricUnit.Milliseconds, milliseconds);
      if (!caughtUp) logger.warn('Feed index did not show a changed article in time', { path });
    },
  };

  const regenerate: RegenerateDeps = {
    items: new DynamoFeedItemSource(config.tableName, deps.clients.documentClient, [
      ...publishers.keys(),
    ]),
    objects: new S3FeedObjectStore(config.feedsBucket, deps.clients.s3),
    state: new DynamoFeedStateStore(config.tableName, deps.clients.documentClient),
    publishers,
    baseUrl: config.baseUrl,
    itemLimit: config.itemLimit,
    metrics: feedMetrics,
  };

  function recordHandler(
    batch: FeedBatch,
    read: ReadonlyMap<DynamoDBRecord, ArticleChange | null>,
  ) {
    return async (record: DynamoDBRecord): Promise<void> => {
      // Read once for the whole batch; a record that failed there fails here, with its error.
      const changed = read.has(record) ? (read.get(record) ?? null) : articleChangeOf(record);
      if (changed === null) return;
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
        await batch.apply(change);
      } catch (error) {
        const feeds = change.feeds.map(feedPath);
        logger.error('Feed regeneration failed; the stream will retry the record', {
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

  return async (event, context) => {
    if (context !== undefined) logger.addContext(context);
    // Every change of the batch, so each feed's read is checked against all of them.
    const read = new Map<DynamoDBRecord, ArticleChange | null>();
    for (const record of event.Records) {
      try {
        read.set(record, articleChangeOf(record));
      } catch {
        // reported by the record's own handler
      }
    }
    const changes = [...read.values()].filter((change) => change !== null);
    const batch = new FeedBatch(regenerate, changes);
    written.length = 0;
    try {
      const response = await processPartialResponse(event, recordHandler(batch, read), processor, {
        ...(context === undefined ? {} : { context }),
        // A batch where every record failed is reported like any other, not thrown.
        throwOnFullBatchFailure: false,
      });
      // Reported failures do not fail the invocation: the alarms need a metric of their own.
      metrics.addMetric('FailedMessages', MetricUnit.Count, response.batchItemFailures.length);
      return response;
    } finally {
      if (written.length > 0) logger.info('Feeds written', { keys: written.splice(0) });
      metrics.publishStoredMetrics();
    }
  };
}
