/**
 * Dates that a page keeps only in embedded JSON (app state such as `__NEXT_DATA__`, or a CMS's
 * settings object, sometimes as escaped JSON inside a string) or in hidden form inputs. Read
 * only when the page's markup has no date: scanning scripts costs time on large pages.
 */
import { textOf } from './content/dom.ts';
import { formatWithOffset, parseDate, zoneOffsetMinutes } from './dates.ts';
import { isJsonLdScript } from './json-ld.ts';
import type { PageContext } from './metadata.ts';
import type { FoundDate } from './page-dates.ts';

/**
 * Keys apps use for the publication instant. Not Arc's `published_time`: its first save, up to an
 * hour before the `display_time` the page shows and its JSON-LD declares.
 */
const PUBLISHED_KEYS =
  'datePublished|date_published|publishedAt|published_at|publishedDate|published_date|publishDate|publish_date|publicationDate|publication_date|publishTime|publish_time|article_published_time|firstPublished|first_published_at|pubDate|pub_date|displayDate|deployDt|deployDate|deploy_date';
/** Keys apps use for the last modification. */
const MODIFIED_KEYS =
  'dateModified|date_modified|modifiedAt|modified_at|modifiedTime|modified_time|updatedAt|updated_at|lastModified|last_modified|article_modified_time';

/** `"key": "value"` or `"key": 1729698495000`, with the quotes of escaped JSON allowed. */
function keyPattern(keys: string): RegExp {
  return new RegExp(
    `\\\\?["'](?:${keys})\\\\?["']\\s*:\\s*(?:\\\\?["']([^"'\\\\]{8,40})\\\\?["']|(\\d{10}(?:\\d{3})?)(?!\\d))`,
    'g',
  );
}

/**
 * The keys of one date, as a pattern, and parts of them one of which each key holds: a script
 * holding none of the parts holds no key, and is not searched (most app code is not). A plain
 * substring search runs many times faster than the pattern's.
 */
export interface DateKeys {
  readonly keys: readonly string[];
  readonly pattern: RegExp;
  readonly parts: readonly string[];
}

function dateKeys(keys: string, parts: readonly string[]): DateKeys {
  return { keys: keys.split('|'), pattern: keyPattern(keys), parts };
}

/** The keys of the publication date and of the last modification. */
export const PUBLISHED = dateKeys(PUBLISHED_KEYS, [
  'ublish',
  'ublication',
  'pubDate',
  'pub_date',
  'displayDate',
  'deploy',
]);
export const MODIFIED = dateKeys(MODIFIED_KEYS, ['odified', 'pdated']);

/** Epoch seconds or milliseconds of the years 2000–2100. */
function fromEpoch(digits: string, timeZone: string): string | null {
  const millis = digits.length === 13 ? Number(digits) : Number(digits) * 1000;
  if (millis < 946_684_800_000 || millis > 4_102_444_800_000) return null;
  return formatWithOffset(millis, zoneOffsetMinutes(timeZone, millis));
}

/** Hidden inputs whose name says they hold a date: `<input type=hidden name=publishDate …>`. */
const DATE_INPUT = /publish|pubdate|created|date/i;

function firstMatch(
  texts: readonly string[],
  { pattern, parts }: DateKeys,
  timeZone: string,
  source: string,
): FoundDate | null {
  for (const text of texts) {
    if (!parts.some((part) => text.includes(part))) continue;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const raw = m[1] ?? m[2] ?? '';
      // Only full dates with a time, year first ("2024-03-15T14:30", "2026.01.29 18:40"):
      // "2024" or "today" in app state says nothing.
      const value =
        m[2] !== undefined
          ? fromEpoch(m[2], timeZone)
          : /\d{4}([-./])\d{2}\1\d{2}[T ]\d{2}:\d{2}/.test(raw)
            ? parseDate(raw, timeZone)
            : null;
      if (value !== null) return { value, source, raw };
    }
  }
  return null;
}

/** A page's embedded dates, each read when first asked for. */
export interface EmbeddedDates {
  /** The publication date of a hidden input, else of the scripts' JSON. */
  published(): FoundDate | null;
  /** The modification date of the scripts' JSON (none when a hidden input gave the publication). */
  modified(): FoundDate | null;
}

/**
 * Reads the published and modified dates from embedded JSON and hidden inputs, each on demand:
 * pages often need only the modification date here (their markup has the publication), and
 * each search runs a pattern over every script of the page.
 *
 * @param ctx - the page
 * @returns the dates found there
 */
export function readEmbeddedDates(ctx: PageContext): EmbeddedDates {
  const { index, timezone } = ctx;
  let input: FoundDate | null | undefined;
  const fromInput = (): FoundDate | null => {
    if (input !== undefined) return input;
    input = null;
    const inputs = index
      .byTag('input')
      .filter((el) => el.attribs.type?.toLowerCase() === 'hidden')
      .filter((el) => DATE_INPUT.test(`${el.attribs.name ?? ''} ${el.attribs.id ?? ''}`));
    for (const el of inputs) {
      const raw = el.attribs.value?.trim() ?? '';
      const value = raw === '' ? null : parseDate(raw, timezone);
      if (value !== null && !/modif|update/i.test(`${el.attribs.name} ${el.attribs.id}`)) {
        input = { value, source: 'hidden input', raw };
        break;
      }
    }
    return input;
  };
  let scripts: string[] | undefined;
  const scriptTexts = (): string[] => {
    scripts ??= index
      .byTag('script')
      .filter((el) => !isJsonLdScript(el))
      .map((el) => textOf(el))
      .filter((text) => text.length > 0);
    return scripts;
  };
  let published: FoundDate | null | undefined;
  let modified: FoundDate | null | undefined;
  return {
    published: () => {
      if (published === undefined) {
        published = fromInput() ?? firstMatch(scriptTexts(), PUBLISHED, timezone, 'embedded JSON');
      }
      return published;
    },
    modified: () => {
      if (modified === undefined) {
        modified =
          fromInput() !== null
            ? null
            : firstMatch(scriptTexts(), MODIFIED, timezone, 'embedded JSON');
      }
      return modified;
    },
  };
}
