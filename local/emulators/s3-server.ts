/**
 * Starts and stops an S3-compatible server (s3rver) inside this process. Used by the integration
 * tests and `npm start`.
 *
 * Client settings s3rver needs: `forcePathStyle: true`, `requestChecksumCalculation` and
 * `responseChecksumValidation` `'WHEN_REQUIRED'` (see `shared/adapters/aws-client-factories.ts`), and the
 * credentials {@link S3RVER_CREDENTIALS} (it rejects unknown access keys). Its paginated listings
 * encrypt the continuation token with DES, which Node's OpenSSL 3 only offers with
 * `--openssl-legacy-provider` in the hosting process: vitest passes it to its workers
 * (`execArgv` in `vitest.config.ts`), and other hosts set `NODE_OPTIONS=--openssl-legacy-provider`.
 */
import { createCipheriv } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ObjectEvent } from '../event-sources/s3-events.ts';
import { attachObjectEvents, type S3rverLike } from './s3rver-events.ts';
import { removeTornObjects } from './s3rver-repair.ts';

/** The only credentials s3rver accepts (it does not verify SigV4 signatures). */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** Options of {@link startS3Server}. */
export interface S3ServerOptions {
  /** TCP port; a free one when omitted. */
  readonly port?: number;
  /** Folder holding the buckets; a temporary folder, removed on stop, when omitted. */
  readonly directory?: string;
  /** Buckets to create before the server starts answering (existing ones are kept). */
  readonly buckets?: readonly string[];
  /** Receives every object event (raw key), multi-object deletes included; for `npm start`. */
  readonly onObjectEvent?: (event: ObjectEvent) => void;
}

/** A running s3rver. */
export interface S3Server {
  /** `http://127.0.0.1:<port>`, for `AWS_ENDPOINT_URL_S3`. */
  readonly endpoint: string;
  readonly port: number;
  /** Folder holding the buckets' data. */
  readonly directory: string;
  /**
   * Objects of a given folder that a crash had left half-written, removed before the server
   * started (`<bucket>/<encoded key>`); see `s3rver-repair.ts`.
   */
  readonly removedTornObjects: readonly string[];
  /** Stops the server (and removes a temporary data folder). Safe to call twice. */
  stop(): Promise<void>;
}

interface S3rverInstance extends S3rverLike {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
  readonly httpServer?: Server;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

/**
 * Whether this process can serve s3rver's paginated listings (DES through the OpenSSL legacy
 * provider).
 *
 * @returns true when `--openssl-legacy-provider` is in effect
 */
export function legacyOpenSslEnabled(): boolean {
  try {
    createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts s3rver on 127.0.0.1 and waits until it listens. On a given folder, first removes the
 * objects a crash left half-written (which s3rver would answer with `500`).
 *
 * @param options - port, data folder, buckets to create
 * @returns the running server
 * @example
 * const s3 = await startS3Server({ buckets: ['inbox', 'feeds'] });
 * process.env.AWS_ENDPOINT_URL_S3 = s3.endpoint;
 * // …
 * await s3.stop();
 */
export async function startS3Server(options: S3ServerOptions = {}): Promise<S3Server> {
  const temporary = options.directory === undefined;
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 's3rver-')));
  await mkdir(directory, { recursive: true });
  const removedTornObjects = temporary ? [] : await removeTornObjects(directory);
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    directory,
    silent: true,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name })),
  });
  if (options.onObjectEvent !== undefined) attachObjectEvents(server, options.onObjectEvent);
  let address: { port: number };
  try {
    address = await server.run();
  } catch (error) {
    if (temporary) await rm(directory, { recursive: true, force: true });
    throw new Error(`s3rver could not start on port ${options.port ?? 'auto'}`, { cause: error });
  }
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    directory,
    removedTornObjects,
    stop() {
      stopped ??= (async () => {
        // Keep-alive sockets of SDK clients would hold close() open.
        server.httpServer?.closeAllConnections();
        await server.close();
        if (temporary) await rm(directory, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
