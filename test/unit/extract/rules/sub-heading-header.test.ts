import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.com/uk/bridge-1.html';

const FIRST =
  'The council voted on Monday to close the old bridge to all traffic after engineers found serious cracks in two of its supports.';
const SECOND =
  'Repairs are expected to take at least eighteen months and will cost about four million pounds, officials said on Tuesday.';
const THIRD =
  'Residents will have to use a detour of about six miles, which the council admits will add time to many journeys.';

const page = (feed: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge closed after cracks found</title></head><body><main><h1>Bridge closed after cracks found</h1>${feed}</main></body></html>`;

describe('rule: a block whose class says header, holding only a sub-heading, stays in the body', () => {
  it.each([
    [
      '<header class="block-header"><time>10.58</time><h2>Engineers find second crack</h2></header>',
      '10.58',
    ],
    ['<div class="post-header"><h2>Engineers find second crack</h2></div>', ''],
    [
      '<header class="block-elements__header"><p class="block-time"><a href="?page=with:block-5#block-5"><time datetime="2026-11-27T10:58:00Z">10.58 GMT</time></a></p><h2>Engineers find second crack</h2></header>',
      // The time links to the entry: a link paragraph, which goes; the heading stays.
      '',
    ],
    [
      '<div class="entry-header"><span class="time">10:58</span> | <h3>Engineers find second crack</h3></div>',
      '10:58',
    ],
  ])('keeps %s', (header, time) => {
    const html = page(
      `<div class="live-feed"><article class="block">${header}<p>${FIRST}</p><p>${SECOND}</p></article><article class="block"><header class="block-header"><h2>Council meets tonight</h2></header><p>${THIRD}</p></article></div>`,
    );
    const { contentText, contentHtml } = extractArticle(html, { url: URL });
    expect(contentText).toContain('Engineers find second crack');
    expect(contentText).toContain('Council meets tonight');
    expect(contentHtml).toMatch(/<h[23]>(?:<a [^>]*>)?Engineers find second crack/);
    if (time !== '') expect(contentText).toContain(time);
    expect(contentText.indexOf('Engineers')).toBeLessThan(contentText.indexOf(FIRST));
  });

  it("still drops the page's header holding the headline, byline or navigation", () => {
    const html = page(
      `<div class="story"><header class="story-header"><h2>Bridge closed</h2><p class="byline">By Jane Roe</p></header><div class="site-header"><h2>Sections</h2><ul><li><a href="/uk">UK</a></li><li><a href="/world">World</a></li></ul></div><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div>`,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText).not.toContain('Jane Roe');
    expect(contentText).not.toContain('Sections');
    expect(contentText.startsWith(FIRST)).toBe(true);
  });
});
