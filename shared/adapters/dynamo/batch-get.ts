/**
 * `BatchGetItem` over any number of keys: in requests of DynamoDB's limit, each retrying the keys
 * DynamoDB left unprocessed (throttling) with a growing pause.
 */
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** DynamoDB's limit of keys per `BatchGetItem`. */
export const BATCH_GET_LIMIT = 100;
/** Rounds of `UnprocessedKeys` retried before giving up. */
const MAX_BATCH_ROUNDS = 8;

/** How {@link batchGetItems} reads. */
export interface BatchGetOptions {
  /** Strongly consistent reads. @default false */
  readonly consistent?: boolean;
  /** Attributes to read (names, not placeholders' values). @default every attribute */
  readonly attributes?: readonly string[];
}

/**
 * Reads the items of some keys of one table.
 *
 * @param client - a document client
 * @param tableName - the table
 * @param keys - the items' keys (`{ pk, sk }`)
 * @param options - consistency and the attributes to read
 * @returns the items found, in no particular order (a missing key gives none)
 * @throws Error when some keys stay unprocessed after every round
 */
export async function batchGetItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Record<string, unknown>[],
  options: BatchGetOptions = {},
): Promise<Record<string, unknown>[]> {
  const projection =
    options.attributes === undefined
      ? {}
      : {
          ProjectionExpression: options.attributes.map((_, i) => `#a${i}`).join(', '),
          ExpressionAttributeNames: Object.fromEntries(
            options.attributes.map((name, i) => [`#a${i}`, name]),
          ),
        };
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    let pending: Record<string, unknown>[] = keys.slice(start, start + BATCH_GET_LIMIT);
    for (let round = 1; pending.length > 0; round += 1) {
      if (round > MAX_BATCH_ROUNDS) {
        throw new Error(
          `BatchGetItem left ${pending.length} item(s) unread after ${MAX_BATCH_ROUNDS} rounds`,
        );
      }
      if (round > 1) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** round));
      const result = await client.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ConsistentRead: options.consistent ?? false,
              ...projection,
            },
          },
        }),
      );
      items.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return items;
}
