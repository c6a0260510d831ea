/**
 * API keys of the upload API. A key reads `syn_<publisher>_<keyId>_<secret>`: the publisher and
 * the key id are a public prefix that finds the stored key; the secret is 256 random bits, of
 * which only a SHA-256 hash is stored. A fast hash is enough for a secret that long (there is
 * nothing to guess), and the comparison takes the same time whatever the bytes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** How an API key begins. */
export const API_KEY_PREFIX = 'syn';

const KEY_PATTERN = /^syn_([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** A stored API key: never the secret, only its hash. */
export interface StoredApiKey {
  readonly publisherId: string;
  /** 16 hex digits, public: shown by `keys list`, given to `keys revoke`. */
  readonly keyId: string;
  /** SHA-256 of the secret, 64 hex digits. */
  readonly secretHash: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  /** ISO 8601 UTC once revoked, else null. */
  readonly revokedAt: string | null;
}

/** A newly made key: the text to hand over once, and what to store. */
export interface NewApiKey {
  /** The whole key, shown once. */
  readonly apiKey: string;
  readonly stored: StoredApiKey;
}

/** The parts of a presented key. */
export interface ParsedApiKey {
  readonly publisherId: string;
  readonly keyId: string;
  readonly secret: string;
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Makes a new API key for a publisher.
 *
 * @param publisherId - the publisher
 * @param at - the creation time
 * @param random - source of random bytes (tests make it deterministic)
 * @returns the key text and the record to store
 * @example
 * const { apiKey, stored } = newApiKey('demo', new Date());
 * // apiKey: 'syn_demo_3f9a0c1d2b4e5f60_…' (43 more characters)
 */
export function newApiKey(
  publisherId: string,
  at: Date,
  random: (size: number) => Buffer = randomBytes,
): NewApiKey {
  const keyId = random(8).toString('hex');
  const secret = random(32).toString('base64url');
  return {
    apiKey: `${API_KEY_PREFIX}_${publisherId}_${keyId}_${secret}`,
    stored: {
      publisherId,
      keyId,
      secretHash: hashSecret(secret),
      createdAt: at.toISOString(),
      revokedAt: null,
    },
  };
}

/**
 * Splits a presented key into its parts.
 *
 * @param text - what followed `Bearer `
 * @returns the parts, or null when it is not shaped like a key
 */
export function parseApiKey(text: string): ParsedApiKey | null {
  const match = KEY_PATTERN.exec(text);
  if (match === null) return null;
  const [, publisherId, keyId, secret] = match;
  if (publisherId === undefined || keyId === undefined || secret === undefined) return null;
  return { publisherId, keyId, secret };
}

/**
 * Whether a presented secret is the stored key's, compared in constant time.
 *
 * @param secret - the presented secret
 * @param stored - the stored key
 * @returns true when the hashes are equal
 */
export function secretMatches(secret: string, stored: StoredApiKey): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(stored.secretHash, 'hex');
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
