/**
 * `npm run bench:compare -- --base REF [--head REF]` — this project's extractor at two commits
 * (the head defaults to the working tree), each bundled by esbuild (plainly: the ingest Lambda's
 * aliases and packed data change its start, not its pages' work), run over the benchmark pages in two processes, one importing the base first and one the
 * head ([compare-orders.ts](extraction/compare-orders.ts) says why), each page by both in turn. Prints
 * how many pages' results differ and the head's CPU over the base's. Asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import {
  combineOrders,
  firstOfRound,
  headOverBase,
  type OrderRun,
} from './extraction/compare-orders.ts';
import {
  type BenchPage,
  DEFAULT_DATA_DIR,
  loadPages,
  MissingBenchmarkDataError,
} from './extraction/dataset.ts';
import { DEFAULT_NEWS_DATA_DIR, loadNewsPages } from './extraction/news-dataset.ts';
import { describeMachine, machineInfo } from './lib/measure.ts';

const HELP = `Usage: npm run bench:compare -- --base REF [options]

Runs extractArticle of two commits over the benchmark pages (both sets) and prints how many
pages' results differ and the head's CPU over the base's, each import order in its own process.

Options:
  --base REF        the commit to compare against (required)
  --head REF        the commit compared (default: the working tree)
  --rounds N        timed passes of each bundle in each process (default: 4)
  --data DIR        article-extraction data (default: ../shared/bench/article-extraction)
  --news-data DIR   news-metadata data (default: ../shared/bench/news-metadata)
  --help            show this help`;

type Extract = (html: Buffer, options: { url: string }) => unknown;

const ROOT = resolve(import.meta.dirname, '..');

/** Bundles `shared/extract/index.ts` of a source tree into `out`. */
async function bundle(tree: string, out: string): Promise<void> {
  await build({
    entryPoints: [join(tree, 'shared/extract/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
  });
}

/** A bundle of the extractor at `ref` (the working tree when undefined), in `work`. */
async function bundleAt(ref: string | undefined, name: string, work: string): Promise<string> {
  const out = join(work, `${name}.mjs`);
  if (ref === undefined) {
    await bundle(ROOT, out);
    return out;
  }
  const tree = join(work, name);
  execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', '--quiet', tree, ref]);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    await bundle(tree, out);
  } finally {
    execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', tree]);
  }
  return out;
}

function loadAllPages(data: string, newsData: string): BenchPage[] {
  return [...loadPages(data), ...loadNewsPages(newsData)];
}

/**
 * The child: imports `first` then `second`, times every page by both in each pass (see
 * {@link firstOfRound}), prints an OrderRun.
 */
async function child(args: readonly string[]): Promise<void> {
  const [firstPath = '', secondPath = '', baseIs = 'first', roundsText = '4', data, newsData] =
    args;
  const first = (await import(pathToFileURL(firstPath).href)) as { extractArticle: Extract };
  const second = (await import(pathToFileURL(secondPath).href)) as { extractArticle: Extract };
  const [base, head] = baseIs === 'first' ? [first, second] : [second, first];
  const pages = loadAllPages(data ?? DEFAULT_DATA_DIR, newsData ?? DEFAULT_NEWS_DATA_DIR);
  const result = (m: { extractArticle: Extract }, page: BenchPage) => {
    try {
      return JSON.stringify(m.extractArticle(page.html, { url: page.url }));
    } catch (error) {
      return `error ${(error as Error).name}: ${(error as Error).message}`;
    }
  };
  // The warm-up pass of each compares their results.
  let differ = 0;
  for (const page of pages) if (result(base, page) !== result(head, page)) differ++;
  const timed = (m: { extractArticle: Extract }, page: BenchPage) => {
    const start = process.cpuUsage();
    result(m, page);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  // Each page by one bundle then the other, the first alternating from page to page: whole
  // passes of one bundle at a time left the two orders 12-20% apart at load 4-6.
  const run: { baseMs: number[]; headMs: number[] } = { baseMs: [], headMs: [] };
  for (let round = 0; round < Number(roundsText); round++) {
    let baseMs = 0;
    let headMs = 0;
    pages.forEach((page, i) => {
      if (firstOfRound(round + i) === 'base') {
        baseMs += timed(base, page);
        headMs += timed(head, page);
      } else {
        headMs += timed(head, page);
        baseMs += timed(base, page);
      }
    });
    run.baseMs.push(baseMs);
    run.headMs.push(headMs);
  }
  process.stdout.write(`${JSON.stringify({ ...run, pages: pages.length, differ })}\n`);
}

/** Runs one child process and reads its result. */
function runChild(args: readonly string[]): OrderRun & { pages: number; differ: number } {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] ?? '', '--child', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`the measuring process exited with ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv.slice(3));
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      rounds: { type: 'string', default: '4' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'news-data': { type: 'string', default: DEFAULT_NEWS_DATA_DIR },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || values.base === undefined) {
    process.stdout.write(`${HELP}\n`);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const data = resolve(values.data);
  const newsData = resolve(values['news-data']);
  try {
    loadAllPages(data, newsData);
  } catch (error) {
    if (!(error instanceof MissingBenchmarkDataError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'bench-compare-'));
  try {
    const base = await bundleAt(values.base, 'base', work);
    const head = await bundleAt(values.head, 'head', work);
    const rounds = values.rounds;
    const baseFirst = runChild([base, head, 'first', rounds, data, newsData]);
    const headFirst = runChild([head, base, 'second', rounds, data, newsData]);
    const headName = values.head ?? 'the working tree';
    const lines = [
      `extractArticle of ${headName} against ${values.base}, ${baseFirst.pages} pages, ${rounds} timed passes each, per process`,
      `pages whose results differ: ${baseFirst.differ}`,
      `CPU a pass (ms), base imported first: base ${baseFirst.baseMs.map(Math.round).join(' ')}, head ${baseFirst.headMs.map(Math.round).join(' ')} → head ÷ base ${headOverBase(baseFirst).toFixed(3)}`,
      `CPU a pass (ms), head imported first: base ${headFirst.baseMs.map(Math.round).join(' ')}, head ${headFirst.headMs.map(Math.round).join(' ')} → head ÷ base ${headOverBase(headFirst).toFixed(3)}`,
      `head ÷ base, both orders (geometric mean): ${combineOrders(baseFirst, headFirst).toFixed(3)}`,
      describeMachine(machineInfo()),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    execFileSync('git', ['-C', ROOT, 'worktree', 'prune']);
  }
}

await main();
