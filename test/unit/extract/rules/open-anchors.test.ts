import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.org/2026/12/harbour-reopens';

const STORY = [
  'The harbour reopened on Tuesday after two days of storms kept every ferry in port.',
  'The first boat left at noon, and the port authority said the timetable would be normal by evening.',
  'Shops along the seafront took down the boards they had put over their windows on Sunday.',
];

/** An old page's top: a named anchor written as if it closed itself, which HTML does not do. */
function page(top: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens</title></head>
<body>${top}
<div id="header"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<h1>Harbour reopens</h1><div class="meta"><div class="time">Tuesday, 4 August 2026, updated 02:21</div></div>
<div id="story">${STORY.map((p) => `<p>${p}</p>`).join('\n')}
<p>Read more: <a href="/2026/12/storm">the storm</a></p></div>
<div id="footer"><a href="/about">About</a> <a href="/contact">Contact</a></div>
</body></html>`;
}

describe('rule: an anchor left open holds nothing a link after it starts, as in a browser', () => {
  it('reads the story of a page whose first anchor is never closed', () => {
    for (const top of ['<a name="top_of_page"/>', '<a name="top_of_page">', '<a href="/">Logo']) {
      const article = extractArticle(page(top), { url: URL });
      expect(article.contentText.split('\n\n').slice(0, 3), top).toEqual(STORY);
    }
  });
});
