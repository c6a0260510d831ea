import { describe, expect, it } from 'vitest';
import {
  feedEntryChangeOf,
  feedEntryItem,
  feedPlaceOf,
} from '../../../shared/adapters/dynamo/feed-entries.ts';
import { streamRecord } from './stream-records.ts';

const record = streamRecord;

const keys = { pk: 'ARTICLE#abc', sk: 'ARTICLE' };
const live = (revision: number, slug: string | null, sort = '2024-10-05T01:30:00.000Z#abc') => ({
  ...keys,
  status: 'live',
  revision,
  title: `Revision ${revision}`,
  feedPublisher: 'demo',
  ...(slug === null ? {} : { feedSection: `demo#${slug}` }),
  feedSort: sort,
});
const withdrawn = (revision: number) => ({ ...keys, status: 'withdrawn', revision });

describe('feedEntryChangeOf', () => {
  it("places a new article in its publisher's and its section's partitions", () => {
    expect(feedEntryChangeOf(record(keys, undefined, live(1, 'du-lich')))).toEqual({
      articleId: 'abc',
      revision: 1,
      place: { publisher: 'demo', section: 'demo#du-lich', sort: '2024-10-05T01:30:00.000Z#abc' },
      deleted: false,
    });
  });

  it('writes nothing for a change that keeps the article in place (a new title or body)', () => {
    expect(feedEntryChangeOf(record(keys, live(1, 'du-lich'), live(2, 'du-lich')))).toBeNull();
  });

  it('moves the entry when the section or the publication time changes', () => {
    expect(
      feedEntryChangeOf(record(keys, live(1, 'du-lich'), live(2, 'doi-song')))?.place?.section,
    ).toBe('demo#doi-song');
    const later = '2024-10-06T00:00:00.000Z#abc';
    expect(
      feedEntryChangeOf(record(keys, live(1, 'du-lich'), live(2, 'du-lich', later)))?.place?.sort,
    ).toBe(later);
    expect(feedEntryChangeOf(record(keys, live(1, 'du-lich'), live(2, null)))?.place).toEqual({
      publisher: 'demo',
      section: null,
      sort: '2024-10-05T01:30:00.000Z#abc',
    });
  });

  it('takes a withdrawn article out of every partition at its new revision', () => {
    expect(feedEntryChangeOf(record(keys, live(1, 'du-lich'), withdrawn(2)))).toEqual({
      articleId: 'abc',
      revision: 2,
      place: null,
      deleted: false,
    });
  });

  it('deletes the entry of a deleted article item, and ignores items other than articles', () => {
    expect(feedEntryChangeOf(record(keys, live(3, 'du-lich')))?.deleted).toBe(true);
    const source = { pk: 'SOURCE#demo/a.html', sk: 'SOURCE' };
    expect(feedEntryChangeOf(record(source, undefined, { ...source, status: 'ok' }))).toBeNull();
    const entry = { pk: 'ENTRY#abc', sk: 'ENTRY' };
    expect(feedEntryChangeOf(record(entry, undefined, { ...entry, revision: 1 }))).toBeNull();
  });
});

describe('feedEntryItem', () => {
  it('carries the index keys only while the article has a place, and its revision always', () => {
    const place = feedPlaceOf(live(4, null));
    expect(feedEntryItem('abc', 4, place)).toEqual({
      pk: 'ENTRY#abc',
      sk: 'ENTRY',
      type: 'feed-entry',
      revision: 4,
      entryPublisher: 'demo',
      entrySort: '2024-10-05T01:30:00.000Z#abc',
    });
    expect(feedEntryItem('abc', 5, null)).toEqual({
      pk: 'ENTRY#abc',
      sk: 'ENTRY',
      type: 'feed-entry',
      revision: 5,
    });
  });
});
