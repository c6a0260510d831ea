import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DeleteObjectsCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  S3RVER_CREDENTIALS,
  type S3Server,
  startS3Server,
} from '../../local/emulators/s3-server.ts';
import type { ObjectEvent } from '../../local/event-sources/s3-events.ts';
import { type FeedsServer, startFeedsServer } from '../../local/server/feeds-server.ts';
import { createS3Client } from '../../shared/adapters/aws-clients.ts';

let s3: S3Server;
let client: S3Client;
let server: FeedsServer;
const events: ObjectEvent[] = [];
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>${'<item><title>Tin mới</title></item>'.repeat(50)}</channel></rss>`;

beforeAll(async () => {
  s3 = await startS3Server({ buckets: ['feeds'], onObjectEvent: (event) => events.push(event) });
  client = createS3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
  await client.send(
    new PutObjectCommand({
      Bucket: 'feeds',
      Key: 'feeds/all.xml',
      Body: rss,
      ContentType: 'application/rss+xml; charset=utf-8',
      CacheControl: 'public, max-age=60, stale-while-revalidate=300',
    }),
  );
  await client.send(
    new PutObjectCommand({
      Bucket: 'feeds',
      Key: 'feeds/all.atom',
      Body: '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"/>',
      ContentType: 'application/atom+xml; charset=utf-8',
    }),
  );
  await client.send(
    new PutObjectCommand({
      Bucket: 'feeds',
      Key: 'feeds/all.json',
      Body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin' }),
      ContentType: 'application/feed+json',
    }),
  );
  server = await startFeedsServer({
    s3: client,
    bucket: 'feeds',
    directory: async (baseUrl) => ({
      baseUrl,
      feeds: [{ key: 'feeds/all.xml' }, { key: 'feeds/all.atom' }, { key: 'feeds/all.json' }],
      articles: [{ title: '<script>alert(1)</script> & co', url: 'javascript:alert(1)' }],
      rejections: [{ key: 'demo/<b>.html', reason: 'not an article', at: '2026-01-01T00:00:00Z' }],
      deadLetters: [],
    }),
  });
});

afterAll(async () => {
  await server?.stop();
  client?.destroy();
  await s3?.stop();
});

describe('feeds server', () => {
  it('serves a feed with the object’s Content-Type, ETag, Last-Modified and Cache-Control', async () => {
    const response = await fetch(`${server.url}/feeds/all.xml`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(Date.parse(response.headers.get('last-modified') ?? '')).not.toBeNaN();
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    );
    expect(await response.text()).toBe(rss);
  });

  it('answers 304 to If-None-Match with the current ETag and 200 to a stale one', async () => {
    const first = await fetch(`${server.url}/feeds/all.xml`);
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const again = await fetch(`${server.url}/feeds/all.xml`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const stale = await fetch(`${server.url}/feeds/all.xml`, {
      headers: { 'If-None-Match': '"old"' },
    });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  it('answers 304 to If-Modified-Since at or after Last-Modified', async () => {
    const first = await fetch(`${server.url}/feeds/all.json`);
    const lastModified = first.headers.get('last-modified') ?? '';
    await first.arrayBuffer();
    const again = await fetch(`${server.url}/feeds/all.json`, {
      headers: { 'If-Modified-Since': lastModified },
    });
    expect(again.status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    const changed = await fetch(`${server.url}/feeds/all.json`, {
      headers: { 'If-Modified-Since': earlier },
    });
    expect(changed.status).toBe(200);
    await changed.arrayBuffer();
  });

  it('compresses with brotli or gzip as the client asks, under a weak ETag', async () => {
    const { request } = await import('node:http');
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request(
          `${server.url}/feeds/all.xml`,
          { headers: { 'Accept-Encoding': encoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        )
          .on('error', reject)
          .end();
      });
    const br = await get('gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(String(br.headers.etag)).toMatch(/^W\//);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(rss);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(rss);
  });

  it.each([
    ['RSS', 'all.xml', 'application/rss+xml; charset=utf-8'],
    ['Atom', 'all.atom', 'application/atom+xml; charset=utf-8'],
    ['JSON Feed', 'all.json', 'application/feed+json'],
  ])('allows any origin to read the %s feed, and answers its preflight', async (_, file, type) => {
    const response = await fetch(`${server.url}/feeds/${file}`, {
      headers: { Origin: 'https://reader.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(response.headers.get('content-type')).toBe(type);
    await response.arrayBuffer();
    const preflight = await fetch(`${server.url}/feeds/${file}`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://reader.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers 404 for a missing feed and 405 for a write', async () => {
    const missing = await fetch(`${server.url}/feeds/nope.xml`);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
    const post = await fetch(`${server.url}/feeds/all.xml`, { method: 'POST' });
    expect(post.status).toBe(405);
    await post.arrayBuffer();
  });

  it('lists the feeds on the root page with every value escaped and no javascript: link', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`href="${server.url}/feeds/all.xml"`);
    expect(html).toContain(`href="${server.url}/feeds/all.json"`);
    expect(html).toMatch(new RegExp(`href="${server.url}/feeds/all.atom">Atom</a>`));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('demo/&lt;b&gt;.html');
  });
});

describe('s3rver object events', () => {
  it('reports puts, single deletes and every key of a multi-object delete, with raw keys', async () => {
    events.length = 0;
    for (const key of ['demo/a b.html', 'demo/c+d.html', 'demo/tin mới.html']) {
      await client.send(new PutObjectCommand({ Bucket: 'feeds', Key: key, Body: '<p>x</p>' }));
    }
    await client.send(
      new DeleteObjectsCommand({
        Bucket: 'feeds',
        Delete: { Objects: [{ Key: 'demo/a b.html' }, { Key: 'demo/tin mới.html' }] },
      }),
    );
    expect(events.map((e) => `${e.eventName} ${e.key}`)).toEqual([
      'ObjectCreated:Put demo/a b.html',
      'ObjectCreated:Put demo/c+d.html',
      'ObjectCreated:Put demo/tin mới.html',
      'ObjectRemoved:Delete demo/a b.html',
      'ObjectRemoved:Delete demo/tin mới.html',
    ]);
  });
});
