/**
 * The regeneration queue on SQS: a standard queue, each message delayed until its schedule's
 * due time (`DelaySeconds`, whole seconds, at most 15 minutes). A FIFO queue would give one
 * consumer per feed, but FIFO queues have no per-message delay; the feed's lease gives the same.
 */
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { RegenerationQueue } from '../../feeds/ports.ts';
import type { RegenerationRequest } from '../../feeds/schedule.ts';

/** SQS's longest message delay, in seconds. */
export const MAX_DELAY_SECONDS = 900;

/**
 * The `DelaySeconds` of a message due in `delayMs`: rounded up, so a message never arrives before
 * its due time (the lease would send it back).
 *
 * @param delayMs - the delay in milliseconds
 * @returns whole seconds from 0 to {@link MAX_DELAY_SECONDS}
 */
export function delaySeconds(delayMs: number): number {
  return Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(delayMs / 1000)));
}

/** Sends regeneration requests to an SQS queue. */
export class SqsRegenerationQueue implements RegenerationQueue {
  readonly #queueUrl: string;
  readonly #client: SQSClient;

  /**
   * @param queueUrl - the queue (`REGENERATE_QUEUE_URL`)
   * @param client - an SQS client
   */
  constructor(queueUrl: string, client: SQSClient) {
    this.#queueUrl = queueUrl;
    this.#client = client;
  }

  /** @inheritDoc */
  async send(request: RegenerationRequest, delayMs: number): Promise<void> {
    await this.#client.send(
      new SendMessageCommand({
        QueueUrl: this.#queueUrl,
        MessageBody: JSON.stringify({ feed: request.feed, due: request.due }),
        DelaySeconds: delaySeconds(delayMs),
      }),
    );
  }
}
