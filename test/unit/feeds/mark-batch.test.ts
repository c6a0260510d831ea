import { describe, expect, it } from 'vitest';
import { ALL_FEED, type FeedRef } from '../../../shared/feeds/feed-ref.ts';
import { MarkBatch } from '../../../shared/feeds/mark-feeds.ts';
import type { MarkChange } from '../../../shared/feeds/schedule.ts';
import type { ArticleChange } from '../../../shared/feeds/stream-changes.ts';
import { InMemorySchedule, RecordingQueue } from './in-memory-ports.ts';

/** A schedule that keeps every mark it was given. */
class RecordingSchedule extends InMemorySchedule {
  readonly changes = new Map<string, MarkChange>();

  override async mark(path: string, change: MarkChange) {
    this.changes.set(path, change);
    return super.mark(path, change);
  }
}

const demo: FeedRef = { kind: 'publisher', publisherId: 'demo' };
const change = (
  articleId: string,
  placed: ArticleChange['placed'],
  feeds: FeedRef[] = [ALL_FEED, demo],
): ArticleChange => ({ articleId, feeds, sectionNames: new Map(), changedAt: null, placed });

describe('MarkBatch', () => {
  it('marks each feed with the oldest new place among the changes that entered it', async () => {
    const schedule = new RecordingSchedule();
    const changes = [
      change('new', {
        sort: '2026-11-30T08:00:00.000Z#new',
        feedIds: ['all:all', 'publisher:demo'],
      }),
      change('old', { sort: '2020-01-01T00:00:00.000Z#old', feedIds: ['publisher:demo'] }),
      change('edited', null),
    ];
    const batch = new MarkBatch(changes, {
      schedule,
      queue: new RecordingQueue(() => 0),
      windowMs: 10_000,
      now: () => 0,
    });
    await Promise.all(changes.map((c) => batch.marked(c)));
    expect(schedule.changes.get('demo')?.placedSort).toBe('2020-01-01T00:00:00.000Z#old');
    expect(schedule.changes.get('all')?.placedSort).toBe('2026-11-30T08:00:00.000Z#new');
  });

  it('marks a feed without a place when no change entered it', async () => {
    const schedule = new RecordingSchedule();
    const changes = [change('edited', null)];
    const batch = new MarkBatch(changes, {
      schedule,
      queue: new RecordingQueue(() => 0),
      windowMs: 10_000,
      now: () => 0,
    });
    await batch.marked(changes[0] as ArticleChange);
    expect(schedule.changes.get('demo')?.placedSort).toBeNull();
  });
});
