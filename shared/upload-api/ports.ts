/**
 * What the upload API needs: the inbox bucket (to put, delete and look at pages), the states the
 * ingest keeps of its keys and their articles, API keys and publishers. `shared/adapters/`
 * implements them on S3 and DynamoDB.
 */
import type { SourceState } from '../ingest/ports.ts';
import type { ApiKeyStore, PublisherLookup } from '../publishers/ports.ts';
import type { RateLimits } from './rate-limiter.ts';

/** A page in the inbox. */
export interface InboxPage {
  readonly eTag: string;
}

/** The inbox bucket, as the API uses it. */
export interface InboxPages {
  /** Stores a page (the ingest picks it up from the bucket's event). */
  put(
    key: string,
    body: Uint8Array,
    contentType: string,
    sourceUrl: string | null,
  ): Promise<InboxPage>;
  /** Deletes a page (the ingest withdraws its article). */
  delete(key: string): Promise<void>;
  /** @returns the page, or null when there is none */
  head(key: string): Promise<InboxPage | null>;
}

/** What the API shows of an article. */
export interface ArticleSummary {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly publisherId: string;
  readonly status: 'live' | 'withdrawn';
  readonly sectionSlug: string | null;
}

/** The outcomes the ingest records per key, as stored. */
export type StoredPageStatus = SourceState['status'];

/** The ingest's record of inbox keys and articles. */
export interface PageStates {
  /** @returns the state of one key, or null when no event of it was processed */
  source(key: string): Promise<SourceState | null>;
  /** @returns the articles by id (missing ones left out) */
  articles(ids: readonly string[]): Promise<ReadonlyMap<string, ArticleSummary>>;
  /**
   * @param publisherId - whose keys
   * @param status - one stored outcome
   * @param limit - at most this many
   * @returns the publisher's keys with this outcome, newest first
   */
  recent(
    publisherId: string,
    status: StoredPageStatus,
    limit: number,
  ): Promise<readonly SourceState[]>;
}

/** Everything the API is built from. */
export interface UploadApiDeps {
  readonly inbox: InboxPages;
  readonly states: PageStates;
  readonly keys: Pick<ApiKeyStore, 'getKey'>;
  readonly publishers: PublisherLookup;
  /** Largest page accepted, in bytes (the ingest's `MAX_PAGE_BYTES`). */
  readonly maxPageBytes: number;
  /** Public base URL of the feeds, for the feed URLs of a page. */
  readonly feedsBaseUrl: string;
  /**
   * The keys' rate limits, shared by every instance (`DynamoRateLimits`).
   * @default limits kept in this process, on the `now` clock
   */
  readonly rateLimits?: RateLimits;
  /** The clock in ms, for rate limiting in this process. @default Date.now */
  readonly now?: () => number;
  /** Receives unexpected errors (they answer 500 without details). */
  readonly onError?: (error: unknown) => void;
}
