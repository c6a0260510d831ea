import { describe, expect, it } from 'vitest';
import {
  chooseEncoding,
  isCompressible,
  isNotModified,
} from '../../../local/server/http-caching.ts';

const stored = { etag: '"abc"', lastModified: new Date('2026-01-02T03:04:05.678Z') };

describe('isNotModified', () => {
  it('matches If-None-Match against the ETag, weakly, in a list', () => {
    expect(isNotModified({ ifNoneMatch: '"x", W/"abc"' }, stored)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"x"' }, stored)).toBe(false);
    expect(isNotModified({ ifNoneMatch: '*' }, stored)).toBe(true);
  });

  it('ignores If-Modified-Since when If-None-Match is present', () => {
    expect(
      isNotModified(
        { ifNoneMatch: '"x"', ifModifiedSince: 'Fri, 02 Jan 2099 00:00:00 GMT' },
        stored,
      ),
    ).toBe(false);
  });

  it('compares If-Modified-Since at one-second precision', () => {
    expect(isNotModified({ ifModifiedSince: 'Fri, 02 Jan 2026 03:04:05 GMT' }, stored)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Fri, 02 Jan 2026 03:04:04 GMT' }, stored)).toBe(false);
  });

  it('ignores an unparseable date', () => {
    expect(isNotModified({ ifModifiedSince: 'yesterday' }, stored)).toBe(false);
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli when both are equally acceptable', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
  });

  it('follows q-values', () => {
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeUndefined();
  });

  it('answers the identity coding without the header or for unknown codings', () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding('deflate')).toBeUndefined();
  });

  it('accepts the wildcard', () => {
    expect(chooseEncoding('*')).toBe('br');
  });
});

describe('isCompressible', () => {
  it('compresses feeds and HTML of 1000 bytes or more only', () => {
    expect(isCompressible('application/rss+xml; charset=utf-8', 5000)).toBe(true);
    expect(isCompressible('application/feed+json', 5000)).toBe(true);
    expect(isCompressible('text/html', 999)).toBe(false);
    expect(isCompressible('image/png', 5000)).toBe(false);
  });
});
