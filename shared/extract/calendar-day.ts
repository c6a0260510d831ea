/**
 * The Gregorian day of a date of another calendar (Solar Hijri, lunar Hijri, Ethiopian), found
 * with the platform's arithmetic of that calendar (`Intl`): a day near an estimate of it, checked
 * there.
 */

const DAY_MS = 86_400_000;
/** Days from an estimate within which a day is looked for. */
const SHIFTS = [0, -1, 1, -2, 2, -3, 3];

/** The calendars read, by their names in `Intl`. */
export type Calendar = 'persian' | 'islamic-umalqura' | 'ethiopic';

/** Each calendar's format, made on its first date (a format costs a fraction of a millisecond). */
const formats = new Map<Calendar, Intl.DateTimeFormat>();

/** The format writing an instant's day in a calendar, in UTC and in figures. */
function formatOf(calendar: Calendar): Intl.DateTimeFormat {
  let format = formats.get(calendar);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formats.set(calendar, format);
  }
  return format;
}

/**
 * The Gregorian day (`YYYY-MM-DD`) that a calendar writes as a year, a month and a day.
 *
 * @param calendar - the calendar, by its name in `Intl`
 * @param estimate - the day's estimated instant (ms since the epoch), within three days
 * @param date - the year, month and day as the calendar writes them
 * @returns the Gregorian day, or null when the calendar has no such day
 * @example
 * findCalendarDay('persian', Date.UTC(2026, 11, 5), [1405, 9, 14]) // '2026-12-05'
 */
export function findCalendarDay(
  calendar: Calendar,
  estimate: number,
  [year, month, day]: readonly [number, number, number],
): string | null {
  const format = formatOf(calendar);
  for (const shift of SHIFTS) {
    const instant = new Date(estimate + shift * DAY_MS);
    const parts = format.formatToParts(instant);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    if (part('year') === year && part('month') === month && part('day') === day) {
      return instant.toISOString().slice(0, 10);
    }
  }
  return null;
}
