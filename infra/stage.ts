import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** The stages this app deploys. */
export const STAGE_NAMES = ['dev', 'prod'] as const;

/** A stage name: `dev` or `prod`. */
export type StageName = (typeof STAGE_NAMES)[number];

/** What differs between a throw-away development stage and production. */
export interface StageConfig {
  /** The stage's name; part of the stack name and the metrics namespace. */
  readonly name: StageName;
  /** Whether data (buckets, table, logs) outlives the stack. */
  readonly retainData: boolean;
  /** Removal policy of every stateful resource. */
  readonly removalPolicy: RemovalPolicy;
  /** How long the functions' logs are kept. */
  readonly logRetention: RetentionDays;
  /** How long replaced or deleted versions of inbox pages stay recoverable. */
  readonly noncurrentVersionExpiration: Duration;
  /** How long S3 and CloudFront access logs are kept. */
  readonly accessLogExpiration: Duration;
}

const STAGES: Readonly<Record<StageName, StageConfig>> = {
  dev: {
    name: 'dev',
    retainData: false,
    removalPolicy: RemovalPolicy.DESTROY,
    logRetention: RetentionDays.ONE_WEEK,
    noncurrentVersionExpiration: Duration.days(7),
    accessLogExpiration: Duration.days(14),
  },
  prod: {
    name: 'prod',
    retainData: true,
    removalPolicy: RemovalPolicy.RETAIN,
    // A year: AWS Control Tower's retention control (CT.CLOUDWATCH.PR.2), at a few cents a month.
    logRetention: RetentionDays.ONE_YEAR,
    noncurrentVersionExpiration: Duration.days(90),
    accessLogExpiration: Duration.days(365),
  },
};

/** Thrown when the `stage` context value names no known stage. */
export class UnknownStageError extends Error {
  constructor(value: unknown) {
    super(
      `Unknown stage ${JSON.stringify(value)}: pass -c stage=${STAGE_NAMES.join(' or -c stage=')}`,
    );
    this.name = 'UnknownStageError';
  }
}

/**
 * Looks up a stage's configuration.
 *
 * @param value - the stage name, usually the `stage` context value
 * @returns the stage's configuration
 * @throws UnknownStageError when `value` is not a known stage name
 * @example
 * stageConfig('prod').retainData; // true
 */
export function stageConfig(value: unknown): StageConfig {
  if (typeof value === 'string' && Object.hasOwn(STAGES, value)) {
    return STAGES[value as StageName];
  }
  throw new UnknownStageError(value);
}
