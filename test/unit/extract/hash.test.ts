import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleId, contentHash } from '../../../shared/extract/hash.ts';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('articleId and contentHash', () => {
  it('scope the id by publisher', () => {
    const url = 'https://báo.example.vn/tin/a.html';
    expect(articleId(url, 'demo')).toBe(sha256(`demo\n${url}`).slice(0, 16));
    expect(articleId(url)).toBe(sha256(url).slice(0, 16));
    expect(articleId(url, 'demo')).not.toBe(articleId(url, 'other'));
  });

  it('give the SHA-256 of the UTF-8 text for any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(articleId(text)).toBe(sha256(text).slice(0, 16));
        expect(contentHash({ text })).toBe(sha256(JSON.stringify({ text })));
      }),
      { numRuns: 1000 },
    );
  });
});
