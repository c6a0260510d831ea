/**
 * The hub's view of the feeds bucket: a topic's current document (bytes and content type) for
 * deliveries, and whether a topic exists for subscription requests.
 */
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { TopicContent, TopicReader } from '../../websub/ports.ts';
import { defaultS3Client } from '../aws-clients.ts';
import { isMissing } from './errors.ts';

/** Topics read from the feeds bucket. */
export class S3TopicReader implements TopicReader {
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
  async read(topicKey: string): Promise<TopicContent | null> {
    try {
      const object = await this.#client.send(
        new GetObjectCommand({ Bucket: this.#bucket, Key: topicKey }),
      );
      const body = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      return { body, contentType: object.ContentType ?? 'application/octet-stream' };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** @inheritDoc */
  async exists(topicKey: string): Promise<boolean> {
    try {
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: topicKey }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
}
