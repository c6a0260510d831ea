import type { Article, ArticleImage } from '../../../shared/article.ts';
import type { FeedItem } from '../../../shared/feeds/feed-item.ts';

/** An article with every field set; override what a test is about. */
export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1b2c3',
    url: 'https://demo.example.vn/du-lich/ha-long-mua-thu.html',
    title: 'Hạ Long mùa thu',
    lead: 'Vịnh Hạ Long đón mùa thu với nắng vàng.',
    authors: ['Đỗ Huy', 'Lan Anh'],
    publishedAt: '2024-10-05T08:30:00+07:00',
    modifiedAt: '2024-10-05T09:00:00+07:00',
    language: 'vi',
    section: 'Du lịch',
    tags: ['Hạ Long', 'mùa thu'],
    contentHtml: '<p>Vịnh <strong>Hạ Long</strong> mùa thu.</p>',
    contentText: 'Vịnh Hạ Long mùa thu.',
    images: [
      {
        url: 'https://demo.example.vn/img/ha-long.jpg',
        caption: 'Vịnh Hạ Long',
        alt: null,
        width: 800,
        height: 600,
      },
    ],
    image: null,
    wordCount: 5,
    contentHash: 'h1',
    ...overrides,
  };
}

/** The picture a page declares for sharing (`Article.image`), for an article whose body has none. */
export const DECLARED_IMAGE: ArticleImage = {
  url: 'https://demo.example.vn/anh/chia-se/ha-long.png',
  caption: null,
  alt: 'Vịnh Hạ Long',
  width: 1200,
  height: 630,
};

/** A feed item of `article(overrides)`, sorted by its publication time. */
export function item(overrides: Partial<Article> = {}): FeedItem {
  const a = article(overrides);
  return { article: a, sortTime: new Date(a.publishedAt ?? '2024-10-01T00:00:00Z') };
}
