/**
 * The upload API's rate limits in DynamoDB Local: one limit per key, shared by every function
 * instance, exact under concurrent requests.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoRateLimits } from '../../shared/adapters/dynamo/rate-limits.ts';
import { keys } from '../../shared/store/table.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();

/** Instances of the upload function: each its own limiter, one table, one clock. */
function instances(count: number, now: () => number): DynamoRateLimits[] {
  return Array.from(
    { length: count },
    () => new DynamoRateLimits(aws().tableName, aws().documentClient, now),
  );
}

describe('DynamoRateLimits', () => {
  it('allows a key its burst across all instances at once, and refuses the rest with a wait', async () => {
    const rate = { perSecond: 0.5, burst: 5 };
    const limits = instances(3, () => 1_000_000);
    const waits = await Promise.all(
      Array.from({ length: 24 }, (_, i) => (limits[i % 3] as DynamoRateLimits).take('k1', rate)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.filter((w) => w > 0).every((w) => w >= 1)).toBe(true);
  });

  it('allows the key again once its interval has passed, on any instance', async () => {
    let now = 2_000_000;
    const [a, b] = instances(2, () => now);
    const rate = { perSecond: 1, burst: 2 };
    expect(await a?.take('k2', rate)).toBe(0);
    expect(await b?.take('k2', rate)).toBe(0);
    expect(await a?.take('k2', rate)).toBe(1);
    now += 1000;
    expect(await b?.take('k2', rate)).toBe(0);
    expect(await a?.take('k2', rate)).toBe(1);
    now += 60_000; // idle: the whole burst is back
    expect(await a?.take('k2', rate)).toBe(0);
    expect(await b?.take('k2', rate)).toBe(0);
    expect(await a?.take('k2', rate)).toBe(1);
  });

  it('keeps keys apart and lets their items expire', async () => {
    const [limits] = instances(1, () => 3_000_000);
    const rate = { perSecond: 1, burst: 1 };
    expect(await limits?.take('k3', rate)).toBe(0);
    expect(await limits?.take('k4', rate)).toBe(0);
    expect(await limits?.take('k3', rate)).toBe(1);
    const { Item } = await aws().documentClient.send(
      new GetCommand({ TableName: aws().tableName, Key: keys.rateLimit('k3') }),
    );
    expect(Item?.expiresAt).toBeGreaterThan(3_000_000 / 1000);
  });
});
