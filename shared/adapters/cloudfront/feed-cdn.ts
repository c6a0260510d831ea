/**
 * The CloudFront distribution in front of the feeds bucket: invalidates the copies of files that
 * were rewritten although they are served as immutable (a closed archive page losing a withdrawn
 * article). The SDK client is loaded on first use: most runs rewrite no closed page.
 */
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import type { FeedCdn } from '../../feeds/ports.ts';

/** CloudFront's limit of paths per invalidation. */
const MAX_PATHS = 3000;

/** Invalidations through the CloudFront API. */
export class CloudFrontFeedCdn implements FeedCdn {
  readonly #distributionId: string;
  #client: CloudFrontClient | undefined;
  readonly #reference: () => string;

  /**
   * @param distributionId - the distribution (`FEEDS_DISTRIBUTION_ID`)
   * @param client - a CloudFront client; one for the process's region by default
   * @param reference - the caller reference of each invalidation (unique per request)
   */
  constructor(
    distributionId: string,
    client?: CloudFrontClient,
    reference: () => string = () => `feeds-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  ) {
    this.#distributionId = distributionId;
    this.#client = client;
    this.#reference = reference;
  }

  /** @inheritDoc */
  async invalidate(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const { CloudFrontClient, CreateInvalidationCommand } = await import(
      '@aws-sdk/client-cloudfront'
    );
    this.#client ??= new CloudFrontClient({});
    for (let start = 0; start < keys.length; start += MAX_PATHS) {
      const paths = keys.slice(start, start + MAX_PATHS).map((key) => `/${encodeURI(key)}`);
      await this.#client.send(
        new CreateInvalidationCommand({
          DistributionId: this.#distributionId,
          InvalidationBatch: {
            CallerReference: this.#reference(),
            Paths: { Quantity: paths.length, Items: paths },
          },
        }),
      );
    }
  }
}
