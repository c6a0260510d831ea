/**
 * The upload API: one Hono app, served by a Lambda behind an API Gateway HTTP API on AWS and
 * under `/v1/` by the local HTTP front. Every request carries `Authorization: Bearer <api key>`;
 * a page sent with `PUT /v1/pages/{path}` lands in the inbox as `<publisher>/<path>`, so the
 * ingest is the same as for any upload. Errors are problem details (see `problem.ts`).
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import { parseApiKey, secretMatches } from '../publishers/api-keys.ts';
import { DEFAULT_RATE_LIMIT, type PublisherRecord } from '../publishers/publisher.ts';
import { pageKey } from './page-path.ts';
import { PAGE_STATUSES, type PageReport, type PageStatus, pageReport } from './page-report.ts';
import type { StoredPageStatus, UploadApiDeps } from './ports.ts';
import { ApiProblem, PROBLEM_CONTENT_TYPE } from './problem.ts';
import { MemoryRateLimits } from './rate-limiter.ts';

/** Path prefix of the API's routes. */
export const API_PREFIX = '/v1';
const PAGES = `${API_PREFIX}/pages`;

/** Content types a page may be sent as. */
export const PAGE_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];
/** Largest and default `limit` of `GET /v1/pages`. */
export const MAX_LIST_LIMIT = 100;
const DEFAULT_LIST_LIMIT = 50;

type Env = { Variables: { publisher: PublisherRecord } };

function send(c: Context, problem: ApiProblem): Response {
  return c.body(JSON.stringify(problem.toJSON()), problem.status as 400, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    ...problem.headers,
  });
}

/** The raw (still encoded) path below `/v1/pages/`. */
function rawPagePath(url: string): string {
  const { pathname } = new URL(url);
  return pathname.slice(PAGES.length + 1);
}

function storedStatusesOf(status: PageStatus | null): StoredPageStatus[] {
  if (status === null) return ['ingested', 'rejected', 'deleted'];
  if (status === 'rejected' || status === 'deleted') return [status];
  return ['ingested'];
}

/**
 * Builds the upload API.
 *
 * @param deps - the inbox, the ingest's states, keys, publishers, limits
 * @returns the Hono app (`app.fetch` answers a `Request`)
 * @example
 * const app = createUploadApi({ inbox, states, keys: registry, publishers, maxPageBytes, feedsBaseUrl });
 * const response = await app.fetch(new Request('http://x/v1/pages/a.html', { headers: { Authorization: `Bearer ${apiKey}` } }));
 */
export function createUploadApi(deps: UploadApiDeps): Hono<Env> {
  const app = new Hono<Env>();
  const limits = deps.rateLimits ?? new MemoryRateLimits(deps.now);

  app.onError((error, c) => {
    if (error instanceof ApiProblem) return send(c, error);
    deps.onError?.(error);
    return send(c, new ApiProblem('internal', 'The request failed on our side; try again later'));
  });
  app.notFound((c) =>
    send(
      c,
      new ApiProblem(
        'not-found',
        `No route ${c.req.method} ${new URL(c.req.url).pathname}: see /v1/pages`,
      ),
    ),
  );

  app.use(`${API_PREFIX}/*`, async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const challenge = { 'WWW-Authenticate': 'Bearer realm="syndication"' };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match?.[1] === undefined) {
      throw new ApiProblem(
        'unauthorized',
        'Send your API key as "Authorization: Bearer <key>"',
        challenge,
      );
    }
    const parsed = parseApiKey(match[1]);
    const stored =
      parsed === null ? null : await deps.keys.getKey(parsed.publisherId, parsed.keyId);
    if (parsed === null || stored === null || !secretMatches(parsed.secret, stored)) {
      throw new ApiProblem(
        'unauthorized',
        'Unknown API key: check it, or ask for a new one',
        challenge,
      );
    }
    if (stored.revokedAt !== null) {
      throw new ApiProblem(
        'unauthorized',
        `API key ${stored.keyId} was revoked at ${stored.revokedAt}: use another key`,
        challenge,
      );
    }
    const publisher = await deps.publishers.get(parsed.publisherId);
    if (publisher === null || publisher === undefined) {
      throw new ApiProblem(
        'unauthorized',
        `Publisher ${parsed.publisherId} no longer exists`,
        challenge,
      );
    }
    const rate = publisher.rateLimit ?? DEFAULT_RATE_LIMIT;
    const wait = await limits.take(stored.keyId, rate);
    if (wait > 0) {
      throw new ApiProblem(
        'rate-limited',
        `Over the rate of ${rate.perSecond} requests/s (burst ${rate.burst}) of this key: retry after ${wait} s`,
        { 'Retry-After': String(wait) },
      );
    }
    if (publisher.status === 'suspended') {
      throw new ApiProblem(
        'suspended',
        `Publisher ${publisher.id} is suspended: its uploads are refused until it is resumed`,
      );
    }
    c.set('publisher', publisher);
    await next();
  });

  // Before the page routes: `/v1/pages/*` also matches `/v1/pages`.
  app.get(PAGES, async (c) => {
    const publisher = c.get('publisher');
    const statusParam = c.req.query('status');
    const status = statusParam === undefined ? null : (statusParam as PageStatus);
    if (status !== null && (!PAGE_STATUSES.includes(status) || status === 'queued')) {
      throw new ApiProblem(
        'bad-request',
        `status must be one of ${PAGE_STATUSES.filter((s) => s !== 'queued').join(', ')}, got ${JSON.stringify(statusParam)}`,
      );
    }
    const limitParam = c.req.query('limit');
    const limit = limitParam === undefined ? DEFAULT_LIST_LIMIT : Number(limitParam);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
      throw new ApiProblem(
        'bad-request',
        `limit must be an integer from 1 to ${MAX_LIST_LIMIT}, got ${JSON.stringify(limitParam)}`,
      );
    }
    const lists = await Promise.all(
      storedStatusesOf(status).map((stored) => deps.states.recent(publisher.id, stored, limit)),
    );
    const states = lists.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const ids = [...new Set(states.flatMap((s) => (s.articleId === null ? [] : [s.articleId])))];
    const articles = ids.length === 0 ? new Map() : await deps.states.articles(ids);
    const pages: PageReport[] = [];
    for (const state of states) {
      const article = state.articleId === null ? undefined : articles.get(state.articleId);
      const report = pageReport(state.objectKey, state, article, undefined, deps.feedsBaseUrl);
      if (report !== null && (status === null || report.status === status)) pages.push(report);
      if (pages.length === limit) break;
    }
    return c.json({ pages });
  });

  app.put(`${PAGES}/*`, async (c) => {
    const publisher = c.get('publisher');
    const key = pageKey(publisher.id, rawPagePath(c.req.url));
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!PAGE_CONTENT_TYPES.includes(type)) {
      throw new ApiProblem(
        'unsupported-type',
        `Content-Type ${JSON.stringify(type || '(none)')} is not a page: send ${PAGE_CONTENT_TYPES.join(' or ')}`,
      );
    }
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    const tooLarge = (bytes: number) =>
      new ApiProblem(
        'too-large',
        `The page has ${bytes} bytes, over the limit of ${deps.maxPageBytes}: send the article page alone`,
      );
    if (declared > deps.maxPageBytes) throw tooLarge(declared);
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.length > deps.maxPageBytes) throw tooLarge(body.length);
    if (body.length === 0) throw new ApiProblem('bad-request', 'The body is empty: send the page');
    const sourceUrl = c.req.header('source-url') ?? null;
    if (sourceUrl !== null && !/^https?:\/\/[^/\s]+/i.test(sourceUrl)) {
      throw new ApiProblem(
        'bad-request',
        `Source-Url must be an absolute http(s) URL, got ${JSON.stringify(sourceUrl)}`,
      );
    }
    await deps.inbox.put(key, body, c.req.header('content-type') ?? type, sourceUrl);
    const statusUrl = new URL(c.req.url).pathname;
    c.header('Location', statusUrl);
    return c.json({ key, status: 'queued', statusUrl }, 202);
  });

  app.get(`${PAGES}/*`, async (c) => {
    const key = pageKey(c.get('publisher').id, rawPagePath(c.req.url));
    const [state, inbox] = await Promise.all([deps.states.source(key), deps.inbox.head(key)]);
    const articles =
      state?.articleId == null ? new Map() : await deps.states.articles([state.articleId]);
    const report = pageReport(
      key,
      state,
      state?.articleId == null ? undefined : articles.get(state.articleId),
      inbox,
      deps.feedsBaseUrl,
    );
    if (report === null)
      throw new ApiProblem('not-found', `No page ${key}: upload it with PUT first`);
    return c.json(report);
  });

  app.delete(`${PAGES}/*`, async (c) => {
    const key = pageKey(c.get('publisher').id, rawPagePath(c.req.url));
    const [state, inbox] = await Promise.all([deps.states.source(key), deps.inbox.head(key)]);
    if (inbox === null) {
      throw new ApiProblem(
        'not-found',
        `No page ${key} in the inbox${state === null ? '' : ' (already deleted)'}`,
      );
    }
    await deps.inbox.delete(key);
    return c.json({ key, status: 'deleted', statusUrl: new URL(c.req.url).pathname }, 202);
  });

  app.all(`${API_PREFIX}/*`, (c) => {
    throw new ApiProblem(
      'method-not-allowed',
      `${c.req.method} is not a method of ${new URL(c.req.url).pathname}`,
    );
  });

  return app;
}
