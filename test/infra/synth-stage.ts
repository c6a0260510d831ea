import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/** What every synth of a test leaves to assert on. */
interface SynthOutput {
  readonly stack: SyndicationStack;
  readonly template: Template;
  /** Every violation still in `validation-report.json` (none when the synth is clean). */
  readonly violations: readonly ReportedViolation[];
  /** Removes the cloud assembly directory. */
  readonly dispose: () => void;
}

/** A synthesized stage of the app, for assertions. */
export interface SynthesizedStage extends SynthOutput {
  readonly app: App;
  readonly assembly: CloudAssembly;
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

function readViolations(directory: string): ReportedViolation[] {
  let json: ReportJson;
  try {
    json = JSON.parse(readFileSync(path.join(directory, 'validation-report.json'), 'utf8'));
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
 * A synth that validation refused: the error, and what the synth had written by then (its
 * template, as written before validation ran; the violations that refused it).
 */
export interface RefusedSynth extends SynthOutput {
  readonly error: Error;
  /** The assembly directory, which holds `validation-report.json`. */
  readonly directory: string;
}

function buildApp(stage: StageName, outdir: string, options: SynthStageOptions) {
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
  return { app, stack };
}

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
  const dispose = () => rmSync(outdir, { recursive: true, force: true });
  try {
    const { app, stack } = buildApp(stage, outdir, options);
    const assembly = app.synth();
    return {
      app,
      stack,
      assembly,
      template: Template.fromStack(stack),
      violations: readViolations(assembly.directory),
      dispose,
    };
  } catch (error) {
    dispose();
    throw error;
  }
}

/**
 * Synthesizes a stage that validation must refuse, and keeps what the synth wrote: CDK writes the
 * templates and the validation report before it throws.
 *
 * @param stage - `dev` or `prod`
 * @param options - as for {@link synthStage}; `modify` usually adds the offending resource
 * @returns the error, the stack, its template and the report's violations
 * @throws when the synth succeeds, or fails before validation (no report)
 */
export function synthRefusedStage(stage: StageName, options: SynthStageOptions): RefusedSynth {
  const outdir = mkdtempSync(path.join(tmpdir(), `syndication-cdk-${stage}-`));
  const dispose = () => rmSync(outdir, { recursive: true, force: true });
  try {
    const { app, stack } = buildApp(stage, outdir, options);
    let error: Error | undefined;
    try {
      app.synth();
    } catch (thrown) {
      error = thrown as Error;
    }
    if (error === undefined) throw new Error(`The ${stage} synth passed validation`);
    if (!existsSync(path.join(outdir, 'validation-report.json'))) throw error;
    const templateFile = path.join(outdir, `${stack.stackName}.template.json`);
    return {
      error,
      stack,
      template: Template.fromJSON(JSON.parse(readFileSync(templateFile, 'utf8'))),
      directory: outdir,
      violations: readViolations(outdir),
      dispose,
    };
  } catch (error) {
    dispose();
    throw error;
  }
}
