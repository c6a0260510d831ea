/**
 * Polls a DynamoDB stream and hands its records to a handler, as Lambda's event source mapping
 * does: every shard (a child only after its parent is drained), batches of up to `batchSize`
 * records in order, partial batch failures retried from the first failed record, and a batch
 * that keeps failing sent to the dead-letter list (the on-failure destination) so the shard
 * moves on.
 */
import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type GetShardIteratorCommandInput,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { DeadLetter } from './dead-letters.ts';
import type { StreamCheckpoints } from './stream-checkpoints.ts';
import { toLambdaStreamRecord } from './stream-records.ts';

/** The handler the poller feeds, shaped like `functions/feeds.ts`'s `handler`. */
/** A result without `batchItemFailures` means the whole batch succeeded. */
export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<unknown>;

/** Settings of a {@link StreamPoller}. */
export interface StreamPollerOptions {
  readonly client: DynamoDBStreamsClient;
  /** The table's `LatestStreamArn`. */
  readonly streamArn: string;
  /** Written into every record's `awsRegion`. */
  readonly region: string;
  readonly handler: StreamHandler;
  /** Where a batch that ran out of retries goes. */
  readonly deadLetter: (letter: DeadLetter) => Promise<void>;
  /** Resume points; without them every start reads from the trim horizon. */
  readonly checkpoints?: StreamCheckpoints;
  /**
   * Which records reach the handler, as the mapping's `FilterCriteria` on AWS: the others are
   * read and passed over (the checkpoint moves past them) without an invocation, and are not
   * counted. @default every record
   */
  readonly filter?: (record: DynamoDBRecord) => boolean;
  /** Sees every batch before the handler does (the local runtime logs ingests from it). */
  readonly onRecords?: (records: readonly DynamoDBRecord[]) => void;
  /** Polling and invocation errors, for the log. */
  readonly onError?: (error: unknown) => void;
  /** Called before a failed batch is handed to the handler again. */
  readonly onRetry?: (attempt: number) => void;
  /**
   * Records per invocation (`BatchSize`).
   * @default 100
   */
  readonly batchSize?: number;
  /**
   * Pause after a round of shards that returned nothing.
   * @default 250 ms (Lambda polls each shard four times a second)
   */
  readonly pollIntervalMs?: number;
  /**
   * Retries of a failing batch before it is dead-lettered (`MaximumRetryAttempts`).
   * @default 2
   */
  readonly maxRetries?: number;
  /**
   * Delay before the n-th retry.
   * @default 200 ms × 2^(n-1)
   */
  readonly retryDelayMs?: (attempt: number) => number;
}

interface Shard {
  readonly id: string;
  readonly parentId: string | undefined;
  iterator: string | undefined;
  done: boolean;
}

/** Counters of a {@link StreamPoller}. */
export interface StreamStats {
  records: number;
  invocations: number;
  retries: number;
  deadLettered: number;
}

const SHARD_REFRESH_MS = 1000;

/** The emulated event source mapping. See the module comment. */
export class StreamPoller {
  readonly stats: StreamStats = { records: 0, invocations: 0, retries: 0, deadLettered: 0 };
  readonly #options: StreamPollerOptions;
  readonly #shards = new Map<string, Shard>();
  #lastRefresh = 0;
  #stopped = false;
  #running: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #waitingForCycle: (() => void)[] = [];
  #waitingForEmptyCycle: (() => void)[] = [];

  /** @param options - the stream, the handler and the retry settings */
  constructor(options: StreamPollerOptions) {
    this.#options = options;
  }

  /** Starts polling in the background. */
  start(): void {
    this.#running ??= this.#loop();
  }

  /**
   * @returns a promise that settles after a full round over the shards, begun after this call,
   *   found no new record: everything written before the call has been handled
   */
  caughtUp(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.#waitingForCycle.push(resolve);
      this.#wake?.();
    });
  }

  /** Stops polling and waits for the batch in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#running;
    for (const resolve of [...this.#waitingForCycle, ...this.#waitingForEmptyCycle]) resolve();
  }

  async #loop(): Promise<void> {
    while (!this.#stopped) {
      // Waiters registered before this round started are owed the next empty round.
      this.#waitingForEmptyCycle.push(...this.#waitingForCycle.splice(0));
      let received = 0;
      let failed = false;
      try {
        await this.#refreshShards();
        for (const shard of this.#readyShards()) {
          if (this.#stopped) break;
          received += await this.#pollShard(shard);
        }
      } catch (error) {
        failed = true;
        this.#options.onError?.(error);
      }
      if (received === 0 && !failed) {
        for (const resolve of this.#waitingForEmptyCycle.splice(0)) resolve();
      }
      if (received === 0 && !this.#stopped) await this.#sleep(this.#options.pollIntervalMs ?? 250);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  async #refreshShards(): Promise<void> {
    const open = [...this.#shards.values()].some((shard) => !shard.done);
    if (open && Date.now() - this.#lastRefresh < SHARD_REFRESH_MS) return;
    this.#lastRefresh = Date.now();
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.#options.client.send(
        new DescribeStreamCommand({
          StreamArn: this.#options.streamArn,
          ExclusiveStartShardId: exclusiveStartShardId,
        }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (shard.ShardId === undefined || this.#shards.has(shard.ShardId)) continue;
        this.#shards.set(shard.ShardId, {
          id: shard.ShardId,
          parentId: shard.ParentShardId,
          iterator: undefined,
          done: false,
        });
      }
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId !== undefined);
  }

  #readyShards(): Shard[] {
    return [...this.#shards.values()].filter((shard) => {
      if (shard.done) return false;
      const parent = shard.parentId === undefined ? undefined : this.#shards.get(shard.parentId);
      return parent === undefined || parent.done;
    });
  }

  async #pollShard(shard: Shard): Promise<number> {
    shard.iterator ??= await this.#iteratorFor(shard);
    let response: GetRecordsCommandOutput;
    try {
      response = await this.#getRecords(shard.iterator);
    } catch (error) {
      // The next round asks for a fresh iterator from the checkpoint: an iterator lives 15
      // minutes, and one from before a restart of the database may be unknown to it.
      shard.iterator = undefined;
      const name = error instanceof Error ? error.name : '';
      if (name === 'ExpiredIteratorException' || name === 'TrimmedDataAccessException') return 0;
      throw error;
    }
    const records = response.Records ?? [];
    if (records.length > 0) await this.#process(shard, records);
    shard.iterator = response.NextShardIterator;
    if (shard.iterator === undefined) shard.done = true;
    return records.length;
  }

  #getRecords(iterator: string): Promise<GetRecordsCommandOutput> {
    return this.#options.client.send(
      new GetRecordsCommand({ ShardIterator: iterator, Limit: this.#options.batchSize ?? 100 }),
    );
  }

  async #iteratorFor(shard: Shard): Promise<string> {
    const { streamArn, client, checkpoints } = this.#options;
    const after = await checkpoints?.get(streamArn, shard.id);
    const input: GetShardIteratorCommandInput =
      after === undefined
        ? { StreamArn: streamArn, ShardId: shard.id, ShardIteratorType: 'TRIM_HORIZON' }
        : {
            StreamArn: streamArn,
            ShardId: shard.id,
            ShardIteratorType: 'AFTER_SEQUENCE_NUMBER',
            SequenceNumber: after,
          };
    let ShardIterator: string | undefined;
    try {
      ({ ShardIterator } = await client.send(new GetShardIteratorCommand(input)));
    } catch (error) {
      // A checkpoint past the stream's retention (24 hours) can only restart from the horizon.
      if (!(error instanceof Error && error.name === 'TrimmedDataAccessException')) throw error;
      ({ ShardIterator } = await client.send(
        new GetShardIteratorCommand({
          ...input,
          ShardIteratorType: 'TRIM_HORIZON',
          SequenceNumber: undefined,
        }),
      ));
    }
    if (ShardIterator === undefined) {
      throw new Error(`DynamoDB Streams gave no iterator for shard ${shard.id}`);
    }
    return ShardIterator;
  }

  async #process(shard: Shard, sdkRecords: readonly _Record[]): Promise<void> {
    const { streamArn, region } = this.#options;
    const read = sdkRecords.map((record) => toLambdaStreamRecord(record, streamArn, region));
    const { filter } = this.#options;
    const records = filter === undefined ? read : read.filter(filter);
    const last = read.at(-1)?.dynamodb?.SequenceNumber;
    if (records.length > 0) await this.#invoke(records);
    if (last !== undefined) await this.#options.checkpoints?.set(streamArn, shard.id, last);
  }

  /** Hands one batch to the handler, with retries and then the dead letter. */
  async #invoke(records: DynamoDBRecord[]): Promise<void> {
    const { handler, maxRetries = 2 } = this.#options;
    this.stats.records += records.length;
    this.#options.onRecords?.(records);
    let pending = records;
    let lastError = 'reported failed by the feeds handler on every attempt';
    for (let attempt = 0; attempt <= maxRetries; attempt += 1) {
      if (attempt > 0) {
        this.stats.retries += 1;
        this.#options.onRetry?.(attempt);
        await new Promise((resolve) =>
          setTimeout(resolve, this.#options.retryDelayMs?.(attempt) ?? 200 * 2 ** (attempt - 1)),
        );
      }
      this.stats.invocations += 1;
      try {
        const response = await handler({ Records: pending });
        pending = remainingAfterFailures(pending, response as DynamoDBBatchResponse | undefined);
      } catch (error) {
        this.#options.onError?.(error);
        lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      if (pending.length === 0) break;
    }
    if (pending.length > 0) {
      this.stats.deadLettered += pending.length;
      await this.#options.deadLetter({
        source: 'feeds',
        at: new Date().toISOString(),
        attempts: maxRetries + 1,
        error: lastError,
        subjects: pending.map(describeRecord),
        payload: pending,
      });
    }
  }
}

/**
 * The records to retry after a response: from the first reported failure on (Lambda resumes the
 * shard at the lowest failed sequence number); all of them when a reported id is unknown.
 */
function remainingAfterFailures(
  records: DynamoDBRecord[],
  response: DynamoDBBatchResponse | undefined,
): DynamoDBRecord[] {
  const failures = Array.isArray(response?.batchItemFailures) ? response.batchItemFailures : [];
  if (failures.length === 0) return [];
  let first = records.length;
  for (const { itemIdentifier } of failures) {
    const index = records.findIndex((r) => r.dynamodb?.SequenceNumber === itemIdentifier);
    if (index === -1) return records;
    first = Math.min(first, index);
  }
  return records.slice(first);
}

function describeRecord(record: DynamoDBRecord): string {
  const keys = record.dynamodb?.Keys ?? {};
  // Key attributes in name order (`pk` before `sk`); the stream lists them in any order.
  const key = Object.entries(keys)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => value.S ?? value.N ?? '?')
    .join(' / ');
  return `${record.eventName ?? 'RECORD'} ${key}`;
}
