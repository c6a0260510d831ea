/**
 * What the regenerate and reconcile handlers share: the adapters a feed run needs, built once per
 * handler over the given clients, with the regeneration's metrics going to the handler's.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CloudFrontFeedCdn } from '../adapters/cloudfront/feed-cdn.ts';
import { DynamoFeedArchiveStore } from '../adapters/dynamo/feed-archive.ts';
import { DynamoFeedItemSource } from '../adapters/dynamo/feed-queries.ts';
import { DynamoFeedScheduleStore } from '../adapters/dynamo/feed-schedule.ts';
import { DynamoFeedStateStore } from '../adapters/dynamo/feed-state.ts';
import { S3FeedObjectStore } from '../adapters/s3/feed-objects.ts';
import type { RegenerateConfig } from '../feeds/config.ts';
import {
  DIRECTORY_FAILURES_METRIC,
  type DirectoryDeps,
  type DirectoryOutcome,
  publishFeedDirectory,
} from '../feeds/directory.ts';
import type { RunDeps } from '../feeds/feed-runs.ts';
import type { RegenerationQueue } from '../feeds/ports.ts';
import { type FeedOutcome, type FeedPublished, feedPublished } from '../feeds/regenerate.ts';
import type { Publisher } from '../publishers/publisher.ts';
import { RegistrySnapshot } from '../publishers/registry-snapshot.ts';
import type { FeedPush } from '../websub/push.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** The clients a feed run uses. */
export interface FeedRunClients {
  readonly s3: S3Client;
  readonly documentClient: DynamoDBDocumentClient;
}

/** Hears about regenerated feeds (both handlers' observers extend it). */
export interface PublishedObserver {
  /**
   * A regeneration rewrote at least one file of a feed: the hook for push delivery (WebSub,
   * archives). Called once per regeneration, after its files are in place.
   */
  published?(event: FeedPublished): void;
  /** The feed directory was rendered (written or found unchanged) after a feed appeared. */
  directory?(outcome: DirectoryOutcome): void;
}

/** A feed run's adapters, and the feed directory's. */
export interface FeedRunAdapters extends RunDeps {
  readonly directory: DirectoryDeps;
}

/**
 * Builds the adapters of a feed run.
 *
 * @param config - table, bucket, base URL, item limit and the schedule's timing
 * @param clients - S3 and DynamoDB clients
 * @param metrics - where `FeedsWritten`, `FeedsUnchanged` and `FeedRenderTime` go
 * @param publishers - the publishers, by id
 * @param queue - the regeneration queue (scheduled runs)
 * @returns the run's dependencies, and the feed directory's
 */
export function feedRunDeps(
  config: RegenerateConfig,
  clients: FeedRunClients,
  metrics: HandlerMetrics,
  publishers: ReadonlyMap<string, Publisher>,
  queue?: RegenerationQueue,
): FeedRunAdapters {
  // A registry snapshot's ids are live: the aggregate follows the registry.
  const items = new DynamoFeedItemSource(
    config.tableName,
    clients.documentClient,
    publishers instanceof RegistrySnapshot ? publishers.ids : [...publishers.keys()],
  );
  const archive =
    config.archivePageSize === undefined
      ? {}
      : {
          archive: {
            source: items,
            store: new DynamoFeedArchiveStore(config.tableName, clients.documentClient),
            pageSize: config.archivePageSize,
          },
        };
  const schedule = new DynamoFeedScheduleStore(config.tableName, clients.documentClient);
  const objects = new S3FeedObjectStore(config.feedsBucket, clients.s3);
  return {
    windowMs: config.windowMs,
    leaseMs: config.leaseMs,
    schedule,
    directory: { objects, sectionNames: schedule, items, publishers, baseUrl: config.baseUrl },
    ...(queue === undefined ? {} : { queue }),
    regenerate: {
      items,
      ...archive,
      ...(config.distributionId === undefined
        ? {}
        : { cdn: new CloudFrontFeedCdn(config.distributionId) }),
      objects,
      state: new DynamoFeedStateStore(config.tableName, clients.documentClient),
      publishers,
      baseUrl: config.baseUrl,
      itemLimit: config.itemLimit,
      ...(config.hubUrl === undefined ? {} : { hubUrl: config.hubUrl }),
      metrics: {
        fileWritten: () => metrics.addMetric('FeedsWritten', MetricUnit.Count, 1),
        fileUnchanged: () => metrics.addMetric('FeedsUnchanged', MetricUnit.Count, 1),
        rendered: (_path, milliseconds) =>
          metrics.addMetric('FeedRenderTime', MetricUnit.Milliseconds, milliseconds),
      },
    },
  };
}

/**
 * Tells the observer about a regeneration that rewrote files.
 *
 * @param outcome - the regeneration
 * @param observer - the handler's observer
 * @returns the publication, or null when nothing changed
 */
export function announce(outcome: FeedOutcome, observer?: PublishedObserver): FeedPublished | null {
  const published = feedPublished(outcome);
  if (published !== null) observer?.published?.(published);
  return published;
}

/**
 * Tells the WebSub hub which files a publication wrote, so it pushes them to subscribers. A
 * failure does not fail the run: the files are in place and readers polling see them, and a
 * retried run would find them unchanged and publish nothing; it is counted
 * (`PushNotificationsFailed`) and logged for the alarm instead.
 *
 * @param published - what `announce` returned, or null when nothing changed
 * @param push - the hub's push port; none when the feeds advertise no hub
 * @param logger - the handler's logger
 * @param metrics - the handler's metrics
 */
export async function pushPublished(
  published: FeedPublished | null,
  push: FeedPush | undefined,
  logger: HandlerLogger,
  metrics: HandlerMetrics,
): Promise<void> {
  if (published === null || push === undefined) return;
  const keys = published.files.filter((file) => file.written).map((file) => file.key);
  try {
    await push.filesWritten(keys);
  } catch (error) {
    metrics.addMetric('PushNotificationsFailed', MetricUnit.Count, 1);
    logger.error('The hub could not be told of written feeds', { keys, error });
  }
}

/**
 * Writes the feed directory again (see `shared/feeds/directory.ts`). A failure does not fail the
 * run: the feeds are in place, and a retried run would find them unchanged and not come here; it
 * is counted ({@link DIRECTORY_FAILURES_METRIC}, alarmed) and logged, and the daily reconcile
 * writes the directory again.
 *
 * @param directory - the directory's adapters
 * @param observer - told of the outcome
 * @param logger - the handler's logger
 * @param metrics - the handler's metrics
 * @returns the outcome, or null when it failed
 */
export async function refreshDirectory(
  directory: DirectoryDeps,
  observer: PublishedObserver | undefined,
  logger: HandlerLogger,
  metrics: HandlerMetrics,
): Promise<DirectoryOutcome | null> {
  try {
    const outcome = await publishFeedDirectory(directory);
    if (outcome.written) logger.info('Feed directory written', { feeds: outcome.feeds });
    observer?.directory?.(outcome);
    return outcome;
  } catch (error) {
    metrics.addMetric(DIRECTORY_FAILURES_METRIC, MetricUnit.Count, 1);
    logger.error('The feed directory could not be written; the daily reconcile writes it again', {
      error,
    });
    return null;
  }
}
