/**
 * The ingest handler: SQS batches of S3 event notifications from the inbox bucket. Each message
 * succeeds (article stored, unchanged, rejected and recorded, withdrawn, or skipped as stale) or
 * is reported in `batchItemFailures` so SQS retries it alone, and after the queue's maximum
 * receives moves it to the dead-letter queue. `functions/ingest.ts` builds it with the
 * production dependencies; the local runtime and the tests with their own.
 */
import { EventType } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoIngestStore } from '../adapters/dynamo/ingest-store.ts';
import { DynamoSiteProfiles } from '../adapters/dynamo/site-profiles.ts';
import { S3PageSource } from '../adapters/s3/inbox.ts';
import { extractArticle, extractPage } from '../extract/index.ts';
import type { IngestConfig } from '../ingest/config.ts';
import { OutOfTimeError } from '../ingest/errors.ts';
import {
  type IngestDependencies,
  type IngestOutcome,
  ingestEvent,
} from '../ingest/ingest-event.ts';
import type { ExtractArticle } from '../ingest/ports.ts';
import { decodeS3Key, parseS3Notification, type S3Notification } from '../ingest/s3-event.ts';
import type { PublisherLookup } from '../publishers/ports.ts';
import { createBatchHandler } from './batch-handler.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/**
 * Time left below which no further message is started: three times the slowest page the
 * extractor accepts (about 3 s on one loaded core, just under its element limit) with its S3
 * and DynamoDB calls. Cut off by the timeout, the invocation would fail its whole batch,
 * finished messages included; handed back now, the message is simply received again.
 */
export const MIN_REMAINING_MS = 10_000;

/** A message (or one of its events) that failed and will be received again. */
export interface IngestFailure {
  readonly messageId: string;
  /** The inbox key, when the message named one. */
  readonly objectKey?: string;
  readonly error: unknown;
}

/** Hears what became of every message; the local runtime and the tests subscribe here. */
export interface IngestObserver {
  /** One S3 event of a message was applied (or skipped, or recorded as a rejection). */
  outcome?(outcome: IngestOutcome, messageId: string): void;
  /** A message failed: SQS will deliver it again (or move it to the dead-letter queue). */
  failed?(failure: IngestFailure): void;
}

/** What {@link createIngestHandler} needs. */
export interface IngestHandlerDeps {
  /** Table and page size limit (`ingestConfigFromEnv` in the Lambda). */
  readonly config: IngestConfig;
  /** Clients of the inbox bucket and the table. */
  readonly clients: {
    readonly s3: S3Client;
    readonly documentClient: DynamoDBDocumentClient;
  };
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly observer?: IngestObserver;
  /** The publisher registry (through a short cache in the Lambda). */
  readonly publishers: PublisherLookup;
  /** Replaces the extractor (site template learning is then off). @default `extractArticle` */
  readonly extract?: ExtractArticle;
  /**
   * Learn each site's template (profiles in the table) and extract with it.
   * @default true, unless `extract` is given
   */
  readonly siteTemplates?: boolean;
}

/** The ingest handler: an SQS batch in, the messages to retry out. */
export type IngestHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

const METRIC_OF: Record<IngestOutcome['kind'], string> = {
  ingested: 'PagesIngested',
  unchanged: 'PagesUnchanged',
  rejected: 'PagesRejected',
  withdrawn: 'PagesWithdrawn',
  detached: 'PagesDetached',
  deleted: 'PagesDeleted',
  skipped: 'EventsSkipped',
};

function keyForLog(rawKey: string): string {
  try {
    return decodeS3Key(rawKey);
  } catch {
    return rawKey;
  }
}

/**
 * Builds the ingest handler over its dependencies. Its invocations must not overlap (as on
 * Lambda, one at a time per instance): the batch processor holds the invocation in progress.
 *
 * @param deps - configuration, clients, logger, metrics and an outcome observer
 * @returns the handler
 * @example
 * export const handler = createIngestHandler({
 *   config: ingestConfigFromEnv(),
 *   clients: { s3: createS3Client(), documentClient: createDocumentClient() },
 *   logger: new Logger(),
 *   metrics: new Metrics(),
 *   publishers: new CachedPublisherDirectory(new DynamoPublisherRegistry(tableName, documentClient)),
 * });
 */
export function createIngestHandler(deps: IngestHandlerDeps): IngestHandler {
  const { logger, metrics, observer } = deps;
  const ingest: IngestDependencies = {
    pages: new S3PageSource(deps.clients.s3),
    store: new DynamoIngestStore(deps.config.tableName, deps.clients.documentClient),
    extract: deps.extract ?? extractArticle,
    publishers: deps.publishers,
    maxPageBytes: deps.config.maxPageBytes,
    ...((deps.siteTemplates ?? deps.extract === undefined)
      ? {
          templates: {
            profiles: new DynamoSiteProfiles(deps.config.tableName, deps.clients.documentClient),
            extract: extractPage,
          },
        }
      : {}),
  };

  function report(outcome: IngestOutcome, messageId: string): void {
    metrics.addMetric(METRIC_OF[outcome.kind], MetricUnit.Count, 1);
    if (outcome.extractionMs !== undefined) {
      metrics.addMetric('ExtractionTime', MetricUnit.Milliseconds, outcome.extractionMs);
    }
    if (outcome.kind === 'rejected') {
      // `message` is the log line's own field: the rejection's message goes in `detail`.
      const { kind, message, ...details } = outcome;
      logger.warn('Page rejected', { messageId, outcome: kind, ...details, detail: message });
    } else {
      const { kind, ...details } = outcome;
      logger.info(`Page ${kind}`, { messageId, outcome: kind, ...details });
    }
    observer?.outcome?.(outcome, messageId);
  }

  function fail(failure: IngestFailure): never {
    observer?.failed?.(failure);
    throw failure.error;
  }

  async function recordHandler(record: SQSRecord, context?: Context): Promise<void> {
    const { messageId } = record;
    const remainingMs = context?.getRemainingTimeInMillis();
    if (remainingMs !== undefined && remainingMs < MIN_REMAINING_MS) {
      logger.warn('Too little time left to start the message; it will be retried', {
        messageId,
        remainingMs,
      });
      fail({
        messageId,
        error: new OutOfTimeError(
          `Only ${remainingMs} ms of the invocation left, under the ${MIN_REMAINING_MS} ms a message may need`,
        ),
      });
    }
    let notification: S3Notification;
    try {
      notification = parseS3Notification(record.body);
    } catch (error) {
      // Not retryable, but kept: after the maximum receives it waits in the DLQ for a human.
      logger.error('Message is not an S3 event notification', { messageId, error });
      fail({ messageId, error });
    }
    if (notification.type === 'test') {
      logger.info('Ignored s3:TestEvent', { messageId });
      return;
    }
    for (const event of notification.events) {
      let outcome: IngestOutcome;
      try {
        outcome = await ingestEvent(event, ingest);
      } catch (error) {
        // Transient (throttling, timeout, 5xx) or unexpected: SQS retries the message.
        const objectKey = keyForLog(event.rawKey);
        logger.error('Ingest failed; the message will be retried', { messageId, objectKey, error });
        fail({ messageId, objectKey, error });
      }
      report(outcome, messageId);
    }
  }

  return createBatchHandler(
    {
      eventType: EventType.SQS,
      logger,
      metrics,
      // One message at a time, so each starts only when there is time left to finish it
      // (extraction is CPU-bound: running them side by side would not finish sooner).
      processInParallel: false,
    },
    () => recordHandler,
  );
}
