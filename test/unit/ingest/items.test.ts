import { describe, expect, it } from 'vitest';
import {
  type ArticleItem,
  detachedArticleItem,
  fromStoredItem,
  liveArticleItem,
  rejectionItem,
  toStoredItem,
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
  image: {
    url: 'https://demo.example.vn/anh/a.jpg',
    caption: null,
    alt: 'Ảnh',
    width: 1200,
    height: 630,
  },
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
      feedPublisher: 'demo',
      feedSection: 'demo#doi-song',
      feedSort: '2026-11-20T01:30:00.000Z#a1b2c3d4e5f60718',
      revision: 1,
      ingestedAt: '2026-11-29T10:00:00.000Z',
    });
  });

  it("puts an article whose section is in another script in that section's feed", () => {
    const item = liveArticleItem({ ...article, section: 'Политика', language: 'ru' }, context);
    expect(item.sectionSlug).toMatch(/^[0-9a-f]{8}$/);
    expect(item.feedSection).toBe(`demo#${item.sectionSlug}`);
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

describe('liveArticleItem dates in the future', () => {
  it("clamps a publication time in 2099 to the ingest time and flags the page's value", () => {
    const item = liveArticleItem({ ...article, publishedAt: '2099-01-01T00:00:00+07:00' }, context);
    expect(item.publishedAt).toBe(at.toISOString());
    expect(item.feedSort).toBe(`${at.toISOString()}#${article.id}`);
    expect(item.clampedDates).toEqual({ publishedAt: '2099-01-01T00:00:00+07:00' });
  });

  it('accepts a time a few minutes ahead (clock drift) as the page gives it', () => {
    const soon = new Date(at.getTime() + 10 * 60_000).toISOString();
    const item = liveArticleItem({ ...article, publishedAt: soon }, context);
    expect(item.publishedAt).toBe(soon);
    expect(item).not.toHaveProperty('clampedDates');
  });

  it('clamps a modification time in the future, which would date the feed in the future', () => {
    const item = liveArticleItem({ ...article, modifiedAt: '2098-05-05T00:00:00Z' }, context);
    expect(item.modifiedAt).toBe(at.toISOString());
    expect(item.clampedDates).toEqual({ modifiedAt: '2098-05-05T00:00:00Z' });
  });

  it('keeps the first clamped publication time when the page comes again, still dated 2099', () => {
    const future = { ...article, publishedAt: '2099-01-01T00:00:00+07:00' };
    const first = liveArticleItem(future, context);
    const later = new Date('2026-12-05T00:00:00.000Z');
    const again = liveArticleItem(
      { ...future, contentHash: 'h2' },
      { ...context, at: later, existing: first },
    );
    expect(again.publishedAt).toBe(first.publishedAt);
    expect(again.feedSort).toBe(first.feedSort);
  });
});

describe('stored article items', () => {
  it('store the body compressed and read it back unchanged', () => {
    const text = 'Hà Nội mùa thu, phố cổ vắng lặng. '.repeat(400);
    const item = liveArticleItem(
      { ...article, contentHtml: `<p>${text}</p>`, contentText: text },
      context,
    );
    const stored = toStoredItem(item);
    expect(stored).not.toHaveProperty('contentHtml');
    expect(stored.body.byteLength).toBeLessThan(text.length / 10);
    expect(fromStoredItem(stored)).toEqual(item);
  });

  it('read an item written before the body was compressed', () => {
    const item = liveArticleItem(article, context);
    expect(fromStoredItem({ ...item })).toEqual(item);
  });

  it('read an item written before articles had a declared picture as having none', () => {
    const { image: _image, ...older } = toStoredItem(liveArticleItem(article, context));
    expect(fromStoredItem(older).image).toBeNull();
    expect(fromStoredItem(toStoredItem(liveArticleItem(article, context))).image).toEqual(
      article.image,
    );
  });

  it('refuse an item without a body, naming it', () => {
    const { contentHtml: _h, contentText: _t, ...bodyless } = liveArticleItem(article, context);
    expect(() => fromStoredItem(bodyless)).toThrow(
      'Article item ARTICLE#a1b2c3d4e5f60718 has no readable body (attribute "body")',
    );
  });
});

describe('detachedArticleItem', () => {
  const live: ArticleItem = {
    ...liveArticleItem(article, context),
    sourceKeys: ['demo/a.html', 'demo/b.html'],
  };

  it('keeps the article live while another key holds it', () => {
    const item = detachedArticleItem(live, 'demo/a.html', at);
    expect(item).toMatchObject({
      status: 'live',
      sourceKeys: ['demo/b.html'],
      feedPublisher: 'demo',
    });
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
    for (const name of ['feedPublisher', 'feedSection', 'feedSort']) {
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
