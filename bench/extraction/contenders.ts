/**
 * The extractors the benchmark runs side by side on the same pages: this project's
 * `extractArticle`, Mozilla Readability on linkedom and on jsdom (as the upstream benchmark runs
 * it: `textContent` of the parsed article), and the bare parsers as the floor.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { load as loadParse5 } from 'cheerio';
import { load as loadHtmlparser2 } from 'cheerio/slim';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { BenchPage } from './dataset.ts';
import { splitByline } from './metadata-scoring.ts';

/** The metadata one extractor read from one page (what it offers; null when it has none). */
export interface ExtractedMetadata {
  readonly title: string | null;
  readonly authors: readonly string[];
  /** The publication date as the extractor gives it (ISO 8601 or the page's own text). */
  readonly published: string | null;
  readonly lead: string | null;
  /**
   * Whether the lead was taken out of `text` (this project's `lead`, Readability's `excerpt` is
   * not): the news set's truth body starts with the standfirst, so it is scored before the body.
   */
  readonly leadOutsideText: boolean;
}

/** What one extractor made of one page. */
export interface Extraction {
  /** The extracted body text ('' when the extractor threw or found nothing). */
  readonly text: string;
  /** Why the output is empty, when the extractor threw or rejected the page. */
  readonly error?: string;
  /** The metadata, when the extractor reads any (the parsers alone do not). */
  readonly metadata?: ExtractedMetadata;
}

/** One extractor under test. */
export interface Contender {
  /** Short id used in tables, `--peers` and JSON. */
  readonly id: string;
  /** Human label. */
  readonly label: string;
  /** Whether its output is scored (parsers alone only give the speed floor). */
  readonly scored: boolean;
  /** Extracts one page. Must not throw. */
  readonly run: (page: BenchPage) => Extraction;
  /**
   * The extractor's whole result for one page as JSON, or its error (this project only: what
   * `--dump` writes, to show that a change left every field of every page as it was).
   */
  readonly dump?: (page: BenchPage) => string;
}

/** The shape of `shared/extract/index.ts` that the benchmark relies on. */
interface ExtractorModule {
  extractArticle(
    html: Buffer | string,
    options: { url?: string },
  ): {
    contentText: string;
    title: string;
    authors: readonly string[];
    publishedAt: string | null;
    lead: string | null;
  };
}

const EXTRACTOR_PATH = resolve(
  fileURLToPath(new URL('../..', import.meta.url)),
  'shared',
  'extract',
  'index.ts',
);

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const reason = (error as { reason?: unknown }).reason;
    if (typeof reason === 'string') return `${error.name}(${reason})`;
    // A crash, not a verdict on the page: say where it came from.
    return `${error.name}: ${error.message.slice(0, 80)}`;
  }
  return String(error);
}

/**
 * Loads this project's extractor. Imported at run time so that the benchmark still runs (with
 * the peers only) in a checkout where the extractor is absent.
 *
 * @returns the contender, or why it is unavailable (the module is missing or fails to load)
 */
export async function projectContender(): Promise<Contender | string> {
  if (!existsSync(EXTRACTOR_PATH)) return `${EXTRACTOR_PATH} not found`;
  let extractArticle: ExtractorModule['extractArticle'];
  try {
    ({ extractArticle } = (await import(pathToFileURL(EXTRACTOR_PATH).href)) as ExtractorModule);
  } catch (error) {
    return `${EXTRACTOR_PATH} failed to load: ${error instanceof Error ? error.message : error}`;
  }
  return {
    id: 'project',
    label: 'this project (extractArticle)',
    scored: true,
    run(page) {
      try {
        const article = extractArticle(page.html, { url: page.url });
        return {
          text: article.contentText,
          metadata: {
            title: article.title,
            authors: article.authors,
            published: article.publishedAt,
            lead: article.lead,
            leadOutsideText: true,
          },
        };
      } catch (error) {
        return { text: '', error: describeError(error) };
      }
    },
    dump(page) {
      try {
        return JSON.stringify(extractArticle(page.html, { url: page.url }));
      } catch (error) {
        return JSON.stringify({ error: describeError(error) });
      }
    },
  };
}

function readabilityExtraction(document: unknown): Extraction {
  const article = new Readability(document as ConstructorParameters<typeof Readability>[0]).parse();
  if (article === null) return { text: '', error: 'null (no article found)' };
  return {
    text: article.textContent ?? '',
    metadata: {
      title: article.title ?? null,
      authors: splitByline(article.byline),
      published: article.publishedTime ?? null,
      lead: article.excerpt ?? null,
      leadOutsideText: false,
    },
  };
}

/** Mozilla Readability on linkedom's DOM. */
export const readabilityLinkedom: Contender = {
  id: 'readability-linkedom',
  label: '@mozilla/readability + linkedom',
  scored: true,
  run(page) {
    try {
      return readabilityExtraction(parseHTML(page.html.toString('utf8')).document);
    } catch (error) {
      return { text: '', error: describeError(error) };
    }
  },
};

/** Mozilla Readability on jsdom (the upstream benchmark's `readability_js`). */
export const readabilityJsdom: Contender = {
  id: 'readability-jsdom',
  label: '@mozilla/readability + jsdom',
  scored: true,
  run(page) {
    let dom: JSDOM | undefined;
    try {
      // A silent console: jsdom reports every stylesheet it cannot parse, which is noise here.
      dom = new JSDOM(page.html.toString('utf8'), {
        url: page.url,
        virtualConsole: new VirtualConsole(),
      });
      return readabilityExtraction(dom.window.document);
    } catch (error) {
      return { text: '', error: describeError(error) };
    } finally {
      dom?.window.close();
    }
  },
};

function parseOnly(id: string, label: string, parse: (html: string) => unknown): Contender {
  return {
    id,
    label,
    scored: false,
    run(page) {
      parse(page.html.toString('utf8'));
      return { text: '' };
    },
  };
}

/** Parsing alone with htmlparser2 (`cheerio/slim`): the floor of a cheerio-based extractor. */
export const parseHtmlparser2 = parseOnly(
  'parse-htmlparser2',
  'parse only: cheerio/slim (htmlparser2)',
  loadHtmlparser2,
);

/** Parsing alone with parse5 (cheerio's default `load`). */
export const parseParse5 = parseOnly(
  'parse-parse5',
  'parse only: cheerio load (parse5)',
  loadParse5,
);

/** The peers in table order. */
export const PEERS: readonly Contender[] = [
  readabilityLinkedom,
  readabilityJsdom,
  parseHtmlparser2,
  parseParse5,
];
