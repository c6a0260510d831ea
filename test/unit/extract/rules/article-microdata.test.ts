import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS } from '../build-page.ts';

const URL = 'https://blog.example.org/code/2013/get-your-code-covered/';

/** A personal blog: the site's name in the page header, the post's byline and date in its <aside>. */
function post(scopes = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Get your code covered | Code | Nicolas Roe</title></head>
<body><header class="main-title"><h1><a href="/">Nicolas Roe</a></h1></header>
<main><article itemscope itemtype="http://schema.org/BlogPosting">
<header><h2><a itemprop="name" href="/code/2013/get-your-code-covered/">Get your code covered</a></h2></header>
<section>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</section>
<aside><p><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Nicolas Roe</span> —</span>
<time datetime="2013-09-29" itemprop="datePublished">2013-09-29</time> — in <a href="/code/">Code</a></p></aside>
</article>${scopes}</main></body></html>`;
}

describe("rule: the microdata of the page's one article scope is the article's, wherever it stands in it", () => {
  it("reads the author and date a post's <aside> marks with itemprop", () => {
    const article = extractArticle(post(), { url: URL });
    expect(article.authors).toEqual(['Nicolas Roe']);
    expect(article.publishedAt?.slice(0, 10)).toBe('2013-09-29');
  });

  it('reads none from an <aside> when the page holds several article scopes (a listing)', () => {
    const other = `<article itemscope itemtype="http://schema.org/BlogPosting"><h2><a href="/other/">Another post</a></h2>
<aside><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span></span>
<time datetime="2012-01-05" itemprop="datePublished">2012-01-05</time></aside></article>`;
    const article = extractArticle(post(other), { url: URL });
    expect(article.authors).not.toContain('Jane Doe');
    expect(article.publishedAt?.slice(0, 10)).not.toBe('2012-01-05');
  });
});
