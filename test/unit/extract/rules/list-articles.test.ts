import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { page } from '../content/pages.ts';

const URL = 'https://tintuc.example.vn/doi-song/9-hinh-anh-dep.html';
const HEAD = `<link rel="canonical" href="${URL}">`;

/** The items' headings: the list's text, each a sentence or two. */
const ITEMS = [
  'Vài tháng trước, một họa sĩ trẻ mười bảy tuổi ở Đà Lạt đã vẽ bức tranh này, dựa trên một bức ảnh cũ.',
  'Bức tranh gần đây được chia sẻ lại trên mạng xã hội, và nhiều người không thích nó.',
  'Một người viết: “Đó có phải là hình dáng tôi nên có? Đẹp, nhưng không phải là tôi.”',
  'Bình luận đó làm họa sĩ buồn, và anh đăng lại bức tranh kèm theo một lời xin lỗi dài, giải thích ý định của mình khi vẽ, rằng anh chỉ muốn thể hiện vẻ đẹp của biển và không có ý chê bai ai cả.',
  'Sau đó, một người dùng khác sửa bức tranh để nhân vật trông gầy hơn.',
  'Bức ảnh bị sửa khiến nhiều người phản đối ngay lập tức.',
  'Nhiều người nói rằng bức tranh bị sửa là một kiểu chê bai ngoại hình.',
  'Những người khác cho rằng nó gây hại cho người trẻ đang tự ti về cơ thể.',
  'Dù sao thì cô ấy vẫn tiếp tục tỏa sáng, theo cách của riêng mình.',
];

/** Each item in a block of its own, its class saying what it holds (text, picture, video). */
function item(text: string, i: number): string {
  const kind = ['video', 'image', 'text'][i % 3];
  const media =
    kind === 'text'
      ? ''
      : `<div class="item-content"><img src="/anh/tranh-${i + 1}.jpg" width="600" height="400" alt=""></div>`;
  return `<div class="list-item list-item--${kind}"><h2 class="item-title"><span class="item-number">${i + 1}.</span> ${text}</h2>${media}</div>`;
}

describe('rule: the numbered items of a list article, each in a block of its own, are one body', () => {
  it('keeps every item when one of them holds the most text', () => {
    const html = page(
      `<article><h1>9 hình ảnh về bức tranh gây tranh cãi</h1><div class="list">${ITEMS.map(item).join('')}</div></article>`,
      HEAD,
    );
    const { contentText } = extractArticle(html, { url: URL });
    for (const text of ITEMS) expect(contentText).toContain(text);
  });

  it('still leaves out a block of the same class that is no numbered item', () => {
    const html = page(
      `<article><h1>9 hình ảnh về bức tranh gây tranh cãi</h1><div class="list">${ITEMS.map(item).join('')}<div class="list-item list-item--promo"><h2 class="item-title">Đăng ký nhận bản tin</h2></div></div></article>`,
      HEAD,
    );
    expect(extractArticle(html, { url: URL }).contentText).not.toContain('Đăng ký nhận bản tin');
  });
});
