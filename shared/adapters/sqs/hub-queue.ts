/**
 * The hub queue on SQS: jobs go out in batches of ten; a failed delivery's next attempt is
 * delayed by changing the received message's visibility (the queue's redrive policy moves it
 * to the dead-letter queue after the last attempt).
 */
import {
  ChangeMessageVisibilityCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Env } from '../../env.ts';
import { type HubJob, serializeHubJob } from '../../websub/jobs.ts';
import type { HubQueue, ReceivedMessage } from '../../websub/ports.ts';
import { type FeedPush, hubPush } from '../../websub/push.ts';
import { createSqsClient } from '../aws-client-factories.ts';

/** SQS's largest batch. */
const BATCH_SIZE = 10;

/** SQS's longest visibility timeout, in seconds (12 hours). */
export const MAX_VISIBILITY_SECONDS = 12 * 3600;

/** Sends hub jobs to an SQS queue. */
export class SqsHubQueue implements HubQueue {
  readonly #queueUrl: string;
  readonly #client: SQSClient;

  /**
   * @param queueUrl - the hub queue (`HUB_QUEUE_URL`)
   * @param client - an SQS client
   */
  constructor(queueUrl: string, client: SQSClient) {
    this.#queueUrl = queueUrl;
    this.#client = client;
  }

  /** @inheritDoc */
  async send(jobs: readonly HubJob[]): Promise<void> {
    for (let start = 0; start < jobs.length; start += BATCH_SIZE) {
      const chunk = jobs.slice(start, start + BATCH_SIZE);
      const result = await this.#client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.#queueUrl,
          Entries: chunk.map((job, index) => ({
            Id: String(index),
            MessageBody: serializeHubJob(job),
          })),
        }),
      );
      const failed = result.Failed ?? [];
      if (failed.length > 0) {
        const first = failed[0];
        throw new Error(
          `SQS refused ${failed.length} of ${chunk.length} hub jobs: ${first?.Code} ${first?.Message ?? ''}`,
        );
      }
    }
  }

  /** @inheritDoc */
  async retryLater(message: ReceivedMessage, delayMs: number): Promise<void> {
    await this.#client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: this.#queueUrl,
        ReceiptHandle: message.receiptHandle,
        VisibilityTimeout: Math.min(MAX_VISIBILITY_SECONDS, Math.max(0, Math.ceil(delayMs / 1000))),
      }),
    );
  }
}

/**
 * The `push` dependency of a function that writes feed files: publish jobs to the hub queue
 * named by `HUB_QUEUE_URL`, or none when it is unset (the feeds advertise no hub).
 *
 * @param env - the environment, `process.env` by default
 * @param client - an SQS client; a new one by default
 * @returns `{ push }`, or `{}` without a hub queue, to spread into the handler's dependencies
 */
export function hubPushFromEnv(
  env: Env = process.env,
  client?: SQSClient,
): { readonly push?: FeedPush } {
  const queueUrl = env.HUB_QUEUE_URL?.trim();
  if (!queueUrl) return {};
  return { push: hubPush(new SqsHubQueue(queueUrl, client ?? createSqsClient())) };
}
