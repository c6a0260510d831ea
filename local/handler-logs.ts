/**
 * The handlers log structured JSON (Powertools Logger) and publish metrics as CloudWatch EMF JSON
 * on stdout: right for CloudWatch, noise in a terminal. While the local runtime runs, JSON lines
 * written to stdout/stderr are taken out of the stream: EMF documents are dropped, log records
 * are formatted into one readable line and handed to a sink. Other output passes through.
 */

/** Fields every Powertools log record carries, left out of the readable line. */
const STANDARD_FIELDS = new Set([
  'level',
  'message',
  'timestamp',
  'service',
  'sampling_rate',
  'xray_trace_id',
  'cold_start',
  'function_arn',
  'function_memory_size',
  'function_name',
  'function_request_id',
  'function_version',
  // The ingest's per-page fields that the message already says or that only matter on AWS.
  'messageId',
  'outcome',
]);

/** Plain-text notices of Powertools that mean nothing locally. */
const NOISE = [/^No application metrics to publish\./];

function isNoise(text: string): boolean {
  return NOISE.some((pattern) => pattern.test(text.trim()));
}

/** Durations (`…Ms`) to whole milliseconds. */
function roundMs(name: string, value: unknown): unknown {
  return name.endsWith('Ms') && typeof value === 'number' ? Math.round(value) : value;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  if (value !== null && typeof value === 'object' && 'message' in value && 'name' in value) {
    return JSON.stringify(`${String(value.name)}: ${String(value.message)}`);
  }
  return JSON.stringify(value);
}

/**
 * Turns one line of handler output into a readable line.
 *
 * @param line - one line written by a handler
 * @returns `null` to drop it (an EMF document), the formatted line for a log record, or the line
 *   unchanged when it is not JSON
 * @example
 * formatHandlerLine('{"level":"INFO","message":"ingested","key":"demo/a.html","service":"ingest"}');
 * // 'INFO  ingested  demo/a.html'
 */
export function formatHandlerLine(line: string): string | null {
  const trimmed = line.trim();
  if (isNoise(trimmed)) return null;
  if (!trimmed.startsWith('{')) return line;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(trimmed) as Record<string, unknown>;
  } catch {
    return line;
  }
  if ('_aws' in record) return null;
  if (typeof record.level !== 'string' || typeof record.message !== 'string') return line;
  // The object or feed key leads, since it is what a reader of the log looks for.
  const subject = [record.objectKey, record.key].find((value) => typeof value === 'string');
  const fields = Object.entries(record)
    .filter(
      ([name, value]) => !STANDARD_FIELDS.has(name) && value !== undefined && value !== subject,
    )
    .map(([name, value]) => `${name}=${formatValue(roundMs(name, value))}`);
  const head = `${record.level.padEnd(5)} ${record.message}${subject === undefined ? '' : `  ${subject}`}`;
  return [head, ...fields].join(' ');
}

type Write = typeof process.stdout.write;

/** Receives a formatted line and, for a log record, the record itself. */
export type HandlerLogSink = (line: string, record: Record<string, unknown> | undefined) => void;

interface Capture {
  readonly sink: HandlerLogSink;
}

function parseRecord(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const captures: Capture[] = [];
const originals = new Map<NodeJS.WriteStream, Write>();

function patch(stream: NodeJS.WriteStream): void {
  const original = stream.write;
  originals.set(stream, original);
  stream.write = function write(this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    const capture = captures.at(-1);
    const text =
      typeof chunk === 'string'
        ? chunk
        : Buffer.isBuffer(chunk)
          ? chunk.toString('utf8')
          : undefined;
    if (capture === undefined || text === undefined) {
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    }
    if (isNoise(text)) {
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    if (!text.trimStart().startsWith('{')) {
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const formatted = formatHandlerLine(line);
      if (formatted === null) continue;
      capture.sink(formatted, formatted === line ? undefined : parseRecord(line));
    }
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as Write;
}

/**
 * Starts capturing handler JSON output into a sink (the most recent capture wins).
 *
 * @param sink - receives each formatted log line, with the parsed record when it is one
 * @returns a function that ends this capture (and restores the streams after the last one)
 */
export function captureHandlerLogs(sink: HandlerLogSink): () => void {
  if (captures.length === 0) {
    patch(process.stdout);
    patch(process.stderr);
  }
  const capture: Capture = { sink };
  captures.push(capture);
  return () => {
    const index = captures.indexOf(capture);
    if (index !== -1) captures.splice(index, 1);
    if (captures.length === 0) {
      for (const [stream, original] of originals) stream.write = original;
      originals.clear();
    }
  };
}
