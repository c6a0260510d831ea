/**
 * Cold start of each Lambda: bundles `functions/<name>.ts` with esbuild as the CDK construct
 * does (ESM, minified, node22, source map, AWS SDK inside, createRequire banner), then imports the
 * bundle in fresh Node processes with the Lambda's environment and `--enable-source-maps`, and
 * reports the size and the median module-initialisation time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CREATE_REQUIRE_BANNER } from '../../infra/constructs/project-function.ts';
import { median } from '../lib/measure.ts';
import { stageMain } from '../lib/stage.ts';

/** Figures of one function. */
export interface ColdStart {
  readonly name: string;
  readonly bundleBytes: number;
  /** Median milliseconds from `import()` start to the module being initialised. */
  readonly importMsMedian: number;
  readonly importMsMin: number;
  readonly importMsMax: number;
  /** Median milliseconds of the whole fresh process (spawn to exit), for context. */
  readonly processMsMedian: number;
  /** Median RSS of the process after the import, in bytes. */
  readonly rssAfterImportBytes: number;
  readonly runs: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FUNCTIONS = ['ingest', 'feeds'] as const;
const RUNS = Number(process.env.BENCH_COLD_START_RUNS ?? 9);

/** The environment the Lambda gets (values only need to be well-formed for initialisation). */
const LAMBDA_ENV = {
  PATH: process.env.PATH ?? '',
  TABLE_NAME: 'bench-table',
  INBOX_BUCKET: 'bench-inbox',
  FEEDS_BUCKET: 'bench-feeds',
  FEEDS_BASE_URL: 'https://feeds.example.com',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  NODE_OPTIONS: '--enable-source-maps',
};

const PROBE = `
const t0 = performance.now();
const m = await import(process.argv[1]);
const t1 = performance.now();
if (typeof m.handler !== 'function') throw new Error('no handler export');
process.stdout.write(JSON.stringify({ ms: t1 - t0, rss: process.memoryUsage().rss }));
`;

async function bundle(name: string, outdir: string): Promise<string> {
  const outfile = join(outdir, name, 'index.mjs');
  await build({
    entryPoints: [join(ROOT, 'functions', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    banner: { js: CREATE_REQUIRE_BANNER },
    logLevel: 'warning',
  });
  return outfile;
}

function probe(entry: string): { ms: number; rss: number; wallMs: number } {
  const started = performance.now();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, entry], {
    env: LAMBDA_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Outside the repository: the bundle must not find node_modules.
    cwd: tmpdir(),
    encoding: 'utf8',
  });
  const { ms, rss } = JSON.parse(out) as { ms: number; rss: number };
  return { ms, rss, wallMs: performance.now() - started };
}

await stageMain('cold-start', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-bundles-'));
  try {
    const results: ColdStart[] = [];
    for (const name of FUNCTIONS) {
      const entry = await bundle(name, dir);
      probe(entry); // first run warms the OS file cache, as a provisioned Lambda image would be
      const runs = Array.from({ length: RUNS }, () => probe(entry));
      const ms = runs.map((r) => r.ms);
      results.push({
        name,
        bundleBytes: (await stat(entry)).size,
        importMsMedian: median(ms),
        importMsMin: Math.min(...ms),
        importMsMax: Math.max(...ms),
        processMsMedian: median(runs.map((r) => r.wallMs)),
        rssAfterImportBytes: median(runs.map((r) => r.rss)),
        runs: RUNS,
      });
      process.stderr.write(`cold start ${name}: ${median(ms).toFixed(1)} ms median import\n`);
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
