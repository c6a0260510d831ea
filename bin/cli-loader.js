// Loads the `syndicate` CLI as compiled JavaScript, so a command starts in a fraction of the time
// tsx's loader takes. The compiled modules are built by esbuild from cli/syndicate.ts (with
// everything it imports from the project and the packages `extract` needs) into
// node_modules/.cache/syndicate-cli/, and rebuilt whenever one of their sources changes, so the
// CLI always runs the code of the working tree. `npm ci` builds them once (the `prepare`
// script); without esbuild (a production-only install), if the build fails, or with
// SYNDICATE_TSX=1 in the environment, the CLI runs the TypeScript through tsx instead.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = join(ROOT, 'cli', 'syndicate.ts');
/** Where the compiled CLI is kept: one folder per build, and the manifest of the current one. */
export const CLI_CACHE = join(ROOT, 'node_modules', '.cache', 'syndicate-cli');
const CACHE = CLI_CACHE;
/**
 * The compiled CLI's entry module in a build. Every module of a build is written as `.mjs`: Node
 * loads it as a module straight away, where a `.js` file outside any package.json with a "type"
 * is parsed first to tell which kind it is (about 10 ms of the CLI's start).
 */
export const CLI_ENTRY = 'syndicate.mjs';
const MANIFEST = join(CACHE, 'manifest.json');
/** Files that change how the build is made, besides its own sources. */
const BUILD_INPUTS = [fileURLToPath(import.meta.url), join(ROOT, 'tsconfig.json')];
/** Builds older than this that are no longer current are removed (one may still be running). */
const STALE_BUILD_MS = 60 * 60 * 1000;

/**
 * @typedef {{ readonly dir: string, readonly root: string, readonly files: Record<string, [number, number]> }} Manifest
 * `files`: every source of the build, relative to the root, with its size and mtime.
 */

/** @param {string} file @returns {[number, number] | null} size and mtime, or null if gone */
function fingerprint(file) {
  try {
    const s = statSync(file);
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** @returns {Manifest | null} the current build when every source is as it was built */
function currentBuild() {
  let manifest;
  try {
    manifest = /** @type {Manifest} */ (JSON.parse(readFileSync(MANIFEST, 'utf8')));
  } catch {
    return null;
  }
  if (manifest.root !== ROOT) return null;
  for (const [file, [size, mtime]] of Object.entries(manifest.files)) {
    const now = fingerprint(join(ROOT, file));
    if (now === null || now[0] !== size || now[1] !== mtime) return null;
  }
  return manifest;
}

/**
 * An esbuild plugin that gives each project module its own `import.meta.url` (its source
 * file's), so paths it resolves against itself — the project root, test/fixtures, createRequire —
 * mean what they mean when the TypeScript runs directly.
 *
 * @returns {import('esbuild').Plugin}
 */
function sourceUrls() {
  return {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/**
 * Packages bundled into the compiled CLI, with everything they import: the ones `syndicate
 * extract` loads. Loading them from node_modules took longer than the extraction (hundreds of
 * small CommonJS files to resolve); bundled, they are one file. The parser's packages that the
 * extractor also imports itself (htmlparser2, domhandler, entities) are here too: cheerio brings
 * them into the bundle, and left external they were loaded a second time from node_modules.
 * Every other package (the AWS SDK, s3rver, DynamoDB Local's launcher…) stays an import of
 * node_modules, loaded only by the commands that use it.
 */
const BUNDLED_PACKAGES = new Set([
  'cheerio',
  'sanitize-html',
  'franc-min',
  'htmlparser2',
  'domhandler',
  'entities',
]);

/** @param {string} specifier @returns {string} the package name of a bare import */
function packageName(specifier) {
  const [first = '', second = ''] = specifier.split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/**
 * An esbuild plugin that leaves packages to node_modules, except {@link BUNDLED_PACKAGES} and
 * what they import.
 *
 * @returns {import('esbuild').Plugin}
 */
function externalPackages() {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || args.importer.includes('/node_modules/')) {
          return undefined;
        }
        return BUNDLED_PACKAGES.has(packageName(args.path)) ? undefined : { external: true };
      });
    },
  };
}

/** Removes builds that are neither current nor recent. */
async function removeOldBuilds(keep) {
  const now = Date.now();
  for (const name of await readdir(CACHE).catch(() => [])) {
    const dir = join(CACHE, name);
    if (!name.startsWith('build-') || dir === keep) continue;
    const info = await stat(dir).catch(() => null);
    if (info !== null && now - info.mtimeMs > STALE_BUILD_MS) {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Builds the CLI into a new folder of the cache and makes it current. Concurrent builds are
 * safe: each writes its own folder, and the manifest is replaced atomically.
 *
 * @returns {Promise<Manifest>}
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const dir = join(CACHE, `build-${Date.now()}-${randomBytes(4).toString('hex')}`);
  const result = await build({
    entryPoints: { syndicate: ENTRY },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'],
    // The bundled CommonJS packages require Node's built-ins, which ESM output cannot on its own.
    banner: {
      js: "import { createRequire as __syndicateCreateRequire } from 'node:module';const require = __syndicateCreateRequire(import.meta.url);",
    },
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
    // An import() esbuild cannot follow would fail at run time: fail the build instead.
    logOverride: { 'unsupported-dynamic-import': 'error' },
    plugins: [sourceUrls(), externalPackages()],
  });
  /** @type {Record<string, [number, number]>} */
  const files = {};
  // A bundled package is watched through its package.json, which every install rewrites.
  const sources = Object.keys(result.metafile.inputs).map((input) => {
    const pkg = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    return pkg === undefined ? input : `${pkg}/package.json`;
  });
  for (const input of new Set([...sources, ...BUILD_INPUTS])) {
    const file = resolve(ROOT, input);
    const print = fingerprint(file);
    if (print !== null) files[relative(ROOT, file)] = print;
  }
  /** @type {Manifest} */
  const manifest = { dir: relative(CACHE, dir), root: ROOT, files };
  mkdirSync(dirname(MANIFEST), { recursive: true });
  const temporary = `${MANIFEST}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, MANIFEST);
  await removeOldBuilds(dir);
  return manifest;
}

/**
 * The CLI module (`cli/syndicate.ts`): compiled when possible, else through tsx.
 *
 * @returns {Promise<typeof import('../cli/syndicate.ts')>}
 */
export async function loadCli() {
  let manifest = process.env.SYNDICATE_TSX ? null : currentBuild();
  if (manifest === null && !process.env.SYNDICATE_TSX) {
    try {
      manifest = await buildCli();
    } catch (error) {
      if (process.env.SYNDICATE_DEBUG) {
        process.stderr.write(`syndicate: running through tsx (no compiled CLI: ${error})\n`);
      }
    }
  }
  if (manifest !== null) {
    if (process.env.SYNDICATE_DEBUG) process.setSourceMapsEnabled(true);
    return import(pathToFileURL(join(CACHE, manifest.dir, CLI_ENTRY)).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../cli/syndicate.ts');
}

// `node bin/cli-loader.js` (the `prepare` script) builds the CLI ahead of its first run. It never
// fails the install: without a build the CLI runs through tsx.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : error;
    process.stderr.write(`syndicate: the CLI will run through tsx (not compiled: ${reason})\n`);
  }
}
