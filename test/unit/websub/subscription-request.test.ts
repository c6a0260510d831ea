import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HUB_POLICY,
  type HubPolicy,
  MAX_SECRET_BYTES,
} from '../../../shared/websub/config.ts';
import {
  ForbiddenCallbackError,
  InvalidParameterError,
  UnknownTopicError,
} from '../../../shared/websub/errors.ts';
import { parseSubscriptionRequest } from '../../../shared/websub/subscription-request.ts';

const BASE = 'https://feeds.example.com';
const TOPIC = `${BASE}/feeds/all.xml`;
const CALLBACK = 'https://sub.example.org/websub?id=7';

const parse = (fields: Record<string, string>, policy: HubPolicy = DEFAULT_HUB_POLICY) =>
  parseSubscriptionRequest(new URLSearchParams(fields), BASE, policy);

const subscribe = (extra: Record<string, string> = {}) => ({
  'hub.mode': 'subscribe',
  'hub.topic': TOPIC,
  'hub.callback': CALLBACK,
  ...extra,
});

describe('parseSubscriptionRequest', () => {
  it('reads a subscription with the default lease, no secret, the callback host in lower case', () => {
    const request = parse(subscribe({ 'hub.callback': 'https://SUB.example.org/cb#frag' }));
    expect(request).toEqual({
      mode: 'subscribe',
      topic: TOPIC,
      topicKey: 'feeds/all.xml',
      callback: 'https://sub.example.org/cb',
      callbackHost: 'sub.example.org',
      leaseSeconds: DEFAULT_HUB_POLICY.defaultLeaseSeconds,
      secret: null,
    });
  });

  it('keeps the lease within the policy bounds', () => {
    const { minLeaseSeconds, maxLeaseSeconds } = DEFAULT_HUB_POLICY;
    expect(parse(subscribe({ 'hub.lease_seconds': '1' })).leaseSeconds).toBe(minLeaseSeconds);
    expect(parse(subscribe({ 'hub.lease_seconds': '999999999' })).leaseSeconds).toBe(
      maxLeaseSeconds,
    );
    expect(
      parse(subscribe({ 'hub.lease_seconds': String(minLeaseSeconds + 1) })).leaseSeconds,
    ).toBe(minLeaseSeconds + 1);
  });

  it.each(['-5', '0', '1.5', 'soon'])('refuses hub.lease_seconds=%s', (lease) => {
    expect(() => parse(subscribe({ 'hub.lease_seconds': lease }))).toThrow(InvalidParameterError);
  });

  it('refuses a secret as long as the limit, in bytes', () => {
    const secret = 'é'.repeat(MAX_SECRET_BYTES / 2);
    expect(() => parse(subscribe({ 'hub.secret': secret }))).toThrow(
      `hub.secret must be shorter than ${MAX_SECRET_BYTES} bytes, got ${MAX_SECRET_BYTES}`,
    );
    expect(parse(subscribe({ 'hub.secret': 'short' })).secret).toBe('short');
  });

  it('ignores lease and secret of an unsubscription', () => {
    const request = parse({ ...subscribe({ 'hub.secret': 's' }), 'hub.mode': 'unsubscribe' });
    expect(request).toMatchObject({ mode: 'unsubscribe', leaseSeconds: 0, secret: null });
  });

  it.each([
    ['a missing mode', { 'hub.topic': TOPIC, 'hub.callback': CALLBACK }, 'hub.mode is required'],
    ['another mode', subscribe({ 'hub.mode': 'publish' }), 'hub.mode must be'],
    ['a relative callback', subscribe({ 'hub.callback': '/cb' }), 'must be an absolute URL'],
    [
      'a callback of another scheme',
      subscribe({ 'hub.callback': 'ftp://x.example/' }),
      'http or https',
    ],
    [
      'credentials in the callback',
      subscribe({ 'hub.callback': 'https://u:p@x.example/' }),
      'credentials',
    ],
  ])('answers 400 for %s', (_case, fields, message) => {
    const call = () => parse(fields as Record<string, string>);
    expect(call).toThrow(InvalidParameterError);
    expect(call).toThrow(message);
  });

  it.each([
    'https://feeds.example.com/feeds/all.html',
    'https://other.example.com/feeds/all.xml',
    'https://feeds.example.com/feeds/all.xml?x=1',
    'https://feeds.example.com/feeds/../secrets.json',
    'https://feeds.example.com/elsewhere/all.xml',
  ])('answers 404 for the topic %s', (topic) => {
    expect(() => parse(subscribe({ 'hub.topic': topic }))).toThrow(UnknownTopicError);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://10.0.0.7:8080/cb', 'private'],
    ['http://[fd00:ec2::254]/', 'unique local'],
    ['http://127.0.0.1:8080/cb', 'loopback'],
    ['https://sub.example.org:22/cb', 'port 22'],
  ])('answers 403 for the callback %s on AWS', (callback, reason) => {
    const call = () => parse(subscribe({ 'hub.callback': callback }));
    expect(call).toThrow(ForbiddenCallbackError);
    expect(call).toThrow(reason);
  });

  it('takes a loopback callback when the policy allows loopback (the local runtime)', () => {
    const local = { ...DEFAULT_HUB_POLICY, allowLoopbackCallbacks: true };
    expect(parse(subscribe({ 'hub.callback': 'http://127.0.0.1:4000/cb' }), local).callback).toBe(
      'http://127.0.0.1:4000/cb',
    );
    expect(() => parse(subscribe({ 'hub.callback': 'http://10.0.0.7:4000/cb' }), local)).toThrow(
      ForbiddenCallbackError,
    );
  });
});
