/**
 * The steps `startLocalRuntime` composes: settings from the options and the environment,
 * prerequisites, data folders, the handlers with their observers, the watched folder, the
 * samples of a first start, and waiting for the runtime to be idle.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { DEFAULT_ARCHIVE_PAGE_SIZE } from '../../shared/feeds/archive.ts';
import { DEFAULT_FEED_ITEM_LIMIT, type RegenerateConfig } from '../../shared/feeds/config.ts';
import type { RegenerationQueue } from '../../shared/feeds/ports.ts';
import { DEFAULT_LEASE_MS, DEFAULT_REGENERATION_WINDOW_MS } from '../../shared/feeds/schedule.ts';
import { DEFAULT_MAX_PAGE_BYTES } from '../../shared/ingest/config.ts';
import { ensurePublishers } from '../../shared/publishers/admin.ts';
import { CachedPublisherDirectory } from '../../shared/publishers/cached-directory.ts';
import { SAMPLE_PUBLISHERS } from '../../shared/publishers/samples.ts';
import { createLocalHandlers } from '../event-sources/handlers.ts';
import type { LocalQueue, SqsHandler } from '../event-sources/queue.ts';
import type { StreamHandler, StreamPoller } from '../event-sources/stream-poller.ts';
import type { LocalHub } from '../hub/local-hub.ts';
import {
  describeInboxFolderEvent,
  type InboxWatcher,
  watchInboxFolder,
} from '../inbox/folder-watcher.ts';
import { ingestSamplePages } from '../inbox/samples.ts';
import { type FeedsServer, startFeedsServer } from '../server/feeds-server.ts';
import { publishMissingBaseFeeds } from './base-feeds.ts';
import type { Cleanups } from './cleanups.ts';
import { type LocalDefaults, localDefaults } from './defaults.ts';
import type { RuntimeEvents } from './events.ts';
import type { HubSlot } from './hub-wiring.ts';
import { pendingRegenerations } from './pending-schedules.ts';
import { checkPortFree, checkPrerequisites, type PortUse } from './prerequisites.ts';
import type { ReconcileRuns } from './reconcile-timer.ts';
import type { Clients } from './servers.ts';
import type { LocalRuntimeOptions } from './start-runtime.ts';
import { directoryData, type LocalState } from './state.ts';

/** The options with every default applied. */
export interface Settings extends LocalDefaults {
  /** The options as given, for those without a default here. */
  readonly options: LocalRuntimeOptions;
  /** The environment that set the defaults and finds Java. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Absolute path of the watched folder, if any. */
  readonly inboxDirectory: string | undefined;
  /** The log sink (silent by default). */
  readonly log: (line: string) => void;
}

/**
 * Applies the defaults (and their environment overrides) to the options.
 *
 * @param options - what the caller chose
 * @returns the settings
 * @throws LocalConfigError when a port variable of the environment is not a port
 */
export function settingsOf(options: LocalRuntimeOptions): Settings {
  const env = options.env ?? process.env;
  const defaults = localDefaults(env);
  const inboxDir = options.inboxDir ?? defaults.inboxDir;
  return {
    ...defaults,
    options,
    env,
    dataDir: resolve(options.dataDir ?? defaults.dataDir),
    inboxDirectory: inboxDir === false ? undefined : resolve(inboxDir),
    httpPort: options.httpPort ?? defaults.httpPort,
    s3Port: options.s3Port ?? defaults.s3Port,
    dynamoDbPort: options.dynamoDbPort ?? defaults.dynamoDbPort,
    tableName: options.tableName ?? defaults.tableName,
    log: options.log ?? (() => {}),
  };
}

/**
 * Checks the runtime's fixed ports and Java before anything starts (neither Java nor the
 * DynamoDB port when the runtime uses a DynamoDB Local already running).
 *
 * @param settings - the ports and the environment that finds Java
 * @returns the Java executable to run DynamoDB Local with, or undefined when none is started
 * @throws LocalStartError naming the port taken, or what Java to install
 */
export async function checkPrerequisitesOf(settings: Settings): Promise<string | undefined> {
  const ports: PortUse[] = [
    {
      port: settings.httpPort,
      what: 'feeds HTTP server',
      override: '--http-port or SYNDICATE_HTTP_PORT',
    },
    { port: settings.s3Port, what: 'S3 server', override: '--s3-port or SYNDICATE_S3_PORT' },
  ];
  if (settings.options.dynamoDbEndpoint !== undefined) {
    for (const use of ports) await checkPortFree(use);
    return undefined;
  }
  return checkPrerequisites(
    [
      ...ports,
      {
        port: settings.dynamoDbPort,
        what: 'DynamoDB Local',
        override: '--dynamodb-port or SYNDICATE_DYNAMODB_PORT',
      },
    ],
    settings.env,
  );
}

/** Creates the data folders of both servers, and the watched folder. */
export async function createDataFolders(settings: Settings): Promise<void> {
  await mkdir(join(settings.dataDir, 'dynamodb'), { recursive: true });
  await mkdir(join(settings.dataDir, 's3'), { recursive: true });
  if (settings.inboxDirectory !== undefined) {
    await mkdir(settings.inboxDirectory, { recursive: true });
  }
}

/**
 * The local runtime's registry cache: short, so a `syndicate publishers` change shows almost at
 * once (the Lambdas keep theirs `DEFAULT_REGISTRY_CACHE_MS`).
 */
export const LOCAL_REGISTRY_CACHE_MS = 1000;

/** The publisher registry: the table's, and the cached view the handlers read. */
export interface Registry {
  readonly store: DynamoPublisherRegistry;
  readonly directory: CachedPublisherDirectory;
}

/**
 * Adds the sample publishers the registry lacks (as they were, or as changed since, otherwise).
 *
 * @returns the registry
 */
export async function seedRegistry(settings: Settings, clients: Clients): Promise<Registry> {
  const store = new DynamoPublisherRegistry(settings.tableName, clients.documentClient);
  await ensurePublishers(store, SAMPLE_PUBLISHERS, new Date());
  const directory = new CachedPublisherDirectory(store, {
    ttlMs: settings.options.registryCacheMs ?? LOCAL_REGISTRY_CACHE_MS,
  });
  return { store, directory };
}

/**
 * Serves the feeds bucket over HTTP, its root page showing the runtime's state, with the
 * WebSub hub's discovery header and (built-in hub) its endpoint at `/hub`.
 */
export async function serveFeeds(
  settings: Settings,
  clients: Clients,
  state: () => Promise<LocalState>,
  hub: HubSlot,
  registry: Registry,
  api: (request: Request) => Response | Promise<Response>,
  cleanups: Cleanups,
): Promise<FeedsServer> {
  const bucket = settings.feedsBucket;
  const publisherNames = async () =>
    new Map((await registry.store.list()).map((publisher) => [publisher.id, publisher.name]));
  const server = await startFeedsServer({
    s3: clients.s3,
    bucket,
    port: settings.httpPort,
    api,
    directory: async (url) =>
      directoryData(url, await state(), { s3: clients.s3, bucket }, await publisherNames()),
    ...hub.serverOptions(),
  });
  cleanups.push(() => server.stop());
  return server;
}

/**
 * The feeds' settings and the schedule's timing of the runtime's handlers.
 *
 * @param settings - the options
 * @param baseUrl - public base URL of the feeds
 * @param hub - the WebSub hub the feeds advertise
 * @returns what the feeds and regenerate handlers are configured with
 */
export function feedsConfigOf(
  settings: Settings,
  baseUrl: string,
  hub: LocalHub,
): RegenerateConfig {
  const { options } = settings;
  return {
    tableName: settings.tableName,
    feedsBucket: settings.feedsBucket,
    baseUrl,
    hubUrl: hub.url,
    itemLimit: options.feedItemLimit ?? DEFAULT_FEED_ITEM_LIMIT,
    archivePageSize: options.feedArchivePageSize ?? DEFAULT_ARCHIVE_PAGE_SIZE,
    windowMs: options.regenerationWindowMs ?? DEFAULT_REGENERATION_WINDOW_MS,
    leaseMs: options.feedLeaseMs ?? DEFAULT_LEASE_MS,
  };
}

/** Publishes the aggregate and publisher feeds that have no file yet. */
export async function publishBaseFeeds(
  clients: Clients,
  config: RegenerateConfig,
  registry: Registry,
): Promise<void> {
  const publishers = await registry.store.list();
  await publishMissingBaseFeeds({
    s3: clients.s3,
    documentClient: clients.documentClient,
    config,
    publishers: new Map(publishers.map((publisher) => [publisher.id, publisher])),
  });
}

/**
 * Sends again the regenerations scheduled before the last stop: the local queue lives in memory,
 * so their messages went with the process while the feeds still say a run is due.
 */
export async function resendPendingRegenerations(
  clients: Clients,
  tableName: string,
  queue: RegenerationQueue,
): Promise<void> {
  for (const request of await pendingRegenerations(clients.documentClient, tableName)) {
    await queue.send(request, Math.max(0, request.due - Date.now()));
  }
}

/**
 * The handlers as the runtime calls them: real, wrapped by the test if it asked. The
 * regenerations tell the hub of every file they write.
 */
export function buildHandlers(
  settings: Settings,
  clients: Clients,
  config: RegenerateConfig,
  regenerationQueue: RegenerationQueue,
  hub: LocalHub,
  events: RuntimeEvents,
  registry: Registry,
): {
  readonly ingest: SqsHandler;
  readonly feeds: StreamHandler;
  readonly regenerate: SqsHandler;
} {
  const { options, tableName } = settings;
  const real = createLocalHandlers({
    region: settings.region,
    ingest: { tableName, maxPageBytes: options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES },
    feeds: config,
    clients: { s3: clients.s3, documentClient: clients.documentClient },
    regenerationQueue,
    publishers: registry.directory,
    push: hub.push,
    log: settings.log,
    observers: {
      ingest: {
        outcome: (outcome) => events.emit('outcome', outcome),
        failed: (failure) => events.emit('ingestFailed', failure),
      },
      feeds: {
        failed: (failure) => events.emit('feedsFailed', failure),
      },
      regenerate: {
        published: (published) => {
          for (const file of published.files) {
            if (file.written) events.emit('feedWritten', file.key);
          }
          events.emit('published', published);
        },
        failed: (failure) => events.emit('regenerateFailed', failure),
      },
    },
  });
  return {
    ingest: options.wrapHandlers?.ingest?.(real.ingest) ?? real.ingest,
    feeds: options.wrapHandlers?.feeds?.(real.feeds) ?? real.feeds,
    regenerate: options.wrapHandlers?.regenerate?.(real.regenerate) ?? real.regenerate,
  };
}

/** Mirrors the watched folder (if any) into the inbox bucket, reporting each file. */
export async function watchFolder(
  settings: Settings,
  s3: S3Client,
  events: RuntimeEvents,
  cleanups: Cleanups,
): Promise<InboxWatcher | undefined> {
  if (settings.inboxDirectory === undefined) return undefined;
  const watcher = await watchInboxFolder({
    folder: settings.inboxDirectory,
    s3,
    bucket: settings.inboxBucket,
    onEvent: (event) => {
      settings.log(describeInboxFolderEvent(event, settings.inboxBucket));
      events.emit('folder', event);
    },
  });
  cleanups.push(() => watcher.close());
  return watcher;
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
 * Uploads the sample pages on the first start of a data folder only (a marker records that it
 * happened, with or without samples), never again once the user has their own content.
 */
export async function uploadSamplesOnFirstStart(settings: Settings, s3: S3Client): Promise<number> {
  const marker = join(settings.dataDir, 'first-start-done');
  if (await exists(marker)) return 0;
  let uploaded = 0;
  if (settings.options.samples ?? true) {
    uploaded = await ingestSamplePages(s3, settings.inboxBucket);
    settings.log(
      `samples  uploaded ${uploaded} sample pages to s3://${settings.inboxBucket}/demo/samples/`,
    );
  }
  await writeFile(marker, `${new Date().toISOString()}\n`);
  return uploaded;
}

/**
 * Resolves once nothing is queued, in flight or unread anywhere in the runtime: uploads, table
 * changes, the regenerations they scheduled (follow-ups included), a reconcile under way (the one
 * at start), and the hub's verifications and deliveries (a delivery's retry waits its backoff
 * first).
 */
export function idleOf(
  queue: LocalQueue,
  poller: StreamPoller,
  regenerationQueue: LocalQueue,
  watcher: InboxWatcher | undefined,
  hub: LocalHub,
  reconcile: ReconcileRuns,
) {
  return async (): Promise<void> => {
    const sentSoFar = () => queue.stats.sent + regenerationQueue.stats.sent + hub.stats().sent;
    let sent: number;
    do {
      sent = sentSoFar();
      await watcher?.idle();
      await reconcile.idle();
      await queue.idle();
      await poller.caughtUp();
      await regenerationQueue.idle();
      await hub.idle();
    } while (sentSoFar() !== sent);
  };
}
