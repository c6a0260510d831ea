/**
 * Events recorded as they come, for a test to wait on one: instead of polling a list against a
 * deadline, which fails on a machine slower than the deadline assumed.
 */

/** A list of events, and waits for one that matches. */
export class RecordedEvents<T> {
  readonly #events: T[] = [];
  readonly #waiters = new Set<{
    readonly matches: (event: T) => boolean;
    readonly resolve: (event: T) => void;
  }>();

  /** Records one event (pass it as the listener): `onEvent: events.record`. */
  readonly record = (event: T): void => {
    this.#events.push(event);
    for (const waiter of [...this.#waiters]) {
      if (!waiter.matches(event)) continue;
      this.#waiters.delete(waiter);
      waiter.resolve(event);
    }
  };

  /** The events recorded so far, oldest first. */
  get all(): readonly T[] {
    return this.#events;
  }

  /**
   * The first event recorded, or to come, that matches.
   *
   * @param matches - which events count
   * @returns the event
   * @example
   * await folderEvents.first((e) => e.kind === 'uploaded' && e.key === 'demo/a.html');
   */
  first(matches: (event: T) => boolean): Promise<T> {
    const found = this.#events.find(matches);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => this.#waiters.add({ matches, resolve }));
  }

  /** Forgets the events recorded so far. */
  clear(): void {
    this.#events.length = 0;
  }
}
