/**
 * The registry as a map, for code that reads publishers synchronously (the feed handlers): a
 * snapshot of a {@link PublisherDirectory}, refreshed before each invocation through
 * {@link refreshedBefore}, so a registry change applies within the directory's cache period.
 */
import type { PublisherDirectory } from './ports.ts';
import type { PublisherRecord } from './publisher.ts';

/**
 * A `ReadonlyMap` of the registry's publishers, as of its last {@link RegistrySnapshot.refresh}.
 *
 * @example
 * const publishers = new RegistrySnapshot(new CachedPublisherDirectory(registry));
 * export const handler = refreshedBefore(publishers, createFeedsHandler({ ...deps, publishers }));
 */
export class RegistrySnapshot implements ReadonlyMap<string, PublisherRecord> {
  #byId: ReadonlyMap<string, PublisherRecord> = new Map();
  /**
   * The ids, one array updated in place by each refresh: a reader that keeps it (the aggregate
   * feed's partitions) sees the registry as of the last refresh.
   */
  readonly ids: string[] = [];

  /** @param directory - the registry, usually cached */
  constructor(private readonly directory: PublisherDirectory) {}

  /** Reads the registry's publishers again (from the directory's cache while it is fresh). */
  async refresh(): Promise<void> {
    this.#byId = new Map((await this.directory.list()).map((p) => [p.id, p]));
    this.ids.splice(0, this.ids.length, ...this.#byId.keys());
  }

  get size(): number {
    return this.#byId.size;
  }
  get(id: string): PublisherRecord | undefined {
    return this.#byId.get(id);
  }
  has(id: string): boolean {
    return this.#byId.has(id);
  }
  forEach(
    callback: (
      value: PublisherRecord,
      key: string,
      map: ReadonlyMap<string, PublisherRecord>,
    ) => void,
  ): void {
    for (const [key, value] of this.#byId) callback(value, key, this);
  }
  entries(): MapIterator<[string, PublisherRecord]> {
    return this.#byId.entries() as MapIterator<[string, PublisherRecord]>;
  }
  keys(): MapIterator<string> {
    return this.#byId.keys() as MapIterator<string>;
  }
  values(): MapIterator<PublisherRecord> {
    return this.#byId.values() as MapIterator<PublisherRecord>;
  }
  [Symbol.iterator](): MapIterator<[string, PublisherRecord]> {
    return this.entries();
  }
}

/**
 * Wraps a handler so that the snapshot is refreshed before each invocation.
 *
 * @param snapshot - the snapshot the handler reads
 * @param handler - the handler
 * @returns the wrapped handler
 */
export function refreshedBefore<A extends unknown[], R>(
  snapshot: RegistrySnapshot,
  handler: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    await snapshot.refresh();
    return handler(...args);
  };
}
