/**
 * Class 9 of issue 10, body side: old portal layouts put the article in one column of a layout
 * table beside side modules, or end it with `<br>`-separated link lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY, extract, PARAGRAPHS } from '../content/pages.ts';

const paragraphs = (text: string) => text.split('\n\n');

/** A side module: a title and a few teaser paragraphs with commas (they score as prose). */
const module = (title: string, i: number) =>
  `<div class="box"><div class="box-title">${title}</div>${[1, 2, 3]
    .map(
      (n) =>
        `<p><a href="/tin/${i}${n}.html">Bản tin ${n}</a>: lực lượng chức năng đã kiểm tra, xử lý, nhắc nhở nhiều trường hợp vi phạm, thu giữ nhiều tang vật, phương tiện.</p>`,
    )
    .join('')}</div>`;

const COUNTER =
  '<div class="box"><p>Đang truy cập: 125</p><p>Hôm nay: 3.456</p><p>Tổng lượt truy cập: 5.678.901</p></div>';

/** A page laid out as a table: header row, then a row of three columns. */
const tablePage = (left: string, centre: string, right: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tọa đàm</title></head><body>
<table width="1000"><tr><td colspan="3"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></td></tr>
<tr><td width="200">${left}</td><td>${centre}</td><td width="200">${right}</td></tr></table></body></html>`;

describe('rule: a row of a layout table is its columns; the article is the column with the best block', () => {
  it('leaves out the side modules of the columns left and right of the article', () => {
    const html = tablePage(
      module('Chuyên mục', 1) + module('Văn bản', 2),
      `<div class="content">${BODY}</div>`,
      module('Nổi bật', 3) + COUNTER,
    );
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it('keeps a data table inside the article whole', () => {
    const data =
      '<table><tr><th>Đơn vị</th><th>Số vụ</th></tr><tr><td>Phòng Cảnh sát giao thông, Công an tỉnh</td><td>125</td></tr><tr><td>Công an huyện</td><td>37</td></tr></table>';
    const html = tablePage(module('Chuyên mục', 1), `<div>${BODY}${data}</div>`, '');
    const { contentText } = extract(html);
    expect(contentText).toContain('Phòng Cảnh sát giao thông, Công an tỉnh');
    for (const p of PARAGRAPHS) expect(contentText).toContain(p);
  });
});

describe('rule: a row of an inner layout table is resolved to its column before the walk up', () => {
  it("leaves out the side column of a layout table set in a cell of the page's layout table", () => {
    const html = `<html><head><title>UBND xã Đại Phác</title></head><body><table width="960">
<tr><td><img src="/images/banner.gif"></td></tr>
<tr><td><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a></td></tr>
<tr><td><table width="100%"><tr><td width="70%" valign="top">
${PARAGRAPHS.map((p) => `<p><font face="Arial" size="3">${p}</font></p>`).join('\n')}
</td><td width="30%" valign="top"><p><b>THÔNG BÁO</b></p><p><a href="/tb/1">Lịch tiếp dân tháng 12</a></p><p><b>Số người truy cập:</b> 12.345</p></td></tr></table></td></tr>
<tr><td align="center"><font size="1">UBND xã Đại Phác - huyện Văn Yên - tỉnh Yên Bái</font></td></tr></table></body></html>`;
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });
});

describe('rule: a visit counter is never body', () => {
  it.each([
    ['Vietnamese', 'Đang truy cập: 125, trong đó thành viên: 3, khách: 122. Hôm nay: 3.456'],
    ['English', 'Visitors today: 312 | This week: 2,140 | Total: 1,204,556'],
  ])('removes a %s counter block inside the article container', (_lang, counter) => {
    const html = `<!doctype html><html><head><title>T</title></head><body><div class="post">${BODY}<div class="stats">${counter}</div></div></body></html>`;
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it('keeps a paragraph that reports figures in prose', () => {
    const prose =
      'Hôm nay: lực lượng chức năng đã kiểm tra 125 phương tiện, xử lý 37 trường hợp vi phạm, tạm giữ 12 xe mô tô.';
    const html = `<!doctype html><html><head><title>T</title></head><body><div class="post">${BODY}<p>${prose}</p></div></body></html>`;
    expect(extract(html).contentText).toContain(prose);
  });
});

describe('rule: the link lines after a related heading go, also when only <br> separates them', () => {
  const body = PARAGRAPHS.join('<br><br>');
  const links = [1, 2, 3]
    .map(
      (i) =>
        `- <a href="tintuc.asp?id=${i}">Hội nghị triển khai nhiệm vụ số ${i}</a> (12/03/2024)<br>`,
    )
    .join('\n');

  it('removes "Các tin khác:" and the dash-prefixed dated links after it', () => {
    const html = `<!doctype html><html><head><title>T</title></head><body><table><tr><td><font>${body}<br><br><b>Các tin khác:</b><br>${links}</font></td></tr></table></body></html>`;
    expect(paragraphs(extract(html).contentText)).toEqual(PARAGRAPHS);
  });

  it('stops at the first line that is prose, not a link', () => {
    const after =
      'Sau hội nghị, các đại biểu đã đi thăm mô hình tại xã, ghi nhận nhiều kết quả tích cực.';
    const html = `<!doctype html><html><head><title>T</title></head><body><div><font>${body}<br><br><b>Xem thêm:</b><br>${links}${after}</font></div></body></html>`;
    const { contentText } = extract(html);
    expect(contentText).toContain(after);
    expect(contentText).not.toContain('Hội nghị triển khai nhiệm vụ');
  });
});

describe('rule: a related label after the article, in the block of its <br> lines, heads only what follows it', () => {
  // Prose without commas scores little line by line: the block of lines wins, not its cell.
  const LINES = Array.from(
    { length: 20 },
    (_, i) =>
      `The district council met on Monday to discuss point ${i + 1} of the budget for schools and roads.`,
  );

  it('keeps the article whose own block ends in "Các tin khác:" and links', () => {
    const fixture = readFileSync(
      new URL('../../../fixtures/vi-district-asp-br-paragraphs.html', import.meta.url),
      'utf8',
    ).replace(/<center>[\s\S]*?<\/center><br>\n/, '');
    const start = fixture.indexOf('Sáng ngày 14/3');
    const end = fixture.indexOf('Hoàng Anh - Đài Truyền thanh huyện');
    const html = `${fixture.slice(0, start)}${LINES.map((l) => `${l}<br><br>\n`).join('')}${fixture.slice(end)}`;
    const article = extractArticle(html, { url: 'https://portal.example.gov.vn/tin/1.html' });
    expect(paragraphs(article.contentText)).toEqual(LINES);
    expect(article.authors).toEqual(['Hoàng Anh']);
  });
});

describe('rule: the rows and tables nesting the best block are its layout, not more of the article', () => {
  it("keeps a Joomla 1.5 portal's article of a few long paragraphs apart from the layout table's footer", () => {
    const fixture = readFileSync(
      new URL('../../../fixtures/vi-joomla15-district-portal.html', import.meta.url),
      'utf8',
    );
    // Two long paragraphs of many commas: the cell, its row and the tables around them score alike.
    const long = (n: number) =>
      `${Array.from(
        { length: 20 },
        (_, i) =>
          `trong phần ${n}.${i + 1} các xã đã rà soát danh sách hộ gia đình và hướng dẫn người dân,`,
      ).join(' ')} xong.`;
    const start = fixture.indexOf('<p>Sáng ngày 14/12');
    const end = fixture.indexOf('<p style="text-align: right;"><strong>Hoàng Anh</strong></p>');
    const lines = [1, 2].map(long);
    const html = `${fixture.slice(0, start)}${lines.map((l) => `<p>${l}</p>\n`).join('')}${fixture.slice(end)}`;
    const article = extractArticle(html, {
      url: 'http://yenthuy.example.gov.vn/index.php?option=com_content&view=article&id=15',
    });
    expect(paragraphs(article.contentText)).toEqual(lines);
    expect(article.authors).toEqual(['Hoàng Anh']);
  });
});

describe('rule: a data table closing the body is its text, not closing lines', () => {
  it('keeps a table of documents whose last cell is an update date', () => {
    const rows = [
      ['Quyết định số 15/QĐ-UBND về kế hoạch chuyển đổi số', 'Cập nhật: 14/12/2023'],
      ['Kế hoạch số 20/KH-UBND về cải cách hành chính', 'Cập nhật: 15/12/2023'],
    ]
      .map(([name, date]) => `<tr><td>${name}</td><td>${date}</td></tr>`)
      .join('');
    const html = `<!doctype html><html lang="vi"><head><title>T</title></head><body><div class="post">${BODY}<table>${rows}</table></div></body></html>`;
    expect(extract(html).contentText).toContain('Cập nhật: 15/12/2023');
  });
});

describe('rule: the closing byline is found once the trailing furniture is gone', () => {
  it.each([
    [
      'vi-police-portal-three-column-table.html',
      'Đỗ Huy',
      ['Văn bản mới', 'Tin đọc nhiều', 'Đang truy cập'],
    ],
    ['vi-district-asp-br-paragraphs.html', 'Hoàng Anh', ['Các tin khác', 'Hội nghị triển khai']],
  ])('%s: the author is %s and no side text is in the body', (file, author, leaks) => {
    const html = readFileSync(new URL(`../../../fixtures/${file}`, import.meta.url));
    const article = extractArticle(html, { url: 'https://portal.example.gov.vn/tin/1.html' });
    expect(article.authors).toEqual([author]);
    for (const leak of leaks) expect(article.contentText).not.toContain(leak);
  });
});

describe('rule: the link lines that close a body go whatever their label, or without one', () => {
  const fixture = readFileSync(
    new URL('../../../fixtures/vi-district-asp-br-paragraphs.html', import.meta.url),
    'utf8',
  );
  const url = 'http://yenthuy.example.gov.vn/tintuc.asp?id=2055';

  it.each([
    ['a label no list names', '<b>Các tin đã đưa:</b><br>'],
    ['a label in another language', '<b>Weitere Meldungen:</b><br>'],
    ['no label', ''],
  ])('removes them after %s, and the closing byline is found', (_what, label) => {
    const html = fixture.replace('<b>Các tin khác:</b><br>', label);
    const article = extractArticle(Buffer.from(html), { url });
    expect(article.authors).toEqual(['Hoàng Anh']);
    expect(article.contentText).not.toMatch(/Hội nghị triển khai|Ra mắt mô hình|đã đưa|Meldungen/);
    expect(article.contentText).toContain('trao tặng 50 điện thoại thông minh');
  });

  it('keeps two link lines closing the body (a source and its follow-up)', () => {
    const two = fixture
      .replace('<b>Các tin khác:</b><br>', '')
      .replace(/- <a href="tintuc.asp\?id=204[04]">[^\n]*\n/g, '');
    const article = extractArticle(Buffer.from(two), { url });
    expect(article.contentText).toContain('Hội nghị triển khai');
  });
});

describe('rule: the documents an article attaches are no list of other stories', () => {
  const fixture = readFileSync(
    new URL('../../../fixtures/vi-district-asp-br-paragraphs.html', import.meta.url),
    'utf8',
  );
  const url = 'http://yenthuy.example.gov.vn/tintuc.asp?id=2055';
  const files = [
    ['/upload/qd-123.pdf', 'Quyết định số 123/QĐ-UBND'],
    ['/upload/phu-luc-1.docx', 'Phụ lục 1: Danh sách tổ công nghệ số'],
    ['/upload/phu-luc-2.xlsx', 'Phụ lục 2: Kế hoạch năm 2024'],
  ];

  it('keeps attached documents listed as <br> lines at the end', () => {
    const lines = files.map(([href, name]) => `- <a href="${href}">${name}</a><br>`).join('\n');
    const html = fixture.replace(
      /<b>Các tin khác:<\/b><br>[\s\S]*?<\/font>/,
      `<b>File đính kèm:</b><br>\n${lines}\n</font>`,
    );
    const { contentText } = extractArticle(Buffer.from(html), { url });
    expect(contentText).toContain('Phụ lục 2: Kế hoạch năm 2024');
  });

  it('keeps attached documents listed as a list after the last paragraph', () => {
    const list = `<ul>${files.map(([href, name]) => `<li><a href="${href}">${name}</a></li>`).join('')}</ul>`;
    const html = `<!doctype html><html><head><title>T</title></head><body><article><h1>Tọa đàm về bình đẳng giới</h1>${BODY}${list}</article></body></html>`;
    expect(extract(html).contentText).toContain('Phụ lục 2: Kế hoạch năm 2024');
  });

  it.each([
    ['a box', (links: string) => `<div class="attachments">File đính kèm: ${links}</div>`],
    ['a paragraph', (links: string) => `<p>Tài liệu kèm theo: ${links}</p>`],
  ])('keeps a labelled line of attached documents in %s after the last paragraph', (_, line) => {
    const links = files
      .slice(0, 2)
      .map(([href, name]) => `<a href="${href}">${name}</a>`)
      .join('<br>');
    const html = `<!doctype html><html><head><title>T</title></head><body><article><h1>Tọa đàm về bình đẳng giới</h1>${BODY}${line(links)}</article></body></html>`;
    expect(extract(html).contentText).toContain('Phụ lục 1: Danh sách tổ công nghệ số');
  });

  it("keeps the box of attached documents the portal sets after the body's own block", () => {
    const links = files.map(([href, name]) => `<a href="${href}">${name}</a>`).join('<br>');
    const html = `<!doctype html><html><head><title>T</title></head><body><div class="news-detail"><h1>Tọa đàm về bình đẳng giới</h1><div class="news-content">${BODY}</div><div class="attachments">File đính kèm:<br>${links}</div><div class="tags">Từ khóa: <a href="/tag/a">bình đẳng giới</a></div><div class="other"><h3>Các tin khác</h3><ul><li><a href="/tin/1.html">Hội nghị tổng kết công tác năm 2023</a></li><li><a href="/tin/2.html">Tọa đàm chuyển đổi số</a></li></ul></div></div></body></html>`;
    const { contentText } = extract(html);
    expect(contentText).toContain('Quyết định số 123/QĐ-UBND');
    expect(contentText).not.toContain('Hội nghị tổng kết công tác');
  });

  it("keeps a table of label rows right above the body's block, a legal document's properties", () => {
    const table = `<table class="vb-info"><tr><th>Số ký hiệu</th><td>3120/QĐ-UBND</td><th>Ngày ban hành</th><td>16/12/2024</td></tr>
<tr><th>Người ký</th><td>Trịnh Việt Hùng</td></tr>
<tr><th>Tài liệu đính kèm</th><td><a href="/files/3120-QD-UBND.pdf">3120-QD-UBND.pdf</a></td></tr></table>`;
    const html = `<!doctype html><html><head><title>T</title></head><body><div class="vanban-chitiet"><h3>Về việc ban hành Quy chế tổ chức của Trung tâm</h3>${table}<div class="vb-noidung">${BODY}</div></div></body></html>`;
    const { contentText } = extract(html);
    expect(contentText.startsWith('Số ký hiệu')).toBe(true);
    expect(contentText).toContain('3120-QD-UBND.pdf');
    expect(contentText.endsWith(PARAGRAPHS.at(-1) ?? '')).toBe(true);
  });

  it('still removes a line of links to other stories set the same way', () => {
    const links =
      '<a href="/tin/1.html">Hội nghị tổng kết</a><br><a href="/tin/2.html">Tọa đàm</a>';
    const html = `<!doctype html><html><head><title>T</title></head><body><article><h1>Tọa đàm về bình đẳng giới</h1>${BODY}<div class="attachments">Tin khác: ${links}</div></article></body></html>`;
    expect(extract(html).contentText).not.toContain('Hội nghị tổng kết');
  });
});

describe('rule: choices that cleanup empties are furniture, one after the other, until a body is left', () => {
  // A wire brief as written: short paragraphs, hardly a comma.
  const STORY = [
    'The club paid the record fee to the league this morning to secure the signing of the goalkeeper from the Basque side',
    'This has freed the move of their current keeper to Madrid',
    'The new keeper will undergo a medical at the training ground today ahead of the move which will make him the most expensive keeper in history.',
    'The 23-year-old flew to London yesterday evening and will spend the day completing the formalities of the deal, which the club hope to announce later today.',
  ];
  /** The police portal's fixture, its article replaced by a short story, its class names hashed. */
  function hashedPortal(): string {
    const fixture = readFileSync(
      new URL('../../../fixtures/vi-police-portal-three-column-table.html', import.meta.url),
      'utf8',
    );
    const start = fixture.indexOf('<p', fixture.indexOf('<div class="chitiettin">'));
    const end = fixture.indexOf('<p style="text-align: right;"><strong>Tin, ảnh: ĐỖ HUY.</strong>');
    const html =
      fixture.slice(0, start) +
      STORY.map((p) => `<p style="text-align: justify;">${p}</p>\n`).join('') +
      fixture.slice(end);
    const names = new Map<string, string>();
    return html.replace(/(class|id)="([^"]*)"/g, (_all, attribute: string, value: string) => {
      if (!names.has(value)) names.set(value, `k${names.size.toString(36)}x`);
      return `${attribute}="${names.get(value)}"`;
    });
  }

  it('reads a short story in the centre column when both side columns, outscoring it, clean to nothing', () => {
    const article = extractArticle(hashedPortal(), {
      url: 'https://congan.example.gov.vn/tin-tuc/a.html',
    });
    expect(paragraphs(article.contentText)).toEqual(STORY);
  });
});

describe('rule: a table of files to download is no article text', () => {
  const files = [
    ['/uploads/kh-512.pdf', 'Kế hoạch 512/KH-UBND'],
    ['/uploads/phu-luc.doc', 'Phụ lục kèm theo'],
  ];
  const table = (header: readonly string[], label = '') =>
    `${label}<table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${files
      .map(
        ([href, name], i) =>
          `<tr><td>${i + 1}</td><td>${name}</td><td><a href="${href}">${header.at(-1)}</a></td></tr>`,
      )
      .join('')}</table>`;
  const page = (after: string) =>
    `<!doctype html><html><head><title>T</title></head><body><div class="news-detail"><h1>Tọa đàm về bình đẳng giới</h1><div class="news-content">${BODY}<p style="text-align:right"><strong>Hoàng Anh</strong></p></div><div class="attach">${after}</div></div></body></html>`;

  it.each([
    ['Vietnamese, labelled', table(['STT', 'Tên file', 'Tải về'], '<p><b>File đính kèm:</b></p>')],
    [
      'Vietnamese, its label a heading',
      table(['STT', 'Tên tài liệu', 'Tải về'], '<h4>Văn bản đính kèm</h4>'),
    ],
    ['English', table(['No.', 'File name', 'Download'], '<p>Attachments</p>')],
    ['unlabelled', table(['#', 'Tên tệp', 'Tải xuống'])],
    [
      'its label the first row',
      `<table><tr><th colspan="2">Tệp đính kèm</th></tr>${files
        .map(
          ([href, name]) =>
            `<tr><td><a href="${href}">${name}</a></td><td><a href="${href}">Tải về</a></td></tr>`,
        )
        .join('')}</table>`,
    ],
  ])('leaves the body with its label (%s), and the byline above it is read', (_, after) => {
    const article = extractArticle(page(after), {
      url: 'https://hatinh.example.gov.vn/tin/kh-512',
    });
    expect(article.contentText).not.toContain('Phụ lục kèm theo');
    expect(article.contentText).not.toMatch(/đính kèm|Attachments/);
    expect(article.contentText.endsWith(PARAGRAPHS.at(-1) as string)).toBe(true);
    expect(article.authors).toEqual(['Hoàng Anh']);
  });

  it('keeps a table of figures the article gives', () => {
    const figures =
      '<table><tr><th>STT</th><th>Huyện</th><th>Số hộ</th></tr><tr><td>1</td><td>Kỳ Anh</td><td>1.204</td></tr><tr><td>2</td><td>Hương Sơn</td><td>987</td></tr></table>';
    const html = page('').replace('<p style', `${figures}<p style`);
    expect(extract(html).contentText).toContain('Hương Sơn');
  });
});
