/** Errors of the body finder. */

/** A publisher's `contentSelector` or `removeSelectors` entry is not valid CSS. */
export class InvalidSelectorError extends Error {
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
