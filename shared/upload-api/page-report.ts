/**
 * What `GET /v1/pages/{path}` says of a page: its status as the publisher sees it, from the
 * ingest's state of the key, its article, and whether the inbox holds a newer upload.
 */

import { ALL_FEED, type FeedRef, feedUrl } from '../feeds/feed-ref.ts';
import type { SourceState } from '../ingest/ports.ts';
import type { ArticleSummary, InboxPage } from './ports.ts';

/** The statuses of a page. */
export type PageStatus = 'queued' | 'ingested' | 'unchanged' | 'rejected' | 'withdrawn' | 'deleted';

export const PAGE_STATUSES: readonly PageStatus[] = [
  'queued',
  'ingested',
  'unchanged',
  'rejected',
  'withdrawn',
  'deleted',
];

/** One page, as the API reports it. */
export interface PageReport {
  readonly key: string;
  readonly status: PageStatus;
  /** The rejection reason (`foreign-url`, `too-short`…), or null. */
  readonly reason: string | null;
  /** What the rejection says to change, or null. */
  readonly message: string | null;
  readonly articleId: string | null;
  readonly url: string | null;
  readonly title: string | null;
  /** RSS URLs of the feeds the article is in (the `.atom` and `.json` files are beside them). */
  readonly feeds: readonly string[];
  readonly updatedAt: string | null;
}

const strip = (eTag: string) => eTag.replace(/^W\//, '').replace(/"/g, '');

function feedsOf(article: ArticleSummary, baseUrl: string): string[] {
  if (article.status !== 'live') return [];
  const refs: FeedRef[] = [ALL_FEED, { kind: 'publisher', publisherId: article.publisherId }];
  if (article.sectionSlug !== null) {
    refs.push({
      kind: 'section',
      publisherId: article.publisherId,
      sectionSlug: article.sectionSlug,
    });
  }
  return refs.map((ref) => feedUrl(baseUrl, ref, 'rss'));
}

/**
 * The report of one key.
 *
 * @param key - the inbox key
 * @param state - the ingest's state of the key, or null
 * @param article - the key's article, if any
 * @param inbox - the object now in the inbox (null: none); `undefined` when not looked at
 * @param feedsBaseUrl - public base URL of the feeds
 * @returns the report, or null when nothing is known of the key
 */
export function pageReport(
  key: string,
  state: SourceState | null,
  article: ArticleSummary | undefined,
  inbox: InboxPage | null | undefined,
  feedsBaseUrl: string,
): PageReport | null {
  const empty = {
    key,
    reason: null,
    message: null,
    articleId: null,
    url: null,
    title: null,
    feeds: [],
  };
  if (state === null) {
    return inbox ? { ...empty, status: 'queued', updatedAt: null } : null;
  }
  const pending =
    inbox !== undefined &&
    inbox !== null &&
    (state.status === 'deleted' ||
      (state.eTag !== null && strip(state.eTag) !== strip(inbox.eTag)));
  if (pending) return { ...empty, status: 'queued', updatedAt: state.updatedAt };
  const described =
    article === undefined ? {} : { articleId: article.id, url: article.url, title: article.title };
  if (inbox === null || state.status === 'deleted') {
    return { ...empty, ...described, status: 'deleted', updatedAt: state.updatedAt };
  }
  if (state.status === 'rejected') {
    return {
      ...empty,
      status: 'rejected',
      reason: state.lastError?.reason ?? null,
      message: state.lastError?.message ?? null,
      updatedAt: state.updatedAt,
    };
  }
  const status: PageStatus =
    article?.status === 'withdrawn'
      ? 'withdrawn'
      : state.change === 'unchanged'
        ? 'unchanged'
        : 'ingested';
  return {
    ...empty,
    ...described,
    status,
    feeds: article === undefined ? [] : feedsOf(article, feedsBaseUrl),
    updatedAt: state.updatedAt,
  };
}
