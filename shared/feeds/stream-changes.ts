import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, AttributeValue as StreamAttributeValue } from 'aws-lambda';
import type { Publisher } from '../publishers/publisher.ts';
import { ATTR, articleIdOfKey } from '../store/table.ts';
import { ALL_FEED, type FeedRef, feedId } from './feed-ref.ts';

/** The feeds one article item change touches, from its old and new images. */
export interface ArticleChange {
  readonly articleId: string;
  /** Feeds the article was in before or is in after the change (deduplicated). */
  readonly feeds: readonly FeedRef[];
  /** Display names of the section feeds among {@link feeds}, by `feedId`. */
  readonly sectionNames: ReadonlyMap<string, string>;
  /**
   * When the change happened: the new image's `updatedAt` (for a withdrawal, its withdrawal
   * time), else the time the stream recorded it; null when neither is known. Same record, same
   * time, so a redelivered record dates a feed as the first delivery did.
   */
  readonly changedAt: Date | null;
  /**
   * The article's new place (`feedSort`) and the feeds (`feedId`s) of its new image, when the
   * change gave it a place it did not have (it entered a feed, or its date moved); null when its
   * place stayed or it left every feed.
   */
  readonly placed?: { readonly sort: string; readonly feedIds: readonly string[] } | null;
}

type Image = Record<string, unknown>;

function image(value: Record<string, StreamAttributeValue> | undefined): Image | null {
  if (value === undefined) return null;
  // The stream's AttributeValue type (aws-lambda) and the SDK's differ only in typing.
  return unmarshall(value as Parameters<typeof unmarshall>[0]);
}

function text(item: Image, name: string): string | null {
  const value = item[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function feedsOf(item: Image, into: Map<string, FeedRef>, names: Map<string, string>): void {
  const publisherId = text(item, ATTR.feedPublisher);
  if (publisherId !== null) {
    // The aggregate feed is the merge of the publisher partitions: in one means in both.
    into.set(feedId(ALL_FEED), ALL_FEED);
    const ref: FeedRef = { kind: 'publisher', publisherId };
    into.set(feedId(ref), ref);
  }
  const section = text(item, ATTR.feedSection);
  if (section !== null) {
    const split = section.indexOf('#');
    if (split > 0) {
      const ref: FeedRef = {
        kind: 'section',
        publisherId: section.slice(0, split),
        sectionSlug: section.slice(split + 1),
      };
      into.set(feedId(ref), ref);
      const name = text(item, 'section');
      if (name !== null) names.set(feedId(ref), name);
    }
  }
}

/**
 * Works out which feeds a table change touches. Only article items count (source, rejection and
 * feed-state items are ignored). Both images matter: an article that moved to another section,
 * or was withdrawn, leaves the feeds of its old image.
 *
 * @param record - one record of the table's stream (new and old images)
 * @returns the change, or null when the record is not about an article
 * @example
 * articleChangeOf(record)?.feeds; // [{ kind: 'all' }, { kind: 'publisher', publisherId: 'demo' }, …]
 */
export function articleChangeOf(record: DynamoDBRecord): ArticleChange | null {
  const keys = image(record.dynamodb?.Keys);
  const articleId = keys === null ? null : articleIdOfKey(keys);
  if (articleId === null) return null;
  const feeds = new Map<string, FeedRef>();
  const names = new Map<string, string>();
  // The old image first, so the new image's section name wins when both name the same feed.
  const newImage = image(record.dynamodb?.NewImage);
  const oldImage = image(record.dynamodb?.OldImage);
  for (const item of [oldImage, newImage]) {
    if (item !== null) feedsOf(item, feeds, names);
  }
  return {
    articleId,
    feeds: [...feeds.values()],
    sectionNames: names,
    changedAt: changeTimeOf(newImage, record.dynamodb?.ApproximateCreationDateTime),
    placed: placeOf(oldImage, newImage),
  };
}

/** The new place of an article that entered feeds or moved in them (see `ArticleChange.placed`). */
function placeOf(oldImage: Image | null, newImage: Image | null): ArticleChange['placed'] {
  const sort = newImage === null ? null : text(newImage, ATTR.feedSort);
  if (newImage === null || sort === null) return null;
  const now = new Map<string, FeedRef>();
  feedsOf(newImage, now, new Map());
  const before = new Map<string, FeedRef>();
  if (oldImage !== null) feedsOf(oldImage, before, new Map());
  const samePlace = oldImage !== null && text(oldImage, ATTR.feedSort) === sort;
  const feedIds = [...now.keys()].filter((id) => !samePlace || !before.has(id));
  return feedIds.length === 0 ? null : { sort, feedIds };
}

function changeTimeOf(newImage: Image | null, recordedSeconds: number | undefined): Date | null {
  const updated = Date.parse((newImage === null ? null : text(newImage, 'updatedAt')) ?? '');
  if (!Number.isNaN(updated)) return new Date(updated);
  return recordedSeconds === undefined || !Number.isFinite(recordedSeconds)
    ? null
    : new Date(recordedSeconds * 1000);
}

/**
 * Splits a change's feeds into those of configured publishers and those of publishers no longer
 * (or never) configured, which have no title or home page and are not published.
 *
 * @param change - the article change
 * @param publishers - the configured publishers by id
 * @returns the change limited to publishable feeds, and the ids of the unknown publishers
 */
export function publishableChange(
  change: ArticleChange,
  publishers: ReadonlyMap<string, Publisher>,
): { readonly change: ArticleChange; readonly unknownPublishers: readonly string[] } {
  const unknown = new Set<string>();
  const feeds = change.feeds.filter((ref) => {
    if (ref.kind === 'all' || publishers.has(ref.publisherId)) return true;
    unknown.add(ref.publisherId);
    return false;
  });
  return { change: { ...change, feeds }, unknownPublishers: [...unknown] };
}
