/**
 * The ingest's DynamoDB adapter. Every write is one transaction that includes the key's source
 * item, conditioned on the event's sequencer being newer than the stored one, so a repeated or
 * older S3 event changes nothing; then the key's entry in its publisher's listing is written
 * with plain writes (`page-listing.ts`), outside the transaction, which would double its cost. Article items are written with optimistic locking on their
 * `revision`, because two keys can hold the same article.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Article } from '../../article.ts';
import {
  ConcurrentUpdateError,
  PageRejectedError,
  type RejectionReason,
} from '../../ingest/errors.ts';
import type {
  IngestStore,
  RemoveResult,
  SaveResult,
  SkippedWrite,
  SourceEvent,
  SourceState,
} from '../../ingest/ports.ts';
import { compareSequencers } from '../../ingest/sequencer.ts';
import { keys, SORT_KEY } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';
import { BODY_ATTRIBUTE } from './article-body.ts';
import {
  type ArticleItem,
  detachedArticleItem,
  fromStoredItem,
  liveArticleItem,
  rejectionItem,
  type SourceItem,
  type StoredArticleItem,
  sourceStateOf,
  toStoredItem,
} from './items.ts';
import { DynamoPageListing } from './page-listing.ts';
import { afterLostRace } from './write-contention.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** DynamoDB's item size limit is 400 KB; JSON overestimates an item's size, a safe margin. */
const MAX_ITEM_JSON_BYTES = 400 * 1024 - 8 * 1024;

/** About the size of a stored article item: its attributes as JSON plus the compressed body. */
function storedSize(item: StoredArticleItem): number {
  const { [BODY_ATTRIBUTE]: body, ...rest } = item;
  return Buffer.byteLength(JSON.stringify(rest), 'utf8') + body.byteLength;
}

/** Attempts of a write whose article changed under it before giving up (SQS retries later). */
const MAX_ATTEMPTS = 8;

const NEWER_SEQUENCER = 'attribute_not_exists(pk) OR sequencer < :sequencer';
const SAME_SEQUENCER = 'sequencer = :sequencer';

function skipped(state: SourceState | null, sequencer: string): SkippedWrite | null {
  if (state === null) return null;
  const order = compareSequencers(state.sequencer, sequencer);
  if (order === 0) return 'duplicate';
  return order > 0 ? 'stale' : null;
}

/** Cancellation codes after which the write is decided again from fresh reads. */
const RETRYABLE_CODES = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

function mustReread(error: unknown): boolean {
  if (!(error instanceof TransactionCanceledException)) return false;
  const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
  // A failed condition or a concurrent transaction on the same item: re-read and decide again.
  // Throttling and other codes are transient errors for SQS to retry.
  return (
    codes.some((code) => RETRYABLE_CODES.has(code)) &&
    codes.every((code) => code === 'None' || RETRYABLE_CODES.has(code))
  );
}

/**
 * The table operations of the ingest, plus reads for the CLI and tests.
 *
 * @example
 * const store = new DynamoIngestStore(requireEnv('TABLE_NAME'));
 * const article = await store.getArticle('e3b0c44298fc1c14');
 */
export class DynamoIngestStore implements IngestStore {
  /**
   * @param tableName - the table
   * @param client - a document client; the process's one (from the environment) by default
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient = defaultDocumentClient(),
  ) {}

  /** Reads the state of an inbox key (strongly consistent). */
  async getSource(objectKey: string): Promise<SourceState | null> {
    const item = await this.get<SourceItem>(keys.source(objectKey));
    return item === null ? null : sourceStateOf(item);
  }

  /**
   * Reads an article item by id (strongly consistent), live or withdrawn.
   *
   * @param id - the article id
   * @returns the item, or null
   */
  async getArticle(id: string): Promise<ArticleItem | null> {
    const stored = await this.get<Record<string, unknown>>(keys.article(id));
    return stored === null ? null : fromStoredItem(stored);
  }

  async saveArticle(
    event: SourceEvent & { readonly publisherId: string },
    article: Article,
    options: { readonly sameEvent?: boolean } = {},
  ): Promise<SaveResult> {
    const sameEvent = options.sameEvent === true;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const [state, existing] = await Promise.all([
        this.getSource(event.objectKey),
        this.getArticle(article.id),
      ]);
      const skip = skipped(state, event.sequencer);
      if (sameEvent ? skip !== 'duplicate' : skip !== null) {
        await this.relist(event, state, skip);
        return { outcome: skip ?? 'stale' };
      }

      const holds = existing?.sourceKeys.includes(event.objectKey) ?? false;
      const unchanged =
        existing !== null &&
        existing.status === 'live' &&
        existing.contentHash === article.contentHash &&
        holds;
      const change = existing === null ? 'created' : unchanged ? 'unchanged' : 'updated';
      const items: TransactItem[] = [
        this.putSource(
          event,
          { status: 'ingested', articleId: article.id, lastError: null, change },
          sameEvent ? SAME_SEQUENCER : NEWER_SEQUENCER,
        ),
      ];
      if (!unchanged) {
        const item = liveArticleItem(article, { ...event, existing });
        const size = storedSize(toStoredItem(item));
        if (size > MAX_ITEM_JSON_BYTES) {
          throw new PageRejectedError(
            'too-large',
            `Article is too large to store (about ${size} bytes of fields, body compressed, > ${MAX_ITEM_JSON_BYTES} bytes)`,
          );
        }
        items.push(this.putArticle(item, existing));
      }
      // The key moved to another canonical URL: its previous article loses it.
      const previousId = state?.articleId ?? null;
      if (previousId !== null && previousId !== article.id) {
        const previous = await this.getArticle(previousId);
        if (previous?.sourceKeys.includes(event.objectKey)) {
          items.push(
            this.putArticle(detachedArticleItem(previous, event.objectKey, event.at), previous),
          );
        }
      }
      if (await this.transact(items, attempt)) {
        await this.list(event, state, 'ingested');
        return { outcome: change, articleId: article.id };
      }
    }
    throw new ConcurrentUpdateError(
      `Article ${article.id} kept changing while saving ${JSON.stringify(event.objectKey)}`,
    );
  }

  async recordRejection(
    event: SourceEvent,
    rejection: { readonly reason: RejectionReason; readonly message: string },
  ): Promise<{ readonly outcome: 'recorded' } | { readonly outcome: SkippedWrite }> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const state = await this.getSource(event.objectKey);
      const skip = skipped(state, event.sequencer);
      if (skip !== null) {
        await this.relist(event, state, skip);
        return { outcome: skip };
      }
      const items: TransactItem[] = [
        this.putSource(event, {
          status: 'rejected',
          // The key's earlier article (if any) stays published: a bad re-upload loses nothing.
          articleId: state?.articleId ?? null,
          lastError: { ...rejection, at: event.at.toISOString() },
          change: null,
        }),
        {
          Put: {
            TableName: this.tableName,
            Item: rejectionItem({ ...event, ...rejection }),
          },
        },
      ];
      if (await this.transact(items, attempt)) {
        await this.list(event, state, 'rejected');
        return { outcome: 'recorded' };
      }
    }
    throw new ConcurrentUpdateError(
      `Could not record the rejection of ${JSON.stringify(event.objectKey)}`,
    );
  }

  async removeSource(event: SourceEvent): Promise<RemoveResult> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const state = await this.getSource(event.objectKey);
      const skip = skipped(state, event.sequencer);
      if (skip !== null) {
        await this.relist(event, state, skip);
        return { outcome: skip };
      }
      const articleId = state?.articleId ?? null;
      const article = articleId === null ? null : await this.getArticle(articleId);
      const items: TransactItem[] = [
        this.putSource(event, { status: 'deleted', articleId, lastError: null, change: null }),
      ];
      let result: RemoveResult = { outcome: 'deleted' };
      if (article?.sourceKeys.includes(event.objectKey)) {
        const detached = detachedArticleItem(article, event.objectKey, event.at);
        items.push(this.putArticle(detached, article));
        result = {
          outcome: detached.status === 'withdrawn' ? 'withdrawn' : 'detached',
          articleId: article.id,
        };
      }
      if (await this.transact(items, attempt)) {
        await this.list(event, state, 'deleted');
        return result;
      }
    }
    throw new ConcurrentUpdateError(
      `Could not apply the removal of ${JSON.stringify(event.objectKey)}`,
    );
  }

  private async get<T>(key: { pk: string; sk: string }): Promise<T | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return (Item as T | undefined) ?? null;
  }

  private putSource(
    event: SourceEvent,
    state: Pick<SourceItem, 'status' | 'articleId' | 'lastError' | 'change'>,
    condition = NEWER_SEQUENCER,
  ): TransactItem {
    const updatedAt = event.at.toISOString();
    const item: SourceItem = {
      ...keys.source(event.objectKey),
      sk: SORT_KEY.source,
      type: 'source',
      objectKey: event.objectKey,
      publisherId: event.publisherId,
      sequencer: event.sequencer,
      ...state,
      eTag: event.eTag ?? null,
      updatedAt,
    };
    return {
      Put: {
        TableName: this.tableName,
        Item: item,
        ConditionExpression: condition,
        ExpressionAttributeValues: { ':sequencer': event.sequencer },
      },
    };
  }

  /** The key's entry in the listing of its publisher's keys (`page-listing.ts`). */
  private listed(event: SourceEvent, state: Pick<SourceState, 'status' | 'updatedAt'>) {
    return event.publisherId === null
      ? null
      : {
          publisherId: event.publisherId,
          status: state.status,
          updatedAt: state.updatedAt,
          objectKey: event.objectKey,
        };
  }

  /** After a transaction: lists the key in the state written, and unlists its previous state. */
  private async list(
    event: SourceEvent,
    before: SourceState | null,
    status: SourceState['status'],
  ): Promise<void> {
    const now = this.listed(event, { status, updatedAt: event.at.toISOString() });
    if (now === null) return;
    await new DynamoPageListing(this.tableName, this.client).moved(
      now,
      before === null ? null : this.listed(event, before),
    );
  }

  /**
   * A redelivered event (the same sequencer) lists the key again as it is: the delivery before
   * may have stopped between its transaction and its listing entry.
   */
  private async relist(
    event: SourceEvent,
    state: SourceState | null,
    skip: SkippedWrite | null,
  ): Promise<void> {
    const entry = skip === 'duplicate' && state !== null ? this.listed(event, state) : null;
    if (entry !== null) await new DynamoPageListing(this.tableName, this.client).put(entry);
  }

  private putArticle(item: ArticleItem, expected: ArticleItem | null): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: toStoredItem(item),
        ...(expected === null
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: 'revision = :revision',
              ExpressionAttributeValues: { ':revision': expected.revision },
            }),
      },
    };
  }

  /** @returns false when a condition failed (re-read and decide again) */
  private async transact(items: TransactItem[], attempt: number): Promise<boolean> {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (!mustReread(error)) throw error;
      await afterLostRace(attempt);
      return false;
    }
  }
}
