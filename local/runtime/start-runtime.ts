/**
 * The whole pipeline on one machine: DynamoDB Local and s3rver with the table and buckets, the
 * real ingest and feeds handlers wired the way AWS wires them (S3 events → SQS-shaped batches →
 * ingest; the table's stream → feeds), the feeds bucket served over HTTP like the CDN, and a
 * local `inbox/` folder mirrored into the inbox bucket. Used by `syndicate start` (`npm start`),
 * the end-to-end tests and the benchmarks.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DescribeTableCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DEFAULT_FEED_ITEM_LIMIT, feedsBaseUrl } from '../../shared/feeds/config.ts';
import { DEFAULT_MAX_PAGE_BYTES } from '../../shared/ingest/config.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { keys } from '../../shared/store/table.ts';
import { startDynamoDbLocal } from '../emulators/dynamodb-local.ts';
import { DeadLetterList } from '../event-sources/dead-letters.ts';
import { LOCAL_CREDENTIALS, localDefaults } from './defaults.ts';
import { LocalRuntimeError, LocalStartError } from './errors.ts';

export { LocalConfigError, LocalStartError } from './errors.ts';

import { ensureBuckets, ensureTable } from '../emulators/provision.ts';
import { type S3Server, startS3Server } from '../emulators/s3-server.ts';
import { createLocalHandlers } from '../event-sources/handlers.ts';
import {
  LocalQueue,
  type LocalQueueOptions,
  type QueueStats,
  type SqsHandler,
} from '../event-sources/queue.ts';
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
  type StreamStats,
} from '../event-sources/stream-poller.ts';
import {
  describeInboxFolderEvent,
  type InboxWatcher,
  watchInboxFolder,
} from '../inbox/folder-watcher.ts';
import { ingestSamplePages } from '../inbox/samples.ts';
import { startFeedsServer } from '../server/feeds-server.ts';
import { publishMissingBaseFeeds } from './base-feeds.ts';
import { findMissedEvents } from './catch-up.ts';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
  localStreamsClient,
} from './clients.ts';
import { checkPortFree } from './port-check.ts';
import { directoryData, type LocalState, readLocalState } from './state.ts';

/** Settings of {@link startLocalRuntime}; every one has a default. */
export interface LocalRuntimeOptions {
  /**
   * Folder of the persisted data: the DynamoDB file, the buckets, dead letters, stream
   * checkpoints.
   * @default `.local` (or `SYNDICATE_DATA_DIR`)
   */
  readonly dataDir?: string;
  /** Port of the feeds HTTP server; 0 for a free one. @default 3000 (or `SYNDICATE_HTTP_PORT`) */
  readonly httpPort?: number;
  /** Port of the S3 server; 0 for a free one. @default 4569 (or `SYNDICATE_S3_PORT`) */
  readonly s3Port?: number;
  /** Port of DynamoDB Local; 0 for a free one. @default 8000 (or `SYNDICATE_DYNAMODB_PORT`) */
  readonly dynamoDbPort?: number;
  /**
   * Folder mirrored into the inbox bucket, or false for none.
   * @default `inbox` (or `SYNDICATE_INBOX_DIR`)
   */
  readonly inboxDir?: string | false;
  /** Ingest the sample pages when the data folder is new. @default true */
  readonly samples?: boolean;
  /** Public base URL written into the feeds. @default the feeds server's URL */
  readonly publicBaseUrl?: string;
  /** Items per feed of the feeds handler. @default `DEFAULT_FEED_ITEM_LIMIT` */
  readonly feedItemLimit?: number;
  /** Page size limit of the ingest handler. @default `DEFAULT_MAX_PAGE_BYTES` */
  readonly maxPageBytes?: number;
  /**
   * Receives one human-readable line per event worth telling (ingests, rejections, uploads from
   * the folder, dead letters): the handlers log into it, their metrics are dropped.
   * @default silent
   */
  readonly log?: (line: string) => void;
  /** Batching and redrive of the ingest queue. */
  readonly queue?: Pick<
    LocalQueueOptions,
    'batchSize' | 'batchWindowMs' | 'maxReceiveCount' | 'retryDelayMs' | 'concurrency'
  >;
  /** Batching and retries of the stream's event source mapping. */
  readonly stream?: Pick<
    StreamPollerOptions,
    'batchSize' | 'pollIntervalMs' | 'maxRetries' | 'retryDelayMs'
  >;
  /** Wrap the real handlers, e.g. to inject faults in a test. */
  readonly wrapHandlers?: {
    readonly ingest?: (real: SqsHandler) => SqsHandler;
    readonly feeds?: (real: StreamHandler) => StreamHandler;
  };
}

/** A running local runtime. */
export interface LocalRuntime {
  readonly urls: {
    /** The feeds server, e.g. `http://localhost:3000`. */
    readonly feeds: string;
    /** The S3 endpoint, e.g. `http://127.0.0.1:4569`. */
    readonly s3: string;
    /** DynamoDB Local, e.g. `http://127.0.0.1:8000`. */
    readonly dynamoDb: string;
  };
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly feedsBucket: string;
  readonly region: string;
  /** Process group of DynamoDB Local (its watchdog and java), gone after `stop()`. */
  readonly dynamoDbPid: number;
  /** The credentials the local servers accept. */
  readonly credentials: typeof LOCAL_CREDENTIALS;
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  /** Absolute path of the watched folder, if any. */
  readonly inboxDir: string | undefined;
  /** Sample pages uploaded by this start (0 unless the data folder was new). */
  readonly samplesUploaded: number;
  /** Where messages that ran out of retries are kept. */
  readonly deadLetters: DeadLetterList;
  /** Resolves once every upload so far went through ingest and every table change through feeds. */
  idle(): Promise<void>;
  /** Counters of the queue and the stream. */
  stats(): { readonly queue: QueueStats; readonly stream: StreamStats };
  /** Feed counts, latest articles, rejections and dead letters. */
  state(): Promise<LocalState>;
  /**
   * Stops the S3 server and starts it again on the same port and data folder, a fault for the
   * robustness tests (s3rver runs in this process, so only the runtime can restart it). Stored
   * objects survive; requests while it is down fail like an S3 outage (ingest and feeds retry them,
   * the feeds server answers 502); every part of the runtime reconnects to the new server.
   *
   * @param whileDown - runs while the server is stopped (e.g. uploads that must fail and retry)
   */
  restartS3Server(whileDown?: () => Promise<void>): Promise<void>;
  /** Stops everything (no process left behind). Safe to call twice. */
  stop(): Promise<void>;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the local runtime. Each one has its own servers, clients and handlers: several can run
 * in one process, on different ports and data folders.
 *
 * @param options - ports, data folder, watched folder, samples, log sink, handler wrappers
 * @returns the running local runtime
 * @throws LocalStartError when a port is taken or a server does not start
 * @example
 * const runtime = await startLocalRuntime({ httpPort: 0, s3Port: 0, dynamoDbPort: 0, dataDir: tmp, samples: false, inboxDir: false });
 * // upload to runtime.urls.s3, then: await runtime.idle(); fetch(`${runtime.urls.feeds}/feeds/all.xml`)
 * await runtime.stop();
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const defaults = localDefaults();
  const log = options.log ?? (() => {});
  const { tableName, inboxBucket, feedsBucket, region } = defaults;
  const dataDir = resolve(options.dataDir ?? defaults.dataDir);
  const inboxDirOption = options.inboxDir ?? defaults.inboxDir;
  const inboxDir = inboxDirOption === false ? undefined : resolve(inboxDirOption);
  const httpPort = options.httpPort ?? defaults.httpPort;
  const s3Port = options.s3Port ?? defaults.s3Port;
  const dynamoDbPort = options.dynamoDbPort ?? defaults.dynamoDbPort;

  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanUp = async () => {
    const errors: unknown[] = [];
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  };

  try {
    await checkPortFree(httpPort, 'feeds HTTP server', '--http-port or SYNDICATE_HTTP_PORT');
    await checkPortFree(s3Port, 'S3 server', '--s3-port or SYNDICATE_S3_PORT');
    await checkPortFree(
      dynamoDbPort,
      'DynamoDB Local',
      '--dynamodb-port or SYNDICATE_DYNAMODB_PORT',
    );
    await mkdir(join(dataDir, 'dynamodb'), { recursive: true });
    await mkdir(join(dataDir, 's3'), { recursive: true });
    if (inboxDir !== undefined) await mkdir(inboxDir, { recursive: true });

    // Events can arrive before the queue exists (sample uploads, a fast client): hold them.
    const early: ObjectEvent[] = [];
    let onInboxEvent = (event: ObjectEvent) => {
      early.push(event);
    };

    // Both are awaited even when one fails, so that the other is registered for clean-up.
    const s3Settings = {
      directory: join(dataDir, 's3'),
      buckets: [inboxBucket, feedsBucket],
      onObjectEvent: (event: ObjectEvent) => {
        if (event.bucket === inboxBucket) onInboxEvent(event);
      },
    };
    // The server running now: `restartS3Server` replaces it, and clean-up stops the current one.
    let s3Current: S3Server | undefined;
    const [dynamoStarted, s3Started] = await Promise.allSettled([
      startDynamoDbLocal({
        port: dynamoDbPort || undefined,
        dbPath: join(dataDir, 'dynamodb'),
      }).then((server) => {
        cleanups.push(() => server.stop());
        return server;
      }),
      startS3Server({ ...s3Settings, port: s3Port }).then((server) => {
        s3Current = server;
        cleanups.push(() => s3Current?.stop());
        return server;
      }),
    ]);
    if (dynamoStarted.status === 'rejected') throw dynamoStarted.reason;
    if (s3Started.status === 'rejected') throw s3Started.reason;
    const dynamo = dynamoStarted.value;
    const s3 = s3Started.value;

    const s3Client = localS3Client(s3.endpoint, region);
    const dynamoDbClient = localDynamoDbClient(dynamo.endpoint, region);
    const documentClient = localDocumentClient(dynamoDbClient);
    const streamsClient = localStreamsClient(dynamo.endpoint, region);
    cleanups.push(() => {
      s3Client.destroy();
      dynamoDbClient.destroy();
      streamsClient.destroy();
    });
    await ensureTable(dynamoDbClient, tableName);
    await ensureBuckets(s3Client, [inboxBucket, feedsBucket]);
    const { Table } = await dynamoDbClient.send(new DescribeTableCommand({ TableName: tableName }));
    const streamArn = Table?.LatestStreamArn;
    if (streamArn === undefined) {
      throw new LocalStartError(
        `Table ${tableName} has no stream: delete ${dataDir} and start again`,
      );
    }

    const deadLetters = new DeadLetterList(join(dataDir, 'dead-letters.jsonl'));
    const state = () => readLocalState(documentClient, tableName, deadLetters);
    const feedsServer = await startFeedsServer({
      s3: s3Client,
      bucket: feedsBucket,
      port: httpPort,
      directory: async (baseUrl) =>
        directoryData(baseUrl, await state(), { s3: s3Client, bucket: feedsBucket }),
    });
    cleanups.push(() => feedsServer.stop());

    const baseUrl = feedsBaseUrl(options.publicBaseUrl ?? feedsServer.url);
    const itemLimit = options.feedItemLimit ?? DEFAULT_FEED_ITEM_LIMIT;
    const clients = { s3: s3Client, documentClient };
    // The ingest reports which key failed and why; dead letters want the reason.
    const lastErrors = new Map<string, string>();
    const handlers = createLocalHandlers({
      region,
      ingest: { tableName, maxPageBytes: options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES },
      feeds: { tableName, feedsBucket, baseUrl, itemLimit },
      clients,
      publishers: samplePublishersById,
      log,
      observers: {
        ingest: {
          failed: ({ objectKey, error }) => {
            if (objectKey !== undefined) lastErrors.set(objectKey, errorText(error));
          },
        },
      },
    });
    await publishMissingBaseFeeds({
      s3: s3Client,
      documentClient,
      tableName,
      feedsBucket,
      baseUrl,
      itemLimit,
      publishers: samplePublishersById,
    });
    const realIngest = handlers.ingest;
    const realFeeds = handlers.feeds;
    const ingest = options.wrapHandlers?.ingest?.(realIngest) ?? realIngest;
    const feeds = options.wrapHandlers?.feeds?.(realFeeds) ?? realFeeds;

    const queueIdentity = {
      region,
      queueArn: `arn:aws:sqs:${region}:000000000000:ingest`,
    };
    const queue = new LocalQueue({
      ...options.queue,
      handler: ingest,
      subjectsOf: objectKeysOfMessage,
      explainFailure: async (record) => {
        const [key] = objectKeysOfMessage(record);
        if (key === undefined) return undefined;
        const logged = lastErrors.get(key);
        if (logged !== undefined) return logged;
        const source = keys.source(key);
        const { Item } = await dynamoDbClient.send(
          new GetItemCommand({
            TableName: tableName,
            Key: { pk: { S: source.pk }, sk: { S: source.sk } },
          }),
        );
        return Item?.lastError?.M?.message?.S;
      },
      onInvocationError: (error) => log(`ERROR ingest invocation failed: ${errorText(error)}`),
      deadLetter: async (letter) => {
        await deadLetters.add(letter);
        log(`ERROR dead letter (ingest) ${letter.subjects.join(', ')}: ${letter.error}`);
      },
    });
    cleanups.push(() => queue.stop());

    const poller = new StreamPoller({
      ...options.stream,
      client: streamsClient,
      streamArn,
      region,
      handler: feeds,
      checkpoints: new StreamCheckpoints(join(dataDir, 'stream-checkpoints.json')),
      onError: (error) => log(`ERROR feeds: ${errorText(error)}`),
      deadLetter: async (letter) => {
        await deadLetters.add(letter);
        log(`ERROR dead letter (feeds) ${letter.subjects.length} stream records: ${letter.error}`);
      },
    });
    poller.start();
    cleanups.push(() => poller.stop());

    // Changes made while stopped go first (they are older than anything arriving now), with
    // sequencers above every one the table has applied, whatever the clock did in between.
    const catchUp = await findMissedEvents({
      s3: s3Client,
      bucket: inboxBucket,
      documentClient,
      tableName,
    });
    const clock = new SequencerClock(Date.now, catchUp.highestSequencer);
    onInboxEvent = (event) => {
      const record = toS3EventRecord(event, clock.next(), region);
      queue.send(toSqsRecord(record, queueIdentity, new Date()));
    };
    for (const event of catchUp.events) onInboxEvent(event);
    for (const event of early.splice(0)) onInboxEvent(event);
    if (catchUp.events.length > 0) {
      log(`catch-up  ${catchUp.events.length} inbox change(s) made while stopped, sent to ingest`);
    }

    let watcher: InboxWatcher | undefined;
    if (inboxDir !== undefined) {
      watcher = await watchInboxFolder({
        folder: inboxDir,
        s3: s3Client,
        bucket: inboxBucket,
        onEvent: (event) => log(describeInboxFolderEvent(event, inboxBucket)),
      });
      const running = watcher;
      cleanups.push(() => running.close());
    }

    let samplesUploaded = 0;
    // Samples go in on the first start of a data folder only (a marker records that it happened,
    // with or without samples), never again once the user has their own content.
    const marker = join(dataDir, 'first-start-done');
    if (!(await exists(marker))) {
      if (options.samples ?? true) {
        samplesUploaded = await ingestSamplePages(s3Client, inboxBucket);
        log(
          `samples  uploaded ${samplesUploaded} sample pages to s3://${inboxBucket}/demo/samples/`,
        );
      }
      await writeFile(marker, `${new Date().toISOString()}\n`);
    }

    const idle = async () => {
      let sent: number;
      do {
        sent = queue.stats.sent;
        await watcher?.idle();
        await queue.idle();
        await poller.caughtUp();
      } while (queue.stats.sent !== sent);
    };

    let stopped: Promise<void> | undefined;
    return {
      urls: { feeds: feedsServer.url, s3: s3.endpoint, dynamoDb: dynamo.endpoint },
      tableName,
      inboxBucket,
      feedsBucket,
      region,
      dynamoDbPid: dynamo.pid,
      credentials: LOCAL_CREDENTIALS,
      dataDir,
      inboxDir,
      samplesUploaded,
      deadLetters,
      idle,
      stats: () => ({ queue: { ...queue.stats }, stream: { ...poller.stats } }),
      state,
      async restartS3Server(whileDown) {
        const port = s3.port;
        await s3Current?.stop();
        s3Current = undefined;
        try {
          await whileDown?.();
        } finally {
          // Not after `stop()`: nothing would stop it again.
          if (stopped === undefined) s3Current = await startS3Server({ ...s3Settings, port });
        }
      },
      stop() {
        stopped ??= cleanUp();
        return stopped;
      },
    };
  } catch (error) {
    await cleanUp().catch(() => {});
    if (error instanceof LocalRuntimeError) throw error;
    throw new LocalStartError(`The local runtime could not start: ${errorText(error)}`, {
      cause: error,
    });
  }
}
