/**
 * The Lambda bundles' stack traces name the TypeScript sources, through the bundle's source map
 * read on the first stack an instance formats — not while the bundle loads, as Node's
 * `--enable-source-maps` would (functions/support/source-mapped-stacks.ts, which every entry
 * imports first through `functions/support/lambda-start.ts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../infra/bundling/lambda-build-options.ts';

const ENTRY = fileURLToPath(new URL('../fixtures/bundles/throwing-entry.ts', import.meta.url));

/**
 * Imports the bundle in a fresh process, counting reads of its map, then formats the stacks of
 * two errors: what the process saw, in order.
 */
const PROBE = `
import { createRequire, syncBuiltinESMExports } from 'node:module';
const fs = createRequire(import.meta.url)('node:fs');
const reads = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = (file, ...rest) => {
  if (String(file).endsWith('.map')) reads.push(reads.length);
  return readFileSync(file, ...rest);
};
syncBuiltinESMExports();
const nodes = Error.prepareStackTrace;
const bundle = await import(process.argv[1]);
const readsAtLoad = reads.length;
const stacks = [];
for (const page of [' a ', ' b ']) {
  try { bundle.ingestBatch([page]); } catch (error) { stacks.push(error.stack); }
}
process.stdout.write(JSON.stringify({ mapped: Error.prepareStackTrace !== nodes, readsAtLoad, readsAfter: reads.length, stacks }));
`;

interface Probed {
  readonly mapped: boolean;
  readonly readsAtLoad: number;
  readonly readsAfter: number;
  readonly stacks: readonly string[];
}

let dir: string;

async function bundled(name: string, sourcemap: boolean): Promise<string> {
  const file = path.join(dir, name, 'index.mjs');
  await build({
    ...lambdaBuildOptions(),
    sourcemap,
    entryPoints: [ENTRY],
    outfile: file,
    logLevel: 'silent',
  });
  return file;
}

function probe(bundle: string): Probed {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, bundle], {
    // Outside the repository, and without Node's own source-map support.
    cwd: path.dirname(bundle),
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(output) as Probed;
}

let withMap: Probed;
let withoutMap: Probed;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'source-mapped-stacks-'));
  withMap = probe(await bundled('with-map', true));
  withoutMap = probe(await bundled('without-map', false));
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('stack traces of a bundled function', () => {
  it('name the TypeScript source, line and function of each frame, as the sources name it', () => {
    const [first] = withMap.stacks;
    const lines = (first ?? '').split('\n');
    expect(lines[0]).toBe('Error: page a could not be read');
    expect(lines[1]).toMatch(new RegExp(`^ {4}at readPageOrFail \\(${ENTRY}:7:\\d+\\)$`));
    expect(lines[2]).toMatch(new RegExp(`^ {4}at ingestPage \\(${ENTRY}:11:\\d+\\)$`));
    // An arrow function is named by its variable, before the function's start.
    expect(lines[3]).toMatch(new RegExp(`^ {4}at ingestBatch \\(${ENTRY}:14:\\d+\\)$`));
  });

  it('read the source map on the first stack formatted, not when the bundle loads, and once', () => {
    expect(withMap.mapped).toBe(true);
    expect(withMap.readsAtLoad).toBe(0);
    expect(withMap.readsAfter).toBe(1);
    expect(withMap.stacks[1]).toContain(`${ENTRY}:7:`);
  });

  it('stay as V8 writes them when the bundle has no map beside it', () => {
    expect(withoutMap.mapped).toBe(false);
    expect(withoutMap.readsAfter).toBe(0);
    expect(withoutMap.stacks[0]).toMatch(
      /^Error: page a could not be read\n {4}at \S+ \(file:.*index\.mjs:\d+:\d+\)/,
    );
    expect(withoutMap.stacks[0]).not.toContain('throwing-entry.ts');
  });
});
