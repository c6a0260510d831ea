/**
 * The article extractor: raw HTML page in, structured {@link Article} out.
 *
 * @packageDocumentation
 */

export { canonicalLabel as charsetName } from './decode.ts';
export {
  ExtractionError,
  type ExtractionReason,
  ExtractorError,
  InvalidSelectorError,
  NotAnArticleError,
  PageTooComplexError,
  UnreadablePageError,
} from './errors.ts';
export type { ExtractedPage, ExtractOptions } from './extract-article.ts';
export { extractArticle, extractPage } from './extract-article.ts';
export {
  isUsable,
  type ProfilePage,
  recordPage,
  type SiteProfile,
  type SiteTemplate,
  siteOf,
  templateFor,
} from './template/index.ts';
export {
  type BodyChoice,
  type Explanation,
  type ExtractionTrace,
  type FieldSource,
  type Removal,
  recordingTrace,
  type TracedField,
} from './trace.ts';
