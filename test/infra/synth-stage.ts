import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { createPipelineApp } from '../../infra/pipeline-app.ts';
import type { StageName } from '../../infra/stage.ts';
import type { SyndicationStack } from '../../infra/syndication-stack.ts';

/** One violation left in CDK's validation report after acknowledgements. */
export interface ReportedViolation {
  readonly plugin: string;
  readonly ruleName: string;
  readonly description: string;
  readonly paths: readonly string[];
}

/** A synthesized stage of the app, for assertions. */
export interface SynthesizedStage {
  readonly app: App;
  readonly stack: SyndicationStack;
  readonly assembly: CloudAssembly;
  readonly template: Template;
  /** Every violation still in `validation-report.json` (none when the synth is clean). */
  readonly violations: readonly ReportedViolation[];
  /** Removes the cloud assembly directory. */
  readonly dispose: () => void;
}

/** Options of {@link synthStage}. */
export interface SynthStageOptions {
  /** Really bundle the functions with esbuild (slow); otherwise bundling is skipped. */
  readonly bundle?: boolean;
  /** Changes the app before it is synthesized (e.g. to add an offending resource). */
  readonly modify?: (stack: SyndicationStack) => void;
  /** Extra context values. */
  readonly context?: Record<string, unknown>;
  /**
   * Run CDK's built-in CloudFormation template validation, as `cdk synth` does (default true).
   * It checks every resource against CloudFormation's schemas in WebAssembly: about 6 s of CPU a
   * synth here, more than building the app. The base stages of `stack.test.ts` run it; a variant
   * synthesized for one property (a hub URL, an offending resource, a domain) turns it off.
   */
  readonly builtinValidation?: boolean;
}

interface ReportJson {
  pluginReports?: {
    pluginName: string;
    violations?: {
      ruleName: string;
      description: string;
      violatingConstructs?: { constructPath?: string }[];
    }[];
  }[];
}

function readViolations(assembly: CloudAssembly): ReportedViolation[] {
  let json: ReportJson;
  try {
    json = JSON.parse(
      readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return (json.pluginReports ?? []).flatMap((report) =>
    (report.violations ?? []).map((v) => ({
      plugin: report.pluginName,
      ruleName: v.ruleName,
      description: v.description,
      paths: (v.violatingConstructs ?? []).map((c) => c.constructPath ?? '?'),
    })),
  );
}

/**
 * Test timeout for a test that synthesizes a stage in its own body: a synth with cdk-nag and
 * cfn-guard is CPU-bound and takes many times longer on a loaded 2-core machine than on a quiet one.
 */
export const SYNTH_TEST_TIMEOUT_MS = 300_000;

/**
 * Builds the app the way `cdk synth -c stage=<stage>` does (same factory, feature flags and
 * cdk-nag plugin) into a temporary directory.
 *
 * @param stage - `dev` or `prod`
 * @param options - bundling, extra context, a modification before synth
 * @returns the app, stack, assembly, template and leftover validation violations
 */
export function synthStage(stage: StageName, options: SynthStageOptions = {}): SynthesizedStage {
  const outdir = mkdtempSync(path.join(tmpdir(), `syndication-cdk-${stage}-`));
  try {
    const { app, stack } = createPipelineApp({
      outdir,
      builtinCloudFormationValidation: options.builtinValidation ?? true,
      context: {
        stage,
        ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
        ...options.context,
      },
    });
    options.modify?.(stack);
    const assembly = app.synth();
    return {
      app,
      stack,
      assembly,
      template: Template.fromStack(stack),
      violations: readViolations(assembly),
      dispose: () => rmSync(outdir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
}
