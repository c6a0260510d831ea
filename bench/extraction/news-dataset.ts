/**
 * Loads the news-metadata benchmark: real news pages from many countries whose truth covers the
 * title, authors, publication instant and lead as well as the body (fundus's parser test pages).
 * The data is not part of this repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BenchPage, MissingBenchmarkDataError, teamDataDir } from './dataset.ts';

/** Where the data lives in the team checkout (`../shared/…` next to the repository). */
export const DEFAULT_NEWS_DATA_DIR = teamDataDir('news-metadata');

/** The upstream repository and the snapshot the pages and truth were taken from. */
export const NEWS_DATA_SOURCE = {
  repository: 'https://github.com/flairNLP/fundus',
  commit: '18da6e53592f99cf0ac5770dc63d6ba99ba63ae8',
  folder: 'tests/resources/parser/test_data/<cc>/',
} as const;

/** How to get the news-metadata data, for {@link MissingBenchmarkDataError}. */
export const HOW_TO_GET_NEWS_DATA = [
  "The news-metadata set is the team copy of fundus's parser test pages (MIT):",
  `  ${NEWS_DATA_SOURCE.repository} at commit ${NEWS_DATA_SOURCE.commit}, folder ${NEWS_DATA_SOURCE.folder}`,
  'Copy the team folder bench/news-metadata next to this repository (../shared/bench/news-metadata),',
  'or build the same layout from a fundus clone:',
  '  html/<cc>-<Publisher>_<date>.html.gz   the page as fetched',
  '  ground-truth.json   { "<cc>-<Publisher>_<date>": { url, title, authors, published, lead, body } }',
  '(url from meta.info; title, authors, publishing_date, body summary as lead, summary + sections',
  'as body, from <Publisher>.json), then point the benchmark at it:',
  '  npm run bench:extract -- --news-data path/to/news-metadata',
  'or run the Zyte set alone: npm run bench:extract -- --sets zyte',
].join('\n');

/** What the truth says about a page's metadata. */
export interface MetadataTruth {
  /** The on-page headline. */
  readonly title: string;
  /** Person names; a few entries name the publication instead. */
  readonly authors: readonly string[];
  /** `YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM]`; a few have day and month swapped. */
  readonly published: string | null;
  /** The standfirst, or null when the page has none. */
  readonly lead: string | null;
}

/** One news page: the body truth as for the Zyte set, plus the metadata truth. */
export interface NewsPage extends BenchPage {
  readonly meta: MetadataTruth;
  /** The publisher's country code (`de`, `vn`, …). */
  readonly region: string;
}

interface NewsEntry {
  readonly url?: string;
  readonly title?: string;
  readonly authors?: readonly string[] | null;
  readonly published?: string | null;
  readonly lead?: string | null;
  readonly body?: string | null;
  readonly region?: string;
}

/**
 * Loads every page with its truth.
 *
 * @param dir - the data directory (with `html/` and `ground-truth.json`)
 * @returns the pages sorted by id
 * @throws MissingBenchmarkDataError when the directory does not hold the data
 */
export function loadNewsPages(dir: string): NewsPage[] {
  const truthPath = join(dir, 'ground-truth.json');
  const htmlDir = join(dir, 'html');
  const missing = (what: string) => new MissingBenchmarkDataError(dir, what, HOW_TO_GET_NEWS_DATA);
  if (!existsSync(truthPath)) throw missing('ground-truth.json');
  if (!existsSync(htmlDir)) throw missing('html/');
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, NewsEntry>;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const file = join(htmlDir, `${id}.html.gz`);
      if (!existsSync(file)) throw missing(`html/${id}.html.gz`);
      const entry = truth[id] ?? {};
      return {
        id,
        url: entry.url ?? 'https://example.com/',
        html: gunzipSync(readFileSync(file)),
        truth: entry.body ?? '',
        region: entry.region ?? id.split('-')[0] ?? '',
        meta: {
          title: entry.title ?? '',
          authors: entry.authors ?? [],
          published: entry.published ?? null,
          lead: entry.lead ?? null,
        },
      };
    });
}
