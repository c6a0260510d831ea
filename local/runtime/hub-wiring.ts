/**
 * The WebSub hub's place in the local runtime: the feeds server needs the hub (to serve `/hub`
 * and write the discovery `Link` header) before the hub can exist (its URL is the server's), so
 * the server reads it from a {@link HubSlot} filled once the hub starts.
 */
import { type LocalHub, startLocalHub } from '../hub/local-hub.ts';
import type { FeedsServerOptions } from '../server/feeds-server.ts';
import { LOCAL_HUB_PATH } from '../server/feeds-server.ts';
import type { Cleanups } from './cleanups.ts';
import type { Reporting } from './event-wiring.ts';
import type { Clients } from './servers.ts';
import type { Settings } from './steps.ts';

/** Where the feeds server finds the hub once it runs. */
export class HubSlot {
  #hub: LocalHub | undefined;
  #baseUrl: string | undefined;

  /**
   * @param external - whether the feeds advertise an external hub (no `/hub` is served)
   */
  constructor(private readonly external: boolean) {}

  /** Binds the running hub and the feeds' public base URL. */
  fill(hub: LocalHub, baseUrl: string): void {
    this.#hub = hub;
    this.#baseUrl = baseUrl;
  }

  /** What the feeds server takes: the discovery header and, for the built-in hub, `/hub`. */
  serverOptions(): Pick<FeedsServerOptions, 'discovery' | 'hub'> {
    return {
      discovery: () =>
        this.#hub === undefined || this.#baseUrl === undefined
          ? null
          : { hubUrl: this.#hub.url, feedsBaseUrl: this.#baseUrl },
      ...(this.external
        ? {}
        : {
            hub: async (event) => {
              if (this.#hub?.api === undefined) throw new Error('The hub is not running yet');
              return this.#hub.api(event);
            },
          }),
    };
  }
}

/**
 * Starts the hub (built in, or the pinger of an external one) and fills the slot.
 *
 * @param settings - the runtime's settings (`options.hub`, table, bucket, region, log)
 * @param clients - the local clients
 * @param baseUrl - the feeds' public base URL (the built-in hub is `<base>/hub`)
 * @param slot - the feeds server's slot
 * @param reporting - events, log and dead letters
 * @param cleanups - where its stop goes
 * @returns the running hub
 */
export function startHub(
  settings: Settings,
  clients: Clients,
  baseUrl: string,
  slot: HubSlot,
  reporting: Reporting,
  cleanups: Cleanups,
): LocalHub {
  const { events, log, deadLetters } = reporting;
  const hub = startLocalHub({
    options: settings.options.hub ?? {},
    builtInUrl: `${baseUrl}${LOCAL_HUB_PATH}`,
    feedsBaseUrl: baseUrl,
    tableName: settings.tableName,
    feedsBucket: settings.feedsBucket,
    region: settings.region,
    clients: { s3: clients.s3, documentClient: clients.documentClient },
    log,
    deadLetter: async (letter) => {
      await deadLetters.add(letter);
      log(`ERROR dead letter (hub) ${letter.subjects.join(', ')}: ${letter.error}`);
      events.emit('deadLetter', letter);
    },
  });
  cleanups.push(() => hub.stop());
  slot.fill(hub, baseUrl);
  return hub;
}
