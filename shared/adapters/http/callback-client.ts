/**
 * Requests from the hub to subscribers' callbacks, guarded against server-side request
 * forgery: the address every connection goes to is checked (`forbiddenAddressReason`) after
 * DNS resolution, inside the socket's own lookup, so what is checked is what is connected to —
 * a name that resolves to a public address when subscribing and to a private one later is
 * refused then. IP literals are checked before connecting (Node does not look them up).
 * Redirects are not followed (WebSub: a redirect is a failure), answers are read up to a limit,
 * and every request has a timeout.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup as lookupPromise } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { type AddressPolicy, forbiddenAddressReason, ipLiteralOf } from '../../websub/addresses.ts';
import type { CallbackAnswer, CallbackClient, HostResolver } from '../../websub/ports.ts';

/** A request the client refused to make, or that failed on the way. */
export class CallbackRequestError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CallbackRequestError';
  }
}

/** Settings of {@link NodeCallbackClient}. */
export interface CallbackClientOptions {
  /** Which addresses may be called (loopback only locally). */
  readonly policy: AddressPolicy;
  /** Time allowed for the whole request (ms). */
  readonly timeoutMs: number;
  /** The most of an answer's body read (bytes); the rest is discarded. */
  readonly maxBodyBytes: number;
  /** `User-Agent` of every request. */
  readonly userAgent?: string;
}

/**
 * A lookup that resolves every address of a name and fails when any of them is forbidden.
 *
 * @param policy - which addresses are allowed
 * @returns a `lookup` for `http.request`
 */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      for (const { address } of addresses) {
        const reason = forbiddenAddressReason(address, policy);
        if (reason !== null) {
          callback(
            new CallbackRequestError(`${hostname} resolves to ${address} (${reason}): refused`),
            '',
            0,
          );
          return;
        }
      }
      const [first] = addresses;
      if (options.all) {
        (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      } else if (first === undefined) {
        callback(new CallbackRequestError(`${hostname} resolves to no address`), '', 0);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

/** Callbacks called with Node's HTTP client. */
export class NodeCallbackClient implements CallbackClient {
  readonly #options: CallbackClientOptions;
  readonly #lookup: LookupFunction;

  /** @param options - address policy, timeout, body limit */
  constructor(options: CallbackClientOptions) {
    this.#options = options;
    this.#lookup = guardedLookup(options.policy);
  }

  /** @inheritDoc */
  get(url: string): Promise<CallbackAnswer> {
    return this.#send('GET', url, {}, undefined);
  }

  /** @inheritDoc */
  post(
    url: string,
    headers: Readonly<Record<string, string>>,
    body: Uint8Array,
  ): Promise<CallbackAnswer> {
    return this.#send('POST', url, headers, body);
  }

  #send(
    method: 'GET' | 'POST',
    target: string,
    headers: Readonly<Record<string, string>>,
    body: Uint8Array | undefined,
  ): Promise<CallbackAnswer> {
    let url: URL;
    try {
      url = new URL(target);
    } catch (error) {
      return Promise.reject(new CallbackRequestError(`Not a URL: ${target}`, { cause: error }));
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return Promise.reject(new CallbackRequestError(`Not an http(s) URL: ${target}`));
    }
    const literal = ipLiteralOf(url.hostname);
    const reason = literal === null ? null : forbiddenAddressReason(literal, this.#options.policy);
    if (reason !== null) {
      return Promise.reject(new CallbackRequestError(`${literal} is ${reason}: refused`));
    }
    const options: RequestOptions = {
      method,
      lookup: this.#lookup,
      timeout: this.#options.timeoutMs,
      headers: {
        'User-Agent': this.#options.userAgent ?? 'syndication-pipeline WebSub hub',
        ...headers,
        ...(body === undefined ? {} : { 'Content-Length': String(body.byteLength) }),
      },
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<CallbackAnswer>((resolve, reject) => {
      const request = send(url, options, (response) => {
        readLimited(response, this.#options.maxBodyBytes).then(
          (text) => resolve({ status: response.statusCode ?? 0, body: text }),
          reject,
        );
      });
      // The socket timeout covers idle connections; this one the whole exchange.
      const deadline = setTimeout(() => {
        request.destroy(new CallbackRequestError(`No answer within ${this.#options.timeoutMs} ms`));
      }, this.#options.timeoutMs);
      request.on('close', () => clearTimeout(deadline));
      request.on('timeout', () => {
        request.destroy(new CallbackRequestError(`No answer within ${this.#options.timeoutMs} ms`));
      });
      request.on('error', (error) => {
        reject(
          error instanceof CallbackRequestError
            ? error
            : new CallbackRequestError(`${method} ${url.origin} failed: ${error.message}`, {
                cause: error,
              }),
        );
      });
      request.end(body === undefined ? undefined : Buffer.from(body));
    });
  }
}

function readLimited(response: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => resolve(Buffer.concat(chunks).toString('utf8'));
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk.subarray(0, maxBytes - size));
      size += chunk.length;
      // Enough read: the rest is not waited for (an endless answer must not hold the hub).
      if (size >= maxBytes) {
        done();
        response.destroy();
      }
    });
    response.on('end', done);
    response.on('error', reject);
  });
}

/** Host names resolved with the system resolver (every address). */
export class DnsHostResolver implements HostResolver {
  /** @inheritDoc */
  async resolve(hostname: string): Promise<string[]> {
    const addresses = await lookupPromise(hostname, { all: true, verbatim: true });
    return addresses.map((entry) => entry.address);
  }
}
