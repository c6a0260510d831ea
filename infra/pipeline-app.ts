import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { hubUrlSetting } from '../shared/websub/hub-url.ts';
import type { FeedDomain } from './constructs/feed-distribution.ts';
import { FEATURE_FLAGS } from './feature-flags.ts';
import { ControlTowerGuard } from './guard.ts';
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

/** Thrown when the custom-domain context values are incomplete or malformed. */
export class InvalidDomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDomainError';
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The custom domain from `-c domainName=… -c certificateArn=… [-c hostedZoneId=… -c
 * hostedZoneName=…]`, or undefined when no domain name is given.
 */
function domainFrom(context: (key: string) => unknown): FeedDomain | undefined {
  const domainName = text(context('domainName'));
  const certificateArn = text(context('certificateArn'));
  const zoneId = text(context('hostedZoneId'));
  const zoneName = text(context('hostedZoneName'));
  if (domainName === undefined) {
    if (certificateArn ?? zoneId ?? zoneName) {
      throw new InvalidDomainError('certificateArn and hostedZone* need -c domainName=…');
    }
    return undefined;
  }
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(domainName)) {
    throw new InvalidDomainError(
      `domainName must be a host name, got ${JSON.stringify(domainName)}`,
    );
  }
  if (
    certificateArn === undefined ||
    !/^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\//.test(certificateArn)
  ) {
    throw new InvalidDomainError(
      `certificateArn must be an ACM certificate in us-east-1 (CloudFront's region), got ${JSON.stringify(certificateArn)}`,
    );
  }
  if ((zoneId === undefined) !== (zoneName === undefined)) {
    throw new InvalidDomainError('hostedZoneId and hostedZoneName go together');
  }
  return {
    domainName,
    certificateArn,
    ...(zoneId && zoneName ? { hostedZone: { zoneId, zoneName } } : {}),
  };
}

/** Options of {@link createPipelineApp}. */
export type PipelineAppOptions = AppProps;

/**
 * The external WebSub hub from `-c hubUrl=…`, or undefined for the built-in hub.
 *
 * @param value - the context value
 * @returns the hub URL
 * @throws InvalidConfigurationError when it is not an absolute http(s) URL
 */
function externalHubFrom(value: unknown): string | undefined {
  const given = text(value);
  return given === undefined ? undefined : hubUrlSetting(given, 'hubUrl');
}

/**
 * Builds the CDK app: one `Syndication-<stage>` stack for the `stage` context value (`dev`
 * unless `-c stage=prod`), checked by cdk-nag's AwsSolutions rules at synth.
 *
 * @param options - App properties (context, outdir)
 * @returns the app and its stack
 * @example
 * const { app } = createPipelineApp({ context: { stage: 'prod' } });
 * app.synth();
 */
export function createPipelineApp(options: PipelineAppOptions = {}): {
  app: App;
  stack: SyndicationStack;
} {
  const appProps = options;
  const app = new App({ ...appProps, context: { ...FEATURE_FLAGS, ...appProps.context } });
  const stage = stageConfig(app.node.tryGetContext('stage') ?? 'dev');
  const alarmEmail = alarmEmailFrom(app.node.tryGetContext('alarmEmail'));
  const domain = domainFrom((key) => app.node.tryGetContext(key));
  const externalHubUrl = externalHubFrom(app.node.tryGetContext('hubUrl'));
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  const stack = new SyndicationStack(app, `Syndication-${stage.name}`, {
    description: `Content syndication pipeline (${stage.name}): S3 inbox → articles → feeds`,
    stage,
    // A production stack (and with it the CDN and functions) cannot be deleted by accident.
    terminationProtection: stage.retainData,
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(domain ? { domain } : {}),
    ...(externalHubUrl ? { externalHubUrl } : {}),
    ...(account && region ? { env: { account, region } } : {}),
  });
  Tags.of(app).add('project', 'syndication');
  Tags.of(app).add('stage', stage.name);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  // AWS Control Tower's proactive controls, run by cfn-guard (a binary shipped in the npm
  // package: nothing is downloaded). On the production template: what dev leaves out on purpose
  // (retention, deletion protection) is not a finding to acknowledge.
  if (stage.name === 'prod') Validations.of(app).addPlugins(new ControlTowerGuard());
  return { app, stack };
}
