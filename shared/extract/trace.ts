/**
 * What the extractor decided on one page, for `syndicate extract --explain`: the chosen body,
 * what was removed and why, and where each metadata field came from. The extractor reports into
 * an optional {@link ExtractionTrace}; without one nothing is recorded and nothing is paid (nor
 * bundled: the fields' sources are worded here, by the trace, not by the extractor).
 */
import { type ChosenFields, reportFieldSources } from './field-sources.ts';

/** Article fields whose source is reported, and the charset the page was read in. */
export type TracedField =
  | 'charset'
  | 'url'
  | 'title'
  | 'lead'
  | 'authors'
  | 'publishedAt'
  | 'modifiedAt'
  | 'language'
  | 'section'
  | 'tags'
  | 'image'
  | 'body';

/** Where one field's value came from. */
export interface FieldSource {
  readonly field: TracedField;
  /** The source, e.g. `json-ld NewsArticle.headline`, `meta og:title`, `h1`, `trailing byline`. */
  readonly source: string;
  /** The raw value as read there, before cleaning, when it helps to see it. */
  readonly raw?: string;
  /** Other candidates that were read and not taken, and why. */
  readonly note?: string;
}

/** A block removed from the page or from the chosen body. */
export interface Removal {
  /** The rule that removed it, e.g. `boilerplate class`, `template`, `link list`, `publisher removeSelectors`. */
  readonly rule: string;
  /** What matched: a selector, a class, a heading, a template fingerprint. */
  readonly match?: string;
  /** A CSS-like path of the removed element, e.g. `div#right > div.module`. */
  readonly element?: string;
  /** The first characters of its text. */
  readonly text: string;
}

/** The chosen body container and how it won. */
export interface BodyChoice {
  /** A CSS-like path of the container. */
  readonly element: string;
  /** How it was found: `publisher contentSelector`, `scored`, `json-ld articleBody`, … */
  readonly method: string;
  readonly words: number;
  readonly note?: string;
}

/** Receives what the extractor decided. Every method is optional to call; all are cheap. */
export interface ExtractionTrace {
  field(source: FieldSource): void;
  removed(removal: Removal): void;
  body(choice: BodyChoice): void;
  /** The metadata fields chosen, with their sources: a trace reports them as it needs. */
  chosen?(fields: ChosenFields): void;
}

/** The recorded decisions of one extraction. */
export interface Explanation {
  readonly fields: FieldSource[];
  readonly removed: Removal[];
  readonly body: BodyChoice | null;
}

/**
 * A trace that keeps everything it is told, for printing.
 *
 * @returns the trace and the explanation it fills
 * @example
 * const { trace, explanation } = recordingTrace();
 * extractArticle(html, { url, trace });
 * console.log(explanation.body?.method);
 */
export function recordingTrace(): { trace: ExtractionTrace; explanation: Explanation } {
  const explanation = {
    fields: [] as FieldSource[],
    removed: [] as Removal[],
    body: null as BodyChoice | null,
  };
  const trace: ExtractionTrace = {
    field: (source) => {
      explanation.fields.push(source);
    },
    removed: (removal) => {
      explanation.removed.push(removal);
    },
    body: (choice) => {
      explanation.body = choice;
    },
    chosen: (fields) => {
      reportFieldSources(trace, fields);
    },
  };
  return { trace, explanation };
}
