/**
 * Shard lineage, which DynamoDB Local does not produce on demand: a fake Streams client serves a
 * closed parent shard and its child, and the poller must drain the parent first.
 */
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { StreamPoller } from '../../../local/event-sources/stream-poller.ts';

interface FakeShard {
  readonly id: string;
  readonly parent?: string;
  readonly records: string[];
  readonly closed: boolean;
}

/** Serves DescribeStream, GetShardIterator and GetRecords from fixed shards, one record a call. */
function fakeStreams(shards: FakeShard[]): DynamoDBStreamsClient {
  const send = async (command: {
    constructor: { name: string };
    input: Record<string, unknown>;
  }) => {
    const { input } = command;
    switch (command.constructor.name) {
      case 'DescribeStreamCommand':
        // The child is listed first: the order of the listing must not matter.
        return {
          StreamDescription: {
            Shards: [...shards].reverse().map((s) => ({ ShardId: s.id, ParentShardId: s.parent })),
          },
        };
      case 'GetShardIteratorCommand':
        return { ShardIterator: `${input.ShardId}:0` };
      case 'GetRecordsCommand': {
        const [id, at] = String(input.ShardIterator).split(':');
        const shard = shards.find((s) => s.id === id);
        const index = Number(at);
        const record = shard?.records[index];
        const records =
          record === undefined
            ? []
            : [
                {
                  eventName: 'INSERT',
                  dynamodb: { Keys: { pk: { S: record } }, SequenceNumber: `${id}-${index}` },
                },
              ];
        const end = index + records.length >= (shard?.records.length ?? 0);
        return {
          Records: records,
          NextShardIterator: end && shard?.closed ? undefined : `${id}:${index + records.length}`,
        };
      }
      default:
        throw new Error(`unexpected ${command.constructor.name}`);
    }
  };
  return { send } as unknown as DynamoDBStreamsClient;
}

describe('StreamPoller over shards', () => {
  it('drains a closed parent shard before reading its child', async () => {
    const seen: string[] = [];
    const poller = new StreamPoller({
      client: fakeStreams([
        { id: 'parent', records: ['p1', 'p2', 'p3'], closed: true },
        { id: 'child', parent: 'parent', records: ['c1', 'c2'], closed: false },
      ]),
      streamArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/x',
      region: 'us-east-1',
      handler: async (event: DynamoDBStreamEvent) => {
        seen.push(...event.Records.map((r) => r.dynamodb?.Keys?.pk?.S ?? '?'));
      },
      deadLetter: async () => {},
      pollIntervalMs: 5,
    });
    poller.start();
    await poller.caughtUp();
    await poller.stop();
    expect(seen).toEqual(['p1', 'p2', 'p3', 'c1', 'c2']);
  });
});
