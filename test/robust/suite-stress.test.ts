import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killProcessesOf, processesOf } from './support/clone-processes.ts';
import { eventually } from './support/feed-monitor.ts';

const SCRIPT = fileURLToPath(new URL('./suite-stress.ts', import.meta.url));
/** tsx's loader by absolute URL: the campaign runs in a repository without node_modules. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * A repository whose `npm test` never ends: it writes `started` in its folder, then waits. No
 * dependencies, so the campaign's `npm ci` takes a second.
 */
async function neverEndingRepository(folder: string): Promise<void> {
  const name = 'never-ending-suite';
  await writeFile(
    join(folder, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', private: true, scripts: { test: 'node wait.cjs' } }),
  );
  await writeFile(
    join(folder, 'package-lock.json'),
    JSON.stringify({
      name,
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name, version: '1.0.0' } },
    }),
  );
  await writeFile(
    join(folder, 'wait.cjs'),
    "require('node:fs').writeFileSync('started', String(process.pid));\nsetInterval(() => {}, 60_000);\n",
  );
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: folder,
      stdio: 'ignore',
    });
  git('init', '--quiet');
  git('add', '.');
  git('commit', '--quiet', '-m', 'A suite that never ends');
}

describe('the stress campaign stopped with SIGTERM during a run', () => {
  let repository: string;
  let clone = '';
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  let output = '';

  beforeAll(async () => {
    repository = await mkdtemp(join(tmpdir(), 'stress-stopped-'));
    await neverEndingRepository(repository);
    const campaign = spawn(process.execPath, ['--import', TSX, SCRIPT, '--runs', '2'], {
      cwd: repository,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    campaign.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    campaign.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = once(campaign, 'exit');
    try {
      await eventually(async () => {
        clone = /Cloning \w+ into (\S+)/.exec(output)?.[1] ?? '';
        expect(clone !== '' && existsSync(join(clone, 'started')), output).toBe(true);
      }, 60_000);
    } finally {
      campaign.kill('SIGTERM');
    }
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    exit = { code, signal };
  }, 90_000);

  afterAll(async () => {
    if (clone !== '') {
      killProcessesOf(clone);
      await rm(clone, { recursive: true, force: true });
    }
    if (repository) await rm(repository, { recursive: true, force: true });
  });

  it('stops the run in progress and everything it started', () => {
    expect(processesOf(clone).map((p) => p.command)).toEqual([]);
  });

  it('exits with 143, saying it was stopped, and removes the clone', () => {
    expect(exit).toEqual({ code: 143, signal: null });
    expect(output).toContain('SIGTERM: the campaign was stopped during run 1');
    expect(existsSync(clone)).toBe(false);
  });
});
