/**
 * Stands in for `franc-min` in the Lambda bundles (the `alias` of `lambdaBuildOptions`), loading the real one
 * on the first detection instead of when the bundle loads. franc-min turns its trigram tables
 * into dictionaries as its module initialises, and the ingest function detects a language only
 * for pages that declare none (`shared/extract/language.ts`): most invocations never need it,
 * and every cold start paid for it.
 *
 * Only esbuild runs this file: it bundles the `require` below as a module initialised on the
 * first call. Outside the bundles (tests, the CLI, `npm start`) the real `franc-min` is imported.
 */
import type * as Franc from 'franc-min';

let franc: typeof Franc | undefined;

/**
 * franc-min's `francAll`, loading franc-min on the first call.
 *
 * @param value - the text
 * @param options - franc's options
 * @returns the languages with their scores, best first
 */
export function francAll(value?: string, options?: Franc.Options): Franc.TrigramTuple[] {
  // A path, not the package name: the alias of `franc-min` points here.
  franc ??= require('../../node_modules/franc-min/index.js') as typeof Franc;
  return franc.francAll(value, options);
}
