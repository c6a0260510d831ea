/**
 * Lunar Hijri (Islamic) dates as pages of the Arab world write them — "1446/5/13 هـ", "13 جمادى
 * الأولى 1446 هـ", "13/5/1446 AH" — taken out of a date text, so neither the Solar Hijri reading
 * (`solar-hijri.ts`) nor the Gregorian patterns read them. Saudi and Gulf pages write the lunar
 * day first and the Gregorian one beside it ("الموافق 15/11/2024 م"): that one is the page's
 * own word for the day and is read. A lunar date standing alone is written as the Gregorian day
 * the Umm al-Qura calendar (the platform's, `Intl`'s) gives it.
 */
import { findCalendarDay } from './calendar-day.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';

/**
 * The lunar months, spellings with and without hamza, with ى or ي, and the genitive "ذي"
 * included (read with their vowel marks taken out: {@link ARABIC_MARKS}).
 */
const MONTH_NAMES: readonly string[] = [
  'محرم',
  'صفر',
  'ربيع (?:الأول|الاول|أول)',
  'ربيع (?:الآخر|الاخر|الثاني|الثانى)',
  'جماد[ىي] (?:الأول[ىي]|الاول[ىي]|الأول|الاول|أول[ىي])',
  'جماد[ىي] (?:الآخرة|الاخرة|الآخر|الاخر|الثانية|الثاني)',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذ[وىي] القعدة',
  'ذ[وىي] الحجة',
];
/** A lunar year of the web's dates: 1300 is 1882, 1499 is 2075. */
const YEAR = '1[34]\\d\\d';
/** What marks a year as lunar Hijri: "هـ", "ه", "AH", "H". */
const MARK = '\\s*(?:هـ|هجرية?|ه(?![\\p{L}\\p{M}])|A\\.?H\\b\\.?|H\\b)';
/** Years only the lunar calendar is in now: the Solar Hijri year 1420 is 2041. */
const UNMISTAKABLE_YEAR = /^14[2-9]\d$/;
/** Anything that may hold a lunar Hijri year: most date texts have none. */
const YEAR_LIKE = /(?<!\d)1[34]\d\d(?!\d)/;
/** Letters of the Arabic script. */
const ARABIC_LETTER = /[\u0600-\u06ff]/;
/** Vowel marks, shadda and tatweel, which month names may be written with ("ذو الحجّة"). */
const ARABIC_MARKS = /[\u0640\u064b-\u065f\u0670]/g;
/** Words a month's name may stand with: "شهر" before it, an epithet after ("رمضان المبارك"). */
const MONTH_WORD = '(?:شهر\\s+)?';
const EPITHET = '(?:\\s+(?:المبارك|المعظم|الحرام|الخير))?\\s*[،,]?';

/**
 * The forms of a lunar date: a day, a month's name and a year ("13 جمادى الأولى 1446"), then
 * the figures year first ("1446/5/13") and day first ("13/5/1446"), each perhaps marked.
 * Built on the first text holding a year of the calendar (classes of letters are costly).
 */
const lunarDate = onFirstUse(() =>
  fromSource(
    String.raw`(?<!\d)(?:(\d{1,2})\s*${MONTH_WORD}(${MONTH_NAMES.join('|')})${EPITHET}\s*(${YEAR})(${MARK})?|(${YEAR})\s*([/.-])\s*(\d{1,2})\s*\6\s*(\d{1,2})(?!\d)(${MARK})?|(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\11\s*(${YEAR})(?!\d)(${MARK})?)`,
    'gu',
  ),
);
/** A Gregorian year written beside: the page's own Gregorian date. */
const GREGORIAN_YEAR = /(?<!\d)(?:19|20|21)\d\d(?!\d)/;

/** A lunar date found in a text: where, and the day it names. */
interface LunarDate {
  readonly index: number;
  readonly length: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The month's number of its name (found by {@link lunarDate}), or 0. */
function monthOfName(name: string): number {
  return MONTH_NAMES.findIndex((pattern) => fromSource(`^(?:${pattern})$`, 'u').test(name)) + 1;
}

/**
 * The first lunar Hijri date of a text: one named by its month, one its mark says is lunar, or
 * on an Arabic page one whose year only the lunar calendar is in now.
 */
function findLunarDate(text: string): LunarDate | null {
  const arabic = ARABIC_LETTER.test(text);
  const pattern = lunarDate();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = { index: m.index, length: m[0].length };
    if (m[2] !== undefined) {
      return { ...at, year: Number(m[3]), month: monthOfName(m[2]), day: Number(m[1]) };
    }
    const [year, month, day, mark] =
      m[5] !== undefined ? [m[5], m[7], m[8], m[9]] : [m[13], m[12], m[10], m[14]];
    if (mark !== undefined || (arabic && UNMISTAKABLE_YEAR.test(year ?? ''))) {
      return { ...at, year: Number(year), month: Number(month), day: Number(day) };
    }
  }
  return null;
}

const DAY_MS = 86_400_000;
/** The mean length of a lunar year, in days. */
const LUNAR_YEAR_DAYS = 354.367;

/** The Gregorian day (`YYYY-MM-DD`) of a lunar Hijri date, or null when it names no day. */
function gregorianDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  // The calendar opens on 19 July 622; its months alternate 30 and 29 days.
  const days = (year - 1) * LUNAR_YEAR_DAYS + (month - 1) * 29.5 + day - 1;
  const estimate = Date.UTC(622, 6, 19) + Math.round(days) * DAY_MS;
  return findCalendarDay('islamic-umalqura', estimate, [year, month, day]);
}

/**
 * A date text with its lunar Hijri date taken out when a Gregorian date stands beside it
 * ("الجمعة 1446/5/13 هـ الموافق 15/11/2024 م" reads as "الجمعة الموافق 15/11/2024 م"), else
 * written as the Gregorian day ("1446/5/13 هـ" becomes "2024-11-15"); a date the calendar has
 * not becomes an empty string: no day.
 *
 * @param text - a date text, its digits ASCII
 * @returns the text without its lunar Hijri date; the text as it is without one
 */
export function lunarHijriAsGregorian(text: string): string {
  if (!YEAR_LIKE.test(text)) return text;
  const plain = text.replace(ARABIC_MARKS, '');
  const found = findLunarDate(plain);
  if (found === null) return text;
  const before = plain.slice(0, found.index);
  const after = plain.slice(found.index + found.length);
  if (GREGORIAN_YEAR.test(before) || GREGORIAN_YEAR.test(after)) return `${before} ${after}`;
  const gregorian = gregorianDay(found.year, found.month, found.day);
  return gregorian === null ? '' : `${before}${gregorian}${after}`;
}
