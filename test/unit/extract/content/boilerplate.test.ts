import { describe, expect, it } from 'vitest';
import { BODY, extract, PARAGRAPHS, page } from './pages.ts';

const inArticle = (inside: string) =>
  page(
    `<div class="story">${PARAGRAPHS[0] ? `<p>${PARAGRAPHS[0]}</p>` : ''}${inside}${BODY}</div>`,
  );

describe('findMainContent boilerplate removal', () => {
  it.each([
    [
      'a share bar',
      '<div class="share-buttons"><a href="https://facebook.com/sharer">Chia sẻ Facebook</a><a href="#">Tweet</a></div>',
      'Chia sẻ Facebook',
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
      'a print/tool bar',
      '<div class="article-toolbar"><a href="#">In bài</a> <a href="#">Gửi email</a></div>',
      'In bài',
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

  it('still removes a social share bar beside it', () => {
    const share =
      '<div class="social-share"><a href="https://facebook.com/sharer">Chia sẻ Facebook</a><a href="#">Tweet</a></div>';
    const { contentText } = extract(inArticle(share + embed('social-media-embed')));
    expect(contentText).not.toContain('Chia sẻ Facebook');
    expect(contentText).toContain(tweet);
  });
});

describe('a consent notice standing in for external content is no body text', () => {
  const notice =
    '<div class="embed-wrapper"><h3>Empfohlener redaktioneller Inhalt</h3>' +
    '<p>An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können ihn mit einem Klick anzeigen lassen.</p>' +
    '<label><input type="checkbox"> Externer Inhalt</label>' +
    '<p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten übermittelt werden.</p></div>';

  it('removes the notice and its consent line in the middle of the body', () => {
    const { contentText } = extract(inArticle(notice));
    expect(contentText).not.toContain('An dieser Stelle');
    expect(contentText).not.toContain('einverstanden');
    expect(contentText).toContain(PARAGRAPHS[3]);
  });

  it('keeps a sentence that only uses the words', () => {
    const prose =
      '<p>Der Minister war damit einverstanden, dass die Anlage an dieser Stelle gebaut wird, sagte er am Montag.</p>';
    expect(extract(inArticle(prose)).contentText).toContain('damit einverstanden');
  });
});
