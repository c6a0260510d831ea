import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createHubApiHandler } from '../../../shared/handlers/hub-api-handler.ts';
import { discardedMetrics, silentLogger } from '../../../shared/handlers/observability.ts';
import { DEFAULT_HUB_POLICY, type HubConfig } from '../../../shared/websub/config.ts';
import { InvalidParameterError, UnknownTopicError } from '../../../shared/websub/errors.ts';
import type { HubJob } from '../../../shared/websub/jobs.ts';
import {
  MAX_PING_TOPICS,
  parsePublishPing,
  pingPush,
} from '../../../shared/websub/publish-ping.ts';

const base = 'http://localhost:4566';
const form = (text: string) => new URLSearchParams(text);

describe('parsePublishPing', () => {
  it('takes the topics of hub.url and hub.topic, each once, as object keys', () => {
    expect(
      parsePublishPing(
        form(
          `hub.mode=publish&hub.url=${base}/feeds/all.xml&hub.topic=${base}/feeds/all.xml&hub.url=${base}/feeds/demo/du-lich.json`,
        ),
        base,
      ),
    ).toEqual(['feeds/all.xml', 'feeds/demo/du-lich.json']);
  });

  it('refuses a ping without a topic, with too many, or naming a URL that is not a feed here', () => {
    expect(() => parsePublishPing(form('hub.mode=publish'), base)).toThrow(InvalidParameterError);
    const many = Array.from({ length: MAX_PING_TOPICS + 1 }, () => `hub.url=${base}/feeds/all.xml`);
    expect(() => parsePublishPing(form(many.join('&')), base)).toThrow(/at most/);
    expect(() =>
      parsePublishPing(form('hub.url=https://elsewhere.example/feeds/all.xml'), base),
    ).toThrow(UnknownTopicError);
    expect(() => parsePublishPing(form(`hub.url=${base}/inbox/page.html`), base)).toThrow(
      UnknownTopicError,
    );
  });
});

describe('pingPush', () => {
  it('pings the hub once per feed document written, with the topic as hub.url and hub.topic', async () => {
    const sent: [string, string][] = [];
    const push = pingPush({ hubUrl: `${base}/hub`, feedsBaseUrl: base }, async (url, body) => {
      sent.push([url, body.toString()]);
      return 202;
    });
    await push.filesWritten(['feeds/demo.xml', 'feeds/demo.xml', 'feeds/demo/archive/1.json']);
    expect(sent.map(([, body]) => new URLSearchParams(body).get('hub.url')).sort()).toEqual([
      `${base}/feeds/demo.xml`,
      `${base}/feeds/demo/archive/1.json`,
    ]);
    expect(new URLSearchParams(sent[0]?.[1]).get('hub.mode')).toBe('publish');
    expect(sent.every(([url]) => url === `${base}/hub`)).toBe(true);
  });

  it('fails naming the topics the hub did not take', async () => {
    const push = pingPush({ hubUrl: `${base}/hub`, feedsBaseUrl: base }, async () => 400);
    await expect(push.filesWritten(['feeds/all.json'])).rejects.toThrow(
      `${base}/feeds/all.json (400)`,
    );
  });
});

describe('the hub endpoint and publish pings', () => {
  const event = (body: string): APIGatewayProxyEventV2 =>
    ({
      body,
      isBase64Encoded: false,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      requestContext: { http: { method: 'POST' } },
    }) as unknown as APIGatewayProxyEventV2;
  const hub = (acceptPublishPings: boolean) => {
    const queued: HubJob[] = [];
    const config: HubConfig = {
      mode: 'built-in',
      hubUrl: `${base}/hub`,
      feedsBaseUrl: base,
      tableName: 'unused',
      feedsBucket: 'unused',
      policy: { ...DEFAULT_HUB_POLICY, acceptPublishPings },
    };
    // Clients that are never called: a ping touches only the queue.
    const clients = {
      s3: new S3Client({ region: 'us-east-1' }),
      documentClient: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })),
    };
    const handler = createHubApiHandler({
      config,
      clients,
      queue: {
        send: async (jobs) => void queued.push(...jobs),
        retryLater: async () => {},
      },
      logger: silentLogger,
      metrics: discardedMetrics,
    });
    return { handler, queued };
  };
  const ping = `hub.mode=publish&hub.url=${encodeURIComponent(`${base}/feeds/demo.json`)}`;

  it('queues a publish job per topic when its policy takes pings (the local runtime)', async () => {
    const { handler, queued } = hub(true);
    expect((await handler(event(ping))).statusCode).toBe(202);
    expect(queued).toEqual([{ kind: 'publish', topicKey: 'feeds/demo.json' }]);
  });

  it('refuses a ping with 400 under the AWS policy, queueing nothing', async () => {
    const { handler, queued } = hub(false);
    const answer = await handler(event(ping));
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toMatch(/hub.mode must be "subscribe" or "unsubscribe"/);
    expect(queued).toEqual([]);
  });
});
