import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Publisher } from '../shared/publishers/publisher.ts';
import { SAMPLE_PUBLISHERS } from '../shared/publishers/samples.ts';
import { FEATURE_FLAGS } from './feature-flags.ts';
import { stageConfig } from './stage.ts';
import { SyndicationStack } from './syndication-stack.ts';

/** Thrown when `-c alarmEmail=…` is not an email address. */
export class InvalidAlarmEmailError extends Error {
  constructor(value: unknown) {
    super(`alarmEmail must be an email address, got ${JSON.stringify(value)}`);
    this.name = 'InvalidAlarmEmailError';
  }
}

function alarmEmailFrom(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return value;
  throw new InvalidAlarmEmailError(value);
}

/** Options of {@link createPipelineApp}. */
export interface PipelineAppOptions extends AppProps {
  /**
   * The publishers to deploy for.
   * @default SAMPLE_PUBLISHERS from `shared/publishers/samples.ts`
   */
  readonly publishers?: readonly Publisher[];
}

/**
 * Builds the CDK app: one `Syndication-<stage>` stack for the `stage` context value (`dev`
 * unless `-c stage=prod`), checked by cdk-nag's AwsSolutions rules at synth.
 *
 * @param options - App properties (context, outdir) and the publishers
 * @returns the app and its stack
 * @example
 * const { app } = createPipelineApp({ context: { stage: 'prod' } });
 * app.synth();
 */
export function createPipelineApp(options: PipelineAppOptions = {}): {
  app: App;
  stack: SyndicationStack;
} {
  const { publishers = SAMPLE_PUBLISHERS, ...appProps } = options;
  const app = new App({ ...appProps, context: { ...FEATURE_FLAGS, ...appProps.context } });
  const stage = stageConfig(app.node.tryGetContext('stage') ?? 'dev');
  const alarmEmail = alarmEmailFrom(app.node.tryGetContext('alarmEmail'));
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  const stack = new SyndicationStack(app, `Syndication-${stage.name}`, {
    description: `Content syndication pipeline (${stage.name}): S3 inbox → articles → feeds`,
    stage,
    publishers,
    // A production stack (and with it the CDN and functions) cannot be deleted by accident.
    terminationProtection: stage.retainData,
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(account && region ? { env: { account, region } } : {}),
  });
  Tags.of(app).add('project', 'syndication');
  Tags.of(app).add('stage', stage.name);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
