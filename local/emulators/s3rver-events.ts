/**
 * Object events out of s3rver. s3rver emits an `event` for PUT, POST, COPY and single DELETE, but
 * none for a multi-object delete (`DeleteObjects`, what `aws s3 rm --recursive` sends), which S3
 * reports as one `ObjectRemoved:Delete` per key; a middleware fills that gap.
 */
import type { ObjectEvent } from '../event-sources/s3-events.ts';

/** The part of an s3rver instance (a Koa app) used here. */
export interface S3rverLike {
  on(event: 'event', listener: (event: unknown) => void): unknown;
  readonly middleware: ((ctx: KoaContextLike, next: () => Promise<void>) => Promise<void>)[];
}

interface KoaContextLike {
  readonly method: string;
  readonly query: Record<string, unknown>;
  readonly status: number;
  readonly params?: Record<string, string>;
  readonly body?: unknown;
}

interface S3rverEventRecord {
  readonly eventName?: string;
  readonly eventTime?: string;
  readonly s3?: {
    readonly bucket?: { readonly name?: string };
    readonly object?: { readonly key?: string; readonly size?: number; readonly eTag?: string };
  };
}

function fromS3rverEvent(event: unknown): ObjectEvent[] {
  const records = (event as { Records?: S3rverEventRecord[] }).Records ?? [];
  const events: ObjectEvent[] = [];
  for (const record of records) {
    const bucket = record.s3?.bucket?.name;
    const key = record.s3?.object?.key;
    if (bucket === undefined || key === undefined || record.eventName === undefined) continue;
    events.push({
      bucket,
      key,
      eventName: record.eventName,
      size: record.s3?.object?.size,
      eTag: record.s3?.object?.eTag,
      eventTime: record.eventTime === undefined ? undefined : new Date(record.eventTime),
    });
  }
  return events;
}

function deletedKeys(body: unknown): string[] {
  const result = (body as { DeleteResult?: { Deleted?: unknown } } | undefined)?.DeleteResult;
  const deleted = result?.Deleted;
  const entries = Array.isArray(deleted) ? deleted : deleted === undefined ? [] : [deleted];
  return entries
    .map((entry) => (entry as { Key?: unknown }).Key)
    .filter((key): key is string => typeof key === 'string');
}

/**
 * Subscribes to every object event of an s3rver instance, multi-object deletes included. Call it
 * before the server's `run()` (Koa composes its middleware when it starts listening).
 *
 * @param server - the s3rver instance
 * @param listener - receives each event with its raw (decoded) key
 */
export function attachObjectEvents(
  server: S3rverLike,
  listener: (event: ObjectEvent) => void,
): void {
  server.on('event', (event) => {
    for (const objectEvent of fromS3rverEvent(event)) listener(objectEvent);
  });
  // After s3rver's XML encoder in the chain, so the response body is still an object here.
  server.middleware.splice(2, 0, async (ctx, next) => {
    await next();
    if (ctx.method !== 'POST' || !('delete' in ctx.query) || ctx.status !== 200) return;
    const bucket = ctx.params?.bucket;
    if (bucket === undefined) return;
    for (const key of deletedKeys(ctx.body)) {
      listener({ bucket, key, eventName: 'ObjectRemoved:Delete', eventTime: new Date() });
    }
  });
}
