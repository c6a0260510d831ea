/**
 * The batch wrapper every event-source handler shares (SQS queues, the table's stream): each
 * record goes through a record handler with Powertools' batch processor, the records that threw
 * come back as `batchItemFailures` (the event source delivers those again), a batch where every
 * record failed is reported like any other instead of thrown, the number of failures is a
 * metric of its own (reported failures do not fail the invocation, so the alarms need it), and
 * the invocation's metrics are flushed whatever happens.
 */
import {
  BatchProcessor,
  type EventType,
  processPartialResponse,
} from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, DynamoDBRecord, SQSRecord } from 'aws-lambda';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** The metric that counts the records of an invocation handed back for another delivery. */
export const FAILED_RECORDS_METRIC = 'FailedMessages';

/** Handles one record; a record whose handler throws is reported as a batch item failure. */
export type RecordHandler<TRecord> = (record: TRecord, context?: Context) => Promise<void>;

/** The records to deliver again, by id (an SQS message id, a stream sequence number). */
export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** A handler of whole batches, as Lambda calls it. */
export type BatchHandler<TRecord> = (
  event: { Records: TRecord[] },
  context?: Context,
) => Promise<BatchResponse>;

/** What {@link createBatchHandler} needs. */
export interface BatchHandlerOptions {
  /** The event source: `EventType.SQS` or `EventType.DynamoDBStreams`. */
  readonly eventType: typeof EventType.SQS | typeof EventType.DynamoDBStreams;
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  /**
   * Start a record only when the one before it is done (for CPU-bound records, or to check the
   * time left before each).
   * @default true (the records of a batch run side by side)
   */
  readonly processInParallel?: boolean;
}

/**
 * Builds a batch handler over a record handler. Its invocations must not overlap (as on Lambda,
 * one at a time per instance): the batch processor holds the invocation in progress.
 *
 * @param options - the event source, logger, metrics and whether records run side by side
 * @param recordHandlerOf - gives the record handler of one batch (a batch may read all its
 *   records first, as the stream handler does); `() => handle` when every batch is alike
 * @returns the handler
 * @example
 * return createBatchHandler({ eventType: EventType.SQS, logger, metrics }, () => handleMessage);
 */
export function createBatchHandler<TRecord extends SQSRecord | DynamoDBRecord>(
  options: BatchHandlerOptions,
  recordHandlerOf: (event: { Records: TRecord[] }) => RecordHandler<TRecord>,
): BatchHandler<TRecord> {
  const { logger, metrics } = options;
  const processor = new BatchProcessor(options.eventType);
  return async (event, context) => {
    if (context !== undefined) logger.addContext(context);
    try {
      const response = await processPartialResponse(event, recordHandlerOf(event), processor, {
        ...(context === undefined ? {} : { context }),
        throwOnFullBatchFailure: false,
        ...(options.processInParallel === undefined
          ? {}
          : { processInParallel: options.processInParallel }),
      });
      metrics.addMetric(FAILED_RECORDS_METRIC, MetricUnit.Count, response.batchItemFailures.length);
      return response;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
