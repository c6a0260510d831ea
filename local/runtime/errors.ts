/** Errors of the local runtime; their messages say what to do and are shown as they are. */

/** Base class: a problem of the local runtime's setup, not a bug. */
export class LocalRuntimeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalRuntimeError';
  }
}

/** A setting (flag or environment variable) that is not usable; the message names it. */
export class LocalConfigError extends LocalRuntimeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalConfigError';
  }
}

/** The runtime cannot start: a port is taken, a server does not come up, … */
export class LocalStartError extends LocalRuntimeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalStartError';
  }
}
