/**
 * Date parsing for article pages: ISO 8601, RFC 2822, month names of many languages, the CJK
 * forms, and the day-first Vietnamese forms ("14/12/2023 16:05", "Thứ sáu, 8/3/2024, 07:30
 * (GMT+7)", "Cập nhật lúc 08:15, Thứ Hai, 02/09/2024", "ngày 14 tháng 12 năm 2023"). A time
 * without a zone is wall-clock time in the given IANA time zone.
 */
import {
  AMBIGUOUS_ZONE_NAMES,
  MONTH_PATTERN,
  MONTHS,
  PUBLICATION_WORD_PATTERN,
  UPDATED_WORD_PATTERN,
  US_ZONE_NAMES,
  ZONE_ABBREVIATION_PATTERN,
  ZONE_ABBREVIATIONS,
} from './date-words.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';
import { localDateForms } from './local-date-forms.ts';
import { lunarHijriAsGregorian } from './lunar-hijri.ts';
import { solarHijriAsGregorian } from './solar-hijri.ts';
import { countWords, nfc } from './text.ts';
import { TextAnswers } from './text-answers.ts';
import { orderOfWeekday } from './weekdays.ts';

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offsets already computed, by zone and second: a page parses the same few instants several
 * times (each date twice or three times), and formatting to parts is the costly step.
 */
const knownOffsets = new Map<string, number>();
const MAX_KNOWN_OFFSETS = 4096;

/** The UTC offset of an IANA zone at an instant, in minutes. */
export function zoneOffsetMinutes(timeZone: string, epochMillis: number): number {
  // Zone transitions fall on whole seconds: the offset is the same all through a second.
  const key = `${timeZone} ${Math.floor(epochMillis / 1000)}`;
  const known = knownOffsets.get(key);
  if (known !== undefined) return known;
  const offset = computeOffset(timeZone, epochMillis);
  if (knownOffsets.size >= MAX_KNOWN_OFFSETS) knownOffsets.clear();
  knownOffsets.set(key, offset);
  return offset;
}

function computeOffset(timeZone: string, epochMillis: number): number {
  let format = offsetFormatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(epochMillis))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(epochMillis / 1000) * 1000) / 60_000);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Formats an instant as ISO 8601 with the given offset, e.g. `2023-12-14T16:05:00+07:00`. */
export function formatWithOffset(epochMillis: number, offsetMinutes: number): string {
  const wall = new Date(epochMillis + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

function isValidWall(w: WallTime): boolean {
  if (w.year < 1900 || w.year > 2200) return false;
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 59) {
    return false;
  }
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day));
  return probe.getUTCDate() === w.day;
}

function wallUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

function fromWall(w: WallTime, offset: number | null, timeZone: string): string | null {
  if (!isValidWall(w)) return null;
  const naive = wallUtc(w);
  if (offset !== null) return formatWithOffset(naive - offset * 60_000, offset);
  // Two passes settle wall times near a DST change.
  let zoneOffset = zoneOffsetMinutes(timeZone, naive);
  const second = zoneOffsetMinutes(timeZone, naive - zoneOffset * 60_000);
  if (second !== zoneOffset) zoneOffset = second;
  const instant = naive - zoneOffset * 60_000;
  return formatWithOffset(instant, zoneOffsetMinutes(timeZone, instant));
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const ZONE =
  /\(?\s*\b(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?|(?<=:\d{2}(?:[.,]\d+)?)\s*([+-])(\d{2}):?(\d{2})\b|(?<=\d)Z\b/i;
/**
 * A zone abbreviation after a time or a date: "19:20:36 CEST", "(EDT)", "11:04 PM EST",
 * "2:20pm EDT", and written against the digits ("2016-12-16T14:05:00PST").
 */
const ZONE_WORD = new RegExp(
  `(?<=(?:[\\d)]|(?<!\\p{L})[ap]\\.?m\\.?)\\s*\\(?)(?<!\\p{L})(${ZONE_ABBREVIATION_PATTERN})\\b\\)?`,
  'iu',
);
/** A time in brackets: another zone's for the same instant ("(07:05 pm ET)"). */
const BRACKETED_TIME = /\(\s*\d{1,2}[:.]\d{2}[^()]*\)/g;
/** Zone names in capitals that name a zone rather than an offset: US ones, ambiguous ones. */
const ZONE_NAMES = [...US_ZONE_NAMES.keys(), ...AMBIGUOUS_ZONE_NAMES.keys()].join('|');
/**
 * A US zone name ("6:46 pm ET", "8:03 a.m. ET") or an abbreviation that names several zones
 * ("14:04 IST") after a time, in capitals.
 */
const ZONE_NAME_WORD = new RegExp(
  `(?<=(?:\\d|(?<!\\p{L})[apAP]\\.?[mM]\\.?)\\s*\\(?)(?<!\\p{L})(${ZONE_NAMES})\\b\\)?`,
  'u',
);

/** The zone a zone name in capitals names on a page in `pageZone`. */
function namedZone(name: string, pageZone: string): string {
  return US_ZONE_NAMES.get(name) ?? AMBIGUOUS_ZONE_NAMES.get(name)?.(pageZone) ?? pageZone;
}
const DAY_FIRST = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
/** "25.04.24": a two-digit year, written with dots only (German, Scandinavian, Czech use). */
const DAY_FIRST_SHORT_YEAR = /(?<![\d.])(\d{1,2})\.(0?[1-9]|1[0-2])\.(\d{2})(?![\d.])/;
/**
 * "11/18/19", "12.22.14": a two-digit year after slashes or dots, read month first only when the
 * day is past 12 (an American site's "12.22.14"; dots are read day first where they can be).
 */
const MONTH_FIRST_SHORT_YEAR = /(?<![\d/.])(\d{1,2})([/.])(1[3-9]|2\d|3[01])\2(\d{2})(?![\d/.])/;
/**
 * "14-12-23", "14/12/23": a two-digit year after dashes or slashes, read in the order of the
 * zone's country ({@link DayOrder}).
 */
const SHORT_YEAR_SLASHED = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{2})(?![\d/.-])/;
/** "2024-03-15", "2024/3/15", and "2024. 3. 15." as Korean sites write it. */
const YEAR_FIRST = /(?<!\d)(\d{4})(?:[/.-]|\.\s+)(\d{1,2})(?:[/.-]|\.\s+)(\d{1,2})(?!\d)/;
/**
 * "2026 12/05 15:02:17": a year, a space, then the month and day after a slash, as Xinhua's
 * Chinese pages show the date in three spans. A date written year first goes on month, then
 * day; the year is a present one (19xx–20xx), and no slash or digit follows the day (a date
 * written day first after a number, "2026 12/05/2027", is that one).
 */
const YEAR_THEN_MONTH_SLASH_DAY = /(?<![\d/.-])((?:19|20)\d\d)\s+(\d{1,2})\/(\d{1,2})(?![\d/])/;
/** "2024年3月15日" (Chinese, Japanese) and "2024년 3월 15일" (Korean). */
const CJK_WORDS = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
/**
 * "令和6年11月15日", "平成元年1月8日": Japan's official form, the year counted in the emperor's era
 * ({@link JAPANESE_ERA_YEARS}); "元" is its first year. Government and many news pages date so.
 */
const JAPANESE_ERA_WORDS = /(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** The Gregorian year before each era's first: Reiwa 1 is 2019, Heisei 1 1989, Shōwa 1 1926. */
const JAPANESE_ERA_YEARS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** The day of a Japanese era date ({@link JAPANESE_ERA_WORDS}), or null. */
function japaneseEraDay(text: string): { year: number; month: number; day: number } | null {
  const m = JAPANESE_ERA_WORDS.exec(text);
  if (m === null) return null;
  const year = (JAPANESE_ERA_YEARS[m[1] ?? ''] ?? 0) + (m[2] === '元' ? 1 : Number(m[2]));
  return { year, month: Number(m[3]), day: Number(m[4]) };
}
/** The Vietnamese months' names after "tháng", January to December ("tháng Giêng", "tháng Mười Hai"). */
const VI_MONTH_NAMES: readonly (readonly string[])[] = [
  ['một', 'giêng'],
  ['hai'],
  ['ba'],
  ['tư', 'bốn'],
  ['năm'],
  ['sáu'],
  ['bảy'],
  ['tám'],
  ['chín'],
  ['mười'],
  ['mười một'],
  ['mười hai', 'chạp'],
];
/** {@link VI_MONTH_NAMES} as an alternation, the longest first ("mười hai" before "mười"). */
const VI_MONTH = VI_MONTH_NAMES.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * "ngày 15 tháng 3 năm 2024", "15 tháng 3 năm 2024", and as Joomla writes Vietnamese dates
 * "14 Tháng 12 2023", "14 Tháng Mười Hai 2023" (the month's number or name, the year without
 * "năm").
 */
const VI_WORDS = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\s*tháng\s*(\d{1,2}|${VI_MONTH})\s*(?:(?:năm|,)\s*)?(\d{4})(?!\d)`,
  'iu',
);

/** "Tháng Mười Hai 14, 2023", "Tháng 12 14, 2023": WordPress's month-first date in Vietnamese. */
const VI_MONTH_FIRST = new RegExp(
  String.raw`(?<!\p{L})tháng\s*(\d{1,2}|${VI_MONTH})\s+(\d{1,2}),?\s*(\d{4})(?!\d)`,
  'iu',
);

/** The month a Vietnamese date writes after "tháng": its number, or its name. */
function vietnameseMonth(written: string): number {
  const name = written.toLocaleLowerCase('vi');
  const index = VI_MONTH_NAMES.findIndex((names) => names.includes(name));
  return index >= 0 ? index + 1 : Number(written);
}
/**
 * A word that may be a month's name or abbreviation ({@link MONTHS}): letters and marks (Thai's
 * vowels are marks), dots between them ("ม.ค.") and one after. The patterns below take any such
 * word and {@link monthMatch} keeps the matches whose word is a month: an alternation of every
 * month word, in every language read, took milliseconds to build in each cold start.
 */
const WORD = String.raw`([\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*\.?)`;
/** "March 15, 2024", "Mar. 15th 2024", "دسمبر 06، 2026" (the Arabic comma). */
const MONTH_FIRST = new RegExp(
  String.raw`(?<!\p{L})${WORD}\s+(\d{1,2})(?:st|nd|rd|th)?\.?[,،]?\s+(\d{4})(?!\d)`,
  'giu',
);
/**
 * "2024. március 15." (Hungarian: the year first, with a dot), "2026 ဒီဇင်ဘာ 6" (Burmese) and
 * "2026 դեկտեմբերի 6" (Armenian, once `local-date-forms.ts` drops the "թ." after the year).
 */
const YEAR_FIRST_WORDS = new RegExp(
  String.raw`(?<!\d)(\d{4})(?:\.\s*|\s+)${WORD}(?![\p{L}\p{M}])\s*(\d{1,2})\.?(?!\d)`,
  'giu',
);
/**
 * "15 March 2024", "15. März 2024", "15 de marzo de 2024", "15th Mar, 2024", in Catalan "6
 * d'octubre del 2026", and with the Arabic comma, spaced as Jang spaces it: "06 دسمبر ، 2026".
 */
const DAY_FIRST_WORDS = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+|d['’]\s*)?${WORD}(?![\p{L}\p{M}])\s?[,،]?\s*(?:del?\s+)?(\d{4})(?!\d)`,
  'giu',
);

/** The month a word names ({@link MONTHS}), with or without the dot after it; 0 when none. */
function monthOf(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.get(lower) ?? (lower.endsWith('.') ? MONTHS.get(lower.slice(0, -1)) : 0) ?? 0;
}

/**
 * The first match of one of the patterns taking any word ({@link WORD}) whose word is a month,
 * at the first place it matches so, as a pattern of the month words would find it.
 */
function monthMatch(pattern: RegExp, text: string, group: number): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (monthOf(m[group] ?? '') > 0) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** "Fri Apr 28 19:20:36 CEST 2023" (Java's and JavaScript's Date#toString): the time sits inside. */
const TIME_BEFORE_YEAR = /(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(\d{4})\b/;
/**
 * "14:30", "14h30", "3:48 PM", "14時30分" / "14시 30분" (the hour word of CJK dates), and the
 * Vietnamese "16 giờ 05 phút" and "08g30" ("g" for giờ). Not after a digit, a slash, a dot or a
 * dash joined to a word or number; a dash after a space is the separator left where the day was
 * read ("28.04.2023-19:20": a line's `<span>-</span>` between its day and time, unspaced).
 */
const TIME =
  /(?<![\d/.]|\S-)(\d{1,2})\s*(?::|[hg](?=\d)|[時时시](?=\s*\d)|giờ(?=\s*\d))\s*(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\b\.?|\s*(sa|ch|sáng|chiều|tối|trưa|đêm)(?!\p{L}))?/iu;

/**
 * The half of the day a Vietnamese word after a time gives it, as `a` or `p`: "SA"/"CH"
 * (WordPress's AM/PM in Vietnamese), "sáng" (morning), "chiều"/"tối" (afternoon, evening),
 * "trưa" (midday: 11 is before it, 12 and 1 after), "đêm" (night: from 6 in the evening, and
 * 12 is midnight).
 */
function vietnameseHalf(word: string | undefined, hour: number): string | undefined {
  switch (word?.toLocaleLowerCase('vi')) {
    case undefined:
      return undefined;
    case 'sa':
    case 'sáng':
      return 'a';
    case 'trưa':
      return hour === 11 ? 'a' : 'p';
    case 'đêm':
      return hour >= 6 && hour < 12 ? 'p' : 'a';
    default:
      return 'p';
  }
}

/**
 * The half of the day a word before a time names, as Korean, Japanese and Chinese write it
 * ("오후 2:20", "午後3時12分", "下午3:12"; 中午, midday: 11 is before it, 12 and 1 after; and in
 * Latin capitals, "2026-12-04 PM 08:40", which read as the morning's 08:40), and
 * Bengali ("বিকাল ৩:৩২": the afternoon বিকাল/বিকেল, evening সন্ধ্যা and noon দুপুর are pm, the
 * morning সকাল and dawn ভোর am, the night রাত pm from 6 on; অপরাহ্ন/পূর্বাহ্ন, after or before),
 * and Hindi as moment.js writes it ("शाम 5:32 बजे": evening शाम, noon दोपहर, night रात as
 * Bengali's, morning सुबह am), and Turkish as Intl and moment.js write it ("ÖS 03:32", öğleden
 * sonra, after noon; "ÖÖ", öğleden önce, before it; lower-case too).
 */
const HALF_BEFORE =
  /(오후|오전|午後|午前|下午|上午|晚上|凌晨|中午|(?<!\p{L})(?:[AP]M|ÖS|ÖÖ|ös|öö)|অপরাহ্ন|পূর্বাহ্ন|বিকা?ে?ল|সন্ধ্যা|রাত|দুপুর|সকাল|ভোর|शाम|दोपहर|रात|सुबह)ে?\s*$/u;
/**
 * … or a word after it, as Arabic writes it ("10:35 م", "10:35 مساءً", "9:05 ص"), Bengali
 * ("০৩:৩২ পিএম", "এএম": pm, am spelt in its letters), Hindi ("03:32 अपराह्न", after midday;
 * "पूर्वाह्न", before it), Urdu ("03:32 شام", evening; "صبح", morning), Hindi's
 * words of {@link HALF_BEFORE} and Greek ("03:32 μ.μ.", "μμ", "ΜΜ": after
 * midday; "π.μ.", before it), Filipino ("3:45 ng hapon", afternoon; "ng gabi", evening, as
 * रात; "ng tanghali", noon; "ng umaga", morning) and Turkish ("03:32 ÖS", as before it).
 */
const HALF_AFTER =
  /^\s*(ÖS|ÖÖ|ös|öö|م|مساء\p{M}*ا?\p{M}*|ص|صباح\p{M}*ا?\p{M}*|صبح|شام|পিএম|এএম|অপরাহ্ন|পূর্বাহ্ন|अपराह्न|पूर्वाह्न|शाम|दोपहर|रात|सुबह|[μπΜΠ]\.?\s?[μΜ]\.?|ng (?:hapon|umaga|gabi|tanghali))(?![\p{L}\p{M}])/u;

/** The half of the day ({@link HALF_BEFORE}, {@link HALF_AFTER}) as `a` or `p`, if written. */
function namedHalf(before: string, after: string, hour: number): string | undefined {
  const word = HALF_BEFORE.exec(before)?.[1] ?? HALF_AFTER.exec(after)?.[1];
  if (word === undefined) return undefined;
  return halfOfWord(word, hour);
}

/** The half of the day a word of {@link namedHalf} or {@link SWAHILI_TIME} names at an hour. */
function halfOfWord(word: string, hour: number): string {
  if (/^(?:中午|দুপুর|दोपहर|ng tanghali|mchana)$/u.test(word)) return hour === 11 ? 'a' : 'p';
  if (/^(?:রাত|रात|ng gabi|usiku)$/u.test(word)) return hour >= 6 && hour < 12 ? 'p' : 'a';
  return /^(?:오후|午後|下午|晚上|م|ش|পিএম|অপরাহ্ন|अप|शा|বিক|সন্ধ্যা|[μΜ]|ng h|alasiri|jioni|P|[Öö][Ss])/u.test(
    word,
  )
    ? 'p'
    : 'a';
}

function parseIsoOffset(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (value.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(value);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function readZone(text: string): { offset: number | null; rest: string } {
  const m = ZONE.exec(text);
  if (!m) {
    const word = ZONE_WORD.exec(text);
    const offset =
      word === null ? undefined : ZONE_ABBREVIATIONS.get((word[1] ?? '').toLowerCase());
    if (word === null || offset === undefined) return { offset: null, rest: text };
    return {
      offset,
      rest: `${text.slice(0, word.index)} ${text.slice(word.index + word[0].length)}`,
    };
  }
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  if (m[0].trim().toUpperCase() === 'Z') return { offset: 0, rest };
  const sign = m[1] ?? m[4];
  const hours = m[2] ?? m[5];
  if (sign === undefined || hours === undefined) return { offset: 0, rest }; // bare GMT/UTC
  const minutes = Number(hours) * 60 + Number(m[3] ?? m[6] ?? 0);
  return { offset: sign === '-' ? -minutes : minutes, rest };
}

/** How each written form of a day is found, in the order they are read. */
const DAY_FINDERS: readonly ((text: string) => RegExpExecArray | null)[] = [
  (text) => YEAR_FIRST.exec(text),
  (text) => CJK_WORDS.exec(text),
  (text) => JAPANESE_ERA_WORDS.exec(text),
  (text) => DAY_FIRST.exec(text),
  (text) => VI_WORDS.exec(text),
  (text) => VI_MONTH_FIRST.exec(text),
  (text) => monthMatch(MONTH_FIRST, text, 1),
  (text) => monthMatch(DAY_FIRST_WORDS, text, 2),
  (text) => monthMatch(YEAR_FIRST_WORDS, text, 2),
  (text) => DAY_FIRST_SHORT_YEAR.exec(text),
  (text) => SHORT_YEAR_SLASHED.exec(text),
  (text) => MONTH_FIRST_SHORT_YEAR.exec(text),
  (text) => YEAR_THEN_MONTH_SLASH_DAY.exec(text),
];

/** Years of the Thai solar calendar (Buddhist Era) as Thai pages write them: 543 years ahead. */
const BUDDHIST_ERA_YEARS = { from: 2400, to: 2699, offset: 543 };

/** The Gregorian year of a year as written: Buddhist Era years are taken back 543 years. */
function gregorianYear(year: number): number {
  const { from, to, offset } = BUDDHIST_ERA_YEARS;
  return year >= from && year <= to ? year - offset : year;
}

/**
 * The zones of the United States (and the Philippines), where a date written with slashes is
 * month first: "12/05/2026" is December 5 there, May 12 elsewhere.
 */
const MONTH_FIRST_ZONE =
  /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Sitka|Nome|Adak|Yakutat|Metlakatla|Menominee|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+)|Pacific\/Honolulu|Asia\/Manila|US\/\w+)$/;

/** A zone of the United States by its abbreviation: "EST", "PDT" (the date is written there). */
const US_ZONE_ABBREVIATION = /(?<!\p{L})(?:E|C|M|P|AK|H)[SD]T(?!\p{L})/u;

/**
 * The order a zone's country writes a day and month in numbers that could be either way:
 * month first in {@link MONTH_FIRST_ZONE}, day first elsewhere, and unknown in UTC, the zone of
 * a page that names none.
 */
type DayOrder = 'month-first' | 'day-first' | 'unknown';

/** The day a text writes, a day and month that could be either way read in `order`. */
function readDay(
  text: string,
  order: DayOrder,
): { year: number; month: number; day: number } | null {
  const day = readWrittenDay(text, order);
  return day === null ? null : { ...day, year: gregorianYear(day.year) };
}

/**
 * The day a text writes with the month's word: month first ("March 15, 2024"), day first ("15.
 * März 2024", "15 de marzo de 2024") or year first ("2024. március 15."), in that order.
 *
 * @param text - the text
 * @returns the year as written, the month and the day; null when it writes none so
 */
export function readDayWithMonthWord(
  text: string,
): { year: number; month: number; day: number } | null {
  let m = monthMatch(MONTH_FIRST, text, 1);
  if (m) return { year: Number(m[3]), month: monthOf(m[1] ?? ''), day: Number(m[2]) };
  m = monthMatch(DAY_FIRST_WORDS, text, 2);
  if (m) return { year: Number(m[3]), month: monthOf(m[2] ?? ''), day: Number(m[1]) };
  m = monthMatch(YEAR_FIRST_WORDS, text, 2);
  if (m) return { year: Number(m[1]), month: monthOf(m[2] ?? ''), day: Number(m[3]) };
  return null;
}

function readWrittenDay(
  text: string,
  order: DayOrder,
): { year: number; month: number; day: number } | null {
  let m = YEAR_FIRST.exec(text) ?? CJK_WORDS.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const era = japaneseEraDay(text);
  if (era !== null) return era;
  m = DAY_FIRST.exec(text);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Day first unless that makes a month past 12 ("11/18/2019" is written month first), or
    // with slashes where the zone's country writes the month first ("12/05/2026" in the US),
    // unless a weekday fits one reading alone ("Sat, 12/05/2026" is December 5 anywhere).
    const told = orderOfWeekday(text, gregorianYear(year), first, second);
    const monthFirst =
      told === null ? order === 'month-first' && m[0].includes('/') : told === 'month-first';
    return first <= 12 && (second > 12 || monthFirst)
      ? { year, month: first, day: second }
      : { year, month: second, day: first };
  }
  m = VI_WORDS.exec(text);
  if (m) return { year: Number(m[3]), month: vietnameseMonth(m[2] ?? ''), day: Number(m[1]) };
  m = VI_MONTH_FIRST.exec(text);
  if (m) return { year: Number(m[3]), month: vietnameseMonth(m[1] ?? ''), day: Number(m[2]) };
  const named = readDayWithMonthWord(text);
  if (named !== null) return named;
  m = DAY_FIRST_SHORT_YEAR.exec(text);
  if (m) return { year: 2000 + Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  m = SHORT_YEAR_SLASHED.exec(text);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), 2000 + Number(m[4])];
    const told = orderOfWeekday(text, year, first, second);
    if ((told ?? order) === 'month-first' && first <= 12 && second <= 31) {
      return { year, month: first, day: second };
    }
    // Day first where the zone's country writes so, or where no month could come first.
    if (second <= 12 && first <= 31 && ((told ?? order) === 'day-first' || first > 12)) {
      return { year, month: second, day: first };
    }
  }
  m = MONTH_FIRST_SHORT_YEAR.exec(text);
  if (m) return { year: 2000 + Number(m[4]), month: Number(m[1]), day: Number(m[3]) };
  m = YEAR_THEN_MONTH_SLASH_DAY.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return null;
}

/** An hour with its am/pm and no minutes: "06 Dec 2026 6 PM", "11am", "9 a.m.". */
const HOUR_WITH_HALF = /(?<![\d:.])(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?/i;

/**
 * A time after the Scandinavian and Finnish word for "o'clock", the Slovenian "at" or the
 * Indonesian and Malay "pukul" (o'clock), dots allowed: "kl 09.00", "klo 8.15", "ob 15.32",
 * "Selasa, 15 Maret 2024 pukul 14.30".
 */
const CLOCK_WORD_TIME = fromSource(
  String.raw`(?<![\p{L}])(?:kl|klo|ob|pukul)\.?\s*(\d{1,2})[.:](\d{2})(?!\d)`,
  'iu',
);

/**
 * A time written with a dot ("12.42", British and Scandinavian use; German "16.03 Uhr"), read as
 * one only with am/pm or "Uhr" after it or, see {@link readTime}, when the text names a zone: a
 * dotted pair alone may be a day and month.
 */
const DOTTED_TIME =
  /(?<![\d/.-])(\d{1,2})\.(\d{2})(?![\d.])(?:\s*([ap])\.?\s*m\b\.?|\s*(uhr)(?!\p{L}))?/giu;

/**
 * A dotted pair right after a day written in numbers with its year ("22.11.2024 07.57", Austrian
 * and Nordic use; "6. 12. 2026, 15.32", Slovenian; "2023-12-14 16.05", Swedish): a time, as a
 * day and month without a year cannot follow a full date.
 */
const DOTTED_TIME_AFTER_YEAR =
  /(?<![\d.-])(\d{1,2}\.\s?\d{1,2}\.\s?\d{4},?|\d{4}-\d{1,2}-\d{1,2},?)\s+(\d{1,2})\.(\d{2})(?![\d.])/g;

/**
 * A Swahili time, its hours counted from six in the morning and in the evening, and the word for
 * the part of the day after it: "saa 2 asubuhi" (morning) is 8:00, "saa 9:45 alasiri" (afternoon)
 * 15:45; "mchana" (day), "jioni" (evening), "usiku" (night), "alfajiri" (dawn).
 */
const SWAHILI_TIME =
  /(?<!\p{L})saa\s+(\d{1,2})(?:[:.](\d{2}))?\s+(asubuhi|mchana|alasiri|jioni|usiku|alfajiri)(?!\p{L})/iu;

/** A video's or audio's length in minutes and seconds, no time of day: "02:57 Min.", "12:05 min". */
const DURATION =
  /(?<![\d:])\d{1,3}:\d{2}(?::\d{2})?\s*(?:min|minuten|minutes?|minutos|minuti)\b\.?/giu;

/**
 * Whether a text gives a video's or audio's length ({@link DURATION}): a media box's line (its
 * title, its length, its day and availability) dates the media, not the article.
 */
export function showsDuration(text: string): boolean {
  return text.search(DURATION) >= 0;
}

/**
 * The time of day in a date's text with the date taken out.
 *
 * @param text - the text left once the day is read
 * @param zoned - whether the text named a zone or offset (then "12.42" is a time)
 */
function readTime(
  written: string,
  zoned = false,
): { hour: number; minute: number; second: number } {
  const text = written.replace(DURATION, ' ');
  const swahili = SWAHILI_TIME.exec(text);
  if (swahili) {
    // "saa 1" is seven o'clock, "saa 6" twelve, "saa 12" six.
    const hour = ((Number(swahili[1]) + 5) % 12) + 1;
    const half = halfOfWord((swahili[3] ?? '').toLowerCase(), hour);
    return clock(String(hour), swahili[2] ?? '0', undefined, half);
  }
  const m = TIME.exec(text);
  if (m) {
    const hour = Number(m[1]);
    const after = text.slice(m.index + m[0].length);
    const half =
      m[4] ?? vietnameseHalf(m[5], hour) ?? namedHalf(text.slice(0, m.index), after, hour);
    return clock(m[1], m[2], m[3], half);
  }
  const word = CLOCK_WORD_TIME.exec(text);
  if (word) return clock(word[1], word[2]);
  const hour = HOUR_WITH_HALF.exec(text);
  if (hour) return clock(hour[1], '0', undefined, hour[2]);
  // The first dotted time that a zone, am/pm or "Uhr" marks as one: an unmarked pair before it
  // ("22.11.2024 07.57 Online seit heute, 7.57 Uhr") does not hide it.
  for (const dotted of text.matchAll(DOTTED_TIME)) {
    if (zoned || dotted[3] !== undefined || dotted[4] !== undefined) {
      return clock(dotted[1], dotted[2], undefined, dotted[3]);
    }
  }
  return { hour: 0, minute: 0, second: 0 };
}

/** A time of day from its written parts, 12-hour times by their a/p. */
function clock(
  hours: string | undefined,
  minutes: string | undefined,
  seconds?: string,
  meridiem?: string,
): { hour: number; minute: number; second: number } {
  let hour = Number(hours);
  const half = meridiem?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return { hour, minute: Number(minutes), second: Number(seconds ?? 0) };
}

/** The zeros of the decimal digits pages write dates with besides ASCII (each run is 0–9). */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x1040, // Myanmar
  0x17e0, // Khmer
  0xff10, // Fullwidth
];
const escaped = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** Any digit of {@link DIGIT_ZEROS}' runs. */
const OTHER_DIGIT = new RegExp(
  `[${DIGIT_ZEROS.map((zero) => `${escaped(zero)}-${escaped(zero + 9)}`).join('')}]`,
  'g',
);

/** A text with the decimal digits of other scripts, and the full-width colon, written as ASCII. */
function asciiDigits(text: string): string {
  return text
    .replace(OTHER_DIGIT, (digit) => {
      const code = digit.charCodeAt(0);
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
      return String(code - zero);
    })
    .replaceAll('：', ':');
}

/** Arabic letters: only a text holding some is read for Arabic month forms. */
const ARABIC_LETTER = /[\u0600-\u06ff]/;
/** The Levant's two-word month names: January, October, November, December. */
const LEVANT_TWO_WORD_MONTH = /(كانون|تشرين)\s+(الثاني|الأول|الاول)/gu;
/** The same months under their one-word Egyptian names ({@link MONTHS}). */
const LEVANT_TWO_WORD_MONTHS: Readonly<Record<string, string>> = {
  'كانون الثاني': 'يناير',
  'كانون الأول': 'ديسمبر',
  'تشرين الأول': 'أكتوبر',
  'تشرين الثاني': 'نوفمبر',
};
/**
 * Two words joined by a slash, or the second in brackets: one month under two names. Built on
 * the first Arabic date (its classes of letters take 0.5 ms to build).
 */
const namePair = onFirstUse(() =>
  fromSource(
    String.raw`([\p{L}\p{M}]+)\s*(?:\/\s*([\p{L}\p{M}]+)|\(\s*([\p{L}\p{M}]+)\s*\))`,
    'gu',
  ),
);

/**
 * Arabic months as the date patterns read them: the Levant's two-word names as one word, and a
 * month written under two names ("آب/اغسطس", "تشرين الثاني (نوفمبر)", as pages across the Arab
 * world write it) under the first.
 */
function oneArabicMonthName(text: string): string {
  if (!ARABIC_LETTER.test(text)) return text;
  return text
    .replace(
      LEVANT_TWO_WORD_MONTH,
      (all, first: string, second: string) =>
        LEVANT_TWO_WORD_MONTHS[`${first} ${second.replace('الاول', 'الأول')}`] ?? all,
    )
    .replace(namePair(), (all, first: string, slashed?: string, bracketed?: string) => {
      const month = monthOf(first);
      return month > 0 && month === monthOf(slashed ?? bracketed ?? '') ? first : all;
    });
}

/**
 * Parses a date as pages write it. Numeric dates are day-first (Vietnamese and European use),
 * except year-first ISO-like ones and the CJK year-month-day forms; digits of other scripts
 * (Arabic-Indic, Devanagari, Thai…) count as digits, Thai Buddhist Era years are converted,
 * lunar Hijri dates give way to the Gregorian date beside them or are read in the Umm al-Qura
 * calendar (`lunar-hijri.ts`), and Solar Hijri dates read as the Gregorian day they name
 * (`solar-hijri.ts`).
 *
 * @param text - the date text, e.g. `Thứ sáu, 8/3/2024, 07:30 (GMT+7)`
 * @param timeZone - IANA zone for a time without an offset, e.g. `Asia/Ho_Chi_Minh`
 * @returns ISO 8601 with offset, e.g. `2024-03-08T07:30:00+07:00`, or null when no date is found
 * @example parseDate('14/12/2023 16:05', 'Asia/Ho_Chi_Minh') // '2023-12-14T16:05:00+07:00'
 */
export function parseDate(text: string, timeZone: string): string | null {
  const written = localDateForms(asciiDigits(nfc(text)).replace(/\s+/g, ' ').trim(), timeZone);
  if (written === '' || written.length > 200) return null;
  const value = solarHijriAsGregorian(lunarHijriAsGregorian(oneArabicMonthName(written)), timeZone);
  const iso = ISO.exec(value);
  if (iso) {
    const wall = {
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      hour: Number(iso[4] ?? 0),
      minute: Number(iso[5] ?? 0),
      second: Number(iso[6] ?? 0),
    };
    return fromWall(wall, parseIsoOffset(iso[7]), timeZone);
  }
  const zoneName = ZONE_NAME_WORD.exec(value);
  if (zoneName !== null) {
    const zone = namedZone(zoneName[1] ?? '', timeZone);
    // The same time in another zone, in brackets after it, is left out: "4:05 pm PT (7:05 pm ET)".
    const after = value.slice(zoneName.index + zoneName[0].length).replace(BRACKETED_TIME, ' ');
    return parseDate(`${value.slice(0, zoneName.index)} ${after}`, zone);
  }
  const { offset, rest: zoneless } = readZone(value);
  const rest = zoneless
    .replace(TIME_BEFORE_YEAR, '$1 $3 $2')
    .replace(DOTTED_TIME_AFTER_YEAR, (all, day: string, hour: string, minute: string) =>
      Number(hour) <= 23 && Number(minute) <= 59 ? `${day} ${hour}:${minute}` : all,
    );
  const day = readDay(
    rest,
    MONTH_FIRST_ZONE.test(timeZone) || US_ZONE_ABBREVIATION.test(value)
      ? 'month-first'
      : timeZone === 'UTC'
        ? 'unknown'
        : 'day-first',
  );
  if (day === null) return null;
  let withoutDay = rest;
  for (const find of DAY_FINDERS) {
    const m = find(withoutDay);
    if (m)
      withoutDay = `${withoutDay.slice(0, m.index)} ${withoutDay.slice(m.index + m[0].length)}`;
  }
  return fromWall({ ...day, ...readTime(withoutDay, offset !== null) }, offset, timeZone);
}

/**
 * A word labelling an update ("Updated", "Cập nhật", "Aktualisiert") in a date line's segment or
 * an item's text, its time perhaps right after it ("Updated20:49": the parts' texts joined).
 */
export const UPDATED_LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${UPDATED_WORD_PATTERN})(?!\p{L})`,
  'iu',
);
/** Where a date line's next labelled date starts ("… | Cập nhật lúc …", "…, mis à jour le …"). */
const LABEL_SPLIT = new RegExp(
  `(?=(?<![\\p{L}\\p{N}])(?:${PUBLICATION_WORD_PATTERN})(?![\\p{L}\\p{N}]))`,
  'iu',
);

/**
 * Reads the published and modified dates from a page's date line, where one line may hold both
 * ("Đăng lúc 07:30 08/03/2024 | Cập nhật lúc 08:15 08/03/2024").
 *
 * @param text - the text of a date element
 * @param timeZone - IANA zone for times without an offset
 * @returns the dates found, each null when absent
 */
export function parseDateLine(text: string, timeZone: string): DateLine {
  const first = FIRST_PUBLISHED_LABEL().exec(nfc(text));
  if (first !== null) {
    const labelled = readDateLine(nfc(text).slice(first.index), timeZone);
    if (labelled.published !== null) {
      // The date before the label is the latest version's ("10.58 GMT … First published on
      // 09.12 GMT"), unless it is the same or earlier.
      const before = readDateLine(nfc(text).slice(0, first.index), timeZone);
      const latest = before.modified ?? before.published;
      const later =
        latest !== null && Date.parse(latest) > Date.parse(labelled.published) ? latest : null;
      return {
        published: labelled.published,
        modified: labelled.modified ?? later,
        publishedText: labelled.publishedText,
      };
    }
  }
  return readDateLine(text, timeZone);
}

/** Words labelling the day a question was answered: "Ngày trả lời", "Answered". */
const ANSWERED = String.raw`ngày\s+trả\s+lời|answered|beantwortet|répondu|respondid[ao]|dijawab`;

/**
 * A line labelling its date as the answer's ("Ngày trả lời: 13/12/2024"), within a short text;
 * after any letter, as a page's text runs its elements' together ("Đầu tưNgày trả lời").
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
export const answeredLine = onFirstUse(() =>
  fromSource(String.raw`(?:${ANSWERED})(?![\p{L}\p{N}])`, 'iu'),
);

/**
 * A label of the first publication of a page shown updated ("First published on …", "Originally
 * published", "Erstmals veröffentlicht", "Publié initialement", "Publicado originalmente"), or
 * of a question's answer ("Ngày hỏi: … | Ngày trả lời: …", "Asked … · Answered …"): the date
 * after it is the publication, whatever date the line shows first.
 */
const FIRST_PUBLISHED_LABEL = onFirstUse(() =>
  fromSource(
    String.raw`(?<![\p{L}\p{N}])(?:(?:first|originally|initially)\s+published|published\s+originally|erstmals\s+veröffentlicht|zuerst\s+veröffentlicht|ursprünglich\s+veröffentlicht|publié\s+(?:initialement|originellement|pour\s+la\s+première\s+fois)|publicado\s+(?:originalmente|inicialmente|por\s+primera\s+vez)|pubblicato\s+(?:originariamente|per\s+la\s+prima\s+volta)|oorspronkelijk\s+gepubliceerd|eerder\s+gepubliceerd|đăng\s+lần\s+đầu|${ANSWERED})(?![\p{L}\p{N}])`,
    'iu',
  ),
);

/** {@link parseDateLine} of a line without a first publication's label. */
function readDateLine(text: string, timeZone: string): DateLine {
  let published: string | null = null;
  let modified: string | null = null;
  let publishedText = text;
  const segments = nfc(text).split(LABEL_SPLIT);
  let timeAlone: string | undefined;
  for (const segment of segments) {
    const date = parseDate(segment, timeZone);
    if (date === null) {
      timeAlone ??= segment;
      continue;
    }
    if (UPDATED_LABEL.test(segment)) modified ??= date;
    else if (published === null) {
      published = date;
      if (segments.length > 1) publishedText = segment.replace(/[\s|·•,;–—-]+$/u, '');
    }
  }
  // "14/12/2023 16:05 | Cập nhật: 17:40": the update's time on the publication's day.
  if (modified === null && published !== null && timeAlone !== undefined) {
    modified = updateAtTimeAlone(timeAlone, published, timeZone);
  }
  return { published, modified, publishedText };
}

/** A numeric day and month without a year: "14.12." (its closing dot written), "14/12". */
const NUMERIC_DAY_MONTH = /(?<![\d/.:-])(\d{1,2})(?:\.(\d{1,2})\.(?!\d)|\/(\d{1,2})(?![\d/.:]))/;
/** A day, then a word that may name its month: "14 december", "14. Dezember". */
const dayThenWord = onFirstUse(() =>
  fromSource(String.raw`(?<![\p{L}\p{N}])(\d{1,2})\.?\s+(\p{L}+)\.?(?![\p{L}\p{N}])`, 'u'),
);
/** A word that may name a month, then a day: "Dec 14", "December 14". */
const wordThenDay = onFirstUse(() =>
  fromSource(String.raw`(?<![\p{L}\p{N}])(\p{L}+)\.?\s+(\d{1,2})(?![\p{N}:.])`, 'u'),
);

/**
 * A date line's text with `year` written into the day and month it shows without one, in a form
 * {@link parseDate} reads ("14.12. 16:05" → "14.12.2023 16:05"); null when it shows none.
 */
export function withYear(text: string, year: number): string | null {
  const numeric = NUMERIC_DAY_MONTH.exec(text);
  if (numeric !== null) {
    const [whole, day = '', dotted, slashed] = numeric;
    const written = dotted === undefined ? `${day}/${slashed}/${year}` : `${day}.${dotted}.${year}`;
    return text.replace(whole, written);
  }
  const named = dayThenWord().exec(text);
  if (named !== null && MONTHS.has((named[2] ?? '').toLowerCase())) {
    return text.replace(named[0], `${named[1]} ${named[2]} ${year}`);
  }
  const first = wordThenDay().exec(text);
  if (first !== null && MONTHS.has((first[1] ?? '').toLowerCase())) {
    return text.replace(first[0], `${first[1]} ${first[2]}, ${year}`);
  }
  return null;
}

/** Whether a text writes a time of day: with a colon or an hour word, after "kl", or marked dotted. */
function writesTime(text: string): boolean {
  if (TIME.test(text) || CLOCK_WORD_TIME.test(text)) return true;
  for (const dotted of text.matchAll(DOTTED_TIME)) {
    if (dotted[3] !== undefined || dotted[4] !== undefined) return true;
  }
  return false;
}

/**
 * An update given as a time of day alone beside a publication ("Laatste update: 17:40", "Cập
 * nhật: 17:40", "Updated 5:40 PM"): that time on the publication's day in the page's zone, or on
 * the next day when that would be before the publication.
 *
 * @param text - a date line's text, or its part labelled as the update
 * @param published - the publication, ISO 8601 with offset
 * @param timeZone - IANA zone of the page
 * @returns the update, or null when the text is no update label with a time and no date
 */
export function updateAtTimeAlone(
  text: string,
  published: string,
  timeZone: string,
): string | null {
  if (!UPDATED_LABEL.test(text) || !writesTime(text) || parseDate(text, timeZone) !== null) {
    return null;
  }
  // "Updated November 18 at 4:46 PM" gives its day, without the year: no time alone.
  if (withYear(text, 2000) !== null) return null;
  const at = Date.parse(published);
  if (Number.isNaN(at)) return null;
  const onDayOf = (millis: number): string | null => {
    const day = formatWithOffset(millis, zoneOffsetMinutes(timeZone, millis)).slice(0, 10);
    return parseDate(`${day} ${text}`, timeZone);
  };
  const sameDay = onDayOf(at);
  if (sameDay === null || Date.parse(sameDay) >= at) return sameDay;
  return onDayOf(at + 24 * 60 * 60 * 1000);
}

/** The dates of a date line ({@link parseDateLine}). */
export interface DateLine {
  readonly published: string | null;
  readonly modified: string | null;
  /**
   * The part of the line the publication was read from ("Ngày xuất bản: 14/12/2026 " of "… |
   * Cập nhật: 15/12/2026 09:00"): whether it gives a time of day is its own, not the update's.
   */
  readonly publishedText: string;
}

/**
 * Whether a text dates the same day as an instant, as the page's zone counts days (or as the
 * instant's own offset does: a site may write its local time with another offset).
 *
 * @param text - a date line's text
 * @param instant - an ISO 8601 instant with its offset, or null
 * @param timeZone - IANA zone for the text's times without an offset
 * @returns true when the text's day is the instant's
 */
export function showsDay(text: string, instant: string | null, timeZone: string): boolean {
  if (instant === null) return false;
  const shown = parseDate(text, timeZone);
  if (shown === null) return false;
  const day = shown.slice(0, 10);
  if (day === instant.slice(0, 10)) return true;
  const epoch = Date.parse(instant);
  return (
    !Number.isNaN(epoch) &&
    formatWithOffset(epoch, zoneOffsetMinutes(timeZone, epoch)).slice(0, 10) === day
  );
}

/** Words a date line carries besides the date: weekdays, months, labels, reading time, views. */
const DATELINE_WORDS = fromSource(
  String.raw`(?<![\p{L}\p{N}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|ngày|tháng|năm|lúc|giờ|cập\s+nhật|đăng|xuất\s+bản|lượt\s+xem|phút\s+đọc|sáng|chiều|tối|gmt|utc|ict|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|published|updated|posted|min(?:ute)?s?|read|views?|am|pm)(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * The same in other languages: month names, weekdays, and the words between a date's parts
 * ("segunda-feira, 22 de janeiro de 2018 às 0:13", "lundi 22 janvier 2018 à 10h13"); Arabic
 * weekdays and "الموافق" ("that is"), which joins a lunar Hijri date to its Gregorian day, and
 * the marks of either calendar's year and of the morning or evening, written against the
 * figures or apart ("1446/5/13 هـ الموافق 15/11/2024م", "10:35 ص": a Saudi date line).
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const otherDatelineWords = onFirstUse(
  () =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:segunda|terça|quarta|quinta|sexta)-feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ال(?:أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)|الموافق|${MONTH_PATTERN}|de|del|às|à|a las|um|uhr|le|om|alle|kl|klo|h)(?![\\p{L}\\p{N}])|(?<!\\p{L})(?:هـ|م|ص)(?!\\p{L})`,
      'giu',
    ),
);

/**
 * The labels of a publication or an update, in every language ("postado", "Aktualisiert").
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const publicationLabels = onFirstUse(
  () =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${PUBLICATION_WORD_PATTERN}|em|el|il|op)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
);

/** A zone abbreviation or zone name in capitals ("EST", "ET", "IST"; not the French "est", "et"). */
const ZONE_WORD_CAPITALS = new RegExp(
  `\\b(?:${ZONE_ABBREVIATION_PATTERN.toUpperCase()}|${ZONE_NAMES})\\b`,
  'g',
);

/** The characters CJK dates and times are written with, and a weekday in brackets ("（金）"). */
const CJK_DATE_CHARACTERS = /[（(][月火水木金土日][）)]|[年月日時时分秒년월일시분초]/g;

/** A label saying when the page was published or updated, then a time of day. */
const LABELLED_TIME = String.raw`(?:${PUBLICATION_WORD_PATTERN})(?: (?:at|kl\.?|klo|um|à|a las|às|alle|om|o|lúc))?:? \d{1,2}[.:h]\d{2}(?: ?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?`;
/**
 * Labelled times of day and nothing else ("Uppdaterad kl 12.17", "Aktualisiert um 08:15 Uhr",
 * "Updated 3:05 pm", "Uppdaterad 15.59 | Publicerad 14.14"): a date line without its date, which
 * the page gives elsewhere.
 */
const TIME_LINE = new RegExp(`^${LABELLED_TIME}(?: ?[|·•,] ?${LABELLED_TIME})*$`, 'iu');

/**
 * The publication's time in a line of labelled times alone ({@link TIME_LINE}): "14:14" of
 * "Uppdaterad 15.59 | Publicerad 14.14", as a site writes the time alone for a story of today.
 * Null when the line is none, or labels only updates.
 */
export function publishedTimeAlone(text: string): string | null {
  const line = nfc(text).trim().replace(/\s+/g, ' ');
  if (!TIME_LINE.test(line)) return null;
  for (const segment of line.split(LABEL_SPLIT)) {
    if (UPDATED_LABEL.test(segment)) continue;
    const time = /(\d{1,2})[.:h](\d{2})( ?[ap]\.?m\.?)?/i.exec(segment);
    if (time !== null) return `${time[1]}:${time[2]}${time[3] ?? ''}`;
  }
  return null;
}

/** The longest text read as a date line standing alone (a date, a label, a time). */
const MAX_DATE_LINE_CHARS = 60;

/**
 * {@link isDateline} for a text short enough to be a date line of its own: in a script written
 * without spaces its characters count as words, so its length, not its words, says it is no
 * paragraph.
 *
 * @param text - the text of a block
 * @param timeZone - IANA zone for parsing
 * @returns true for a date line of at most 60 characters
 */
export function isShortDateline(text: string, timeZone: string): boolean {
  return text.length <= MAX_DATE_LINE_CHARS && isDateline(text, timeZone);
}

/** Where a span of dates divides: "từ X đến Y", "from X to Y", "vom X bis Y", "X – Y", "X | Y". */
const SPAN_DIVIDER = /\s+(?:đến|tới|to|until|till|bis|au|al|do|até|[|–—-])\s+/giu;
/**
 * A publication or update label: a date after one is the page's own, not a span's end.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const publicationLabel = onFirstUse(
  () => new RegExp(`(?<![\\p{L}\\p{N}])(?:${PUBLICATION_WORD_PATTERN})(?![\\p{L}\\p{N}])`, 'iu'),
);

/**
 * Whether a text is a span of two dates ("(Từ ngày 01/12/2026 đến ngày 05/12/2026)", "29.11.2018
 * – 20.01.2019"): what a schedule or an exhibition's article tells, no line of the page's dates.
 * A date after a publication or update label ("14.12.2023 – aktualisiert 15.12.2023") or a time
 * alone after a dash ("14/12/2023 - 16:05") makes no span.
 */
function isDateSpan(text: string, timeZone: string): boolean {
  for (const divider of text.matchAll(SPAN_DIVIDER)) {
    const right = text.slice(divider.index + divider[0].length);
    if (publicationLabel().test(right)) continue;
    const left = text.slice(0, divider.index);
    if (
      parseDate(left, timeZone) !== null &&
      parseDate(right, timeZone) !== null &&
      dayAndMonth().test(right)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A day and month written in figures or a month's name: not a time alone.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const dayAndMonth = onFirstUse(
  () => /\d{1,2}\s*[./-]\s*\d{1,2}|\d{1,2}\.?\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2}/u,
);

/**
 * Runs of digits, punctuation, symbols and spaces.
 * Built on first use, from its source (`from-source.ts`).
 */
const digitsPunctuationOrSpaces = onFirstUse(() => fromSource(String.raw`[\d\s\p{P}\p{S}]+`, 'gu'));

/**
 * A label of a day that is no page's: a birth ("Ngày sinh:", "Born:", "Geboren am") on a
 * leader's profile or a wanted notice, a legal text's entry into force ("Ngày hiệu lực:",
 * "Gültig ab") on a document's page, the end of a video's availability ("Verfügbar bis
 * 06.05.2024", "Available until") in a broadcaster's media box.
 */
export const otherDayLabel = onFirstUse(() =>
  fromSource(
    String.raw`(?<!\p{L})(?:ngày (?:có )?hiệu lực|ngày sinh|sinh ngày|born|date of birth|effective (?:date|from)|geboren|gültig ab|née? le|fecha de nacimiento|(?:verfügbar|abrufbar|online) bis|available (?:until|till)|disponible jusqu|disponibile fino|beschikbaar tot)(?!\p{L})`,
    'iu',
  ),
);

/**
 * Whether a short text is a date line and nothing more ("Thứ năm, 14/12/2023 16:05",
 * "January 15, 2024 · 6 min read"), as opposed to a sentence that mentions a date or a span of
 * dates ({@link isDateSpan}).
 *
 * @param text - the text of a block
 * @param timeZone - IANA zone for parsing
 * @returns true when the text is a date plus at most a place name or a label
 */
export function isDateline(text: string, timeZone: string): boolean {
  if (text.length > MAX_KNOWN_DATELINE) return readsAsDateline(text, timeZone);
  return knownDatelines.of(`${timeZone}\n${text}`, () => readsAsDateline(text, timeZone));
}

/**
 * {@link isDateline}'s answers by zone and text: the readers of the lines under the headline and
 * of the body's first and last lines ask about the same lines again (a third of the questions).
 */
const knownDatelines = new TextAnswers<boolean>(MAX_KNOWN_OFFSETS, Number.POSITIVE_INFINITY);
/** The longest text whose answer is kept: a date line is short, a paragraph asked about is not. */
const MAX_KNOWN_DATELINE = 300;

function readsAsDateline(text: string, timeZone: string): boolean {
  if (TIME_LINE.test(text.trim().replace(/\s+/g, ' '))) return true;
  if (parseDate(text, timeZone) === null) return false;
  if (otherDayLabel().test(nfc(text))) return false;
  if (isDateSpan(text, timeZone)) return false;
  const rest = localDateForms(asciiDigits(nfc(text)), timeZone)
    .replace(DATELINE_WORDS, ' ')
    .replace(otherDatelineWords(), ' ')
    .replace(publicationLabels(), ' ')
    .replace(ZONE_WORD_CAPITALS, ' ')
    .replace(CJK_DATE_CHARACTERS, ' ')
    .replace(digitsPunctuationOrSpaces(), ' ')
    .trim();
  // A sentence closing on a word of its own after the date ("Firefox 5 soll am 21. Juni 2011
  // erscheinen.") tells of the date: a date line ends on its date, a label or a place.
  const last = SENTENCE_END.exec(text)?.[1];
  if (last !== undefined && rest.endsWith(last) && countWords(rest) > 1) return false;
  // Words as each script counts them: a Japanese sentence has no spaces, yet many words.
  return rest === '' || countWords(rest) <= 3;
}

/** A lowercase word of four letters or more and a full stop closing a text. */
const SENTENCE_END = /(?<!\p{L})(\p{Ll}{4,})[.!?]\s*$/u;
