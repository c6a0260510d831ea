/**
 * Shows where an extraction differs from the truth: the runs of tokens that no shared 4-gram
 * covers — text the extractor missed, and text it added. Used by `--only` to tune the extractor.
 */
import { NGRAM, tokenize } from './scoring.ts';

/** A run of tokens of one text that the other text does not share. */
export interface Passage {
  /** Index of the first token of the run. */
  readonly start: number;
  /** Number of tokens in the run. */
  readonly length: number;
  /** The tokens, joined by spaces. */
  readonly text: string;
}

function keysOf(tokens: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i + NGRAM <= tokens.length; i += 1) {
    keys.add(tokens.slice(i, i + NGRAM).join('\u0000'));
  }
  return keys;
}

function unshared(tokens: readonly string[], other: Set<string>): Passage[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i + NGRAM <= tokens.length; i += 1) {
    if (other.has(tokens.slice(i, i + NGRAM).join('\u0000'))) covered.fill(true, i, i + NGRAM);
  }
  const runs: Passage[] = [];
  let start = -1;
  for (let i = 0; i <= tokens.length; i += 1) {
    if (i < tokens.length && !covered[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push({ start, length: i - start, text: tokens.slice(start, i).join(' ') });
      start = -1;
    }
  }
  return runs;
}

/**
 * Finds the passages that differ between the truth and a prediction.
 *
 * @param truth - the ground-truth body
 * @param predicted - the extractor's text
 * @returns `missed`: runs of the truth absent from the prediction; `extra`: runs of the
 *   prediction absent from the truth; each in text order
 * @example diffPassages('a b c d e f', 'a b c d').missed // [{ start: 4, length: 2, text: 'e f' }]
 */
export function diffPassages(
  truth: string,
  predicted: string,
): { missed: Passage[]; extra: Passage[] } {
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return { missed: unshared(a, keysOf(b)), extra: unshared(b, keysOf(a)) };
}
