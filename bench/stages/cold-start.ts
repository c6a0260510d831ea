/**
 * Cold start of each Lambda: bundles `functions/<name>.ts` with esbuild as the CDK construct
 * does (`lambdaBuildOptions()` of `infra/bundling/lambda-build-options.ts`), then imports the bundle in fresh Node processes with the Lambda's
 * environment, and reports the size and the median
 * module-initialisation time. The peer is `bench/lib/lambda-floor.ts` (Powertools and the SDK
 * clients alone), bundled the same way; the processes of all three alternate, so load on the
 * machine falls on each alike.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { lambdaBuildOptions } from '../../infra/bundling/lambda-build-options.ts';
import { median } from '../lib/measure.ts';
import { stageMain } from '../lib/stage.ts';

/** Bytes one package (or project folder) adds to a bundle. */
export interface BundleShare {
  readonly name: string;
  readonly bytes: number;
}

/** Figures of one bundle. */
export interface ColdStart {
  readonly name: string;
  readonly bundleBytes: number;
  /** Median milliseconds from `import()` start to the module being initialised. */
  readonly importMsMedian: number;
  /**
   * Median CPU milliseconds (user + system) the import used: less sensitive than the wall time
   * to other work on a shared machine, which delays a process without making it work more.
   */
  readonly importCpuMsMedian: number;
  readonly importMsMin: number;
  readonly importMsMax: number;
  /** Median milliseconds of the whole fresh process (spawn to exit), for context. */
  readonly processMsMedian: number;
  /** Median RSS of the process after the import, in bytes. */
  readonly rssAfterImportBytes: number;
  readonly runs: number;
  /** The largest contributors to the bundle, from esbuild's metafile. */
  readonly largest: readonly BundleShare[];
  /** This is the peer (Powertools and the SDK clients alone), not a function. */
  readonly isFloor: boolean;
}

/** The peer every function is compared with. */
const FLOOR = 'floor';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES: Readonly<Record<string, string>> = {
  ingest: join(ROOT, 'functions', 'ingest.ts'),
  feeds: join(ROOT, 'functions', 'feeds.ts'),
  [FLOOR]: join(ROOT, 'bench', 'lib', 'lambda-floor.ts'),
};
const RUNS = Number(process.env.BENCH_COLD_START_RUNS ?? 9);

/** The environment the Lambda gets (values only need to be well-formed for initialisation). */
const LAMBDA_ENV = {
  PATH: process.env.PATH ?? '',
  TABLE_NAME: 'bench-table',
  INBOX_BUCKET: 'bench-inbox',
  FEEDS_BUCKET: 'bench-feeds',
  FEEDS_BASE_URL: 'https://feeds.example.com',
  // The feeds function sends its scheduled regenerations there (read when it loads).
  REGENERATE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/bench-regenerate',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
};

const PROBE = `
const c0 = process.cpuUsage();
const t0 = performance.now();
const m = await import(process.argv[1]);
const t1 = performance.now();
const c = process.cpuUsage(c0);
if (typeof m.handler !== 'function') throw new Error('no handler export');
process.stdout.write(JSON.stringify({ ms: t1 - t0, cpuMs: (c.user + c.system) / 1000, rss: process.memoryUsage().rss }));
`;

/** Bytes per package (`node_modules/<name>`) or project folder (`shared/extract`). */
function largestShares(metafile: Metafile, limit = 12): BundleShare[] {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined);
  const shares = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
    const name = pkg ?? input.split('/').slice(0, 2).join('/');
    shares.set(name, (shares.get(name) ?? 0) + bytesInOutput);
  }
  return [...shares]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, limit);
}

async function bundle(
  name: string,
  entry: string,
  outdir: string,
): Promise<{ file: string; largest: BundleShare[] }> {
  const file = join(outdir, name, 'index.mjs');
  const result = await build({
    ...lambdaBuildOptions(),
    entryPoints: [entry],
    outfile: file,
    metafile: true,
    logLevel: 'warning',
  });
  return { file, largest: largestShares(result.metafile) };
}

function probe(entry: string): { ms: number; cpuMs: number; rss: number; wallMs: number } {
  const started = performance.now();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, entry], {
    env: LAMBDA_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Outside the repository: the bundle must not find node_modules.
    cwd: tmpdir(),
    encoding: 'utf8',
  });
  const { ms, cpuMs, rss } = JSON.parse(out) as { ms: number; cpuMs: number; rss: number };
  return { ms, cpuMs, rss, wallMs: performance.now() - started };
}

await stageMain('cold-start', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-bundles-'));
  try {
    const bundles = await Promise.all(
      Object.entries(ENTRIES).map(async ([name, entry]) => ({
        name,
        ...(await bundle(name, entry, dir)),
      })),
    );
    // First runs warm the OS file cache, as a provisioned Lambda image would be.
    for (const b of bundles) probe(b.file);
    const runs = new Map(bundles.map((b) => [b.name, [] as ReturnType<typeof probe>[]]));
    for (let round = 0; round < RUNS; round++) {
      for (const b of bundles) runs.get(b.name)?.push(probe(b.file));
    }
    const results: ColdStart[] = [];
    for (const b of bundles) {
      const own = runs.get(b.name) ?? [];
      const ms = own.map((r) => r.ms);
      results.push({
        name: b.name,
        bundleBytes: (await stat(b.file)).size,
        importMsMedian: median(ms),
        importCpuMsMedian: median(own.map((r) => r.cpuMs)),
        importMsMin: Math.min(...ms),
        importMsMax: Math.max(...ms),
        processMsMedian: median(own.map((r) => r.wallMs)),
        rssAfterImportBytes: median(own.map((r) => r.rss)),
        runs: RUNS,
        largest: b.largest,
        isFloor: b.name === FLOOR,
      });
      process.stderr.write(
        `cold start ${b.name}: ${median(ms).toFixed(1)} ms median import; largest: ${b.largest
          .slice(0, 6)
          .map((s) => `${s.name} ${(s.bytes / 1024).toFixed(0)} KiB`)
          .join(', ')}\n`,
      );
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
