/**
 * Site profiles of template learning in the table: one item per recorded page, in the site's
 * partition (`SITE#<host>` / `PAGE#<hash of the URL>`), with its fingerprints gzip-compressed
 * and the time it was recorded. A site's profile is one strongly consistent query of that
 * partition: its last `PROFILE_PAGES` pages by that time.
 *
 * A page is one plain put, whatever the size of the profile, and pages of one site recorded at
 * once never contend: each writes its own item (the same URL again replaces its own). A
 * recording then deletes the pages that fell out of the last `PROFILE_PAGES`, so a site's
 * partition stays bounded. The first recording that makes the profile usable (`isUsable`) writes
 * the site's `USABLE` marker with a condition: of the pages recorded at once, exactly one wins it,
 * and that one has the site's earlier pages extracted again.
 *
 * Once a site has its marker, a recording builds on the ingest's lookup of the site instead of
 * reading the partition again (one query a page, not two). A page recorded since that lookup
 * is missing from it, which is harmless then: the recording only deletes pages older than the
 * last `PROFILE_PAGES` it knows of (pages it does not know of are newer still), so a partition
 * may hold a few pages too many until the next recording. Before the marker every recording
 * reads again after its lookup, so that the one that completes the usable profile sees it.
 *
 * Profiles of an earlier version are one item per site (`SITE#<host>` / `SITE`: every page in
 * `pagesGz`, or before that in a `pages` list). Such an item is read as the site's oldest pages,
 * and deleted once the site has `PROFILE_PAGES` newer ones; a site it already made usable is
 * not extracted again.
 *
 * An item that does not decode is left out of the profile and deleted by the site's next
 * recording: template learning only cleans pages better, so it never stops a page's ingest.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  isUsable,
  PROFILE_PAGES,
  type ProfilePage,
  recordPage,
  type SiteProfile,
  siteOf,
} from '../../extract/template/index.ts';
import type { RecordedPage, SiteProfileRead, SiteProfileStore } from '../../ingest/ports.ts';
import { KEY_PREFIX, keys, SITE_PAGE_PREFIX, SORT_KEY } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

/** Attribute of a page item holding its fingerprints (space-separated, gzip-compressed). */
const FINGERPRINTS_ATTRIBUTE = 'fingerprintsGz';
/** Attribute of an earlier version's site item holding every page (a JSON list, compressed). */
const LEGACY_PAGES_ATTRIBUTE = 'pagesGz';

/** A page item as stored. */
interface StoredPageItem {
  readonly pk: string;
  readonly sk: string;
  readonly type: 'site-page';
  readonly site: string;
  readonly url: string;
  readonly source?: string;
  /** When it was recorded (milliseconds since the epoch): the profile's order. */
  readonly recordedAt: number;
  readonly [FINGERPRINTS_ATTRIBUTE]: Uint8Array;
}

/** A page of an earlier version's site item: fingerprints as one space-separated string. */
interface LegacyPage {
  readonly url: string;
  readonly fingerprints: string;
  readonly source?: string;
}

/** A recorded page with what orders and identifies it. */
interface PageRecord {
  readonly page: ProfilePage;
  /** Its item's sort key, or null for a page of an earlier version's site item. */
  readonly sk: string | null;
  readonly recordedAt: number;
}

/** What the site's partition holds. */
interface SiteState {
  /** Pages oldest first (an earlier version's item first), one per URL. */
  readonly pages: readonly PageRecord[];
  readonly items: readonly PageRecord[];
  readonly usableMarked: boolean;
  /** Pages in an earlier version's site item, or null when there is none. */
  readonly legacyPages: number | null;
  /**
   * Sort keys of the items that do not decode (a write cut short, an edit by hand): left out of
   * the profile, so learning goes on without them, and deleted by the next recording.
   */
  readonly unreadable: readonly string[];
}

/** The sort-key hash of a page's URL: the same URL recorded again replaces its item. */
function urlHash(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 32);
}

function splitFingerprints(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}

/** A page item's page, or null when the item does not decode (it is skipped, then deleted). */
function pageOfItem(item: Record<string, unknown>): PageRecord | null {
  const { url, sk, recordedAt, source } = item;
  const stored = item[FINGERPRINTS_ATTRIBUTE];
  if (typeof url !== 'string' || typeof sk !== 'string' || typeof recordedAt !== 'number') {
    return null;
  }
  if (!(stored instanceof Uint8Array)) return null;
  let fingerprints: string[];
  try {
    fingerprints = splitFingerprints(gunzipSync(stored).toString('utf8'));
  } catch {
    return null;
  }
  return {
    page: { url, fingerprints, ...(typeof source === 'string' ? { source } : {}) },
    sk,
    recordedAt,
  };
}

/** The pages of an earlier version's site item, or null when they do not decode. */
function legacyPagesOf(item: Record<string, unknown>): LegacyPage[] | null {
  const stored = item[LEGACY_PAGES_ATTRIBUTE];
  if (!(stored instanceof Uint8Array)) {
    return Array.isArray(item.pages) ? (item.pages as LegacyPage[]) : [];
  }
  try {
    const pages: unknown = JSON.parse(gunzipSync(stored).toString('utf8'));
    return Array.isArray(pages) ? (pages as LegacyPage[]) : null;
  } catch {
    return null;
  }
}

/** Oldest first; pages recorded in the same millisecond by their sort key. */
function byRecording(a: PageRecord, b: PageRecord): number {
  return a.recordedAt - b.recordedAt || (a.sk ?? '').localeCompare(b.sk ?? '');
}

function profileOf(site: string, pages: readonly PageRecord[]): SiteProfile {
  return { site, pages: pages.slice(-PROFILE_PAGES).map((record) => record.page) };
}

function samePage(a: ProfilePage, b: ProfilePage): boolean {
  return (
    a.url === b.url &&
    a.source === b.source &&
    a.fingerprints.length === b.fingerprints.length &&
    a.fingerprints.every((fp, i) => fp === b.fingerprints[i])
  );
}

/**
 * The site profiles, in the article table.
 *
 * @example
 * const profiles = new DynamoSiteProfiles(tableName, documentClient);
 * const { profile, becameUsable } = await profiles.record({ url, fingerprints, source: objectKey });
 */
export class DynamoSiteProfiles implements SiteProfileStore {
  #last = 0;
  /** What each lookup of this instance read, for the recording that builds on it. */
  readonly #reads = new WeakMap<SiteProfileRead, SiteState>();

  /**
   * @param tableName - the table
   * @param client - a document client; the process's one (from the environment) by default
   * @param clock - milliseconds since the epoch, the pages' order (made strictly increasing
   *   within this instance)
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient = defaultDocumentClient(),
    private readonly clock: () => number = Date.now,
  ) {}

  async read(site: string): Promise<SiteProfileRead> {
    const state = await this.#read(site);
    const read = { site, profile: state.pages.length === 0 ? null : profileOf(site, state.pages) };
    this.#reads.set(read, state);
    return read;
  }

  /** The site's profile, or null for a site not seen yet. */
  async get(site: string): Promise<SiteProfile | null> {
    return (await this.read(site)).profile;
  }

  async record(page: ProfilePage, read?: SiteProfileRead): Promise<RecordedPage> {
    const site = siteOf(page.url);
    const state = this.#reusable(site, read) ?? (await this.#read(site));
    const known = state.pages.find((record) => record.page.url === page.url);
    // The page as the profile keeps it (distinct fingerprints, at most MAX_PAGE_FINGERPRINTS).
    const kept = recordPage(null, page).pages[0] ?? page;
    // The same page recorded again (a retried or repeated upload) writes no page. A retry of a
    // recording cut short before its marker still marks the site.
    if (known !== undefined && samePage(known.page, kept)) {
      return {
        profile: profileOf(site, state.pages),
        becameUsable: await this.#markUsable(site, state.pages.length, state),
      };
    }
    const recordedAt = this.#now();
    const key = keys.sitePage(site, urlHash(page.url));
    const { sk } = key;
    const item: StoredPageItem = {
      ...key,
      type: 'site-page',
      site,
      url: kept.url,
      ...(kept.source === undefined ? {} : { source: kept.source }),
      recordedAt,
      [FINGERPRINTS_ATTRIBUTE]: new Uint8Array(
        gzipSync(Buffer.from(kept.fingerprints.join(' '), 'utf8'), { level: 6 }),
      ),
    };
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: item }));
    const ours: PageRecord = { page: kept, sk, recordedAt };
    const pages = [...state.pages.filter((record) => record.page.url !== page.url), ours];
    const items = [...state.items.filter((record) => record.sk !== sk), ours].sort(byRecording);
    await this.#prune(site, items, state);
    return {
      profile: profileOf(site, pages),
      becameUsable: await this.#markUsable(site, pages.length, state),
    };
  }

  /**
   * What a lookup of this instance read, if a recording of the site may build on it: once the
   * site has its marker.
   */
  #reusable(site: string, read: SiteProfileRead | undefined): SiteState | undefined {
    if (read === undefined || read.site !== site) return undefined;
    const state = this.#reads.get(read);
    return state?.usableMarked ? state : undefined;
  }

  /** Strictly increasing within this instance: pages it records one after the other keep their order. */
  #now(): number {
    this.#last = Math.max(this.clock(), this.#last + 1);
    return this.#last;
  }

  /**
   * Deletes the page items older than the last `PROFILE_PAGES` (each only as it was read: one
   * recorded again since is newer and stays), the items that do not decode, and an earlier
   * version's item once the page items are all newer than it.
   */
  async #prune(site: string, items: readonly PageRecord[], state: SiteState): Promise<void> {
    const stale = items.slice(0, Math.max(0, items.length - PROFILE_PAGES));
    const partition = `${KEY_PREFIX.site}${site}`;
    await Promise.all([
      ...stale.map(async (record) => {
        try {
          await this.client.send(
            new DeleteCommand({
              TableName: this.tableName,
              Key: { pk: partition, sk: record.sk },
              ConditionExpression: 'recordedAt = :seen',
              ExpressionAttributeValues: { ':seen': record.recordedAt },
            }),
          );
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }),
      ...state.unreadable.map((sk) =>
        this.client.send(
          new DeleteCommand({ TableName: this.tableName, Key: { pk: partition, sk } }),
        ),
      ),
    ]);
    if (state.legacyPages !== null && items.length >= PROFILE_PAGES) {
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: keys.site(site) }),
      );
    }
  }

  /**
   * Whether this recording is the one that made the site usable: it wins the conditional write
   * of the site's marker. A site an earlier version's profile made usable gets the marker
   * without being extracted again.
   */
  async #markUsable(site: string, pages: number, state: SiteState): Promise<boolean> {
    if (state.usableMarked || !isUsable(pages)) return false;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.siteUsable(site), type: 'site-usable', site, pages },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
    return !isUsable(state.legacyPages ?? 0);
  }

  async #read(site: string): Promise<SiteState> {
    const items: PageRecord[] = [];
    const unreadable: string[] = [];
    let legacy: LegacyPage[] | null = null;
    let usableMarked = false;
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.site}${site}` },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      startKey = result.LastEvaluatedKey;
      for (const raw of result.Items ?? []) {
        if (raw.sk === SORT_KEY.siteUsable) usableMarked = true;
        else if (raw.sk === SORT_KEY.site) {
          legacy = legacyPagesOf(raw);
          if (legacy === null) unreadable.push(raw.sk);
        } else if (typeof raw.sk === 'string' && raw.sk.startsWith(SITE_PAGE_PREFIX)) {
          const record = pageOfItem(raw);
          if (record === null) unreadable.push(raw.sk);
          else items.push(record);
        }
      }
    } while (startKey !== undefined);
    items.sort(byRecording);
    const older: PageRecord[] = (legacy ?? []).map((stored) => ({
      page: {
        url: stored.url,
        fingerprints: splitFingerprints(stored.fingerprints),
        ...(stored.source === undefined ? {} : { source: stored.source }),
      },
      sk: null,
      recordedAt: 0,
    }));
    const newer = new Set(items.map((record) => record.page.url));
    return {
      pages: [...older.filter((record) => !newer.has(record.page.url)), ...items],
      items,
      usableMarked,
      legacyPages: legacy === null ? null : legacy.length,
      unreadable,
    };
  }
}
