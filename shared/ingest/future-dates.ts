/**
 * Dates in the future. A page dated 2099 would stay at the top of its feeds until 2099, and a
 * modification time in the future would move a feed's build date there for good (build dates
 * never go back). So a publication or modification time more than a small allowance after the
 * ingest is clamped to the ingest time, and the page's own value is kept on the item as a flag.
 */
import type { Article } from '../article.ts';

/**
 * How far after the ingest a page's date may be: clocks of publishing systems drift, and some
 * pages are dated a few minutes ahead on purpose (scheduled posts).
 */
export const FUTURE_DATE_ALLOWANCE_MS = 15 * 60 * 1000;

/** The page's own values of the dates that were clamped (ISO 8601, as the page gave them). */
export interface ClampedDates {
  readonly publishedAt?: string;
  readonly modifiedAt?: string;
}

function isFuture(iso: string | null, limit: number): iso is string {
  if (iso === null) return false;
  const time = Date.parse(iso);
  return !Number.isNaN(time) && time > limit;
}

/**
 * Clamps an article's dates that lie more than {@link FUTURE_DATE_ALLOWANCE_MS} after `at`.
 *
 * @param article - the extracted article
 * @param at - the time of the ingest
 * @returns the article with those dates set to `at`, and the page's original values (null when
 *   nothing was clamped)
 * @example
 * clampFutureDates({ ...article, publishedAt: '2099-01-01T00:00:00+07:00' }, now).clamped;
 * // { publishedAt: '2099-01-01T00:00:00+07:00' }
 */
export function clampFutureDates(
  article: Article,
  at: Date,
): { readonly article: Article; readonly clamped: ClampedDates | null } {
  const limit = at.getTime() + FUTURE_DATE_ALLOWANCE_MS;
  const published = isFuture(article.publishedAt, limit) ? article.publishedAt : null;
  const modified = isFuture(article.modifiedAt, limit) ? article.modifiedAt : null;
  if (published === null && modified === null) return { article, clamped: null };
  const atIso = at.toISOString();
  return {
    article: {
      ...article,
      ...(published === null ? {} : { publishedAt: atIso }),
      ...(modified === null ? {} : { modifiedAt: atIso }),
    },
    clamped: {
      ...(published === null ? {} : { publishedAt: published }),
      ...(modified === null ? {} : { modifiedAt: modified }),
    },
  };
}
