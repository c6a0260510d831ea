/**
 * Typed errors of the extractor. Every error has a machine-readable `reason` code (stored with a
 * rejected upload) and a message that says what was wrong and with what value.
 */

/** Why a page was rejected. */
export type ExtractionReason =
  | 'empty'
  | 'binary'
  | 'not-html'
  | 'no-url'
  | 'no-title'
  | 'listing'
  | 'too-short'
  | 'too-complex';

/** Base class of every error thrown by `extractArticle`. */
export class ExtractionError extends Error {
  /** Machine-readable reason code, e.g. `too-short`. */
  readonly reason: ExtractionReason;

  constructor(reason: ExtractionReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExtractionError';
    this.reason = reason;
  }
}

/** The page was read but is not an article: empty, a listing, or too little body text. */
export class NotAnArticleError extends ExtractionError {
  constructor(reason: ExtractionReason, message: string, options?: { cause?: unknown }) {
    super(reason, message, options);
    this.name = 'NotAnArticleError';
  }
}

/** The bytes could not be read as an HTML page: binary data, plain text, no URL. */
export class UnreadablePageError extends ExtractionError {
  constructor(reason: ExtractionReason, message: string, options?: { cause?: unknown }) {
    super(reason, message, options);
    this.name = 'UnreadablePageError';
  }
}

/** The page is legal HTML but too large in structure to extract in bounded time. */
export class PageTooComplexError extends ExtractionError {
  constructor(reason: ExtractionReason, message: string, options?: { cause?: unknown }) {
    super(reason, message, options);
    this.name = 'PageTooComplexError';
  }
}
