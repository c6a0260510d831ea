import { hash } from 'node:crypto';

// `hash` is the one-shot form of `createHash(…).update(…).digest(…)`: the same digest of the
// text's UTF-8 bytes, without a Hash object per call.

/**
 * The stable id of an article: the first 16 hex digits (64 bits) of the SHA-256 of its
 * publisher's id and its canonical URL, so a re-upload of the same page maps to the same
 * article, and two publishers' articles never share an id whatever their URLs say. Without a
 * publisher (the CLI's `extract` without `--publisher`), of the URL alone.
 *
 * @param canonicalUrl - the article's canonical absolute URL
 * @param publisherId - the publisher the page was uploaded by
 * @returns a 16-character lowercase hex id
 * @example articleId('https://example.vn/a.html', 'demo') // → 'e3b0c44298fc1c14' (shape)
 */
export function articleId(canonicalUrl: string, publisherId?: string): string {
  const scoped = publisherId === undefined ? canonicalUrl : `${publisherId}\n${canonicalUrl}`;
  return hash('sha256', scoped, 'hex').slice(0, 16);
}

/**
 * A hash of an article's content, for idempotent writes: equal when nothing a reader sees changed.
 *
 * @param content - the fields to hash (serialized as JSON in the given key order)
 * @returns the SHA-256 as 64 lowercase hex digits
 */
export function contentHash(content: unknown): string {
  return hash('sha256', JSON.stringify(content), 'hex');
}
