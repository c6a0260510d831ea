/** Formats what the extractor decided on one page (`syndicate extract --explain`) for people. */
import type { Article } from '../../shared/article.ts';
import type { Explanation, Removal } from '../../shared/extract/index.ts';

/** The outcome of one explained extraction. */
export type ExplainedOutcome = { readonly article: Article } | { readonly error: string };

const INDENT = '  ';

function quote(text: string): string {
  return `"${text}"`;
}

function removalLine(removal: Removal): string[] {
  const why = removal.match === undefined ? removal.rule : `${removal.rule} (${removal.match})`;
  const where = removal.element === undefined ? '' : `  ${removal.element}`;
  const lines = [`${INDENT}${INDENT}${why}${where}`];
  if (removal.text !== '') lines.push(`${INDENT}${INDENT}${INDENT}${quote(removal.text)}`);
  return lines;
}

function fieldLines(explanation: Explanation): string[] {
  if (explanation.fields.length === 0) return [`${INDENT}Fields: no sources reported`];
  const width = Math.max(...explanation.fields.map((f) => f.field.length));
  const lines = [`${INDENT}Fields:`];
  for (const f of explanation.fields) {
    let line = `${INDENT}${INDENT}${f.field.padEnd(width)}  ${f.source}`;
    if (f.raw !== undefined) line += `  ${quote(f.raw)}`;
    lines.push(line);
    if (f.note !== undefined) lines.push(`${INDENT}${INDENT}${' '.repeat(width)}  (${f.note})`);
  }
  return lines;
}

function resultLine(outcome: ExplainedOutcome): string {
  if ('error' in outcome) return `${INDENT}Result: rejected: ${outcome.error}`;
  const { article } = outcome;
  const authors = article.authors.length === 0 ? 'no author' : article.authors.join(', ');
  return `${INDENT}Result: article ${article.id} ${quote(article.title)}, ${article.wordCount} words, ${authors}`;
}

/**
 * The explanation of one page as readable text: the chosen body, the removals in the order
 * they happened (with rule, what matched, where and the removed text), the field sources and
 * the outcome.
 *
 * @param file - the page's file name, the heading
 * @param explanation - what the extractor reported
 * @param outcome - the article, or why the page was rejected
 * @returns lines of text, ending with a newline
 */
export function formatExplanation(
  file: string,
  explanation: Explanation,
  outcome: ExplainedOutcome,
): string {
  const lines = [file];
  const { body } = explanation;
  if (body === null) lines.push(`${INDENT}Body: none found`);
  else {
    const note = body.note === undefined ? '' : `; ${body.note}`;
    lines.push(`${INDENT}Body: ${body.element}`);
    lines.push(`${INDENT}${INDENT}chosen by ${body.method}${note}; ${body.words} words`);
  }
  lines.push(`${INDENT}Removed: ${explanation.removed.length === 0 ? 'nothing' : ''}`.trimEnd());
  for (const removal of explanation.removed) lines.push(...removalLine(removal));
  lines.push(...fieldLines(explanation));
  lines.push(resultLine(outcome));
  return `${lines.join('\n')}\n`;
}
