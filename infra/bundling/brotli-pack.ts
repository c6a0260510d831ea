/**
 * Data the Lambda bundles carry packed and unpack when they need it (franc-min's language models,
 * the `entities` decoding trie, the SDK clients' endpoint rules): Brotli at its highest quality. Brotli packs these 13% (the
 * models' JSON: 8.3 KB) and 8% (the trie's words: 1.8 KB) smaller than deflate at level 9 did;
 * Node's zlib unpacks them in 0.6 and 0.2 ms of CPU (deflate's 0.3 and 0.1 ms).
 *
 * Written as Z85 ({@link brotliZ85}, ZeroMQ's RFC 32 base-85: five characters for four bytes,
 * where base64 writes four for three, so 6% less text: 3 KB of the ingest bundle for the models,
 * 1.4 KB for the trie). Its JavaScript decoding takes 2–3 ms for the models on a cold instance,
 * paid on the first page that needs them; the trie, needed when the module loads, was written as
 * base64 (decoded natively) until 2026-12-07, when the bundle's last kilobytes went to extraction
 * rules: its 20 KB decode at load measured within the noise of a fresh import (9–17 ms either way).
 * The modules that unpack Z85 text share one `unpack` ({@link unpackImport}).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { cachedBundlingInput } from './bundling-cache.ts';

/** Brotli at its highest quality and window. */
function brotli(bytes: Uint8Array): Buffer {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Z85's characters, each standing for its index (RFC 32). */
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/**
 * The bytes packed for a bundle, as `LENGTH:Z85TEXT` (the packed length, then the packed bytes,
 * zeros added up to a multiple of four, in Z85). The bundle reads them back with the `unpack`
 * function of {@link UNPACK_SOURCE} ({@link unpackImport}).
 *
 * @param bytes - what the bundle needs at run time
 * @returns text to write into a single-quoted string literal of the bundle's source
 */
export function brotliZ85(bytes: Uint8Array): string {
  const packed = brotli(bytes);
  const padded = Buffer.alloc(Math.ceil(packed.length / 4) * 4);
  packed.copy(padded);
  const chars: string[] = [];
  for (let at = 0; at < padded.length; at += 4) {
    let value = padded.readUInt32BE(at);
    const group = new Array<string>(5);
    for (let i = 4; i >= 0; i--) {
      group[i] = Z85[value % 85] as string;
      value = Math.floor(value / 85);
    }
    chars.push(group.join(''));
  }
  return `${packed.length}:${chars.join('')}`;
}

/**
 * ESM source of the module that exports `unpack(text)`: the text {@link brotliZ85} wrote, back to
 * the bytes it packed (a `Buffer`).
 */
export const UNPACK_SOURCE = `import { brotliDecompressSync } from 'node:zlib';
export const unpack = (text) => {
  const colon = text.indexOf(':');
  const length = Number(text.slice(0, colon));
  const bytes = new Uint8Array(Math.ceil(length / 4) * 4);
  const digits = new Uint8Array(128);
  for (let i = 0; i < 85; i++) digits['${Z85}'.charCodeAt(i)] = i;
  for (let from = colon + 1, to = 0; to < bytes.length; from += 5, to += 4) {
    const value =
      (((digits[text.charCodeAt(from)] * 85 + digits[text.charCodeAt(from + 1)]) * 85 +
        digits[text.charCodeAt(from + 2)]) * 85 + digits[text.charCodeAt(from + 3)]) * 85 +
      digits[text.charCodeAt(from + 4)];
    bytes[to] = value / 16777216;
    bytes[to + 1] = value >>> 16;
    bytes[to + 2] = value >>> 8;
    bytes[to + 3] = value;
  }
  return brotliDecompressSync(bytes.subarray(0, length));
};
`;

/**
 * The line a generated module starts with to import `unpack` ({@link UNPACK_SOURCE}): from one
 * module in the bundling cache (written once per content), so that a bundle with several packed
 * modules (franc-min's models, the SDK clients' endpoint rules, entities' trie) carries one copy of the function,
 * not one each (535 bytes each in the ingest bundle).
 *
 * @returns an ESM import statement, with its line end
 */
export function unpackImport(): string {
  const hash = createHash('sha256').update(UNPACK_SOURCE).digest('hex').slice(0, 12);
  const file = cachedBundlingInput(`brotli-unpack-${hash}.mjs`, (partial) =>
    writeFileSync(partial, UNPACK_SOURCE),
  );
  return `import { unpack } from ${JSON.stringify(file)};\n`;
}
