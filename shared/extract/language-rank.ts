import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc reads at most this many characters. */
const MAX_LENGTH = 2048;

/** What a trigram the language's model lacks adds to that language's distance. */
const MAX_DIFFERENCE = 300;

/** A language and its relative score (1 = best), as franc returns them. */
export type RankedLanguage = [language: string, score: number];

/**
 * One script's models turned inside out: for each trigram, the languages whose model has it and
 * its rank there. A text's distance to every language is then one look-up per distinct trigram
 * of the text instead of one per trigram and language. The trigrams are numbered and kept in
 * typed arrays, an open-addressing table on their three code units: a page's text asks a few
 * hundred of them, which in a `Map` of a script's thousands of trigram strings (and of arrays
 * for their languages) was the ranking's main cost, in memory the page's work has left cold.
 */
interface ScriptModels {
  readonly languages: readonly string[];
  /** The table: in each slot a trigram's number + 1, or 0 for none. */
  readonly slots: Int32Array;
  /** Each trigram's code units, by number: the first, and the second and third as one integer. */
  readonly firsts: Uint16Array;
  readonly rests: Int32Array;
  /** Where each trigram's languages start in `languageRanks`, by number (and where they end). */
  readonly starts: Int32Array;
  /** Each trigram's languages, as the language's index × 2¹⁶ + the trigram's rank there. */
  readonly languageRanks: Int32Array;
  /** A text's count of each trigram, by number (0 again after each text). */
  readonly counts: Int32Array;
}

const modelsByScript = new Map<string, ScriptModels>();

/** The slot where a search for a trigram's code units `a`, `bc` starts, in a table of `mask` + 1. */
function firstSlot(a: number, bc: number, mask: number): number {
  return (Math.imul(Math.imul(a, 0x9e3779b1) ^ bc, 0x85ebca6b) >>> 7) & mask;
}

/** The number of the trigram of code units `a`, `bc` in the models, or -1. */
function trigramNumber(models: ScriptModels, a: number, bc: number): number {
  const { slots, firsts, rests } = models;
  const mask = slots.length - 1;
  for (let slot = firstSlot(a, bc, mask); ; slot = (slot + 1) & mask) {
    const number = (slots[slot] as number) - 1;
    if (number < 0 || (firsts[number] === a && rests[number] === bc)) return number;
  }
}

function scriptModels(script: string): ScriptModels | undefined {
  const cached = modelsByScript.get(script);
  if (cached !== undefined) return cached;
  const models = data[script];
  if (models === undefined) return undefined;
  const languages = Object.keys(models);
  const ranks = new Map<string, number[]>();
  languages.forEach((language, index) => {
    const trigrams = (models[language] ?? '').split('|');
    // franc fills its model from the end, so a repeated trigram keeps its first rank.
    const rankOf = new Map<string, number>();
    for (let rank = trigrams.length - 1; rank >= 0; rank--) rankOf.set(trigrams[rank] ?? '', rank);
    for (const [trigram, rank] of rankOf) {
      // Only a trigram of three code units can be one of a text's.
      if (trigram.length !== 3) continue;
      const entry = ranks.get(trigram);
      if (entry === undefined) ranks.set(trigram, [index * 0x10000 + rank]);
      else entry.push(index * 0x10000 + rank);
    }
  });
  const built = tabled(languages, ranks);
  modelsByScript.set(script, built);
  return built;
}

/** The models' trigrams and their languages (`ranks`) in typed arrays ({@link ScriptModels}). */
function tabled(languages: readonly string[], ranks: ReadonlyMap<string, number[]>): ScriptModels {
  let size = 1;
  while (size < ranks.size * 2) size *= 2;
  const models: ScriptModels = {
    languages,
    slots: new Int32Array(size),
    firsts: new Uint16Array(ranks.size),
    rests: new Int32Array(ranks.size),
    starts: new Int32Array(ranks.size + 1),
    languageRanks: new Int32Array([...ranks.values()].flat()),
    counts: new Int32Array(ranks.size),
  };
  let number = 0;
  for (const [trigram, entry] of ranks) {
    const a = trigram.charCodeAt(0);
    const bc = trigram.charCodeAt(1) * 0x10000 + trigram.charCodeAt(2);
    let slot = firstSlot(a, bc, size - 1);
    while (models.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    models.slots[slot] = number + 1;
    models.firsts[number] = a;
    models.rests[number] = bc | 0;
    models.starts[number + 1] = (models.starts[number] as number) + entry.length;
    number++;
  }
  return models;
}

/** The script whose characters are the largest share of the text (the first such in franc's order). */
function topScript(value: string): [script: string | undefined, share: number] {
  let topShare = -1;
  let top: string | undefined;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/** trigram-utils' cleaning: punctuation and digits to spaces, collapsed, lower-cased, padded. */
function cleanedForTrigrams(value: string): string {
  return ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
}

/**
 * Counts each trigram of the cleaned text the models have into their `counts`, and returns the
 * numbers of those it counted and how many distinct trigrams the text has in all.
 */
function countTrigrams(
  models: ScriptModels,
  cleaned: string,
): { found: number[]; distinct: number } {
  const found: number[] = [];
  const others = new Set<number>();
  const { counts } = models;
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const a = cleaned.charCodeAt(i);
    const bc = (cleaned.charCodeAt(i + 1) * 0x10000 + cleaned.charCodeAt(i + 2)) | 0;
    const number = trigramNumber(models, a, bc);
    if (number < 0) {
      others.add(a * 0x100000000 + (bc >>> 0));
    } else {
      if (counts[number] === 0) found.push(number);
      counts[number] = (counts[number] as number) + 1;
    }
  }
  return { found, distinct: found.length + others.size };
}

/**
 * Ranks the languages a text may be in: exactly what franc-min's `francAll(value, { minLength })`
 * returns (same languages, order and scores), computed from the script's models indexed by
 * trigram. franc compares every trigram of the text with every language's model; this looks each
 * distinct trigram up once.
 *
 * @param value - the text
 * @param minLength - below this many characters the answer is `und`
 * @returns the candidates, best first, each with its score relative to the best (1)
 */
export function rankLanguages(value: string, minLength: number): RankedLanguage[] {
  if (!value || value.length < minLength) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const models = script === undefined ? undefined : scriptModels(script);
  if (script === undefined || models === undefined) {
    return script === undefined || share === 0 ? [['und', 1]] : [[script, 1]];
  }
  const { found, distinct } = countTrigrams(models, cleanedForTrigrams(sample));
  const { counts, starts, languageRanks } = models;
  const distances = new Array<number>(models.languages.length).fill(distinct * MAX_DIFFERENCE);
  for (const number of found) {
    const count = counts[number] as number;
    counts[number] = 0;
    for (let i = starts[number] as number; i < (starts[number + 1] as number); i++) {
      const language = (languageRanks[i] as number) >> 16;
      const difference = Math.abs(count - ((languageRanks[i] as number) & 0xffff) - 1);
      distances[language] = (distances[language] as number) + difference - MAX_DIFFERENCE;
    }
  }
  const ranked: RankedLanguage[] = models.languages.map((language, index) => [
    language,
    distances[index] as number,
  ]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]?.[1] ?? 0;
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
