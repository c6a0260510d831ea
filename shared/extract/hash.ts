import { createHash } from 'node:crypto';

/**
 * The stable id of an article: the first 16 hex digits (64 bits) of the SHA-256 of its canonical
 * URL, so a re-upload of the same page maps to the same article.
 *
 * @param canonicalUrl - the article's canonical absolute URL
 * @returns a 16-character lowercase hex id
 * @example articleId('https://example.vn/a.html') // → 'e3b0c44298fc1c14' (shape)
 */
export function articleId(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl, 'utf8').digest('hex').slice(0, 16);
}

/**
 * A hash of an article's content, for idempotent writes: equal when nothing a reader sees changed.
 *
 * @param content - the fields to hash (serialized as JSON in the given key order)
 * @returns the SHA-256 as 64 lowercase hex digits
 */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
}
