/**
 * Publish pings (`hub.mode=publish`): a publisher telling a hub that topics changed, the
 * convention of PubSubHubbub-era hubs (WebSub leaves publishing to each hub). The pipeline sends
 * them to an external hub (`distribute.ts`), and a process that rewrites feed files without the
 * hub queue at hand (`syndicate feeds rebuild` next to `npm start`) sends them to the local
 * built-in hub, which accepts them only when its policy says so (`acceptPublishPings`: the local
 * runtime, never on AWS, where every writer of feed files has the hub queue).
 */
import { feedFormatOf } from '../feeds/feed-ref.ts';
import { InvalidParameterError, UnknownTopicError } from './errors.ts';
import type { FeedPush } from './push.ts';
import { topicKey, topicUrl } from './topics.ts';

/** Topics one ping may name. */
export const MAX_PING_TOPICS = 100;

/**
 * The topics a publish ping names (`hub.url`, the older name, and `hub.topic`, repeatable).
 *
 * @param form - the POSTed form, `hub.mode=publish`
 * @param feedsBaseUrl - the feeds' public base URL
 * @returns the object keys of the feed files named, each once
 * @throws InvalidParameterError when none is named or too many; UnknownTopicError for a URL that
 *   is not a feed of this hub
 * @example
 * parsePublishPing(new URLSearchParams('hub.mode=publish&hub.url=http://localhost:4566/feeds/all.xml'), 'http://localhost:4566');
 * // ['feeds/all.xml']
 */
export function parsePublishPing(form: URLSearchParams, feedsBaseUrl: string): string[] {
  const topics = [...form.getAll('hub.url'), ...form.getAll('hub.topic')]
    .map((topic) => topic.trim())
    .filter((topic) => topic !== '');
  if (topics.length === 0) {
    throw new InvalidParameterError('hub.url', 'hub.url (or hub.topic) is required to publish');
  }
  if (topics.length > MAX_PING_TOPICS) {
    throw new InvalidParameterError(
      'hub.url',
      `a publish ping names at most ${MAX_PING_TOPICS} topics (got ${topics.length})`,
    );
  }
  const keys = new Set<string>();
  for (const topic of topics) {
    const key = topicKey(feedsBaseUrl, topic);
    if (key === null) throw new UnknownTopicError(topic);
    keys.add(key);
  }
  return [...keys];
}

/** Sends one form to the hub; resolves with the HTTP status. */
export type PingSender = (hubUrl: string, form: URLSearchParams) => Promise<number>;

const fetchSender: PingSender = async (hubUrl, form) => {
  const response = await fetch(hubUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
};

/**
 * Tells a hub of written feed files over HTTP, one publish ping per feed document (as an
 * external hub expects), for a process that has no hub queue.
 *
 * @param hub - the hub's URL and the feeds' public base URL
 * @param send - how a ping is sent (`fetch` by default)
 * @returns the push port of the feeds handlers
 * @throws from `filesWritten`: an Error naming the topics the hub did not accept
 */
export function pingPush(
  hub: { readonly hubUrl: string; readonly feedsBaseUrl: string },
  send: PingSender = fetchSender,
): FeedPush {
  return {
    async filesWritten(keys) {
      const topics = [...new Set(keys.filter((key) => feedFormatOf(key) !== null))].map((key) =>
        topicUrl(hub.feedsBaseUrl, key),
      );
      const refused: string[] = [];
      await Promise.all(
        topics.map(async (topic) => {
          const form = new URLSearchParams({
            'hub.mode': 'publish',
            'hub.url': topic,
            'hub.topic': topic,
          });
          const status = await send(hub.hubUrl, form).catch((error: unknown) =>
            error instanceof Error ? error.message : String(error),
          );
          if (typeof status !== 'number' || status < 200 || status >= 300) {
            refused.push(`${topic} (${status})`);
          }
        }),
      );
      if (refused.length > 0) {
        throw new Error(
          `The hub ${hub.hubUrl} did not take the publish ping of ${refused.join(', ')}`,
        );
      }
    },
  };
}
