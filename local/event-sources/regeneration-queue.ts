/**
 * The regeneration queue of the local runtime: a {@link LocalQueue} whose messages wait out their
 * delay as SQS's `DelaySeconds` makes them (to the millisecond, so a test's short window works),
 * and the adapter through which the feeds and regenerate handlers send to it.
 */
import type { RegenerationQueue } from '../../shared/feeds/ports.ts';
import type { RegenerationRequest } from '../../shared/feeds/schedule.ts';
import { type LocalQueue, type QueueIdentity, sqsRecordOf } from './queue.ts';

/** Sends regeneration requests to a local queue. */
export class LocalRegenerationQueue implements RegenerationQueue {
  /**
   * @param queue - the local queue the regenerate handler drains
   * @param identity - the queue's region and ARN, for the messages
   */
  constructor(
    private readonly queue: LocalQueue,
    private readonly identity: QueueIdentity,
  ) {}

  /** @inheritDoc */
  async send(request: RegenerationRequest, delayMs: number): Promise<void> {
    const body = JSON.stringify({ feed: request.feed, due: request.due });
    this.queue.send(sqsRecordOf(body, this.identity, new Date()), delayMs);
  }
}
