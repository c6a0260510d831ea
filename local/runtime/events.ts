/**
 * What happens in a running local runtime, as events a caller can subscribe to or wait for:
 * outcomes of the handlers (reported by their observers), retries and dead letters of the event
 * sources, files of the watched folder. Tests wait on these instead of sleeping; `npm start`
 * only logs.
 */
import type { FeedPublished } from '../../shared/feeds/regenerate.ts';
import type { FeedsFailure } from '../../shared/handlers/feeds-handler.ts';
import type { IngestFailure } from '../../shared/handlers/ingest-handler.ts';
import type { RebuildSummary } from '../../shared/handlers/reconcile-handler.ts';
import type { RegenerateFailure } from '../../shared/handlers/regenerate-handler.ts';
import type { IngestOutcome } from '../../shared/ingest/ingest-event.ts';
import type { DeadLetter } from '../event-sources/dead-letters.ts';
import type { InboxFolderEvent } from '../inbox/folder-watcher.ts';

/** A delivery that failed and will be made again. */
export interface Retry {
  /** Which consumer: the ingest queue, the table's stream or the regeneration queue. */
  readonly source: 'ingest' | 'feeds' | 'regenerate';
  /** Deliveries of the message (ingest) or invocations of the batch (feeds) so far. */
  readonly attempts: number;
}

/** The events and what each carries. */
export interface RuntimeEventMap {
  /** The ingest applied (or skipped, or rejected) one S3 event. */
  readonly outcome: IngestOutcome;
  /** The ingest failed an event; its message will be delivered again. */
  readonly ingestFailed: IngestFailure;
  /** A regeneration wrote a feed file (its key). */
  readonly feedWritten: string;
  /** A regeneration rewrote at least one file of a feed. */
  readonly published: FeedPublished;
  /** The feeds handler failed a record (its feeds not marked); the stream will hand it over again. */
  readonly feedsFailed: FeedsFailure;
  /** A regeneration failed; its message will be delivered again. */
  readonly regenerateFailed: RegenerateFailure;
  /** A scheduled reconcile ran (every known feed checked against the table). */
  readonly reconciled: RebuildSummary;
  /** The queue or the stream poller will deliver again what failed. */
  readonly retry: Retry;
  /** A message or a batch ran out of retries. */
  readonly deadLetter: DeadLetter;
  /** A file of the watched folder was handled (or failed, and is retried). */
  readonly folder: InboxFolderEvent;
}

/** The name of an event. */
export type RuntimeEventName = keyof RuntimeEventMap;

type Listener<K extends RuntimeEventName> = (event: RuntimeEventMap[K]) => void;

/** Subscriptions to a runtime's events. */
export class RuntimeEvents {
  readonly #listeners = new Map<RuntimeEventName, Set<Listener<RuntimeEventName>>>();

  /**
   * Calls `listener` with every event of a kind from now on.
   *
   * @param name - the event
   * @param listener - receives each one
   * @returns a function that ends the subscription
   */
  on<K extends RuntimeEventName>(name: K, listener: Listener<K>): () => void {
    const listeners = this.#listeners.get(name) ?? new Set();
    this.#listeners.set(name, listeners);
    listeners.add(listener as Listener<RuntimeEventName>);
    return () => listeners.delete(listener as Listener<RuntimeEventName>);
  }

  /**
   * Waits for the next event of a kind (that `matches`, when given).
   *
   * @param name - the event
   * @param matches - which ones count
   * @returns the event
   * @example
   * const retried = runtime.events.next('retry', (retry) => retry.source === 'feeds');
   */
  next<K extends RuntimeEventName>(
    name: K,
    matches: (event: RuntimeEventMap[K]) => boolean = () => true,
  ): Promise<RuntimeEventMap[K]> {
    return new Promise((resolve) => {
      const stop = this.on(name, (event) => {
        if (!matches(event)) return;
        stop();
        resolve(event);
      });
    });
  }

  /**
   * Tells every subscriber of an event. A listener that throws does not stop the others nor the
   * runtime.
   *
   * @param name - the event
   * @param event - what it carries
   */
  emit<K extends RuntimeEventName>(name: K, event: RuntimeEventMap[K]): void {
    for (const listener of [...(this.#listeners.get(name) ?? [])]) {
      try {
        listener(event);
      } catch {
        // A subscriber's bug is not the runtime's.
      }
    }
  }
}
