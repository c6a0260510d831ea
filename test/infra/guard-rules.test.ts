/**
 * Which Control Tower rule files cfn-guard is given: those that can apply to the synthesized
 * templates. That every finding stays the same on the real stack is the stack spec's part
 * (`specs/guard.ts`: the prod template's acknowledged controls, and a refused queue).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesForTemplates } from '../../infra/guard.ts';

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'guard-rules-'));
  const rules: Record<string, string> = {
    'queue.guard':
      'let sqs_queues = Resources.*[ Type == "AWS::SQS::Queue" ]\nrule sqs_dlq_check when %sqs_queues !empty {}',
    'database.guard': 'let RDS_DB_INSTANCE_TYPE = "AWS::RDS::DBInstance"\nrule rds_check {}',
    'queue-or-topic.guard': 'Resources.*[ Type == "AWS::SNS::Topic" or Type == "AWS::SQS::Queue" ]',
    'any-resource.guard': 'rule tags_present { Resources.*.Properties.Tags exists }',
  };
  for (const [name, text] of Object.entries(rules)) writeFileSync(file(name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template = (...types: string[]): string =>
  JSON.stringify({
    Resources: Object.fromEntries(types.map((Type, i) => [`Resource${i}`, { Type }])),
  });

describe('the rule files given to cfn-guard', () => {
  const all = ['queue.guard', 'database.guard', 'queue-or-topic.guard', 'any-resource.guard'];

  it('leave out a file naming only resource types no template holds', () => {
    const chosen = rulesForTemplates(all.map(file), [template('AWS::SQS::Queue')]);
    expect(chosen).not.toContain(file('database.guard'));
  });

  it('keep a file naming one of the templates’ types, among others it names', () => {
    const chosen = rulesForTemplates(all.map(file), [template('AWS::SNS::Topic')]);
    expect(chosen).toEqual([file('queue-or-topic.guard'), file('any-resource.guard')]);
  });

  it('keep a file that names no resource type', () => {
    const chosen = rulesForTemplates(all.map(file), [template('AWS::S3::Bucket')]);
    expect(chosen).toEqual([file('any-resource.guard')]);
  });

  it('read the types of every template', () => {
    const chosen = rulesForTemplates(all.map(file), [
      template('AWS::SNS::Topic'),
      template('AWS::RDS::DBInstance'),
    ]);
    expect(chosen).toEqual([
      file('database.guard'),
      file('queue-or-topic.guard'),
      file('any-resource.guard'),
    ]);
  });
});
