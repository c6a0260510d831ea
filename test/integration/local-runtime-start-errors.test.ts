import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStartError, startLocalRuntime } from '../../local/runtime/start-runtime.ts';

let busy: Server;
let busyPort: number;
let dataDir: string;

beforeAll(async () => {
  busy = createServer().listen(0, '127.0.0.1');
  await once(busy, 'listening');
  busyPort = (busy.address() as { port: number }).port;
  dataDir = await mkdtemp(join(tmpdir(), 'start-errors-'));
});

afterAll(async () => {
  busy?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('startLocalRuntime', () => {
  it.each([
    ['httpPort', 'feeds HTTP server', '--http-port'],
    ['s3Port', 'S3 server', '--s3-port'],
    ['dynamoDbPort', 'DynamoDB Local', '--dynamodb-port'],
  ] as const)(
    'refuses a taken %s with a sentence naming the flag, before starting anything',
    async (option, what, flag) => {
      const start = startLocalRuntime({
        dataDir: join(dataDir, option),
        httpPort: 0,
        s3Port: 0,
        dynamoDbPort: 0,
        [option]: busyPort,
        inboxDir: false,
        samples: false,
      });
      await expect(start).rejects.toThrow(LocalStartError);
      await expect(start).rejects.toThrow(
        `Port ${busyPort} (${what}) is already in use — is the pipeline already running? Choose another with ${flag}`,
      );
      // Nothing was created or started.
      expect(await readdir(dataDir)).not.toContain(option);
    },
  );
});
