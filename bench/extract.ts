/**
 * `npm run bench:extract` — scores this project's extractor on the Zyte article-extraction
 * benchmark next to Mozilla Readability (on linkedom and on jsdom) and the bare parsers, in one
 * process on the same pages. Prints figures; asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Contender, PEERS, projectContender } from './extraction/contenders.ts';
import { DEFAULT_DATA_DIR, loadPages, MissingBenchmarkDataError } from './extraction/dataset.ts';
import {
  formatBars,
  formatPageDetail,
  formatResults,
  formatScorerCheck,
  formatWorst,
} from './extraction/report.ts';
import { checkScorer, runContenders } from './extraction/run.ts';
import { describeMachine, machineInfo } from './lib/measure.ts';

const HELP = `Usage: npm run bench:extract -- [options]

Scores extractArticle on the article-extraction benchmark next to @mozilla/readability
(linkedom, jsdom) and the bare parsers, on the same pages in the same process.

Options:
  --data DIR        benchmark directory (default: ../shared/bench/article-extraction)
  --only ID         run one page (id or unique id prefix) and show what each extractor
                    missed and added
  --worst N         list the N pages where this project scores lowest, with P/R
  --peers LIST      comma-separated peers to run, or "none" (default: all:
                    ${PEERS.map((p) => p.id).join(',')})
  --rounds N        timed passes over the pages; speed is the median pass (default 1)
  --json FILE       also write the results as JSON
  -h, --help        this help
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer (got ${value})`);
  return n;
}

function selectPeers(list: string | undefined): Contender[] {
  if (list === undefined) return [...PEERS];
  if (list === 'none') return [];
  return list.split(',').map((id) => {
    const peer = PEERS.find((p) => p.id === id.trim());
    if (!peer) fail(`Unknown peer ${id} (known: ${PEERS.map((p) => p.id).join(', ')})`);
    return peer;
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      only: { type: 'string' },
      worst: { type: 'string' },
      peers: { type: 'string' },
      rounds: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
  const worst = positiveInt(values.worst, 'worst', 0);
  const rounds = positiveInt(values.rounds, 'rounds', 1);
  const peers = selectPeers(values.peers);
  const machine = machineInfo();

  let allPages: ReturnType<typeof loadPages>;
  try {
    allPages = loadPages(dataDir);
  } catch (error) {
    if (error instanceof MissingBenchmarkDataError) fail(error.message);
    throw error;
  }
  let pages = allPages;
  if (values.only !== undefined) {
    const prefix = values.only;
    pages = allPages.filter((p) => p.id.startsWith(prefix));
    if (pages.length !== 1) {
      fail(`--only ${prefix} matches ${pages.length} pages; give a longer id prefix`);
    }
  }

  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`Article-extraction benchmark: ${pages.length} of ${allPages.length} pages from ${dataDir}`);
  out(describeMachine(machine));
  out();
  const checks = checkScorer(dataDir, allPages);
  out(formatScorerCheck(checks));
  out();

  const project = await projectContender();
  if (typeof project === 'string') out(`This project's extractor is unavailable (${project}).`);
  const contenders = typeof project === 'string' ? peers : [project, ...peers];
  out(`Running ${contenders.map((c) => c.id).join(', ')} (${rounds} round(s))…`);
  const results = runContenders({
    dataDir,
    pages,
    allPages,
    contenders,
    rounds,
    warmup: values.only === undefined ? 10 : 0,
    log: out,
  });
  out();
  out(formatResults(results));
  out();
  out(formatBars(results));
  out(describeMachine(machine));

  const projectResult = results.find((r) => r.id === 'project');
  if (worst > 0 && projectResult) {
    out();
    out(`${worst} worst pages for this project (run one with --only ID):`);
    out(formatWorst(projectResult, worst));
  }
  if (values.only !== undefined) {
    const page = pages[0];
    for (const result of results) {
      const detail = result.pages[0];
      if (!page || !detail || detail.score === null) continue;
      out();
      out(formatPageDetail(result.label, detail, page.truth));
    }
    out();
    out(`url: ${page?.url}`);
  }
  if (values.json) {
    const summary = {
      kind: 'extraction',
      date: new Date().toISOString(),
      machine,
      dataDir,
      pages: pages.length,
      scorerCheck: checks.map(({ name, summary: s, published, ok }) => ({
        name,
        ...s,
        published,
        ok,
      })),
      results: results.map(({ pages: perPage, ...rest }) => ({
        ...rest,
        worst: [...perPage]
          .filter((p) => p.score)
          .sort((a, b) => (a.score?.f1 ?? 0) - (b.score?.f1 ?? 0))
          .slice(0, 10)
          .map((p) => ({ id: p.id, f1: p.score?.f1, error: p.error })),
      })),
    };
    writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
    out(`Wrote ${values.json}`);
  }
  if (checks.some((c) => c.ok === false)) process.exitCode = 1;
}

await main();
