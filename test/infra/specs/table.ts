import { describe, expect, it } from 'vitest';
import { ATTR, INDEX, tableSchema } from '../../../shared/store/table.ts';
import type { SynthesizedStage } from '../synth-stage.ts';
import { logicalId, resource, type Stages } from './stages.ts';

function tableOf(stage: SynthesizedStage) {
  return resource(stage, logicalId(stage, stage.stack.articles.table));
}

const byAttributeName = (a: { AttributeName?: string }, b: { AttributeName?: string }) =>
  String(a.AttributeName).localeCompare(String(b.AttributeName));
const byIndexName = (a: { IndexName?: string }, b: { IndexName?: string }) =>
  String(a.IndexName).localeCompare(String(b.IndexName));

/** The table construct against `tableSchema()` and the stage rules. */
export function describeTable(stages: Stages): void {
  describe('ArticleTable', () => {
    it('is the only table', () => {
      stages.prod.template.resourceCountIs('AWS::DynamoDB::Table', 1);
    });

    it('has the key schema of tableSchema()', () => {
      expect(tableOf(stages.prod).Properties.KeySchema).toEqual(tableSchema('x').KeySchema);
    });

    it('declares the attribute definitions of tableSchema()', () => {
      const actual = tableOf(stages.prod).Properties.AttributeDefinitions as {
        AttributeName: string;
      }[];
      const expected = tableSchema('x').AttributeDefinitions ?? [];
      expect([...actual].sort(byAttributeName)).toEqual([...expected].sort(byAttributeName));
    });

    it('has exactly the GSIs of tableSchema() (the two feed indexes), keys and KEYS_ONLY projection', () => {
      const expected = (tableSchema('x').GlobalSecondaryIndexes ?? []).map((index) => ({
        IndexName: index.IndexName,
        KeySchema: index.KeySchema,
        Projection: index.Projection,
      }));
      expect(expected.map((index) => index.Projection?.ProjectionType)).toEqual(
        expected.map(() => 'KEYS_ONLY'),
      );
      expect(expected.map((index) => index.IndexName).sort()).toEqual(Object.values(INDEX).sort());
      const actual = tableOf(stages.prod).Properties.GlobalSecondaryIndexes as {
        IndexName: string;
      }[];
      expect([...actual].sort(byIndexName)).toEqual(expected.sort(byIndexName));
    });

    it('streams the view type tableSchema() declares (NEW_AND_OLD_IMAGES)', () => {
      const declared = tableSchema('x').StreamSpecification;
      expect(declared?.StreamEnabled).toBe(true);
      expect(tableOf(stages.prod).Properties.StreamSpecification).toEqual({
        StreamViewType: declared?.StreamViewType,
      });
      expect(declared?.StreamViewType).toBe('NEW_AND_OLD_IMAGES');
    });

    it('is on-demand, with point-in-time recovery and TTL on expiresAt', () => {
      expect(tableSchema('x').BillingMode).toBe('PAY_PER_REQUEST');
      stages.prod.template.hasResourceProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: ATTR.expiresAt, Enabled: true },
      });
    });

    it('is deletion-protected and retained in prod', () => {
      const table = tableOf(stages.prod);
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
      expect(table.DeletionPolicy).toBe('Retain');
    });

    it('is deleted with the stack in dev', () => {
      const table = tableOf(stages.dev);
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
      expect(table.DeletionPolicy).toBe('Delete');
    });
  });
}
