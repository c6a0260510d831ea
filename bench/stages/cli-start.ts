/**
 * Start-up of the command line: the wall time of `syndicate extract` on one page (a fresh
 * process, from spawn to exit, its output read), as users run it — the compiled CLI that
 * `bin/syndicate.js` loads — next to the same command run through tsx (`SYNDICATE_TSX=1`, how
 * the CLI ran before it was compiled), to the compiled command with V8's default tiering of
 * regular expressions (`node --regexp-tier-up`, which the launcher leaves in force: see
 * shared/extract/regexp-compilation.js) and to a Node process that does nothing (the floor). The
 * four alternate, so load on the machine falls on each alike.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../lib/measure.ts';
import { stageMain } from '../lib/stage.ts';

/** Wall times of one way to start. */
export interface CliStart {
  readonly name: string;
  readonly label: string;
  readonly msMedian: number;
  readonly msMin: number;
  readonly msMax: number;
  /** Median CPU milliseconds (user + system) of the process, or null where it cannot be read. */
  readonly cpuMsMedian: number | null;
  readonly runs: number;
  /** The command line is measured; the others are its peers. */
  readonly isProject: boolean;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = join(ROOT, 'test', 'fixtures', 'vi-police-portal-article.html');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 15);
const EXTRACT = [join(ROOT, 'bin', 'syndicate.js'), 'extract', PAGE, '--publisher', 'demo'];

const CONTENDERS = [
  { name: 'compiled', label: 'syndicate extract (compiled)', args: EXTRACT, env: {} },
  {
    name: 'tsx',
    label: 'syndicate extract through tsx',
    args: EXTRACT,
    env: { SYNDICATE_TSX: '1' },
  },
  {
    name: 'tier-up',
    label: "the same with V8's default regexp tier-up",
    args: ['--regexp-tier-up', ...EXTRACT],
    env: {},
  },
  { name: 'node', label: 'node -e 0', args: ['-e', '0'], env: {} },
] as const;

/**
 * CPU milliseconds used by this process's finished children (Linux `/proc`, in clock ticks of
 * 10 ms), or null elsewhere. The difference around one child is that child's CPU time.
 */
function childrenCpuMs(): number | null {
  try {
    // Fields after the command name (which may hold spaces): cutime and cstime are 14th and 15th.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

function run(
  args: readonly string[],
  env: Record<string, string>,
): { ms: number; cpuMs: number | null } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    // A signal or a spawn error leaves status null: say which (one run of 2026-12-07 failed so).
    const how = result.error?.message ?? `on ${result.signal ?? 'an unknown signal'}`;
    throw new Error(
      `${args.join(' ')} exited ${result.status ?? how}: ${result.stderr.slice(0, 500)}`,
    );
  }
  const cpuAfter = childrenCpuMs();
  return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

await stageMain('cli-start', async () => {
  // The first runs build the compiled CLI if its sources changed, so no measured run does.
  for (const c of CONTENDERS) run(c.args, c.env);
  const times = new Map(CONTENDERS.map((c) => [c.name, [] as ReturnType<typeof run>[]]));
  for (let round = 0; round < RUNS; round++) {
    for (const c of CONTENDERS) times.get(c.name)?.push(run(c.args, c.env));
  }
  return CONTENDERS.map((c): CliStart => {
    const own = times.get(c.name) ?? [];
    const ms = own.map((r) => r.ms);
    const cpu = own.map((r) => r.cpuMs);
    process.stderr.write(`cli start ${c.label}: ${median(ms).toFixed(0)} ms median\n`);
    return {
      name: c.name,
      label: c.label,
      msMedian: median(ms),
      msMin: Math.min(...ms),
      msMax: Math.max(...ms),
      cpuMsMedian: cpu.every((v) => v !== null) ? median(cpu as number[]) : null,
      runs: RUNS,
      isProject: c.name === 'compiled',
    };
  });
});
