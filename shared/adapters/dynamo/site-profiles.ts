/**
 * Site profiles of template learning in the table: one item per site (`SITE#<host>`) holding
 * its last pages' block fingerprints. Writes are optimistic: each carries the `version` it read,
 * and a writer that lost the race reads again and re-applies its page, so pages recorded at the
 * same time are all kept.
 *
 * The pages are stored gzip-compressed in one binary attribute (`pagesGz`), as the article body
 * is: every new page of a site rewrites the whole item and reads it twice. Twenty pages of the
 * news-metadata benchmark make 51–64 KB as a list and 23–33 KB compressed (fingerprints are hex
 * digits, which gzip packs to about half a byte each): about half the write and read units.
 * Items written before hold the list in `pages`; they are read as they are and rewritten
 * compressed.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ProfilePage,
  recordPage,
  type SiteProfile,
  siteOf,
} from '../../extract/template/index.ts';
import { ConcurrentUpdateError } from '../../ingest/errors.ts';
import type { SiteProfileStore } from '../../ingest/ports.ts';
import { keys } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';
import { afterLostRace } from './write-contention.ts';

/** Attempts of a profile write that keeps losing races (SQS retries the message after). */
const MAX_ATTEMPTS = 16;

/** Name of the attribute holding the compressed pages. */
const PAGES_ATTRIBUTE = 'pagesGz';

/** A stored page: fingerprints as one space-separated string (far smaller than a list). */
interface StoredPage {
  readonly url: string;
  readonly fingerprints: string;
  readonly source?: string;
}

/** The item as stored: the pages compressed, or (items written before) as a list. */
interface StoredSiteItem {
  readonly pk: string;
  readonly sk: string;
  readonly type: 'site';
  readonly site: string;
  readonly version: number;
  readonly [PAGES_ATTRIBUTE]?: Uint8Array;
  readonly pages?: readonly StoredPage[];
}

/** The item with its pages decoded. */
interface SiteItem {
  readonly site: string;
  readonly version: number;
  readonly pages: readonly StoredPage[];
}

/** Thrown when a stored site profile's pages do not decode. */
export class UnreadableProfileError extends Error {
  constructor(
    readonly site: string,
    options?: ErrorOptions,
  ) {
    super(`The site profile of ${site} does not decode (attribute "${PAGES_ATTRIBUTE}")`, options);
    this.name = 'UnreadableProfileError';
  }
}

function encodePages(pages: readonly StoredPage[]): Uint8Array {
  return new Uint8Array(gzipSync(Buffer.from(JSON.stringify(pages), 'utf8'), { level: 6 }));
}

function decodeItem(item: StoredSiteItem): SiteItem {
  const stored = item[PAGES_ATTRIBUTE];
  if (stored === undefined) {
    return { site: item.site, version: item.version, pages: item.pages ?? [] };
  }
  try {
    const pages: unknown = JSON.parse(gunzipSync(stored).toString('utf8'));
    if (Array.isArray(pages)) return { site: item.site, version: item.version, pages };
  } catch (error) {
    throw new UnreadableProfileError(item.site, { cause: error });
  }
  throw new UnreadableProfileError(item.site);
}

function toProfile(item: SiteItem): SiteProfile {
  return {
    site: item.site,
    pages: item.pages.map((p) => ({
      url: p.url,
      fingerprints: p.fingerprints === '' ? [] : p.fingerprints.split(' '),
      ...(p.source === undefined ? {} : { source: p.source }),
    })),
  };
}

function samePages(a: readonly StoredPage[], b: readonly StoredPage[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i];
      return (
        q !== undefined &&
        p.url === q.url &&
        p.fingerprints === q.fingerprints &&
        p.source === q.source
      );
    })
  );
}

/**
 * The site profiles, in the article table.
 *
 * @example
 * const profiles = new DynamoSiteProfiles(tableName, documentClient);
 * const profile = await profiles.record({ url, fingerprints, source: objectKey });
 */
export class DynamoSiteProfiles implements SiteProfileStore {
  /**
   * @param tableName - the table
   * @param client - a document client; the process's one (from the environment) by default
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient = defaultDocumentClient(),
  ) {}

  async get(site: string): Promise<SiteProfile | null> {
    const item = await this.read(site);
    return item === null ? null : toProfile(item);
  }

  async record(page: ProfilePage): Promise<SiteProfile> {
    const site = siteOf(page.url);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const item = await this.read(site);
      const profile = recordPage(item === null ? null : toProfile(item), page);
      const version = (item?.version ?? 0) + 1;
      const pages: StoredPage[] = profile.pages.map((p) => ({
        url: p.url,
        fingerprints: p.fingerprints.join(' '),
        ...(p.source === undefined ? {} : { source: p.source }),
      }));
      // The same page recorded again (a retried or repeated upload) changes nothing: the item
      // is about 100 KB, so an unneeded write costs about 100 write units.
      if (item !== null && samePages(item.pages, pages)) return profile;
      const next: StoredSiteItem = {
        ...keys.site(site),
        type: 'site',
        site,
        version,
        [PAGES_ATTRIBUTE]: encodePages(pages),
      };
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: next,
            ...(item === null
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'version = :version',
                  ExpressionAttributeValues: { ':version': item.version },
                }),
          }),
        );
        return profile;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        // Another page of the site was recorded in between: read it and add ours again.
        await afterLostRace(attempt);
      }
    }
    throw new ConcurrentUpdateError(
      `The profile of site ${site} kept changing while recording ${page.url}`,
    );
  }

  private async read(site: string): Promise<SiteItem | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.site(site), ConsistentRead: true }),
    );
    return Item === undefined ? null : decodeItem(Item as StoredSiteItem);
  }
}
