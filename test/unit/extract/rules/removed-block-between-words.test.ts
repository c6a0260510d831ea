import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.com/2026/nov/27/bridge-vote';

const OPENING =
  'The council voted on Monday to close the old bridge to all traffic after engineers found serious cracks in two of its supports. Repairs are expected to take at least eighteen months, officials said. The mayor warned against delays.';
const CLOSING =
  'He described the plan as long overdue. Residents will have to use a detour of about six miles, which the council admits will add time to many journeys.';

/** A story written as text straight in its box, a widget's block set between two sentences. */
function page(widget: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes on the bridge</title></head>
<body><h1>Council votes on the bridge</h1><div class="story-body">${OPENING}${widget}${CLOSING}</div></body></html>`;
}

describe('rule: a block removed from between two runs of text leaves the words apart', () => {
  it('keeps the sentences on either side of a removed poll placeholder apart', () => {
    const poll =
      '<div id="poll-widget"><div class="ge4Md" style="overflow:hidden;min-height:209px"><div class="loadable-inview"><span class="loader"></span></div></div></div>';
    const text = extractArticle(page(poll), { url: URL }).contentText;
    expect(text).toContain('The mayor warned against delays. He described the plan');
  });

  it('reads the text as it reads it with whitespace around the block', () => {
    const poll =
      '<div id="poll-widget"><div class="loadable-inview"><span class="loader"></span></div></div>';
    const tight = extractArticle(page(poll), { url: URL }).contentText;
    const spaced = extractArticle(page(`\n${poll}\n`), { url: URL }).contentText;
    expect(tight).toBe(spaced);
  });
});
