/**
 * `npm run bench` — every benchmark in one table: extraction quality and speed next to
 * Readability, Lambda cold start, feed regeneration cost as the table grows, and the local
 * pipeline end to end, each stage in its own process with its peak memory. Writes the figures as
 * JSON under `bench/results/`. Prints figures; asserts nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, MissingBenchmarkDataError } from './extraction/dataset.ts';
import { DEFAULT_NEWS_DATA_DIR } from './extraction/news-dataset.ts';
import { describeMachine, machineInfo, mib } from './lib/measure.ts';
import { runStage, type StageOutput } from './lib/stage.ts';
import { type Cell, renderTable } from './lib/table.ts';
import type { CliStart } from './stages/cli-start.ts';
import type { ColdStart } from './stages/cold-start.ts';
import type { EndToEndFigures } from './stages/end-to-end.ts';
import type { ExtractionFigures } from './stages/extraction.ts';
import type { FeedRegenerationFigures } from './stages/feed-regeneration.ts';
import type { LatencyFigures } from './stages/latency.ts';
import type { ScaleFigures } from './stages/scale.ts';

const STAGES = [
  'extraction',
  'cold-start',
  'cli-start',
  'feed-regeneration',
  'end-to-end',
  'latency',
  'scale',
] as const;
type StageName = (typeof STAGES)[number];

const HELP = `Usage: npm run bench -- [options]

Runs the benchmarks, prints one table and writes bench/results/bench-<time>.json.

Options:
  --data DIR        article-extraction benchmark data (default: ../shared/bench/article-extraction)
  --news-data DIR   news-metadata data (default: ../shared/bench/news-metadata); skipped with
                    a note when missing
  --stages LIST     comma-separated subset of: ${STAGES.join(', ')}
  -h, --help        this help

Environment: BENCH_E2E_PAGES (1000), BENCH_E2E_CLIENTS (16), BENCH_FEED_SIZES (1000,50000),
BENCH_FEED_RUNS (15), BENCH_COLD_START_RUNS (9), BENCH_CLI_RUNS (15),
BENCH_SCALE_ARTICLES (1500), BENCH_LATENCY_UPLOADS (12), BENCH_LATENCY_WINDOW_MS (the
regeneration window's default).
`;

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

type Row = [stage: string, measure: string, project: Cell, peer: Cell, ratio: Cell, peak: Cell];

function extractionRows(out: StageOutput<ExtractionFigures>): Row[] {
  const { extractors } = out.figures;
  const project = extractors.find((e) => e.id === 'project');
  const rows: Row[] = [];
  const peak = `${mib(out.peakRssBytes)} MiB RSS`;
  if (!project)
    rows.push([
      'extraction',
      `project did not run: ${out.figures.projectError}`,
      null,
      null,
      null,
      peak,
    ]);
  for (const peer of extractors.filter((e) => e.id !== 'project')) {
    if (peer.f1 !== null) {
      rows.push([
        'extraction',
        `F1 vs ${peer.label}`,
        project?.f1?.toFixed(3) ?? null,
        peer.f1.toFixed(3),
        null,
        null,
      ]);
    }
    rows.push([
      'extraction',
      `pages/s vs ${peer.label}`,
      project ? project.pagesPerSecond.toFixed(1) : null,
      peer.pagesPerSecond.toFixed(1),
      project ? `${(project.pagesPerSecond / peer.pagesPerSecond).toFixed(2)}×` : null,
      // Heap above the post-GC baseline, sampled between pages, in the same process.
      `${project ? `${mib(project.peakHeapBytes)} / ` : ''}${mib(peer.peakHeapBytes)} MiB heap`,
    ]);
  }
  rows.push(...newsRows(out.figures.news));
  rows.push([
    'extraction',
    `scorer check vs published reference outputs`,
    out.figures.scorerCheckOk ? 'OK' : 'FAILED',
    null,
    null,
    peak,
  ]);
  return rows;
}

/** The news-metadata rows: each field's share of pages right, next to Readability + linkedom. */
function newsRows(news: ExtractionFigures['news']): Row[] {
  if ('missing' in news) {
    return [
      [
        'news-metadata',
        'not run: data missing (how to get it is printed above; --news-data DIR)',
        null,
        null,
        null,
        null,
      ],
    ];
  }
  const project = news.extractors.find((e) => e.id === 'project');
  const peer = news.extractors.find((e) => e.id !== 'project');
  const f3 = (v: number | null | undefined) =>
    v === null || v === undefined ? null : v.toFixed(3);
  const rows: Row[] = [
    [
      'news-metadata',
      `real articles rejected (of ${news.pages})`,
      project ? String(project.rejected) : null,
      peer ? String(peer.rejected) : null,
      null,
      null,
    ],
    ['news-metadata', 'body F1', f3(project?.f1), f3(peer?.f1), null, null],
  ];
  for (const field of ['title', 'authors', 'day', 'instant', 'lead'] as const) {
    rows.push([
      'news-metadata',
      field,
      f3(project?.accuracy[field]),
      f3(peer?.accuracy[field]),
      null,
      null,
    ]);
  }
  if (project && peer) {
    rows.push([
      'news-metadata',
      `pages/s vs ${peer.label}`,
      project.pagesPerSecond.toFixed(1),
      peer.pagesPerSecond.toFixed(1),
      `${(project.pagesPerSecond / peer.pagesPerSecond).toFixed(2)}×`,
      `${mib(project.peakHeapBytes)} / ${mib(peer.peakHeapBytes)} MiB heap`,
    ]);
  }
  return rows;
}

/** Issue 11's budgets for the ingest function: bundle size and module initialisation. */
const INGEST_BUNDLE_BUDGET_BYTES = 1_000_000;
const INGEST_INIT_BUDGET_MS = 150;

function coldStartRows(out: StageOutput<ColdStart[]>): Row[] {
  const floor = out.figures.find((fn) => fn.isFloor);
  const functions = out.figures.filter((fn) => !fn.isFloor);
  const ratio = (a: number, b: number | undefined) =>
    b === undefined || b === 0 ? null : `${(a / b).toFixed(2)}×`;
  const budget = (fn: ColdStart, value: number, limit: number) =>
    fn.name === 'ingest'
      ? ` (budget ${limit.toLocaleString('en-US')}: ${value <= limit ? '✓' : '✗'})`
      : '';
  return functions.flatMap((fn): Row[] => [
    [
      'cold start',
      `${fn.name} bundle bytes vs Powertools + SDK clients alone${budget(fn, fn.bundleBytes, INGEST_BUNDLE_BUDGET_BYTES)}`,
      `${fn.bundleBytes.toLocaleString('en-US')} B`,
      floor ? `${floor.bundleBytes.toLocaleString('en-US')} B` : null,
      ratio(fn.bundleBytes, floor?.bundleBytes),
      null,
    ],
    [
      'cold start',
      `${fn.name} import ms, median of ${fn.runs} alternating fresh processes${budget(fn, fn.importMsMedian, INGEST_INIT_BUDGET_MS)}`,
      `${fn.importMsMedian.toFixed(0)} ms (${fn.importMsMin.toFixed(0)}–${fn.importMsMax.toFixed(0)})`,
      floor
        ? `${floor.importMsMedian.toFixed(0)} ms (${floor.importMsMin.toFixed(0)}–${floor.importMsMax.toFixed(0)})`
        : null,
      ratio(fn.importMsMedian, floor?.importMsMedian),
      `${mib(fn.rssAfterImportBytes)} MiB RSS`,
    ],
    [
      'cold start',
      `${fn.name} import CPU ms (user + system), median`,
      `${fn.importCpuMsMedian.toFixed(0)} ms`,
      floor ? `${floor.importCpuMsMedian.toFixed(0)} ms` : null,
      ratio(fn.importCpuMsMedian, floor?.importCpuMsMedian),
      null,
    ],
  ]);
}

/** Issue 11's budget for `syndicate extract` on one page, wall time. */
const CLI_EXTRACT_BUDGET_MS = 400;

function cliStartRows(out: StageOutput<CliStart[]>): Row[] {
  const project = out.figures.find((c) => c.isProject);
  if (project === undefined) return [];
  const peers = out.figures.filter((c) => !c.isProject);
  const wall = (c: CliStart) =>
    `${c.msMedian.toFixed(0)} ms (${c.msMin.toFixed(0)}–${c.msMax.toFixed(0)})`;
  const cpu = (c: CliStart) => (c.cpuMsMedian === null ? null : `${c.cpuMsMedian.toFixed(0)} ms`);
  const verdict = project.msMedian <= CLI_EXTRACT_BUDGET_MS ? '✓' : '✗';
  const wallRows = peers.map(
    (peer): Row => [
      'cli start',
      `${project.label} vs ${peer.label}, wall, median of ${project.runs} alternating runs (budget ${CLI_EXTRACT_BUDGET_MS} ms: ${verdict})`,
      wall(project),
      wall(peer),
      `${(project.msMedian / peer.msMedian).toFixed(2)}×`,
      null,
    ],
  );
  const cpuRows = peers.map(
    (peer): Row => [
      'cli start',
      `${project.label} vs ${peer.label}, CPU (user + system), median`,
      cpu(project),
      cpu(peer),
      project.cpuMsMedian === null || !peer.cpuMsMedian
        ? null
        : `${(project.cpuMsMedian / peer.cpuMsMedian).toFixed(2)}×`,
      null,
    ],
  );
  return [...wallRows, ...cpuRows];
}

function feedRows(out: StageOutput<FeedRegenerationFigures>): Row[] {
  const { sizes, timings, ratios, itemLimit } = out.figures;
  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  const rows = Object.entries(ratios).map(([feed, ratio]): Row => {
    const at = (n: number) =>
      timings.find((t) => t.feed === feed && t.tableArticles === n)?.msMedian;
    return [
      'feed regeneration',
      `${feed} (${itemLimit} items): ${large} vs ${small} articles, median ms`,
      `${at(large)?.toFixed(1)} ms`,
      `${at(small)?.toFixed(1)} ms`,
      `${ratio.toFixed(2)}× ${ratio <= 1.5 ? '(≤ 1.5 ✓)' : '(> 1.5 ✗)'}`,
      null,
    ];
  });
  rows.push([
    'feed regeneration',
    'seeding DynamoDB Local',
    `${out.figures.seedArticlesPerSecond.toFixed(0)} articles/s`,
    null,
    null,
    `${mib(out.peakRssBytes)} MiB RSS`,
  ]);
  return rows;
}

function endToEndRows(out: StageOutput<EndToEndFigures>): Row[] {
  const e = out.figures;
  const ms = (v: number) => `${(v / 1000).toFixed(2)} s`;
  return [
    [
      'end to end',
      `${e.pages} pages, ${e.clients} clients: ingested pages/s`,
      e.ingestPagesPerSecond.toFixed(1),
      null,
      null,
      null,
    ],
    [
      'end to end',
      'pages/s through to the feeds',
      e.inFeedPagesPerSecond.toFixed(1),
      null,
      null,
      null,
    ],
    [
      'end to end',
      'upload → in table p50 / p95 / max',
      `${ms(e.uploadToTable.p50)} / ${ms(e.uploadToTable.p95)} / ${ms(e.uploadToTable.max)}`,
      null,
      null,
      null,
    ],
    [
      'end to end',
      'upload → in feed p50 / p95 / max',
      `${ms(e.uploadToFeed.p50)} / ${ms(e.uploadToFeed.p95)} / ${ms(e.uploadToFeed.max)}`,
      null,
      null,
      null,
    ],
    [
      'end to end',
      'live / rejected / dead letters / not in a feed',
      `${e.articlesLive} / ${e.rejected} / ${e.deadLetters} / ${e.notInFeed}`,
      null,
      null,
      `${mib(out.peakRssBytes)} MiB RSS Node`,
    ],
    [
      'end to end',
      'DynamoDB Local (java) peak',
      null,
      null,
      null,
      e.dynamoDbLocalPeakRssBytes === null ? null : `${mib(e.dynamoDbLocalPeakRssBytes)} MiB RSS`,
    ],
  ];
}

function latencyRows(out: StageOutput<LatencyFigures>): Row[] {
  const f = out.figures;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    [
      'latency',
      `${f.uploads} uploads at light load: upload → in feed p50 / p95 / max vs window + 2 s`,
      `${s(f.p50)} / ${s(f.p95)} / ${s(f.max)}`,
      `${s(f.windowMs)} + 2 s = ${s(f.boundMs)}`,
      (f.max / f.boundMs).toFixed(2),
      `${mib(out.peakRssBytes)} MiB RSS`,
    ],
    [
      'latency',
      'uploads within window + 2 s / not in the feed',
      `${f.withinBound} of ${f.uploads} / ${f.notInFeed}`,
      null,
      null,
      null,
    ],
  ];
}

function scaleRows(out: StageOutput<ScaleFigures>): Row[] {
  const f = out.figures;
  const r = f.regenerations;
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');
  const fmt = (units: Readonly<Record<string, number>>) =>
    Object.entries(units)
      .map(([where, value]) => `${where} ${value.toFixed(2)}`)
      .join(', ');
  const indexTotal = (units: Readonly<Record<string, number>>) =>
    Object.entries(units)
      .filter(([where]) => where !== 'table')
      .reduce((sum, [, value]) => sum + value, 0)
      .toFixed(2);
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  return [
    [
      'scale',
      `${f.articles} articles, 100 publishers: WCU per article`,
      fmt(f.writePerArticle),
      fmt(f.previousWritePerArticle),
      null,
      null,
    ],
    [
      'scale',
      'index WCU per article (all indexes)',
      indexTotal(f.writePerArticle),
      indexTotal(f.previousWritePerArticle),
      null,
      null,
    ],
    [
      'scale',
      'WCU per article, indexes on the article item (keys only, before feed entries)',
      `${fmt(f.articleIndexedWritePerArticle)}; indexes ${indexTotal(f.articleIndexedWritePerArticle)}`,
      null,
      null,
      null,
    ],
    ['scale', 'WCU of an update that keeps its place', fmt(f.updateWrite), null, null, null],
    [
      'scale',
      'item bytes (stored / uncompressed)',
      `${f.avgItemBytes.stored.toFixed(0)}`,
      `${f.avgItemBytes.uncompressed.toFixed(0)}`,
      null,
      null,
    ],
    ['scale', 'RCU per article (ingest reads)', f.readPerArticle.toFixed(2), null, null, null],
    [
      'scale',
      `site profile per page of a known site, WCU / RCU (${f.siteProfile.fingerprintsPerPage} fingerprints a page) vs one item per site`,
      `${f.siteProfile.perPage.wcu.toFixed(2)} / ${f.siteProfile.perPage.rcu.toFixed(2)}`,
      `${f.siteProfile.oneItemPerSite.wcu.toFixed(2)} / ${f.siteProfile.oneItemPerSite.rcu.toFixed(2)}`,
      null,
      null,
    ],
    [
      'scale',
      'busiest index key: share, WCU/s at 10× the average rate',
      `${f.busiest.key} ${pct(f.busiest.share)}, ${f.busiest.wcuPerSecondAt10x.toFixed(2)}`,
      `${f.previousBusiest.key} ${pct(f.previousBusiest.share)}, ${f.previousBusiest.wcuPerSecondAt10x.toFixed(2)}`,
      null,
      null,
    ],
    [
      'scale',
      'RCU per regeneration (all / publisher / section)',
      `${f.rcuPerRegeneration.all} / ${f.rcuPerRegeneration.publisher} / ${f.rcuPerRegeneration.section}`,
      null,
      null,
      null,
    ],
    [
      'scale',
      `regenerations per article, measured (first ${r.articles}, ${s(r.windowMs)} window)`,
      r.perArticleCoalesced.toFixed(2),
      `${r.perArticleUncoalesced} (one per feed touched)`,
      null,
      null,
    ],
    [
      'scale',
      'most runs of one feed in a minute; shortest gap between two vs the window',
      `${r.maxPerFeedPerMinute}; ${s(r.shortestGapMs)}`,
      s(r.windowMs),
      null,
      null,
    ],
    [
      'scale',
      'per article: S3 PUTs; regeneration messages; stale or deferred',
      `${f.s3PutsPerArticle.toFixed(2)}; ${r.sqsMessagesPerArticle.toFixed(2)}; ${r.staleOrDeferredPerArticle.toFixed(2)}`,
      null,
      null,
      null,
    ],
    [
      'scale',
      'per article: WCU / RCU of marks and regenerations; refused conditional writes',
      `${r.wcuPerArticle.toFixed(2)} / ${r.rcuPerArticle.toFixed(2)}; ${r.refusedWritesPerArticle.toFixed(2)}`,
      null,
      null,
      null,
    ],
    ...Object.entries(r.byOperation).map(
      ([operation, { wcu, calls }]): Row => [
        'scale',
        `  bookkeeping WCU / calls per article: ${operation}`,
        `${wcu.toFixed(2)} / ${calls.toFixed(2)}`,
        null,
        null,
        null,
      ],
    ),
    [
      'scale',
      'gzip size of the aggregate feed (RSS / JSON)',
      `${f.feedGzipBytes.rss} / ${f.feedGzipBytes.json} bytes`,
      null,
      null,
      `${mib(out.peakRssBytes)} MiB RSS`,
    ],
    ...f.monthlyCost.map(
      (c): Row => ['scale', `monthly: ${c.item}`, `$${c.usd.toFixed(2)}`, null, null, null],
    ),
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      'news-data': { type: 'string' },
      stages: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const selected = (values.stages?.split(',').map((s) => s.trim()) ?? [...STAGES]) as StageName[];
  const unknown = selected.filter((s) => !STAGES.includes(s));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown stage(s) ${unknown.join(', ')} (known: ${STAGES.join(', ')})\n`);
    process.exit(2);
  }
  const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
  const newsDir = values['news-data'] ? resolve(values['news-data']) : DEFAULT_NEWS_DATA_DIR;
  if (selected.includes('extraction') && !existsSync(join(dataDir, 'ground-truth.json'))) {
    process.stderr.write(
      `${new MissingBenchmarkDataError(dataDir, 'ground-truth.json').message}\n`,
    );
    process.exit(2);
  }
  const machine = machineInfo();
  const started = new Date();
  const outputs: Record<string, StageOutput<unknown>> = {};
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const stage of selected) {
    process.stderr.write(`\n== ${stage} ==\n`);
    try {
      const out = await runStage<unknown>(stage, stage === 'extraction' ? [dataDir, newsDir] : []);
      outputs[stage] = out;
      if (stage === 'extraction')
        rows.push(...extractionRows(out as StageOutput<ExtractionFigures>));
      if (stage === 'cold-start') rows.push(...coldStartRows(out as StageOutput<ColdStart[]>));
      if (stage === 'cli-start') rows.push(...cliStartRows(out as StageOutput<CliStart[]>));
      if (stage === 'feed-regeneration')
        rows.push(...feedRows(out as StageOutput<FeedRegenerationFigures>));
      if (stage === 'end-to-end') rows.push(...endToEndRows(out as StageOutput<EndToEndFigures>));
      if (stage === 'latency') rows.push(...latencyRows(out as StageOutput<LatencyFigures>));
      if (stage === 'scale') rows.push(...scaleRows(out as StageOutput<ScaleFigures>));
    } catch (error) {
      failures.push(`${stage}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const table = renderTable(
    [
      { header: 'stage' },
      { header: 'measure' },
      { header: 'this project' },
      { header: 'peer / baseline' },
      { header: 'ratio' },
      { header: 'peak memory' },
    ],
    rows,
  );
  process.stdout.write(`\n${table}\n\n${describeMachine(machine)}\n`);
  for (const failure of failures) process.stdout.write(`Stage failed — ${failure}\n`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ date: started.toISOString(), machine, stages: outputs, failures }, null, 2)}\n`,
  );
  process.stdout.write(`Wrote ${file}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
