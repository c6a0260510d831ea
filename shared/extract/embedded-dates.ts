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
 * Keys apps use for the first publication, read before the others: Arc XP's `publish_date` is the
 * story's latest (re)publication, its `first_publish_date` the first (the ANS schema's words).
 */
const FIRST_PUBLISHED_KEYS =
  'first_publish_date|firstPublished|first_published_at|first_publication_date';
/**
 * Keys apps use for the publication instant, also in the CMS's language (`fechaPublicacion`). Not Arc's `published_time`: its first save, up to an
 * hour before the `display_time` the page shows and its JSON-LD declares.
 */
const PUBLISHED_KEYS =
  'datePublished|date_published|publishedAt|published_at|publishedDate|published_date|publishDate|publish_date|publicationDate|publication_date|publishTime|publish_time|article_published_time|pubDate|pub_date|displayDate|deployDt|deployDate|deploy_date|fechaPublicacion|fecha_publicacion|data_pubblicazione';
/** Keys apps use for the last modification (Arc's `last_updated_date`: its content's last update). */
const MODIFIED_KEYS =
  'dateModified|date_modified|modifiedAt|modified_at|modifiedTime|modified_time|updatedAt|updated_at|lastModified|last_modified|last_updated_date|article_modified_time';

/** `"key": "value"` or `"key": 1729698495000`, with the quotes of escaped JSON allowed. */
function keyPattern(keys: string): RegExp {
  return new RegExp(
    `\\\\?["'](?:${keys})\\\\?["']\\s*:\\s*(?:\\\\?["']([^"'\\\\]{8,40})\\\\?["']|(\\d{10}(?:\\d{3})?)(?!\\d))`,
    'y',
  );
}

/**
 * The keys of one date, as a pattern, and parts of them one of which each key holds: a script
 * holding none of the parts holds no key, and is not searched (most app code is not). A plain
 * substring search runs many times faster than the pattern's, which {@link keyMatches} tries
 * only just before a part.
 */
export interface DateKeys {
  readonly keys: readonly string[];
  /** Sticky: tried at one place. */
  readonly pattern: RegExp;
  readonly parts: readonly string[];
  /** Any of the parts, searched for in one pass (`indexOf` per part took longer than the pattern). */
  readonly anyPart: RegExp;
  /** How far before a part of its key a match may start: the longest key and two quotes. */
  readonly reach: number;
}

function dateKeys(keys: string, parts: readonly string[]): DateKeys {
  const list = keys.split('|');
  const reach = 2 + Math.max(...list.map((key) => key.length));
  return {
    keys: list,
    pattern: keyPattern(keys),
    parts,
    anyPart: new RegExp(parts.join('|'), 'g'),
    reach,
  };
}

/**
 * The matches of `keys`' pattern in a script, in order, as a global search finds them. Each
 * match holds a part within its key, so it starts at a quote or backslash at most `reach`
 * characters before the next place of a part: only those are tried (a search over the whole
 * script tried every quote of its code).
 *
 * @param text - a script
 * @param keys - the date's keys
 * @returns the matches
 */
export function* keyMatches(text: string, keys: DateKeys): Generator<RegExpExecArray> {
  const { pattern, anyPart, reach } = keys;
  for (let from = 0; ; ) {
    anyPart.lastIndex = from;
    const part = anyPart.exec(text);
    if (part === null) return;
    let match: RegExpExecArray | null = null;
    for (let at = Math.max(from, part.index - reach); at <= part.index && match === null; at++) {
      const code = text.charCodeAt(at);
      if (code !== 0x22 && code !== 0x27 && code !== 0x5c) continue; // " ' \
      pattern.lastIndex = at;
      match = pattern.exec(text);
    }
    if (match === null) {
      from = part.index + 1;
      continue;
    }
    yield match;
    from = match.index + match[0].length;
  }
}

/** The keys of the first publication, of the publication and of the last modification. */
export const FIRST_PUBLISHED = dateKeys(FIRST_PUBLISHED_KEYS, [
  'irst_publish',
  'irstPublish',
  'irst_publication',
]);
export const PUBLISHED = dateKeys(PUBLISHED_KEYS, [
  'ublish',
  'ublication',
  'pubDate',
  'pub_date',
  'displayDate',
  'deploy',
  'ublicacion',
  'ubblicazione',
]);
export const MODIFIED = dateKeys(MODIFIED_KEYS, ['odified', 'pdated']);

/**
 * Epoch seconds or milliseconds of the years 2000–2100, as the instant in the page's zone: app
 * state and some CMSs' JSON-LD (`"datePublished": 1682676000000`) write dates so.
 */
export function fromEpoch(digits: string, timeZone: string): string | null {
  const millis = digits.length === 13 ? Number(digits) : Number(digits) * 1000;
  if (millis < 946_684_800_000 || millis > 4_102_444_800_000) return null;
  return formatWithOffset(millis, zoneOffsetMinutes(timeZone, millis));
}

/**
 * Hidden inputs whose name says they hold a date, in English or another language:
 * `<input type=hidden name=publishDate …>`, `id=hdnDataPublicacao`, `fechaPublicacion`.
 */
const DATE_INPUT = /publi|pubdate|created|date|fecha|datum/i;

/**
 * The last part of the page's path when it names the page in words
 * ("how-vendors-aim-to-remain-relevant", without an `.html`), as written and percent-decoded: app
 * state that holds several stories carries it in the page's own object. None for a path that
 * ends in a bare id or a short word.
 */
function pageSlug(url: string): string[] {
  let last: string;
  try {
    last =
      new URL(url).pathname
        .split('/')
        .filter((part) => part !== '')
        .pop() ?? '';
  } catch {
    return [];
  }
  const raw = last.replace(/\.[a-z\d]{2,5}$/i, '');
  if (raw.length < 12 || !/[-_]/.test(raw) || !/\p{L}{3}/u.test(raw)) return [];
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: the slug as written.
  }
  return decoded === raw ? [raw] : [raw, decoded];
}

/** Where `slugs` occur in `text`. */
function positionsOf(text: string, slugs: readonly string[]): number[] {
  const at: number[] = [];
  for (const slug of slugs) {
    for (let i = text.indexOf(slug); i !== -1; i = text.indexOf(slug, i + slug.length)) at.push(i);
  }
  return at;
}

/** Places of the slug in one script read for the page's own object. */
const MAX_SLUG_PLACES = 20;

/**
 * Whether a character opens (`{`, `[`) or closes (`}`, `]`) an object or array: compared, not
 * looked up in a set, as the walks below test each character of scripts of megabytes.
 */
const opens = (c: number): boolean => c === 0x7b || c === 0x5b;
const closes = (c: number): boolean => c === 0x7d || c === 0x5d;

/**
 * Where the object or array that holds position `at` opens (-1 at the top level). Brackets
 * inside strings are counted too; app state rarely holds any.
 */
function holderStart(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (closes(c)) depth++;
    else if (opens(c)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** A date found in the scripts, and where. */
interface Match {
  readonly found: FoundDate;
  readonly text: string;
  readonly at: number;
}

/**
 * Of dates found in scripts, the page's own: in app state that holds several stories, the
 * object naming the page's slug holds its date, and of its dates the least nested is the
 * page's (not its author's or a related story's). Null when no script names the slug beside a
 * date.
 */
function ownMatch(matches: readonly Match[], slugs: readonly string[]): FoundDate | null {
  let best: { found: FoundDate; rank: number; distance: number } | null = null;
  const byText = new Map<string, Match[]>();
  for (const m of matches) {
    const inText = byText.get(m.text);
    if (inText === undefined) byText.set(m.text, [m]);
    else inText.push(m);
  }
  for (const [text, inText] of byText) {
    const walked = new Set<number>();
    // The first places only: each is a walk through its holder.
    for (const at of positionsOf(text, slugs).slice(0, MAX_SLUG_PLACES)) {
      const start = holderStart(text, at);
      if (walked.has(start)) continue;
      walked.add(start);
      // One walk through the holder: the depth of each date in it, until it closes.
      let depth = 0;
      let next = inText.findIndex((m) => m.at > start);
      for (let i = start + 1; i < text.length && next !== -1 && next < inText.length; i++) {
        const m = inText[next] as Match;
        if (i === m.at) {
          const distance = Math.abs(m.at - at);
          if (
            best === null ||
            depth < best.rank ||
            (depth === best.rank && distance < best.distance)
          ) {
            best = { found: m.found, rank: depth, distance };
          }
          next++;
        }
        const c = text.charCodeAt(i);
        if (opens(c)) depth++;
        else if (closes(c)) {
          if (depth === 0) break;
          depth--;
        }
      }
    }
  }
  return best?.found ?? null;
}

/** The dates a script keeps under `keys`, in order; only the first when `all` is false. */
function datesIn(
  text: string,
  keys: DateKeys,
  timeZone: string,
  source: string,
  all: boolean,
): Match[] {
  const matches: Match[] = [];
  for (const m of keyMatches(text, keys)) {
    const raw = m[1] ?? m[2] ?? '';
    // Only full dates with a time, year first ("2024-03-15T14:30", "2026.01.29 18:40"):
    // "2024" or "today" in app state says nothing.
    const value =
      m[2] !== undefined
        ? fromEpoch(m[2], timeZone)
        : /\d{4}([-./])\d{2}\1\d{2}[T ]\d{2}:\d{2}/.test(raw)
          ? parseDate(raw, timeZone)
          : null;
    if (value === null) continue;
    matches.push({ found: { value, source, raw }, text, at: m.index });
    if (!all) break;
  }
  return matches;
}

/**
 * The date the scripts keep under `keys`: the page's own when a script names its slug
 * ({@link ownMatch}), else the first.
 */
function bestMatch(
  texts: readonly string[],
  naming: readonly string[],
  keys: DateKeys,
  timeZone: string,
  source: string,
  slugs: readonly string[],
): FoundDate | null {
  // One pass of the parts' pattern: an `includes` per part read a script without them 8 times.
  const holds = (text: string): boolean => {
    keys.anyPart.lastIndex = 0;
    return keys.anyPart.test(text);
  };
  const named = naming.filter(holds).flatMap((text) => datesIn(text, keys, timeZone, source, true));
  const firstNamed = named[0]?.found;
  // One instant however often it is written there: the page's own, no need to tell whose.
  if (firstNamed !== undefined && named.every((m) => m.found.value === firstNamed.value)) {
    return firstNamed;
  }
  const own = named.length === 0 ? null : ownMatch(named, slugs);
  if (own !== null) return own;
  for (const text of texts) {
    if (!holds(text)) continue;
    const first = datesIn(text, keys, timeZone, source, false)[0];
    if (first !== undefined) return first.found;
  }
  return null;
}

/** A page's embedded dates, each read when first asked for. */
export interface EmbeddedDates {
  /** The publication date of a hidden input, else of the scripts' JSON (a first publication first). */
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
 * @param url - the page's URL (its slug marks its own object in app state)
 * @returns the dates found there
 */
export function readEmbeddedDates(ctx: PageContext, url: string): EmbeddedDates {
  const { index, timezone } = ctx;
  let slugs: string[] | undefined;
  const slugsOf = (): string[] => {
    slugs ??= pageSlug(url);
    return slugs;
  };
  // The scripts that name the page's slug, found once for both dates.
  let naming: string[] | undefined;
  const namingScripts = (): string[] => {
    const named = slugsOf();
    naming ??=
      named.length === 0
        ? []
        : scriptTexts().filter((text) => named.some((slug) => text.includes(slug)));
    return naming;
  };
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
      if (value !== null && !/modif|update|tualiz/i.test(`${el.attribs.name} ${el.attribs.id}`)) {
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
        published =
          fromInput() ??
          [FIRST_PUBLISHED, PUBLISHED].reduce<FoundDate | null>(
            (found, keys) =>
              found ??
              bestMatch(scriptTexts(), namingScripts(), keys, timezone, 'embedded JSON', slugsOf()),
            null,
          );
      }
      return published;
    },
    modified: () => {
      if (modified === undefined) {
        modified =
          fromInput() !== null
            ? null
            : bestMatch(
                scriptTexts(),
                namingScripts(),
                MODIFIED,
                timezone,
                'embedded JSON',
                slugsOf(),
              );
      }
      return modified;
    },
  };
}
