/**
 * The root page of the local feeds server: an HTML directory of the published feeds, the latest
 * articles, recent rejections and dead letters. A pure render function; every value from the
 * data is escaped.
 */
import { FEED_DIRECTORY_KEY } from '../../shared/feeds/directory.ts';
import { FEED_FORMATS, type FeedFormat, feedFormatOf } from '../../shared/feeds/feed-ref.ts';

/** A feed file in the feeds bucket. */
export interface DirectoryFeed {
  /** Object key, e.g. `feeds/demo/thoi-su.xml`. */
  readonly key: string;
  readonly lastModified?: Date;
  readonly size?: number;
}

/** A live article. */
export interface DirectoryArticle {
  readonly title: string;
  readonly url: string;
  readonly publisher?: string;
  readonly section?: string | null;
  readonly publishedAt?: string | null;
}

/** A recorded rejection. */
export interface DirectoryRejection {
  readonly key: string;
  readonly reason: string;
  readonly at: string;
}

/** A dead letter, as listed. */
export interface DirectoryDeadLetter {
  readonly source: string;
  readonly at: string;
  readonly error: string;
  readonly subjects: readonly string[];
}

/** Everything the directory page shows. */
export interface DirectoryData {
  /** Base URL the feed links are relative to, e.g. `http://localhost:3000`. */
  readonly baseUrl: string;
  readonly feeds: readonly DirectoryFeed[];
  readonly articles: readonly DirectoryArticle[];
  readonly rejections: readonly DirectoryRejection[];
  readonly deadLetters: readonly DirectoryDeadLetter[];
  /** Display names of publishers by id, for feed titles. */
  readonly publisherNames?: ReadonlyMap<string, string>;
  /** Display names of sections by feed path (`demo/thoi-su` → `Thời sự`), for feed titles. */
  readonly sectionNames?: ReadonlyMap<string, string>;
}

const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = {
  rss: 'RSS',
  atom: 'Atom',
  json: 'JSON Feed',
};

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @param text - any text
 * @returns the text with `& < > " '` replaced by entities
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Only http(s) URLs become links; anything else (a `javascript:` URL) is shown as text. */
function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

interface FeedGroup {
  readonly base: string;
  readonly files: DirectoryFeed[];
}

function groupFeeds(feeds: readonly DirectoryFeed[]): FeedGroup[] {
  const groups = new Map<string, FeedGroup>();
  for (const feed of feeds) {
    const base = feed.key.replace(/\.(xml|atom|json)$/, '');
    const group = groups.get(base) ?? { base, files: [] };
    group.files.push(feed);
    groups.set(base, group);
  }
  // The aggregate first, then publishers, each followed by its sections.
  return [...groups.values()].sort((a, b) => {
    const rank = (g: FeedGroup) => (g.base === 'feeds/all' ? 0 : 1);
    return rank(a) - rank(b) || a.base.localeCompare(b.base);
  });
}

function feedLabel(
  base: string,
  names: Pick<DirectoryData, 'publisherNames' | 'sectionNames'>,
): string {
  const path = base.replace(/^feeds\//, '');
  const [publisher = '', section] = path.split('/');
  if (path === 'all') return 'All publishers';
  const name = names.publisherNames?.get(publisher) ?? publisher;
  return section === undefined ? name : `${name} › ${names.sectionNames?.get(path) ?? section}`;
}

function feedLinks(group: FeedGroup, baseUrl: string): string {
  const order = (key: string) => FEED_FORMATS.indexOf(feedFormatOf(key) ?? 'rss');
  return group.files
    .sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key))
    .map((file) => {
      const format = FORMAT_NAMES[feedFormatOf(file.key) ?? 'rss'];
      const href = `${baseUrl}/${file.key.split('/').map(encodeURIComponent).join('/')}`;
      return `<a href="${escapeHtml(href)}">${format}</a>`;
    })
    .join(' · ');
}

function table(headers: readonly string[], rows: readonly string[][], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/**
 * Renders the directory page.
 *
 * @param data - feeds, articles, rejections and dead letters
 * @returns a complete HTML document
 * @example
 * renderDirectoryPage({ baseUrl: 'http://localhost:3000', feeds: [], articles: [], rejections: [], deadLetters: [] });
 */
export function renderDirectoryPage(data: DirectoryData): string {
  const feeds = table(
    ['Feed', 'Formats', 'Updated'],
    groupFeeds(data.feeds).map((group) => [
      escapeHtml(feedLabel(group.base, data)),
      feedLinks(group, data.baseUrl),
      escapeHtml(
        group.files
          .map((f) => f.lastModified?.toISOString() ?? '')
          .sort()
          .at(-1) ?? '',
      ),
    ]),
    'No feed yet: drop a page into inbox/<publisher>/ or upload one with `syndicate upload`.',
  );
  const articles = table(
    ['Published', 'Title', 'Publisher', 'Section'],
    data.articles.map((article) => {
      const href = safeHref(article.url);
      const title = escapeHtml(article.title);
      return [
        escapeHtml(article.publishedAt ?? ''),
        href === undefined ? title : `<a href="${escapeHtml(href)}">${title}</a>`,
        escapeHtml(article.publisher ?? ''),
        escapeHtml(article.section ?? ''),
      ];
    }),
    'No article yet.',
  );
  const rejections = table(
    ['When', 'Object key', 'Reason'],
    data.rejections.map((r) => [
      escapeHtml(r.at),
      `<code>${escapeHtml(r.key)}</code>`,
      escapeHtml(r.reason),
    ]),
    'No rejection.',
  );
  const deadLetters = table(
    ['When', 'Consumer', 'About', 'Last error'],
    data.deadLetters.map((d) => [
      escapeHtml(d.at),
      escapeHtml(d.source),
      d.subjects.map((s) => `<code>${escapeHtml(s)}</code>`).join('<br>'),
      escapeHtml(d.error),
    ]),
    'No dead letter.',
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Syndication pipeline — local feeds</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}
th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
th{background:#f4f4f4}code{font-size:13px}.empty{color:#777}
</style>
</head>
<body>
<h1>Local feeds</h1>
<h2>Feeds</h2>
<p>Every feed in one file, for a feed reader to import: <a href="${escapeHtml(`${data.baseUrl}/${FEED_DIRECTORY_KEY}`)}">${escapeHtml(FEED_DIRECTORY_KEY)}</a> (OPML).</p>
${feeds}
<h2>Latest articles</h2>
${articles}
<h2>Recent rejections</h2>
${rejections}
<h2>Dead letters</h2>
${deadLetters}
</body>
</html>
`;
}
