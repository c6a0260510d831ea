/** `syndicate extract`: runs the extractor on local HTML files and prints the articles as JSON. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Article } from '../../shared/article.ts';
import {
  ExtractionError,
  type ExtractionTrace,
  extractArticle,
  recordingTrace,
} from '../../shared/extract/index.ts';
import type { Publisher } from '../../shared/publishers/publisher.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { type Command, type CommandIo, EXIT, UsageError } from '../command.ts';
import { formatExplanation } from './explain-format.ts';

const HELP = `Usage: syndicate extract FILE [FILE…] [--url URL] [--timezone TZ] [--publisher ID]
                        [--explain [--json]]

Extracts the article of each HTML page and prints it as JSON.

  One file:       the Article as one JSON object on stdout, exit 0. A page that is
                  not an article or cannot be read: one line on stderr saying why, exit 2.
  Several files:  JSON Lines on stdout in input order, one line per file: the Article
                  with a "file" field, or {"file": F, "error": "…"}; exit 0.
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
  --publisher ID    apply a configured publisher's time zone, language and rules
                    (known: ${[...samplePublishersById.keys()].join(', ')})
  --explain         explain the extraction (readable text)
  --json            with --explain: one JSON object per file (JSON Lines):
                    {"file", "explanation": {"body", "removed", "fields"}, "article" | "error"}
  -h, --help        show this help

Article fields: id, url, title, lead, authors, publishedAt, modifiedAt, language,
section, tags, contentHtml, contentText, images, wordCount, contentHash.

Examples:
  npx syndicate extract page.html --url https://example.vn/tin/a.html
  npx syndicate extract pages/*.html --publisher demo > articles.jsonl
  npx syndicate extract page.html --explain
`;

interface ExtractArgs {
  readonly files: readonly string[];
  readonly url?: string;
  readonly timezone?: string;
  readonly publisher?: Publisher;
  readonly explain: 'text' | 'json' | false;
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
  let publisher: Publisher | undefined;
  if (values.publisher !== undefined) {
    publisher = samplePublishersById.get(values.publisher);
    if (publisher === undefined) {
      throw new UsageError(
        `unknown publisher ${JSON.stringify(values.publisher)} (known: ${[...samplePublishersById.keys()].join(', ')})`,
      );
    }
  }
  if (values.json === true && values.explain !== true) {
    throw new UsageError('--json goes with --explain (the article is JSON already)');
  }
  const explain = values.explain === true ? (values.json === true ? 'json' : 'text') : false;
  return { files: positionals, url, timezone, publisher, explain };
}

function parseOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      url: { type: 'string' },
      timezone: { type: 'string' },
      publisher: { type: 'string' },
      explain: { type: 'boolean' },
      json: { type: 'boolean' },
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

/** Reads and extracts one file; rejected input comes back as a message, bugs propagate. */
async function extractFile(
  file: string,
  args: ExtractArgs,
  trace?: ExtractionTrace,
): Promise<{ article: Article } | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
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
  try {
    const article = extractArticle(bytes, {
      url: args.url,
      timezone: args.timezone,
      publisher: args.publisher,
      trace,
    });
    return { article };
  } catch (error) {
    if (error instanceof ExtractionError) return { error: error.message };
    throw error;
  }
}

/** `--explain`: the explanation of each file instead of its article. */
async function explain(args: ExtractArgs, io: CommandIo): Promise<number> {
  let rejected = false;
  for (const [i, file] of args.files.entries()) {
    const { trace, explanation } = recordingTrace();
    const result = await extractFile(file, args, trace);
    rejected ||= 'error' in result;
    if (args.explain === 'json')
      io.stdout.write(`${JSON.stringify({ file, explanation, ...result })}\n`);
    else io.stdout.write(`${i > 0 ? '\n' : ''}${formatExplanation(file, explanation, result)}`);
  }
  return rejected && args.files.length === 1 ? EXIT.usage : EXIT.ok;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parse(argv);
  if (args.explain !== false) return explain(args, io);
  const [only] = args.files;
  if (args.files.length === 1 && only !== undefined) {
    const result = await extractFile(only, args);
    if ('error' in result) {
      io.stderr.write(`syndicate extract: ${only}: ${result.error}\n`);
      return EXIT.usage;
    }
    io.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const file of args.files) {
    const result = await extractFile(file, args);
    const line = 'error' in result ? { file, error: result.error } : { file, ...result.article };
    io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return EXIT.ok;
}

/** The `extract` command. */
export const command: Command = {
  summary: 'extract articles from HTML files and print them as JSON',
  help: HELP,
  run,
};
