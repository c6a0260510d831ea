import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://security.example.org/2020/05/enhanced-protection.html';

const STORY = [
  'Over the past few years we have seen threats on the web becoming increasingly sophisticated, and phishing sites rotate their domains very quickly.',
  'Turning on the new mode will substantially increase protection from dangerous websites and downloads, by sharing real-time data with the service.',
  'Over the next year, we will be adding even more protections to this mode, including tailored warnings for phishing sites and file downloads.',
];

const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('\n');

/** A blog post the page renders from a template script, with a copy for readers without scripts. */
function page(post: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Enhanced protection</title></head>
<body><div class="header"><a href="/">Security Blog</a></div>
<div class="post"><h2 class="title">Enhanced protection</h2>
<div class="post-body"><div class="post-content" itemprop="articleBody">${post}</div></div></div>
<div class="sidebar"><h2>Labels</h2><ul><li><a href="/l/android">android</a></li><li><a href="/l/chrome">chrome</a></li></ul>
<h2>Archive</h2><ul><li><a href="/2020/">2020</a> (12)</li><li><a href="/2019/">2019</a> (40)</li></ul></div>
</body></html>`;
}

describe('rule: an article shown only in <noscript> to readers without scripts is read', () => {
  it('reads a post rendered from a template script, from the <noscript> copy', () => {
    const html = page(
      `<script type="text/template">${paragraphs}</script><noscript>${paragraphs}</noscript>`,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(STORY);
  });

  it('reads the rendered text once when a <noscript> copies it', () => {
    const html = page(`${paragraphs}<noscript>${paragraphs}</noscript>`);
    expect(extractArticle(html, { url: URL }).contentText.split('\n\n')).toEqual(STORY);
  });

  it('leaves a <noscript> notice out of the body', () => {
    const html = page(
      `${paragraphs}<noscript><p>Please enable JavaScript to view the comments powered by our partner.</p></noscript>`,
    );
    expect(extractArticle(html, { url: URL }).contentText).not.toContain('enable JavaScript');
  });
});
