/**
 * `npm run stress -- [--runs N] [--keep]`: is the suite deterministic on a busy machine? The
 * stress campaign clones this repository's committed HEAD into a temporary folder, runs `npm ci` there once, then `npm test` several times in a row while a
 * background process keeps one core busy, and prints each run's result and duration, the tests
 * that failed, any process a run left behind (killed before the next run), and how many runs
 * passed. A flaky test shows up here long before it blocks a landing. The clone and the logs of
 * the runs (`npm-test-<n>.log`) are kept when a run failed or with `--keep`.
 *
 * ```sh
 * npm run stress                       # DEFAULT_RUNS runs
 * npm run stress -- --runs 3 --keep    # 3 runs, keep the clone and its logs
 * ```
 *
 * The busy process runs behind the watchdog of `process-group.ts`: it is stopped when the
 * campaign ends, and killed with it if the campaign itself is killed. A campaign stopped by
 * SIGINT, SIGTERM or SIGHUP kills the run in progress and all it started, removes the clone
 * (unless `--keep`), and exits with 128 + the signal's number. Uncommitted changes are not
 * part of the clone. Linux only (leftover processes are found through `/proc`).
 *
 * Exit code: 0 when every run passed, 1 when one failed, 2 for bad options or a failed set-up.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { constants, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnGuarded } from '../../local/emulators/process-group.ts';
import { killProcessesOf, processesOf } from './support/clone-processes.ts';
import { failuresOf, type StressRun, stressSummary } from './support/stress-report.ts';

/** How many times `npm test` runs when `--runs` is not given. */
const DEFAULT_RUNS = 10;

const USAGE = `Usage: npm run stress -- [--runs N] [--keep]

  --runs N   how many times to run npm test (default ${DEFAULT_RUNS})
  --keep     keep the temporary clone and the run logs (default: kept only when a run failed)
`;

interface Options {
  readonly runs: number;
  readonly keep: boolean;
}

function options(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: String(DEFAULT_RUNS) },
      keep: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer (got ${values.runs})`);
  return { runs, keep: values.keep };
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** A command running in the clone, its output going to a log file. */
interface Running {
  /** Resolves with the exit code when the command itself has exited. */
  readonly exited: Promise<number | null>;
  /** Resolves when its output is closed and written: a leftover child may hold it open. */
  readonly closed: Promise<void>;
}

function start(command: string, args: string[], cwd: string, log: string): Running {
  const out = createWriteStream(log);
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const exited = new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => done(code));
  });
  const closed = new Promise<void>((done) => {
    child.on('close', () => out.end(done));
  });
  return { exited, closed };
}

/** Signals that stop the campaign, with the run in progress and all it started. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Stops what the clone's commands left running (the run in progress, its servers), then removes
 * the clone unless it is kept. Synchronous on purpose: the campaign's loop must not get to start
 * another run in between. The busy process ends with this one (`spawnGuarded`).
 */
function stopCampaign(clone: string, keep: boolean): void {
  const stopped = killProcessesOf(clone);
  if (stopped.length > 0)
    process.stdout.write(`Stopped ${stopped.length} process(es) of the run\n`);
  // SIGKILL is delivered at once, but a process is gone only once it is reaped (this process's
  // own children become zombies, which list no folder, until then).
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let tries = 0; processesOf(clone).length > 0 && tries < 100; tries++) {
    Atomics.wait(pause, 0, 0, 50);
  }
  if (keep) process.stdout.write(`Clone and run logs kept in ${clone}\n`);
  else rmSync(clone, { recursive: true, force: true });
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = options(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const root = resolve(git(process.cwd(), 'rev-parse', '--show-toplevel'));
  const commit = git(root, 'rev-parse', '--short', 'HEAD');
  const clone = mkdtempSync(join(tmpdir(), 'suite-stress-'));
  const busy = spawnGuarded(process.execPath, ['-e', 'for (;;) {}']);
  const runs: StressRun[] = [];
  const loadBefore = load();
  let keep = opts.keep;
  // The run in progress; 0 while cloning and installing.
  let current = 0;
  for (const signal of STOP_SIGNALS) {
    process.once(signal, () => {
      const during = current === 0 ? 'the set-up' : `run ${current}`;
      process.stdout.write(`${signal}: the campaign was stopped during ${during}\n`);
      stopCampaign(clone, keep);
      process.exit(128 + constants.signals[signal]);
    });
  }
  try {
    process.stdout.write(`Cloning ${commit} into ${clone}\n`);
    git(clone, 'clone', '--quiet', root, '.');
    git(clone, 'checkout', '--quiet', '--detach', git(root, 'rev-parse', 'HEAD'));
    process.stdout.write('npm ci…\n');
    const ci = start('npm', ['ci'], clone, join(clone, 'npm-ci.log'));
    const ciCode = await ci.exited;
    await ci.closed;
    if (ciCode !== 0) {
      process.stderr.write(`npm ci failed: see ${join(clone, 'npm-ci.log')} (kept)\n`);
      keep = true;
      return 2;
    }
    for (let n = 1; n <= opts.runs; n++) {
      current = n;
      const log = join(clone, `npm-test-${n}.log`);
      const started = Date.now();
      const test = start('npm', ['test'], clone, log);
      const exitCode = await test.exited;
      const durationMs = Date.now() - started;
      // Processes the run left behind are found and killed before the next run starts.
      const leftovers = killProcessesOf(clone);
      await test.closed;
      const output = readFileSync(log, 'utf8');
      const result: StressRun = {
        run: n,
        passed: exitCode === 0,
        exitCode,
        durationMs,
        failures: exitCode === 0 ? [] : failuresOf(output),
        leftovers,
      };
      runs.push(result);
      if (!result.passed) keep = true;
      const failed = result.failures.length > 0 ? `: ${result.failures.join('; ')}` : '';
      process.stdout.write(
        `run ${n}/${opts.runs}: ${result.passed ? 'passed' : 'FAILED'} in ${(durationMs / 1000).toFixed(1)} s (load ${load()})${failed}\n`,
      );
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    keep = true;
    return 2;
  } finally {
    await busy.stop();
    if (keep) process.stdout.write(`Clone and run logs kept in ${clone}\n`);
    else rmSync(clone, { recursive: true, force: true });
  }
  const report = stressSummary(runs, { commit, loadBefore, loadAfter: load() });
  process.stdout.write(`\n${report.join('\n')}\n`);
  return runs.every((r) => r.passed) ? 0 : 1;
}

process.exitCode = await main();
