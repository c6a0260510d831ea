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
 * What a feed's files say, short of their bytes: the build date they carry (RSS `lastBuildDate`)
 * and a hash of everything else, so a regeneration can tell whether the content changed.
 */
export interface FeedVersion {
  /** Whole seconds; null only for a feed that never had an item nor a dated change. */
  readonly buildDate: Date | null;
  /** SHA-256 of the rendered content with the build date left to the items (hex). */
  readonly contentHash: string;
}

/** A regeneration attempt's generation and the feed's latest claimed version when it began. */
export interface FeedGeneration {
  readonly generation: number;
  readonly latest: FeedVersion | null;
}

/**
 * Per-feed generations. `begin` hands out a number greater than every number handed out before
 * for that feed; `claim` makes a version the feed's latest before its files are written, so the
 * build date of the files never goes back; `commit` records that a generation's files are in
 * place, unless a greater generation already did.
 */
export interface FeedStateStore {
  /**
   * @param feedPath - the feed (`all`, `demo`, `demo/du-lich`)
   * @returns a new generation, and the latest version claimed so far
   */
  begin(feedPath: string): Promise<FeedGeneration>;
  /**
   * Makes `version` the feed's latest, unless the latest has a later build date, or the same
   * build date on other content.
   *
   * @param feedPath - the feed
   * @param version - the version about to be written
   * @returns null when claimed; else the latest version, which the caller must build on
   */
  claim(feedPath: string, version: FeedVersion): Promise<FeedVersion | null>;
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
