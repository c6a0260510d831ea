/**
 * The feeds bucket. Each file carries the SHA-256 of its body in its metadata, so a regeneration
 * can tell an unchanged render without downloading the file (and works on s3rver, which ignores
 * conditional requests).
 */
import {
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { feedRefOfKey } from '../../feeds/feed-ref.ts';
import type { FeedObject, FeedObjectStore } from '../../feeds/ports.ts';
import { defaultS3Client } from '../aws-clients.ts';
import { isMissing } from './errors.ts';

/** Metadata names (S3 stores them as `x-amz-meta-<name>`). */
export const HASH_METADATA = 'content-sha256';
export const GENERATION_METADATA = 'feed-generation';

/** Feed files in an S3 bucket. */
export class S3FeedObjectStore implements FeedObjectStore {
  readonly #bucket: string;
  readonly #client: S3Client;

  /**
   * @param bucket - the feeds bucket (`FEEDS_BUCKET`)
   * @param client - an S3 client; the process's client by default
   */
  constructor(bucket: string, client: S3Client = defaultS3Client()) {
    this.#bucket = bucket;
    this.#client = client;
  }

  /** @inheritDoc */
  async storedHash(key: string): Promise<string | null> {
    try {
      const head = await this.#client.send(
        new HeadObjectCommand({ Bucket: this.#bucket, Key: key }),
      );
      return head.Metadata?.[HASH_METADATA] ?? null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** @inheritDoc */
  async put(object: FeedObject): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: object.key,
        Body: Buffer.from(object.body, 'utf8'),
        ContentType: object.contentType,
        CacheControl: object.cacheControl,
        Metadata: {
          [HASH_METADATA]: object.hash,
          [GENERATION_METADATA]: String(object.generation),
        },
      }),
    );
  }

  /** @inheritDoc */
  async listFeedKeys(): Promise<string[]> {
    const found: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.#client.send(
        new ListObjectsV2Command({
          Bucket: this.#bucket,
          Prefix: 'feeds/',
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key !== undefined && feedRefOfKey(object.Key) !== null) found.push(object.Key);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return found;
  }
}
