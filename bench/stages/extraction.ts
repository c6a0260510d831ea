/**
 * Extraction stage of `npm run bench`: the same run as `npm run bench:extract` (this project,
 * Readability on linkedom and jsdom, bare parsers; scorer checked against the reference
 * outputs), reduced to the summary figures.
 */

import { PEERS, projectContender } from '../extraction/contenders.ts';
import { DEFAULT_DATA_DIR, loadPages } from '../extraction/dataset.ts';
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

/** The stage's figures. */
export interface ExtractionFigures {
  readonly pages: number;
  readonly scorerCheckOk: boolean;
  readonly projectError: string | null;
  readonly extractors: readonly ExtractorFigures[];
}

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;

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
  return {
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
