/**
 * `syndicate upload`: puts HTML pages into the inbox bucket, of the local pipeline by default or
 * of a real deployment.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { S3Client } from '@aws-sdk/client-s3';
import { inboxKey, isTemporaryFile } from '../../local/inbox/upload.ts';
import { localDefaults } from '../../local/runtime/defaults.ts';
import { quietNodeVersionNotice } from '../../local/runtime/node-warnings.ts';
import { ID_PATTERN } from '../../shared/publishers/publisher.ts';
import { type Command, type CommandIo, EXIT, UsageError } from '../command.ts';
import { isConnectionRefused, missingAwsSetting, resolveTarget, type Target } from './target.ts';
import { asUsage } from './usage.ts';

const HELP = `Usage: syndicate upload FILE|DIR [FILE|DIR…] --publisher ID [--endpoint URL|aws] [--bucket NAME] [--source-url URL]

Uploads HTML pages to the inbox bucket as <publisher>/<path>; the pipeline turns each into an
article or a recorded rejection (see \`syndicate status\`). A FILE is uploaded as
<publisher>/<file name>; a DIR recursively, keeping the paths below it.

Where it goes:
  (no --endpoint)        the local pipeline of \`npm start\`: http://127.0.0.1:<S3 port>
                         (4569, or SYNDICATE_S3_PORT), bucket "inbox", local credentials
  --endpoint URL         a local URL (localhost, 127.0.0.1, [::1]) is treated the same way;
                         any other URL is an S3-compatible service, reached with the
                         standard AWS credential chain (env, profile, SSO, instance role)
  --endpoint aws         the real Amazon S3 with the standard AWS credential chain and
                         region (AWS_REGION / profile); --bucket is required: the stack's
                         InboxBucketName output

Options:
  --publisher ID         the publisher the pages belong to (see \`syndicate publishers list\`;
                         a page of an unregistered publisher is rejected)
  --bucket NAME          the inbox bucket (default "inbox" on the local pipeline)
  --source-url URL       the page's public URL, for a page without a canonical link
                         (one FILE only; stored as x-amz-meta-source-url)
  -h, --help             show this help

Examples:
  npx syndicate upload page.html --publisher demo
  npx syndicate upload ./pages --publisher demo
  npx syndicate upload page.html --publisher demo --endpoint aws --bucket syndication-prod-inbox-…
`;

/** Where an upload goes, by the rule in the help text. */
export interface UploadTarget {
  readonly kind: Target['kind'];
  readonly endpoint: string | undefined;
  readonly bucket: string;
}

/**
 * Works out the target of an upload from `--endpoint` and `--bucket`.
 *
 * @param endpoint - the `--endpoint` value, if any
 * @param bucket - the `--bucket` value, if any
 * @param env - the environment (for the local S3 port)
 * @returns the target
 * @throws UsageError when the endpoint is not a URL, or a bucket is needed and missing
 */
export function uploadTarget(
  endpoint: string | undefined,
  bucket: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): UploadTarget {
  const defaults = localDefaults(env);
  const target = resolveTarget(endpoint, bucket, {
    localEndpoint: `http://127.0.0.1:${defaults.s3Port}`,
    localName: defaults.inboxBucket,
    flag: '--bucket',
    output: 'InboxBucketName',
  });
  return { kind: target.kind, endpoint: target.endpoint, bucket: target.name };
}

async function clientFor(target: UploadTarget): Promise<S3Client> {
  if (target.kind === 'local' && target.endpoint !== undefined) {
    const { localS3Client } = await import('../../local/runtime/clients.ts');
    return localS3Client(target.endpoint, localDefaults().region);
  }
  const { createS3Client } = await import('../../shared/adapters/aws-client-factories.ts');
  return createS3Client({
    region: process.env.AWS_REGION,
    ...(target.endpoint === undefined ? {} : { endpoint: target.endpoint, forcePathStyle: true }),
  });
}

/** Lists the files to upload with their path below the argument they came from. */
async function filesOf(path: string): Promise<{ file: string; relativePath: string }[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [{ file: path, relativePath: basename(path) }];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !isTemporaryFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({ file, relativePath: relative(path, file) }));
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error.message || error.name;
}

function parseOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      publisher: { type: 'string' },
      endpoint: { type: 'string' },
      bucket: { type: 'string' },
      'source-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

function parse(args: readonly string[]) {
  const { values, positionals } = asUsage(() => parseOptions(args));
  if (positionals.length === 0) throw new UsageError('no FILE or DIR given');
  if (values.publisher === undefined) throw new UsageError('--publisher is required');
  // Whether it is registered is the pipeline's to say (an `unknown-publisher` rejection): the
  // registry may be on another endpoint than the inbox, or change after the upload.
  if (!ID_PATTERN.test(values.publisher)) {
    throw new UsageError(
      `--publisher must be a publisher id like "demo", got ${JSON.stringify(values.publisher)}`,
    );
  }
  const sourceUrl = values['source-url'];
  if (sourceUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(sourceUrl)) {
    throw new UsageError(
      `--source-url must be an absolute http(s) URL, got ${JSON.stringify(sourceUrl)}`,
    );
  }
  return {
    paths: positionals,
    publisher: values.publisher,
    target: uploadTarget(values.endpoint, values.bucket),
    sourceUrl,
  };
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { paths, publisher, target, sourceUrl } = parse(argv);
  quietNodeVersionNotice();
  const files: { file: string; relativePath: string }[] = [];
  // A FILE or DIR that cannot be read is bad input (exit 2); a failed upload is a failure (1).
  let unreadable = 0;
  let failed = 0;
  for (const path of paths) {
    try {
      files.push(...(await filesOf(path)));
    } catch (error) {
      io.stderr.write(`syndicate upload: ${path}: ${errorText(error)}\n`);
      unreadable += 1;
    }
  }
  if (sourceUrl !== undefined && files.length !== 1) {
    throw new UsageError('--source-url applies to one FILE only');
  }
  const s3 = await clientFor(target);
  const { uploadPage } = await import('../../local/inbox/upload.ts');
  try {
    for (const { file, relativePath } of files) {
      const key = inboxKey(publisher, relativePath);
      try {
        const body = await readFile(file);
        await uploadPage(s3, target.bucket, key, body, { sourceUrl });
        io.stdout.write(`uploaded ${file} → s3://${target.bucket}/${key} (${body.length} bytes)\n`);
      } catch (error) {
        if (target.kind === 'local' && isConnectionRefused(error)) {
          io.stderr.write(
            `syndicate upload: no S3 server at ${target.endpoint}: start the local pipeline with \`npm start\`\n`,
          );
          return EXIT.failure;
        }
        const missing = missingAwsSetting(error, { ...target, name: target.bucket });
        if (missing !== null) {
          io.stderr.write(`syndicate upload: ${missing}\n`);
          return EXIT.failure;
        }
        io.stderr.write(`syndicate upload: ${file}: ${errorText(error)}\n`);
        failed += 1;
      }
    }
  } finally {
    s3.destroy();
  }
  if (target.kind === 'local' && files.length > failed) {
    io.stdout.write(
      `Uploaded ${files.length - failed} of ${files.length}. See the outcome with \`npx syndicate status\`.\n`,
    );
  }
  if (failed > 0) return EXIT.failure;
  return unreadable > 0 ? EXIT.usage : EXIT.ok;
}

/** The `upload` command. */
export const command: Command = {
  summary: 'upload HTML pages to the inbox bucket (local pipeline by default)',
  help: HELP,
  run,
};
