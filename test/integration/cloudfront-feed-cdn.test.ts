/**
 * The CloudFront adapter's request, as the real SDK sends it, to a local HTTP server standing in
 * for the CloudFront API (there is no local CloudFront).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudFrontFeedCdn } from '../../shared/adapters/cloudfront/feed-cdn.ts';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly body: string;
}

const received: Received[] = [];
let server: Server;
let endpoint: string;

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    received.push({ method: request.method ?? '', url: request.url ?? '', body });
    response.writeHead(201, {
      'Content-Type': 'text/xml',
      Location: `${endpoint}${request.url}/I1`,
    });
    response.end(
      '<?xml version="1.0" encoding="UTF-8"?><Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>I1</Id><Status>InProgress</Status><CreateTime>2026-11-30T00:00:00Z</CreateTime></Invalidation>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('CloudFrontFeedCdn', () => {
  it('asks CloudFront to invalidate each rewritten file by its path', async () => {
    const client = new CloudFrontClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const cdn = new CloudFrontFeedCdn('E2EXAMPLE', client, () => 'ref-1');
    await cdn.invalidate(['feeds/demo/archive/1.xml', 'feeds/demo/archive/1.json']);
    await cdn.invalidate([]);
    client.destroy();
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/2020-05-31/distribution/E2EXAMPLE/invalidation');
    expect(request?.body).toContain('<CallerReference>ref-1</CallerReference>');
    expect(request?.body).toContain('<Quantity>2</Quantity>');
    expect(request?.body).toContain('<Path>/feeds/demo/archive/1.xml</Path>');
    expect(request?.body).toContain('<Path>/feeds/demo/archive/1.json</Path>');
  });
});
