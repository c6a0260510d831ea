/**
 * The articles' feed entries on DynamoDB Local: what the feed indexes are built on. An entry
 * costs one write unit in each index it enters (not two, as the article's transactional write
 * did), a change that keeps the article's place writes nothing, and the article's revision keeps
 * records applied twice or late from bringing back an older place.
 */
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/adapters/aws-client-factories.ts';
import { DynamoFeedEntries } from '../../shared/adapters/dynamo/feed-entries.ts';
import {
  type ArticleItem,
  detachedArticleItem,
  liveArticleItem,
} from '../../shared/adapters/dynamo/items.ts';
import { ATTR, INDEX, keys } from '../../shared/store/table.ts';
import { useLocalAws } from '../support/local-aws.ts';
import { article } from '../unit/feeds/fixtures.ts';

const aws = useLocalAws();

/** Capacity units the entries' writes consumed, by `table` or index name. */
const consumed = new Map<string, number>();
let entries: DynamoFeedEntries;

beforeAll(() => {
  // A client of its own that asks every write for its capacity, as the scale benchmark does.
  const documents = createDocumentClient(aws().dynamoDbClient);
  documents.middlewareStack.add(
    (next) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'INDEXES';
      const result = await next(args);
      const capacity = (result.output as { ConsumedCapacity?: ConsumedCapacity }).ConsumedCapacity;
      const add = (where: string, units: number | undefined) =>
        consumed.set(where, (consumed.get(where) ?? 0) + (units ?? 0));
      add('table', capacity?.Table?.CapacityUnits);
      for (const [name, index] of Object.entries(capacity?.GlobalSecondaryIndexes ?? {})) {
        add(name, index.CapacityUnits);
      }
      return result;
    },
    { step: 'initialize', name: 'consumedCapacity' },
  );
  entries = new DynamoFeedEntries(aws().tableName, documents);
});

function record(before: ArticleItem | null, after: ArticleItem | null): DynamoDBRecord {
  const convert = (value: object) =>
    marshall(value, { removeUndefinedValues: true }) as Record<string, AttributeValue>;
  const item = after ?? before;
  if (item === null) throw new Error('a record needs an image');
  return {
    eventID: String(item.revision),
    dynamodb: {
      Keys: convert(keys.article(item.id)),
      ...(before ? { OldImage: convert(before) } : {}),
      ...(after ? { NewImage: convert(after) } : {}),
    },
  };
}

function live(id: string, section: string, publishedAt: string, existing: ArticleItem | null) {
  return liveArticleItem(article({ id, section, publishedAt }), {
    objectKey: `entries/${id}.html`,
    publisherId: 'entries',
    at: new Date('2024-11-01T00:00:00Z'),
    existing,
  });
}

async function partition(index: string, attribute: string, value: string): Promise<string[]> {
  const page = await aws().documentClient.send(
    new QueryCommand({
      TableName: aws().tableName,
      IndexName: index,
      KeyConditionExpression: '#p = :v',
      ExpressionAttributeNames: { '#p': attribute },
      ExpressionAttributeValues: { ':v': value },
    }),
  );
  return (page.Items ?? []).map((item) => String(item.pk));
}

describe('DynamoFeedEntries', () => {
  it('puts a new article in both feed indexes for one write unit in each', async () => {
    consumed.clear();
    const first = live('e-new', 'Du lịch', '2024-10-01T00:00:00Z', null);
    expect(await entries.follow(record(null, first))).toBe('written');
    expect(Object.fromEntries(consumed)).toEqual({
      table: 1,
      [INDEX.publisher]: 1,
      [INDEX.section]: 1,
    });
    expect(await partition(INDEX.publisher, ATTR.entryPublisher, 'entries')).toContain(
      'ENTRY#e-new',
    );
    expect(await partition(INDEX.section, ATTR.entrySection, 'entries#du-lich')).toEqual([
      'ENTRY#e-new',
    ]);
  });

  it('writes nothing when a change keeps the article in place', async () => {
    const first = live('e-same', 'Đời sống', '2024-10-02T00:00:00Z', null);
    await entries.follow(record(null, first));
    consumed.clear();
    const edited = liveArticleItem(
      article({
        id: 'e-same',
        section: 'Đời sống',
        publishedAt: '2024-10-02T00:00:00Z',
        title: 'New title',
        contentHash: 'other',
      }),
      {
        objectKey: 'entries/e-same.html',
        publisherId: 'entries',
        at: new Date('2024-11-02Z'),
        existing: first,
      },
    );
    expect(await entries.follow(record(first, edited))).toBe('unchanged');
    expect(consumed.size).toBe(0);
  });

  it('moves a re-sectioned article and keeps the later place when an older record comes late', async () => {
    const first = live('e-move', 'Du lịch', '2024-10-03T00:00:00Z', null);
    const moved = live('e-move', 'Thể thao', '2024-10-03T00:00:00Z', first);
    expect(await entries.follow(record(null, first))).toBe('written');
    expect(await entries.follow(record(first, moved))).toBe('written');
    // The first record again (a retried batch): older than the entry, so it changes nothing.
    expect(await entries.follow(record(null, first))).toBe('stale');
    expect(await partition(INDEX.section, ATTR.entrySection, 'entries#the-thao')).toEqual([
      'ENTRY#e-move',
    ]);
    expect(await partition(INDEX.section, ATTR.entrySection, 'entries#du-lich')).not.toContain(
      'ENTRY#e-move',
    );
  });

  it('takes a withdrawn article out of both indexes and keeps its revision against late records', async () => {
    const first = live('e-gone', 'Du lịch', '2024-10-04T00:00:00Z', null);
    const gone = detachedArticleItem(first, 'entries/e-gone.html', new Date('2024-11-03Z'));
    await entries.follow(record(null, first));
    expect(await entries.follow(record(first, gone))).toBe('written');
    expect(await entries.follow(record(null, first))).toBe('stale');
    expect(await partition(INDEX.publisher, ATTR.entryPublisher, 'entries')).not.toContain(
      'ENTRY#e-gone',
    );
    const { Item } = await aws().documentClient.send(
      new GetCommand({ TableName: aws().tableName, Key: keys.entry('e-gone') }),
    );
    expect(Item).toEqual({ ...keys.entry('e-gone'), type: 'feed-entry', revision: gone.revision });
  });
});
