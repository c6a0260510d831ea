/**
 * Atom ids (RFC 4287 §4.2.6): permanent, universally unique IRIs. An entry's id is a name-based
 * UUID (RFC 9562 version 5) of the article id, itself a hash of the canonical URL: the same
 * article has the same id in every feed and every deployment, an edit never changes it, and it
 * needs no domain or date that a `tag:` URI would have to fix forever.
 */
import { createHash } from 'node:crypto';

/** This project's UUID namespace for article ids (random, fixed forever). */
export const ARTICLE_ID_NAMESPACE = '207f2eec-a162-4437-89cb-946dafad39cc';

/**
 * A version 5 (SHA-1, name-based) UUID.
 *
 * @param namespace - a UUID
 * @param name - any text
 * @returns the UUID, lower-case hex with dashes
 * @example
 * uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'); // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Atom id of an article's entry.
 *
 * @param articleId - the article id
 * @returns `urn:uuid:…`, the same for the same article id forever
 */
export function atomEntryId(articleId: string): string {
  return `urn:uuid:${uuidV5(ARTICLE_ID_NAMESPACE, articleId)}`;
}
