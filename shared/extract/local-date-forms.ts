/**
 * Dates as pages in other scripts write them, rewritten in the forms the date patterns of
 * `dates.ts` read: the words that mark a date's year as a calendar's (the Thai "พ.ศ. 2569"), and
 * the words for "day", "month", "year" and "o'clock" written against the figures and names
 * (Khmer, Lao, Burmese, Armenian), dropped; the halves of the day written as words, as am and pm.
 * Each rewrite runs only on a text holding its script's letters.
 */

import { ETHIOPIC_LETTER, ethiopianAsGregorian } from './ethiopian.ts';

/** Thai letters: only a text holding some is read for Thai forms. */
const THAI_LETTER = /[\u0e01-\u0e4e]/;
/**
 * The mark of a Thai year's era before it: "พ.ศ." (Buddhist Era, whose years `dates.ts` takes
 * back 543 years) or "ค.ศ." (the Gregorian one), with or without its dots and spaces.
 */
const THAI_ERA = /[พค]\.?\s?ศ\.?\s*(?=[\d\u0e50-\u0e59])/gu;

/**
 * The rewrites of a script's date words: its letters, then each pattern and what it becomes.
 * Khmer: "ថ្ងៃអាទិត្យ ទី៦ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ៣:៣២ រសៀល" ("day 6, month December, year 2026,
 * hour 3:32 afternoon") loses "ទី", "ខែ", "ឆ្នាំ", "ម៉ោង" (and the zero-width spaces Khmer words
 * are parted by), the afternoon and evening (រសៀល, ល្ងាច) are pm, the morning (ព្រឹក) am. Lao:
 * "ເດືອນ" (month) and "ປີ" (year) before a year. Burmese: "၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၆ ရက်" loses
 * "ခုနှစ်" (year), "ရက်" (day) and the "လ" (month) after a name, and its comma "၊" is one.
 * Armenian: "2026 թ." or "2026 թվականի" (year) loses its word. Mongolian names no month:
 * "2026 оны 12 сарын 6" ("2026's 12th month's 6"; "12-р сарын", "12 дугаар сарын") is 2026-12-6.
 * A year's word after it in Latin letters: the Lithuanian "2026 m. gruodžio 6 d." and the Basque
 * "2026ko abenduaren 6a" lose it; the Latvian "2026. gada 6. decembris" puts the year last.
 */
const SCRIPT_REWRITES: readonly (readonly [RegExp, readonly (readonly [RegExp, string])[]])[] = [
  [
    /[\u1780-\u17ff]/,
    [
      [/\u200b|ទី(?=[\d\u17e0-\u17e9])|ខែ|ឆ្នាំ|ម៉ោង/g, ' '],
      [/រសៀល|ល្ងាច/g, ' pm'],
      [/ព្រឹក/g, ' am'],
    ],
  ],
  [/[\u0e80-\u0eff]/, [[/ເດືອນ|ປີ(?=\s*[\d\u0ed0-\u0ed9])/g, ' ']]],
  [
    /[\u1000-\u109f]/,
    [
      [/ခုနှစ်|ရက်(?:နေ့)?|(?<=[\u1000-\u109f])လ(?![\u1000-\u109f])/g, ' '],
      [/၊/g, ','],
    ],
  ],
  [/[\u0531-\u0587]/, [[/(?<=\d{4})\s*թ(?:վականի|\.)/g, ' ']]],
  [/\d\s?m\.\s/, [[/(?<=\d{4})\s?m\.(?=\s)/g, '']]],
  [/\dko\s/, [[/(?<=\d{4})ko(?=\s)/g, '']]],
  [/\sgada\s/, [[/(?<!\d)(\d{4})\.?\s*gada\s+(\d{1,2}\.\s*[^\s\d,.]+)/g, '$2 $1']]],
  [
    /[\u0430-\u04e9]/,
    [
      [
        /(?<!\d)(\d{4})\s*оны\s*(\d{1,2})(?:\s*-?\s*(?:р|дугаар|дүгээр))?\s*сарын\s*(\d{1,2})(?!\d)/gi,
        '$1-$2-$3',
      ],
    ],
  ],
];

/**
 * Zones whose pages may write Croatian months: "listopad" is October there, and November in
 * Polish and Czech (the month tables' reading).
 */
const CROATIAN_ZONES: ReadonlySet<string> = new Set(['Europe/Zagreb', 'Europe/Sarajevo']);

/**
 * A year of the Republic of China's (Minguo) calendar, as Taiwan's government pages write it:
 * marked "中華民國115年", "民國115年" (any page), or on a page in Taiwan's zone three figures
 * before a month and a day ("115-12-06", "115/12/06", "115年12月6日"; 100 is 2011, earlier
 * years of two figures are left, as "99/12/06" may be a day first).
 */
const ROC_YEAR = /(?:中華)?民國\s*(\d{1,3})(?=\s*年|[/.-]\d)/g;
const ROC_YEAR_UNMARKED =
  /(?<![\d/.:-])(1[0-4]\d)(?=\s*年\s*\d{1,2}\s*月|([/.-])\d{1,2}\2\d{1,2}(?![\d/.:-]))/g;
/** The Gregorian year of a Minguo year: 1 is 1912. */
const gregorianOfRoc = (_: string, year: string) => String(Number(year) + 1911);

/**
 * A date text in the form the date patterns read: "วันที่ 6 ธันวาคม พ.ศ. 2569 - 15:32 น." becomes
 * "วันที่ 6 ธันวาคม 2569 - 15:32 น.", "ទី6 ខែធ្នូ ឆ្នាំ2026 ម៉ោង 3:32 រសៀល" becomes "6 ធ្នូ 2026 3:32
 * pm", "中華民國115年12月6日" "2026年12月6日", the Ethiopian "ኅዳር 27/2019" "2026-12-06" (`ethiopian.ts`).
 *
 * @param text - a date text
 * @param timeZone - the page's zone
 * @returns the text, its local forms rewritten; the text as it is without any
 */
export function localDateForms(text: string, timeZone: string): string {
  let out = text;
  if (THAI_LETTER.test(out)) out = out.replace(THAI_ERA, '');
  if (out.includes('民國')) out = out.replace(ROC_YEAR, gregorianOfRoc);
  if (timeZone === 'Asia/Taipei') out = out.replace(ROC_YEAR_UNMARKED, gregorianOfRoc);
  if (ETHIOPIC_LETTER.test(out)) out = ethiopianAsGregorian(out);
  if (CROATIAN_ZONES.has(timeZone)) out = out.replace(/\blistopada?\b/gi, 'oktobra');
  for (const [letters, rewrites] of SCRIPT_REWRITES) {
    if (!letters.test(out)) continue;
    for (const [pattern, replacement] of rewrites) out = out.replace(pattern, replacement);
  }
  return out === text ? text : out.replace(/\s+/g, ' ').trim();
}
