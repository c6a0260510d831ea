/**
 * Plain-text tables for benchmark output: a header row, a rule, and columns padded to their
 * widest cell; numbers right-aligned, text left-aligned.
 */

/** A cell: text is left-aligned, a number is printed as given by the column format. */
export type Cell = string | number | null;

/** A column of a table. */
export interface Column {
  readonly header: string;
  /** Formats numbers of this column (default: up to 3 decimals). */
  readonly format?: (value: number) => string;
}

function defaultFormat(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/**
 * Renders rows under the given columns.
 *
 * @param columns - column headers and number formats
 * @param rows - one array of cells per row (missing cells and null print as `–`)
 * @returns the table as lines joined by `\n`
 * @example renderTable([{ header: 'name' }, { header: 'n' }], [['a', 1]])
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
): string {
  const cells = rows.map((row) =>
    columns.map((column, i) => {
      const value = row[i];
      if (value === null || value === undefined) return { text: '–', right: true };
      if (typeof value === 'number') {
        const text = Number.isFinite(value) ? (column.format ?? defaultFormat)(value) : '–';
        return { text, right: true };
      }
      return { text: value, right: false };
    }),
  );
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((row) => row[i]?.text.length ?? 0)),
  );
  const line = (parts: readonly { text: string; right: boolean }[]) =>
    parts
      .map((part, i) => {
        const width = widths[i] ?? 0;
        return part.right ? part.text.padStart(width) : part.text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => ({ text: column.header, right: false }))),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.map(line),
  ].join('\n');
}
