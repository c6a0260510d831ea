/**
 * Errors of the WebSub hub. A subscription request the hub refuses is a {@link
 * SubscriptionRequestError} with the HTTP status to answer and a message for the subscriber's
 * developer (WebSub asks for a plain-text description of the error).
 */

/** Base class of the hub's errors. */
export class WebSubError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WebSubError';
  }
}

/** A subscription request the hub refuses before verifying it; `status` is the HTTP answer. */
export class SubscriptionRequestError extends WebSubError {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 429,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'SubscriptionRequestError';
  }
}

/** A request parameter is missing or malformed. */
export class InvalidParameterError extends SubscriptionRequestError {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(400, message);
    this.name = 'InvalidParameterError';
  }
}

/** The topic is not a feed this hub serves. */
export class UnknownTopicError extends SubscriptionRequestError {
  constructor(readonly topic: string) {
    super(404, `hub.topic ${JSON.stringify(topic)} is not a feed of this hub`);
    this.name = 'UnknownTopicError';
  }
}

/** The callback points, or resolves, to an address the hub never calls. */
export class ForbiddenCallbackError extends SubscriptionRequestError {
  constructor(
    readonly callback: string,
    reason: string,
  ) {
    super(403, `hub.callback ${JSON.stringify(callback)} is refused: ${reason}`);
    this.name = 'ForbiddenCallbackError';
  }
}

/** A topic or a callback host already has as many subscriptions as the hub allows. */
export class SubscriptionLimitError extends SubscriptionRequestError {
  constructor(message: string) {
    super(429, message);
    this.name = 'SubscriptionLimitError';
  }
}

/** A hub queue message that is not one of the hub's jobs. */
export class InvalidHubJobError extends WebSubError {
  constructor(detail: string, options?: ErrorOptions) {
    super(`Not a hub job: ${detail}`, options);
    this.name = 'InvalidHubJobError';
  }
}

/** A delivery or a publish ping failed; the queue tries it again later. */
export class DeliveryFailedError extends WebSubError {
  constructor(
    readonly target: string,
    readonly attempt: number,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`Delivery to ${target} failed (attempt ${attempt}): ${reason}`, options);
    this.name = 'DeliveryFailedError';
  }
}
