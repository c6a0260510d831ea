import { describe, expect, it } from 'vitest';
import { newApiKey, parseApiKey, secretMatches } from '../../../shared/publishers/api-keys.ts';

describe('newApiKey', () => {
  it('makes a key with a public prefix and a 256-bit secret, storing only its hash', () => {
    const { apiKey, stored } = newApiKey('example-news', new Date('2026-12-01T00:00:00Z'));
    const parsed = parseApiKey(apiKey);
    expect(apiKey.startsWith(`syn_example-news_${stored.keyId}_`)).toBe(true);
    expect(Buffer.from(parsed?.secret ?? '', 'base64url')).toHaveLength(32);
    expect(stored).toEqual({
      publisherId: 'example-news',
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
      secretHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      createdAt: '2026-12-01T00:00:00.000Z',
      revokedAt: null,
    });
    expect(JSON.stringify(stored)).not.toContain(parsed?.secret);
  });

  it('never makes the same key twice', () => {
    const made = new Set(Array.from({ length: 100 }, () => newApiKey('demo', new Date()).apiKey));
    expect(made.size).toBe(100);
  });
});

describe('secretMatches', () => {
  it('accepts the secret of the key and nothing else', () => {
    const { apiKey, stored } = newApiKey('demo', new Date());
    const secret = parseApiKey(apiKey)?.secret ?? '';
    expect(secretMatches(secret, stored)).toBe(true);
    const flipped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(secretMatches(flipped, stored)).toBe(false);
    expect(secretMatches('', stored)).toBe(false);
  });

  it('does not accept a stored hash of the wrong length', () => {
    const { apiKey, stored } = newApiKey('demo', new Date());
    const secret = parseApiKey(apiKey)?.secret ?? '';
    expect(secretMatches(secret, { ...stored, secretHash: 'abcd' })).toBe(false);
  });
});

describe('parseApiKey', () => {
  it('refuses text that is not shaped like a key', () => {
    const { apiKey } = newApiKey('demo', new Date());
    for (const text of ['', 'syn_demo', apiKey.slice(0, -1), `${apiKey}x`, apiKey.toUpperCase()]) {
      expect(parseApiKey(text), text).toBeNull();
    }
  });
});
