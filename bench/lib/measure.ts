/**
 * Small measurement helpers shared by the benchmarks: forced garbage collection, heap sampling,
 * percentiles and a description of the machine the figures were taken on.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
// A fresh context sees `gc` once the flag is set, even though this process started without it.
const collect = runInNewContext('gc') as () => void;

/** Runs a full garbage collection so that a following heap sample starts from live data only. */
export function collectGarbage(): void {
  collect();
}

/** Bytes of JavaScript heap plus off-heap buffers currently allocated. */
export function heapBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/**
 * Tracks the highest heap seen above a baseline taken after a full collection. Sampling happens
 * when {@link HeapPeak.sample} is called (between units of work), so the figure is a lower bound
 * of the true peak; garbage not yet collected counts, as it does for the process.
 */
export class HeapPeak {
  readonly #baseline: number;
  #peak = 0;

  constructor() {
    collectGarbage();
    this.#baseline = heapBytes();
  }

  /** Records the current heap. */
  sample(): void {
    this.#peak = Math.max(this.#peak, heapBytes() - this.#baseline);
  }

  /** Highest heap above the baseline seen so far, in bytes. */
  get peakBytes(): number {
    return this.#peak;
  }
}

/**
 * Percentile by nearest rank.
 *
 * @param values - samples, in any order
 * @param p - percentile in [0, 100]
 * @returns the sample at that rank, or NaN for no samples
 * @example percentile([3, 1, 2], 50) // 2
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/**
 * Median of the samples.
 *
 * @param values - samples
 * @returns the median (mean of the middle two for an even count), or NaN for none
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

/** The machine and its load, printed with every result (the machine may be shared). */
export interface MachineInfo {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  /** 1-minute load average when the run started. */
  readonly loadAtStart: number;
}

/**
 * Describes the machine now.
 *
 * @returns node version, CPU model, cores, memory and the 1-minute load average
 */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    node: process.version,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

/**
 * One line describing the machine and its current load.
 *
 * @param info - from {@link machineInfo}
 * @returns e.g. `Node v20.19.0 · 2 × Intel Xeon · 7.8 GiB · load 1.52 at start, 2.01 now`
 */
export function describeMachine(info: MachineInfo): string {
  const now = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  return (
    `Node ${info.node} · ${info.cores} × ${info.cpu} · ${info.memoryGiB} GiB · ` +
    `load ${info.loadAtStart} at start, ${now} now (a load near or above ${info.cores} means ` +
    'other work shared the CPU and slowed every figure)'
  );
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}
