import { describe, expect, it, vi } from 'vitest';
import { describeFeed } from '../../../shared/feeds/feed-info.ts';
import { ALL_FEED } from '../../../shared/feeds/feed-ref.ts';
import { type JsonFeedDocument, renderJsonFeed } from '../../../shared/feeds/json-feed.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { validateJsonFeed } from '../../support/feed-parsers.ts';
import { DECLARED_IMAGE, item } from './fixtures.ts';

const baseUrl = 'https://feeds.example.org/';
const publisherFeed = describeFeed(
  { kind: 'publisher', publisherId: 'demo' },
  { baseUrl, publishers: samplePublishersById },
);

function parse(json: string): JsonFeedDocument {
  const document: unknown = JSON.parse(json);
  if (!validateJsonFeed(document)) {
    throw new Error(`not JSON Feed 1.1: ${JSON.stringify(validateJsonFeed.errors)}`);
  }
  return document as JsonFeedDocument;
}

describe('renderJsonFeed', () => {
  it('writes a valid JSON Feed 1.1 document with absolute home page and feed URLs', () => {
    const document = parse(renderJsonFeed(publisherFeed, [item()]));
    expect(document).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Demo — Tin tức',
      home_page_url: 'https://demo.example.vn/',
      feed_url: 'https://feeds.example.org/feeds/demo.json',
      description: 'The newest articles of Demo — Tin tức',
      language: 'vi',
    });
  });

  it('writes every item member a reader uses', () => {
    const [first] = parse(renderJsonFeed(publisherFeed, [item()])).items;
    expect(first).toEqual({
      id: 'a1b2c3',
      url: 'https://demo.example.vn/du-lich/ha-long-mua-thu.html',
      title: 'Hạ Long mùa thu',
      summary: 'Vịnh Hạ Long đón mùa thu với nắng vàng.',
      content_html: '<p>Vịnh <strong>Hạ Long</strong> mùa thu.</p>',
      image: 'https://demo.example.vn/img/ha-long.jpg',
      date_published: '2024-10-05T01:30:00.000Z',
      date_modified: '2024-10-05T02:00:00.000Z',
      authors: [{ name: 'Đỗ Huy' }, { name: 'Lan Anh' }],
      tags: ['Du lịch', 'Hạ Long', 'mùa thu'],
      language: 'vi',
    });
  });

  it("gives the page's declared picture as the image of an article whose body has none", () => {
    const image = DECLARED_IMAGE;
    const [bare, both] = parse(
      renderJsonFeed(publisherFeed, [
        item({ id: 'bare', images: [], image }),
        item({ id: 'both', image, publishedAt: '2024-10-04T08:30:00+07:00' }),
      ]),
    ).items;
    expect(bare?.image).toBe(image.url);
    expect(both?.image).toBe('https://demo.example.vn/img/ha-long.jpg');
  });

  it('leaves out members it has nothing for instead of writing null', () => {
    const bare = item({
      lead: null,
      contentText: '',
      authors: [],
      tags: [],
      section: null,
      images: [],
      publishedAt: null,
      modifiedAt: null,
    });
    const [first] = parse(renderJsonFeed(publisherFeed, [bare])).items;
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'url',
      'title',
      'content_html',
      'date_published',
      'language',
    ]);
    expect(first?.date_published).toBe('2024-10-01T00:00:00.000Z');
  });

  it('does not report a modification time that is not later than the publication', () => {
    const same = item({ modifiedAt: '2024-10-05T08:30:00+07:00' });
    const [first] = parse(renderJsonFeed(publisherFeed, [same])).items;
    expect(first?.date_modified).toBeUndefined();
  });

  it('removes control characters and lone surrogates from every string', () => {
    const json = renderJsonFeed(publisherFeed, [
      item({ title: 'A\u0000B\uDBFF', authors: ['C\u001Fd'], contentHtml: '<p>\uFFFEx</p>' }),
    ]);
    const [first] = parse(json).items;
    expect(first?.title).toBe('AB');
    expect(first?.authors).toEqual([{ name: 'Cd' }]);
    expect(first?.content_html).toBe('<p>x</p>');
    expect(json).not.toMatch(/\\u00[01]|\\ud[89abcdef]|\\uff/i);
  });

  it('never writes a relative link: an article URL that is not absolute gives the home page', () => {
    const [first] = parse(renderJsonFeed(publisherFeed, [item({ url: '/bai-viet.html' })])).items;
    expect(first?.url).toBe('https://demo.example.vn/');
  });

  it('renders the same items to the same bytes at any time', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
      const first = renderJsonFeed(publisherFeed, [item(), item({ id: 'b' })]);
      vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
      expect(renderJsonFeed(publisherFeed, [item(), item({ id: 'b' })])).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves language out of a feed that mixes languages', () => {
    const all = describeFeed(ALL_FEED, { baseUrl, publishers: samplePublishersById });
    const document = parse(renderJsonFeed(all, []));
    expect(document.language).toBeUndefined();
    expect(document.items).toEqual([]);
    expect(document.home_page_url).toBe('https://feeds.example.org/');
  });
});
