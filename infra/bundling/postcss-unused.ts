/**
 * Stands in for `postcss` in the Lambda bundles (see `BUNDLE_ALIASES`). sanitize-html requires
 * postcss when it loads but calls it only to parse `style` attributes, which the content
 * allowlist (`shared/extract/content/sanitize.ts`) never keeps and tells it not to parse
 * (`parseStyleAttributes: false`). The real postcss and its source-map support were 90 KiB of
 * the ingest bundle.
 */

/**
 * Never called: throws if a change to the allowlist ever makes sanitize-html parse CSS.
 *
 * @throws Error saying why postcss is missing
 */
export function parse(): never {
  throw new Error(
    'postcss is left out of the Lambda bundles (infra/bundling/aliases.ts): sanitize-html ' +
      'must not parse style attributes',
  );
}
