/**
 * An HTTP request as API Gateway's HTTP API hands it to a Lambda (payload format 2.0), and the
 * Lambda's structured result written back: how the local feeds server runs the hub endpoint
 * with the same handler as AWS.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Reads a request body, up to a limit (one byte more is read, so the handler sees it is over).
 *
 * @param request - the incoming request
 * @param maxBytes - the handler's limit
 * @returns the body
 */
async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    if (size <= maxBytes) chunks.push(buffer.subarray(0, maxBytes + 1 - size));
    size += buffer.length;
  }
  return Buffer.concat(chunks);
}

/**
 * Builds the HTTP API event of a request.
 *
 * @param request - the incoming request
 * @param maxBodyBytes - the most of the body passed on (plus one byte)
 * @returns the event, its body base64-encoded as API Gateway encodes form bodies
 */
export async function apiGatewayEventOf(
  request: IncomingMessage,
  maxBodyBytes: number,
): Promise<APIGatewayProxyEventV2> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const body = method === 'GET' || method === 'HEAD' ? null : await readBody(request, maxBodyBytes);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: `local-${now.getTime()}`,
      routeKey: `${method} ${url.pathname}`,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: body !== null,
    ...(body === null ? {} : { body: body.toString('base64') }),
  };
}

/**
 * Writes a Lambda's structured result as the HTTP response.
 *
 * @param response - the server response
 * @param result - what the handler returned
 * @param head - whether the request was a HEAD (no body)
 */
export function writeApiGatewayResult(
  response: ServerResponse,
  result: APIGatewayProxyStructuredResultV2,
  head: boolean,
): void {
  const body = Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  response.writeHead(result.statusCode ?? 200, {
    ...headers,
    'Content-Length': String(body.length),
  });
  response.end(head ? undefined : body);
}
