/**
 * `syndicate feeds rebuild` on a running local runtime (in this process): a feed file lost from
 * the bucket is written again from the table, a feed that matches the table is left alone, and
 * the choices of feeds and targets are checked before anything runs; the runtime's own timer
 * reconciles like the stack's daily rule.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/command.ts';
import { rebuildTarget } from '../../cli/commands/feeds.ts';
import { localS3Client } from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { runCli } from '../support/cli.ts';
import { testRuntimeOptions, uploadPage } from '../support/local-runtime.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('rebuildTarget', () => {
  it('rebuilds on the local pipeline by default or with a loopback endpoint', () => {
    expect(rebuildTarget(undefined, undefined)).toEqual({ kind: 'local' });
    expect(rebuildTarget('http://127.0.0.1:4569', undefined)).toEqual({ kind: 'local' });
  });

  it('invokes the reconcile function named with --function on "aws", and nothing else', () => {
    expect(rebuildTarget('aws', 'prod-Reconcile')).toEqual({
      kind: 'aws',
      functionName: 'prod-Reconcile',
    });
    expect(() => rebuildTarget('aws', undefined)).toThrow(/--function/);
    expect(() => rebuildTarget('https://s3.example.com', undefined)).toThrow(UsageError);
    expect(() => rebuildTarget(undefined, 'prod-Reconcile')).toThrow(/--endpoint aws/);
  });
});

describe('syndicate feeds rebuild', () => {
  let dataDir: string;
  let runtime: LocalRuntime;
  let s3: S3Client;
  const env = () => ({ ...process.env, SYNDICATE_DATA_DIR: dataDir });
  const text = async (key: string) => {
    const object = await s3.send(new GetObjectCommand({ Bucket: runtime.feedsBucket, Key: key }));
    return object.Body?.transformToString() ?? '';
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'feeds-rebuild-'));
    runtime = await startLocalRuntime(testRuntimeOptions(dataDir));
    s3 = localS3Client(runtime.urls.s3, runtime.region);
    await uploadPage(
      s3,
      runtime.inboxBucket,
      'demo/rebuild/article.html',
      await readFile(join(root, 'test/fixtures/ingest/article.html')),
    );
    await runtime.idle();
  });

  afterAll(async () => {
    s3?.destroy();
    await runtime?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('writes a lost feed file again from the table, and leaves matching feeds alone', async () => {
    const before = await text('feeds/demo.json');
    await s3.send(new DeleteObjectCommand({ Bucket: runtime.feedsBucket, Key: 'feeds/demo.json' }));

    const run = await runCli(['feeds', 'rebuild', '--publisher', 'demo'], env());

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rebuilt 1: demo;/);
    expect(JSON.parse(await text('feeds/demo.json')).items).toEqual(JSON.parse(before).items);
  });

  it('checks every known feed with --all: the aggregate, the publishers and the sections', async () => {
    const run = await runCli(['feeds', 'rebuild', '--all'], env());

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rebuilt 0; unchanged \d+/);
    const checked = Number(/checked (\d+)/.exec(run.stdout)?.[1]);
    // all, each sample publisher, and the article's section.
    expect(checked).toBeGreaterThanOrEqual(3);
    // The directory lists them all and, written at start and after each new feed, stays as is.
    expect(run.stdout).toContain(`directory index.opml lists ${checked} feed(s); unchanged`);
  });

  it('refuses an unknown feed and a missing choice as usage errors (exit 2)', async () => {
    const unknown = await runCli(['feeds', 'rebuild', '--feed', 'nobody'], env());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No feed "nobody"/);
    const none = await runCli(['feeds', 'rebuild'], env());
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/exactly one of --all, --publisher ID or --feed PATH/);
  });

  it('says the local pipeline is not running when no runtime file is there (exit 1)', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'feeds-rebuild-none-'));
    try {
      const run = await runCli(['feeds', 'rebuild', '--all'], {
        ...process.env,
        SYNDICATE_DATA_DIR: empty,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/not running .*npm start/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe("the local runtime's scheduled reconcile", () => {
  let dataDir: string;
  let runtime: LocalRuntime;
  let s3: S3Client;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'feeds-reconcile-'));
    runtime = await startLocalRuntime(testRuntimeOptions(dataDir, { reconcileIntervalMs: 200 }));
    s3 = localS3Client(runtime.urls.s3, runtime.region);
  });

  afterAll(async () => {
    s3?.destroy();
    await runtime?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('writes a lost feed file again on its next run, as the daily rule does on AWS, and tells the hub', async () => {
    await runtime.idle();
    const sentToHub = runtime.stats().hub.sent;
    await s3.send(new DeleteObjectCommand({ Bucket: runtime.feedsBucket, Key: 'feeds/all.xml' }));
    const summary = await runtime.events.next('reconciled', (run) => run.rebuilt.includes('all'));
    expect(summary.failed).toEqual([]);
    // The rewritten file is pushed to subscribers, as after a scheduled regeneration.
    expect(runtime.stats().hub.sent).toBeGreaterThan(sentToHub);
    const object = await s3.send(
      new GetObjectCommand({ Bucket: runtime.feedsBucket, Key: 'feeds/all.xml' }),
    );
    expect(await object.Body?.transformToString()).toMatch(/<rss/);
  });
});

describe('the local runtime at start', () => {
  let dataDir: string;
  let runtime: LocalRuntime | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'feeds-reconcile-start-'));
  });

  afterAll(async () => {
    await runtime?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  // Starts two runtimes in the test itself: the hooks' budget, not a test's.
  const TWO_STARTS_MS = 120_000;

  it('reconciles at once: feeds written under an old base URL carry the new one after a restart', {
    timeout: TWO_STARTS_MS,
  }, async () => {
    runtime = await startLocalRuntime(
      testRuntimeOptions(dataDir, { publicBaseUrl: 'http://feeds-before.example' }),
    );
    const s3 = localS3Client(runtime.urls.s3, runtime.region);
    try {
      await uploadPage(
        s3,
        runtime.inboxBucket,
        'demo/restart/article.html',
        await readFile(join(root, 'test/fixtures/ingest/article.html')),
      );
      await runtime.idle();
    } finally {
      s3.destroy();
    }
    await runtime.stop();

    // The daily timer is far away: only a run at start can rewrite the links.
    runtime = await startLocalRuntime(
      testRuntimeOptions(dataDir, { publicBaseUrl: 'http://feeds-after.example' }),
    );
    await runtime.idle();
    const after = localS3Client(runtime.urls.s3, runtime.region);
    try {
      for (const key of ['feeds/all.xml', 'feeds/demo.json']) {
        const object = await after.send(
          new GetObjectCommand({ Bucket: runtime.feedsBucket, Key: key }),
        );
        const body = (await object.Body?.transformToString()) ?? '';
        expect(body).toContain('http://feeds-after.example');
        expect(body).not.toContain('http://feeds-before.example');
      }
    } finally {
      after.destroy();
    }
  });
});
