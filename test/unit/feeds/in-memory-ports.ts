import type { FeedItem } from '../../../shared/feeds/feed-item.ts';
import { type FeedRef, feedPath } from '../../../shared/feeds/feed-ref.ts';
import type {
  FeedGeneration,
  FeedItemSource,
  FeedObject,
  FeedObjectStore,
  FeedStateStore,
  FeedVersion,
} from '../../../shared/feeds/ports.ts';

/** Items per feed path, newest first, replaceable between reads. */
export class InMemoryItems implements FeedItemSource {
  readonly feeds = new Map<string, FeedItem[]>();
  /** Runs before each read; a test can pause a read here. */
  beforeRead: (ref: FeedRef) => Promise<void> = async () => {};

  async newestItems(ref: FeedRef, limit: number): Promise<FeedItem[]> {
    const snapshot = [...(this.feeds.get(feedPath(ref)) ?? [])];
    await this.beforeRead(ref);
    return snapshot.slice(0, limit);
  }
}

/** A bucket in memory that records every put. */
export class InMemoryObjects implements FeedObjectStore {
  readonly objects = new Map<string, FeedObject>();
  readonly puts: FeedObject[] = [];
  /** Runs before each put lands; a test can hold a put here. */
  beforePut: (object: FeedObject) => Promise<void> = async () => {};

  async storedHash(key: string): Promise<string | null> {
    return this.objects.get(key)?.hash ?? null;
  }

  async put(object: FeedObject): Promise<void> {
    await this.beforePut(object);
    this.puts.push(object);
    this.objects.set(object.key, object);
  }

  body(key: string): string | undefined {
    return this.objects.get(key)?.body;
  }
}

/** Generations in memory, with the same rules as the DynamoDB adapter. */
export class InMemoryState implements FeedStateStore {
  readonly started = new Map<string, number>();
  readonly committed = new Map<string, number>();
  readonly latest = new Map<string, FeedVersion>();
  /** Runs before each commit; a test can hold a commit here. */
  beforeCommit: (feedPath: string, generation: number) => Promise<void> = async () => {};

  async begin(path: string): Promise<FeedGeneration> {
    const next = (this.started.get(path) ?? 0) + 1;
    this.started.set(path, next);
    return { generation: next, latest: this.latest.get(path) ?? null };
  }

  async claim(path: string, version: FeedVersion): Promise<FeedVersion | null> {
    const latest = this.latest.get(path);
    const mine = version.buildDate?.getTime() ?? null;
    const theirs = latest?.buildDate?.getTime() ?? null;
    const accepted =
      latest === undefined ||
      (mine === null
        ? theirs === null
        : theirs === null ||
          theirs < mine ||
          (theirs === mine && latest.contentHash === version.contentHash));
    if (!accepted) return latest;
    this.latest.set(path, version);
    return null;
  }

  async commit(path: string, generation: number): Promise<boolean> {
    await this.beforeCommit(path, generation);
    if ((this.committed.get(path) ?? 0) >= generation) return false;
    this.committed.set(path, generation);
    return true;
  }
}

/** A promise with its resolver, to hold one step of a regeneration until a test releases it. */
export function gate(): { readonly opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Lets pending promise callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
