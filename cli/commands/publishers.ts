/**
 * `syndicate publishers`: the publisher registry and its API keys, on the local pipeline by
 * default or on a deployment's table (the same `--endpoint` rule as `upload`).
 */
import { parseArgs } from 'node:util';
import { quietNodeVersionNotice } from '../../local/runtime/node-warnings.ts';
import {
  addPublisher,
  createKey,
  listKeys,
  type PublisherChanges,
  type RegistryAdmin,
  revokeKey,
  setPublisherStatus,
  updatePublisher,
} from '../../shared/publishers/admin.ts';
import type { StoredApiKey } from '../../shared/publishers/api-keys.ts';
import {
  PublisherConfigError,
  PublisherError,
  PublisherNotFoundError,
} from '../../shared/publishers/errors.ts';
import type { PublisherRecord, RateLimit } from '../../shared/publishers/publisher.ts';
import { type Command, type CommandIo, EXIT, UsageError } from '../command.ts';
import { openRegistry, registryTarget, unreachableRegistry } from './registry-access.ts';
import type { Target } from './target.ts';
import { asUsage } from './usage.ts';

const HELP = `Usage: syndicate publishers <action> [arguments] [--endpoint URL|aws] [--table NAME] [--json]

Manages the publisher registry: who may upload, from which domains, and their API keys.
Changes apply to the running pipeline within a minute, without a deploy or a restart.

Actions:
  add ID --name NAME --home-page URL --domain HOST [--domain HOST…]
      [--language L] [--timezone TZ]
                         adds an active publisher and prints its first API key (once)
  list                   lists the publishers
  show ID                shows one publisher
  update ID [--name NAME] [--home-page URL] [--language L] [--timezone TZ]
      [--domain HOST…] [--add-domain HOST…] [--remove-domain HOST…] [--rate N] [--burst N]
                         changes fields (--domain replaces the domains)
  suspend ID [--withdraw]
                         refuses its uploads (reason "suspended"); --withdraw also takes
                         its live articles out of the feeds
  resume ID              accepts its uploads again
  keys create ID         makes a new API key and prints it (once)
  keys list ID           lists its keys (ids and dates, never the secrets)
  keys revoke ID KEY_ID  revokes a key: the next request with it fails

A domain is a host its canonical URLs may use (news.example.com), or *.example.com for any
subdomain; pages naming another host are rejected (reason "foreign-url").

Where it goes:
  (no --endpoint)        the local pipeline of \`npm start\`: DynamoDB Local on
                         http://127.0.0.1:<port> (8000, or SYNDICATE_DYNAMODB_PORT),
                         table "syndication"
  --endpoint URL         a local URL (localhost, 127.0.0.1, [::1]) is treated the same way;
                         any other URL is a DynamoDB-compatible service, reached with the
                         standard AWS credential chain
  --endpoint aws         the real Amazon DynamoDB with the standard AWS credential chain and
                         region; --table is required: the stack's TableName output

Options:
  --table NAME           the table (default "syndication" on the local pipeline)
  --json                 print JSON (add and keys create: {"publisher", "keyId", "apiKey"})
  -h, --help             show this help

Examples:
  npx syndicate publishers add bao-moi --name "Báo Mới" --home-page https://baomoi.example.vn/ \\
      --domain baomoi.example.vn --language vi --timezone Asia/Ho_Chi_Minh
  npx syndicate publishers suspend bao-moi --withdraw
  npx syndicate publishers keys revoke bao-moi 3f9a0c1d2b4e5f60
`;

function parseOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      name: { type: 'string' },
      'home-page': { type: 'string' },
      domain: { type: 'string', multiple: true },
      'add-domain': { type: 'string', multiple: true },
      'remove-domain': { type: 'string', multiple: true },
      language: { type: 'string' },
      timezone: { type: 'string' },
      rate: { type: 'string' },
      burst: { type: 'string' },
      withdraw: { type: 'boolean' },
      endpoint: { type: 'string' },
      table: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

type Values = ReturnType<typeof parseOptions>['values'];

/** Which options each action takes, besides --endpoint, --table and --json. */
const ACTION_OPTIONS: Readonly<Record<string, readonly (keyof Values)[]>> = {
  add: ['name', 'home-page', 'domain', 'language', 'timezone'],
  list: [],
  show: [],
  update: [
    'name',
    'home-page',
    'domain',
    'add-domain',
    'remove-domain',
    'language',
    'timezone',
    'rate',
    'burst',
  ],
  suspend: ['withdraw'],
  resume: [],
  'keys create': [],
  'keys list': [],
  'keys revoke': [],
};
const COMMON: readonly (keyof Values)[] = ['endpoint', 'table', 'json', 'help'];

function actionOf(positionals: readonly string[]): { action: string; operands: string[] } {
  const [first, second, ...rest] = positionals;
  if (first === undefined) throw new UsageError('no action given (add, list, show, update…)');
  if (first === 'keys') {
    if (second === undefined) throw new UsageError('keys needs create, list or revoke');
    const action = `keys ${second}`;
    if (!Object.hasOwn(ACTION_OPTIONS, action)) {
      throw new UsageError(`unknown keys action ${JSON.stringify(second)} (create, list, revoke)`);
    }
    return { action, operands: rest };
  }
  if (!Object.hasOwn(ACTION_OPTIONS, first)) {
    throw new UsageError(`unknown action ${JSON.stringify(first)}`);
  }
  return { action: first, operands: second === undefined ? rest : [second, ...rest] };
}

function rateOf(values: Values): RateLimit | undefined {
  if (values.rate === undefined && values.burst === undefined) return undefined;
  if (values.rate === undefined || values.burst === undefined) {
    throw new UsageError('--rate and --burst go together');
  }
  return { perSecond: Number(values.rate), burst: Number(values.burst) };
}

/** The parsed command line. */
interface Invocation {
  readonly action: string;
  readonly operands: readonly string[];
  readonly values: Values;
  readonly target: Target;
}

function parse(args: readonly string[], env: NodeJS.ProcessEnv): Invocation {
  const { values, positionals } = asUsage(() => parseOptions(args));
  const { action, operands } = actionOf(positionals);
  const allowed = new Set([...(ACTION_OPTIONS[action] ?? []), ...COMMON]);
  for (const [option, value] of Object.entries(values)) {
    if (value !== undefined && !allowed.has(option as keyof Values)) {
      throw new UsageError(`--${option} does not apply to ${action}`);
    }
  }
  const arity = action === 'list' ? 0 : action === 'keys revoke' ? 2 : 1;
  if (operands.length !== arity) {
    const wanted = arity === 0 ? 'no' : arity === 1 ? 'one ID' : 'ID and KEY_ID';
    throw new UsageError(`${action} takes ${wanted} argument${arity === 1 ? '' : 's'}`);
  }
  const target = registryTarget(values.endpoint, values.table, env);
  return { action, operands, values, target };
}

async function adminFor(target: Target): Promise<{ admin: RegistryAdmin; close: () => void }> {
  const { registry, articles, close } = await openRegistry(target);
  return { admin: { registry, keys: registry, articles }, close };
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`add needs ${flag}`);
  return value;
}

/**
 * One publisher as text, a field a line.
 *
 * @param p - the publisher
 * @returns the lines
 */
export function formatPublisher(p: PublisherRecord): string {
  const rate = p.rateLimit;
  return [
    `${p.id}  ${p.name}  (${p.status})`,
    `  home page   ${p.homePage}`,
    `  domains     ${p.domains.join(', ')}`,
    `  language    ${p.language}    time zone  ${p.timezone}`,
    `  upload rate ${rate === undefined ? 'default' : `${rate.perSecond}/s, burst ${rate.burst}`}`,
    ...(p.extraction === undefined ? [] : [`  extraction  ${JSON.stringify(p.extraction)}`]),
    `  created     ${p.createdAt}    updated  ${p.updatedAt}`,
    '',
  ].join('\n');
}

function formatKeys(keys: readonly StoredApiKey[]): string {
  if (keys.length === 0) return '(no keys)\n';
  return keys
    .map(
      (k) =>
        `${k.keyId}  created ${k.createdAt}  ${k.revokedAt === null ? 'active' : `revoked ${k.revokedAt}`}\n`,
    )
    .join('');
}

function issuedText(key: { publisher: string; keyId: string; apiKey: string }): string {
  return [
    `API key ${key.keyId} of ${key.publisher} (shown once: only its hash is kept):`,
    `  ${key.apiKey}`,
    '',
  ].join('\n');
}

async function perform(invocation: Invocation, admin: RegistryAdmin, io: CommandIo) {
  const { action, operands, values } = invocation;
  const [id = '', keyId = ''] = operands;
  const json = values.json === true;
  const print = (data: unknown, text: string) =>
    io.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : text);
  switch (action) {
    case 'add': {
      const { record, key } = await addPublisher(admin, {
        id,
        name: required(values.name, '--name'),
        homePage: required(values['home-page'], '--home-page'),
        domains: values.domain ?? [],
        ...(values.language === undefined ? {} : { language: values.language }),
        ...(values.timezone === undefined ? {} : { timezone: values.timezone }),
      });
      print(key, `Added publisher:\n${formatPublisher(record)}\n${issuedText(key)}`);
      return;
    }
    case 'list': {
      const all = await admin.registry.list();
      print(
        all,
        all.length === 0
          ? '(no publishers)\n'
          : all
              .map((p) => `${p.id}  ${p.status.padEnd(9)}  ${p.name}  ${p.domains.join(', ')}\n`)
              .join(''),
      );
      return;
    }
    case 'show': {
      const record = await admin.registry.get(id);
      if (record === null) throw new PublisherNotFoundError(id);
      print(record, formatPublisher(record));
      return;
    }
    case 'update': {
      const rateLimit = rateOf(values);
      const changes: PublisherChanges = {
        ...(values.name === undefined ? {} : { name: values.name }),
        ...(values['home-page'] === undefined ? {} : { homePage: values['home-page'] }),
        ...(values.language === undefined ? {} : { language: values.language }),
        ...(values.timezone === undefined ? {} : { timezone: values.timezone }),
        ...(values.domain === undefined ? {} : { domains: values.domain }),
        ...(values['add-domain'] === undefined ? {} : { addDomains: values['add-domain'] }),
        ...(values['remove-domain'] === undefined
          ? {}
          : { removeDomains: values['remove-domain'] }),
        ...(rateLimit === undefined ? {} : { rateLimit }),
      };
      if (Object.keys(changes).length === 0) throw new UsageError('update needs a field to change');
      const record = await updatePublisher(admin, id, changes);
      print(record, `Updated publisher:\n${formatPublisher(record)}`);
      return;
    }
    case 'suspend':
    case 'resume': {
      const withdraw = values.withdraw === true;
      const result = await setPublisherStatus(
        admin,
        id,
        action === 'suspend' ? 'suspended' : 'active',
        { withdraw },
      );
      print(
        { publisher: result.publisher, withdrawn: result.withdrawn },
        action === 'resume'
          ? `Resumed ${id}: its uploads are accepted again.\n`
          : `Suspended ${id}: its uploads are rejected (reason "suspended").\n${
              withdraw
                ? `Withdrew ${result.withdrawn} live article(s) from the feeds.\n`
                : 'Its live articles stay in the feeds (--withdraw takes them out).\n'
            }`,
      );
      return;
    }
    case 'keys create': {
      const key = await createKey(admin, id);
      print(key, issuedText(key));
      return;
    }
    case 'keys list': {
      const keys = await listKeys(admin, id);
      print(
        keys.map(({ secretHash: _hash, ...key }) => key),
        formatKeys(keys),
      );
      return;
    }
    case 'keys revoke': {
      const key = await revokeKey(admin, id, keyId);
      const { secretHash: _hash, ...shown } = key;
      print(shown, `Revoked key ${key.keyId} of ${id} (at ${key.revokedAt}).\n`);
      return;
    }
  }
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const invocation = parse(argv, process.env);
  quietNodeVersionNotice();
  const { target } = invocation;
  const { admin, close } = await adminFor(target);
  try {
    await perform(invocation, admin, io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof PublisherConfigError) {
      io.stderr.write(`syndicate publishers: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof PublisherError) {
      io.stderr.write(`syndicate publishers: ${error.message}\n`);
      return EXIT.failure;
    }
    const unreachable = unreachableRegistry(error, target);
    if (unreachable !== null) {
      io.stderr.write(`syndicate publishers: ${unreachable}\n`);
      return EXIT.failure;
    }
    throw error;
  } finally {
    close();
  }
}

/** The `publishers` command. */
export const command: Command = {
  summary: 'manage publishers and their API keys (local pipeline by default)',
  help: HELP,
  run,
};
