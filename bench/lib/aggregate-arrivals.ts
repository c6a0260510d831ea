/**
 * When each uploaded page first reaches the aggregate feed of a local runtime, for the benches
 * that time an upload's way through the pipeline (`latency`, `end-to-end`).
 */
import type { LocalRuntime } from '../../local/runtime/start-runtime.ts';

/**
 * Calls `arrived` with the inbox key of every article in each publication of the aggregate
 * feed, and the time of that publication (`performance.now()`); an article is known by the key
 * of the upload it was ingested from. The caller keeps the first arrival of the keys it timed.
 *
 * @param runtime - the running local runtime
 * @param arrived - told of each key in each aggregate publication
 * @example
 * watchAggregateArrivals(runtime, (key, at) => {
 *   if (!inFeedAt.has(key)) inFeedAt.set(key, at);
 * });
 */
export function watchAggregateArrivals(
  runtime: Pick<LocalRuntime, 'events'>,
  arrived: (key: string, at: number) => void,
): void {
  const keyOfArticle = new Map<string, string>();
  runtime.events.on('outcome', (outcome) => {
    if (outcome.kind === 'ingested') keyOfArticle.set(outcome.articleId, outcome.objectKey);
  });
  runtime.events.on('published', (event) => {
    if (event.feedPath !== 'all') return;
    const now = performance.now();
    for (const id of event.itemIds) {
      const key = keyOfArticle.get(id);
      if (key !== undefined) arrived(key, now);
    }
  });
}
