import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../../shared/feeds/atom.ts';
import { describeFeed } from '../../../shared/feeds/feed-info.ts';
import { renderJsonFeed } from '../../../shared/feeds/json-feed.ts';
import { renderRss } from '../../../shared/feeds/rss.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import {
  assertWellFormedXml,
  htmlText,
  parseAtom,
  parseXmlStrictly,
  rssParser,
  validateJsonFeed,
} from '../../support/feed-parsers.ts';
import { item } from './fixtures.ts';

/**
 * The text a reader should get back: the XML 1.0 `Char` production, written independently of
 * the code under test (DEL and C1 controls dropped as well), with line breaks normalized the way
 * an XML parser does.
 */
function expectedText(text: string): string {
  let kept = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    const legal =
      code === 0x9 ||
      code === 0xa ||
      (code >= 0x20 && code < 0x7f) ||
      (code > 0x9f && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (legal) kept += char;
  }
  return kept;
}

/** Strings mixing any UTF-16 code unit (lone surrogates included) with XML-hostile snippets. */
const hostileText = fc.string({
  unit: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        ']]>',
        ']]',
        '<![CDATA[',
        '&amp;',
        '<',
        '&',
        '\r\n',
        '\r',
        '\u0000',
        '\uFFFF',
        '\uD83D',
        'Đời sống',
      ),
    },
  ),
  maxLength: 40,
});

const articleFields = fc.record({
  title: hostileText,
  lead: hostileText,
  author: hostileText,
  contentHtml: hostileText,
  tag: hostileText,
});

const feed = describeFeed(
  { kind: 'section', publisherId: 'demo', sectionSlug: 'doi-song' },
  {
    baseUrl: 'https://feeds.example.org',
    publishers: samplePublishersById,
    sectionName: 'Đời sống',
  },
);
const url = 'https://demo.example.vn/doi-song/bai.html';

function render(fields: {
  title: string;
  lead: string;
  author: string;
  contentHtml: string;
  tag: string;
}) {
  return item({
    url,
    title: fields.title,
    lead: fields.lead,
    contentText: '',
    authors: [fields.author],
    contentHtml: fields.contentHtml,
    section: null,
    tags: [fields.tag],
  });
}

describe('feeds of arbitrary text', () => {
  it('are always well-formed RSS for a strict XML parser, and give the text back', async () => {
    await fc.assert(
      fc.asyncProperty(articleFields, async (fields) => {
        const xml = renderRss(feed, [render(fields)]);
        assertWellFormedXml(xml);
        const document = await parseXmlStrictly(xml);
        const text = (name: string) =>
          document.getElementsByTagName('item')[0]?.getElementsByTagName(name)[0]?.textContent ??
          null;
        expect(text('title')).toBe(expectedText(fields.title).trim() || url);
        expect(text('content:encoded')).toBe(expectedText(fields.contentHtml));
        // The description is HTML for readers: the lead comes back once the HTML is decoded.
        const description = text('description');
        expect(description === null ? null : await htmlText(description)).toBe(
          expectedText(fields.lead).trim() || null,
        );
        expect(text('dc:creator')).toBe(expectedText(fields.author).trim() || null);
        expect(text('category')).toBe(expectedText(fields.tag).trim() || null);
      }),
      { numRuns: 150 },
    );
  });

  it('are always well-formed Atom for a strict XML parser and feedsmith, and give the text back', async () => {
    await fc.assert(
      fc.asyncProperty(articleFields, async (fields) => {
        const xml = renderAtom(feed, [render(fields)]);
        assertWellFormedXml(xml);
        await parseXmlStrictly(xml);
        const [entry] = parseAtom(xml).entries ?? [];
        expect(entry?.title?.value ?? '').toBe(expectedText(fields.title).trim() || url);
        // feedsmith trims text constructs; the strict parser above checked the bytes.
        expect(entry?.content?.value ?? '').toBe(expectedText(fields.contentHtml).trim());
        expect(entry?.summary?.value ?? null).toBe(expectedText(fields.lead).trim() || null);
        const author = expectedText(fields.author).trim();
        expect(entry?.authors?.[0]?.name).toBe(author || feed.title);
        expect(entry?.categories?.[0]?.term ?? null).toBe(expectedText(fields.tag).trim() || null);
      }),
      { numRuns: 150 },
    );
  });

  it('are read by rss-parser with the title and content intact', async () => {
    await fc.assert(
      fc.asyncProperty(articleFields, async (fields) => {
        const parsed = await rssParser.parseString(renderRss(feed, [render(fields)]));
        const [first] = parsed.items;
        expect(first?.title?.trim()).toBe((expectedText(fields.title).trim() || url).trim());
        expect(first?.['content:encoded'] ?? '').toBe(expectedText(fields.contentHtml));
      }),
      { numRuns: 60 },
    );
  });

  it('are always valid JSON Feed 1.1 that gives the text back', () => {
    fc.assert(
      fc.property(articleFields, (fields) => {
        const json = renderJsonFeed(feed, [render(fields)]);
        expect(Buffer.from(json, 'utf8').toString('utf8')).toBe(json);
        const document = JSON.parse(json);
        expect(validateJsonFeed(document)).toBe(true);
        const [first] = document.items;
        expect(first.title).toBe(expectedText(fields.title).trim() || url);
        expect(first.content_html).toBe(expectedText(fields.contentHtml));
        expect(first.authors?.[0]?.name ?? null).toBe(expectedText(fields.author).trim() || null);
      }),
      { numRuns: 200 },
    );
  });

  it('render to the same bytes every time', () => {
    fc.assert(
      fc.property(fc.array(articleFields, { maxLength: 4 }), (list) => {
        const items = list.map((fields, index) => ({
          ...render(fields),
          sortTime: new Date(index * 1000),
        }));
        expect(renderRss(feed, items)).toBe(renderRss(feed, structuredClone(items)));
        expect(renderAtom(feed, items)).toBe(renderAtom(feed, structuredClone(items)));
        expect(renderJsonFeed(feed, items)).toBe(renderJsonFeed(feed, structuredClone(items)));
      }),
      { numRuns: 50 },
    );
  });
});
