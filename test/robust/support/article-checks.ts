/**
 * Assertions shared by the robustness tests: an outcome is an Article that holds every invariant
 * of the model, or a typed rejection with a reason — never a crash, a hang or a half-empty
 * Article — and HTML that reaches a reader carries nothing executable.
 */
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { expect } from 'vitest';
import type { Article } from '../../../shared/article.ts';
import type { Outcome } from './extractor-sandbox.ts';

const REJECTIONS = new Set(['NotAnArticleError', 'UnreadablePageError', 'PageTooComplexError']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Tags that execute, load active content or style the reader's page. */
const ACTIVE_TAGS = 'script, style, object, embed, applet, base, link, meta, form, frame, frameset';
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
 * Asserts that HTML contains nothing that runs or loads active content in a reader: no script
 * or style elements, no event-handler attributes, no `javascript:`/`data:` URLs, and iframes
 * only to https.
 *
 * @param html - sanitized HTML
 */
export function expectInertHtml(html: string): void {
  const $ = load(html);
  expect($(ACTIVE_TAGS).length, `active elements in ${html.slice(0, 300)}`).toBe(0);
  for (const node of $('*').toArray()) {
    if (!('attribs' in node)) continue;
    const element: Element = node;
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(name.toLowerCase().startsWith('on'), `event handler ${name}="${value}"`).toBe(false);
      expect(name.toLowerCase(), 'inline style').not.toBe('style');
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        for (const candidate of name === 'srcset' ? value.split(',') : [value]) {
          expect(isDangerousUrl(candidate.trim()), `${name}="${value}"`).toBe(false);
        }
      }
    }
    if (element.tagName === 'iframe') {
      expect(element.attribs.src?.startsWith('https://'), `iframe src ${element.attribs.src}`).toBe(
        true,
      );
    }
  }
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
  for (const image of article.images) {
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
