/**
 * The article extractor: raw HTML page in, structured {@link Article} out.
 *
 * @packageDocumentation
 */

export {
  ExtractionError,
  type ExtractionReason,
  ExtractorError,
  InvalidSelectorError,
  NotAnArticleError,
  PageTooComplexError,
  UnreadablePageError,
} from './errors.ts';
export type { ExtractOptions } from './extract-article.ts';
export { extractArticle } from './extract-article.ts';
export {
  type BodyChoice,
  type Explanation,
  type ExtractionTrace,
  type FieldSource,
  type Removal,
  recordingTrace,
  type TracedField,
} from './trace.ts';
