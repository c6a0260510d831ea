import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { SYNTH_TEST_TIMEOUT_MS, synthStage } from '../synth-stage.ts';
import type { Stages } from './stages.ts';

/** cdk-nag AwsSolutions and CDK's own validations. */
export function describeNag(stages: Stages): void {
  describe('cdk-nag AwsSolutions', () => {
    it.each(['dev', 'prod'] as const)('leaves no unacknowledged finding in %s', (name) => {
      expect(stages[name].violations).toEqual([]);
    });

    it.each(['dev', 'prod'] as const)(
      'has a written reason for every acknowledgement in %s',
      (name) => {
        const acknowledged = stages[name].app.node
          .findAll()
          .flatMap((construct) =>
            construct.node.metadata
              .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
              .flatMap((entry) => Object.entries(entry.data as Record<string, string>)),
          );
        // aws-cdk-lib records ids without a plugin prefix as `Annotation::<id>`; cdk-nag reads them so.
        const ours = acknowledged.filter(([id]) =>
          id.replace(/^annotation::/i, '').startsWith('AwsSolutions-'),
        );
        expect(ours.length).toBeGreaterThan(5);
        for (const [id, reason] of acknowledged) {
          expect(reason.trim().length, id).toBeGreaterThan(40);
        }
      },
    );

    it(
      'is applied: an unlogged, unencrypted-by-policy bucket fails the synth',
      () => {
        expect(() =>
          synthStage('dev', {
            builtinValidation: false,
            modify: (stack) => {
              new Bucket(stack, 'Careless');
            },
          }),
        ).toThrow(/AwsSolutions-S1[\s\S]*Careless|Careless[\s\S]*AwsSolutions-S1/);
      },
      SYNTH_TEST_TIMEOUT_MS,
    );
  });
}
