import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://www.example.org/documents/board/water-quality-report.htm';

const OPENING =
  'Dissolved oxygen levels across the lower catchment improved for the third consecutive quarter, with eleven of fourteen sites meeting the threshold.';
const CLOSING =
  'The partnership will publish the full dataset alongside the annual report in January, and site results will be presented in December.';

/** A page of Word's "Save as Web Page": its paragraphs in `div.WordSection1`. */
function wordPage(body: string): string {
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><title>Quarterly water quality report for the lower catchment</title></head>
<body lang=EN-US><div class=WordSection1><p class=MsoTitle>Quarterly water quality report for the lower catchment</p>
<p class=MsoNormal><span lang=EN-US>${OPENING}<o:p></o:p></span></p>
${body}
<p class=MsoNormal><span lang=EN-US>${CLOSING}<o:p></o:p></span></p></div></body></html>`;
}

describe('rule: the bullet Word writes before a list paragraph (`mso-list:Ignore`) is no text', () => {
  const item = (text: string, marker: string) =>
    `<p class=MsoListParagraphCxSpMiddle style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>${text}<o:p></o:p></span></p>`;

  it.each(['·', 'o', '§', '-'])('leaves out the bullet "%s" and keeps the item', (marker) => {
    const html = wordPage(
      item('Eleven of fourteen sites met the standard, up from eight a year earlier.', marker) +
        item('Storm overflow discharges fell by 23 per cent on the same quarter of 2023.', marker),
    );
    const text = extractArticle(html, { url: URL }).contentText;
    expect(text).toContain(
      'Eleven of fourteen sites met the standard, up from eight a year earlier.\n\nStorm overflow',
    );
    expect(text).not.toContain(marker === 'o' ? 'o Eleven' : marker);
  });

  it('keeps a number Word writes before a numbered paragraph', () => {
    const html = wordPage(item('Stateless lint and unit jobs moved first of all.', '1.'));
    expect(extractArticle(html, { url: URL }).contentText).toContain(
      '1. Stateless lint and unit jobs moved first of all.',
    );
  });

  it('leaves out a number Word marks to ignore when its style also hides it', () => {
    const hidden = `<p class=MsoNormal><span style='mso-list:Ignore;display:none'>1.</span><span>Stateless lint and unit jobs moved first of all.</span></p>`;
    const text = extractArticle(wordPage(hidden), { url: URL }).contentText;
    expect(text).toContain('Stateless lint and unit jobs moved first of all.');
    expect(text).not.toMatch(/1\.\s*Stateless/);
  });
});

describe("rule: Word's settings and style sheet pasted as text (a sanitizer kept a comment's words) are no text", () => {
  it.each([
    'Normal 0 false false false EN-US X-NONE X-NONE MicrosoftInternetExplorer4',
    'Normal 0 21 false false false DE X-NONE X-NONE',
    '/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0; mso-style-parent:""; mso-padding-alt:0in 5.4pt 0in 5.4pt; font-size:10.0pt; font-family:"Times New Roman","serif";}',
  ])('leaves out a paragraph "%s"', (leak) => {
    const html = `<html><head><title>Storm closes harbour - City Portal</title></head><body><div class="menu"><a href="/">Home</a></div>
<div class="news-detail"><h1>Storm closes harbour</h1><div class="news-content"><p>${leak}</p>
<p class="MsoNormal">${OPENING}</p><p class="MsoNormal">${CLOSING}</p></div></div></body></html>`;
    const text = extractArticle(html, { url: URL }).contentText;
    expect(text).toBe(`${OPENING}\n\n${CLOSING}`);
  });
});

describe('rule: an official document\'s distribution list ("Nơi nhận:", "Verteiler:") is no text of it', () => {
  const notice = `<p>${OPENING}</p><p>${CLOSING}</p>`;
  const signature =
    '<p><b>KT. CHỦ TỊCH</b></p><p><b>PHÓ CHỦ TỊCH</b></p><p><i>(đã ký)</i></p><p><b>Nguyễn Văn An</b></p>';
  const page = (end: string) =>
    `<html><head><title>Thông báo kết luận của Chủ tịch UBND tỉnh</title></head><body><div class="menu"><a href="/">Trang chủ</a></div>
<div class="article"><h1>Thông báo kết luận của Chủ tịch UBND tỉnh</h1><div class="article-body">${notice}${end}</div></div></body></html>`;

  it('leaves out the cell beside the signature', () => {
    const html = page(
      `<table><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Chủ tịch UBND tỉnh (b/c);</p><p>- UBND huyện Vân Đồn;</p><p>- Lưu: VT, GPMB.</p></td><td>${signature}</td></tr></table>`,
    );
    const text = extractArticle(html, { url: URL }).contentText;
    expect(text).not.toContain('Nơi nhận');
    expect(text).not.toContain('Lưu: VT');
    expect(text).toContain(CLOSING);
    expect(text.endsWith('Nguyễn Văn An')).toBe(true);
  });

  it('leaves out the label and the lines of the list after it', () => {
    const html = page(
      `${signature}<p><b>Verteiler:</b></p><p>- Chủ tịch UBND tỉnh (b/c);</p><p>- Lưu: VT, GPMB.</p>`,
    );
    const text = extractArticle(html, { url: URL }).contentText;
    expect(text.endsWith('Nguyễn Văn An')).toBe(true);
  });
});

describe('rule: a Vietnamese document\'s kind in capitals ("THÔNG BÁO", "BÁO CÁO") is no author\'s name', () => {
  it.each(['THÔNG BÁO', 'BÁO CÁO', 'KẾ HOẠCH'])(
    'reads no author in "%s" below the document\'s place and date line',
    (kind) => {
      const html = `<html><head><title>Tuyển dụng công chức năm 2024 - Sở Nội vụ</title></head><body><div class="menu"><a href="/">Trang chủ</a></div>
<div class="article"><h1>Tuyển dụng công chức năm 2024</h1><div class="date">11/12/2024 15:20</div><div class="article-body">
<p align="center"><b>Độc lập - Tự do - Hạnh phúc</b></p><p align="center"><i>Hà Tĩnh, ngày 11 tháng 12 năm 2024</i></p>
<p align="center"><b>${kind}</b></p><p align="center"><b>Tuyển dụng công chức hành chính năm 2024</b></p><p>${OPENING}</p><p>${CLOSING}</p></div></div></body></html>`;
      expect(extractArticle(html, { url: URL }).authors).toEqual([]);
    },
  );
});

describe("rule: a document's sections under <h1>s of their own keep their headings", () => {
  it("keeps Word's Heading 1 paragraphs, written as <h1>, between the sections' paragraphs", () => {
    const html = wordPage(
      `<h1><span lang=EN-US>Summary of the quarter<o:p></o:p></span></h1><p class=MsoNormal>${CLOSING.replace('The partnership', 'The board')}</p><h1><span lang=EN-US>Key findings<o:p></o:p></span></h1><p class=MsoNormal>${OPENING.replace('Dissolved', 'Measured')}</p><h1><span lang=EN-US>Monitoring results<o:p></o:p></span></h1><p class=MsoNormal>Eleven of fourteen sites met the standard.</p>`,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.title).toBe('Quarterly water quality report for the lower catchment');
    const text = article.contentText;
    expect(text).toContain('\n\nSummary of the quarter\n\nThe board');
    expect(text).toContain('\n\nKey findings\n\nMeasured');
  });
});

describe("rule: an official document's place and date line dates a page that shows no other date", () => {
  it.each([
    ['Thanh Hóa, ngày 03 tháng 12 năm 2024', '2024-12-03'],
    ['Paris, le 18 novembre 2024', '2024-11-18'],
    ['Musterhausen, den 28. November 2024', '2024-11-28'],
  ])('reads "%s" below the letterhead', (line, day) => {
    const html = `<html><head><meta name=Generator content="Microsoft Word 15 (filtered)"><title>THÔNG BÁO</title></head><body><div class=WordSection1>
<table><tr><td><p class=MsoNormal>CÔNG AN TỈNH THANH HÓA</p><p class=MsoNormal>Số: 1457/TB-PC02</p></td><td><p class=MsoNormal><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p class=MsoNormal><i>${line}</i></p></td></tr></table>
<p class=MsoNormal align=center><b>THÔNG BÁO</b></p><p class=MsoNormal>${OPENING}</p><p class=MsoNormal>${CLOSING}</p></div></body></html>`;
    expect(extractArticle(html, { url: URL }).publishedAt?.slice(0, 10)).toBe(day);
  });
});

describe('rule: "Windows User", the name Office gives a document when no user name was set, names no author', () => {
  it("reads no author in a LibreOffice export's meta author", () => {
    const html = `<html><head><meta name="generator" content="LibreOffice 6.4.7.2 (Windows)"/><meta name="author" content="Windows User"/><title>Water quality report</title></head>
<body><h1>Water quality report</h1><p class="western">${OPENING}</p><p class="western">${CLOSING}</p></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual([]);
  });
});

describe("rule: an official document's subject line below its kind in capitals is the headline where the <title> is a letterhead line, the kind or empty", () => {
  const SUBJECT = 'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Vân Đồn';
  const page = (title: string) =>
    `<html><head><meta name=Generator content="Microsoft Word 15"><title>${title}</title></head><body><div class=WordSection1>
<table><tr><td><p class=MsoNormal align=center><b>UBND TỈNH QUẢNG NINH</b></p><p class=MsoNormal align=center><b>VĂN PHÒNG</b></p><p class=MsoNormal align=center>Số: 123/TB-VP</p></td>
<td><p class=MsoNormal align=center><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p class=MsoNormal align=center><b>Độc lập - Tự do - Hạnh phúc</b></p><p class=MsoNormal align=center><i>Quảng Ninh, ngày 14 tháng 12 năm 2024</i></p></td></tr></table>
<p class=MsoNormal align=center><span lang=VI><b>THÔNG BÁO</b><o:p></o:p></span></p>
<p class=MsoNormal align=center><span lang=VI><b>${SUBJECT}</b><o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI>${OPENING}</span></p><p class=MsoNormal><span lang=VI>${CLOSING}</span></p></div></body></html>`;

  it.each(['UBND TỈNH QUẢNG NINH', 'THÔNG BÁO', ''])(
    'reads the subject under the <title> "%s"',
    (title) => {
      expect(extractArticle(page(title), { url: URL }).title).toBe(SUBJECT);
    },
  );

  it('keeps a <title> that is a headline', () => {
    const title = 'Thông báo kết luận của Chủ tịch UBND tỉnh về giải phóng mặt bằng';
    expect(extractArticle(page(title), { url: URL }).title).toBe(title);
  });
});
