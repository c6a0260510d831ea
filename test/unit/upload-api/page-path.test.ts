import { describe, expect, it } from 'vitest';
import { hasDotSegment, MAX_KEY_BYTES, pageKey } from '../../../shared/upload-api/page-path.ts';
import { ApiProblem } from '../../../shared/upload-api/problem.ts';

describe('pageKey', () => {
  it('makes the inbox key <publisher>/<decoded path>', () => {
    expect(pageKey('demo', '2026/tin%20m%E1%BB%9Bi.html')).toBe('demo/2026/tin mới.html');
  });

  it.each([
    ['an empty path', ''],
    ['a ".." segment', 'a/../b.html'],
    ['a "." segment', './b.html'],
    ['an empty segment', 'a//b.html'],
    ['an encoded slash', 'a%2Fb.html'],
    ['an encoded backslash', 'a%5cb.html'],
    ['a NUL', 'a%00.html'],
    ['bad percent-encoding', 'a%zz.html'],
    ['a key over the S3 limit', `${'é'.repeat(MAX_KEY_BYTES / 2)}.html`],
  ])('refuses %s with a 400 problem', (_what, path) => {
    expect(() => pageKey('demo', path)).toThrow(ApiProblem);
    try {
      pageKey('demo', path);
    } catch (error) {
      expect((error as ApiProblem).status).toBe(400);
    }
  });
});

describe('hasDotSegment', () => {
  it('finds plain and percent-encoded dot segments only', () => {
    expect(hasDotSegment('/v1/pages/a/../b')).toBe(true);
    expect(hasDotSegment('/v1/pages/%2E%2e/b')).toBe(true);
    expect(hasDotSegment('/v1/pages/./b')).toBe(true);
    expect(hasDotSegment('/v1/pages/a..b/.html')).toBe(false);
  });
});
