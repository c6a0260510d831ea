/**
 * The schedule of coalesced regeneration, on each feed's state item (`FEED#<feed path>` /
 * `FEED`, shared with the generations of `feed-state.ts`). Every operation is one conditional
 * `UpdateItem` on that small item (well under 1 KB: one write unit), so marking costs one write
 * per feed per stream batch whatever the feed's size. Attributes (times in ms since the epoch):
 *
 * | attribute | meaning |
 * |---|---|
 * | `marks` | changes marked so far (atomic counter) |
 * | `servedMarks` | marks the last finished run had seen when it started |
 * | `dirtySince` | when the oldest change not yet served was marked |
 * | `changedAt` | the latest change time marked (ISO 8601), for the build date |
 * | `sectionName` | the section's display name, for a section feed left without items |
 * | `dueAt`, `scheduledAt` | the scheduled run and when it was scheduled; absent when none |
 * | `lastRunAt` | start of the last run |
 * | `leaseOwner`, `leaseUntil` | the run in progress |
 * | `generation` | taken by `acquire` too: the run's first generation (see `feed-state.ts`) |
 * | `arrivalMin` | the oldest new place marked since a run took them (see `feed-archive.ts`) |
 *
 * The rules are in `shared/feeds/schedule.ts`.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { FeedScheduleStore, FeedSectionNames } from '../../feeds/ports.ts';
import {
  type Acquired,
  type FeedLease,
  type LeaseRequest,
  type MarkChange,
  type MarkedFeed,
  refusalOf,
  type SchedulePlan,
} from '../../feeds/schedule.ts';
import { ATTR, KEY_PREFIX, keys } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';
import { batchGetItems } from './batch-get.ts';
import { feedVersionOf } from './feed-state.ts';

type Item = Record<string, unknown>;

function num(item: Item | undefined, name: string): number | null {
  const value = item?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function str(item: Item | undefined, name: string): string | null {
  const value = item?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function refused(error: unknown): error is ConditionalCheckFailedException {
  return error instanceof ConditionalCheckFailedException;
}

function itemOf(error: ConditionalCheckFailedException): Item | undefined {
  return error.Item === undefined ? undefined : unmarshall(error.Item);
}

/** The schedule kept on the feeds' state items in DynamoDB. */
export class DynamoFeedScheduleStore implements FeedScheduleStore, FeedSectionNames {
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

  async #update(
    feedPath: string,
    input: {
      readonly UpdateExpression: string;
      readonly ConditionExpression?: string;
      readonly ExpressionAttributeNames?: Record<string, string>;
      readonly ExpressionAttributeValues?: Record<string, unknown>;
    },
  ): Promise<Item | undefined> {
    const result = await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: keys.feed(feedPath),
        ...input,
        ReturnValues: 'ALL_NEW',
        // A refusal carries the item, so no read (and no GetItem permission) is needed.
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return result.Attributes;
  }

  /** @inheritDoc */
  async mark(feedPath: string, change: MarkChange): Promise<MarkedFeed> {
    const set = ['#type = :type', 'dirtySince = if_not_exists(dirtySince, :at)'];
    const values: Record<string, unknown> = { ':type': 'feed-state', ':at': change.at, ':one': 1 };
    const placed = change.placedSort ?? null;
    if (placed !== null) {
      set.push('arrivalMin = if_not_exists(arrivalMin, :placed)');
      values[':placed'] = placed;
    }
    if (change.sectionName !== null) {
      set.push('sectionName = :sectionName');
      values[':sectionName'] = change.sectionName;
    }
    const names = { '#type': 'type' };
    let item: Item | undefined;
    try {
      item =
        change.changedAt === null
          ? undefined
          : await this.#update(feedPath, {
              UpdateExpression: `SET ${[...set, 'changedAt = :changedAt'].join(', ')} ADD marks :one`,
              // Only ever later: marks from several shards arrive in any order.
              ConditionExpression: 'attribute_not_exists(changedAt) OR changedAt < :changedAt',
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: {
                ...values,
                ':changedAt': change.changedAt.toISOString(),
              },
            });
    } catch (error) {
      if (!refused(error)) throw error;
    }
    item ??= await this.#update(feedPath, {
      UpdateExpression: `SET ${set.join(', ')} ADD marks :one`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
    const arrived = str(item, 'arrivalMin');
    if (placed !== null && arrived !== null && placed < arrived) {
      // Rare (an article placed before one marked since the last run): a second, conditional write.
      try {
        await this.#update(feedPath, {
          UpdateExpression: 'SET arrivalMin = :placed',
          ConditionExpression: 'arrivalMin > :placed',
          ExpressionAttributeValues: { ':placed': placed },
        });
      } catch (error) {
        if (!refused(error)) throw error;
      }
    }
    return {
      dueAt: num(item, 'dueAt'),
      lastRunAt: num(item, 'lastRunAt'),
      leaseUntil: num(item, 'leaseUntil'),
      dirtySince: num(item, 'dirtySince') ?? change.at,
    };
  }

  /** @inheritDoc */
  async schedule(feedPath: string, plan: SchedulePlan, at: number): Promise<boolean> {
    try {
      await this.#update(feedPath, {
        UpdateExpression: 'SET dueAt = :due, scheduledAt = :at',
        ConditionExpression:
          plan.replacing === null ? 'attribute_not_exists(dueAt)' : 'dueAt = :replacing',
        ExpressionAttributeValues: {
          ':due': plan.due,
          ':at': at,
          ...(plan.replacing === null ? {} : { ':replacing': plan.replacing }),
        },
      });
      return true;
    } catch (error) {
      if (refused(error)) return false;
      throw error;
    }
  }

  /** @inheritDoc */
  async unschedule(feedPath: string, due: number): Promise<void> {
    try {
      await this.#update(feedPath, {
        UpdateExpression: 'REMOVE dueAt, scheduledAt',
        ConditionExpression: 'dueAt = :due',
        ExpressionAttributeValues: { ':due': due },
      });
    } catch (error) {
      if (!refused(error)) throw error;
    }
  }

  /** @inheritDoc */
  async acquire(feedPath: string, request: LeaseRequest): Promise<Acquired> {
    const conditions = [
      '(attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
      '(attribute_not_exists(lastRunAt) OR lastRunAt <= :windowStart)',
    ];
    if (request.due !== null) conditions.unshift('dueAt = :due');
    const until = request.now + request.leaseMs;
    let item: Item | undefined;
    try {
      item = await this.#update(feedPath, {
        // The run's first generation comes with the lease: the same item, one write instead of
        // two (`DynamoFeedStateStore.begin` hands out numbers from the same counter).
        UpdateExpression:
          'SET #type = :type, leaseOwner = :owner, leaseUntil = :until, lastRunAt = :now ' +
          'ADD generation :one',
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'feed-state',
          ':owner': request.owner,
          ':until': until,
          ':now': request.now,
          ':windowStart': request.now - request.windowMs,
          ':one': 1,
          ...(request.due === null ? {} : { ':due': request.due }),
        },
      });
    } catch (error) {
      if (!refused(error)) throw error;
      const current = itemOf(error);
      return refusalOf(
        current === undefined
          ? null
          : {
              dueAt: num(current, 'dueAt'),
              lastRunAt: num(current, 'lastRunAt'),
              leaseUntil: num(current, 'leaseUntil'),
            },
        request,
      );
    }
    const changedAt = Date.parse(str(item, 'changedAt') ?? '');
    const generation = num(item, 'generation');
    const lease: FeedLease = {
      feedPath,
      owner: request.owner,
      startedAt: request.now,
      until,
      due: request.due,
      state: {
        marks: num(item, 'marks') ?? 0,
        servedMarks: num(item, 'servedMarks') ?? 0,
        sectionName: str(item, 'sectionName'),
        changedAt: Number.isNaN(changedAt) ? null : new Date(changedAt),
        dirtySince: num(item, 'dirtySince'),
      },
      ...(generation === null ? {} : { begun: { generation, latest: feedVersionOf(item) } }),
    };
    return { kind: 'acquired', lease };
  }

  /** @inheritDoc */
  async finish(
    lease: FeedLease,
    followUp: number | null,
    at: number,
  ): Promise<'done' | 'marked' | 'lost'> {
    const values = { ':owner': lease.owner, ':start': lease.state.marks };
    const cleared = 'REMOVE leaseOwner, leaseUntil';
    try {
      if (followUp === null) {
        // Clean: nothing was marked since the run started (else a follow-up is needed).
        await this.#update(lease.feedPath, {
          UpdateExpression: `SET servedMarks = :start ${cleared}, dueAt, scheduledAt, dirtySince`,
          ConditionExpression: 'leaseOwner = :owner AND marks = :start',
          ExpressionAttributeValues: values,
        });
        return 'done';
      }
      const schedule = 'SET servedMarks = :start, dueAt = :due, scheduledAt = :at';
      const scheduled = { ...values, ':due': followUp, ':at': at };
      try {
        // Every mark served: the follow-up only confirms.
        await this.#update(lease.feedPath, {
          UpdateExpression: `${schedule} ${cleared}, dirtySince`,
          ConditionExpression: 'leaseOwner = :owner AND marks = :start',
          ExpressionAttributeValues: scheduled,
        });
      } catch (error) {
        if (!refused(error) || itemOf(error)?.leaseOwner !== lease.owner) throw error;
        // Marks came in during the run: they have waited since it started at most.
        await this.#update(lease.feedPath, {
          UpdateExpression: `${schedule}, dirtySince = :runStart ${cleared}`,
          ConditionExpression: 'leaseOwner = :owner',
          ExpressionAttributeValues: { ...scheduled, ':runStart': lease.startedAt },
        });
      }
      return 'done';
    } catch (error) {
      if (!refused(error)) throw error;
      return itemOf(error)?.leaseOwner === lease.owner ? 'marked' : 'lost';
    }
  }

  /** @inheritDoc */
  async sectionNames(feedPaths: readonly string[]): Promise<Map<string, string>> {
    const items = await batchGetItems(this.#client, this.#tableName, feedPaths.map(keys.feed), {
      attributes: [ATTR.pk, 'sectionName'],
    });
    const names = new Map<string, string>();
    for (const item of items) {
      const name = str(item, 'sectionName');
      const pk = str(item, ATTR.pk);
      if (name !== null && pk?.startsWith(KEY_PREFIX.feed)) {
        names.set(pk.slice(KEY_PREFIX.feed.length), name);
      }
    }
    return names;
  }

  /** @inheritDoc */
  async release(lease: FeedLease): Promise<void> {
    try {
      await this.#update(lease.feedPath, {
        UpdateExpression: 'REMOVE leaseOwner, leaseUntil',
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':owner': lease.owner },
      });
    } catch (error) {
      if (!refused(error)) throw error;
    }
  }
}
