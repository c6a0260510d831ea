/**
 * Reading S3 event notifications as delivered through SQS.
 */
import { MalformedEventError, PageRejectedError } from './errors.ts';
import { normalizeSequencer } from './sequencer.ts';

/** One object event of the inbox, as the ingest needs it. */
export interface InboxEvent {
  /** `created` for every `ObjectCreated:*`, `removed` for every `ObjectRemoved:*`. */
  readonly kind: 'created' | 'removed';
  /** The S3 event name, e.g. `ObjectCreated:Put`. */
  readonly eventName: string;
  readonly bucket: string;
  /** The key exactly as in the event (URL-encoded by S3). */
  readonly rawKey: string;
  /** The sequencer, normalized (upper case, padded). */
  readonly sequencer: string;
  /** The object's ETag without quotes, when the event has one (created events). */
  readonly eTag: string | null;
  /** The object's size, when the event has one (created events). */
  readonly size: number | null;
  /** The version the event is about, on a versioned bucket; null otherwise. */
  readonly versionId: string | null;
  readonly eventTime: string;
}

/** What an SQS message body holds. */
export type S3Notification =
  | { readonly type: 'test' }
  | { readonly type: 'events'; readonly events: readonly InboxEvent[] };

interface RawRecord {
  eventName?: unknown;
  eventTime?: unknown;
  s3?: {
    bucket?: { name?: unknown };
    object?: {
      key?: unknown;
      sequencer?: unknown;
      eTag?: unknown;
      size?: unknown;
      versionId?: unknown;
    };
  };
}

function stringField(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new MalformedEventError(`S3 event record has no ${what} (got ${JSON.stringify(value)})`);
  }
  return value;
}

function parseRecord(record: RawRecord): InboxEvent | null {
  const eventName = stringField(record.eventName, 'eventName');
  const kind = eventName.startsWith('ObjectCreated:')
    ? 'created'
    : eventName.startsWith('ObjectRemoved:')
      ? 'removed'
      : null;
  // Other event types (restore, replication, lifecycle transitions) do not change a page.
  if (kind === null) return null;
  const object = record.s3?.object;
  const sequencer = stringField(object?.sequencer, 's3.object.sequencer');
  let normalized: string;
  try {
    normalized = normalizeSequencer(sequencer);
  } catch (error) {
    throw new MalformedEventError(`S3 event record has an invalid sequencer`, { cause: error });
  }
  return {
    kind,
    eventName,
    bucket: stringField(record.s3?.bucket?.name, 's3.bucket.name'),
    rawKey: stringField(object?.key, 's3.object.key'),
    sequencer: normalized,
    eTag: typeof object?.eTag === 'string' && object.eTag !== '' ? unquote(object.eTag) : null,
    size: typeof object?.size === 'number' ? object.size : null,
    versionId:
      typeof object?.versionId === 'string' && object.versionId !== '' ? object.versionId : null,
    eventTime: typeof record.eventTime === 'string' ? record.eventTime : '',
  };
}

/**
 * Strips the double quotes S3 puts around ETags in HTTP headers.
 *
 * @param eTag - an ETag, quoted or not
 * @returns the bare ETag
 */
export function unquote(eTag: string): string {
  return eTag.replace(/^"|"$/g, '');
}

/**
 * Parses the body of an SQS message sent by an S3 bucket notification.
 *
 * @param body - the message body (JSON)
 * @returns the `s3:TestEvent` S3 sends when notifications are configured, or the object events
 *   in the order of the message
 * @throws MalformedEventError when the body is not an S3 notification
 * @example
 * parseS3Notification('{"Service":"Amazon S3","Event":"s3:TestEvent"}'); // { type: 'test' }
 */
export function parseS3Notification(body: string): S3Notification {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new MalformedEventError(`SQS message body is not JSON: ${body.slice(0, 80)}`, {
      cause: error,
    });
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new MalformedEventError(
      `SQS message body is not an S3 notification: ${body.slice(0, 80)}`,
    );
  }
  const message = parsed as { Event?: unknown; Records?: unknown };
  if (message.Event === 's3:TestEvent') return { type: 'test' };
  if (!Array.isArray(message.Records)) {
    throw new MalformedEventError(`SQS message body has no Records: ${body.slice(0, 80)}`);
  }
  const events = (message.Records as RawRecord[])
    .map(parseRecord)
    .filter((event): event is InboxEvent => event !== null);
  return { type: 'events', events };
}

/**
 * Decodes an object key from an S3 event: S3 URL-encodes keys in notifications, with `+` for a
 * space (a literal `+` arrives as `%2B`).
 *
 * @param rawKey - the key as in the event
 * @returns the object key
 * @throws PageRejectedError (`bad-key`) when the percent-encoding is invalid
 * @example
 * decodeS3Key('demo/tin+t%E1%BB%A9c%2B1.html'); // 'demo/tin tức+1.html'
 */
export function decodeS3Key(rawKey: string): string {
  try {
    return decodeURIComponent(rawKey.replace(/\+/g, ' '));
  } catch (error) {
    throw new PageRejectedError(
      'bad-key',
      `Object key in the S3 event is not valid URL encoding: ${JSON.stringify(rawKey)}`,
      { cause: error },
    );
  }
}
