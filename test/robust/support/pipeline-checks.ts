/**
 * Reads back what the local pipeline made of the uploads — articles (with the keys that hold
 * them), recorded rejections, dead letters and the served feeds — and checks that every upload
 * is accounted for exactly once.
 */
import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandOutput,
  ScanCommand,
  type ScanCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import type { UploadPage } from './pipeline-pages.ts';

/** What the table says. */
export interface PipelineOutcome {
  /** Live articles: canonical URL → id and the keys holding it. */
  readonly live: Map<string, { id: string; sourceKeys: string[] }>;
  /** Rejections by object key. */
  readonly rejections: Map<string, { reason: string; message: string }>;
}

/**
 * Reads every live article and every rejection from the table (a scan: a test table is small).
 *
 * @param client - a document client on the pipeline's table
 * @param tableName - the table
 * @returns the outcome
 */
export async function readOutcome(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<PipelineOutcome> {
  const live = new Map<string, { id: string; sourceKeys: string[] }>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const page: ScanCommandOutput = await client.send(
      new ScanCommand({
        TableName: tableName,
        ExclusiveStartKey: startKey,
        FilterExpression: '#t = :a AND #s = :live',
        ExpressionAttributeNames: { '#t': 'type', '#s': 'status' },
        ExpressionAttributeValues: { ':a': 'article', ':live': 'live' },
      }),
    );
    for (const item of page.Items ?? []) {
      live.set(String(item.url), {
        id: String(item.id),
        sourceKeys: (item.sourceKeys as string[]) ?? [],
      });
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const rejections = new Map<string, { reason: string; message: string }>();
  startKey = undefined;
  do {
    const page: QueryCommandOutput = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'REJECTION' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      rejections.set(String(item.objectKey), {
        reason: String(item.reason ?? ''),
        message: String(item.message ?? ''),
      });
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { live, rejections };
}

/** Ids of the items of a served JSON Feed, in order. */
export async function feedIds(baseUrl: string, path: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
  expect(response.status, `GET ${path}`).toBe(200);
  const feed = (await response.json()) as { items: { id: string }[] };
  return feed.items.map((item) => item.id);
}

/**
 * Asserts that every upload is accounted for: each article page's article is live and lists the
 * key, each page that must be rejected has a rejection with a reason and a message, nothing else
 * is live, and the counts add up.
 *
 * @param uploads - what was uploaded
 * @param outcome - what the table holds
 */
export function expectEveryUploadAccountedFor(
  uploads: readonly UploadPage[],
  outcome: PipelineOutcome,
): void {
  const expectedUrls = new Set(uploads.flatMap((u) => (u.articleUrl ? [u.articleUrl] : [])));
  expect(new Set(outcome.live.keys())).toEqual(expectedUrls);
  for (const upload of uploads) {
    if (upload.articleUrl) {
      expect(outcome.live.get(upload.articleUrl)?.sourceKeys, upload.key).toContain(upload.key);
      expect(outcome.rejections.has(upload.key), `${upload.key} is not also rejected`).toBe(false);
    } else {
      const rejection = outcome.rejections.get(upload.key);
      expect(rejection, `rejection of ${upload.key}`).toBeDefined();
      expect(rejection?.reason).toMatch(/\S/);
      expect(rejection?.message).toMatch(/\S/);
    }
  }
  const rejectedUploads = uploads.filter((u) => !u.articleUrl).length;
  expect(outcome.rejections.size).toBe(rejectedUploads);
}

/**
 * Asserts that a feed lists every expected article exactly once and nothing else.
 *
 * @param ids - the feed's item ids
 * @param expected - the article ids that must be in it
 */
export function expectExactlyOnce(ids: readonly string[], expected: Iterable<string>): void {
  const want = [...expected].sort();
  expect([...ids].sort()).toEqual(want);
}
