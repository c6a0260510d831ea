/**
 * `syndicate feeds rebuild`: renders feeds again from the table and rewrites every file whose
 * bytes differ, on the running local pipeline or on a deployment (through its reconcile
 * function). The same rebuild the daily reconcile runs.
 */
import { parseArgs } from 'node:util';
import { localDefaults } from '../../local/runtime/defaults.ts';
import { quietNodeVersionNotice } from '../../local/runtime/node-warnings.ts';
import type { RebuildRequest, RebuildSummary } from '../../shared/handlers/reconcile-handler.ts';
import { type Command, type CommandIo, EXIT, UsageError } from '../command.ts';
import { asUsage } from './usage.ts';

const HELP = `Usage: syndicate feeds rebuild (--all | --publisher ID | --feed PATH [--feed PATH…]) [--endpoint URL|aws] [--function NAME]

Renders feeds again from the table and rewrites every file whose bytes differ from the stored
one (after a renderer fix, a new base URL, a lost or deleted file). A feed that already matches
the table costs reads only. Each rebuild takes the feed's lease, like a scheduled regeneration.

Which feeds:
  --all                  every known feed: the aggregate, each publisher's, each section with
                         a live article, and each feed with a file in the bucket
  --publisher ID         a publisher's feed and each of its section feeds
  --feed PATH            one feed: all, <publisher> or <publisher>/<section-slug> (repeatable)

Where (the same rule as \`syndicate upload\`):
  (no --endpoint)        the running local pipeline of \`npm start\` (its data folder's
                         runtime.json: .local, or SYNDICATE_DATA_DIR)
  --endpoint URL         a local URL (localhost, 127.0.0.1, [::1]) is treated the same way
  --endpoint aws         a deployment: invokes its reconcile function with the standard AWS
                         credential chain and region; --function is required: the stack's
                         ReconcileFunctionName output

On the local pipeline the hub its feeds advertise (the built-in one, or --hub of \`npm start\`)
gets a publish ping for each rewritten file, so WebSub subscribers receive the rebuilt feeds; a
hub that refuses one is reported as a warning.

Exit status: 0 when every feed was checked, 1 when one failed, 2 on bad usage.

Examples:
  npx syndicate feeds rebuild --all
  npx syndicate feeds rebuild --feed demo/du-lich
  npx syndicate feeds rebuild --publisher demo --endpoint aws --function Syndication-prod-Reconcile…
`;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Where a rebuild runs. */
export type RebuildTarget =
  | { readonly kind: 'local' }
  | { readonly kind: 'aws'; readonly functionName: string };

/**
 * Works out where a rebuild runs from `--endpoint` and `--function`.
 *
 * @param endpoint - the `--endpoint` value, if any
 * @param functionName - the `--function` value, if any
 * @returns the target
 * @throws UsageError for an endpoint that is neither local nor `aws`, or `aws` without a function
 */
export function rebuildTarget(
  endpoint: string | undefined,
  functionName: string | undefined,
): RebuildTarget {
  if (endpoint === 'aws') {
    if (functionName === undefined) {
      throw new UsageError(
        '--endpoint aws needs --function (the stack output ReconcileFunctionName)',
      );
    }
    return { kind: 'aws', functionName };
  }
  if (functionName !== undefined) throw new UsageError('--function goes with --endpoint aws');
  if (endpoint === undefined) return { kind: 'local' };
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`--endpoint must be a URL or "aws", got ${JSON.stringify(endpoint)}`);
  }
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new UsageError(
      `--endpoint ${endpoint} is neither local nor "aws": a deployment is rebuilt through its reconcile function (--endpoint aws --function NAME)`,
    );
  }
  return { kind: 'local' };
}

function parse(args: readonly string[]): { request: RebuildRequest; target: RebuildTarget } {
  const { values, positionals } = asUsage(() =>
    parseArgs({
      args: [...args],
      options: {
        all: { type: 'boolean' },
        publisher: { type: 'string' },
        feed: { type: 'string', multiple: true },
        endpoint: { type: 'string' },
        function: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  const [action, ...extra] = positionals;
  if (action !== 'rebuild') {
    throw new UsageError(
      action === undefined
        ? 'no action given (rebuild)'
        : `unknown action ${JSON.stringify(action)}`,
    );
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const chosen = [values.all === true, values.publisher !== undefined, values.feed !== undefined];
  if (chosen.filter(Boolean).length !== 1) {
    throw new UsageError('give exactly one of --all, --publisher ID or --feed PATH');
  }
  const request: RebuildRequest =
    values.publisher !== undefined
      ? { publisher: values.publisher }
      : values.feed !== undefined
        ? { feeds: values.feed }
        : {};
  return { request, target: rebuildTarget(values.endpoint, values.function) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Rebuilds on the running local pipeline, with the settings it recorded. */
async function rebuildLocally(request: RebuildRequest, io: CommandIo): Promise<RebuildSummary> {
  const { readRuntimeFile } = await import('../../local/runtime/runtime-file.ts');
  const dataDir = localDefaults(io.env ?? process.env).dataDir;
  const info = await readRuntimeFile(dataDir);
  if (info === null) {
    throw new RebuildError(
      `the local pipeline is not running (no runtime.json in ${dataDir}): start it with \`npm start\``,
    );
  }
  const { localDocumentClient, localDynamoDbClient, localS3Client } = await import(
    '../../local/runtime/clients.ts'
  );
  const { createReconcileHandler } = await import('../../shared/handlers/reconcile-handler.ts');
  const { discardedMetrics, silentLogger } = await import('../../shared/handlers/observability.ts');
  const { samplePublishersById } = await import('../../shared/publishers/samples.ts');
  const { pingPush } = await import('../../shared/websub/publish-ping.ts');
  const hubUrl = info.hubUrl;
  const pings = hubUrl === undefined ? undefined : pingPush({ hubUrl, feedsBaseUrl: info.baseUrl });
  const s3 = localS3Client(info.urls.s3, info.region);
  const dynamo = localDynamoDbClient(info.urls.dynamoDb, info.region);
  try {
    const reconcile = createReconcileHandler({
      config: info,
      clients: { s3, documentClient: localDocumentClient(dynamo) },
      logger: silentLogger,
      metrics: discardedMetrics,
      publishers: samplePublishersById,
      // The runtime's hub queue is in its own process: its hub hears of rewritten files by a
      // publish ping, as an external hub does.
      ...(pings === undefined
        ? {}
        : {
            push: {
              // The files are in place whatever the hub says: its refusal is a warning.
              filesWritten: (keys: readonly string[]) =>
                pings.filesWritten(keys).catch((error: unknown) => {
                  io.stderr.write(`syndicate feeds: warning: ${errorText(error)}\n`);
                }),
            },
          }),
    });
    return await reconcile(request);
  } finally {
    s3.destroy();
    dynamo.destroy();
  }
}

/** Rebuilds on a deployment: one synchronous invocation of its reconcile function. */
async function rebuildOnAws(
  request: RebuildRequest,
  functionName: string,
): Promise<RebuildSummary> {
  const { InvokeCommand, LambdaClient } = await import('@aws-sdk/client-lambda');
  const client = new LambdaClient({});
  try {
    const response = await client.send(
      new InvokeCommand({
        FunctionName: functionName,
        Payload: new TextEncoder().encode(JSON.stringify(request)),
      }),
    );
    const payload = new TextDecoder().decode(response.Payload ?? new Uint8Array());
    if (response.FunctionError !== undefined) {
      const { errorMessage } = JSON.parse(payload || '{}') as { errorMessage?: string };
      throw new RebuildError(`${functionName} failed: ${errorMessage ?? response.FunctionError}`);
    }
    return JSON.parse(payload) as RebuildSummary;
  } finally {
    client.destroy();
  }
}

/** A rebuild that could not run at all. */
class RebuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RebuildError';
  }
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const { request, target } = parse(args);
  quietNodeVersionNotice();
  let summary: RebuildSummary;
  try {
    summary =
      target.kind === 'aws'
        ? await rebuildOnAws(request, target.functionName)
        : await rebuildLocally(request, io);
  } catch (error) {
    if (error instanceof Error && error.name === 'UnknownFeedError') {
      throw new UsageError(error.message, { cause: error });
    }
    io.stderr.write(`syndicate feeds: ${errorText(error)}\n`);
    return EXIT.failure;
  }
  const list = (paths: readonly string[]) => (paths.length === 0 ? '' : `: ${paths.join(', ')}`);
  io.stdout.write(
    `checked ${summary.checked} feed(s); rebuilt ${summary.rebuilt.length}${list(summary.rebuilt)}; unchanged ${summary.unchanged.length}\n`,
  );
  for (const failure of summary.failed) {
    io.stderr.write(`failed ${failure.feed}: ${failure.error}\n`);
  }
  // A deployment from before the directory answers without it.
  const { directory } = summary;
  if (directory === null) {
    io.stderr.write('failed the feed directory (index.opml): see the reconcile log\n');
  } else if (directory !== undefined) {
    io.stdout.write(
      `directory index.opml lists ${directory.feeds} feed(s); ${directory.written ? 'rewritten' : 'unchanged'}\n`,
    );
  }
  return summary.failed.length === 0 && directory !== null ? EXIT.ok : EXIT.failure;
}

/** The `feeds` command. */
export const command: Command = {
  summary: 'rebuild feeds from the table (locally or on AWS)',
  help: HELP,
  run,
};
