import { EventType } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  createBatchHandler,
  FAILED_RECORDS_METRIC,
} from '../../../shared/handlers/batch-handler.ts';
import type { HandlerLogger, HandlerMetrics } from '../../../shared/handlers/observability.ts';

function message(messageId: string, body = messageId): SQSRecord {
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'test',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:test',
    awsRegion: 'us-east-1',
  };
}

function streamRecord(sequenceNumber: string): DynamoDBRecord {
  return {
    eventID: `event-${sequenceNumber}`,
    eventName: 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: { SequenceNumber: sequenceNumber, Keys: { pk: { S: sequenceNumber } } },
  };
}

const context: Context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'test',
  functionVersion: '1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:test',
  memoryLimitInMB: '128',
  awsRequestId: 'request-1',
  logGroupName: 'group',
  logStreamName: 'stream',
  getRemainingTimeInMillis: () => 60_000,
  done: () => {},
  fail: () => {},
  succeed: () => {},
};

/** A logger and metrics that note what they were told, in order. */
function observability() {
  const calls: string[] = [];
  const metrics = new Map<string, number[]>();
  const contexts: Context[] = [];
  const logger: HandlerLogger = {
    info: () => {},
    warn: () => {},
    error: () => {},
    addContext: (added) => {
      contexts.push(added);
    },
  };
  const recorded: HandlerMetrics = {
    addMetric: (name, _unit, value) => {
      calls.push(`addMetric ${name}`);
      metrics.set(name, [...(metrics.get(name) ?? []), value]);
    },
    publishStoredMetrics: () => {
      calls.push('publishStoredMetrics');
    },
  };
  return { calls, metrics, contexts, logger, metrics_: recorded };
}

describe('createBatchHandler', () => {
  it('hands back the messages whose handler threw and counts them in a metric', async () => {
    const seen = observability();
    const handler = createBatchHandler<SQSRecord>(
      { eventType: EventType.SQS, logger: seen.logger, metrics: seen.metrics_ },
      () => async (record) => {
        if (record.body.startsWith('bad')) throw new Error(`cannot handle ${record.body}`);
      },
    );
    const response = await handler({
      Records: [message('m1', 'good'), message('m2', 'bad one'), message('m3', 'bad two')],
    });
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: 'm2' },
      { itemIdentifier: 'm3' },
    ]);
    expect(seen.metrics.get(FAILED_RECORDS_METRIC)).toEqual([2]);
    expect(seen.calls.at(-1)).toBe('publishStoredMetrics');
  });

  it('reports a batch where every message failed instead of throwing', async () => {
    const seen = observability();
    const handler = createBatchHandler<SQSRecord>(
      { eventType: EventType.SQS, logger: seen.logger, metrics: seen.metrics_ },
      () => async () => {
        throw new Error('table unavailable');
      },
    );
    const response = await handler({ Records: [message('m1'), message('m2')] });
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: 'm1' },
      { itemIdentifier: 'm2' },
    ]);
    expect(seen.metrics.get(FAILED_RECORDS_METRIC)).toEqual([2]);
  });

  it('counts zero failures for a batch that went through', async () => {
    const seen = observability();
    const handled: string[] = [];
    const handler = createBatchHandler<SQSRecord>(
      { eventType: EventType.SQS, logger: seen.logger, metrics: seen.metrics_ },
      () => async (record) => {
        handled.push(record.messageId);
      },
    );
    expect(await handler({ Records: [message('m1'), message('m2')] })).toEqual({
      batchItemFailures: [],
    });
    expect(handled.sort()).toEqual(['m1', 'm2']);
    expect(seen.metrics.get(FAILED_RECORDS_METRIC)).toEqual([0]);
  });

  it('flushes the metrics even when the event is not a batch', async () => {
    const seen = observability();
    const handler = createBatchHandler<SQSRecord>(
      { eventType: EventType.SQS, logger: seen.logger, metrics: seen.metrics_ },
      () => async () => {},
    );
    await expect(handler({} as { Records: SQSRecord[] })).rejects.toThrow();
    expect(seen.calls).toEqual(['publishStoredMetrics']);
  });

  it('gives the invocation context to the logger and to each record', async () => {
    const seen = observability();
    const remaining: (number | undefined)[] = [];
    const handler = createBatchHandler<SQSRecord>(
      { eventType: EventType.SQS, logger: seen.logger, metrics: seen.metrics_ },
      () => async (_record, given) => {
        remaining.push(given?.getRemainingTimeInMillis());
      },
    );
    await handler({ Records: [message('m1')] }, context);
    expect(seen.contexts).toEqual([context]);
    expect(remaining).toEqual([60_000]);
  });

  it('starts a message only when the one before it is done when told not to run them side by side', async () => {
    const seen = observability();
    const events: string[] = [];
    let finishFirst = () => {};
    const firstBlocked = new Promise<void>((resolve) => {
      finishFirst = resolve;
    });
    const handler = createBatchHandler<SQSRecord>(
      {
        eventType: EventType.SQS,
        logger: seen.logger,
        metrics: seen.metrics_,
        processInParallel: false,
      },
      () => async (record) => {
        events.push(`start ${record.messageId}`);
        if (record.messageId === 'm1') {
          // Let the batch go on without m1 finishing: m2 must still wait for it.
          queueMicrotask(() => {
            events.push('m1 released');
            finishFirst();
          });
          await firstBlocked;
        }
        events.push(`end ${record.messageId}`);
      },
    );
    await handler({ Records: [message('m1'), message('m2')] });
    expect(events).toEqual(['start m1', 'm1 released', 'end m1', 'start m2', 'end m2']);
  });

  it('runs the messages side by side by default', async () => {
    const seen = observability();
    const started: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handler = createBatchHandler<SQSRecord>(
      { eventType: EventType.SQS, logger: seen.logger, metrics: seen.metrics_ },
      () => async (record) => {
        started.push(record.messageId);
        // The last message opens the gate: it can only start while the others wait on it.
        if (started.length === 2) release();
        await gate;
      },
    );
    await handler({ Records: [message('m1'), message('m2')] });
    expect(started).toEqual(['m1', 'm2']);
  });

  it('builds the record handler from the whole batch and names stream records by sequence number', async () => {
    const seen = observability();
    const batches: string[][] = [];
    const handler = createBatchHandler<DynamoDBRecord>(
      { eventType: EventType.DynamoDBStreams, logger: seen.logger, metrics: seen.metrics_ },
      (event) => {
        const all = event.Records.map((record) => record.dynamodb?.SequenceNumber ?? '');
        batches.push(all);
        return async (record) => {
          if (record.dynamodb?.SequenceNumber === all.at(-1)) throw new Error('last one fails');
        };
      },
    );
    const response = await handler({ Records: [streamRecord('100'), streamRecord('200')] });
    expect(batches).toEqual([['100', '200']]);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: '200' }]);
  });
});
