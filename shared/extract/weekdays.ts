/**
 * The weekday a date line names beside a day written in numbers ("Sat, 12/05/2026"): it tells
 * which of the two readings of a day and month that could be either way the page means.
 */
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';

/**
 * Weekdays' names, Sunday first (as `Date#getUTCDay` counts them), in English (with its
 * abbreviations), German, French, Spanish and Portuguese, Italian and Dutch: where a CMS's
 * format may put the month first (Drupal's default, "Sat, 12/05/2026 - 07:15"). Languages whose
 * pages always write the day first (Vietnamese, Arabic) need none.
 */
const WEEKDAY_NAMES: readonly string[] = [
  'sun|sunday|sonntag|dimanche|domingo|domenica|zondag',
  'mon|monday|montag|lundi|lunes|segunda-feira|lunedì|maandag',
  'tue|tues|tuesday|dienstag|mardi|martes|terça-feira|martedì|dinsdag',
  'wed|wednesday|mittwoch|mercredi|miércoles|quarta-feira|mercoledì|woensdag',
  'thu|thur|thurs|thursday|donnerstag|jeudi|jueves|quinta-feira|giovedì|donderdag',
  'fri|friday|freitag|vendredi|viernes|sexta-feira|venerdì|vrijdag',
  'sat|saturday|samstag|sonnabend|samedi|sábado|sabato|zaterdag',
];

/** Any weekday's name, each in a group of its own. Built on the first day read both ways. */
const weekdayName = onFirstUse(() =>
  fromSource(
    `(?<![\\p{L}\\p{N}])(?:${WEEKDAY_NAMES.map((names) => `(${names})`).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
);

/**
 * Which reading of a day and month that could be either way ("12/05/2026": 12 May or 5 December)
 * the weekday the text names fits.
 *
 * @param text - the date's text, e.g. `Sat, 12/05/2026 14:05`
 * @param year - the year written
 * @param first - the number written first
 * @param second - the number written second
 * @returns `month-first` or `day-first` when the weekday fits that reading alone; null when
 *   either number is past 12, the text names no weekday, or it fits both readings or neither
 */
export function orderOfWeekday(
  text: string,
  year: number,
  first: number,
  second: number,
): 'month-first' | 'day-first' | null {
  if (first > 12 || second > 12) return null;
  const named = weekdayName().exec(text);
  if (named === null) return null;
  const weekday = named.slice(1).findIndex((group) => group !== undefined);
  const fits = (month: number, day: number) =>
    new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday;
  const monthFirst = fits(first, second);
  if (monthFirst === fits(second, first)) return null;
  return monthFirst ? 'month-first' : 'day-first';
}
