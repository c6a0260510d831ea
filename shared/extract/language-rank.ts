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
 * its rank there, as pairs `[language index, rank, …]`. A text's distance to every language is
 * then one look-up per distinct trigram of the text instead of one per trigram and language.
 */
interface ScriptModels {
  readonly languages: readonly string[];
  readonly ranks: ReadonlyMap<string, readonly number[]>;
}

const modelsByScript = new Map<string, ScriptModels>();

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
      const entry = ranks.get(trigram);
      if (entry === undefined) ranks.set(trigram, [index, rank]);
      else entry.push(index, rank);
    }
  });
  const built = { languages, ranks };
  modelsByScript.set(script, built);
  return built;
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

/** How often each trigram of the text occurs, after trigram-utils' cleaning (punctuation and digits to spaces, collapsed, lower-cased, padded). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
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
  const counts = trigramCounts(sample);
  const distances = new Array<number>(models.languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const hits = models.ranks.get(trigram);
    if (hits === undefined) continue;
    for (let i = 0; i < hits.length; i += 2) {
      const language = hits[i] as number;
      const difference = Math.abs(count - (hits[i + 1] as number) - 1);
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
