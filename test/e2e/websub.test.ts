/**
 * WebSub end to end on the local runtime: a subscriber (a test HTTP server) discovers the hub,
 * subscribes and is verified, receives each changed feed with a valid signature after an
 * upload, stops receiving after unsubscribing or when its lease ends (an injected clock, no
 * sleeping), and a failing callback is retried with backoff, then dead-lettered. A second
 * runtime configured with an external hub only sends that hub publish pings.
 */
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localS3Client } from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { isUsable } from '../../shared/extract/template/profile.ts';
import { runCli } from '../support/cli.ts';
import { parseAtom, rssParser } from '../support/feed-parsers.ts';
import { testRuntimeOptions, uploadPage } from '../support/local-runtime.ts';
import { startTestSubscriber, type TestSubscriber } from '../support/websub-subscriber.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFile(join(root, 'test/fixtures', name));

/** Retries fast enough for a test: 3 attempts, 20 ms then 40 ms apart. */
const FAST_RETRIES = { maxAttempts: 3, firstDelayMs: 20, factor: 2, maxDelayMs: 100 };

/** The hub's clock: the real time plus what a test moved it forward by. */
const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs };

let dataDir: string;
let runtime: LocalRuntime;
let s3: S3Client;
let subscriber: TestSubscriber;
let uploads = 0;

const TITLE = 'Tọa đàm phòng, chống bạo lực gia đình trong Công an tỉnh';
const SLUG = 'toa-dam-phong-chong-bao-luc-gia-dinh-trong-cong-an-tinh-1523';

/** Uploads the sample article as a new one (its own URL and title), so every feed changes. */
async function uploadArticle(): Promise<void> {
  uploads += 1;
  const page = (await fixture('vi-police-portal-article.html'))
    .toString('utf8')
    .replaceAll(TITLE, `${TITLE} ${uploads}`)
    .replaceAll(SLUG, `${SLUG}-${uploads}`);
  await uploadPage(s3, runtime.inboxBucket, `demo/websub/page-${uploads}.html`, page);
  await runtime.idle();
}

function topic(path: string): string {
  return `${runtime.urls.feeds}${path}`;
}

async function hubRequest(parameters: Record<string, string>): Promise<Response> {
  return fetch(runtime.urls.hub, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(parameters).toString(),
  });
}

async function subscribe(
  callbackPath: string,
  topicPath = '/feeds/all.xml',
  extra: Record<string, string> = {},
): Promise<Response> {
  const response = await hubRequest({
    'hub.mode': 'subscribe',
    'hub.topic': topic(topicPath),
    'hub.callback': `${subscriber.url}${callbackPath}`,
    ...extra,
  });
  await runtime.idle();
  return response;
}

const deliveriesTo = (path: string) => subscriber.deliveries.filter((d) => d.path === path);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'websub-'));
  runtime = await startLocalRuntime(
    testRuntimeOptions(dataDir, { hub: { now: clock.now, retries: FAST_RETRIES } }),
  );
  s3 = localS3Client(runtime.urls.s3, runtime.region);
  subscriber = await startTestSubscriber();
  // The site's template becomes usable at one of its first pages, and its earlier pages are
  // extracted again then: their items change, and the feeds are written once more, as one
  // regeneration or two depending on how the work interleaves. Past that page before anyone
  // subscribes, each upload below writes each feed once, and the deliveries can be counted.
  while (!isUsable(uploads)) await uploadArticle();
});

afterAll(async () => {
  s3?.destroy();
  await subscriber?.stop();
  await runtime?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  subscriber.confirms = new Set(['subscribe', 'unsubscribe']);
  subscriber.failures.clear();
  subscriber.secret = null;
});

describe('WebSub discovery', () => {
  it('advertises the hub in the Link header, in RSS and Atom, and in JSON Feed', async () => {
    for (const path of ['/feeds/all.xml', '/feeds/all.atom', '/feeds/all.json']) {
      const response = await fetch(topic(path));
      expect(response.headers.get('link')).toBe(
        `<${runtime.urls.hub}>; rel="hub", <${topic(path)}>; rel="self"`,
      );
      expect(response.headers.get('access-control-expose-headers')).toContain('Link');
      const body = await response.text();
      if (path.endsWith('.xml')) {
        expect(body).toContain(`<atom:link href="${runtime.urls.hub}" rel="hub"/>`);
        expect((await rssParser.parseString(body)).feedUrl).toBe(topic(path));
      } else if (path.endsWith('.atom')) {
        const links = parseAtom(body).links ?? [];
        expect(links.find((link) => link.rel === 'hub')?.href).toBe(runtime.urls.hub);
      } else {
        expect(JSON.parse(body).hubs).toEqual([{ type: 'WebSub', url: runtime.urls.hub }]);
      }
    }
  });
});

describe('a rebuild run by `syndicate feeds rebuild` (not the runtime serving the hub)', () => {
  it('reaches the subscribers of each rewritten feed, through a publish ping to the hub', async () => {
    await subscribe('/rebuilt', '/feeds/demo.json');
    const before = deliveriesTo('/rebuilt').length;
    await s3.send(new DeleteObjectCommand({ Bucket: runtime.feedsBucket, Key: 'feeds/demo.json' }));

    const run = await runCli(['feeds', 'rebuild', '--feed', 'demo'], {
      ...process.env,
      SYNDICATE_DATA_DIR: dataDir,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/rebuilt 1: demo;/);
    await runtime.idle();

    const delivered = deliveriesTo('/rebuilt');
    expect(delivered).toHaveLength(before + 1);
    const served = await (await fetch(topic('/feeds/demo.json'))).text();
    expect(delivered.at(-1)?.body.toString('utf8')).toBe(served);
    expect(delivered.at(-1)?.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});

describe('the built-in hub', () => {
  it('verifies a subscription, then delivers the new feed with a valid signature after an upload', async () => {
    subscriber.secret = 'a secret of the subscriber';
    const response = await subscribe('/signed', '/feeds/all.xml', {
      'hub.secret': subscriber.secret,
      'hub.lease_seconds': '3600',
    });
    expect(response.status).toBe(202);
    const verification = subscriber.verifications.at(-1);
    expect(verification).toMatchObject({
      mode: 'subscribe',
      topic: topic('/feeds/all.xml'),
      leaseSeconds: '3600',
      confirmed: true,
    });
    expect(verification?.challenge.length).toBeGreaterThanOrEqual(32);

    await uploadArticle();
    const [delivery] = deliveriesTo('/signed');
    expect(delivery?.status).toBe(204);
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(delivery?.headers.link).toBe(
      `<${runtime.urls.hub}>; rel="hub", <${topic('/feeds/all.xml')}>; rel="self"`,
    );
    // The full document, as readers fetch it.
    const served = await (await fetch(topic('/feeds/all.xml'))).text();
    expect(delivery?.body.toString('utf8')).toBe(served);
    const items = (await rssParser.parseString(served)).items;
    expect(items.map((item) => item.title)).toContain(`${TITLE} ${uploads}`);
  });

  it('delivers each format to the subscribers of that topic only', async () => {
    await subscribe('/atom', '/feeds/demo.atom');
    const before = deliveriesTo('/atom').length;
    await uploadArticle();
    const after = deliveriesTo('/atom');
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)?.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(after.at(-1)?.signatureValid).toBeNull();
    expect(parseAtom(after.at(-1)?.body.toString('utf8') ?? '').entries?.length).toBeGreaterThan(0);
  });

  it('stops delivering once the subscriber unsubscribes', async () => {
    await subscribe('/leaving');
    await uploadArticle();
    expect(deliveriesTo('/leaving')).toHaveLength(1);
    const response = await hubRequest({
      'hub.mode': 'unsubscribe',
      'hub.topic': topic('/feeds/all.xml'),
      'hub.callback': `${subscriber.url}/leaving`,
    });
    expect(response.status).toBe(202);
    await runtime.idle();
    expect(subscriber.verifications.at(-1)).toMatchObject({ mode: 'unsubscribe', confirmed: true });
    await uploadArticle();
    expect(deliveriesTo('/leaving')).toHaveLength(1);
  });

  it('keeps the subscription when the subscriber does not confirm an unsubscription', async () => {
    await subscribe('/staying');
    subscriber.confirms = new Set(['subscribe']);
    await hubRequest({
      'hub.mode': 'unsubscribe',
      'hub.topic': topic('/feeds/all.xml'),
      'hub.callback': `${subscriber.url}/staying`,
    });
    await runtime.idle();
    expect(subscriber.verifications.at(-1)).toMatchObject({
      mode: 'unsubscribe',
      confirmed: false,
    });
    await uploadArticle();
    expect(deliveriesTo('/staying')).toHaveLength(1);
  });

  it('stores nothing when the subscriber does not echo the challenge', async () => {
    subscriber.confirms = new Set();
    const response = await subscribe('/unconfirmed');
    expect(response.status).toBe(202);
    await uploadArticle();
    expect(deliveriesTo('/unconfirmed')).toEqual([]);
  });

  it('stops delivering when the lease ends, and keeps delivering after a renewal', async () => {
    await subscribe('/short', '/feeds/all.xml', { 'hub.lease_seconds': '600' });
    await subscribe('/renewed', '/feeds/all.xml', { 'hub.lease_seconds': '600' });
    clock.offsetMs += 500_000;
    await subscribe('/renewed', '/feeds/all.xml', { 'hub.lease_seconds': '600' });
    clock.offsetMs += 200_000; // 700 s after the first subscriptions, 200 s after the renewal
    await uploadArticle();
    expect(deliveriesTo('/short')).toEqual([]);
    expect(deliveriesTo('/renewed')).toHaveLength(1);
  });

  it('retries a failing callback with backoff until it answers', async () => {
    await subscribe('/flaky');
    subscriber.failures.set('/flaky', 2);
    await uploadArticle();
    expect(deliveriesTo('/flaky').map((d) => d.status)).toEqual([503, 503, 204]);
  });

  it('dead-letters a delivery that fails every attempt and ends the subscription', async () => {
    await subscribe('/broken');
    subscriber.failures.set('/broken', Number.POSITIVE_INFINITY);
    await uploadArticle();
    expect(deliveriesTo('/broken')).toHaveLength(FAST_RETRIES.maxAttempts);
    const letters = await runtime.deadLetters.list();
    expect(letters.filter((l) => l.source === 'hub').map((l) => l.subjects)).toContainEqual([
      `deliver feeds/all.xml → ${subscriber.url}/broken`,
    ]);
    subscriber.failures.clear();
    await uploadArticle();
    expect(deliveriesTo('/broken')).toHaveLength(FAST_RETRIES.maxAttempts);
  });

  it('refuses malformed requests, unknown topics and callbacks on private addresses', async () => {
    const callback = `${subscriber.url}/refused`;
    const cases: [Record<string, string>, number, RegExp][] = [
      [
        { 'hub.mode': 'watch', 'hub.topic': topic('/feeds/all.xml'), 'hub.callback': callback },
        400,
        /hub\.mode/,
      ],
      [
        { 'hub.mode': 'subscribe', 'hub.topic': topic('/feeds/all.xml') },
        400,
        /hub\.callback is required/,
      ],
      [
        {
          'hub.mode': 'subscribe',
          'hub.topic': 'https://elsewhere.example/feed.xml',
          'hub.callback': callback,
        },
        404,
        /not a feed of this hub/,
      ],
      [
        {
          'hub.mode': 'subscribe',
          'hub.topic': topic('/feeds/nobody.xml'),
          'hub.callback': callback,
        },
        404,
        /not a feed of this hub/,
      ],
      [
        {
          'hub.mode': 'subscribe',
          'hub.topic': topic('/feeds/all.xml'),
          'hub.callback': 'http://10.0.0.7:8080/cb',
        },
        403,
        /private/,
      ],
      [
        {
          'hub.mode': 'subscribe',
          'hub.topic': topic('/feeds/all.xml'),
          'hub.callback': 'http://169.254.169.254/latest/meta-data/',
        },
        403,
        /link-local/,
      ],
      [
        {
          'hub.mode': 'subscribe',
          'hub.topic': topic('/feeds/all.xml'),
          'hub.callback': callback,
          'hub.lease_seconds': '-5',
        },
        400,
        /lease_seconds/,
      ],
    ];
    for (const [parameters, status, message] of cases) {
      const response = await hubRequest(parameters);
      expect(response.status, JSON.stringify(parameters)).toBe(status);
      expect(await response.text()).toMatch(message);
    }
    await runtime.idle();
    expect(subscriber.verifications.filter((v) => v.topic.includes('refused'))).toEqual([]);
  });

  it('answers a form in another content type with 415', async () => {
    const response = await fetch(runtime.urls.hub, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(415);
  });
});

describe('an external hub', () => {
  let external: LocalRuntime;
  let externalDir: string;
  let hubServer: Server;
  const pings: URLSearchParams[] = [];
  /** What the external hub answers. */
  let answer = 204;

  beforeAll(async () => {
    hubServer = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        pings.push(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(answer);
        response.end();
      });
    });
    hubServer.listen(0, '127.0.0.1');
    await once(hubServer, 'listening');
    const hubUrl = `http://127.0.0.1:${(hubServer.address() as AddressInfo).port}/`;
    externalDir = await mkdtemp(join(tmpdir(), 'websub-external-'));
    external = await startLocalRuntime(
      testRuntimeOptions(externalDir, { hub: { external: hubUrl, retries: FAST_RETRIES } }),
    );
  });

  afterAll(async () => {
    await external?.stop();
    await new Promise((resolve) => hubServer?.close(resolve));
    if (externalDir) await rm(externalDir, { recursive: true, force: true });
  });

  it('advertises the external hub and sends it a publish ping for every changed feed file', async () => {
    const feed = await fetch(`${external.urls.feeds}/feeds/all.json`);
    expect(JSON.parse(await feed.text()).hubs).toEqual([
      { type: 'WebSub', url: external.urls.hub },
    ]);
    // No built-in hub runs: the feeds server has no /hub (only feed files and the directory).
    expect((await fetch(`${external.urls.feeds}/hub`, { method: 'POST' })).status).toBe(404);
    const client = localS3Client(external.urls.s3, external.region);
    try {
      await uploadPage(
        client,
        external.inboxBucket,
        'demo/external.html',
        await fixture('vi-police-portal-article.html'),
      );
    } finally {
      client.destroy();
    }
    await external.idle();
    const topics = pings.map((ping) => {
      expect(ping.get('hub.mode')).toBe('publish');
      expect(ping.get('hub.topic')).toBe(ping.get('hub.url'));
      return ping.get('hub.url');
    });
    for (const path of ['all', 'demo']) {
      for (const extension of ['xml', 'atom', 'json']) {
        expect(topics).toContain(`${external.urls.feeds}/feeds/${path}.${extension}`);
      }
    }
  });

  it('is pinged by syndicate feeds rebuild for each file it rewrote, and a refusal is a warning', async () => {
    const client = localS3Client(external.urls.s3, external.region);
    const rebuild = async () => {
      await client.send(
        new DeleteObjectCommand({ Bucket: external.feedsBucket, Key: 'feeds/demo.json' }),
      );
      return runCli(['feeds', 'rebuild', '--feed', 'demo'], {
        ...process.env,
        SYNDICATE_DATA_DIR: externalDir,
      });
    };
    try {
      pings.length = 0;
      const run = await rebuild();
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(pings.map((ping) => ping.get('hub.url'))).toEqual([
        `${external.urls.feeds}/feeds/demo.json`,
      ]);
      answer = 503;
      const refused = await rebuild();
      expect(refused.code).toBe(0);
      expect(refused.stdout).toMatch(/rebuilt 1: demo;/);
      expect(refused.stderr).toContain(`warning: The hub ${external.urls.hub}`);
      expect(refused.stderr).toContain(`${external.urls.feeds}/feeds/demo.json (503)`);
    } finally {
      answer = 204;
      client.destroy();
    }
  });
});
