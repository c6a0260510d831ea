/**
 * Runs the extraction benchmark: checks the scorer against the published reference outputs,
 * then runs every contender on the same pages in the same process, scoring and timing each.
 */
import { performance } from 'node:perf_hooks';
import { HeapPeak, median, percentile } from '../lib/measure.ts';
import type { Contender, ExtractedMetadata, Extraction } from './contenders.ts';
import { type BenchPage, loadReferenceOutputs, PUBLISHED_F1 } from './dataset.ts';
import { type PageScore, type Summary, scorePage, summarize, tokenize } from './scoring.ts';

/** One page as one contender handled it. */
export interface PageResult {
  readonly id: string;
  readonly url: string;
  readonly ms: number;
  readonly score: PageScore | null;
  readonly error?: string;
  /** The text scored (the body, with the lead before it where {@link scoredText} adds it). */
  readonly text: string;
  /** The metadata the contender read, when it reads any. */
  readonly metadata?: ExtractedMetadata;
}

/** One contender's figures. */
export interface ContenderResult {
  readonly id: string;
  readonly label: string;
  readonly summary: Summary | null;
  /** Pages per second of wall time (median round when several rounds ran). */
  readonly pagesPerSecond: number;
  /**
   * CPU time of the process (user + system, every thread: garbage-collector helpers too) per
   * page, median round. Unlike wall time it does not count time the process waited for a core
   * that other work held, nor hide work done on another core.
   */
  readonly cpuMsPerPage: number;
  readonly msPerPageP50: number;
  readonly msPerPageMax: number;
  /**
   * CPU time per page of the warm-up pass, the first one over the pages (the JIT compiles as it
   * goes), or NaN without one.
   */
  readonly warmupCpuMsPerPage: number;
  /** Highest heap above the post-GC baseline sampled between pages, in bytes. */
  readonly peakHeapBytes: number;
  /** Pages whose extraction threw, by error. */
  readonly errors: Readonly<Record<string, number>>;
  readonly pages: readonly PageResult[];
}

/** How a published reference output scores with this scorer. */
export interface ScorerCheck {
  readonly name: string;
  readonly summary: Summary;
  /** The published F1, when the upstream README lists one. */
  readonly published: number | null;
  /** Whether the F1 rounds to the published figure (3 decimals). */
  readonly ok: boolean | null;
}

/** Options of a benchmark run. */
export interface ExtractionBenchOptions {
  readonly dataDir: string;
  /** Pages to run (all by default). */
  readonly pages: readonly BenchPage[];
  /** All pages with truth, for the scorer check (which always covers the full set). */
  readonly allPages: readonly BenchPage[];
  readonly contenders: readonly Contender[];
  /** Timed passes over the pages (default 1); speed is the median pass. */
  readonly rounds?: number;
  /**
   * Pages each contender runs first, outside the timed rounds, to warm up the JIT (default: all
   * of them, one whole pass); their CPU time is reported apart.
   */
  readonly warmup?: number;
  /** Called with progress lines. */
  readonly log?: (line: string) => void;
  /**
   * Starts a heap measurement (by default a `HeapPeak`, which forces a full collection first);
   * tests give their own.
   */
  readonly startHeapPeak?: () => HeapMeasure;
  /**
   * Score the lead before the body when a contender keeps it out of the body (default false):
   * for truth bodies that start with the standfirst, as the news-metadata set's do.
   */
  readonly leadInBody?: boolean;
}

/** Whether a text's first tokens are a lead's tokens. */
function opensWith(text: string, lead: string): boolean {
  const leadTokens = tokenize(lead);
  const opening = tokenize(text.slice(0, lead.length * 2 + 16));
  return leadTokens.length > 0 && leadTokens.every((token, i) => opening[i] === token);
}

/**
 * The text scored as the body: the extracted body, preceded by the lead when the contender
 * keeps the lead out of its body and the truth counts it as body.
 *
 * @param extraction - one contender's output on one page
 * @param leadInBody - whether the truth body starts with the standfirst
 * @returns the text to score
 */
export function scoredText(extraction: Extraction, leadInBody: boolean): string {
  const lead = extraction.metadata?.lead;
  if (!leadInBody || !extraction.metadata?.leadOutsideText || !lead) return extraction.text;
  // A lead the page shows as the body's first paragraph (after a kicker line at most) is
  // already there: it is scored once.
  if (extraction.text.split('\n\n', 3).some((paragraph) => opensWith(paragraph, lead))) {
    return extraction.text;
  }
  return extraction.text === '' ? lead : `${lead}\n\n${extraction.text}`;
}

/**
 * Scores the published reference outputs with this scorer.
 *
 * @param dataDir - the benchmark directory (its `output/` folder)
 * @param pages - every page with its truth
 * @returns one check per reference output (empty when the folder is absent)
 */
export function checkScorer(dataDir: string, pages: readonly BenchPage[]): ScorerCheck[] {
  return [...loadReferenceOutputs(dataDir)].map(([name, bodies]) => {
    const summary = summarize(
      pages.map((page) => scorePage(page.truth, bodies.get(page.id) ?? '')),
    );
    const published = PUBLISHED_F1[name] ?? null;
    return {
      name,
      summary,
      published,
      ok: published === null ? null : summary.f1.toFixed(3) === published.toFixed(3),
    };
  });
}

function timedPass(contender: Contender, pages: readonly BenchPage[]) {
  const outputs: { extraction: Extraction; ms: number }[] = [];
  const cpuStart = process.cpuUsage();
  for (const page of pages) {
    const start = performance.now();
    const extraction = contender.run(page);
    const ms = performance.now() - start;
    outputs.push({ extraction, ms });
  }
  const cpu = process.cpuUsage(cpuStart);
  return { outputs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** A heap measurement in progress: sampled between pages. */
export interface HeapMeasure {
  sample(): void;
  readonly peakBytes: number;
}

/** The highest heap a pass reaches above the heap left by a full collection just before it. */
function heapPass(
  contender: Contender,
  pages: readonly BenchPage[],
  startHeapPeak: () => HeapMeasure,
): number {
  const heap = startHeapPeak();
  for (const page of pages) {
    contender.run(page);
    heap.sample();
  }
  return heap.peakBytes;
}

/**
 * Runs every contender on the pages, interleaving contenders round by round so that a burst of
 * load from elsewhere on the machine does not land on one contender only, in the opposite order
 * every other round (whoever runs second inherits the first one's garbage and caches). Each
 * pass is timed by wall clock (sum of the pages) and by the process's CPU time over the pass.
 *
 * No timed pass follows a forced garbage collection: a full collection forced between passes,
 * when nothing is alive, lets the object shapes of the last pass die and with them the
 * optimized code built for them, so the next pass re-optimizes hundreds of functions (measured:
 * ~230 compilations and ~63 deoptimizations a pass instead of ~40 and ~3) and times the JIT's
 * warm-up, in proportion to each contender's amount of code, where a Lambda working through
 * pages never collects that way. The peak heap is measured apart, in one more untimed pass per
 * contender that starts after a full collection.
 *
 * @param options - pages, contenders, rounds
 * @returns one result per contender, in the given order
 */
export function runContenders(options: ExtractionBenchOptions): ContenderResult[] {
  const { pages, contenders, log = () => {}, startHeapPeak = () => new HeapPeak() } = options;
  const rounds = Math.max(1, options.rounds ?? 1);
  const warmup = pages.slice(0, Math.max(0, options.warmup ?? pages.length));
  const warmupCpu = new Map<string, number>();
  for (const contender of contenders) {
    const { cpuMs } = timedPass(contender, warmup);
    warmupCpu.set(contender.id, cpuMs);
    if (warmup.length > 0) {
      log(`  warm-up ${contender.id}: ${warmup.length} pages, CPU ${(cpuMs / 1000).toFixed(2)} s`);
    }
  }

  const firstPass = new Map<string, { extraction: Extraction; ms: number }[]>();
  const totals = new Map<string, number[]>();
  const cpuTotals = new Map<string, number[]>();
  const peaks = new Map<string, number>();
  for (let round = 1; round <= rounds; round += 1) {
    const order = round % 2 === 1 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      const { outputs, cpuMs } = timedPass(contender, pages);
      const total = outputs.reduce((sum, o) => sum + o.ms, 0);
      log(
        `  round ${round}/${rounds} ${contender.id}: ${pages.length} pages in ${(total / 1000).toFixed(2)} s, CPU ${(cpuMs / 1000).toFixed(2)} s`,
      );
      if (!firstPass.has(contender.id)) firstPass.set(contender.id, outputs);
      totals.set(contender.id, [...(totals.get(contender.id) ?? []), total]);
      cpuTotals.set(contender.id, [...(cpuTotals.get(contender.id) ?? []), cpuMs]);
    }
  }
  for (const contender of contenders) {
    peaks.set(contender.id, heapPass(contender, pages, startHeapPeak));
    log(
      `  heap pass ${contender.id}: peak ${((peaks.get(contender.id) ?? 0) / 2 ** 20).toFixed(1)} MiB`,
    );
  }

  return contenders.map((contender) => {
    const outputs = firstPass.get(contender.id) ?? [];
    const results: PageResult[] = outputs.map(({ extraction, ms }, i) => {
      const page = pages[i] as BenchPage;
      const text = scoredText(extraction, options.leadInBody ?? false);
      return {
        id: page.id,
        url: page.url,
        ms,
        score: contender.scored ? scorePage(page.truth, text) : null,
        text,
        ...(extraction.error === undefined ? {} : { error: extraction.error }),
        ...(extraction.metadata === undefined ? {} : { metadata: extraction.metadata }),
      };
    });
    const errors: Record<string, number> = {};
    for (const r of results) if (r.error) errors[r.error] = (errors[r.error] ?? 0) + 1;
    const ms = results.map((r) => r.ms);
    const totalMs = median(totals.get(contender.id) ?? []);
    return {
      id: contender.id,
      label: contender.label,
      summary: contender.scored
        ? summarize(results.map((r) => r.score).filter((s): s is PageScore => s !== null))
        : null,
      pagesPerSecond: totalMs > 0 ? pages.length / (totalMs / 1000) : Number.NaN,
      cpuMsPerPage: median(cpuTotals.get(contender.id) ?? []) / pages.length,
      warmupCpuMsPerPage:
        warmup.length > 0
          ? (warmupCpu.get(contender.id) ?? Number.NaN) / warmup.length
          : Number.NaN,
      msPerPageP50: percentile(ms, 50),
      msPerPageMax: Math.max(...ms),
      peakHeapBytes: peaks.get(contender.id) ?? 0,
      errors,
      pages: results,
    };
  });
}
