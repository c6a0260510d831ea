/**
 * A logger and metrics for handlers under test that keep what they are given, so a test can
 * check what a person would read in the logs and see in the metrics.
 */
import type { HandlerLogger, HandlerMetrics } from '../../shared/handlers/observability.ts';

/**
 * @param into - receives one record per line: `level`, `message` and the line's fields
 * @returns the logger
 */
export function recordingLogger(into: Record<string, unknown>[]): HandlerLogger {
  const line =
    (level: string) =>
    (message: string, ...attributes: Readonly<Record<string, unknown>>[]) => {
      into.push(Object.assign({ level, message }, ...attributes));
    };
  return { info: line('INFO'), warn: line('WARN'), error: line('ERROR'), addContext: () => {} };
}

/**
 * @param into - receives the values of each metric by name
 * @returns the metrics
 */
export function recordingMetrics(into: Map<string, number[]>): HandlerMetrics {
  return {
    addMetric: (name, _unit, value) => into.set(name, [...(into.get(name) ?? []), value]),
    publishStoredMetrics: () => undefined,
  };
}
