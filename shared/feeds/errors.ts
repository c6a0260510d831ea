/** Base class of the errors of feed regeneration. */
export class FeedError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FeedError';
  }
}

/** A feed names a publisher that is not in the configuration. */
export class UnknownPublisherError extends FeedError {
  constructor(readonly publisherId: string) {
    super(
      `Feed of unknown publisher ${JSON.stringify(publisherId)}: add it to the publishers config`,
    );
    this.name = 'UnknownPublisherError';
  }
}

/** The feeds base URL is not an absolute http(s) URL. */
export class InvalidBaseUrlError extends FeedError {
  constructor(readonly value: string) {
    super(`FEEDS_BASE_URL must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
    this.name = 'InvalidBaseUrlError';
  }
}

/** Concurrent regenerations kept overtaking this one; the record is retried later. */
export class FeedContentionError extends FeedError {
  constructor(
    readonly objectKey: string,
    readonly attempts: number,
  ) {
    super(
      `Gave up writing ${objectKey} after ${attempts} attempts: newer regenerations kept winning`,
    );
    this.name = 'FeedContentionError';
  }
}

/** The feed index kept showing an older version of a changed article; the record is retried. */
export class StaleIndexError extends FeedError {
  constructor(
    readonly feedPath: string,
    readonly waitedMs: number,
  ) {
    super(`Index of feed ${feedPath} still shows an older article version after ${waitedMs} ms`);
    this.name = 'StaleIndexError';
  }
}
