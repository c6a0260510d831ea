/**
 * The upload API's side of the inbox bucket: put and delete one page, and see whether it is
 * there (and which version) from a listing — the API never reads a page back, so its role has
 * no `s3:GetObject`.
 */
import {
  DeleteObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { InboxPage, InboxPages } from '../../upload-api/ports.ts';

/**
 * The inbox bucket on S3.
 *
 * @example
 * const inbox = new S3InboxPages('inbox', s3);
 * await inbox.put('demo/a.html', bytes, 'text/html', null);
 */
export class S3InboxPages implements InboxPages {
  /**
   * @param bucket - the inbox bucket
   * @param client - an S3 client
   */
  constructor(
    private readonly bucket: string,
    private readonly client: S3Client,
  ) {}

  async put(
    key: string,
    body: Uint8Array,
    contentType: string,
    sourceUrl: string | null,
  ): Promise<InboxPage> {
    const result = await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ...(sourceUrl === null ? {} : { Metadata: { 'source-url': sourceUrl } }),
      }),
    );
    return { eTag: result.ETag ?? '' };
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async head(key: string): Promise<InboxPage | null> {
    const listing = await this.client.send(
      new ListObjectsV2Command({ Bucket: this.bucket, Prefix: key, MaxKeys: 1 }),
    );
    const first = listing.Contents?.[0];
    return first?.Key === key ? { eTag: first.ETag ?? '' } : null;
  }
}
