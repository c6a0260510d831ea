/**
 * Solar Hijri (Persian) dates as Iranian and Afghan pages write them — "۱۴ آذر ۱۴۰۵", "14 قوس
 * 1405", "1405/09/14" — rewritten as the Gregorian day they name (`2026-12-05`), which the date
 * parser reads like any other. The calendar's arithmetic is the platform's (`Intl`'s Persian
 * calendar): a day is found near its estimate and checked there.
 */

import { findCalendarDay } from './calendar-day.ts';

/** The months as Iran names them, then as Afghanistan (Dari) names them after the zodiac. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'فروردین',
    'اردیبهشت',
    'خرداد',
    'تیر',
    'مرداد',
    'شهریور',
    'مهر',
    'آبان',
    'آذر',
    'دی',
    'بهمن',
    'اسفند',
  ],
  ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'],
];
/** A month's number by its name. */
const MONTH_OF = new Map(
  MONTH_NAMES.flatMap((names) => names.map((name, i) => [name, i + 1] as const)),
);
/** The years Solar Hijri dates of the web fall in (1300 is 1921). */
const YEAR = '1[34]\\d\\d';
/** A day, a month's name and a year: "14 آذر 1405" (digits already ASCII). */
const WORDED = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s+(${[...MONTH_OF.keys()].join('|')})\\s+(${YEAR})(?!\\d)`,
  'u',
);
/** A year, a month and a day in figures: "1405/09/14". */
const NUMERIC = new RegExp(`(?<!\\d)(${YEAR})([/.-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`);
/** Letters of the Arabic script: a page in Persian or Dari. */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** The zones whose pages write Solar Hijri dates in figures alone. */
const SOLAR_HIJRI_ZONES: ReadonlySet<string> = new Set(['Asia/Tehran', 'Asia/Kabul']);

const DAY_MS = 86_400_000;

/** The Gregorian day (`YYYY-MM-DD`) of a Solar Hijri date, or null when it names no day. */
function gregorianDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // The year opens at the March equinox, 621 years after the Gregorian one's number; its first
  // six months have 31 days, the next five 30.
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const estimate = Date.UTC(year + 621, 2, 21) + dayOfYear * DAY_MS;
  return findCalendarDay('persian', estimate, [year, month, day]);
}

/**
 * A date text with its Solar Hijri date written as the Gregorian day: "۱۴ آذر ۱۴۰۵ - ۱۰:۳۰"
 * (digits made ASCII before) becomes "2026-12-05 - 10:30". A date in figures alone ("1405/09/14")
 * is read so on a page in the Arabic script or in Iran's or Afghanistan's zone. A date the
 * calendar has not ("31 اسفند 1404") becomes an empty string: no day.
 *
 * @param text - a date text, its digits ASCII
 * @param timeZone - the page's zone
 * @returns the text, its Solar Hijri date rewritten; the text as it is without one
 */
export function solarHijriAsGregorian(text: string, timeZone: string): string {
  const arabicScript = ARABIC_SCRIPT.test(text);
  if (arabicScript) {
    const words = text.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
    const worded = WORDED.exec(words);
    if (worded !== null) {
      const [all, day, name, year] = worded;
      const gregorian = gregorianDay(Number(year), MONTH_OF.get(name ?? '') ?? 0, Number(day));
      if (gregorian === null) return '';
      return `${words.slice(0, worded.index)}${gregorian}${words.slice(worded.index + all.length)}`;
    }
  }
  if (!arabicScript && !SOLAR_HIJRI_ZONES.has(timeZone)) return text;
  const numeric = NUMERIC.exec(text);
  if (numeric === null) return text;
  const [all, year, , month, day] = numeric;
  const gregorian = gregorianDay(Number(year), Number(month), Number(day));
  if (gregorian === null) return '';
  return `${text.slice(0, numeric.index)}${gregorian}${text.slice(numeric.index + all.length)}`;
}
