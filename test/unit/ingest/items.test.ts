import { describe, expect, it } from 'vitest';
import {
  type ArticleItem,
  detachedArticleItem,
  liveArticleItem,
  rejectionItem,
} from '../../../shared/adapters/dynamo/items.ts';
import type { Article } from '../../../shared/article.ts';

const article: Article = {
  id: 'a1b2c3d4e5f60718',
  url: 'https://demo.example.vn/a.html',
  title: 'Tiêu đề',
  lead: null,
  authors: [],
  publishedAt: '2026-11-20T08:30:00+07:00',
  modifiedAt: null,
  language: 'vi',
  section: 'Đời sống',
  tags: [],
  contentHtml: '<p>Nội dung</p>',
  contentText: 'Nội dung',
  images: [],
  wordCount: 2,
  contentHash: 'h1',
};
const at = new Date('2026-11-29T10:00:00.000Z');
const context = { objectKey: 'demo/a.html', publisherId: 'demo', at, existing: null };

describe('liveArticleItem', () => {
  it('sets the feed attributes from the publication time and the slugified section', () => {
    expect(liveArticleItem(article, context)).toMatchObject({
      pk: 'ARTICLE#a1b2c3d4e5f60718',
      sk: 'ARTICLE',
      status: 'live',
      sectionSlug: 'doi-song',
      feedAll: 'all',
      feedPublisher: 'demo',
      feedSection: 'demo#doi-song',
      feedSort: '2026-11-20T01:30:00.000Z#a1b2c3d4e5f60718',
      revision: 1,
      ingestedAt: '2026-11-29T10:00:00.000Z',
    });
  });

  it('sorts an article without publication time by its first ingest and leaves out feedSection without a section', () => {
    const item = liveArticleItem({ ...article, publishedAt: null, section: null }, context);
    expect(item.feedSort).toBe('2026-11-29T10:00:00.000Z#a1b2c3d4e5f60718');
    expect(item).not.toHaveProperty('feedSection');
    expect(item.sectionSlug).toBeNull();
  });

  it('keeps the first ingest time and dates a changed body by the ingest when the page does not', () => {
    const first = liveArticleItem(article, context);
    const later = new Date('2026-11-30T00:00:00.000Z');
    const changed = liveArticleItem(
      { ...article, contentHash: 'h2' },
      { ...context, at: later, existing: first },
    );
    expect(changed.ingestedAt).toBe(first.ingestedAt);
    expect(changed.modifiedAt).toBe('2026-11-30T00:00:00.000Z');
    expect(changed.revision).toBe(2);
  });
});

describe('detachedArticleItem', () => {
  const live: ArticleItem = {
    ...liveArticleItem(article, context),
    sourceKeys: ['demo/a.html', 'demo/b.html'],
  };

  it('keeps the article live while another key holds it', () => {
    const item = detachedArticleItem(live, 'demo/a.html', at);
    expect(item).toMatchObject({ status: 'live', sourceKeys: ['demo/b.html'], feedAll: 'all' });
  });

  it('withdraws the article from every feed index when its last key goes, keeping its fields', () => {
    const item = detachedArticleItem(
      detachedArticleItem(live, 'demo/a.html', at),
      'demo/b.html',
      at,
    );
    expect(item).toMatchObject({
      status: 'withdrawn',
      withdrawnAt: at.toISOString(),
      title: 'Tiêu đề',
    });
    for (const name of ['feedAll', 'feedPublisher', 'feedSection', 'feedSort']) {
      expect(item).not.toHaveProperty(name);
    }
  });
});

describe('rejectionItem', () => {
  it('keys the entry by time and object key and expires it after 90 days', () => {
    const item = rejectionItem({
      objectKey: 'demo/x.html',
      publisherId: 'demo',
      reason: 'oversize',
      message: 'too big',
      sequencer: '01',
      at,
    });
    expect(item.sk).toBe('2026-11-29T10:00:00.000Z#demo/x.html');
    expect(item.expiresAt).toBe(Math.floor(at.getTime() / 1000) + 90 * 86_400);
  });
});
