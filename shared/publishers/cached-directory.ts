/**
 * A short cache in front of the registry, for the functions: a change made with
 * `syndicate publishers` applies within {@link DEFAULT_REGISTRY_CACHE_MS} without a deploy or a
 * restart, and a busy function reads each publisher about once per period. A publisher that is
 * not found is not cached, so one added a moment ago is seen at once.
 */

import type { PublisherDirectory } from './ports.ts';
import type { PublisherRecord } from './publisher.ts';

/** How long a read of the registry is reused: well within the minute a change may take. */
export const DEFAULT_REGISTRY_CACHE_MS = 30_000;

/** Options of {@link CachedPublisherDirectory}. */
export interface CachedDirectoryOptions {
  /** How long a read is reused, in ms; 0 reads the registry every time. @default DEFAULT_REGISTRY_CACHE_MS */
  readonly ttlMs?: number;
  /** The clock, in ms. @default Date.now */
  readonly now?: () => number;
}

interface Entry<T> {
  readonly value: T;
  readonly at: number;
}

/**
 * A {@link PublisherDirectory} that reuses its reads for a while; concurrent misses share one
 * read.
 *
 * @example
 * const publishers = new CachedPublisherDirectory(new DynamoPublisherRegistry(tableName));
 * const demo = await publishers.get('demo');
 */
export class CachedPublisherDirectory implements PublisherDirectory {
  readonly #source: PublisherDirectory;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry<PublisherRecord>>();
  readonly #loading = new Map<string, Promise<PublisherRecord | null>>();
  #listing: Entry<readonly PublisherRecord[]> | undefined;
  #listingLoad: Promise<readonly PublisherRecord[]> | undefined;

  /**
   * @param source - the registry
   * @param options - time to live, clock
   */
  constructor(source: PublisherDirectory, options: CachedDirectoryOptions = {}) {
    this.#source = source;
    this.#ttlMs = options.ttlMs ?? DEFAULT_REGISTRY_CACHE_MS;
    this.#now = options.now ?? Date.now;
  }

  #fresh(entry: Entry<unknown> | undefined): boolean {
    return entry !== undefined && this.#now() - entry.at < this.#ttlMs;
  }

  async get(id: string): Promise<PublisherRecord | null> {
    const entry = this.#entries.get(id);
    if (this.#fresh(entry)) return entry?.value ?? null;
    let load = this.#loading.get(id);
    if (load === undefined) {
      const at = this.#now();
      load = this.#source.get(id).then(
        (record) => {
          this.#loading.delete(id);
          if (record === null) this.#entries.delete(id);
          else this.#entries.set(id, { value: record, at });
          return record;
        },
        (error: unknown) => {
          this.#loading.delete(id);
          throw error;
        },
      );
      this.#loading.set(id, load);
    }
    return load;
  }

  async list(): Promise<readonly PublisherRecord[]> {
    if (this.#fresh(this.#listing)) return this.#listing?.value ?? [];
    if (this.#listingLoad === undefined) {
      const at = this.#now();
      this.#listingLoad = this.#source.list().then(
        (records) => {
          this.#listingLoad = undefined;
          this.#listing = { value: records, at };
          for (const record of records) this.#entries.set(record.id, { value: record, at });
          return records;
        },
        (error: unknown) => {
          this.#listingLoad = undefined;
          throw error;
        },
      );
    }
    return this.#listingLoad;
  }
}

/**
 * Every publisher of the directory by id, for work that needs several (the feeds of a batch):
 * the listing, plus a fresh read of each of `needed` that the listing lacks, so a publisher
 * added a moment ago is there.
 *
 * @param directory - the registry, usually cached
 * @param needed - ids the caller is about to use
 * @returns the publishers by id (ids of `needed` that do not exist are left out)
 */
export async function publishersById(
  directory: PublisherDirectory,
  needed: Iterable<string> = [],
): Promise<ReadonlyMap<string, PublisherRecord>> {
  const byId = new Map((await directory.list()).map((record) => [record.id, record]));
  for (const id of new Set(needed)) {
    if (byId.has(id)) continue;
    const record = await directory.get(id);
    if (record !== null) byId.set(id, record);
  }
  return byId;
}
