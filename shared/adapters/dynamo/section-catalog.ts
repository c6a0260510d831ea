/**
 * The section feeds the table holds live articles for, read from the keys-only `feed-section`
 * index (the live articles' feed entries) with a `Scan` of its partition attribute only. The index holds about 150 bytes per live
 * article, so a scan reads a year of articles (3.65 million entries) for about 70,000 read units
 * (eventually consistent) — cents — which is why the daily reconcile may scan it and nothing else
 * scans the table.
 */
import { type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { FeedRef } from '../../feeds/feed-ref.ts';
import type { SectionCatalog } from '../../feeds/ports.ts';
import { ATTR, INDEX } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

/** Sections from a scan of the `feed-section` index. */
export class DynamoSectionCatalog implements SectionCatalog {
  readonly #tableName: string;
  readonly #client: DynamoDBDocumentClient;

  /**
   * @param tableName - the table (`TABLE_NAME`)
   * @param client - a document client; the process's client by default
   */
  constructor(tableName: string, client: DynamoDBDocumentClient = defaultDocumentClient()) {
    this.#tableName = tableName;
    this.#client = client;
  }

  /** @inheritDoc */
  async sectionFeeds(): Promise<FeedRef[]> {
    const sections = new Map<string, FeedRef>();
    const pages = paginateScan(
      { client: this.#client },
      {
        TableName: this.#tableName,
        IndexName: INDEX.section,
        ProjectionExpression: '#section',
        ExpressionAttributeNames: { '#section': ATTR.entrySection },
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        const value = item[ATTR.entrySection];
        const split = typeof value === 'string' ? value.indexOf('#') : -1;
        if (typeof value !== 'string' || split <= 0 || sections.has(value)) continue;
        sections.set(value, {
          kind: 'section',
          publisherId: value.slice(0, split),
          sectionSlug: value.slice(split + 1),
        });
      }
    }
    return [...sections.values()];
  }
}
