import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { fromLegacyFont, mayNameLegacyFont } from '../../../../shared/extract/legacy-fonts.ts';

const URL = 'https://xa.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-cchc.html';

/** The page's paragraphs as a reader sees them. */
const SHOWN = [
  'Sáng 14/12, Uỷ ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 với sự tham dự của lãnh đạo các sở, ban, ngành.',
  'Theo báo cáo, trong năm qua tỉnh đã cắt giảm gần 200 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%, mức hài lòng của người dân tăng rõ rệt.',
  'Phát biểu kết luận, Chủ tịch tỉnh yêu cầu các đơn vị tiếp tục số hóa hồ sơ, công khai tiến độ giải quyết và xử lý nghiêm cán bộ gây phiền hà cho doanh nghiệp.',
];
/** The same paragraphs in TCVN3 (ABC), the `.VnTime` fonts' encoding. */
const IN_TCVN3 = [
  'S¸ng 14/12, Uû ban nh©n d©n tØnh tæ chøc héi nghÞ tæng kÕt c«ng t¸c c¶i c¸ch hµnh chÝnh n¨m 2023 víi sù tham dù cña l·nh ®¹o c¸c së, ban, ngµnh.',
  'Theo b¸o c¸o, trong n¨m qua tØnh ®· c¾t gi¶m gÇn 200 thñ tôc hµnh chÝnh, tû lÖ hå s¬ trùc tuyÕn toµn tr×nh ®¹t h¬n 60%, møc hµi lßng cña ng\u00adêi d©n t¨ng râ rÖt.',
  'Ph¸t biÓu kÕt luËn, Chñ tÞch tØnh yªu cÇu c¸c ®¬n vÞ tiÕp tôc sè hãa hå s¬, c«ng khai tiÕn ®é gi¶i quyÕt vµ xö lý nghiªm c¸n bé g©y phiÒn hµ cho doanh nghiÖp.',
];
/** The same paragraphs in VNI-Windows, the `VNI-Times` fonts' encoding. */
const IN_VNI = [
  'Saùng 14/12, Uyû ban nhaân daân tænh toå chöùc hoäi nghò toång keát coâng taùc caûi caùch haønh chính naêm 2023 vôùi söï tham döï cuûa laõnh ñaïo caùc sôû, ban, ngaønh.',
  'Theo baùo caùo, trong naêm qua tænh ñaõ caét giaûm gaàn 200 thuû tuïc haønh chính, tyû leä hoà sô tröïc tuyeán toaøn trình ñaït hôn 60%, möùc haøi loøng cuûa ngöôøi daân taêng roõ reät.',
  'Phaùt bieåu keát luaän, Chuû tòch tænh yeâu caàu caùc ñôn vò tieáp tuïc soá hoùa hoà sô, coâng khai tieán ñoä giaûi quyeát vaø xöû lyù nghieâm caùn boä gaây phieàn haø cho doanh nghieäp.',
];
const HEADING_TCVN3_CAPITALS = '®¹i héi ®oµn viªn tr\u00adêng häc';
const HEADING_VNI = 'ÑAÏI HOÄI ÑOAØN VIEÂN TRÖÔØNG HOÏC';

/** A portal's page: `heading` as its headline, `body` as its article's inner HTML. */
function portalPage(heading: string, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị tổng kết - Cổng thông tin điện tử xã</title><link rel="canonical" href="${URL}"></head>
<body><div id="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="news-detail"><h1>${heading}</h1>${body}</div>
<div id="footer">Cổng thông tin điện tử xã. Bản quyền thuộc UBND xã.</div></body></html>`;
}

describe('rule: text in a legacy Vietnamese font reads as the font shows it', () => {
  it('converts paragraphs in a TCVN3 font (.VnTime) to Unicode', () => {
    const body = IN_TCVN3.map((p) => `<p><font face=".VnTime">${p}</font></p>`).join('');
    const article = extractArticle(portalPage('Hội nghị tổng kết', body));
    for (const paragraph of SHOWN) expect(article.contentText).toContain(paragraph);
    expect(article.contentHtml).not.toContain('c«ng');
    expect(article.language).toBe('vi');
  });

  it('converts a legacy font on a page saved as UTF-16, as word processors save "Unicode" pages', () => {
    const body = IN_TCVN3.map((p) => `<p><font face=".VnTime">${p}</font></p>`).join('');
    const html = portalPage('Hội nghị tổng kết', body).replace(
      'charset="utf-8"',
      'charset="utf-16"',
    );
    for (const [bom, encode] of [
      [[0xff, 0xfe], (text: string) => Buffer.from(text, 'utf16le')],
      [[0xfe, 0xff], (text: string) => Buffer.from(text, 'utf16le').swap16()],
    ] as const) {
      const article = extractArticle(Buffer.concat([Buffer.from(bom), encode(html)]), { url: URL });
      for (const paragraph of SHOWN) expect(article.contentText).toContain(paragraph);
    }
  });

  it('converts paragraphs in a VNI font, as a word processor styles them, to Unicode', () => {
    const body = IN_VNI.map(
      (p) =>
        `<p class="MsoNormal"><span style='font-size:14.0pt;font-family:"VNI-Times"'>${p}</span></p>`,
    ).join('');
    const article = extractArticle(portalPage('Hội nghị tổng kết', body));
    for (const paragraph of SHOWN) expect(article.contentText).toContain(paragraph);
  });

  it('reads a font named in the CSS font shorthand', () => {
    const body = IN_VNI.map((p) => `<p style="font: 13pt/1.5 'VNI-Helve', Arial">${p}</p>`).join(
      '',
    );
    const article = extractArticle(portalPage('Hội nghị tổng kết', body));
    expect(article.contentText).toContain(SHOWN[1]);
  });

  it("reads a TCVN3 capitals font's small letters as capitals (.VnTimeH)", () => {
    const body = SHOWN.map((p) => `<p>${p}</p>`).join('');
    const heading = `<font face=".VnTimeH">${HEADING_TCVN3_CAPITALS}</font>`;
    expect(extractArticle(portalPage(heading, body)).title).toBe('ĐẠI HỘI ĐOÀN VIÊN TRƯỜNG HỌC');
  });

  it('reads capitals written in VNI', () => {
    const body = SHOWN.map((p) => `<p>${p}</p>`).join('');
    const heading = `<span style="font-family: VNI-Times">${HEADING_VNI}</span>`;
    expect(extractArticle(portalPage(heading, body)).title).toBe('ĐẠI HỘI ĐOÀN VIÊN TRƯỜNG HỌC');
  });

  it("leaves Unicode text under a legacy font's name as it is", () => {
    const body = SHOWN.map((p) => `<p><span style="font-family:'VNI-Times'">${p}</span></p>`).join(
      '',
    );
    const article = extractArticle(portalPage('Hội nghị tổng kết', body));
    for (const paragraph of SHOWN) expect(article.contentText).toContain(paragraph);
  });

  it("leaves a short Unicode phrase under a legacy font's name as it is, read in its paragraph", () => {
    const body = `<p>${SHOWN[0]} Lễ chào <font face="VNI-Times">cờ Lá</font> diễn ra trang trọng.</p><p>${SHOWN[1]}</p><p>${SHOWN[2]}</p>`;
    const article = extractArticle(portalPage('Hội nghị tổng kết', body));
    expect(article.contentText).toContain('Lễ chào cờ Lá diễn ra trang trọng.');
    const alone = `<p>${SHOWN[0]} Lễ chào cờ <font face=".VnTime">Lá</font> diễn ra.</p><p>${SHOWN[1]}</p>`;
    expect(extractArticle(portalPage('Hội nghị tổng kết', alone)).contentText).toContain(
      'Lễ chào cờ Lá diễn ra.',
    );
  });

  it('leaves the text of a descendant naming a Unicode font as it is', () => {
    const body = `<div style="font-family: VNI-Times">${IN_VNI.map((p) => `<p>${p}</p>`).join('')}<p style="font-family: Arial">Lá thư gửi bà con, tháng 12 năm 2023.</p></div>`;
    const article = extractArticle(portalPage('Hội nghị tổng kết', body));
    expect(article.contentText).toContain(SHOWN[2]);
    expect(article.contentText).toContain('Lá thư gửi bà con');
  });

  it('leaves Latin-1 letters alone in a legacy font that holds Unicode text elsewhere on the page', () => {
    const body = `${SHOWN.map((p) => `<p><font face=".VnTime">${p}</font></p>`).join('')}<p><font face=".VnTime">Chè Yên Bái ngon nhì.</font></p>`;
    expect(extractArticle(portalPage('Hội nghị tổng kết', body)).contentText).toContain(
      'Chè Yên Bái ngon nhì.',
    );
    // Alone in the font, such text is TCVN3's: "B¸o" reads "Báo".
    const legacy = `${IN_TCVN3.map((p) => `<p><font face=".VnTime">${p}</font></p>`).join('')}<p><font face=".VnTime">B¸o Yªn B¸i ®­a tin.</font></p>`;
    const text = extractArticle(portalPage('Hội nghị tổng kết', legacy)).contentText;
    expect(text).toContain(SHOWN[0]);
    expect(text).not.toContain('B¸o');
  });

  it('leaves text in other fonts as it is', () => {
    const french = 'Le café à côté du théâtre était fermé à cause de la grève générale.';
    const body = `${SHOWN.map((p) => `<p>${p}</p>`).join('')}<p><font face="Times New Roman">${french}</font></p>`;
    expect(extractArticle(portalPage('Hội nghị tổng kết', body)).contentText).toContain(french);
  });
});

describe('fromLegacyFont', () => {
  it('gives the letters a TCVN3 font shows for its codes', () => {
    expect(fromLegacyFont('c«ng t¸c, ®¹i héi, tr\u00adêng, ¡n, §¾k', 'tcvn3')).toBe(
      'công tác, đại hội, trường, Ăn, Đắk',
    );
  });

  it('gives the letters a VNI font shows for a vowel and its marks', () => {
    expect(
      fromLegacyFont(
        'coâng taùc, ñaïi hoäi, tröôøng, AÊn, Ñaék, chính, Hoà, yù, Kyø, lyõ, thuôû',
        'vni',
      ),
    ).toBe('công tác, đại hội, trường, Ăn, Đắk, chính, Hồ, ý, Kỳ, lỹ, thuở');
  });

  it('leaves text without the codes of either encoding as it is, and returns NFC text', () => {
    const latin1 = fc.string({
      unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), latin1, (ascii, codes) => {
        expect(fromLegacyFont(ascii, 'tcvn3')).toBe(ascii);
        expect(fromLegacyFont(ascii, 'vni')).toBe(ascii);
        for (const encoding of ['tcvn3', 'tcvn3-capitals', 'vni'] as const) {
          const text = fromLegacyFont(codes, encoding);
          expect(text).toBe(text.normalize('NFC'));
        }
      }),
    );
  });
});

describe('mayNameLegacyFont', () => {
  it('finds in the bytes the same six names as searching for each, wherever they stand', () => {
    const NAMES = ['VNI', 'vni', 'Vni', '.Vn', '.vn', '.VN'];
    // Pieces of those names and the letters around them, so that they meet, split or overlap.
    const piece = fc.constantFrom('V', 'v', 'N', 'n', 'I', 'i', '.', 'di', '<', ' ', 'x', ...NAMES);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const bytes = Buffer.from(pieces.join(''));
        const searched = NAMES.some((name) => bytes.includes(name));
        expect(mayNameLegacyFont(bytes)).toBe(searched);
      }),
      { numRuns: 3000 },
    );
  });
});
