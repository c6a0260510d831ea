/**
 * The processes that extract pages — every Lambda bundle and the `syndicate` launcher — have V8
 * compile regular expressions straight to machine code as they start
 * (shared/extract/regexp-compilation.js says why), unless the command line chose otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../infra/bundling/lambda-build-options.ts';
import { NATIVE_REGEXP_FLAG } from '../../shared/extract/regexp-compilation.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = path.join(ROOT, 'test', 'fixtures', 'bundles', 'throwing-entry.ts');
const LAUNCHER = path.join(ROOT, 'bin', 'syndicate.js');
const MARK = 'v8 flags set: ';
const RUNS_MARK = 'regular expressions run before: ';

/** Loaded before the process's own code: writes each V8 flag the process sets to stderr. */
const RECORDER = `
import v8 from 'node:v8';
import { syncBuiltinESMExports } from 'node:module';
// Regular expressions the process's own code ran before it set a flag (Node's internals hold
// their own copy of exec, so only code outside Node counts).
let runs = 0;
let flagged = false;
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (text) {
  if (!flagged) runs += 1;
  return exec.call(this, text);
};
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => {
  flagged = true;
  process.stderr.write(${JSON.stringify(MARK)} + flags + '\\n');
  process.stderr.write(${JSON.stringify(RUNS_MARK)} + runs + '\\n');
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

  // V8 flags are not meant to change once code has run (Node's v8.setFlagsFromString): a
  // pattern interpreted before the launcher turned tier-up off crashed the process later in its
  // machine code (SIGSEGV in 3 of 16 first runs after the compiled CLI was rebuilt, 2026-12-07).
  it("the launcher sets it before any regular expression runs, its loader's included", () => {
    const runs = spawnSync(
      process.execPath,
      ['--import', recorder, LAUNCHER, '--help'],
      // Through tsx, whose loader runs patterns as it transpiles, as esbuild's do when a first
      // run after a change rebuilds the compiled CLI.
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', SYNDICATE_TSX: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(runs.status, runs.stderr).toBe(0);
    const counted = runs.stderr.split('\n').find((line) => line.startsWith(RUNS_MARK));
    expect(counted).toBe(`${RUNS_MARK}0`);
  });
});
