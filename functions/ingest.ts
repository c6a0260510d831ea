/**
 * The ingest Lambda: SQS batches of S3 event notifications from the inbox bucket. Each message
 * succeeds (article stored, unchanged, rejected and recorded, withdrawn, or skipped as stale) or
 * is reported in `batchItemFailures` so SQS retries it alone, and after the queue's maximum
 * receives moves it to the dead-letter queue.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoIngestStore } from '../shared/adapters/dynamo/ingest-store.ts';
import { S3PageSource } from '../shared/adapters/s3/inbox.ts';
import { extractArticle } from '../shared/extract/index.ts';
import {
  decodeS3Key,
  type IngestDependencies,
  type IngestOutcome,
  ingestConfigFromEnv,
  ingestEvent,
  OutOfTimeError,
  parseS3Notification,
  type S3Notification,
} from '../shared/ingest/index.ts';
import { samplePublishersById } from '../shared/publishers/samples.ts';

const config = ingestConfigFromEnv();
const logger = new Logger();
const metrics = new Metrics();
const processor = new BatchProcessor(EventType.SQS);

const deps: IngestDependencies = {
  pages: new S3PageSource(),
  store: new DynamoIngestStore(config.tableName),
  extract: extractArticle,
  publishers: samplePublishersById,
  maxPageBytes: config.maxPageBytes,
};

/**
 * Time left below which no further message is started: three times the slowest page the
 * extractor accepts (about 3 s on one loaded core, just under its element limit) with its S3
 * and DynamoDB calls. Cut off by the timeout, the invocation would fail its whole batch,
 * finished messages included; handed back now, the message is simply received again.
 */
export const MIN_REMAINING_MS = 10_000;

const METRIC_OF: Record<IngestOutcome['kind'], string> = {
  ingested: 'PagesIngested',
  unchanged: 'PagesUnchanged',
  rejected: 'PagesRejected',
  withdrawn: 'PagesWithdrawn',
  detached: 'PagesDetached',
  deleted: 'PagesDeleted',
  skipped: 'EventsSkipped',
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
}

function keyForLog(rawKey: string): string {
  try {
    return decodeS3Key(rawKey);
  } catch {
    return rawKey;
  }
}

async function recordHandler(record: SQSRecord, context?: Context): Promise<void> {
  const remainingMs = context?.getRemainingTimeInMillis();
  if (remainingMs !== undefined && remainingMs < MIN_REMAINING_MS) {
    logger.warn('Too little time left to start the message; it will be retried', {
      messageId: record.messageId,
      remainingMs,
    });
    throw new OutOfTimeError(
      `Only ${remainingMs} ms of the invocation left, under the ${MIN_REMAINING_MS} ms a message may need`,
    );
  }
  let notification: S3Notification;
  try {
    notification = parseS3Notification(record.body);
  } catch (error) {
    // Not retryable, but kept: after the maximum receives it waits in the DLQ for a human.
    logger.error('Message is not an S3 event notification', {
      messageId: record.messageId,
      error: error as Error,
    });
    throw error;
  }
  if (notification.type === 'test') {
    logger.info('Ignored s3:TestEvent', { messageId: record.messageId });
    return;
  }
  for (const event of notification.events) {
    try {
      report(await ingestEvent(event, deps), record.messageId);
    } catch (error) {
      // Transient (throttling, timeout, 5xx) or unexpected: SQS retries the message.
      logger.error('Ingest failed; the message will be retried', {
        messageId: record.messageId,
        objectKey: keyForLog(event.rawKey),
        error: error as Error,
      });
      throw error;
    }
  }
}

/**
 * Processes a batch of SQS messages carrying S3 event notifications.
 *
 * @param event - the SQS batch
 * @param context - the Lambda context
 * @returns the messages to retry
 */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  try {
    return await processPartialResponse(event, recordHandler, processor, {
      context,
      // A batch where every message failed is reported like any other, not thrown.
      throwOnFullBatchFailure: false,
      // One message at a time, so each starts only when there is time left to finish it
      // (extraction is CPU-bound: running them side by side would not finish sooner).
      processInParallel: false,
    });
  } finally {
    metrics.publishStoredMetrics();
  }
}
