/**
 * Assertions shared by the robustness tests: an outcome is an Article that holds every invariant
 * of the model, or a typed rejection with a reason — never a crash, a hang or a half-empty
 * Article — and HTML that reaches a reader carries nothing executable.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { expect } from 'vitest';
import type { Article } from '../../../shared/article.ts';
import type { Outcome } from './extractor-sandbox.ts';

const REJECTIONS = new Set(['NotAnArticleError', 'UnreadablePageError', 'PageTooComplexError']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Tags that execute, load active content or style the reader's page. */
const ACTIVE_TAGS = new Set([
  'script',
  'style',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'meta',
  'form',
  'frame',
  'frameset',
]);
/** Attributes that hold a URL the reader's browser may follow or load. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'cite',
  'action',
  'formaction',
  'poster',
  'xlink:href',
];

function describe(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'crash':
      return `crashed with ${outcome.name}: ${outcome.message}\n${outcome.stack}`;
    case 'timeout':
      return `did not finish within ${outcome.limitMs} ms (hang guard)`;
    case 'worker-died':
      return `killed the worker: ${outcome.message}`;
    default:
      return outcome.kind;
  }
}

/**
 * A URL scheme a browser would run or inline rather than navigate to. Browsers strip ASCII
 * whitespace and control characters inside the scheme, so `java\tscript:` counts too.
 */
export function isDangerousUrl(value: string): boolean {
  const squeezed = [...value]
    .filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code > 0x20 && !(code >= 0x7f && code <= 0xa0) && code !== 0x200b && code !== 0xfeff;
    })
    .join('')
    .toLowerCase();
  return /^(?:javascript|vbscript|data|livescript):/.test(squeezed);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function eachString(value: unknown, path: string, visit: (s: string, path: string) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) eachString(v, `${path}[${i}]`, visit);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) eachString(v, `${path}.${k}`, visit);
  }
}

/**
 * Every element of a parsed tree, by an explicit walk: no CSS selector (`$('*')` sorts its
 * matches with a sibling search each, which took 14 s on the 50,000 sibling paragraphs of the
 * pathological pages) and no recursion (the pages nest 10,000 deep).
 */
function elementsOf(root: ParentNode): Element[] {
  const elements: Element[] = [];
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      elements.push(node as Element);
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return elements;
}

/** What makes one element active in a reader's page, if anything (one line per finding). */
function activeParts(element: Element): string[] {
  const found: string[] = [];
  if (ACTIVE_TAGS.has(element.name.toLowerCase())) found.push(`<${element.name}> element`);
  for (const [name, value] of Object.entries(element.attribs)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) found.push(`event handler ${name}="${value}"`);
    if (lower === 'style') found.push(`inline style="${value}"`);
    if (URL_ATTRIBUTES.includes(lower)) {
      for (const candidate of lower === 'srcset' ? value.split(',') : [value]) {
        if (isDangerousUrl(candidate.trim())) found.push(`${name}="${value}"`);
      }
    }
  }
  if (element.name === 'iframe' && !element.attribs.src?.startsWith('https://')) {
    found.push(`iframe src ${element.attribs.src}`);
  }
  return found;
}

/**
 * Asserts that HTML contains nothing that runs or loads active content in a reader: no script
 * or style elements, no event-handler attributes, no `javascript:`/`data:` URLs, and iframes
 * only to https.
 *
 * @param html - sanitized HTML
 */
export function expectInertHtml(html: string): void {
  const findings = elementsOf(load(html).root()[0] as Document).flatMap(activeParts);
  expect(findings, `active content in ${html.slice(0, 300)}`).toEqual([]);
}

/**
 * Asserts the invariants of an extracted Article.
 *
 * @param article - the extractor's output
 */
export function expectSoundArticle(article: Article): void {
  expect(article.id).toMatch(/\S/);
  expect(isHttpUrl(article.url), `url ${article.url}`).toBe(true);
  expect(article.title.trim()).not.toBe('');
  expect(article.contentText.trim(), 'a returned Article has body text').not.toBe('');
  expect(article.contentHtml.trim()).not.toBe('');
  expect(Number.isInteger(article.wordCount) && article.wordCount > 0).toBe(true);
  expect(article.contentHash).toMatch(/\S/);
  expect(article.language).toMatch(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/);
  for (const date of [article.publishedAt, article.modifiedAt]) {
    if (date !== null) expect(date).toMatch(ISO_WITH_OFFSET);
  }
  for (const image of article.image === null
    ? article.images
    : [...article.images, article.image]) {
    expect(isHttpUrl(image.url), `image url ${image.url}`).toBe(true);
  }
  eachString(article, 'article', (s, path) => {
    expect(s === s.normalize('NFC'), `${path} is NFC`).toBe(true);
    expect(LONE_SURROGATE.test(s), `${path} has a lone surrogate`).toBe(false);
  });
  expectInertHtml(article.contentHtml);
}

/**
 * Asserts that an outcome is a sound Article or a typed rejection with a reason and a one-line
 * message (no stack trace).
 *
 * @param outcome - from the sandbox
 * @param input - a short description of the input, for the failure message
 */
export function expectArticleOrTypedRejection(outcome: Outcome, input: string): void {
  if (outcome.kind === 'article') {
    expectSoundArticle(outcome.article);
    return;
  }
  if (outcome.kind !== 'rejected') {
    expect.fail(`extractArticle on ${input} ${describe(outcome)}`);
  }
  expect(REJECTIONS.has(outcome.name), `error class ${outcome.name}`).toBe(true);
  expect(outcome.reason).toMatch(/^[a-z-]+$/);
  expect(outcome.message.trim()).not.toBe('');
  expect(outcome.message, 'message has no stack trace').not.toMatch(/\n\s+at /);
}
