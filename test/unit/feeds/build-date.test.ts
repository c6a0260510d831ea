import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextBuildDate } from '../../../shared/feeds/build-date.ts';
import type { FeedVersion } from '../../../shared/feeds/ports.ts';
import { item } from './fixtures.ts';

const published = item({ publishedAt: '2024-10-05T01:30:00.250Z', modifiedAt: null });

describe('nextBuildDate', () => {
  it('dates a first build by its newest item, in whole seconds', () => {
    const date = nextBuildDate({
      items: [published],
      contentHash: 'a',
      changedAt: null,
      latest: null,
    });
    expect(date?.toISOString()).toBe('2024-10-05T01:30:00.000Z');
  });

  it('dates a withdrawal by the time of the withdrawal', () => {
    const latest = { buildDate: new Date('2024-10-05T01:30:00Z'), contentHash: 'a' };
    const changedAt = new Date('2024-11-02T03:04:05.678Z');
    const date = nextBuildDate({ items: [], contentHash: 'b', changedAt, latest });
    expect(date?.toISOString()).toBe('2024-11-02T03:04:05.000Z');
  });

  it('keeps the date of unchanged content, whatever the change time says', () => {
    const latest = { buildDate: new Date('2024-11-02T03:04:05Z'), contentHash: 'a' };
    const changedAt = new Date('2030-01-01T00:00:00Z');
    const date = nextBuildDate({ items: [published], contentHash: 'a', changedAt, latest });
    expect(date).toEqual(latest.buildDate);
  });

  it('is null only for a feed with no items, no dated change and no history', () => {
    expect(nextBuildDate({ items: [], contentHash: 'a', changedAt: null, latest: null })).toBe(
      null,
    );
  });

  const instant = fc
    .integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') })
    .map((ms) => new Date(ms));
  const step = fc.record({
    contentHash: fc.constantFrom('a', 'b', 'c'),
    changedAt: fc.option(instant, { nil: null }),
    itemTime: fc.option(instant, { nil: null }),
  });

  it('never goes back, and moves forward whenever the content changes', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        let latest: FeedVersion | null = null;
        for (const { contentHash, changedAt, itemTime } of steps) {
          const items =
            itemTime === null
              ? []
              : [item({ publishedAt: itemTime.toISOString(), modifiedAt: null })];
          const date = nextBuildDate({ items, contentHash, changedAt, latest });
          if (itemTime !== null) {
            expect(date?.getTime()).toBeGreaterThan(itemTime.getTime() - 1000);
          }
          if (latest?.buildDate) {
            const before = latest.buildDate.getTime();
            if (latest.contentHash === contentHash) {
              expect(date?.getTime()).toBeGreaterThanOrEqual(before);
            } else {
              expect(date?.getTime()).toBeGreaterThan(before);
            }
          }
          expect((date?.getTime() ?? 0) % 1000).toBe(0);
          latest = { buildDate: date, contentHash };
        }
      }),
    );
  });
});
