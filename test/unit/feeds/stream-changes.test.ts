import { describe, expect, it } from 'vitest';
import { articleChangeOf, publishableChange } from '../../../shared/feeds/stream-changes.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { streamRecord } from './stream-records.ts';

const record = streamRecord;

const keys = { pk: 'ARTICLE#abc', sk: 'ARTICLE' };
const live = (section: string, slug: string) => ({
  ...keys,
  status: 'live',
  section,
  feedPublisher: 'demo',
  feedSection: `demo#${slug}`,
  feedSort: '2024-10-05T01:30:00.000Z#abc',
});

describe('articleChangeOf: the new place a late-article check needs', () => {
  it('gives a new article its place in every feed of its new image', () => {
    expect(articleChangeOf(record(keys, undefined, live('Du lịch', 'du-lich')))?.placed).toEqual({
      sort: '2024-10-05T01:30:00.000Z#abc',
      feedIds: ['all:all', 'publisher:demo', 'section:demo/du-lich'],
    });
  });

  it('gives a moved article its place only in the feeds it entered', () => {
    const change = articleChangeOf(
      record(keys, live('Du lịch', 'du-lich'), live('Đời sống', 'doi-song')),
    );
    expect(change?.placed?.feedIds).toEqual(['section:demo/doi-song']);
  });

  it('gives an article whose date moved its new place in all its feeds', () => {
    const redated = { ...live('Du lịch', 'du-lich'), feedSort: '2020-01-01T00:00:00.000Z#abc' };
    const change = articleChangeOf(record(keys, live('Du lịch', 'du-lich'), redated));
    expect(change?.placed).toEqual({
      sort: '2020-01-01T00:00:00.000Z#abc',
      feedIds: ['all:all', 'publisher:demo', 'section:demo/du-lich'],
    });
  });

  it('gives no place to an edit that keeps it, nor to a withdrawal', () => {
    const same = live('Du lịch', 'du-lich');
    expect(articleChangeOf(record(keys, same, { ...same, title: 'New' }))?.placed).toBeNull();
    const withdrawn = { ...keys, status: 'withdrawn', section: 'Du lịch' };
    expect(articleChangeOf(record(keys, same, withdrawn))?.placed).toBeNull();
  });
});

describe('articleChangeOf', () => {
  it('touches the aggregate, publisher and section feeds of a new article', () => {
    const change = articleChangeOf(record(keys, undefined, live('Du lịch', 'du-lich')));
    expect(change?.articleId).toBe('abc');
    expect(change?.feeds).toEqual([
      { kind: 'all' },
      { kind: 'publisher', publisherId: 'demo' },
      { kind: 'section', publisherId: 'demo', sectionSlug: 'du-lich' },
    ]);
    expect(change?.sectionNames.get('section:demo/du-lich')).toBe('Du lịch');
  });

  it('touches the old section feed too when an article moves to another section', () => {
    const change = articleChangeOf(
      record(keys, live('Du lịch', 'du-lich'), live('Đời sống', 'doi-song')),
    );
    expect(change?.feeds).toContainEqual({
      kind: 'section',
      publisherId: 'demo',
      sectionSlug: 'du-lich',
    });
    expect(change?.feeds).toContainEqual({
      kind: 'section',
      publisherId: 'demo',
      sectionSlug: 'doi-song',
    });
    expect(change?.feeds).toHaveLength(4);
  });

  it('touches the feeds a withdrawn article leaves', () => {
    const withdrawn = { ...keys, status: 'withdrawn', section: 'Du lịch' };
    const change = articleChangeOf(record(keys, live('Du lịch', 'du-lich'), withdrawn));
    expect(change?.feeds).toHaveLength(3);
  });

  it('touches no feed when an article that was never live changes', () => {
    const withdrawn = { ...keys, status: 'withdrawn' };
    expect(articleChangeOf(record(keys, withdrawn, withdrawn))?.feeds).toEqual([]);
  });

  it("dates the change by the new image's updatedAt (a withdrawal by its withdrawal time)", () => {
    const withdrawn = { ...keys, status: 'withdrawn', updatedAt: '2024-11-02T03:04:05.678Z' };
    const change = articleChangeOf(record(keys, live('Du lịch', 'du-lich'), withdrawn));
    expect(change?.changedAt?.toISOString()).toBe('2024-11-02T03:04:05.678Z');
  });

  it('dates a deleted item by the time the stream recorded the change', () => {
    const deleted = record(keys, { ...live('Du lịch', 'du-lich'), updatedAt: '2024-10-01Z' });
    const change = articleChangeOf({
      ...deleted,
      dynamodb: { ...deleted.dynamodb, ApproximateCreationDateTime: 1730516645 },
    });
    expect(change?.changedAt?.toISOString()).toBe('2024-11-02T03:04:05.000Z');
  });

  it('ignores source, rejection and feed-state items', () => {
    const source = { pk: 'SOURCE#demo/a.html', sk: 'SOURCE' };
    const rejection = { pk: 'REJECTION', sk: '2024-10-05T00:00:00.000Z#demo/a.html' };
    const state = { pk: 'FEED#all', sk: 'FEED' };
    for (const itemKeys of [source, rejection, state]) {
      expect(
        articleChangeOf(record(itemKeys, undefined, { ...itemKeys, feedPublisher: 'demo' })),
      ).toBe(null);
    }
  });
});

describe('publishableChange', () => {
  it('drops the feeds of publishers missing from the configuration but keeps the aggregate', () => {
    const gone = {
      ...keys,
      section: 'Du lịch',
      feedPublisher: 'gone',
      feedSection: 'gone#du-lich',
    };
    const change = articleChangeOf(record(keys, undefined, gone));
    if (change === null) throw new Error('expected an article change');
    const { change: publishable, unknownPublishers } = publishableChange(
      change,
      samplePublishersById,
    );
    expect(publishable.feeds).toEqual([{ kind: 'all' }]);
    expect(unknownPublishers).toEqual(['gone']);
  });
});
