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

/** A message of the regeneration queue is not a regeneration request. */
export class InvalidRegenerationRequestError extends FeedError {
  constructor(detail: string) {
    super(`Invalid regeneration message: ${detail}`);
    this.name = 'InvalidRegenerationRequestError';
  }
}

/** A rebuild could not take a feed's lease in time: a regeneration kept holding it. */
export class FeedBusyError extends FeedError {
  constructor(
    readonly feedPath: string,
    readonly waitedMs: number,
  ) {
    super(`Feed ${feedPath} stayed busy: another regeneration held it for ${waitedMs} ms`);
    this.name = 'FeedBusyError';
  }
}

/** A rebuild named a feed that does not exist. */
export class UnknownFeedError extends FeedError {
  constructor(readonly feedPath: string) {
    super(
      `No feed ${JSON.stringify(feedPath)}: give a path like all, <publisher> or <publisher>/<section-slug>`,
    );
    this.name = 'UnknownFeedError';
  }
}

/** A rebuild request is malformed. */
export class InvalidRebuildRequestError extends FeedError {
  constructor(detail: string) {
    super(`Invalid rebuild request: ${detail}`);
    this.name = 'InvalidRebuildRequestError';
  }
}
