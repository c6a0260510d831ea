/**
 * Ethiopian dates as Ethiopian pages write them — "ኅዳር 27/2019", "ኅዳር 27 ቀን 2019 ዓ.ም", "27
 * ኅዳር 2019" — rewritten as the Gregorian day they name (`2026-12-06`), which the date parser
 * reads like any other. The calendar's arithmetic is the platform's (`Intl`'s Ethiopic
 * calendar): its year opens on 11 September (12 September before a Gregorian leap year), seven
 * or eight years after the Gregorian one's number, with twelve months of 30 days and Pagume of
 * five or six; a day is found near its estimate and checked there.
 */
import { findCalendarDay } from './calendar-day.ts';

/**
 * The thirteen months in Amharic, the spellings with either letter of the sounds Ethiopic writes
 * twice (ኅ/ህ/ሕ, ሣ/ሳ, ሐ/ሀ/ሃ).
 */
const MONTH_NAMES: readonly string[] = [
  'መስከረም',
  'ጥቅምት',
  '[ኅህሕ]ዳር',
  'ታ[ኅህ][ሣሳ][ሥስ]',
  'ጥር',
  'የካቲት',
  'መጋቢት',
  'ሚያ[ዝዚ]ያ',
  'ግንቦት',
  'ሰኔ',
  '[ሐሀ]ምሌ',
  'ነ[ሐሀሃ]ሴ',
  'ጳጉሜን?',
];
const MONTH = MONTH_NAMES.join('|');
/** The month's name, then the day (perhaps "ቀን", day) and the year; or the day first. */
const ETHIOPIAN_DATE = new RegExp(
  `(${MONTH})\\s*(\\d{1,2})\\s*(?:ቀን\\s*)?[/,]?\\s*(\\d{4})(?!\\d)|(?<!\\d)(\\d{1,2})\\s*(${MONTH})\\s*(\\d{4})(?!\\d)`,
  'u',
);
/** The mark of the Ethiopian era after a year: "ዓ.ም", "ዓ/ም". */
const ERA_MARK = /ዓ\s*[./]\s*ም\.?/gu;
/** Ethiopic letters: only a text holding some is read for Ethiopian dates. */
export const ETHIOPIC_LETTER = /[\u1200-\u137f]/;

const DAY_MS = 86_400_000;

/** The month's number of its name, or 0. */
function monthOfName(name: string): number {
  return MONTH_NAMES.findIndex((pattern) => new RegExp(`^(?:${pattern})$`, 'u').test(name)) + 1;
}

/**
 * A date text with its Ethiopian date written as the Gregorian day: "ኅዳር 27/2019" becomes
 * "2026-12-06"; a date the calendar has not ("ጳጉሜ 7/2018") becomes an empty string: no day.
 *
 * @param text - a date text holding Ethiopic letters, its digits ASCII
 * @returns the text, its Ethiopian date rewritten; the text as it is without one
 */
export function ethiopianAsGregorian(text: string): string {
  const found = ETHIOPIAN_DATE.exec(text);
  if (found === null) return text.replace(ERA_MARK, ' ');
  const month = monthOfName(found[1] ?? found[5] ?? '');
  const d = Number(found[2] ?? found[4]);
  const y = Number(found[3] ?? found[6]);
  if (d < 1 || d > 30) return '';
  // Meskerem 1 falls on 11 or 12 September of the Gregorian year seven after.
  const estimate = Date.UTC(y + 7, 8, 11) + ((month - 1) * 30 + d - 1) * DAY_MS;
  const gregorian = findCalendarDay('ethiopic', estimate, [y, month, d]);
  if (gregorian === null) return '';
  const rest = `${text.slice(0, found.index)}${gregorian}${text.slice(found.index + found[0].length)}`;
  return rest.replace(ERA_MARK, ' ');
}
