/**
 * The single-table design. One table holds articles, the state of every inbox key and a log of
 * rejections; three sparse GSIs serve the feeds.
 *
 * | item        | pk                  | sk                       | notes                                   |
 * |-------------|---------------------|--------------------------|-----------------------------------------|
 * | article     | `ARTICLE#<id>`      | `ARTICLE`                | the Article fields + bookkeeping        |
 * | source key  | `SOURCE#<key>`      | `SOURCE`                 | last sequencer, article id, last error  |
 * | rejection   | `REJECTION`         | `<ISO time>#<key>`       | key, reason, time; TTL `expiresAt`      |
 * | feed state  | `FEED#<feed path>`  | `FEED`                   | generation counters of the feeds Lambda |
 *
 * Feed GSIs (projection ALL). The partition attributes exist only while the article is live,
 * so a withdrawn article leaves every feed and a feed query reads exactly N items:
 *
 * | index            | partition key   | value                      | sort key   |
 * |------------------|-----------------|----------------------------|------------|
 * | `feed-all`       | `feedAll`       | `all`                      | `feedSort` |
 * | `feed-publisher` | `feedPublisher` | `<publisherId>`            | `feedSort` |
 * | `feed-section`   | `feedSection`   | `<publisherId>#<sectionSlug>` | `feedSort` |
 *
 * `feedSort` is `<publication time as UTC ISO 8601 with milliseconds>#<article id>` (fixed
 * width, so lexical order is time order); an article without a publication time sorts by the
 * time it was first ingested.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const ATTR = {
  pk: 'pk',
  sk: 'sk',
  feedAll: 'feedAll',
  feedPublisher: 'feedPublisher',
  feedSection: 'feedSection',
  feedSort: 'feedSort',
  expiresAt: 'expiresAt',
} as const;

export const INDEX = {
  all: 'feed-all',
  publisher: 'feed-publisher',
  section: 'feed-section',
} as const;

/** Value of `feedAll` on a live article. */
export const FEED_ALL_VALUE = 'all';

export const keys = {
  article: (id: string) => ({ pk: `ARTICLE#${id}`, sk: 'ARTICLE' }),
  source: (objectKey: string) => ({ pk: `SOURCE#${objectKey}`, sk: 'SOURCE' }),
  rejection: (atIso: string, objectKey: string) => ({
    pk: 'REJECTION',
    sk: `${atIso}#${objectKey}`,
  }),
} as const;

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
  const gsi = (indexName: string, partition: string) => ({
    IndexName: indexName,
    KeySchema: [
      { AttributeName: partition, KeyType: 'HASH' as const },
      { AttributeName: ATTR.feedSort, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
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
      ATTR.feedAll,
      ATTR.feedPublisher,
      ATTR.feedSection,
      ATTR.feedSort,
    ].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    GlobalSecondaryIndexes: [
      gsi(INDEX.all, ATTR.feedAll),
      gsi(INDEX.publisher, ATTR.feedPublisher),
      gsi(INDEX.section, ATTR.feedSection),
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}
