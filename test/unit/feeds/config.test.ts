import { describe, expect, it } from 'vitest';
import { feedsConfigFromEnv } from '../../../shared/feeds/config.ts';

const ENV = {
  TABLE_NAME: 'syndication',
  FEEDS_BUCKET: 'feeds',
  FEEDS_BASE_URL: 'https://d111.cloudfront.net/',
};

describe('feedsConfigFromEnv', () => {
  it('reads the table, bucket and base URL (without its trailing slash), 50 items and archive pages of 25 by default', () => {
    expect(feedsConfigFromEnv(ENV)).toEqual({
      tableName: 'syndication',
      feedsBucket: 'feeds',
      baseUrl: 'https://d111.cloudfront.net',
      itemLimit: 50,
      archivePageSize: 25,
    });
  });

  it('takes FEED_ARCHIVE_PAGE_SIZE when set, and names it when it is not a page size', () => {
    expect(feedsConfigFromEnv({ ...ENV, FEED_ARCHIVE_PAGE_SIZE: '100' }).archivePageSize).toBe(100);
    expect(() => feedsConfigFromEnv({ ...ENV, FEED_ARCHIVE_PAGE_SIZE: '0' })).toThrow(
      'FEED_ARCHIVE_PAGE_SIZE must be an integer from 1 to 1000, got "0"',
    );
  });

  it('takes FEED_ITEM_LIMIT when set', () => {
    expect(feedsConfigFromEnv({ ...ENV, FEED_ITEM_LIMIT: '20' }).itemLimit).toBe(20);
  });

  it.each(['ten', '0', '1001', '2.5'])(
    'names the variable and the value when FEED_ITEM_LIMIT is %j',
    (value) => {
      expect(() => feedsConfigFromEnv({ ...ENV, FEED_ITEM_LIMIT: value })).toThrow(
        `FEED_ITEM_LIMIT must be an integer from 1 to 1000, got "${value}"`,
      );
    },
  );

  it('rejects a base URL that is not absolute http(s)', () => {
    expect(() => feedsConfigFromEnv({ ...ENV, FEEDS_BASE_URL: 'd111.cloudfront.net' })).toThrow(
      'FEEDS_BASE_URL must be an absolute http(s) URL, got "d111.cloudfront.net"',
    );
  });

  it('says which variable is missing', () => {
    const { FEEDS_BUCKET: _omitted, ...env } = ENV;
    expect(() => feedsConfigFromEnv(env)).toThrow('Environment variable FEEDS_BUCKET is not set');
  });
});
