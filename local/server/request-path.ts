/**
 * What a request path of the local HTTP front names: the directory page, a feed file under the
 * feeds prefix (or the feed directory, `feeds/index.opml`), or nothing. Decided on the raw path, segment by segment, before anything is
 * decoded into an S3 key: an encoded slash or backslash, a `.` or `..` segment, an empty
 * segment or a key that is not a feed file is not found — the S3 server resolves `..` inside
 * keys, so such a key could reach another bucket. Malformed and oversized paths are the
 * client's error (`400`, `414`), never the origin's.
 */

import { FEED_DIRECTORY_KEY } from '../../shared/feeds/directory.ts';
import { FEEDS_KEY_PREFIX, feedFormatOf } from '../../shared/feeds/feed-ref.ts';
import { hasControlCharacter } from '../../shared/text/control-characters.ts';

/** Longest raw path served, in characters (feed paths are a few dozen). */
export const MAX_PATH_CHARS = 2048;
/** Most segments in a path (`/feeds/<publisher>/<section>.xml` has three). */
export const MAX_PATH_SEGMENTS = 16;

/** What a path names. */
export type RequestTarget =
  | { readonly kind: 'directory' }
  | { readonly kind: 'feed'; readonly key: string }
  | { readonly kind: 'refused'; readonly status: 400 | 404 | 414; readonly reason: string };

/** Percent-encoded `/` or `\`, and a raw backslash: a second way to write a separator. */
const HIDDEN_SEPARATOR = /%2f|%5c|\\/i;

/**
 * Resolves a raw request path (without the query).
 *
 * @param rawPath - the path as sent, still percent-encoded, e.g. `/feeds/demo.xml`
 * @returns the directory page, the feed file's S3 key, or why the path is refused
 * @example
 * resolveRequestPath('/feeds/demo/thoi-su.xml'); // { kind: 'feed', key: 'feeds/demo/thoi-su.xml' }
 * resolveRequestPath('/feeds/..%2fx.xml'); // { kind: 'refused', status: 404, … }
 */
export function resolveRequestPath(rawPath: string): RequestTarget {
  if (rawPath.length > MAX_PATH_CHARS) {
    return {
      kind: 'refused',
      status: 414,
      reason: `the path is over ${MAX_PATH_CHARS} characters`,
    };
  }
  const raw = rawPath.split('/').slice(1);
  if (raw.length > MAX_PATH_SEGMENTS) {
    return {
      kind: 'refused',
      status: 414,
      reason: `the path has over ${MAX_PATH_SEGMENTS} segments`,
    };
  }
  const segments: string[] = [];
  for (const segment of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { kind: 'refused', status: 400, reason: 'the path is not valid percent-encoding' };
    }
    if (hasControlCharacter(decoded)) {
      return { kind: 'refused', status: 400, reason: 'the path has a control character' };
    }
    segments.push(decoded);
  }
  const key = segments.join('/');
  if (key === '' || key === 'index.html') return { kind: 'directory' };
  const notFound = { kind: 'refused', status: 404, reason: 'no such feed' } as const;
  if (HIDDEN_SEPARATOR.test(rawPath)) return notFound;
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return notFound;
  }
  if (key === FEED_DIRECTORY_KEY) return { kind: 'feed', key };
  if (!key.startsWith(FEEDS_KEY_PREFIX) || feedFormatOf(key) === null) return notFound;
  return { kind: 'feed', key };
}
