/**
 * `npm run stress -- [--runs N] [--keep]`: is the suite deterministic on a busy machine?
 * Clones the repository's committed HEAD into a temporary folder, runs `npm ci` there, keeps one
 * core busy with a background loop, runs `npm test` N times in a row (10 by default), and prints
 * how many passed. Each run's output is kept in `run-<i>.log` of the clone (kept with --keep or
 * when a run fails). Exits 1 unless every run passed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, keep: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--runs must be a positive integer, got ${JSON.stringify(values.runs)}\n`);
  process.exit(2);
}

/** Runs a command to the end, its output into `log` (or inherited), and answers its exit code. */
function run(command: string, args: readonly string[], cwd: string, log?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: log === undefined ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    if (log !== undefined) {
      const out = createWriteStream(log);
      child.stdout?.pipe(out);
      child.stderr?.pipe(out);
    }
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
}

const clone = await mkdtemp(join(tmpdir(), 'suite-stress-'));
let load: ChildProcess | undefined;
let passed = 0;
try {
  process.stdout.write(`clean clone of HEAD in ${clone}\n`);
  if ((await run('git', ['clone', '--quiet', ROOT, clone], ROOT)) !== 0)
    throw new Error('git clone failed');
  if ((await run('npm', ['ci', '--no-audit', '--no-fund'], clone)) !== 0)
    throw new Error('npm ci failed');
  // One core kept busy for the whole campaign, as another engineer's build would.
  load = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  for (let i = 1; i <= runs; i += 1) {
    const started = Date.now();
    const code = await run('npm', ['test'], clone, join(clone, `run-${i}.log`));
    if (code === 0) passed += 1;
    const seconds = Math.round((Date.now() - started) / 1000);
    process.stdout.write(
      `run ${i}/${runs}: ${code === 0 ? 'passed' : `FAILED (exit ${code}, see run-${i}.log)`} in ${seconds} s\n`,
    );
  }
} finally {
  load?.kill('SIGKILL');
  if (values.keep || passed < runs) process.stdout.write(`logs kept in ${clone}\n`);
  else await rm(clone, { recursive: true, force: true });
}
process.stdout.write(`npm test passed ${passed} of ${runs} runs with one core busy\n`);
process.exitCode = passed === runs ? 0 : 1;
