/**
 * Typed errors of the extractor, one family under {@link ExtractorError}: a page that cannot
 * become an article ({@link ExtractionError} and its subclasses, each with a machine-readable
 * `reason` code stored with the rejected upload), or a publisher configuration the extractor
 * cannot apply ({@link InvalidSelectorError}). Every message says what was wrong and with what
 * value.
 */

/** Why a page was rejected. */
export type ExtractionReason =
  | 'empty'
  | 'binary'
  | 'not-html'
  | 'no-url'
  | 'no-title'
  | 'error-page'
  | 'listing'
  | 'too-short'
  | 'too-complex';

/** Base class of every error the extractor throws. */
export class ExtractorError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExtractorError';
  }
}

/** The page cannot become an article; the upload is recorded as a rejection with `reason`. */
export class ExtractionError extends ExtractorError {
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

/**
 * A publisher's `contentSelector` or `removeSelectors` entry is not valid CSS: a configuration
 * to fix, not a page to reject.
 */
export class InvalidSelectorError extends ExtractorError {
  /** The selector as configured. */
  readonly selector: string;

  constructor(selector: string, options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(
      `Invalid CSS selector in the publisher's extraction config: "${selector}"${reason}`,
      options,
    );
    this.name = 'InvalidSelectorError';
    this.selector = selector;
  }
}
