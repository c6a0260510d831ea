import { describe, expect, it } from 'vitest';
import { extractArticle, NotAnArticleError } from '../../../../shared/extract/index.ts';
import { BODY, extract, PARAGRAPHS, page } from '../content/pages.ts';

const URL = 'https://congan.example.vn/tin-tuc/toa-dam.html';
const CANONICAL = `<link rel="canonical" href="${URL}">`;
const paragraphs = (text: string) => text.split('\n\n');

/** A closing paragraph outside the wrapper, so that the wrapper is inside the chosen block. */
const CLOSING =
  '<p>Phát biểu bế mạc, lãnh đạo phòng đề nghị các đơn vị tiếp tục quán triệt, triển khai, đưa nội dung tọa đàm vào sinh hoạt thường kỳ.</p>';

/** Text that is in the block but not shown: it must not count against the body's share. */
const UNSEEN = {
  'an inline script': `<script>window.__cfg = ${JSON.stringify({ menu: 'x'.repeat(3000) })};</script>`,
  'a hidden menu': `<div style="display:none">${'Mục ẩn, '.repeat(300)}</div>`,
};

/** Three paragraphs opening the article, outside the block that holds the rest of it. */
const INTRODUCTION = [
  'Tọa đàm diễn ra tại hội trường lớn của Công an tỉnh, với sự tham dự của lãnh đạo phòng, đại diện các đội, các đơn vị nghiệp vụ, cùng đông đảo hội viên phụ nữ, đoàn viên thanh niên và các cán bộ làm công tác tuyên truyền.',
  'Trước khi vào nội dung chính, ban tổ chức đã giới thiệu mục đích, yêu cầu của buổi tọa đàm, cách thức trao đổi, thảo luận, cũng như những vấn đề trọng tâm cần tập trung làm rõ, để buổi sinh hoạt đạt hiệu quả cao nhất.',
  'Phát biểu khai mạc, đồng chí trưởng phòng nhấn mạnh ý nghĩa của tọa đàm, đề nghị các đại biểu phát huy tinh thần dân chủ, thẳng thắn, mạnh dạn đóng góp ý kiến, chia sẻ kinh nghiệm từ thực tiễn công tác tại đơn vị mình.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

/** The body's paragraphs once more, on the next day: the block holding them is the longest. */
const SECOND_DAY = BODY.replace('Ngày 14/12', 'Ngày 15/12');

describe('rule: class-name cleanup never removes the block holding most of the body', () => {
  const cases = ['sidebar', 'gallery', 'elementor-widget elementor-element-6f1a', 'widget'];
  it.each(
    cases.flatMap((cls) => Object.entries(UNSEEN).map(([what, markup]) => [cls, what, markup])),
  )('keeps the body in class "%s" next to %s', (cls, _what, markup) => {
    const html = page(
      `<article class="post"><h1>Tọa đàm</h1>${markup}<div class="${cls}">${BODY}</div>${CLOSING}</article>`,
      CANONICAL,
    );
    const article = extractArticle(html, { url: URL });
    for (const p of PARAGRAPHS) expect(article.contentText).toContain(p);
  });

  it.each(['sidebar', 'footer'])(
    'keeps the body in class "%s" below an introduction that alone would make the article',
    (cls) => {
      // The introduction scores enough for the page to be read with unlikely names left out;
      // the block named so holds most of the article's text all the same.
      const html = page(
        `<article class="post"><h1>Tọa đàm</h1><div class="intro">${INTRODUCTION}</div><div class="${cls}">${BODY}${SECOND_DAY}</div></article>`,
        CANONICAL,
      );
      const { contentText } = extractArticle(html, { url: URL });
      for (const p of PARAGRAPHS) expect(contentText).toContain(p);
    },
  );

  it.each(['sidebar', 'footer'])(
    'leaves out a thread of readers\' comments in class "%s" below a short article, however long',
    (cls) => {
      // One list item a comment: the block outweighs the article, but it is a list of entries.
      const comment = (i: number) =>
        `<li class="c"><div class="meta">Bạn đọc ${i}</div><p>Tôi rất đồng ý với ý kiến của đồng chí trưởng phòng, cần có thêm nhiều buổi tọa đàm như thế này để mọi người cùng trao đổi, học hỏi kinh nghiệm, nâng cao nhận thức trong công tác hằng ngày (${i}).</p></li>`;
      const thread = Array.from({ length: 12 }, (_, i) => comment(i)).join('');
      const html = page(
        `<article class="post"><h1>Tọa đàm</h1><div class="intro">${INTRODUCTION}</div><div class="${cls}"><ul>${thread}</ul></div></article>`,
        CANONICAL,
      );
      const { contentText } = extractArticle(html, { url: URL });
      expect(contentText).toContain('Phát biểu khai mạc');
      expect(contentText).not.toContain('Tôi rất đồng ý');
    },
  );

  it.each(['sidebar', 'sidebar-wrap'])(
    'reads the body in a block of class "%s" outside the block the first pass chose, when it holds more than twice its text',
    (cls) => {
      // The introduction scores enough on its own; the article's block is elsewhere, not in it.
      const html = page(
        `<div class="page"><h1>Tọa đàm</h1><div class="intro">${INTRODUCTION}</div></div><div class="main"><div class="${cls}">${BODY}${SECOND_DAY}${BODY.replace('Ngày 14/12', 'Ngày 16/12')}</div></div>`,
        CANONICAL,
      );
      const { contentText } = extractArticle(html, { url: URL });
      for (const p of PARAGRAPHS) expect(contentText).toContain(p);
    },
  );

  it('reads the body in nested blocks all of class "sidebar" outside the block the first pass chose', () => {
    const html = page(
      `<div class="page"><h1>Tọa đàm</h1><div class="intro">${INTRODUCTION}</div></div><div class="sidebar"><div class="sidebar-inner"><div class="sidebar">${BODY}${SECOND_DAY}${BODY.replace('Ngày 14/12', 'Ngày 16/12')}</div></div></div>`,
      CANONICAL,
    );
    const { contentText } = extractArticle(html, { url: URL });
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it('leaves out a sidebar of teaser cards that outweighs a short article beside it', () => {
    const card = (i: number) =>
      `<div class="card"><h4><a href="/tin/${i}.html">Bản tin số ${i} của chuyên mục thời sự trong tuần</a></h4><div class="sum">Tóm tắt: hội nghị, tọa đàm, tập huấn và các hoạt động khác của đơn vị số ${i}, diễn ra trong tuần qua tại tỉnh.</div></div>`;
    const cards = Array.from({ length: 16 }, (_, i) => card(i)).join('');
    const html = page(
      `<div class="page"><h1>Tọa đàm</h1><div class="story">${INTRODUCTION}</div></div><div class="sidebar">${cards}</div>`,
      CANONICAL,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText).toContain('Phát biểu khai mạc');
    expect(contentText).not.toContain('Tóm tắt');
  });

  it("reads the story in a block whose class says footer when the page's headline is there, not the teasers around it", () => {
    // A video board of programmes: each a kicker and a title, none of them prose.
    const teasers = [
      'Hội nghị tổng kết công tác năm tại trụ sở',
      'Giá lúa tăng nhẹ trong tuần, nông dân phấn khởi',
      'Lễ hội truyền thống thu hút hàng nghìn du khách',
      'Các trường học chuẩn bị cho kỳ thi cuối năm',
      'Bệnh viện tỉnh tiếp nhận trang thiết bị mới',
      'Đội bóng của tỉnh giành chiến thắng ở hiệp hai',
      'Khánh thành cây cầu mới nối hai bờ sông',
      'Mưa lớn kéo dài gây ngập nhiều tuyến đường',
      'Hội chợ nông sản mở cửa đón khách cuối tuần',
      'Tuyển sinh lớp mười với nhiều điểm mới',
    ]
      .map(
        (title) =>
          `<div class="v-item"><div class="copy"><h4>Bản tin</h4><p>${title}</p></div><p class="more"><a href="/video">Xem</a></p></div>`,
      )
      .join('');
    const html = page(
      `<div class="page"><div class="video-board">${teasers}</div><div class="main-board"><div id="modeless-target"><div class="col-1 highfooter"><article><h1>Tọa đàm về bình đẳng giới</h1><div class="bd">${BODY}</div></article></div></div></div></div>`,
      CANONICAL,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it("rejects a topic page whose only text is a side module's, not taking the module for the body", () => {
    const module = `<div id="sidebar_right" class="grid third"><div class="mod mod-follow"><div class="mod-body"><p>Erhalten Sie die wichtigsten Artikel und Blog-Beiträge täglich per Mail, kostenlos und jederzeit abbestellbar.</p><ul><li><a href="/rss">HuffPost Germany</a></li><li><a href="/fb">HuffPost Germany</a></li></ul><a href="/feeds">View all RSS feeds</a></div></div></div>`;
    const html = `<!doctype html><html lang="de"><head><title>Missing Airasia Plane</title></head><body><div id="wrapper"><h1>Missing Airasia Plane</h1><div class="entries"></div>${module}</div></body></html>`;
    expect(() => extractArticle(html, { url: URL })).toThrow(NotAnArticleError);
  });

  it('keeps a body split into same-class chunks between ads, none of them most of it alone', () => {
    const chunks = PARAGRAPHS.map(
      (p, i) =>
        `<div class="sidebar-grid__container"><p>${p}</p></div><div class="ad ad__instory_${i}">Advertisement</div>`,
    ).join('');
    const html = page(
      `<article><h1>Tọa đàm</h1><div class="sidebar-grid">${chunks}</div></article>`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it('keeps a live ticker whose entries share a base class but alternate modifiers (left/right)', () => {
    const moments = Array.from(
      { length: 24 },
      (_, i) =>
        `Phút ${90 - i * 3}: đội chủ nhà tổ chức tấn công bên cánh ${i % 2 ? 'phải' : 'trái'}, cú sút số ${i + 1} đi chệch cột dọc.`,
    );
    const entries = moments
      .map(
        (text, i) =>
          `<div class="live-match-comment slider-ele ${i % 2 ? 'right' : 'left'}${i % 7 === 0 ? ' green' : ''}"><div class="live-match-comment-time"><span>${90 - i * 3}'</span></div><div class="live-match-comment-body">${text}</div></div>`,
      )
      .join('');
    const html = page(
      `<div id="page"><h1>Trực tiếp: Hà Nội - Hải Phòng</h1><div class="live-match"><div class="live-match-info"><span>Sân Hàng Đẫy</span></div><div class="live-match-comments">${entries}</div></div></div>`,
      CANONICAL,
    );
    // Without a description the first entry is the item's lead: the item holds the rest.
    const { lead, contentText } = extractArticle(html, { url: URL });
    for (const text of moments) expect(`${lead}\n\n${contentText}`).toContain(text);
  });

  it('still removes side columns that share a base class with the body column', () => {
    const side = (n: number) =>
      `<div class="col sidebar"><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/tin/${n}${i}.html">Tin đọc nhiều số ${i + 1} trong tuần qua của chuyên mục</a></li>`).join('')}</ul><p>Thống kê truy cập: hôm nay 1.234, tổng cộng 5.678.901 lượt, đang trực tuyến 42.</p></div>`;
    const html = page(
      `<div class="row">${side(1)}<div class="col main"><h1>Tọa đàm</h1>${BODY}</div>${side(2)}</div>`,
      CANONICAL,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it("keeps a gallery article's shown text when the slides it hides leave their pictures behind", () => {
    // Each slide but the first waits hidden for a click: its text is no text, its picture stays.
    // Prose of few commas: ten commas would keep any block.
    const intro = [
      'Mua sắm trên mạng đã thay đổi cách chúng ta sống mỗi ngày. Cần sữa thì chỉ cần bấm nút và chờ người giao tới tận nhà.',
      'Chưa bao giờ việc chọn đồ theo đúng sở thích lại dễ dàng đến thế. Món nào ở cửa hàng không có thì trên mạng có.',
      'Nhưng có những món đồ độc đáo đến mức ta không thể tự nghĩ ra. Chúng tôi đã tổng hợp những món bạn chưa từng biết mình cần.',
    ];
    const slides = Array.from(
      { length: 12 },
      (_, i) =>
        `<div id="section-${i + 1}" class="gallery--paragraph-section hidden" style="display: none;"><h2>${12 - i}. Món quà số ${i + 1}</h2><p>Một món quà nhỏ cho người thân.</p><p><img src="/qua-${i}.jpg" width="700"></p></div>`,
    ).join('');
    const html = page(
      `<article class="post"><h1>Những món quà bất ngờ</h1><div class="post_content_wrap"><div class="gallery--paragraph"><div id="section-0" class="gallery--paragraph-section">${intro.map((p) => `<p>${p}</p>`).join('')}<p><img src="/mo-dau.jpg" width="700"></p></div>${slides}</div><div class="nav-links"><a href="/truoc">Bài trước</a> <a href="/sau">Bài sau</a></div></div></article>`,
      CANONICAL,
    );
    const { lead, contentText } = extractArticle(html, { url: URL });
    expect([lead, ...paragraphs(contentText)].filter((p) => intro.includes(p ?? ''))).toEqual(
      intro,
    );
  });

  it('keeps the body inside a publisher contentSelector even when its wrapper says "sidebar"', () => {
    const html = page(
      `<div class="post"><h1>Tọa đàm</h1><div class="sidebar-left">${BODY}</div></div>`,
    );
    const { contentText } = extract(html, undefined, { contentSelector: '.post' });
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it('finds a body inside an "unlikely" class when the first pass only finds a teaser carousel', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="item"><a href="/tin/${i}.html">Bản tin số ${i + 1} về hoạt động của Công an tỉnh trong tuần</a><span>Thời sự / ${i + 2} giờ</span></div>`,
    ).join('');
    const html = page(
      `<div class="latest-news">${items}</div><div class="vertical-ad-con"><article><h1>Tọa đàm</h1>${BODY}</article></div>`,
      CANONICAL,
    );
    const article = extractArticle(html, { url: URL });
    expect(paragraphs(article.contentText)).toEqual(PARAGRAPHS);
  });

  it.each(['caption', 'photo-credit', 'article-description'])(
    'keeps the body in a wrapper of class "%s" below the chosen block (a stray caption is small)',
    (cls) => {
      const html = page(
        `<div class="page"><h1>Tọa đàm</h1><div class="${cls}"><div class="inner">${BODY}</div></div><div class="other"><a href="/a">Tin một</a> <a href="/b">Tin hai</a></div></div>`,
        CANONICAL,
      );
      expect(paragraphs(extractArticle(html, { url: URL }).contentText)).toEqual(PARAGRAPHS);
    },
  );

  it('keeps a short body of paragraphs in a wrapper of class "caption" (a caption is one block)', () => {
    // Three paragraphs of Japanese, 300 characters in all: fewer than a long caption holds.
    const sentence = '首相は十五日、東京都内で記者会見を開き、来年度の予算案について説明した。';
    const short = [1, 2, 3].map(() => `<p>${sentence.repeat(3)}</p>`).join('');
    const html = page(
      `<div class="page"><h1>首相が会見</h1><div class="caption"><div class="inner">${short}</div></div><div class="other"><a href="/a">一</a> <a href="/b">二</a></div></div>`,
      CANONICAL,
    );
    expect(extractArticle(html, { url: URL }).contentText).toContain(sentence);
  });

  it('keeps a table of data whose wrapper\'s class says caption ("captioned-table")', () => {
    const table =
      '<div class="captioned-table"><table><tr><th>Loại</th><th>Tỷ lệ</th></tr><tr><td>Nhà ở</td><td>61%</td></tr></table></div>';
    const html = page(`<article><h1>Tọa đàm</h1><p>${PARAGRAPHS[0]}</p>${table}${BODY}</article>`);
    expect(extractArticle(html, { url: URL }).contentText).toContain('Nhà ở | 61%');
  });

  it('still removes a small block of such a class inside the body', () => {
    const html = page(
      `<article class="post"><h1>Tọa đàm</h1><div class="story">${BODY}<div class="sidebar"><p>Tin vắn bên lề: một đoạn ngắn, có dấu phẩy, không thuộc bài.</p></div></div></article>`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });
});

describe('rule: "commentary" in a class names the article\'s genre, not readers\' comments', () => {
  const said =
    'Tôi đồng ý với ý kiến của tác giả, nhưng cần thêm nhiều giải pháp cụ thể hơn nữa, để người dân, doanh nghiệp và chính quyền cùng thực hiện. ';
  const comments = (cls: string, reader: number) =>
    `<ul class="${cls}"><li class="member column"><div class="text">Bạn đọc ${reader}: ${said.repeat(12)}</div></li></ul>`;

  it('keeps an <article> of class "article-type-commentary" and still removes the comment lists beside it', () => {
    // Long comments outscore the article, so the whole <main> is read and cleaned.
    const html = page(
      `<main><section class="wrapper"><article class="article module-article article-type-commentary"><h1>Tọa đàm về bình đẳng giới</h1><div class="column corpus">${BODY}</div></article>${comments('comments-list columns', 1)}${comments('comments-list columns top-comments', 2)}</section></main>`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });
});

describe('rule: a class word saying the page has no sidebar ("no-sidebar", "sidebar-to-none") is a layout flag, not a sidebar', () => {
  const figures = Array.from(
    { length: 6 },
    (_, i) =>
      `<figure class="wp-block-image"><img src="/anh/trien-lam-${i + 1}.jpg" alt=""></figure>`,
  ).join('');
  /** A photo story in a wrapper flagged as having no sidebar, beside a short "now reading" box. */
  const photoStory = (flags: string) =>
    page(
      `<div class="content"><div class="reading-now"><h2>Đang đọc</h2><p>Triển lãm ảnh, nghệ thuật</p><div class="posts-nav"><a href="/bai-truoc.html">Trước: Triển lãm mùa xuân</a> <a href="/bai-sau.html">Sau: Nghệ sĩ trẻ</a></div></div><main><div class="posts-wrap ${flags}"><div class="post-content"><h1>Triển lãm ảnh Hạ Long</h1>${figures}<p>Bộ ảnh “Góc nhìn khác” của <a href="https://example.com/tac-gia">Trần Minh</a></p></div></div></main></div>`,
      CANONICAL,
    );

  it.each(['-no-sidebar', 'no-sidebar', '-align-sidebar-to-none', 'without-sidebar', 'nosidebar'])(
    'keeps a photo story in a wrapper of class "%s"',
    (flags) => {
      const article = extractArticle(photoStory(flags), { url: URL });
      expect(article.images).toHaveLength(6);
      expect(article.contentText).toContain('Bộ ảnh “Góc nhìn khác” của Trần Minh');
    },
  );

  it('still skips a wrapper of class "sidebar" holding the same story', () => {
    expect(() => extractArticle(photoStory('sidebar'), { url: URL })).toThrow();
  });
});

describe("rule: a heading in the body whose class calls it a header is the text's heading", () => {
  const heading = 'Những kết quả nổi bật của năm';
  const body = (h2: string) =>
    `<article class="post"><h1>Tọa đàm</h1><div class="body markup">${PARAGRAPHS.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}${h2}${PARAGRAPHS.slice(2)
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></article>`;

  it.each(['header-anchor-post', 'section-header', 'article-heading'])(
    'keeps <h2 class="%s">',
    (cls) => {
      const article = extractArticle(page(body(`<h2 class="${cls}">${heading}</h2>`), CANONICAL), {
        url: URL,
      });
      expect(article.contentText).toContain(heading);
    },
  );

  it.each(['footer-title', 'subheader'])(
    'still removes a heading its class calls another part of the page: "%s"',
    (cls) => {
      const article = extractArticle(page(body(`<h2 class="${cls}">${heading}</h2>`), CANONICAL), {
        url: URL,
      });
      expect(article.contentText).not.toContain(heading);
    },
  );
});
