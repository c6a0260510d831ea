/**
 * The ports of feed regeneration: where items come from, where files go, and the per-feed
 * generation counter that keeps concurrent regenerations from leaving an older file on top.
 * Adapters: `shared/adapters/dynamo/feed-queries.ts`, `shared/adapters/dynamo/feed-state.ts`,
 * `shared/adapters/s3/feed-objects.ts`.
 */
import type { FeedItem } from './feed-item.ts';
import type { FeedRef } from './feed-ref.ts';

/** Reads the newest live items of a feed. */
export interface FeedItemSource {
  /**
   * @param ref - the feed
   * @param limit - how many items at most
   * @returns the feed's live items, newest first
   */
  newestItems(ref: FeedRef, limit: number): Promise<FeedItem[]>;
}

/** A feed file to store. */
export interface FeedObject {
  readonly key: string;
  readonly body: string;
  readonly contentType: string;
  readonly cacheControl: string;
  /** SHA-256 of the body (hex), stored with the object to tell later renders apart. */
  readonly hash: string;
  /** The generation that rendered it (diagnostics). */
  readonly generation: number;
}

/** The feeds bucket. */
export interface FeedObjectStore {
  /**
   * @param key - the object key
   * @returns the body hash stored with the object, or null when there is no object (or it was
   *   not written by us)
   */
  storedHash(key: string): Promise<string | null>;
  /** Writes (replaces) an object. */
  put(object: FeedObject): Promise<void>;
}

/**
 * Per-feed generations. `begin` hands out a number greater than every number handed out before
 * for that feed; `commit` records that a generation's files are in place, unless a greater
 * generation already did.
 */
export interface FeedStateStore {
  /**
   * @param feedPath - the feed (`all`, `demo`, `demo/du-lich`)
   * @returns a new generation
   */
  begin(feedPath: string): Promise<number>;
  /**
   * @param feedPath - the feed
   * @param generation - the generation whose files were written (or found in place)
   * @param hashes - the body hash of each file, for diagnostics
   * @returns false when a greater generation was committed first
   */
  commit(
    feedPath: string,
    generation: number,
    hashes: Readonly<Record<string, string>>,
  ): Promise<boolean>;
}

/** What a regeneration reports (Powertools metrics in the Lambda). */
export interface FeedMetrics {
  /** One file written because its bytes changed. */
  fileWritten(key: string): void;
  /** One file left alone because its bytes did not change. */
  fileUnchanged(key: string): void;
  /** Time spent rendering one feed in both formats. */
  rendered(feedPath: string, milliseconds: number): void;
  /**
   * Time spent waiting for a feed index to show the changes being applied.
   *
   * @param caughtUp - false when the wait ended without the index showing them
   */
  indexWaited?(feedPath: string, milliseconds: number, caughtUp: boolean): void;
}
