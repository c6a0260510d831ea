/**
 * `npm run validate:feeds`: starts the local runtime in a fresh data folder with the sample
 * pages (and, with `--pages DIR`, every `.html` or `.html.gz` page of a folder), then checks
 * every feed it publishes: RSS and Atom with the W3C feed validator's checker (fetched by URL,
 * so the HTTP headers are checked too) and with `xmllint`, JSON Feed by parsing it. The checker
 * is the team's `../shared/tools/validate-feed`, run where it is, never copied into the
 * repository; without it the command says where it looked and how to point it elsewhere.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { FEED_DIRECTORY_KEY } from '../../shared/feeds/directory.ts';
import { FEEDS_KEY_PREFIX, feedFormatOf } from '../../shared/feeds/feed-ref.ts';
import { addPublisher } from '../../shared/publishers/admin.ts';
import { localDocumentClient, localDynamoDbClient, localS3Client } from '../runtime/clients.ts';
import { startLocalRuntime } from '../runtime/start-runtime.ts';
import { throwawayRuntimeOptions } from '../runtime/throwaway-options.ts';
import { PAGES_PUBLISHER_ID, publisherForPages } from './pages-publisher.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the checker is on the team's machines: beside the repository. */
export const DEFAULT_VALIDATOR = resolve(ROOT, '..', 'shared', 'tools', 'validate-feed');

const HELP = `Usage: npm run validate:feeds -- [options]

Starts the local runtime with the sample pages in a temporary folder and checks every feed it
publishes: RSS and Atom with the W3C feed validator's checker and xmllint, JSON Feed by parsing.
Exit 0 when no feed has an error (warnings are printed), 1 otherwise, 2 when a tool is missing.

Options:
  --pages DIR         also ingest every .html or .html.gz page of DIR, as a publisher whose
                      domains are the pages' canonical hosts
  --validator PATH    the checker (default ../shared/tools/validate-feed beside the repository)
                      [SYNDICATE_FEED_VALIDATOR]
  -h, --help          show this help
`;

interface Outcome {
  readonly code: number;
  readonly output: string;
}

function run(command: string, args: readonly string[]): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', (error) => done({ code: 127, output: error.message }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function pagesOf(dir: string): Promise<{ name: string; body: Buffer }[]> {
  const names = (await readdir(dir)).filter((name) => /\.html(\.gz)?$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(dir, name));
      return {
        name: name.replace(/\.gz$/, ''),
        body: name.endsWith('.gz') ? gunzipSync(raw) : raw,
      };
    }),
  );
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      pages: { type: 'string' },
      validator: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const validator = resolve(
    values.validator ?? process.env.SYNDICATE_FEED_VALIDATOR ?? DEFAULT_VALIDATOR,
  );
  if (!(await executable(validator))) {
    process.stderr.write(
      `validate:feeds: no feed checker at ${validator}. It is the W3C feed validator's checker ` +
        "from the team's shared tools (../shared/tools/validate-feed beside the repository); " +
        'pass --validator PATH (or SYNDICATE_FEED_VALIDATOR) where you have it.\n',
    );
    return 2;
  }
  if ((await run('xmllint', ['--version'])).code === 127) {
    process.stderr.write(
      'validate:feeds: xmllint is not installed (Debian: apt-get install libxml2-utils).\n',
    );
    return 2;
  }
  const pages = values.pages === undefined ? [] : await pagesOf(resolve(values.pages));

  const dataDir = await mkdtemp(join(tmpdir(), 'validate-feeds-'));
  const runtime = await startLocalRuntime({ ...throwawayRuntimeOptions(dataDir), samples: true });
  const s3 = localS3Client(runtime.urls.s3, runtime.region);
  try {
    const publisher = publisherForPages(pages);
    if (publisher !== null) {
      const dynamo = localDynamoDbClient(runtime.urls.dynamoDb, runtime.region);
      try {
        const registry = new DynamoPublisherRegistry(
          runtime.tableName,
          localDocumentClient(dynamo),
        );
        await addPublisher({ registry, keys: registry }, publisher);
      } finally {
        dynamo.destroy();
      }
    }
    for (const page of pages) {
      await s3.send(
        new PutObjectCommand({
          Bucket: runtime.inboxBucket,
          Key: `${PAGES_PUBLISHER_ID}/pages/${page.name}`,
          Body: page.body,
          ContentType: 'text/html',
        }),
      );
    }
    await runtime.idle();
    const listing = await s3.send(
      new ListObjectsV2Command({ Bucket: runtime.feedsBucket, Prefix: FEEDS_KEY_PREFIX }),
    );
    // The feed directory (OPML) goes through the same checker and xmllint as the XML feeds.
    const keys = (listing.Contents ?? [])
      .map((object) => object.Key ?? '')
      .filter((key) => feedFormatOf(key) !== null || key === FEED_DIRECTORY_KEY)
      .sort();
    const urlOf = (key: string) => `${runtime.urls.feeds}/${key}`;
    const xml = keys.filter((key) => feedFormatOf(key) !== 'json');
    let failed = false;

    process.stdout.write(
      `${pages.length + runtime.samplesUploaded} pages ingested; checking ${keys.length} feeds\n`,
    );
    const checked = await run(validator, xml.map(urlOf));
    process.stdout.write(checked.output);
    if (checked.code !== 0) failed = true;

    for (const key of keys) {
      const body = Buffer.from(await (await fetch(urlOf(key))).arrayBuffer());
      if (feedFormatOf(key) === 'json') {
        try {
          const feed = JSON.parse(body.toString('utf8')) as { version?: unknown };
          if (feed.version !== 'https://jsonfeed.org/version/1.1') throw new Error('no version');
          process.stdout.write(`${urlOf(key)}: JSON Feed 1.1, parses\n`);
        } catch (error) {
          failed = true;
          process.stdout.write(`${urlOf(key)}: error: not a JSON Feed 1.1 (${String(error)})\n`);
        }
        continue;
      }
      const file = join(dataDir, 'xmllint-input.xml');
      await writeFile(file, body);
      const linted = await run('xmllint', ['--noout', file]);
      if (linted.code !== 0) failed = true;
      process.stdout.write(
        linted.code === 0
          ? `${urlOf(key)}: xmllint: well-formed\n`
          : `${urlOf(key)}: xmllint: ${linted.output.trim()}\n`,
      );
    }
    process.stdout.write(failed ? 'Some feeds have errors.\n' : 'No feed has an error.\n');
    return failed ? 1 : 0;
  } finally {
    s3.destroy();
    await runtime.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `validate:feeds: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
