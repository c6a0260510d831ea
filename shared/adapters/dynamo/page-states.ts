/**
 * The upload API's reads of the ingest's records: a key's state, articles (without their body)
 * and a publisher's keys by outcome through their listing (`page-listing.ts`), newest first.
 */
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SourceState } from '../../ingest/ports.ts';
import { keys } from '../../store/table.ts';
import type { ArticleSummary, PageStates, StoredPageStatus } from '../../upload-api/ports.ts';
import { type SourceItem, sourceStateOf } from './items.ts';
import { DynamoPageListing } from './page-listing.ts';

/** The fields shown, each by an attribute name placeholder (several are reserved words). */
const ARTICLE_FIELDS = ['id', 'url', 'title', 'publisherId', 'status', 'sectionSlug'];

/**
 * The ingest's records on DynamoDB.
 *
 * @example
 * const states = new DynamoPageStates('syndication', documentClient);
 * const state = await states.source('demo/a.html');
 */
export class DynamoPageStates implements PageStates {
  /**
   * @param tableName - the table
   * @param client - a document client
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient,
  ) {}

  async source(key: string): Promise<SourceState | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.source(key), ConsistentRead: true }),
    );
    return Item === undefined ? null : sourceStateOf(Item as SourceItem);
  }

  async articles(ids: readonly string[]): Promise<ReadonlyMap<string, ArticleSummary>> {
    const found = await Promise.all(
      [...new Set(ids)].map(async (id) => {
        const { Item } = await this.client.send(
          new GetCommand({
            TableName: this.tableName,
            Key: keys.article(id),
            ProjectionExpression: ARTICLE_FIELDS.map((_, i) => `#f${i}`).join(', '),
            ExpressionAttributeNames: Object.fromEntries(
              ARTICLE_FIELDS.map((f, i) => [`#f${i}`, f]),
            ),
          }),
        );
        if (Item === undefined) return null;
        return {
          id: String(Item.id),
          url: String(Item.url),
          title: String(Item.title),
          publisherId: String(Item.publisherId),
          status: Item.status === 'live' ? 'live' : 'withdrawn',
          sectionSlug: typeof Item.sectionSlug === 'string' ? Item.sectionSlug : null,
        } satisfies ArticleSummary;
      }),
    );
    return new Map(found.flatMap((article) => (article === null ? [] : [[article.id, article]])));
  }

  async recent(
    publisherId: string,
    status: StoredPageStatus,
    limit: number,
  ): Promise<readonly SourceState[]> {
    const listing = new DynamoPageListing(this.tableName, this.client);
    return listing.recent(publisherId, status, limit, async (entries) => {
      const states = await Promise.all(
        entries.map(async (entry) => {
          const state = await this.source(entry.objectKey);
          // An entry left behind (the key moved on since) is skipped.
          return state?.status === status && state.updatedAt === entry.updatedAt ? state : null;
        }),
      );
      return states.filter((state) => state !== null);
    });
  }
}
