import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadLetter } from '../../local/event-sources/dead-letters.ts';
import { StreamCheckpoints } from '../../local/event-sources/stream-checkpoints.ts';
import { StreamPoller, type StreamPollerOptions } from '../../local/event-sources/stream-poller.ts';
import { LOCAL_REGION, useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
let streams: DynamoDBStreamsClient;
let streamArn: string;
let folder: string;

beforeAll(async () => {
  const { Table } = await aws().dynamoDbClient.send(
    new DescribeTableCommand({ TableName: aws().tableName }),
  );
  streamArn = Table?.LatestStreamArn ?? '';
  streams = new DynamoDBStreamsClient({
    region: LOCAL_REGION,
    endpoint: aws().dynamo.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  folder = await mkdtemp(join(tmpdir(), 'stream-poller-'));
});

afterAll(async () => {
  streams?.destroy();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function put(id: string, title: string): Promise<void> {
  await aws().documentClient.send(
    new PutCommand({ TableName: aws().tableName, Item: { pk: `TEST#${id}`, sk: 'TEST', title } }),
  );
}

function pkOf(record: DynamoDBRecord): string {
  return record.dynamodb?.Keys?.pk?.S ?? '';
}

async function withPoller(
  handler: StreamPollerOptions['handler'],
  extra: Partial<StreamPollerOptions>,
  run: (poller: StreamPoller) => Promise<void>,
): Promise<void> {
  const poller = new StreamPoller({
    client: streams,
    streamArn,
    region: LOCAL_REGION,
    handler,
    deadLetter: async () => {},
    pollIntervalMs: 50,
    retryDelayMs: () => 10,
    ...extra,
  });
  poller.start();
  try {
    await run(poller);
  } finally {
    await poller.stop();
  }
}

describe('StreamPoller on DynamoDB Local', () => {
  const checkpoints = () => new StreamCheckpoints(join(folder, 'checkpoints.json'));

  it('delivers every change in order, as Lambda shapes stream records', async () => {
    const seen: DynamoDBRecord[] = [];
    await put('a', 'Tin một');
    await put('a', 'Tin một (sửa)');
    await withPoller(
      async (event: DynamoDBStreamEvent) => {
        seen.push(...event.Records);
      },
      { checkpoints: checkpoints() },
      async (poller) => {
        await poller.caughtUp();
      },
    );
    // The set-up's own writes (the sample publishers) come first on the stream.
    const mine = seen.filter((r) => pkOf(r).startsWith('TEST#'));
    expect(mine.map((r) => `${r.eventName} ${pkOf(r)} ${r.dynamodb?.NewImage?.title?.S}`)).toEqual([
      'INSERT TEST#a Tin một',
      'MODIFY TEST#a Tin một (sửa)',
    ]);
    const [first] = mine;
    expect(first?.eventSource).toBe('aws:dynamodb');
    expect(first?.eventSourceARN).toBe(streamArn);
    expect(typeof first?.dynamodb?.ApproximateCreationDateTime).toBe('number');
  });

  it('resumes after its checkpoint instead of replaying the stream', async () => {
    const seen: string[] = [];
    await put('b', 'Tin hai');
    await withPoller(
      async (event: DynamoDBStreamEvent) => {
        seen.push(...event.Records.map(pkOf));
      },
      { checkpoints: checkpoints() },
      (poller) => poller.caughtUp(),
    );
    expect(seen).toEqual(['TEST#b']);
  });

  it('passes over the records its filter refuses, as FilterCriteria do, and moves past them', async () => {
    const seen: string[] = [];
    await put('skip-1', 'Bỏ qua');
    await put('keep-1', 'Giữ');
    await put('skip-2', 'Bỏ qua');
    const keep = (record: DynamoDBRecord) => pkOf(record).startsWith('TEST#keep');
    await withPoller(
      async (event: DynamoDBStreamEvent) => {
        seen.push(...event.Records.map(pkOf));
      },
      { checkpoints: checkpoints(), filter: keep },
      async (poller) => {
        await poller.caughtUp();
        expect(poller.stats.records).toBe(1);
        expect(poller.stats.invocations).toBe(1);
      },
    );
    expect(seen).toEqual(['TEST#keep-1']);
    // The refused records were read: the next poller starts after them.
    await put('after', 'Sau');
    const next: string[] = [];
    await withPoller(
      async (event: DynamoDBStreamEvent) => {
        next.push(...event.Records.map(pkOf));
      },
      { checkpoints: checkpoints() },
      (poller) => poller.caughtUp(),
    );
    expect(next).toEqual(['TEST#after']);
  });

  it('retries a batch from the first reported failure, then moves on', async () => {
    const deliveries: string[][] = [];
    await put('c', 'Tin ba');
    await put('d', 'Tin bốn');
    await withPoller(
      async (event: DynamoDBStreamEvent) => {
        deliveries.push(event.Records.map(pkOf));
        const failing = event.Records.find((r) => pkOf(r) === 'TEST#d');
        return deliveries.length === 1 && failing
          ? { batchItemFailures: [{ itemIdentifier: failing.dynamodb?.SequenceNumber ?? '' }] }
          : { batchItemFailures: [] };
      },
      { checkpoints: checkpoints(), batchSize: 10 },
      (poller) => poller.caughtUp(),
    );
    expect(deliveries).toEqual([['TEST#c', 'TEST#d'], ['TEST#d']]);
  });

  it('dead-letters a batch that fails every attempt, and the shard goes on', async () => {
    const letters: DeadLetter[] = [];
    const handled: string[] = [];
    await put('e', 'Tin hỏng');
    await withPoller(
      async (event: DynamoDBStreamEvent) => {
        if (event.Records.some((r) => pkOf(r) === 'TEST#e'))
          throw new Error('feeds bucket unreachable');
        handled.push(...event.Records.map(pkOf));
      },
      {
        checkpoints: checkpoints(),
        maxRetries: 2,
        deadLetter: async (letter) => {
          letters.push(letter);
        },
      },
      async (poller) => {
        await poller.caughtUp();
        await put('f', 'Tin sau');
        await poller.caughtUp();
      },
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      source: 'feeds',
      attempts: 3,
      error: 'Error: feeds bucket unreachable',
      subjects: ['INSERT TEST#e / TEST'],
    });
    expect(handled).toEqual(['TEST#f']);
  });
});
