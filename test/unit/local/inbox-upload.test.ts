import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, inboxKey, isTemporaryFile } from '../../../local/inbox/upload.ts';

describe('inboxKey', () => {
  it('prefixes the publisher and uses / whatever the platform separator', () => {
    expect(inboxKey('demo', join('thoi-su', 'bai 1.html'))).toBe('demo/thoi-su/bai 1.html');
  });
});

describe('contentTypeFor', () => {
  it('stores HTML as text/html without claiming a charset, anything else as bytes', () => {
    expect(contentTypeFor('a/B.HTM')).toBe('text/html');
    expect(contentTypeFor('a/b.png')).toBe('application/octet-stream');
  });
});

describe('isTemporaryFile', () => {
  it('skips hidden, editor and partial-download files', () => {
    for (const name of [
      '.DS_Store',
      'page.html~',
      '.page.html.swp',
      'page.html.crdownload',
      '#page.html#',
    ]) {
      expect(isTemporaryFile(name), name).toBe(true);
    }
    expect(isTemporaryFile('tin-moi.html')).toBe(false);
  });
});
