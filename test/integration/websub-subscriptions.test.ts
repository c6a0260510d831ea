/**
 * Subscriptions in DynamoDB Local, through the hub's own steps: a request accepted and verified
 * is stored with its lease, an ended lease is no longer active, and the per-topic and per-host
 * limits refuse a new callback (never a renewal).
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoSubscriptionStore } from '../../shared/adapters/dynamo/subscriptions.ts';
import { S3TopicReader } from '../../shared/adapters/s3/feed-content.ts';
import { DEFAULT_HUB_POLICY, type HubPolicy } from '../../shared/websub/config.ts';
import { SubscriptionLimitError, UnknownTopicError } from '../../shared/websub/errors.ts';
import type { HubJob, VerifyJob } from '../../shared/websub/jobs.ts';
import type { CallbackClient } from '../../shared/websub/ports.ts';
import { acceptSubscriptionRequest, verifyIntent } from '../../shared/websub/subscribe.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
const BASE = 'https://feeds.example.com';
const POLICY: HubPolicy = {
  ...DEFAULT_HUB_POLICY,
  maxSubscriptionsPerTopic: 2,
  maxSubscriptionsPerHost: 3,
};
const T0 = Date.UTC(2026, 10, 30, 12);

/** A subscriber that echoes every challenge. */
const echoing: CallbackClient = {
  async get(url) {
    return { status: 200, body: new URL(url).searchParams.get('hub.challenge') ?? '' };
  },
  async post() {
    return { status: 204, body: '' };
  },
};

function hub(now: number) {
  const sent: HubJob[] = [];
  const store = new DynamoSubscriptionStore(aws().tableName, aws().documentClient);
  const deps = {
    feedsBaseUrl: BASE,
    policy: POLICY,
    store,
    topics: new S3TopicReader(aws().feedsBucket, aws().s3Client),
    resolver: { resolve: async () => ['93.184.216.34'] },
    queue: {
      send: async (jobs: readonly HubJob[]) => void sent.push(...jobs),
      retryLater: async () => {},
    },
    callbacks: echoing,
    now: () => now,
  };
  /** Accepts and verifies a subscription, as the endpoint and the worker do. */
  async function subscribe(topic: string, callback: string, lease = 600) {
    const form = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.topic': `${BASE}/${topic}`,
      'hub.callback': callback,
      'hub.lease_seconds': String(lease),
    });
    await acceptSubscriptionRequest(form, deps);
    return verifyIntent(sent.pop() as VerifyJob, deps);
  }
  return { store, subscribe };
}

beforeAll(async () => {
  for (const key of ['feeds/all.xml', 'feeds/demo.xml', 'feeds/demo.atom', 'feeds/demo.json']) {
    await aws().s3Client.send(
      new PutObjectCommand({ Bucket: aws().feedsBucket, Key: key, Body: '<rss/>' }),
    );
  }
});

describe('subscriptions in the table', () => {
  it('stores a verified subscription with its lease, inactive once the lease ends', async () => {
    const { store, subscribe } = hub(T0);
    expect(await subscribe('feeds/all.xml', 'https://a.example/cb', 600)).toEqual({
      kind: 'subscribed',
      expiresAt: T0 + 600_000,
    });
    expect(
      (await store.activeForTopic('feeds/all.xml', T0 + 599_999)).map((s) => s.callback),
    ).toEqual(['https://a.example/cb']);
    expect(await store.activeForTopic('feeds/all.xml', T0 + 600_000)).toEqual([]);
    expect(await store.countActiveForHost('a.example', T0 + 600_000)).toBe(0);
  });

  it('refuses a topic that has no feed file', async () => {
    await expect(hub(T0).subscribe('feeds/nobody.xml', 'https://a.example/cb')).rejects.toThrow(
      UnknownTopicError,
    );
  });

  it('refuses a new callback beyond the per-topic limit, never a renewal', async () => {
    const { subscribe } = hub(T0);
    await subscribe('feeds/demo.xml', 'https://b.example/1');
    await subscribe('feeds/demo.xml', 'https://c.example/2');
    await expect(subscribe('feeds/demo.xml', 'https://d.example/3')).rejects.toThrow(
      SubscriptionLimitError,
    );
    expect((await subscribe('feeds/demo.xml', 'https://c.example/2', 900)).kind).toBe('subscribed');
  });

  it('refuses a new callback beyond the per-host limit, over every topic', async () => {
    const { store, subscribe } = hub(T0);
    await subscribe('feeds/demo.atom', 'https://host.example/1');
    await subscribe('feeds/demo.atom', 'https://host.example/2');
    await subscribe('feeds/all.xml', 'https://host.example/3');
    expect(await store.countActiveForHost('HOST.example', T0)).toBe(3);
    await expect(subscribe('feeds/demo.json', 'https://host.example/4')).rejects.toThrow(
      'callbacks on host.example already hold 3 subscriptions (the limit)',
    );
    await store.remove('feeds/all.xml', 'https://host.example/3');
    expect((await subscribe('feeds/demo.json', 'https://host.example/4')).kind).toBe('subscribed');
  });
});
