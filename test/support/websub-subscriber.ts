/**
 * A WebSub subscriber for tests: an HTTP server on a loopback port whose callback answers the
 * hub's verifications (echoing the challenge of the modes it wants) and records each content
 * delivery with its headers and body, checking `X-Hub-Signature` against the secret it gave.
 * A test can make the deliveries to one callback path fail a number of times (503), or always;
 * the other callbacks keep answering, so subscriptions of other tests do not use up the failures.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A verification of intent the hub sent. */
export interface Verification {
  readonly mode: string;
  readonly topic: string;
  readonly challenge: string;
  readonly leaseSeconds: string | null;
  readonly reason: string | null;
  /** Whether the subscriber echoed the challenge. */
  readonly confirmed: boolean;
}

/** A content delivery the hub sent. */
export interface Delivery {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The status answered. */
  readonly status: number;
  /** Whether `X-Hub-Signature` matched the body and the secret (null without one). */
  readonly signatureValid: boolean | null;
}

/** A running test subscriber. */
export interface TestSubscriber {
  /** Base URL, e.g. `http://127.0.0.1:40123`; callbacks are paths under it. */
  readonly url: string;
  readonly verifications: Verification[];
  readonly deliveries: Delivery[];
  /** The secret deliveries are checked with (set it before subscribing with it). */
  secret: string | null;
  /** Modes the subscriber confirms (`subscribe`, `unsubscribe`). */
  confirms: Set<string>;
  /** By callback path: how many deliveries to answer 503 before answering 204 (Infinity: all). */
  readonly failures: Map<string, number>;
  stop(): Promise<void>;
}

function signatureMatches(header: string | undefined, body: Buffer, secret: string): boolean {
  const [method, hex] = (header ?? '').split('=');
  if (method !== 'sha256' || hex === undefined) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(hex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Starts a test subscriber.
 *
 * @returns the running subscriber
 */
export async function startTestSubscriber(): Promise<TestSubscriber> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET') {
      const mode = url.searchParams.get('hub.mode') ?? '';
      const challenge = url.searchParams.get('hub.challenge') ?? '';
      const confirmed = subscriber.confirms.has(mode) && challenge !== '';
      subscriber.verifications.push({
        mode,
        topic: url.searchParams.get('hub.topic') ?? '',
        challenge,
        leaseSeconds: url.searchParams.get('hub.lease_seconds'),
        reason: url.searchParams.get('hub.reason'),
        confirmed,
      });
      response.writeHead(confirmed ? 200 : 404, { 'Content-Type': 'text/plain' });
      response.end(confirmed ? challenge : 'not pending');
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const left = subscriber.failures.get(url.pathname) ?? 0;
      const failing = left > 0;
      if (failing) subscriber.failures.set(url.pathname, left - 1);
      const status = failing ? 503 : 204;
      const header = request.headers['x-hub-signature'];
      subscriber.deliveries.push({
        path: url.pathname + url.search,
        headers: request.headers,
        body,
        status,
        signatureValid:
          subscriber.secret === null
            ? null
            : signatureMatches(Array.isArray(header) ? header[0] : header, body, subscriber.secret),
      });
      response.writeHead(status);
      response.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const subscriber: TestSubscriber = {
    url: `http://127.0.0.1:${port}`,
    verifications: [],
    deliveries: [],
    secret: null,
    confirms: new Set(['subscribe', 'unsubscribe']),
    failures: new Map(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  return subscriber;
}
