/**
 * Loads the Zyte/Scrapinghub article-extraction benchmark from disk: the gzipped pages, the ground
 * truth and the published reference outputs. The data is not part of this repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * A benchmark folder of the team checkout: `../shared/bench/<name>` next to the repository.
 *
 * @param name - the folder under `bench/`
 * @returns its absolute path
 */
export function teamDataDir(name: string): string {
  return resolve(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared', 'bench', name);
}

/** Where the data lives in the team checkout (`../shared/…` next to the repository). */
export const DEFAULT_DATA_DIR = teamDataDir('article-extraction');

/** The upstream repository and the snapshot the figures refer to. */
export const DATA_SOURCE = {
  repository: 'https://github.com/scrapinghub/article-extraction-benchmark',
  commit: '4a3bc979f76c0df73cb95fe272e2fc1b96f9f010',
} as const;

/** Published F1 of the reference outputs (upstream README), used to check the scorer. */
export const PUBLISHED_F1: Readonly<Record<string, number>> = {
  readability_js: 0.947,
  trafilatura: 0.958,
  go_trafilatura: 0.96,
  newspaper: 0.949,
  AutoExtract: 0.97,
};

/** One benchmark page. */
export interface BenchPage {
  /** The sha256 id of the page (file name without `.html.gz`). */
  readonly id: string;
  /** The page's original URL (from the ground truth). */
  readonly url: string;
  /** The raw page bytes (UTF-8). */
  readonly html: Buffer;
  /** The ground-truth article body. */
  readonly truth: string;
}

/** How to get the article-extraction data, for {@link MissingBenchmarkDataError}. */
export const HOW_TO_GET_DATA = [
  `Get it from ${DATA_SOURCE.repository} (snapshot commit ${DATA_SOURCE.commit}):`,
  `  git clone ${DATA_SOURCE.repository}.git`,
  `  git -C article-extraction-benchmark checkout ${DATA_SOURCE.commit}`,
  'then point the benchmark at it:',
  '  npm run bench:extract -- --data path/to/article-extraction-benchmark',
].join('\n');

/** Thrown when a data directory does not hold its benchmark. */
export class MissingBenchmarkDataError extends Error {
  /**
   * @param dir - the directory looked in
   * @param missing - the file or folder that is not there
   * @param howToGet - lines telling where the data comes from and how to point the benchmark at it
   */
  constructor(dir: string, missing: string, howToGet: string = HOW_TO_GET_DATA) {
    super(`Benchmark data not found in ${dir} (missing ${missing}).\n${howToGet}`);
    this.name = 'MissingBenchmarkDataError';
  }
}

/** One entry of `ground-truth.json` or of an output file. */
interface BodyEntry {
  readonly articleBody?: string | null;
  readonly url?: string;
}

type BodyMap = Readonly<Record<string, BodyEntry>>;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Reference outputs are either a plain id map or wrapped as `{ version, output }`. */
function unwrap(value: unknown): BodyMap {
  if (value !== null && typeof value === 'object' && 'output' in value) {
    return (value as { output: BodyMap }).output;
  }
  return value as BodyMap;
}

/**
 * Loads every page with its ground truth.
 *
 * @param dir - the benchmark directory (with `html/` and `ground-truth.json`)
 * @returns the pages sorted by id
 * @throws MissingBenchmarkDataError when the directory does not hold the benchmark
 */
export function loadPages(dir: string): BenchPage[] {
  const truthPath = join(dir, 'ground-truth.json');
  const htmlDir = join(dir, 'html');
  if (!existsSync(truthPath)) throw new MissingBenchmarkDataError(dir, 'ground-truth.json');
  if (!existsSync(htmlDir)) throw new MissingBenchmarkDataError(dir, 'html/');
  const truth = unwrap(readJson(truthPath));
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const file = join(htmlDir, `${id}.html.gz`);
      if (!existsSync(file)) throw new MissingBenchmarkDataError(dir, `html/${id}.html.gz`);
      const entry = truth[id];
      return {
        id,
        url: entry?.url ?? 'https://example.com/',
        html: gunzipSync(readFileSync(file)),
        truth: entry?.articleBody ?? '',
      };
    });
}

/**
 * Loads the published reference outputs (`output/*.json`).
 *
 * @param dir - the benchmark directory
 * @returns extractor name → (page id → predicted body); empty when there is no `output/`
 */
export function loadReferenceOutputs(dir: string): Map<string, Map<string, string>> {
  const outputDir = join(dir, 'output');
  const result = new Map<string, Map<string, string>>();
  if (!existsSync(outputDir)) return result;
  for (const file of readdirSync(outputDir).sort()) {
    if (!file.endsWith('.json')) continue;
    const bodies = unwrap(readJson(join(outputDir, file)));
    result.set(
      basename(file, '.json'),
      new Map(Object.entries(bodies).map(([id, entry]) => [id, entry?.articleBody ?? ''])),
    );
  }
  return result;
}
