import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { KEY_PREFIX } from '../../../shared/store/table.ts';
import type { SynthesizedStage } from '../synth-stage.ts';
import { arnOf, logicalId, refOf, type Stages } from './stages.ts';

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** Actions IAM authorizes only against `*` (no resource-level permissions exist for them). */
const ACTIONS_WITHOUT_RESOURCE_TYPES = new Set(['dynamodb:ListStreams']);

const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

function identityStatements(stage: SynthesizedStage): { owner: string; statement: Statement }[] {
  const result: { owner: string; statement: Statement }[] = [];
  for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
    for (const [id, res] of Object.entries(stage.template.findResources(type))) {
      const doc = (res as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
        .PolicyDocument;
      for (const statement of doc.Statement) result.push({ owner: id, statement });
    }
  }
  for (const [id, res] of Object.entries(stage.template.findResources('AWS::IAM::Role'))) {
    const policies =
      (res as { Properties: { Policies?: { PolicyDocument: { Statement: Statement[] } }[] } })
        .Properties.Policies ?? [];
    for (const p of policies)
      for (const statement of p.PolicyDocument.Statement) result.push({ owner: id, statement });
  }
  return result;
}

function statementsOfRole(stage: SynthesizedStage, roleId: string): Statement[] {
  return Object.values(
    stage.template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleId }] },
    }),
  ).flatMap(
    (res) =>
      (res as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
        .PolicyDocument.Statement,
  );
}

const objects = (bucketArn: unknown, pattern: string) => ({
  'Fn::Join': ['', [bucketArn, `/${pattern}`]],
});

/** A function writing to its own log group. */
const writesItsLogs = (stage: SynthesizedStage, fn: { readonly logs: IConstruct }): Statement => ({
  Effect: 'Allow',
  Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  Resource: arnOf(stage, fn.logs),
});

/** Reading the publisher registry, whose items are all under one partition key. */
const readsRegistry = (stage: SynthesizedStage): Statement => ({
  Effect: 'Allow',
  Action: ['dynamodb:GetItem', 'dynamodb:Query'],
  Resource: arnOf(stage, stage.stack.articles.table),
  Condition: {
    'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['PUBLISHER'] },
  },
});

/** Updating feed state items, and no other item. */
const updatesFeedState = (stage: SynthesizedStage): Statement => ({
  Effect: 'Allow',
  Action: 'dynamodb:UpdateItem',
  Resource: arnOf(stage, stage.stack.articles.table),
  Condition: {
    'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.feed}*`] },
  },
});

/** IAM: least privilege, no `*` where an ARN exists. */
export function describeIam(stages: Stages): void {
  describe('IAM', () => {
    it.each(['dev', 'prod'] as const)(
      'names a specific resource in every %s Allow, except for actions that have none',
      (name) => {
        const wildcards = identityStatements(stages[name])
          .filter(({ statement }) => statement.Effect === 'Allow')
          .filter(({ statement }) => list(statement.Resource).includes('*'));
        for (const { statement } of wildcards) {
          for (const action of list(statement.Action)) {
            expect(ACTIONS_WITHOUT_RESOURCE_TYPES).toContain(action);
          }
        }
      },
    );

    it('grants no wildcard actions to any identity', () => {
      const actions = identityStatements(stages.prod).flatMap(({ statement }) =>
        list(statement.Action),
      );
      expect(actions.length).toBeGreaterThan(10);
      expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    });

    it('attaches AWS managed policies only to aws-cdk-lib custom-resource roles', () => {
      for (const stage of [stages.dev, stages.prod]) {
        const withManaged = Object.entries(stage.template.findResources('AWS::IAM::Role'))
          .filter(
            ([, res]) =>
              (res as { Properties: { ManagedPolicyArns?: unknown } }).Properties.ManagedPolicyArns,
          )
          .map(([id]) => id);
        for (const id of withManaged) {
          expect(id).toMatch(/^(BucketNotificationsHandler|CustomS3AutoDeleteObjects)/);
        }
      }
    });

    it('lets the ingest function read the inbox, write table items, query the site profiles and consume its queue — nothing more', () => {
      const stage = stages.prod;
      const { ingest, inbox, articles } = stage.stack;
      const statements = statementsOfRole(stage, logicalId(stage, ingest.handler.serviceRole));
      expect(statements).toEqual(
        expect.arrayContaining([
          writesItsLogs(stage, ingest.handler),
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: objects(arnOf(stage, inbox), '*'),
          },
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: arnOf(stage, inbox) },
          {
            Effect: 'Allow',
            Action: [
              'dynamodb:ConditionCheckItem',
              'dynamodb:DeleteItem',
              'dynamodb:GetItem',
              'dynamodb:PutItem',
              'dynamodb:UpdateItem',
            ],
            Resource: arnOf(stage, articles.table),
          },
          // The site profiles of template learning: one partition per site, queried whole.
          {
            Effect: 'Allow',
            Action: 'dynamodb:Query',
            Resource: arnOf(stage, articles.table),
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.site}*`] },
            },
          },
          expect.objectContaining({
            Effect: 'Allow',
            Action: expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage']),
            Resource: arnOf(stage, ingest.queue),
          }),
        ]),
      );
      expect(statements).toHaveLength(6);
    });

    it('lets the feeds function read the registry, update feed state items, write feed entries, send regeneration messages and read the stream — nothing more', () => {
      const stage = stages.prod;
      const { feeds, articles } = stage.stack;
      const statements = statementsOfRole(stage, logicalId(stage, feeds.handler.serviceRole));
      expect(statements).toEqual(
        expect.arrayContaining([
          writesItsLogs(stage, feeds.handler),
          readsRegistry(stage),
          updatesFeedState(stage),
          {
            Effect: 'Allow',
            Action: ['dynamodb:DeleteItem', 'dynamodb:PutItem'],
            Resource: arnOf(stage, articles.table),
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.entry}*`] },
            },
          },
          {
            Effect: 'Allow',
            Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
            Resource: [arnOf(stage, feeds.regenerator.queue), arnOf(stage, feeds.failureQueue)],
          },
          { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: '*' },
          {
            Effect: 'Allow',
            Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
            Resource: { 'Fn::GetAtt': [logicalId(stage, articles.table), 'StreamArn'] },
          },
        ]),
      );
      expect(statements).toHaveLength(7);
    });

    it('lets the regenerate function query the feed indexes, read articles and the registry, update feed state, put and query archive pages, write feeds/ and send follow-ups — nothing more', () => {
      const stage = stages.prod;
      const { feeds, feedsBucket, articles } = stage.stack;
      const statements = statementsOfRole(
        stage,
        logicalId(stage, feeds.regenerator.handler.serviceRole),
      );
      const indexArn = (name: string) => ({
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':dynamodb:',
            { Ref: 'AWS::Region' },
            ':',
            { Ref: 'AWS::AccountId' },
            ':table/',
            refOf(stage, articles.table),
            `/index/${name}`,
          ],
        ],
      });
      expect(statements).toEqual(
        expect.arrayContaining([
          writesItsLogs(stage, feeds.regenerator.handler),
          {
            Effect: 'Allow',
            Action: 'dynamodb:Query',
            Resource: [indexArn('feed-publisher'), indexArn('feed-section')],
          },
          {
            Effect: 'Allow',
            Action: 'dynamodb:BatchGetItem',
            Resource: arnOf(stage, articles.table),
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.article}*`] },
            },
          },
          readsRegistry(stage),
          {
            Effect: 'Allow',
            Action: [
              'dynamodb:BatchGetItem',
              'dynamodb:PutItem',
              'dynamodb:Query',
              'dynamodb:UpdateItem',
            ],
            Resource: arnOf(stage, articles.table),
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.feed}*`] },
            },
          },
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: objects(arnOf(stage, feedsBucket), 'feeds/*'),
          },
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: arnOf(stage, feedsBucket) },
          {
            Effect: 'Allow',
            Action: [
              'sqs:ChangeMessageVisibility',
              'sqs:DeleteMessage',
              'sqs:GetQueueAttributes',
              'sqs:GetQueueUrl',
              'sqs:ReceiveMessage',
              'sqs:SendMessage',
            ],
            Resource: arnOf(stage, feeds.regenerator.queue),
          },
          {
            Effect: 'Allow',
            Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
            Resource: arnOf(stage, stage.stack.hub.queue),
          },
        ]),
      );
      expect(statements).toHaveLength(9);
    });

    it('lets the upload API function put and delete inbox objects, list the inbox, read the table and update only rate-limit items — nothing more', () => {
      const stage = stages.prod;
      const { uploadApi, inbox, articles } = stage.stack;
      const statements = statementsOfRole(stage, logicalId(stage, uploadApi.handler.serviceRole));
      const writes = statements.filter((s) =>
        list(s.Action).some((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)),
      );
      expect(writes).toEqual([
        {
          Effect: 'Allow',
          Action: 'dynamodb:UpdateItem',
          Resource: arnOf(stage, articles.table),
          Condition: {
            'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.rateLimit}*`] },
          },
        },
      ]);
      const s3Actions = statements
        .filter((s) => list(s.Action).some((a) => a.startsWith('s3:')))
        .map((s) => ({ actions: list(s.Action), resource: s.Resource }));
      // Listing the inbox tells a page still queued; no read of object contents.
      expect(s3Actions.map((s) => ({ ...s, actions: [...s.actions].sort() }))).toEqual(
        expect.arrayContaining([
          {
            actions: ['s3:DeleteObject', 's3:PutObject'],
            resource: objects(arnOf(stage, inbox), '*'),
          },
          { actions: ['s3:ListBucket'], resource: arnOf(stage, inbox) },
        ]),
      );
      expect(s3Actions).toHaveLength(2);
      // The listing of a publisher's keys is base-table items: queried in their partitions only.
      const queries = statements.filter((s) => list(s.Action).includes('dynamodb:Query'));
      expect(queries).toContainEqual({
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: arnOf(stage, articles.table),
        Condition: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.pageListing}*`] },
        },
      });
      expect(JSON.stringify(queries.map((s) => s.Resource))).not.toMatch(/index/);
    });

    it('confines the feeds and regenerate functions to the feed-state items the feeds adapters write', async () => {
      const { feedStateKey } = await import('../../../shared/adapters/dynamo/feed-state.ts');
      const { archivePageKey } = await import('../../../shared/adapters/dynamo/feed-archive.ts');
      expect(feedStateKey('all').pk.startsWith(KEY_PREFIX.feed)).toBe(true);
      expect(feedStateKey('demo/du-lich').pk.startsWith(KEY_PREFIX.feed)).toBe(true);
      expect(archivePageKey('demo/du-lich', 3).pk.startsWith(KEY_PREFIX.feed)).toBe(true);
    });

    it('creates one upload policy for every publisher, confined to the prefix of its principal tag', () => {
      // The IAM policy variable, as written into the policy (not a template placeholder).
      const own = ['$', '{aws:PrincipalTag/publisher}/'].join('');
      const stage = stages.prod;
      const { inbox } = stage.stack;
      stage.template.resourceCountIs('AWS::IAM::ManagedPolicy', 1);
      const tagged = { Null: { 'aws:PrincipalTag/publisher': 'false' } };
      stage.template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: {
          Statement: [
            {
              Sid: 'WriteOwnPrefix',
              Effect: 'Allow',
              Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
              Resource: objects(arnOf(stage, inbox), `${own}*`),
              Condition: tagged,
            },
            {
              Sid: 'ListOwnPrefix',
              Effect: 'Allow',
              Action: 's3:ListBucket',
              Resource: arnOf(stage, inbox),
              Condition: {
                ...tagged,
                StringLike: {
                  's3:prefix': [own, `${own}*`],
                },
              },
            },
          ],
        },
      });
    });
  });
}
