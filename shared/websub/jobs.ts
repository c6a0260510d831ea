/**
 * The hub's work, as messages of its queue (SQS on AWS, the local runtime's queue locally):
 *
 * | job       | sent by                         | does                                          |
 * |-----------|---------------------------------|-----------------------------------------------|
 * | `verify`  | the hub endpoint, after `202`   | verifies intent, then stores or removes       |
 * | `publish` | the feeds' regeneration         | fans out one `deliver` per active subscriber (or pings the external hub) |
 * | `deliver` | `publish`                       | POSTs the topic's content to one callback     |
 *
 * A message carries keys, never feed content (SQS messages stop at 256 KB): a delivery reads
 * the file when it runs, so a retry sends the topic's content of that moment.
 */
import { InvalidHubJobError } from './errors.ts';
import type { SubscriptionMode } from './subscription-request.ts';

/** Verify a subscriber's intent, then apply the request. */
export interface VerifyJob {
  readonly kind: 'verify';
  readonly mode: SubscriptionMode;
  /** The topic URL the subscriber gave. */
  readonly topic: string;
  readonly topicKey: string;
  readonly callback: string;
  readonly callbackHost: string;
  readonly leaseSeconds: number;
  readonly secret: string | null;
}

/** A topic changed: tell its subscribers (or the external hub). */
export interface PublishJob {
  readonly kind: 'publish';
  readonly topicKey: string;
}

/** Send a topic's content to one subscriber. */
export interface DeliverJob {
  readonly kind: 'deliver';
  readonly topicKey: string;
  readonly callback: string;
}

/** Any job of the hub queue. */
export type HubJob = VerifyJob | PublishJob | DeliverJob;

/**
 * The message body of a job.
 *
 * @param job - the job
 * @returns JSON
 */
export function serializeHubJob(job: HubJob): string {
  return JSON.stringify(job);
}

function text(value: Record<string, unknown>, name: string): string {
  const field = value[name];
  if (typeof field !== 'string' || field === '') {
    throw new InvalidHubJobError(`${name} must be a non-empty string`);
  }
  return field;
}

/**
 * Reads a message body back into a job.
 *
 * @param body - the message body
 * @returns the job
 * @throws InvalidHubJobError when it is not one
 */
export function parseHubJob(body: string): HubJob {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new InvalidHubJobError('the body is not JSON', { cause: error });
  }
  if (typeof value !== 'object' || value === null) throw new InvalidHubJobError('not an object');
  const record = value as Record<string, unknown>;
  switch (record.kind) {
    case 'publish':
      return { kind: 'publish', topicKey: text(record, 'topicKey') };
    case 'deliver':
      return {
        kind: 'deliver',
        topicKey: text(record, 'topicKey'),
        callback: text(record, 'callback'),
      };
    case 'verify': {
      const mode = record.mode;
      if (mode !== 'subscribe' && mode !== 'unsubscribe') {
        throw new InvalidHubJobError(`mode ${JSON.stringify(mode)}`);
      }
      const lease = record.leaseSeconds;
      const secret = record.secret;
      return {
        kind: 'verify',
        mode,
        topic: text(record, 'topic'),
        topicKey: text(record, 'topicKey'),
        callback: text(record, 'callback'),
        callbackHost: text(record, 'callbackHost'),
        leaseSeconds: typeof lease === 'number' && Number.isSafeInteger(lease) ? lease : 0,
        secret: typeof secret === 'string' && secret !== '' ? secret : null,
      };
    }
    default:
      throw new InvalidHubJobError(`unknown kind ${JSON.stringify(record.kind)}`);
  }
}

/**
 * What a job is about, for logs and dead letters.
 *
 * @param job - the job
 * @returns e.g. `deliver feeds/all.xml → https://sub.example/cb`
 */
export function describeHubJob(job: HubJob): string {
  switch (job.kind) {
    case 'publish':
      return `publish ${job.topicKey}`;
    case 'deliver':
      return `deliver ${job.topicKey} → ${job.callback}`;
    case 'verify':
      return `verify ${job.mode} ${job.topicKey} → ${job.callback}`;
  }
}
