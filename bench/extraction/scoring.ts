/**
 * The article-extraction benchmark's metric (Zyte/Scrapinghub `evaluate.py`), re-implemented:
 * NFC text, tokens `/[\p{L}\p{N}_]+/gu`, per-page true/false positives and false negatives over
 * multisets of token 4-grams (normalized so that long pages weigh no more than short ones),
 * precision and recall macro-averaged over pages, F1 = 2PR/(P+R) of the averages, and accuracy
 * as the share of pages whose token sequence matches exactly.
 */

/** Per-page shingle counts, normalized to sum to 1 (all zero when both texts are empty). */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** The score of one page. */
export interface PageScore extends PageCounts {
  /** Precision of the page, or null when the prediction has no shingle (it is then not averaged). */
  readonly precision: number | null;
  /** Recall of the page, or null when the truth has no shingle (it is then not averaged). */
  readonly recall: number | null;
  /** Page-level F1 (0 when precision or recall is missing or both are 0), for ranking pages. */
  readonly f1: number;
  /** Whether the token sequences are identical. */
  readonly exact: boolean;
}

/** The benchmark's aggregate figures. */
export interface Summary {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

/** Shingle length of the benchmark. */
export const NGRAM = 4;

const TOKEN = /[\p{L}\p{N}_]+/gu;

/**
 * Splits a text into the benchmark's tokens (after NFC normalization).
 *
 * @param text - any text; null and undefined count as empty
 * @returns the tokens in order
 * @example tokenize('Hello, wörld_2!') // ['Hello', 'wörld_2']
 */
export function tokenize(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.normalize('NFC').match(TOKEN) ?? [];
}

/**
 * Counts the token n-grams of a token list. As in the reference, a text shorter than `n` tokens
 * yields one shorter shingle (all its tokens), and an empty text yields none.
 *
 * @param tokens - tokens from {@link tokenize}
 * @param n - shingle length
 * @returns a multiset: shingle key → count
 */
export function shingles(tokens: readonly string[], n: number = NGRAM): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last && i < tokens.length; i += 1) {
    // U+0000 never occurs in a token, so joining with it keeps keys unambiguous.
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Matches the shingles of a prediction against the truth.
 *
 * @param truth - the ground-truth article body
 * @param predicted - the extractor's text
 * @returns tp/fp/fn normalized to sum to 1 (so every page weighs the same)
 */
export function matchShingles(truth: string, predicted: string): PageCounts {
  const expected = shingles(tokenize(truth));
  const actual = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, want] of expected) {
    const got = actual.get(key) ?? 0;
    tp += Math.min(want, got);
    fn += Math.max(0, want - got);
  }
  for (const [key, got] of actual) fp += Math.max(0, got - (expected.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function precisionOf({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fp <= 0) return null;
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fn <= 0) return null;
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fn);
}

/**
 * Scores one page.
 *
 * @param truth - the ground-truth article body
 * @param predicted - the extractor's text ('' when it produced nothing)
 * @returns counts, precision, recall, page F1 and exact match
 * @example scorePage('a b c d e', 'a b c d').recall // 0.5
 */
export function scorePage(truth: string, predicted: string): PageScore {
  const counts = matchShingles(truth, predicted);
  const precision = precisionOf(counts);
  const recall = recallOf(counts);
  const p = precision ?? 0;
  const r = recall ?? 0;
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return {
    ...counts,
    precision,
    recall,
    f1: p + r > 0 ? (2 * p * r) / (p + r) : 0,
    exact: a.length === b.length && a.every((token, i) => token === b[i]),
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Aggregates page scores as the benchmark does: precision is averaged over pages with a
 * non-empty prediction, recall over pages with a non-empty truth, F1 is computed from the two
 * averages, accuracy is the mean of exact matches over all pages.
 *
 * @param pages - one score per page
 * @returns the summary (all zero for no pages)
 */
export function summarize(pages: readonly PageScore[]): Summary {
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  return {
    pages: pages.length,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
  };
}
