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

/** Thrown when the publishers' configuration is invalid; the message names the entry and field. */
export class PublisherConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublisherConfigError';
  }
}

const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
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
 * Checks a list of publishers and indexes it by id.
 *
 * @param publishers - the configured publishers
 * @returns a map from publisher id to publisher
 * @throws PublisherConfigError naming the first invalid entry and field
 */
export function validatePublishers(
  publishers: readonly Publisher[],
): ReadonlyMap<string, Publisher> {
  const byId = new Map<string, Publisher>();
  for (const [index, p] of publishers.entries()) {
    const where = `publishers[${index}] (${JSON.stringify(p.id)})`;
    if (!ID_PATTERN.test(p.id))
      throw new PublisherConfigError(`${where}: id must match ${ID_PATTERN}`);
    if (RESERVED_IDS.has(p.id)) {
      throw new PublisherConfigError(`${where}: id "${p.id}" is reserved for the aggregate feed`);
    }
    if (byId.has(p.id)) throw new PublisherConfigError(`${where}: duplicate id`);
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
    byId.set(p.id, p);
  }
  return byId;
}
