/**
 * The HTTP rules a CDN applies in front of the feeds: conditional requests (RFC 9110 §13) and
 * content-coding negotiation. Pure functions over header values.
 */

/** The validators of a stored representation. */
export interface Validators {
  /** The entity tag, quoted (`"abc"`), possibly weak (`W/"abc"`). */
  readonly etag?: string;
  readonly lastModified?: Date;
}

/** The conditional headers of a request. */
export interface ConditionalHeaders {
  readonly ifNoneMatch?: string;
  readonly ifModifiedSince?: string;
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/**
 * Whether a GET or HEAD can be answered `304 Not Modified`. `If-None-Match` uses the weak
 * comparison and, when present, makes `If-Modified-Since` ignored; a date is compared at the
 * one-second precision of HTTP dates, and an unparseable one is ignored.
 *
 * @param request - the request's conditional headers
 * @param stored - the validators of the representation
 * @returns true when the client's copy is current
 * @example
 * isNotModified({ ifNoneMatch: 'W/"a", "b"' }, { etag: '"b"' }); // true
 */
export function isNotModified(request: ConditionalHeaders, stored: Validators): boolean {
  if (request.ifNoneMatch !== undefined) {
    if (stored.etag === undefined) return false;
    const wanted = request.ifNoneMatch.split(',').map((tag) => tag.trim());
    return wanted.includes('*') || wanted.some((tag) => opaque(tag) === opaque(stored.etag ?? ''));
  }
  if (request.ifModifiedSince !== undefined && stored.lastModified !== undefined) {
    const since = Date.parse(request.ifModifiedSince);
    if (Number.isNaN(since)) return false;
    return Math.floor(stored.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}

/** A content coding the server can produce. */
export type ContentCoding = 'br' | 'gzip';

/**
 * Picks the content coding for a response from the request's `Accept-Encoding`: the acceptable
 * coding with the highest q-value, brotli first on a tie; none when neither is acceptable.
 *
 * @param acceptEncoding - the request header, if any
 * @returns `br`, `gzip`, or undefined for the identity coding
 * @example
 * chooseEncoding('gzip, deflate, br;q=0.9'); // 'gzip'
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentCoding | undefined {
  if (acceptEncoding === undefined) return undefined;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  const of = (coding: ContentCoding) => quality.get(coding) ?? quality.get('*') ?? 0;
  const candidates = (['br', 'gzip'] as const).filter((coding) => of(coding) > 0);
  candidates.sort((a, b) => of(b) - of(a));
  return candidates[0];
}

/**
 * Whether a representation is worth compressing, by the rules CloudFront uses: a textual type,
 * and between 1,000 and 10,000,000 bytes.
 *
 * @param contentType - the representation's media type
 * @param size - its size in bytes
 * @returns true when it should be compressed for a client that accepts it
 */
export function isCompressible(contentType: string | undefined, size: number): boolean {
  if (size < 1000 || size > 10_000_000 || contentType === undefined) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    type.endsWith('+xml') ||
    type.endsWith('+json') ||
    type === 'application/xml' ||
    type === 'application/json' ||
    type === 'application/javascript' ||
    type === 'image/svg+xml'
  );
}

/**
 * The entity tag of a compressed variant: weak, since its bytes differ from the stored object's
 * (what nginx does, and what keeps a strong tag meaning one byte sequence).
 *
 * @param etag - the stored object's tag
 * @returns the weak form of the tag
 */
export function weakEtag(etag: string): string {
  return etag.startsWith('W/') ? etag : `W/${etag}`;
}
