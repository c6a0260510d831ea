import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DELIVERY_RETRIES, retryDelayMs } from '../../../shared/websub/config.ts';
import { InvalidHubJobError } from '../../../shared/websub/errors.ts';
import {
  describeHubJob,
  type HubJob,
  parseHubJob,
  serializeHubJob,
} from '../../../shared/websub/jobs.ts';
import {
  confirmsIntent,
  denialUrl,
  discoveryLinkHeader,
  hubSignature,
  newChallenge,
  verificationUrl,
} from '../../../shared/websub/protocol.ts';
import { publishJobsOf } from '../../../shared/websub/push.ts';
import { topicKey, topicUrl } from '../../../shared/websub/topics.ts';

describe('hubSignature', () => {
  it('is the hex HMAC-SHA256 of the exact body with the secret', () => {
    const body = Buffer.from('<rss>Tọa đàm</rss>', 'utf8');
    const expected = createHmac('sha256', 'k').update(body).digest('hex');
    expect(hubSignature(body, 'k')).toBe(`sha256=${expected}`);
    expect(hubSignature(body, 'other')).not.toBe(`sha256=${expected}`);
  });
});

describe('verificationUrl', () => {
  it('appends the hub parameters and keeps the query of the callback', () => {
    const url = new URL(
      verificationUrl('https://sub.example/cb?id=7', {
        mode: 'subscribe',
        topic: 'https://f.example/feeds/all.xml',
        challenge: 'c',
        leaseSeconds: 600,
      }),
    );
    expect(url.searchParams.get('id')).toBe('7');
    expect(url.searchParams.get('hub.mode')).toBe('subscribe');
    expect(url.searchParams.get('hub.topic')).toBe('https://f.example/feeds/all.xml');
    expect(url.searchParams.get('hub.challenge')).toBe('c');
    expect(url.searchParams.get('hub.lease_seconds')).toBe('600');
  });

  it('sends no lease with an unsubscription', () => {
    const url = new URL(
      verificationUrl('https://sub.example/cb', {
        mode: 'unsubscribe',
        topic: 't',
        challenge: 'c',
        leaseSeconds: 0,
      }),
    );
    expect(url.searchParams.has('hub.lease_seconds')).toBe(false);
  });

  it('tells a denial with its reason', () => {
    const url = new URL(denialUrl('https://sub.example/cb', 't', 'limit reached'));
    expect(url.searchParams.get('hub.mode')).toBe('denied');
    expect(url.searchParams.get('hub.reason')).toBe('limit reached');
  });
});

describe('confirmsIntent', () => {
  it('takes only a 2xx answer whose body is the challenge', () => {
    const challenge = newChallenge();
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(confirmsIntent({ status: 200, body: challenge }, challenge)).toBe(true);
    expect(confirmsIntent({ status: 200, body: `${challenge}\n` }, challenge)).toBe(false);
    expect(confirmsIntent({ status: 404, body: challenge }, challenge)).toBe(false);
    expect(confirmsIntent({ status: 302, body: challenge }, challenge)).toBe(false);
  });
});

describe('discoveryLinkHeader', () => {
  it('names the hub and the topic in one header', () => {
    expect(discoveryLinkHeader('https://h.example/hub', 'https://f.example/feeds/all.xml')).toBe(
      '<https://h.example/hub>; rel="hub", <https://f.example/feeds/all.xml>; rel="self"',
    );
  });
});

describe('topics', () => {
  it('maps a feed URL to its object key and back, decoding percent-encoding', () => {
    const base = 'https://f.example/base';
    expect(topicKey(base, 'https://f.example/base/feeds/demo/du-l%E1%BB%8Bch.atom')).toBe(
      'feeds/demo/du-lịch.atom',
    );
    expect(topicUrl(base, 'feeds/demo/du-lịch.atom')).toBe(
      'https://f.example/base/feeds/demo/du-l%E1%BB%8Bch.atom',
    );
    expect(topicKey(base, 'https://f.example/base/feeds/%2e%2e/x.xml')).toBeNull();
    expect(topicKey(base, 'https://f.example/base/feeds//x.xml')).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it('grows by the factor and stops at the longest wait', () => {
    const { firstDelayMs, factor, maxDelayMs, maxAttempts } = DELIVERY_RETRIES;
    expect(retryDelayMs(1)).toBe(firstDelayMs);
    expect(retryDelayMs(2)).toBe(firstDelayMs * factor);
    expect(retryDelayMs(maxAttempts + 10)).toBe(maxDelayMs);
  });
});

describe('hub jobs', () => {
  it('read back what they were written as', () => {
    const jobs: HubJob[] = [
      { kind: 'publish', topicKey: 'feeds/all.xml' },
      { kind: 'deliver', topicKey: 'feeds/all.xml', callback: 'https://s.example/cb' },
      {
        kind: 'verify',
        mode: 'subscribe',
        topic: 'https://f.example/feeds/all.xml',
        topicKey: 'feeds/all.xml',
        callback: 'https://s.example/cb',
        callbackHost: 's.example',
        leaseSeconds: 600,
        secret: 'k',
      },
    ];
    for (const job of jobs) expect(parseHubJob(serializeHubJob(job))).toEqual(job);
    expect(describeHubJob(jobs[1] as HubJob)).toBe('deliver feeds/all.xml → https://s.example/cb');
  });

  it.each(['not json', '[]', '{"kind":"explode"}', '{"kind":"deliver","topicKey":""}'])(
    'refuses the body %s',
    (body) => {
      expect(() => parseHubJob(body)).toThrow(InvalidHubJobError);
    },
  );

  it('publishes each written feed document once, and nothing for other objects', () => {
    expect(
      publishJobsOf(['feeds/all.xml', 'feeds/all.xml', 'feeds/demo.json', 'feeds/index.html']),
    ).toEqual([
      { kind: 'publish', topicKey: 'feeds/all.xml' },
      { kind: 'publish', topicKey: 'feeds/demo.json' },
    ]);
  });
});
