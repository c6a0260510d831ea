/**
 * `syndicate start` (`npm start`): runs the whole pipeline locally until Ctrl-C or SIGTERM.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { legacyOpenSslEnabled } from '../../local/emulators/s3-server.ts';
import { LOCAL_CREDENTIALS } from '../../local/runtime/defaults.ts';
import { LocalRuntimeError } from '../../local/runtime/errors.ts';
import { quietNodeVersionNotice } from '../../local/runtime/node-warnings.ts';
import type { LocalRuntime } from '../../local/runtime/start-runtime.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { hubUrlSetting } from '../../shared/websub/hub-url.ts';
import { type Command, type CommandIo, EXIT } from '../command.ts';
import { asUsage, portFlag } from './usage.ts';

const HELP = `Usage: syndicate start [options]      (npm start)

Runs the pipeline on this machine with the same handler code as on AWS: DynamoDB Local
(Java) and an S3-compatible server with the table and the buckets "inbox" and "feeds";
S3 events → ingest handler (SQS-shaped batches, retries, dead letters); the table's
stream → feeds handler; the feeds served over HTTP like the CDN; the folder inbox/
uploaded as it changes. The first start ingests sample pages. Ctrl-C stops everything.

Options (environment variable in brackets):
  --http-port N       feeds HTTP server (default 3000) [SYNDICATE_HTTP_PORT]
  --s3-port N         S3 endpoint (default 4569) [SYNDICATE_S3_PORT]
  --dynamodb-port N   DynamoDB Local (default 8000) [SYNDICATE_DYNAMODB_PORT]
                      (0 picks a free port)
  --data-dir DIR      persisted data: table, buckets, dead letters; delete it to
                      start afresh (default .local/ in the project) [SYNDICATE_DATA_DIR]
  --inbox-dir DIR     folder mirrored into the inbox bucket
                      (default inbox/ in the project) [SYNDICATE_INBOX_DIR]
  --no-watch          do not watch a folder
  --no-samples        do not ingest the sample pages on a first start
  --hub URL           advertise an external WebSub hub and send it publish pings,
                      instead of the built-in hub at /hub [SYNDICATE_HUB_URL]
  -h, --help          show this help
`;

function parseOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      'http-port': { type: 'string' },
      's3-port': { type: 'string' },
      'dynamodb-port': { type: 'string' },
      'data-dir': { type: 'string' },
      'inbox-dir': { type: 'string' },
      'no-watch': { type: 'boolean' },
      'no-samples': { type: 'boolean' },
      hub: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
}

function parse(args: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  const { values } = asUsage(() => parseOptions(args));
  return {
    httpPort: portFlag(values['http-port'], '--http-port'),
    s3Port: portFlag(values['s3-port'], '--s3-port'),
    dynamoDbPort: portFlag(values['dynamodb-port'], '--dynamodb-port'),
    dataDir: values['data-dir'],
    inboxDir: values['no-watch'] ? (false as const) : values['inbox-dir'],
    samples: !values['no-samples'],
    hubUrl: asUsage(() => externalHub(values.hub ?? env.SYNDICATE_HUB_URL)),
  };
}

function externalHub(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return hubUrlSetting(value, '--hub');
}

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

function display(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' ? '.' : shown.startsWith('..') ? path : `./${shown}`;
}

/**
 * The banner printed once the runtime runs: what runs where, and how to use it.
 *
 * @param runtime - the running local runtime
 * @returns the text
 */
export function banner(runtime: LocalRuntime): string {
  const feeds = runtime.urls.feeds;
  const publishers = [...samplePublishersById.keys()];
  const lines = [
    '',
    `Syndication pipeline running locally (data in ${display(runtime.dataDir)})`,
    '',
    `  Feeds            ${feeds}/   (directory of feeds, latest articles, rejections)`,
    `                   ${feeds}/feeds/all.xml    RSS 2.0, all publishers`,
    `                   ${feeds}/feeds/all.atom   Atom 1.0, all publishers`,
    `                   ${feeds}/feeds/all.json   JSON Feed 1.1, all publishers`,
    ...publishers.map(
      (id) => `                   ${feeds}/feeds/${id}.xml|.atom|.json   publisher ${id}`,
    ),
    runtime.urls.hub === `${feeds}/hub`
      ? `  WebSub hub       ${runtime.urls.hub}   (subscribe: POST hub.mode, hub.topic, hub.callback)`
      : `  WebSub hub       ${runtime.urls.hub}   (external: sent a publish ping per changed feed)`,
    `  S3 endpoint      ${runtime.urls.s3}   buckets: ${runtime.inboxBucket} (pages in), ${runtime.feedsBucket} (feeds out)`,
    `  DynamoDB Local   ${runtime.urls.dynamoDb}   table: ${runtime.tableName}`,
    runtime.inboxDir === undefined
      ? '  Inbox folder     (not watched)'
      : `  Inbox folder     ${display(runtime.inboxDir)}/<publisher>/…   publishers: ${publishers.join(', ')}`,
    '',
    'Upload pages:',
    ...(runtime.inboxDir === undefined
      ? []
      : [`  cp page.html ${display(runtime.inboxDir)}/demo/`]),
    '  npx syndicate upload page.html --publisher demo',
    `  AWS_ACCESS_KEY_ID=${LOCAL_CREDENTIALS.accessKeyId} AWS_SECRET_ACCESS_KEY=${LOCAL_CREDENTIALS.secretAccessKey} AWS_REGION=${runtime.region} \\`,
    `    aws s3 cp page.html s3://${runtime.inboxBucket}/demo/ --endpoint-url ${runtime.urls.s3}`,
    ...(runtime.demoApiKey === null
      ? []
      : [
          `  curl -X PUT -H 'Authorization: Bearer ${runtime.demoApiKey}' \\`,
          `    -H 'Content-Type: text/html' --data-binary @page.html ${runtime.urls.api}/pages/page.html`,
          `  curl -H 'Authorization: Bearer ${runtime.demoApiKey}' ${runtime.urls.api}/pages/page.html`,
        ]),
    'See what happened: npx syndicate status      Stop: Ctrl-C',
    '',
  ];
  return `${lines.join('\n')}\n`;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const env = io.env ?? process.env;
  const options = parse(argv, env);
  quietNodeVersionNotice();
  const log = (line: string) => io.stdout.write(`${clock()} ${line}\n`);
  if (!legacyOpenSslEnabled()) {
    log(
      'note: run through `npm start` (node --openssl-legacy-provider) so that S3 listings of more than 1000 objects work',
    );
  }
  let runtime: LocalRuntime;
  try {
    // Loaded here, not at the top: `syndicate --help` lists this command without loading the SDK.
    const { startLocalRuntime } = await import('../../local/runtime/start-runtime.ts');
    const { hubUrl, ...rest } = options;
    // The runtime checks ports and Java first, then says what it starts.
    runtime = await startLocalRuntime({
      ...rest,
      log,
      env,
      ...(hubUrl === undefined ? {} : { hub: { external: hubUrl } }),
    });
  } catch (error) {
    if (error instanceof LocalRuntimeError) {
      io.stderr.write(`syndicate start: ${error.message}\n`);
      if (env.SYNDICATE_DEBUG && error.cause instanceof Error) {
        io.stderr.write(`${error.cause.stack ?? ''}\n`);
      }
      return EXIT.failure;
    }
    throw error;
  }
  io.stdout.write(banner(runtime));

  const reason = await new Promise<string>((resolve) => {
    for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(name, resolve);
    // \`npm start\` runs us through \`sh\`; a SIGTERM to npm ends npm and sh but not us. Seeing our
    // parent gone, stop as if signalled, rather than keep servers and Java running unowned.
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid !== parent) resolve('parent process gone');
    }, 500);
    watch.unref();
  });
  log(`${reason}: stopping (press Ctrl-C again to force)…`);
  // A second signal forces the exit; the process-group watchdog still takes java down with us.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  await runtime.stop();
  log('stopped: DynamoDB Local, S3 server and feeds server are down');
  return EXIT.ok;
}

/** The `start` command. */
export const command: Command = {
  summary: 'run the whole pipeline locally (npm start)',
  help: HELP,
  run,
};
