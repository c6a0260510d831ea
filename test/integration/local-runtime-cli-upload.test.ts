import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/command.ts';
import { command, uploadTarget } from '../../cli/commands/upload.ts';
import { freePort } from '../../local/emulators/free-port.ts';
import { type S3Server, startS3Server } from '../../local/emulators/s3-server.ts';
import { localS3Client } from '../../local/runtime/clients.ts';
import { capturedIo } from '../support/cli.ts';

describe('uploadTarget', () => {
  it('uploads to the local pipeline by default, on the configured S3 port', () => {
    expect(uploadTarget(undefined, undefined, { SYNDICATE_S3_PORT: '4999' })).toEqual({
      kind: 'local',
      endpoint: 'http://127.0.0.1:4999',
      bucket: 'inbox',
    });
  });

  it('treats a loopback endpoint as local and any other as a real service needing --bucket', () => {
    expect(uploadTarget('http://localhost:4570', undefined, {}).kind).toBe('local');
    expect(uploadTarget('https://s3.example.com', 'pages', {})).toEqual({
      kind: 'custom',
      endpoint: 'https://s3.example.com',
      bucket: 'pages',
    });
    expect(() => uploadTarget('https://s3.example.com', undefined, {})).toThrow(UsageError);
  });

  it('reaches real Amazon S3 with "aws", only with the deployed bucket named', () => {
    expect(uploadTarget('aws', 'prod-inbox', {})).toEqual({
      kind: 'aws',
      endpoint: undefined,
      bucket: 'prod-inbox',
    });
    expect(() => uploadTarget('aws', undefined, {})).toThrow(/--bucket/);
    expect(() => uploadTarget('not a url', undefined, {})).toThrow(/--endpoint must be a URL/);
  });
});

describe('syndicate upload', () => {
  let s3: S3Server;
  let client: S3Client;
  let folder: string;

  beforeAll(async () => {
    s3 = await startS3Server({ buckets: ['inbox'] });
    client = localS3Client(s3.endpoint, 'us-east-1');
    folder = await mkdtemp(join(tmpdir(), 'upload-'));
    await mkdir(join(folder, 'pages', 'thoi-su'), { recursive: true });
    await writeFile(join(folder, 'pages', 'a.html'), '<html>a</html>');
    await writeFile(join(folder, 'pages', 'thoi-su', 'tin mới.html'), '<html>b</html>');
    await writeFile(join(folder, 'pages', '.DS_Store'), 'x');
    await writeFile(join(folder, 'single.html'), '<html>c</html>');
  });

  afterAll(async () => {
    client?.destroy();
    await s3?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('uploads a folder recursively under <publisher>/, keeping paths and skipping hidden files', async () => {
    const { io, out } = capturedIo();
    const code = await command.run(
      [join(folder, 'pages'), '--publisher', 'demo', '--endpoint', s3.endpoint],
      io,
    );
    expect(code).toBe(0);
    const listing = await client.send(
      new ListObjectsV2Command({ Bucket: 'inbox', Prefix: 'demo/' }),
    );
    expect((listing.Contents ?? []).map((o) => o.Key).sort()).toEqual([
      'demo/a.html',
      'demo/thoi-su/tin mới.html',
    ]);
    expect(out()).toContain('s3://inbox/demo/thoi-su/tin mới.html');
  });

  it('stores a single file with its content type and source URL', async () => {
    const { io } = capturedIo();
    const code = await command.run(
      [
        join(folder, 'single.html'),
        '--publisher',
        'demo',
        '--endpoint',
        s3.endpoint,
        '--source-url',
        'https://demo.example.vn/c.html',
      ],
      io,
    );
    expect(code).toBe(0);
    const head = await client.send(
      new HeadObjectCommand({ Bucket: 'inbox', Key: 'demo/single.html' }),
    );
    expect(head.ContentType).toBe('text/html');
    expect(head.Metadata?.['source-url']).toBe('https://demo.example.vn/c.html');
  });

  it('uploads for any publisher id, since publishers are added to the registry at run time', async () => {
    const { io } = capturedIo();
    const code = await command.run(
      [join(folder, 'single.html'), '--publisher', 'bao-moi', '--endpoint', s3.endpoint],
      io,
    );
    expect(code).toBe(0);
    const head = await client.send(
      new HeadObjectCommand({ Bucket: 'inbox', Key: 'bao-moi/single.html' }),
    );
    expect(head.ContentType).toBe('text/html');
  });

  it('refuses a publisher id that no publisher can have', async () => {
    const { io } = capturedIo();
    await expect(
      command.run([join(folder, 'single.html'), '--publisher', '../Nobody'], io),
    ).rejects.toThrow(/--publisher must be a publisher id like "demo", got "..\/Nobody"/);
  });

  it('says to start the pipeline when no local S3 server answers', async () => {
    const { io, err } = capturedIo();
    const port = await freePort();
    const code = await command.run(
      [
        join(folder, 'single.html'),
        '--publisher',
        'demo',
        '--endpoint',
        `http://127.0.0.1:${port}`,
      ],
      io,
    );
    expect(code).toBe(1);
    expect(err()).toContain(
      `no S3 server at http://127.0.0.1:${port}: start the local pipeline with \`npm start\``,
    );
  });

  it('says once, naming AWS_REGION, when real S3 is asked for with no region configured', async () => {
    const saved = { ...process.env };
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE'])
      delete process.env[name];
    process.env.AWS_CONFIG_FILE = join(folder, 'no-config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(folder, 'no-credentials');
    try {
      const { io, err } = capturedIo();
      const code = await command.run(
        [join(folder, 'pages'), '--publisher', 'demo', '--endpoint', 'aws', '--bucket', 'b'],
        io,
      );
      expect(code).toBe(1);
      expect(err().trim().split('\n')).toEqual([
        'syndicate upload: no AWS region for --endpoint aws: set AWS_REGION or choose a profile with a region (AWS_PROFILE)',
      ]);
    } finally {
      process.env = saved;
    }
  });

  it('reports a missing file as bad input (exit 2, as `extract` does)', async () => {
    const { io, err } = capturedIo();
    const code = await command.run(
      [join(folder, 'nope.html'), '--publisher', 'demo', '--endpoint', s3.endpoint],
      io,
    );
    expect(code).toBe(2);
    expect(err()).toContain('no such file or directory');
  });
});
