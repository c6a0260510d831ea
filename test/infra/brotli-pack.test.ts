import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliZ85, UNPACK_SOURCE } from '../../infra/bundling/brotli-pack.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'brotli-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bundle's `unpack`, loaded from the module generated modules import it from. */
async function loadUnpack(): Promise<(text: string) => Buffer> {
  const file = path.join(dir, 'unpack.mjs');
  writeFileSync(file, UNPACK_SOURCE);
  return ((await import(file)) as { unpack: (text: string) => Buffer }).unpack;
}

describe('packed data for the Lambda bundles (Brotli written as Z85)', () => {
  it('unpacks to the bytes packed, whatever they are and however many', async () => {
    const unpack = await loadUnpack();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(unpack(brotliZ85(bytes)).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes text a single-quoted string literal holds as it is, shorter than base64', () => {
    const bytes = Buffer.from(JSON.stringify({ text: 'trigrams '.repeat(500), n: [1, 2, 3] }));
    const packed = brotliZ85(bytes);
    expect(packed).toMatch(/^\d+:[0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]*$/);
    expect(packed).not.toMatch(/['"`\\]/);
    const [length = '0', text = ''] = packed.split(/:(.*)/s);
    expect(text.length).toBe(Math.ceil(Number(length) / 4) * 5);
  });
});
