import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY, PARAGRAPHS, page } from '../content/pages.ts';
import { rejection } from './rejection.ts';

const URL = 'https://congan.example.vn/tin-tuc/toa-dam.html';
const CANONICAL = `<link rel="canonical" href="${URL}"><meta property="og:type" content="article">`;

function card(i: number): string {
  return `<a href="/tin-tuc/bai-${i}.html"><article class="article-card"><h2>Bài liên quan số ${i} về công tác bình đẳng giới</h2><p>Tóm tắt bài viết số ${i}, hơn hai mươi lăm ký tự.</p></article></a>`;
}

describe('rule: a block inside a link is never the body', () => {
  it('takes the article text over teaser cards whose <article> sits in a link', () => {
    // Short plain prose: the cards' class names alone would outscore it.
    const story = [
      'Sáng nay Công an tỉnh tổ chức tọa đàm về bình đẳng giới với sự tham dự của đông đảo hội viên phụ nữ.',
      'Các đại biểu đã chia sẻ nhiều kinh nghiệm hay trong công tác tuyên truyền và vận động hội viên.',
    ];
    const html = page(
      `<div id="c1">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="more">${[1, 2, 3].map(card).join('')}</div>`,
      CANONICAL,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(story);
  });
});

const HEADLINES = Array.from(
  { length: 12 },
  (_, i) => `Tin số ${i + 1}: hội nghị tổng kết công tác năm của các sở, ban, ngành tỉnh`,
);
const linkList = (n = 12) =>
  `<ul>${HEADLINES.slice(0, n)
    .map((h, i) => `<li><a href="/tin/${i}.html">${h}</a></li>`)
    .join('')}</ul>`;

describe('rule: an article is not a listing because of the links around it', () => {
  it('keeps an article whose block also holds a big link menu', () => {
    const menu = `<div class="site-map">${Array.from({ length: 8 }, () => linkList()).join('')}</div>`;
    const html = page(`<article><h1>Tọa đàm</h1>${BODY}${menu}</article>`, CANONICAL);
    const article = extractArticle(html, { url: URL });
    for (const p of PARAGRAPHS) expect(article.contentText).toContain(p);
  });

  it("leaves out a mega menu of lists standing among the body's chunks, not rejecting the page", () => {
    // Ten sections of twenty links each, as <ul>s in a plain <div>, not a <nav>.
    const sections = ['Thời sự', 'Kinh tế', 'Xã hội', 'Pháp luật', 'Thể thao'];
    const columns = [...sections, ...sections.map((s) => `${s} 24h`)].map(
      (name, i) =>
        `<div class="col"><a href="/m${i}">${name}</a><ul>${Array.from(
          { length: 20 },
          (_, j) => `<li><a href="/m${i}/${j}">${name} mục ${j + 1}</a></li>`,
        ).join('')}</ul></div>`,
    );
    // The body in chunks of one class between ads: the block around them all is the body.
    const chunks = PARAGRAPHS.map(
      (p) => `<div class="sidebar-grid__content"><p>${p}</p></div><div class="ad">Quảng cáo</div>`,
    ).join('');
    const html = page(
      `<article><h1>Tọa đàm</h1><div class="mega">${columns.join('')}</div>${chunks}</article>`,
      CANONICAL,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a short article followed by related headlines in the same block', () => {
    const short = PARAGRAPHS.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = page(`<div class="box">${short}${linkList()}</div>`, CANONICAL);
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain(PARAGRAPHS[0]);
  });

  it('keeps a short video page among related videos', () => {
    const video = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'Tọa đàm về bình đẳng giới',
    });
    const related = HEADLINES.slice(0, 10)
      .map((h, i) => `<div class="clip"><h3><a href="/video/${i}.html">${h}</a></h3></div>`)
      .join('');
    const html = page(
      `<div class="video"><h1>Tọa đàm</h1><iframe src="https://www.youtube.com/embed/abc123"></iframe><p>Video: phòng Công tác đảng tổ chức tọa đàm về bình đẳng giới, thu hút đông đảo hội viên tham dự.</p></div><div class="more">${related}</div>`,
      `<link rel="canonical" href="${URL}"><meta property="og:type" content="video.other"><script type="application/ld+json">${video}</script>`,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain('Video: phòng Công tác đảng tổ chức tọa đàm');
  });

  it('calls a declared article under the minimum length too short, not a listing', () => {
    const related = HEADLINES.slice(0, 10)
      .map((h, i) => `<h3><a href="/tin/${i}.html">${h}</a></h3>`)
      .join('');
    const error = rejection(
      page(
        `<div class="story"><p>Đang cập nhật.</p></div><div>${related}</div>`,
        `${CANONICAL}<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tọa đàm"}</script>`,
      ),
      { url: URL },
    );
    expect(error).toMatchObject({ reason: 'too-short' });
  });
});

describe('rule: a page whose og:type is "article" is an article: when short, it is too short, not a listing', () => {
  const OG_ARTICLE = `<link rel="canonical" href="${URL}"><meta property="og:type" content="article">`;
  const related = HEADLINES.slice(0, 10)
    .map((h, i) => `<h3><a href="/tin/${i}.html">${h}</a></h3>`)
    .join('');

  it('calls a one-line article among linked headlines too short', () => {
    const html = page(
      `<div class="story"><p>Đang cập nhật.</p></div><div>${related}</div>`,
      OG_ARTICLE,
    );
    expect(rejection(html, { url: URL })).toMatchObject({ reason: 'too-short' });
  });

  it("calls a members-only article whose shown text is its source's links too short", () => {
    const sources = [1, 2, 3, 4, 5]
      .map((i) => `<li><a href="https://example.gov.vn/thong-bao-${i}.pdf">Thông báo ${i}</a></li>`)
      .join('');
    const html = page(
      `<main><h1>Tọa đàm</h1><div class="members-only"></div><section class="sources"><h2>Nguồn</h2><ul>${sources}</ul></section></main>`,
      OG_ARTICLE,
    );
    expect(rejection(html, { url: URL })).toMatchObject({ reason: 'too-short' });
  });

  it('says the body is mostly links, not under the minimum, when its words outside links reach it', () => {
    const sources = HEADLINES.slice(0, 6)
      .map(
        (h, i) =>
          `<li><a href="https://example.gov.vn/van-ban-${i}.pdf">${h} (toàn văn)</a>, ban hành ngày ${i + 10}/3</li>`,
      )
      .join('');
    const html = page(
      `<main><h1>Tọa đàm</h1><section class="sources"><ul>${sources}</ul></section></main>`,
      OG_ARTICLE,
    );
    const error = rejection(html, { url: URL }) as Error;
    expect(error).toMatchObject({ reason: 'too-short' });
    expect(error.message).toMatch(
      /^Page body is mostly links: \d+ words outside them; \d+% of the main text is link text \(6 links\)$/,
    );
  });

  it('still calls a declared collection of linked headlines a listing, whatever its og:type', () => {
    const html = page(
      `<div class="list-news">${related}</div>`,
      `${OG_ARTICLE}<script type="application/ld+json">{"@type":"CollectionPage","name":"Tin tức"}</script>`,
    );
    expect(rejection(html, { url: URL })).toMatchObject({ reason: 'listing' });
  });
});

describe('rule: real listings are still rejected', () => {
  it('rejects a section page of teasers whose summaries are shorter than their headlines', () => {
    const teasers = HEADLINES.map(
      (h, i) => `<div class="item"><h3><a href="/tin/${i}.html">${h}</a></h3><p>Ảnh: T.L</p></div>`,
    ).join('');
    const html = page(
      `<div class="list-news">${teasers}</div>`,
      `<link rel="canonical" href="${URL}">`,
    );
    expect(rejection(html, { url: URL })).toMatchObject({ reason: 'listing' });
  });

  it('rejects a page that is a bare list of links', () => {
    const html = page(
      `<div class="box">${linkList()}</div>`,
      `<link rel="canonical" href="${URL}">`,
    );
    expect(rejection(html, { url: URL })).toMatchObject({ reason: 'listing' });
  });

  it('rejects a declared collection of linked headlines', () => {
    const teasers = HEADLINES.map(
      (h, i) =>
        `<div class="item"><h3><a href="/tin/${i}.html">${h}</a></h3><p>Tóm tắt ngắn của bản tin số ${i + 1}, có dấu phẩy, đủ dài để đọc như một câu văn.</p></div>`,
    ).join('');
    const html = page(
      `<div class="list-news">${teasers}</div>`,
      `<link rel="canonical" href="${URL}"><script type="application/ld+json">{"@type":"CollectionPage","name":"Tin tức"}</script>`,
    );
    expect(rejection(html, { url: URL })).toMatchObject({ reason: 'listing' });
  });
});

describe('rule: a table of documents, a linked title in a cell of each row, is a listing', () => {
  it("rejects a portal's list of legal documents as a listing, not as a body of 0 words", () => {
    const rows = HEADLINES.map(
      (h, i) =>
        `<tr><td>${i + 1}</td><td><a href="/van-ban/${i}">${i + 2900}/QĐ-UBND</a></td><td>12/12/2024</td><td><a href="/van-ban/${i}">${h}</a></td><td><a href="/files/${i}.pdf">Tải về</a></td></tr>`,
    ).join('');
    const html = page(
      `<div class="vanban-list"><h2>Văn bản chỉ đạo điều hành</h2><table><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>${rows}</table></div>`,
      `<link rel="canonical" href="${URL}">`,
    );
    expect(rejection(html, { url: URL })).toMatchObject({ reason: 'listing' });
  });
});

describe("rule: an author's profile page with a few of their stories is a listing", () => {
  it('rejects a declared profile page as a listing, naming it, however few stories it links', () => {
    const stories = HEADLINES.slice(0, 4)
      .map(
        (h, i) =>
          `<article class="card"><h3><a href="/tin/${i}.html">${h}</a></h3><p>Tóm tắt ngắn của bản tin số ${i + 1}, có dấu phẩy.</p></article>`,
      )
      .join('');
    const html = page(
      `<div class="author-header"><h1>Nguyễn Văn An</h1><div class="author-bio"><p>Phóng viên mảng an ninh trật tự, gia nhập tòa soạn năm 2019 sau sáu năm làm việc tại một tờ báo địa phương.</p></div></div><h2>Bài viết mới nhất</h2><div class="stories">${stories}</div>`,
      `<link rel="canonical" href="${URL}"><script type="application/ld+json">{"@type":"ProfilePage","name":"Nguyễn Văn An"}</script>`,
    );
    expect(rejection(html, { url: URL })).toMatchObject({
      reason: 'listing',
      message: expect.stringMatching(
        /^Page looks like a listing, not an article: it declares a collection or profile page and has 4 linked headlines/,
      ),
    });
  });
});

describe("rule: a body of other pages' teasers alone is no article", () => {
  const VIDEO = `<link rel="canonical" href="${URL}"><meta property="og:type" content="video.other">`;
  const teaser = (i: number) =>
    `<div class="item"><h3><a href="/video/${i}.html">${HEADLINES[i]}</a></h3><div class="text"><p>Lực lượng công an ra quân bảo đảm an ninh trật tự dịp Tết.</p></div></div>`;

  it("calls a video page whose body left is its latest videos' teasers too short, not one of them", () => {
    // The page's own description sits in a box whose class names it a share bar's: it goes.
    const html = page(
      `<div class="main"><div class="video"><h1>Tọa đàm</h1><div class="video-social"><p>Video: phòng Công tác đảng tổ chức tọa đàm về bình đẳng giới.</p></div></div><section class="latest"><h2>Video mới</h2>${[1, 2].map(teaser).join('')}</section></div>`,
      VIDEO,
    );
    const error = rejection(html, { url: URL }) as Error;
    expect(error).toMatchObject({ reason: 'too-short' });
    expect(error.message).toMatch(/teasers/);
  });

  it('keeps a guide whose linked headings head paragraphs of prose', () => {
    const items = [0, 1, 2]
      .map(
        (i) =>
          `<h3><a href="https://shop.example/san-pham-${i}">${HEADLINES[i]}</a></h3><p>${PARAGRAPHS[i]}</p><p>${PARAGRAPHS[3]}</p>`,
      )
      .join('');
    const html = page(`<article>${items}</article>`, CANONICAL);
    expect(extractArticle(html, { url: URL }).contentText).toContain(PARAGRAPHS[0]);
  });
});
