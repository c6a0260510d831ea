/** Small text helpers shared by the extractor's metadata readers. */

import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';

/**
 * Whether a UTF-16 code unit is whitespace as `\s` and `String.prototype.trim` define it
 * (ECMAScript WhiteSpace and LineTerminator).
 */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * How many characters of a text are not whitespace (`text.replace(/\s+/g, '').length`), counted
 * without building that text.
 */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/**
 * A character that may change under NFC: U+0300, the first combining mark, or any after it.
 * Below it no character decomposes to anything but its own composition (`é`, U+00E9) or
 * combines with another, so a text of such characters alone is NFC as it is. (A pattern scans
 * a text about twice as fast as a loop over `charCodeAt`.)
 */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uffff]/;

/**
 * `text.normalize('NFC')`, without the call for a text whose characters are all below U+0300
 * (most short texts of pages in Latin scripts): the call costs about a microsecond, a scan of
 * a hundred characters a tenth of it.
 *
 * @param text - any text
 * @returns the text NFC-normalized
 */
export function nfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

/**
 * The length of {@link cleanText}`(value)`, counted without building the cleaned text.
 *
 * @param value - any text
 * @returns the cleaned text's length
 */
export function cleanLength(value: string): number {
  const text = nfc(value);
  let n = 0;
  let started = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Zero-width characters go before whitespace is collapsed: they split no run.
    if ((c >= 0x200b && c <= 0x200d) || c === 0xfeff) continue;
    if (isSpace(c)) {
      if (started) space = true;
    } else {
      if (space) n++;
      space = false;
      started = true;
      n++;
    }
  }
  return n;
}

/**
 * Invisible characters that only hint at layout: the soft hyphen and the word joiner (where a
 * line may or may not break), the zero-width space, and the byte order mark (JS's `\s` holds it).
 */
const LAYOUT_HINTS = /[\u00AD\u200B\u2060\uFEFF]/g;

/**
 * Runs of zero-width non-joiners and joiners. Inside a word they are part of its spelling
 * (Persian `می‌خواهم`, Indic conjuncts) or of an emoji sequence (👨‍👩‍👧); at a word's edge they
 * mean nothing.
 */
const JOINERS = /[\u200C\u200D]+/g;

/**
 * What {@link cleanText} changes besides normalization: an invisible character, a run of two
 * whitespace characters, whitespace other than a space, a space at either end. Most texts it
 * reads (attribute values, short element texts) have none and are returned as they are.
 */
const NEEDS_CLEANING = /[\u00AD\u200B-\u200D\u2060\uFEFF]|\s\s|[^\S ]|^ | $/;

/** Whether a character is a word's (not whitespace, not a joiner, not past the text's end). */
function inWord(char: string | undefined): boolean {
  return char !== undefined && !/[\s\u200C\u200D]/.test(char);
}

/**
 * NFC-normalizes and collapses whitespace (NBSP included). Drops the invisible layout hints
 * (soft hyphens, word joiners, zero-width spaces) and the joiners that stand outside a word.
 */
export function cleanText(value: string): string {
  const text = nfc(value);
  if (!NEEDS_CLEANING.test(text)) return text;
  // Most texts cleaned have whitespace to collapse and no invisible character: one scan for
  // those characters, not one per replacement.
  const shown = !INVISIBLE.test(text)
    ? text
    : text
        .replace(LAYOUT_HINTS, '')
        .replace(JOINERS, (run, at: number, whole: string) =>
          inWord(whole[at - 1]) && inWord(whole[at + run.length]) ? run : '',
        );
  return shown.replace(SPACE_RUN_TO_COLLAPSE, ' ').trim();
}

/** A character of {@link LAYOUT_HINTS} or {@link JOINERS}. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * A run of whitespace that collapsing to one space changes: all but a lone ASCII space, which
 * stays as it is (a paragraph of megabytes holds a million of those, and no run).
 */
const SPACE_RUN_TO_COLLAPSE = /[^\S ]\s*| \s+/g;

/**
 * How much of a long text {@link cleanTextWithin} cleans first: enough for `max` characters
 * once cleaned unless most of it is whitespace or invisible.
 */
export function firstRead(max: number): number {
  return max * 4 + 64;
}

/**
 * {@link cleanText}`(value)` when it is at most `max` characters long, else null, for the
 * readers of short lines (a dateline, a "Posted by" line, a labelled date). A long text is not
 * cleaned whole when its start already cleans to more: a paragraph of megabytes costs a slice.
 *
 * @param value - any text
 * @param max - the longest cleaned text wanted
 * @returns the cleaned text, or null when it is longer than `max`
 */
export function cleanTextWithin(value: string, max: number): string | null {
  const read = firstRead(max);
  if (value.length > read) {
    // Cleaning keeps the text before an ASCII space as it is (NFC never composes across it and
    // the space ends any run of joiners), so that part cleans to a start of the whole.
    const cut = value.lastIndexOf(' ', read);
    if (cut > 0 && cleanText(value.slice(0, cut)).length > max) return null;
  }
  const text = cleanText(value);
  return text.length <= max ? text : null;
}

/**
 * A text without the layout hints {@link cleanText} drops (soft hyphens, word joiners,
 * zero-width spaces), for comparing text read as it is (the body's) with cleaned text.
 */
export function withoutLayoutHints(text: string): string {
  return text.replace(LAYOUT_HINTS, '');
}

/**
 * A character {@link cleanText} keeps: neither whitespace (JS's `\s` holds NBSP and the BOM)
 * nor invisible. NFC turns whitespace into whitespace only.
 */
const KEPT = /[^\s\u00AD\u200B-\u200D\u2060]/;

/**
 * Whether {@link cleanText} makes nothing of a text (`cleanText(text) === ''`), found without
 * normalizing or copying it: most texts between elements are layout whitespace.
 */
export function cleansToNothing(text: string): boolean {
  return !KEPT.test(text);
}

/**
 * Whether the word after `label`'s match at the start of `text` begins in lower case: "By the
 * river bank…", "Reporting by the local paper…" are sentences, not the credits and bylines whose
 * names are capitalised.
 */
export function lowerCaseAfter(text: string, label: RegExp): boolean {
  const m = label.exec(text);
  if (m === null) return false;
  const first = text.charAt(m[0].length);
  return first !== first.toUpperCase();
}

/**
 * A text in lower case by Vietnamese rules, as `toLocaleLowerCase('vi')` gives it: that is the
 * locale-free `toLowerCase()` (Unicode's language-specific case mappings are Lithuanian, Turkish
 * and Azeri ones; V8 maps every other language as the root locale), here without reading a
 * locale argument on each call, which costs a microsecond or two: pages fold hundreds of
 * keywords, and bylines test the case of every word.
 */
export function lowerVi(text: string): string {
  return text.toLowerCase();
}

/**
 * A text's words (runs of letters and digits), lower-cased; a soft hyphen or a word joiner inside
 * a word splits none. How texts are compared word for word (a caption with a picture's `alt`, a
 * block with a description).
 *
 * @param text - any text
 * @returns its words, in order
 */
export function lowerWords(text: string): string[] {
  // An ASCII text's letters and digits are these (no layout hint is ASCII): a plain class runs
  // faster than the Unicode classes.
  if (!NOT_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORDS) ?? [];
  return lowerVi(withoutLayoutHints(text)).match(letterOrDigitRuns()) ?? [];
}

const NOT_ASCII = /[^\0-\x7f]/;
/** {@link letterOrDigitRuns} in a lower-cased ASCII text. */
const ASCII_WORDS = /[a-z0-9]+/g;

/** A text in upper case by Vietnamese rules: `toLocaleUpperCase('vi')`, as {@link lowerVi}. */
export function upperVi(text: string): string {
  return text.toUpperCase();
}

/** A text with its case folded as {@link sameText} compares it (Vietnamese rules). */
export function foldCase(text: string): string {
  return lowerVi(text);
}

/** Whether two texts are the same, ignoring case (Vietnamese rules). */
export function sameText(a: string, b: string): boolean {
  return foldCase(a) === foldCase(b);
}

/** Like {@link cleanText}, but `null` for an empty result or a missing value. */
export function cleanOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = cleanText(value);
  return cleaned === '' ? null : cleaned;
}

const LETTER_OR_DIGIT = fromSource(String.raw`^[\p{L}\p{N}]$`, 'u');

/**
 * Runs of letters and digits: a text's words, as `text.match(letterOrDigitRuns())` lists them.
 * A letter's marks are the word's too: the vowel signs of Devanagari, Bengali or Tamil ("सुप्रीम"
 * is one word, not "स", "प", "र", "म"). Built on first use, from its source (`from-source.ts`).
 */
export const letterOrDigitRuns = onFirstUse(() => fromSource(String.raw`[\p{L}\p{M}\p{N}]+`, 'gu'));

/**
 * Runs of what is neither a letter (with its marks) nor a digit, where
 * `text.split(notLetterOrDigitRuns())` cuts a text into its words. Built on first use, from its
 * source (`from-source.ts`).
 */
export const notLetterOrDigitRuns = onFirstUse(() =>
  fromSource(String.raw`[^\p{L}\p{M}\p{N}]+`, 'u'),
);

/**
 * A letter or a digit anywhere in a text: one pattern for the extractor's modules, where seven
 * literals of it each had V8 build the two classes when the bundle compiled and again on first use.
 */
export const ANY_LETTER_OR_DIGIT = fromSource(String.raw`[\p{L}\p{N}]`, 'u');

/**
 * Whether a text holds a letter or a digit.
 *
 * @param text - any text
 * @returns true when {@link ANY_LETTER_OR_DIGIT} finds one
 */
export function hasLetterOrDigit(text: string): boolean {
  return ANY_LETTER_OR_DIGIT.test(text);
}

/** Per code point below 0x10000: 0 not yet known, 1 a letter or digit, 2 neither. */
const BMP_CLASS = new Uint8Array(0x10000);

function isLetterOrDigit(code: number): boolean {
  if (code >= 0x10000) return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  let known = BMP_CLASS[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_CLASS[code] = known;
  }
  return known === 1;
}

/**
 * The number of word starts in a text. A word starts at a letter or digit not preceded by a
 * letter or digit, nor by an apostrophe or hyphen that itself follows one ("rock-n-roll" and "don't" are one word each).
 * Matching word starts, not whole words, matters: a greedy `[\p{L}\p{N}]+` over a run of
 * millions of letters (a base64 blob in the text) overflows V8's regexp backtrack stack.
 *
 * Counted in one pass over the code points: the same count as the pattern
 * `(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]['’-])[\p{L}\p{N}]` (u flag), whose lookbehinds and match
 * object per word made it the costliest step of counting.
 */
function countWordStarts(text: string): number {
  let count = 0;
  // Whether the previous code point is a letter or digit, and whether it is an apostrophe or
  // hyphen that follows one.
  let afterLetter = false;
  let afterJoiner = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    i += code > 0xffff ? 2 : 1;
    const letter = isLetterOrDigit(code);
    if (letter && !afterLetter && !afterJoiner) count++;
    afterJoiner = afterLetter && (code === 0x27 || code === 0x2019 || code === 0x2d);
    afterLetter = letter;
  }
  return count;
}

/** Scripts written without spaces between words. */
const SPACELESS = fromSource(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`,
  'u',
);

/**
 * The code-unit blocks that hold every character {@link SPACELESS} matches (Thai, Lao,
 * Myanmar, Khmer, the CJK blocks, halfwidth forms, surrogates): a cheap test that rules most
 * texts out before the Unicode-property pattern runs, which is slow on non-Latin-1 text.
 */
const MAYBE_SPACELESS =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uf900-\ufaff\uff00-\uffef\ud800-\udbff]/;

/**
 * Whether a text holds a character of a script written without spaces between words (Han,
 * Hiragana, Katakana, Thai, Lao, Khmer, Myanmar).
 *
 * @param text - any text
 * @returns true when one such character is in it
 */
export function hasSpacelessScript(text: string): boolean {
  return MAYBE_SPACELESS.test(text) && SPACELESS.test(text);
}

/**
 * Han and kana: Chinese and Japanese measure text in characters, so each counts as a word
 * (the long-vowel mark ー belongs to no script but is part of kana words).
 */
const HAN_KANA = fromSource(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]`,
  'gu',
);

/** A Han or kana character, or a run of other letters and digits (within one of `lowerWords`). */
const hanKanaOrRun = onFirstUse(() =>
  fromSource(
    String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+`,
    'gu',
  ),
);

/**
 * {@link lowerWords}, each Han or kana character a word of its own, as {@link countWords} counts
 * them: the units two texts share runs of (`日本銀行は19日の…` shares no long run of letters with
 * a copy that leaves a word out).
 *
 * @param text - any text
 * @returns the lower-case words in order
 */
export function lowerMeasuredWords(text: string): string[] {
  const words = lowerWords(text);
  return hasSpacelessScript(text) ? words.flatMap((w) => w.match(hanKanaOrRun()) ?? []) : words;
}

/** Runs of Thai, Lao, Khmer and Burmese: words are found with a dictionary (ICU). */
const SOUTHEAST_ASIAN = fromSource(
  String.raw`[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+`,
  'gu',
);

let segmenter: Intl.Segmenter | undefined;

function countSegmented(run: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) count++;
  return count;
}

/** A text's end as a sentence's: its mark, then closing quotes or brackets. */
export const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/**
 * Words from which a block reads as a paragraph of prose, not a line of furniture (a byline, a
 * date line, a share button): the readers of what stands below the headline stop at it.
 */
export const PROSE_WORDS = 15;

/**
 * Counts the words of a text by what each script uses: runs of letters and digits between
 * spaces and punctuation (one per Vietnamese syllable, one per Korean eojeol); one per Han or
 * kana character (Chinese and Japanese are measured in characters); dictionary words for
 * Thai, Lao, Khmer and Burmese, which put no space between words (`Intl.Segmenter`, only on
 * those runs: it is about a hundred times slower than the pattern).
 *
 * @param text - plain text
 * @returns the number of words
 */
export function countWords(text: string): number {
  let count = 0;
  let rest = text;
  if (hasSpacelessScript(text)) {
    rest = rest.replace(HAN_KANA, () => {
      count++;
      return ' ';
    });
    rest = rest.replace(SOUTHEAST_ASIAN, (run) => {
      count += countSegmented(run);
      return ' ';
    });
  }
  return count + countWordStarts(rest);
}

/** Deep-normalizes every string of a JSON-like value to NFC. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => normalizeStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeStrings(item);
    return out as T;
  }
  return value;
}

/**
 * A text with its quotation marks, apostrophes and dashes as plain ASCII and its whitespace
 * collapsed: how two writings of one headline are compared for their typography alone.
 *
 * @example plainTypography('für „finished“ – heute') // 'für "finished" - heute'
 */
export function plainTypography(text: string): string {
  return text
    .replace(/[“”„‟«»″〝〞＂]/g, '"')
    .replace(/[‘’‚‛‹›′`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
