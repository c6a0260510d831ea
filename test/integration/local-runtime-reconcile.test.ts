import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { findMissedEvents } from '../../local/runtime/catch-up.ts';
import { keys } from '../../shared/store/table.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();

async function state(
  objectKey: string,
  status: string,
  updatedAt: Date,
  sequencer = '00000000000000000001',
): Promise<void> {
  await aws().documentClient.send(
    new PutCommand({
      TableName: aws().tableName,
      Item: {
        ...keys.source(objectKey),
        type: 'source',
        objectKey,
        status,
        sequencer,
        updatedAt: updatedAt.toISOString(),
      },
    }),
  );
}

async function upload(key: string): Promise<void> {
  await aws().s3Client.send(
    new PutObjectCommand({ Bucket: aws().inboxBucket, Key: key, Body: '<p>x</p>' }),
  );
}

describe('findMissedEvents', () => {
  it('finds uploads and deletions the ingest never saw, and nothing it did see', async () => {
    const longAgo = new Date(Date.now() - 3_600_000);
    const later = new Date(Date.now() + 3_600_000);
    await upload('demo/never-seen.html');
    await upload('demo/seen.html');
    await state('demo/seen.html', 'ingested', later);
    await upload('demo/changed while stopped.html');
    await state('demo/changed while stopped.html', 'ingested', longAgo);
    await state('demo/deleted while stopped.html', 'ingested', longAgo);
    await state('demo/deleted and seen.html', 'deleted', longAgo, '0000FFFFFFFFFFFFFFFFFF');

    const { events, highestSequencer } = await findMissedEvents({
      s3: aws().s3Client,
      bucket: aws().inboxBucket,
      documentClient: aws().documentClient,
      tableName: aws().tableName,
    });

    expect(events.map((e) => `${e.eventName} ${e.key}`).sort()).toEqual([
      'ObjectCreated:Put demo/changed while stopped.html',
      'ObjectCreated:Put demo/never-seen.html',
      'ObjectRemoved:Delete demo/deleted while stopped.html',
    ]);
    expect(highestSequencer).toBe('0000FFFFFFFFFFFFFFFFFF');
    const created = events.find((e) => e.key === 'demo/never-seen.html');
    expect(created?.eTag).toMatch(/^[0-9a-f]{32}$/);
  });
});
