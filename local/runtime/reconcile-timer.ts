/**
 * The local runtime's stand-in for the stack's daily reconcile rule: a timer that runs the same
 * reconcile handler over every known feed.
 */
import type { RegenerateConfig } from '../../shared/feeds/config.ts';
import { discardedMetrics } from '../../shared/handlers/observability.ts';
import { createReconcileHandler } from '../../shared/handlers/reconcile-handler.ts';
import type { PublisherDirectory } from '../../shared/publishers/ports.ts';
import { RegistrySnapshot } from '../../shared/publishers/registry-snapshot.ts';
import type { FeedPush } from '../../shared/websub/push.ts';
import type { Cleanups } from './cleanups.ts';
import type { RuntimeEvents } from './events.ts';
import { readableLogger } from './readable-log.ts';
import type { Clients } from './servers.ts';
import type { Settings } from './steps.ts';

/** How often the local runtime reconciles its feeds unless told otherwise: daily, as on AWS. */
export const DEFAULT_RECONCILE_INTERVAL_MS = 24 * 60 * 60_000;

/** The reconcile runs of a runtime. */
export interface ReconcileRuns {
  /** Settles when the run under way (if any) has ended; the runtime's `idle()` waits for it. */
  idle(): Promise<void>;
}

/**
 * Reconciles every known feed once at start and then on a timer, as the stack's daily
 * EventBridge rule does: the same reconcile handler rebuilds each feed whose files differ from the
 * table, and the runtime reports each run as a `reconciled` event. The run at start catches what
 * changed while the runtime was stopped (a new base URL, a renderer fix, a lost file) without
 * waiting a day; it runs in the background, so the runtime starts as fast as before.
 *
 * @param settings - the interval (`reconcileIntervalMs`) and the log
 * @param clients - S3 and DynamoDB clients
 * @param config - the feeds' settings
 * @param events - where each run's summary goes
 * @param cleanups - where the timer's stop goes (it waits for a run under way)
 * @param registry - the publisher registry, read again before each run
 * @param push - the hub, told of the feed files each run rewrote (as the stack's reconcile
 *   function tells the hub queue); none when the feeds advertise no hub
 * @returns the runs, to wait for the one under way
 */
export function scheduleReconcile(
  settings: Settings,
  clients: Clients,
  config: RegenerateConfig,
  events: RuntimeEvents,
  cleanups: Cleanups,
  registry: PublisherDirectory,
  push?: FeedPush,
): ReconcileRuns {
  const publishers = new RegistrySnapshot(registry);
  const reconcile = createReconcileHandler({
    config,
    clients: { s3: clients.s3, documentClient: clients.documentClient },
    logger: readableLogger(settings.log),
    metrics: discardedMetrics,
    publishers,
    ...(push === undefined ? {} : { push }),
  });
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      try {
        await publishers.refresh();
        const summary = await reconcile({});
        settings.log(
          `reconcile  checked ${summary.checked} feed(s), rebuilt ${summary.rebuilt.length}, failed ${summary.failed.length}`,
        );
        events.emit('reconciled', summary);
      } catch (error) {
        settings.log(`ERROR reconcile: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };
  run();
  const timer = setInterval(
    run,
    settings.options.reconcileIntervalMs ?? DEFAULT_RECONCILE_INTERVAL_MS,
  );
  timer.unref();
  cleanups.push(async () => {
    clearInterval(timer);
    await running;
  });
  return { idle: () => running };
}
