/**
 * Content distribution (WebSub §7): a changed topic fans out one delivery per active
 * subscription; each delivery POSTs the topic's full current document with its content type,
 * the `Link` header (hub and self) and, when the subscriber gave a secret, `X-Hub-Signature`.
 * A failed delivery throws {@link DeliveryFailedError}: the queue tries it again after a growing
 * wait (`retryDelayMs`), and once the last attempt fails the subscription ends (WebSub: "the hub
 * terminates the subscription") and the message goes to the dead letters.
 *
 * With an external hub, a changed topic is a publish ping to that hub instead.
 */
import type { HubPolicy } from './config.ts';
import { DeliveryFailedError } from './errors.ts';
import type { DeliverJob, PublishJob } from './jobs.ts';
import type { CallbackClient, HubQueue, SubscriptionStore, TopicReader } from './ports.ts';
import { discoveryLinkHeader, hubSignature } from './protocol.ts';
import { topicUrl } from './topics.ts';

/** What distribution needs. */
export interface DistributeDeps {
  /** The hub's public URL (the `rel="hub"` link). */
  readonly hubUrl: string;
  /** Public base URL of the feeds (topics are URLs under it). */
  readonly feedsBaseUrl: string;
  readonly policy: HubPolicy;
  readonly store: SubscriptionStore;
  readonly topics: TopicReader;
  readonly queue: HubQueue;
  readonly callbacks: CallbackClient;
  readonly now: () => number;
}

/**
 * Queues one delivery per active subscription of a changed topic.
 *
 * @param job - the topic that changed
 * @param deps - store, queue, clock
 * @returns how many deliveries were queued
 */
export async function fanOut(
  job: PublishJob,
  deps: Pick<DistributeDeps, 'store' | 'queue' | 'now'>,
): Promise<number> {
  const subscriptions = await deps.store.activeForTopic(job.topicKey, deps.now());
  if (subscriptions.length === 0) return 0;
  await deps.queue.send(
    subscriptions.map((subscription) => ({
      kind: 'deliver' as const,
      topicKey: job.topicKey,
      callback: subscription.callback,
    })),
  );
  return subscriptions.length;
}

/** What became of a delivery that did not fail. */
export type DeliverOutcome =
  | { readonly kind: 'delivered'; readonly status: number; readonly bytes: number }
  /** No active subscription any more (unsubscribed, lease ended) or no document: nothing sent. */
  | { readonly kind: 'dropped'; readonly reason: 'no-subscription' | 'lease-ended' | 'no-topic' };

/**
 * Delivers a topic's current document to one subscriber.
 *
 * @param job - the topic and the callback
 * @param attempt - this attempt's number (1 for the first)
 * @param deps - hub URL, base URL, policy, store, topic reader, callback client, clock
 * @returns delivered, or dropped when the subscription or the topic is gone
 * @throws DeliveryFailedError when the callback fails to answer 2xx; on the last attempt the
 *   subscription is removed first
 */
export async function deliver(
  job: DeliverJob,
  attempt: number,
  deps: DistributeDeps,
): Promise<DeliverOutcome> {
  const subscription = await deps.store.get(job.topicKey, job.callback);
  if (subscription === null) return { kind: 'dropped', reason: 'no-subscription' };
  if (subscription.expiresAt <= deps.now()) return { kind: 'dropped', reason: 'lease-ended' };
  const content = await deps.topics.read(job.topicKey);
  if (content === null) return { kind: 'dropped', reason: 'no-topic' };
  const headers: Record<string, string> = {
    'Content-Type': content.contentType,
    Link: discoveryLinkHeader(deps.hubUrl, topicUrl(deps.feedsBaseUrl, job.topicKey)),
    ...(subscription.secret === null
      ? {}
      : { 'X-Hub-Signature': hubSignature(content.body, subscription.secret) }),
  };
  let reason: string;
  let cause: unknown;
  try {
    const answer = await deps.callbacks.post(job.callback, headers, content.body);
    if (answer.status >= 200 && answer.status < 300) {
      return { kind: 'delivered', status: answer.status, bytes: content.body.byteLength };
    }
    reason = `the callback answered ${answer.status}`;
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
    cause = error;
  }
  if (attempt >= deps.policy.retries.maxAttempts) {
    await deps.store.remove(job.topicKey, job.callback);
    reason += `; subscription ended after ${attempt} failed attempts`;
  }
  throw new DeliveryFailedError(job.callback, attempt, reason, { cause });
}

/**
 * Tells an external hub that a topic changed: a POST of `hub.mode=publish` with the topic as
 * `hub.url` (the convention of PubSubHubbub-era hubs) and as `hub.topic` (that of newer ones).
 *
 * @param job - the topic that changed
 * @param attempt - this attempt's number
 * @param deps - the external hub's URL, base URL, callback client
 * @throws DeliveryFailedError when the hub does not answer 2xx
 */
export async function pingExternalHub(
  job: PublishJob,
  attempt: number,
  deps: Pick<DistributeDeps, 'hubUrl' | 'feedsBaseUrl' | 'callbacks'>,
): Promise<void> {
  const topic = topicUrl(deps.feedsBaseUrl, job.topicKey);
  const body = new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic, 'hub.topic': topic });
  let reason: string;
  let cause: unknown;
  try {
    const answer = await deps.callbacks.post(
      deps.hubUrl,
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      Buffer.from(body.toString(), 'utf8'),
    );
    if (answer.status >= 200 && answer.status < 300) return;
    reason = `the hub answered ${answer.status}`;
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
    cause = error;
  }
  throw new DeliveryFailedError(deps.hubUrl, attempt, reason, { cause });
}
