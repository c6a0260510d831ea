/**
 * Benchmark stages run in their own Node process, so each one's peak memory (max RSS) is its own
 * and one stage's garbage does not slow the next. A stage script calls {@link stageMain}; the
 * `npm run bench` driver calls {@link runStage} and reads back the JSON it wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What every stage reports besides its own figures. */
export interface StageOutput<T> {
  readonly stage: string;
  readonly figures: T;
  /** Peak resident memory of the stage's Node process, in bytes. */
  readonly peakRssBytes: number;
  readonly seconds: number;
}

const RESULT_FILE = 'BENCH_STAGE_RESULT_FILE';

/**
 * Runs a stage's body in this process and hands its figures to the driver (or prints them
 * when the stage script is run by hand).
 *
 * @param stage - the stage's name
 * @param body - measures and returns the figures (JSON-serializable)
 */
export async function stageMain<T>(stage: string, body: () => Promise<T>): Promise<void> {
  const started = performance.now();
  const figures = await body();
  const output: StageOutput<T> = {
    stage,
    figures,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    seconds: (performance.now() - started) / 1000,
  };
  const file = process.env[RESULT_FILE];
  const json = JSON.stringify(output, null, 2);
  if (file) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, json);
  } else {
    process.stdout.write(`${json}\n`);
  }
}

const STAGES_DIR = fileURLToPath(new URL('../stages/', import.meta.url));

/**
 * Runs a stage script in a fresh Node process (through tsx), its progress lines going to this
 * process's stderr.
 *
 * @param name - file name under `bench/stages/` without `.ts`
 * @param args - arguments for the script
 * @returns the stage's output
 * @throws Error when the stage exits non-zero or writes no result
 */
export async function runStage<T>(
  name: string,
  args: readonly string[] = [],
): Promise<StageOutput<T>> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-stage-'));
  const file = join(dir, 'result.json');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(STAGES_DIR, `${name}.ts`), ...args],
        {
          stdio: ['ignore', 'inherit', 'inherit'],
          env: {
            ...process.env,
            [RESULT_FILE]: file,
            // s3rver needs the legacy provider for paginated listings.
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --openssl-legacy-provider`.trim(),
          },
        },
      );
      child.once('error', reject);
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) throw new Error(`Benchmark stage ${name} failed (exit code ${code})`);
    return JSON.parse(await readFile(file, 'utf8')) as StageOutput<T>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
