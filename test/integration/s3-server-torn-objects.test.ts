/**
 * s3rver writes an object as three files in place (content, MD5, metadata), so a process killed
 * mid-PUT leaves a half-written object that S3 itself never shows. These tests tear objects the
 * way a kill does, on the files, and start the server again on the same folder.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { type S3Server, startS3Server } from '../../local/emulators/s3-server.ts';
import { localS3Client } from '../../local/runtime/clients.ts';

const BUCKET = 'feeds';

/** s3rver's file for one resource of an object (`<name>._S3rver_<resource>`). */
const resource = (directory: string, key: string, name: string) =>
  join(directory, BUCKET, `${key}._S3rver_${name}`);

describe('s3rver started on a folder a crash left half-written', () => {
  let directory: string;
  let server: S3Server | undefined;
  let client: S3Client | undefined;

  async function start(): Promise<S3Client> {
    server = await startS3Server({ directory, buckets: [BUCKET] });
    client = localS3Client(server.endpoint, 'us-east-1');
    return client;
  }

  async function stop(): Promise<void> {
    client?.destroy();
    await server?.stop();
    client = undefined;
    server = undefined;
  }

  afterEach(async () => {
    await stop();
    await rm(directory, { recursive: true, force: true });
  });

  /**
   * Waits until s3rver's content file holds `text`. s3rver acknowledges a streamed PUT once it has
   * read the body, while its write stream may still be writing the file: a tear written before
   * that write lands would be overwritten by it.
   */
  async function untilWritten(path: string, text: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while ((await readFile(path, 'utf8').catch(() => '')) !== text) {
      if (Date.now() > deadline) throw new Error(`${path} never held ${JSON.stringify(text)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async function writeThree(): Promise<void> {
    directory = await mkdtemp(join(tmpdir(), 's3-torn-'));
    const s3 = await start();
    const keys = ['whole.xml', 'torn-metadata.xml', 'torn-content.xml'];
    for (const key of keys) {
      await s3.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: key,
          Body: `<rss>${key}</rss>`,
          ContentType: 'application/rss+xml',
        }),
      );
    }
    await stop();
    for (const key of keys)
      await untilWritten(resource(directory, key, 'object'), `<rss>${key}</rss>`);
  }

  it('removes objects torn mid-write and serves the others', async () => {
    await writeThree();
    // Killed while writing the metadata: the JSON is cut short.
    const metadata = resource(directory, 'torn-metadata.xml', 'metadata.json');
    const json = await readFile(metadata, 'utf8');
    await writeFile(metadata, json.slice(0, Math.floor(json.length / 2)));
    // Killed after rewriting the content, before its MD5 and metadata.
    await writeFile(resource(directory, 'torn-content.xml', 'object'), '<rss>newer, cut sh');

    const s3 = await start();
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect((listed.Contents ?? []).map((object) => object.Key)).toEqual(['whole.xml']);
    const whole = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'whole.xml' }));
    expect(await whole.Body?.transformToString()).toBe('<rss>whole.xml</rss>');
    expect(whole.ContentType).toBe('application/rss+xml');
    expect(server?.removedTornObjects).toEqual([
      `${BUCKET}/torn-content.xml`,
      `${BUCKET}/torn-metadata.xml`,
    ]);
  });

  it('keeps every object of a folder that was stopped cleanly', async () => {
    await writeThree();
    const s3 = await start();
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect((listed.Contents ?? []).map((object) => object.Key).sort()).toEqual([
      'torn-content.xml',
      'torn-metadata.xml',
      'whole.xml',
    ]);
    expect(server?.removedTornObjects).toEqual([]);
  });
});
