/**
 * `npm run bench:extract` — scores this project's extractor next to Mozilla Readability (on
 * linkedom and on jsdom) in one process on the same pages, on two sets: the Zyte
 * article-extraction benchmark (body text) and the news-metadata set (rejections, body, title,
 * authors, publication date, lead). Prints figures; asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Contender, PEERS, projectContender } from './extraction/contenders.ts';
import {
  type BenchPage,
  DEFAULT_DATA_DIR,
  loadPages,
  MissingBenchmarkDataError,
} from './extraction/dataset.ts';
import { DEFAULT_NEWS_DATA_DIR, loadNewsPages, type NewsPage } from './extraction/news-dataset.ts';
import {
  formatMisses,
  formatNewsResults,
  formatNewsTargets,
  formatRejections,
  type NewsResult,
} from './extraction/news-report.ts';
import { runNewsSet } from './extraction/news-run.ts';
import { judgePage, METADATA_FIELDS, type MetadataField } from './extraction/news-summary.ts';
import {
  formatBars,
  formatPageDetail,
  formatResults,
  formatScorerCheck,
  formatWorst,
} from './extraction/report.ts';
import { type ContenderResult, checkScorer, runContenders } from './extraction/run.ts';
import { hideClassNames } from './extraction/unknown-classes.ts';
import { withoutMetadata } from './extraction/without-metadata.ts';
import { describeMachine, machineInfo } from './lib/measure.ts';

const SETS = ['zyte', 'news'] as const;
type SetName = (typeof SETS)[number];

const HELP = `Usage: npm run bench:extract -- [options]

Scores extractArticle next to @mozilla/readability (linkedom, jsdom) and the bare parsers, on
the same pages in the same process, on two sets:
  zyte  the article-extraction benchmark: body F1 and speed
  news  the news-metadata set: rejections, body F1, title, authors, publication day and
        instant, lead, speed

Options:
  --sets LIST       comma-separated sets to run (default: zyte,news)
  --data DIR        article-extraction data (default: ../shared/bench/article-extraction)
  --news-data DIR   news-metadata data (default: ../shared/bench/news-metadata)
  --only ID         run one page (id or unique id prefix, in either set) and show what each
                    extractor missed and added, and its metadata next to the truth
  --worst N         list the N pages of each set where this project's body scores lowest
  --misses FIELD    list the news pages where this project gets FIELD wrong
                    (${METADATA_FIELDS.join(', ')})
  --peers LIST      comma-separated peers to run, or "none" (default: all:
                    ${PEERS.map((p) => p.id).join(',')})
  --rounds N        timed passes over the pages, contenders in alternating order; speed is
                    the median pass, by wall clock and by the process's CPU time (default 3)
  --unknown-classes score every contender on the pages with each class and id word replaced
                    by a hash of it: pages whose class names say nothing (another CMS,
                    another language, CSS modules), to see how much accuracy rests on them
  --without-metadata score every contender on the pages without their JSON-LD and meta tags
                    (the charset kept): old portals carry neither
  --json FILE       also write the results as JSON
  --dump FILE       write this project's whole result for every page (one JSON line each,
                    in a stable order) and stop, without timing: \`cmp\` two dumps to show a
                    change left every field of every page as it was
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

function selectSets(list: string | undefined): SetName[] {
  if (list === undefined) return [...SETS];
  return list.split(',').map((name) => {
    const set = SETS.find((s) => s === name.trim());
    if (!set) fail(`Unknown set ${name} (known: ${SETS.join(', ')})`);
    return set;
  });
}

function selectField(value: string | undefined): MetadataField | null {
  if (value === undefined) return null;
  const field = METADATA_FIELDS.find((f) => f === value);
  if (!field) fail(`--misses must be one of ${METADATA_FIELDS.join(', ')} (got ${value})`);
  return field;
}

/** Loads a set, or prints how to get its data and returns null. */
function loadSet<T>(load: () => T[]): T[] | null {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof MissingBenchmarkDataError)) throw error;
    process.stderr.write(`${error.message}\n\n`);
    return null;
  }
}

function summaryJson(results: readonly ContenderResult[]) {
  return results.map(({ pages: perPage, ...rest }) => ({
    ...rest,
    worst: [...perPage]
      .filter((p) => p.score)
      .sort((a, b) => (a.score?.f1 ?? 0) - (b.score?.f1 ?? 0))
      .slice(0, 10)
      .map((p) => ({ id: p.id, f1: p.score?.f1, error: p.error })),
  }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sets: { type: 'string' },
      data: { type: 'string' },
      'news-data': { type: 'string' },
      only: { type: 'string' },
      worst: { type: 'string' },
      misses: { type: 'string' },
      peers: { type: 'string' },
      rounds: { type: 'string' },
      json: { type: 'string' },
      dump: { type: 'string' },
      'unknown-classes': { type: 'boolean' },
      'without-metadata': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const sets = selectSets(values.sets);
  const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
  const newsDir = values['news-data'] ? resolve(values['news-data']) : DEFAULT_NEWS_DATA_DIR;
  const worst = positiveInt(values.worst, 'worst', 0);
  const rounds = positiveInt(values.rounds, 'rounds', 3);
  const misses = selectField(values.misses);
  const peers = selectPeers(values.peers);
  const machine = machineInfo();
  const out = (line = '') => process.stdout.write(`${line}\n`);

  const zyteAll = sets.includes('zyte') ? loadSet(() => loadPages(dataDir)) : [];
  const newsAll = sets.includes('news') ? loadSet(() => loadNewsPages(newsDir)) : [];
  const missing = zyteAll === null || newsAll === null;
  let zytePages: BenchPage[] = zyteAll ?? [];
  let newsPages: NewsPage[] = newsAll ?? [];
  if (values.only !== undefined) {
    const prefix = values.only;
    zytePages = zytePages.filter((p) => p.id.startsWith(prefix));
    newsPages = newsPages.filter((p) => p.id.startsWith(prefix));
    const found = zytePages.length + newsPages.length;
    if (found !== 1) fail(`--only ${prefix} matches ${found} pages; give a longer id prefix`);
  }
  if (zytePages.length + newsPages.length === 0) fail('No benchmark data to run.');
  const unknownClasses = values['unknown-classes'] === true;
  const withoutStructuredData = values['without-metadata'] === true;
  const variant = (html: Buffer): Buffer => {
    const hidden = unknownClasses ? hideClassNames(html) : html;
    return withoutStructuredData ? withoutMetadata(hidden) : hidden;
  };
  if (unknownClasses || withoutStructuredData) {
    zytePages = zytePages.map((p) => ({ ...p, html: variant(p.html) }));
    newsPages = newsPages.map((p) => ({ ...p, html: variant(p.html) }));
  }

  const project = await projectContender();
  if (typeof project === 'string') out(`This project's extractor is unavailable (${project}).`);
  const contenders = typeof project === 'string' ? peers : [project, ...peers];
  if (values.dump !== undefined) {
    if (typeof project === 'string') fail('Nothing to dump without the extractor.');
    const lines = [...zytePages, ...newsPages].map(
      (page) => `{"id":${JSON.stringify(page.id)},"result":${project.dump?.(page)}}`,
    );
    writeFileSync(values.dump, `${lines.join('\n')}\n`);
    out(`${lines.length} pages' results written to ${values.dump}`);
    return;
  }
  // One whole untimed pass of each contender first (the JIT's warm-up), none for a single page.
  const warmup = values.only === undefined ? undefined : 0;
  out(describeMachine(machine));
  if (unknownClasses) {
    out('Every page with its class and id words replaced by hashes (--unknown-classes).');
  }
  if (withoutStructuredData) {
    out('Every page without its JSON-LD and meta tags (--without-metadata).');
  }
  const json: Record<string, unknown> = {
    kind: 'extraction',
    date: new Date().toISOString(),
    machine,
    unknownClasses,
    withoutMetadata: withoutStructuredData,
  };

  if (zytePages.length > 0 && zyteAll !== null) {
    out();
    out(`== Article-extraction benchmark (Zyte): ${zytePages.length} of ${zyteAll.length} pages`);
    out(`   from ${dataDir}`);
    const checks = checkScorer(dataDir, zyteAll);
    out(formatScorerCheck(checks));
    out();
    out(`Running ${contenders.map((c) => c.id).join(', ')} (${rounds} round(s))…`);
    const results = runContenders({
      dataDir,
      pages: zytePages,
      allPages: zyteAll,
      contenders,
      rounds,
      warmup,
      log: out,
    });
    out();
    out(formatResults(results));
    out();
    out(formatBars(results));
    const projectResult = results.find((r) => r.id === 'project');
    if (worst > 0 && projectResult) {
      out();
      out(`${worst} worst pages for this project (run one with --only ID):`);
      out(formatWorst(projectResult, worst));
    }
    if (values.only !== undefined) showPageDetail(out, zytePages[0], results);
    if (checks.some((c) => c.ok === false)) process.exitCode = 1;
    json.zyte = {
      dataDir,
      pages: zytePages.length,
      scorerCheck: checks.map(({ name, summary: s, published, ok }) => ({
        name,
        ...s,
        published,
        ok,
      })),
      results: summaryJson(results),
    };
  }

  if (newsPages.length > 0 && newsAll !== null) {
    out();
    out(`== News-metadata set: ${newsPages.length} of ${newsAll.length} pages from ${newsDir}`);
    const scored = contenders.filter((c) => c.scored);
    out(`Running ${scored.map((c) => c.id).join(', ')} (${rounds} round(s))…`);
    const news = runNewsSet({ pages: newsPages, contenders: scored, rounds, warmup, log: out });
    const mine = news.find((n) => n.result.id === 'project');
    const peer = news.find((n) => n.result.id === 'readability-linkedom');
    out();
    out(formatNewsResults(news));
    out('(body: lead + body for this project, which keeps the lead apart; the truth body');
    out(' starts with the standfirst. Speed and heap: the same run as the figures above.)');
    if (mine && peer) {
      const speedup = mine.result.pagesPerSecond / peer.result.pagesPerSecond;
      const cpu = peer.result.cpuMsPerPage / mine.result.cpuMsPerPage;
      out(
        `This project is ${speedup.toFixed(2)}× Readability+linkedom's speed on this set (wall), ${cpu.toFixed(2)}× by CPU time.`,
      );
      const firstPass = peer.result.warmupCpuMsPerPage / mine.result.warmupCpuMsPerPage;
      if (Number.isFinite(firstPass)) {
        out(
          `In the warm-up pass (JIT compiling as it goes): ${firstPass.toFixed(2)}× by CPU time.`,
        );
      }
    }
    out();
    out(formatRejections(news));
    out();
    out(formatNewsTargets(mine, peer));
    if (worst > 0 && mine) {
      out();
      out(`${worst} worst news pages for this project's body (run one with --only ID):`);
      out(formatWorst(mine.result, worst));
    }
    if (misses !== null && mine) {
      out();
      out(formatMisses(mine, newsPages, misses));
    }
    if (values.only !== undefined) showNewsDetail(out, newsPages[0], news);
    json.news = {
      dataDir: newsDir,
      pages: newsPages.length,
      results: news.map(({ result, metadata }) => ({ ...summaryJson([result])[0], metadata })),
    };
  }

  out();
  out(describeMachine(machine));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(json, null, 2)}\n`);
    out(`Wrote ${values.json}`);
  }
  if (missing) process.exitCode = 2;
}

function showPageDetail(
  out: (line?: string) => void,
  page: BenchPage | undefined,
  results: readonly ContenderResult[],
): void {
  if (page === undefined) return;
  for (const result of results) {
    const detail = result.pages[0];
    if (!detail || detail.score === null) continue;
    out();
    out(formatPageDetail(result.label, detail, page.truth));
  }
  out();
  out(`url: ${page.url}`);
}

function showNewsDetail(
  out: (line?: string) => void,
  page: NewsPage | undefined,
  news: readonly NewsResult[],
): void {
  if (page === undefined) return;
  showPageDetail(
    out,
    page,
    news.map((n) => n.result),
  );
  const truth = page.meta;
  out(`truth: ${JSON.stringify({ ...truth, lead: truth.lead?.slice(0, 200) ?? null })}`);
  for (const { result } of news) {
    const detail = result.pages[0];
    if (!detail) continue;
    const verdicts = judgePage(truth, detail.metadata);
    const wrong = METADATA_FIELDS.filter((f) => !verdicts[f]);
    out(
      `${result.label}: ${wrong.length === 0 ? 'all fields right' : `wrong: ${wrong.join(', ')}`}`,
    );
    const m = detail.metadata;
    if (m) {
      out(
        `  ${JSON.stringify({ title: m.title, authors: m.authors, published: m.published, lead: m.lead?.slice(0, 200) ?? null })}`,
      );
    }
  }
}

await main();
