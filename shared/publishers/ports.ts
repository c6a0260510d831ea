/**
 * What the pipeline needs of the publisher registry. The ingest and the upload API only look
 * publishers up; the CLI also writes. `shared/adapters/dynamo/` implements them on the table.
 */
import type { StoredApiKey } from './api-keys.ts';
import type { PublisherRecord } from './publisher.ts';

/**
 * Finds a publisher by id: the ingest's view. A `ReadonlyMap` of records is one (tests), and so
 * is every {@link PublisherDirectory}.
 */
export interface PublisherLookup {
  /** @returns the publisher, or null/undefined when there is none with this id */
  get(id: string): PublisherRecord | null | undefined | Promise<PublisherRecord | null | undefined>;
}

/** Reads the registry. */
export interface PublisherDirectory {
  /** @returns the publisher, or null */
  get(id: string): Promise<PublisherRecord | null>;
  /** @returns every publisher, by id */
  list(): Promise<readonly PublisherRecord[]>;
}

/** Reads and writes the registry. */
export interface PublisherRegistry extends PublisherDirectory {
  /**
   * Stores a new publisher.
   *
   * @throws PublisherExistsError when the id is taken
   */
  create(record: PublisherRecord): Promise<void>;
  /**
   * Replaces a publisher, provided nobody changed it since `previous` was read.
   *
   * @returns false when it changed meanwhile (read it again and retry)
   * @throws PublisherNotFoundError when it no longer exists
   */
  replace(record: PublisherRecord, previous: PublisherRecord): Promise<boolean>;
}

/** The API keys of publishers (hashes only). */
export interface ApiKeyStore {
  /** Stores a new key. */
  putKey(key: StoredApiKey): Promise<void>;
  /** @returns the key, revoked or not, or null (strongly consistent: a revocation shows at once) */
  getKey(publisherId: string, keyId: string): Promise<StoredApiKey | null>;
  /** @returns every key of the publisher, oldest first */
  listKeys(publisherId: string): Promise<readonly StoredApiKey[]>;
  /**
   * Marks a key revoked (a second revocation keeps the first time).
   *
   * @returns the revoked key
   * @throws ApiKeyNotFoundError when the publisher has no such key
   */
  revokeKey(publisherId: string, keyId: string, at: Date): Promise<StoredApiKey>;
}

/** Takes a publisher's articles out of the feeds (`suspend --withdraw`). */
export interface PublisherArticles {
  /**
   * Withdraws every live article of the publisher: out of every feed, item and fields kept; a
   * later upload of one of its pages publishes it again.
   *
   * @returns how many articles were withdrawn
   */
  withdrawAll(publisherId: string, at: Date): Promise<number>;
}
