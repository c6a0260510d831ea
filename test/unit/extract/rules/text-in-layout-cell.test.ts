import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://huyen.example.gov.vn/tin-tuc/bao-dong-bao.html';

const TEXT =
  'Sáng ngày 14/12, Ban Chỉ huy phòng chống thiên tai huyện đã họp khẩn để triển khai các biện pháp ứng phó với cơn bão số 9, dự kiến đổ bộ vào chiều tối nay. Các xã ven biển được yêu cầu sơ tán người dân khỏi vùng nguy hiểm trước 17 giờ, tàu thuyền phải vào nơi tránh trú an toàn, và lực lượng xung kích trực 24/24 giờ tại các điểm xung yếu.';

/** An old portal's three columns: menu links, the article's text written right in its cell, modules. */
function page(center: string): string {
  return `<html><head><meta charset="utf-8"><title>Huyện họp khẩn ứng phó bão số 9</title></head><body>
<table><tr><td><a href="/">Trang chủ</a><br><a href="/tin">Tin tức</a><br><a href="/vb">Văn bản mới</a></td>
<td>${center}</td>
<td><b>Tin đọc nhiều</b><br><a href="/a">Khánh thành cầu mới bắc qua sông</a><br><a href="/b">Hội chợ nông sản an toàn</a></td></tr></table></body></html>`;
}

describe("rule: a layout table's cell holding the article's text itself is the body, not its row", () => {
  it('keeps the menu and the modules beside the cell out of the body', () => {
    const article = extractArticle(page(`<h1>Huyện họp khẩn ứng phó bão số 9</h1>${TEXT}`), {
      url: URL,
    });
    expect(article.contentText).toBe(TEXT);
  });
});
