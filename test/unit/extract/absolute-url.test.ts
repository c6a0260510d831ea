import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteHttp } from '../../../shared/extract/metadata.ts';

const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|_ga|mc_cid|mc_eid)$/i;

/** The function as first written: the fragment cleared and the parameters read on every URL. */
function reference(value: string | null | undefined, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) {
      if (TRACKING.test(key)) url.searchParams.delete(key);
    }
    return url.href;
  } catch {
    return null;
  }
}

describe('absoluteHttp', () => {
  it('gives what clearing the fragment and reading every parameter gives', () => {
    const start = fc.constantFrom(
      'https://example.vn',
      'HTTP://Ex.com:80',
      '/',
      '',
      ' ',
      'mailto:a@b.c',
    );
    const path = fc.constantFrom('', '/a', '/tin/b.html', '/a b', '/%7E', '/ ', '/#');
    const query = fc.constantFrom(
      '',
      '?',
      '?x=1',
      '?utm_source=a',
      '?a=1&UTM_medium=b&b',
      '?fbclid=',
      '??',
    );
    const fragment = fc.constantFrom('', '#', '#top', '##', '#a b');
    const base = fc.constantFrom(
      undefined,
      'https://example.vn/dir/page.html',
      'https://x.org/?q#f',
    );
    fc.assert(
      fc.property(start, path, query, fragment, base, (s, p, q, f, b) => {
        const value = `${s}${p}${q}${f}`;
        expect(absoluteHttp(value, b)).toBe(reference(value, b));
      }),
      { numRuns: 5000 },
    );
  });
});
