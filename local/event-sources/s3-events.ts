/**
 * Shapes s3rver's object events the way AWS delivers S3 event notifications through SQS: keys
 * URL-encoded, a sequencer that orders the events of one key, one S3 event per SQS message body.
 */
import { randomUUID } from 'node:crypto';
import type { S3EventRecord, SQSRecord } from 'aws-lambda';
import { decodeS3Key, parseS3Notification } from '../../shared/ingest/s3-event.ts';
import { type QueueIdentity, sqsRecordOf } from './queue.ts';

export type { QueueIdentity } from './queue.ts';

/**
 * Encodes an object key as S3 writes it into event notifications: form-style URL encoding of
 * each path segment (a space becomes `+`, a `+` becomes `%2B`), with `/` kept.
 *
 * @param key - the raw object key
 * @returns the key as it appears in `Records[].s3.object.key`
 * @example
 * encodeEventKey('demo/tin mới+1.html'); // 'demo/tin+m%E1%BB%9Bi%2B1.html'
 */
export function encodeEventKey(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replaceAll('%20', '+'))
    .join('/');
}

/**
 * Issues S3-style sequencers: uppercase hex strings that grow with every event, so the events of
 * one key compare in the order they happened (after left-padding to equal length, as AWS
 * documents). s3rver's own sequencer is the millisecond clock, which repeats within a
 * millisecond; this one is the clock in the high bits and a counter in the low bits, and never
 * goes backwards even when the clock does.
 */
export class SequencerClock {
  #last = 0n;
  readonly #now: () => number;

  /**
   * @param now - the clock in milliseconds (injectable for tests)
   * @param after - a sequencer (hex) every issued one must exceed: the highest already applied,
   *   so that a clock set back between two runs cannot make new events look stale
   */
  constructor(now: () => number = Date.now, after?: string) {
    this.#now = now;
    if (after !== undefined && /^[0-9A-Fa-f]+$/.test(after)) this.#last = BigInt(`0x${after}`);
  }

  /** @returns the next sequencer, greater than every one issued before by this clock */
  next(): string {
    const fromClock = BigInt(this.#now()) << 20n;
    this.#last = fromClock > this.#last ? fromClock : this.#last + 1n;
    return this.#last.toString(16).toUpperCase().padStart(16, '0');
  }
}

/** What the local runtime knows of one object event. */
export interface ObjectEvent {
  readonly bucket: string;
  /** The raw (decoded) key. */
  readonly key: string;
  readonly eventName: string;
  readonly size?: number;
  readonly eTag?: string;
  readonly eventTime?: Date;
}

/**
 * Builds the S3 event record AWS would send for an object event.
 *
 * @param event - the object event, with its raw key
 * @param sequencer - the event's sequencer
 * @param region - the region written into the record
 * @returns the record, with the key URL-encoded
 */
export function toS3EventRecord(
  event: ObjectEvent,
  sequencer: string,
  region: string,
): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: (event.eventTime ?? new Date()).toISOString(),
    eventName: event.eventName,
    userIdentity: { principalId: 'AWS:LOCAL' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: {
      'x-amz-request-id': randomUUID().replaceAll('-', '').slice(0, 16).toUpperCase(),
      'x-amz-id-2': 'local',
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'local-ingest',
      bucket: {
        name: event.bucket,
        ownerIdentity: { principalId: 'LOCAL' },
        arn: `arn:aws:s3:::${event.bucket}`,
      },
      // A removal carries no size or ETag in AWS events; the type insists, so they stay optional.
      object: {
        key: encodeEventKey(event.key),
        sequencer,
        ...(event.size === undefined ? {} : { size: event.size }),
        ...(event.eTag === undefined ? {} : { eTag: event.eTag }),
      } as S3EventRecord['s3']['object'],
    },
  };
}

/**
 * Wraps an S3 event record into the SQS message a Lambda consuming the queue receives.
 *
 * @param record - the S3 event record
 * @param queue - the queue's ARN and region
 * @param sentAt - when the message was sent
 * @returns an SQS record with `ApproximateReceiveCount` 0 (the queue sets it on each receive)
 */
export function toSqsRecord(record: S3EventRecord, queue: QueueIdentity, sentAt: Date): SQSRecord {
  return sqsRecordOf(JSON.stringify({ Records: [record] }), queue, sentAt);
}

/**
 * The object keys an SQS message of S3 events is about, decoded.
 *
 * @param record - the SQS message
 * @returns the raw keys (none when the body is not an S3 event)
 */
export function objectKeysOfMessage(record: SQSRecord): string[] {
  try {
    const notification = parseS3Notification(record.body);
    return notification.type === 'events'
      ? notification.events.map((event) => decodeS3Key(event.rawKey))
      : [];
  } catch {
    return [];
  }
}
