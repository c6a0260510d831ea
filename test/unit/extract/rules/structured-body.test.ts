import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, recordingTrace } from '../../../../shared/extract/index.ts';
import { ASSIGNMENT, nextAssignment } from '../../../../shared/extract/structured-body.ts';
import { BODY_PARAGRAPHS } from '../build-page.ts';

const URL = 'https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html';
const TITLE = 'Tổng kết cải cách hành chính năm 2023';
const FULL_TEXT = BODY_PARAGRAPHS.join('\n');

/** A page whose markup holds only `markup` as the body, with `head` and `scripts` added. */
function appPage(parts: { markup?: string; head?: string; scripts?: string }): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${TITLE}</title>
<link rel="canonical" href="${URL}">${parts.head ?? ''}</head>
<body><header><a href="/">Cổng thông tin tỉnh</a></header>
<main><h1>${TITLE}</h1><div id="app">${parts.markup ?? ''}</div></main>
<footer>Cổng thông tin điện tử tỉnh</footer>${parts.scripts ?? ''}</body></html>`;
}

function jsonLd(articleBody: string): string {
  const node = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: TITLE,
    articleBody,
  };
  return `<script type="application/ld+json">${JSON.stringify(node)}</script>`;
}

const paragraphs = (text: string) => text.split('\n\n');

/** Next.js page data holding `post` as the page's props. */
function nextData(post: unknown): string {
  const data = { props: { pageProps: { post } } };
  return `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
}

describe('rule: a body found only in structured data is used when the page body is missing or much shorter', () => {
  it('takes the JSON-LD articleBody when the markup has no body', () => {
    const article = extractArticle(appPage({ head: jsonLd(FULL_TEXT) }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    for (const p of BODY_PARAGRAPHS) expect(article.contentHtml).toContain(`<p>${p}</p>`);
  });

  it('takes the JSON-LD articleBody over a teaser of its first paragraph', () => {
    const html = appPage({
      markup: `<p>${BODY_PARAGRAPHS[0]}</p><a href="/dang-nhap">Đăng nhập để đọc tiếp</a>`,
      head: jsonLd(FULL_TEXT),
    });
    expect(paragraphs(extractArticle(html, { url: URL }).contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('keeps the bold byline over a teaser the JSON-LD articleBody replaces', () => {
    const markup = `<p><strong>Nguyễn Văn An / Trần Thị Bình</strong></p><p>${BODY_PARAGRAPHS[0]}</p><a href="/dang-nhap">Đăng nhập để đọc tiếp</a>`;
    const { trace, explanation } = recordingTrace();
    const article = extractArticle(appPage({ markup, head: jsonLd(FULL_TEXT) }), {
      url: URL,
      trace,
    });
    expect(explanation.body?.method).toBe('structured data');
    expect(article.authors).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('takes no byline from a page body of other text the JSON-LD articleBody replaces', () => {
    const furniture = [
      'Lịch tiếp công dân định kỳ của lãnh đạo tỉnh trong tháng mười hai được niêm yết tại trụ sở tiếp dân.',
      'Thông báo tuyển dụng viên chức giáo dục năm học mới, hồ sơ nhận tại phòng tổ chức cán bộ của sở.',
      'Hướng dẫn tra cứu kết quả giải quyết hồ sơ trực tuyến qua cổng dịch vụ công quốc gia cho người dân.',
    ];
    const markup = `<p><strong>Lê Văn Cường / Phạm Thu Hà</strong></p>${furniture.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(appPage({ markup, head: jsonLd(FULL_TEXT) }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.authors).not.toContain('Lê Văn Cường');
    // The same page body alone: it opens with a byline.
    expect(extractArticle(appPage({ markup }), { url: URL }).authors).toEqual([
      'Lê Văn Cường',
      'Phạm Thu Hà',
    ]);
  });

  it("takes no byline from a page body of a passage far into the JSON-LD articleBody (a quote's caption)", () => {
    const markup = `<p><strong>Lê Văn Cường / Phạm Thu Hà</strong></p><p>${BODY_PARAGRAPHS[2]}</p>`;
    const article = extractArticle(appPage({ markup, head: jsonLd(FULL_TEXT) }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.authors).not.toContain('Lê Văn Cường');
  });

  it('keeps the lead picture the page shows between the headline and its teaser', () => {
    const html = appPage({
      markup: `<p>${BODY_PARAGRAPHS[0]}</p><a href="/dang-nhap">Đăng nhập để đọc tiếp</a>`,
      head: jsonLd(FULL_TEXT),
    }).replace(
      '<div id="app">',
      '<figure><img src="/anh/hoi-nghi.jpg" alt=""><figcaption>Quang cảnh hội nghị.</figcaption></figure><div id="app">',
    );
    const article = extractArticle(html, { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.images.map((i) => i.url)).toEqual([
      'https://tinh.example.gov.vn/anh/hoi-nghi.jpg',
    ]);
  });

  it('reads a JSON-LD articleBody whose markup the CMS escaped as text as that markup', () => {
    const escaped = BODY_PARAGRAPHS.map(
      (p) => `&lt;p class=&quot;texto&quot;&gt;${p.replace('ả', '&amp;#7843;')}&lt;/p&gt;`,
    ).join('');
    const article = extractArticle(appPage({ head: jsonLd(escaped) }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.contentText).not.toMatch(/<p|&lt;|&amp;/);
  });

  it("keeps the page's own body over a JSON-LD articleBody of escaped markup that says the same", () => {
    const escaped = BODY_PARAGRAPHS.map(
      (p) => `&lt;p class=&quot;texto&quot;&gt;${p}&lt;/p&gt;`,
    ).join('');
    const html = appPage({
      markup: BODY_PARAGRAPHS.map((p) => `<p class="texto">${p}</p>`).join(''),
      head: jsonLd(escaped),
    });
    const { trace, explanation } = recordingTrace();
    extractArticle(html, { url: URL, trace });
    expect(explanation.body?.method).not.toBe('structured data');
  });

  it.each([
    [
      "a page body of other text more than half its length (the site's furniture)",
      [
        'Lịch tiếp công dân định kỳ của lãnh đạo tỉnh trong tháng mười hai được niêm yết tại trụ sở tiếp dân.',
        'Thông báo tuyển dụng viên chức giáo dục năm học mới, hồ sơ nhận tại phòng tổ chức cán bộ của sở.',
        'Hướng dẫn tra cứu kết quả giải quyết hồ sơ trực tuyến qua cổng dịch vụ công quốc gia cho người dân.',
      ],
    ],
    [
      'a longer page body that shares no text with it',
      [
        'Bấm vào ảnh để xem toàn bộ lịch thi đấu, địa điểm và giờ phát sóng của các giải đua xe trong mùa giải năm nay trên truyền hình.',
        'Chuyên mục bình luận hằng tuần của nhà báo thể thao về giải đua công thức một, giải mô tô và những giải đua khác trên thế giới.',
        'Chương trình trò chuyện trực tuyến mỗi tối thứ năm cùng khách mời là các tay đua, kỹ sư và phóng viên theo dõi các chặng đua.',
        'Bảng xếp hạng các tay đua được cập nhật ngay sau mỗi chặng, kèm số điểm, số lần về nhất và số lần giành vị trí xuất phát đầu tiên.',
        'Thư viện ảnh của mùa giải trước với những khoảnh khắc đáng nhớ nhất tại các trường đua trong nước và quốc tế đã được cập nhật.',
        'Hồ sơ của các đội đua tham dự mùa giải, từ lịch sử thành lập, thành tích nổi bật cho tới đội hình tay đua và kỹ thuật viên.',
      ],
    ],
  ])('takes the JSON-LD articleBody over %s', (_, blocks) => {
    const html = appPage({
      markup: `<div class="tin-khac">${blocks.map((p) => `<p>${p}</p>`).join('')}</div>`,
      head: jsonLd(FULL_TEXT),
    });
    expect(paragraphs(extractArticle(html, { url: URL }).contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it("keeps the page's own body over a JSON-LD articleBody of its opening paragraphs alone", () => {
    const more = [
      'Hội nghị cũng biểu dương các tập thể và cá nhân có thành tích xuất sắc trong công tác cải cách hành chính, trao bằng khen cho mười hai đơn vị dẫn đầu.',
      'Năm 2024, tỉnh đặt mục tiêu đưa toàn bộ thủ tục đủ điều kiện lên cổng dịch vụ công, giảm một nửa thời gian giải quyết hồ sơ đất đai và xây dựng.',
    ];
    const html = appPage({
      markup: [...BODY_PARAGRAPHS, ...more].map((p) => `<p>${p}</p>`).join(''),
      head: jsonLd(BODY_PARAGRAPHS.slice(0, 3).join('\n')),
    });
    expect(extractArticle(html, { url: URL }).contentText).toContain(more[1]);
  });

  it("keeps the page's own body over a longer JSON-LD articleBody that shares most of its text", () => {
    const extra = 'Hội nghị cũng biểu dương các tập thể và cá nhân có thành tích xuất sắc.';
    const html = appPage({
      markup: BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''),
      head: jsonLd(`${FULL_TEXT}\n${extra}`),
    });
    const { trace, explanation } = recordingTrace();
    extractArticle(html, { url: URL, trace });
    expect(explanation.body?.method).not.toBe('structured data');
  });

  it("keeps the page's own body when the JSON-LD articleBody is an excerpt of it", () => {
    const html = appPage({
      markup: BODY_PARAGRAPHS.map((p) => `<p>${p} Đây là đoạn đầy đủ trên trang.</p>`).join(''),
      head: jsonLd(BODY_PARAGRAPHS[0] ?? ''),
    });
    expect(extractArticle(html, { url: URL }).contentText).toContain(
      'Đây là đoạn đầy đủ trên trang.',
    );
  });

  it('reads the body from Next.js page data (__NEXT_DATA__)', () => {
    const data = {
      props: {
        pageProps: { article: { title: TITLE, body: `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>` } },
      },
    };
    const scripts = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('reads the body from a window state assignment and takes its closing byline as the author', () => {
    const state = {
      story: {
        headline: TITLE,
        content_html: `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p><strong>Tin, ảnh: ĐỖ HUY.</strong></p>`,
      },
    };
    const scripts = `<script>var cfg = 1; window.__INITIAL_STATE__ = ${JSON.stringify(state)}; init();</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    expect(article.authors).toEqual(['Đỗ Huy']);
  });

  it('joins a body given as an array of text blocks (Arc XP content_elements)', () => {
    const globalContent = {
      headlines: { basic: TITLE },
      content_elements: [
        ...BODY_PARAGRAPHS.map((content) => ({ type: 'text', content })),
        { type: 'image', url: '/a.jpg' },
      ],
    };
    const scripts = `<script>Fusion.globalContent=${JSON.stringify(globalContent)};Fusion.x=1;</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('reads a body of Portable Text blocks (Sanity), its headings and quotes as such', () => {
    const block = (style: string, text: string) => ({
      _type: 'block',
      style,
      markDefs: [],
      children: [
        { _type: 'span', text: text.slice(0, 40), marks: [] },
        { _type: 'span', text: text.slice(40), marks: ['strong'] },
      ],
    });
    const [first, second, third] = BODY_PARAGRAPHS as [string, string, string];
    const post = {
      title: TITLE,
      body: [
        block('normal', first),
        block('h2', 'Kết quả nổi bật'),
        block('normal', second),
        { _type: 'image', asset: { _ref: 'image-abc' } },
        block('blockquote', third),
      ],
    };
    const article = extractArticle(appPage({ scripts: nextData(post) }), { url: URL });
    expect(article.contentHtml).toContain(`<p>${first}</p>`);
    expect(article.contentHtml).toContain('<h2>Kết quả nổi bật</h2>');
    expect(article.contentHtml).toContain(`<blockquote>${third}</blockquote>`);
  });

  it('reads a body of a rich-text document tree (Contentful), its headings and lists as such', () => {
    const text = (value: string) => ({ nodeType: 'text', value, marks: [], data: {} });
    const node = (nodeType: string, content: unknown[]) => ({ nodeType, content, data: {} });
    const [first, second, third] = BODY_PARAGRAPHS as [string, string, string];
    const post = {
      title: TITLE,
      body: node('document', [
        node('paragraph', [text(first)]),
        node('heading-3', [text('Kết quả nổi bật')]),
        node('paragraph', [
          text(second.slice(0, 30)),
          node('hyperlink', [text(second.slice(30, 60))]),
          text(second.slice(60)),
        ]),
        node('unordered-list', [
          node('list-item', [node('paragraph', [text(third)])]),
          node('list-item', [node('paragraph', [text('Công khai tiến độ giải quyết hồ sơ.')])]),
        ]),
        { nodeType: 'embedded-entry-block', content: [], data: { target: { sys: { id: 'x' } } } },
      ]),
    };
    const article = extractArticle(appPage({ scripts: nextData(post) }), { url: URL });
    expect(article.contentText).toContain(`${first}\n\nKết quả nổi bật\n\n${second}`);
    expect(article.contentHtml).toContain('<h3>Kết quả nổi bật</h3>');
    expect(article.contentHtml).toMatch(/<ul><li>(?:<p>)?Sáng|<ul><li>(?:<p>)?Phát biểu/);
  });

  it('reads a body of a rich-text document of type and text (Storyblok, TipTap)', () => {
    const post = {
      title: TITLE,
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tổng kết' }] },
          ...BODY_PARAGRAPHS.map((p) => ({
            type: 'paragraph',
            content: [{ type: 'text', text: p }],
          })),
        ],
      },
    };
    const article = extractArticle(appPage({ scripts: nextData(post) }), { url: URL });
    expect(article.contentHtml).toContain('<h2>Tổng kết</h2>');
    expect(article.contentText).toContain(BODY_PARAGRAPHS.join('\n\n'));
  });

  it('reads a rendered body a headless CMS wraps in an object (WordPress content.rendered, __html)', () => {
    const html = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    for (const content of [{ rendered: html, protected: false }, { __html: html }]) {
      const post = { title: { rendered: TITLE }, content };
      const article = extractArticle(appPage({ scripts: nextData(post) }), { url: URL });
      expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
    }
  });

  it('renders Arc XP content_elements by type: headers, lists and quotes as such; related links, ads, embeds and captions left out', () => {
    const [first, second, third] = BODY_PARAGRAPHS as [string, string, string];
    const globalContent = {
      headlines: { basic: TITLE },
      content_elements: [
        { type: 'text', content: `${first.slice(0, 50)}<b>${first.slice(50)}</b>` },
        {
          type: 'interstitial_link',
          content: 'XEM THÊM: Tỉnh công bố chỉ số cải cách hành chính',
          url: '/tin/chi-so-cchc.html',
        },
        { type: 'raw_html', content: '<div class="ad">Quảng cáo giữa bài viết</div>' },
        { type: 'header', level: 3, content: 'Kết quả nổi bật' },
        { type: 'text', content: second },
        {
          type: 'image',
          url: 'https://tinh.example.gov.vn/anh/a.jpg',
          caption: 'Chú thích ảnh hội nghị.',
        },
        { type: 'custom_embed', embed: { config: { text: 'Nội dung nhúng' } } },
        {
          type: 'list',
          list_type: 'unordered',
          items: [
            { type: 'text', content: 'Mục một của danh sách.' },
            { type: 'text', content: 'Mục hai của danh sách.' },
          ],
        },
        {
          type: 'quote',
          content_elements: [{ type: 'text', content: third }],
          citation: { type: 'text', content: 'Chủ tịch tỉnh' },
        },
      ],
    };
    const scripts = `<script>Fusion.globalContent=${JSON.stringify(globalContent)};Fusion.x=1;</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(article.contentText).toContain(`${first}\n\nKết quả nổi bật\n\n${second}`);
    expect(article.contentHtml).toContain('<h3>Kết quả nổi bật</h3>');
    expect(article.contentHtml).toMatch(/<ul><li>Mục một của danh sách.<\/li><li>Mục hai/);
    expect(article.contentHtml).toMatch(/<blockquote>(?:<p>)?Phát biểu/);
    expect(article.contentText).not.toMatch(/XEM THÊM|Quảng cáo|Chú thích|Nội dung nhúng/);
  });

  it('reads the body from Nuxt 3 page data (__NUXT_DATA__, its values indexes into one array)', () => {
    const html = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    const table = [
      ['ShallowReactive', 1],
      { data: 2 },
      ['ShallowReactive', 3],
      { article: 4 },
      { title: 5, content: 6, self: 4 },
      TITLE,
      html,
    ];
    const scripts = `<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${JSON.stringify(table)}</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('reads the body from the Next.js App Router stream (self.__next_f), a long text row by its bytes', () => {
    const html = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    const bytes = new TextEncoder().encode(html).length.toString(16);
    const props = { article: { title: TITLE, body: '$5' } };
    const stream = `2:I[9182,[],"ArticleBody"]\n5:T${bytes},${html}6:["$","$L2",null,${JSON.stringify(props)}]\n`;
    const cut = Math.floor(stream.length / 2);
    const push = (chunk: string) =>
      `<script>self.__next_f.push(${JSON.stringify([1, chunk]).replace(/</g, '\\u003c')})</script>`;
    const scripts = `<script>(self.__next_f=self.__next_f||[]).push([0])</script>${push(stream.slice(0, cut))}${push(stream.slice(cut))}`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('reads a response the state keeps as a string of JSON (SvelteKit fetched data) as JSON', () => {
    const response = { title: TITLE, content_html: `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>` };
    const fetched = { status: 200, statusText: '', headers: {}, body: JSON.stringify(response) };
    const scripts = `<script type="application/json" data-sveltekit-fetched data-url="/api/post">${JSON.stringify(fetched)}</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('reads Nuxt 2 state, a function called with its values (unquoted keys, void 0, names for values)', () => {
    const html = JSON.stringify(`<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`).replace(
      /</g,
      '\\u003C',
    );
    const nuxt = `window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:{id:4821,title:c,body:${html},premium:b,"og:type":"article",image:a}}],error:a,serverRendered:true}}(void 0,false,${JSON.stringify(TITLE)}));`;
    const article = extractArticle(appPage({ scripts: `<script>${nuxt}</script>` }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it("reads Angular's transfer state escaped as &q; (serverApp-state)", () => {
    const response = { b: { title: TITLE, bodyHtml: `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>` } };
    const escaped = JSON.stringify({ 'G.https://api.example/article?': response })
      .replace(/&/g, '&a;')
      .replace(/"/g, '&q;')
      .replace(/</g, '&l;')
      .replace(/>/g, '&g;');
    const scripts = `<script id="serverApp-state" type="application/json">${escaped}</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it("reads Remix's loader data (window.__remixContext, a name not closed by underscores)", () => {
    const article = { title: TITLE, bodyHtml: `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>` };
    const context = { url: '/tin/x', state: { loaderData: { 'routes/tin.$slug': { article } } } };
    const scripts = `<script>window.__remixContext = ${JSON.stringify(context)};__remixContext.p = function(v) { return v; };</script>`;
    expect(paragraphs(extractArticle(appPage({ scripts }), { url: URL }).contentText)).toEqual(
      BODY_PARAGRAPHS,
    );
  });

  it("reads an Astro island's props, each value a pair of its kind and itself", () => {
    const html = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    const props = { post: [0, { title: [0, TITLE], html: [0, html], tags: [1, [[0, 'a']]] }] };
    const attribute = JSON.stringify(props).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const markup = `<astro-island uid="Z1" component-url="/_astro/Post.js" props="${attribute}" client="only"></astro-island>`;
    const article = extractArticle(appPage({ markup }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it("reads the rich text a slice of the page (Prismic's slice zone) keeps under a key of its own, not a caption", () => {
    const rich = (texts: readonly string[]) =>
      texts.map((text) => ({ type: 'paragraph', text, spans: [] }));
    const slice = (primary: object) => ({ slice_type: 'x', primary, items: [] });
    const [first = '', ...rest] = BODY_PARAGRAPHS;
    const data = {
      title: [{ type: 'heading1', text: TITLE, spans: [] }],
      slices: [
        slice({ text: rich([first]) }),
        slice({
          image: { url: 'https://x.example/a.jpg' },
          caption: rich(['Quang cảnh hội nghị']),
        }),
        slice({ text: rich(rest) }),
      ],
    };
    const article = extractArticle(appPage({ scripts: nextData({ data }) }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it("takes the authors the state's article names when its body is read and the page names none", () => {
    const body = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    const byName = { title: TITLE, body, author: { name: 'Nguyễn Văn An', slug: 'nguyen-van-an' } };
    const byFields = { title: TITLE, body, authors: [{ fields: { name: 'Trần Thị Bình' } }] };
    const authorsOf = (post: unknown) =>
      extractArticle(appPage({ scripts: nextData(post) }), { url: URL }).authors;
    expect(authorsOf(byName)).toEqual(['Nguyễn Văn An']);
    expect(authorsOf(byFields)).toEqual(['Trần Thị Bình']);
  });

  it("resolves an author given as a reference to another object of the state (Apollo's __ref)", () => {
    const content = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    const author = { node: { __ref: 'User:42' } };
    const cache = { 'Post:7': { title: TITLE, content, author }, 'User:42': { name: 'Lê Minh' } };
    const scripts = nextData({ __APOLLO_STATE__: cache });
    expect(extractArticle(appPage({ scripts }), { url: URL }).authors).toEqual(['Lê Minh']);
  });

  it("takes the state article's authors under keys in the CMS's language (autor, autore, firma)", () => {
    const body = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    const authorsOf = (post: unknown) =>
      extractArticle(appPage({ scripts: nextData(post) }), { url: URL }).authors;
    expect(authorsOf({ title: TITLE, body, firma: { nombre: 'Lucía Pérez' } })).toEqual([
      'Lucía Pérez',
    ]);
    expect(authorsOf({ title: TITLE, body, autore: { nome: 'Marco Bellini' } })).toEqual([
      'Marco Bellini',
    ]);
    expect(authorsOf({ title: TITLE, body, autor: 'Anna Berg' })).toEqual(['Anna Berg']);
    // A linked author document keeps its fields in `data` (Prismic).
    expect(authorsOf({ title: TITLE, body, author: { data: { name: 'Elena Russo' } } })).toEqual([
      'Elena Russo',
    ]);
  });

  it('reads a body under a key in the language of the CMS (cuerpo, testo, corpo, inhalt, tekst)', () => {
    const html = `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    for (const key of ['cuerpo', 'testo', 'corpo', 'inhalt', 'tekst']) {
      const page = appPage({ scripts: nextData({ titolo: TITLE, [key]: html }) });
      expect(paragraphs(extractArticle(page, { url: URL }).contentText)).toEqual(BODY_PARAGRAPHS);
    }
  });

  it("does not take another article's body from the app state", () => {
    const other =
      'Giá lúa gạo hôm nay tăng mạnh ở đồng bằng sông Cửu Long, nông dân phấn khởi. '.repeat(8);
    const state = { related: [{ title: 'Giá lúa gạo tăng mạnh', body: other }] };
    const scripts = `<script>window.__APOLLO_STATE__ = ${JSON.stringify(state)};</script>`;
    expect(() => extractArticle(appPage({ scripts }), { url: URL })).toThrow(
      /too-short|under the minimum/,
    );
  });

  it("takes the body of the object that names the page's title over a longer one on its topic", () => {
    const other = `<p>${'Huyện tổng kết cải cách hành chính năm 2023 với nhiều kết quả, cán bộ được khen thưởng. '.repeat(40)}</p>`;
    const state = {
      article: { title: TITLE, body: `<p>${BODY_PARAGRAPHS.join('</p><p>')}</p>` },
      related: [{ title: 'Huyện Tân Phú khen thưởng cán bộ', body: other }],
    };
    const scripts = `<script>window.__APOLLO_STATE__ = ${JSON.stringify(state)};</script>`;
    const article = extractArticle(appPage({ scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('says in the trace that the body came from structured data, and from where', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(appPage({ head: jsonLd(FULL_TEXT) }), { url: URL, trace });
    expect(explanation.body).toMatchObject({
      element: 'json-ld NewsArticle.articleBody',
      method: 'structured data',
    });
    expect(explanation.body?.note).toMatch(/^the page's own body was rejected: /);
  });
});

describe('rule: segments a page streams in hidden and shows with its own script are part of it', () => {
  it('reads React\'s streamed segments (<div hidden id="S:1">)', () => {
    const markup = `<template id="B:1"></template>`;
    const scripts = `<div hidden id="S:1">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div><script>$RC("B:1","S:1")</script>`;
    const article = extractArticle(appPage({ markup, scripts }), { url: URL });
    expect(paragraphs(article.contentText)).toEqual(BODY_PARAGRAPHS);
  });

  it('still leaves out other hidden blocks', () => {
    const markup = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<div hidden id="menu"><p>Mục ẩn, không hiển thị cho người đọc.</p></div>`;
    expect(extractArticle(appPage({ markup }), { url: URL }).contentText).not.toContain('Mục ẩn');
  });
});

/** Pieces of scripts: names, assignments and pushes whole or broken, other code. */
const SCRIPT_PIECES = [
  'window',
  'self',
  'Fusion',
  '.',
  '__',
  '_',
  'INITIAL_STATE',
  'a1',
  'b0',
  '$x',
  'globalContent',
  '.globalContent',
  '["__RQ"]',
  "['q']",
  '[0]',
  '.push(',
  'push',
  '(',
  ' ',
  '\n',
  '=',
  ' = ',
  '{',
  '}',
  ';',
  '"',
  '\\',
  'é',
  'window["__RQ_1"]',
  "self['x']",
  'window.__STATE__',
  '.push({',
  ' = {',
];

describe('the search for app-state assignments', () => {
  it('finds the match the whole pattern finds from each place', () => {
    const whole = new RegExp(ASSIGNMENT.source, 'g');
    const matchOf = (m: RegExpExecArray | null) => m && [m.index, m[0], m[1], m[2]];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SCRIPT_PIECES), { maxLength: 30 }),
        fc.nat(40),
        (pieces, from) => {
          const text = pieces.join('');
          whole.lastIndex = from;
          expect(matchOf(nextAssignment(text, from))).toEqual(matchOf(whole.exec(text)));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
