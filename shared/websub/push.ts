/**
 * How the feeds tell the hub that they changed: every feed file a regeneration writes becomes a
 * `publish` job on the hub queue, whichever hub serves the feeds (the built-in one fans it out;
 * for an external one the worker pings it).
 */
import { feedFormatOf } from '../feeds/feed-ref.ts';
import type { PublishJob } from './jobs.ts';
import type { HubQueue } from './ports.ts';

/** Hears which feed files were written (the feeds handlers call it once per invocation). */
export interface FeedPush {
  /**
   * @param keys - object keys of the files written, in any order, repeats allowed
   */
  filesWritten(keys: readonly string[]): Promise<void>;
}

/**
 * The publish jobs of written files: one per feed document, none for other objects.
 *
 * @param keys - object keys written
 * @returns one job per distinct feed document
 */
export function publishJobsOf(keys: readonly string[]): PublishJob[] {
  const topics = new Set(keys.filter((key) => feedFormatOf(key) !== null));
  return [...topics].map((topicKey) => ({ kind: 'publish', topicKey }));
}

/**
 * Sends written feed files to the hub queue.
 *
 * @param queue - the hub queue
 * @returns the push port of the feeds handler
 * @example
 * createFeedsHandler({ …, push: hubPush(new SqsHubQueue(queueUrl, sqs)) });
 */
export function hubPush(queue: Pick<HubQueue, 'send'>): FeedPush {
  return {
    async filesWritten(keys) {
      const jobs = publishJobsOf(keys);
      if (jobs.length > 0) await queue.send(jobs);
    },
  };
}
