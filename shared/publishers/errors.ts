/**
 * Errors of the publisher registry and its API keys. Messages say what was wrong, with the
 * value, and what to do; the CLI prints them as they are.
 */

/** Base class of the registry's errors. */
export class PublisherError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublisherError';
  }
}

/** A publisher's fields are invalid; the message names the entry and the field. */
export class PublisherConfigError extends PublisherError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublisherConfigError';
  }
}

/** No publisher has this id. */
export class PublisherNotFoundError extends PublisherError {
  constructor(readonly publisherId: string) {
    super(
      `No publisher ${JSON.stringify(publisherId)} in the registry (see \`syndicate publishers list\`)`,
    );
    this.name = 'PublisherNotFoundError';
  }
}

/** `add` of an id that is taken. */
export class PublisherExistsError extends PublisherError {
  constructor(readonly publisherId: string) {
    super(
      `Publisher ${JSON.stringify(publisherId)} already exists: change it with \`syndicate publishers update ${publisherId}\``,
    );
    this.name = 'PublisherExistsError';
  }
}

/** No API key with this id belongs to the publisher. */
export class ApiKeyNotFoundError extends PublisherError {
  constructor(
    readonly publisherId: string,
    readonly keyId: string,
  ) {
    super(
      `Publisher ${JSON.stringify(publisherId)} has no API key ${JSON.stringify(keyId)} (see \`syndicate publishers keys list ${publisherId}\`)`,
    );
    this.name = 'ApiKeyNotFoundError';
  }
}
