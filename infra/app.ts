/**
 * CDK app entry (`cdk.json` runs `npx tsx infra/app.ts`). Pick the stage with
 * `-c stage=dev|prod` and, optionally, an alarm address with `-c alarmEmail=ops@example.com`.
 */
import { createPipelineApp } from './pipeline-app.ts';

createPipelineApp().app.synth();
