/**
 * How the Lambda bundles are built, shared by `ProjectFunction` (the CDK asset) and the
 * cold-start benchmark (`bench/stages/cold-start.ts`), so the benchmark measures what deploys.
 */
import { fileURLToPath } from 'node:url';

/**
 * Lets an ESM bundle load the CommonJS dependencies it inlines (cheerio's and rss's helpers
 * call `require('stream')` and friends, which esbuild's ESM output cannot do on its own).
 */
export const CREATE_REQUIRE_BANNER =
  "import { createRequire as __syndicationCreateRequire } from 'node:module';" +
  'const require = __syndicationCreateRequire(import.meta.url);';

/** The Lambda runtime's Node.js, as esbuild names it. */
export const BUNDLE_TARGET = 'node22';

/** Prefer a package's ESM build (`module`), which esbuild can tree-shake. */
export const BUNDLE_MAIN_FIELDS: readonly string[] = ['module', 'main'];

/**
 * Packages replaced while bundling, by import name → absolute file:
 * - `htmlparser2`: its ESM build for every importer. cheerio imports it and sanitize-html
 *   `require`s it (the same version, pinned by an npm override); without the alias esbuild
 *   would bundle its CommonJS build a second time, with CommonJS copies of domhandler,
 *   domutils, dom-serializer and entities.
 * - `postcss`: a stub (`postcss-unused.ts` says why).
 * - `franc-min`: the same, loaded on its first detection instead of when the bundle loads
 *   (`franc-on-first-use.ts` says why).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  htmlparser2: fileURLToPath(import.meta.resolve('htmlparser2')),
  postcss: fileURLToPath(new URL('./postcss-unused.ts', import.meta.url)),
  'franc-min': fileURLToPath(new URL('./franc-on-first-use.ts', import.meta.url)),
};
