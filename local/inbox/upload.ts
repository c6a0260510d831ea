/**
 * Putting pages into the inbox bucket: the key layout, content types and the upload itself.
 * Shared by `syndicate upload` and the local inbox folder watcher.
 */
import { createHash } from 'node:crypto';
import { extname, sep } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.txt': 'text/plain',
};

/**
 * The Content-Type to store a file under: HTML by extension, else generic bytes. No charset is
 * claimed, since the extractor finds the page's real one.
 *
 * @param file - the file's name or path
 * @returns a media type
 */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Whether a file in a watched folder is an editor's or a browser's temporary file, or hidden.
 *
 * @param name - the file's base name
 * @returns true when it should not be uploaded
 */
export function isTemporaryFile(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.endsWith('~') ||
    /\.(swp|swx|tmp|part|crdownload|download)$/i.test(name) ||
    name.startsWith('#')
  );
}

/**
 * Builds an inbox key from a publisher id and a path relative to the folder being uploaded,
 * with `/` separators whatever the platform.
 *
 * @param publisher - the publisher id (the key's first segment)
 * @param relativePath - the file's path below the uploaded folder
 * @returns `<publisher>/<path>`
 * @example
 * inboxKey('demo', 'thoi-su/bai-1.html'); // 'demo/thoi-su/bai-1.html'
 */
export function inboxKey(publisher: string, relativePath: string): string {
  return `${publisher}/${relativePath.split(sep).join('/')}`;
}

/** Options of {@link uploadPage}. */
export interface UploadPageOptions {
  /** The page's public URL, stored as `x-amz-meta-source-url` for pages without a canonical link. */
  readonly sourceUrl?: string;
  /** Skip the upload when the bucket already holds these exact bytes under the key. */
  readonly skipUnchanged?: boolean;
}

/**
 * Uploads one page to the inbox bucket.
 *
 * @param s3 - the S3 client
 * @param bucket - the inbox bucket
 * @param key - the object key, `<publisher>/<path>`
 * @param body - the page's bytes
 * @param options - source URL metadata, skip-if-unchanged
 * @returns `uploaded`, or `unchanged` when skipped
 */
export async function uploadPage(
  s3: S3Client,
  bucket: string,
  key: string,
  body: Buffer,
  options: UploadPageOptions = {},
): Promise<'uploaded' | 'unchanged'> {
  if (options.skipUnchanged && (await storedEtag(s3, bucket, key)) === md5Etag(body)) {
    return 'unchanged';
  }
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: contentTypeFor(key),
      ...(options.sourceUrl === undefined ? {} : { Metadata: { 'source-url': options.sourceUrl } }),
    }),
  );
  return 'uploaded';
}

function md5Etag(body: Buffer): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}

async function storedEtag(s3: S3Client, bucket: string, key: string): Promise<string | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ETag;
  } catch {
    // Missing (or unreadable, which the upload will report): upload it.
    return undefined;
  }
}
