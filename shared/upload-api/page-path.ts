/**
 * The `{path}` of `/v1/pages/{path}`: checked on the raw URL path, segment by segment, and made
 * the inbox key `<publisher>/<path>`. The ingest takes any key under the publisher's prefix, so
 * the only rules are those that keep keys unambiguous and inside the prefix.
 */
import { hasControlCharacter } from '../text/control-characters.ts';
import { ApiProblem } from './problem.ts';

/** Longest inbox key in UTF-8 bytes: S3's limit. */
export const MAX_KEY_BYTES = 1024;

/**
 * Turns the raw path below `/v1/pages/` into the page's inbox key.
 *
 * @param publisherId - the caller's publisher
 * @param rawPath - the path as sent, still percent-encoded, e.g. `2026/tin%20m%E1%BB%9Bi.html`
 * @returns the key, e.g. `demo/2026/tin mới.html`
 * @throws ApiProblem `bad-path` (400) naming what to change
 * @example pageKey('demo', 'thoi-su/a.html'); // 'demo/thoi-su/a.html'
 */
export function pageKey(publisherId: string, rawPath: string): string {
  if (rawPath === '') {
    throw new ApiProblem('bad-path', 'The page path is empty: send PUT /v1/pages/<path>.html');
  }
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new ApiProblem(
        'bad-path',
        `The page path segment ${JSON.stringify(raw)} is not valid percent-encoding`,
      );
    }
    if (segment === '' || segment === '.' || segment === '..') {
      throw new ApiProblem(
        'bad-path',
        `The page path ${JSON.stringify(rawPath)} has an empty, "." or ".." segment: name the page by its own path`,
      );
    }
    if (hasControlCharacter(segment)) {
      throw new ApiProblem('bad-path', 'The page path has a control character: remove it');
    }
    if (segment.includes('/') || segment.includes('\\')) {
      throw new ApiProblem(
        'bad-path',
        `The page path segment ${JSON.stringify(raw)} hides a slash or backslash: use plain "/" between segments`,
      );
    }
    segments.push(segment);
  }
  const key = `${publisherId}/${segments.join('/')}`;
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes > MAX_KEY_BYTES) {
    throw new ApiProblem(
      'bad-path',
      `The page path is too long: its key ${publisherId}/… has ${bytes} bytes, over ${MAX_KEY_BYTES}`,
    );
  }
  return key;
}

/**
 * Whether a raw path has a `.` or `..` segment, plain or percent-encoded. URL parsers resolve
 * them before the app sees the path, so a front that has the raw path checks it first.
 *
 * @param rawPath - the path as sent
 * @returns true when a segment is `.` or `..` (in any encoding of the dots)
 */
export function hasDotSegment(rawPath: string): boolean {
  return rawPath.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}
