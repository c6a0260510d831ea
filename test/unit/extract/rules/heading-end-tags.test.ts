import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { parsePage } from '../../../../shared/extract/parse-page.ts';

const URL = 'https://news.example.org/2026/12/harbour-reopens';

const STANDFIRST =
  'Whether you were for or against the closure, the harbour master became a household name in the town during the storms.';

const STORY = [
  'The harbour reopened on Tuesday after two days of storms kept every ferry in port.',
  'The first boat left at noon, and the port authority said the timetable would be normal by evening.',
  'Shops along the seafront took down the boards they had put over their windows on Sunday.',
];

/**
 * A template's standfirst opened as one heading level and closed as another, between the
 * article's picture and its body, in a main column beside a sidebar.
 */
function page(open: string, close: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens</title></head>
<body><div id="header"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="row"><div class="col-xl-8"><main class="article-single__main"><h1>Harbour reopens</h1>
<div class="meta"><div class="article-single__author"><span>AFP/The Local</span></div><div class="article-single__social">Share</div></div>
<figure><img src="/harbour.jpg" alt=""><figcaption>The harbour master. Photo: AFP</figcaption></figure>
<${open} class="article-single__excerpt">${STANDFIRST}</${close}>
<div id="articleBody" class="article-single__content">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div>
</main></div><div class="col-xl-4"><aside><h3>Latest</h3><ul><li><a href="/a">Another story about the town</a></li>
<li><a href="/b">A third story about the ferries</a></li></ul></aside></div></div>
<div id="footer"><a href="/about">About</a></div></body></html>`;
}

describe('rule: any heading end tag closes the open heading, as in a browser', () => {
  it.each([
    ['h2', 'h3'],
    ['h3', 'h2'],
    ['h4', 'h5'],
  ])('reads the story after a <%s> closed with </%s>', (open, close) => {
    const article = extractArticle(page(open, close), { url: URL });
    expect(article.contentText).toContain(STORY.join('\n\n'));
  });

  it('leaves the story outside the heading in the parsed tree', () => {
    const { $ } = parsePage('<body><h2>Standfirst</h3><div id="body"><p>Text</p></div></body>');
    expect($('h2').text()).toBe('Standfirst');
    expect($('#body').parent().is('body')).toBe(true);
  });

  it('closes the elements open inside the heading with it', () => {
    const { $ } = parsePage('<body><h2><span>Standfirst</h4><p>Text</p></body>');
    expect($('h2').text()).toBe('Standfirst');
    expect($('p').parent().is('body')).toBe(true);
  });

  it('ignores a heading end tag when no heading is open, or only one outside the table cell', () => {
    const stray = parsePage('<body><div><p>One</h3><p>Two</p></div></body>').$;
    expect(stray('div > p')).toHaveLength(2);
    const cell = parsePage(
      '<body><h2>Table<table><tr><td>One</h3>Two</td></tr></table></h2></body>',
    ).$;
    expect(cell('td').text()).toBe('OneTwo');
  });
});
