/**
 * The feeds Lambda: batches of the table's stream. Each record about an article regenerates the
 * feeds of its old and new images (each feed once per batch) and writes the files whose bytes
 * changed. A record whose feeds failed is reported in `batchItemFailures`, so the stream retries
 * from it; records about other items succeed at once.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { documentClient } from '../shared/adapters/aws-clients.ts';
import { DynamoFeedItemSource } from '../shared/adapters/dynamo/feed-queries.ts';
import { DynamoFeedStateStore } from '../shared/adapters/dynamo/feed-state.ts';
import { S3FeedObjectStore } from '../shared/adapters/s3/feed-objects.ts';
import { feedsConfigFromEnv } from '../shared/feeds/config.ts';
import { feedPath } from '../shared/feeds/feed-ref.ts';
import type { FeedMetrics } from '../shared/feeds/ports.ts';
import { FeedBatch, type RegenerateDeps } from '../shared/feeds/regenerate.ts';
import {
  type ArticleChange,
  articleChangeOf,
  publishableChange,
} from '../shared/feeds/stream-changes.ts';
import { samplePublishersById } from '../shared/publishers/samples.ts';

const config = feedsConfigFromEnv();
const logger = new Logger();
const metrics = new Metrics();
const processor = new BatchProcessor(EventType.DynamoDBStreams);

const feedMetrics: FeedMetrics = {
  fileWritten: (key) => {
    metrics.addMetric('FeedsWritten', MetricUnit.Count, 1);
    logger.info('Feed written', { key });
  },
  fileUnchanged: () => metrics.addMetric('FeedsUnchanged', MetricUnit.Count, 1),
  rendered: (_path, milliseconds) =>
    metrics.addMetric('FeedRenderTime', MetricUnit.Milliseconds, milliseconds),
  indexWaited: (path, milliseconds, caughtUp) => {
    metrics.addMetric('FeedIndexWait', MetricUnit.Milliseconds, milliseconds);
    if (!caughtUp) logger.warn('Feed index did not show a changed article in time', { path });
  },
};

const deps: RegenerateDeps = {
  items: new DynamoFeedItemSource(config.tableName, documentClient, [
    ...samplePublishersById.keys(),
  ]),
  objects: new S3FeedObjectStore(config.feedsBucket),
  state: new DynamoFeedStateStore(config.tableName),
  publishers: samplePublishersById,
  baseUrl: config.baseUrl,
  itemLimit: config.itemLimit,
  metrics: feedMetrics,
};

function recordHandler(batch: FeedBatch, read: ReadonlyMap<DynamoDBRecord, ArticleChange | null>) {
  return async (record: DynamoDBRecord): Promise<void> => {
    // Read once for the whole batch; a record that failed there fails here, with its error.
    const changed = read.has(record) ? (read.get(record) ?? null) : articleChangeOf(record);
    if (changed === null) return;
    const { change, unknownPublishers } = publishableChange(changed, samplePublishersById);
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
      logger.error('Feed regeneration failed; the stream will retry the record', {
        eventID: record.eventID,
        articleId: change.articleId,
        feeds: change.feeds.map(feedPath),
        error: error as Error,
      });
      throw error;
    }
  };
}

/**
 * Processes a batch of the table's stream records.
 *
 * @param event - the stream batch (new and old images)
 * @param context - the Lambda context
 * @returns the records to retry
 */
export async function handler(
  event: DynamoDBStreamEvent,
  context?: Context,
): Promise<DynamoDBBatchResponse> {
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
  const batch = new FeedBatch(deps, changes);
  try {
    return await processPartialResponse(event, recordHandler(batch, read), processor, {
      ...(context === undefined ? {} : { context }),
      // A batch where every record failed is reported like any other, not thrown.
      throwOnFullBatchFailure: false,
    });
  } finally {
    metrics.publishStoredMetrics();
  }
}
