/**
 * Dates as pages in other scripts write them, rewritten in the forms the date patterns of
 * `dates.ts` read: the words that mark a date's year as a calendar's (the Thai "พ.ศ. 2569"),
 * dropped. Each rewrite runs only on a text holding its script's letters.
 */

/** Thai letters: only a text holding some is read for Thai forms. */
const THAI_LETTER = /[\u0e01-\u0e4e]/;
/**
 * The mark of a Thai year's era before it: "พ.ศ." (Buddhist Era, whose years `dates.ts` takes
 * back 543 years) or "ค.ศ." (the Gregorian one), with or without its dots and spaces.
 */
const THAI_ERA = /[พค]\.?\s?ศ\.?\s*(?=[\d\u0e50-\u0e59])/gu;

/**
 * A date text in the form the date patterns read: "วันที่ 6 ธันวาคม พ.ศ. 2569 - 15:32 น." becomes
 * "วันที่ 6 ธันวาคม 2569 - 15:32 น.".
 *
 * @param text - a date text, its digits ASCII
 * @returns the text, its local forms rewritten; the text as it is without any
 */
export function localDateForms(text: string): string {
  let out = text;
  if (THAI_LETTER.test(out)) out = out.replace(THAI_ERA, '');
  return out;
}
