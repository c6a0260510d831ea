/**
 * The Lambda handlers as the local runtime runs them: built by the same factories as on AWS,
 * with the local servers' clients, a readable logger, no metrics, and the runtime's observers;
 * called with a local Lambda context, one invocation at a time as a Lambda instance runs them.
 * Each runtime builds its own, so several can run in one process.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RegenerateConfig } from '../../shared/feeds/config.ts';
import type { RegenerationQueue } from '../../shared/feeds/ports.ts';
import { createFeedsHandler, type FeedsObserver } from '../../shared/handlers/feeds-handler.ts';
import { createIngestHandler, type IngestObserver } from '../../shared/handlers/ingest-handler.ts';
import { discardedMetrics } from '../../shared/handlers/observability.ts';
import {
  createRegenerateHandler,
  type RegenerateObserver,
} from '../../shared/handlers/regenerate-handler.ts';
import type { IngestConfig } from '../../shared/ingest/config.ts';
import type { PublisherDirectory } from '../../shared/publishers/ports.ts';
import { RegistrySnapshot } from '../../shared/publishers/registry-snapshot.ts';
import type { FeedPush } from '../../shared/websub/push.ts';
import { readableLogger } from '../runtime/readable-log.ts';
import { localLambdaContext } from './lambda-context.ts';
import type { SqsHandler } from './queue.ts';
import type { StreamHandler } from './stream-poller.ts';

/**
 * Serializes the invocations of a handler. A Lambda instance runs one invocation at a time, and
 * the handlers rely on it: Powertools' `BatchProcessor` holds the records and failures of the
 * invocation in progress, so two overlapping invocations would report each other's failures
 * (and lose messages).
 *
 * @param handler - the handler
 * @returns the same handler, whose calls wait for the previous one to settle
 */
export function oneAtATime<TEvent>(
  handler: (event: TEvent) => Promise<unknown>,
): (event: TEvent) => Promise<unknown> {
  let previous: Promise<unknown> = Promise.resolve();
  return (event) => {
    const run = previous.then(() => handler(event));
    previous = run.catch(() => undefined);
    return run;
  };
}

/** What {@link createLocalHandlers} needs. */
export interface LocalHandlerSettings {
  readonly region: string;
  readonly ingest: IngestConfig;
  /** The feeds' settings and the schedule's timing (the feeds and regenerate handlers). */
  readonly feeds: RegenerateConfig;
  readonly clients: {
    readonly s3: S3Client;
    readonly documentClient: DynamoDBDocumentClient;
  };
  /** The regeneration queue (the local one). */
  readonly regenerationQueue: RegenerationQueue;
  /** The registry, as the handlers read it (the ingest per lookup, the feeds per invocation). */
  readonly publishers: PublisherDirectory;
  /** Receives the handlers' log lines, readable. */
  readonly log: (line: string) => void;
  readonly observers?: {
    readonly ingest?: IngestObserver;
    readonly feeds?: FeedsObserver;
    readonly regenerate?: RegenerateObserver;
  };
  /** Told of the feed files each regeneration wrote (the hub's publish jobs). */
  readonly push?: FeedPush;
}

/** The three handlers, ready to be called with an event. */
export interface LocalHandlers {
  readonly ingest: SqsHandler;
  readonly feeds: StreamHandler;
  readonly regenerate: SqsHandler;
}

/**
 * Builds the ingest, feeds and regenerate handlers for a local runtime.
 *
 * @param settings - configuration, clients, log sink and observers
 * @returns the handlers
 */
export function createLocalHandlers(settings: LocalHandlerSettings): LocalHandlers {
  const { region, clients, observers } = settings;
  const logger = readableLogger(settings.log);
  // The feed handlers read publishers as a map: a snapshot of the registry, refreshed before
  // each of their invocations.
  const publishers = new RegistrySnapshot(settings.publishers);
  const ingest = createIngestHandler({
    config: settings.ingest,
    clients,
    logger,
    metrics: discardedMetrics,
    publishers: settings.publishers,
    ...(observers?.ingest === undefined ? {} : { observer: observers.ingest }),
  });
  const feeds = createFeedsHandler({
    config: settings.feeds,
    clients,
    queue: settings.regenerationQueue,
    logger,
    metrics: discardedMetrics,
    publishers,
    ...(observers?.feeds === undefined ? {} : { observer: observers.feeds }),
  });
  const regenerate = createRegenerateHandler({
    config: settings.feeds,
    clients,
    queue: settings.regenerationQueue,
    logger,
    metrics: discardedMetrics,
    publishers,
    ...(observers?.regenerate === undefined ? {} : { observer: observers.regenerate }),
    ...(settings.push === undefined ? {} : { push: settings.push }),
  });
  return {
    ingest: oneAtATime((event) => ingest(event, localLambdaContext('ingest', region))),
    feeds: oneAtATime(async (event) => {
      await publishers.refresh();
      return feeds(event, localLambdaContext('feeds', region));
    }),
    regenerate: oneAtATime(async (event) => {
      await publishers.refresh();
      return regenerate(event, localLambdaContext('regenerate', region));
    }),
  };
}
