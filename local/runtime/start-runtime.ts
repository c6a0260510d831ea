/**
 * The whole pipeline on one machine: DynamoDB Local and s3rver with the table and buckets, the
 * real ingest, feeds and regenerate handlers wired the way AWS wires them (S3 events → SQS-shaped
 * batches → ingest; the table's stream → feeds, which marks; the regeneration queue → regenerate), the feeds bucket served over HTTP like the CDN, and a
 * local `inbox/` folder mirrored into the inbox bucket. Used by `syndicate start` (`npm start`),
 * the end-to-end tests and the benchmarks. {@link startLocalRuntime} composes the steps, each
 * in its own module of this folder.
 */
import { join } from 'node:path';
import type { Hono } from 'hono';
import { feedsBaseUrl } from '../../shared/feeds/config.ts';
import { DEFAULT_MAX_PAGE_BYTES } from '../../shared/ingest/config.ts';
import { DeadLetterList } from '../event-sources/dead-letters.ts';
import type { LocalQueueOptions, QueueStats, SqsHandler } from '../event-sources/queue.ts';
import { LocalRegenerationQueue } from '../event-sources/regeneration-queue.ts';
import type {
  StreamHandler,
  StreamPollerOptions,
  StreamStats,
} from '../event-sources/stream-poller.ts';
import type { LocalHubOptions } from '../hub/local-hub.ts';
import { API_PATH_PREFIX } from '../server/feeds-server.ts';
import { Cleanups } from './cleanups.ts';
import { LOCAL_CREDENTIALS } from './defaults.ts';
import { LocalRuntimeError, LocalStartError } from './errors.ts';
import {
  InboxEventRoute,
  type Reporting,
  startIngestQueue,
  startRegenerationQueue,
  startStreamPoller,
} from './event-wiring.ts';
import { RuntimeEvents } from './events.ts';
import { HubSlot, startHub } from './hub-wiring.ts';
import { scheduleReconcile } from './reconcile-timer.ts';
import { removeRuntimeFile, writeRuntimeFile } from './runtime-file.ts';
import { connectClients, provision, startServers } from './servers.ts';
import { type LocalState, readLocalState } from './state.ts';
import {
  buildHandlers,
  checkPrerequisitesOf,
  createDataFolders,
  feedsConfigOf,
  idleOf,
  publishBaseFeeds,
  resendPendingRegenerations,
  seedRegistry,
  serveFeeds,
  settingsOf,
  uploadSamplesOnFirstStart,
  watchFolder,
} from './steps.ts';
import { demoApiKey, localUploadApi } from './upload-api.ts';

export { LocalConfigError, LocalStartError } from './errors.ts';
export type { RuntimeEventMap, RuntimeEvents } from './events.ts';

export { LOCAL_REGISTRY_CACHE_MS } from './steps.ts';

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
   * A DynamoDB Local that is already running, e.g. one a test run shares between its files: the
   * runtime makes its table there (give each runtime its own `tableName`) and neither starts nor
   * stops the server, so Java and `dynamoDbPort` are not needed. The table and its stream stay
   * on that server, and a runtime started again with the same table resumes it.
   * @default a DynamoDB Local of its own, on `dynamoDbPort`, with its data in the data folder
   */
  readonly dynamoDbEndpoint?: string;
  /** Name of the table. @default `syndication` */
  readonly tableName?: string;
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
  /** Items per archive page of every feed. @default `DEFAULT_ARCHIVE_PAGE_SIZE` */
  readonly feedArchivePageSize?: number;
  /** Page size limit of the ingest handler. @default `DEFAULT_MAX_PAGE_BYTES` */
  readonly maxPageBytes?: number;
  /**
   * Least time between two regenerations of a feed (ms).
   * @default `DEFAULT_REGENERATION_WINDOW_MS`
   */
  readonly regenerationWindowMs?: number;
  /** How long a regeneration holds its feed's lease (ms). @default `DEFAULT_LEASE_MS` */
  readonly feedLeaseMs?: number;
  /**
   * How often every known feed is reconciled with the table (ms), as the stack's daily rule does.
   * @default `DEFAULT_RECONCILE_INTERVAL_MS`
   */
  readonly reconcileIntervalMs?: number;
  /**
   * How long the handlers reuse a read of the publisher registry, in ms (0: never).
   * @default LOCAL_REGISTRY_CACHE_MS
   */
  readonly registryCacheMs?: number;
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
  /**
   * The environment that sets the defaults (`SYNDICATE_*`) and finds Java (`JAVA_HOME`, `PATH`).
   * @default `process.env`
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Batching and redrive of the regeneration queue. */
  readonly regenerationQueue?: Pick<
    LocalQueueOptions,
    'batchSize' | 'batchWindowMs' | 'maxReceiveCount' | 'retryDelayMs'
  >;
  /** The WebSub hub: built in (the default) or external, its clock, retries and limits. */
  readonly hub?: LocalHubOptions;
  /** Wrap the real handlers, e.g. to inject faults in a test. */
  readonly wrapHandlers?: {
    readonly ingest?: (real: SqsHandler) => SqsHandler;
    readonly feeds?: (real: StreamHandler) => StreamHandler;
    readonly regenerate?: (real: SqsHandler) => SqsHandler;
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
    /** The WebSub hub the feeds advertise, e.g. `http://localhost:3000/hub`. */
    readonly hub: string;
    /** The upload API, on the feeds server, e.g. `http://localhost:3000/v1`. */
    readonly api: string;
  };
  /** An API key of `demo` (kept in the data folder), or null without an active `demo`. */
  readonly demoApiKey: string | null;
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly feedsBucket: string;
  readonly region: string;
  /**
   * Process group of DynamoDB Local (its watchdog and java), gone after `stop()`; undefined on
   * a `dynamoDbEndpoint` the runtime did not start.
   */
  readonly dynamoDbPid: number | undefined;
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
  /** What happens in the runtime: outcomes, publications, retries, dead letters, folder files. */
  readonly events: RuntimeEvents;
  /**
   * Resolves once every upload so far went through ingest, every table change through the feeds
   * handler, and every regeneration scheduled since (the confirming follow-ups included) ran.
   */
  idle(): Promise<void>;
  /** Counters of the ingest queue, the stream, the regeneration queue and the hub queue. */
  stats(): {
    readonly queue: QueueStats;
    readonly stream: StreamStats;
    readonly regeneration: QueueStats;
    readonly hub: QueueStats;
  };
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

/**
 * Starts the local runtime. Each one has its own servers, clients and handlers: several can run
 * in one process, on different ports and data folders.
 *
 * @param options - ports, data folder, watched folder, samples, log sink, handler wrappers
 * @returns the running local runtime
 * @throws LocalStartError when a port is taken, Java is missing or too old, or a server does not
 *   start
 * @example
 * const runtime = await startLocalRuntime({ httpPort: 0, s3Port: 0, dynamoDbPort: 0, dataDir: tmp, samples: false, inboxDir: false });
 * // upload to runtime.urls.s3, then: await runtime.idle(); fetch(`${runtime.urls.feeds}/feeds/all.xml`)
 * await runtime.stop();
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const settings = settingsOf(options);
  const { tableName, inboxBucket, feedsBucket, region, dataDir, log } = settings;
  const cleanups = new Cleanups();
  const events = new RuntimeEvents();
  try {
    const java = await checkPrerequisitesOf(settings);
    const dynamoDb =
      options.dynamoDbEndpoint === undefined
        ? `starting DynamoDB Local on :${settings.dynamoDbPort}`
        : `starting on the DynamoDB at ${options.dynamoDbEndpoint} (table ${tableName})`;
    log(`${dynamoDb}, S3 on :${settings.s3Port}, feeds on :${settings.httpPort}…`);
    await createDataFolders(settings);
    const inbox = new InboxEventRoute();
    const servers = await startServers(
      {
        ...settings,
        java,
        dynamoDbEndpoint: options.dynamoDbEndpoint,
        onInboxEvent: inbox.accept,
      },
      cleanups,
    );
    const clients = connectClients(servers, region, cleanups);
    const streamArn = await provision(clients, {
      tableName,
      buckets: [inboxBucket, feedsBucket],
      dataDir,
    });

    const registry = await seedRegistry(settings, clients);

    const deadLetters = new DeadLetterList(join(dataDir, 'dead-letters.jsonl'));
    const state = () => readLocalState(clients.documentClient, tableName, deadLetters);
    const hubSlot = new HubSlot(options.hub?.external !== undefined);
    // The upload API is built once the server's URL (the feeds' base URL) is known.
    let uploadApi: Hono | undefined;
    const api = (request: Request) =>
      uploadApi === undefined ? new Response(null, { status: 503 }) : uploadApi.fetch(request);
    const feedsServer = await serveFeeds(
      settings,
      clients,
      state,
      hubSlot,
      registry,
      api,
      cleanups,
    );
    const baseUrl = feedsBaseUrl(options.publicBaseUrl ?? feedsServer.url);
    uploadApi = localUploadApi({
      tableName,
      inboxBucket,
      s3: clients.s3,
      documentClient: clients.documentClient,
      registry: registry.store,
      publishers: registry.directory,
      maxPageBytes: options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES,
      feedsBaseUrl: baseUrl,
      log,
    });
    const apiKey = await demoApiKey(dataDir, registry.store);
    const reporting: Reporting = { events, log, deadLetters };
    const hub = startHub(settings, clients, baseUrl, hubSlot, reporting, cleanups);
    const feedsConfig = feedsConfigOf(settings, baseUrl, hub);
    // The regenerate handler sends its follow-ups to the queue that delivers to it.
    let regenerate: SqsHandler = async () => {
      throw new Error('The regenerate handler is not ready');
    };
    const regenerationQueue = startRegenerationQueue(
      {
        handler: (event) => regenerate(event),
        options: options.regenerationQueue,
        windowMs: feedsConfig.windowMs,
      },
      reporting,
      cleanups,
    );
    const regenerationSender = new LocalRegenerationQueue(regenerationQueue, {
      region,
      queueArn: `arn:aws:sqs:${region}:000000000000:regenerate`,
    });
    const handlers = buildHandlers(
      settings,
      clients,
      feedsConfig,
      regenerationSender,
      hub,
      events,
      registry,
    );
    regenerate = handlers.regenerate;
    await publishBaseFeeds(clients, feedsConfig, registry);
    await resendPendingRegenerations(clients, tableName, regenerationSender);
    const reconcile = scheduleReconcile(
      settings,
      clients,
      feedsConfig,
      events,
      cleanups,
      registry.directory,
      hub.push,
    );

    const queue = startIngestQueue(
      { handler: handlers.ingest, options: options.queue, clients, tableName },
      reporting,
      cleanups,
    );
    const poller = startStreamPoller(
      { handler: handlers.feeds, options: options.stream, clients, streamArn, region, dataDir },
      reporting,
      cleanups,
    );
    const missed = await inbox.connect(queue, { clients, tableName, inboxBucket, region });
    if (missed > 0) log(`catch-up  ${missed} inbox change(s) made while stopped, sent to ingest`);
    const watcher = await watchFolder(settings, clients.s3, events, cleanups);
    const samplesUploaded = await uploadSamplesOnFirstStart(settings, clients.s3);
    await writeRuntimeFile(dataDir, {
      pid: process.pid,
      urls: { feeds: feedsServer.url, s3: servers.s3.endpoint, dynamoDb: servers.dynamo.endpoint },
      region,
      ...feedsConfig,
    });
    cleanups.push(() => removeRuntimeFile(dataDir, process.pid));

    let stopped: Promise<void> | undefined;
    return {
      urls: {
        feeds: feedsServer.url,
        s3: servers.s3.endpoint,
        dynamoDb: servers.dynamo.endpoint,
        hub: hub.url,
        api: `${feedsServer.url}${API_PATH_PREFIX.replace(/\/$/, '')}`,
      },
      demoApiKey: apiKey,
      tableName,
      inboxBucket,
      feedsBucket,
      region,
      dynamoDbPid: servers.dynamo.pid,
      credentials: LOCAL_CREDENTIALS,
      dataDir,
      inboxDir: settings.inboxDirectory,
      samplesUploaded,
      deadLetters,
      events,
      idle: idleOf(queue, poller, regenerationQueue, watcher, hub, reconcile),
      stats: () => ({
        queue: { ...queue.stats },
        stream: { ...poller.stats },
        regeneration: { ...regenerationQueue.stats },
        hub: hub.stats(),
      }),
      state,
      restartS3Server: (whileDown) => servers.restartS3(whileDown, () => stopped !== undefined),
      stop() {
        stopped ??= cleanups.run();
        return stopped;
      },
    };
  } catch (error) {
    await cleanups.run().catch(() => {});
    if (error instanceof LocalRuntimeError) throw error;
    throw new LocalStartError(`The local runtime could not start: ${errorText(error)}`, {
      cause: error,
    });
  }
}
