/**
 * An in-process stand-in for an SQS queue with a dead-letter queue and the Lambda event source
 * mapping that drains it: messages (each with an optional delay, as `DelaySeconds`) are handed to
 * the handler in batches, a message the handler reports in `batchItemFailures` (or every message
 * of a batch whose invocation threw) comes back after a visibility delay, and after
 * `maxReceiveCount` receives it goes to the dead-letter list.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { DeadLetter } from './dead-letters.ts';

/** Identity of the emulated queue, for `eventSourceARN` and `awsRegion`. */
export interface QueueIdentity {
  readonly region: string;
  readonly queueArn: string;
}

/**
 * Wraps a body in an SQS message as Lambda's event source delivers it.
 *
 * @param body - the message body
 * @param queue - the queue's region and ARN
 * @param sentAt - when it was sent
 * @returns the record (its receive count is set on each delivery)
 */
export function sqsRecordOf(body: string, queue: QueueIdentity, sentAt: Date): SQSRecord {
  const messageId = randomUUID();
  return {
    messageId,
    receiptHandle: `local-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: '0',
      SentTimestamp: String(sentAt.getTime()),
      SenderId: 'AIDALOCAL',
      ApproximateFirstReceiveTimestamp: String(sentAt.getTime()),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: queue.queueArn,
    awsRegion: queue.region,
  };
}

/** The handler the queue feeds, shaped like `functions/ingest.ts`'s `handler`. */
/** A result without `batchItemFailures` means the whole batch succeeded. */
export type SqsHandler = (event: SQSEvent) => Promise<unknown>;

/** Settings of a {@link LocalQueue}. */
export interface LocalQueueOptions {
  /** The consumer. */
  readonly handler: SqsHandler;
  /** Where messages that ran out of receives go. */
  readonly deadLetter: (letter: DeadLetter) => Promise<void>;
  /**
   * Which consumer the dead letters come from.
   * @default 'ingest'
   */
  readonly source?: DeadLetter['source'];
  /**
   * The object keys a message is about, for the dead-letter list and logs.
   * @default none
   */
  readonly subjectsOf?: (record: SQSRecord) => string[];
  /**
   * Why a message the handler reported failed, looked up after the fact (the handler only
   * returns ids).
   * @default the generic "reported failed by the handler"
   */
  readonly explainFailure?: (record: SQSRecord) => Promise<string | undefined>;
  /** Called with every invocation error, for the log. */
  readonly onInvocationError?: (error: unknown) => void;
  /** Called when a failed message is put back to be delivered again. */
  readonly onRetry?: (receiveCount: number) => void;
  /**
   * Messages per invocation (the event source mapping's `BatchSize`).
   * @default 10
   */
  readonly batchSize?: number;
  /**
   * How long to gather messages before invoking (`MaximumBatchingWindowInSeconds`).
   * @default 20 ms
   */
  readonly batchWindowMs?: number;
  /**
   * Receives before a message is dead-lettered (the redrive policy's `maxReceiveCount`).
   * @default 3
   */
  readonly maxReceiveCount?: number;
  /**
   * Visibility delay before the n-th retry, in milliseconds.
   * @default 250 ms × 2^(n-1)
   */
  readonly retryDelayMs?: (receiveCount: number) => number;
  /**
   * Batches in flight at once. Each needs its own Lambda instance on AWS; in one process the
   * handler serializes them anyway (see `oneAtATime` in `handlers.ts`).
   * @default 1
   */
  readonly concurrency?: number;
}

/** Counters of a {@link LocalQueue}. */
export interface QueueStats {
  sent: number;
  succeeded: number;
  retried: number;
  deadLettered: number;
}

interface Message {
  readonly record: SQSRecord;
  receiveCount: number;
  lastError?: string;
}

/** The emulated queue and its consumer. See the module comment. */
export class LocalQueue {
  readonly stats: QueueStats = { sent: 0, succeeded: 0, retried: 0, deadLettered: 0 };
  readonly #options: LocalQueueOptions;
  readonly #ready: Message[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #inFlight = new Set<Promise<void>>();
  /** Visibility delays set by the handler (`ChangeMessageVisibility`), by message id. */
  readonly #visibility = new Map<string, number>();
  #pumpScheduled = false;
  #stopped = false;
  #idleWaiters: (() => void)[] = [];

  /** @param options - the handler and the redrive settings */
  constructor(options: LocalQueueOptions) {
    this.#options = options;
  }

  /**
   * Sends a message; it is delivered after its delay and the batching window.
   *
   * @param record - the message, as the handler will receive it (its receive count is set on
   *   each delivery)
   * @param delayMs - how long it stays invisible first (SQS `DelaySeconds`)
   */
  send(record: SQSRecord, delayMs = 0): void {
    if (this.#stopped) return;
    this.stats.sent += 1;
    const message = { record, receiveCount: 0 };
    if (delayMs <= 0) {
      this.#ready.push(message);
      this.#schedulePump(this.#options.batchWindowMs ?? 20);
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#ready.push(message);
      this.#schedulePump(this.#options.batchWindowMs ?? 20);
    }, delayMs);
    this.#timers.add(timer);
  }

  /**
   * Sets how long a received message stays invisible before it is delivered again, as
   * `ChangeMessageVisibility` does; used by a handler that reports the message failed and wants
   * its retry later than the queue's default.
   *
   * @param messageId - the received message
   * @param delayMs - the delay before its next delivery
   */
  changeVisibility(messageId: string, delayMs: number): void {
    this.#visibility.set(messageId, delayMs);
  }

  /** @returns a promise that settles once no message is waiting, delayed or in flight */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /**
   * Stops delivering: waits for the batches in flight, drops what is still queued (the pages
   * stay in the inbox bucket).
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#ready.length = 0;
    await Promise.all([...this.#inFlight]);
    this.#notifyIfIdle();
  }

  #isIdle(): boolean {
    return (
      this.#ready.length === 0 &&
      this.#inFlight.size === 0 &&
      this.#timers.size === 0 &&
      !this.#pumpScheduled
    );
  }

  #notifyIfIdle(): void {
    if (!this.#isIdle()) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  #schedulePump(delayMs: number): void {
    if (this.#pumpScheduled || this.#stopped) return;
    this.#pumpScheduled = true;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#pumpScheduled = false;
      this.#pump();
    }, delayMs);
    this.#timers.add(timer);
  }

  #pump(): void {
    const concurrency = this.#options.concurrency ?? 1;
    const batchSize = this.#options.batchSize ?? 10;
    while (!this.#stopped && this.#ready.length > 0 && this.#inFlight.size < concurrency) {
      const batch = this.#ready.splice(0, batchSize);
      const run = this.#deliver(batch).finally(() => {
        this.#inFlight.delete(run);
        if (this.#ready.length > 0) this.#pump();
        this.#notifyIfIdle();
      });
      this.#inFlight.add(run);
    }
    this.#notifyIfIdle();
  }

  async #deliver(batch: Message[]): Promise<void> {
    for (const message of batch) message.receiveCount += 1;
    const event: SQSEvent = {
      Records: batch.map(({ record, receiveCount }) => ({
        ...record,
        attributes: { ...record.attributes, ApproximateReceiveCount: String(receiveCount) },
      })),
    };
    let failed: Message[];
    try {
      const response = await this.#options.handler(event);
      failed = this.#failedOf(batch, response as SQSBatchResponse | undefined);
    } catch (error) {
      this.#options.onInvocationError?.(error);
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      for (const message of batch) message.lastError = reason;
      failed = batch;
    }
    this.stats.succeeded += batch.length - failed.length;
    await Promise.all(failed.map((message) => this.#retryOrDeadLetter(message)));
  }

  /** Lambda treats a response naming an unknown (or empty) id as a failure of the whole batch. */
  #failedOf(batch: Message[], response: SQSBatchResponse | undefined): Message[] {
    const failures = Array.isArray(response?.batchItemFailures) ? response.batchItemFailures : [];
    if (failures.length === 0) return [];
    const byId = new Map(batch.map((m) => [m.record.messageId, m]));
    const failed: Message[] = [];
    for (const { itemIdentifier } of failures) {
      const message = byId.get(itemIdentifier);
      if (message === undefined) return batch;
      failed.push(message);
    }
    return failed;
  }

  async #retryOrDeadLetter(message: Message): Promise<void> {
    const maxReceiveCount = this.#options.maxReceiveCount ?? 3;
    const visibility = this.#visibility.get(message.record.messageId);
    this.#visibility.delete(message.record.messageId);
    if (message.receiveCount < maxReceiveCount) {
      this.stats.retried += 1;
      if (this.#stopped) return;
      this.#options.onRetry?.(message.receiveCount);
      const delay =
        visibility ??
        this.#options.retryDelayMs?.(message.receiveCount) ??
        250 * 2 ** (message.receiveCount - 1);
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        this.#ready.push(message);
        this.#pump();
      }, delay);
      this.#timers.add(timer);
      return;
    }
    const explained = message.lastError ?? (await this.#explain(message.record));
    this.stats.deadLettered += 1;
    await this.#options.deadLetter({
      source: this.#options.source ?? 'ingest',
      at: new Date().toISOString(),
      attempts: message.receiveCount,
      error: explained,
      subjects: this.#options.subjectsOf?.(message.record) ?? [],
      payload: safeJson(message.record.body),
    });
  }

  async #explain(record: SQSRecord): Promise<string> {
    const generic = `reported failed by the ${this.#options.source ?? 'ingest'} handler on every attempt`;
    try {
      return (await this.#options.explainFailure?.(record)) ?? generic;
    } catch {
      return generic;
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
