/**
 * What a handler reports to, besides its result: a logger and metrics (Powertools' `Logger` and
 * `Metrics` in the Lambdas, something readable or silent in the local runtime and the tests).
 * Logs and metrics are for people; what another component needs to know goes to the handler's
 * observer instead.
 */
import type { MetricUnit } from '@aws-lambda-powertools/metrics/types';
import type { Context } from 'aws-lambda';

/** Structured fields of a log line. */
export type LogAttributes = Readonly<Record<string, unknown>>;

/** The part of Powertools' `Logger` the handlers use. */
export interface HandlerLogger {
  info(message: string, ...attributes: LogAttributes[]): void;
  warn(message: string, ...attributes: LogAttributes[]): void;
  error(message: string, ...attributes: LogAttributes[]): void;
  /** Adds the invocation's context (request id, function name) to the lines that follow. */
  addContext(context: Context): void;
}

/** The part of Powertools' `Metrics` the handlers use. */
export interface HandlerMetrics {
  addMetric(name: string, unit: MetricUnit, value: number): unknown;
  /** Flushes the metrics of the invocation (an EMF document on AWS). */
  publishStoredMetrics(): unknown;
}

/** A logger that drops every line. */
export const silentLogger: HandlerLogger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  addContext: () => {},
};

/** Metrics that are not recorded anywhere. */
export const discardedMetrics: HandlerMetrics = {
  addMetric: () => undefined,
  publishStoredMetrics: () => undefined,
};
