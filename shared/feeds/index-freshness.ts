import { feedSortValue } from '../store/table.ts';
import type { FeedItem } from './feed-item.ts';
import { type FeedRef, feedId } from './feed-ref.ts';
import type { ArticleVersion } from './stream-changes.ts';

/**
 * Whether a feed read reflects the changes it was started for:
 * - `fresh`: every change is visible;
 * - `lagging`: the index certainly still holds an older version of a changed article (its
 *   revision is lower than the change's);
 * - `unsure`: a changed article that should rank in the feed is missing, which is either index
 *   lag or a later change that took it out again.
 */
export type Freshness = 'fresh' | 'lagging' | 'unsure';

/**
 * Checks a feed read against the article versions of the changes being applied. A global
 * secondary index is updated asynchronously, so a stream record can arrive before the index
 * shows its change; reading then would publish the old feed and nothing would correct it.
 *
 * @param ref - the feed that was read
 * @param items - what the read returned, newest first
 * @param limit - the read's limit
 * @param expected - the state each changed article was left in
 * @returns whether the read can be published
 */
export function indexFreshness(
  ref: FeedRef,
  items: readonly FeedItem[],
  limit: number,
  expected: readonly ArticleVersion[],
): Freshness {
  const id = feedId(ref);
  const last = items.at(-1);
  const lowest =
    items.length < limit || last === undefined
      ? null
      : feedSortValue(last.sortTime, last.article.id);
  let unsure = false;
  for (const version of expected) {
    const found = items.find((item) => item.article.id === version.articleId);
    if (found !== undefined) {
      if (found.revision !== undefined && found.revision < version.revision) return 'lagging';
      continue;
    }
    const belongs = version.feedIds.includes(id) && version.feedSort !== null;
    if (belongs && (lowest === null || (version.feedSort ?? '') > lowest)) unsure = true;
  }
  return unsure ? 'unsure' : 'fresh';
}
