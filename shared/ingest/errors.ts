/**
 * Errors of the ingest. A {@link PageRejectedError} is permanent: the upload is recorded as a
 * rejection and the message is not retried. Every other error is treated as transient and
 * thrown to SQS, which redelivers the message and finally moves it to the dead-letter queue.
 */
import type { ExtractionReason } from '../extract/index.ts';

/** Why an upload was rejected, stored with the rejection. */
export type RejectionReason =
  | ExtractionReason
  /** The object is larger than `MAX_PAGE_BYTES`. */
  | 'oversize'
  /** The key's first segment is not a publisher of the registry. */
  | 'unknown-publisher'
  /** The publisher is suspended. */
  | 'suspended'
  /** The canonical URL or `source-url` is on a host that is not one of the publisher's domains. */
  | 'foreign-url'
  /** The key in the event could not be URL-decoded. */
  | 'bad-key'
  /** The extracted article does not fit in a DynamoDB item. */
  | 'too-large';

/** Base class of the ingest's own errors. */
export class IngestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestError';
  }
}

/** The upload can never become an article; recorded and not retried. */
export class PageRejectedError extends IngestError {
  /** Machine-readable reason, e.g. `oversize`. */
  readonly reason: RejectionReason;

  constructor(reason: RejectionReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PageRejectedError';
    this.reason = reason;
  }
}

/** An SQS message body that is not an S3 event notification; it goes to the DLQ for a human. */
export class MalformedEventError extends IngestError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedEventError';
  }
}

/** Other writers kept changing the same article; transient, so SQS retries the message. */
export class ConcurrentUpdateError extends IngestError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConcurrentUpdateError';
  }
}

/**
 * Too little of the invocation's time is left to start another message; transient, so SQS hands
 * the message out again instead of the timeout failing the whole batch.
 */
export class OutOfTimeError extends IngestError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutOfTimeError';
  }
}
