/**
 * The upload API on the local runtime (`/v1/` of its HTTP front), with a real HTTP client: every
 * route and every status code of issue 12 §3, through to the ingest and the feeds.
 */

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocumentClient, localDynamoDbClient } from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { DynamoPublisherArticles } from '../../shared/adapters/dynamo/publisher-articles.ts';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import {
  addPublisher,
  createKey,
  type RegistryAdmin,
  revokeKey,
  setPublisherStatus,
} from '../../shared/publishers/admin.ts';
import { testRuntimeOptions } from '../support/local-runtime.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFile(join(root, 'test/fixtures', name));
const DEMO_URL = 'https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html';
const MAX_PAGE_BYTES = 200_000;

let dataDir: string;
let runtime: LocalRuntime;
let admin: RegistryAdmin;
let demoKey: string;
let destroy: () => void;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'upload-api-'));
  runtime = await startLocalRuntime(
    testRuntimeOptions(dataDir, {
      registryCacheMs: 0,
      maxPageBytes: MAX_PAGE_BYTES,
    }),
  );
  const dynamo = localDynamoDbClient(runtime.urls.dynamoDb, runtime.region);
  destroy = () => dynamo.destroy();
  const registry = new DynamoPublisherRegistry(runtime.tableName, localDocumentClient(dynamo));
  const documents = localDocumentClient(dynamo);
  admin = {
    registry,
    keys: registry,
    articles: new DynamoPublisherArticles(runtime.tableName, documents),
  };
  if (runtime.demoApiKey === null) throw new Error('the runtime made no demo key');
  demoKey = runtime.demoApiKey;
});

afterAll(async () => {
  destroy?.();
  await runtime?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function call(
  method: string,
  path: string,
  options: {
    key?: string | null;
    body?: Buffer | string;
    type?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const key = options.key === undefined ? demoKey : options.key;
  return fetch(`${runtime.urls.feeds}${path}`, {
    method,
    headers: {
      ...(key === null ? {} : { Authorization: `Bearer ${key}` }),
      ...(options.type === undefined ? {} : { 'Content-Type': options.type }),
      ...options.headers,
    },
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === 'string' ? options.body : new Uint8Array(options.body) }),
  });
}

/** Sends the path exactly as written (fetch would resolve `..`). */
function rawCall(path: string, key = demoKey): Promise<{ status: number; type: string }> {
  const url = new URL(runtime.urls.feeds);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'GET',
        headers: { Authorization: `Bearer ${key}` },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            type: String(response.headers['content-type']),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function problem(
  response: Response,
  status: number,
): Promise<{ detail: string; type: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as {
    detail: string;
    type: string;
    status: number;
    title: string;
  };
  expect(body.status).toBe(status);
  expect(body.title).not.toBe('');
  expect(body.detail).not.toBe('');
  return body;
}

describe('PUT /v1/pages/{path}', () => {
  it('queues the page in the inbox and reports it ingested, with its article and feeds', async () => {
    const response = await call('PUT', '/v1/pages/thoi-su/xe-buyt.html', {
      body: await fixture('ingest/article.html'),
      type: 'text/html; charset=utf-8',
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      key: 'demo/thoi-su/xe-buyt.html',
      status: 'queued',
      statusUrl: '/v1/pages/thoi-su/xe-buyt.html',
    });
    await runtime.idle();
    const status = await call('GET', '/v1/pages/thoi-su/xe-buyt.html');
    expect(status.status).toBe(200);
    const page = (await status.json()) as Record<string, unknown>;
    expect(page).toMatchObject({
      key: 'demo/thoi-su/xe-buyt.html',
      status: 'ingested',
      reason: null,
      message: null,
      url: DEMO_URL,
      title: 'Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài',
    });
    expect(page.articleId).toMatch(/^[0-9a-f]{16}$/);
    expect(page.feeds).toContain(`${runtime.urls.feeds}/feeds/all.xml`);
    expect(page.feeds).toContain(`${runtime.urls.feeds}/feeds/demo.xml`);
    const feed = await (await fetch(`${runtime.urls.feeds}/feeds/demo.xml`)).text();
    expect(feed).toContain(DEMO_URL);
  });

  it('reports the same page uploaded again as unchanged', async () => {
    await call('PUT', '/v1/pages/thoi-su/xe-buyt.html', {
      body: await fixture('ingest/article.html'),
      type: 'text/html',
    });
    await runtime.idle();
    const page = await (await call('GET', '/v1/pages/thoi-su/xe-buyt.html')).json();
    expect(page).toMatchObject({ status: 'unchanged', url: DEMO_URL });
  });

  it('lets the publisher see a rejection and why, one page or the recent ones', async () => {
    await call('PUT', '/v1/pages/thoi-su/index.html', {
      body: await fixture('ingest/listing.html'),
      type: 'application/xhtml+xml',
    });
    await runtime.idle();
    const page = (await (await call('GET', '/v1/pages/thoi-su/index.html')).json()) as {
      status: string;
      reason: string;
      message: string;
    };
    expect(page.status).toBe('rejected');
    expect(page.reason).toMatch(/^(listing|too-short)$/);
    expect(page.message).not.toBe('');
    const listed = (await (await call('GET', '/v1/pages?status=rejected&limit=50')).json()) as {
      pages: { key: string; status: string; reason: string }[];
    };
    expect(listed.pages).toEqual([
      expect.objectContaining({
        key: 'demo/thoi-su/index.html',
        status: 'rejected',
        reason: page.reason,
        message: page.message,
      }),
    ]);
    const all = (await (await call('GET', '/v1/pages')).json()) as { pages: { key: string }[] };
    expect(all.pages.map((p) => p.key)).toEqual([
      'demo/thoi-su/index.html',
      'demo/thoi-su/xe-buyt.html',
    ]);
  });

  it('shows another publisher why the takeover page was rejected (foreign-url)', async () => {
    const key = (await createKey(admin, 'example-news')).apiKey;
    await call('PUT', '/v1/pages/takeover.html', {
      key,
      body: await fixture('ingest/article.html'),
      type: 'text/html',
    });
    await runtime.idle();
    const page = await (await call('GET', '/v1/pages/takeover.html', { key })).json();
    expect(page).toMatchObject({
      key: 'example-news/takeover.html',
      status: 'rejected',
      reason: 'foreign-url',
    });
    // demo's page is not example-news's to see.
    await problem(await call('GET', '/v1/pages/thoi-su/xe-buyt.html', { key }), 404);
  });

  it('answers 415 to a page that is not HTML', async () => {
    const body = await problem(
      await call('PUT', '/v1/pages/a.html', { body: 'plain', type: 'text/plain' }),
      415,
    );
    expect(body.detail).toContain('text/html');
  });

  it('answers 413 to a page over the size limit, storing nothing', async () => {
    const big = Buffer.alloc(MAX_PAGE_BYTES + 1, 'a');
    const body = await problem(
      await call('PUT', '/v1/pages/big.html', { body: big, type: 'text/html' }),
      413,
    );
    expect(body.detail).toContain(String(MAX_PAGE_BYTES));
    await problem(await call('GET', '/v1/pages/big.html'), 404);
  });

  it.each([
    ['an empty path', '/v1/pages/'],
    ['a ".." segment', '/v1/pages/a/../../example-news/x.html'],
    ['an encoded ".." segment', '/v1/pages/%2e%2e/x.html'],
    ['a control character', '/v1/pages/a%01b.html'],
    ['an encoded slash', '/v1/pages/a%2fb.html'],
    ['a path over 1,024 bytes', `/v1/pages/${'a'.repeat(1100)}.html`],
  ])('answers 400 to %s', async (_what, path) => {
    const response = await rawCall(path);
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/^application\/problem\+json/);
  });
});

describe('authentication and limits', () => {
  it('answers 401 without a key, with an unknown key and with a malformed one', async () => {
    await problem(await call('GET', '/v1/pages', { key: null }), 401);
    const unknown = demoKey.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await problem(await call('GET', '/v1/pages', { key: unknown }), 401);
    await problem(await call('GET', '/v1/pages', { key: 'not-a-key' }), 401);
  });

  it('refuses a revoked key at once', async () => {
    const key = await createKey(admin, 'demo');
    expect((await call('GET', '/v1/pages', { key: key.apiKey })).status).toBe(200);
    await revokeKey(admin, 'demo', key.keyId);
    const body = await problem(await call('GET', '/v1/pages', { key: key.apiKey }), 401);
    expect(body.detail).toContain('revoked');
  });

  it('answers 403 to a suspended publisher, and serves it again once resumed', async () => {
    const { key } = await addPublisher(admin, {
      id: 'paused-news',
      name: 'Paused News',
      homePage: 'https://paused.example.com/',
      domains: ['paused.example.com'],
    });
    await setPublisherStatus(admin, 'paused-news', 'suspended');
    await problem(await call('GET', '/v1/pages', { key: key.apiKey }), 403);
    await setPublisherStatus(admin, 'paused-news', 'active');
    expect((await call('GET', '/v1/pages', { key: key.apiKey })).status).toBe(200);
  });

  it('answers 429 with Retry-After once a key is over its publisher’s rate', async () => {
    const { key } = await addPublisher(admin, {
      id: 'slow-news',
      name: 'Slow News',
      homePage: 'https://slow.example.com/',
      domains: ['slow.example.com'],
      rateLimit: { perSecond: 0.001, burst: 2 },
    });
    expect((await call('GET', '/v1/pages', { key: key.apiKey })).status).toBe(200);
    expect((await call('GET', '/v1/pages', { key: key.apiKey })).status).toBe(200);
    const limited = await call('GET', '/v1/pages', { key: key.apiKey });
    await problem(limited, 429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 400 to a bad listing query', async () => {
    await problem(await call('GET', '/v1/pages?status=lost'), 400);
    await problem(await call('GET', '/v1/pages?limit=0'), 400);
  });
});

describe('DELETE /v1/pages/{path}', () => {
  it('deletes the page, withdrawing its article from the feeds', async () => {
    const response = await call('DELETE', '/v1/pages/thoi-su/xe-buyt.html');
    expect(response.status).toBe(202);
    await runtime.idle();
    const page = await (await call('GET', '/v1/pages/thoi-su/xe-buyt.html')).json();
    expect(page).toMatchObject({ status: 'deleted', url: DEMO_URL, feeds: [] });
    const feed = await (await fetch(`${runtime.urls.feeds}/feeds/demo.xml`)).text();
    expect(feed).not.toContain(DEMO_URL);
  });

  it('answers 404 to an unknown page', async () => {
    await problem(await call('DELETE', '/v1/pages/never-sent.html'), 404);
    await problem(await call('GET', '/v1/pages/never-sent.html'), 404);
  });
});

describe('a publisher suspended with --withdraw', () => {
  it('reports its pages withdrawn once it is resumed, until they are uploaded again', async () => {
    const { key } = await addPublisher(admin, {
      id: 'paused-daily',
      name: 'Paused Daily',
      homePage: 'https://demo.example.vn/',
      domains: ['demo.example.vn'],
    });
    const page = { key: key.apiKey, body: await fixture('ingest/article.html'), type: 'text/html' };
    expect((await call('PUT', '/v1/pages/a.html', page)).status).toBe(202);
    await runtime.idle();
    const feedUrl = `${runtime.urls.feeds}/feeds/paused-daily.xml`;
    expect(await (await fetch(feedUrl)).text()).toContain(DEMO_URL);

    const { withdrawn } = await setPublisherStatus(admin, 'paused-daily', 'suspended', {
      withdraw: true,
    });
    expect(withdrawn).toBe(1);
    await runtime.idle();
    await problem(await call('GET', '/v1/pages/a.html', { key: key.apiKey }), 403);
    await setPublisherStatus(admin, 'paused-daily', 'active');
    const report = await (await call('GET', '/v1/pages/a.html', { key: key.apiKey })).json();
    expect(report).toMatchObject({ status: 'withdrawn', url: DEMO_URL, feeds: [] });
    expect(await (await fetch(feedUrl)).text()).not.toContain(DEMO_URL);

    expect((await call('PUT', '/v1/pages/a.html', page)).status).toBe(202);
    await runtime.idle();
    const back = await (await call('GET', '/v1/pages/a.html', { key: key.apiKey })).json();
    expect(back).toMatchObject({ status: 'ingested', url: DEMO_URL });
    expect(await (await fetch(feedUrl)).text()).toContain(DEMO_URL);
  });
});

describe('the start-up banner', () => {
  it('prints a curl example with a working key of demo', async () => {
    const { banner } = await import('../../cli/commands/start.ts');
    const text = banner(runtime);
    const shown = /Authorization: Bearer (\S+)'/.exec(text)?.[1];
    expect(shown).toBe(demoKey);
    expect(text).toContain(`${runtime.urls.api}/pages/page.html`);
    expect((await call('GET', '/v1/pages', { key: shown ?? null })).status).toBe(200);
  });
});

// Last: the pages listed by the tests above do not include this one.
describe('PUT /v1/pages/{path} with a charset', () => {
  it('reads the page in the charset its Content-Type names when the page names none', async () => {
    const title = 'Москва открыла новую линию метро';
    const paragraph = `<p>${'Новая линия соединила северные и южные районы города. '.repeat(4)}</p>`;
    const html = `<html><head><title>${title}</title><link rel="canonical" href="https://demo.example.vn/the-gioi/metro.html"></head><body><article><h1>${title}</h1>${paragraph.repeat(3)}</article></body></html>`;
    const response = await call('PUT', '/v1/pages/the-gioi/metro.html', {
      body: iconv.encode(html, 'windows-1251'),
      type: 'text/html; charset=windows-1251',
    });
    expect(response.status).toBe(202);
    await runtime.idle();
    const page = await (await call('GET', '/v1/pages/the-gioi/metro.html')).json();
    expect(page).toMatchObject({ status: 'ingested', title });
  });
});
