/**
 * The inbox adapter: reads uploaded pages from S3, the head first so that size, type and
 * metadata are checked before any body is downloaded.
 */
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { PageHead, PageSource } from '../../ingest/ports.ts';
import { unquote } from '../../ingest/s3-event.ts';
import { defaultS3Client } from '../aws-clients.ts';
import { httpStatusOf, isMissing } from './errors.ts';

/** Drops an unread response body so its connection is released. */
function discard(body: unknown): void {
  if (
    body !== null &&
    typeof body === 'object' &&
    'destroy' in body &&
    typeof body.destroy === 'function'
  ) {
    body.destroy();
  }
}

/**
 * Reads inbox objects from S3.
 *
 * @example
 * const inbox = new S3PageSource();
 * const head = await inbox.head('inbox', 'demo/a.html');
 */
export class S3PageSource implements PageSource {
  /**
   * @param client - an S3 client; the process's one (from the environment) by default
   */
  constructor(private readonly client: S3Client = defaultS3Client()) {}

  /**
   * HeadObject: size, content type, `source-url` metadata and ETag.
   *
   * @returns the head, or null when the object does not exist
   */
  async head(bucket: string, key: string): Promise<PageHead | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return {
        size: head.ContentLength ?? 0,
        contentType: head.ContentType ?? null,
        sourceUrl: head.Metadata?.['source-url'] ?? null,
        eTag: unquote(head.ETag ?? ''),
      };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * GetObject of the version described by `head`.
   *
   * @returns the bytes, or null when the object is gone or another version replaced it
   */
  async body(bucket: string, key: string, head: PageHead): Promise<Buffer | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, IfMatch: `"${head.eTag}"` }),
      );
      // Not every S3-compatible server honours If-Match: compare before downloading the body.
      if (unquote(object.ETag ?? '') !== head.eTag || (object.ContentLength ?? 0) > head.size) {
        discard(object.Body);
        return null;
      }
      const bytes = await object.Body?.transformToByteArray();
      return Buffer.from(bytes ?? new Uint8Array());
    } catch (error) {
      if (isMissing(error) || httpStatusOf(error) === 412) return null;
      throw error;
    }
  }
}
