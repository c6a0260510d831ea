import { describe, expect, it } from 'vitest';
import { articleId } from '../../../shared/extract/hash.ts';
import { extractArticle, recordingTrace } from '../../../shared/extract/index.ts';
import { countWords } from '../../../shared/extract/text.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const CANONICAL = '<link rel="canonical" href="https://tinh.example.gov.vn/tin/a.html">';

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

describe('extractArticle url and id', () => {
  const og = '<meta property="og:url" content="https://tinh.example.gov.vn/og.html">';
  const ld = jsonLd({
    '@type': 'NewsArticle',
    headline: 'T',
    mainEntityOfPage: { '@id': 'https://tinh.example.gov.vn/ld.html' },
  });
  const given = { url: 'https://tinh.example.gov.vn/given.html' };

  it('takes <link rel=canonical> first, then og:url, then JSON-LD, then the given URL', () => {
    expect(extractArticle(buildPage({ head: CANONICAL + og + ld }), given).url).toBe(
      'https://tinh.example.gov.vn/tin/a.html',
    );
    expect(extractArticle(buildPage({ head: og + ld }), given).url).toBe(
      'https://tinh.example.gov.vn/og.html',
    );
    expect(extractArticle(buildPage({ head: ld }), given).url).toBe(
      'https://tinh.example.gov.vn/ld.html',
    );
    expect(extractArticle(buildPage({ head: '' }), given).url).toBe(given.url);
  });

  it('resolves a relative canonical link against the given URL and drops tracking parameters', () => {
    const head = '<link rel="canonical" href="/tin/b.html?id=7&utm_source=zalo&fbclid=x#top">';
    expect(extractArticle(buildPage({ head }), given).url).toBe(
      'https://tinh.example.gov.vn/tin/b.html?id=7',
    );
  });

  it.each([
    [
      'https://news.example.com/uk/bridge-1.html?print=1',
      'https://news.example.com/uk/bridge-1.html',
    ],
    ['https://news.example.com/a.aspx?id=7&view=print', 'https://news.example.com/a.aspx?id=7'],
    [
      'https://news.example.com/a.php?id=7&output=amp&printable',
      'https://news.example.com/a.php?id=7',
    ],
    ['https://news.example.com/a.html?amp=1', 'https://news.example.com/a.html'],
    [
      'https://news.example.com/a.php?id=7&view=full',
      'https://news.example.com/a.php?id=7&view=full',
    ],
  ])("drops the print and AMP views' parameters from the page's URL: %s", (url, expected) => {
    expect(extractArticle(buildPage({ head: '' }), { url }).url).toBe(expected);
  });

  it.each([
    'https://web.archive.org/web/20240115093000/https://news.example.com/uk/bridge-1.html',
    'https://web.archive.org/web/20240115093000id_/https://news.example.com/uk/bridge-1.html',
    'https://wayback.example.org/1234/20240115093000/https://news.example.com/uk/bridge-1.html',
    'https://archive.example/2024.01.15-093000/https://news.example.com/uk/bridge-1.html',
  ])("takes the original page's URL out of a web archive's capture address: %s", (href) => {
    const head = `<link rel="canonical" href="${href}">`;
    expect(extractArticle(buildPage({ head }), {}).url).toBe(
      'https://news.example.com/uk/bridge-1.html',
    );
    expect(extractArticle(buildPage({ head: '' }), { url: href }).url).toBe(
      'https://news.example.com/uk/bridge-1.html',
    );
  });

  it("leaves out a web archive's bar above its capture, the block whose field shows the original's address, and its capture time", () => {
    const head =
      '<link rel="canonical" href="https://archive.example/Xy7Qa"><link rel="bookmark" href="http://archive.example/20240115093000/https://news.example.com/uk/bridge-1.html">';
    const bar =
      '<center><div id="HEADER"><table><tr><td>Saved from</td><td><form><input type="text" name="q" value="https://news.example.com/uk/bridge-1.html"></form></td><td><time itemprop="pubdate" datetime="2024-01-15T09:30:00Z">15 Jan 2024 09:30:00 UTC</time></td></tr><tr><td>All snapshots from host news.example.com</td></tr></table></div></center>';
    const page = buildPage({
      head,
      before: '<time datetime="2023-12-14T08:00:00+07:00">14/12/2023 08:00</time>',
    }).replace('<body>', `<body>${bar}`);
    const article = extractArticle(page, {});
    expect(article.publishedAt).toBe('2023-12-14T08:00:00+07:00');
    expect(article.contentText).not.toContain('snapshots');
  });

  it("leaves out the Wayback Machine's toolbar above a capture whose text stands in <body> itself", () => {
    const original = 'http://www.physics.example.edu/~jsmith/notes/entropy.html';
    const capture = `https://web.archive.org/web/20050312084501/${original}`;
    const toolbar = `<div id="wm-ipp-base" style="display:block"><div id="wm-ipp"><table class="c"><tr><td class="u"><form><input type="text" name="url" value="${original}"></form></td></tr><tr><td class="s"><a href="${capture}">9 captures</a> 12 Mar 2005 - 03 Jan 2011</td></tr></table><div id="wm-capinfo">COLLECTED BY Organization: Internet Archive. The Internet Archive discovers and captures web pages through many different web crawls.</div></div></div><div id="wm-ipp-print">The Wayback Machine - ${capture}</div>`;
    const page = `<!-- saved from url=(0098)${capture} -->
<html><head><title>A short note on entropy</title></head><body>${toolbar}<h1>A short note on entropy</h1>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const withCanonical = page.replace('<head>', `<head><link rel="canonical" href="${original}">`);
    for (const html of [page, withCanonical]) {
      const article = extractArticle(html, {});
      expect(article.url).toBe(original);
      expect(article.contentText).toContain(BODY_PARAGRAPHS[2]);
      expect(article.contentText).not.toContain('captures');
      expect(article.contentText).not.toContain('Wayback');
    }
    const given = extractArticle(page.replace(/<!--.*?-->/, ''), { url: capture });
    expect(given.contentText).not.toContain('captures');
  });

  it("keeps a capture's article whose share box shows the original's address in a field", () => {
    const original = 'https://news.example.com/uk/bridge-1.html';
    const head = `<link rel="canonical" href="https://web.archive.org/web/20240115093000/${original}">`;
    const page = `<html><head><title>Tổng kết cải cách hành chính năm 2023</title>${head}</head><body><div class="page"><h1>Tổng kết cải cách hành chính năm 2023</h1>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<div class="share"><input type="text" readonly value="${original}"><button>Copy link</button></div></div></body></html>`;
    const article = extractArticle(page, {});
    expect(article.contentText).toContain(BODY_PARAGRAPHS[2]);
  });

  it("resolves a web archive's capture's relative links against the capture's address, where they load", () => {
    const head =
      '<link rel="canonical" href="https://web.archive.org/web/20240115093000/https://news.example.com/uk/bridge-1.html">';
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>Xem <a href="/web/20240115093000/https://news.example.com/uk/b.html">bài trước</a> về cây cầu này.</p>`;
    const article = extractArticle(buildPage({ head, body }), {});
    expect(article.url).toBe('https://news.example.com/uk/bridge-1.html');
    expect(article.contentHtml).toContain(
      'href="https://web.archive.org/web/20240115093000/https://news.example.com/uk/b.html"',
    );
  });

  it.each([
    ['<!-- saved from url=(0041)https://news.example.com/uk/bridge-1.html -->\n', ''],
    [
      '',
      '<!--\n Page saved with SingleFile \n url: https://news.example.com/uk/bridge-1.html \n saved date: Mon Jan 15 2024\n-->',
    ],
  ])(
    "takes a saved page's URL from the comment its browser or tool wrote: %s%s",
    (before, after) => {
      const page = buildPage({ head: '' }).replace(
        '<!DOCTYPE html>\n<html>',
        `${before}<!DOCTYPE html>\n<html>${after}`,
      );
      expect(extractArticle(page, {}).url).toBe('https://news.example.com/uk/bridge-1.html');
      expect(extractArticle(page, given).url).toBe(given.url);
    },
  );

  it("reads a web archive's capture that names its original by a bookmark link: the original's URL, none of the archive's meta tags", () => {
    const head = `<link rel="canonical" href="https://archive.example/Xy7Qa">
<link rel="bookmark" href="https://archive.example/2024.01.15-093000/https://news.example.com/uk/bridge-1.html">
<meta property="og:site_name" content="archive.example">
<meta property="og:description" content="archived 15 Jan 2024 09:30:00 UTC">
<meta property="article:published_time" content="2024-01-15T09:30:00Z">`;
    const article = extractArticle(buildPage({ head }), {});
    expect(article.url).toBe('https://news.example.com/uk/bridge-1.html');
    expect(article.publishedAt).toBeNull();
    expect(article.lead).toBeNull();
  });

  it.each([
    ['<link rel="canonical" href="https://news.example.com/a.html">', '', 'canonical link'],
    ['<meta property="og:url" content="https://news.example.com/a.html">', '', 'og:url'],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","url":"https://news.example.com/a.html"}</script>',
      '',
      'JSON-LD url',
    ],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":"https://news.example.com/a.html"}</script>',
      '',
      'JSON-LD mainEntityOfPage',
    ],
    ['', '<!-- saved from url=(0032)https://news.example.com/a.html -->\n', "saved page's comment"],
    [
      '<link rel="bookmark" href="https://archive.example/2024.01.15-093000/https://news.example.com/a.html">',
      '',
      "web archive's bookmark link",
    ],
  ])('explains where the URL was read from: %s%s', (head, before, source) => {
    const page = buildPage({ head }).replace('<!DOCTYPE html>', `${before}<!DOCTYPE html>`);
    const { trace, explanation } = recordingTrace();
    expect(extractArticle(page, { trace }).url).toBe('https://news.example.com/a.html');
    expect(explanation.fields.find((f) => f.field === 'url')?.source).toBe(source);
  });

  it('explains a URL taken from the url option as such', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(buildPage({ head: '' }), { ...given, trace });
    expect(explanation.fields.find((f) => f.field === 'url')?.source).toBe('url option');
  });

  it('takes no URL from a comment inside the page', () => {
    const page = buildPage({
      head: '',
      before: '<!-- saved from url=(0041)https://news.example.com/uk/bridge-1.html -->',
    });
    expect(() => extractArticle(page, {})).toThrow(/no canonical URL/);
  });

  it('ignores a canonical link that is not http(s)', () => {
    const head = '<link rel="canonical" href="javascript:alert(1)">';
    expect(extractArticle(buildPage({ head }), given).url).toBe(given.url);
  });

  it('derives the id from the canonical URL, so the same page always has the same id', () => {
    const first = extractArticle(buildPage({ head: CANONICAL }), {
      url: 'https://mirror.example.vn/1',
    });
    const again = extractArticle(buildPage({ head: CANONICAL }), {
      url: 'https://mirror.example.vn/2',
    });
    expect(first.id).toBe(again.id);
    expect(first.id).toBe(articleId('https://tinh.example.gov.vn/tin/a.html'));
    expect(first.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

/** The test page without its <h1>: the title then comes from the meta titles. */
function noHeadline(html: string): string {
  return html.replace(/<h1>.*?<\/h1>/, '');
}

describe('extractArticle title', () => {
  it('takes the JSON-LD headline, then og:title, then <title> when the page shows no headline', () => {
    const ld = jsonLd({ '@type': 'Article', headline: 'Tiêu đề JSON-LD' });
    const og = '<meta property="og:title" content="Tiêu đề Open Graph">';
    const page = (head: string) => noHeadline(buildPage({ head: CANONICAL + head }));
    expect(extractArticle(page(ld + og)).title).toBe('Tiêu đề JSON-LD');
    expect(extractArticle(page(og)).title).toBe('Tiêu đề Open Graph');
    expect(extractArticle(page('')).title).toBe('Tổng kết cải cách hành chính năm 2023');
  });

  it('strips the site name from og:title and from <title>', () => {
    const og =
      '<meta property="og:title" content="Giá vàng hôm nay tăng mạnh | Báo Kinh Tế"><meta property="og:site_name" content="Báo Kinh Tế">';
    expect(extractArticle(noHeadline(buildPage({ head: CANONICAL + og }))).title).toBe(
      'Giá vàng hôm nay tăng mạnh',
    );
    const page = buildPage({
      head: CANONICAL,
      title: 'Cổng TTĐT tỉnh > Tin tức > Khai mạc hội chợ nông sản năm 2024',
    }).replace(/<h1>.*<\/h1>/, '<span class="title">Khai mạc hội chợ nông sản năm 2024</span>');
    expect(extractArticle(page).title).toBe('Khai mạc hội chợ nông sản năm 2024');
  });

  it('decodes the character references a CMS writes into JSON-LD strings ("review &#8211; shoots")', () => {
    const ld = jsonLd({
      '@type': 'Article',
      headline: 'Fallen Order review &#8211; shoots for the moon, doesn&#8217;t land &amp; more',
    });
    expect(extractArticle(noHeadline(buildPage({ head: CANONICAL + ld }))).title).toBe(
      'Fallen Order review – shoots for the moon, doesn’t land & more',
    );
  });

  it('keeps a dash that belongs to the headline', () => {
    const og = '<meta property="og:title" content="Hà Nội - Hải Phòng thông xe cao tốc mới">';
    expect(extractArticle(noHeadline(buildPage({ head: CANONICAL + og }))).title).toBe(
      'Hà Nội - Hải Phòng thông xe cao tốc mới',
    );
  });
});

describe('extractArticle meta tags', () => {
  it('reads each property of a space-separated list (RDFa), and Dublin Core written with a colon', () => {
    const head = `${CANONICAL}<meta property="dc:creator twitter:site_name" content="Trần Văn Bình"><meta property="x:title og:title" content="Tiêu đề trong danh sách thuộc tính">`;
    const article = extractArticle(noHeadline(buildPage({ head })));
    expect(article.title).toBe('Tiêu đề trong danh sách thuộc tính');
    expect(article.authors).toEqual(['Trần Văn Bình']);
  });
});

describe('extractArticle JSON-LD', () => {
  it('reads a NewsArticle inside @graph, in a top-level array and in a second script', () => {
    const node = {
      '@type': 'NewsArticle',
      headline: 'Tin trong đồ thị',
      articleSection: 'Xã hội',
      keywords: ['a', 'b'],
    };
    for (const head of [
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebSite', name: 'S' }, node],
      }),
      jsonLd([{ '@type': 'Organization', name: 'S' }, node]),
      jsonLd({ '@type': 'BreadcrumbList', itemListElement: [] }) + jsonLd(node),
    ]) {
      const article = extractArticle(noHeadline(buildPage({ head: CANONICAL + head })));
      expect({ title: article.title, section: article.section, tags: article.tags }).toEqual({
        title: 'Tin trong đồ thị',
        section: 'Xã hội',
        tags: ['a', 'b'],
      });
    }
  });

  it.each(['WebPage', 'MedicalWebPage', 'ItemPage'])(
    "reads a %s node that describes the article (its headline and author) as the article's, where the page declares no article node",
    (type) => {
      const head = jsonLd({
        '@type': type,
        headline: 'Trang viết như bài',
        author: { '@type': 'Person', name: 'Trần Văn Bình' },
        keywords: ['a', 'b'],
      });
      const article = extractArticle(noHeadline(buildPage({ head: CANONICAL + head })));
      expect({ title: article.title, authors: article.authors, tags: article.tags }).toEqual({
        title: 'Trang viết như bài',
        authors: ['Trần Văn Bình'],
        tags: ['a', 'b'],
      });
    },
  );

  it("does not take the author of a web page node without a headline (an SEO plugin's, naming the CMS account)", () => {
    const head = jsonLd({
      '@graph': [
        { '@type': 'WebPage', '@id': '#webpage', name: 'Trang - Site', author: { '@id': '#me' } },
        { '@type': 'Person', '@id': '#me', name: 'webnata' },
      ],
    });
    expect(extractArticle(noHeadline(buildPage({ head: CANONICAL + head }))).authors).toEqual([]);
  });

  it("does not read a web page node's author when the page declares an article node", () => {
    const head = jsonLd({
      '@graph': [
        {
          '@type': 'WebPage',
          headline: 'Trang',
          author: { '@type': 'Person', name: 'Lê Thị Hoa' },
        },
        {
          '@type': 'NewsArticle',
          headline: 'Bài',
          author: { '@type': 'Person', name: 'Trần Văn Bình' },
        },
      ],
    });
    expect(extractArticle(noHeadline(buildPage({ head: CANONICAL + head }))).authors).toEqual([
      'Trần Văn Bình',
    ]);
  });

  it('accepts @type arrays and schema.org URLs as types', () => {
    const head = jsonLd({
      '@type': ['http://schema.org/NewsArticle', 'CreativeWork'],
      headline: 'Kiểu mảng',
    });
    expect(extractArticle(noHeadline(buildPage({ head: CANONICAL + head }))).title).toBe(
      'Kiểu mảng',
    );
  });

  it('survives broken JSON-LD (trailing commas, raw newlines, garbage)', () => {
    const head = `${CANONICAL}<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dòng
mới",}</script><script type="application/ld+json">{not json</script>`;
    expect(extractArticle(noHeadline(buildPage({ head }))).title).toBe('Dòng mới');
  });

  it.each([
    ['CDATA markers', '<![CDATA[', ']]>'],
    ['CDATA markers commented out for old parsers', '//<![CDATA[', '//]]>'],
    ['an HTML comment', '<!--', '-->'],
  ])('reads JSON-LD wrapped in %s', (_what, open, close) => {
    const node = JSON.stringify({ '@type': 'NewsArticle', headline: 'Trong khối CDATA' });
    const head = `${CANONICAL}<script type="application/ld+json">\n  ${open}\n  ${node}\n  ${close}\n</script>`;
    expect(extractArticle(noHeadline(buildPage({ head }))).title).toBe('Trong khối CDATA');
  });

  it('reads JSON-LD missing the comma between two properties on their own lines', () => {
    const head = `${CANONICAL}<script type="application/ld+json">{
      "@type": "NewsArticle",
      "image": { "@type": "ImageObject", "url": "https://x.example/a.jpg" }

      "headline": "Thiếu dấu phẩy",
      "author": [{ "@type": "Person", "name": "Trần Văn Bình" }]
      "datePublished": "2024-12-14T08:15:00+07:00"
    }</script>`;
    const article = extractArticle(noHeadline(buildPage({ head })));
    expect(article.title).toBe('Thiếu dấu phẩy');
    expect(article.authors).toEqual(['Trần Văn Bình']);
  });

  it.each([
    [
      'line comments',
      '// Schema by an SEO plugin\n{\n  // the article\n  "@type": "NewsArticle", // typed\n',
    ],
    ['block comments', '/* schema.org */ {\n  /* the article */ "@type": "NewsArticle",\n'],
    ['CDATA markers in block comments', '/*<![CDATA[*/\n{ "@type": "NewsArticle",\n'],
  ])('reads JSON-LD with JavaScript %s, leaving a URL’s slashes alone', (_what, opening) => {
    const closing = opening.startsWith('/*<!') ? '}\n/*]]>*/' : '}';
    const head = `${CANONICAL}<script type="application/ld+json">${opening}
      "headline": "Có chú thích",
      "author": { "@type": "Person", "name": "Trần Văn Bình", "url": "https://x.example/a//b" },
      "datePublished": "2024-12-14T08:15:00+07:00"
    ${closing}</script>`;
    const article = extractArticle(noHeadline(buildPage({ head })));
    expect(article.title).toBe('Có chú thích');
    expect(article.authors).toEqual(['Trần Văn Bình']);
    expect(article.publishedAt).toBe('2024-12-14T08:15:00+07:00');
  });

  it.each([
    ['one after another', ''],
    ['on lines of their own', '\n'],
  ])('reads JSON-LD objects written %s without an array', (_what, between) => {
    const site = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Báo X',
    });
    const article = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Hai đối tượng',
      author: { '@type': 'Person', name: 'Trần Văn Bình' },
    });
    const head = `${CANONICAL}<script type="application/ld+json">${site}${between}${article}</script>`;
    const read = extractArticle(noHeadline(buildPage({ head })));
    expect(read.title).toBe('Hai đối tượng');
    expect(read.authors).toEqual(['Trần Văn Bình']);
  });

  it('reads JSON-LD whose template escaped it as HTML (&quot; for its quotes)', () => {
    const node = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Mèo & "Chuột"',
      author: { '@type': 'Person', name: 'Trần Văn Bình' },
    });
    const escaped = node.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const head = `${CANONICAL}<script type="application/ld+json">${escaped}</script>`;
    const read = extractArticle(noHeadline(buildPage({ head })));
    expect(read.title).toBe('Mèo & "Chuột"');
    expect(read.authors).toEqual(['Trần Văn Bình']);
  });

  it('reads JSON-LD whose strings hold unescaped double quotes', () => {
    const head = `${CANONICAL}<script type="application/ld+json">{
      "@type": "NewsArticle",
      "headline": "Ông nói "không" với "Hà Nội"",
      "description": "Câu "trích", rồi tiếp",
      "author": { "@type": "Person", "name": "Trần Văn Bình" },
    }</script>`;
    const read = extractArticle(noHeadline(buildPage({ head })));
    expect(read.title).toBe('Ông nói "không" với "Hà Nội"');
    expect(read.authors).toEqual(['Trần Văn Bình']);
  });

  it('reads the section from breadcrumbs when the page has no articleSection', () => {
    const head = jsonLd({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Trang chủ' },
        { '@type': 'ListItem', position: 2, item: { '@id': 'https://x/kt', name: 'Kinh tế' } },
      ],
    });
    expect(extractArticle(buildPage({ head: CANONICAL + head })).section).toBe('Kinh tế');
  });

  it.each([
    ['a year and a month', ['2024', 'Novembro']],
    ['a month and its year', ['November 2024']],
    ['a Japanese era year and month', ['令和6年11月']],
    ['a Korean year and month', ['2024년 11월']],
  ])("reads no date archive's crumb (%s) as the section, but the section before it", (_, dates) => {
    const items = ['Trang chủ', 'Kinh tế', ...dates].map((name, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name,
    }));
    const head = jsonLd({ '@type': 'BreadcrumbList', itemListElement: items });
    expect(extractArticle(buildPage({ head: CANONICAL + head })).section).toBe('Kinh tế');
  });

  it("reads the section from the post's category link (WordPress's rel=\"category tag\"), not a menu's", () => {
    const category =
      '<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="/category/kinh-te/" rel="category tag">Kinh tế</a></span></footer>';
    const widget =
      '<aside class="widget-area"><ul><li><a href="/category/the-thao/" rel="category">Thể thao</a></li></ul></aside>';
    const html = buildPage({ head: CANONICAL, tail: category }).replace(
      '</body>',
      `${widget}</body>`,
    );
    expect(extractArticle(html).section).toBe('Kinh tế');
    const menuOnly = buildPage({ head: CANONICAL }).replace('</body>', `${widget}</body>`);
    expect(extractArticle(menuOnly).section).toBeNull();
  });

  it('reads the post\'s tags, not its category, from WordPress\'s links (rel="category tag" is the category)', () => {
    const links =
      '<footer class="entry-footer"><span class="cat-links"><a href="/category/tin-tuc/" rel="category tag">Tin tức - Sự kiện</a></span> <span class="tags-links"><a href="/tag/nong-thon-moi/" rel="tag">nông thôn mới</a>, <a href="/tag/giao-thong/" rel="tag">giao thông</a></span></footer>';
    const article = extractArticle(buildPage({ head: CANONICAL, tail: links }));
    expect(article.tags).toEqual(['nông thôn mới', 'giao thông']);
    expect(article.section).toBe('Tin tức - Sự kiện');
  });

  it.each([
    ['articleSection', '<span itemprop="articleSection">Kinh tế</span>'],
    ['genre (Joomla)', 'Chuyên mục: <a href="/kinh-te" itemprop="genre">Kinh tế</a>'],
    ['articleSection in a <meta>', '<meta itemprop="articleSection" content="Kinh tế">'],
    [
      'articleSection of several links (the first)',
      '<span itemprop="articleSection"><a href="/kinh-te">Kinh tế</a>, <a href="/xa-hoi">Xã hội</a></span>',
    ],
  ])('reads the section from microdata %s in the article', (_, markup) => {
    const html = buildPage({ head: CANONICAL, before: `<div class="info">${markup}</div>` });
    expect(extractArticle(html).section).toBe('Kinh tế');
  });

  it.each(['path-node page-node-type-article', 'path-frontpage'])(
    'reads the section from the breadcrumb, not from every link, under a body class "%s"',
    (bodyClass) => {
      const crumbs =
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ol>';
      const html = buildPage({ head: CANONICAL, before: crumbs })
        .replace('<body>', `<body class="${bodyClass}">`)
        .replace('<footer>', '<footer><a href="/lien-he">Liên hệ</a> ');
      expect(extractArticle(html).section).toBe('Kinh tế');
    },
  );
});

describe("section: breadcrumbs are links to the site's own pages", () => {
  const share =
    '<ul class="share"><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">teilen</a></li><li><a href="https://twitter.com/intent/tweet?url=x">tweeten</a></li><li><a href="mailto:?subject=x">mailen</a></li></ul>';
  const bar = (crumbs: string) =>
    `<div class="intro intro__breadcrumbNavigation intro__socialSharing"><ul class="crumbs">${crumbs}<li><span>AKW-Neubau in Polen</span></li></ul>${share}</div>`;

  it('takes no share link beside the breadcrumb for the section', () => {
    const html = buildPage({ head: CANONICAL, before: bar('<li><a href="/">Startseite</a></li>') });
    expect(extractArticle(html).section).toBeNull();
  });

  it('takes the last link to a page of the site, passing over the share links after it', () => {
    const crumbs =
      '<li><a href="/">Startseite</a></li><li><a href="https://tinh.example.gov.vn/themen/atomkraft/">Atomkraft</a></li>';
    const html = buildPage({ head: CANONICAL, before: bar(crumbs) });
    expect(extractArticle(html).section).toBe('Atomkraft');
  });

  it('takes a structured breadcrumb naming the home page in German ("Startseite") for no section', () => {
    const head = jsonLd({
      '@type': 'BreadcrumbList',
      itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Startseite' }],
    });
    expect(extractArticle(buildPage({ head: CANONICAL + head })).section).toBeNull();
  });

  it.each(['Startseite', 'Accueil', 'Inicio', 'Forside'])(
    'takes a breadcrumb linking to the site\'s front page ("%s") for no section',
    (home) => {
      const crumbs = `<ol class="breadcrumb"><li><a href="https://tinh.example.gov.vn/">${home}</a></li></ol>`;
      expect(extractArticle(buildPage({ head: CANONICAL, before: crumbs })).section).toBeNull();
    },
  );
});

describe('section: a link to an action the site offers is no section', () => {
  it.each(['申请入驻', 'Đăng ký', 'Subscribe', 'Login', 'Sign in'])(
    'passes over a breadcrumb trail ending with "%s" for the section before it',
    (action) => {
      const crumbs = `<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te/">Kinh tế</a> › <a href="/account/join">${action}</a></div>`;
      expect(extractArticle(buildPage({ head: CANONICAL, before: crumbs })).section).toBe(
        'Kinh tế',
      );
    },
  );

  it('still reads a section whose name begins with such a word', () => {
    const crumbs =
      '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/dang-ky-kinh-doanh/">Đăng ký kinh doanh</a></div>';
    expect(extractArticle(buildPage({ head: CANONICAL, before: crumbs })).section).toBe(
      'Đăng ký kinh doanh',
    );
  });
});

describe('extractArticle lead, tags and language', () => {
  it('takes the sapo element as the lead and leaves it out of the body', () => {
    const sapo =
      'Năm 2023, tỉnh cắt giảm gần 200 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%.';
    const article = extractArticle(
      buildPage({
        body: `<p class="sapo">${sapo}</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`,
      }),
    );
    expect(article.lead).toBe(sapo);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([['NukeViet’s hometext', 'hometext m-bottom']])(
    'takes %s as the lead over a description the CMS made of the title, its sections and the address',
    (_, cls) => {
      const sapo =
        'Năm 2023, tỉnh cắt giảm gần 200 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%.';
      const head = `${CANONICAL}<meta name="description" content="Tổng kết cải cách hành chính năm 2023 - Detail - Tin tức - Cổng thông tin tỉnh - https://tinh.example.gov.vn/tin/a.html">`;
      const article = extractArticle(
        buildPage({
          head,
          before: `<div class="clearfix"><div class="${cls}">${sapo}</div></div>`,
        }),
      );
      expect(article.lead).toBe(sapo);
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it("takes no lead from a description the CMS made of the title, its sections and the page's address", () => {
    const head = `${CANONICAL}<meta name="description" content="Tổng kết cải cách hành chính năm 2023 - Detail - Tin tức - Cổng thông tin tỉnh - https://tinh.example.gov.vn/tin/a.html">`;
    expect(extractArticle(buildPage({ head })).lead).toBeNull();
  });

  it('does not take a "description" element wrapping the whole body as the lead', () => {
    const paragraphs = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const article = extractArticle(
      buildPage({ body: `<div class="description">${paragraphs}</div>` }),
    );
    expect(article.lead).toBeNull();
    expect(article.contentText).toContain(BODY_PARAGRAPHS[0]);
  });

  it('takes a description as the lead unless it is a truncated copy of the opening (the whole first paragraph is the lead: see tag-lead-rules)', () => {
    const standfirst =
      '<meta name="description" content="Người dân hài lòng hơn khi thủ tục giảm mạnh và hồ sơ được xử lý trực tuyến toàn trình.">';
    expect(extractArticle(buildPage({ head: CANONICAL + standfirst })).lead).toBe(
      'Người dân hài lòng hơn khi thủ tục giảm mạnh và hồ sơ được xử lý trực tuyến toàn trình.',
    );
    const excerpt = `<meta name="description" content="${BODY_PARAGRAPHS[0]?.slice(0, 120)}...">`;
    expect(extractArticle(buildPage({ head: CANONICAL + excerpt })).lead).toBeNull();
    const copy = `<meta name="description" content="${BODY_PARAGRAPHS[0]?.slice(0, 120)}">`;
    expect(extractArticle(buildPage({ head: CANONICAL + copy })).lead).toBeNull();
  });

  it('does not take a Japanese or Chinese description abridging the opening as the lead, counting their characters as words', () => {
    const page = (lang: string, description: string, paragraphs: readonly string[]) =>
      `<html lang="${lang}"><head><meta charset="utf-8"><title>T</title><meta name="description" content="${description}"></head><body><article><h1>見出し</h1><div class="body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    const japanese = [
      '日本銀行は19日の金融政策決定会合で、政策金利を現在の0.5%から0.75%に引き上げることを賛成多数で決めた。利上げは昨年7月以来で、政策金利は約30年ぶりの高水準となる。',
      '植田和男総裁は会合後の記者会見で「賃金と物価の好循環が強まっている」と述べ、物価目標の実現が近づいているとの認識を示した。',
    ];
    const abridged =
      '日本銀行は19日の金融政策決定会合で、政策金利を0.5%から0.75%に引き上げることを決めた。';
    const url = 'https://news.example.jp/a.html';
    expect(extractArticle(page('ja', abridged, japanese), { url }).lead).toBeNull();
    const chinese = [
      '国家统计局15日发布数据显示，今年前11个月全国规模以上工业增加值同比增长4.3%，其中高技术制造业增长明显，装备制造业保持较快增长。',
      '国家统计局新闻发言人表示，国民经济持续恢复向好，但外部环境依然复杂严峻，国内需求仍显不足。',
    ];
    const cut =
      '国家统计局15日发布数据显示，前11个月全国规模以上工业增加值同比增长4.3%，高技术制造业增长明显。';
    expect(extractArticle(page('zh', cut, chinese), { url }).lead).toBeNull();
    // A standfirst of its own words stays the lead.
    const own = '日銀が約30年ぶりの水準まで金利を引き上げ、市場では円高が進んだ。';
    expect(extractArticle(page('ja', own, japanese), { url }).lead).toBe(own);
  });

  it.each([
    'Pressemitteilung 412 vom 14. Dezember 2023',
    'Press release No. 412 of 14 December 2023',
  ])(
    "takes no description that is a release's label, number and date for the lead: %j",
    (label) => {
      const head = `${CANONICAL}<meta name="description" content="${label}">`;
      expect(extractArticle(buildPage({ head })).lead).toBeNull();
    },
  );

  it.each([
    'The official website of Brookfield Parish Council',
    'Welcome to the official site of the City of Lakeside',
    'Oficjalny serwis internetowy Gminy Brzozówka',
    'Официальный сайт администрации города Северогорска',
    'Офіційний вебсайт Житомирської міської ради',
    'Offizielle Website der Stadt Hohenbrück',
    'Site officiel de la ville de Valmont',
    'Portal oficial del Ayuntamiento de Villanueva',
    'Cổng thông tin điện tử chính thức của UBND tỉnh Quảng Trị',
    'Cổng thông tin điện tử huyện Phú Lương, tỉnh Thái Nguyên',
    'Trang tin điện tử Đảng bộ huyện Yên Dũng',
    'Website chính thức của Trường THPT Hàm Rồng, Thanh Hóa',
    'Website Trường THPT chuyên Lam Sơn - Thanh Hóa',
    'The official website of the City of Springfield, Illinois',
    '北山市の公式ホームページです。',
  ])(
    "takes no description that says it is the site's official one for the lead: %j",
    (description) => {
      const head = `${CANONICAL}<meta name="description" content="${description}">`;
      expect(extractArticle(buildPage({ head })).lead).toBeNull();
    },
  );

  it('keeps a description that is a sentence about an official website as the lead', () => {
    const description =
      'The official website of the games went live on Monday, three days after the tickets sold out.';
    const head = `${CANONICAL}<meta name="description" content="${description}">`;
    expect(extractArticle(buildPage({ head })).lead).toBe(description);
  });

  it.each([
    'The official website of the games, launched on Monday, sold out its tickets',
    'Website builders compete for small shops as prices fall',
  ])('keeps a description that goes on past a name as the lead: %j', (description) => {
    const head = `${CANONICAL}<meta name="description" content="${description}">`;
    expect(extractArticle(buildPage({ head })).lead).toBe(description);
  });

  it("takes no description that opens with the site's name and a dash before a motto for the lead", () => {
    const site = '<meta property="og:site_name" content="Tạp chí Mặt trận">';
    const motto =
      'Tạp chí Mặt trận - Cơ quan lý luận và nghiệp vụ của Ủy ban Trung ương MTTQ Việt Nam';
    const head = `${CANONICAL}${site}<meta name="description" content="${motto}">`;
    expect(extractArticle(buildPage({ head })).lead).toBeNull();
    // The <title>'s site part names the site as well.
    const title = 'Tổng kết cải cách hành chính năm 2023 - Báo Nhân Dân';
    const slogan =
      'Báo Nhân Dân - Cơ quan Trung ương của Đảng Cộng sản Việt Nam, Tiếng nói của Đảng, Nhà nước và Nhân dân Việt Nam';
    const titled = `${CANONICAL}<meta name="description" content="${slogan}">`;
    expect(extractArticle(buildPage({ head: titled, title })).lead).toBeNull();
    // The site's name with its acronym spelled out.
    const acronym = '<meta property="og:site_name" content="Hội LHPN tỉnh Hải Dương">';
    const spelled = 'Hội Liên hiệp Phụ nữ tỉnh Hải Dương - Vì sự bình đẳng, phát triển của phụ nữ';
    const expanded = `${CANONICAL}${acronym}<meta name="description" content="${spelled}">`;
    expect(extractArticle(buildPage({ head: expanded })).lead).toBeNull();
    // A summary after the site's name, as some newsrooms open theirs, stays the lead.
    const summary =
      'Tạp chí Mặt trận - Sau 12 tháng đổi mới, người dân hài lòng hơn với dịch vụ công của tỉnh.';
    const kept = `${CANONICAL}${site}<meta name="description" content="${summary}">`;
    expect(extractArticle(buildPage({ head: kept })).lead).toBe(summary);
  });

  it.each([
    ['VTV.vn - ', 'VTV.VN'],
    ['(Chinhphu.vn) - ', 'Báo Chính phủ'],
    ['(Dân trí) - ', 'Báo Dân trí'],
    ['TPO - ', 'Báo Tiền Phong'],
    ['GD&amp;TĐ - ', 'Báo Giáo dục và Thời đại'],
    ['(NLĐO)- ', 'Báo Người Lao Động'],
    ['(dpa) - ', 'Nordkurier'],
    ['(AP) — ', 'Daily Herald'],
  ])("takes the site's or agency's tag %j opening a summary out of the lead", (tag, name) => {
    const summary = 'Sau 12 tháng đổi mới, người dân hài lòng hơn với dịch vụ công của tỉnh.';
    const site = `<meta property="og:site_name" content="${name}">`;
    const head = `${CANONICAL}${site}<meta name="description" content="${tag}${summary}">`;
    expect(extractArticle(buildPage({ head })).lead).toBe(summary);
  });

  it.each([
    'ນັບແຕ່ວັນທີ 1 ມັງກອນ, ລັດຖະບານໄດ້ປັບປຸງການບໍລິການສາທາລະນະ.',
    'នៅថ្ងៃទី ១៤ ខែធ្នូ រដ្ឋាភិបាលបានកែលម្អសេវាសាធារណៈ។',
    '近日，越南政府宣布进一步改进全国各省的公共服务，让人民办理手续更加方便快捷。',
  ])("takes the site's tag out of a summary in a script without capitals: %j", (summary) => {
    const site = '<meta property="og:site_name" content="Báo Nhân Dân">';
    const head = `${CANONICAL}${site}<meta name="description" content="NDO - ${summary}">`;
    expect(extractArticle(buildPage({ head })).lead).toBe(summary);
  });

  it.each([
    'Giao thông Thủ đô - Sau 12 tháng đổi mới, người dân hài lòng hơn với dịch vụ công.',
    'WASHINGTON (Reuters) - The U.S. Senate passed a stopgap funding bill late on Thursday.',
    'VIDEO - Sau 12 tháng đổi mới, người dân hài lòng hơn với dịch vụ công của tỉnh.',
  ])(
    'keeps a kicker, a dateline or a capitals word naming no site opening a summary: %j',
    (lead) => {
      const site = '<meta property="og:site_name" content="Báo Tiền Phong">';
      const head = `${CANONICAL}${site}<meta name="description" content="${lead}">`;
      expect(extractArticle(buildPage({ head })).lead).toBe(lead);
    },
  );

  it('keeps keywords meta as tags only when the article uses them', () => {
    const used = '<meta name="keywords" content="cải cách hành chính, thủ tục hành chính">';
    const sitewide = '<meta name="keywords" content="tin tức, báo điện tử, tin nóng, giải trí">';
    expect(extractArticle(buildPage({ head: CANONICAL + used })).tags).toEqual([
      'cải cách hành chính',
      'thủ tục hành chính',
    ]);
    expect(extractArticle(buildPage({ head: CANONICAL + sitewide })).tags).toEqual([]);
  });

  it('decodes character references in tags before splitting them, and drops tags of punctuation only', () => {
    // "AT&amp;T; PG&amp;E" split at ";" gave "AT&amp" and "T"; "&amp;quot" is a quote escaped twice.
    const ld = jsonLd({ '@type': 'Article', headline: 'T', keywords: 'AT&amp;T; PG&amp;E; điện' });
    expect(extractArticle(buildPage({ head: CANONICAL + ld })).tags).toEqual([
      'AT&T',
      'PG&E',
      'điện',
    ]);
    const head = `${CANONICAL}<meta name="news_keywords" content="nước, &amp;quot, sao Mộc">`;
    expect(extractArticle(buildPage({ head })).tags).toEqual(['nước', 'sao Mộc']);
    const tag = `${CANONICAL}<meta property="article:tag" content="PG&amp;amp;E">`;
    expect(extractArticle(buildPage({ head: tag })).tags).toEqual(['PG&E']);
  });

  it('prefers article:tag over keywords, without duplicates', () => {
    const head = `${CANONICAL}<meta property="article:tag" content="Hành chính"><meta property="article:tag" content="hành chính"><meta property="article:tag" content="Số hóa"><meta name="keywords" content="x, y">`;
    expect(extractArticle(buildPage({ head })).tags).toEqual(['Hành chính', 'Số hóa']);
  });

  it('takes the language the page declares, normalized to BCP 47', () => {
    expect(extractArticle(buildPage({ lang: 'vi-vn' })).language).toBe('vi-VN');
    const og = `${CANONICAL}<meta property="og:locale" content="vi_VN">`;
    expect(extractArticle(buildPage({ head: og })).language).toBe('vi-VN');
  });

  it('reads no language from a declaration naming a character encoding (lang="utf-8")', () => {
    const og = `${CANONICAL}<meta property="og:locale" content="vi_VN">`;
    expect(extractArticle(buildPage({ lang: 'utf-8', head: og })).language).toBe('vi-VN');
    expect(extractArticle(buildPage({ lang: 'utf-8' })).language).toBe('vi');
    expect(extractArticle(buildPage({ lang: 'ISO-8859-1' })).language).toBe('vi');
  });

  it('reads Han text with a stray kana as Chinese, and Japanese prose as Japanese', () => {
    const chinese = `<p>${'新华社北京4月24日电，习近平主席向首届论坛致贺信，在会场内外引发热烈反响。大家表示，贺信阐明了当前建设高水平合作伙伴关系的重要意义。'.repeat(4)}ぃ</p>`;
    expect(extractArticle(buildPage({ body: chinese })).language).toBe('zh');
    const japanese = `<p>${'東京都江東区のマンションで女性が殺害された事件で、警視庁は容疑者の携帯電話が他人名義だったことを明らかにしました。'.repeat(4)}</p>`;
    expect(extractArticle(buildPage({ body: japanese })).language).toBe('ja');
  });

  it('detects the language when the page declares a wrong one or none', () => {
    expect(extractArticle(buildPage({ lang: 'en-US' })).language).toBe('vi');
    expect(extractArticle(buildPage()).language).toBe('vi');
    const english = `<p>${'The council met on Thursday to review the budget, and members agreed to fund two new schools and a bridge over the river. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'vi', body: english })).language).toBe('en');
  });

  it('gives way to the text’s language where the text is plainly not in the declared one', () => {
    // A template's declaration travels with content of another edition: English stories under
    // lang="de", German posts under lang="en", Swahili under en-US.
    const english = `<p>${'The road to retiring early is not easy. It takes time and incredible discipline to earn, save, and invest as much as you possibly can. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'de', body: english })).language).toBe('en');
    const german = `<p>${'Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich durch alle Branchen, und auch das Gesundheitswesen steht vor großen Veränderungen. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'en-US', body: german })).language).toBe('de');
    const swahili = `<p>${'Jeshi la Polisi mkoani Shinyanga limefanikiwa kukamata watu wanaotuhumiwa kwa makosa mbalimbali wakati wa operesheni maalum iliyofanyika mwezi huu. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'en-US', body: swahili })).language).toBe('sw');
    const chinese = `<p>${'新华社北京4月24日电，习近平主席向首届论坛致贺信，在会场内外引发热烈反响。'.repeat(4)}</p>`;
    expect(extractArticle(buildPage({ lang: 'en', body: chinese })).language).toBe('zh');
  });

  it('keeps a declaration the detector cannot judge: a language it has no model of, or one close to its guess', () => {
    // franc-min models no Danish or Norwegian (it calls both Swedish), and ranks Malay close to
    // Indonesian: the page's word stands.
    const danish = `<p>${'Et stort flertal af den grønlandske befolkning ønsker ifølge en ny måling, at landet på sigt bliver selvstændigt, men kun få vil betale prisen for det. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'da', body: danish })).language).toBe('da');
    const norwegian = `<p>${'En norsk mann i førtiårene er dømt til livstid i England for drapet på sin tidligere kjæreste, som han hadde truet i flere måneder før det skjedde. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'nb-NO', body: norwegian })).language).toBe('nb-NO');
    const english = `<p>${'The council met on Thursday to review the budget, and members agreed to fund two new schools and a bridge over the river. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'en-GB', body: english })).language).toBe('en-GB');
    // Under 200 characters, detection is a guess: the declaration stands.
    const short =
      '<p>Die Regierung hat am Montag einen neuen Plan für die Schulen vorgestellt, der mehr Lehrer und kleinere Klassen in allen Städten verspricht.</p>';
    expect(extractArticle(buildPage({ lang: 'en', body: short })).language).toBe('en');
  });

  it('reads Khmer and Lao text by its script, which franc-min has no model of', () => {
    // A Vietnamese CMS's foreign editions keep its lang="vi"; a Latin word or two in the text
    // made franc guess a Latin-script language (Khmer with "VNA" read as Italian).
    const khmer = `<p>${'ភាគីទាំងពីរ បានវាយតម្លៃថា ពាណិជ្ជកម្មទ្វេភាគីមានការកើនឡើង។ '.repeat(6)}(VNA)</p>`;
    expect(extractArticle(buildPage({ lang: 'vi', body: khmer })).language).toBe('km');
    expect(extractArticle(buildPage({ body: khmer })).language).toBe('km');
    const lao = `<p>${'ຝ່າຍຫວຽດນາມ ຈະມອບທຶນການສຶກສາໃຫ້ນັກສຶກສາລາວ ເພື່ອໄປຮຽນຢູ່ຫວຽດນາມ. '.repeat(5)}</p>`;
    expect(extractArticle(buildPage({ lang: 'vi', body: lao })).language).toBe('lo');
    expect(extractArticle(buildPage({ lang: 'km', body: khmer })).language).toBe('km');
  });

  it('reads a short text by its script when only one language writes it (Chinese under lang="vi")', () => {
    // 115 Han characters are some hundred words: the 200 characters trigrams need are for
    // scripts several languages share.
    const chinese =
      '<p>文化节期间将举办书法展、传统民间游戏、春节美食展示等多项活动，预计将吸引数万名国内外游客参加。</p><p>河内市文化体育局局长表示，这是向国内外游客介绍越南传统春节文化的好机会。</p>';
    expect(extractArticle(buildPage({ lang: 'vi', body: chinese })).language).toBe('zh');
    expect(extractArticle(buildPage({ body: chinese })).language).toBe('zh');
  });

  it('keeps an English declaration over English text that writes Vietnamese names with their marks', () => {
    // Vietnam News writes every name in full ("Bình Định", "Trịnh Thị Thủy"): 5% of its letters
    // are Vietnamese ones, all in capitalised words; Vietnamese prose marks its small words too.
    const english = `<p>${'Nguyễn Tuấn Thanh, vice chairman of the Bình Định People’s Committee, met Trịnh Thị Thủy, Deputy Minister of Culture, and artists from Đắk Lắk, Đắk Nông, Lâm Đồng and Quảng Ngãi. '.repeat(3)}</p>`;
    expect(extractArticle(buildPage({ lang: 'en', body: english })).language).toBe('en');
    expect(extractArticle(buildPage({ lang: 'en-US' })).language).toBe('vi');
  });

  it("falls back to the publisher's language when the text is too short to tell", () => {
    const body =
      '<p>Hội nghị diễn ra trong hai ngày với nhiều nội dung quan trọng về phát triển kinh tế.</p>';
    const publisher = samplePublishersById.get('example-news');
    expect(extractArticle(buildPage({ body }), { publisher }).language).toBe('en');
    expect(extractArticle(buildPage({ body })).language).toBe('und');
  });
});

describe('extractArticle contentHash and wordCount', () => {
  it('gives the same hash to the same article however the page is laid out', () => {
    const page = buildPage({ head: CANONICAL });
    const relaid = page
      .replace(/\n/g, '\n\n   ')
      .replace('<main>', '<main class="v2" data-build="42">');
    const fromUtf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
    const hash = extractArticle(page).contentHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(extractArticle(relaid).contentHash).toBe(hash);
    expect(extractArticle(fromUtf16).contentHash).toBe(hash);
  });

  it('changes the hash, not the id, when the text or a metadata field changes', () => {
    const page = buildPage({ head: CANONICAL });
    const first = extractArticle(page);
    const edited = extractArticle(page.replace('gần 200 thủ tục', 'gần 210 thủ tục'));
    const retitled = extractArticle(page.replace('<h1>Tổng kết', '<h1>Sơ kết'));
    expect(edited.id).toBe(first.id);
    expect(edited.contentHash).not.toBe(first.contentHash);
    expect(retitled.contentHash).not.toBe(first.contentHash);
  });

  it('counts words one per Vietnamese syllable, punctuation and dashes aside', () => {
    const text =
      'Hà Nội – ngày 14/12: hội nghị (lần thứ 2) đã diễn ra thành công, tốt đẹp; đại biểu dự đông đủ.';
    expect(countWords(text)).toBe(22);
    expect(countWords("rock'n'roll, e-mail — 3,5 m")).toBe(5);
  });
});

describe('meta tags that carry their value in value= instead of content=', () => {
  // Pages saved by tools that rewrite meta tags so (the Postlight parser's fixtures) carry
  // `<meta name="author" value="…">`; where content= is there, it wins.
  it('reads the author, the dates and the description from value=', () => {
    const head = [
      '<meta name="author" value="Julia Carrie Wong">',
      '<meta value="2016-11-29T20:26:06.000Z" name="article:published_time">',
      '<meta name="description" value="Apprehension and distrust pervade the protest site as promises do little to assuage fears.">',
    ].join('');
    const article = extractArticle(buildPage({ head }), {
      url: 'https://tinh.example.gov.vn/tin/a.html',
    });
    expect(article.authors).toEqual(['Julia Carrie Wong']);
    // The same instant, at the offset of the .vn site's zone.
    expect(article.publishedAt).toBe('2016-11-30T03:26:06+07:00');
    expect(article.lead).toBe(
      'Apprehension and distrust pervade the protest site as promises do little to assuage fears.',
    );
  });

  it('prefers content= when a tag has both', () => {
    const head = '<meta name="author" content="Sam Levin" value="Julia Carrie Wong">';
    const article = extractArticle(buildPage({ head }), {
      url: 'https://tinh.example.gov.vn/tin/a.html',
    });
    expect(article.authors).toEqual(['Sam Levin']);
  });
});

describe('section: a declared section written as a list of several is its first', () => {
  const declared = (section: string) =>
    extractArticle(
      buildPage({
        head: CANONICAL + jsonLd({ '@type': 'Article', headline: 'Tin', articleSection: section }),
      }),
    ).section;

  it('reads "Thoughts" of an SEO plugin\'s "Thoughts, Content Creator, Kolumne, Mental Health"', () => {
    expect(declared('Thoughts, Content Creator, Kolumne, Mental Health')).toBe('Thoughts');
  });

  it('keeps a name holding one comma whole ("Kultur, Medien")', () => {
    expect(declared('Kultur, Medien')).toBe('Kultur, Medien');
  });
});

describe('section: a box whose class names a breadcrumb but that holds the article’s prose is no trail', () => {
  it('reads no section from a link in a paragraph of the article its script calls "url-breadcrumb" (Billboard)', () => {
    const linked = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>Các đơn vị đã được <a href="/tin/bao-cao-2022.html">tháng trước</a> nhắc nhở.</p>`;
    const page = buildPage({ head: CANONICAL, body: linked }).replace(
      '<div class="article-body">',
      '<div class="article-body js-article url-breadcrumb is-active">',
    );
    expect(extractArticle(page).section).toBeNull();
  });

  it('still reads the last link of a trail whose box holds a short paragraph of links', () => {
    const trail =
      '<div class="breadcrumb"><p><a href="/">Trang chủ</a> › <a href="/kinh-te/">Kinh tế</a></p></div>';
    expect(extractArticle(buildPage({ head: CANONICAL, before: trail })).section).toBe('Kinh tế');
  });
});

describe("section: last, a lone link to one of the site's pages right above the headline", () => {
  /** The page with `above` right before its headline, in the headline's box. */
  const above = (box: string) =>
    extractArticle(
      buildPage({ head: CANONICAL }).replace(
        '<h1>Tổng kết cải cách hành chính năm 2023</h1>',
        `<div class="detail">${box}<h1>Tổng kết cải cách hành chính năm 2023</h1></div>`,
      ),
    ).section;

  it.each([
    ['<div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div>', 'Thời sự'],
    // A trail of links set apart by a breadcrumb's separators: its last section, as a marked
    // breadcrumb's.
    [
      '<div class="k1"><a href="/">Trang chủ</a> › <a href="/kinh-te/">Kinh tế</a> › <a href="/kinh-te/tai-chinh/">Tài chính</a></div>',
      'Tài chính',
    ],
    ['<p><a href="/news/">News</a> » <a href="/news/world/">World</a></p>', 'World'],
    [
      '<p><a href="/">Home</a> / <a href="/news/">News</a> / <a href="https://tinh.example.gov.vn/tin/a.html">Tổng kết</a></p>',
      'News',
    ],
    // Its separators drawn by the style sheet: a list of links from the home page's down.
    [
      '<ul class="k1"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/kinh-te/tai-chinh/">Tài chính</a></li></ul>',
      'Tài chính',
    ],
    [
      '<div class="k1"><a href="https://tinh.example.gov.vn/"><i class="icon-home"></i></a> <a href="/kinh-te/">Kinh tế</a></div>',
      'Kinh tế',
    ],
    [
      '<ol class="k1"><li><a href="/">Home</a></li><li><a href="/tin/">Tin</a></li><li><a href="/tin/chinh-quyen/">Chính quyền</a></li><li><a href="https://tinh.example.gov.vn/tin/a.html">Tổng kết</a></li></ol>',
      'Chính quyền',
    ],
    // Without the home page's link, a list whose every link goes one level down from the last,
    // beside the date line in the same box.
    [
      '<div class="k1"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul><span>Thứ sáu, 5/12/2026, 08:00 (GMT+7)</span></div>',
      'Giao thông',
    ],
    // The trail, then the date line in a box of its own, then the headline.
    [
      '<div class="k1"><a href="/thoi-su">Thời sự</a><a href="/thoi-su/giao-thong">Giao thông</a></div><div class="k2">Thứ năm, 14/12/2023, 16:05 (GMT+7)</div>',
      'Giao thông',
    ],
    [
      '<div class="k1"><a href="/thoi-su.htm">Thời sự</a></div><time datetime="2023-12-14T16:05:00+07:00">14/12/2023 16:05</time>',
      'Thời sự',
    ],
    ['<a class="kicker" href="https://tinh.example.gov.vn/kinh-te/">Kinh tế</a>', 'Kinh tế'],
    ['<p><a href="/politik/">Politik</a></p>', 'Politik'],
  ])('reads %s', (box, section) => {
    expect(above(box)).toBe(section);
  });

  it('says where it read it (--explain)', () => {
    const { trace, explanation } = recordingTrace();
    const html = buildPage({ head: CANONICAL }).replace(
      '<h1>Tổng kết cải cách hành chính năm 2023</h1>',
      '<div><div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div><h1>Tổng kết cải cách hành chính năm 2023</h1></div>',
    );
    extractArticle(html, { trace });
    expect(explanation.fields.find((f) => f.field === 'section')).toMatchObject({
      source: 'the lone link above the headline',
      raw: 'Thời sự',
    });
  });

  it.each([
    ['a link to the home page', '<div><a href="/">Trang chủ</a></div>'],
    ['a link to another site', '<div><a href="https://other.example.com/x">Đối tác</a></div>'],
    [
      'a line with more than the link',
      '<div>Chuyên mục: <a href="/kinh-te/">Kinh tế</a> và xã hội</div>',
    ],
    ['two links', '<div><a href="/kinh-te/">Kinh tế</a> <a href="/xa-hoi/">Xã hội</a></div>'],
    [
      'a list of sections side by side, none below another',
      '<div><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/giao-thong">Giao thông</a></li></ul><span>05/12/2026</span></div>',
    ],
    [
      "a menu of sections from the home page's link",
      '<ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su/">Thời sự</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/xa-hoi/">Xã hội</a></li><li><a href="/the-thao/">Thể thao</a></li></ul>',
    ],
    [
      'a trail with more than links and separators',
      '<div><a href="/kinh-te/">Kinh tế</a> › xem thêm <a href="/xa-hoi/">Xã hội</a></div>',
    ],
    [
      'a sentence',
      '<div><a href="/tin/b.html">Hội nghị tổng kết công tác cải cách hành chính năm 2022 của tỉnh</a></div>',
    ],
    [
      "a menu of sections after the home page's link, none below another",
      '<div class="k1"><a href="/">Báo Tỉnh</a><a href="/thoi-su/">Thời sự</a><a href="/kinh-te/">Kinh tế</a><a href="/the-thao/">Thể thao</a></div>',
    ],
    [
      'a link above a line that is no date line',
      '<div><a href="/thoi-su.htm">Thời sự</a></div><p>Ban biên tập giới thiệu bài viết của độc giả.</p>',
    ],
  ])('reads none from %s', (_, box) => {
    expect(above(box)).toBeNull();
  });
});

describe('section: a trail labelled as where the reader is ("You are here:", "当前位置："), its last link the section', () => {
  const section = (before: string) =>
    extractArticle(buildPage({ head: CANONICAL, before })).section;

  it.each([
    [
      '当前位置：',
      '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zwdt/">政务动态</a></div>',
      '政务动态',
    ],
    [
      'Bạn đang ở:',
      '<div class="k1">Bạn đang ở: <a href="/">Trang chủ</a> » <a href="/tin-tuc/">Tin tức</a> » <a href="/tin-tuc/thoi-su/">Thời sự</a></div>',
      'Thời sự',
    ],
    [
      'You are here:',
      '<p class="k1">You are here: <a href="/">Home</a> / <a href="/news/">News</a></p>',
      'News',
    ],
    [
      'Sie sind hier:',
      '<div class="k1"><span>Sie sind hier:</span> <a href="/">Startseite</a> <a href="/aktuelles/">Aktuelles</a></div>',
      'Aktuelles',
    ],
  ])('reads the trail after %j', (_, before, name) => {
    expect(section(before)).toBe(name);
  });

  it('reads none from a trail that links only to the home page', () => {
    expect(section('<div class="k1">Vị trí: <a href="/">Trang chủ</a></div>')).toBeNull();
  });

  it('reads none from a sentence that says where the reader is', () => {
    const line =
      '<div class="k1">You are here: <a href="/maps/">the map</a> shows the roads closed after the storm.</div>';
    expect(section(line)).toBeNull();
  });
});

describe("section: a Chinese government site's column, as its meta tags declare it", () => {
  it('reads the ColumnName meta', () => {
    const head = `${CANONICAL}<meta name="ColumnName" content="政务动态"><meta name="SiteName" content="某某市人民政府">`;
    expect(extractArticle(buildPage({ head })).section).toBe('政务动态');
  });
});

describe('section: a line labelled as the post’s category, its link the section', () => {
  const section = (tail: string) => extractArticle(buildPage({ head: CANONICAL, tail })).section;

  it.each([
    ['Chuyên mục:', '<div class="k7">Chuyên mục: <a href="/thoi-su/">Thời sự</a></div>', 'Thời sự'],
    [
      'Posted in',
      '<p class="k7">Posted in <a href="/news/politics/">Politics</a>, <a href="/news/">News</a></p>',
      'Politics',
    ],
    [
      'Kategorie',
      '<div class="k7"><span>Kategorie</span> <a href="/kultur/">Kultur</a></div>',
      'Kultur',
    ],
  ])('reads the line after %j', (_, tail, name) => {
    expect(section(tail)).toBe(name);
  });

  it.each([
    ['a sentence', '<div>Chuyên mục: <a href="/kinh-te/">Kinh tế</a> và xã hội được mở rộng</div>'],
    [
      "a site's list of every category",
      `<div class="k7">Categories: ${Array.from({ length: 8 }, (_, i) => `<a href="/c/${i}">Mục ${i}</a>`).join(', ')}</div>`,
    ],
    [
      'a link to another site',
      '<div>Chuyên mục: <a href="https://other.example.com/x">Đối tác</a></div>',
    ],
    [
      "a site's box of categories, headed by a plural",
      '<div class="k7">Kategorien: <a href="/kategorie/Inland">Inland</a>: <a href="/kategorie/Politik">Politik</a></div>',
    ],
    [
      'tags filed under a label',
      '<div class="k7"><span>Filed under</span> <a href="/tag/amazon/" rel="tag">Amazon</a>, <a href="/tag/e-books/" rel="tag">e-books</a></div>',
    ],
  ])('reads none from %s', (_, tail) => {
    expect(section(tail)).toBeNull();
  });
});
