/**
 * `entities` (the decoder of character references htmlparser2 and the extractor use), copied for
 * the Lambda bundles with its HTML decoding trie packed. The package writes the trie, 12,075
 * 16-bit words, as a base64 string that it decodes when it loads, with `atob` and a loop over the
 * characters: 32 KB of the ingest bundle, and a loop V8 ran hot enough to compile with its
 * optimizing compiler at every cold start. The copy's `generated/decode-data-html.js` holds the
 * same words packed with Brotli in one Z85 string (`brotli-pack.ts`; 20 KB, base64 took 21 KB), unpacked at load
 * by the bundles' shared `unpack` into the same `Uint16Array`. Nothing else of the package changes. `lambdaBuildOptions()` aliases `entities`
 * and each of its subpaths (`entities/decode`, `entities/escape`) to the copy.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { htmlDecodeTree } from 'entities/decode';
import { brotliZ85, unpackImport } from './brotli-pack.ts';
import { cachedBundlingInput } from './bundling-cache.ts';

/** The module of the trie, inside the package's ESM build. */
export const HTML_TRIE_FILE = 'dist/esm/generated/decode-data-html.js';

/** The installed package's folder (the one htmlparser2 and the extractor import). */
export function entitiesPackageDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports no `package.json`; its CommonJS build sits two folders below it.
  return path.resolve(path.dirname(require.resolve('entities')), '../..');
}

/**
 * The source of the module that stands in for the package's `generated/decode-data-html.js`: the
 * same `htmlDecodeTree` export, read from the packed words when the module loads.
 *
 * @param tree - the package's own trie
 * @returns ESM source
 */
export function packedTrieSource(tree: Uint16Array): string {
  const bytes = Buffer.alloc(tree.length * 2);
  for (const [index, word] of tree.entries()) bytes.writeUInt16LE(word, index * 2);
  return `${unpackImport()}// entities' HTML decoding trie, 16-bit words written little-endian and packed when the bundle was built.
const bytes = unpack('${brotliZ85(bytes)}');
if (new Uint8Array(Uint16Array.of(1).buffer)[0] === 0) bytes.swap16();
export const htmlDecodeTree = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
`;
}

/**
 * Writes the copy (once per content: its name carries the version and a hash) and returns the
 * bundles' `alias` of the package and its subpaths, each to the copy's ESM file.
 *
 * @returns import path → absolute file
 */
export function packedEntityTrie(): Record<string, string> {
  const from = entitiesPackageDir();
  const manifest = readFileSync(path.join(from, 'package.json'), 'utf8');
  const { version, exports } = JSON.parse(manifest) as {
    version: string;
    exports: Record<string, { import: { default: string } }>;
  };
  const trie = packedTrieSource(htmlDecodeTree);
  const hash = createHash('sha256').update(manifest).update(trie).digest('hex').slice(0, 12);
  const dir = cachedBundlingInput(`entities-${version}-${hash}`, (partial) => {
    cpSync(path.join(from, 'dist/esm'), path.join(partial, 'dist/esm'), { recursive: true });
    writeFileSync(path.join(partial, HTML_TRIE_FILE), trie);
    writeFileSync(path.join(partial, 'package.json'), manifest);
  });
  return Object.fromEntries(
    Object.entries(exports).map(([subpath, { import: esm }]) => [
      `entities${subpath.slice(1)}`,
      path.join(dir, esm.default),
    ]),
  );
}
