import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { DeadLetter } from '../../../local/event-sources/dead-letters.ts';
import { oneAtATime } from '../../../local/event-sources/handlers.ts';
import { LocalQueue, type LocalQueueOptions } from '../../../local/event-sources/queue.ts';
import { toS3EventRecord, toSqsRecord } from '../../../local/event-sources/s3-events.ts';

const queue = { region: 'us-east-1', queueArn: 'arn:aws:sqs:us-east-1:000000000000:ingest' };

function message(key: string): SQSRecord {
  const record = toS3EventRecord(
    { bucket: 'inbox', key, eventName: 'ObjectCreated:Put' },
    '01',
    'us-east-1',
  );
  return toSqsRecord(record, queue, new Date());
}

function keyOf(record: SQSRecord): string {
  return JSON.parse(record.body).Records[0].s3.object.key;
}

function makeQueue(handler: LocalQueueOptions['handler'], extra: Partial<LocalQueueOptions> = {}) {
  const deadLetters: DeadLetter[] = [];
  const local = new LocalQueue({
    handler,
    deadLetter: async (letter) => {
      deadLetters.push(letter);
    },
    subjectsOf: (record) => [keyOf(record)],
    batchWindowMs: 1,
    retryDelayMs: () => 1,
    ...extra,
  });
  return { local, deadLetters };
}

describe('LocalQueue', () => {
  it('delivers messages in batches of at most batchSize', async () => {
    const sizes: number[] = [];
    const { local } = makeQueue(
      async (event: SQSEvent) => {
        sizes.push(event.Records.length);
        return { batchItemFailures: [] };
      },
      { batchSize: 3, concurrency: 1 },
    );
    for (let i = 0; i < 7; i++) local.send(message(`demo/${i}.html`));
    await local.idle();
    expect(sizes).toEqual([3, 3, 1]);
    expect(local.stats.succeeded).toBe(7);
  });

  it('redelivers only the messages reported in batchItemFailures, with a growing receive count', async () => {
    const received: string[] = [];
    const { local, deadLetters } = makeQueue(async (event: SQSEvent) => {
      const failures = [];
      for (const record of event.Records) {
        received.push(`${keyOf(record)}#${record.attributes.ApproximateReceiveCount}`);
        if (
          keyOf(record) === 'demo/flaky.html' &&
          record.attributes.ApproximateReceiveCount === '1'
        ) {
          failures.push({ itemIdentifier: record.messageId });
        }
      }
      return { batchItemFailures: failures };
    });
    local.send(message('demo/ok.html'));
    local.send(message('demo/flaky.html'));
    await local.idle();
    expect(received.sort()).toEqual(['demo/flaky.html#1', 'demo/flaky.html#2', 'demo/ok.html#1']);
    expect(deadLetters).toEqual([]);
  });

  it('dead-letters a message after maxReceiveCount receives, with the thrown error', async () => {
    let calls = 0;
    const { local, deadLetters } = makeQueue(
      async () => {
        calls += 1;
        throw new Error('DynamoDB is throttling');
      },
      { maxReceiveCount: 3 },
    );
    local.send(message('demo/doomed.html'));
    await local.idle();
    expect(calls).toBe(3);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({
      source: 'ingest',
      attempts: 3,
      error: 'Error: DynamoDB is throttling',
      subjects: ['demo/doomed.html'],
    });
    expect(local.stats.deadLettered).toBe(1);
  });

  it('treats a failure naming an unknown message as a failure of the whole batch', async () => {
    const receives: string[] = [];
    const { local, deadLetters } = makeQueue(
      async (event: SQSEvent) => {
        const first = receives.length === 0;
        for (const r of event.Records) {
          receives.push(`${keyOf(r)}#${r.attributes.ApproximateReceiveCount}`);
        }
        return first ? { batchItemFailures: [{ itemIdentifier: 'nope' }] } : undefined;
      },
      { concurrency: 1 },
    );
    local.send(message('demo/a.html'));
    local.send(message('demo/b.html'));
    await local.idle();
    expect(receives.sort()).toEqual([
      'demo/a.html#1',
      'demo/a.html#2',
      'demo/b.html#1',
      'demo/b.html#2',
    ]);
    expect(deadLetters).toEqual([]);
  });

  it('explains a reported failure with the lookup it was given', async () => {
    const { local, deadLetters } = makeQueue(
      async (event: SQSEvent) => ({
        batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })),
      }),
      { maxReceiveCount: 1, explainFailure: async () => 'TimeoutError: S3 took too long' },
    );
    local.send(message('demo/slow.html'));
    await local.idle();
    expect(deadLetters[0]?.error).toBe('TimeoutError: S3 took too long');
  });
});

describe('oneAtATime', () => {
  it('never lets two invocations of a handler overlap, whatever their callers do', async () => {
    let running = 0;
    let most = 0;
    const handler = oneAtATime(async (n: number) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      if (n === 1) throw new Error('boom');
      return n;
    });
    const results = await Promise.allSettled([handler(0), handler(1), handler(2)]);
    expect(most).toBe(1);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
