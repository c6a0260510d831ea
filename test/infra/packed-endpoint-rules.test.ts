/**
 * The SDK clients' copies carry their endpoint rules packed (`packed-endpoint-rules.ts`): the
 * copy's rules decide every endpoint as the package's own do, and its resolver asks for them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { awsEndpointFunctions } from '@aws-sdk/core/client';
import {
  BinaryDecisionDiagram,
  customEndpointFunctions,
  decideEndpoint,
} from '@smithy/core/endpoints';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endpointRules,
  lazyRulesResolver,
  packedRulesSource,
  RESOLVER_FILE,
  RULES_FILE,
} from '../../infra/bundling/packed-endpoint-rules.ts';
import {
  type CopiedClient,
  sdkClientPackageDir,
} from '../../infra/bundling/tree-shakable-sdk-client.ts';

type EndpointParams = Parameters<typeof decideEndpoint>[1]['endpointParams'];

/** Requests' endpoint parameters that take the rules down many of their branches. */
const S3_PARAMS: readonly EndpointParams[] = [
  { Region: 'eu-west-1', Bucket: 'articles', UseFIPS: false, UseDualStack: false },
  { Region: 'us-east-1', Bucket: 'articles', UseFIPS: true, UseDualStack: true },
  { Region: 'eu-west-1', Bucket: 'articles', ForcePathStyle: true },
  { Region: 'eu-west-1', Bucket: 'Not.A.Host.Label', Accelerate: true },
  {
    Region: 'us-east-1',
    Bucket: 'articles',
    Endpoint: 'http://127.0.0.1:4569',
    ForcePathStyle: true,
  },
  { Region: 'cn-north-1', Bucket: 'articles', UseDualStack: true },
  { Region: 'us-west-2', Bucket: 'feeds--usw2-az1--x-s3' },
  { Region: 'us-west-2', Bucket: 'arn:aws:s3:us-west-2:123456789012:accesspoint:feeds' },
  { Region: 'us-west-2', Bucket: 'arn:aws:s3:us-west-2:123456789012:accesspoint:bad_name!' },
  {
    Region: 'us-west-2',
    Bucket:
      'arn:aws:s3-outposts:us-west-2:123456789012:outpost:op-01234567890123456:accesspoint:ap',
  },
  { Region: 'us-gov-west-1', UseFIPS: true },
  { Region: 'eu-west-1', Accelerate: true, ForcePathStyle: true, Bucket: 'articles' },
];
const DYNAMODB_PARAMS: readonly EndpointParams[] = [
  { Region: 'eu-west-1', UseFIPS: false, UseDualStack: false },
  { Region: 'us-east-1', UseFIPS: true, UseDualStack: true },
  { Region: 'eu-west-1', Endpoint: 'http://127.0.0.1:8000' },
  { Region: 'eu-west-1', AccountId: '123456789012', AccountIdEndpointMode: 'required' },
  { Region: 'eu-west-1', AccountIdEndpointMode: 'required' },
  { Region: 'local' },
  {
    Region: 'us-east-1',
    ResourceArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/articles',
    AccountIdEndpointMode: 'preferred',
  },
];

// The generated module imports `@smithy/core/endpoints`: it is written where that resolves.
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
let dir: string;
beforeAll(() => {
  mkdirSync(CACHE, { recursive: true });
  dir = mkdtempSync(path.join(CACHE, 'packed-endpoint-rules-'));
  customEndpointFunctions.aws = awsEndpointFunctions;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The endpoint `rules` decide for `params`, or the error they end in. */
function decide(rules: BinaryDecisionDiagram, params: EndpointParams): unknown {
  try {
    return decideEndpoint(rules, { endpointParams: params });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe.each([
  ['@aws-sdk/client-s3', S3_PARAMS],
  ['@aws-sdk/client-dynamodb', DYNAMODB_PARAMS],
] as const)('the endpoint rules of the %s copy', (client: CopiedClient, params) => {
  const source = readFileSync(path.join(sdkClientPackageDir(client), RULES_FILE), 'utf8');

  it('decide every endpoint as the package’s own, unpacked on first use', async () => {
    const file = path.join(dir, `${client.split('/')[1]}-bdd.mjs`);
    writeFileSync(file, packedRulesSource(source));
    const { bdd } = (await import(file)) as { bdd: () => BinaryDecisionDiagram };
    const own = endpointRules(source);
    const theirs = BinaryDecisionDiagram.from(own.nodes, own.root, own.conditions, own.results);
    const decided = params.map((p) => decide(bdd(), p));
    expect(decided).toEqual(params.map((p) => decide(theirs, p)));
    expect(
      decided.filter((d) => typeof d === 'object' && d !== null && 'url' in d).length,
    ).toBeGreaterThan(params.length / 2);
    expect(bdd()).toBe(bdd());
  });

  it('are asked for by the copy’s endpoint resolver', () => {
    const resolver = readFileSync(path.join(sdkClientPackageDir(client), RESOLVER_FILE), 'utf8');
    expect(lazyRulesResolver(resolver)).toContain('decideEndpoint(bdd(), ');
    expect(lazyRulesResolver(resolver).replace('bdd()', 'bdd')).toBe(resolver);
  });

  it('stop the build when the package’s module has another shape', () => {
    expect(() => packedRulesSource(source.replace('export const bdd', 'export let bdd'))).toThrow(
      /bdd\.js is not one import of BinaryDecisionDiagram/,
    );
    expect(() => lazyRulesResolver('decideEndpoint(rules, {})')).toThrow(
      /endpointResolver\.js does not call/,
    );
  });
});
