/**
 * How an article's body is stored: `contentHtml` and `contentText` together, gzip-compressed, in
 * one binary attribute `body` of the article item.
 *
 * Why in the item and not in S3: every feed render needs the body of each of its 50 items, so a
 * body in S3 would be 50 GETs per render; in the item it comes with the one `BatchGetItem` that
 * reads the items. Why compressed: the body is most of an item (about 12.8 KB of 13 on the real
 * pages), and text compresses three- to fivefold, so an article write costs a few WCU instead of
 * thirteen, and a feed read a few RCU per item. The 400 KB item limit then fits bodies of well
 * over a megabyte of text; an article still too large after compression is rejected
 * (`too-large`) by the ingest before it writes anything.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** Name of the attribute holding the compressed body. */
export const BODY_ATTRIBUTE = 'body';

/** What the `body` attribute decodes to. */
export interface ArticleBody {
  readonly contentHtml: string;
  readonly contentText: string;
}

/** Thrown when a stored item has no readable body. */
export class UnreadableBodyError extends Error {
  constructor(
    readonly pk: string,
    options?: ErrorOptions,
  ) {
    super(`Article item ${pk} has no readable body (attribute "${BODY_ATTRIBUTE}")`, options);
    this.name = 'UnreadableBodyError';
  }
}

/**
 * Compresses a body for storage.
 *
 * @param body - the HTML and the text of the article
 * @returns gzip of their JSON
 * @example
 * encodeBody({ contentHtml: '<p>Xin chào</p>', contentText: 'Xin chào' }).byteLength; // ~50
 */
export function encodeBody(body: ArticleBody): Uint8Array {
  const json = JSON.stringify([body.contentHtml, body.contentText]);
  return new Uint8Array(gzipSync(Buffer.from(json, 'utf8'), { level: 6 }));
}

/**
 * Reads a stored body back.
 *
 * @param item - the stored item's attributes: `body`, or (items written before the body was
 *   compressed) `contentHtml` and `contentText`
 * @returns the body
 * @throws UnreadableBodyError when neither form is present or the bytes do not decode
 */
export function decodeBody(item: Record<string, unknown>): ArticleBody {
  const stored = item[BODY_ATTRIBUTE];
  if (stored instanceof Uint8Array) {
    try {
      const parsed: unknown = JSON.parse(gunzipSync(stored).toString('utf8'));
      if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
        return { contentHtml: parsed[0], contentText: parsed[1] };
      }
    } catch (error) {
      throw new UnreadableBodyError(String(item.pk), { cause: error });
    }
  }
  if (typeof item.contentHtml === 'string' && typeof item.contentText === 'string') {
    return { contentHtml: item.contentHtml, contentText: item.contentText };
  }
  throw new UnreadableBodyError(String(item.pk));
}
