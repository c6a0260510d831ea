/**
 * `syndicate status`: what the local pipeline holds — live articles per feed, recent rejections
 * with their reasons, dead letters — read from its table and data folder.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DeadLetterList } from '../../local/event-sources/dead-letters.ts';
import { localDefaults } from '../../local/runtime/defaults.ts';
import { quietNodeVersionNotice } from '../../local/runtime/node-warnings.ts';
import type { LocalState } from '../../local/runtime/state.ts';
import { type Command, type CommandIo, EXIT, UsageError } from '../command.ts';
import { asUsage, portFlag } from './usage.ts';

const HELP = `Usage: syndicate status [--dynamodb-port N] [--data-dir DIR] [--limit N] [--json]

Shows what the local pipeline (\`npm start\`, which must be running) holds: live articles per
feed, the most recent rejections with their reasons, and the dead letters (messages that
failed every retry).

Options:
  --dynamodb-port N   port of DynamoDB Local (default 8000, or SYNDICATE_DYNAMODB_PORT)
  --data-dir DIR      the pipeline's data folder, for the dead letters
                      (default .local/ in the project, or SYNDICATE_DATA_DIR)
  --limit N           rejections and articles to list (default 20)
  --json              print one JSON object instead of text
  -h, --help          show this help
`;

function parseOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      'dynamodb-port': { type: 'string' },
      'data-dir': { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
}

function parse(args: readonly string[]) {
  const { values } = asUsage(() => parseOptions(args));
  const defaults = localDefaults();
  const port = portFlag(values['dynamodb-port'], '--dynamodb-port') ?? defaults.dynamoDbPort;
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new UsageError(`--limit must be a positive integer, got ${JSON.stringify(values.limit)}`);
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    dataDir: resolve(values['data-dir'] ?? defaults.dataDir),
    limit,
    json: values.json === true,
    tableName: defaults.tableName,
    region: defaults.region,
  };
}

/**
 * Formats the state as text.
 *
 * @param state - what the pipeline holds
 * @returns the report, one section per heading
 */
export function formatStatus(state: LocalState): string {
  const out: string[] = ['Live articles per feed'];
  if (state.feeds.length === 0) out.push('  (none yet)');
  const width = Math.max(0, ...state.feeds.map((f) => f.feed.length));
  for (const { feed, articles } of state.feeds) {
    out.push(
      `  ${feed.padEnd(width)}  ${String(articles).padStart(5)}   /feeds/${feed}.xml  .atom  .json`,
    );
  }
  out.push('', `Latest articles (${state.articles.length})`);
  if (state.articles.length === 0) out.push('  (none)');
  for (const a of state.articles) {
    out.push(`  ${a.publishedAt ?? '(no date)'}  ${a.publisherId}  ${a.title}`, `      ${a.url}`);
  }
  out.push('', `Recent rejections (${state.rejections.length}, newest first)`);
  if (state.rejections.length === 0) out.push('  (none)');
  for (const r of state.rejections) {
    out.push(`  ${r.at}  ${r.key}`, `      ${r.reason}: ${r.message}`);
  }
  out.push('', `Dead letters (${state.deadLetters.length})`);
  if (state.deadLetters.length === 0) out.push('  (none)');
  for (const d of state.deadLetters) {
    out.push(
      `  ${d.at}  ${d.source}  ${d.subjects.join(', ')}`,
      `      after ${d.attempts} attempts: ${d.error}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const codes = [
    (error as NodeJS.ErrnoException).code,
    (error.cause as NodeJS.ErrnoException)?.code,
  ];
  return codes.includes('ECONNREFUSED') || error.name === 'ResourceNotFoundException';
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const options = parse(argv);
  quietNodeVersionNotice();
  // Loaded here, not at the top: `syndicate --help` lists this command without loading the SDK.
  const { localDocumentClient, localDynamoDbClient } = await import(
    '../../local/runtime/clients.ts'
  );
  const { readLocalState } = await import('../../local/runtime/state.ts');
  const client = localDynamoDbClient(options.endpoint, options.region);
  try {
    const state = await readLocalState(
      localDocumentClient(client),
      options.tableName,
      new DeadLetterList(join(options.dataDir, 'dead-letters.jsonl')),
      { articleLimit: options.limit, rejectionLimit: options.limit },
    );
    io.stdout.write(options.json ? `${JSON.stringify(state, null, 2)}\n` : formatStatus(state));
    return EXIT.ok;
  } catch (error) {
    if (isUnreachable(error)) {
      io.stderr.write(
        `syndicate status: the local pipeline is not running (no table ${options.tableName} at ${options.endpoint}): start it with \`npm start\`\n`,
      );
      return EXIT.failure;
    }
    throw error;
  } finally {
    client.destroy();
  }
}

/** The `status` command. */
export const command: Command = {
  summary: 'show the local pipeline: articles per feed, rejections, dead letters',
  help: HELP,
  run,
};
