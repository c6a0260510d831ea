/**
 * How the Lambda bundles are built: one source for `ProjectFunction` (the CDK asset), the
 * cold-start benchmark (`bench/stages/cold-start.ts`) and the bundle tests, so the benchmark and
 * the tests measure what deploys.
 */
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { nativeChecksums } from './native-checksums.ts';
import { packedEntityTrie } from './packed-entity-trie.ts';
import { packedLanguageModels } from './packed-language-models.ts';
import { treeShakableSdkClient } from './tree-shakable-sdk-client.ts';

/**
 * Lets an ESM bundle load the CommonJS dependencies it inlines (cheerio's and rss's helpers
 * call `require('stream')` and friends, which esbuild's ESM output cannot do on its own).
 */
export const CREATE_REQUIRE_BANNER =
  "import { createRequire as __syndicationCreateRequire } from 'node:module';" +
  'const require = __syndicationCreateRequire(import.meta.url);';

/** The esbuild settings of every Lambda bundle (see {@link lambdaBuildOptions}). */
export interface LambdaBuildOptions extends BuildOptions {
  readonly bundle: true;
  readonly platform: 'node';
  readonly format: 'esm';
  /** The Lambda runtime's Node.js, as esbuild names it. */
  readonly target: string;
  readonly mainFields: string[];
  /** Packages replaced while bundling, by import name → absolute file. */
  readonly alias: Record<string, string>;
  readonly minify: boolean;
  /** How text of other scripts is written: as UTF-8, or escaped (`\uXXXX`, six bytes a letter). */
  readonly charset: 'utf8' | 'ascii';
  /** Where comments marked to be kept go: nowhere (see {@link lambdaBuildOptions}). */
  readonly legalComments: 'none';
  readonly sourcemap: boolean;
  readonly sourcesContent: boolean;
  readonly banner: { js: string };
}

/**
 * The esbuild settings of every Lambda bundle: one ESM file for Node.js 22, minified, with a
 * source map (without the sources) and the AWS SDK inside (nothing is external), and:
 * - `mainFields`: a package's ESM build (`module`) first, which esbuild can tree-shake;
 * - `alias`: the SDK clients take their credentials from the environment, as Lambda provides
 *   them, without the rest of the default chain (`credentials-from-env.ts` says why); franc-min's
 *   models are packed with Brotli (`brotli-pack.ts`), unpacked on the first language detection
 *   (`packed-language-models.ts`: 48 KB less bundle); the S3 client is a copy whose operations
 *   esbuild can drop, the unused ones left out (`tree-shakable-sdk-client.ts`: 58 KB less), and
 *   the DynamoDB client the same copy (its whole manifest was bundled: 2.5 KB less), both
 *   copies' exception classes built by one function (11 KB less) and their endpoint rules packed
 *   with Brotli, unpacked on a client's first request (`packed-endpoint-rules.ts`: 15 KB less);
 *   the SDK's event-stream codec, which no operation the functions send uses, is left out
 *   (`no-event-streams.ts`: 20 KB less);
 *   the DynamoDB client's endpoint cache keeps its entries in a `Map` (`map-lru-cache.ts`: 6 KB
 *   less); `entities` is a copy whose HTML decoding trie is packed with Brotli and unpacked at
 *   load (`packed-entity-trie.ts`: 11 KB less, and no optimizing compile of its decoding loop at
 *   init); the SDK's checksum modules are copies without the pure-JS SHA-256, SHA-1, MD5 and
 *   CRC32 their Node.js classes fall back to when Node lacks the algorithm
 *   (`native-checksums.ts`: 7.4 KB less);
 * - `charset`: text of other scripts is written as UTF-8, not escaped six bytes a letter (the
 *   extractor's word lists and franc-min's models: 71 KB of the ingest bundle);
 * - `legalComments`: none at the bundle's end (esbuild keeps every `@preserve` comment there; in
 *   these dependencies they are coverage directives, `v8 ignore next -- @preserve`);
 * - `banner`: {@link CREATE_REQUIRE_BANNER}.
 *
 * Each entry file imports `functions/support/lambda-start.ts` first: the bundle maps its stack
 * traces through its source map when one is first read, where Node's `--enable-source-maps`
 * would read the map on every cold start, and V8 compiles its regular expressions straight to
 * machine code.
 *
 * `ProjectFunction` passes them to CDK's `NodejsFunction`; the benchmark and the tests pass them
 * to esbuild's `build()` with an entry point and an output file.
 *
 * @returns a fresh copy of the settings
 */
export function lambdaBuildOptions(): LambdaBuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    alias: {
      '@aws-sdk/credential-provider-node': fileURLToPath(
        new URL('./credentials-from-env.ts', import.meta.url),
      ),
      'franc-min/data.js': packedLanguageModels(),
      '@aws-sdk/client-s3': treeShakableSdkClient(),
      '@aws-sdk/client-dynamodb': treeShakableSdkClient('@aws-sdk/client-dynamodb'),
      '@smithy/core/event-streams': fileURLToPath(
        new URL('./no-event-streams.ts', import.meta.url),
      ),
      'mnemonist/lru-cache': fileURLToPath(new URL('./map-lru-cache.ts', import.meta.url)),
      ...packedEntityTrie(),
      ...nativeChecksums(),
    },
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    sourcemap: true,
    sourcesContent: false,
    banner: { js: CREATE_REQUIRE_BANNER },
  };
}
