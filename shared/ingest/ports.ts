/**
 * The ports of the ingest: what it needs from the inbox (S3), the store (DynamoDB) and the
 * extractor. Adapters in `shared/adapters/` implement them.
 */
import type { Article } from '../article.ts';
import type { ExtractedPage, ProfilePage, SiteProfile, SiteTemplate } from '../extract/index.ts';
import type { Publisher } from '../publishers/publisher.ts';
import type { RejectionReason } from './errors.ts';

/** What HeadObject says about an inbox object, before its body is read. */
export interface PageHead {
  readonly size: number;
  /** The `Content-Type`, or null when S3 has none. */
  readonly contentType: string | null;
  /** The `x-amz-meta-source-url` metadata, or null. */
  readonly sourceUrl: string | null;
  /** The ETag without quotes. */
  readonly eTag: string;
}

/** Reads inbox objects. */
export interface PageSource {
  /**
   * @returns the object's head, or null when the object no longer exists
   */
  head(bucket: string, key: string): Promise<PageHead | null>;
  /**
   * Reads the body of the version described by `head`.
   *
   * @returns the bytes, or null when the object is gone or was replaced by another version since
   */
  body(bucket: string, key: string, head: PageHead): Promise<Buffer | null>;
}

/** Bookkeeping of one inbox key. */
export interface SourceState {
  readonly objectKey: string;
  /** Normalized sequencer of the last event applied for this key. */
  readonly sequencer: string;
  /** `ingested`: the key holds an article; `rejected`: its last upload was rejected; `deleted`. */
  readonly status: 'ingested' | 'rejected' | 'deleted';
  /** The article this key contributes to, or null. */
  readonly articleId: string | null;
  /** Why the last upload was rejected, or null. */
  readonly lastError: { readonly reason: RejectionReason; readonly message: string } | null;
  /** What the last ingested upload did to its article, or null (not ingested, or older state). */
  readonly change: 'created' | 'updated' | 'unchanged' | null;
  /** ETag of the object version the last upload event named, or null. */
  readonly eTag: string | null;
  /** When this state was written (ISO 8601). */
  readonly updatedAt: string;
}

/** Fields common to every write: which event of which key, and when. */
export interface SourceEvent {
  readonly objectKey: string;
  readonly sequencer: string;
  readonly publisherId: string | null;
  /** ETag of the uploaded object (upload events), else null. */
  readonly eTag?: string | null;
  readonly at: Date;
}

/** Result of a write: `stale` and `duplicate` mean a newer or the same event was already applied. */
export type SkippedWrite = 'stale' | 'duplicate';

/** Result of {@link IngestStore.saveArticle}. */
export type SaveResult =
  | { readonly outcome: 'created' | 'updated' | 'unchanged'; readonly articleId: string }
  | { readonly outcome: SkippedWrite };

/** Result of {@link IngestStore.removeSource}. */
export type RemoveResult =
  /** The key's article left every feed (no other key holds it). */
  | { readonly outcome: 'withdrawn'; readonly articleId: string }
  /** Other keys still hold the key's article, which stays live. */
  | { readonly outcome: 'detached'; readonly articleId: string }
  /** The key held no article; its deletion is recorded. */
  | { readonly outcome: 'deleted' }
  | { readonly outcome: SkippedWrite };

/** The ingest's view of the table. Every write is conditional on the key's sequencer. */
export interface IngestStore {
  /** Reads the state of an inbox key. */
  getSource(objectKey: string): Promise<SourceState | null>;
  /**
   * Stores an extracted article for a key (no article write when its content is unchanged).
   * With `sameEvent`, the key's page is extracted again for the event already applied (a site
   * template became usable): the write happens only while that event is still the key's last.
   */
  saveArticle(
    event: SourceEvent & { readonly publisherId: string },
    article: Article,
    options?: { readonly sameEvent?: boolean },
  ): Promise<SaveResult>;
  /** Records a rejected upload (source state + rejection log entry). */
  recordRejection(
    event: SourceEvent,
    rejection: { readonly reason: RejectionReason; readonly message: string },
  ): Promise<{ readonly outcome: 'recorded' } | { readonly outcome: SkippedWrite }>;
  /** Applies the removal of a key: the article is withdrawn when no other key holds it. */
  removeSource(event: SourceEvent): Promise<RemoveResult>;
}

/** The extractor, as `extractArticle` in `shared/extract/`. */
export type ExtractArticle = (
  html: Buffer,
  options: { url?: string; timezone?: string; publisher?: Publisher },
) => Article | Promise<Article>;

/** The extractor, as `extractPage` in `shared/extract/`: the article and the page's fingerprints. */
export type ExtractPage = (
  html: Buffer,
  options: {
    url?: string;
    timezone?: string;
    publisher?: Publisher;
    template?: SiteTemplate | null;
  },
) => ExtractedPage | Promise<ExtractedPage>;

/** What recording a page did to its site's profile. */
export interface RecordedPage {
  /** The profile with the page (`recordPage`), as this recording saw it. */
  readonly profile: SiteProfile;
  /**
   * This recording made the site's template usable for the first time (`isUsable`): true for
   * exactly one recording of each site, however many record at once.
   */
  readonly becameUsable: boolean;
}

/** A site's profile as one lookup found it. */
export interface SiteProfileRead {
  readonly site: string;
  /** The profile, or null for a site not seen yet. */
  readonly profile: SiteProfile | null;
}

/**
 * The per-site profiles of template learning. `record` is safe under concurrency: pages of one
 * site recorded at once all end up in the profile.
 */
export interface SiteProfileStore {
  /** Reads a site's profile (strongly consistent). */
  read(site: string): Promise<SiteProfileRead>;
  /**
   * Adds a page to its site's profile (`recordPage`).
   *
   * @param page - the page's fingerprints, its URL and its object key
   * @param read - this ingest's lookup of the page's site, which the store may build on instead
   *   of reading the site again
   */
  record(page: ProfilePage, read?: SiteProfileRead): Promise<RecordedPage>;
}
