/**
 * The handlers' logger in the local runtime: each line a person reads in a terminal (the level,
 * the message, the object or feed key it is about, then the other fields as `name=value`)
 * instead of the JSON CloudWatch wants. The handlers' metrics are dropped locally.
 */
import type { HandlerLogger, LogAttributes } from '../../shared/handlers/observability.ts';

/** Fields the message already says, or that only matter on AWS. */
const OMITTED_FIELDS = new Set(['messageId', 'outcome']);

/** Durations (`…Ms`) to whole milliseconds. */
function roundMs(name: string, value: unknown): unknown {
  return name.endsWith('Ms') && typeof value === 'number' ? Math.round(value) : value;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  if (value instanceof Error) return JSON.stringify(`${value.name}: ${value.message}`);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.map(formatValue).join(',');
  }
  return JSON.stringify(value);
}

/**
 * Formats one log line of a handler.
 *
 * @param level - `INFO`, `WARN` or `ERROR`
 * @param message - the line's message
 * @param attributes - its structured fields
 * @returns the readable line
 * @example
 * formatLogLine('INFO', 'Page ingested', { objectKey: 'demo/a.html', articleId: 'e3b0' });
 * // 'INFO  Page ingested  demo/a.html articleId=e3b0'
 */
export function formatLogLine(
  level: string,
  message: string,
  attributes: LogAttributes = {},
): string {
  // The object or feed key leads, since it is what a reader of the log looks for.
  const subject = [attributes.objectKey, attributes.key].find((value) => typeof value === 'string');
  const fields = Object.entries(attributes)
    .filter(
      ([name, value]) => !OMITTED_FIELDS.has(name) && value !== undefined && value !== subject,
    )
    .map(([name, value]) => `${name}=${formatValue(roundMs(name, value))}`);
  const head = `${level.padEnd(5)} ${message}${subject === undefined ? '' : `  ${subject}`}`;
  return [head, ...fields].join(' ');
}

function merged(attributes: readonly LogAttributes[]): LogAttributes {
  return Object.assign({}, ...attributes);
}

/**
 * A handler logger that writes readable lines to a sink.
 *
 * @param sink - receives each line
 * @returns the logger
 */
export function readableLogger(sink: (line: string) => void): HandlerLogger {
  return {
    info: (message, ...attributes) => sink(formatLogLine('INFO', message, merged(attributes))),
    warn: (message, ...attributes) => sink(formatLogLine('WARN', message, merged(attributes))),
    error: (message, ...attributes) => sink(formatLogLine('ERROR', message, merged(attributes))),
    // The request id and function name mean nothing in a terminal.
    addContext: () => {},
  };
}
