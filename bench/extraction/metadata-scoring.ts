/**
 * Scoring of article metadata against the news-metadata truth (fundus test pages): the title
 * exact after normalization, the authors as a set after case and diacritic folding, the
 * publication instant (same calendar day; within 60 s), and the lead (standfirst).
 */
import { plainTypography } from '../../shared/extract/text.ts';
import { scorePage } from './scoring.ts';

/**
 * Normalizes a title for an exact comparison: NFKC, typographic quotes and apostrophes to ASCII,
 * dashes to `-`, invisible characters dropped, whitespace collapsed. Case is kept.
 *
 * @param title - a headline
 * @returns the normalized headline
 * @example normalizeTitle('„Golf“ – ein  Name') // '"Golf" - ein Name'
 */
export function normalizeTitle(title: string): string {
  return plainTypography(title.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''));
}

/**
 * Whether an extracted title is the truth's, after {@link normalizeTitle}.
 *
 * @param truth - the on-page headline
 * @param got - the extractor's title, or null
 * @returns true when both normalize to the same text
 */
export function titleMatches(truth: string, got: string | null | undefined): boolean {
  return got !== null && got !== undefined && normalizeTitle(truth) === normalizeTitle(got);
}

/**
 * Folds a person's name for comparison: diacritics removed, lower case, whitespace collapsed.
 *
 * @param name - a name as written
 * @returns the folded name
 * @example foldName('  Đỗ  HUY ') // 'do huy'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the extracted authors are the truth's, compared as sets of folded names. No author on
 * either side matches only no author on the other.
 *
 * @param truth - the expected names
 * @param got - the extractor's names
 * @returns true when the folded sets are equal
 */
export function authorsMatch(truth: readonly string[], got: readonly string[]): boolean {
  const a = new Set(truth.map(foldName).filter((n) => n !== ''));
  const b = new Set(got.map(foldName).filter((n) => n !== ''));
  return a.size === b.size && [...a].every((n) => b.has(n));
}

/** A date as written: its wall-clock fields and the offset it states, if any. */
export interface WrittenDate {
  /** Milliseconds of the wall-clock time read as if it were UTC. */
  readonly wallMillis: number;
  /** The stated offset in minutes east of UTC, or null when the text gives none. */
  readonly offsetMinutes: number | null;
}

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO 8601-like date (`2024-05-03 15:47:42.389+00:00`, `2024-05-03T17:47:42+02:00`,
 * `2024-05-03`), else whatever `Date.parse` reads (taken as UTC).
 *
 * @param text - the date text
 * @returns the wall time and stated offset, or null when it is not a date
 */
export function readWrittenDate(text: string | null | undefined): WrittenDate | null {
  if (!text) return null;
  const m = DATE.exec(text.trim());
  if (m) {
    const wallMillis = Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000),
    );
    const zone = m[8];
    if (zone === undefined) return { wallMillis, offsetMinutes: null };
    if (zone.toUpperCase() === 'Z') return { wallMillis, offsetMinutes: 0 };
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const minutes = Number(z?.[2]) * 60 + Number(z?.[3]);
    return { wallMillis, offsetMinutes: z?.[1] === '-' ? -minutes : minutes };
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : { wallMillis: parsed, offsetMinutes: 0 };
}

/** How an extracted publication date compares with the truth. */
export interface DateMatch {
  /** Same calendar day as the truth's. */
  readonly day: boolean;
  /** Within 60 seconds of the truth's instant. */
  readonly instant: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Compares a publication date with the truth's. When the truth states its offset, the extracted
 * instant is viewed in that offset (so a right instant always gives the right day); when it
 * states none, wall-clock times are compared.
 *
 * @param truth - the expected date text (`YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM]`)
 * @param got - the extractor's date text, or null
 * @returns whether the day and the instant are right
 */
export function dateMatches(truth: string, got: string | null | undefined): DateMatch {
  const want = readWrittenDate(truth);
  const have = readWrittenDate(got);
  if (want === null || have === null) return { day: false, instant: false };
  let haveMillis = have.wallMillis;
  if (want.offsetMinutes !== null) {
    // The extracted instant, shown on the truth's clock.
    const instant = have.wallMillis - (have.offsetMinutes ?? 0) * 60_000;
    haveMillis = instant + want.offsetMinutes * 60_000;
  }
  return {
    day: Math.floor(haveMillis / DAY_MS) === Math.floor(want.wallMillis / DAY_MS),
    instant: Math.abs(haveMillis - want.wallMillis) <= 60_000,
  };
}

/** Page-level shingle F1 at or above which an extracted lead counts as the truth's. */
export const LEAD_MATCH_F1 = 0.9;

/**
 * Whether the extracted lead is the truth's: both absent, or both present with a token-shingle
 * F1 of at least {@link LEAD_MATCH_F1} (the body metric, so punctuation and spacing do not count).
 *
 * @param truth - the standfirst, or null when the page has none
 * @param got - the extractor's lead, or null
 * @returns true when they agree
 */
export function leadMatches(truth: string | null, got: string | null | undefined): boolean {
  const a = truth?.trim() ? truth : null;
  const b = got?.trim() ? got : null;
  if (a === null || b === null) return a === b;
  return scorePage(a, b).f1 >= LEAD_MATCH_F1;
}

/**
 * Readability's byline as names: one string ("By A and B"), split on commas and "and"/"&" so
 * that a list of authors is compared as such, not as one name.
 *
 * @param byline - Readability's `byline`
 * @returns the names, possibly empty
 * @example splitByline('By Jane Doe and John Roe') // ['Jane Doe', 'John Roe']
 */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*,\s*|\s+(?:and|&)\s+/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
