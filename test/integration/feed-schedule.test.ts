/**
 * The DynamoDB schedule store on DynamoDB Local, through the same scenarios as the in-memory
 * store: every condition of `shared/adapters/dynamo/feed-schedule.ts` meets a real server.
 */
import { describe, expect, it } from 'vitest';
import { DynamoFeedScheduleStore } from '../../shared/adapters/dynamo/feed-schedule.ts';
import { DynamoFeedStateStore } from '../../shared/adapters/dynamo/feed-state.ts';
import { describeCoalescing } from '../support/coalescing-scenarios.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();

describeCoalescing(
  'DynamoDB Local',
  () => new DynamoFeedScheduleStore(aws().tableName, aws().documentClient),
);

describe('DynamoFeedScheduleStore.acquire', () => {
  it("hands out the run's first generation with the lease, from the counter begin() uses", async () => {
    const schedule = new DynamoFeedScheduleStore(aws().tableName, aws().documentClient);
    const state = new DynamoFeedStateStore(aws().tableName, aws().documentClient);
    const path = 'demo/lease-generation';
    const before = await state.begin(path);
    await state.claim(path, { buildDate: new Date('2026-11-30T10:00:00Z'), contentHash: 'h1' });
    const acquired = await schedule.acquire(path, {
      due: null,
      now: Date.parse('2026-11-30T10:00:00Z'),
      windowMs: 10_000,
      leaseMs: 60_000,
      owner: 'run-1',
    });
    expect(acquired.kind).toBe('acquired');
    const begun = acquired.kind === 'acquired' ? acquired.lease.begun : undefined;
    expect(begun?.generation).toBe(before.generation + 1);
    expect(begun?.latest).toEqual({
      buildDate: new Date('2026-11-30T10:00:00Z'),
      contentHash: 'h1',
    });
    expect((await state.begin(path)).generation).toBe(before.generation + 2);
  });
});
