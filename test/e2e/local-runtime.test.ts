/**
 * The local runtime end to end: `startLocalRuntime` on free ports with a temporary data folder,
 * pages uploaded through S3 (and the watched folder), feeds read over HTTP like a feed reader,
 * `syndicate status` run as a separate process, and nothing left running afterwards.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localS3Client } from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { runCli } from '../support/cli.ts';
import { opmlOutlines, parseAtom, rssParser, validateJsonFeed } from '../support/feed-parsers.ts';
import { testRuntimeOptions, uploadPage } from '../support/local-runtime.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFile(join(root, 'test/fixtures', name));
const TITLE = 'Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài';
const URL_OF_ARTICLE = 'https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html';

let dataDir: string;
let runtime: LocalRuntime;
let s3: S3Client;
const logLines: string[] = [];
/**
 * The feeds' public address, the same across the restart below, as a deployment's is (the
 * runtime's free ports are not: under another address the reconcile at start rewrites every
 * feed's links, which test/integration/local-runtime-feeds-rebuild.test.ts covers).
 */
const PUBLIC_BASE_URL = 'http://feeds.e2e.example';

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'local-runtime-'));
  runtime = await startLocalRuntime(
    testRuntimeOptions(
      dataDir,
      {
        inboxDir: join(dataDir, 'inbox'),
        publicBaseUrl: PUBLIC_BASE_URL,
        log: (line) => logLines.push(line),
      },
      // Its own DynamoDB Local, as `npm start` runs it: this file checks that process and its data.
      'own',
    ),
  );
  s3 = localS3Client(runtime.urls.s3, runtime.region);
});

afterAll(async () => {
  s3?.destroy();
  await runtime?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function put(key: string, body: Buffer): Promise<void> {
  return uploadPage(s3, runtime.inboxBucket, key, body);
}

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${runtime.urls.feeds}${path}`, { headers });
}

async function rssItems(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  return (await rssParser.parseString(await response.text())).items;
}

async function jsonFeed(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  const feed = await response.json();
  expect(validateJsonFeed(feed), JSON.stringify(validateJsonFeed.errors)).toBe(true);
  return feed as {
    items: { id: string; url: string; title: string; content_html: string; image?: string }[];
  };
}

describe('the local runtime', () => {
  it('serves the aggregate feed and every configured publisher feed, empty, before any upload', async () => {
    // The start-up banner lists these URLs: a reader subscribing at once gets a feed, not a 404.
    for (const path of ['all', ...samplePublishersById.keys()]) {
      expect(await rssItems(`/feeds/${path}.xml`)).toEqual([]);
      expect((await jsonFeed(`/feeds/${path}.json`)).items).toEqual([]);
      expect(parseAtom(await (await get(`/feeds/${path}.atom`)).text()).entries ?? []).toEqual([]);
    }
  });

  it('publishes a page uploaded through S3 in the RSS, Atom and JSON feeds', async () => {
    await put('demo/e2e/xe buýt+điện.html', await fixture('ingest/article.html'));
    // Every feed the page belongs to is written by then, not only the first one seen.
    await runtime.idle();
    const items = (await rssItems('/feeds/all.xml')).filter((i) => i.link === URL_OF_ARTICLE);
    expect(items.map((i) => i.title)).toEqual([TITLE]);
    const feed = await jsonFeed('/feeds/all.json');
    expect(feed.items.filter((i) => i.url === URL_OF_ARTICLE).map((i) => i.title)).toEqual([TITLE]);
    // The page shows no picture; its og:image is the item's image.
    expect(feed.items.find((i) => i.url === URL_OF_ARTICLE)?.image).toBe(
      'https://demo.example.vn/anh/2026/11/xe-buyt-dien.jpg',
    );
    const perPublisher = await rssItems('/feeds/demo.xml');
    expect(perPublisher.map((i) => i.link)).toContain(URL_OF_ARTICLE);
    const atom = await get('/feeds/all.atom', { Origin: 'https://reader.example' });
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(atom.headers.get('access-control-allow-origin')).toBe('*');
    const entries = parseAtom(await atom.text()).entries ?? [];
    const links = entries.map((entry) => entry.links?.find((l) => l.rel === 'alternate')?.href);
    expect(
      entries.filter((_, i) => links[i] === URL_OF_ARTICLE).map((e) => e.title?.value),
    ).toEqual([TITLE]);
  });

  it('answers a conditional GET of an unchanged feed with 304', async () => {
    const first = await get('/feeds/all.xml');
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/feeds/all.xml', { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    const since = await get('/feeds/all.json', {
      'If-Modified-Since': new Date(Date.now() + 1000).toUTCString(),
    });
    expect(since.status).toBe(304);
  });

  it('changes nothing when the same page is uploaded again', async () => {
    await runtime.idle();
    const before = await get('/feeds/all.xml');
    const beforeBody = await before.text();
    await put('demo/e2e/xe buýt+điện.html', await fixture('ingest/article.html'));
    await runtime.idle();
    const after = await get('/feeds/all.xml');
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    expect(after.headers.get('last-modified')).toBe(before.headers.get('last-modified'));
    expect(await after.text()).toBe(beforeBody);
  });

  it('updates the item, under the same id, when the page changes', async () => {
    const before = (await jsonFeed('/feeds/all.json')).items.find((i) => i.url === URL_OF_ARTICLE);
    await put('demo/e2e/xe buýt+điện.html', await fixture('ingest/article-updated.html'));
    await runtime.idle();
    const updated = (await jsonFeed('/feeds/all.json')).items.find((i) => i.url === URL_OF_ARTICLE);
    expect(updated?.content_html).not.toBe(before?.content_html);
    expect(updated?.id).toBe(before?.id);
    const items = await rssItems('/feeds/all.xml');
    expect(items.filter((i) => i.link === URL_OF_ARTICLE)).toHaveLength(1);
  });

  it('removes the item from the feeds when the page is deleted', async () => {
    await s3.send(
      new DeleteObjectCommand({ Bucket: runtime.inboxBucket, Key: 'demo/e2e/xe buýt+điện.html' }),
    );
    await runtime.idle();
    expect((await rssItems('/feeds/all.xml')).map((i) => i.link)).not.toContain(URL_OF_ARTICLE);
    const feed = await jsonFeed('/feeds/demo.json');
    expect(feed.items.map((i) => i.url)).not.toContain(URL_OF_ARTICLE);
  });

  it('uploads a page dropped into the watched inbox folder', async () => {
    const folder = join(runtime.inboxDir ?? '', 'demo', 'portal');
    await mkdir(folder, { recursive: true });
    // The watcher sees the file some time after it is written: wait for its upload, then idle.
    const uploaded = runtime.events.next(
      'folder',
      (event) => event.kind === 'uploaded' && event.key === 'demo/portal/toa-dam.html',
    );
    await copyFile(
      join(root, 'test/fixtures/vi-police-portal-article.html'),
      join(folder, 'toa-dam.html'),
    );
    await uploaded;
    await runtime.idle();
    expect((await rssItems('/feeds/demo.xml')).map((i) => i.title)).toContain(
      'Tọa đàm phòng, chống bạo lực gia đình trong Công an tỉnh',
    );
    expect(logLines.some((line) => line.includes('s3://inbox/demo/portal/toa-dam.html'))).toBe(
      true,
    );
  });

  it('shows a rejected page with its reason in `syndicate status`', async () => {
    await put('demo/e2e/listing.html', await fixture('ingest/listing.html'));
    await runtime.idle();
    const port = new URL(runtime.urls.dynamoDb).port;
    const { code, stdout } = await runCli([
      'status',
      '--dynamodb-port',
      port,
      '--data-dir',
      dataDir,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Recent rejections \(1, newest first\)/);
    expect(stdout).toContain('demo/e2e/listing.html');
    // The key, then its reason code and the extractor's message.
    expect(stdout).toMatch(/demo\/e2e\/listing\.html\n\s+[a-z-]+: \S/);
    expect(stdout).toMatch(/^\s+demo\s+1\s/m);
  });

  it('lists the feeds, articles and rejections on the root page', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('/feeds/all.xml');
    expect(html).toContain('Tọa đàm phòng, chống bạo lực gia đình trong Công an tỉnh');
    expect(html).toContain('Demo — Tin tức › Hoạt động Công an tỉnh');
    expect(html).toContain('demo/e2e/listing.html');
  });

  it('serves the feed directory, every published feed by name, for a reader to import', async () => {
    const response = await get('/feeds/index.opml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    const outlines = opmlOutlines(await response.text());
    const feeds = outlines.flatMap((outline) => [outline, ...(outline.outlines ?? [])]);
    const listed = feeds.filter((outline) => outline.type === 'rss');
    expect(listed.map((outline) => outline.xmlUrl)).toContain(`${PUBLIC_BASE_URL}/feeds/all.xml`);
    expect(listed.map((outline) => outline.title)).toContain(
      'Demo — Tin tức — Hoạt động Công an tỉnh',
    );
    // Every feed it lists is served.
    for (const outline of listed) {
      const path = new URL(outline.xmlUrl ?? '').pathname;
      expect((await get(path)).status, path).toBe(200);
    }
  });

  let lastFeed: { etag: string | null; lastModified: string | null; body: string } | undefined;

  it('leaves no process and no open port behind when stopped', async () => {
    const before = await get('/feeds/all.xml');
    lastFeed = {
      etag: before.headers.get('etag'),
      lastModified: before.headers.get('last-modified'),
      body: await before.text(),
    };
    const { urls, dynamoDbPid } = runtime;
    if (dynamoDbPid === undefined) throw new Error('This runtime was to start its DynamoDB Local');
    await runtime.stop();
    expect(() => process.kill(-dynamoDbPid, 0)).toThrow(/ESRCH/);
    await expect(fetch(`${urls.feeds}/`)).rejects.toThrow();
    await expect(fetch(urls.s3)).rejects.toThrow();
    await expect(fetch(urls.dynamoDb, { method: 'POST' })).rejects.toThrow();
    const { stdout } = await run('ps', ['-eo', 'args']);
    expect(stdout).not.toContain(`-port ${new URL(urls.dynamoDb).port} `);
  });

  it('serves the same articles and feeds after a restart on the same data folder', async () => {
    runtime = await startLocalRuntime(
      testRuntimeOptions(dataDir, { publicBaseUrl: PUBLIC_BASE_URL }, 'own'),
    );
    s3.destroy();
    s3 = localS3Client(runtime.urls.s3, runtime.region);
    await runtime.idle();
    const state = await runtime.state();
    expect(state.rejections.map((r) => r.key)).toEqual(['demo/e2e/listing.html']);
    expect(state.articles.map((a) => a.title)).toEqual([
      'Tọa đàm phòng, chống bạo lực gia đình trong Công an tỉnh',
    ]);
    // Nothing to catch up on, and the stream resumed after its checkpoint instead of replaying.
    expect(runtime.stats().queue.sent).toBe(0);
    expect(runtime.stats().stream.records).toBe(0);
    const after = await get('/feeds/all.xml');
    expect(after.headers.get('last-modified')).toBe(lastFeed?.lastModified);
    expect(after.headers.get('etag')).toBe(lastFeed?.etag);
    await after.arrayBuffer();
    // The restarted runtime ingests and publishes like the first.
    await put('demo/e2e/after-restart.html', await fixture('ingest/article.html'));
    await runtime.idle();
    expect((await rssItems('/feeds/all.xml')).map((i) => i.link)).toContain(URL_OF_ARTICLE);
  });
});
