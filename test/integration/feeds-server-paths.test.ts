/**
 * The feeds server's paths against a real S3 server holding the inbox next to the feeds: nothing
 * outside the feeds prefix is ever served, and a malformed or oversized path answers a 4xx, never
 * a 5xx — the cases of issue 12 §4, then fuzzed.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  S3RVER_CREDENTIALS,
  type S3Server,
  startS3Server,
} from '../../local/emulators/s3-server.ts';
import { type FeedsServer, startFeedsServer } from '../../local/server/feeds-server.ts';
import { createS3Client } from '../../shared/adapters/aws-clients.ts';

const RAW_PAGE = '<html><script>alert("raw page")</script><p>SECRET-RAW-PAGE</p></html>';
const FEEDS: Readonly<Record<string, { body: string; type: string }>> = {
  'feeds/all.xml': {
    body: '<?xml version="1.0"?><rss version="2.0"><channel><title>all</title></channel></rss>',
    type: 'application/rss+xml; charset=utf-8',
  },
  'feeds/demo.xml': {
    body: '<?xml version="1.0"?><rss version="2.0"><channel><title>demo</title></channel></rss>',
    type: 'application/rss+xml; charset=utf-8',
  },
  'feeds/demo/thoi-su.json': {
    body: '{"version":"https://jsonfeed.org/version/1.1","title":"Thời sự"}',
    type: 'application/feed+json',
  },
  'feeds/index.opml': {
    body: '<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="x"/></body></opml>',
    type: 'text/x-opml; charset=utf-8',
  },
};

let s3: S3Server;
let client: S3Client;
let server: FeedsServer;

beforeAll(async () => {
  s3 = await startS3Server({ buckets: ['inbox', 'feeds'] });
  client = createS3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
  const put = (Bucket: string, Key: string, Body: string, ContentType: string) =>
    client.send(new PutObjectCommand({ Bucket, Key, Body, ContentType }));
  await put('inbox', 'demo/page.html', RAW_PAGE, 'text/html');
  // Not a feed, though under the feeds bucket: never served either.
  await put('feeds', 'private.html', RAW_PAGE, 'text/html');
  await put('feeds', 'feeds/notes.html', RAW_PAGE, 'text/html');
  // Outlines files other than the feed directory are not served.
  await put('feeds', 'feeds/demo/index.opml', RAW_PAGE, 'text/x-opml');
  await put('feeds', 'feeds/other.opml', RAW_PAGE, 'text/x-opml');
  for (const [key, { body, type }] of Object.entries(FEEDS)) await put('feeds', key, body, type);
  server = await startFeedsServer({ s3: client, bucket: 'feeds' });
});

afterAll(async () => {
  await server?.stop();
  client?.destroy();
  await s3?.stop();
});

/** A GET with the path sent exactly as written (fetch would normalize `..`). */
async function get(path: string): Promise<{ status: number; type: string; body: string }> {
  const { request } = await import('node:http');
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the feeds server', () => {
  it('serves the feed files', async () => {
    for (const [key, { body }] of Object.entries(FEEDS)) {
      const response = await get(`/${key}`);
      expect(response.status).toBe(200);
      expect(response.body).toBe(body);
    }
  });

  it.each([
    '/feeds/..%2f..%2finbox%2fdemo%2fpage.html',
    '/feeds/..%2F..%2Finbox%2Fdemo%2Fpage.html',
    '/feeds/x%2f..%2fdemo.xml',
    '/feeds/%2e%2e/%2e%2e/inbox/demo/page.html',
    '/feeds/..%5c..%5cinbox%5cdemo%5cpage.html',
    '/feeds/demo%5cthoi-su.json',
    '/feeds/./demo.xml',
    '/feeds//demo.xml',
    '/private.html',
    '/feeds/notes.html',
    '/feeds/demo/index.opml',
    '/feeds/other.opml',
    '/inbox/demo/page.html',
    '/../inbox/demo/page.html',
  ])('answers 404 to %s, serving nothing outside the feeds', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('SECRET-RAW-PAGE');
  });

  it.each([
    ['a NUL byte', '/feeds/demo.xml%00', 400],
    ['a NUL byte in the middle', '/feeds/%00/../demo.xml', 400],
    ['malformed percent-encoding', '/feeds/%zz.xml', 400],
    ['a 10,000-character path', `/feeds/${'a'.repeat(10_000)}.xml`, 414],
    ['a 3,000-segment path', `/feeds${'/a'.repeat(3_000)}.xml`, 414],
  ])('answers a 4xx to %s', async (_what, path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
  });

  it('answers every fuzzed path with a feed file, a 4xx or the directory page', async () => {
    const pieces = [
      'feeds',
      'demo',
      'all.xml',
      'demo.xml',
      'thoi-su.json',
      'inbox',
      'page.html',
      'private.html',
      '..',
      '.',
      '',
      '%2e%2e',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      '%00',
      '%',
      '%zz',
      '%c3%28',
      'ạ',
      '%E1%BA%A1',
      '?x=1',
      '#frag',
      ';',
      '~',
    ];
    const path = fc
      .array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 8 })
      .map((parts) => `/${parts.join('/')}`)
      .map((p) => p.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)));
    const bodies = new Set(Object.values(FEEDS).map((feed) => feed.body));
    await fc.assert(
      fc.asyncProperty(path, async (p) => {
        const response = await get(p);
        const isFeed = response.status === 200 && bodies.has(response.body);
        const isDirectory = response.status === 200 && response.type.startsWith('text/html');
        const isClientError = response.status >= 400 && response.status < 500;
        expect(isFeed || isDirectory || isClientError, `${p} → ${response.status}`).toBe(true);
        expect(response.body).not.toContain('SECRET-RAW-PAGE');
      }),
      { numRuns: 300 },
    );
  });
});
