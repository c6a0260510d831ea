/**
 * The single-table design. One table holds articles, the state of every inbox key, a log of
 * rejections and the state of every feed; two sparse, keys-only GSIs over small feed-entry items
 * serve the feeds.
 *
 * | item        | pk                  | sk                       | notes                                   |
 * |-------------|---------------------|--------------------------|-----------------------------------------|
 * | article     | `ARTICLE#<id>`      | `ARTICLE`                | the Article fields + bookkeeping        |
 * | feed entry  | `ENTRY#<id>`        | `ENTRY`                  | an article's place in the feed indexes  |
 * | source key  | `SOURCE#<key>`      | `SOURCE`                 | last sequencer, article id, last error  |
 * | rejection   | `REJECTION`         | `<ISO time>#<key>`       | key, reason, time; TTL `expiresAt`      |
 * | feed state  | `FEED#<feed path>`  | `FEED`                   | generations, schedule of the regenerator|
 * | site page   | `SITE#<host>`       | `PAGE#<hash of the URL>` | one recorded page's fingerprints, gzipped |
 * | site usable | `SITE#<host>`       | `USABLE`                 | the site's template became usable once  |
 * | subscription| `SUB#<topic key>`   | `<callback URL>`         | WebSub lease, secret; TTL `expiresAt`   |
 * | by host     | `SUBHOST#<host>`    | `<topic key>#<callback>` | the same lease, to count per host; TTL  |
 * | publisher   | `PUBLISHER`         | `<publisher id>`         | the registry: one partition, one query  |
 * | API key     | `APIKEY#<publisher>`| `<key id>`               | the hash of a key's secret, revocation  |
 * | rate limit  | `RATE#<key id>`     | `RATE`                   | the key's GCRA instant; TTL `expiresAt` |
 * | key listing | `PAGES#<publisher>#<status>` | `<updatedAt>#<key>` | a key by its last outcome (`GET /v1/pages`) |
 *
 * Feed GSIs (projection KEYS_ONLY: `pk`, `sk`, the index keys — about 150 bytes, one WCU per
 * index write). They index the *feed entry* of each article, not the article item: the ingest
 * writes the article in a transaction with its key's state, and DynamoDB counts every write of
 * a transaction twice, on the indexes too (2 WCU per index); the entry is written on its own,
 * after the transaction, by the feeds function from the article's stream record
 * (`shared/adapters/dynamo/feed-entries.ts`): one plain put, 1 WCU in each index, and no write at
 * all when a change keeps the article's place. The entry carries the article's `revision`, so
 * stream records applied late or twice never bring back an older place. A feed read takes the
 * newest entries from the index and then the articles themselves with a consistent
 * `BatchGetItem`, so an entry that lags its article (withdrawn, moved) is dropped there. The
 * partition attributes exist only while the article is live, so a withdrawn article's entry
 * (kept, with its revision) leaves every feed:
 *
 * | index            | partition key    | value                         | sort key    |
 * |------------------|------------------|-------------------------------|-------------|
 * | `feed-publisher` | `entryPublisher` | `<publisherId>`               | `entrySort` |
 * | `feed-section`   | `entrySection`   | `<publisherId>#<sectionSlug>` | `entrySort` |
 *
 * Every live article stays in its partitions (archive pages read the older ones). The article
 * item keeps the same values as `feedPublisher`, `feedSection` and `feedSort` (what the stream
 * records and the feed reads go by), but no index is keyed on them.
 *
 * The aggregate feed has no index of its own: it is the newest N of the publisher partitions,
 * merged at read time (one query per configured publisher). So no partition key is written by
 * every article, and an article costs at most two index writes.
 *
 * `feedSort` is `<publication time as UTC ISO 8601 with milliseconds>#<article id>` (fixed
 * width, so lexical order is time order); an article without a publication time sorts by the
 * time it was first ingested.
 *
 * A publisher's inbox keys by the outcome of their last event, newest first (the upload API's
 * `GET /v1/pages`), are base-table items, not an index: `PAGES#<publisherId>#<status>` /
 * `<updatedAt>#<key>`, written by the ingest after its transaction
 * (`shared/adapters/dynamo/page-listing.ts`), so every index write of an article is a feed
 * entry's: 2 WCU in all.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const ATTR = {
  pk: 'pk',
  sk: 'sk',
  feedPublisher: 'feedPublisher',
  feedSection: 'feedSection',
  feedSort: 'feedSort',
  entryPublisher: 'entryPublisher',
  entrySection: 'entrySection',
  entrySort: 'entrySort',
  expiresAt: 'expiresAt',
} as const;

export const INDEX = {
  publisher: 'feed-publisher',
  section: 'feed-section',
} as const;

/**
 * Indexes of earlier versions, gone from the schema: `ensureTable` deletes them from a local table
 * made before (`pages`: the listing of keys by outcome, now base-table items, `page-listing.ts`).
 */
export const RETIRED_INDEXES = ['pages'] as const;

/** Partition-key prefix of each item type keyed by an id (the id follows the prefix). */
export const KEY_PREFIX = {
  article: 'ARTICLE#',
  /** An article's feed entry (its place in the feed indexes). */
  entry: 'ENTRY#',
  feed: 'FEED#',
  source: 'SOURCE#',
  site: 'SITE#',
  /** WebSub subscriptions (one partition per topic key). */
  subscription: 'SUB#',
  /** Per-host copies of subscriptions (one partition per callback host). */
  subscriptionHost: 'SUBHOST#',
  apiKey: 'APIKEY#',
  /** The upload API's rate limit of one API key (the only items its function may write). */
  rateLimit: 'RATE#',
  /** The listing of a publisher's keys by outcome (`shared/adapters/dynamo/page-listing.ts`). */
  pageListing: 'PAGES#',
} as const;

/** Sort key of each item type that has one item per partition. */
export const SORT_KEY = {
  article: 'ARTICLE',
  entry: 'ENTRY',
  feed: 'FEED',
  source: 'SOURCE',
  /** A site profile of an earlier version: all its pages in one item (read, then superseded). */
  site: 'SITE',
  /** The marker written when a site's template first becomes usable. */
  siteUsable: 'USABLE',
  rateLimit: 'RATE',
} as const;

/** Sort-key prefix of one page of a site's profile (a hash of its URL follows). */
export const SITE_PAGE_PREFIX = 'PAGE#';

/** The partition holding every publisher of the registry, sorted by id. */
export const PUBLISHER_PARTITION = 'PUBLISHER';

/** The partition holding every rejection, sorted by time. */
export const REJECTION_PARTITION = 'REJECTION';

/** The key of each item. */
export const keys = {
  article: (id: string) => ({ pk: `${KEY_PREFIX.article}${id}`, sk: SORT_KEY.article }),
  entry: (id: string) => ({ pk: `${KEY_PREFIX.entry}${id}`, sk: SORT_KEY.entry }),
  feed: (feedPath: string) => ({ pk: `${KEY_PREFIX.feed}${feedPath}`, sk: SORT_KEY.feed }),
  source: (objectKey: string) => ({ pk: `${KEY_PREFIX.source}${objectKey}`, sk: SORT_KEY.source }),
  site: (host: string) => ({ pk: `${KEY_PREFIX.site}${host}`, sk: SORT_KEY.site }),
  sitePage: (host: string, urlHash: string) => ({
    pk: `${KEY_PREFIX.site}${host}`,
    sk: `${SITE_PAGE_PREFIX}${urlHash}`,
  }),
  siteUsable: (host: string) => ({ pk: `${KEY_PREFIX.site}${host}`, sk: SORT_KEY.siteUsable }),
  rateLimit: (keyId: string) => ({
    pk: `${KEY_PREFIX.rateLimit}${keyId}`,
    sk: SORT_KEY.rateLimit,
  }),
  subscription: (topicKey: string, callback: string) => ({
    pk: `${KEY_PREFIX.subscription}${topicKey}`,
    sk: callback,
  }),
  subscriptionByHost: (host: string, topicKey: string, callback: string) => ({
    pk: `${KEY_PREFIX.subscriptionHost}${host}`,
    sk: `${topicKey}#${callback}`,
  }),
  rejection: (atIso: string, objectKey: string) => ({
    pk: REJECTION_PARTITION,
    sk: `${atIso}#${objectKey}`,
  }),
  publisher: (id: string) => ({ pk: PUBLISHER_PARTITION, sk: id }),
  apiKey: (publisherId: string, keyId: string) => ({
    pk: `${KEY_PREFIX.apiKey}${publisherId}`,
    sk: keyId,
  }),
} as const;

/**
 * The article id of an item key.
 *
 * @param key - an item's `pk` and `sk`
 * @returns the id when the key is an article item's, else null
 * @example articleIdOfKey(keys.article('e3b0')); // 'e3b0'
 */
export function articleIdOfKey(key: {
  readonly pk?: unknown;
  readonly sk?: unknown;
}): string | null {
  return idOfKey(key, KEY_PREFIX.article, SORT_KEY.article);
}

function idOfKey(
  key: { readonly pk?: unknown; readonly sk?: unknown },
  prefix: string,
  sort: string,
): string | null {
  const { pk, sk } = key;
  return typeof pk === 'string' && pk.startsWith(prefix) && sk === sort
    ? pk.slice(prefix.length)
    : null;
}

/**
 * The article id of a feed entry's key (what the feed indexes return).
 *
 * @param key - an item's `pk` and `sk`
 * @returns the id when the key is a feed entry's, else null
 * @example articleIdOfEntryKey(keys.entry('e3b0')); // 'e3b0'
 */
export function articleIdOfEntryKey(key: {
  readonly pk?: unknown;
  readonly sk?: unknown;
}): string | null {
  return idOfKey(key, KEY_PREFIX.entry, SORT_KEY.entry);
}

/** A publisher's keys of one outcome: the listing partition after `PAGES#` (`page-listing.ts`). */
export function pageStatusValue(publisherId: string, status: string): string {
  return `${publisherId}#${status}`;
}

/** Sort value of a key in the listing: newest last, keys of one instant apart. */
export function pageSortValue(updatedAt: string, objectKey: string): string {
  return `${updatedAt}#${objectKey}`;
}

/** Partition value of an article in the `feed-section` index. */
export function sectionFeedValue(publisherId: string, sectionSlug: string): string {
  return `${publisherId}#${sectionSlug}`;
}

/** Sort value of an article in the feed indexes. */
export function feedSortValue(sortTime: Date, articleId: string): string {
  return `${sortTime.toISOString()}#${articleId}`;
}

/**
 * The table's schema, the one source of truth for DynamoDB Local (tests, `npm start`) and
 * mirrored by the CDK table construct (its test checks they agree).
 */
export function tableSchema(tableName: string): CreateTableCommandInput {
  const gsi = (indexName: string, partition: string, sort: string = ATTR.entrySort) => ({
    IndexName: indexName,
    KeySchema: [
      { AttributeName: partition, KeyType: 'HASH' as const },
      { AttributeName: sort, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'KEYS_ONLY' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [
      { AttributeName: ATTR.pk, KeyType: 'HASH' },
      { AttributeName: ATTR.sk, KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      ATTR.pk,
      ATTR.sk,
      ATTR.entryPublisher,
      ATTR.entrySection,
      ATTR.entrySort,
    ].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    GlobalSecondaryIndexes: [
      gsi(INDEX.publisher, ATTR.entryPublisher),
      gsi(INDEX.section, ATTR.entrySection),
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}
