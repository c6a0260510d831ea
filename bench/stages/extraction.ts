/**
 * Extraction stage of `npm run bench`: the same run as `npm run bench:extract` (this project,
 * Readability on linkedom and jsdom, bare parsers; scorer checked against the reference
 * outputs), reduced to the summary figures; then the news-metadata set next to Readability on
 * linkedom, when its data is there.
 */

import { PEERS, projectContender, readabilityLinkedom } from '../extraction/contenders.ts';
import { DEFAULT_DATA_DIR, loadPages, MissingBenchmarkDataError } from '../extraction/dataset.ts';
import { DEFAULT_NEWS_DATA_DIR, loadNewsPages } from '../extraction/news-dataset.ts';
import { runNewsSet } from '../extraction/news-run.ts';
import type { MetadataSummary } from '../extraction/news-summary.ts';
import { checkScorer, runContenders } from '../extraction/run.ts';
import { stageMain } from '../lib/stage.ts';

/** One extractor's summary. */
export interface ExtractorFigures {
  readonly id: string;
  readonly label: string;
  readonly f1: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly accuracy: number | null;
  readonly pagesPerSecond: number;
  readonly peakHeapBytes: number;
  readonly errors: number;
}

/** One extractor's figures on the news-metadata set. */
export interface NewsExtractorFigures {
  readonly id: string;
  readonly label: string;
  readonly f1: number | null;
  readonly rejected: number;
  readonly accuracy: MetadataSummary['accuracy'];
  readonly pagesPerSecond: number;
  readonly peakHeapBytes: number;
}

/** The stage's figures. */
export interface ExtractionFigures {
  readonly pages: number;
  readonly scorerCheckOk: boolean;
  readonly projectError: string | null;
  readonly extractors: readonly ExtractorFigures[];
  /** The news-metadata set, or why it did not run. */
  readonly news:
    | { readonly pages: number; readonly extractors: readonly NewsExtractorFigures[] }
    | { readonly missing: string };
}

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;
const newsDir = process.argv[3] ?? DEFAULT_NEWS_DATA_DIR;

await stageMain('extraction', async (): Promise<ExtractionFigures> => {
  const pages = loadPages(dataDir);
  const checks = checkScorer(dataDir, pages);
  const project = await projectContender();
  const contenders = typeof project === 'string' ? [...PEERS] : [project, ...PEERS];
  const results = runContenders({
    dataDir,
    pages,
    allPages: pages,
    contenders,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  let newsPages: ReturnType<typeof loadNewsPages> | null = null;
  let missing = '';
  try {
    newsPages = loadNewsPages(newsDir);
  } catch (error) {
    if (!(error instanceof MissingBenchmarkDataError)) throw error;
    missing = error.message;
    process.stderr.write(`news-metadata set not run: ${missing}\n`);
  }
  const newsContenders =
    typeof project === 'string' ? [readabilityLinkedom] : [project, readabilityLinkedom];
  const news =
    newsPages === null
      ? { missing }
      : {
          pages: newsPages.length,
          extractors: runNewsSet({
            pages: newsPages,
            contenders: newsContenders,
            log: (line) => process.stderr.write(`${line}\n`),
          }).map(({ result, metadata }) => ({
            id: result.id,
            label: result.label,
            f1: result.summary?.f1 ?? null,
            rejected: metadata.rejected.length,
            accuracy: metadata.accuracy,
            pagesPerSecond: result.pagesPerSecond,
            peakHeapBytes: result.peakHeapBytes,
          })),
        };
  return {
    news,
    pages: pages.length,
    scorerCheckOk: checks.length > 0 && checks.every((c) => c.ok !== false),
    projectError: typeof project === 'string' ? project : null,
    extractors: results.map((r) => ({
      id: r.id,
      label: r.label,
      f1: r.summary?.f1 ?? null,
      precision: r.summary?.precision ?? null,
      recall: r.summary?.recall ?? null,
      accuracy: r.summary?.accuracy ?? null,
      pagesPerSecond: r.pagesPerSecond,
      peakHeapBytes: r.peakHeapBytes,
      errors: Object.values(r.errors).reduce((a, b) => a + b, 0),
    })),
  };
});
