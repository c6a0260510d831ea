import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { SynthesizedStage } from '../synth-stage.ts';

/** Both stages, synthesized once by `stack.test.ts` and shared by every spec. */
export interface Stages {
  dev: SynthesizedStage;
  prod: SynthesizedStage;
}

/**
 * The logical id of a construct's CloudFormation resource.
 *
 * @param stage - the synthesized stage
 * @param construct - an L2 construct (its default child is used) or a Cfn element
 * @returns the logical id in the template
 */
export function logicalId(stage: SynthesizedStage, construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return stage.stack.getLogicalId(element);
}

/** `{ "Fn::GetAtt": [id, "Arn"] }` of a construct. */
export function arnOf(stage: SynthesizedStage, construct: IConstruct): unknown {
  return { 'Fn::GetAtt': [logicalId(stage, construct), 'Arn'] };
}

/** `{ Ref: id }` of a construct. */
export function refOf(stage: SynthesizedStage, construct: IConstruct): unknown {
  return { Ref: logicalId(stage, construct) };
}

/** A resource of the template by logical id. */
export function resource(
  stage: SynthesizedStage,
  id: string,
): { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string } {
  const json = stage.template.toJSON() as { Resources: Record<string, unknown> };
  const found = json.Resources[id];
  if (found === undefined) throw new Error(`No resource ${id} in ${stage.stack.stackName}`);
  return found as ReturnType<typeof resource>;
}
