/**
 * Runs the news-metadata set: every scored contender on the same pages in the same process,
 * body scored as on the Zyte set (lead + body where the contender keeps the lead apart), and the
 * metadata summarized per contender.
 */
import type { Contender } from './contenders.ts';
import type { MetadataTruth, NewsPage } from './news-dataset.ts';
import type { NewsResult } from './news-report.ts';
import { summarizeMetadata } from './news-summary.ts';
import { runContenders } from './run.ts';

/** Options of a news-metadata run. */
export interface NewsRunOptions {
  readonly pages: readonly NewsPage[];
  /** Contenders; those that read no metadata (the bare parsers) are left out. */
  readonly contenders: readonly Contender[];
  readonly rounds?: number;
  readonly warmup?: number;
  readonly log?: (line: string) => void;
}

/**
 * Runs and scores the news-metadata set.
 *
 * @param options - pages, contenders, rounds
 * @returns one result per scored contender, in the given order
 */
export function runNewsSet(options: NewsRunOptions): NewsResult[] {
  const { pages } = options;
  const contenders = options.contenders.filter((c) => c.scored);
  const results = runContenders({
    dataDir: '',
    pages,
    allPages: pages,
    contenders,
    rounds: options.rounds ?? 1,
    ...(options.warmup === undefined ? {} : { warmup: options.warmup }),
    leadInBody: true,
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  const truths = new Map<string, MetadataTruth>(pages.map((p) => [p.id, p.meta]));
  return results.map((result) => ({
    result,
    metadata: summarizeMetadata(truths, result.pages),
  }));
}
