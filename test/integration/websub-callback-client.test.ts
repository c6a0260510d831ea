/**
 * The hub's HTTP client against a real server on a loopback port: the address check happens on
 * the connection (names included), redirects are answers and never followed, and a callback
 * that does not answer in time fails.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CallbackRequestError,
  NodeCallbackClient,
} from '../../shared/adapters/http/callback-client.ts';

let server: Server;
let port: number;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (request.url === '/redirect') {
      response.writeHead(302, { Location: '/elsewhere' });
      response.end();
    } else if (request.url === '/silent') {
      // never answers: the client's deadline ends the request
    } else if (request.url === '/long') {
      response.writeHead(200);
      response.end('x'.repeat(100_000));
    } else {
      response.writeHead(200);
      response.end('hello');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (allowLoopback: boolean, timeoutMs = 5000) =>
  new NodeCallbackClient({ policy: { allowLoopback }, timeoutMs, maxBodyBytes: 1024 });

describe('NodeCallbackClient', () => {
  it('calls a loopback callback when loopback is allowed', async () => {
    expect(await client(true).get(`http://127.0.0.1:${port}/cb`)).toEqual({
      status: 200,
      body: 'hello',
    });
  });

  it('refuses a loopback address, and a name resolving to one, without connecting', async () => {
    const before = requests.length;
    await expect(client(false).get(`http://127.0.0.1:${port}/cb`)).rejects.toThrow(
      '127.0.0.1 is loopback: refused',
    );
    await expect(client(false).get(`http://localhost:${port}/cb`)).rejects.toThrow(
      /localhost resolves to .* \(loopback\): refused/,
    );
    expect(requests.length).toBe(before);
  });

  it('answers a redirect as it is, without following it', async () => {
    const before = requests.length;
    const answer = await client(true).post(
      `http://127.0.0.1:${port}/redirect`,
      {},
      Buffer.from('x'),
    );
    expect(answer.status).toBe(302);
    expect(requests.slice(before)).toEqual(['POST /redirect']);
  });

  it('reads an answer up to its limit', async () => {
    const answer = await client(true).get(`http://127.0.0.1:${port}/long`);
    expect(answer.body).toHaveLength(1024);
  });

  it('fails a callback that does not answer in time', async () => {
    await expect(client(true, 200).get(`http://127.0.0.1:${port}/silent`)).rejects.toThrow(
      CallbackRequestError,
    );
  });
});
