/**
 * What the local pipeline holds, read from its table and dead-letter list: live articles per
 * feed, the latest articles, recent rejections and dead letters. Shown by `syndicate status` and
 * the feeds server's root page.
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { DynamoFeedItemSource } from '../../shared/adapters/dynamo/feed-queries.ts';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { listRecentRejections } from '../../shared/adapters/dynamo/rejections.ts';
import { ALL_FEED, FEEDS_KEY_PREFIX, feedFormatOf } from '../../shared/feeds/feed-ref.ts';
import type { DeadLetter, DeadLetterList } from '../event-sources/dead-letters.ts';
import type { DirectoryData } from '../server/directory-page.ts';

/** Live articles of one feed. */
export interface FeedCount {
  /** The feed's path without extension: `all`, `<publisher>` or `<publisher>/<section>`. */
  readonly feed: string;
  readonly articles: number;
  /** For a section feed, the section as its articles name it (`Thời sự` for `demo/thoi-su`). */
  readonly section?: string;
}

/** A live article, as listed. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly publisherId: string;
  readonly section: string | null;
  readonly publishedAt: string | null;
}

/** A recorded rejection, as listed. */
export interface RejectionSummary {
  readonly key: string;
  readonly reason: string;
  readonly message: string;
  readonly at: string;
}

/** What {@link readLocalState} returns. */
export interface LocalState {
  readonly feeds: readonly FeedCount[];
  readonly articles: readonly ArticleSummary[];
  readonly rejections: readonly RejectionSummary[];
  readonly deadLetters: readonly DeadLetter[];
}

/** Options of {@link readLocalState}. */
export interface LocalStateOptions {
  /** @default 20 */
  readonly articleLimit?: number;
  /** @default 20 */
  readonly rejectionLimit?: number;
}

/**
 * Counts live articles per feed from the article items that carry a feed attribute. A scan,
 * which is fine for a local table; the feeds themselves never scan.
 */
async function countFeeds(client: DynamoDBDocumentClient, tableName: string): Promise<FeedCount[]> {
  const counts = new Map<string, number>();
  const sections = new Map<string, string>();
  const add = (feed: string) => counts.set(feed, (counts.get(feed) ?? 0) + 1);
  const pages = paginateScan(
    { client },
    {
      TableName: tableName,
      FilterExpression: 'attribute_exists(feedPublisher)',
      ProjectionExpression: 'feedPublisher, feedSection, #section',
      ExpressionAttributeNames: { '#section': 'section' },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      add('all');
      if (typeof item.feedPublisher === 'string') add(item.feedPublisher);
      if (typeof item.feedSection === 'string') {
        const feed = item.feedSection.replace('#', '/');
        add(feed);
        if (typeof item.section === 'string') sections.set(feed, item.section);
      }
    }
  }
  return [...counts]
    .map(([feed, articles]) => {
      const section = sections.get(feed);
      return section === undefined ? { feed, articles } : { feed, articles, section };
    })
    .sort((a, b) => (a.feed === 'all' ? -1 : b.feed === 'all' ? 1 : a.feed.localeCompare(b.feed)));
}

/** The newest live articles of the registry's publishers, as the aggregate feed reads them. */
async function latestArticles(
  client: DynamoDBDocumentClient,
  tableName: string,
  limit: number,
): Promise<ArticleSummary[]> {
  const publishers = await new DynamoPublisherRegistry(tableName, client).list();
  const source = new DynamoFeedItemSource(
    tableName,
    client,
    publishers.map((publisher) => publisher.id),
  );
  const items = await source.newestItems(ALL_FEED, limit);
  return items.map(({ article, publisherId }) => ({
    id: article.id,
    title: article.title,
    url: article.url,
    publisherId: publisherId ?? '',
    section: article.section,
    publishedAt: article.publishedAt,
  }));
}

/** The newest rejections, newest first. */
async function recentRejections(
  client: DynamoDBDocumentClient,
  tableName: string,
  limit: number,
): Promise<RejectionSummary[]> {
  const rejections = await listRecentRejections(tableName, { client, limit });
  return rejections.map((item) => ({
    key: item.objectKey,
    reason: item.reason,
    message: item.message,
    at: item.rejectedAt,
  }));
}

/**
 * Reads the state of the local pipeline.
 *
 * @param client - a document client on the local table
 * @param tableName - the table
 * @param deadLetters - the dead-letter list
 * @param options - how many articles and rejections to list
 * @returns feed counts, latest articles, recent rejections (newest first), dead letters
 */
export async function readLocalState(
  client: DynamoDBDocumentClient,
  tableName: string,
  deadLetters: DeadLetterList,
  options: LocalStateOptions = {},
): Promise<LocalState> {
  const [feeds, articles, rejections, letters] = await Promise.all([
    countFeeds(client, tableName),
    latestArticles(client, tableName, options.articleLimit ?? 20),
    recentRejections(client, tableName, options.rejectionLimit ?? 20),
    deadLetters.list(),
  ]);
  return {
    feeds,
    articles,
    rejections,
    deadLetters: letters,
  };
}

/**
 * What the feeds server's root page shows: the feed files of the feeds bucket and the state.
 *
 * @param baseUrl - the feeds server's URL
 * @param state - from {@link readLocalState}
 * @param feeds - the S3 client and the feeds bucket
 * @param publisherNames - display names of the registry's publishers, by id
 * @returns the page's data
 */
export async function directoryData(
  baseUrl: string,
  state: LocalState,
  feeds: { readonly s3: S3Client; readonly bucket: string },
  publisherNames: ReadonlyMap<string, string> = new Map(),
): Promise<DirectoryData> {
  const listing = await feeds.s3.send(
    new ListObjectsV2Command({ Bucket: feeds.bucket, Prefix: FEEDS_KEY_PREFIX }),
  );
  return {
    baseUrl,
    feeds: (listing.Contents ?? [])
      .filter((object) => object.Key !== undefined && feedFormatOf(object.Key) !== null)
      .map((object) => ({
        key: object.Key ?? '',
        lastModified: object.LastModified,
        size: object.Size,
      })),
    articles: state.articles.map((a) => ({ ...a, publisher: a.publisherId })),
    rejections: state.rejections.map((r) => ({
      key: r.key,
      reason: `${r.reason}: ${r.message}`,
      at: r.at,
    })),
    deadLetters: state.deadLetters.slice(-20).reverse(),
    publisherNames,
    sectionNames: new Map(
      state.feeds.flatMap(({ feed, section }) => (section === undefined ? [] : [[feed, section]])),
    ),
  };
}
