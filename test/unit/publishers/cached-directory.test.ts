import { describe, expect, it } from 'vitest';
import {
  CachedPublisherDirectory,
  publishersById,
} from '../../../shared/publishers/cached-directory.ts';
import type { PublisherDirectory } from '../../../shared/publishers/ports.ts';
import type { PublisherRecord } from '../../../shared/publishers/publisher.ts';
import { SAMPLE_PUBLISHERS } from '../../../shared/publishers/samples.ts';

function countingSource(records: PublisherRecord[]) {
  const reads = { get: 0, list: 0 };
  const source: PublisherDirectory = {
    get: async (id) => {
      reads.get += 1;
      return records.find((r) => r.id === id) ?? null;
    },
    list: async () => {
      reads.list += 1;
      return [...records];
    },
  };
  return { source, reads };
}

describe('CachedPublisherDirectory', () => {
  it('reads a publisher once per period, however many lookups ask for it', async () => {
    let now = 0;
    const { source, reads } = countingSource([...SAMPLE_PUBLISHERS]);
    const cached = new CachedPublisherDirectory(source, { ttlMs: 1000, now: () => now });
    await Promise.all([cached.get('demo'), cached.get('demo'), cached.get('demo')]);
    await cached.get('demo');
    expect(reads.get).toBe(1);
    now = 1000;
    await cached.get('demo');
    expect(reads.get).toBe(2);
  });

  it('does not remember a publisher that was not found', async () => {
    const records = [...SAMPLE_PUBLISHERS];
    const { source } = countingSource(records);
    const cached = new CachedPublisherDirectory(source, { ttlMs: 60_000, now: () => 0 });
    expect(await cached.get('newcomer')).toBeNull();
    records.push({ ...SAMPLE_PUBLISHERS[0], id: 'newcomer' } as PublisherRecord);
    expect((await cached.get('newcomer'))?.id).toBe('newcomer');
  });

  it('serves lookups from a fresh listing', async () => {
    const { source, reads } = countingSource([...SAMPLE_PUBLISHERS]);
    const cached = new CachedPublisherDirectory(source, { ttlMs: 60_000, now: () => 0 });
    await cached.list();
    await cached.list();
    await cached.get('example-news');
    expect(reads).toEqual({ get: 0, list: 1 });
  });

  it('lets a failed read fail, and reads again on the next lookup', async () => {
    let fail = true;
    const cached = new CachedPublisherDirectory({
      get: async () => {
        if (fail) throw new Error('throttled');
        return SAMPLE_PUBLISHERS[0] ?? null;
      },
      list: async () => [],
    });
    await expect(cached.get('demo')).rejects.toThrow('throttled');
    fail = false;
    expect((await cached.get('demo'))?.id).toBe('demo');
  });
});

describe('publishersById', () => {
  it('adds the needed publishers a stale listing lacks', async () => {
    const records = [...SAMPLE_PUBLISHERS];
    const { source } = countingSource(records);
    const cached = new CachedPublisherDirectory(source, { ttlMs: 60_000, now: () => 0 });
    await cached.list();
    records.push({ ...SAMPLE_PUBLISHERS[0], id: 'newcomer' } as PublisherRecord);
    const byId = await publishersById(cached, ['newcomer', 'demo', 'gone']);
    expect([...byId.keys()].sort()).toEqual(['demo', 'example-news', 'newcomer']);
  });
});
