/**
 * franc-min's language models (`franc-min/data.js`, 100 KB of trigram lists), packed for the
 * Lambda bundles: packed with Brotli (`brotli-pack.ts`) as one Z85 string that the bundle
 * unpacks on its first language detection (an instance's first page: every text long enough is
 * checked against the page's declared language, `language.ts`), not at module init; a bundle
 * carries 52 KB instead of 103 KB, and its module init parses the smaller text. `lambdaBuildOptions()`
 * aliases `franc-min/data.js` to the module written here; the extractor reads the models as it
 * always did (`data[script]`), unbundled from franc-min itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { data } from 'franc-min/data.js';
import { brotliZ85, unpackImport } from './brotli-pack.ts';
import { cachedBundlingInput } from './bundling-cache.ts';

/**
 * The source of the module that stands in for `franc-min/data.js`: the same `data` export, each
 * script's models read from the packed string once any is asked for.
 *
 * @param models - franc-min's `data`
 * @returns ESM source
 */
export function packedModelsSource(models: unknown): string {
  const packed = brotliZ85(Buffer.from(JSON.stringify(models)));
  return `${unpackImport()}// franc-min's models (data.js), packed when the bundle was built: unpacked on first use.
const PACKED = '${packed}';
let models;
const all = () => (models ??= JSON.parse(unpack(PACKED).toString('utf8')));
export const data = new Proxy({}, {
  get: (_, script) => all()[script],
  has: (_, script) => script in all(),
  ownKeys: () => Reflect.ownKeys(all()),
  getOwnPropertyDescriptor: (_, script) => Reflect.getOwnPropertyDescriptor(all(), script),
});
`;
}

let written: string | undefined;

/**
 * Writes the packed models' module (once per content: its name carries its hash) and returns its
 * path, for the bundles' `alias` of `franc-min/data.js`.
 *
 * @returns the module's absolute path
 */
export function packedLanguageModels(): string {
  if (written !== undefined && existsSync(written)) return written;
  const source = packedModelsSource(data);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  written = cachedBundlingInput(`franc-min-data-${hash}.mjs`, (partial) =>
    writeFileSync(partial, source),
  );
  return written;
}
