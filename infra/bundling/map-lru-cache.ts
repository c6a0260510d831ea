/**
 * Stands in for `mnemonist/lru-cache` in the Lambda bundles (the `alias` of
 * `lambdaBuildOptions`): the same least-recently-used cache, kept in a `Map`.
 *
 * Its one importer in the bundles is `@aws-sdk/endpoint-cache`, which every DynamoDB client
 * builds (capacity 1000) for endpoint discovery; that only reads and writes discovered
 * endpoints when discovery is enabled, and the functions leave it off. mnemonist's cache keeps
 * its entries in typed arrays of pointers, with helpers to pick the array type and to read
 * iterables: 6 KB of the ingest bundle for the `get`, `set`, `has`, `peek` and `clear` the
 * endpoint cache calls. A `Map` keeps its keys in insertion order, so deleting a key and setting
 * it again makes it the most recent, and its first key is the least recent.
 *
 * Only esbuild runs this file. Outside the bundles (tests, the CLI, `npm start`) the clients use
 * mnemonist's.
 */
export default class LRUCache<K, V> {
  readonly capacity: number;
  private readonly entries = new Map<K, V>();

  /**
   * @param capacity - how many entries it holds before it forgets the least recently used
   */
  constructor(capacity: number) {
    if (typeof capacity !== 'number' || capacity <= 0) {
      throw new Error('infra/bundling/map-lru-cache.ts: capacity should be positive number.');
    }
    this.capacity = capacity;
  }

  /** How many entries it holds. */
  get size(): number {
    return this.entries.size;
  }

  /** Sets `key`, now the most recent, forgetting the least recent entry if it is full. */
  set(key: K, value: V): void {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  /** The value of `key`, which becomes the most recent. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** The value of `key`, its recency unchanged. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
