/**
 * Upload-to-feed latency at light load, on the local runtime (`startLocalRuntime`, the
 * `npm start` machinery) with the production regeneration window: pages uploaded one at a time,
 * at uneven gaps of up to one and a half windows, so some land just after a run of their feed
 * (and wait out its window) and some on a feed that has been quiet (and run at once). Each page's
 * latency runs from the start of its upload to the first publication of the aggregate feed that
 * holds it (the runtime's `published` event, from the regenerate handler's observer). Issue 13's bound is the window plus 2 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { localS3Client } from '../../local/runtime/clients.ts';
import { startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { throwawayRuntimeOptions } from '../../local/runtime/throwaway-options.ts';
import { DEFAULT_REGENERATION_WINDOW_MS } from '../../shared/feeds/schedule.ts';
import { watchAggregateArrivals } from '../lib/aggregate-arrivals.ts';
import { percentile } from '../lib/measure.ts';
import { stageMain } from '../lib/stage.ts';
import { syntheticPage } from '../lib/synthetic-articles.ts';

/** What issue 13 allows on top of the window at light load (ms). */
export const LATENCY_ALLOWANCE_MS = 2_000;

/** The stage's figures. */
export interface LatencyFigures {
  readonly uploads: number;
  readonly windowMs: number;
  /** The window plus the allowance. */
  readonly boundMs: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Uploads whose page reached the feed within the bound. */
  readonly withinBound: number;
  /** Uploads whose page never reached the feed (rejected, dead-lettered or timed out). */
  readonly notInFeed: number;
}

const UPLOADS = Number(process.env.BENCH_LATENCY_UPLOADS ?? 12);
const WINDOW_MS = Number(process.env.BENCH_LATENCY_WINDOW_MS ?? DEFAULT_REGENERATION_WINDOW_MS);
/** How long the last page may take before the stage gives up on it. */
const SETTLE_MS = 10 * (WINDOW_MS + LATENCY_ALLOWANCE_MS);

/**
 * The gap before upload `i`: a fixed, uneven sequence from nothing to one and a half windows, the
 * same in every run so that runs compare.
 */
function gapBefore(i: number, windowMs: number): number {
  return (((i * 7) % 13) / 12) * 1.5 * windowMs;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

await stageMain('latency', async (): Promise<LatencyFigures> => {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-latency-'));
  const run = `latency-${Date.now().toString(36)}`;
  const uploadedAt = new Map<string, number>();
  const latencies = new Map<string, number>();
  let allPublished: () => void = () => {};
  const published = new Promise<void>((resolve) => {
    allPublished = resolve;
  });

  const runtime = await startLocalRuntime({
    ...throwawayRuntimeOptions(dataDir),
    regenerationWindowMs: WINDOW_MS,
    log: (line) => {
      if (line.includes('ERROR')) log(line);
    },
  });
  watchAggregateArrivals(runtime, (key, at) => {
    const started = uploadedAt.get(key);
    if (started === undefined || latencies.has(key)) return;
    latencies.set(key, at - started);
    if (latencies.size === UPLOADS) allPublished();
  });
  const s3 = localS3Client(runtime.urls.s3, runtime.region);
  try {
    log(`latency: ${UPLOADS} uploads, window ${WINDOW_MS} ms`);
    for (let i = 0; i < UPLOADS; i += 1) {
      // The pacing of the load, not a wait for a result: a bench may pace its uploads.
      await delay(gapBefore(i, WINDOW_MS));
      const key = `demo/${run}/${i}.html`;
      uploadedAt.set(key, performance.now());
      await s3.send(
        new PutObjectCommand({
          Bucket: runtime.inboxBucket,
          Key: key,
          Body: Buffer.from(syntheticPage(i, run)),
          ContentType: 'text/html',
        }),
      );
    }
    await Promise.race([published, delay(SETTLE_MS)]);
    const values = [...latencies.values()];
    const boundMs = WINDOW_MS + LATENCY_ALLOWANCE_MS;
    return {
      uploads: UPLOADS,
      windowMs: WINDOW_MS,
      boundMs,
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      max: Math.max(...values),
      withinBound: values.filter((value) => value <= boundMs).length,
      notInFeed: UPLOADS - values.length,
    };
  } finally {
    s3.destroy();
    await runtime.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
