/**
 * Watches a served JSON Feed while a test runs, as a feed reader polling it would, and records
 * every version it sees, so a test can check that the feed never went backwards.
 */

/** Polls a feed until stopped. */
export class FeedMonitor {
  readonly snapshots: string[][] = [];
  readonly errors: string[] = [];
  #running = true;
  readonly #done: Promise<void>;

  /**
   * @param url - the feed's URL
   * @param intervalMs - pause between polls
   */
  constructor(url: string, intervalMs = 200) {
    this.#done = (async () => {
      while (this.#running) {
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
          if (response.status === 200) {
            const feed = (await response.json()) as { items: { id: string }[] };
            this.snapshots.push(feed.items.map((item) => item.id));
          } else if (response.status !== 404) {
            this.errors.push(`GET ${url}: ${response.status}`);
          }
        } catch {
          // The server is down (a restart under test): a reader would just try again.
        }
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    })();
  }

  /** Stops polling. */
  async stop(): Promise<void> {
    this.#running = false;
    await this.#done;
  }

  /**
   * The first pair of consecutive versions where an article seen earlier is missing later (the
   * feed went backwards), or null. Only valid while nothing is withdrawn and the feed has room
   * for every article.
   */
  firstRegression(): { before: number; after: number; lost: string[] } | null {
    for (let i = 1; i < this.snapshots.length; i += 1) {
      const later = new Set(this.snapshots[i]);
      const lost = (this.snapshots[i - 1] ?? []).filter((id) => !later.has(id));
      if (lost.length > 0) return { before: i - 1, after: i, lost };
    }
    return null;
  }
}

/**
 * Polls until `check` stops throwing.
 *
 * @param check - an assertion
 * @param timeoutMs - give up after this long, rethrowing the last failure
 * @param intervalMs - pause between tries
 * @returns what `check` returned
 */
export async function eventually<T>(
  check: () => Promise<T>,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
