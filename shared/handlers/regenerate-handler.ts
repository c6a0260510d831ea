/**
 * The regenerate handler: SQS batches of the regeneration queue, each message a feed whose
 * schedule is due (see `shared/feeds/schedule.ts`). For each, it takes the feed's lease,
 * regenerates the feed (every format; only the files whose bytes changed are written), then
 * schedules the follow-up or clears the schedule; a feed published for the first time is added
 * to the feed directory (`shared/feeds/directory.ts`). A message for a schedule that is gone ends
 * there; one that arrives less than a window after the feed's last run is sent again for then,
 * one that arrives while the feed is busy a window later (`retryAt`); a failed regeneration is
 * reported in `batchItemFailures` (SQS retries it, then moves it to the dead-letter queue).
 * `functions/regenerate.ts` builds it with the production dependencies; the local runtime and the
 * tests with their own.
 */
import { EventType } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { RegenerateConfig } from '../feeds/config.ts';
import { parseFeedPath } from '../feeds/feed-ref.ts';
import { type RunOutcome, runScheduled } from '../feeds/feed-runs.ts';
import type { RegenerationQueue } from '../feeds/ports.ts';
import type { FeedPublished } from '../feeds/regenerate.ts';
import { parseRegenerationRequest, type RegenerationRequest } from '../feeds/schedule.ts';
import type { Publisher } from '../publishers/publisher.ts';
import type { FeedPush } from '../websub/push.ts';
import { createBatchHandler } from './batch-handler.ts';
import {
  announce,
  type FeedRunClients,
  feedRunDeps,
  type PublishedObserver,
  pushPublished,
  refreshDirectory,
} from './feed-run-deps.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** A message whose regeneration failed; SQS delivers it again. */
export interface RegenerateFailure {
  readonly messageId: string;
  /** The feed, when the message named one. */
  readonly feedPath?: string;
  readonly error: unknown;
}

/** Hears what the regenerate handler did; the local runtime and the tests subscribe here. */
export interface RegenerateObserver extends PublishedObserver {
  /** Every message's outcome (a feed regenerated, a stale message, a deferred one). */
  ran?(feedPath: string, outcome: RunOutcome): void;
  /** A message failed: SQS will deliver it again (or move it to the dead-letter queue). */
  failed?(failure: RegenerateFailure): void;
}

/** What {@link createRegenerateHandler} needs. */
export interface RegenerateHandlerDeps {
  /** Table, bucket, base URL, item limit, window and lease (`regenerateConfigFromEnv`). */
  readonly config: RegenerateConfig;
  readonly clients: FeedRunClients;
  /** Where follow-ups and deferred messages go: the queue this handler consumes. */
  readonly queue: RegenerationQueue;
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly observer?: RegenerateObserver;
  /** The publishers, by id. */
  readonly publishers: ReadonlyMap<string, Publisher>;
  /** Milliseconds since the epoch; `Date.now` by default. */
  readonly now?: () => number;
  /**
   * Told of the files each regeneration wrote: the WebSub hub's publish jobs.
   * @default none (the feeds advertise no hub)
   */
  readonly push?: FeedPush;
}

/** The regenerate handler: an SQS batch in, the messages to retry out. */
export type RegenerateHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * Builds the regenerate handler over its dependencies. The messages of a batch are regenerated
 * side by side (the event source's batch size bounds them, and so the memory a batch holds);
 * invocations must not overlap (as on Lambda, one at a time per instance).
 *
 * @param deps - configuration, clients, the queue, logger, metrics and an outcome observer
 * @returns the handler
 * @example
 * export const handler = createRegenerateHandler({
 *   config: regenerateConfigFromEnv(),
 *   clients: { s3: createS3Client(), documentClient: createDocumentClient() },
 *   queue: new SqsRegenerationQueue(queueUrl, createSqsClient()),
 *   logger: new Logger(),
 *   metrics: new Metrics(),
 *   publishers: samplePublishersById,
 * });
 */
export function createRegenerateHandler(deps: RegenerateHandlerDeps): RegenerateHandler {
  const { logger, metrics, observer, publishers } = deps;
  const run = {
    ...feedRunDeps(deps.config, deps.clients, metrics, publishers, deps.queue),
    ...(deps.now === undefined ? {} : { now: deps.now }),
  };

  function report(request: RegenerationRequest, outcome: RunOutcome): FeedPublished | null {
    const feedPath = request.feed;
    if (outcome.kind === 'regenerated') {
      metrics.addMetric('FeedRegenerations', MetricUnit.Count, 1);
      if (outcome.pendingForMs !== null) {
        // How long the served changes waited to be published.
        metrics.addMetric('FeedAge', MetricUnit.Seconds, outcome.pendingForMs / 1000);
      }
      const published = announce(outcome.feed, observer);
      const written = published?.formats ?? [];
      logger.info(published === null ? 'Feed unchanged' : 'Feed published', {
        feedPath,
        formats: written,
        followUp: outcome.followUp === null ? null : new Date(outcome.followUp).toISOString(),
      });
      observer?.ran?.(feedPath, outcome);
      return published;
    }
    metrics.addMetric(
      outcome.kind === 'stale' ? 'RegenerationsSkipped' : 'RegenerationsDeferred',
      MetricUnit.Count,
      1,
    );
    observer?.ran?.(feedPath, outcome);
    return null;
  }

  function fail(failure: RegenerateFailure): never {
    observer?.failed?.(failure);
    throw failure.error;
  }

  async function recordHandler(record: SQSRecord): Promise<void> {
    const { messageId } = record;
    let request: RegenerationRequest;
    try {
      request = parseRegenerationRequest(record.body);
    } catch (error) {
      // A bug, not a transient fault: after the maximum receives it waits in the DLQ.
      logger.error('Message is not a regeneration request', { messageId, error });
      fail({ messageId, error });
    }
    const ref = parseFeedPath(request.feed);
    if (ref === null || (ref.kind !== 'all' && !publishers.has(ref.publisherId))) {
      logger.warn('Skipped the feed of a publisher missing from the configuration', {
        messageId,
        feedPath: request.feed,
      });
      return;
    }
    let outcome: RunOutcome;
    try {
      outcome = await runScheduled(ref, request, run);
    } catch (error) {
      logger.error('Feed regeneration failed; the message will be retried', {
        messageId,
        feedPath: request.feed,
        error,
      });
      fail({ messageId, feedPath: request.feed, error });
    }
    const published = report(request, outcome);
    await pushPublished(published, deps.push, logger, metrics);
    // A new feed (its first files): the directory lists it from now on.
    if (published?.files.some((file) => file.created)) {
      await refreshDirectory(run.directory, observer, logger, metrics);
    }
  }

  return createBatchHandler({ eventType: EventType.SQS, logger, metrics }, () => recordHandler);
}
