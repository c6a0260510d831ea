/**
 * The hub's ports. Adapters: `shared/adapters/dynamo/subscriptions.ts` (subscriptions in the
 * table), `shared/adapters/sqs/hub-queue.ts` (the hub queue on AWS; the local runtime has its
 * own), `shared/adapters/s3/feed-content.ts` (topic content from the feeds bucket),
 * `shared/adapters/http/callback-client.ts` (requests to subscribers, address-checked).
 */
import type { HubJob } from './jobs.ts';

/** An active (verified) subscription. */
export interface Subscription {
  readonly topicKey: string;
  readonly callback: string;
  readonly callbackHost: string;
  readonly secret: string | null;
  readonly leaseSeconds: number;
  /** When the lease ends (ms since the epoch); the subscription is inactive from then on. */
  readonly expiresAt: number;
  /** When the intent was last verified (ms since the epoch). */
  readonly verifiedAt: number;
}

/** Where subscriptions are kept. */
export interface SubscriptionStore {
  /**
   * @returns the subscription of a callback to a topic, expired or not, or null
   */
  get(topicKey: string, callback: string): Promise<Subscription | null>;
  /** Stores a subscription, replacing the callback's previous one for the topic. */
  put(subscription: Subscription): Promise<void>;
  /** Removes a subscription (nothing happens when there is none). */
  remove(topicKey: string, callback: string): Promise<void>;
  /**
   * @param now - ms since the epoch
   * @returns the topic's subscriptions whose lease has not ended
   */
  activeForTopic(topicKey: string, now: number): Promise<Subscription[]>;
  /**
   * @param now - ms since the epoch
   * @returns how many subscriptions to any topic whose callback is on this host are active
   */
  countActiveForHost(host: string, now: number): Promise<number>;
}

/** A message received from the hub queue, as the queue identifies it. */
export interface ReceivedMessage {
  readonly messageId: string;
  readonly receiptHandle: string;
}

/** The hub queue. */
export interface HubQueue {
  /** Sends jobs (a failure throws; nothing is half-sent silently). */
  send(jobs: readonly HubJob[]): Promise<void>;
  /**
   * Delays the next delivery of a received message that failed (its retry's backoff).
   *
   * @param message - the message, as received
   * @param delayMs - how long until it is received again
   */
  retryLater(message: ReceivedMessage, delayMs: number): Promise<void>;
}

/** A topic's current document. */
export interface TopicContent {
  readonly body: Uint8Array;
  readonly contentType: string;
}

/** Reads topics (the feed files). */
export interface TopicReader {
  /**
   * @param topicKey - the feed's object key
   * @returns the document, or null when there is none
   */
  read(topicKey: string): Promise<TopicContent | null>;
  /**
   * @param topicKey - the feed's object key
   * @returns whether the document exists
   */
  exists(topicKey: string): Promise<boolean>;
}

/** An answer of a subscriber's callback. */
export interface CallbackAnswer {
  readonly status: number;
  /** The body, cut at the requested limit (empty for deliveries, whose body the hub ignores). */
  readonly body: string;
}

/** Requests to subscribers' callbacks (and to an external hub). */
export interface CallbackClient {
  /**
   * GETs a URL (verification, denial).
   *
   * @returns the answer; a network failure, a timeout or a forbidden address throws
   */
  get(url: string): Promise<CallbackAnswer>;
  /**
   * POSTs a body (delivery, publish ping).
   *
   * @returns the answer; a network failure, a timeout or a forbidden address throws
   */
  post(
    url: string,
    headers: Readonly<Record<string, string>>,
    body: Uint8Array,
  ): Promise<CallbackAnswer>;
}

/** Resolves host names, for the address check of a subscription request. */
export interface HostResolver {
  /**
   * @param hostname - a DNS name
   * @returns every address it resolves to; throws when it resolves to none
   */
  resolve(hostname: string): Promise<string[]>;
}
