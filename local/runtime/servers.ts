/**
 * The local runtime's servers and clients: DynamoDB Local and s3rver on the data folder, clients
 * of both, and the table and buckets the pipeline needs.
 */
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type DynamoDbLocal, startDynamoDbLocal } from '../emulators/dynamodb-local.ts';
import { ensureBuckets, ensureTable } from '../emulators/provision.ts';
import { type S3Server, startS3Server } from '../emulators/s3-server.ts';
import type { ObjectEvent } from '../event-sources/s3-events.ts';
import type { Cleanups } from './cleanups.ts';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
  localStreamsClient,
} from './clients.ts';
import { LocalStartError } from './errors.ts';

/** The DynamoDB Local the runtime uses: its own, or one already running (no process of its own). */
export type RuntimeDynamoDb = Pick<DynamoDbLocal, 'endpoint'> & {
  /** Process group of the runtime's own DynamoDB Local; undefined on one it did not start. */
  readonly pid: number | undefined;
};

/** The running servers. */
export interface Servers {
  readonly dynamo: RuntimeDynamoDb;
  /** The S3 server's endpoint and port (the same after a restart). */
  readonly s3: { readonly endpoint: string; readonly port: number };
  /**
   * Stops the S3 server, runs `whileDown`, and starts it again on the same port and folder
   * (unless the runtime was stopped meanwhile).
   */
  restartS3(whileDown: (() => Promise<void>) | undefined, stopped: () => boolean): Promise<void>;
}

/** What {@link startServers} needs. */
export interface ServerSettings {
  readonly dataDir: string;
  readonly s3Port: number;
  readonly dynamoDbPort: number;
  readonly inboxBucket: string;
  readonly feedsBucket: string;
  /** The Java executable that runs DynamoDB Local (undefined with `dynamoDbEndpoint`). */
  readonly java: string | undefined;
  /** A DynamoDB Local already running, used instead of starting one. */
  readonly dynamoDbEndpoint: string | undefined;
  /** Receives every object event of the inbox bucket. */
  readonly onInboxEvent: (event: ObjectEvent) => void;
  /** The runtime's log. */
  readonly log: (line: string) => void;
}

/**
 * Starts DynamoDB Local (unless one is given) and s3rver side by side, each registered for
 * clean-up as soon as it runs.
 *
 * @param settings - ports, data folder, buckets, the inbox event sink
 * @param cleanups - where their stops go
 * @returns the servers
 */
export async function startServers(settings: ServerSettings, cleanups: Cleanups): Promise<Servers> {
  const s3Settings = {
    directory: join(settings.dataDir, 's3'),
    buckets: [settings.inboxBucket, settings.feedsBucket],
    onObjectEvent: (event: ObjectEvent) => {
      if (event.bucket === settings.inboxBucket) settings.onInboxEvent(event);
    },
  };
  // The server running now: `restartS3` replaces it, and clean-up stops the current one.
  let s3Current: S3Server | undefined;
  // Both are awaited even when one fails, so that the other is registered for clean-up.
  const [dynamoStarted, s3Started] = await Promise.allSettled([
    settings.dynamoDbEndpoint !== undefined
      ? Promise.resolve({ endpoint: settings.dynamoDbEndpoint, pid: undefined })
      : startDynamoDbLocal({
          port: settings.dynamoDbPort || undefined,
          java: settings.java,
          dbPath: join(settings.dataDir, 'dynamodb'),
        }).then((server) => {
          cleanups.push(() => server.stop());
          return server;
        }),
    startS3Server({ ...s3Settings, port: settings.s3Port }).then((server) => {
      s3Current = server;
      cleanups.push(() => s3Current?.stop());
      const torn = server.removedTornObjects;
      if (torn.length > 0) {
        settings.log(
          `s3  removed ${torn.length} object(s) a crash left half-written (their PUTs never finished): ${torn.join(', ')}`,
        );
      }
      return server;
    }),
  ]);
  if (dynamoStarted.status === 'rejected') throw dynamoStarted.reason;
  if (s3Started.status === 'rejected') throw s3Started.reason;
  const s3 = s3Started.value;
  return {
    dynamo: dynamoStarted.value,
    s3: { endpoint: s3.endpoint, port: s3.port },
    async restartS3(whileDown, stopped) {
      await s3Current?.stop();
      s3Current = undefined;
      try {
        await whileDown?.();
      } finally {
        // Not after the runtime stopped: nothing would stop it again.
        if (!stopped()) s3Current = await startS3Server({ ...s3Settings, port: s3.port });
      }
    },
  };
}

/** Clients of the local servers, one of each for the whole runtime. */
export interface Clients {
  readonly s3: S3Client;
  readonly dynamoDb: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
  readonly streams: DynamoDBStreamsClient;
}

/**
 * Builds the clients of the servers, destroyed at clean-up.
 *
 * @param servers - the running servers
 * @param region - the region to sign for
 * @param cleanups - where their destruction goes
 * @returns the clients
 */
export function connectClients(servers: Servers, region: string, cleanups: Cleanups): Clients {
  const dynamoDb = localDynamoDbClient(servers.dynamo.endpoint, region);
  const clients = {
    s3: localS3Client(servers.s3.endpoint, region),
    dynamoDb,
    documentClient: localDocumentClient(dynamoDb),
    streams: localStreamsClient(servers.dynamo.endpoint, region),
  };
  cleanups.push(() => {
    clients.s3.destroy();
    clients.dynamoDb.destroy();
    clients.streams.destroy();
  });
  return clients;
}

/**
 * Creates the table and buckets unless they exist.
 *
 * @param clients - the clients
 * @param names - the table, the buckets, and the data folder for the message
 * @returns the ARN of the table's stream
 * @throws LocalStartError when the table has no stream (made by an older release)
 */
export async function provision(
  clients: Clients,
  names: {
    readonly tableName: string;
    readonly buckets: readonly string[];
    readonly dataDir: string;
  },
): Promise<string> {
  await ensureTable(clients.dynamoDb, names.tableName);
  await ensureBuckets(clients.s3, names.buckets);
  const { Table } = await clients.dynamoDb.send(
    new DescribeTableCommand({ TableName: names.tableName }),
  );
  const streamArn = Table?.LatestStreamArn;
  if (streamArn === undefined) {
    throw new LocalStartError(
      `Table ${names.tableName} has no stream: delete ${names.dataDir} and start again`,
    );
  }
  return streamArn;
}
