/**
 * The publisher model. A {@link Publisher} is what extraction and the feeds need (name, home page,
 * language, time zone, rules); a {@link PublisherRecord} is the registry's item: that plus the
 * domains its pages may use, its status, its upload rate and its timestamps.
 */
import { checkDomainPattern } from './domains.ts';
import { PublisherConfigError } from './errors.ts';

export { PublisherConfigError } from './errors.ts';

/** Per-site extraction rules, for pages the generic extractor gets wrong. */
export interface ExtractionRules {
  /** CSS selector of the article body; when it matches, scoring is skipped. */
  readonly contentSelector?: string;
  /** Extra CSS selectors of boilerplate, removed from the whole page before the body is looked for. */
  readonly removeSelectors?: readonly string[];
}

/** One publisher: the first segment of an inbox key (`<id>/<path>.html`) selects it. */
export interface Publisher {
  /** Lowercase slug, `[a-z0-9-]+`; the inbox key prefix and the feed path. */
  readonly id: string;
  /** Display name, used as the title of the publisher's feeds. */
  readonly name: string;
  /** Absolute URL of the publisher's home page. */
  readonly homePage: string;
  /** BCP 47 language of the publisher's pages, used when a page does not declare one. */
  readonly language: string;
  /** IANA time zone for local dates without an offset, e.g. `Asia/Ho_Chi_Minh`. */
  readonly timezone: string;
  /** Optional per-site extraction rules. */
  readonly extraction?: ExtractionRules;
}

/** `active` publishers upload; `suspended` ones are refused (their live articles stay). */
export type PublisherStatus = 'active' | 'suspended';

/** A token bucket: a steady rate and the burst it may save up. */
export interface RateLimit {
  /** Requests per second, refilled continuously. */
  readonly perSecond: number;
  /** Largest number of requests in a burst (the bucket's size). */
  readonly burst: number;
}

/** The upload API's rate of a publisher that sets none. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 20, burst: 40 };

/** A publisher as the registry keeps it. */
export interface PublisherRecord extends Publisher {
  /**
   * Hosts its canonical and source URLs may use: `news.example.com`, or `*.example.com` for any
   * subdomain. Pages naming another host are rejected (`foreign-url`).
   */
  readonly domains: readonly string[];
  readonly status: PublisherStatus;
  /** Rate of the upload API for its keys. @default DEFAULT_RATE_LIMIT */
  readonly rateLimit?: RateLimit;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  /** ISO 8601 UTC. */
  readonly updatedAt: string;
}

export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** Longest id: it prefixes every inbox key (S3 keys are at most 1,024 bytes). */
export const MAX_ID_LENGTH = 64;
/** Ids whose feed paths (`/feeds/<id>.xml`) belong to the pipeline itself. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['all']);
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks the fields of one publisher.
 *
 * @param p - the publisher
 * @param where - names the entry in messages, e.g. `publisher "demo"`
 * @throws PublisherConfigError naming the entry and the first invalid field
 */
export function validatePublisher(p: Publisher, where = `publisher ${JSON.stringify(p.id)}`): void {
  if (!ID_PATTERN.test(p.id) || p.id.length > MAX_ID_LENGTH) {
    throw new PublisherConfigError(
      `${where}: id must match ${ID_PATTERN} and have at most ${MAX_ID_LENGTH} characters`,
    );
  }
  if (RESERVED_IDS.has(p.id)) {
    throw new PublisherConfigError(`${where}: id "${p.id}" is reserved for the aggregate feed`);
  }
  if (p.name.trim() === '') throw new PublisherConfigError(`${where}: name is empty`);
  if (!isAbsoluteHttpUrl(p.homePage)) {
    throw new PublisherConfigError(
      `${where}: homePage must be an absolute http(s) URL, got ${JSON.stringify(p.homePage)}`,
    );
  }
  if (!LANGUAGE_PATTERN.test(p.language)) {
    throw new PublisherConfigError(
      `${where}: language must be a BCP 47 tag, got ${JSON.stringify(p.language)}`,
    );
  }
  if (!isTimeZone(p.timezone)) {
    throw new PublisherConfigError(`${where}: unknown time zone ${JSON.stringify(p.timezone)}`);
  }
}

function checkRate(value: number, field: string, where: string): void {
  if (!Number.isFinite(value) || value <= 0 || value > 10_000) {
    throw new PublisherConfigError(
      `${where}: ${field} must be a number above 0 and at most 10000, got ${value}`,
    );
  }
}

/**
 * Checks a registry record: the publisher's fields, its domains, status and rate.
 *
 * @param record - the record
 * @param where - names the entry in messages
 * @throws PublisherConfigError naming the entry and the first invalid field
 */
export function validatePublisherRecord(
  record: PublisherRecord,
  where = `publisher ${JSON.stringify(record.id)}`,
): void {
  validatePublisher(record, where);
  if (record.domains.length === 0) {
    throw new PublisherConfigError(
      `${where}: needs at least one domain (the host of its canonical URLs)`,
    );
  }
  for (const domain of record.domains) {
    const problem = checkDomainPattern(domain);
    if (problem !== null) throw new PublisherConfigError(`${where}: ${problem}`);
  }
  if (record.status !== 'active' && record.status !== 'suspended') {
    throw new PublisherConfigError(
      `${where}: status must be "active" or "suspended", got ${JSON.stringify(record.status)}`,
    );
  }
  if (record.rateLimit !== undefined) {
    checkRate(record.rateLimit.perSecond, 'rate', where);
    checkRate(record.rateLimit.burst, 'burst', where);
    if (record.rateLimit.burst < 1) {
      throw new PublisherConfigError(`${where}: burst must be at least 1`);
    }
  }
}

/**
 * Checks a list of publishers and indexes it by id.
 *
 * @param publishers - the publishers
 * @returns a map from publisher id to publisher
 * @throws PublisherConfigError naming the first invalid entry and field
 */
export function validatePublishers<T extends Publisher>(
  publishers: readonly T[],
): ReadonlyMap<string, T> {
  const byId = new Map<string, T>();
  for (const [index, p] of publishers.entries()) {
    const where = `publishers[${index}] (${JSON.stringify(p.id)})`;
    validatePublisher(p, where);
    if (byId.has(p.id)) throw new PublisherConfigError(`${where}: duplicate id`);
    byId.set(p.id, p);
  }
  return byId;
}
