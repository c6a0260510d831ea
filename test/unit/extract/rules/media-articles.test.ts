import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY, page } from '../content/pages.ts';
import { rejection } from './rejection.ts';

const URL = 'https://huyen.example.gov.vn/tin-tuc/ra-quan-chuyen-doi-so.html';
const HEAD = `<link rel="canonical" href="${URL}">`;
const HEADLINE = '<h1>Huyện Yên Bình ra quân chuyển đổi số năm 2024</h1>';

function story(body: string): string {
  return page(`<div class="news-detail">${HEADLINE}<div class="content">${body}</div></div>`, HEAD);
}

function picture(n: number, caption: string): string {
  return `<p><img src="/upload/2024/ra-quan-${n}.jpg" width="800" height="533"></p><p><em>${caption}</em></p>`;
}

describe('rule: a short body that carries its own media is an article (photo story, video, attached document)', () => {
  it('keeps a photo story: a line of text and its captioned pictures', () => {
    const article = extractArticle(
      story(
        `<p>Một số hình ảnh tại lễ ra quân:</p>${picture(1, 'Đại biểu bấm nút ra quân')}${picture(2, 'Thanh niên hướng dẫn người dân')}`,
      ),
      { url: URL },
    );
    expect(article.images.map((i) => i.url)).toEqual([
      'https://huyen.example.gov.vn/upload/2024/ra-quan-1.jpg',
      'https://huyen.example.gov.vn/upload/2024/ra-quan-2.jpg',
    ]);
    expect(article.contentText).toContain('Một số hình ảnh tại lễ ra quân');
  });

  it('keeps a photo story whose only text besides its captions is a bold opening: it is the lead and stays the body', () => {
    const opening =
      'Sáng 14/12, hàng nghìn đoàn viên thanh niên trong huyện đã ra quân hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.';
    const article = extractArticle(
      story(
        `<p><strong>${opening}</strong></p>${picture(1, 'Đại biểu bấm nút ra quân')}${picture(2, 'Thanh niên hướng dẫn người dân')}${picture(3, 'Người dân cài đặt ứng dụng')}`,
      ),
      { url: URL },
    );
    expect(article.lead).toBe(opening);
    expect(article.contentText).toBe(opening);
    expect(article.images).toHaveLength(3);
  });

  it('keeps a video news item: its player and a line about it', () => {
    const article = extractArticle(
      story(
        '<p><iframe src="https://www.youtube.com/embed/abc123" width="640" height="360"></iframe></p><p>Video: Lễ ra quân chuyển đổi số năm 2024.</p>',
      ),
      { url: URL },
    );
    expect(article.contentHtml).toContain('<iframe src="https://www.youtube.com/embed/abc123"');
  });

  it.each([
    [
      'a <video> of its own',
      '<video controls poster="/upload/2024/ra-quan.jpg"><source src="/upload/2024/ra-quan.mp4" type="video/mp4">Trình duyệt không hỗ trợ video.</video>',
      '<video controls poster="https://huyen.example.gov.vn/upload/2024/ra-quan.jpg"><source src="https://huyen.example.gov.vn/upload/2024/ra-quan.mp4" type="video/mp4" /></video>',
    ],
    [
      'an <audio> of its own',
      '<audio controls src="/upload/2024/ra-quan.mp3"></audio>',
      '<audio controls src="https://huyen.example.gov.vn/upload/2024/ra-quan.mp3"></audio>',
    ],
  ])('keeps a news item that is %s and a line about it', (_, player, kept) => {
    const article = extractArticle(
      story(`<p>${player}</p><p>Video: Lễ ra quân chuyển đổi số năm 2024.</p>`),
      { url: URL },
    );
    expect(article.contentHtml).toContain(kept);
    expect(article.contentText).not.toContain('không hỗ trợ');
  });

  it('keeps an announcement whose text is in the document it attaches', () => {
    const article = extractArticle(
      story(
        '<p>Thông báo lịch tiếp công dân tháng 12/2024.</p><p><a href="/Portals/0/lich-tiep-cong-dan.pdf">Tải về</a></p>',
      ),
      { url: URL },
    );
    expect(article.contentHtml).toContain(
      'href="https://huyen.example.gov.vn/Portals/0/lich-tiep-cong-dan.pdf"',
    );
  });

  it.each([
    [
      'an <object>',
      '<object data="/Portals/0/lich-tiep-cong-dan.pdf" type="application/pdf" width="100%" height="800"><p>Trình duyệt không hiển thị được tệp PDF.</p></object>',
    ],
    ['an <embed>', '<embed src="/Portals/0/lich-tiep-cong-dan.pdf" type="application/pdf">'],
    [
      'an <iframe>',
      '<iframe src="/Portals/0/lich-tiep-cong-dan.pdf" width="100%" height="800"></iframe>',
    ],
    [
      "Google's viewer",
      '<iframe src="https://docs.google.com/viewer?url=https%3A%2F%2Fhuyen.example.gov.vn%2FPortals%2F0%2Flich-tiep-cong-dan.pdf&amp;embedded=true"></iframe>',
    ],
    [
      "pdf.js's viewer",
      '<iframe src="/pdfjs/web/viewer.html?file=/Portals/0/lich-tiep-cong-dan.pdf"></iframe>',
    ],
  ])('keeps an announcement whose document %s shows, as a link to the document', (_, viewer) => {
    const article = extractArticle(
      story(`<p>Thông báo lịch tiếp công dân tháng 12/2024.</p>${viewer}`),
      {
        url: URL,
      },
    );
    expect(article.contentHtml).toContain(
      '<a href="https://huyen.example.gov.vn/Portals/0/lich-tiep-cong-dan.pdf">lich-tiep-cong-dan.pdf</a>',
    );
    expect(article.contentText).not.toContain('Trình duyệt không hiển thị');
  });

  it.each([
    ['the same path', '/Portals/0/lich-tiep-cong-dan.pdf'],
    ['its full address', 'https://huyen.example.gov.vn/Portals/0/lich-tiep-cong-dan.pdf'],
  ])('links a document once when its viewer stands beside a link to it by %s', (_, href) => {
    const article = extractArticle(
      story(
        `<p>Thông báo lịch tiếp công dân tháng 12/2024.</p><iframe src="/pdfjs/web/viewer.html?file=%2FPortals%2F0%2Flich-tiep-cong-dan.pdf"></iframe><p>Tệp đính kèm: <a href="${href}">lich-tiep-cong-dan.pdf</a></p>`,
      ),
      { url: URL },
    );
    expect(article.contentHtml.split('lich-tiep-cong-dan.pdf"').length - 1).toBe(1);
    expect(article.contentText).toContain('Tệp đính kèm: lich-tiep-cong-dan.pdf');
  });

  it('keeps a video page whose player only a script builds, from its JSON-LD VideoObject', () => {
    const video = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'Flooding closes the coast road',
      description: 'Heavy rain flooded the coast road near Bayport on Friday morning.',
      thumbnailUrl: 'https://coasttv.example.com/thumbs/flood.jpg',
      uploadDate: '2026-12-05T09:10:00Z',
      contentUrl: 'https://cdn.coasttv.example.com/video/flood.mp4',
    });
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flooding closes the coast road - Coast TV</title>
<script type="application/ld+json">${video}</script></head><body>
<main><h1>Flooding closes the coast road</h1><div class="player" data-video-id="flood"><button>Play</button></div>
<div class="more"><h2>More videos</h2><ul><li><a href="/video/a">Storm damage in Eastport</a></li><li><a href="/video/b">Harbour festival opens</a></li></ul></div></main></body></html>`;
    const article = extractArticle(html, {
      url: 'https://coasttv.example.com/video/flooding-closes-coast-road',
    });
    expect(article.contentHtml).toContain('<video');
    expect(article.contentHtml).toContain('https://cdn.coasttv.example.com/video/flood.mp4');
    expect(article.contentText).toBe(
      'Heavy rain flooded the coast road near Bayport on Friday morning.',
    );
    expect(article.publishedAt).toBe('2026-12-05T09:10:00+00:00');
    expect(article.image?.url).toBe('https://coasttv.example.com/thumbs/flood.jpg');
  });

  it('still rejects a short page whose JSON-LD names a video it neither plays nor links', () => {
    const video = JSON.stringify({
      '@type': 'VideoObject',
      name: 'Flooding closes the coast road',
      thumbnailUrl: 'https://coasttv.example.com/thumbs/flood.jpg',
    });
    const html = `<html><head><title>Flooding</title><script type="application/ld+json">${video}</script></head><body><main><h1>Flooding closes the coast road</h1><p>Watch now.</p></main></body></html>`;
    expect(rejection(html, { url: 'https://coasttv.example.com/video/flooding' })).toMatchObject({
      reason: 'too-short',
    });
  });

  it('keeps a photo report of captioned pictures and no other text: the captions tell it', () => {
    const figures = [1, 2, 3, 4]
      .map(
        (n) =>
          `<figure><img src="/upload/2024/hoa-${n}.jpg" width="800" height="533"><figcaption>Những cánh đồng hoa cải vàng nở rộ ở xã số ${n} thu hút du khách.</figcaption></figure>`,
      )
      .join('');
    const sapo =
      '<p class="sapo"><strong>Những ngày cuối tháng 11, hoa cải vàng nở rộ khắp các cánh đồng ven sông, thu hút đông đảo du khách đến tham quan, chụp ảnh.</strong></p>';
    const article = extractArticle(story(`${sapo}${figures}`), { url: URL });
    expect(article.lead).toContain('hoa cải vàng nở rộ');
    expect(article.images).toHaveLength(4);
    expect(article.images[0]?.caption).toBe(
      'Những cánh đồng hoa cải vàng nở rộ ở xã số 1 thu hút du khách.',
    );
  });

  it('still rejects a short body with one picture (a paywall’s teaser) or none', () => {
    for (const body of [
      `${picture(1, 'Ảnh minh họa')}<p>Đăng ký để đọc toàn bộ bài viết.</p>`,
      '<p>Nội dung đang được cập nhật.</p>',
    ]) {
      expect(rejection(story(body), { url: URL })).toMatchObject({ reason: 'too-short' });
    }
  });

  it('still rejects pictures that link to other stories, which are teasers', () => {
    const teasers = [1, 2, 3]
      .map(
        (n) =>
          `<p><a href="/tin-tuc/bai-${n}.html"><img src="/upload/t${n}.jpg" width="300" height="200"></a></p>`,
      )
      .join('');
    expect(rejection(story(`<p>Xem thêm:</p>${teasers}`), { url: URL })).toMatchObject({
      reason: 'too-short',
    });
  });
});

describe("rule: a video page's player standing before its headline is the article's video", () => {
  const description =
    'Mưa lớn kéo dài khiến lũ quét cuốn trôi cầu treo nối hai thôn ở xã vùng cao, hàng trăm hộ dân bị chia cắt. Chính quyền địa phương đang khẩn trương làm cầu tạm để người dân đi lại.';
  const videoPage = (player: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lũ quét cuốn trôi cầu treo ở Lào Cai</title></head><body>
<header><a href="/">Truyền hình tỉnh</a></header><main>
${player}
<div class="video-info"><h1>Lũ quét cuốn trôi cầu treo ở Lào Cai</h1><div class="video-meta">19:30 | 04/12/2026</div><div class="video-desc"><p>${description}</p></div></div>
<div class="video-related"><h3>Video khác</h3><ul><li><a href="/v1">Sạt lở đất ở Yên Bái</a></li><li><a href="/v2">Mưa lũ gây thiệt hại</a></li></ul></div>
</main></body></html>`;

  it('keeps the <video> above the headline with the text about it', () => {
    const player =
      '<div class="video-player"><video controls poster="/images/lu-quet.jpg"><source src="/media/lu-quet.mp4" type="video/mp4"></video></div>';
    const article = extractArticle(videoPage(player), {
      url: 'https://truyenhinh.example.vn/video/lu-quet-v9876.html',
    });
    expect(article.contentHtml).toContain(
      '<source src="https://truyenhinh.example.vn/media/lu-quet.mp4" type="video/mp4" />',
    );
    expect(article.contentText).toBe(description);
  });

  it('leaves out a player box that also lists other videos', () => {
    const player =
      '<div class="video-player"><video controls><source src="/media/lu-quet.mp4" type="video/mp4"></video><ul class="playlist"><li><a href="/v3">Bản tin 19h ngày 03/12</a></li><li><a href="/v4">Bản tin 19h ngày 02/12</a></li></ul></div>';
    const article = extractArticle(videoPage(player), {
      url: 'https://truyenhinh.example.vn/video/lu-quet-v9876.html',
    });
    expect(article.contentHtml).not.toContain('lu-quet.mp4');
  });
});

describe('rule: a paragraph that is only a link to a document is the article’s attachment, no teaser', () => {
  it('keeps "Quyết định số 15/QĐ-UBND" linking to its PDF after the article’s text', () => {
    const article = extractArticle(
      story(
        `${BODY}<p><a href="/van-ban/quyet-dinh-15.pdf">Quyết định số 15/QĐ-UBND về kế hoạch chuyển đổi số</a></p>`,
      ),
      { url: URL },
    );
    expect(article.contentHtml).toContain(
      'href="https://huyen.example.gov.vn/van-ban/quyet-dinh-15.pdf"',
    );
  });

  it('still removes a call to download a document: set as a button, or ending in "!"', () => {
    const article = extractArticle(
      story(
        `${BODY}<p><a class="button" href="/files/quick-guide.pdf">GET THE QUIZ: INSTANT DOWNLOAD!</a></p>`,
      ),
      { url: URL },
    );
    expect(article.contentText).not.toContain('GET THE QUIZ');
    const unstyled = extractArticle(
      story(`${BODY}<p><a href="/files/quick-guide.pdf">Get the quiz: instant download!</a></p>`),
      { url: URL },
    );
    expect(unstyled.contentText).not.toContain('Get the quiz');
  });

  it('still removes a paragraph that is only a link to another story', () => {
    const article = extractArticle(
      story(
        `${BODY}<p><a href="/tin-tuc/bai-khac.html">Hội nghị tổng kết công tác năm 2023</a></p>`,
      ),
      { url: URL },
    );
    expect(article.contentText).not.toContain('Hội nghị tổng kết công tác năm 2023');
  });
});

describe('rule: a paragraph that is only an e-mail address or a phone number is what the article gives, no teaser', () => {
  it.each([
    ['mailto:gopy@huyen.example.gov.vn', 'gopy@huyen.example.gov.vn'],
    ['tel:+842363822123', '0236 3822 123'],
  ])('keeps the address the paragraph before introduces (%s)', (href, shown) => {
    // Among the body's last blocks, where an author's address closes an article.
    const paragraphs = BODY.split('\n');
    const [opening, closing] = [paragraphs.slice(0, 2).join(''), paragraphs.slice(2).join('')];
    const article = extractArticle(
      story(
        `${opening}<p>Ý kiến góp ý xin gửi về hộp thư của Ban tổ chức&nbsp;:</p><p><a href="${href}">${shown}</a></p>${closing}`,
      ),
      { url: URL },
    );
    expect(article.contentText).toContain(shown);
  });
});

describe('rule: a picture of the article in a block named "media" stays, with its caption', () => {
  const CAPTIONS = [
    'Exhausted, the dog had been in the frigid water for more than thirty minutes',
    'A firefighter uses a basket to slide out across the ice to reach her',
    'The husky clings to the edge of the ice as he inches out towards the hole',
  ];
  const pictureBlock = (n: number, caption: string) =>
    `<div class="media-image"><h3>${caption}</h3><div class="media-image-container"><img alt="${caption}" src="/images/rescue-${n}.jpg"><p class="source">Boston Herald / Polaris</p></div></div>`;
  const html = `<!doctype html><html lang="en"><head><title>A dog is pulled from the ice</title></head><body>
<div class="k1"><h1>A dog is pulled from the ice</h1><div class="k2">
<p>A thirteen-year-old husky went on her morning walk with her owner when she fell through the ice of the pond. After being trapped in the water for about thirty minutes, a firefighter came to the rescue, and the pictures below capture the event as it happened, one moment after another.</p>
${CAPTIONS.map((c, i) => pictureBlock(i + 1, c)).join('\n')}
</div></div></body></html>`;

  it('keeps each picture and its caption', () => {
    const article = extractArticle(html, { url: 'https://news.example.com/dog-rescue' });
    expect(article.images.map((i) => i.url)).toEqual([
      'https://news.example.com/images/rescue-1.jpg',
      'https://news.example.com/images/rescue-2.jpg',
      'https://news.example.com/images/rescue-3.jpg',
    ]);
    expect(article.contentText).toContain(CAPTIONS[2]);
  });

  it("still drops a video's player named so, its poster picture and title", () => {
    const player = `<div class="inline-media"><div class="player_container"><img src="/poster.jpg" alt=""><div class="video-title">Another story in pictures</div></div></div>`;
    const article = extractArticle(
      html.replace('</div></div></body>', `${player}</div></div></body>`),
      {
        url: 'https://news.example.com/dog-rescue',
      },
    );
    expect(article.images.map((i) => i.url)).not.toContain('https://news.example.com/poster.jpg');
  });
});
