/** `syndicate extract`: runs the extractor on local HTML files and prints the articles as JSON. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Article } from '../../shared/article.ts';
import {
  charsetName,
  ExtractionError,
  type ExtractionTrace,
  extractPage,
  type ProfilePage,
  recordingTrace,
  recordPage,
  type SiteProfile,
  type SiteTemplate,
  siteOf,
  templateFor,
} from '../../shared/extract/index.ts';
import type { Publisher } from '../../shared/publishers/publisher.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { type Command, type CommandIo, EXIT, UsageError } from '../command.ts';
import { formatExplanation } from './explain-format.ts';

const HELP = `Usage: syndicate extract FILE [FILE…] [--url URL] [--timezone TZ] [--publisher ID]
                        [--charset NAME] [--endpoint URL|aws] [--table NAME] [--no-template]
                        [--explain [--json]]

Extracts the article of each HTML page and prints it as JSON.

  One file:       the Article as one JSON object on stdout, exit 0. A page that is
                  not an article or cannot be read: one line on stderr saying why, exit 2.
  Several files:  JSON Lines on stdout in input order, one line per file: the Article
                  with a "file" field, or {"file": F, "error": "…"}; exit 0.
                  Pages of one site (the same canonical host) learn its template from
                  each other: a block found at the same place on most of the site's
                  other pages is furniture and left out (once the site has 3 pages).
  --explain:      instead of the article, says for each file what was chosen as the
                  body, what was removed and why (rule, class or selector, heading),
                  where each metadata field came from, and the outcome; one file that
                  is rejected still exits 2.

Options:
  --url URL         the page's address, used when the page names no canonical URL
                    (<link rel=canonical>, og:url, JSON-LD) and to resolve relative links;
                    with several files it applies to each
  --timezone TZ     IANA zone for dates written without an offset
                    (default: the publisher's, else UTC), e.g. Asia/Ho_Chi_Minh
  --publisher ID    apply a publisher's time zone, language and rules, read from the
                    registry: the local pipeline's (npm start), or with --endpoint aws
                    --table NAME a deployment's (the rule of \`syndicate publishers\`);
                    the sample publishers (${[...samplePublishersById.keys()].join(', ')}) need no server
  --charset NAME    the charset the files were served with (a Content-Type's charset),
                    e.g. windows-1251: it wins over the page's own declaration unless
                    the bytes contradict it (default: the page's declaration, else sniffed)
  --endpoint, --table  where the registry is, for --publisher
  --no-template     do not learn site templates from the other files
  --explain         explain the extraction (readable text)
  --json            with --explain: one JSON object per file (JSON Lines):
                    {"file", "explanation": {"body", "removed", "fields"}, "article" | "error"}
  -h, --help        show this help

Article fields: id, url, title, lead, authors, publishedAt, modifiedAt, language,
section, tags, contentHtml, contentText, images, image, wordCount, contentHash.

Examples:
  npx syndicate extract page.html --url https://example.vn/tin/a.html
  npx syndicate extract pages/*.html --publisher demo > articles.jsonl
  npx syndicate extract page.html --publisher bao-moi --endpoint aws --table <TableName>
  npx syndicate extract page.html --explain
  npx syndicate extract site/*.html --explain     (what each site's template removed)
`;

interface ExtractArgs {
  readonly files: readonly string[];
  readonly url?: string;
  readonly timezone?: string;
  /** `--charset`: the charset the files were served with. */
  readonly charset?: string;
  readonly publisher?: Publisher;
  /** `--publisher`, `--endpoint`, `--table` as given (resolved by {@link withPublisher}). */
  readonly publisherId?: string;
  readonly endpoint?: string;
  readonly table?: string;
  readonly explain: 'text' | 'json' | false;
  /** Learn each site's template from the other files. */
  readonly template: boolean;
}

function parse(args: readonly string[]): ExtractArgs {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /^Unknown option '([^']+)'/.exec(text)?.[1];
    throw new UsageError(option ? `unknown option ${option}` : text, { cause: error });
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('no FILE given');
  const { url, timezone } = values;
  if (url !== undefined && !/^https?:\/\/[^/\s]+/i.test(url)) {
    throw new UsageError(`--url must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  }
  if (timezone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone });
    } catch {
      throw new UsageError(`unknown time zone ${JSON.stringify(timezone)} for --timezone`);
    }
  }
  const { charset } = values;
  if (charset !== undefined && charsetName(charset) === null) {
    throw new UsageError(
      `unknown charset ${JSON.stringify(charset)} for --charset (e.g. windows-1251, shift_jis)`,
    );
  }
  const { publisher: publisherId, endpoint, table } = values;
  if ((endpoint !== undefined || table !== undefined) && publisherId === undefined) {
    throw new UsageError('--endpoint and --table go with --publisher (where its registry is)');
  }
  if (values.json === true && values.explain !== true) {
    throw new UsageError('--json goes with --explain (the article is JSON already)');
  }
  const explain = values.explain === true ? (values.json === true ? 'json' : 'text') : false;
  const template = values['no-template'] !== true;
  return {
    files: positionals,
    url,
    timezone,
    ...(charset === undefined ? {} : { charset }),
    ...(publisherId === undefined ? {} : { publisherId }),
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(table === undefined ? {} : { table }),
    explain,
    template,
  };
}

/**
 * Resolves `--publisher`: a sample publisher at once (unless `--endpoint`/`--table` point at a
 * registry), any other from the registry.
 *
 * @returns the arguments with the publisher, or the exit code after saying why there is none
 * @throws UsageError for a publisher the registry does not have
 */
async function withPublisher(args: ExtractArgs, io: CommandIo): Promise<ExtractArgs | number> {
  const id = args.publisherId;
  if (id === undefined) return args;
  const sample = samplePublishersById.get(id);
  if (sample !== undefined && args.endpoint === undefined && args.table === undefined) {
    return { ...args, publisher: sample };
  }
  // Loaded only here: extraction alone never needs the SDK.
  const { openRegistry, registryTarget, unreachableRegistry } = await import(
    './registry-access.ts'
  );
  const { quietNodeVersionNotice } = await import('../../local/runtime/node-warnings.ts');
  const target = registryTarget(args.endpoint, args.table, io.env);
  quietNodeVersionNotice();
  const { registry, close } = await openRegistry(target);
  try {
    const record = await registry.get(id);
    if (record === null) {
      throw new UsageError(
        `unknown publisher ${JSON.stringify(id)}: the registry (table ${JSON.stringify(target.name)}${target.endpoint === undefined ? '' : ` at ${target.endpoint}`}) has no such publisher`,
      );
    }
    return { ...args, publisher: record };
  } catch (error) {
    const unreachable = unreachableRegistry(error, target);
    if (unreachable === null) throw error;
    io.stderr.write(
      `syndicate extract: cannot read publisher ${JSON.stringify(id)}: ${unreachable}\n`,
    );
    return EXIT.failure;
  } finally {
    close();
  }
}

function parseOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      url: { type: 'string' },
      timezone: { type: 'string' },
      charset: { type: 'string' },
      publisher: { type: 'string' },
      endpoint: { type: 'string' },
      table: { type: 'string' },
      explain: { type: 'boolean' },
      json: { type: 'boolean' },
      'no-template': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
}

function errnoCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

type Result = { article: Article } | { error: string };

/** Reads one file; a file that cannot be read comes back as a message. */
async function readPage(file: string): Promise<{ bytes: Buffer } | { error: string }> {
  try {
    return { bytes: await readFile(file) };
  } catch (error) {
    const code = errnoCode(error);
    const why =
      code === 'ENOENT'
        ? 'no such file or directory'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? 'cannot read');
    return { error: `Cannot read the file: ${why}` };
  }
}

/** Extracts one page; rejected input comes back as a message, bugs propagate. */
function extractBytes(
  bytes: Buffer,
  args: ExtractArgs,
  extra: { trace?: ExtractionTrace; template?: SiteTemplate | null },
): { article: Article; profilePage: ProfilePage } | { error: string } {
  try {
    return extractPage(bytes, {
      url: args.url,
      timezone: args.timezone,
      publisher: args.publisher,
      charset: args.charset,
      ...extra,
    });
  } catch (error) {
    if (error instanceof ExtractionError) return { error: error.message };
    throw error;
  }
}

/**
 * Extracts every file, in input order. With several files and templates on, a first pass
 * builds each site's profile from all the pages, and a page whose site has a usable template
 * is extracted again with it.
 */
async function extractAll(
  args: ExtractArgs,
  each: (file: string, result: Result, trace?: ExtractionTrace) => void,
  traced: () => { trace: ExtractionTrace; done: (file: string, result: Result) => void } | null,
): Promise<void> {
  const pages: { file: string; bytes: Buffer | null; result: Result; url: string | null }[] = [];
  const profiles = new Map<string, SiteProfile>();
  const learn = args.template && args.files.length > 1;
  for (const file of args.files) {
    const read = await readPage(file);
    if ('error' in read) {
      pages.push({ file, bytes: null, result: read, url: null });
      continue;
    }
    const first = extractBytes(read.bytes, args, {});
    if ('error' in first || !learn) {
      pages.push({ file, bytes: read.bytes, result: first, url: null });
      continue;
    }
    const site = siteOf(first.article.url);
    profiles.set(site, recordPage(profiles.get(site) ?? null, first.profilePage));
    pages.push({ file, bytes: read.bytes, result: first, url: first.article.url });
  }
  for (const page of pages) {
    const template =
      page.url === null ? null : templateFor(profiles.get(siteOf(page.url)) ?? null, page.url);
    const tracing = traced();
    if (page.bytes === null || (template === null && tracing === null)) {
      each(page.file, page.result);
      continue;
    }
    const again = extractBytes(page.bytes, args, {
      template,
      ...(tracing === null ? {} : { trace: tracing.trace }),
    });
    const result: Result = 'error' in again ? again : { article: again.article };
    if (tracing === null) each(page.file, result);
    else tracing.done(page.file, result);
  }
}

/** `--explain`: the explanation of each file instead of its article. */
async function explain(args: ExtractArgs, io: CommandIo): Promise<number> {
  let rejected = false;
  let i = 0;
  await extractAll(
    args,
    (file, result) => {
      // A file that could not be read: nothing was traced.
      const { explanation } = recordingTrace();
      write(file, explanation, result);
    },
    () => {
      const { trace, explanation } = recordingTrace();
      return { trace, done: (file, result) => write(file, explanation, result) };
    },
  );
  function write(
    file: string,
    explanation: ReturnType<typeof recordingTrace>['explanation'],
    result: Result,
  ): void {
    rejected ||= 'error' in result;
    if (args.explain === 'json')
      io.stdout.write(`${JSON.stringify({ file, explanation, ...result })}\n`);
    else io.stdout.write(`${i > 0 ? '\n' : ''}${formatExplanation(file, explanation, result)}`);
    i++;
  }
  return rejected && args.files.length === 1 ? EXIT.usage : EXIT.ok;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = await withPublisher(parse(argv), io);
  if (typeof args === 'number') return args;
  if (args.explain !== false) return explain(args, io);
  if (args.files.length === 1) {
    let code: number = EXIT.ok;
    await extractAll(
      args,
      (file, result) => {
        if ('error' in result) {
          io.stderr.write(`syndicate extract: ${file}: ${result.error}\n`);
          code = EXIT.usage;
          return;
        }
        io.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
      },
      () => null,
    );
    return code;
  }
  await extractAll(
    args,
    (file, result) => {
      const line = 'error' in result ? { file, error: result.error } : { file, ...result.article };
      io.stdout.write(`${JSON.stringify(line)}\n`);
    },
    () => null,
  );
  return EXIT.ok;
}

/** The `extract` command. */
export const command: Command = {
  summary: 'extract articles from HTML files and print them as JSON',
  help: HELP,
  run,
};
