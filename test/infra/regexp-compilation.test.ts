/**
 * The processes that extract pages — every Lambda bundle and the `syndicate` launcher — have V8
 * compile regular expressions straight to machine code as they start
 * (shared/extract/regexp-compilation.ts says why), unless the command line chose otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../infra/bundling/lambda-build-options.ts';
import { NATIVE_REGEXP_FLAG } from '../../shared/extract/regexp-compilation.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = path.join(ROOT, 'test', 'fixtures', 'bundles', 'throwing-entry.ts');
const LAUNCHER = path.join(ROOT, 'bin', 'syndicate.js');
const MARK = 'v8 flags set: ';

/** Loaded before the process's own code: writes each V8 flag the process sets to stderr. */
const RECORDER = `
import v8 from 'node:v8';
import { syncBuiltinESMExports } from 'node:module';
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => {
  process.stderr.write(${JSON.stringify(MARK)} + flags + '\\n');
  set(flags);
};
syncBuiltinESMExports();
`;

let dir: string;
let recorder: string;

/**
 * Runs a fresh Node process with the recorder loaded first.
 *
 * @returns the V8 flags the process set, in order
 */
function flagsSet(nodeArgs: readonly string[], args: readonly string[], cwd: string): string[] {
  const run = spawnSync(process.execPath, [...nodeArgs, '--import', recorder, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stderr
    .split('\n')
    .filter((line) => line.startsWith(MARK))
    .map((line) => line.slice(MARK.length));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'regexp-compilation-'));
  recorder = path.join(dir, 'record-v8-flags.mjs');
  writeFileSync(recorder, RECORDER);
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('processes that extract pages', () => {
  it('a Lambda bundle has V8 compile regular expressions natively as it loads', async () => {
    const bundle = path.join(dir, 'function', 'index.mjs');
    await build({
      ...lambdaBuildOptions(),
      entryPoints: [ENTRY],
      outfile: bundle,
      logLevel: 'silent',
    });
    const probe = path.join(dir, 'load-bundle.mjs');
    writeFileSync(probe, `await import(${JSON.stringify(bundle)});\n`);
    expect(flagsSet([], [probe], dir)).toEqual([NATIVE_REGEXP_FLAG]);
  });

  it('the syndicate launcher does too, unless its command line chose the tiering', () => {
    expect(flagsSet([], [LAUNCHER, '--help'], ROOT)).toEqual([NATIVE_REGEXP_FLAG]);
    expect(flagsSet(['--regexp-tier-up'], [LAUNCHER, '--help'], ROOT)).toEqual([]);
  });
});
