import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY, extract, PARAGRAPHS, page } from './pages.ts';

const URL = 'https://congan.example.vn/tin-tuc/toa-dam.html';

const inArticle = (inside: string) =>
  page(
    `<div class="story">${PARAGRAPHS[0] ? `<p>${PARAGRAPHS[0]}</p>` : ''}${inside}${BODY}</div>`,
  );

/** Extracts the article with `line` as a paragraph of its body; asserts the paragraph is kept. */
function expectKept(line: string): void {
  expect(extract(inArticle(`<p>${line}</p>`)).contentText).toContain(line);
}

/** Text as the reader sees it, to compare: entities decoded, spaces (no-break ones too) squashed. */
const asSeen = (text: string) => decodeHTML(text).replace(/\s+/g, ' ').trim();

/** Extracts the article with `inside` in its body; asserts `gone` is not in the body text and the article's prose is. */
function expectRemovedFromBody(inside: string, gone: string): void {
  const { contentText } = extract(inArticle(inside));
  expect(asSeen(contentText)).not.toContain(asSeen(gone));
  expect(contentText).toContain(PARAGRAPHS[3]);
}

describe("boilerplate classes: a paywall's parts of the story are the story", () => {
  it.each([
    ['subscriber-preview', 'subscriber-only'],
    ['subscriber-content', 'subscriber-only'],
  ])(
    'keeps the paragraphs of <div class="%s"> and <div class="%s"> (TownNews BLOX)',
    (preview, paid) => {
      const [first, second, third, ...rest] = PARAGRAPHS;
      const article = `<div class="asset-body"><div class="${preview}"><p>${first}</p></div><div class="${paid}"><p>${second}</p><p>${third}</p></div><div class="${paid}">${rest.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
      expect(extract(page(article)).contentText.split('\n\n')).toEqual(PARAGRAPHS);
    },
  );

  it('still removes a box that calls to subscribe', () => {
    expectRemovedFromBody(
      '<div class="subscribe-box"><p>Get unlimited access to local news for just $1 a month.</p></div>',
      'Get unlimited access',
    );
  });
});

describe('boilerplate classes: a box to donate', () => {
  it("removes Newspack's inline donation block from the body", () => {
    expectRemovedFromBody(
      '<div class="wp-block-newspack-blocks-donate newspack-inline-donate"><p>Mississippi Today is a nonprofit newsroom. Your support keeps our reporting free for everyone.</p><a href="/donate">Donate now</a></div>',
      'nonprofit newsroom',
    );
  });
});

describe('boilerplate classes: a call to action', () => {
  it("removes a recipe card's call to tag the site from the body", () => {
    expectRemovedFromBody(
      '<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">¿Has probado esta receta?</span> <span class="wprm-call-to-action-text">Menciona @diario o etiqueta #migas</span></div>',
      'Menciona @diario',
    );
  });

  it("removes a product card whole, not its link alone (BEM's call-to-action__link)", () => {
    expectRemovedFromBody(
      '<div class="product-card"><span>£205</span><div><a class="call-to-action__link" href="https://shop.example/p">Buy now</a></div><div>Lakeland</div></div>',
      '£205',
    );
  });
});

describe('boilerplate classes: a box of keywords named in Vietnamese ("từ khóa")', () => {
  it('removes a "tu-khoa" box of tag links from the body', () => {
    expectRemovedFromBody(
      '<div class="tu-khoa"><ul><li><a href="/ty-phu">tỷ phú</a></li><li><a href="/chung-khoan">chứng khoán</a></li></ul></div>',
      'tỷ phú',
    );
  });
});

describe('boilerplate classes: boxes named by the hooks of their tests and components', () => {
  it.each([
    ['data-testid', 'donation-ask'],
    ['data-qa', 'subscribe-promo'],
    ['data-component', 'NewsletterSignup'],
    ['class', 'donation-ask'],
    ['class', 'support-us-box'],
  ])('removes a box whose %s is %j from the body', (attribute, value) => {
    expectRemovedFromBody(
      `<div class="sc-8p9q0r-0 iJkLmN" ${attribute === 'class' ? '' : `${attribute}="${value}"`}><div class="${attribute === 'class' ? value : 'sc-8p9q0r-1'}"><h3>We rely on readers like you</h3><p>Bay Current is a nonprofit newsroom. Your gift helps us cover transit, housing and local government.</p><a href="/give">Give now</a></div></div>`,
      'nonprofit newsroom',
    );
  });
});

describe("closing lines: an Indian government release's close", () => {
  it('leaves "***", the officers\' initials and the release number out of the body', () => {
    const tail =
      '<p style="text-align:center">***</p><p>MJPS/SK</p><p>(Release ID: 1986543)&nbsp;Visitor Counter : 2314</p>';
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe("closing lines: a release's end mark and what follows it", () => {
  it.each(['###', '-30-'])('leaves the lines after %j out of the body with it', (mark) => {
    const trailer =
      `<p>${mark}</p><p>Additional news available at <a href="https://www.governor.example.gov/news">www.governor.example.gov</a><br>` +
      'New York State | Executive Chamber | press.office@exec.example.gov | 518.474.8418</p>';
    const { contentText } = extract(page(`<div class="story">${BODY}${trailer}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a wire agency\'s sign-off ("-- BERNAMA") and leaves the agency\'s notice after it out of the body', () => {
    const notice =
      '<p><strong>BERNAMA menyediakan informasi dan berita terkini yang sahih dan komprehensif yang disebarkan melalui Perkhidmatan Wayar Bernama; www.bernama.com.</strong></p>';
    const { contentText } = extract(
      page(`<div class="story">${BODY}<p>-- BERNAMA</p>${notice}</div>`),
    );
    expect(contentText.split('\n\n')).toEqual([...PARAGRAPHS, '-- BERNAMA']);
  });

  it('leaves an Arabic agency\'s end mark "// انتهى //" and its desk\'s time and code after it out of the body', () => {
    const trailer = '<p>// انتهى //</p><p>16:32 ت مـ</p><p>0091</p>';
    const { contentText } = extract(page(`<div class="story">${BODY}${trailer}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe("closing lines: a station's tagline, the wire's funding notice", () => {
  it.each([
    [
      "a station's tagline",
      '<p><em>For the latest news, weather, sports, and streaming video, head to WREG.com.</em></p>',
    ],
    [
      "the wire's funding notice",
      '<p>The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental policy. The AP is solely responsible for all content.</p>',
    ],
  ])('leaves %s closing the body out of it', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe('closing lines: the print edition that carried it, how to cite it, its editors', () => {
  it.each([
    [
      'a print edition note',
      "<p>A version of this article appears in print on Nov. 23, 2026, Section A, Page 24 of the New York edition with the headline: Toll Raises $620 Million in First Year. <a href='#'>Order Reprints</a> | <a href='#'>Today’s Paper</a> | <a href='#'>Subscribe</a></p>",
    ],
    [
      'a print edition note of a weekly',
      '<p><em>This article appeared in the Finance &amp; economics section of the print edition under the headline "Rate expectations"</em></p>',
    ],
    [
      'a German print edition note',
      '<p>Dieser Artikel erschien in der gedruckten Ausgabe vom 23. November 2026.</p>',
    ],
    [
      'a citation suggestion',
      '<p class="zitiervorschlag"><strong>Zitiervorschlag</strong><br>BGH stärkt Mieterrechte. In: Legal Tribune Online, 26.11.2026, https://www.lto.de/persistent/a_id/58123/ (abgerufen am: 27.11.2026)</p>',
    ],
    [
      'a citation suggestion in blocks of its own',
      '<p>Zitiervorschlag</p><p>Waffenlieferungen an Israel: . In: Legal Tribune Online, 20.10.2025 , https://www.lto.de/persistent/a_id/58420 (abgerufen am: 20.10.2025 )</p><p><a href="/zitiervorschlag">Infos zum Zitiervorschlag</a></p>',
    ],
    [
      'a "cite this article" box',
      '<p>Cite this article: Nguyen, L. (2026). Pendulums, slowly. <em>The Physics Blog</em>.</p>',
    ],
    ['a Chinese editor line', '<p>(责编：杨虞波罗、岳弘彬)</p>'],
    ['a Chinese editor line in brackets', '<p>【责任编辑：王洪江】</p>'],
    ['a Chinese government CMS’s update field', '<p>更新日期：115-12-06</p>'],
    ['a Chinese government CMS’s publishing unit', '<p>發布單位：行政院</p>'],
    ['a Chinese paper’s print edition line', '<p>《 人民日报 》（ 2024年12月30日 第 01 版）</p>'],
    ['a Chinese site’s account to follow', '<p>关注公众号：人民网财经</p>'],
  ])('leaves %s closing the body out of it', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a sentence telling what Ctrl+Enter does in a program', () => {
    expectKept(
      'В новой версии редактора сообщение отправляется сочетанием Ctrl+Enter, а не Enter.',
    );
  });

  it('keeps a closing Hindi sentence asking people to follow the rules, a network named', () => {
    // No "us" or "our" before the network: the police's appeal, no pitch of the site's.
    const line = 'पुलिस ने लोगों से अपील की कि वे फेसबुक पर अफवाहें न फैलाएं और नियमों को फॉलो करें।';
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${line}</p></div>`));
    expect(contentText).toContain(line);
  });

  it.each([
    'A version of this story was told by her grandmother, who appears in print in the town’s records.',
    'Cite this: the court’s ruling, the lawyers said, will be quoted for decades to come in cases like this one.',
  ])('keeps a sentence of the story that opens with such words: %j', (line) => {
    expectKept(line);
  });
});

describe("closing lines: a Chinese page's rights notice in traditional script", () => {
  it.each([
    [
      'reproduction without authorization forbidden',
      '<p>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p>',
    ],
    [
      'for personal reading, not to be reproduced without consent',
      '<div class="copyright">本新聞文字、照片、影片專供個人閱讀，未經同意請勿轉載</div>',
    ],
  ])('leaves %s closing the body out of it', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe("closing lines: a Chinese platform's or paper's disclaimer, the story's original title and source", () => {
  it.each([
    [
      "a self-media platform's statement",
      '<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p></div>',
    ],
    [
      "a platform's statement that the views are the author's",
      '<div class="transfer"><p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p></div>',
    ],
    [
      "a financial paper's disclaimer",
      '<div class="shenming"><p>声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。</p></div>',
    ],
    ["the story's original title", '<p class="otitle">（原标题：深圳低空经济新政来了）</p>'],
    [
      "the story's source and its app",
      '<p>（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）</p>',
    ],
  ])('leaves %s closing the body out of it', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe("closing lines: a Chinese page's credits of its editors and photographers, in fields, without colons or after slashes", () => {
  it.each([
    [
      'source, author and editor fields, the editor with a staff number',
      '<div class="source"><span>本文来源：中国新闻网 作者：陈静 <span>责任编辑：王晶_NN6291</span></span></div>',
    ],
    ["the picture editor's line", '<div class="editors"><span>图片编辑：金潇</span></div>'],
    ["the editor's and proofreader's line without colons", '<p>编辑 张磊 校对 王心</p>'],
    // The contributing office, the photographer and the editor, after slashes or colons.
    [
      'a contributing office, the photographer and the editor',
      '<p>医技药剂党支部、药剂科供稿&nbsp; 摄影/张艳&nbsp; 编辑/苏芳</p>',
    ],
    ['the photographer and the editor after slashes', '<p>摄影/张艳 编辑/苏芳</p>'],
    ['the picture and the reviewer after colons', '<p>图片：李明 审核：王芳</p>'],
  ])('leaves %s closing the body out of it', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a last paragraph that its editor credit is run into', () => {
    const line = '会议要求，各地要抓紧落实，确保政策按时兑现到位。责任编辑：王晶';
    expect(extract(page(`<div class="story">${BODY}<p>${line}</p></div>`)).contentText).toContain(
      '确保政策按时兑现到位',
    );
  });
});

describe("closing lines: a Chinese newsroom's tip line", () => {
  it.each([
    ['its number', '<div class="copyright"><p>澎湃新闻报料：021-962866</p></div>'],
    ['its hotline', '<p>新闻爆料热线：010-12345678</p>'],
  ])('leaves the tip line with %s closing the body out of it', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe("a Chinese portal's link back to its home run into the last paragraph", () => {
  it('leaves "返回搜狐，查看更多" out of the paragraph it ends, and keeps the sentence', () => {
    const last =
      '<p>深圳市发展改革委相关负责人表示，下一步将加快低空起降点布局。<a href="//www.example.com/" id="back"><span class="backword"><i class="backicon"></i>返回搜狐，查看更多</span></a></p>';
    const { contentText } = extract(page(`<div class="story">${BODY}${last}</div>`));
    expect(contentText).toContain('下一步将加快低空起降点布局。');
    expect(contentText).not.toContain('查看更多');
  });
});

describe('closing lines: the note of an Indonesian syndicated story where it first ran', () => {
  it.each([
    [
      'its outlet linked',
      '<p>Artikel ini telah tayang di <a href="https://news.example.id/2026/12/06/banjir">Example.com</a> dengan judul Banjir Rendam 12 Kelurahan di Jakarta Timur</p>',
    ],
    [
      'its title quoted and the link to read it',
      '<p>Artikel ini telah tayang di Example.com dengan judul "Banjir Rendam 12 Kelurahan", Klik untuk baca: https://news.example.id/read/2026/12/06/banjir.</p>',
    ],
  ])('leaves the note with %s closing the body out of it', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe('findMainContent boilerplate removal', () => {
  it.each([
    [
      'a share bar',
      '<div class="share-buttons"><a href="https://facebook.com/sharer">Chia sẻ Facebook</a><a href="#">Tweet</a></div>',
      'Chia sẻ Facebook',
    ],
    [
      'a box to follow the site, named so',
      '<section class="follow-huffpost"><h2>FOLLOW HUFFPOST</h2><ul class="follow-links"><li><button>Email</button></li><li><label>HuffPost Business</label></li></ul></section>',
      'FOLLOW HUFFPOST',
    ],
    [
      "a social network's reading widget",
      '<div class="facebook-broadcasting"><p><strong>Facebook Activity</strong></p><p>Click "Add to Timeline" to publish what you read to Facebook, and see what your friends have read</p></div>',
      'Add to Timeline',
    ],
    [
      "a social network's like button box",
      '<div class="fb-like-box"><p>Thích trang của chúng tôi để nhận tin mới nhất mỗi ngày</p></div>',
      'Thích trang',
    ],
    [
      'an ad slot',
      '<div class="ad-slot"><p>Mua ngay hôm nay, giảm giá lớn, giao hàng toàn quốc.</p></div>',
      'Mua ngay',
    ],
    [
      'a Vietnamese ad box (quang-cao)',
      '<div class="box-quang-cao"><p>Mua sắm thả ga, ưu đãi lớn, chỉ có trong tháng này.</p></div>',
      'Mua sắm',
    ],
    [
      'an AdSense block',
      '<ins class="adsbygoogle">Quảng cáo Google tài trợ nội dung này</ins>',
      'Quảng cáo Google',
    ],
    ['an "Advertisement" label', '<div>Advertisement</div>', 'Advertisement'],
    [
      'a newsletter box',
      '<div class="newsletter-signup"><p>Đăng ký nhận bản tin mỗi sáng, miễn phí, qua email của bạn.</p><form><input type="email"></form></div>',
      'Đăng ký nhận bản tin',
    ],
    [
      'a comment section',
      '<section id="comments"><h3>Ý kiến</h3><p>Bài viết rất hay, cảm ơn tác giả, mong có thêm nhiều bài.</p></section>',
      'cảm ơn tác giả',
    ],
    [
      'a Vietnamese comment box (binh-luan)',
      '<div class="box-binh-luan"><p>Gửi ý kiến của bạn, chúng tôi sẽ duyệt trước khi đăng.</p></div>',
      'Gửi ý kiến',
    ],
    [
      'an HTML comment',
      '<!-- <p>Bản nháp cũ của biên tập viên, không đăng.</p> -->',
      'Bản nháp cũ',
    ],
    [
      'an element with the hidden attribute',
      '<p hidden>Đoạn ẩn bằng thuộc tính hidden, không hiển thị.</p>',
      'Đoạn ẩn',
    ],
    [
      'an aria-hidden element',
      '<p aria-hidden="true">Đoạn ẩn với trình đọc màn hình, chỉ để trang trí.</p>',
      'Đoạn ẩn',
    ],
    [
      'a display:none element',
      '<div style="color:red; display: none">Đoạn ẩn bằng CSS, hiển thị khi bấm nút.</div>',
      'Đoạn ẩn',
    ],
    [
      'an element hidden by a utility class',
      '<div class="d-none">Đoạn ẩn bằng lớp tiện ích, chỉ hiện trên di động.</div>',
      'Đoạn ẩn',
    ],
    [
      'a visibility:hidden element',
      '<p style="visibility:hidden">Đoạn ẩn bằng visibility, không phải nội dung.</p>',
      'Đoạn ẩn',
    ],
    ['a script', '<script>var tracking = "Đoạn mã theo dõi";</script>', 'Đoạn mã theo dõi'],
    ['a style sheet', '<style>.x:after { content: "Kiểu chữ"; }</style>', 'Kiểu chữ'],
    [
      "the labels of a form's controls (a donation form of many options)",
      `<form class="mt-4">${[
        'Một lần',
        'Hằng tháng',
        'Hằng năm',
        '50.000 đồng',
        '100.000 đồng',
        '200.000 đồng mỗi tháng',
        '500.000 đồng mỗi năm',
        'Số tiền khác, do bạn tự chọn',
        'Ủng hộ qua thẻ ngân hàng nội địa',
        'Ủng hộ qua ví điện tử của bạn',
        'Nhận biên lai qua thư điện tử',
        'Giấu tên người ủng hộ trên trang',
        'Tôi đồng ý với điều khoản của tòa soạn',
      ]
        .map(
          (text, i) =>
            `<div class="col"><input type="radio" id="o${i}" name="o"><label for="o${i}">${text}</label></div>`,
        )
        .join('')}</form>`,
      'Hằng tháng',
    ],
    [
      'a box for typing a note, without a <form>, and its status line (class names saying nothing)',
      '<div class="k1"><div class="k2"><div class="k3">Ghi chú<button class="k4">Đóng</button></div>' +
        '<div class="k5">Tối đa 400 ký tự</div><textarea class="k6" name="memo"></textarea>' +
        '<button class="k7">Hủy</button><button class="k8">Xong</button></div>' +
        '<div class="k9"><p>Đã lưu ghi chú</p></div></div>',
      'Tối đa 400 ký tự',
    ],
    [
      'a print/tool bar',
      '<div class="article-toolbar"><a href="#">In bài</a> <a href="#">Gửi email</a></div>',
      'In bài',
    ],
    [
      'a drop-down of links and its label (class names saying nothing)',
      '<div class="k1"><span>🔗 Liên kết</span><select><option>-- Chọn Link liên kết</option><option>Bộ Ngoại giao</option></select></div>',
      'Liên kết',
    ],
  ])('removes %s inside the article', (_, html, leaked) => {
    const { contentText, contentHtml } = extract(inArticle(html));
    expect(contentText).not.toContain(leaked);
    expect(contentHtml).not.toContain(leaked);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('never removes the wrappers of the best-scored block, whatever their class says', () => {
    // Blogger-style: the body sits in a "widget" (a negative class) under an only-child chain.
    const html = page(
      `<div id="main-wrapper"><div class="widget" id="HTML1"><div class="blog-post"><div class="post-body">${BODY}</div></div></div></div>`,
    );
    expect(extract(html).contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a data table even when its cells link out', () => {
    const table =
      '<table><thead><tr><th>Đơn vị</th><th>Văn bản</th></tr></thead><tbody><tr><td>Phòng PC06</td><td><a href="/vb/1">Kế hoạch 12/KH</a></td></tr><tr><td>Phòng PX01</td><td><a href="/vb/2">Công văn 34/CV</a></td></tr></tbody></table>';
    const { contentHtml, contentText } = extract(page(`<div class="story">${BODY}${table}</div>`));
    expect(contentHtml).toContain('<th>Đơn vị</th>');
    expect(contentText).toContain('Kế hoạch 12/KH');
  });

  it('removes a slideshow but keeps its images', () => {
    const html = inArticle(
      '<div class="gallery"><img src="/a.jpg" width="600"><div class="count">Image 1 of 2</div><button>Next</button></div>',
    );
    const { contentText, images } = extract(html);
    expect(contentText).not.toContain('Image 1 of 2');
    expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/a.jpg']);
  });

  it.each([
    ['class names that say nothing', 'k1a2b3', 'Image <span>1</span> of <span>8</span>'],
    ['a bare counter', 'k1a2b3', '1 / 8'],
    ['a German counter', 'k1a2b3', 'Bild 1 von 8'],
    [
      'spread over indented lines, deep in the slideshow',
      'k1a2b3',
      `${'<div>'.repeat(6)}\n\t\t\t\tImage\n\t\t\t\t<span>1</span>\n\t\t\t\t<span>of</span>\n\t\t\t\t<span>8</span>\n\t\t\t${'</div>'.repeat(6)}`,
    ],
  ])('removes a slideshow by its slide counter (%s), keeping its images', (_what, cls, counter) => {
    const caption =
      'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi on Wednesday.';
    const html = inArticle(
      `<div class="${cls}"><ul><li><img src="/a.jpg" width="600"><div>${caption}<a> less</a></div></li></ul><div><div><div>${counter}</div></div><a href="#">Back to Gallery</a></div></div>`,
    );
    const { contentText, images } = extract(html);
    expect(contentText).not.toContain('Back to Gallery');
    expect(contentText).not.toContain('Defense Minister Ngo Xuan Lich');
    expect(contentText).toContain(PARAGRAPHS[3]);
    expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/a.jpg']);
  });

  it("keeps a slideshow's captions with their pictures, and its counters and buttons out", () => {
    const slide = (n: number, caption: string) =>
      `<div class="slide"><img src="/s${n}.jpg" width="600"><div class="counter">${n} / 2</div><p class="caption">${caption}</p></div>`;
    const html = inArticle(
      `<div class="k1">${slide(1, 'Toàn cảnh hội nghị.')}${slide(2, 'Các đại biểu phát biểu.')}<button>Trước</button><button>Sau</button></div>`,
    );
    const { contentHtml, contentText, images } = extract(html);
    expect(images.map((i) => i.caption)).toEqual([
      'Toàn cảnh hội nghị.',
      'Các đại biểu phát biểu.',
    ]);
    expect(contentHtml).toContain('<figcaption>Toàn cảnh hội nghị.</figcaption>');
    expect(contentText).not.toMatch(/\d \/ 2/);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('removes a slideshow by its counter when each caption is a paragraph in a box of its own', () => {
    const caption =
      'In this Sunday, Nov. 10, 2019, photograph, a long row of unsold E-Pace sports-utility vehicles sits at a Jaguar dealership in Littleton, Colo.';
    const slide = (n: number) =>
      `<li><div><img src="/s${n}.jpg" width="600"></div><div><div><p>${caption}</p></div><div><p>${caption}</p></div></div></li>`;
    const html = inArticle(
      `<div class="k1"><ul>${slide(1)}${slide(2)}</ul><div><div>Image <span>1</span> <span>of</span> <span>2</span></div></div></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain('Jaguar dealership');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it.each([
    [
      '图集',
      'swiper-container2',
      '<div class="swiper-wrapper"> </div><div class="swiper-pagination"></div>',
    ],
    ['Fotogalerie', 'swiper js-swiper', '<div class="swiper-wrapper"></div>'],
    ['Gallery', 'carousel', '<ul class="slides"></ul>'],
  ])(
    'removes the label %j beside a slideshow (%s) a script fills, no picture in it yet',
    (label, cls, slides) => {
      const widget = `<div class="lb"><span class="tj">${label}</span> <span class="origin"></span><div class="${cls}">${slides}</div></div>`;
      const { contentText } = extract(page(`<div class="story">${widget}${BODY}</div>`));
      expect(contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
    },
  );

  it('keeps a paragraph beside an empty slideshow', () => {
    const widget = `<div class="lb"><p>${PARAGRAPHS[0]}</p><div class="swiper"><div class="swiper-wrapper"></div></div></div>`;
    const { contentText } = extract(page(`<div class="story">${widget}${BODY}</div>`));
    expect(contentText).toContain(PARAGRAPHS[0]);
  });

  it.each([
    ['individual-review_rating', '8/10'],
    ['score', '4 / 5'],
    ['bewertung', '7 von 10'],
  ])('keeps a review whose rating (class "%s", %s) reads like a slide counter', (cls, rating) => {
    const verdict =
      'You know you are in for a treat once you step into the shop, and everything was tasty.';
    const html = inArticle(
      `<section class="review"><div class="avatar"><a href="/people/viet/"><img src="/viet.jpg" width="80"></a></div><div class="review__content"><h3>Viet’s Review<span class="${cls}">${rating}</span></h3><p>${verdict}</p></div></section>`,
    );
    expect(extract(html).contentText).toContain(verdict);
  });

  it("keeps a counter's block that holds the article's prose", () => {
    const html = page(
      `<div class="k1">${BODY}<div class="k2"><img src="/a.jpg" width="600"><span>1 / 2</span></div></div>`,
    );
    expect(extract(html).contentText).toContain(PARAGRAPHS[3]);
  });

  it.each([
    [
      'a "follow" line naming the site',
      'Follow Metro.co.uk on Twitter and Facebook for the latest news updates.',
    ],
    [
      'a call for tips',
      'Got a story? Get in touch with our news team by emailing us at webnews@example.com.',
    ],
    ['a "more stories" line', 'For more stories like this, check our news page.'],
    [
      "a newsletter's pitch to the reader",
      'Der BR24 Newsletter informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste vom Tag.',
    ],
    [
      'a pitch to subscribe to the newsletter in a sentence to the reader',
      'You can also subscribe to this newsletter here: just tick the box.',
    ],
    [
      'a magazine delivered to the reader',
      'Get Motor Cycle Monthly delivered through your letterbox every month.',
    ],
    [
      "the publisher's e-book offered by e-mail, in Portuguese",
      'Receba em seu email nosso ebook “As 5 Etapas para Alfabetizar seus Filhos em Casa”, um guia completo e gratuito. Clique aqui: https://goo.gl/FDS4xU.',
    ],
    ['a link to the comments, in German', 'Kommentare lesen und schreiben, hier klicken'],
    [
      'a call to subscribe, support the publisher and watch its channel, in Portuguese',
      'Assine o 247, apoie por Pix, inscreva-se na TV 247, no canal Cortes 247 e assista:',
    ],
    [
      "a call to subscribe to the publisher's channel, in Spanish",
      'Suscríbete a nuestro canal de YouTube para ver todos los videos de la región.',
    ],
    [
      'a call to follow the publisher, in Spanish',
      'Síguenos en Twitter y Facebook para recibir las últimas noticias de la región.',
    ],
    [
      "a call to sign up for the publisher's newsletter, in Italian",
      'Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie della città.',
    ],
    [
      'a call to follow the publisher, in German',
      'Folge uns auf Facebook und Instagram, um keine Nachricht aus der Region zu verpassen.',
    ],
    [
      "a call to sign up for the publisher's newsletter, in Polish",
      'Zapisz się na nasz newsletter, aby co rano otrzymywać najważniejsze wiadomości.',
    ],
    [
      'a call to subscribe, in Portuguese',
      'Assine já para ter acesso a todas as reportagens exclusivas da região.',
    ],
    [
      'a call to follow the publisher, in French',
      'Suivez-nous sur Facebook et Instagram pour ne rien manquer de l’actualité locale.',
    ],
    [
      'a call to follow the publisher, in Vietnamese',
      'Mời bạn đọc theo dõi các tin tức mới nhất trên trang Facebook và kênh Zalo của Báo.',
    ],
    [
      "a call to sign up for the publisher's newsletter, in Vietnamese",
      'Đăng ký nhận bản tin của chúng tôi để cập nhật tin tức mỗi ngày.',
    ],
    [
      'a call to read more of the topic here, in Vietnamese',
      'Mời quý độc giả xem thêm các bài viết về chủ đề hội nghị tại đây.',
    ],
    [
      "a call to download the publisher's app, in Vietnamese",
      'Bấm vào đây để tải ứng dụng của Báo trên điện thoại.',
    ],
    [
      'a notice of the article the reader is reading, and where to write, in Vietnamese',
      'Bạn đang đọc bài viết "Giá xăng dầu đồng loạt giảm" tại chuyên mục Kinh tế. Mọi thông tin góp ý và chia sẻ, xin vui lòng liên hệ SĐT: 024.37713xxx hoặc gửi về hộp thư: digital@example.vn',
    ],
    [
      "the publisher's news offered on the reader's phone through its app",
      'Get the latest news straight to your phone with the VI Consortium app.',
    ],
    [
      "the publisher's headlines offered in the reader's inbox",
      'Get our top headlines delivered to your inbox every morning.',
    ],
    [
      'a call to sign up after a question to the reader',
      "Do you want to be informed of DiEM25's actions? Sign up here",
    ],
    [
      "a blog's appeal to support its work",
      'If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!',
    ],
    [
      'a call to share the story with friends',
      'Share this with all of your girlfriends by clicking the Share button below.',
    ],
    ['a call to share the story, pointing to the button', 'Click the share button to pass it on!'],
    ['a question to the reader before a call to share', 'Like this story? Share it with a friend!'],
    ["an ad's label opening a line", 'ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:'],
    [
      "a call to turn on the site's notifications",
      'Nutze die kleine rote Glocke unten rechts um aktuell informiert zu werden!',
    ],
    ['a note that the photos only illustrate', 'Fotos sind ggf. beispielhafte Symbolbilder!'],
    [
      "a note that readers' comments are not the newsroom's",
      'Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!',
    ],
    [
      "a note that readers' comments are not the newsroom's, in English",
      'Comments do not necessarily reflect the views of the editors.',
    ],
    [
      "a note that the authors' opinions are their own",
      'Meinungen in Beiträgen auf Infosperber entsprechen jeweils den persönlichen Einschätzungen der Autorin oder des Autors.',
    ],
    [
      "a note that the authors' opinions are their own, in English",
      'The views expressed in this article are those of the author and do not necessarily reflect the position of the publisher.',
    ],
    [
      "a note that the author's opinions are their own, in Vietnamese",
      '(*) Bài viết thể hiện quan điểm, văn phong riêng của tác giả.',
    ],
    [
      "a note that the author's opinion need not be the newsroom's, in German",
      'Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.',
    ],
    ["the authors' declared interests", 'Themenbezogene Interessenbindung der Autorin/des Autors'],
    [
      'a note that the page shows sponsored content',
      'Diese Seite zeigt gesponserten Marketing-Inhalt, Quell- und Informationslinks sowie extern eingespielte Banner.',
    ],
  ])('removes %s among the last lines, past an empty block', (_what, line) => {
    const html = page(
      `<div class="story">${BODY}<p>${line}</p><p>Follow us on Twitter @congan and on Facebook.</p><p>Sign up for our newsletter.</p><p>Download our app today.</p><div><img src="/x.jpg"></div></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain(line.slice(0, 20));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it("removes a note that the authors' opinions are their own below a rule of underscores in its paragraph", () => {
    const note =
      '<p>Keine<br>_____________________<br>Meinungen in Beiträgen auf Infosperber entsprechen jeweils den persönlichen Einschätzungen der Autorin oder des Autors.</p>';
    const { contentText } = extract(page(`<div class="story">${BODY}${note}</div>`));
    expect(contentText).not.toContain('Meinungen');
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it.each([
    ['a bold label', '<p><strong>SOCIAL MEDIA SEITEN</strong></p>'],
    ['a heading', '<h3>Folgen Sie uns</h3>'],
  ])(
    "removes %s right before a box of links to the site's social pages, with the box",
    (_, label) => {
      const social =
        '<ul class="wp-block-social-links"><li><a href="https://facebook.com/x">Facebook</a></li><li><a href="https://instagram.com/x">Instagram</a></li></ul>';
      const { contentText } = extract(page(`<div class="story">${BODY}${label}${social}</div>`));
      expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
    },
  );

  it.each([
    ['Share this:', '<p><strong>Share this:</strong></p>'],
    ['Chia sẻ', '<p><strong>Chia sẻ</strong></p>'],
    ['Teilen', '<h4>Teilen</h4>'],
  ])('removes the label %j right before a share box, with the box', (_, label) => {
    const share =
      '<div class="blog-share"><a href="https://www.facebook.com/sharer.php?u=x" title="Share on Facebook"><i class="icon-facebook"></i></a></div>';
    const { contentText } = extract(page(`<div class="story">${BODY}${label}${share}</div>`));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it("a share box's label says so: a closing byline in bold before the share box is the author", () => {
    const share =
      '<div class="blog-share text-center"><div class="social-icons share-icons"><a href="https://www.facebook.com/sharer.php?u=x" title="Share on Facebook"><i class="icon-facebook"></i></a></div></div>';
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tọa đàm về bình đẳng giới</title></head><body><article class="post"><h1 class="entry-title">Tọa đàm về bình đẳng giới</h1><div class="entry-content">${BODY}<p style="text-align: right;"><strong>Minh Anh</strong></p>${share}</div></article></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Minh Anh']);
  });

  it.each(['Die Gemeinde will im Frühjahr über die Pläne abstimmen.', '<em>With Post wires</em>'])(
    'keeps %j right before a share box',
    (sentence) => {
      const share =
        '<div class="share-buttons"><a href="https://facebook.com/sharer">Teilen</a></div>';
      const { contentText } = extract(
        page(`<div class="story">${BODY}<p>${sentence}</p>${share}</div>`),
      );
      expect(contentText).toContain(sentence.replace(/<\/?em>/g, ''));
    },
  );

  it('removes the closing lines written loose between line breaks after the last paragraph', () => {
    const footer = [
      '<strong>Nutze die kleine rote Glocke unten rechts um aktuell informiert zu werden!</strong>',
      'Folge uns auf <a href="https://facebook.com/x">Facebook</a> | <a href="https://instagram.com/x">Instagram</a><br>',
      '<a href="/impressum">© 2fly4</a> - Alle Angaben ohne Gewähr!',
      'Fotos sind ggf. beispielhafte Symbolbilder!',
      'Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!',
    ].join('<br>');
    const html = page(`<div class="story">${BODY}<br>${footer}<br></div>`);
    const { contentText } = extract(html);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('reads the loose lines closing the body in the order they are shown, box by box', () => {
    const prose =
      'Das Spiel endete nach einer langen Nachspielzeit mit einem verdienten Unentschieden.';
    const html = page(
      `<div class="story">${BODY}<div class="k1"><ul><li>Tabelle</li></ul>${prose}</div>© 2fly4 - Alle Angaben ohne Gewähr!<br></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(prose);
    expect(contentText).not.toContain('Alle Angaben ohne Gewähr');
  });

  it('keeps a loose picture credited after the last paragraph', () => {
    const html = page(
      `<div class="story">${BODY}<span class="k7"><img src="/taylor.jpg" alt="Martin Taylor"><span>© Martin Taylor of Aberdeenshire</span></span></div>`,
    );
    expect(extract(html).images.map((i) => i.url)).toContain(
      'https://congan.example.vn/taylor.jpg',
    );
  });

  it('keeps loose lines of prose after the last paragraph, and the closing lines stop there', () => {
    const prose =
      'Das Spiel endete nach einer langen Nachspielzeit mit einem verdienten Unentschieden.';
    const html = page(
      `<div class="story">${BODY}<br>${prose}<br>Fotos sind ggf. beispielhafte Symbolbilder!<br></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(prose);
    expect(contentText).not.toContain('Symbolbilder');
  });

  it.each([
    'Residents can sign up for the free course at the library until Friday, the council said.',
    'Parents who want their children to take part can subscribe to the programme at any school office.',
    'He said the team would reach the reporters at the airport before noon.',
    'Officials who have a tip about the missing boy should call the police, the mayor said.',
    'First published in 1923, the newspaper has never missed an edition.',
    'Click here to read the full report of the inspectors, the ministry said in a statement.',
    'The minister did not share it with his friends in the cabinet, the paper reported.',
    '© The photographer kept the rights to the pictures, the court ruled.',
    'Copyright holders will be paid from the fund, the minister said.',
    'The charity asked people to consider supporting us at the annual fundraiser, its director said.',
    'Your gift keeps the shelter open through the winter, the director told the donors on Friday.',
    'If you just want the films, you can sign up for a free seven-day trial. Afterwards you pay $6.99 a month.',
    'If you want a cheaper option, you can subscribe to the basic plan for $4.99 a month.',
    'Sie hat vor drei Jahren einen Newsletter gegründet, der heute wöchentlich erscheint.',
    'Ihr Newsletter erreicht inzwischen mehr als 20.000 Leser in der Region.',
    'Os moradores podem clique aqui no portal da prefeitura para consultar o horário, disse o secretário.',
    'Wer den Link öffnen will, muss nur hier klicken und das Passwort eingeben, warnte die Polizei.',
    'La empresa pidió a sus clientes que la siguieran en Twitter, según el comunicado.',
    'Die Fans sagten, sie folgen ihm seit Jahren auf Instagram, und er folgt uns auch.',
    'Ông cho biết người dân nên theo dõi thông tin trên trang Facebook của UBND xã để kịp thời nắm bắt.',
    'Từ năm 2020, huyện đã hướng dẫn hơn 3.000 hộ dân tải ứng dụng định danh điện tử VNeID.',
    'Bạn đọc có thể tải ứng dụng VNeID trên điện thoại để tra cứu hồ sơ, theo hướng dẫn của Công an tỉnh.',
    'Scammers send fake news alerts straight to your phone, the police warned, and ask for your bank details.',
    'O ministro pediu que o presidente assine o decreto ainda nesta semana, segundo a assessoria.',
    'Die Meinungen in Beiträgen von Lesern gehen weit auseinander, sagte die Autorin des Buches.',
  ])('keeps a last paragraph of prose that only uses the words of a promo: %j', (line) => {
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${line}</p></div>`));
    expect(contentText).toContain(line);
  });

  it.each([
    'Bấm vào đây để tải toàn văn Quyết định: <a href="/files/qd-123.pdf">qd-123.pdf</a>',
    '<a href="/files/qd-123.pdf">Bấm vào đây</a> để xem chi tiết văn bản.',
    'Click here to download the full report: <a href="/files/report.pdf">report.pdf</a>',
  ])(
    'keeps a last line that links the document the article attaches, whatever its call: %j',
    (line) => {
      const { contentHtml } = extract(page(`<div class="story">${BODY}<p>${line}</p></div>`));
      expect(contentHtml).toMatch(/href="[^"]+\.pdf"/);
    },
  );

  it('keeps a last paragraph that tells of a WhatsApp channel without inviting to it', () => {
    const line =
      'Users who follow a channel on WhatsApp see its posts in a separate tab, the company said.';
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${line}</p></div>`));
    expect(contentText).toContain(line);
  });

  it('keeps a last paragraph that speaks of a newsletter without pitching it', () => {
    const line =
      "The company's newsletter now reaches two million readers every week, the annual report shows.";
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${line}</p></div>`));
    expect(contentText).toContain(line);
  });

  it.each([
    "Next spring we're planning a seedling sale at the same branch. If you'd like to help grow starts in your window this winter, reply to our newsletter or find us at the library on the first Saturday of every month.",
    'The choir meets again on Thursday evenings from January. If you want to sing with us, answer our newsletter or come by the parish hall before the rehearsal starts at seven.',
  ])('keeps a closing paragraph of prose that names the newsletter in passing: %s', (line) => {
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${line}</p></div>`));
    expect(contentText).toContain(line);
  });

  it("removes a broadcaster's programme note whose label and line stand apart, with their box", () => {
    const html = page(
      `<div class="story">${BODY}<div class="k1"><div class="k2"><p>Dieses Thema im Programm:</p><h3>NDR 1 Welle Nord | Nachrichten für Schleswig-Holstein | 28.04.2023 | 13:00 Uhr</h3></div></div>` +
        '<div class="k3"><h3>Schlagwörter zu diesem Artikel</h3><h3><a href="/wissenschaft">Wissenschaft</a></h3><h3><a href="/elmshorn">Elmshorn</a></h3></div></div>',
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/Dieses Thema|NDR 1 Welle Nord/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it.each([
    ['a taxonomy line', 'Filed under: Khawarij |'],
    ['a taxonomy line tagged "as"', 'Tagged as: 365 Days of Astronomy podcast, LCROSS, Podcasts'],
    ['a taxonomy line of topics', 'Published under: 2024 Election , Bailout , Court-Packing'],
    ['a trailing publication date', 'First Published: Tuesday, November 19, 2019 08:38 AM'],
    ['a trailing update time', 'Updated at 1:23 p.m.'],
    ['a trailing update date in Swedish', 'Uppdaterad 12 mars 2024 kl 10.30'],
    ['a trailing publication date in Polish', 'Opublikowano: 12.03.2024, 10:30'],
    ["the newsroom's standards", 'Our Standards: The Thomson Reuters Trust Principles.'],
    ["the newsroom's standards, linked", 'Editorial standards: how we report and correct'],
    ['the author’s e-mail address', 'paul.takahashi@chron.com'],
    ['the author’s social profile', 'twitter.com/paultakahashi'],
    ['a copyright notice', 'Copyright © 2023 The Washington Times, LLC.'],
    ['a copyright sign and its owner', '© The Financial Times Ltd. 2024'],
    ['an Italian reproduction notice', '© RIPRODUZIONE RISERVATA'],
    ["a release's end mark", '###'],
    ["a newsroom's end mark", '-30-'],
    ["a Mexican government release's end mark", '---ooOoo---'],
    ["a release's end mark with a zero", '-o0o-'],
    ["a desk's initials in lower case", 'dg/rmlgv'],
    [
      'a disclaimer of what readers post',
      'DISCLAIMER: The Views, Comments, Opinions, Contributions and Statements made by Readers and Contributors on this platform do not necessarily represent the views or policy of Multimedia Group Limited.',
    ],
    [
      "a newspaper's reuse prohibition after its rights",
      'All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.',
    ],
    ["a Persian agency's end mark", 'انتهای پیام'],
    [
      "the Korea Open Government Licence's terms",
      '정책브리핑의 정책뉴스자료는 공공누리 제1유형 출처표시 조건에 따라 이용할 수 있습니다. 저작권 정책 참조',
    ],
    ['a count of readers beside the tools', 'Số lượt đọc: 256 | Bản in | Gửi bài viết'],
    ['the tools beside a count of readers', 'Print | Email | Views: 1,234'],
    ['a labelled pager', 'Trang: 1 | 2 | 3'],
    ['a labelled pager with its next link', 'Seite 1 2 3 weiter'],
    ['the page named again', 'Bạn đang xem bài viết: Hội nghị tổng kết công tác năm 2023'],
    ['the page named again, in English', 'You are reading: The budget in five charts'],
    ["a rating widget's label and marks", 'Đánh giá bài viết: 1 2 3 4 5'],
    ["a rating widget's stars", 'Rate this article: ★★★★★'],
    [
      "a broadcaster's note that its transcript may not be final",
      'NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future.',
    ],
    [
      'a note that the transcript was generated by software and may contain errors',
      'This transcript was automatically generated and may contain errors. Please check the audio before quoting.',
    ],
    [
      'a notice that the text is copyrighted',
      'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
    ],
    [
      "a blog entry's footer pointing to its replies' feed",
      'This entry was posted on Monday, March 4th, 2024 at 10:12 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.',
    ],
    [
      "a blog entry's footer in German",
      'Von israel news am 21/02/2021. Abgelegt unter Israel. Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare und Pings sind derzeit geschlossen.',
    ],
    [
      "a blog entry's footer pointing to its comments' feed, in German",
      'Der Beitrag wurde am Montag, den 4. März 2024 um 10:12 Uhr veröffentlicht und wurde unter Allgemein, Region Nord, Veranstaltungen & Termine, Vereinsleben, Veranstaltungskalender abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, aber Du kannst dennoch einen Trackback auf deiner Seite einrichten.',
    ],
    [
      "a blog entry's footer pointing to its comments' feed, in English",
      'Posted on March 4, 2024 in News. You can follow the comments on this post through the RSS 2.0 feed.',
    ],
    [
      'a Polish invitation to subscribe',
      'Zapraszamy też do subskrypcji naszego tygodnika i oglądania audycji w naszej telewizji.',
    ],
    [
      "a broadcaster's note of the programme the story was on",
      'Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | Nachrichten | 28. April 2023 | 10:00 Uhr',
    ],
    [
      "a broadcaster's note of when it reported on the story",
      'Über dieses Thema berichtet: BR24 im Radio am 26.08.2024 um 06:00 Uhr.',
    ],
    [
      "a broadcaster's note of when it reported on the story, without a colon (tagesschau)",
      'Über dieses Thema berichtete die tagesschau am 13. Dezember 2023 um 12:00 Uhr.',
    ],
    ["a broadcaster's programme line", 'Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr'],
    [
      "a broadcaster's programme line of fields, a date and a time",
      'NDR 1 Welle Nord | Nachrichten für Schleswig-Holstein | 28.04.2023 | 13:00 Uhr',
    ],
    [
      'a magazine’s subscription offer',
      'Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.',
    ],
    [
      'a line telling how to cite the article',
      'Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://phys.org/news/2019-11-hibernating-astronauts-smaller-spacecraft.html',
    ],
    [
      'a notice of who owns the site’s contents',
      'The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.',
    ],
    ['a copyright notice written with an at sign', 'Copyright @ 2019 The New Arab.'],
    ['an Indonesian invitation to follow the site', 'Ikuti kami di Google News'],
    [
      'a Spanish call to click for more of the section',
      'Para leer sobre otros hechos en Medellín, clic AQUÍ.',
    ],
    ["a German heading of the site's most read posts", 'Meistgelesene Beiträge'],
    ['a Spanish invitation to follow the site on Google News', 'Recibe alertas desde Google News'],
    [
      "an Indonesian invitation to the site's WhatsApp channel",
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/x. Pastikan kamu sudah install aplikasi WhatsApp ya.',
    ],
    [
      "an Indonesian invitation to the site's Telegram group",
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.',
    ],
    [
      'an English invitation to a WhatsApp channel',
      'Join our WhatsApp channel for the latest updates.',
    ],
    ['a Spanish invitation to a WhatsApp channel', 'Únete a nuestro canal de WhatsApp'],
    ['a Portuguese invitation to a Telegram channel', 'Entre no canal do Telegram do site'],
    ['a German invitation to a WhatsApp channel', 'Abonnieren Sie unseren WhatsApp-Kanal'],
    ['a Portuguese invitation to a WhatsApp channel', '📲 Participe do canal do g1 no WhatsApp'],
    [
      'a Romanian invitation to follow the site on Google News',
      'Urmărește Știri Exemplu și pe Google News',
    ],
    [
      'a Greek invitation to follow the site on Google News',
      'Ακολουθήστε το Παράδειγμα στο Google News',
    ],
    ['a Polish invitation to follow the site on Google News', 'Obserwuj nas w Google News'],
    ['a Ukrainian invitation to a Telegram channel', 'Підписуйтесь на наш Telegram-канал'],
    [
      'a Russian invitation to a Telegram channel',
      'Подпишитесь на наш канал в Telegram, чтобы не пропустить новости.',
    ],
    [
      'a Hungarian invitation to follow the site on Facebook',
      'Kövesse a Példa Hírt a Facebookon is! Kattintson ide!',
    ],
    [
      'a Hungarian invitation, in the polite plural',
      'Kövessen minket a Facebookon és a Google News-on is!',
    ],
    ['a Bulgarian invitation to follow the site', 'Последвайте ни в Google News и във Facebook.'],
    [
      'a Swahili invitation to follow the site',
      'Tufuate kwenye Facebook, X na Instagram kwa habari zaidi.',
    ],
    [
      'a Filipino invitation to follow the site',
      'Sundan kami sa Facebook at X para sa pinakabagong balita.',
    ],
    ['a Hebrew invitation to a Telegram channel', 'הצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים'],
    ['a Hindi invitation, the verb last', 'ताज़ा खबरों के लिए हमें फेसबुक और ट्विटर पर फॉलो करें।'],
    [
      'a Hindi line inviting to read the latest news on the site',
      'हिंदी न्यूज़ वेबसाइट अमर उजाला पर पढ़ें ताजा खबरें। सबसे विश्वसनीय हिंदी न्यूज़ वेबसाइट अमर उजाला।',
    ],
    ['a Bengali invitation, the verb last', 'সর্বশেষ খবর পেতে আমাদের হোয়াটসঅ্যাপ চ্যানেল ফলো করুন'],
    ['an Urdu invitation, the verb last', 'تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کریں'],
    ['a Tamil invitation, the verb last', 'உடனுக்குடன் செய்திகளுக்கு எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்'],
    ['a Polish invitation to get the app', 'Pobierz aplikację Przykład'],
    ['a Romanian invitation to get the app', 'Descarcă aplicația Știri Exemplu'],
    [
      "a Hong Kong site's app promo",
      '【你想更快睇到最新新聞？立即下載香港01 App，接收即時推送！】',
    ],
    [
      'a Nigerian invitation to a WhatsApp channel',
      'Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for breaking news.',
    ],
    [
      'a Vietnamese invitation to subscribe to the channel',
      'Đăng ký kênh YouTube của báo để xem thêm video',
    ],
    ["a Korean newsroom's copyright notice", '저작권자 © 한빛일보 무단전재 및 재배포 금지'],
    [
      "a Korean agency's copyright notice in brackets",
      '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
    ],
    ['a Japanese copyright notice', '無断転載・複製を禁じます。'],
    ['a Chinese copyright notice', '版权所有，未经授权不得转载。'],
    [
      'a Vietnamese copyright notice',
      'Bản quyền thuộc về Báo Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.',
    ],
    ['rights reserved, in German', 'Alle Rechte vorbehalten.'],
    ['rights reserved after the owner, in English', 'Hanbit Daily. All rights reserved.'],
    ['rights reserved, in French', 'Tous droits réservés'],
    ['rights reserved, in Spanish', '© Prensa Ibérica. Todos los derechos reservados.'],
    ['an Italian reproduction notice without its sign', 'RIPRODUZIONE RISERVATA'],
    [
      'a Lithuanian reuse prohibition',
      'Griežtai draudžiama Delfi paskelbtą informaciją panaudoti kitose interneto svetainėse, žiniasklaidos priemonėse ar kitur arba platinti mūsų medžiagą kuriuo nors pavidalu be sutikimo.',
    ],
    [
      'a Latvian reuse prohibition',
      'Aizliegts jebkādā veidā izmantot Delfi publicētos materiālus bez rakstiskas atļaujas.',
    ],
    ['a Croatian reuse prohibition', 'Zabranjeno preuzimanje sadržaja bez dozvole.'],
    [
      'a pointer to the agency’s full coverage',
      "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
    ],
    [
      'a pointer to more of a section',
      'More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports',
    ],
    [
      'an offer to readers who enjoyed the article',
      'If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get all of our content, no paywalls.',
    ],
    ['the author’s address for letters', 'Write to Al Root at allen.root@dowjones.com'],
    [
      'a reader-support appeal in German',
      'Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied.',
    ],
    ['a reader-support appeal in English', 'Please support our journalism: become a member today.'],
    ['a reader-support appeal in French', 'Soutenez notre rédaction indépendante : abonnez-vous.'],
    [
      'a reader-support appeal in Spanish, saying what journalism needs',
      'El periodismo independiente necesita del apoyo de sus lectores para continuar y garantizar que las noticias incómodas sigan estando a tu alcance. ¡Hoy, con tu apoyo, seguiremos trabajando!',
    ],
    [
      'a reader-support appeal in German to "du"',
      'Hat dir dieser Artikel gefallen? Dann würde es uns sehr freuen, wenn auch du uns als Supporter mit einem monatlichen Beitrag unterstützt.',
    ],
    [
      "a reader-support appeal for the publisher's programme",
      'Ihnen gefällt unser Programm? Informationen zu Unterstützungsmöglichkeiten finden Sie hier: https://example.net/unterstuetzen/',
    ],
    [
      'a German app offer',
      'Example ist auch als kostenlose App für Android- und iOS-Geräte verfügbar! Hier der Link: https://example.net/app/',
    ],
    [
      'a German app download',
      'Die Example-App steht auch zum Download auf unserer Homepage zur Verfügung. Mit diesem Link können Sie die App auf Ihr Smartphone herunterladen: https://example.net/app.apk',
    ],
    [
      'a call to comment on the social networks',
      'Kommentare zu diesem Text könnt ihr uns in unseren Netzwerken hinterlassen und dort mit fast 140.000 Menschen teilen!',
    ],
    [
      'thanks to the author for the right to publish',
      'Wir danken dem Autor für das Recht zur Veröffentlichung dieses Beitrags.',
    ],
    [
      'a reader-support appeal in English, saying what journalism needs',
      'Independent journalism needs your support now more than ever.',
    ],
    [
      'a donation appeal saying what the reader’s gift keeps doing',
      'We are nonprofit news. Your gift keeps our photographers on the water. Donate today.',
    ],
    [
      'a donation appeal saying what the reader’s donation makes possible',
      'Your donation makes reporting like this possible. Give now.',
    ],
    [
      'a reader-support appeal naming the site',
      'We appreciate that not everyone can afford to pay, but if you are able to, we ask you to support Example News by making a contribution.',
    ],
    [
      'a subscription pitch for journalism',
      'Get in-depth reporting for only N$85 a month. Invest in journalism, invest in democracy – Subscribe Now!',
    ],
    [
      'a "follow us on Google News" line',
      'Follow Example Tech on Google News and add us as a preferred source to get our expert news in your feeds.',
    ],
    [
      'a long reader-support appeal ending in its button',
      `${'Eine offene Gesellschaft braucht guten, frei zugänglichen Journalismus und zivilgesellschaftliches Engagement. '.repeat(5)}Finden Sie auch? Dann machen Sie mit. Sind Sie dabei? Jetzt unterstützen`,
    ],
  ])('removes %s among the last lines', (_what, line) => {
    const html = page(`<div class="story">${BODY}<p>${line}</p></div>`);
    const { contentText } = extract(html);
    expect(contentText).not.toContain(line.slice(0, 20));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('removes a closing line written in a box beside an empty clearing element', () => {
    const footer =
      '<div class="k1">Von <a href="/author/news">israel news</a> am 21/02/2021. Abgelegt unter <a href="/category/israel">Israel</a>. Sie können alle Antworten zu diesem Eintrag durch den <a href="/feed">RSS 2.0</a> Feed verfolgen.<div class="k2"></div></div>';
    const { contentText } = extract(page(`<div class="story">${BODY}${footer}</div>`));
    expect(contentText).not.toContain('Abgelegt');
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('removes a closing line that link-heavy blocks after it kept from being among the last', () => {
    const line = 'Sign up for our newsletters and bookmark the site for the latest news.';
    const teasers = [1, 2, 3, 4, 5]
      .map(
        (i) =>
          `<div class="k${i}"><a href="/story-${i}">Story ${i} of the week, with its headline</a> <a href="/section-${i}">Section ${i}</a></div>`,
      )
      .join('');
    const { contentText } = extract(
      page(`<div class="story">${BODY}<p>${line}</p>${teasers}</div>`),
    );
    expect(contentText).not.toMatch(/Sign up|Story 1/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('removes the box a reader-support appeal closes the article in, with its other lines, whatever its class names', () => {
    const staff = ['Alex Kasprak', 'Bethania Palma', 'Dan Evon', 'Liz Donaldson', 'Jordan Liles'];
    const letter =
      '<div class="k1"><div class="k2"><div class="k3"><span>Example.org</span><span>Since 1994</span></div>' +
      '<h5>A Word to Our Loyal Readers</h5><p>Make a difference for readers everywhere.</p>' +
      `<div class="k4"><div class="k5">Editorial</div><ul>${staff.map((name) => `<li>${name}</li>`).join('')}</ul></div>` +
      '<div class="k6"><p>Most of our assignments begin when readers ask us whether a thing is true.</p>' +
      '<p>We do this work every day at no cost to you, but it is far from free to produce. We need your financial support.</p>' +
      '<p>Thank you for reading.</p><p>The Team</p></div></div></div>';
    const { contentText } = extract(page(`<div class="story">${BODY}${letter}</div>`));
    expect(contentText).not.toMatch(/Loyal Readers|Kasprak|financial support|The Team/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it.each([
    'Updated figures show the economy grew 5 percent.',
    'Copyright law gives authors a monopoly that lasts seventy years after their death.',
    // Where the article first appeared: attribution a republished text owes its publisher.
    'This article was originally published on The Conversation. Read the original article.',
    'Dieser Artikel ist zuerst bei "Capital" erschienen.',
    'Sendungen aus dem Ausland kamen verspätet an.',
    'Der Zug fährt um 13:00 Uhr | am 28.04.2023 ab Kiel.',
    // Asking readers to support someone else, not the publisher.
    'Those who wish to support the family can donate to the fund the church set up on Monday.',
    'Please consider supporting the food bank this winter, its director said.',
    'Local journalism needs support from the state, the report concluded.',
    'Die Bundesregierung will die Ukraine auch im Winter mit Generatoren jetzt unterstützen',
  ])('keeps a last paragraph that only reads like such a line: %j', (line) => {
    expect(extract(page(`<div class="story">${BODY}<p>${line}</p></div>`)).contentText).toContain(
      line,
    );
  });

  it('removes a list of links after the last paragraph, each item one link', () => {
    const list =
      '<ul><li><a href="https://example.org/1"><u>15 Amazing Images of Stars</u></a></li><li><a href="https://example.org/2">11 Fascinating Facts About Our Milky Way Galaxy</a></li></ul>';
    const { contentText } = extract(
      page(`<div class="story">${BODY}${list}<p>Nguồn: Live Science.</p></div>`),
    );
    expect(contentText).not.toContain('Fascinating Facts');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('removes such lists with their wrapper and their label ("Chủ đề:")', () => {
    const lists =
      '<div class="footer-tools"><div class="tag-label">Chủ đề:</div><div class="wrap"><ul><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/thien-tai">Thiên tai</a></li></ul><ul><li><a href="/dia-phuong">Địa phương</a></li><li><a href="/ha-noi">Hà Nội</a></li></ul></div></div>';
    const { contentText } = extract(page(`<div class="story">${BODY}${lists}</div>`));
    expect(contentText).not.toContain('Chủ đề');
    expect(contentText).not.toContain('Thiên tai');
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps a list of links that paragraphs of the article follow', () => {
    const list =
      '<ul><li><a href="https://example.org/1">Nghị định 100 về xử phạt</a></li><li><a href="https://example.org/2">Nghị định 123 sửa đổi</a></li></ul>';
    const { contentText } = extract(
      page(`<div class="story"><p>${PARAGRAPHS[0]}</p>${list}${BODY}</div>`),
    );
    expect(contentText).toContain('Nghị định 123 sửa đổi');
  });

  it.each([
    [
      'a player’s heading',
      '<div class="player"><h3> Popular on IndieWire </h3><div id="jw"></div></div>',
    ],
    [
      'a linked sign-up heading',
      '<h2 class="title"><a href="https://example.org/nl">Nhận bản tin mỗi sáng</a></h2>',
    ],
    [
      'a label whose contact card the page sets apart',
      '<p><b>Ansprechpartnerin zum Thema:</b></p>',
    ],
    ['a label in a box of its own', '<div class="k9">Liên hệ:</div>'],
    ["a German box's heading for the latest posts", '<header class="k9">Neueste Beiträge</header>'],
  ])('removes %s that ends the body with nothing under it', (_what, block) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${block}</div>`));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps a closing sentence that ends in a colon, longer than a label', () => {
    const sentence =
      'Die Stadt nennt für das kommende Jahr drei Ziele, die der Rat noch beschließen muss:';
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${sentence}</p></div>`));
    expect(contentText).toContain(sentence);
  });

  it('removes promotional lines at the end of the body', () => {
    const html = page(
      `<div class="story">${BODY}<p>Follow us on Twitter @congan and on Facebook.</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain('Follow us');
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('removes a paragraph that is only a link to another story, but keeps a cited URL', () => {
    const html = page(
      `<div class="story">${BODY}<p><a href="/other">Công an tỉnh tổ chức hội thao năm 2023</a></p><p><a href="https://luat.example.vn/nghi-dinh">https://luat.example.vn/nghi-dinh</a></p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain('hội thao');
    expect(contentText).toContain('https://luat.example.vn/nghi-dinh');
  });
});

describe('a post embedded from a social network is the article’s quote', () => {
  const tweet =
    'Yes this is real and yes the state spent nearly half a million dollars on it, officials said today.';
  const embed = (wrapper: string) =>
    `<div class="${wrapper}"><blockquote class="twitter-tweet"><p lang="en">${tweet} <a href="https://t.co/x">https://t.co/x</a></p>— Dianna (@dianna) <a href="https://twitter.com/dianna/status/1">November 18, 2019</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div>`;

  it.each([
    ['a "social-media-embed" wrapper', 'social-media-embed'],
    ['a "social" wrapper', 'social'],
  ])('keeps an embedded tweet in %s', (_, wrapper) => {
    const { contentText } = extract(inArticle(embed(wrapper)));
    expect(contentText).toContain(tweet);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it.each([
    ['X', 'https://twitter.com/dianna/status/1196501054197649413'],
    ['X at its new address', 'https://x.com/dianna/status/1196501054197649413'],
    ['Instagram', 'https://www.instagram.com/p/C4xYz12AbCd/'],
  ])('keeps a post embedded from %s whose class names say nothing, by its address', (_, url) => {
    const short = 'Yes this is real: https://t.co/Nc0nKoXGBP';
    const post = `<div class="k1"><blockquote class="k2"><p lang="en">${short.replace('https://t.co/Nc0nKoXGBP', '<a href="https://t.co/Nc0nKoXGBP">https://t.co/Nc0nKoXGBP</a>')}</p>— Dianna E. Anderson (@diannaeanderson) <a href="${url}">November 18, 2019</a></blockquote></div>`;
    const { contentText } = extract(inArticle(post));
    expect(contentText).toContain('Yes this is real');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('still removes a social share bar beside it', () => {
    const share =
      '<div class="social-share"><a href="https://facebook.com/sharer">Chia sẻ Facebook</a><a href="#">Tweet</a></div>';
    const { contentText } = extract(inArticle(share + embed('social-media-embed')));
    expect(contentText).not.toContain('Chia sẻ Facebook');
    expect(contentText).toContain(tweet);
  });
});

describe("an embedded video's label and card are no body text", () => {
  const card =
    '<span><span class="k1"><div class="k2" title="Some Palestinians worry the appointment could impact ceasefire talks" role="button">' +
    '<h3>Some Palestinians worry the appointment could impact ceasefire talks</h3><span>1:30</span>' +
    '<p>Yahya Sinwar has been promoted to political chief. Some fear his appointment will ruin the talks.</p></div></span></span>';

  it.each([
    'WATCH | Palestinians react to the appointment:',
    'WATCH: Palestinians react',
    'LISTEN | The interview',
  ])('removes a paragraph labelled %j that holds the player', (label) => {
    const { contentText } = extract(inArticle(`<p><strong><em>${label}</em></strong>${card}</p>`));
    expect(contentText).not.toMatch(
      /WATCH|LISTEN|Some Palestinians worry|promoted to political chief/,
    );
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it.each([
    'VÍDEOS: Tudo sobre São Paulo e região metropolitana',
    'VIDEOS: Everything about the city and its region',
    'WATCH: The moment the bridge fell',
  ])("removes a label %j over its player's empty box closing the body", (label) => {
    const player = `<div class="column"><p><strong>${label}</strong></p><div class="player"></div></div>`;
    const { contentText } = extract(page(`<div class="story">${BODY}${player}</div>`));
    expect(contentText).not.toContain(label.slice(0, 12));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps a paragraph that starts so without a player', () => {
    const line =
      'WATCH: the word the union chose for its campaign, painted on banners across the city.';
    expect(extract(inArticle(`<p>${line}</p>`)).contentText).toContain(line);
  });
});

describe("a video figure in a player's wrapper keeps its video and caption; the player's control bar goes", () => {
  const caption =
    'Các đại biểu tham dự buổi tọa đàm về bình đẳng giới tại hội trường Công an tỉnh.';
  const video =
    '<video src="https://cdn.example.vn/v/toa-dam.mp4" poster="https://cdn.example.vn/v/toa-dam.jpg"></video>';

  it.each([
    [
      'a video.js player',
      `<div class="video-player"><div class="vjs-player video-js">${video}<div class="vjs-control-bar"><button class="vjs-play-control">Play</button><span class="vjs-current-time">0:00</span></div></div></div>`,
    ],
    ['no player', video],
  ])('in %s', (_, player) => {
    const { contentHtml, contentText } = extract(
      inArticle(`<figure>${player}<figcaption>${caption}</figcaption></figure>`),
    );
    expect(contentHtml).toContain('<video');
    expect(contentHtml).toContain(caption);
    expect(contentText).not.toContain('0:00');
  });
});

describe('a sign-up box and its fine print are no body text', () => {
  it.each([
    'By signing up, you confirm that you are over the age of 16 and agree to receive occasional offers.',
    'Our community members are treated to special offers from us and our partners. You can unsubscribe at any time. Read our Privacy Policy',
    'Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.',
    'Durch einen technischen Fehler, ist die Kommentarfunktion ausgeschaltet!',
    'Leserkommentare geben nicht die Meinung der Redaktion wieder.',
    // A comments box's notice that readers' views are theirs, and that comments are reviewed.
    'الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.',
    'ترحب الشبكة بالنقاش الحيوي والمفيد، وكي لا نضطر إلى مراجعة التعليقات قبل نشرها ننصحك بمراجعة إرشادات الاستخدام.',
    'The comments below do not necessarily reflect the views of this site.',
    'Comments are closed.',
    'You must log in to post a comment.',
    'You must be logged in to post a comment.',
    'Du musst eingeloggt sein, um Kommentare zu schreiben! Oder noch gar nicht registriert?',
    'Vous devez être connecté pour publier un commentaire.',
    'Debes iniciar sesión para publicar un comentario.',
    'Devi essere connesso per inviare un commento.',
    'Hinweis: Für den Inhalt der Pressemitteilung ist der Emittent / Herausgeber der Meldung »Beispiel AG« verantwortlich.',
    'Für den Inhalt der Mitteilung ist der Emittent verantwortlich.',
    'The issuer is solely responsible for the content of this announcement.',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    'Sie können sich jederzeit wieder abmelden, wenn Sie das möchten. Weitere Informationen finden Sie in unserer Datenschutzerklärung.',
    'Mit der Anmeldung willigen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung ein.',
    'Vous pouvez vous désinscrire à tout moment en cliquant sur le lien en bas de nos e-mails.',
    'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
    'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.',
    'If you buy something using links in our stories, we may earn a commission. This helps support our journalism. Learn more.',
    'When you purchase through links on our site, we may earn an affiliate commission.',
    'This article contains affiliate links.',
    'If you buy something from a Sample link, Sample Media may earn a commission. See our ethics statement.',
    'When you shop through retailer links on our site, Sample Inc. may earn an affiliate commission.',
    'Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.',
    'Nous pouvons percevoir une commission sur les achats effectués via nos liens.',
    '(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links. Wenn Du über diese Links Produkte oder Abonnements kaufst, erhält Tarnkappe.info eine kleine Provision.',
    '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
    '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
    'This report is auto-generated from syndicated news feed. ThePrint holds no responsibility for its content.',
    // A note asking readers to report a typo by selecting it and pressing Ctrl+Enter.
    'Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.',
    'Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.',
    'Zauważyłeś błąd? Zaznacz go i naciśnij Ctrl + Enter.',
    // NDTV India's note in Hindi, "सिंडिकेट" and "फ़ीड" spelt either way.
    '(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है।)',
    '(यह ख़बर सिंडिकेट फ\u093Cीड से सीधे प्रकाशित हुई है.)',
  ])('removes the fine print %j in the middle of the body', (line) => {
    expectRemovedFromBody(`<p>${line}</p>`, line.slice(0, 30));
  });

  it('removes fine print written as loose text beside blocks, its line alone', () => {
    const box =
      '<div class="k1"><div class="k2"><a href="/share">Teilen</a></div><hr>' +
      'Pressebilder nur für die redaktionelle Verwendung<br>' +
      'Hinweis: Für den Inhalt der Pressemitteilung ist der Emittent / Herausgeber der Meldung »Beispiel AG« verantwortlich.</div>';
    const { contentText } = extract(inArticle(box));
    expect(contentText).not.toContain('Für den Inhalt der Pressemitteilung');
    expect(contentText).toContain('Pressebilder nur für die redaktionelle Verwendung');
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it("removes a comment form's loose notice after the form, closing the body", () => {
    const html = page(
      `<div class="story">${BODY}<form action="/comment"><textarea name="c"></textarea><input type="submit" value="Senden"></form>Du musst <a href="#login">Eingeloggt</a> sein um Kommentare zu schreiben! oder noch gar nicht <a href="/register">Registriert</a>?</div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain('Kommentare zu schreiben');
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps a loose line of prose beside blocks', () => {
    const line = 'Die Anlage soll im Frühjahr in Betrieb gehen, teilte die Gemeinde mit.';
    const { contentText } = extract(
      inArticle(`<div class="k1"><div class="k2"><p>${PARAGRAPHS[1]}</p></div>${line}</div>`),
    );
    expect(contentText).toContain(line);
  });

  it("removes a comments box's notices written as a heading and loose text, whatever its class names", () => {
    const box =
      '<div id="k1"><h4>Durch einen technischen Fehler, ist die Kommentarfunktion ausgeschaltet!</h4>' +
      'Leserkommentare geben nicht die Meinung der Redaktion wieder. Wie in einer Demokratie üblich achten wir die Freiheit der Rede.</div>';
    const { contentText } = extract(inArticle(box));
    expect(contentText).not.toMatch(/Kommentarfunktion|Leserkommentare|Freiheit der Rede/);
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it.each([
    'By signing up for the programme, farmers receive a subsidy of 200 euros per hectare, the ministry said.',
    'Customers can unsubscribe at any time, the regulator said, but many do not know how.',
    'Comments are moderated by volunteers on the forum, the founder told the court.',
    'Personenbezogene Daten können an Drittplattformen übermittelt werden, warnte der Datenschützer vor dem Ausschuss.',
    'Ihre IP-Adresse wird dabei an den Anbieter übertragen, sagte der Experte, wenn Nutzer auf den Link klicken.',
    'Votre adresse IP sera transmise à des serveurs étrangers si vous chargez la vidéo, a déclaré la ministre devant le Sénat.',
  ])('keeps a paragraph reporting what someone said in the words of fine print: %j', expectKept);

  it.each([
    'The influencers earn a commission on every sale made through their links, the lawsuit says.',
    'If you buy a car through a dealer, the salesman may earn a commission of about 3 percent.',
  ])('keeps a paragraph about commissions that is no disclosure of the site: %j', expectKept);

  it('removes the fine print with the small box it closes, a title and a line besides', () => {
    const box =
      '<div class="k1"><div class="k2"><h3>News Updates</h3><p>Stay up to date with the stories everybody’s talking about.</p>' +
      '<p>This site is protected by reCAPTCHA and the Google <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms of Service</a> apply.</p></div></div>';
    const { contentText } = extract(inArticle(box));
    expect(contentText).not.toMatch(/News Updates|Stay up to date|reCAPTCHA/);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it.each([
    [
      'above a title and a line',
      '<section class="k1"><span class="k2">Newsletter</span><span class="k3"><span class="k4"><div class="k5">Der Morgen</div>' +
        '<span class="k6">Der perfekte Start in den Tag mit News und Geschichten aus der Schweiz und der Welt.</span>' +
        '<p class="k7"><a class="k8" href="/newsletter">Weitere Newsletter</a></p></span><span class="k9"><button>Einloggen</button></span></span></section>',
    ],
    [
      'a heading that names it',
      '<div><div class="k1"><div class="k2"><h2 class="k3">Newsletter: Sport inside</h2><p class="k4">Jeden Montag die Topstorys der Woche aus der Sportredaktion</p>' +
        '<button class="k5"><span>Jetzt abonnieren</span></button></div></div></div>',
    ],
    [
      'in Dutch',
      '<div class="k1"><strong>Nieuwsbrief</strong><p>Elke ochtend het belangrijkste nieuws uit de regio in je mailbox.</p><a href="/aanmelden">Aanmelden</a></div>',
    ],
  ])(
    'removes a sign-up box opened by its newsletter label (%s), whatever its class names',
    (_what, box) => {
      const { contentText } = extract(inArticle(box));
      expect(contentText).not.toMatch(
        /Newsletter|Nieuwsbrief|Der Morgen|perfekte Start|Topstorys|Elke ochtend/,
      );
      for (const p of PARAGRAPHS) expect(contentText).toContain(p);
    },
  );

  it('keeps a section headed by the word newsletter whose box links nowhere', () => {
    const prose =
      'The council will send its quarterly newsletter to every household in the district from next month.';
    const { contentText } = extract(
      inArticle(`<section><h3>Newsletter</h3><p>${prose}</p></section>`),
    );
    expect(contentText).toContain(prose);
  });

  it('keeps a section of the article headed by the word newsletter, and prose about newsletters', () => {
    const section =
      '<h2>Newsletter</h2><p>The council will send its quarterly newsletter to every household in the district from next month, the mayor said on Tuesday, after residents complained that they had not been told about the roadworks.</p>' +
      '<p>The first issue will explain the new bin collection days and the plans for the town centre, and it will list the dates of the public meetings planned for the spring.</p>';
    const { contentText } = extract(inArticle(section));
    expect(contentText).toMatch(/^Newsletter$/m);
    expect(contentText).toContain('quarterly newsletter to every household');
    expect(contentText).toContain('the new bin collection days');
  });

  it('removes a newsletter form with an e-mail field, however long its text', () => {
    const form = `<form method="post"><h2>Bản tin hằng tuần</h2>${'Mỗi thứ sáu, những bài viết hay nhất của tuần gửi đến hộp thư của bạn, hoàn toàn miễn phí. '.repeat(3)}<input type="email" name="email"><button>Đăng ký</button></form>`;
    expectRemovedFromBody(form, 'Bản tin hằng tuần');
  });

  it('removes the whole box around a sign-in form: its offers, lists and links, whatever its class names', () => {
    const offers = (title: string) =>
      `<div class="k3"><div class="k4">${title}</div><p class="k5">Đăng ký ngay để đọc tin mới nhất của tỉnh và cả nước.</p>` +
      '<ul class="k6"><li>Truy cập không giới hạn mọi bài viết trên trang, kể cả các bài phân tích chuyên sâu của phóng viên.</li><li>Báo điện tử mỗi sáng.</li><li>Ứng dụng trên điện thoại.</li></ul></div>';
    const box =
      `<div class="k1"><section class="k2"><header>${offers('NỘI DUNG DÀNH CHO NGƯỜI ĐĂNG KÝ')}${offers('ĐĂNG KÝ ĐỂ ĐỌC THÊM BÀI')}</header>` +
      '<div class="k7"><h2>Đăng nhập hoặc tạo tài khoản</h2><form method="post"><label>Địa chỉ thư điện tử</label><input type="email" name="emailid"><button>Tiếp tục</button></form></div>' +
      '<div class="k8"><a href="/subscribe">Xem thêm ưu đãi</a></div></section></div>';
    const { contentText } = extract(inArticle(box));
    expect(contentText).not.toMatch(
      /ĐĂNG KÝ|Truy cập không giới hạn|Ứng dụng trên điện thoại|ưu đãi/,
    );
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it.each([
    [
      'in English',
      [
        'THIS CONTENT IS RESERVED FOR SUBSCRIBERS',
        'SUBSCRIBE FOR MORE ARTICLES',
        'REGISTER / SIGN IN TO UNLOCK MORE ARTICLES',
      ],
    ],
    [
      'in French and German',
      ['Cet article est réservé aux abonnés', 'Dieser Artikel ist nur für Abonnenten'],
    ],
    [
      'saying the subscription is in use on another device',
      [
        'Tu suscripción se está usando en otro dispositivo',
        'Your subscription is being used on another device',
      ],
    ],
  ])(
    'removes the whole box that calls to subscribe or sign in heads, without a form (%s), whatever its class names',
    (_language, calls) => {
      const offers = calls
        .map(
          (call) =>
            `<div class="k3"><div class="k4">${call}</div><p class="k5">Enjoy the latest local, national and international news.</p>` +
            '<ul class="k6"><li>Unlimited online access to 15 news sites with one account.</li><li>Daily puzzles including the crossword.</li></ul></div>',
        )
        .join('');
      const box = `<div class="k1"><header class="k2"><img src="/logo.png" alt="The Paper">${offers}</header></div>`;
      const { contentText } = extract(inArticle(box));
      expect(contentText).not.toMatch(
        /SUBSCRIBERS|UNLOCK|abonnés|Abonnenten|suscripción|another device|Enjoy the latest|Unlimited online|puzzles/,
      );
      for (const p of PARAGRAPHS) expect(contentText).toContain(p);
    },
  );

  it('keeps a paragraph of the article that speaks of subscribers', () => {
    const line =
      'This content is reserved for subscribers, the publisher told the court, which is why the archive was taken offline last year.';
    expect(extract(inArticle(`<p>${line}</p>`)).contentText).toContain(line);
  });

  it.each([
    ['its placeholder', 'placeholder="Email"'],
    ['its placeholder in another language', 'placeholder="Địa chỉ email của bạn"'],
    ['its autocomplete', 'autocomplete="email"'],
    ['its label', 'aria-label="E-Mail-Adresse"'],
  ])(
    'removes the box around a text field that %s names an e-mail address field, whatever its name',
    (_what, attribute) => {
      const box =
        '<div class="k1"><div class="k2"><img src="/n.png" alt="Breaking News"></div><div class="k3"><div class="k4">' +
        '<h3>For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails</h3>' +
        '<h3>Sign up to our free breaking news emails</h3></div>' +
        `<div role="form"><input type="text" name="_" ${attribute}><button type="button">SIGN UP</button>` +
        '<label><input type="checkbox"> I would like to be emailed about offers, events and updates. Read our <a href="/privacy">privacy policy</a></label></div></div></div>';
      const { contentText } = extract(inArticle(box));
      expect(contentText).not.toMatch(/breaking news|privacy policy/);
      for (const p of PARAGRAPHS) expect(contentText).toContain(p);
    },
  );

  it('keeps a picture linked to its larger version, its box showing no text but the lines of its layout', () => {
    const picture =
      '<div class="k1">\n\t<div class="k2">\n\t\t<a href="/article_photo/list?pid=1">\n\t\t\t<img src="/photo/1.jpg" alt="Firefighters at the warehouse on Tuesday morning">\n\t\t</a>\n\t</div>\n\t<p class="k3">Firefighters at the warehouse on Tuesday morning</p>\n</div>';
    const { contentText, images } = extract(inArticle(picture));
    expect(images.map((image) => image.caption)).toEqual([
      'Firefighters at the warehouse on Tuesday morning',
    ]);
    expect(contentText).not.toContain('Firefighters');
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it("removes a text-less box of a picture linked elsewhere (a byline's avatar linking to a profile)", () => {
    const avatar =
      '<div class="k1">\n\t<div class="k2">\n\t\t<a href="https://social.example/anna">\n\t\t\t<img src="/avatars/anna.jpg">\n\t\t</a>\n\t</div>\n</div>';
    const { images } = extract(inArticle(avatar));
    expect(images.map((image) => image.url)).not.toContain(
      'https://congan.example.vn/avatars/anna.jpg',
    );
  });

  it('keeps the paragraphs of prose beside an e-mail form in one box', () => {
    const box = `<div class="k1"><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p><form><input type="email" name="email"><button>Gửi</button></form></div>`;
    const { contentText } = extract(inArticle(box));
    expect(contentText).toContain(PARAGRAPHS[1]);
    expect(contentText).toContain(PARAGRAPHS[2]);
  });

  it('keeps a form that holds most of the article, e-mail field and all (an ASP.NET page)', () => {
    const inForm = PARAGRAPHS.slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = page(
      `<div class="story"><form id="aspnetForm" method="post">${inForm}<div class="newsletter-box"><input type="email" name="email"></div></form><p>${PARAGRAPHS[3]}</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(PARAGRAPHS[0]);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });
});

describe('a list of share buttons is no body text, whatever its class names', () => {
  it.each([
    [
      "social networks' names",
      '<ul class="k1"><li><a href="https://truthsocial.com/share?url=x"><svg></svg><span>Truth</span></a></li><li><a href="https://gettr.com/share?url=x"><span>Gettr</span></a></li><li><a href="https://gab.com/compose?url=x"><span>Gab</span></a></li><li><a href="https://t.me/share/url?url=x"><span>Telegram</span></a></li></ul>',
      'Gettr',
    ],
    [
      'French share buttons',
      '<ul class="k1"><li><button type="button"><span>Partager sur Twitter</span></button></li><li><button type="button"></button><span>Partager sur Facebook</span></li><li><button type="button"></button><span>Envoyer par e-mail</span></li><li><a href="whatsapp://send?text=x">Partager sur Whatsapp</a></li></ul>',
      'Partager sur',
    ],
    [
      'a German bar with other tools among the buttons',
      '<ul class="k1"><li><a href="#comments"></a><span>Kommentare</span></li><li><a href="mailto:?body=x"></a><span>E-Mail</span></li><li><a href="#"></a><span>Teilen</span></li><li><a href="#"></a><span>Mehr</span></li><li><a href="https://twitter.com/intent/tweet?url=x"></a><span>Twitter</span></li><li><a href="#"></a><span>Drucken</span></li></ul>',
      'Drucken',
    ],
    [
      "a blog's share buttons that say what a click does",
      '<ul class="k1"><li><a href="https://blog.example/?share=facebook" target="_blank">Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)</a></li><li><a href="https://blog.example/?share=x" target="_blank">Klicken, um auf X zu teilen (Wird in neuem Fenster geöffnet)</a></li><li><a href="https://blog.example/?share=telegram" target="_blank">Klicken, um auf Telegram zu teilen (Wird in neuem Fenster geöffnet)</a></li></ul>',
      'Klick',
    ],
    [
      "a blog's share buttons in English",
      '<ul class="k1"><li><a href="https://blog.example/?share=facebook">Click to share on Facebook (Opens in new window)</a></li><li><a href="https://blog.example/?share=email">Click to email a link to a friend (Opens in new window)</a></li><li><a href="https://blog.example/?share=print">Click to print (Opens in new window)</a></li></ul>',
      'Click to',
    ],
  ])('removes one of %s', (_what, list, gone) => {
    expectRemovedFromBody(list, gone);
  });

  it('keeps a list of links to other stories', () => {
    const list =
      '<ul><li><a href="/a">Facebook trả lời chất vấn về dữ liệu người dùng</a></li><li><a href="/b">Twitter đổi tên</a></li><li><a href="/c">Telegram mở văn phòng</a></li></ul>';
    const { contentText } = extract(inArticle(list));
    expect(contentText).toContain('Twitter đổi tên');
  });

  it('keeps a list of the networks an article is about', () => {
    const list =
      '<ul><li>Facebook</li><li>Twitter</li><li>Telegram</li><li>TikTok, YouTube và Zalo</li><li>Các mạng xã hội khác trong nước</li><li>Các diễn đàn trực tuyến</li></ul>';
    const { contentText } = extract(inArticle(list));
    expect(contentText).toContain('Telegram');
  });
});

describe('a consent notice standing in for external content is no body text', () => {
  const notice =
    '<div class="embed-wrapper"><h3>Empfohlener redaktioneller Inhalt</h3>' +
    '<p>An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können ihn mit einem Klick anzeigen lassen.</p>' +
    '<label><input type="checkbox"> Externer Inhalt</label>' +
    '<p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten übermittelt werden.</p></div>';

  it('removes the notice and its consent line in the middle of the body', () => {
    expectRemovedFromBody(notice, 'An dieser Stelle');
    expect(extract(inArticle(notice)).contentText).not.toContain('einverstanden');
  });

  it('keeps a sentence that only uses the words', () => {
    const prose =
      '<p>Der Minister war damit einverstanden, dass die Anlage an dieser Stelle gebaut wird, sagte er am Montag.</p>';
    expect(extract(inArticle(prose)).contentText).toContain('damit einverstanden');
  });

  it.each([
    [
      'a German one',
      'Ein Klick für den Datenschutz',
      'Für die Darstellung von Infografiken nutzen wir die Software von Datawrapper. Erst wenn Sie hier klicken, werden die Grafiken nachgeladen. Ihre IP-Adresse wird dabei an externe Server von Datawrapper übertragen. Über den Datenschutz von Datawrapper können Sie sich auf der Seite des Anbieters informieren. Um Ihre künftigen Besuche zu erleichtern, speichern wir Ihre Zustimmung in den Datenschutzeinstellungen. Ihre Zustimmung können Sie jederzeit widerrufen.',
    ],
    [
      'an English one',
      'Allow external content?',
      'This chart is provided by Datawrapper. If you load it, your IP address will be sent to their servers and cookies may be set.',
    ],
  ])(
    'removes %s that says the IP address goes to another server, with its title',
    (_rule, title, text) => {
      const placeholder = `<div class="bpl5ibi"><div class="hw4d47y">${title}</div><div><div class="r1nj4qn5">${text}</div></div><button>Anzeigen</button></div>`;
      const { contentText } = extract(inArticle(placeholder));
      expect(contentText).not.toContain('Datawrapper');
      expect(contentText).not.toContain(title);
      expect(contentText).toContain(PARAGRAPHS[3]);
    },
  );

  it.each([
    [
      'German, to the reader as "du"',
      'Twitter freischalten',
      'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.',
    ],
    [
      'German, to the reader as "Sie"',
      'Inhalt anzeigen',
      'Ohne Ihre Zustimmung wird keine Verbindung zu YouTube hergestellt und das Video nicht geladen.',
    ],
    [
      'English',
      'Show the post',
      'We respect your privacy: without your consent, no connection to Instagram is made and the post is not loaded.',
    ],
  ])(
    'removes a placeholder in %s that makes no connection to the network without consent, with its title',
    (_language, title, notice) => {
      const placeholder = `<div class="k7"><h2>${title}</h2><div class="k8"><div class="k9">${notice}</div><a href="/settings" class="k10">Datenschutzeinstellungen verwalten</a></div></div>`;
      const { contentText } = extract(inArticle(placeholder));
      expect(contentText).not.toContain(notice.slice(0, 30));
      expect(contentText).not.toContain(title);
      expect(contentText).toContain(PARAGRAPHS[3]);
    },
  );

  it('keeps a paragraph reporting that no connection is made without consent', () => {
    expectKept(
      'Ohne Ihre Zustimmung wird keine Verbindung hergestellt, sagte der Datenschützer am Montag.',
    );
  });

  it('removes a video placeholder that says "An dieser Stelle möchten wir Ihnen ein Video zeigen", with its title and consent line', () => {
    const placeholder =
      '<p><div class="yt" id="v1"><div class="ytinfo"><h2>Datenschutzhinweis für Youtube</h2><br><br>' +
      'An dieser Stelle möchten wir Ihnen ein Youtube-Video zeigen. Ihre Daten zu schützen, liegt uns aber am Herzen: Youtube setzt durch das Einbinden und Abspielen Cookies auf ihrem Rechner, mit welchen Sie eventuell getracked werden können. Wenn Sie dies zulassen möchten, klicken Sie einfach auf den Play-Button.' +
      '<br><br> Ihr Redaktionsteam<br><br><input type="checkbox" id="c1"> Youtube Videos ab jetzt direkt anzeigen<br><br><button>Video anzeigen</button></div></div></p>';
    const { contentText } = extract(inArticle(placeholder));
    expect(contentText).not.toContain('An dieser Stelle');
    expect(contentText).not.toContain('Datenschutzhinweis');
    expect(contentText).not.toContain('ab jetzt direkt anzeigen');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('keeps a paragraph that shows the reader something "an dieser Stelle"', () => {
    expectKept(
      'An dieser Stelle möchten wir Ihnen zeigen, wie sich die Preise seit dem Frühjahr entwickelt haben.',
    );
  });

  it('removes a placeholder holding, in an attribute, the markup it stands in for and a button to show it, whatever its words', () => {
    // Class names that say nothing, and words no notice rule reads (Swedish): what gives it away
    // is the deferred post in its data attribute and the button that would load it.
    const placeholder =
      '<div class="k6622f2" data-embed="<blockquote><p>Ett inlägg från nätverket</p></blockquote>">' +
      '<h3>Externt innehåll är inte tillgängligt</h3>' +
      '<p>Dina inställningar hindrar att externt innehåll visas här. Ändra dem för att se det.</p>' +
      '<button>Ändra inställningar</button></div>';
    const { contentText } = extract(inArticle(placeholder));
    expect(contentText).not.toContain('Externt innehåll');
    expect(contentText).not.toContain('Dina inställningar');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('keeps a paragraph whose attribute holds markup when no button waits for a choice', () => {
    // A picture viewer's caption kept in an attribute beside the caption shown.
    const figure =
      '<div data-sub-html="<p>Astronauts in a capsule</p>"><p>Astronauts could hibernate on the way to Mars, a study of the agency suggests.</p></div>';
    expect(extract(inArticle(figure)).contentText).toContain('hibernate on the way to Mars');
  });

  it('keeps a paragraph that reports on IP addresses', () => {
    const prose =
      '<p>Die Polizei sagt, Ihre IP-Adresse wird von vielen Diensten an Werbefirmen übertragen, und rät zur Vorsicht beim Surfen.</p>';
    expect(extract(inArticle(prose)).contentText).toContain('Werbefirmen');
  });
});

describe('text the page only shows to screen readers is no body text', () => {
  it.each([
    [
      'an inline visually-hidden style (clip and a 1px box)',
      '<p>Ông nói rõ tại <a href="https://example.org/x">cuộc họp báo<span style="border: 0px none; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;">, opens new tab</span></a> chiều nay về kế hoạch đầu tư công của tỉnh.</p>',
    ],
    [
      'a WordPress screen-reader-text class',
      '<p>Ông nói rõ tại <a href="https://example.org/x">cuộc họp báo<span class="screen-reader-text">, opens new tab</span></a> chiều nay về kế hoạch đầu tư công của tỉnh.</p>',
    ],
    [
      'an off-screen helper class with a prefix (h-offscreen)',
      '<p>Ông nói rõ tại <a href="https://example.org/x">cuộc họp báo<span class="expand-icon__a11y-open h-offscreen">, opens new tab</span></a> chiều nay về kế hoạch đầu tư công của tỉnh.</p>',
    ],
    [
      'a visually-hidden class named in a component library (o-VisuallyHidden)',
      '<p>Ông nói rõ tại <a href="https://example.org/x">cuộc họp báo<span class="o-VisuallyHidden">, opens new tab</span></a> chiều nay về kế hoạch đầu tư công của tỉnh.</p>',
    ],
    [
      'a CSS-module screen-reader class (Screenreader_text__x1Y2z)',
      '<p>Ông nói rõ tại <a href="https://example.org/x">cuộc họp báo<span class="Screenreader_text__x1Y2z">, opens new tab</span></a> chiều nay về kế hoạch đầu tư công của tỉnh.</p>',
    ],
    [
      'a hidden-text helper class (u-hidden-text)',
      '<p>Ông nói rõ tại <a href="https://example.org/x">cuộc họp báo<span class="u-hidden-text">, opens new tab</span></a> chiều nay về kế hoạch đầu tư công của tỉnh.</p>',
    ],
  ])('drops %s and keeps the sentence around it', (_rule, paragraph) => {
    const { contentText } = extract(inArticle(paragraph));
    expect(contentText).not.toContain('opens new tab');
    expect(contentText).toContain('cuộc họp báo chiều nay');
  });

  it('keeps text a responsive variant hides only on small screens (max-sm:sr-only)', () => {
    const paragraph =
      '<p>Ông nói rõ tại <a href="https://example.org/x">cuộc họp báo<span class="max-sm:sr-only"> của sở</span></a> chiều nay về kế hoạch đầu tư công của tỉnh.</p>';
    expect(extract(inArticle(paragraph)).contentText).toContain('cuộc họp báo của sở chiều nay');
  });
});

describe('a label heading every section of the body is no body text', () => {
  const sections = (label: (i: number) => string) =>
    PARAGRAPHS.map(
      (p, i) =>
        `<section class="k1"><div class="k2">${label(i)}</div><div class="k3"><p>${p}</p></div></section>`,
    ).join('');

  it('removes a label repeated at the head of three sections or more, whatever its words', () => {
    const { contentText } = extract(
      page(`<article><h1>Tọa đàm</h1>${sections(() => 'Nội dung bài viết')}</article>`),
    );
    expect(contentText).not.toContain('Nội dung bài viết');
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('counts a section that holds nothing but its label (its content loaded later)', () => {
    const empty = '<section class="k1"><div class="k2">Nội dung bài viết</div></section>';
    const twoFull = sections((i) => (i < 2 ? 'Nội dung bài viết' : ''));
    const { contentText } = extract(
      page(
        `<article><h1>Tọa đàm</h1>${twoFull.replace('</section>', `</section>${empty}`)}</article>`,
      ),
    );
    expect(contentText).not.toContain('Nội dung bài viết');
  });

  it('keeps section headings that differ, and a label said only twice', () => {
    const headings = ['Bối cảnh', 'Diễn biến', 'Kết quả', 'Triển vọng'];
    const { contentText } = extract(
      page(`<article><h1>Tọa đàm</h1>${sections((i) => headings[i] ?? '')}</article>`),
    );
    for (const heading of headings) expect(contentText).toContain(heading);
    const twice = extract(
      page(`<article><h1>Tọa đàm</h1>${sections((i) => (i < 2 ? 'Ghi chép' : ''))}</article>`),
    ).contentText;
    expect(twice).toContain('Ghi chép');
  });
});

describe('a media element’s fallback text is no body text', () => {
  it('drops what a <video> shows only to browsers that cannot play it', () => {
    const video =
      '<video controls><source src="https://example.org/v.mp4" type="video/mp4">' +
      '<p class="vjs-no-js">To view this video please enable JavaScript, and consider upgrading to a web browser that <a href="https://videojs.com/html5-video-support/">supports HTML5 video</a></p></video>';
    expectRemovedFromBody(video, 'enable JavaScript');
  });
});

describe('a breadcrumb trail is no body text, whatever its class names', () => {
  const trail = (home: string, href: string) =>
    `<ul class="k1"><li class="k2"><a href="${href}">${home}</a></li><li class="k2"><a href="https://news.example/politik/">Politik</a></li><li class="k2"><a href="https://news.example/politik/deutschland/">Deutschland</a></li></ul>`;

  it.each([
    ['Startseite', 'https://news.example/'],
    ['Home', '/'],
    ['Accueil', 'https://www.news.example'],
    ['Trang chủ', '/'],
  ])('removes a list of links whose first, "%s", leads to the home page', (home, href) => {
    const { contentText } = extract(inArticle(trail(home, href)));
    expect(contentText).not.toMatch(/Politik|Deutschland/);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it("keeps a list of links to other sites' home pages", () => {
    const list =
      '<ul><li><a href="https://www.who.int/">Home of the WHO</a></li><li><a href="https://www.unicef.org/">Unicef</a></li></ul>';
    expect(extract(inArticle(list)).contentText).toContain('Unicef');
  });
});

describe("a news dateline, the place a story opens with, is the story's text", () => {
  it.each([
    ['KOBE &#8211; ', 'KOBE – '],
    ['BERLIN (dpa) — ', 'BERLIN (dpa) — '],
  ])('keeps %j marked as a "dateline" at the opening of a paragraph', (markup, shown) => {
    const sentence =
      'A total of 6,000 surgical masks have been lost at a hospital in Kobe, it was learned Tuesday.';
    const html = inArticle(`<p><span class="dateline">${markup}</span>${sentence}</p>`);
    expect(extract(html).contentText).toContain(`${shown}${sentence}`);
  });

  it('still removes a place marked "dateline" on a line of its own above the paragraphs', () => {
    expectRemovedFromBody('<span class="dateline">AUBURN, Wash. —&nbsp;</span>\n', 'AUBURN');
  });

  it('still removes a date line marked "dateline"', () => {
    expectRemovedFromBody('<div class="dateline">March 3, 2024 10:15</div>', 'March 3, 2024');
  });
});

describe('a label set apart inside a sentence stays', () => {
  it.each([
    ['linked', 'You can <a href="/form">print</a> the form and send it to the council by post.'],
    [
      'in a span inside a word',
      'The mission scope may well have <span>expand</span>ed to Europa, the scientists said.',
    ],
    [
      'as a button word in prose',
      'Readers who want to <a href="/s">share</a> their stories can write to the newsroom.',
    ],
    [
      'linked as an ad word',
      'The company said its <a href="/x">ads</a> ran on television for six weeks before the vote.',
    ],
    [
      'as a German ad word',
      'The paper printed an <span>Anzeige</span> in the Saturday edition, the court heard.',
    ],
    [
      'as an ad word in emphasis',
      'He said the <em>sponsored content</em> label had been removed without notice.',
    ],
    [
      'as a relative time',
      'The last update came <span>14 hours ago</span> from the regional office.',
    ],
    [
      'as a related heading in bold',
      'The <strong>Related</strong> section of the survey grew by ten percent in the year.',
    ],
    [
      'as a "read more" label',
      'Officials said the <span>Read more</span> campaign had reached every school in the region.',
    ],
    [
      'as a comments heading in italics',
      'The <em>Comments</em> column of the form was left empty by most of the applicants.',
    ],
    [
      'as a German related label',
      'Der Slogan <b>Lesen Sie auch</b> stand auf jedem Plakat der Kampagne in der Stadt.',
    ],
    [
      'as a comment count',
      'The post drew <span>3 Kommentare</span> in the first hour, the moderators said.',
    ],
    [
      'as a Vietnamese related label',
      'Mục <strong>Xem thêm</strong> trên trang web của sở đã được cập nhật vào tuần trước.',
    ],
    [
      'as a newsletter label',
      'The <span>Newsletter</span> team grew to twelve editors in the year to March.',
    ],
  ])("keeps a label's words %s", (_how, sentence) => {
    const { contentText } = extract(inArticle(`<p>${sentence}</p>`));
    expect(contentText).toContain(sentence.replace(/<[^>]+>/g, ''));
  });
});

describe('furniture labels are no body text, in the languages publishers write them', () => {
  it.each([
    ['an English "continues below" ad label', '<div>Article continues below</div>'],
    ['a Polish print button', '<div>drukuj</div>'],
    ['a Polish share button', '<span>Udostępnij</span>'],
    ['a Polish publication label whose date the page set apart', '<div>opublikowano:</div>'],
    ['a German publication label whose date the page set apart', '<p>Veröffentlicht am:</p>'],
    ['an English update label whose date the page set apart', '<span>Updated:</span>'],
    ['a Portuguese "continues after the ad" label', '<span>Continua depois da publicidade</span>'],
    [
      'a Portuguese "continues after the ad" label, "após"',
      '<div>Continua após a publicidade</div>',
    ],
    ['a Spanish "continues after the ad" label', '<div>Continúa después de la publicidad</div>'],
    ['a French "continues after the ad" label', '<div>La suite après la publicité</div>'],
    ['a German "continues after the ad" label', '<div>Weiterlesen nach der Anzeige</div>'],
    [
      'an Italian "continues after the ad" label',
      '<div>Continua a leggere dopo la pubblicità</div>',
    ],
    [
      'a Polish "continues below the video" line',
      '<span>Dalsza część artykułu pod materiałem wideo</span>',
    ],
    ['a Polish "continues below the ad" line', '<p>Dalsza część artykułu pod reklamą</p>'],
    ['a Czech "continues below the ad" line', '<p>Článek pokračuje pod reklamou</p>'],
    ['a Slovak "continues below the video ad" line', '<p>Článok pokračuje pod video reklamou</p>'],
    ['a Hungarian "continues below the ad" line', '<p>A cikk a hirdetés alatt folytatódik</p>'],
    ['a Romanian "continues after the ad" line', '<p>Articolul continuă după reclamă</p>'],
    ['a Greek "continues after the ad" line', '<p>Η συνέχεια του άρθρου μετά τη διαφήμιση</p>'],
    ['a Croatian "continues below the ad" line', '<p>Članak se nastavlja ispod oglasa</p>'],
    ['a Serbian "continues below the ad" line', '<p>Tekst se nastavlja ispod oglasa</p>'],
    ['a Bulgarian "continues after the ad" line', '<p>Статията продължава след рекламата</p>'],
    ['a Russian "continues after the ad" line', '<p>Продолжение статьи после рекламы</p>'],
    ['a Ukrainian "continues after the ad" line', '<p>Продовження статті після реклами</p>'],
    ['a Dutch "read on after the ad" line', '<p>Lees verder na de advertentie</p>'],
    [
      'a Dutch "continues below the ad" line',
      '<p>Het artikel gaat verder onder de advertentie</p>',
    ],
    ['a Swedish "continues below the ad" line', '<p>Artikeln fortsätter under annonsen</p>'],
    ['a Norwegian "continues below the ad" line', '<p>Artikkelen fortsetter under annonsen</p>'],
    ['a Danish "continues below the ad" line', '<p>Artiklen fortsætter under annoncen</p>'],
    ['a Finnish "continues after the ad" line', '<p>Artikkeli jatkuu mainoksen jälkeen</p>'],
    [
      'an Italian "the article continues after the ad" line',
      "<p>L'articolo continua dopo la pubblicità</p>",
    ],
    ['a Catalan "continues after the ad" line', '<p>Continua després de la publicitat</p>'],
    ['a Lithuanian "continues after the ad" line', '<p>Straipsnis tęsiamas po reklamos</p>'],
    ['a Latvian "continues after the ad" line', '<p>Raksts turpinās pēc reklāmas</p>'],
    ['an Estonian "continues after the ad" line', '<p>Artikkel jätkub pärast reklaami</p>'],
    ['an Indonesian ad label', '<div>Iklan</div>'],
    ['a German ad label', '<span>Anzeige</span>'],
    ['a German ad label in the plural', '<div>Anzeigen</div>'],
    [
      'a German ad label that says the page holds affiliate links',
      '<p><em>Anzeige, enthält Affiliate Links</em></p>',
    ],
    ['an English affiliate note', '<p><em>Advertising | contains affiliate links</em></p>'],
    ['an affiliate note alone', '<p>Enthält Affiliate-Links</p>'],
    ['a Hungarian ad label', '<div>hirdetés</div>'],
    ["a rating widget's stars", '<div>Đánh giá bài viết: <span>★★★★☆</span> (12 lượt)</div>'],
    ["a rating widget's empty stars", '<div><span>Rate this article:</span> ☆☆☆☆☆</div>'],
    ['a Romanian ad label', '<div>Publicitate</div>'],
    ['a Czech ad label', '<div>Inzerce</div>'],
    ['a Greek ad label', '<div>Διαφήμιση</div>'],
    ['a Thai ad label', '<div>โฆษณา</div>'],
    ['a French ad label', '<div>Publicité</div>'],
    ['a Russian ad label', '<div>Реклама</div>'],
    ['a Korean ad label', '<div>광고</div>'],
    ['a Bengali ad label', '<div>বিজ্ঞাপন</div>'],
    ['a Tamil ad label', '<div>விளம்பரம்</div>'],
    ['a Marathi ad label', '<div>जाहिरात</div>'],
    ['a Persian ad label', '<div>تبلیغات</div>'],
    ['a Turkish "the story goes on" label', '<div>Haberin Devamı</div>'],
    ['an ad label with a colon', '<div>Реклама:</div>'],
    ['a copy button’s message', '<div>Link copied to clipboard</div>'],
    ['an article tool’s label', '<div>Order Reprints</div>'],
    [
      "a print version's link",
      '<div><a href="/files/print/ip_23_6543.pdf">Print friendly pdf</a></div>',
    ],
    [
      "a printer-friendly version's link",
      '<div><a href="/print/123">Printer-friendly version</a></div>',
    ],
    ['a text-size tool’s label', '<span>Text size</span>'],
    ['a Korean copy button’s message', '<div>기사 URL이 복사되었습니다.</div>'],
    ['a Japanese copy button’s message', '<div>リンクをコピーしました</div>'],
    ['a labelled image credit', '<p>Image Credits: UiPath</p>'],
    ['an ad label that asks to scroll on', '<div>Advertisement · Scroll to continue</div>'],
    ['a share button', '<span class="ctt"><span>Click To Tweet</span></span>'],
    ['a share plugin’s call', '<div class="k1">Sharing is caring!</div>'],
    ['a German share label', '<div class="k1">Diesen Artikel teilen</div>'],
    ['a lone share button', '<div class="k1"><span>Teilen</span></div>'],
    ['a lone print button', '<div class="k1"><span>Drucken</span></div>'],
    ['a box’s toggle', '<div class="k1">Personen-Box aufklappen Personen-Box zuklappen</div>'],
    ['an English box’s toggle', '<div class="k1">Show more Show less</div>'],
    ['a gallery button', '<div class="k1">Open this photo in gallery:</div>'],
    ["a picture viewer's label", '<div class="k1">click to enlarge</div>'],
    ["a feedback widget's question", '<div class="k1">War dieser Artikel hilfreich?</div>'],
    [
      "a feedback widget's buttons",
      '<div class="k1"><button>Ja</button><button>Nein</button></div>',
    ],
    ['an English feedback widget', '<div class="k1">Was this article helpful? Yes No</div>'],
    [
      'a Vietnamese feedback widget with its label',
      '<div class="k1"><b>Bình chọn:</b> Bạn thấy bài viết có hữu ích? <span>Có</span> <span>Không</span></div>',
    ],
    ['a Vietnamese feedback question', '<div class="k1">Bài viết có hữu ích với bạn không?</div>'],
    [
      "a reaction poll's question and its moods",
      '<div class="k1">How does this make you feel? <span>Happy</span> <span>Sad</span> <span>Angry</span> <span>Don’t Care</span></div>',
    ],
    ["a reaction poll's question", '<div class="k1">What’s your reaction?</div>'],
    [
      "an Indonesian reaction poll's question and its moods",
      '<div class="k1">Bagaimana reaksi Anda tentang artikel ini? <span>Senang</span> <span>Sedih</span> <span>Marah</span></div>',
    ],
    [
      "a Vietnamese reaction poll's question",
      '<div class="k1">Bạn cảm thấy thế nào về bài viết này?</div>',
    ],
    ["a German picture viewer's label", '<span>Bild vergrößern</span>'],
    [
      'a row of share buttons',
      '<div class="k1"><span>Share</span> <span>Tweet</span> <span>Submit</span></div>',
    ],
    ['a row of networks', '<div class="k1">Facebook Twitter Pinterest Email</div>'],
    ['a slideshow’s notice', '<p>This slideshow requires JavaScript.</p>'],
    ['a sponsor’s label', '<p>Supported by</p>'],
    ['a Portuguese reading time', '<p>Tempo de leitura:<small> 1 minuto</small></p>'],
    ['an English reading time', '<p>5 min read</p>'],
    ['a German reading time', '<p>Lesezeit: 4 Minuten</p>'],
    ['a reading time after a separator', '<div>| Lesedauer: 7 Minuten</div>'],
    ['a reading time with its figure first', '<div>3 Min Lesezeit</div>'],
    ['a French reading time with its figure first', '<p>4 min de lecture</p>'],
    ['a player message', '<div>Media playback is unsupported on your device</div>'],
    ["a late box's loading message", '<div class="k1"><span>Loading...</span></div>'],
    ["a share bar's label left without its buttons", '<p>Teilen:</p>'],
    ["a share bar's label in English, left alone", '<div class="k1">Share:</div>'],
    ["a share bar's label in Vietnamese, left alone", '<p><strong>Chia sẻ:</strong></p>'],
    ["a late box's Vietnamese loading message", '<div>Đang tải…</div>'],
    ["a late box's German loading message", '<p>Wird geladen ...</p>'],
    ["a player's duration", '<div><span>Duration</span> 1:30</div>'],
    [
      "a German player's clock",
      '<div><span>Aktuelle Zeit:</span>0:00<span>Gesamtdauer:</span>0:00</div>',
    ],
    ['an English subscribe button', '<div>Subscribe Now!</div>'],
    ['a Japanese advertorial mark', '<p>[PR]</p>'],
    ['an English relative time', '<div>14 hours ago</div>'],
    ['a label and a relative time', '<div>Last updated 21 hours ago</div>'],
    [
      'a live entry’s relative time, clock time and name',
      '<div><span>21 mins ago</span><span>11:48</span> <span>Jon King</span></div>',
    ],
    ['a byline run into a relative time', '<p>Fouzia Van Der Fort|Published 4 months ago</p>'],
    ['a German relative time', '<span>vor 2 Stunden</span>'],
    ['a German relative time in words', '<span>vor einer Stunde</span>'],
    ['a German relative time in words, a day', '<span>vor einem Tag</span>'],
    ['a Vietnamese relative time', '<span>3 giờ trước</span>'],
    ['a picture agency credit', '<p>Noel Celis/Getty Images</p>'],
    ['a credit through an agency', '<p>STR/AFP via Getty Images</p>'],
    [
      'a photographer and agencies through one',
      '<p>Long Wei/Costfoto/Barcroft Media via Getty Images</p>',
    ],
    [
      'a picture credit with a copyright sign',
      '<p>© imago/United Archives International/imago stock&amp;people</p>',
    ],
    ['a copyright sign before a photographer and an agency', '<p>© Action press/Bernd März</p>'],
    [
      'a copyright sign before a source and a graphic’s author',
      '<p>© climatereanalyzer.org I Tagesspiegel/Rita Böttcher</p>',
    ],
    ['a CMS placeholder left in the page', '<p>$$ARTICLEAD$$</p>'],
    ['a CMS placeholder left between blocks, in no element of its own', '$$ARTICLEAD$$'],
    ['a labelled picture credit', '<p>Foto: Seznam Zprávy</p>'],
    ['a Polish picture credit after "Fot."', '<p>Fot. Arkadiusz Gola / Polska Press</p>'],
    ['a Finnish picture credit', '<p>Kuva: Silja Viitala / Yle</p>'],
    ['a Slovak picture credit', '<p>Snímka: TASR/Martin Baumann</p>'],
    ['a Lithuanian picture credit', '<p>Nuotr. Jono Jonaičio</p>'],
    ['a Greek picture credit after "Φωτ."', '<p>Φωτ. ΑΠΕ-ΜΠΕ / Γιάννης Κολεσίδης</p>'],
    ['a Greek picture credit', '<p>Φωτογραφία: Eurokinissi</p>'],
    ['a Bulgarian picture credit', '<p>Снимка: БГНЕС</p>'],
    [
      "a Hungarian cover picture's closing note",
      '<p>(Borítókép: Az MNB székháza Budapesten, a Szabadság téren. Fotó: Bodnár Patrícia / Index)</p>',
    ],
    ['a picture agency credit in brackets', '<p>(Getty Images)</p>'],
    ['a French picture credit in the plural', '<p>Crédits photos : Bestimage</p>'],
    ["a picture's source after its label", '<p>Photo Source: Markus Spiske from Pexels.</p>'],
    [
      'a German link back to the list, right in the body',
      '<a title="zurück zur Listenansicht" href="/presse"><i class="fa fa-angle-left"></i> zurück zur Listenansicht</a>',
    ],
    [
      'an English link back to the overview, right in the body',
      '<a href="/news">« Back to overview</a>',
    ],
    [
      "a French illustration picture's credit",
      "<p>Photo d'illustration : Ninja Brick / Flickr</p>",
    ],
    [
      "a French illustrative image's credit",
      '<p>Image illustrative&nbsp;: Ninja Brick, Creative Commons</p>',
    ],
    [
      "a French illustrative image's credit naming its licence",
      '<p>Image illustrative&nbsp;: <a href="https://www.flickr.com/photos/1/2">A row of red bicycles</a> by <a href="https://www.flickr.com/photos/1/">Jane Roe,</a>en licence <a href="https://creativecommons.org/licenses/by/2.0/">Creative Commons by</a></p>',
    ],
    [
      "a picture's credit naming its licence",
      '<p>Photo: <a href="https://commons.wikimedia.org/wiki/File:X.jpg">The old harbour at dawn</a> by John Smith, licensed under CC BY 4.0</p>',
    ],
    ["an illustration's credit with its artist", '<p class="k4">Illustration by Mike Nudelman</p>'],
    ["a photographer's credit", '<p><span>Photograph by Jane Roe for The Example Times</span></p>'],
    ["a picture's credit to who gave it", '<div>Photo courtesy of the Harbour Authority</div>'],
    [
      "a review's photography credit with its outlet",
      '<p>Photography by Sheena Vasani / The Verge</p>',
    ],
    [
      'a German broadcaster’s picture rights line',
      '<div>Bildrechte: dpa-Bildfunk/Thomas Frey</div>',
    ],
    [
      "a picture's source after a comma, its label visually hidden",
      '<p class="k5"><span class="k6">Image source, </span>Getty Images</p>',
    ],
    [
      "a picture's source after a comma, in Swahili",
      '<p class="k5"><span class="k6">Chanzo cha picha, </span>Reuters</p>',
    ],
    ['a German broadcaster’s media label', '<p>Audiobeitrag</p>'],
    [
      "a read-aloud player's label, in Spanish",
      '<h4>Escucha esta nota aquí <i class="mdi mdi-volume-high"></i></h4>',
    ],
    ["a read-aloud player's label, in English", '<div>Listen to this article</div>'],
    ["a read-aloud player's label, in German", '<span>Artikel anhören</span>'],
    ["a read-aloud player's label, in French", '<p>Écouter cet article</p>'],
    ["a read-aloud player's label, in Vietnamese", '<div>Nghe đọc bài viết</div>'],
    ["an ad break's label", '<p>Article continues after this advertisement</p>'],
    [
      "an archive's notice of the article's age",
      '<div role="note"><p>This article is more than 3 years old.</p></div>',
    ],
    ["an archive's notice of the article's age, in words", '<p>This story is over a year old</p>'],
    [
      "an archive's notice of the article's age, in German",
      '<p>Dieser Artikel ist älter als ein Jahr.</p>',
    ],
    ["an ad slot's label", '<p>Scroll to continue with content</p>'],
    [
      'a WordPress shortcode the site left unrendered',
      '<p>[button link="https://example.org/submit-review/" type="big" newwindow="yes"] Send us YOUR kit review[/button]</p>',
    ],
    ['a German subscribe button', '<p><a href="/abo">Jetzt abonnieren</a></p>'],
    ['a French subscribers-only label', '<span>Article réservé aux abonnés</span>'],
    ['an English subscribers-only label', '<div>Subscribers only</div>'],
    ["a blog's count of the post's views", '<p>Post Views: 111</p>'],
    [
      "a Joomla page's links to the articles before and after",
      '<table class="k3"><tr><th><a href="/index.php?id=76">&lt; Lùi</a></th><td>&nbsp;</td><th><a href="/index.php?id=78">Tiếp theo &gt;</a></th></tr></table>',
    ],
    ["a picture's credits in brackets", '<p>(Credits: Amazon Prime Video)</p>'],
    ['a stock library named alone', '<p>Foto: Pixabay</p>'],
    [
      "a blog's count of the post's views, its parts set apart by spaces",
      '<div class="k1"> <span class="k2"></span> <span class="k3">Post Views:</span> <span class="k4">111</span> </div>',
    ],
    ["a gallery's count of its pictures", '<p>28/28 photos</p>'],
    ["a Chinese page's editor in charge", '<p>【责任编辑：严玉洁】</p>'],
    ["a Chinese page's editor", '<p>（编辑：李明）</p>'],
    ["a Japanese page's editor", '<p>【編集：山田】</p>'],
    [
      "a Chinese page's editor in charge after its error-report label",
      '<div style="text-align:right">【我要纠错】 责任编辑：王洋</div>',
    ],
    [
      "a Korean page's call for tips, with its phone and address",
      '<p>▶ 제보하기<br>▷ 전화 02-1234-5678<br>▷ 이메일 jebo@hanbit.example.co.kr</p>',
    ],
    ['a German featured picture’s credit', '<p>Beitragsbild: Stefan Mang</p>'],
    ['a German stock picture’s credit', '<p>Symbolgrafik:© Butch - stock.adobe.com</p>'],
  ])('removes %s', (_rule, block) => {
    expectRemovedFromBody(block, block.replace(/<[^>]+>/g, '').trim());
  });

  it.each([
    ['an institution and its photographer joined by a bar', '&#169;&nbsp;Bundesrat | Frank Bräuer'],
    ['a photographer and an agency joined by a slash', '© Action press/Bernd März'],
  ])("removes a copyright sign before %s under a picture's caption", (_what, credit) => {
    const picture =
      '<span class="picture-element"><a href="/bild.html"><em class="picture-wrapper"><img src="/bild.jpg" alt="Schild #WeRemember"></em></a>' +
      '<p class="image-annotation"><em class="caption">Der Präsident beteiligt sich an der Gedenkkampagne</em></p>' +
      `<p class="image-annotation"><em class="copyright">${credit}</em></p></span>`;
    const { contentText } = extract(inArticle(picture));
    expect(contentText).not.toMatch(/Bräuer|März/);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it("keeps a labelled credit in brackets as its picture's caption, an agency's name alone goes", () => {
    const picture =
      '<div class="k7"><figure class="k8"><img src="/anh.jpg" alt="" width="800" height="500"></figure><figcaption class="k9"><span class="k10"> (<div class="k11"><span></span>Image:</div>Anadolu via Getty Images)</span></figcaption></div>';
    const { images } = extract(inArticle(picture));
    expect(images.map((image) => image.caption)).toEqual(['(Image: Anadolu via Getty Images)']);
  });

  it('removes a photographer and an outlet joined by a slash right below the picture, without a label', () => {
    const picture =
      '<section class="k1"><img src="/haaretz.jpg" alt="" width="800" height="500"><p class="k2"> Tomer Appelbaum/Haaretz </p></section>';
    const { contentText, images } = extract(inArticle(picture));
    expect(contentText).not.toContain('Appelbaum');
    expect(images.map((image) => image.url)).toContain('https://congan.example.vn/haaretz.jpg');
  });

  it('keeps such a line where no picture stands before it, and a sentence with a slash below one', () => {
    expectKept('Tomer Appelbaum/Haaretz');
    const sentence = 'Lượng mưa trung bình đạt 120 mm/ngày trong suốt tuần qua.';
    const { contentText } = extract(
      inArticle(
        `<section class="k1"><img src="/mua.jpg" alt="" width="800" height="500"><p>${sentence}</p></section>`,
      ),
    );
    expect(contentText).toContain(sentence);
  });

  it("keeps a picture whose size class is named after a social network ('size-facebook')", () => {
    const picture =
      '<figure><img class="wp-image-9 size-facebook" src="https://news.example.org/anh.png" alt=""><figcaption>Quang cảnh buổi lễ khánh thành cầu mới</figcaption></figure>';
    const { images } = extract(inArticle(picture));
    expect(images.map((image) => image.url)).toEqual(['https://news.example.org/anh.png']);
  });

  it('removes a video player\'s overlay, its "Now Playing" and "Up Next" titles with it, whatever its class names', () => {
    const player =
      '<div class="k1"><div class="k2"><div class="k3"><div class="k4">Now Playing</div><div class="k5">How Dryers Actually Work</div></div>' +
      '<div class="k6"><button>Play</button><span>Duration 4:12</span></div>' +
      '<div class="k7"><span>Up Next</span><span>Every Washing Machine Setting Explained</span><button>Cancel</button></div></div></div>';
    const { contentText } = extract(inArticle(player));
    expect(contentText).not.toMatch(/Now Playing|Dryers|Up Next|Washing Machine/);
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it('keeps a paragraph headed "Now playing" among the prose', () => {
    const heading = '<h3>Now playing</h3>';
    const line =
      'The theatre reopened on Friday with a revival of the play that first made it famous.';
    const { contentText } = extract(inArticle(`${heading}<p>${line}</p>`));
    expect(contentText).toContain(line);
  });

  it("removes an audio player's clocks beside its button, the start at zero", () => {
    const player =
      '<div class="k1"><button class="k2"><span>Listen to this article</span></button>' +
      '<div class="k3">00:00</div><div class="k3">12:41</div><p class="k4">Produced by ElevenLabs using AI narration.</p></div>';
    const { contentText } = extract(inArticle(player));
    expect(contentText).not.toMatch(/00:00|12:41/);
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it("keeps a live blog entry's time beside its share button", () => {
    const entry =
      '<div class="k1"><div class="k3">14:05</div><button class="k2">Share</button></div>';
    expect(extract(inArticle(entry)).contentText).toContain('14:05');
  });

  it('keeps a sentence that tells how old a thing is', () => {
    expectKept('This bridge is more than 120 years old, and the city plans to replace it in 2028.');
  });

  it('keeps a sentence that asks how a thing makes the reader feel', () => {
    expectKept(
      'How does this make you feel? Nurses we asked said tired, then proud, then hopeful.',
    );
  });

  it('keeps a paragraph that gives a rating in stars within a sentence', () => {
    expectKept(
      'The critics gave the new bridge ★★★★ for its design, and the town gave it a party.',
    );
  });

  it.each([
    ['Photos by the hundreds arrived at the archive'],
    ['Pictures courtesy. That was all they asked for!'],
  ])('keeps a short sentence that opens like a credit: %s', (line) => {
    expectKept(line);
  });

  it.each([
    ['(öffnet im neuen Fenster)'],
    [', opens in a new tab'],
    ['(s’ouvre dans un nouvel onglet)'],
    ['(se abre en una nueva ventana)'],
  ])('removes the new-window notice %s of a link and keeps its sentence', (notice) => {
    const sentence =
      'Die Behörde veröffentlichte ihren Bericht über die Lage, die sich seit Montag deutlich verschärft hat.';
    const linked = sentence.replace(
      'Bericht',
      `<a href="https://example.org/b">Bericht<span class="k9">${notice}</span></a>`,
    );
    const { contentText } = extract(inArticle(`<p>${linked}</p>`));
    expect(contentText).toContain(sentence);
    expect(contentText).not.toContain(notice.trim());
  });

  it.each(['Pictures: Getty', 'Pictures: Reuters'])(
    "removes a picture credit's line labelled in the plural, %j",
    (line) => {
      expectRemovedFromBody(`<p>${line}</p>`, line);
    },
  );

  it('removes a numbered ad label ("Advertisement 2")', () => {
    expectRemovedFromBody('<div>Advertisement 2</div>', 'Advertisement');
  });

  it.each([
    [
      'a picture',
      '<figure><img src="/anh.jpg" alt="Evergrande"><span>STR/AFP via Getty Images</span></figure>',
    ],
    [
      'a picture in a div',
      '<div><img src="/anh.jpg" alt="Evergrande"> Noel Celis/Getty Images</div>',
    ],
  ])('removes the credit standing by %s and keeps the picture', (_what, block) => {
    const { contentText, images } = extract(inArticle(block));
    expect(contentText).not.toContain('Getty Images');
    expect(images.map((i) => i.url)).toContain('https://congan.example.vn/anh.jpg');
  });

  it.each([
    'Ba ngày trước, hai năm trước khi dự án khởi công, 14 hours ago nobody knew the site.',
    'Getty Images and Reuters both sent photographers to the border on Monday, the agency said.',
    'Pictures reached the newsroom via Getty Images on Monday.',
    'Officials met 14 hours ago in Paris',
    'Foto: Die Stadt zeigt ab Montag eine Ausstellung über die Geschichte des Hafens und seiner Arbeiter.',
  ])('keeps a sentence with a relative time or an agency in it: %j', expectKept);

  it('keeps a picture’s credit in its caption, where it credits the picture', () => {
    const figure =
      '<figure><img src="https://example.org/a.jpg" alt=""><figcaption>Nông dân kiểm tra lúa. <span class="credit">Photo: John Roe</span></figcaption></figure>';
    const { images } = extract(inArticle(figure));
    expect(images[0]?.caption).toBe('Nông dân kiểm tra lúa. Photo: John Roe');
  });

  it('keeps a paragraph that quotes a bracketed word', () => {
    const prose =
      '<p>[Ông] nói rằng dự án sẽ hoàn thành trong năm nay, [và] nguồn vốn đã được bố trí đủ.</p>';
    expect(extract(inArticle(prose)).contentText).toContain('[Ông] nói rằng');
  });

  it('keeps a sentence that starts with a label word', () => {
    const prose =
      '<p>Publicité mensongère : le tribunal a condamné la société à une amende de 20 000 euros, a-t-on appris lundi.</p>';
    expect(extract(inArticle(prose)).contentText).toContain('Publicité mensongère');
  });
});

describe('a "read also" line linking to another story is no body text, in any language', () => {
  it('removes such lines closing the body, one after another after a rule', () => {
    const lines = [
      'Sean Penn and Charlize Theron plan to marry and adopt',
      'Charlize Theron causes outrage with her comment',
      'A singer is engaged',
    ]
      .map(
        (t, i) =>
          `<p><strong>Related article: <a href="/celebrity-news/${i}">${t}</a></strong></p>`,
      )
      .join('');
    const { contentText } = extract(page(`<div class="story">${BODY}<hr />${lines}</div>`));
    expect(contentText).toContain(PARAGRAPHS[3]);
    expect(contentText).not.toContain('Related article');
  });

  it.each([
    [
      'English',
      '<p><strong>READ MORE:\u00a0<a href="/news/1">China plague outbreak confirmed</a></strong></p>',
    ],
    [
      'English, label apart',
      '<p><strong>SEE MORE</strong>:\u00a0<a href="/news/2">Hong Kong protests: students under siege</a></p>',
    ],
    [
      'English, one related article',
      '<p><strong>Related article: <a href="/celebrity-news/4">Sean Penn and Charlize Theron plan to marry</a></strong></p>',
    ],
    [
      'Norwegian',
      '<p><b>Les også: <a href="/kjendis/1">Tone Damli røper detaljer om frieriet</a></b></p>',
    ],
    [
      'German',
      '<p>Lesen Sie auch: <a href="/politik/2">Annalena Baerbock: Kinder, Ausbildung, Politik</a></p>',
    ],
    [
      'Indonesian',
      '<p><strong>Baca Juga:</strong> <a href="/berita/3">Harga beras naik di pasar induk</a></p>',
    ],
    ['Vietnamese', '<p><em>Xem thêm: <a href="/tin/4">Giá lúa tăng mạnh đầu vụ</a></em></p>'],
    ['English, "MORE :"', '<p>MORE : <a href="/news/5">The daily cartoon by Guy Venables</a></p>'],
    ['English, "Also:"', '<p>Also: <a href="/news/6">See Black Friday coverage at CNET</a></p>'],
    [
      'Japanese, with a full-width colon',
      '<p>関連記事：<a href="/news/7">予算案が参院で成立</a></p>',
    ],
    [
      'Chinese, with a full-width colon',
      '<p>相关阅读：<a href="/news/8">市政府通过年度预算</a></p>',
    ],
    ['Thai', '<p>อ่านเพิ่มเติม: <a href="/news/9">ครม.อนุมัติงบประมาณปี 2570</a></p>'],
    ['Turkish', '<p>Ayrıca okuyun: <a href="/haber/10">Bütçe Mecliste kabul edildi</a></p>'],
    [
      'Turkish, a capital İ',
      '<p>İLGİLİ HABER: <a href="/haber/11">Bütçe Mecliste kabul edildi</a></p>',
    ],
    ['Hindi', '<p><strong>और पढ़ें:</strong> <a href="/news/12">बजट को मंजूरी मिली</a></p>'],
    ['Hindi, "Read:"', '<p>पढ़ें: <a href="/news/13">बजट को मंजूरी मिली</a></p>'],
    ['Bengali', '<p>আরও পড়ুন: <a href="/news/14">বাজেট পাস হল</a></p>'],
    ['Marathi', '<p>हेही वाचा: <a href="/news/15">अर्थसंकल्प मंजूर</a></p>'],
    ['Filipino', '<p>Basahin din: <a href="/news/16">Badyet, aprubado na</a></p>'],
    [
      'Filipino, "BASAHIN:"',
      '<p><strong>BASAHIN:</strong> <a href="/news/22">Bagyo, lumabas na ng PAR</a></p>',
    ],
    ['Swahili', '<p><strong>Soma zaidi:</strong> <a href="/habari/23">Shilingi yaimarika</a></p>'],
    ['Swahili, "Soma pia:"', '<p>Soma pia: <a href="/habari/24">Bei ya mafuta yapanda</a></p>'],
    ['Hausa', '<p><b>Karanta wannan:</b> <a href="/labarai/25">Manoma sun koka</a></p>'],
    [
      'Hausa, "Karanta kuma:"',
      '<p>Karanta kuma: <a href="/labarai/26">Farashin mai ya tashi</a></p>',
    ],
    ['Indonesian, "Simak juga"', '<p>Simak juga: <a href="/berita/17">Harga beras naik</a></p>'],
    ['Malay', '<p>Berita berkaitan: <a href="/berita/18">Bajet diluluskan</a></p>'],
    [
      'Spanish, "Vea también"',
      '<p>Vea también: <a href="/noticias/19">Aprueban el presupuesto</a></p>',
    ],
    ['Russian, "По теме"', '<p>По теме: <a href="/news/20">Бюджет принят</a></p>'],
    ['Thai, related news', '<p>อ่านข่าวที่เกี่ยวข้อง <a href="/news/21">ครม.อนุมัติงบ</a></p>'],
    [
      'Spanish, "Relacionado:"',
      '<p><strong>Relacionado: <a href="/economia/11">La inflación baja al 3% en noviembre</a></strong></p>',
    ],
    [
      'English, "Read:"',
      '<p><strong>Read: </strong><a href="/news/27">Operator posts record traffic</a></p>',
    ],
    [
      'English, "READ |"',
      '<p><strong>READ |</strong> <a href="/news/28">Grid is stable, minister says</a></p>',
    ],
    [
      'Portuguese, "Leia:"',
      '<p><b>Leia:</b> <a href="/noticias/29">Câmara aprova orçamento</a></p>',
    ],
    ['French, "À lire :"', '<p>À lire : <a href="/actualite/30">Le budget adopté</a></p>'],
    // Arabic's vowel marks fall anywhere or nowhere: "أيضًا", "أيضاً", and "اقرا ايضا" without
    // hamza.
    ['Arabic, marked', '<p>اقرأ أيضًا: <a href="/news/31">إقرار الموازنة العامة</a></p>'],
    ['Arabic, unmarked', '<p><b>اقرا ايضا:</b> <a href="/news/32">إقرار الموازنة العامة</a></p>'],
    ['Urdu, polite', '<p><b>یہ بھی پڑھیے:</b> <a href="/news/33">بجٹ منظور کر لیا گیا</a></p>'],
    ['Hebrew, "further reading"', '<p>לקריאה נוספת: <a href="/news/34">התקציב אושר</a></p>'],
    [
      'Polish, "Przeczytaj także"',
      '<p><strong>Przeczytaj także:</strong> <a href="/news/35">Sejm uchwalił budżet</a></p>',
    ],
    ['Tamil, "read more"', '<p><b>மேலும் படிக்க:</b> <a href="/news/36">அணை நீர்மட்டம் உயர்வு</a></p>'],
    [
      'Lao, related news',
      '<p><b>ຂ່າວທີ່ກ່ຽວຂ້ອງ:</b> <a href="/news/37">ຫຼວງພະບາງ ຕ້ອນຮັບນັກທ່ອງທ່ຽວ</a></p>',
    ],
    ['Lao, "read more"', '<p>ອ່ານຕື່ມ: <a href="/news/38">ຫວຽດນາມ - ລາວ ເພີ່ມທະວີການຄ້າ</a></p>'],
    [
      'Khmer, related news with its colon',
      '<p><b>ព័ត៌មានពាក់ព័ន្ធ៖</b> <a href="/news/39">វៀតណាម-កម្ពុជា ពង្រឹងចំណងមិត្តភាព</a></p>',
    ],
    ['Khmer, "read more"', '<p>អានបន្ថែម៖ <a href="/news/40">និស្សិតកម្ពុជាប្រារព្ធពិធីបុណ្យ</a></p>'],
  ])('removes a %s one', (_language, line) => {
    expectRemovedFromBody(line, line.match(/<a [^>]+>([^<]+)<\/a>/)?.[1] ?? '');
  });

  it('keeps a paragraph that opens with "Read"', () => {
    const line =
      '<p>Read: <a href="/law/1">the full text of the law</a> was published on Friday.</p>';
    expect(extract(inArticle(line)).contentText).toContain('the full text of the law');
  });

  it("keeps a closing note that the article's views are not the site's", () => {
    const note =
      'The views and opinions expressed in the article do not necessarily reflect those of the site.';
    expect(extract(page(`<div class="story">${BODY}<p>${note}</p></div>`)).contentText).toContain(
      note,
    );
  });

  it('keeps a heading that opens with "More"', () => {
    const heading = '<h2>More than 100 people came to the meeting</h2>';
    expect(extract(inArticle(heading)).contentText).toContain('More than 100 people');
  });

  it('keeps a sentence that cites a linked source', () => {
    const cited =
      '<p>Theo số liệu mới của <a href="https://gso.gov.vn">Tổng cục Thống kê</a>, giá lúa đã tăng 12% trong quý.</p>';
    expect(extract(inArticle(cited)).contentText).toContain('Tổng cục Thống kê');
  });
});

describe("a read-aloud player's label takes its duration with it", () => {
  it.each([
    '<div><span>Listen to this article</span> <span>5 min</span></div>',
    '<div><span>Nghe đọc bài</span> <span>3:05</span></div>',
  ])('removes %s whole', (player) => {
    expectRemovedFromBody(player, player.includes('5 min') ? '5 min' : '3:05');
  });
});

describe('a paywall notice ends the body the reader sees', () => {
  const withNotice = (notice: string) =>
    page(
      `<div class="story">${BODY}<p><strong>${notice}</strong></p>` +
        '<section class="capping"><p>Vous pouvez lire Le Monde sur un seul appareil à la fois</p>' +
        '<p>Ce message s’affichera sur l’autre appareil.</p><button>Continuer à lire ici</button></section></div>',
    );

  it.each([
    'Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.',
    'Subscribe to continue reading.',
    'To continue reading, please log in or subscribe.',
    'Jetzt weiterlesen mit SZ Plus',
    'Para seguir leyendo, suscríbete.',
    'この記事は会員限定です。紙の新聞の定期購読者の方は、無料で会員登録できます。',
    '［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。',
    'この記事は有料記事です。残り1234文字有料会員になると続きをお読みいただけます。',
    'For the full story and more photos, subscribe now and get the digital edition immediately.',
    'This article is reserved for subscribers. Already a subscriber? Log in.',
    'Already a subscriber? Sign in to keep reading.',
  ])('removes %j and everything after it', (notice) => {
    const { contentText } = extract(withNotice(notice));
    expect(contentText).not.toContain(notice.slice(0, 20));
    expect(contentText).not.toContain('seul appareil');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it.each([
    'Kostenlos registrieren und direkt weiterlesen.',
    'Register for free to continue reading',
  ])('ends the body at a registration wall’s heading %j', (notice) => {
    const html = page(
      `<div class="story">${BODY}<div><h2>${notice}</h2><p>Die Zeitung steht für Qualitätsjournalismus.</p>` +
        '<ul><li>Unabhängige Analysen</li><li>Newsletter und Podcasts</li></ul><p><a href="/registrieren">Registrieren</a></p></div></div>',
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain(notice.slice(0, 20));
    expect(contentText).not.toContain('Qualitätsjournalismus');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('keeps the text after a notice when it is most of the body (the whole text shipped behind the paywall)', () => {
    const html = page(
      `<div class="story"><p>${PARAGRAPHS[0]}</p><p><strong>Subscribe to continue reading.</strong></p><div class="paywalled">${BODY}</div></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain('Subscribe to continue reading');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('keeps a sentence that starts like a notice', () => {
    const prose =
      'To continue reading the report, analysts said, investors need its annex of figures, published on Friday.';
    const { contentText } = extract(withNotice(prose));
    expect(contentText).toContain('investors need its annex');
    expect(contentText).toContain('seul appareil');
  });
});

describe('a list of teaser cards is no body text', () => {
  const card = (path: string, headline: string) =>
    `<li>\n<a href="${path}">\n<div class="mediaCon">\n<div class="media">\n<picture>\n<img src="https://example.org/${path}.jpg" alt="">\n</picture>\n</div>\n</div>\n<span>${headline}</span> <span>|</span> <strong>mehr</strong>\n</a>\n</li>`;

  it('removes a list of pictures whose only text is their headline links, laid out on lines of their own', () => {
    const list = `<div class="linklist"><ul class="list">${card('/tin/hop-bao-1.html', 'Hội nghị tổng kết công tác phòng cháy chữa cháy năm 2024 của tỉnh')}${card('/tin/hop-bao-2.html', 'Lính cứu hỏa diễn tập phương án chữa cháy tại khu công nghiệp')}</ul></div>`;
    expectRemovedFromBody(list, 'Lính cứu hỏa diễn tập');
  });

  it('keeps a list of sources, each a link without a picture', () => {
    const sources =
      '<ul><li><a href="https://example.org/report">Báo cáo của Bộ Công an về phòng cháy năm 2024</a></li><li><a href="https://example.org/law">Luật Phòng cháy và chữa cháy sửa đổi</a></li></ul>';
    expect(extract(inArticle(sources)).contentText).toContain(
      'Luật Phòng cháy và chữa cháy sửa đổi',
    );
  });

  it('keeps pictures each beside a paragraph written as a div', () => {
    const gallery =
      '<div class="photos"><div class="photo">\n<img src="https://example.org/anh/1.jpg" alt="">\n</div><div>Lực lượng cứu hỏa tiếp cận đám cháy từ phía sau nhà xưởng, khống chế ngọn lửa sau hai giờ.</div><div class="photo">\n<img src="https://example.org/anh/2.jpg" alt="">\n</div><div>Người dân được sơ tán an toàn ra khỏi khu vực, không có thương vong về người.</div></div>';
    expect(extract(inArticle(gallery)).contentText).toContain('Người dân được sơ tán an toàn');
  });
});

describe('a pull quote, a quotation that repeats a sentence of the body, is said once', () => {
  // Twelve words of a paragraph, as a magazine sets them large beside it.
  const sentence = (PARAGRAPHS[1] ?? '').split(' ').slice(0, 12).join(' ');

  it.each([
    ['the sentence as written', `<blockquote>${sentence}</blockquote>`],
    ['in quotation marks, in a paragraph', `<blockquote><p>“${sentence}”</p></blockquote>`],
  ])('removes a <blockquote> holding %s, whatever its class', (_, quote) => {
    const { contentText } = extract(inArticle(quote));
    expect(contentText.split(sentence.slice(0, 40)).length - 1).toBe(1);
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });

  it('keeps a quotation the body does not say again', () => {
    const quote =
      '<blockquote>Chúng tôi sẽ tiếp tục hỗ trợ người dân khắc phục hậu quả của bão số 3.</blockquote>';
    expect(extract(inArticle(quote)).contentText).toContain('Chúng tôi sẽ tiếp tục hỗ trợ');
  });

  it('keeps a quotation that only a few of its words are said again in', () => {
    const words = sentence.split(' ').slice(0, 4).join(' ');
    const quote = `<blockquote>${words} — và điều đó đã được ghi nhận trong báo cáo tổng kết năm.</blockquote>`;
    expect(extract(inArticle(quote)).contentText).toContain('đã được ghi nhận trong báo cáo');
  });
});

describe("the Trust Project's badge is no body text, whatever its class names", () => {
  const badge =
    '<div class="story-content__stamp-trust"><div class="story-content__stamp-trust__box-left"><p>Conforme a los criterios de</p><a href="https://news.example.pe/buenas-practicas/#trust-project" target="_blank"><img src="https://cdn.example.pe/default-md.png?d=2" data-src="https://cdn.example.net/banner-trust-project/logo-trust.png" alt="Trust Project" width="100%" height="26" class="lazy"></a></div><a href="https://news.example.pe/buenas-practicas/" target="_blank">Saber más</a></div>';

  it.each([
    ['in the text', inArticle(badge)],
    ['closing the text', page(`<div class="story">${BODY}${badge}</div>`)],
  ])('removes its words and its link beside the logo, %s', (_, html) => {
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/Conforme a los criterios|Saber más/);
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('keeps a sentence about the Trust Project', () => {
    const line =
      '<p>The newsroom joined the <a href="https://thetrustproject.org/">Trust Project</a> in 2021 and publishes its ethics policy and corrections online.</p>';
    expect(extract(inArticle(line)).contentText).toContain('publishes its ethics policy');
  });
});

describe("a line of the page's tools is no body text, whatever its class names", () => {
  it.each([
    [
      'print, e-mail and back links',
      '<p><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=Tin%20bai">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></p>',
      'In bài',
    ],
    [
      'a font size switch',
      '<p>Cỡ chữ: <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></p>',
      'Cỡ chữ',
    ],
    [
      'a label before icon buttons, whatever they link to',
      '<div class="k1"><span>Llévatelo: </span><a href="https://mail.example.com/compose?body=x" title="compartir por correo"></a><a href="javascript:copy();" title="Copiar enlace"></a><div class="k2"></div></div>',
      'Llévatelo',
    ],
    [
      'a label before one icon button',
      '<p><strong>Chia sẻ:</strong> <a href="https://social.example.com/share?u=x"><svg viewBox="0 0 8 8"><path d="M0 0h8v8z"></path></svg></a></p>',
      'Chia sẻ',
    ],
    [
      'a Chinese share bar, its label after a full-width colon',
      '<p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></p>',
      '分享到',
    ],
    [
      'a Japanese share bar',
      '<p>シェアする <a href="#">X</a> <a href="#">Facebook</a></p>',
      'シェアする',
    ],
  ])('removes %s', (_, line, gone) => {
    expectRemovedFromBody(line, gone);
  });

  it('keeps a line of links to the sections of the article (a table of contents)', () => {
    const line =
      '<p><a href="#muc-1">I. Mục tiêu</a> | <a href="#muc-2">II. Nội dung</a> | <a href="#muc-3">III. Tổ chức thực hiện</a></p>';
    expect(extract(inArticle(line)).contentText).toContain('II. Nội dung');
  });

  it('keeps a label before a link that shows words or a picture', () => {
    const words = '<p>Nguồn: <a href="https://baochinhphu.example.vn/tin-1">Báo Chính phủ</a></p>';
    expect(extract(inArticle(words)).contentText).toContain('Nguồn: Báo Chính phủ');
    const picture =
      '<p>Bản đồ: <a href="/ban-do.html"><img src="/ban-do.png" alt="" width="600" height="400"></a></p>';
    expect(extract(inArticle(picture)).contentHtml).toContain('ban-do.png');
  });

  it('keeps a sentence that links to parts of the page', () => {
    const line =
      'Xem <a href="#phan-1">phần 1</a> và <a href="#phan-2">phần 2</a> của báo cáo để biết thêm chi tiết về kết quả.';
    expect(extract(inArticle(`<p>${line}</p>`)).contentText).toContain('của báo cáo để biết thêm');
  });
});

describe("the line of the article's tags is no body text", () => {
  it.each([
    'Từ khóa: <a href="/tag/binh-dang-gioi">bình đẳng giới</a>, <a href="/tag/cong-an-tinh">công an tỉnh</a>',
    'Tags: <a href="/tag/equality">equality</a> <a href="/tag/police">police</a>',
    'Темы: <a href="/catalog/keywords/57">Регионы</a>, <a href="/catalog/keywords/42">Дороги</a> Регионы: <a href="/catalog/regions/NGR">Новгородская область</a>',
    'Теги: <a href="/tag/a">Енергетика</a>, <a href="/tag/b">Регіони</a>',
    'Tematy: <a href="/tag/a">Rada Ministrów</a>, <a href="/tag/b">Energetyka</a>',
    'Etiketler: <a href="/etiket/a">Ekonomi</a>, <a href="/etiket/b">Enerji</a>',
    '<strong>Content Highlights:</strong> Kerala rain alert, orange alert in six districts',
    'Tag:<b><a href="/tag.php?/sun/">甲骨文收购Sun</a></b> &nbsp;',
    '标签：<a href="/tag/a">数据库</a> <a href="/tag/b">开源软件</a>',
    '关键词：甲骨文 Sun MySQL',
  ])('removes %j closing the body', (line) => {
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${line}</p></div>`));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });
});

describe("a press release's closing contacts", () => {
  const contacts =
    '<p><strong>Kontakt:</strong></p>' +
    '<p>Dr. Hendryk Bockelmann<br> Deutsches Klimarechenzentrum, DKRZ<br> E-Mail: <a href="mailto:bockelmann@dkrz.example">bockelmann@dkrz.example</a></p>' +
    '<p>Prof. Bjorn Stevens<br> Max-Planck-Institut für Meteorologie<br> Tel.: +49 40 41173-0</p>';

  it('removes the contact label and the contact cards that close the body', () => {
    const { contentText } = extract(page(`<div class="story">${BODY}${contacts}</div>`));
    expect(contentText).not.toMatch(/Kontakt|Bockelmann|Stevens/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it.each([
    'Pressekontakt:',
    'Media contact:',
    'Contact',
    'Liên hệ:',
    'Contacto de prensa:',
    '문의',
    'お問い合わせ先',
    'Контакты для СМИ:',
  ])('reads "%s" as a contact label', (label) => {
    const html = page(
      `<div class="story">${BODY}<p><b>${label}</b></p><p>Anna Berg<br>anna.berg@example.org</p></div>`,
    );
    expect(extract(html).contentText).not.toContain('Anna Berg');
  });

  it('removes the contacts before the wire\'s closing line naming the issuer ("SOURCE Acme, Inc.", PR Newswire\'s), and that line', () => {
    const card =
      '<p><strong>Media Contact:</strong><br>Jamie Ortiz<br>press@acme.example<br>+1 775-555-0188</p><p>SOURCE Acme Materials, Inc.</p>';
    const { contentText } = extract(page(`<div class="story">${BODY}${card}</div>`));
    expect(contentText).not.toMatch(/Media Contact|Ortiz|SOURCE/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it("removes contacts laid out as a definition list's term and description", () => {
    const html = page(
      `<div class="story">${BODY}<dl><dt>문의</dt><dd>국토교통부 주거복지정책과(044-201-3363)</dd></dl></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/문의|044-201-3363/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('removes a card laid out over several blocks, its name line apart from its numbers', () => {
    const html = page(
      `<div class="story">${BODY}<p class="flapHead">Kontakt</p><p>Karen Ehrhardt-Dreier | Springer Nature | Communications</p><p>tel +49 611 7878 394 | karen.ehrhardt@springer.example</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/Kontakt|Ehrhardt/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('removes a contact person heading and its card, the name and the numbers in blocks apart', () => {
    const html = page(
      `<div class="story">${BODY}<h2>Ansprechpartnerin zum Thema:</h2><div><span style="font-weight: bold;">Antonia Thiele</span></div><p>Telefon +49 (0)40 / 49 07 11 05<br><a href="mailto:antonia.thiele@example.org">antonia.thiele@example.org</a></p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/Ansprechpartnerin|Thiele/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('removes two contact sections closing the body one after the other', () => {
    const html = page(
      `<div class="story">${BODY}<div>Kontakt:</div><p><b>Jan Koch</b><br>Telefon +49 (0)40 / 49 07 11 06<br>jan.koch@example.org</p><h2>Ansprechpartnerin zum Thema:</h2><div><b>Antonia Thiele</b></div><p>Telefon +49 (0)40 / 49 07 11 05</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/Kontakt|Koch|Ansprechpartnerin|Thiele/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it.each([
    [
      'opens with the contact label and holds the card',
      'Kontakt: Juliane Dickel, BUND-Expertin für Energiepolitik, Tel. 030-27586-562 Mail: juliane.dickel(at)bund.example sowie BUND-Pressestelle: Sigrid Wolff | Daniel Jahn Tel. 030-27586-497 | E-Mail: presse(at)bund.example',
      /Kontakt|Dickel/,
    ],
    [
      'has the contact label as its first line, the card on the lines below',
      'Pressekontakt<br>Dr. Tim Loppe<br>Pressesprecher naturstrom AG<br>Tel.: 0211 77900 363<br>Tim.Loppe@naturstrom.example<br>www.naturstrom.example',
      /Pressekontakt|Loppe/,
    ],
    [
      'opens with the contact label and gives a bare local number',
      "<strong>Media contact:</strong> Minister Butler's office 02 6277 7220",
      /Media contact|Butler/,
    ],
    [
      'opens with a bare "Enquiries:" label, the card on the lines below',
      'Enquiries:<br>Foster Mohale<br>Departmental Spokesperson<br>Cell: 072 432 3792',
      /Enquiries|Mohale/,
    ],
    [
      "opens with a press office's label and gives a number in the US way",
      'Press office: Jane Roe, 518.474.8418',
      /Press office|Jane Roe/,
    ],
  ])('removes a closing block that %s', (_, card, gone) => {
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${card}</p></div>`));
    expect(contentText).not.toMatch(gone);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps a closing sentence that opens with "Kontakt:" but gives no number or address', () => {
    const sentence =
      'Kontakt: Die Gemeinde sucht noch Freiwillige für das Sommerfest am Marktplatz.';
    const { contentText } = extract(page(`<div class="story">${BODY}<p>${sentence}</p></div>`));
    expect(contentText).toContain(sentence);
  });

  it('keeps a closing sentence after a contact label, though an address follows it', () => {
    const sentence = 'Anmeldungen nimmt das Bürgerbüro bis Freitag entgegen.';
    const { contentText } = extract(
      page(
        `<div class="story">${BODY}<p><b>Kontakt:</b></p><p>${sentence}</p><p>buergerbuero@example.org</p></div>`,
      ),
    );
    expect(contentText).toContain(sentence);
  });

  it('keeps what a contact label heads when it is prose, not a card', () => {
    const prose =
      'Wer Fragen zur Anmeldung hat, kann sich bis Freitag an das Bürgerbüro wenden, das montags bis freitags geöffnet ist.';
    const { contentText } = extract(
      page(`<div class="story">${BODY}<p><strong>Kontakt:</strong></p><p>${prose}</p></div>`),
    );
    expect(contentText).toContain(prose);
  });
});

describe("a picture viewer's button on the picture", () => {
  it('goes, and the picture stays', () => {
    const figure =
      '<figure><div class="k1"><picture><img src="https://example.org/p.jpg" alt="Fed-Vizechef Michael Barr"></picture><button type="button"><span class="k2">Bild vergrößern</span></button></div><figcaption><p>Fed-Vizechef Michael Barr</p></figcaption></figure>';
    const { contentText, images } = extract(inArticle(figure));
    expect(contentText).not.toContain('Bild vergrößern');
    expect(images.map((image) => image.url)).toContain('https://example.org/p.jpg');
  });
});

describe("a block between two parts of one removed box is the box's", () => {
  it('removes a pitch set between the parts of a registration banner', () => {
    const banner =
      '<p class="registration-banner"><img src="/banner.png" width="354" height="169" alt=""></p><p class="registration-banner__text"></p><p>Werden Sie Mitglied bei <br><strong>for me </strong>und erhalten Sie exklusive Angebote!</p><p class="registration-banner__button"><a href="/registrieren">Jetzt registrieren</a></p>';
    expectRemovedFromBody(banner, 'exklusive Angebote');
  });

  it("keeps a paragraph between two boxes of other kinds named in the site's namespace", () => {
    const line = 'Hội nghị diễn ra trong hai ngày, với hơn 200 đại biểu tham dự.';
    const html = inArticle(
      `<div class="site__advert"></div><p>${line}</p><div class="site__related"><h2>Related Article</h2><a href="/tin/2">Bài khác</a></div>`,
    );
    expect(extract(html).contentText).toContain(line);
  });

  it('keeps a paragraph between two ad slots of the same name', () => {
    const line = 'Hội nghị diễn ra trong hai ngày, với hơn 200 đại biểu tham dự.';
    const html = inArticle(
      `<div class="ad-banner"></div><p>${line}</p><div class="ad-banner"></div>`,
    );
    expect(extract(html).contentText).toContain(line);
  });
});

describe("a list of other stories that names this one unlinked is the site's navigation", () => {
  const headline = 'Phụ nữ Công an tỉnh bàn chuyện bình đẳng';
  const og = `<meta property="og:title" content="${headline}">`;
  const titles = [
    'Công an tỉnh tổng kết công tác năm 2023',
    headline,
    'Hội nghị giao ban công tác đảng quý IV',
    'Tập huấn nghiệp vụ cho lực lượng công an xã',
  ];
  /** A series' list above the article's text, the headline above the article. */
  const article = (linked: (title: string) => boolean) =>
    page(
      `<section class="k0"><h1>${headline}</h1><article><div><header class="k6">Cùng chuyên đề</header><ul class="k7">${titles
        .map(
          (t, i) =>
            `<li><span class="k9"></span>${linked(t) ? `<a href="/tin/${i}.html">${t}</a>` : t}</li>`,
        )
        .join('')}</ul></div><section class="k3">${BODY}</section></article></section>`,
      og,
    );

  it('removes the list and its label', () => {
    const { contentText } = extract(article((t) => t !== headline));
    expect(contentText).not.toMatch(/Cùng chuyên đề|tổng kết công tác năm 2023/);
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a list whose items are not linked, or whose every item links', () => {
    expect(extract(article(() => false)).contentText).toContain('Tập huấn nghiệp vụ');
    expect(extract(article(() => true)).contentText).toContain('Tập huấn nghiệp vụ');
  });
});

describe("a box closing the body that pitches the publisher's offer not to miss anything", () => {
  const pitch =
    'Vom richtigen Zeitpunkt, den Resturlaub zu prüfen, bis zu wichtigen Steuerterminen: Dieser kostenlose interaktive Kalender hilft Ihnen, nichts zu versäumen.<a href="https://www.example.de/kalender"><strong> Jetzt keine Termine mehr verpassen!</strong></a>';

  it.each([
    ['its call', ''],
    [
      'its call and the banner linked where it leads',
      '<a href="https://www.example.de/kalender"><img src="/kalender.png" alt="" width="600" height="194"></a>',
    ],
  ])('removes the pitch with %s', (_, banner) => {
    const box = `<div class="k5"><h2>2023 nichts mehr versäumen!</h2>${pitch}${banner}</div>`;
    const article = extractArticle(page(`<div class="story">${BODY}${box}</div>`), { url: URL });
    expect(article.contentText).not.toMatch(/versäumen|verpassen/);
    expect(article.contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
    expect(article.contentHtml).not.toContain('kalender.png');
  });

  it('keeps a picture linked elsewhere below a closing line of the article', () => {
    const picture =
      '<a href="https://www.example.de/kalender"><img src="/kalender.png" alt="" width="600" height="194"></a>';
    const article = extractArticle(
      page(
        `<div class="story">${BODY}<div class="k5"><h2>Lịch</h2>${pitch.replace(/<a .*<\/a>/, '')}${picture}</div></div>`,
      ),
      { url: URL },
    );
    expect(article.contentHtml).toContain('kalender.png');
  });

  it('keeps a closing sentence that tells of someone who must not miss a date', () => {
    const line =
      'Der Verein rief seine Mitglieder auf, keine Termine mehr zu verpassen, sagte der Vorsitzende.';
    expect(extract(page(`<div class="story">${BODY}<p>${line}</p></div>`)).contentText).toContain(
      line,
    );
  });
});

describe("text for speech only in the German government's site builder's class (aural) is not shown", () => {
  it('drops it and keeps the sentence around it', () => {
    const paragraph =
      '<p>Ông nói rõ tại cuộc họp báo<span class="aural"> (Thema: Haushalt)</span> chiều nay về kế hoạch đầu tư công của tỉnh.</p>';
    const { contentText } = extract(inArticle(paragraph));
    expect(contentText).toContain(
      'Ông nói rõ tại cuộc họp báo chiều nay về kế hoạch đầu tư công của tỉnh.',
    );
  });
});

describe('a heading closing the body heads a picture of the article below it, and nothing else', () => {
  it.each([
    [
      'a tracking pixel',
      '<h4>Themenbezogene Interessenbindung</h4><img src="/pixel.gif" width="1" height="1" alt="">',
    ],
    [
      'a picture it introduces with a colon',
      '<h4>Pin the following photo:</h4><img src="/pin.jpg" width="600" height="900" alt="">',
    ],
    [
      'teasers it links to',
      '<h3><a href="/news">Other News Articles</a></h3><div><img src="/other.jpg" width="320" height="240" alt=""></div>',
    ],
  ])('removes it above %s', (_, tail) => {
    const { contentText } = extract(page(`<div class="story">${BODY}${tail}</div>`));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps it above a picture of the article', () => {
    const tail =
      '<div class="k1"><h3>Cầu mới nhìn từ bờ sông</h3><div class="k2"><img src="/cau.jpg" width="800" height="500" alt=""></div></div>';
    expect(extract(page(`<div class="story">${BODY}${tail}</div>`)).contentText).toContain(
      'Cầu mới nhìn từ bờ sông',
    );
  });
});

describe('a table of contents, a title over a list of links to the parts of the page, leaves the body whole', () => {
  const links = '<li><a href="#mo-dau">Mở đầu</a></li><li><a href="#ket-luan">Kết luận</a></li>';
  it.each([
    [
      "Easy TOC's box, its title in a block with the toggle",
      `<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy"><div class="ez-toc-title-container"><p class="ez-toc-title">Mục lục</p><span class="ez-toc-title-toggle"><a href="#" aria-label="Toggle"><svg></svg></a></span></div><nav><ul class="ez-toc-list">${links}</ul></nav></div>`,
      'Mục lục',
    ],
    [
      "RankMath's block, a heading over a <nav>",
      `<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>Table of Contents</h2><nav><ul>${links}</ul></nav></div>`,
      'Table of Contents',
    ],
    [
      'a box of unknown class names, its list nested',
      `<div class="k9"><div class="k8">Inhaltsverzeichnis</div><ol><li><a href="#a">Einleitung</a><ol><li><a href="#b">Hintergrund</a></li></ol></li>${links}</ol></div>`,
      'Inhaltsverzeichnis',
    ],
    [
      'a bold title right before the list in the body',
      `<p><strong>Nội dung chính</strong></p><ul>${links}</ul>`,
      'Nội dung chính',
    ],
  ])('removes %s', (_, toc, title) => {
    const { contentText } = extract(
      page(`<div class="story"><p>${PARAGRAPHS[0]}</p>${toc}${BODY}</div>`),
    );
    expect(contentText).not.toContain(title);
    expect(contentText).not.toContain('Kết luận');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('keeps a heading over a list of links to other pages', () => {
    const { contentText } = extract(
      page(
        `<div class="story"><p>${PARAGRAPHS[0]}</p><h3>Tài liệu tham khảo</h3><ul><li><a href="https://example.org/a">Báo cáo năm 2023 của Bộ Công an, phần một</a></li><li><a href="https://example.org/b">Báo cáo năm 2022 của Bộ Công an, phần hai</a></li></ul>${BODY}</div>`,
      ),
    );
    expect(contentText).toContain('Tài liệu tham khảo');
  });
});

describe('a short box its class names a paywall, calling to subscribe, is furniture whatever its wording', () => {
  it.each([
    [
      'a subscribe link',
      '<div class="paywall"><p>Pour lire la suite de cet article, rejoignez nos lecteurs.</p><a href="/abonnement/">Continuer</a></div>',
      'rejoignez nos lecteurs',
    ],
    [
      'words saying it is for subscribers',
      '<div class="article-paywall"><p>Cet article est réservé aux abonnés. Pour lire la suite, abonnez-vous à Libération.</p></div>',
      'réservé aux abonnés',
    ],
    [
      'a German subscribe button',
      '<div class="paywall"><p>Dieser Artikel ist nur für Abonnenten. Lesen Sie weiter mit einem Digitalabo.</p><a href="/abo/">Jetzt abonnieren</a></div>',
      'Digitalabo',
    ],
    ...[
      ['Polish', 'Ten artykuł czytasz w ramach płatnej subskrypcji. Zamów prenumeratę.'],
      ['Czech', 'Pokračování článku je exkluzivně dostupné pro předplatitele.'],
      ['Slovak', 'Ďalšie časti článku sú dostupné len pre predplatiteľov.'],
      ['Hungarian', 'A cikk folytatását csak előfizetőink olvashatják.'],
      ['Finnish', 'Lue koko juttu tilaamalla Digi. Oletko jo tilaaja? Kirjaudu sisään'],
      ['Slovenian', 'Članek je na voljo samo naročnikom.'],
      ['Croatian', 'Ovaj članak dostupan je samo pretplatnicima.'],
      ['Greek', 'Γίνετε συνδρομητής για απεριόριστη πρόσβαση.'],
    ].map(([language = '', notice = '']) => [
      `${language} words saying it is for subscribers`,
      `<div class="paywall-teaser"><p>${notice}</p><a href="#">OK</a></div>`,
      notice.slice(0, 24),
    ]),
  ])('removes it when it holds %s', (_, box, gone) => {
    expectRemovedFromBody(box, gone);
  });

  it.each([
    ['js-piano-teaser', 'Ďalšie časti článku sú dostupné len pre predplatiteľov.'],
    ['premium', 'Den här artikeln ingår i Plus. Logga in eller köp prenumeration.'],
  ])('removes a box its class names the paywall by its vendor or offer, %j', (name, notice) => {
    expectRemovedFromBody(`<div class="${name}"><p>${notice}</p></div>`, notice.slice(0, 20));
  });

  it('removes it when it holds more words than the teaser above it (a teaser page)', () => {
    const teaser =
      'In 2019, the county broke ground on a bridge to a business park that was never built.';
    const html = page(
      `<main><article class="post"><h1>The bridge to nowhere</h1><div class="entry-meta">By <a href="/author/sw/">Sam Whitaker</a> · <time datetime="2026-12-01">Dec. 1, 2026</time></div><div class="entry-content"><p>${teaser}</p></div><div class="paywall-offer"><h2>Keep reading with a subscription</h2><p>You have read all of your free articles this month. Subscribe now for just $1 for 6 months to keep reading stories like this one, and support local journalism.</p><a class="btn" href="/subscribe?ref=wall">Subscribe now</a></div></article></main>`,
    );
    const { contentText } = extract(html);
    expect(contentText).toContain(teaser);
    expect(contentText).not.toMatch(/Keep reading|free articles/);
  });

  it("keeps the story's paragraphs a paywall's class wraps (Helsingin Sanomat's 'paywall-content')", () => {
    const html = page(
      `<div class="story"><p>${PARAGRAPHS[0]}</p><div class="paywall-content">${PARAGRAPHS.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div></div>`,
    );
    expect(extract(html).contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe('a link card, one link to another page holding its title, its description and its picture, is a teaser of that page', () => {
  it.each([
    [
      "Ghost's bookmark card",
      '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://energie.example.de/waermeplanung/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Kommunale Wärmeplanung: Was jetzt auf die Städte zukommt</div><div class="kg-bookmark-description">Bis 2028 müssen alle Kommunen einen Wärmeplan vorlegen. Wir erklären, was drinstehen muss.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Energiewende lokal</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/plan.jpg" alt=""></div></a></figure>',
    ],
    [
      'a card of unknown class names',
      '<div class="k1"><a href="https://energie.example.de/waermeplanung/"><div class="k2"><div class="k3">Kommunale Wärmeplanung: Was jetzt auf die Städte zukommt</div><div class="k4">Bis 2028 müssen alle Kommunen einen Wärmeplan vorlegen. Wir erklären, was drinstehen muss.</div></div><div class="k5"><img src="/content/images/plan.jpg" alt=""></div></a></div>',
    ],
    [
      'an article card of its picture and its headline, each linking to the page',
      '<article class="news-item"><a href="https://energie.example.de/waermeplanung/"><img src="/content/images/plan.jpg" alt=""></a><h3><a href="https://energie.example.de/waermeplanung/">Kommunale Wärmeplanung: Was jetzt auf die Städte zukommt</a></h3></article>',
    ],
  ])('removes %s whole', (_, card) => {
    expectRemovedFromBody(card, 'Kommunale Wärmeplanung');
  });

  it('keeps a picture linked to its larger version, its caption beside the link', () => {
    const { contentText, contentHtml } = extract(
      inArticle(
        '<figure><a href="/anh/toa-dam-lon.jpg"><img src="/anh/toa-dam.jpg" alt=""></a><figcaption>Các đại biểu tham dự buổi tọa đàm.</figcaption></figure>',
      ),
    );
    expect(contentText).toContain(PARAGRAPHS[3]);
    expect(contentHtml).toContain('toa-dam.jpg');
  });
});

describe("a call-to-action card anywhere in the body, a sponsor's label or a sign-up pitch over a button, is the site's promotion", () => {
  const inside = (card: string) =>
    extractArticle(
      page(
        `<div class="story"><p>${PARAGRAPHS[0]}</p>${card}${PARAGRAPHS.slice(1)
          .map((p) => `<p>${p}</p>`)
          .join('')}</div>`,
      ),
      { url: URL },
    );

  it.each([
    [
      "a blog's sign-up card",
      '<div class="kg-card kg-cta-card"><div class="kg-cta-text"><p>Field Notes is free. If you\'d like more essays like this in your inbox, sign up below.</p></div><a href="#/portal/signup" class="kg-cta-button">Subscribe</a></div>',
    ],
    [
      "a newsletter's sponsor block",
      '<div style="padding:12px"><p><b>Together with Voltline</b></p><p>Voltline helps facility managers cut energy bills with smart load scheduling. Book a free demo today.</p><div class="button"><a href="https://voltline.example/?utm_source=x">Book a demo</a></div></div>',
    ],
    [
      "a sponsor's card presented in plain type",
      '<div><p>Presented by Northwind Bank</p><p>Open an account in minutes and get your first year free.</p><a class="btn-primary" href="https://northwind.example/open">Learn more</a></div>',
    ],
  ])('leaves %s out of the body', (_, card) => {
    expect(inside(card).contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a box of the article whose button leads to its report', () => {
    const card =
      '<div><p>The full study, with its tables for every county, runs to 84 pages.</p><a class="button" href="https://example.gov/report.html">Learn more</a></div>';
    expect(inside(card).contentText).toContain('The full study, with its tables');
  });
});

describe("a call-to-action box closing the body, a promotional heading over a few short lines and a link to act, is the site's promotion", () => {
  const closing = (box: string) =>
    extractArticle(page(`<div class="story">${BODY}${box}</div>`), { url: URL });

  it.each([
    [
      "a release wire's offer to send releases",
      '<div class="row"><div class="col-sm-12"><h2>WANT YOUR COMPANY\'S NEWS FEATURED ON EXAMPLEWIRE.COM?</h2><p>440k+ Newsrooms &amp; Influencers</p><p>9k+ Digital Media Outlets</p><p>270k+ Journalists Opted In</p><a href="https://www.example.com/send-press-release/">GET STARTED</a></div></div>',
    ],
    [
      "a site's pitch of its service",
      '<div><h3>Ready to reach more readers?</h3><p>Distribution to 5,000 outlets</p><a class="btn" href="https://www.example.com/plans">Learn more</a></div>',
    ],
    [
      'a pitch in strong type',
      '<div><p><strong>Sie möchten Ihre Pressemitteilung hier veröffentlichen?</strong></p><p>Über 2.000 Redaktionen</p><p><a href="https://www.example.de/preise">Jetzt starten</a></p></div>',
    ],
    [
      'a teaser asking to sign up, with a sentence saying what it sends',
      '<div class="teaser"><div class="k1"><h2>Sign up for press releases</h2><div class="k2"><p>Receive our latest news direct to your inbox.</p></div><div class="k3"><a href="/en/newsroom/subscribe.html">Subscribe</a></div></div></div>',
    ],
  ])('leaves %s out of the body', (_, box) => {
    const { contentText, authors } = closing(box);
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    expect(authors).toEqual([]);
  });

  it.each([
    [
      "an organisation's closing section with its prose and its site",
      '<div><h3>About Acme Robotics</h3><p>Founded in 2019 and based in Ames, Iowa, Acme Robotics designs and builds autonomous machines for row-crop agriculture, with 140 people.</p><a href="https://www.acme.example.com">Learn more</a></div>',
      'Founded in 2019',
    ],
    [
      'a closing section of the article telling readers how to act, in sentences',
      '<div><h3>Want to apply?</h3><p>Applications open on 15 January 2027 and close on 28 February, the ministry said.</p><a href="https://www.example.gov/apply">Apply online</a></div>',
      'Applications open on 15 January 2027',
    ],
    [
      'a closing section headed by a call to register, that says more than what it sends',
      '<div><h3>Register to vote</h3><p>Residents who moved this year must register again before 1 March 2027 to vote in the council elections.</p><a href="https://www.example.gov/register">Register now</a></div>',
      'Residents who moved this year',
    ],
  ])('keeps %s', (_, box, kept) => {
    expect(closing(box).contentText).toContain(kept);
  });

  it("leaves out such a box when the page's main element holds the body's blocks (AEM's grid)", () => {
    const text = (p: string) => `<div class="text"><div class="cmp-text"><p>${p}</p></div></div>`;
    const teaser =
      '<div class="teaser"><div class="cmp-teaser"><div class="cmp-teaser__content"><h2 class="cmp-teaser__title">Sign up for press releases</h2><div class="cmp-teaser__description"><p>Receive our latest news direct to your inbox.</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/en/newsroom/subscribe.html">Subscribe</a></div></div></div></div>';
    const grid = `<div class="root container responsivegrid"><div class="cmp-container"><main class="container responsivegrid"><div class="cmp-container"><div class="title"><div class="cmp-title"><h1 class="cmp-title__text">Tọa đàm về bình đẳng giới</h1></div></div>${PARAGRAPHS.map(text).join('')}${teaser}</div></main></div></div>`;
    const { contentText } = extractArticle(page(grid), { url: URL });
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps such a box that the article goes on after', () => {
    const box =
      '<div><h3>Ready to reach more readers?</h3><p>Distribution to 5,000 outlets</p><a href="https://www.example.com/plans">Learn more</a></div>';
    const { contentText } = extractArticle(
      page(`<div class="story">${BODY}${box}<p>${PARAGRAPHS[0]} Thêm một câu.</p></div>`),
      { url: URL },
    );
    expect(contentText).toContain('Distribution to 5,000 outlets');
  });
});

describe("a call to get the site's app or follow its pages, in Chinese, is no body text wherever it stands", () => {
  const ZH = [
    '中央氣象署今天表示，強烈大陸冷氣團明天起南下，北部及宜蘭平地最低氣溫可能降到攝氏九度，民眾外出應注意保暖。',
    '氣象署預報員指出，這波冷空氣影響將持續到週末，中部以北及東北部天氣偏濕冷，山區可能出現結冰或霧淞現象。',
    '交通部公路局提醒，民眾可下載「路況通」APP查詢即時路況，上山賞雪前應確認車輛裝備，並遵守現場管制。',
    '衛福部也呼籲，長者及慢性病患者清晨起床時應先在床上活動手腳，避免溫差過大引發心血管疾病。',
  ];
  const zhPage = (inside: string) =>
    `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>冷氣團南下</title></head><body><nav><a href="/">首頁</a><a href="/life">生活</a></nav><article><h1>冷氣團南下 北部低溫下探九度</h1><div class="text"><p>${ZH[0]}</p><p>${ZH[1]}</p>${inside}<p>${ZH[2]}</p><p>${ZH[3]}</p></div></article></body></html>`;

  it.each([
    [
      'a line pitching the app, its call a link',
      '<p>不用等 現在用APP看新聞最快　<a href="https://app.example.tw/dl">點我下載APP</a>　<a href="https://event.example.tw/">按我看活動辦法</a></p>',
      '點我下載APP',
    ],
    [
      'a call to subscribe to its video channel',
      '<p>一手掌握財經動態　<a href="https://www.youtube.com/@example">點我訂閱財經Youtube頻道</a></p>',
      '財經Youtube頻道',
    ],
    [
      'a call to like its fan page',
      '<p>喜歡這篇報導嗎？<a href="https://www.facebook.com/example">按讚加入粉絲團</a>，每天掌握最新消息</p>',
      '按讚加入粉絲團',
    ],
    [
      'a call to add its LINE account',
      '<p>►<a href="https://line.me/R/ti/p/@example">快加入新聞網LINE好友</a>，重要新聞不漏接</p>',
      'LINE好友',
    ],
    [
      'a box of a QR code and a call to get the client',
      '<div><a href="https://app.example.cn/"><img src="/qr.png" alt=""></a><p>扫码下载示例新闻客户端，随时随地看新闻、听广播</p></div>',
      '客户端',
    ],
    [
      'a call to open the app to read on',
      '<div><p>打開APP閱讀全文，看更多即時新聞與獨家報導　<a href="https://app.example.tw/open">前往</a></p></div>',
      '打開APP',
    ],
  ])('removes %s', (_, promo, gone) => {
    const { contentText, contentHtml } = extractArticle(zhPage(promo), {
      url: 'https://news.example.tw/news/life/4821',
    });
    expect(contentText).not.toContain(gone);
    expect(contentHtml).not.toContain('qr.png');
    expect(contentText.split('\n\n')).toEqual(ZH);
  });

  it('keeps a sentence of the story telling readers to get an app, with its link', () => {
    const line =
      '<p>公路局表示，民眾可至<a href="https://www.example.gov.tw/app">官網</a>下載APP查詢路況。</p>';
    const { contentText } = extractArticle(zhPage(line), {
      url: 'https://news.example.tw/news/life/4821',
    });
    expect(contentText).toContain('民眾可至官網下載APP查詢路況。');
  });
});

describe("a list of the page's fields closing the body, each item a label and its value, is no body text", () => {
  const ZH = [
    '內政部今天公布明年度國土計畫實施方案，將優先推動農地資源盤點與都市更新，並協助地方政府完成計畫審議。',
    '內政部表示，方案分三年推動，總經費約新臺幣四十億元，中央與地方將共同分擔，並定期公開執行進度。',
    '地方政府如有疑義，可洽詢內政部國土管理署，相關說明會將於下個月起分區舉辦，歡迎各界踴躍參加。',
  ];
  // As Taiwan's government portals build a news page: its fields above the text, the text in an
  // editor's box, the attachments, and fields again in a box of the CMS's own.
  const govPage = (closing: string) =>
    `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>國土計畫實施方案公布 - 內政部</title></head><body><ul class="menu"><li><a href="/">首頁</a></li><li><a href="/news">新聞</a></li></ul><div class="main"><div class="essay"><h2>國土計畫實施方案公布</h2><ul class="fields"><li><span>發布日期：</span>115-12-05</li><li><span>資料來源：</span>國土管理署</li></ul><div class="editor"><div class="p">${ZH.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="file"><h3>附件</h3><ul><li><a href="/Download.ashx?n=plan.pdf">實施方案.pdf</a></li></ul></div>${closing}</div></div><div class="footer"><p>內政部 地址：臺北市中正區徐州路5號</p></div></body></html>`;
  const bodyOf = (closing: string) =>
    extractArticle(govPage(closing), {
      url: 'https://www.example.gov.tw/News_Content.aspx?n=4&s=1',
    }).contentText;

  it.each([
    [
      'fields after the attachments',
      '<div class="custom"><ul><li>更新日期：115-12-06</li><li>發布單位：國土管理署</li></ul></div>',
    ],
    [
      'fields with labels of their own and a count of readers',
      '<ul class="info"><li><span>更新日期：</span>115-12-06</li><li><span>發布單位：</span>內政部</li><li><span>點閱次數：</span>2031</li></ul>',
    ],
  ])('removes %s', (_, closing) => {
    const text = bodyOf(closing);
    expect(text).toContain(ZH[2]);
    expect(text).not.toMatch(/更新日期|發布單位|點閱次數/);
  });

  it.each([
    [
      'closing steps of a how-to',
      '<ol><li>Sign up for an account on the portal and confirm your address.</li><li>Choose the plan that fits and enter the payment details.</li></ol>',
      'Choose the plan',
    ],
    [
      'a list of deadlines of the story',
      '<ul><li>申請日期：116年1月1日至3月31日</li><li>審查結果：116年6月公告</li></ul>',
      '審查結果',
    ],
  ])('keeps %s', (_, closing, kept) => {
    expect(bodyOf(closing)).toContain(kept);
  });
});

describe("a live quote's change set beside a company's link is no body text", () => {
  const EN = [
    'Stocks rose on Wednesday as investors bet that the central bank would hold rates steady through the spring, with technology shares leading the gains.',
    'The rally broadened in the afternoon, lifting small caps and transport stocks that had lagged for much of the month, traders said.',
  ];
  const bodyWith = (line: string) =>
    extractArticle(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stocks making the biggest moves</title></head><body><nav><a href="/">Home</a><a href="/markets">Markets</a></nav><article><h1>Stocks making the biggest moves</h1><p>${EN[0]}</p><p>${EN[1]}</p>${line}<p>Oil prices fell on the day, and the yield on the 10-year Treasury note dipped to its lowest level in a month, according to market data.</p></article></body></html>`,
      { url: 'https://www.example.com/2026/12/02/stocks-moving.html' },
    ).contentText;

  it.each([
    [
      'leaves out the change of a quote button, the name and its change each in boxes of its own',
      '<p><strong><span class="inline"><span class="name"><a href="https://www.example.com/quotes/NVDA/">Nvidia</a></span><span class="move"><span><span class="up">+4.12%</span></span></span></span></strong> — The chipmaker climbed after an analyst lifted the price target.</p>',
      'Nvidia — The chipmaker climbed after an analyst lifted the price target.',
    ],
    [
      "leaves out the change of a ticker's chip, inside the link",
      '<p>Shares of <a href="https://www.example.com/investing/stock/amd"><span>AMD</span><bg-quote field="percentchange">-1.20%</bg-quote></a> slipped as investors took profits after a strong run.</p>',
      'Shares of AMD slipped as investors took profits after a strong run.',
    ],
    [
      'keeps a change the sentence gives, spaced',
      '<p>Shares of Acme rose <b>+3.1%</b> on Tuesday after the company raised its forecast for the year.</p>',
      'Shares of Acme rose +3.1% on Tuesday after the company raised its forecast for the year.',
    ],
    [
      'keeps a change the sentence gives in brackets after a link',
      '<p>The benchmark <a href="https://www.example.com/quotes/SPX/">S&amp;P 500</a> (+0.8%) closed at a record for the third day in a row.</p>',
      'The benchmark S&P 500 (+0.8%) closed at a record for the third day in a row.',
    ],
  ])('%s', (_, line, expected) => {
    expect(bodyWith(line)).toContain(expected);
  });
});

describe("rule: a paid article's badge and the article's length in characters are labels, not text", () => {
  const paragraphs =
    `政府は6日、電気・ガス料金の負担軽減策を来年3月まで延長する方針を固めた。冬場の暖房需要で家計の負担が増えることに配慮する。
補助額は一般家庭で1キロワット時あたり2.5円とし、都市ガスは1立方メートルあたり10円とする。財源には予備費を充てる方向で調整している。
経済産業省によると、延長による追加の費用は約3000億円に上る見通しだ。与党内には恒久的な制度を求める声もある。`.split(
      '\n',
    );
  it.each([
    ['有料記事', '1024文字'],
    ['【有料会員限定】', '全文1,024文字'],
    ['会員限定記事', '2048文字'],
  ])('leaves %j and %j out of the body', (badge, length) => {
    const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>政府、電気代補助を3月まで延長へ | 毎日新聞</title></head><body><main><article>
<ul class="k1"><li class="k2">${badge}</li></ul><h1>政府、電気代補助を3月まで延長へ</h1><ul class="k3"><li class="k4">${length}</li></ul>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
    const article = extractArticle(html, { url: 'https://news.example.jp/articles/20261206/123' });
    expect(article.contentText.startsWith(paragraphs[0] as string)).toBe(true);
    expect(article.contentText).not.toContain('文字');
  });
});

describe("rule: appeals for support and calls to join the site's pages close no article, in Europe's other languages too", () => {
  const paragraphs =
    `A forint pénteken délután újabb mélypontra gyengült, az euró árfolyama először lépte át a 420 forintos szintet. Az elemzők szerint a kamatcsökkentési várakozások állnak a háttérben.
A jegybank szóvivője közölte, hogy figyelemmel kísérik a piaci folyamatokat, de egyelőre nem terveznek beavatkozást. A dollár is erősödött a forinttal szemben.
A befektetők a jövő heti kamatdöntésre várnak, amelyen a piac egy újabb negyedszázalékos vágást áraz.`.split(
      '\n',
    );
  it.each([
    [
      'a donation box after the text',
      '<div class="k1"><h3>Támogasd a Telexet!</h3><p>A Telex a független újságírásért dolgozik. Ha fontosnak tartod, amit csinálunk, támogass minket havi rendszerességgel.</p><a class="k2" href="https://support.example.hu/">Támogatom</a></div>',
    ],
    [
      'a Polish appeal',
      '<p>Wesprzyj nas! Niezależne dziennikarstwo kosztuje, a każda wpłata pomaga.</p>',
    ],
    ['a Czech appeal', '<p>Podpořte nás a předplaťte si Deník N.</p>'],
    [
      'a Polish call to join the Facebook page',
      '<p><strong>Dołącz do nas na Facebooku!</strong></p>',
    ],
    ['a Hungarian call to follow on Facebook', '<p>Kövess minket a Facebookon is!</p>'],
    [
      'a Hungarian call to become a paying reader',
      '<div class="k3"><h3>Támogasd a 444-et!</h3><p>A 444 független, olvasói támogatásból működik. Legyél előfizető!</p></div>',
    ],
  ])('leaves %s out of the body', (_, closing) => {
    const html = `<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>Rekordot döntött a forint gyengülése</title></head><body><article><h1>Rekordot döntött a forint gyengülése</h1><div class="k0">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${closing}</div></article></body></html>`;
    const article = extractArticle(html, {
      url: 'https://news.example.hu/gazdasag/2026/12/06/forint',
    });
    expect(article.contentText.endsWith(paragraphs[2] as string)).toBe(true);
  });
});

describe("rule: a quiz's teaser box in the body is no text of the article", () => {
  const paragraphs =
    `Na Rondzie Grunwaldzkim w Krakowie powstało nowe przejście dla pieszych z sygnalizacją świetlną. Drogowcy oddali je do użytku w sobotę rano.
Jak informuje Zarząd Dróg Miasta Krakowa, inwestycja kosztowała 1,2 mln zł. Przejście ma poprawić bezpieczeństwo mieszkańców okolicznych osiedli.
Kolejne przejścia w tej okolicy mają powstać w przyszłym roku, zapowiadają urzędnicy.`.split('\n');
  const html = (box: string) =>
    `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Nowe przejście dla pieszych</title></head><body><article><h1>Nowe przejście dla pieszych</h1><div class="k0"><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p>${box}<p>${paragraphs[2]}</p></div></article></body></html>`;
  const url = 'https://news.example.pl/krakow/nowe-przejscie/ar/c1-123';

  it('leaves the box of a heading "Quiz: …", a line and a link to the quiz out', () => {
    const box =
      '<div class="k1"><h3>Quiz: Czy znasz krakowskie ronda?</h3><p>Sprawdź swoją wiedzę w naszym quizie.</p><a href="/quiz/ronda">Rozwiąż quiz</a></div>';
    const article = extractArticle(html(box), { url });
    expect(article.contentText).not.toContain('quiz');
    expect(article.contentText).toContain(paragraphs[2]);
  });

  it("keeps a quiz's questions, which link nowhere", () => {
    const box =
      '<div class="k1"><h3>Quiz: Czy znasz krakowskie ronda?</h3><p>Które rondo jest najstarsze w Krakowie?</p></div>';
    expect(extractArticle(html(box), { url }).contentText).toContain('najstarsze');
  });
});

/** A Russian regional story's paragraphs, for its closing and inline boxes. */
const SNOW_PARAGRAPHS =
  `Снегопад в городе продлится до утра понедельника, сообщили в региональном управлении МЧС. На улицы вышли 120 единиц техники.
В первую очередь расчищают остановки общественного транспорта, подъемы и спуски. Водителей просят отказаться от поездок.
Температура воздуха в ближайшие дни опустится до минус пятнадцати градусов, сообщили синоптики.`.split(
    '\n',
  );

describe('rule: calls to read or follow the site on Dzen, VK or Google News close no article, in Russian, Ukrainian and Turkish word order', () => {
  const paragraphs = SNOW_PARAGRAPHS;
  it.each([
    [
      'a call to read the site on Dzen and VK',
      '<p>Читайте нас в <a href="https://dzen.ru/x">Дзен</a> и <a href="https://vk.com/x">ВКонтакте</a></p>',
    ],
    ['a Ukrainian call to read the site on Telegram', '<p>Читайте нас у Telegram</p>'],
    [
      'a Turkish call to follow the site on Google News',
      '<p>Sabah.com.tr\'yi <a href="https://news.google.com/x">Google News</a>\'ten takip edin</p>',
    ],
    ['a call to subscribe to the Dzen channel', '<p>Подписывайтесь на наш канал в Дзене!</p>'],
  ])('leaves %s out of the body', (_, closing) => {
    const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Коммунальщики вывели на улицы 120 единиц техники</title></head><body><article><h1>Коммунальщики вывели на улицы 120 единиц техники</h1><div class="k0">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${closing}</div></article></body></html>`;
    const article = extractArticle(html, { url: 'https://news.example.ru/news/2026/12/06/sneg' });
    expect(article.contentText.endsWith(paragraphs[2] as string)).toBe(true);
  });
});

describe('rule: an appeal to support the outlet it names, or to become its paying reader, closes no article', () => {
  const paragraphs =
    `Кабінет міністрів спрямував два мільярди гривень на відновлення енергетичної інфраструктури області.
Кошти підуть на ремонт підстанцій, встановлення когенераційних установок та захист об'єктів енергетики.
За словами прем'єра, роботи мають завершити до кінця опалювального сезону.`.split('\n');
  it.each([
    [
      'a Ukrainian appeal naming the outlet',
      '<div class="s1"><p>Шановні читачі, ми працюємо для вас. Підтримайте "Українську правду" — <a href="https://support.example.ua/">станьте читачем-партнером</a>.</p></div>',
    ],
    [
      'a Russian appeal naming the outlet',
      '<p>Поддержите «Новую газету» — станьте нашим патроном.</p>',
    ],
  ])('leaves %s out of the body', (_, closing) => {
    const html = `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Уряд виділив 2 мільярди на енергетику</title></head><body><article><h1>Уряд виділив 2 мільярди на енергетику</h1><div class="k0">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${closing}</div></article></body></html>`;
    const article = extractArticle(html, { url: 'https://news.example.ua/news/2026/12/6/754' });
    expect(article.contentText.endsWith(paragraphs[2] as string)).toBe(true);
  });
});

describe('rule: an ad\'s marking with its advertiser and registry token (Russian "Реклама. ООО …, ИНН …, erid: …") is a label, not text', () => {
  const paragraphs = SNOW_PARAGRAPHS;
  it.each([
    [
      'a banner marked with its advertiser',
      '<div class="a1"><div class="a2">Реклама. ООО «СнабСервис», ИНН 4632123456, erid: 2SDnjcVmHqK</div><img src="/adv/banner.jpg" alt=""></div>',
    ],
    ['the token alone', '<div class="a1"><span>erid: LjN8KSxtL</span></div>'],
  ])('leaves %s out of the body', (_, ad) => {
    const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Коммунальщики вывели на улицы 120 единиц техники</title></head><body><article><h1>Коммунальщики вывели на улицы 120 единиц техники</h1><div class="k0"><p>${paragraphs[0]}</p>${ad}<p>${paragraphs[1]}</p><p>${paragraphs[2]}</p></div></article></body></html>`;
    const article = extractArticle(html, { url: 'https://news.example.ru/news/2026/12/06/sneg' });
    expect(article.contentText).not.toContain('erid');
    expect(article.contentText).not.toContain('Реклама');
    expect(article.contentText).toContain(paragraphs[1]);
  });
});

describe("a cookie banner in the body is no text of the article, whatever its words' language", () => {
  it.each([
    [
      'English',
      'We use cookies to improve your experience. By continuing, you agree to our privacy policy.',
      'Accept all',
      'Settings',
    ],
    [
      'Romanian',
      'Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună de navigare.',
      'Sunt de acord',
      'Setări',
    ],
    [
      'Greek',
      'Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας στον ιστότοπό μας.',
      'Αποδοχή όλων',
      'Ρυθμίσεις',
    ],
    [
      'Hungarian',
      'Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.',
      'Elfogadom',
      'Beállítások',
    ],
    [
      'Czech',
      'Tento web používá soubory cookies k poskytování služeb a analýze návštěvnosti.',
      'Souhlasím',
      'Nastavení',
    ],
    [
      'Vietnamese',
      'Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.',
      'Đồng ý',
      'Tùy chỉnh',
    ],
    [
      'Indonesian',
      'Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.',
      'Setuju',
      'Pengaturan',
    ],
    [
      'Turkish',
      'Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.',
      'Kabul et',
      'Ayarlar',
    ],
  ])(
    'removes a box of a notice in %s, a button that accepts and another choice',
    (_language, notice, accept, other) => {
      const banner = `<div class="k31"><p>${notice} <a href="/policy">…</a></p><div class="k32"><button>${accept}</button> <button>${other}</button></div></div>`;
      expectRemovedFromBody(banner, notice);
    },
  );

  it('keeps a paragraph about cookies beside a button that is no choice of consent', () => {
    const box =
      '<div class="k31"><p>The regulator said most sites still set cookies before readers agree to them.</p><button>Share</button> <button>Print</button></div>';
    expect(extract(inArticle(box)).contentText).toContain('most sites still set cookies');
  });
});

describe('summary bullets opening the body are no text of it', () => {
  const items = '<ul><li>Ba điểm chính của bài</li><li>Điểm thứ hai</li><li>Điểm thứ ba</li></ul>';
  it.each([
    ['Key points', 'h2'],
    ['Key takeaways:', 'h3'],
    ['Lo más importante', 'h3'],
    ['Das Wichtigste in Kürze', 'strong'],
    ['Résumé', 'p'],
    ["L'essentiel", 'div'],
    ['In sintesi', 'h4'],
  ])(
    'removes a box of the label %j in <%s> and its list, before the first paragraph',
    (label, tag) => {
      const box = `<div class="k41"><${tag}>${label}</${tag}>${items}</div>`;
      const { contentText } = extract(page(`<div class="story">${box}${BODY}</div>`));
      expect(contentText).not.toContain(label);
      expect(contentText).not.toContain('Điểm thứ hai');
      expect(contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
    },
  );

  it('removes the label and its list set straight in the body', () => {
    const { contentText } = extract(
      page(`<div class="story"><h2>Key points</h2>${items}${BODY}</div>`),
    );
    expect(contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
  });

  it('keeps such a box after the first paragraph, and a list under another heading', () => {
    const box = `<div class="k41"><h3>Résumé</h3>${items}</div>`;
    const later = extract(page(`<div class="story"><p>${PARAGRAPHS[0]}</p>${box}${BODY}</div>`));
    expect(later.contentText).toContain('Điểm thứ hai');
    const other = extract(page(`<div class="story"><h2>Ba bước</h2>${items}${BODY}</div>`));
    expect(other.contentText).toContain('Điểm thứ hai');
  });
});

describe('rule: a closing block the page labels as an ad in brackets ("[advertisement]") is no text of the article', () => {
  const bodyText = (closing: string) =>
    extract(page(`<div class="story">${BODY}${closing}</div>`)).contentText;

  it.each([
    '<table><tr><td class="k1">[advertisement] How are you showing off your awesome? Create a <a href="https://careers.example.com/cv">careers profile</a> and show off all of your hard work. Who knows, you might even get recruited for a great <a href="https://careers.example.com/jobs">new position</a>!</td></tr></table>',
    '<p>[Ad] Enjoy the blog? Read <a href="https://books.example.com/effective">the book</a> on your Kindle, iPad, Nook, or as a PDF.</p>',
    '<p>[Anzeige] Jetzt das neue Buch des Autors bestellen und zehn Prozent sparen.</p>',
  ])('leaves it out of the body: %j', (closing) => {
    expect(bodyText(closing).endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps a paragraph that only mentions an advertisement in brackets later on', () => {
    const line =
      'The campaign ran a short clip [advertisement] before every video on the channel for a month.';
    expect(bodyText(`<p>${line}</p>`)).toContain(line);
  });
});

describe("rule: a note that a third party provides the site's feed and the site answers not for it is fine print", () => {
  it.each([
    'These news feeds are provided by an independent third party and Channel 4 is not responsible or liable to you for the same.',
    'This content is provided by a third party. The Example Times is not responsible for its accuracy.',
  ])('leaves %j out of the body', (line) => {
    expectRemovedFromBody(`<p>${line}</p>`, line.slice(0, 30));
  });

  it('keeps a sentence reporting that someone disclaims a third party', () => {
    expectKept(
      'The airline said the booking data was provided by a third party and that it was not responsible for the leak.',
    );
  });
});

describe("rule: a pitch after the last paragraph's line break goes alone, the paragraph's sentences before it stay", () => {
  it('leaves "Join … on Facebook" out and keeps the sentence above its break', () => {
    const last =
      'On Wednesday, I will report on the other ways the union helps its members. If you are a freelancer, let us know about your experiences.';
    const closing = `<p>${last}<br> <em>Join <a href="https://www.facebook.com/fixes">Fixes on Facebook</a> and follow updates on <a href="https://twitter.com/fixes">twitter.com/fixes</a>.</em></p>`;
    const { contentText } = extract(page(`<div class="story">${BODY}${closing}</div>`));
    expect(asSeen(contentText).endsWith(last)).toBe(true);
  });

  it('still removes a paragraph whose every line pitches', () => {
    const closing =
      '<p>Follow us on Twitter for more.<br>Join our readers on Facebook for daily updates.</p>';
    const { contentText } = extract(page(`<div class="story">${BODY}${closing}</div>`));
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });
});
