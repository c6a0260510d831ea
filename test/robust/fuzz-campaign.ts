/**
 * The long fuzz campaign: runs the extractor fuzzers of the robustness suite
 * (`support/extractor-fuzzers.ts`) as many times as asked, outside the test suite, each page in
 * the hang-guarded worker of `extractor-sandbox.ts`. Every failing input — a crash, a hang or a
 * broken invariant — is saved to a folder with the seed and run number that replay it.
 *
 * ```sh
 * npm run fuzz -- --runs 100000 [--seed S] [--fuzzer id,id] [--out DIR]
 * npm run fuzz -- --fuzzer mutated-page --seed S --replay K      # one saved input again
 * nice -n 19 npm run fuzz -- --runs 100000 > fuzz.log 2>&1 &      # in the background
 * ```
 *
 * Exit code: 0 when no input failed, 1 when one did, 2 for bad options.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import {
  EXTRACTOR_FUZZERS,
  type ExtractorFuzzer,
  expectFuzzOutcome,
  type FuzzInput,
} from './support/extractor-fuzzers.ts';
import {
  DEFAULT_PAGE_LIMIT_MS,
  ExtractorSandbox,
  type Outcome,
} from './support/extractor-sandbox.ts';
import {
  type FailureKind,
  type FuzzerTally,
  newTally,
  ProgressBar,
  saveFailure,
  summaryTable,
} from './support/fuzz-report.ts';

const USAGE = `Usage: npm run fuzz -- [--runs N] [--seed S] [--fuzzer ID[,ID…]] [--out DIR] [--limit-ms MS]
       npm run fuzz -- --fuzzer ID --seed S --replay K

  --runs N       inputs in all, shared evenly by the fuzzers (default 1000)
  --seed S       the seed (an integer; default: a new one, printed)
  --fuzzer IDS   only these fuzzers (default: all): ${EXTRACTOR_FUZZERS.map((f) => f.id).join(', ')}
  --out DIR      where failing inputs and the summary are saved (default fuzz-failures/)
  --limit-ms MS  hang guard per page (default ${DEFAULT_PAGE_LIMIT_MS})
  --replay K     run input number K of the seed again and print its outcome
`;

class UsageError extends Error {
  override name = 'UsageError';
}

interface Options {
  readonly runs: number;
  readonly seed: number;
  readonly fuzzers: readonly ExtractorFuzzer[];
  readonly out: string;
  readonly limitMs: number;
  readonly replay: number | null;
}

function integer(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${flag} must be an integer, got "${value}"`);
  return Number(value);
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string' },
      seed: { type: 'string' },
      fuzzer: { type: 'string' },
      out: { type: 'string' },
      'limit-ms': { type: 'string' },
      replay: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const ids = values.fuzzer?.split(',').map((id) => id.trim()) ?? null;
  const fuzzers =
    ids === null ? EXTRACTOR_FUZZERS : EXTRACTOR_FUZZERS.filter((f) => ids.includes(f.id));
  const unknown = ids?.filter((id) => !EXTRACTOR_FUZZERS.some((f) => f.id === id)) ?? [];
  if (unknown.length > 0) throw new UsageError(`unknown fuzzer ${unknown.join(', ')}`);
  const replay = values.replay === undefined ? null : integer(values.replay, '--replay', 0);
  if (replay !== null && (values.seed === undefined || fuzzers.length !== 1)) {
    throw new UsageError('--replay needs the --seed and the one --fuzzer of the saved input');
  }
  const runs = integer(values.runs, '--runs', 1000);
  if (runs < 1) throw new UsageError(`--runs must be at least 1, got ${runs}`);
  return {
    runs,
    // fast-check seeds are 32-bit integers.
    seed: integer(values.seed, '--seed', (Date.now() ^ (Math.random() * 2 ** 32)) | 0),
    fuzzers,
    out: resolve(values.out ?? 'fuzz-failures'),
    limitMs: integer(values['limit-ms'], '--limit-ms', DEFAULT_PAGE_LIMIT_MS),
    replay,
  };
}

/** The failure an outcome shows, or null when it meets every requirement. */
function failureOf(
  outcome: Outcome,
  input: FuzzInput,
): { kind: FailureKind; detail: string } | null {
  if (outcome.kind === 'timeout') {
    return { kind: 'hang', detail: `no outcome within ${outcome.limitMs} ms` };
  }
  if (outcome.kind === 'worker-died') return { kind: 'crash', detail: outcome.message };
  if (outcome.kind === 'crash') {
    return { kind: 'crash', detail: `${outcome.name}: ${outcome.message}\n${outcome.stack}` };
  }
  try {
    expectFuzzOutcome(outcome, input);
    return null;
  } catch (error) {
    return { kind: 'invariant', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs one fuzzer `runs` times (or only run `replay`), counting and saving what fails. */
async function runFuzzer(
  fuzzer: ExtractorFuzzer,
  runs: number,
  options: Options,
  sandbox: ExtractorSandbox,
  tally: FuzzerTally,
  onInput: (input: FuzzInput, outcome: Outcome, run: number) => void,
): Promise<void> {
  const started = performance.now();
  let run = options.replay ?? 0;
  // The predicate never fails, so fast-check neither stops nor shrinks: run K of a seed is the
  // K-th generated input, which `path` replays.
  await fc.assert(
    fc.asyncProperty(fuzzer.input, async (input) => {
      const outcome = await sandbox.extract(input.html, input.options, options.limitMs);
      const failure = failureOf(outcome, input);
      tally.runs += 1;
      if (outcome.kind === 'article') tally.articles += 1;
      if (outcome.kind === 'rejected') tally.rejections += 1;
      if (
        (outcome.kind === 'article' || outcome.kind === 'rejected') &&
        outcome.ms > tally.slowestMs
      ) {
        tally.slowestMs = outcome.ms;
        tally.slowestRun = run;
      }
      if (failure !== null) {
        if (failure.kind === 'crash') tally.crashes += 1;
        if (failure.kind === 'hang') tally.hangs += 1;
        if (failure.kind === 'invariant') tally.invariantBreaks += 1;
        const file = saveFailure(
          options.out,
          { fuzzer: fuzzer.id, seed: options.seed, run, ...failure },
          input,
        );
        process.stderr.write(`\n${failure.kind} in ${fuzzer.id} run ${run}: saved ${file}\n`);
      }
      onInput(input, outcome, run);
      run += 1;
      return true;
    }),
    {
      seed: options.seed,
      numRuns: options.replay === null ? runs : 1,
      ...(options.replay === null ? {} : { path: String(options.replay) }),
    },
  );
  tally.seconds += (performance.now() - started) / 1000;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    process.stderr.write(`fuzz: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const sandbox = new ExtractorSandbox();
  const tallies = options.fuzzers.map((f) => newTally(f.id));
  const stop = async () => {
    process.stderr.write(`\ninterrupted\n${summaryTable(tallies)}\n`);
    await sandbox.close();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    if (options.replay !== null) {
      const [fuzzer] = options.fuzzers as [ExtractorFuzzer];
      const [tally] = tallies as [FuzzerTally];
      await runFuzzer(fuzzer, 1, options, sandbox, tally, (_input, outcome) => {
        process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
      });
      return tally.crashes + tally.hangs + tally.invariantBreaks === 0 ? 0 : 1;
    }
    const count = options.fuzzers.length;
    process.stderr.write(
      `fuzz: ${options.runs} inputs over ${count} fuzzers, seed ${options.seed}, failures to ${options.out}\n`,
    );
    const progress = new ProgressBar(options.runs);
    for (const [i, fuzzer] of options.fuzzers.entries()) {
      const runs = Math.floor(options.runs / count) + (i < options.runs % count ? 1 : 0);
      if (runs === 0) continue;
      await runFuzzer(fuzzer, runs, options, sandbox, tallies[i] as FuzzerTally, () =>
        progress.tick(tallies, fuzzer.id),
      );
    }
    const table = summaryTable(tallies);
    process.stdout.write(`seed ${options.seed}\n${table}\n`);
    const failures = tallies.reduce((n, t) => n + t.crashes + t.hangs + t.invariantBreaks, 0);
    mkdirSync(options.out, { recursive: true });
    writeFileSync(
      join(options.out, `summary-seed${options.seed}.json`),
      `${JSON.stringify({ seed: options.seed, runs: options.runs, tallies }, null, 2)}\n`,
    );
    return failures === 0 ? 0 : 1;
  } finally {
    await sandbox.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
