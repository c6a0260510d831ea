/**
 * The bits of WebSub's wire format the hub writes: verification and denial URLs (§5.2, §5.3),
 * the challenge, the `Link` header (§4, §7) and the content signature (§7.1).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { SubscriptionMode } from './subscription-request.ts';

/**
 * A fresh challenge: 32 random bytes, base64url (43 characters).
 *
 * @returns the challenge
 */
export function newChallenge(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A callback URL with parameters appended, its own query kept (WebSub §5.1.1: the hub appends,
 * and parameters of the callback with the same names stay).
 */
function withParameters(callback: string, parameters: Readonly<Record<string, string>>): string {
  const url = new URL(callback);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.append(name, value);
  return url.href;
}

/** What a verification of intent says. */
export interface VerificationParameters {
  readonly mode: SubscriptionMode;
  readonly topic: string;
  readonly challenge: string;
  /** The lease granted (sent for `subscribe` only). */
  readonly leaseSeconds: number;
}

/**
 * The URL of a verification of intent (WebSub §5.3): the callback with `hub.mode`,
 * `hub.topic`, `hub.challenge` and, for a subscription, `hub.lease_seconds`.
 *
 * @param callback - the subscriber's callback URL
 * @param parameters - mode, topic, challenge, lease
 * @returns the URL to GET
 * @example
 * verificationUrl('https://sub.example/cb?id=7', { mode: 'subscribe', topic, challenge, leaseSeconds: 600 });
 * // 'https://sub.example/cb?id=7&hub.mode=subscribe&hub.topic=…&hub.challenge=…&hub.lease_seconds=600'
 */
export function verificationUrl(callback: string, parameters: VerificationParameters): string {
  return withParameters(callback, {
    'hub.mode': parameters.mode,
    'hub.topic': parameters.topic,
    'hub.challenge': parameters.challenge,
    ...(parameters.mode === 'subscribe'
      ? { 'hub.lease_seconds': String(parameters.leaseSeconds) }
      : {}),
  });
}

/**
 * Whether the subscriber confirmed: a 2xx answer whose body is the challenge, exactly.
 *
 * @param answer - the status and body of the verification request
 * @param challenge - the challenge sent
 * @returns true when the intent is verified
 */
export function confirmsIntent(
  answer: { readonly status: number; readonly body: string },
  challenge: string,
): boolean {
  return answer.status >= 200 && answer.status < 300 && answer.body === challenge;
}

/**
 * The URL that tells a subscriber its subscription was denied (WebSub §5.2).
 *
 * @param callback - the subscriber's callback URL
 * @param topic - the topic of the request
 * @param reason - why, for the subscriber's developer
 * @returns the URL to GET
 */
export function denialUrl(callback: string, topic: string, reason: string): string {
  return withParameters(callback, {
    'hub.mode': 'denied',
    'hub.topic': topic,
    'hub.reason': reason,
  });
}

/**
 * The discovery `Link` header of a topic: its hub and itself, in one header as WebSub advises.
 *
 * @param hubUrl - the hub
 * @param selfUrl - the topic's own URL
 * @returns e.g. `<https://h.example/hub>; rel="hub", <https://f.example/feeds/all.xml>; rel="self"`
 */
export function discoveryLinkHeader(hubUrl: string, selfUrl: string): string {
  return `<${hubUrl}>; rel="hub", <${selfUrl}>; rel="self"`;
}

/**
 * The `X-Hub-Signature` of a delivery: HMAC-SHA256 of the exact body with the subscriber's
 * secret, hexadecimal.
 *
 * @param body - the bytes sent
 * @param secret - the subscription's `hub.secret`
 * @returns e.g. `sha256=5d1c…`
 */
export function hubSignature(body: Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
