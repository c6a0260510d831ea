/**
 * What the fuzz campaign reports: a progress bar on stderr, every failing input saved with its
 * seed and run number (so it can be replayed), and the counts per fuzzer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzInput } from './extractor-fuzzers.ts';

/** How an input failed. */
export type FailureKind = 'crash' | 'hang' | 'invariant';

/** Counts of one fuzzer. */
export interface FuzzerTally {
  readonly fuzzer: string;
  runs: number;
  articles: number;
  rejections: number;
  crashes: number;
  hangs: number;
  invariantBreaks: number;
  /** Slowest extraction that finished, in milliseconds, and the run it was. */
  slowestMs: number;
  slowestRun: number;
  seconds: number;
}

/**
 * Creates an empty tally.
 *
 * @param fuzzer - the fuzzer's id
 * @returns zero counts
 */
export function newTally(fuzzer: string): FuzzerTally {
  return {
    fuzzer,
    runs: 0,
    articles: 0,
    rejections: 0,
    crashes: 0,
    hangs: 0,
    invariantBreaks: 0,
    slowestMs: 0,
    slowestRun: -1,
    seconds: 0,
  };
}

/** One failing input, as saved next to its bytes. */
export interface SavedFailure {
  readonly fuzzer: string;
  readonly seed: number;
  readonly run: number;
  readonly kind: FailureKind;
  readonly detail: string;
  readonly options: FuzzInput['options'];
  /** The command that runs this input again. */
  readonly replay: string;
  /** The input itself when it is text (JSON keeps lone surrogates that UTF-8 cannot). */
  readonly text?: string;
}

/**
 * Saves a failing input into `dir`: `<fuzzer>-seed<S>-run<K>.html` (its bytes, or its text as
 * UTF-8) and a `.json` beside it with the failure, the options and the replay command.
 *
 * @param dir - the folder, created when missing
 * @param failure - what failed, with the seed and run number that reproduce it
 * @param input - the input
 * @returns the path of the saved page
 */
export function saveFailure(
  dir: string,
  failure: Omit<SavedFailure, 'replay' | 'text' | 'options'>,
  input: FuzzInput,
): string {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${failure.fuzzer}-seed${failure.seed}-run${failure.run}`);
  const saved: SavedFailure = {
    ...failure,
    options: input.options,
    replay: `npm run fuzz -- --fuzzer ${failure.fuzzer} --seed ${failure.seed} --replay ${failure.run}`,
    ...(typeof input.html === 'string' ? { text: input.html } : {}),
  };
  writeFileSync(`${base}.html`, input.html);
  writeFileSync(`${base}.json`, `${JSON.stringify(saved, null, 2)}\n`);
  return `${base}.html`;
}

const number = new Intl.NumberFormat('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * A progress bar on a terminal; on a pipe or file (a background run), one line every
 * `lineEverySeconds` instead, so the log stays readable.
 */
export class ProgressBar {
  readonly #total: number;
  readonly #stream: NodeJS.WriteStream;
  readonly #started = performance.now();
  readonly #lineEveryMs: number;
  #lastDraw = 0;
  #done = 0;

  constructor(total: number, stream: NodeJS.WriteStream = process.stderr, lineEverySeconds = 30) {
    this.#total = total;
    this.#stream = stream;
    this.#lineEveryMs = lineEverySeconds * 1000;
  }

  /**
   * Counts one input and redraws when it is time.
   *
   * @param tallies - the counts so far, for the failure figures on the bar
   * @param current - the fuzzer running now
   */
  tick(tallies: readonly FuzzerTally[], current: string): void {
    this.#done += 1;
    const now = performance.now();
    const tty = this.#stream.isTTY === true;
    const last = this.#done === this.#total;
    if (!last && now - this.#lastDraw < (tty ? 200 : this.#lineEveryMs)) return;
    this.#lastDraw = now;
    this.#stream.write(
      `${tty ? '\r\x1b[K' : ''}${this.#line(tallies, current, now)}${tty && !last ? '' : '\n'}`,
    );
  }

  #line(tallies: readonly FuzzerTally[], current: string, now: number): string {
    const sum = (key: 'crashes' | 'hangs' | 'invariantBreaks') =>
      tallies.reduce((n, t) => n + t[key], 0);
    const fraction = this.#done / this.#total;
    const width = 24;
    const filled = Math.round(fraction * width);
    const elapsed = (now - this.#started) / 1000;
    const rate = this.#done / Math.max(elapsed, 0.001);
    return [
      `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`,
      `${number.format(this.#done)}/${number.format(this.#total)}`,
      `${(fraction * 100).toFixed(1)}%`,
      `${rate.toFixed(1)}/s`,
      `elapsed ${duration(elapsed)}`,
      `ETA ${duration((this.#total - this.#done) / rate)}`,
      `crashes ${sum('crashes')}`,
      `hangs ${sum('hangs')}`,
      `invariant breaks ${sum('invariantBreaks')}`,
      current,
    ].join(' · ');
  }
}

/**
 * The campaign's figures as a table.
 *
 * @param tallies - one per fuzzer
 * @returns lines of text
 */
export function summaryTable(tallies: readonly FuzzerTally[]): string {
  const header = [
    'fuzzer',
    'inputs',
    'articles',
    'rejections',
    'crashes',
    'hangs',
    'invariant breaks',
    'slowest ms',
    'inputs/s',
  ];
  const total = newTally('all');
  for (const t of tallies) {
    for (const key of [
      'runs',
      'articles',
      'rejections',
      'crashes',
      'hangs',
      'invariantBreaks',
      'seconds',
    ] as const) {
      total[key] += t[key];
    }
    total.slowestMs = Math.max(total.slowestMs, t.slowestMs);
  }
  const rows = [...tallies, total].map((t) => [
    t.fuzzer,
    number.format(t.runs),
    number.format(t.articles),
    number.format(t.rejections),
    String(t.crashes),
    String(t.hangs),
    String(t.invariantBreaks),
    t.slowestMs.toFixed(0),
    (t.runs / Math.max(t.seconds, 0.001)).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
