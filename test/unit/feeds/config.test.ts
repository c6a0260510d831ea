import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedsConfigFromEnv } from '../../../shared/feeds/config.ts';

const NAMES = ['TABLE_NAME', 'FEEDS_BUCKET', 'FEEDS_BASE_URL', 'FEED_ITEM_LIMIT'] as const;
const saved = new Map<string, string | undefined>();

beforeEach(() => {
  for (const name of NAMES) saved.set(name, process.env[name]);
  process.env.TABLE_NAME = 'syndication';
  process.env.FEEDS_BUCKET = 'feeds';
  process.env.FEEDS_BASE_URL = 'https://d111.cloudfront.net/';
  delete process.env.FEED_ITEM_LIMIT;
});

afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('feedsConfigFromEnv', () => {
  it('reads the table, bucket and base URL (without its trailing slash) and 50 items by default', () => {
    expect(feedsConfigFromEnv()).toEqual({
      tableName: 'syndication',
      feedsBucket: 'feeds',
      baseUrl: 'https://d111.cloudfront.net',
      itemLimit: 50,
    });
  });

  it('takes FEED_ITEM_LIMIT when set', () => {
    process.env.FEED_ITEM_LIMIT = '20';
    expect(feedsConfigFromEnv().itemLimit).toBe(20);
  });

  it('names the variable and the value when FEED_ITEM_LIMIT is not a positive integer', () => {
    process.env.FEED_ITEM_LIMIT = 'ten';
    expect(() => feedsConfigFromEnv()).toThrow(
      'FEED_ITEM_LIMIT must be an integer from 1 to 1000, got "ten"',
    );
  });

  it('rejects a base URL that is not absolute http(s)', () => {
    process.env.FEEDS_BASE_URL = 'd111.cloudfront.net';
    expect(() => feedsConfigFromEnv()).toThrow(
      'FEEDS_BASE_URL must be an absolute http(s) URL, got "d111.cloudfront.net"',
    );
  });

  it('says which variable is missing', () => {
    delete process.env.FEEDS_BUCKET;
    expect(() => feedsConfigFromEnv()).toThrow('Environment variable FEEDS_BUCKET is not set');
  });
});
