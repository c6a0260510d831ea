import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineApp } from '../../infra/pipeline-app.ts';
import { stageConfig, UnknownStageError } from '../../infra/stage.ts';
import { describeBundles } from './specs/bundles.ts';
import { describeCdn } from './specs/cdn.ts';
import { describeFeeds } from './specs/feeds.ts';
import { describeGuard } from './specs/guard.ts';
import { describeHub } from './specs/hub.ts';
import { describeIam } from './specs/iam.ts';
import { describeIngest } from './specs/ingest.ts';
import { describeNag } from './specs/nag.ts';
import { describeOperations } from './specs/operations.ts';
import type { Stages } from './specs/stages.ts';
import { describeStorage } from './specs/storage.ts';
import { describeTable } from './specs/table.ts';
import { describeUploadApi } from './specs/upload-api.ts';
import { SYNTH_TEST_TIMEOUT_MS, synthStage } from './synth-stage.ts';

const ALARM_EMAIL = 'ops@example.com';

// One synth per stage shared by every spec (each synth runs cdk-nag, prod's cfn-guard too). Prod
// really bundles the functions (esbuild) for the bundle specs; dev skips bundling.
const stages = {} as Stages;
beforeAll(() => {
  stages.dev = synthStage('dev', { context: { alarmEmail: ALARM_EMAIL } });
  stages.prod = synthStage('prod', { bundle: true });
}, 2 * SYNTH_TEST_TIMEOUT_MS);
afterAll(() => {
  stages.dev?.dispose();
  stages.prod?.dispose();
});

/** Builds the app in an output folder removed afterwards (else the CDK leaves one in the temp dir). */
function buildApp(context: Record<string, string>): void {
  const outdir = mkdtempSync(join(tmpdir(), 'syndication-cdk-context-'));
  try {
    createPipelineApp({ context, outdir });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe('stages', () => {
  it('names the stack after the stage', () => {
    expect(stages.dev.stack.stackName).toBe('Syndication-dev');
    expect(stages.prod.stack.stackName).toBe('Syndication-prod');
  });

  it('protects the prod stack from deletion, not the dev one', () => {
    const artifact = (stage: typeof stages.dev) =>
      stage.assembly.getStackByName(stage.stack.stackName);
    expect(artifact(stages.prod).terminationProtection).toBe(true);
    expect(artifact(stages.dev).terminationProtection).toBe(false);
  });

  it('rejects an alarm address that is not an email address', () => {
    expect(() => buildApp({ alarmEmail: 'ops' })).toThrow(
      'alarmEmail must be an email address, got "ops"',
    );
  });

  it('rejects an unknown stage with the accepted values', () => {
    expect(() => stageConfig('qa')).toThrow(UnknownStageError);
    expect(() => buildApp({ stage: 'qa' })).toThrow(
      'Unknown stage "qa": pass -c stage=dev or -c stage=prod',
    );
  });
});

describeTable(stages);
describeStorage(stages);
describeIngest(stages);
describeFeeds(stages);
describeCdn(stages);
describeHub(stages);
describeUploadApi(stages);
describeIam(stages);
describeOperations(stages, ALARM_EMAIL);
describeNag(stages);
describeGuard(stages);
describeBundles(stages);
