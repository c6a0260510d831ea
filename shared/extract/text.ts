/** Small text helpers shared by the extractor's metadata readers. */

/** NFC-normalizes and collapses whitespace (including NBSP and zero-width characters). */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Whether two texts are the same, ignoring case (Vietnamese rules). */
export function sameText(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/** Like {@link cleanText}, but `null` for an empty result or a missing value. */
export function cleanOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = cleanText(value);
  return cleaned === '' ? null : cleaned;
}

/**
 * The first letter or digit of a word: one not preceded by a letter or digit, nor by an
 * apostrophe or hyphen that itself follows one ("rock-n-roll" and "don't" are one word each).
 * Matching word starts, not whole words, matters: a greedy `[\p{L}\p{N}]+` over a run of
 * millions of letters (a base64 blob in the text) overflows V8's regexp backtrack stack.
 */
const WORD_START = /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]['’-])[\p{L}\p{N}]/gu;

/**
 * Counts the words of a text. Vietnamese writes one syllable per space-separated word, so each
 * run of letters and digits counts once; punctuation and dashes do not count.
 *
 * @param text - plain text
 * @returns the number of words
 */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD_START)) count++;
  return count;
}

/** Deep-normalizes every string of a JSON-like value to NFC. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normalizeStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeStrings(item);
    return out as T;
  }
  return value;
}
