import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';
import { rankLanguages } from './language-rank.ts';
import { A_VIETNAMESE_LETTER, VIETNAMESE_LETTERS } from './vietnamese-names.ts';

/** ISO 639-3 codes franc-min returns → the BCP 47 tags pages use. */
const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  vie: 'vi',
  eng: 'en',
  spa: 'es',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  jav: 'jv',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  bos: 'bs',
  hrv: 'hr',
  nld: 'nl',
  srp: 'sr',
  ckb: 'ckb',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  ceb: 'ceb',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  plt: 'mg',
  nya: 'ny',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  lin: 'ln',
  som: 'so',
  ilo: 'ilo',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  hin: 'hi',
  mar: 'mr',
  mai: 'mai',
  bho: 'bho',
  npi: 'ne',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  ell: 'el',
  heb: 'he',
  khm: 'km',
  lao: 'lo',
  mya: 'my',
  ben: 'bn',
  tam: 'ta',
  tel: 'te',
  kan: 'kn',
  mal: 'ml',
  guj: 'gu',
  pan: 'pa',
  amh: 'am',
  kat: 'ka',
  hye: 'hy',
  sin: 'si',
  ori: 'or',
};

/** How much of the text detection reads: enough for a clear answer, bounded in cost. */
const SAMPLE_CHARS = 1500;

/** Below this many characters, detection is a guess and the page's own declaration wins. */
const MIN_DETECTION_CHARS = 200;

/** As few as this, of a script only one language writes (a short Chinese text's 115 say much). */
const MIN_SCRIPT_CHARS = 50;

/**
 * Normalizes a declared language (`vi_VN`, `EN-us`, `vi-vn`) to a BCP 47 tag (`vi-VN`, `en-US`).
 *
 * @param value - a `lang` attribute, `content-language` or `og:locale` value
 * @returns the normalized tag, or null when the value is not a language tag
 */
export function normalizeLanguageTag(value: string | null | undefined): string | null {
  if (!value) return null;
  const first = value.split(/[,;\s]/)[0] ?? '';
  const parts = first
    .replace(/_/g, '-')
    .split('-')
    .filter((p) => p !== '');
  const [language, ...rest] = parts;
  if (language === undefined || !/^[a-z]{2,3}$/i.test(language)) return null;
  const tag = [language.toLowerCase()];
  for (const part of rest) {
    if (/^[a-z]{4}$/i.test(part))
      tag.push(part.charAt(0).toUpperCase() + part.slice(1).toLowerCase());
    else if (/^(?:[a-z]{2}|\d{3})$/i.test(part)) tag.push(part.toUpperCase());
    else if (/^[a-z\d]{5,8}$/i.test(part)) tag.push(part.toLowerCase());
    else break;
  }
  return tag.join('-');
}

/** Runs of what is no letter. Built on first use, from its source (`from-source.ts`). */
const nonLetterRuns = onFirstUse(() => fromSource(String.raw`[^\p{L}]+`, 'gu'));

/** Words opening with a capital: names. Built on first use, from its source. */
const capitalisedWords = onFirstUse(() => fromSource(String.raw`\p{Lu}[\p{L}\p{M}]*`, 'gu'));

/**
 * True when at least 3% of the letters are ones only Vietnamese writes, and 1.5% in words of
 * lower case: English text writing Vietnamese names with their marks ("Trịnh Thị Thủy", as
 * Vietnam News does) has them in capitalised words alone, Vietnamese prose in its small words.
 */
function isVietnamese(text: string): boolean {
  const sample = text.slice(0, 600);
  if (!A_VIETNAMESE_LETTER.test(sample)) return false;
  const letters = sample.replace(nonLetterRuns(), '').length;
  const share = (value: string) => (value.match(VIETNAMESE_LETTERS)?.length ?? 0) / letters;
  return (
    letters > 0 && share(sample) >= 0.03 && share(sample.replace(capitalisedWords(), '')) >= 0.015
  );
}

/**
 * Scripts franc-min has no model of, each written by one language: Khmer, Lao, Georgian,
 * Armenian, Hebrew. franc guesses from the few Latin letters around them (Khmer text with "VNA"
 * was Italian), and a Vietnamese CMS's Khmer and Lao editions keep its `lang="vi"`.
 */
const ONE_LANGUAGE_SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/[\u1780-\u17ff]/g, 'km'],
  [/[\u0e80-\u0eff]/g, 'lo'],
  [/[\u10a0-\u10ff]/g, 'ka'],
  [/[\u0530-\u058f]/g, 'hy'],
  [/[\u0590-\u05ff]/g, 'he'],
];

/**
 * The language of the script of {@link ONE_LANGUAGE_SCRIPTS} that writes more than half of a
 * text's characters other than spaces, if any. Those characters are counted once, and only for
 * a script the text writes at all: most texts write none of them.
 */
function oneLanguageScript(text: string): string | undefined {
  let nonSpace = 0;
  for (const [script, language] of ONE_LANGUAGE_SCRIPTS) {
    const count = text.match(script)?.length ?? 0;
    if (count === 0) continue;
    if (nonSpace === 0) nonSpace = text.replace(/\s/g, '').length || 1;
    if (count / nonSpace > 0.5) return language;
  }
  return undefined;
}

/**
 * The detected language and franc's relative score of every candidate (1 = best). Only for text
 * without Vietnamese letters (the caller has looked): franc's trigrams can mistake short or
 * repetitive Vietnamese for other Latin-script languages, its letters alone settle it.
 */
function detectWithScores(
  text: string,
): { language: string; scores: ReadonlyMap<string, number> } | null {
  if (text.length < MIN_SCRIPT_CHARS) return null;
  const only = oneLanguageScript(text);
  if (only !== undefined) return { language: only, scores: new Map([[only, 1]]) };
  const ranked = rankLanguages(text.slice(0, SAMPLE_CHARS), MIN_SCRIPT_CHARS);
  // Shorter, only a script one language writes tells (franc ranks no other): Han, kana, Hangul.
  if (text.length < MIN_DETECTION_CHARS && ranked.length > 1) return null;
  const scores = new Map<string, number>();
  for (const [code, score] of ranked) {
    const tag = ISO639_3_TO_1[code];
    if (tag !== undefined && !scores.has(tag)) scores.set(tag, score);
  }
  const best = ranked[0]?.[0];
  const language = best === undefined ? undefined : ISO639_3_TO_1[best];
  if (language === 'ja' && !writesKana(text.slice(0, SAMPLE_CHARS)))
    return { language: 'zh', scores };
  return language === undefined ? null : { language, scores };
}

/** Hiragana and katakana, which Japanese writes and Chinese does not. */
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/g;
/** Han characters. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/g;

/**
 * Whether Han text writes kana as Japanese does (a third of its letters or so): franc calls Han
 * text with a single stray kana ("ぃ", a typo in a Chinese wire story) Japanese.
 */
function writesKana(text: string): boolean {
  const kana = text.match(KANA)?.length ?? 0;
  return kana >= 0.05 * (text.match(HAN)?.length ?? 0);
}

/**
 * A declared language franc ranks this close to its best guess is taken as right (franc's
 * relative scores are compressed: unrelated Latin-script languages still score ~0.94).
 */
const CLOSE_ENOUGH = 0.97;

/** The languages franc-min has a model of, as the tags {@link ISO639_3_TO_1} gives them. */
const MODELLED: ReadonlySet<string> = new Set(Object.values(ISO639_3_TO_1));

/**
 * How much text a declaration is checked against: enough to tell languages apart plainly (the
 * close ones are left to the declaration anyway), a third of {@link SAMPLE_CHARS}'s cost.
 */
const CHECK_CHARS = 500;

/**
 * The text's language where the text is plainly not in the declared one (a template's
 * declaration over another edition's content: English stories under `lang="de"`, Swahili under
 * `en-US`), else null. Plainly: franc-min has a model of the declared language and ranks it well
 * below its best guess, or not at all (another script). Close languages (Portuguese under
 * `lang="es"`, Malay and Indonesian), a language it has no model of (Danish, Norwegian: it
 * calls both Swedish) and a text too short to tell (under 200 characters, bar a script only one
 * language writes) keep their declaration.
 *
 * @param primary - the declaration's primary language subtag, not `vi`
 * @param text - the article's plain text
 */
function contradicted(primary: string, text: string): string | null {
  if (!MODELLED.has(primary)) return null;
  const detected = detectWithScores(text.slice(0, CHECK_CHARS));
  if (detected === null || detected.language === primary) return null;
  return (detected.scores.get(primary) ?? 0) >= CLOSE_ENOUGH ? null : detected.language;
}

/**
 * Chooses the article's language. The page's declaration is trusted, except where CMS templates
 * get it wrong: Vietnamese text under another declaration (`lang="en-US"` templates) is `vi`,
 * a Vietnamese declaration over text that is not Vietnamese is checked with franc-min, and so is
 * any other declaration, against a shorter sample ({@link contradicted}).
 * Without a declaration: Vietnamese by its letters, else franc-min, else the publisher's
 * language, else `und`.
 *
 * @param declared - the page's normalized declaration, or null
 * @param text - the article's plain text
 * @param fallback - the publisher's language, if any
 * @returns a BCP 47 tag
 */
export function chooseLanguage(
  declared: string | null,
  text: string,
  fallback: string | undefined,
): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const vietnamese = sample.length >= MIN_DETECTION_CHARS && isVietnamese(sample);
  if (declared !== null) {
    const primary = declared.split('-')[0] ?? declared;
    if (vietnamese) return primary === 'vi' ? declared : 'vi';
    if (primary !== 'vi') return contradicted(primary, text) ?? declared;
    const detected = detectWithScores(sample);
    if (detected === null || (detected.scores.get('vi') ?? 0) >= CLOSE_ENOUGH) return declared;
    return detected.language;
  }
  if (vietnamese) return 'vi';
  return detectWithScores(sample)?.language ?? fallback ?? 'und';
}
