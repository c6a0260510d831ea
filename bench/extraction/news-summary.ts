/**
 * The news-metadata figures of one contender: rejections of real articles, and the share of
 * pages whose title, authors, publication day and instant, and lead are right. A rejected page
 * has no article, so each of its fields counts as wrong.
 */
import type { ExtractedMetadata } from './contenders.ts';
import {
  authorsMatch,
  type DateMatch,
  dateMatches,
  leadMatches,
  titleMatches,
} from './metadata-scoring.ts';
import type { MetadataTruth } from './news-dataset.ts';

/** The metadata fields scored. */
export const METADATA_FIELDS = ['title', 'authors', 'day', 'instant', 'lead'] as const;

/** One scored metadata field. */
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Which fields one page got right. */
export type FieldVerdicts = Readonly<Record<MetadataField, boolean>>;

/** One page's output as the summary needs it. */
export interface NewsPageOutput {
  readonly id: string;
  /** Why the contender produced no article, when it did not. */
  readonly error?: string;
  readonly metadata?: ExtractedMetadata;
}

/** A real article the contender rejected. */
export interface Rejection {
  readonly id: string;
  readonly reason: string;
}

/** One contender's metadata figures over the set. */
export interface MetadataSummary {
  readonly pages: number;
  readonly rejected: readonly Rejection[];
  /** Share of all pages with the field right, by field. */
  readonly accuracy: Readonly<Record<MetadataField, number>>;
}

/**
 * Judges one page's metadata against its truth.
 *
 * @param truth - the page's metadata truth
 * @param metadata - what the contender read (absent when it rejected the page)
 * @returns which fields are right
 */
export function judgePage(truth: MetadataTruth, metadata?: ExtractedMetadata): FieldVerdicts {
  if (metadata === undefined) {
    return { title: false, authors: false, day: false, instant: false, lead: false };
  }
  const date: DateMatch =
    truth.published === null
      ? { day: metadata.published === null, instant: metadata.published === null }
      : dateMatches(truth.published, metadata.published);
  return {
    title: titleMatches(truth.title, metadata.title),
    authors: authorsMatch(truth.authors, metadata.authors),
    day: date.day,
    instant: date.instant,
    lead: leadMatches(truth.lead, metadata.lead),
  };
}

/**
 * Summarizes a contender's metadata over the pages.
 *
 * @param truths - each page's truth, by page id
 * @param outputs - the contender's output on each page
 * @returns rejections and per-field accuracy (all zero for no pages)
 */
export function summarizeMetadata(
  truths: ReadonlyMap<string, MetadataTruth>,
  outputs: readonly NewsPageOutput[],
): MetadataSummary {
  const right: Record<MetadataField, number> = {
    title: 0,
    authors: 0,
    day: 0,
    instant: 0,
    lead: 0,
  };
  const rejected: Rejection[] = [];
  for (const output of outputs) {
    if (output.metadata === undefined) {
      rejected.push({ id: output.id, reason: output.error ?? 'no output' });
    }
    const truth = truths.get(output.id);
    if (truth === undefined) continue;
    const verdicts = judgePage(truth, output.metadata);
    for (const field of METADATA_FIELDS) if (verdicts[field]) right[field] += 1;
  }
  const share = (n: number) => (outputs.length === 0 ? 0 : n / outputs.length);
  return {
    pages: outputs.length,
    rejected,
    accuracy: {
      title: share(right.title),
      authors: share(right.authors),
      day: share(right.day),
      instant: share(right.instant),
      lead: share(right.lead),
    },
  };
}
