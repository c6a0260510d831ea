/**
 * Mirrors a local `inbox/` folder into the inbox bucket: a file written under
 * `inbox/<publisher>/…` is uploaded as `<publisher>/…` once its size has settled, and a file
 * removed from the folder is deleted from the bucket (which withdraws its article). Files that
 * were already there when watching starts are uploaded unless the bucket holds the same bytes.
 * An upload or delete the S3 server refuses (down, restarting) is retried with backoff until it
 * goes through, the file changes again or the watcher closes, so no page written meanwhile is lost.
 */
import { readFile } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type FSWatcher, watch } from 'chokidar';
import { inboxKey, isTemporaryFile, uploadPage } from './upload.ts';

/** What happened to a file of the watched folder. */
export type InboxFolderEvent =
  | {
      readonly kind: 'uploaded' | 'unchanged' | 'deleted';
      readonly file: string;
      readonly key: string;
    }
  | { readonly kind: 'skipped'; readonly file: string; readonly reason: string }
  /** A file changed while its previous upload or removal was in flight: this one follows it. */
  | { readonly kind: 'queued'; readonly file: string }
  | {
      readonly kind: 'failed';
      readonly file: string;
      readonly error: unknown;
      /** An S3 failure, tried again until it succeeds (reported once). */
      readonly retrying?: boolean;
    };

const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 5000;

/** Settings of {@link watchInboxFolder}. */
export interface InboxWatcherOptions {
  /** The folder to watch (created by the caller). */
  readonly folder: string;
  readonly s3: S3Client;
  readonly bucket: string;
  /** Reports each file handled, for the log. */
  readonly onEvent?: (event: InboxFolderEvent) => void;
  /**
   * How long a file's size must stay the same before it is uploaded.
   * @default 200 ms
   */
  readonly settleMs?: number;
}

/** A running watcher. */
export interface InboxWatcher {
  /** Resolves once no upload or delete is in progress. */
  idle(): Promise<void>;
  /** Stops watching and waits for the uploads in progress. */
  close(): Promise<void>;
}

/**
 * Starts watching the inbox folder; resolves once the files already there are handled.
 *
 * @param options - the folder, the S3 client and bucket, the event sink
 * @returns the running watcher
 * @example
 * const watcher = await watchInboxFolder({ folder: 'inbox', s3, bucket: 'inbox' });
 * // cp page.html inbox/demo/
 * await watcher.close();
 */
export async function watchInboxFolder(options: InboxWatcherOptions): Promise<InboxWatcher> {
  const { folder, s3, bucket } = options;
  const report = options.onEvent ?? (() => {});
  const inFlight = new Set<Promise<void>>();
  let initialScan = true;

  const keyOf = (file: string): string | undefined => {
    const path = relative(folder, file);
    const [publisher, ...rest] = path.split(sep);
    if (publisher === undefined || rest.length === 0) {
      report({
        kind: 'skipped',
        file,
        reason: 'not in a publisher folder: put pages in inbox/<publisher>/',
      });
      return undefined;
    }
    return inboxKey(publisher, rest.join(sep));
  };

  const track = (work: Promise<void>) => {
    inFlight.add(work);
    work.finally(() => inFlight.delete(work));
  };

  // The latest operation per file: an older one still retrying gives way to it, and the newer
  // one starts only once the older one's attempt in flight has ended — two PUTs of one key at
  // once would let a reader of s3rver, which writes an object in place, see it half-written.
  interface Operation {
    readonly superseded: AbortController;
    done?: Promise<void>;
  }
  const latest = new Map<string, Operation>();
  const closing = new AbortController();

  /** Runs `operation` until it succeeds, a newer one for the file starts, or the watcher closes. */
  const persist = (file: string, operation: () => Promise<InboxFolderEvent>) => {
    const previous = latest.get(file);
    previous?.superseded.abort();
    const mine: Operation = { superseded: new AbortController() };
    latest.set(file, mine);
    const current = () => latest.get(file) === mine && !closing.signal.aborted;
    const stop = AbortSignal.any([closing.signal, mine.superseded.signal]);
    if (previous !== undefined) report({ kind: 'queued', file });
    mine.done = (async () => {
      await previous?.done;
      for (let delay = RETRY_FIRST_MS, first = true; current(); first = false) {
        try {
          report(await operation());
          break;
        } catch (error) {
          if (first) report({ kind: 'failed', file, error, retrying: true });
          await sleep(delay, undefined, { signal: stop }).catch(() => {});
          delay = Math.min(delay * 2, RETRY_MAX_MS);
        }
      }
      if (latest.get(file) === mine) latest.delete(file);
    })();
    track(mine.done);
  };

  const upload = (file: string) => {
    const key = keyOf(file);
    if (key === undefined) return;
    const skipUnchanged = initialScan;
    persist(file, async (): Promise<InboxFolderEvent> => {
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch (error) {
        // Gone or unreadable: not worth retrying (a removal has its own event).
        return { kind: 'failed', file, error };
      }
      return { kind: await uploadPage(s3, bucket, key, body, { skipUnchanged }), file, key };
    });
  };

  const remove = (file: string) => {
    const key = keyOf(file);
    if (key === undefined) return;
    persist(file, async () => {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      return { kind: 'deleted', file, key };
    });
  };

  const settle = options.settleMs ?? 200;
  const watcher: FSWatcher = watch(folder, {
    ignoreInitial: false,
    ignored: (path) => path !== folder && isTemporaryFile(basename(path)),
    awaitWriteFinish: { stabilityThreshold: settle, pollInterval: Math.max(20, settle / 4) },
  });
  watcher.on('add', upload).on('change', upload).on('unlink', remove);
  watcher.on('error', (error) => report({ kind: 'failed', file: folder, error }));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  // Initial files wait for awaitWriteFinish too; their uploads start within `settle`.
  await new Promise((resolve) => setTimeout(resolve, settle * 2));
  await Promise.all([...inFlight]);
  initialScan = false;

  return {
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    async close() {
      closing.abort();
      await watcher.close();
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/**
 * One log line for a file of the watched folder.
 *
 * @param event - what happened to the file
 * @param bucket - the inbox bucket
 * @returns the line
 */
export function describeInboxFolderEvent(event: InboxFolderEvent, bucket: string): string {
  switch (event.kind) {
    case 'uploaded':
      return `folder  ${event.file} → s3://${bucket}/${event.key}`;
    case 'deleted':
      return `folder  ${event.file} removed → deleted s3://${bucket}/${event.key}`;
    case 'unchanged':
      return `folder  ${event.file} already in the inbox bucket`;
    case 'skipped':
      return `folder  ${event.file} skipped: ${event.reason}`;
    case 'queued':
      return `folder  ${event.file} changed again: sent once the one in flight ends`;
    case 'failed': {
      const error = event.error;
      const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const retrying = event.retrying ? ' (retrying until S3 takes it)' : '';
      return `folder  ${event.file} could not be uploaded${retrying}: ${why}`;
    }
  }
}
