/**
 * Subscribing and unsubscribing (WebSub §5): the hub endpoint checks a request and queues its
 * verification ({@link acceptSubscriptionRequest}, then `202 Accepted`); the hub worker verifies
 * the subscriber's intent with a challenge and only then stores or removes the subscription
 * ({@link verifyIntent}). A failed verification leaves the previous state untouched, so a
 * subscriber renews its lease by subscribing again without a gap.
 */
import { forbiddenAddressReason, ipLiteralOf } from './addresses.ts';
import type { HubPolicy } from './config.ts';
import { ForbiddenCallbackError, SubscriptionLimitError, UnknownTopicError } from './errors.ts';
import type { VerifyJob } from './jobs.ts';
import type {
  CallbackClient,
  HostResolver,
  HubQueue,
  SubscriptionStore,
  TopicReader,
} from './ports.ts';
import { confirmsIntent, denialUrl, newChallenge, verificationUrl } from './protocol.ts';
import { parseSubscriptionRequest, type SubscriptionRequest } from './subscription-request.ts';

/** What the hub endpoint needs. */
export interface AcceptDeps {
  /** Public base URL of the feeds. */
  readonly feedsBaseUrl: string;
  readonly policy: HubPolicy;
  readonly store: SubscriptionStore;
  readonly topics: TopicReader;
  readonly resolver: HostResolver;
  readonly queue: HubQueue;
  /** ms since the epoch. */
  readonly now: () => number;
}

/** Refuses a callback whose host resolves to any address the hub must not call. */
async function checkResolvedAddresses(
  request: SubscriptionRequest,
  deps: Pick<AcceptDeps, 'policy' | 'resolver'>,
): Promise<void> {
  const host = new URL(request.callback).hostname;
  if (ipLiteralOf(host) !== null) return; // checked when the request was parsed
  let addresses: string[];
  try {
    addresses = await deps.resolver.resolve(host);
  } catch {
    throw new ForbiddenCallbackError(request.callback, `${host} does not resolve`);
  }
  const policy = { allowLoopback: deps.policy.allowLoopbackCallbacks };
  for (const address of addresses) {
    const reason = forbiddenAddressReason(address, policy);
    if (reason !== null) {
      throw new ForbiddenCallbackError(
        request.callback,
        `${host} resolves to ${address} (${reason})`,
      );
    }
  }
}

/**
 * The reason a new subscription would exceed a limit, or null. A callback renewing its own
 * active subscription never does.
 */
async function limitExceeded(
  request: Pick<SubscriptionRequest, 'topicKey' | 'callback' | 'callbackHost'>,
  deps: Pick<AcceptDeps, 'policy' | 'store' | 'now'>,
): Promise<string | null> {
  const now = deps.now();
  const current = await deps.store.get(request.topicKey, request.callback);
  if (current !== null && current.expiresAt > now) return null;
  const { maxSubscriptionsPerTopic, maxSubscriptionsPerHost } = deps.policy;
  const ofTopic = (await deps.store.activeForTopic(request.topicKey, now)).length;
  if (ofTopic >= maxSubscriptionsPerTopic) {
    return `topic ${request.topicKey} already has ${ofTopic} subscriptions (the limit)`;
  }
  const ofHost = await deps.store.countActiveForHost(request.callbackHost, now);
  if (ofHost >= maxSubscriptionsPerHost) {
    return `callbacks on ${request.callbackHost} already hold ${ofHost} subscriptions (the limit)`;
  }
  return null;
}

/**
 * Checks a subscription request and queues its verification. The answer does not depend on the
 * verification (WebSub §5.1.2): the caller answers `202 Accepted` when this returns.
 *
 * @param form - the POSTed form
 * @param deps - base URL, policy, store, topic reader, resolver, queue, clock
 * @returns the request as queued
 * @throws SubscriptionRequestError (its `status` is the answer) for a malformed request, an
 *   unknown topic, a forbidden callback or a limit reached
 */
export async function acceptSubscriptionRequest(
  form: URLSearchParams,
  deps: AcceptDeps,
): Promise<SubscriptionRequest> {
  const request = parseSubscriptionRequest(form, deps.feedsBaseUrl, deps.policy);
  if (request.mode === 'subscribe') {
    if (!(await deps.topics.exists(request.topicKey))) throw new UnknownTopicError(request.topic);
    await checkResolvedAddresses(request, deps);
    const exceeded = await limitExceeded(request, deps);
    if (exceeded !== null) throw new SubscriptionLimitError(exceeded);
  }
  const job: VerifyJob = { kind: 'verify', ...request };
  await deps.queue.send([job]);
  return request;
}

/** What the verification of a request came to. */
export type VerifyOutcome =
  | { readonly kind: 'subscribed'; readonly expiresAt: number }
  | { readonly kind: 'unsubscribed' }
  /** The subscriber did not echo the challenge (or answered 404): nothing changed. */
  | { readonly kind: 'not-confirmed'; readonly status: number | null; readonly reason: string }
  /** A limit was reached meanwhile: the subscriber was told (`hub.mode=denied`). */
  | { readonly kind: 'denied'; readonly reason: string };

/** What the verification needs. */
export interface VerifyDeps {
  readonly policy: HubPolicy;
  readonly store: SubscriptionStore;
  readonly callbacks: CallbackClient;
  readonly now: () => number;
  /** @default 32 random bytes, base64url */
  readonly challenge?: () => string;
}

/**
 * Verifies a subscriber's intent (WebSub §5.3) and, once confirmed, stores the subscription
 * (lease counted from the verification request) or removes it. A subscriber that does not
 * answer, or answers anything but its challenge, changes nothing and is not asked again: it
 * may send its request again.
 *
 * @param job - the queued request
 * @param deps - policy, store, callback client, clock
 * @returns the outcome
 */
export async function verifyIntent(job: VerifyJob, deps: VerifyDeps): Promise<VerifyOutcome> {
  if (job.mode === 'subscribe') {
    const exceeded = await limitExceeded(job, deps);
    if (exceeded !== null) {
      await deps.callbacks.get(denialUrl(job.callback, job.topic, exceeded)).catch(() => undefined);
      return { kind: 'denied', reason: exceeded };
    }
  }
  const challenge = (deps.challenge ?? newChallenge)();
  const requestedAt = deps.now();
  let answer: { status: number; body: string };
  try {
    answer = await deps.callbacks.get(
      verificationUrl(job.callback, {
        mode: job.mode,
        topic: job.topic,
        challenge,
        leaseSeconds: job.leaseSeconds,
      }),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'not-confirmed', status: null, reason };
  }
  if (!confirmsIntent(answer, challenge)) {
    const reason =
      answer.status >= 200 && answer.status < 300
        ? 'the answer was not the challenge'
        : `the callback answered ${answer.status}`;
    return { kind: 'not-confirmed', status: answer.status, reason };
  }
  if (job.mode === 'unsubscribe') {
    await deps.store.remove(job.topicKey, job.callback);
    return { kind: 'unsubscribed' };
  }
  const expiresAt = requestedAt + job.leaseSeconds * 1000;
  await deps.store.put({
    topicKey: job.topicKey,
    callback: job.callback,
    callbackHost: job.callbackHost,
    secret: job.secret,
    leaseSeconds: job.leaseSeconds,
    expiresAt,
    verifiedAt: requestedAt,
  });
  return { kind: 'subscribed', expiresAt };
}
