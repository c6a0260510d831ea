/**
 * The event sources of the local runtime, wired as AWS wires them: inbox object events become
 * S3 notifications on the ingest queue (after the catch-up of what was missed while stopped), the
 * table's stream is polled into the feeds handler, the regeneration queue delivers due feeds to
 * the regenerate handler, and what runs out of retries goes to the dead-letter list.
 */
import { join } from 'node:path';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { KEY_PREFIX, keys } from '../../shared/store/table.ts';
import type { DeadLetterList } from '../event-sources/dead-letters.ts';
import { LocalQueue, type LocalQueueOptions, type SqsHandler } from '../event-sources/queue.ts';
import {
  type ObjectEvent,
  objectKeysOfMessage,
  SequencerClock,
  toS3EventRecord,
  toSqsRecord,
} from '../event-sources/s3-events.ts';
import { StreamCheckpoints } from '../event-sources/stream-checkpoints.ts';
import {
  type StreamHandler,
  StreamPoller,
  type StreamPollerOptions,
} from '../event-sources/stream-poller.ts';
import { findMissedEvents } from './catch-up.ts';
import type { Cleanups } from './cleanups.ts';
import type { RuntimeEvents } from './events.ts';
import type { Clients } from './servers.ts';

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** What the event sources report to. */
export interface Reporting {
  readonly events: RuntimeEvents;
  readonly log: (line: string) => void;
  readonly deadLetters: DeadLetterList;
}

/**
 * Starts the ingest queue: SQS-shaped batches to the ingest handler, retries, dead letters.
 *
 * @param settings - the handler, the queue's options, the table (to explain a failure from the
 *   key's recorded error when the handler reported none)
 * @param reporting - events, log, dead-letter list
 * @param cleanups - where its stop goes
 * @returns the queue
 */
export function startIngestQueue(
  settings: {
    readonly handler: SqsHandler;
    readonly options: Partial<LocalQueueOptions> | undefined;
    readonly clients: Clients;
    readonly tableName: string;
  },
  reporting: Reporting,
  cleanups: Cleanups,
): LocalQueue {
  const { events, log, deadLetters } = reporting;
  // The ingest reports which key failed and why; dead letters want the reason.
  const lastErrors = new Map<string, string>();
  events.on('ingestFailed', ({ objectKey, error }) => {
    if (objectKey !== undefined) lastErrors.set(objectKey, errorText(error));
  });
  const queue = new LocalQueue({
    ...settings.options,
    handler: settings.handler,
    subjectsOf: objectKeysOfMessage,
    explainFailure: async (record) => {
      const [key] = objectKeysOfMessage(record);
      if (key === undefined) return undefined;
      const reported = lastErrors.get(key);
      if (reported !== undefined) return reported;
      const source = keys.source(key);
      const { Item } = await settings.clients.dynamoDb.send(
        new GetItemCommand({
          TableName: settings.tableName,
          Key: { pk: { S: source.pk }, sk: { S: source.sk } },
        }),
      );
      return Item?.lastError?.M?.message?.S;
    },
    onInvocationError: (error) => log(`ERROR ingest invocation failed: ${errorText(error)}`),
    onRetry: (attempts) => events.emit('retry', { source: 'ingest', attempts }),
    deadLetter: async (letter) => {
      await deadLetters.add(letter);
      log(`ERROR dead letter (ingest) ${letter.subjects.join(', ')}: ${letter.error}`);
      events.emit('deadLetter', letter);
    },
  });
  cleanups.push(() => queue.stop());
  return queue;
}

/**
 * Starts the regeneration queue: delayed messages (SQS's `DelaySeconds`) to the regenerate
 * handler, retries, dead letters.
 *
 * @param settings - the handler, the queue's options, the window
 * @param reporting - events, log, dead-letter list
 * @param cleanups - where its stop goes
 * @returns the queue
 */
export function startRegenerationQueue(
  settings: {
    readonly handler: SqsHandler;
    readonly options: Partial<LocalQueueOptions> | undefined;
    readonly windowMs: number;
  },
  reporting: Reporting,
  cleanups: Cleanups,
): LocalQueue {
  const { events, log, deadLetters } = reporting;
  const queue = new LocalQueue({
    // A failed run is retried once its window has passed (on AWS the visibility timeout is
    // longer than the window); sooner, it would only be deferred, as a new message.
    retryDelayMs: (receives) => settings.windowMs * receives,
    ...settings.options,
    source: 'regenerate',
    handler: settings.handler,
    subjectsOf: (record) => [record.body],
    onInvocationError: (error) => log(`ERROR regenerate invocation failed: ${errorText(error)}`),
    onRetry: (attempts) => events.emit('retry', { source: 'regenerate', attempts }),
    deadLetter: async (letter) => {
      await deadLetters.add(letter);
      log(`ERROR dead letter (regenerate) ${letter.subjects.join(', ')}: ${letter.error}`);
      events.emit('deadLetter', letter);
    },
  });
  cleanups.push(() => queue.stop());
  return queue;
}

/**
 * Starts polling the table's stream into the feeds handler, resuming after the checkpoints kept
 * in the data folder.
 *
 * @param settings - the handler, the poller's options, the stream, the data folder
 * @param reporting - events, log, dead-letter list
 * @param cleanups - where its stop goes
 * @returns the running poller
 */
export function startStreamPoller(
  settings: {
    readonly handler: StreamHandler;
    readonly options: Partial<StreamPollerOptions> | undefined;
    readonly clients: Clients;
    readonly streamArn: string;
    readonly region: string;
    readonly dataDir: string;
  },
  reporting: Reporting,
  cleanups: Cleanups,
): StreamPoller {
  const { events, log, deadLetters } = reporting;
  const poller = new StreamPoller({
    ...settings.options,
    client: settings.clients.streams,
    streamArn: settings.streamArn,
    region: settings.region,
    handler: settings.handler,
    // The stack's event source mapping passes article items only (infra/constructs/feed-publisher.ts).
    filter: (record) => record.dynamodb?.Keys?.pk?.S?.startsWith(KEY_PREFIX.article) === true,
    checkpoints: new StreamCheckpoints(join(settings.dataDir, 'stream-checkpoints.json')),
    onError: (error) => log(`ERROR feeds: ${errorText(error)}`),
    onRetry: (attempt) => events.emit('retry', { source: 'feeds', attempts: attempt }),
    deadLetter: async (letter) => {
      await deadLetters.add(letter);
      log(`ERROR dead letter (feeds) ${letter.subjects.length} stream records: ${letter.error}`);
      events.emit('deadLetter', letter);
    },
  });
  poller.start();
  cleanups.push(() => poller.stop());
  return poller;
}

/**
 * Inbox object events, held until the ingest queue exists (the S3 server reports uploads from
 * the moment it starts: sample uploads, a fast client), then sent to it as S3 notifications.
 */
export class InboxEventRoute {
  readonly #early: ObjectEvent[] = [];
  #send: ((event: ObjectEvent) => void) | undefined;

  /** @param event - an object event of the inbox bucket */
  readonly accept = (event: ObjectEvent): void => {
    if (this.#send === undefined) this.#early.push(event);
    else this.#send(event);
  };

  /**
   * Sends what was missed while the runtime was stopped, then what arrived while starting, and
   * from then on every event as it comes, with sequencers above every one the table has applied
   * (whatever the clock did in between).
   *
   * @param queue - the ingest queue
   * @param settings - clients, table, inbox bucket, region
   * @returns how many missed changes the catch-up found
   */
  async connect(
    queue: LocalQueue,
    settings: {
      readonly clients: Clients;
      readonly tableName: string;
      readonly inboxBucket: string;
      readonly region: string;
    },
  ): Promise<number> {
    const { clients, tableName, inboxBucket, region } = settings;
    const catchUp = await findMissedEvents({
      s3: clients.s3,
      bucket: inboxBucket,
      documentClient: clients.documentClient,
      tableName,
    });
    const clock = new SequencerClock(Date.now, catchUp.highestSequencer);
    const queueIdentity = { region, queueArn: `arn:aws:sqs:${region}:000000000000:ingest` };
    const send = (event: ObjectEvent) => {
      const record = toS3EventRecord(event, clock.next(), region);
      queue.send(toSqsRecord(record, queueIdentity, new Date()));
    };
    // Changes made while stopped go first: they are older than anything arriving now.
    for (const event of catchUp.events) send(event);
    for (const event of this.#early.splice(0)) send(event);
    this.#send = send;
    return catchUp.events.length;
  }
}
