import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { findMainContent, InvalidSelectorError } from '../../../../shared/extract/content/index.ts';
import { ExtractionError, ExtractorError } from '../../../../shared/extract/errors.ts';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY, extract, PARAGRAPHS, page } from './pages.ts';

const paragraphs = (text: string) => text.split('\n\n');

describe('findMainContent', () => {
  it('picks the article block over navigation, sidebar and footer', () => {
    const html = page(
      `<div class="main"><article><h1>Tọa đàm</h1><div class="entry">${BODY}</div></article></div>`,
    );
    const { contentText } = extract(html);
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it('keeps paragraphs that a page splits across sibling blocks', () => {
    const html = page(
      `<div id="wrap"><div class="text">${BODY}</div><p>${PARAGRAPHS[0]} Thêm một câu nữa, để dài hơn.</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain('Thêm một câu nữa, để dài hơn.');
  });

  it('keeps short sibling paragraphs of a spaceless script, ended by 。, beside a higher-scored block', () => {
    // Sixty characters of Chinese are a full paragraph; a "post_…" notice block scores above the
    // article that holds the paragraphs loose.
    const zh = [
      '深圳市发展改革委12月6日发布低空经济新措施，提出到2027年底全市无人机物流配送航线将扩展至300条，覆盖主要商圈和社区。',
      '措施提出，对新开通并常态化运营的无人机配送航线，按每条航线最高50万元给予补贴，对龙头企业最高给予1000万元落户奖励。',
      '目前，深圳已开通无人机配送航线超过200条，今年以来累计完成配送订单逾80万单，覆盖外卖、快递、医疗物资等多个领域。',
    ];
    const html = page(
      `<article><h1>深圳发布低空经济新政</h1>${zh.map((p) => `<p>${p}</p>`).join('')}<div class="post_statement"><p>特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。</p></div></article>`,
    );
    const { contentText } = extract(html);
    for (const p of zh) expect(contentText).toContain(p);
  });

  it('joins a body split into same-class sections around link-heavy teasers, class names saying nothing', () => {
    // Each section nests the paragraphs a few levels down; between them, teaser boxes whose text
    // is mostly their links' (more characters than the sections hold, but no prose of their own).
    const section = (p: string) =>
      `<div class="k1"><div class="k2"><div class="k3"><div class="k4"><p>${p}</p></div></div></div></div>`;
    const teaser = (i: number) =>
      `<div class="k1 k9"><div class="k2"><div class="k3">${[1, 2, 3, 4, 5, 6]
        .map(
          (j) =>
            `<h4><a href="/tin/${i}-${j}.html">Bản tin số ${i}${j} về hoạt động của Công an tỉnh trong tuần qua, xem chi tiết tại đây</a></h4>`,
        )
        .join('')}</div></div></div>`;
    const [first, second, third, fourth] = PARAGRAPHS;
    const parts = [
      section(`${first}</p><p>${second}`),
      teaser(1),
      section(`${third}</p><p>${fourth}`),
    ];
    const html = page(
      `<div class="k0"><h1>Tọa đàm</h1><div class="k5">${parts.join('')}</div></div>`,
    );
    const { contentText } = extract(html);
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it('joins a body split into sections whose classes number them (an e-magazine\'s "text-block-1", "text-block-2")', () => {
    const section = (n: number, heading: string, text: readonly string[]) =>
      `<section class="text-block-${n}"><div class="inner"><h2>${heading}</h2>${text.map((p) => `<p>${p}</p>`).join('')}</div></section>`;
    const html = page(
      `<section class="cover"><h1>Hành trình đổi mới</h1></section>${section(1, 'Những con số', PARAGRAPHS.slice(0, 2))}<section class="full-image"><img src="/f1.jpg" alt=""><p>Toàn cảnh thành phố.</p></section>${section(2, 'Đổi mới từ cơ sở', PARAGRAPHS.slice(2))}${section(
        3,
        'Hướng tới tương lai',
        PARAGRAPHS.slice(0, 2).map((p) => p.replace('Ngày 14/12', 'Năm 2024')),
      )}`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(PARAGRAPHS[0]);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it("joins a body split into widgets whose classes differ only by each widget's own id (a page builder's)", () => {
    // Elementor marks each widget with its id as a class: `elementor-element-6499e95`.
    const widget = (id: string, kind: string, inner: string) =>
      `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div>`;
    const text = (id: string, ps: readonly string[]) =>
      widget(
        id,
        'text-editor',
        `<div class="elementor-text-editor">${ps.map((p) => `<p>${p}</p>`).join('')}</div>`,
      );
    const [opening, closing] = [PARAGRAPHS.slice(0, 2), PARAGRAPHS.slice(2)];
    const html = page(
      `<div class="k0"><h1>Tọa đàm</h1><div class="elementor-widget-wrap">${text('0161dc5', opening)}${widget('fd58052', 'heading', '<h2>Hướng đi tiếp theo</h2>')}${text('6499e95', closing)}</div></div>`,
    );
    const { contentText } = extract(html);
    expect(paragraphs(contentText)).toEqual([...opening, 'Hướng đi tiếp theo', ...closing]);
  });

  describe("a story's opening paragraphs set in a row of their own, above a picture or an ad", () => {
    // Politico sets a story's first paragraph beside its byline, then an ad, then the rest in
    // another row of its layout: both in a column of the same class.
    const opening =
      'Ngày 14/12, việc lãnh đạo huyện bất ngờ thông báo nghỉ hưu, chỉ ba mươi giờ trước hạn chót đăng ký ứng cử, đã khiến nhiều cán bộ, đảng viên trong tỉnh băn khoăn, bởi họ cho rằng thời điểm công bố được chọn để có lợi cho một người quen của gia đình.';
    const more = [
      'Trong năm qua, các cấp hội đã tổ chức nhiều buổi tuyên truyền, tư vấn pháp luật, hỗ trợ hội viên khó khăn, góp phần ổn định đời sống, phát triển kinh tế gia đình.',
      'Kết thúc buổi tọa đàm, lãnh đạo phòng đã biểu dương những tập thể, cá nhân có thành tích xuất sắc, đồng thời đề ra nhiệm vụ trọng tâm cho năm tiếp theo.',
      'Dịp này, hội cũng trao tặng quà cho các hội viên có hoàn cảnh khó khăn, động viên chị em vươn lên trong cuộc sống, tích cực tham gia các phong trào thi đua.',
    ];
    const rest = [...PARAGRAPHS, ...more];
    const column = (ps: readonly string[]) =>
      `<div class="k5 k6"><div class="k7">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
    const related = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><a href="/tin-${i}">Tin liên quan số ${i}, một tiêu đề dài để đọc thêm về chủ đề này</a></li>`,
    ).join('');
    const story = () =>
      page(
        `<div class="k0"><section class="k1 k1a"><h1>Tọa đàm về bình đẳng giới</h1></section>
        <section class="k1 k1b"><div class="k3"><div class="k4"><img src="/anh.jpg" alt=""></div>${column([opening])}</div><div class="ad"></div></section>
        <section class="k1 k1c"><div class="k3">${column(rest)}<div class="k8"><a href="/x">Xem thêm</a></div></div></section>
        <section class="k1 k1d"><ul>${related}</ul></section></div>`,
      );

    it('joins them to the rest when their block has the class of the rest', () => {
      expect(paragraphs(extract(story()).contentText)).toEqual([opening, ...rest]);
    });
  });

  it("keeps a box of text set beside the body's block, as a paragraph set there would be", () => {
    // Le Monde's and L'Opinion's "les faits" box opens the article: a <div> holding its text itself.
    const facts =
      'Ngày 12/12, Ban tổ chức đã công bố kết quả cuộc thi tìm hiểu pháp luật năm 2023 với hơn hai nghìn bài dự thi của cán bộ, chiến sĩ.';
    const html = page(
      `<div class="k1"><div class="k2">${facts}</div><div class="k3">${BODY}</div></div>`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual([facts, ...PARAGRAPHS]);
  });

  it('prefers a longer, comma-rich block over a short teaser box', () => {
    const html = page(
      `<div class="teaser"><p>Tin vắn: một đoạn ngắn không có dấu phẩy nào ở đây cả.</p></div><div class="story">${BODY}</div>`,
    );
    expect(extract(html).contentText).not.toContain('Tin vắn');
  });

  it('uses the publisher contentSelector when it matches', () => {
    const html = page(
      `<div class="story">${BODY}</div><div class="chosen"><p>Chỉ đoạn này.</p></div>`,
    );
    const { contentText } = extract(html, undefined, { contentSelector: '.chosen' });
    expect(contentText).toBe('Chỉ đoạn này.');
  });

  it('falls back to scoring when the contentSelector matches nothing', () => {
    const html = page(`<div class="story">${BODY}</div>`);
    const { contentText } = extract(html, undefined, { contentSelector: '.not-there' });
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it('removes elements matching the publisher removeSelectors', () => {
    const html = page(
      `<div class="story">${BODY}<div class="box-ky-su"><p>Quảng bá riêng của tòa soạn, dài, có dấu phẩy, để không bị coi là rác.</p></div></div>`,
    );
    const { contentText } = extract(html, undefined, { removeSelectors: ['.box-ky-su'] });
    expect(contentText).not.toContain('Quảng bá');
  });

  it.each([
    ['contentSelector', { contentSelector: 'div[[class' }],
    ['removeSelectors', { removeSelectors: ['.ok', 'p:nope('] }],
  ])('names an invalid %s in its error', (_, options) => {
    const $ = load(page(`<div class="story">${BODY}</div>`));
    expect(() => findMainContent($, options)).toThrow(InvalidSelectorError);
    // One family for the extractor's errors: a bad selector is an ExtractorError too, but not a
    // page rejection (ExtractionError), so the ingest retries rather than rejecting the page.
    expect(() => findMainContent($, options)).toThrow(ExtractorError);
    expect(() => findMainContent($, options)).not.toThrow(ExtractionError);
    expect(() => findMainContent($, options)).toThrow(
      /Invalid CSS selector .*"(div\[\[class|p:nope\()"/,
    );
  });

  it('returns null for a page without any text block', () => {
    const $ = load('<html><body><img src="a.png"><nav><a href="/">Home</a></nav></body></html>');
    expect(findMainContent($, {})).toBeNull();
  });

  it('finds the body of a table-layout government portal (DNN/Liferay style)', () => {
    const html = `<html><head><title>Phụ nữ Công an tỉnh bàn chuyện bình đẳng - Cổng thông tin</title></head><body><form id="Form" action="/"><table width="100%"><tr>
<td class="leftpane" width="200"><table><tr><td><a href="/gioi-thieu">Giới thiệu</a></td></tr><tr><td><a href="/van-ban">Văn bản</a></td></tr></table></td>
<td class="contentpane"><table class="ArticleDetail"><tr><td class="title">Phụ nữ Công an tỉnh bàn chuyện bình đẳng</td></tr>
<tr><td class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></td>
<td class="rightpane"><table><tr><td><a href="/lich">Lịch công tác</a></td></tr></table></td></tr></table></form></body></html>`;
    const { contentText } = extract(html);
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it('finds <br><br> paragraphs in <font> tags of an old ASP page', () => {
    const html = `<html><body><table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr>
<tr><td><font face="Arial" size="2"><b>Tọa đàm</b><br><br>${PARAGRAPHS.join('<br><br>\n')}</font></td></tr></table></body></html>`;
    const { contentText, contentHtml } = extract(html);
    expect(paragraphs(contentText)).toEqual(['Tọa đàm', ...PARAGRAPHS]);
    expect(contentHtml).not.toContain('<font');
    expect(contentHtml.match(/<p>/g)).toHaveLength(PARAGRAPHS.length + 1);
  });

  it('hands back <br><br> runs already split into paragraphs, for bylines and datelines', () => {
    const $ = load(
      `<html><body><td><font>Cập nhật: 15/03/2010<br><br>${PARAGRAPHS.join('<br><br>')}<br><br><b>Theo Báo Giáo dục</b></font></td></body></html>`,
    );
    const container = findMainContent($, {});
    const blocks = container
      ?.find('p')
      .toArray()
      .map((p) => $(p).text().trim());
    expect(blocks).toEqual(['Cập nhật: 15/03/2010', ...PARAGRAPHS, 'Theo Báo Giáo dục']);
  });

  it('still extracts malformed HTML (unclosed <p>, stray </td>, unclosed <div>)', () => {
    const html = `<html><body><div class="menu"><a href="/">Home</a></div></td>
<div class="content"><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}</td><p>${PARAGRAPHS[2]}
<div><p>${PARAGRAPHS[3]}</body>`;
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it('drops the headline <h1> from the body', () => {
    const html = page(
      `<article><h1>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h1>${BODY}</article>`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it('drops a block that repeats the page title (the title cell of a portal)', () => {
    const html = page(
      `<div class="detail"><div class="tieu-de">Phụ nữ Công an tỉnh bàn chuyện bình đẳng</div>${BODY}</div>`,
      '<meta property="og:title" content="Phụ nữ Công an tỉnh bàn chuyện bình đẳng">',
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it("keeps the title written in bold within a sentence of the body (an encyclopedia's first line)", () => {
    const first =
      'Trong toán học, <b>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</b> (hay tọa đàm giới) là một buổi sinh hoạt của hội viên, với nhiều ý kiến, đề xuất, kiến nghị.';
    const html = page(
      `<article><h1>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h1><p>${first}</p>${BODY}</article>`,
      '<meta property="og:title" content="Phụ nữ Công an tỉnh bàn chuyện bình đẳng">',
    );
    expect(extract(html).contentText).toContain(
      'Trong toán học, Phụ nữ Công an tỉnh bàn chuyện bình đẳng (hay tọa đàm giới)',
    );
  });

  it.each([
    [
      'the twitter:title gives',
      '<meta name="twitter:title" content="Phụ nữ Công an tỉnh bàn chuyện bình đẳng">',
    ],
    [
      'opens the <title>, its parts set apart by "»"',
      '<title>Phụ nữ Công an tỉnh bàn chuyện bình đẳng » Thời sự » Báo Công an</title>',
    ],
  ])('drops a heading that repeats the title %s', (_, head) => {
    const html = page(
      `<article><hgroup><h3>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h3></hgroup>${BODY}</article>`,
      head,
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it("keeps a title's part set in its own span within a sentence of spans (a show's name in italics)", () => {
    const sentence =
      '<p><span>Người dân được xem lại toàn bộ chương trình </span><span style="font-style: italic">Phụ nữ Công an tỉnh</span><span> vào tối thứ bảy tuần này, trên kênh truyền hình của tỉnh.</span></p>';
    const html = page(
      `<article>${sentence}${BODY}</article>`,
      '<title>Tọa đàm về bình đẳng giới | Phụ nữ Công an tỉnh | Báo Công an</title>',
    );
    expect(extract(html).contentText).toContain(
      'toàn bộ chương trình Phụ nữ Công an tỉnh vào tối thứ bảy',
    );
  });

  it('drops a heading that repeats the title with its kicker in a span of its own, punctuation aside', () => {
    const html = page(
      `<article><h2><span class="kicker">Bình đẳng giới</span> <span>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</span></h2>${BODY}</article>`,
      '<meta property="og:title" content="Bình đẳng giới: Phụ nữ Công an tỉnh bàn chuyện bình đẳng">',
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });
});

describe('a kicker right above the headline leaves with it, whatever the class names', () => {
  const og = '<meta property="og:title" content="Phụ nữ Công an tỉnh bàn chuyện bình đẳng">';

  it.each([
    ['a section label', '<h3 class="k1">MIXED FEELINGS</h3>'],
    ['a flag', '<em class="k1">Spoiler!</em>'],
    [
      'a section label above the date',
      '<h3 class="k1">MIXED FEELINGS</h3><div class="k3"><span>Dec. 22, 2014 10:39 a.m. ET</span></div>',
    ],
    [
      "a column's logo with its name",
      '<div class="k1"><img src="/columns/spoiler.svg" alt="Spoiler"><span>Spoiler</span></div>',
    ],
  ])('drops %s set before the <h1> in its header', (_, kicker) => {
    const html = page(
      `<article><header class="k2">${kicker}<h1>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h1></header>${BODY}</article>`,
      og,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/MIXED FEELINGS|Spoiler/);
    expect(paragraphs(contentText).slice(-PARAGRAPHS.length)).toEqual(PARAGRAPHS);
  });

  it('drops a kicker of more words that the title shows before the headline and a colon', () => {
    const html = page(
      `<article><div class="k2"><h4>Protestkultur in Japan nach der Katastrophe</h4><h1>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h1>${BODY}</div></article>`,
      '<title>Protestkultur in Japan nach der Katastrophe: Phụ nữ Công an tỉnh bàn chuyện bình đẳng - taz.de</title>',
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain('Protestkultur');
    expect(paragraphs(contentText)).toEqual(PARAGRAPHS);
  });

  it("drops the labels set before a headline the page writes as an <h2> (a city portal's news item)", () => {
    const html = page(
      `<div id="contentarea"><div class="k0"><a href="/">Home</a> › <a href="/news">News Flash</a></div><div class="k6"><div class="k7"><h3 class="k1">News Flash</h3><div class="k2"><div class="k3">City News</div><h2 class="k4">Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h2><div class="k8">Posted on: March 5, 2024</div><div class="k5">${BODY}</div></div></div><div class="k9"><h3>Other News</h3><ul><li><a href="/n/1">Spring Yard Waste Pickup Starts April 1</a></li></ul></div></div></div>`,
      og,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/News Flash|City News/);
    expect(paragraphs(contentText).slice(-PARAGRAPHS.length)).toEqual(PARAGRAPHS);
  });

  // The body is the publisher's box above the article (as a configured selector chooses it).
  const aboveArticle = (label: string) =>
    page(
      `<div class="k0">${label}<article><h1>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h1>${BODY}</article></div>`,
      og,
    );
  const boxAbove = { contentSelector: '.k0' };
  const url = 'https://congan.example.vn/tin-tuc/toa-dam.html';

  it.each([
    ['with the empty box the page fills in later', '<div class="k5"></div>'],
    ['alone in its box', ''],
  ])(
    "drops a label ending in a colon in a box of its own before the headline's article, %s",
    (_, filled) => {
      const html = aboveArticle(
        `<div class="k1"><h4>Đây là bài viết thuộc chuyên đề:</h4>${filled}</div>`,
      );
      expect(paragraphs(extract(html, url, boxAbove).contentText)).toEqual(PARAGRAPHS);
    },
  );

  it("keeps a colon label before the headline's article that heads what its own box shows", () => {
    const html = aboveArticle(
      '<div class="k1"><h4>Bối cảnh:</h4><p>Năm 2024, lực lượng Công an nhân dân có hơn mười vạn nữ cán bộ, chiến sĩ.</p></div>',
    );
    expect(extract(html, url, boxAbove).contentText).toMatch(/^Bối cảnh:\n\nNăm 2024/);
  });

  it('keeps a sentence, a date and a byline set before the <h1>', () => {
    const before = [
      '<p class="k1">Bài viết này đã được cập nhật.</p>',
      '<span class="k3">14/12/2024</span>',
      '<span class="k4">By Anna Berg</span>',
    ];
    const html = page(
      `<article><header class="k2">${before.join('')}<h1>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h1></header>${BODY}</article>`,
      og,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain('Bài viết này đã được cập nhật.');
  });

  it.each([
    [
      'in a figure',
      '<figure class="k1"><img src="/photos/dyke.jpg" alt="Đê sông Hồng"><figcaption>Đê sông Hồng</figcaption></figure>',
    ],
    [
      'in a box',
      '<div class="k1"><img src="/photos/dyke.jpg" alt="Đê sông Hồng"><span>Đê sông Hồng</span></div>',
    ],
  ])(
    'keeps a photo set before the <h1> whose caption says what its alt text says, %s',
    (_, picture) => {
      const html = page(
        `<article><header class="k2">${picture}<h1>Phụ nữ Công an tỉnh bàn chuyện bình đẳng</h1></header>${BODY}</article>`,
        og,
      );
      expect(extract(html).contentHtml).toContain('/photos/dyke.jpg');
    },
  );
});

describe("a picture's caption beside it is no paragraph of the body, whatever the class names", () => {
  const caption =
    'In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., left, and European Space Agency astronaut Christer Fuglesang, participate in a space walk during construction of the International Space Station. (NASA via AP, File)';
  const story = [
    'BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation could make it easier to reach other planets.',
    'The agency said Monday that its researchers examined how hibernation would affect the design of a crewed mission to Mars and concluded that it could help to significantly shrink the size of spacecraft.',
    'Challenges include designing the spacecraft to operate largely autonomously while the crew sleep through much of the 180-day cruise to Mars.',
  ];

  it('picks the short story below a long captioned picture', () => {
    const html = page(
      `<section class="k1"><div class="k2"><div class="k3"><h1 class="k4">Snooze cruise: Study sees future for hibernating astronauts</h1><div class="k5"><img src="/space.jpg" width="620" height="349" alt="Space"><p>${caption}</p></div><div class="k6"><span>The Associated Press</span></div><div class="k7">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></div></section>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain('Challenges include designing the spacecraft');
    expect(contentText).toContain('BERLIN -- The European Space Agency');
    expect(contentText).not.toContain('file photo');
  });

  it('still reads a story told beside its picture in several paragraphs', () => {
    const html = page(
      `<div class="k1"><h1>Snooze cruise</h1><div class="k2"><img src="/space.jpg" width="620">${story.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
    );
    expect(extract(html).contentText).toContain('Challenges include designing the spacecraft');
  });
});

describe("a question-and-answer page's question joins the answer chosen as the body", () => {
  const question =
    'Tôi là lao động nữ làm việc tại công ty may, đã đóng bảo hiểm xã hội được 8 tháng. Xin hỏi tôi có được hưởng chế độ thai sản khi sinh con không và mức hưởng như thế nào?';
  const answer = [
    'Theo quy định tại Điều 31 Luật Bảo hiểm xã hội năm 2014, lao động nữ sinh con được hưởng chế độ thai sản khi đã đóng bảo hiểm xã hội từ đủ 06 tháng trở lên trong thời gian 12 tháng trước khi sinh con.',
    'Như vậy, trường hợp của bà đã đóng bảo hiểm xã hội được 8 tháng thì đủ điều kiện hưởng chế độ thai sản theo quy định. Mức hưởng một tháng bằng 100% mức bình quân tiền lương tháng đóng bảo hiểm xã hội của 06 tháng trước khi nghỉ việc.',
  ];
  const qa = (q: string, a: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hỏi về chế độ thai sản đối với lao động nữ</title></head><body>
<div class="k1"><a href="/">Trang chủ</a> <a href="/hoi-dap">Hỏi đáp</a></div>
<div class="k2"><h1>Hỏi về chế độ thai sản đối với lao động nữ</h1>
<div class="k3"><p><b>Người hỏi:</b> Nguyễn Thị Lan - Xã Tân Hương</p><p><b>Ngày hỏi:</b> 10/12/2023</p></div>
<div class="k4"><p><b>${q}</b> ${question}</p></div>
<div class="k5"><p><b>${a}</b> ${answer[0]}</p><p>${answer[1]}</p></div></div></body></html>`;
  const body = (q: string, a: string) =>
    extractArticle(qa(q, a), { url: 'https://huyen.example.gov.vn/hoi-dap/1.html' }).contentText;

  it.each([
    ['Câu hỏi:', 'Trả lời:'],
    ['Question:', 'Answer:'],
    ['Frage:', 'Antwort:'],
  ])('keeps the question labelled %j above the answer labelled %j', (q, a) => {
    const text = body(q, a);
    expect(text).toContain(question);
    expect(text).toContain(answer[1]);
    expect(text).not.toContain('Nguyễn Thị Lan');
  });
});

describe('a page that loads the next stories below its own', () => {
  const next = [
    'Đội tuyển bóng đá tỉnh giành chiến thắng thuyết phục trong trận đấu tối qua, với hai bàn thắng đẹp.',
    'Huấn luyện viên cho biết các cầu thủ đã thi đấu đúng chiến thuật, tập trung từ đầu đến cuối trận.',
    'Trận đấu tiếp theo sẽ diễn ra vào cuối tuần, trên sân nhà, với sự cổ vũ của đông đảo khán giả.',
  ];
  const story = (headline: string, paragraphs: readonly string[]) =>
    `<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

  it('keeps the first story, each story an <article> with its own <h1>', () => {
    const html = page(
      `<main>${story('Tọa đàm về bình đẳng giới', PARAGRAPHS)}${story('Đội tuyển thắng lớn', next)}</main>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(PARAGRAPHS[3]);
    expect(contentText).not.toContain(next[0]);
  });

  it("keeps the page's own story when a later one below it is longer", () => {
    const paragraphs = (n: number, from: readonly string[]) =>
      Array.from({ length: n }, (_, k) => `<p>${from[k % from.length]} (${k + 1})</p>`).join('');
    const scroll = (n: number, headline: string, text: string) =>
      `<div class="k8"><article id="article-${n}" class="k1"><header class="k2"><p class="k3">6 de mayo de 2022 05:30</p><h1>${headline}</h1><p class="k4">Một câu tóm tắt ngắn cho bài viết này.</p></header><div class="k5">${text}</div></article></div>`;
    const html = page(
      `<main><section class="k7">${scroll(0, 'Tọa đàm về bình đẳng giới', paragraphs(2, PARAGRAPHS))}${scroll(1, 'Đội tuyển thắng lớn', paragraphs(4, next))}${scroll(2, 'Một trận đấu khác', paragraphs(30, next))}</section></main>`,
      '<meta property="og:title" content="Tọa đàm về bình đẳng giới">',
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(PARAGRAPHS[1]);
    expect(contentText).not.toContain(next[0]);
  });

  it.each([
    ['<article>s', 'article'],
    ['blocks set alike (no <article>), each dated', 'div'],
  ])('keeps the first story when the next ones below it are %s headed by an <h2>', (_, tag) => {
    const story = (heading: string, text: string) =>
      `<${tag} class="k1">${heading}<div class="k2">04/03/2024</div>${text}</${tag}>`;
    const later = (headline: string) =>
      story(`<h2>${headline}</h2>`, next.map((p) => `<p>${p}</p>`).join(''));
    const html = page(
      `<main>${story('<h1>Tọa đàm về bình đẳng giới</h1>', BODY)}<div class="k3">Bài tiếp theo</div>${later('Đội tuyển thắng lớn')}${later('Một trận đấu khác')}</main>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(PARAGRAPHS[3]);
    expect(contentText).not.toContain(next[0]);
  });

  it("keeps a story's sections set alike, each under its heading without a date", () => {
    const section = (heading: string, text: string) =>
      `<div class="k1"><h2>${heading}</h2><p>${text} ${text}</p></div>`;
    const html = page(
      `<main><div class="k1"><h1>Tọa đàm về bình đẳng giới</h1><p>${PARAGRAPHS[0]}</p></div>${section('Nội dung', PARAGRAPHS[1] as string)}${section('Kết luận', PARAGRAPHS[2] as string)}</main>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(PARAGRAPHS[0]);
    expect(contentText).toContain(PARAGRAPHS[2]);
  });

  it("keeps sections of the story that are <article>s headed by an <h2> inside the headline's", () => {
    const section = (heading: string, text: string) =>
      `<article class="k4"><h2>${heading}</h2><p>${text}</p></article>`;
    const html = page(
      `<main><article class="k1"><h1>Tọa đàm về bình đẳng giới</h1>${section('Mở đầu', PARAGRAPHS[0] as string)}${section('Nội dung', PARAGRAPHS[1] as string)}${section('Kết luận', PARAGRAPHS[2] as string)}</article></main>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(PARAGRAPHS[0]);
    expect(contentText).toContain(PARAGRAPHS[2]);
  });

  it('keeps the whole body of a page with one story', () => {
    const html = page(`<main>${story('Tọa đàm về bình đẳng giới', PARAGRAPHS)}</main>`);
    expect(extract(html).contentText).toContain(PARAGRAPHS[3]);
  });
});

describe("sibling rows of a page builder, each wrapping some of the story's paragraphs, are taken together", () => {
  const row = (cls: string, ps: readonly string[]) =>
    `<div class="${cls}"><div class="k2"><div class="k3"><div class="k4"><div class="k5"><div class="k6">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div></div></div>`;

  it.each([
    ['WPBakery', 'vc_row wpb_row vc_row-fluid'],
    ['a page builder of unknown class names', 'k1'],
  ])("keeps every row of the story built with %s, not only the best one's", (_, cls) => {
    const html = page(
      `<article><h1>Tọa đàm về bình đẳng giới</h1><div class="k0">${row(cls, PARAGRAPHS.slice(0, 2))}${row(cls, PARAGRAPHS.slice(2))}</div></article>`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });
});

describe("cleanup never removes a block holding much of the body's text, whatever its class", () => {
  it("keeps the columns of an Elementor post's two-column section, each in an 'elementor-widget-wrap'", () => {
    const last =
      'Dịp này, hội cũng trao tặng quà cho các hội viên có hoàn cảnh khó khăn, động viên chị em vươn lên trong cuộc sống, tích cực tham gia các phong trào thi đua.';
    const column = (size: number, ps: readonly string[]) =>
      `<div class="elementor-column elementor-col-${size} elementor-top-column elementor-element elementor-element-f1a2b3${size}"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-5d6e7f${size} elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div>`;
    const section = (id: string, columns: string) =>
      `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">${columns}</div></section>`;
    const html = page(
      `<article class="post"><h1>Tọa đàm về bình đẳng giới</h1><div class="entry-content"><div data-elementor-type="wp-post" class="elementor elementor-5540">${section('a1b2c3d', column(100, PARAGRAPHS.slice(0, 3)))}${section('b7c8d9e', column(50, PARAGRAPHS.slice(3)) + column(50, [last]))}</div></div></article>`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual([...PARAGRAPHS, last]);
  });
});

describe('rule: a <section> scores as a paragraph of its parent whether its text is <p>s or <br><br> runs', () => {
  const offers = `<ul class="list-articles"><li><div class="box"><div>Ưu đãi, giảm giá và khuyến mãi hàng đầu trong ngày hôm nay</div><div>Những ưu đãi tốt nhất trong ngày, giá rẻ, giao hàng nhanh, bảo hành chính hãng</div><div>Điện thoại, máy tính, tai nghe, đồng hồ thông minh, máy ảnh, loa, tivi, tủ lạnh, máy giặt, nồi cơm điện</div></div></li></ul>`;
  const [a, b, c, d] = PARAGRAPHS;

  it('finds an article in sections of <br><br> runs over a box of offers, as it does with <p>s', () => {
    const sections = `<section>${a}<br><br>${b}<br><br></section><section><h2>Kết quả</h2>${c}<br><br>${d}<br><br></section>`;
    const html = page(
      `<h1>Tọa đàm</h1><article><div class="f">${sections}</div></article>${offers}`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual([a, b, 'Kết quả', c, d]);
  });

  it('finds the same article in sections of <p>s', () => {
    const sections = `<section><p>${a}</p><p>${b}</p></section><section><h2>Kết quả</h2><p>${c}</p><p>${d}</p></section>`;
    const html = page(
      `<h1>Tọa đàm</h1><article><div class="f">${sections}</div></article>${offers}`,
    );
    expect(paragraphs(extract(html).contentText)).toEqual([a, b, 'Kết quả', c, d]);
  });
});
