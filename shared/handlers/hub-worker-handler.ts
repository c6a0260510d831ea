/**
 * The hub worker: SQS batches of the hub queue (see `shared/websub/jobs.ts`). A `verify` job
 * verifies a subscriber's intent and stores or removes its subscription; a `publish` job fans a
 * changed topic out to one `deliver` job per active subscription (or, with an external hub,
 * pings that hub); a `deliver` job POSTs the topic's document to one callback. A failed delivery
 * or ping is reported in `batchItemFailures` after its next attempt was delayed by the retry
 * schedule; after the last attempt the queue's redrive moves it to the dead letters.
 * `functions/hub-worker.ts` builds it with the production dependencies; the local runtime and
 * the tests with their own.
 */
import { EventType } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoSubscriptionStore } from '../adapters/dynamo/subscriptions.ts';
import { NodeCallbackClient } from '../adapters/http/callback-client.ts';
import { S3TopicReader } from '../adapters/s3/feed-content.ts';
import { type HubConfig, MAX_VERIFICATION_BODY_BYTES, retryDelayMs } from '../websub/config.ts';
import {
  type DeliverOutcome,
  type DistributeDeps,
  deliver,
  fanOut,
  pingExternalHub,
} from '../websub/distribute.ts';
import { DeliveryFailedError } from '../websub/errors.ts';
import { type DeliverJob, describeHubJob, type HubJob, parseHubJob } from '../websub/jobs.ts';
import type { CallbackClient, HubQueue } from '../websub/ports.ts';
import { type VerifyOutcome, verifyIntent } from '../websub/subscribe.ts';
import { createBatchHandler } from './batch-handler.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** A message that failed; the queue delivers it again (or dead-letters it). */
export interface HubJobFailure {
  readonly messageId: string;
  /** The job, when the message was one. */
  readonly job?: HubJob;
  readonly attempt: number;
  readonly error: unknown;
}

/** Hears what the hub worker did; the local runtime and the tests subscribe here. */
export interface HubWorkerObserver {
  verified?(job: Extract<HubJob, { kind: 'verify' }>, outcome: VerifyOutcome): void;
  /** A changed topic was fanned out to `deliveries` subscribers (or pinged to the external hub). */
  published?(topicKey: string, deliveries: number): void;
  delivered?(job: DeliverJob, outcome: DeliverOutcome, attempt: number): void;
  failed?(failure: HubJobFailure): void;
}

/** What {@link createHubWorkerHandler} needs. */
export interface HubWorkerHandlerDeps {
  /** Mode, hub URL, feeds base URL, table, bucket and policy (`hubConfigFromEnv`). */
  readonly config: HubConfig;
  readonly clients: {
    readonly s3: S3Client;
    readonly documentClient: DynamoDBDocumentClient;
  };
  /** The queue this handler consumes: fan-out sends to it, retries are delayed on it. */
  readonly queue: HubQueue;
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly observer?: HubWorkerObserver;
  /** @default Node's HTTP client with the policy's address checks and timeout */
  readonly callbacks?: CallbackClient;
  /** ms since the epoch. @default `Date.now` */
  readonly now?: () => number;
}

/** The hub worker: an SQS batch in, the messages to retry out. */
export type HubWorkerHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

function attemptOf(record: SQSRecord): number {
  const count = Number(record.attributes?.ApproximateReceiveCount);
  return Number.isSafeInteger(count) && count > 0 ? count : 1;
}

/**
 * Builds the hub worker over its dependencies.
 *
 * @param deps - configuration, clients, the hub queue, logger, metrics and an outcome observer
 * @returns the handler
 * @example
 * export const handler = createHubWorkerHandler({
 *   config: hubConfigFromEnv(),
 *   clients: { s3: createS3Client(), documentClient: createDocumentClient() },
 *   queue: new SqsHubQueue(requireEnv('HUB_QUEUE_URL'), createSqsClient()),
 *   logger: new Logger(),
 *   metrics: new Metrics(),
 * });
 */
export function createHubWorkerHandler(deps: HubWorkerHandlerDeps): HubWorkerHandler {
  const { config, logger, metrics, observer, queue } = deps;
  const { policy } = config;
  const now = deps.now ?? Date.now;
  const callbacks =
    deps.callbacks ??
    new NodeCallbackClient({
      policy: { allowLoopback: policy.allowLoopbackCallbacks },
      timeoutMs: policy.callbackTimeoutMs,
      maxBodyBytes: MAX_VERIFICATION_BODY_BYTES,
    });
  const distribute: DistributeDeps = {
    hubUrl: config.hubUrl,
    feedsBaseUrl: config.feedsBaseUrl,
    policy,
    store: new DynamoSubscriptionStore(config.tableName, deps.clients.documentClient),
    topics: new S3TopicReader(config.feedsBucket, deps.clients.s3),
    queue,
    callbacks,
    now,
  };

  async function run(job: HubJob, attempt: number): Promise<void> {
    switch (job.kind) {
      case 'verify': {
        const outcome = await verifyIntent(job, { ...distribute });
        metrics.addMetric(
          outcome.kind === 'subscribed' || outcome.kind === 'unsubscribed'
            ? 'SubscriptionsVerified'
            : 'SubscriptionsNotVerified',
          MetricUnit.Count,
          1,
        );
        logger.info(`Verification: ${outcome.kind}`, {
          mode: job.mode,
          topicKey: job.topicKey,
          callbackHost: job.callbackHost,
          ...('reason' in outcome ? { reason: outcome.reason } : {}),
        });
        observer?.verified?.(job, outcome);
        return;
      }
      case 'publish': {
        if (config.mode === 'external') {
          await pingExternalHub(job, attempt, distribute);
          metrics.addMetric('HubPings', MetricUnit.Count, 1);
          observer?.published?.(job.topicKey, 0);
          return;
        }
        const deliveries = await fanOut(job, distribute);
        metrics.addMetric('DeliveriesQueued', MetricUnit.Count, deliveries);
        if (deliveries > 0) logger.info('Topic fanned out', { topicKey: job.topicKey, deliveries });
        observer?.published?.(job.topicKey, deliveries);
        return;
      }
      case 'deliver': {
        const outcome = await deliver(job, attempt, distribute);
        metrics.addMetric(
          outcome.kind === 'delivered' ? 'Deliveries' : 'DeliveriesDropped',
          MetricUnit.Count,
          1,
        );
        observer?.delivered?.(job, outcome, attempt);
      }
    }
  }

  async function recordHandler(record: SQSRecord): Promise<void> {
    const { messageId } = record;
    const attempt = attemptOf(record);
    let job: HubJob | undefined;
    try {
      job = parseHubJob(record.body);
      await run(job, attempt);
    } catch (error) {
      const failure = { messageId, attempt, error, ...(job === undefined ? {} : { job }) };
      if (error instanceof DeliveryFailedError) {
        metrics.addMetric('DeliveryFailures', MetricUnit.Count, 1);
        const last = attempt >= policy.retries.maxAttempts;
        logger.warn(last ? 'Delivery failed for the last time' : 'Delivery failed; retrying', {
          messageId,
          job: job === undefined ? undefined : describeHubJob(job),
          attempt,
          reason: error.message,
        });
        if (!last) await queue.retryLater(record, retryDelayMs(attempt, policy.retries));
      } else {
        logger.error('Hub job failed; the message will be retried', { messageId, attempt, error });
      }
      observer?.failed?.(failure);
      throw error;
    }
  }

  return createBatchHandler({ eventType: EventType.SQS, logger, metrics }, () => recordHandler);
}
