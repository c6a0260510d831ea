import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseOpml } from 'feedsmith';
import Parser from 'rss-parser';

/** rss-parser, reading the extension elements our feeds carry. */
export const rssParser = new Parser<
  Record<string, unknown>,
  { 'content:encoded'?: string; 'media:content'?: { $: Record<string, string> } }
>({
  customFields: { item: ['media:content'] },
});

/**
 * feedsmith's Atom parser (namespaces, `xml:lang`, typed text constructs): throws on a document
 * that is not an Atom feed.
 */
export const parseAtom = (xml: string) => parseAtomFeed(xml);

/** An outline of an OPML document, as feedsmith reads it. */
export type OpmlOutline = NonNullable<
  NonNullable<ReturnType<typeof parseOpml>['body']>['outlines']
>[number];

/**
 * feedsmith's OPML parser (what feed readers import): the top-level outlines of the body.
 *
 * @returns the outlines; throws on a document that is not OPML or has no body
 */
export function opmlOutlines(xml: string): OpmlOutline[] {
  const { body } = parseOpml(xml);
  if (body === undefined) throw new Error('The OPML document has no body');
  return body.outlines ?? [];
}

/** fast-xml-parser keeping text exactly as written (no trimming, no number parsing). */
export const strictXml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => ['item', 'category', 'entry', 'link', 'author'].includes(name),
});

/**
 * Checks a document with fast-xml-parser's strict validator.
 *
 * @returns nothing; throws with the validator's message when the XML is not well-formed
 */
export function assertWellFormedXml(xml: string): void {
  const result = XMLValidator.validate(xml);
  if (result !== true) {
    throw new Error(`XML is not well-formed: ${result.err.msg} (line ${result.err.line})`);
  }
}

const schema = JSON.parse(
  readFileSync(new URL('./json-feed-1.1.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);

/** Validates a JSON Feed 1.1 document against the schema written from the specification. */
export const validateJsonFeed: ValidateFunction = ajv.compile(schema);

let domParser: DOMParser | undefined;
let htmlDocument: Document | undefined;

/**
 * The text a reader shows for an HTML fragment (an RSS description): parsed by jsdom's HTML
 * parser, entities decoded.
 */
export async function htmlText(html: string): Promise<string> {
  if (htmlDocument === undefined) {
    const { JSDOM } = await import('jsdom');
    htmlDocument = new JSDOM('').window.document;
  }
  const element = htmlDocument.createElement('div');
  element.innerHTML = html;
  return element.textContent ?? '';
}

/**
 * Parses XML with jsdom's DOMParser, whose XML parser (saxes) enforces the XML 1.0 character
 * rules that fast-xml-parser's validator does not check.
 *
 * @returns the document; throws with the parser's message when the XML is not well-formed
 */
export async function parseXmlStrictly(xml: string): Promise<Document> {
  if (domParser === undefined) {
    const { JSDOM } = await import('jsdom');
    domParser = new new JSDOM('').window.DOMParser();
  }
  const document = domParser.parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`XML is not well-formed: ${error.textContent}`);
  return document;
}
