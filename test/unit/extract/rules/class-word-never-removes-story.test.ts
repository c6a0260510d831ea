import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://example.org/news/quiet-collapse';

const STORY = [
  'The council has approved a new cycle route between the station and the hospital, which will open in the autumn after six months of works.',
  'Residents were consulted last year and most supported the plan, the council said in a statement on Tuesday.',
];
const BODY = STORY.map((p) => `<p>${p}</p>`).join('');

const page = (article: string, around = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The quiet collapse</title></head><body>${around}${article}</body></html>`;

describe('rule: a class word never removes the block holding the headline, nor the <article> holding the body', () => {
  // Substack's post: <article class="typography newsletter-post post">; other class words alike.
  it.each([
    'typography newsletter-post post',
    'newsletter-post',
    'post sponsored-story',
    'community-post',
    'post popup-story',
  ])('reads a short story in <article class="%s"> under its headline', (cls) => {
    const html = page(
      `<article class="${cls}"><h1>The quiet collapse of the county newspaper</h1><div class="body">${BODY}</div></article>`,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(STORY);
  });

  it('reads a short story in a <div> whose class says newsletter when it holds the headline', () => {
    const html = page(
      `<div class="newsletter-issue"><h1>The quiet collapse of the county newspaper</h1>${BODY}</div>`,
    );
    expect(extractArticle(html, { url: URL }).contentText.split('\n\n')).toEqual(STORY);
  });

  it('reads a short story in an <article> whose class says newsletter without an <h1>', () => {
    const html = page(
      `<h2 class="site">County Notes</h2><article class="newsletter-post"><h2>The quiet collapse of the county newspaper</h2>${BODY}</article>`,
    );
    expect(extractArticle(html, { url: URL }).contentText).toContain(STORY[1]);
  });
});
