import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_CACHE, CLI_ENTRY, type CliBuild, loadCli } from '../../../bin/cli-loader.js';
import { capturedIo, runCli } from '../../support/cli.ts';

const MANIFEST = join(CLI_CACHE, 'manifest.json');
const PAGE = 'test/fixtures/vi-police-portal-article.html';

/** The package a file path or bare import belongs to (`@scope/name` or `name`), or null. */
function packageOf(path: string): string | null {
  const [first = '', second = ''] = path.split('/');
  return first.startsWith('@') ? `${first}/${second}` : first === '' ? null : first;
}

/** Packages whose files a build's modules hold (from their source maps). */
function bundledPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const map of readdirSync(dir).filter((f) => f.endsWith('.mjs.map'))) {
    const { sources } = JSON.parse(readFileSync(join(dir, map), 'utf8')) as { sources: string[] };
    for (const source of sources) {
      const inside = /\/node_modules\/(.+)$/.exec(resolve(dirname(join(dir, map)), source))?.[1];
      const name = inside === undefined ? null : packageOf(inside);
      if (name !== null) found.add(name);
    }
  }
  return found;
}

/** Packages a build's modules import from node_modules at run time. */
function importedPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const module of readdirSync(dir).filter((f) => f.endsWith('.mjs'))) {
    const code = readFileSync(join(dir, module), 'utf8');
    for (const [, from, dynamic] of code.matchAll(
      /\bfrom\s*"([^".][^"]*)"|\bimport\("([^".][^"]*)"\)/g,
    )) {
      const name = packageOf(from ?? dynamic ?? '');
      if (name !== null && !name.startsWith('node:')) found.add(name);
    }
  }
  return found;
}

function readManifest(): CliBuild {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as CliBuild;
}

/** Runs `main` of a loaded CLI module with captured streams. */
async function runModule(
  cli: Awaited<ReturnType<typeof loadCli>>,
  args: readonly string[],
): Promise<{ code: number; stdout: string }> {
  const { io, out } = capturedIo();
  const code = await cli.main(args, io);
  return { code, stdout: out() };
}

describe('the compiled CLI (bin/cli-loader.js)', () => {
  // One build for the tests that read it (each esbuild run of the CLI takes 1–2 s of CPU); the
  // rebuild test makes its own second build.
  let build: CliBuild;
  beforeAll(async () => {
    build = await buildCli();
  });

  it('builds JavaScript that extracts a page exactly as the TypeScript does', async () => {
    const entry = join(CLI_CACHE, build.dir, CLI_ENTRY);
    expect(existsSync(entry)).toBe(true);
    expect(readManifest().dir).toBe(build.dir);
    // Every project source of the extract command is watched.
    expect(Object.keys(build.files)).toEqual(
      expect.arrayContaining([
        'cli/syndicate.ts',
        'cli/commands/extract.ts',
        'shared/extract/index.ts',
      ]),
    );
    const compiled = await runModule(await import(pathToFileURL(entry).href), [
      'extract',
      PAGE,
      '--publisher',
      'demo',
    ]);
    const source = await runCli(['extract', PAGE, '--publisher', 'demo']);
    expect(compiled.code).toBe(0);
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(source.stdout));
  });

  it('writes every module as .mjs, which Node loads as a module without probing its format', () => {
    const modules = readdirSync(join(CLI_CACHE, build.dir)).filter((f) => !f.endsWith('.map'));
    expect(modules).toContain(CLI_ENTRY);
    expect(modules.filter((f) => !f.endsWith('.mjs'))).toEqual([]);
  });

  it('holds one copy of each package: none it bundles is also imported from node_modules', () => {
    const dir = join(CLI_CACHE, build.dir);
    const bundled = bundledPackages(dir);
    expect(bundled).toContain('htmlparser2');
    expect([...importedPackages(dir)].filter((name) => bundled.has(name))).toEqual([]);
  });

  it('loads the current build while its sources are unchanged', async () => {
    const before = readManifest().dir;
    expect(before).toBe(build.dir);
    await loadCli();
    expect(readManifest().dir).toBe(before);
  });

  it('rebuilds before loading when a source no longer matches the build', async () => {
    const manifest = readManifest();
    const [file] = Object.keys(manifest.files) as [string];
    // As if the file had been edited since: its recorded size no longer matches.
    writeFileSync(
      MANIFEST,
      JSON.stringify({ ...manifest, files: { ...manifest.files, [file]: [-1, 0] } }),
    );
    const cli = await loadCli();
    const rebuilt = readManifest();
    expect(rebuilt.dir).not.toBe(manifest.dir);
    expect(rebuilt.files[file]).toEqual(manifest.files[file]);
    expect((await runModule(cli, ['--help'])).code).toBe(0);
  });
});
