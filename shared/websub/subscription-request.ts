/**
 * Reading a subscription request (WebSub §5.1): the form a subscriber POSTs to the hub, checked
 * before the hub answers `202 Accepted`. Everything that can be told without calling the
 * subscriber is checked here; the intent is verified afterwards (`verify-intent.ts`).
 */
import { forbiddenAddressReason, ipLiteralOf } from './addresses.ts';
import { type HubPolicy, MAX_CALLBACK_LENGTH, MAX_SECRET_BYTES } from './config.ts';
import { ForbiddenCallbackError, InvalidParameterError, UnknownTopicError } from './errors.ts';
import { topicKey } from './topics.ts';

/** `subscribe` or `unsubscribe`. */
export type SubscriptionMode = 'subscribe' | 'unsubscribe';

/** A subscription request that passed every check the hub makes before answering. */
export interface SubscriptionRequest {
  readonly mode: SubscriptionMode;
  /** The topic URL as the subscriber gave it (echoed in the verification). */
  readonly topic: string;
  /** The feed's object key. */
  readonly topicKey: string;
  /** The callback URL, normalized (`URL.href`). */
  readonly callback: string;
  /** Its host name, lower case: the unit of the per-host limit. */
  readonly callbackHost: string;
  /** The lease the hub grants (within the policy's bounds); ignored for `unsubscribe`. */
  readonly leaseSeconds: number;
  /** The subscriber's secret for signed deliveries, or null. */
  readonly secret: string | null;
}

/**
 * Ports a callback may use: the web's own, and every unprivileged port. Well-known service
 * ports (SSH, SMTP, databases…) would let a subscriber aim the hub's requests at other services.
 */
export function isAllowedCallbackPort(url: URL): boolean {
  if (url.port === '') return true;
  const port = Number(url.port);
  return port === 80 || port === 443 || port >= 1024;
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (value === null || value.trim() === '') {
    throw new InvalidParameterError(name, `${name} is required`);
  }
  return value.trim();
}

function parseCallback(value: string, policy: HubPolicy): URL {
  if (value.length > MAX_CALLBACK_LENGTH) {
    throw new InvalidParameterError(
      'hub.callback',
      `hub.callback is longer than ${MAX_CALLBACK_LENGTH} characters (${value.length})`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidParameterError(
      'hub.callback',
      `hub.callback must be an absolute URL, got ${JSON.stringify(value)}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidParameterError(
      'hub.callback',
      `hub.callback must be an http or https URL, got ${JSON.stringify(url.protocol)}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidParameterError('hub.callback', 'hub.callback must not carry credentials');
  }
  if (!isAllowedCallbackPort(url)) {
    throw new ForbiddenCallbackError(value, `port ${url.port} is below 1024 (only 80 and 443 are)`);
  }
  const literal = ipLiteralOf(url.hostname);
  const reason =
    literal === null
      ? null
      : forbiddenAddressReason(literal, { allowLoopback: policy.allowLoopbackCallbacks });
  if (reason !== null) throw new ForbiddenCallbackError(value, `${literal} is ${reason}`);
  url.hash = '';
  return url;
}

function parseLease(form: URLSearchParams, policy: HubPolicy): number {
  const raw = form.get('hub.lease_seconds')?.trim() ?? '';
  if (raw === '') return policy.defaultLeaseSeconds;
  if (!/^\d{1,12}$/.test(raw) || Number(raw) === 0) {
    throw new InvalidParameterError(
      'hub.lease_seconds',
      `hub.lease_seconds must be a positive decimal integer, got ${JSON.stringify(raw)}`,
    );
  }
  return Math.min(policy.maxLeaseSeconds, Math.max(policy.minLeaseSeconds, Number(raw)));
}

function parseSecret(form: URLSearchParams): string | null {
  const secret = form.get('hub.secret');
  if (secret === null || secret === '') return null;
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes >= MAX_SECRET_BYTES) {
    throw new InvalidParameterError(
      'hub.secret',
      `hub.secret must be shorter than ${MAX_SECRET_BYTES} bytes, got ${bytes}`,
    );
  }
  return secret;
}

/**
 * Checks a subscription request's parameters. Unknown parameters are ignored, as WebSub
 * requires.
 *
 * @param form - the request body, `application/x-www-form-urlencoded`
 * @param feedsBaseUrl - public base URL of the feeds: topics are feed URLs under it
 * @param policy - leases, loopback callbacks
 * @returns the request, with the lease the hub grants
 * @throws InvalidParameterError (400) for a missing or malformed parameter
 * @throws UnknownTopicError (404) when the topic is not a feed URL under the base URL
 * @throws ForbiddenCallbackError (403) for a callback on a forbidden address or port
 * @example
 * parseSubscriptionRequest(new URLSearchParams('hub.mode=subscribe&hub.topic=…&hub.callback=…'), baseUrl, policy);
 */
export function parseSubscriptionRequest(
  form: URLSearchParams,
  feedsBaseUrl: string,
  policy: HubPolicy,
): SubscriptionRequest {
  const mode = required(form, 'hub.mode');
  if (mode !== 'subscribe' && mode !== 'unsubscribe') {
    throw new InvalidParameterError(
      'hub.mode',
      `hub.mode must be "subscribe" or "unsubscribe", got ${JSON.stringify(mode)}`,
    );
  }
  const topic = required(form, 'hub.topic');
  const callback = parseCallback(required(form, 'hub.callback'), policy);
  const key = topicKey(feedsBaseUrl, topic);
  if (key === null) throw new UnknownTopicError(topic);
  return {
    mode,
    topic,
    topicKey: key,
    callback: callback.href,
    callbackHost: callback.hostname.toLowerCase(),
    leaseSeconds: mode === 'subscribe' ? parseLease(form, policy) : 0,
    secret: mode === 'subscribe' ? parseSecret(form) : null,
  };
}
