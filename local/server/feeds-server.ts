/**
 * Serves the feeds bucket over HTTP the way the CDN does in front of it: the object's
 * `Content-Type`, `ETag`, `Last-Modified` and `Cache-Control`, `304 Not Modified` for
 * conditional requests, CORS on every feed, the WebSub discovery `Link` header, and brotli or
 * gzip when the client accepts them. The root path is an HTML directory of the feeds; `/hub` is
 * the built-in WebSub hub's endpoint when one is given.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { GetObjectCommand, type GetObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { getRequestListener } from '@hono/node-server';
import { isMissing } from '../../shared/adapters/s3/errors.ts';
import { feedFormatOf } from '../../shared/feeds/feed-ref.ts';
import {
  type HubApiHandler,
  MAX_HUB_REQUEST_BYTES,
} from '../../shared/handlers/hub-api-handler.ts';
import { hasDotSegment } from '../../shared/upload-api/page-path.ts';
import { ApiProblem, PROBLEM_CONTENT_TYPE } from '../../shared/upload-api/problem.ts';
import { discoveryLinkHeader } from '../../shared/websub/protocol.ts';
import { topicUrl } from '../../shared/websub/topics.ts';
import { apiGatewayEventOf, writeApiGatewayResult } from './api-gateway-event.ts';
import { type DirectoryData, renderDirectoryPage } from './directory-page.ts';
import { chooseEncoding, isCompressible, isNotModified, weakEtag } from './http-caching.ts';
import { resolveRequestPath } from './request-path.ts';

const STATUS_TEXT = { 400: 'Bad request', 404: 'Not found', 414: 'URI too long' } as const;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Settings of {@link startFeedsServer}. */
export interface FeedsServerOptions {
  /** Client of the S3 server holding the feeds bucket. */
  readonly s3: S3Client;
  /** The feeds bucket. */
  readonly bucket: string;
  /**
   * Port to listen on; 0 for a free one.
   * @default 0
   */
  readonly port?: number;
  /**
   * Interface to listen on.
   * @default '127.0.0.1'
   */
  readonly host?: string;
  /** Gathers what the root page shows; without it `/` lists nothing. */
  readonly directory?: (baseUrl: string) => Promise<DirectoryData>;
  /**
   * The WebSub hub the feeds advertise and the feeds' public base URL: every feed response
   * carries `Link: <hub>; rel="hub", <self>; rel="self"`. Read on each request, since the
   * base URL is known only once the server listens.
   * @default no Link header
   */
  readonly discovery?: () => { readonly hubUrl: string; readonly feedsBaseUrl: string } | null;
  /** The built-in hub's endpoint, served at `/hub`. @default no `/hub` */
  readonly hub?: HubApiHandler;
  /** Answers the requests under {@link API_PATH_PREFIX} (the upload API); without it they are 404. */
  readonly api?: (request: Request) => Response | Promise<Response>;
}

/** Path of the built-in hub's endpoint on the feeds server. */
export const LOCAL_HUB_PATH = '/hub';

/** Requests whose path starts with it go to the upload API. */
export const API_PATH_PREFIX = '/v1/';

/** A running feeds server. */
export interface FeedsServer {
  /** `http://<host>:<port>` */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes open connections. Safe to call twice. */
  stop(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** Every feed format is readable from any origin, so browser-based readers can fetch it. */
function corsHeaders(key: string): Record<string, string> {
  if (feedFormatOf(key) === null) return {};
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, Last-Modified, Cache-Control, Link',
  };
}

/** WebSub discovery (§4): the hub and the topic's own URL, on every current feed document. */
function discoveryHeaders(options: FeedsServerOptions, key: string): Record<string, string> {
  const discovery = options.discovery?.();
  if (discovery === null || discovery === undefined || feedFormatOf(key) === null) return {};
  return { Link: discoveryLinkHeader(discovery.hubUrl, topicUrl(discovery.feedsBaseUrl, key)) };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function sendText(response: ServerResponse, status: number, text: string, extra = {}): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...extra,
  });
  response.end(`${text}\n`);
}

async function serveObject(
  options: FeedsServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  key: string,
): Promise<void> {
  let object: GetObjectCommandOutput;
  try {
    object = await options.s3.send(new GetObjectCommand({ Bucket: options.bucket, Key: key }));
  } catch (error) {
    if (isMissing(error)) {
      sendText(response, 404, `Not found: /${key}`, corsHeaders(key));
      return;
    }
    throw error;
  }
  const body = Buffer.from((await object.Body?.transformToByteArray()) ?? new Uint8Array());
  const contentType = object.ContentType ?? 'application/octet-stream';
  const compressible = isCompressible(contentType, body.length);
  const coding = compressible ? chooseEncoding(header(request, 'accept-encoding')) : undefined;
  const etag = object.ETag === undefined ? undefined : coding ? weakEtag(object.ETag) : object.ETag;
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    ...(etag === undefined ? {} : { ETag: etag }),
    ...(object.LastModified === undefined
      ? {}
      : { 'Last-Modified': object.LastModified.toUTCString() }),
    ...(object.CacheControl === undefined ? {} : { 'Cache-Control': object.CacheControl }),
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...corsHeaders(key),
    ...discoveryHeaders(options, key),
    ...SECURITY_HEADERS,
  };
  const conditional = {
    ifNoneMatch: header(request, 'if-none-match'),
    ifModifiedSince: header(request, 'if-modified-since'),
  };
  if (isNotModified(conditional, { etag, lastModified: object.LastModified })) {
    const { 'Content-Type': _omitted, ...notModified } = headers;
    response.writeHead(304, notModified);
    response.end();
    return;
  }
  let payload = body;
  if (coding === 'br') {
    payload = await brotli(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  } else if (coding === 'gzip') {
    payload = await gzipAsync(body);
  }
  response.writeHead(200, {
    ...headers,
    ...(coding === undefined ? {} : { 'Content-Encoding': coding }),
    'Content-Length': String(payload.length),
  });
  response.end(request.method === 'HEAD' ? undefined : payload);
}

async function serveDirectory(
  options: FeedsServerOptions,
  baseUrl: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const data: DirectoryData = (await options.directory?.(baseUrl)) ?? {
    baseUrl,
    feeds: [],
    articles: [],
    rejections: [],
    deadLetters: [],
  };
  const html = Buffer.from(renderDirectoryPage(data), 'utf8');
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Length': String(html.length),
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    ...SECURITY_HEADERS,
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

async function handle(
  options: FeedsServerOptions,
  baseUrl: string,
  request: IncomingMessage,
  response: ServerResponse,
  api: NodeListener | undefined,
): Promise<void> {
  // The raw path, not `new URL(…).pathname`: the URL parser resolves `.` and `..` segments.
  const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (rawPath === LOCAL_HUB_PATH && options.hub !== undefined) {
    const event = await apiGatewayEventOf(request, MAX_HUB_REQUEST_BYTES);
    writeApiGatewayResult(response, await options.hub(event), request.method === 'HEAD');
    return;
  }
  if (
    api !== undefined &&
    (rawPath.startsWith(API_PATH_PREFIX) || `${rawPath}/` === API_PATH_PREFIX)
  ) {
    // URL parsers resolve `..` before the app sees the path: refuse it here, as the app would.
    if (hasDotSegment(rawPath)) {
      const problem = new ApiProblem(
        'bad-path',
        'The page path has a "." or ".." segment: name the page by its own path',
      );
      response.writeHead(problem.status, { 'Content-Type': PROBLEM_CONTENT_TYPE });
      response.end(JSON.stringify(problem.toJSON()));
      return;
    }
    await api(request, response);
    return;
  }
  const target = resolveRequestPath(rawPath.startsWith('/') ? rawPath : `/${rawPath}`);
  if (target.kind === 'refused') {
    sendText(response, target.status, `${STATUS_TEXT[target.status]}: ${target.reason}`);
    return;
  }
  const key = target.kind === 'feed' ? target.key : '';
  if (request.method === 'OPTIONS' && feedFormatOf(key) !== null) {
    response.writeHead(204, {
      ...corsHeaders(key),
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
    });
    response.end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, `Method ${request.method} not allowed`, { Allow: 'GET, HEAD' });
    return;
  }
  if (target.kind === 'directory') {
    await serveDirectory(options, baseUrl, request, response);
    return;
  }
  await serveObject(options, request, response, key);
}

/**
 * Starts the feeds server.
 *
 * @param options - the S3 client and bucket, the port, the directory's data source
 * @returns the running server
 * @example
 * const server = await startFeedsServer({ s3, bucket: 'feeds', port: 3000 });
 * // curl http://127.0.0.1:3000/feeds/all.xml
 * await server.stop();
 */
export async function startFeedsServer(options: FeedsServerOptions): Promise<FeedsServer> {
  const host = options.host ?? '127.0.0.1';
  let baseUrl = '';
  const { api } = options;
  const apiListener: NodeListener | undefined =
    api === undefined
      ? undefined
      : (getRequestListener((request) => api(request)) as unknown as NodeListener);
  const server: Server = createServer((request, response) => {
    handle(options, baseUrl, request, response, apiListener).catch((error: unknown) => {
      // The origin failed: a gateway error for the client, the cause in the server's log.
      const reason = error instanceof Error ? error.message : String(error);
      if (!response.headersSent)
        sendText(response, 502, `The feeds bucket could not be read: ${reason}`);
      else response.destroy();
    });
  });
  server.listen(options.port ?? 0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`;
  let stopped: Promise<void> | undefined;
  return {
    url: baseUrl,
    port,
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
