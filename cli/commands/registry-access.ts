/**
 * The publisher registry for the commands that read or change it (`publishers`, `extract
 * --publisher`): where it is (by the `--endpoint`/`--table` rule of {@link resolveTarget}), a
 * client for it, and one line for each way of not reaching it.
 */
import { localDefaults } from '../../local/runtime/defaults.ts';
import type { DynamoPublisherArticles } from '../../shared/adapters/dynamo/publisher-articles.ts';
import type { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { isConnectionRefused, missingAwsSetting, resolveTarget, type Target } from './target.ts';

/**
 * Where the registry is.
 *
 * @param endpoint - `--endpoint`, if given
 * @param table - `--table`, if given
 * @param env - the environment (the local pipeline's ports)
 * @returns the target
 * @throws UsageError when `--endpoint` is bad or needs `--table`
 */
export function registryTarget(
  endpoint: string | undefined,
  table: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Target {
  const defaults = localDefaults(env);
  return resolveTarget(endpoint, table, {
    localEndpoint: `http://127.0.0.1:${defaults.dynamoDbPort}`,
    localName: defaults.tableName,
    flag: '--table',
    output: 'TableName',
  });
}

/** The registry and the articles of its publishers at one target. */
export interface RegistryAccess {
  readonly registry: DynamoPublisherRegistry;
  readonly articles: DynamoPublisherArticles;
  /** Closes the client. */
  readonly close: () => void;
}

/**
 * Opens the registry (the SDK is loaded only now: `extract` without `--publisher` never needs it).
 *
 * @param target - where
 * @returns the registry, its articles, and how to close them
 */
export async function openRegistry(target: Target): Promise<RegistryAccess> {
  const { createDynamoDbClient, createDocumentClient } = await import(
    '../../shared/adapters/aws-client-factories.ts'
  );
  const { DynamoPublisherRegistry } = await import(
    '../../shared/adapters/dynamo/publisher-registry.ts'
  );
  const { DynamoPublisherArticles } = await import(
    '../../shared/adapters/dynamo/publisher-articles.ts'
  );
  const { LOCAL_CREDENTIALS } = await import('../../local/runtime/defaults.ts');
  const client =
    target.kind === 'local'
      ? createDynamoDbClient({
          endpoint: target.endpoint,
          region: localDefaults().region,
          credentials: LOCAL_CREDENTIALS,
        })
      : createDynamoDbClient({
          region: process.env.AWS_REGION,
          ...(target.endpoint === undefined ? {} : { endpoint: target.endpoint }),
        });
  const documents = createDocumentClient(client);
  return {
    registry: new DynamoPublisherRegistry(target.name, documents),
    articles: new DynamoPublisherArticles(target.name, documents),
    close: () => client.destroy(),
  };
}

/**
 * One line for an error of reaching the registry (nothing listening, no table, no AWS settings).
 *
 * @param error - what the client threw
 * @param target - where it went
 * @returns the line, or null for any other error
 */
export function unreachableRegistry(error: unknown, target: Target): string | null {
  if (target.kind === 'local' && isConnectionRefused(error)) {
    return `no DynamoDB Local at ${target.endpoint}: start the local pipeline with \`npm start\``;
  }
  if (error instanceof Error && error.name === 'ResourceNotFoundException') {
    return `no table ${JSON.stringify(target.name)} there (--table: the stack output TableName)`;
  }
  return missingAwsSetting(error, target);
}
