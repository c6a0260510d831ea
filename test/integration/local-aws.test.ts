import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  type DescribeTableCommandOutput,
  type DynamoDBClient,
  type UpdateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';
import { ensureBuckets, ensureTable } from '../../local/emulators/provision.ts';
import { legacyOpenSslEnabled, S3RVER_CREDENTIALS } from '../../local/emulators/s3-server.ts';
import { createDynamoDbClient } from '../../shared/adapters/aws-client-factories.ts';
import { liveArticleItem } from '../../shared/adapters/dynamo/items.ts';
import { DynamoPageStates } from '../../shared/adapters/dynamo/page-states.ts';
import { ATTR, INDEX, tableSchema } from '../../shared/store/table.ts';
import { LOCAL_REGION, useLocalAws } from '../support/local-aws.ts';
import { article } from '../unit/feeds/fixtures.ts';

/** Live (non-zombie) processes of a process group, from `ps`. */
function liveMembers(pgid: number): string[] {
  const out = execFileSync('ps', ['-eo', 'pgid=,stat=,comm='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(
      ([group, stat]) => Number(group) === pgid && stat !== undefined && !stat.startsWith('Z'),
    )
    .map((fields) => fields.slice(2).join(' '));
}

async function waitUntilGone(pgid: number, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let members = liveMembers(pgid);
  while (members.length > 0 && Date.now() < deadline) {
    await sleep(100);
    members = liveMembers(pgid);
  }
  return members;
}

describe('local AWS harness', () => {
  const aws = useLocalAws();

  it('creates the table from tableSchema() with its two feed indexes and stream', async () => {
    const { Table } = await aws().dynamoDbClient.send(
      new DescribeTableCommand({ TableName: aws().tableName }),
    );
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual([
      'feed-publisher',
      'feed-section',
    ]);
    expect(Table?.StreamSpecification?.StreamViewType).toBe('NEW_AND_OLD_IMAGES');
  });

  it('writes and reads an item in DynamoDB Local', async () => {
    const { documentClient, tableName } = aws();
    await documentClient.send(
      new PutCommand({ TableName: tableName, Item: { pk: 'TEST#1', sk: 'TEST', note: 'Chào' } }),
    );
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: { pk: 'TEST#1', sk: 'TEST' } }),
    );
    expect(Item?.note).toBe('Chào');
  });

  it('keeps the buckets that exist when looking at them fails (a slow answer under load)', async () => {
    const client = aws().s3Client;
    // The fault: HeadBucket failing although the bucket is there (seen once at load 18).
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'HeadBucketCommand') throw new Error('socket hang up');
        return next(args);
      },
      { step: 'initialize', name: 'failHeadBucket' },
    );
    try {
      await expect(ensureBuckets(client, [aws().inboxBucket])).resolves.toBeUndefined();
    } finally {
      client.middlewareStack.remove('failHeadBucket');
    }
  });

  it('stores objects with metadata in s3rver and lists them page by page', async () => {
    const { s3Client, inboxBucket } = aws();
    expect(legacyOpenSslEnabled()).toBe(true);
    for (const name of ['a', 'b', 'c']) {
      await s3Client.send(
        new PutObjectCommand({
          Bucket: inboxBucket,
          Key: `harness/${name} tin tức.html`,
          Body: `<p>${name}</p>`,
          ContentType: 'text/html; charset=utf-8',
          Metadata: { 'source-url': `https://example.com/${name}` },
        }),
      );
    }
    const got = await s3Client.send(
      new GetObjectCommand({ Bucket: inboxBucket, Key: 'harness/b tin tức.html' }),
    );
    expect(await got.Body?.transformToString()).toBe('<p>b</p>');
    expect(got.Metadata?.['source-url']).toBe('https://example.com/b');

    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3Client.send(
        new ListObjectsV2Command({
          Bucket: inboxBucket,
          Prefix: 'harness/',
          MaxKeys: 2,
          ContinuationToken: token,
        }),
      );
      keys.push(...(page.Contents ?? []).map((o) => o.Key ?? ''));
      token = page.NextContinuationToken;
    } while (token !== undefined);
    expect(keys).toEqual([
      'harness/a tin tức.html',
      'harness/b tin tức.html',
      'harness/c tin tức.html',
    ]);
  });
});

describe('startDynamoDbLocal', () => {
  it('leaves no java process behind after stop()', async () => {
    const dynamo = await startDynamoDbLocal();
    expect(liveMembers(dynamo.pid).some((command) => command.includes('java'))).toBe(true);
    await dynamo.stop();
    expect(liveMembers(dynamo.pid)).toEqual([]);
    await dynamo.stop();
  });

  it('says at once that java exited before answering, with what it printed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fake-java-'));
    const java = join(folder, 'java');
    writeFileSync(java, '#!/bin/sh\necho "Unrecognized option: -Xbad" >&2\nexit 1\n', {
      mode: 0o755,
    });
    try {
      // Well within the start timeout: a death at start is no reason to wait it out.
      await expect(startDynamoDbLocal({ java, startTimeoutMs: 60_000 })).rejects.toThrow(
        /exited before answering[\s\S]*Unrecognized option: -Xbad/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 20_000);

  it('kills java when the process that started it is killed with SIGKILL', async () => {
    const script = fileURLToPath(new URL('../support/dynamodb-local-child.ts', import.meta.url));
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(parent.stdout, 'data')) as [Buffer];
      const { pid } = JSON.parse(line.toString('utf8')) as { pid: number };
      expect(liveMembers(pid).some((command) => command.includes('java'))).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitUntilGone(pid, 10_000)).toEqual([]);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

/** Makes a table as it was before the feed entries: the feed indexes keyed on the article items. */
async function createTableBeforeEntries(client: DynamoDBClient, tableName: string): Promise<void> {
  const gsi = (indexName: string, partition: string) => ({
    IndexName: indexName,
    KeySchema: [
      { AttributeName: partition, KeyType: 'HASH' as const },
      { AttributeName: 'feedSort', KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'KEYS_ONLY' as const },
  });
  await client.send(
    new CreateTableCommand({
      ...tableSchema(tableName),
      AttributeDefinitions: ['pk', 'sk', 'feedPublisher', 'feedSection', 'feedSort'].map(
        (name) => ({ AttributeName: name, AttributeType: 'S' as const }),
      ),
      GlobalSecondaryIndexes: [
        gsi(INDEX.publisher, 'feedPublisher'),
        gsi(INDEX.section, 'feedSection'),
      ],
    }),
  );
}

/**
 * The table requests a client sends, in order: each index change (`UpdateTable`), and each
 * `DescribeTable` as `settled` (every index active) or `building`.
 */
function recordTableRequests(client: DynamoDBClient): string[] {
  const requests: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'UpdateTableCommand') {
        const input = args.input as UpdateTableCommandInput;
        for (const update of input.GlobalSecondaryIndexUpdates ?? []) {
          const [change] = Object.keys(update);
          requests.push(
            `${change?.toLowerCase()} ${JSON.stringify(Object.values(update)[0]?.IndexName)}`,
          );
        }
      }
      if (context.commandName === 'DescribeTableCommand') {
        const { Table } = result.output as DescribeTableCommandOutput;
        const indexes = Table?.GlobalSecondaryIndexes ?? [];
        requests.push(
          indexes.every((index) => index.IndexStatus === 'ACTIVE') ? 'settled' : 'building',
        );
      }
      return result;
    },
    { step: 'initialize', name: 'recordTableRequests' },
  );
  return requests;
}

describe('ensureTable on a table made before the feed entries', () => {
  const aws = useLocalAws();

  it('makes the feed indexes again over feed entries and writes the entry of every live article', async () => {
    const client = aws().dynamoDbClient;
    const tableName = `before-entries-${Date.now()}`;
    const current = tableSchema(tableName);
    await createTableBeforeEntries(client, tableName);
    try {
      const item = liveArticleItem(article({ id: 'old-one', section: 'Du lịch' }), {
        objectKey: 'demo/old-one.html',
        publisherId: 'demo',
        at: new Date('2026-11-01T00:00:00Z'),
        existing: null,
      });
      await aws().documentClient.send(new PutCommand({ TableName: tableName, Item: item }));

      expect(await ensureTable(client, tableName)).toBe(false);

      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      const keysOf = (name: string) =>
        Table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === name)?.KeySchema;
      for (const index of current.GlobalSecondaryIndexes ?? []) {
        expect(keysOf(index.IndexName ?? '')).toEqual(index.KeySchema);
      }
      const page = await aws().documentClient.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: INDEX.section,
          KeyConditionExpression: '#p = :v',
          ExpressionAttributeNames: { '#p': ATTR.entrySection },
          ExpressionAttributeValues: { ':v': 'demo#du-lich' },
        }),
      );
      expect(page.Items?.map((entry) => entry.pk)).toEqual(['ENTRY#old-one']);
    } finally {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    }
  });

  // DynamoDB, and DynamoDB Local, refuse a second online index change on a table while one is
  // being built (LimitExceededException). How long a build takes depends on the server's load,
  // so what is checked is the order of the requests, not the luck of one run.
  it('changes one index at a time, waiting until each change is done before the next', async () => {
    const client = createDynamoDbClient({
      region: LOCAL_REGION,
      endpoint: aws().dynamo.endpoint,
      credentials: S3RVER_CREDENTIALS,
    });
    const tableName = `one-index-at-a-time-${Date.now()}`;
    await createTableBeforeEntries(client, tableName);
    try {
      const requests = recordTableRequests(client);

      await ensureTable(client, tableName);

      const changes = requests.flatMap((request, at) => (request.includes(' ') ? [at] : []));
      expect(changes.length).toBe(4);
      for (const [i, at] of changes.entries()) {
        const until = changes[i + 1] ?? requests.length;
        expect(requests.slice(at + 1, until), `after ${requests[at]}`).toContain('settled');
      }
    } finally {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    }
  });
});

describe('ensureTable on a table made when the listing of keys was the pages index', () => {
  const aws = useLocalAws();

  it('deletes the pages index and lists every key of a publisher as items', async () => {
    const client = aws().dynamoDbClient;
    const tableName = `before-listing-${Date.now()}`;
    const current = tableSchema(tableName);
    await client.send(
      new CreateTableCommand({
        ...current,
        AttributeDefinitions: [
          ...(current.AttributeDefinitions ?? []),
          { AttributeName: 'pageStatus', AttributeType: 'S' },
          { AttributeName: 'pageSort', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          ...(current.GlobalSecondaryIndexes ?? []),
          {
            IndexName: 'pages',
            KeySchema: [
              { AttributeName: 'pageStatus', KeyType: 'HASH' },
              { AttributeName: 'pageSort', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
      }),
    );
    try {
      // Key states as the ingest wrote them then, with the index's attributes.
      const source = (objectKey: string, status: string, updatedAt: string) => ({
        pk: `SOURCE#${objectKey}`,
        sk: 'SOURCE',
        type: 'source',
        objectKey,
        publisherId: 'demo',
        sequencer: '01',
        status,
        articleId: null,
        lastError: null,
        updatedAt,
        pageStatus: `demo#${status}`,
        pageSort: `${updatedAt}#${objectKey}`,
      });
      for (const item of [
        source('demo/a.html', 'rejected', '2026-11-01T00:00:00.000Z'),
        source('demo/b.html', 'rejected', '2026-11-02T00:00:00.000Z'),
        source('demo/c.html', 'deleted', '2026-11-03T00:00:00.000Z'),
      ]) {
        await aws().documentClient.send(new PutCommand({ TableName: tableName, Item: item }));
      }

      expect(await ensureTable(client, tableName)).toBe(false);

      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual([
        INDEX.publisher,
        INDEX.section,
      ]);
      const states = new DynamoPageStates(tableName, aws().documentClient);
      const rejected = await states.recent('demo', 'rejected', 10);
      expect(rejected.map((state) => state.objectKey)).toEqual(['demo/b.html', 'demo/a.html']);
      const deleted = await states.recent('demo', 'deleted', 10);
      expect(deleted.map((state) => state.objectKey)).toEqual(['demo/c.html']);
      // Started again on the migrated table: nothing left to do.
      expect(await ensureTable(client, tableName)).toBe(false);
    } finally {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    }
  });
});
