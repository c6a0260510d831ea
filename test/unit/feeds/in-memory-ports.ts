import {
  type ArchivePage,
  comparePositions,
  type FeedPosition,
  positionKey,
  positionOf,
} from '../../../shared/feeds/archive.ts';
import type { FeedItem } from '../../../shared/feeds/feed-item.ts';
import { type FeedRef, feedPath } from '../../../shared/feeds/feed-ref.ts';
import type {
  FeedArchiveSource,
  FeedArchiveStore,
  FeedGeneration,
  FeedItemSource,
  FeedObject,
  FeedObjectStore,
  FeedScheduleStore,
  FeedStateStore,
  FeedVersion,
  RegenerationQueue,
  TakenArrivals,
} from '../../../shared/feeds/ports.ts';
import {
  type Acquired,
  type FeedLease,
  type LeaseRequest,
  type MarkChange,
  type MarkedFeed,
  type RegenerationRequest,
  refusalOf,
  type SchedulePlan,
} from '../../../shared/feeds/schedule.ts';

/** Items per feed path, newest first, replaceable between reads. */
export class InMemoryItems implements FeedItemSource, FeedArchiveSource {
  readonly feeds = new Map<string, FeedItem[]>();
  /** Runs before each read; a test can pause a read here. */
  beforeRead: (ref: FeedRef) => Promise<void> = async () => {};

  async newestItems(ref: FeedRef, limit: number): Promise<FeedItem[]> {
    const snapshot = [...(this.feeds.get(feedPath(ref)) ?? [])];
    await this.beforeRead(ref);
    return snapshot.slice(0, limit);
  }

  async itemsAfter(ref: FeedRef, after: FeedPosition | null, limit: number): Promise<FeedItem[]> {
    return (this.feeds.get(feedPath(ref)) ?? [])
      .filter((item) => after === null || comparePositions(positionOf(item), after) > 0)
      .sort((a, b) => comparePositions(positionOf(a), positionOf(b)))
      .slice(0, limit);
  }

  async itemsByIds(ref: FeedRef, ids: readonly string[]): Promise<FeedItem[]> {
    const byId = new Map((this.feeds.get(feedPath(ref)) ?? []).map((i) => [i.article.id, i]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async idsBetween(ref: FeedRef, from: string, to: string): Promise<string[]> {
    return (this.feeds.get(feedPath(ref)) ?? [])
      .map((item) => ({ id: item.article.id, sort: positionKey(positionOf(item)) }))
      .filter(({ sort }) => sort >= from && sort <= to)
      .sort((a, b) => (a.sort < b.sort ? -1 : 1))
      .map(({ id }) => id);
  }
}

/** Closed archive pages in memory, with the DynamoDB adapter's condition. */
export class InMemoryArchive implements FeedArchiveStore {
  readonly byFeed = new Map<string, ArchivePage[]>();
  /** The oldest new place marked since the last run took them (the mark's `arrivalMin`). */
  readonly arrivals = new Map<string, string>();

  /** What the feeds function's mark records: an article took a new place in the feed. */
  arrive(path: string, sort: string): void {
    const known = this.arrivals.get(path);
    if (known === undefined || sort < known) this.arrivals.set(path, sort);
  }

  async latest(path: string): Promise<ArchivePage | null> {
    return this.byFeed.get(path)?.at(-1) ?? null;
  }

  readonly taken = new Map<string, string>();
  readonly lateIds = new Map<string, Set<string>>();

  async close(path: string, page: ArchivePage, lateIds: readonly string[]): Promise<boolean> {
    const pages = this.byFeed.get(path) ?? [];
    if (pages.some((closed) => closed.number === page.number)) return false;
    this.byFeed.set(path, [...pages, page]);
    for (const id of lateIds) this.lateIds.get(path)?.delete(id);
    return true;
  }

  async pages(path: string): Promise<ArchivePage[]> {
    return [...(this.byFeed.get(path) ?? [])];
  }

  async pagesSince(path: string, sort: string): Promise<ArchivePage[]> {
    return (this.byFeed.get(path) ?? []).filter((page) => positionKey(page.upTo) >= sort);
  }

  async takeArrivals(path: string, upTo: string | null): Promise<TakenArrivals> {
    const arrived = this.arrivals.get(path);
    const taken = this.taken.get(path);
    const late = [...(this.lateIds.get(path) ?? [])];
    if (arrived === undefined || upTo === null || arrived > upTo) {
      return { taken: taken ?? null, late };
    }
    this.arrivals.delete(path);
    const oldest =
      arrived === undefined || (taken !== undefined && taken < arrived) ? taken : arrived;
    if (oldest !== undefined) this.taken.set(path, oldest);
    return { taken: oldest ?? null, late };
  }

  async settleArrivals(path: string, taken: string): Promise<void> {
    if (this.taken.get(path) === taken) this.taken.delete(path);
  }

  async late(path: string): Promise<string[]> {
    return [...(this.lateIds.get(path) ?? [])];
  }

  async addLate(path: string, ids: readonly string[]): Promise<void> {
    const set = this.lateIds.get(path) ?? new Set<string>();
    for (const id of ids) set.add(id);
    this.lateIds.set(path, set);
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

  async listFeedKeys(): Promise<string[]> {
    return [...this.objects.keys()];
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
  /** Claims made, accepted or not (each one a write on DynamoDB). */
  claims = 0;
  /** Runs before each commit; a test can hold a commit here. */
  beforeCommit: (feedPath: string, generation: number) => Promise<void> = async () => {};

  async begin(path: string): Promise<FeedGeneration> {
    const next = (this.started.get(path) ?? 0) + 1;
    this.started.set(path, next);
    return { generation: next, latest: this.latest.get(path) ?? null };
  }

  async claim(path: string, version: FeedVersion): Promise<FeedVersion | null> {
    this.claims += 1;
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

interface ScheduleItem {
  marks: number;
  servedMarks: number;
  dirtySince?: number;
  changedAt?: Date;
  sectionName?: string;
  dueAt?: number;
  lastRunAt?: number;
  leaseOwner?: string;
  leaseUntil?: number;
}

/** The schedule in memory, with the same conditions as the DynamoDB adapter. */
export class InMemorySchedule implements FeedScheduleStore {
  readonly items = new Map<string, ScheduleItem>();

  #item(path: string): ScheduleItem {
    let item = this.items.get(path);
    if (item === undefined) {
      item = { marks: 0, servedMarks: 0 };
      this.items.set(path, item);
    }
    return item;
  }

  async mark(path: string, change: MarkChange): Promise<MarkedFeed> {
    const item = this.#item(path);
    item.marks += 1;
    item.dirtySince ??= change.at;
    if (change.sectionName !== null) item.sectionName = change.sectionName;
    if (change.changedAt !== null && (item.changedAt ?? new Date(0)) < change.changedAt) {
      item.changedAt = change.changedAt;
    }
    return {
      dueAt: item.dueAt ?? null,
      lastRunAt: item.lastRunAt ?? null,
      leaseUntil: item.leaseUntil ?? null,
      dirtySince: item.dirtySince,
    };
  }

  async schedule(path: string, plan: SchedulePlan): Promise<boolean> {
    const item = this.#item(path);
    if ((item.dueAt ?? null) !== plan.replacing) return false;
    item.dueAt = plan.due;
    return true;
  }

  async unschedule(path: string, due: number): Promise<void> {
    const item = this.items.get(path);
    if (item?.dueAt === due) delete item.dueAt;
  }

  async acquire(path: string, request: LeaseRequest): Promise<Acquired> {
    const existing = this.items.get(path);
    const free =
      (existing?.leaseUntil === undefined || existing.leaseUntil < request.now) &&
      (existing?.lastRunAt === undefined || existing.lastRunAt <= request.now - request.windowMs) &&
      (request.due === null || existing?.dueAt === request.due);
    if (!free) {
      return refusalOf(
        existing === undefined
          ? null
          : {
              dueAt: existing.dueAt ?? null,
              lastRunAt: existing.lastRunAt ?? null,
              leaseUntil: existing.leaseUntil ?? null,
            },
        request,
      );
    }
    const item = this.#item(path);
    item.leaseOwner = request.owner;
    item.leaseUntil = request.now + request.leaseMs;
    item.lastRunAt = request.now;
    const lease: FeedLease = {
      feedPath: path,
      owner: request.owner,
      startedAt: request.now,
      until: item.leaseUntil,
      due: request.due,
      state: {
        marks: item.marks,
        servedMarks: item.servedMarks,
        sectionName: item.sectionName ?? null,
        changedAt: item.changedAt ?? null,
        dirtySince: item.dirtySince ?? null,
      },
    };
    return { kind: 'acquired', lease };
  }

  async finish(lease: FeedLease, followUp: number | null): Promise<'done' | 'marked' | 'lost'> {
    const item = this.#item(lease.feedPath);
    if (item.leaseOwner !== lease.owner) return 'lost';
    const clean = item.marks === lease.state.marks;
    if (followUp === null && !clean) return 'marked';
    item.servedMarks = lease.state.marks;
    delete item.leaseOwner;
    delete item.leaseUntil;
    if (followUp === null) delete item.dueAt;
    else item.dueAt = followUp;
    if (clean) delete item.dirtySince;
    else item.dirtySince = lease.startedAt;
    return 'done';
  }

  async release(lease: FeedLease): Promise<void> {
    const item = this.items.get(lease.feedPath);
    if (item?.leaseOwner !== lease.owner) return;
    delete item.leaseOwner;
    delete item.leaseUntil;
  }
}

/** A queue that keeps what is sent, with each message's due time on the test's clock. */
export class RecordingQueue implements RegenerationQueue {
  readonly sent: { request: RegenerationRequest; deliverAt: number }[] = [];
  /** Makes the next sends fail. */
  failing = false;

  constructor(private readonly clock: () => number) {}

  async send(request: RegenerationRequest, delayMs: number): Promise<void> {
    if (this.failing) throw new Error('SQS is unavailable');
    this.sent.push({ request, deliverAt: this.clock() + delayMs });
  }

  /** Takes the messages due by `time`, earliest first. */
  due(time: number): RegenerationRequest[] {
    const ready = this.sent
      .filter((message) => message.deliverAt <= time)
      .sort((a, b) => a.deliverAt - b.deliverAt);
    for (const message of ready) this.sent.splice(this.sent.indexOf(message), 1);
    return ready.map((message) => message.request);
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
