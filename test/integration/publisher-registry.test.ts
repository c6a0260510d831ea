/**
 * The publisher registry and API keys on DynamoDB Local, through the use cases the CLI runs.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoPublisherArticles } from '../../shared/adapters/dynamo/publisher-articles.ts';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import {
  addPublisher,
  createKey,
  listKeys,
  type RegistryAdmin,
  revokeKey,
  setPublisherStatus,
  updatePublisher,
} from '../../shared/publishers/admin.ts';
import { parseApiKey, secretMatches } from '../../shared/publishers/api-keys.ts';
import { CachedPublisherDirectory } from '../../shared/publishers/cached-directory.ts';
import {
  ApiKeyNotFoundError,
  PublisherConfigError,
  PublisherExistsError,
  PublisherNotFoundError,
} from '../../shared/publishers/errors.ts';
import { keys } from '../../shared/store/table.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
let registry: DynamoPublisherRegistry;
let admin: RegistryAdmin;

beforeAll(() => {
  registry = new DynamoPublisherRegistry(aws().tableName, aws().documentClient);
  admin = {
    registry,
    keys: registry,
    articles: new DynamoPublisherArticles(aws().tableName, aws().documentClient),
  };
});

const newsroom = {
  id: 'bao-moi',
  name: 'Báo Mới',
  homePage: 'https://baomoi.example.vn/',
  domains: ['BaoMoi.example.vn', 'm.baomoi.example.vn'],
  language: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
};

describe('DynamoPublisherRegistry', () => {
  it('holds the sample publishers the local set-up seeds', async () => {
    expect((await registry.list()).map((p) => p.id)).toEqual(
      expect.arrayContaining(['demo', 'example-news']),
    );
    expect(await registry.get('demo')).toMatchObject({ status: 'active', language: 'vi' });
  });

  it('adds a publisher with normalized domains and hands out its first key once', async () => {
    const { record, key } = await addPublisher(admin, newsroom);
    expect(record).toMatchObject({
      id: 'bao-moi',
      status: 'active',
      domains: ['baomoi.example.vn', 'm.baomoi.example.vn'],
    });
    expect(await registry.get('bao-moi')).toEqual(record);
    expect(key.publisher).toBe('bao-moi');
    const parsed = parseApiKey(key.apiKey);
    expect(parsed).toMatchObject({ publisherId: 'bao-moi', keyId: key.keyId });
    const stored = await registry.getKey('bao-moi', key.keyId);
    expect(stored?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(parsed?.secret);
    expect(stored !== null && parsed !== null && secretMatches(parsed.secret, stored)).toBe(true);
  });

  it('refuses to add an id that is taken, or a publisher without a valid domain', async () => {
    await expect(addPublisher(admin, newsroom)).rejects.toThrow(PublisherExistsError);
    await expect(
      addPublisher(admin, { ...newsroom, id: 'no-domain', domains: ['not a host'] }),
    ).rejects.toThrow(PublisherConfigError);
    expect(await registry.get('no-domain')).toBeNull();
  });

  it('updates fields and domains, keeping what was not given', async () => {
    const updated = await updatePublisher(admin, 'bao-moi', {
      name: 'Báo Mới Online',
      addDomains: ['*.baomoi.example.vn'],
      removeDomains: ['m.baomoi.example.vn'],
      rateLimit: { perSecond: 5, burst: 10 },
    });
    expect(updated).toMatchObject({
      name: 'Báo Mới Online',
      homePage: 'https://baomoi.example.vn/',
      domains: ['baomoi.example.vn', '*.baomoi.example.vn'],
      rateLimit: { perSecond: 5, burst: 10 },
    });
    expect(await registry.get('bao-moi')).toEqual(updated);
    await expect(updatePublisher(admin, 'nobody', { name: 'X' })).rejects.toThrow(
      PublisherNotFoundError,
    );
  });

  it('refuses to replace a publisher that changed since it was read', async () => {
    const read = await registry.get('bao-moi');
    if (read === null) throw new Error('bao-moi is missing');
    await updatePublisher(admin, 'bao-moi', { timezone: 'UTC' });
    expect(await registry.replace({ ...read, name: 'Lost update' }, read)).toBe(false);
    expect((await registry.get('bao-moi'))?.name).toBe('Báo Mới Online');
  });

  it('suspends and resumes a publisher', async () => {
    expect((await setPublisherStatus(admin, 'bao-moi', 'suspended')).publisher.status).toBe(
      'suspended',
    );
    expect((await registry.get('bao-moi'))?.status).toBe('suspended');
    await setPublisherStatus(admin, 'bao-moi', 'active');
    expect((await registry.get('bao-moi'))?.status).toBe('active');
  });
});

describe('API keys', () => {
  it('lists keys without secrets and revokes one at once, keeping the others', async () => {
    const second = await createKey(admin, 'bao-moi');
    const listed = await listKeys(admin, 'bao-moi');
    expect(listed.map((k) => k.keyId)).toContain(second.keyId);
    expect(listed.length).toBe(2);
    const revoked = await revokeKey(admin, 'bao-moi', second.keyId);
    expect(revoked.revokedAt).not.toBeNull();
    expect((await registry.getKey('bao-moi', second.keyId))?.revokedAt).toBe(revoked.revokedAt);
    expect((await listKeys(admin, 'bao-moi')).filter((k) => k.revokedAt === null)).toHaveLength(1);
  });

  it('keeps the first revocation time when a key is revoked twice', async () => {
    const key = await createKey(admin, 'bao-moi');
    const first = await revokeKey(admin, 'bao-moi', key.keyId);
    const again = await revokeKey(admin, 'bao-moi', key.keyId);
    expect(again.revokedAt).toBe(first.revokedAt);
  });

  it('says which key does not exist, and refuses keys for an unknown publisher', async () => {
    await expect(revokeKey(admin, 'bao-moi', '0000000000000000')).rejects.toThrow(
      ApiKeyNotFoundError,
    );
    await expect(createKey(admin, 'nobody')).rejects.toThrow(PublisherNotFoundError);
    expect(
      (
        await aws().documentClient.send(
          new GetCommand({
            TableName: aws().tableName,
            Key: keys.apiKey('bao-moi', '0000000000000000'),
          }),
        )
      ).Item,
    ).toBeUndefined();
  });
});

describe('CachedPublisherDirectory over the registry', () => {
  it('applies a change once its period is over, without a new instance', async () => {
    let now = 0;
    const cached = new CachedPublisherDirectory(registry, { ttlMs: 30_000, now: () => now });
    expect((await cached.get('example-news'))?.status).toBe('active');
    await setPublisherStatus(admin, 'example-news', 'suspended');
    now = 29_999;
    expect((await cached.get('example-news'))?.status).toBe('active');
    now = 30_000;
    expect((await cached.get('example-news'))?.status).toBe('suspended');
    await setPublisherStatus(admin, 'example-news', 'active');
  });

  it('finds a publisher added after it looked for it, at once', async () => {
    const cached = new CachedPublisherDirectory(registry, { ttlMs: 60_000, now: () => 0 });
    expect(await cached.get('late-comer')).toBeNull();
    await addPublisher(admin, { ...newsroom, id: 'late-comer', domains: ['late.example.com'] });
    expect((await cached.get('late-comer'))?.id).toBe('late-comer');
  });
});
