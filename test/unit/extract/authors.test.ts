import { describe, expect, it } from 'vitest';
import { cleanAuthors, parseByline } from '../../../shared/extract/authors.ts';
import { extractArticle } from '../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

describe('parseByline: a place after a name and a comma', () => {
  it.each([
    ['By Rahul Sharma, New Delhi', ['Rahul Sharma']],
    ['By Anna Lee, Hong Kong', ['Anna Lee']],
    ['By Maria Silva, São Paulo', ['Maria Silva']],
    ['By Jane Doe, San Francisco', ['Jane Doe']],
    ['By Jane Doe, Mexico City', ['Jane Doe']],
    ['By Jane Doe, Kuala Lumpur', ['Jane Doe']],
  ])('reads %j as its author, not the place', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each([
    ['By Jane Doe, John Smith', ['Jane Doe', 'John Smith']],
    ['By Jane Doe and San Kim', ['Jane Doe', 'San Kim']],
    ['By Jane Doe, Reuters', ['Jane Doe', 'Reuters']],
  ])('still reads %j as its names', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });
});

describe('parseByline', () => {
  it.each([
    ['Tin, ảnh: ĐỖ HUY.', ['Đỗ Huy']],
    ['Bài, ảnh: Nguyễn Văn An', ['Nguyễn Văn An']],
    ['Bài và ảnh: Minh Châu (Báo Hà Tĩnh)', ['Minh Châu']],
    ['Tin: Lan Anh - Ảnh: Quốc Tuấn', ['Lan Anh', 'Quốc Tuấn']],
    ['Nội dung: Thu Hà - Minh Đức', ['Thu Hà', 'Minh Đức']],
    ['Tin: Lan Anh, ảnh: Quốc Tuấn', ['Lan Anh', 'Quốc Tuấn']],
    ['Bài: Lan Anh; Ảnh: Quốc Tuấn', ['Lan Anh', 'Quốc Tuấn']],
    ['Text: Anna Berg, Fotos: Jan Ruf', ['Anna Berg', 'Jan Ruf']],
    ['Texto: Ana García / Fotos: Juan Ruiz', ['Ana García', 'Juan Ruiz']],
    ['Thu Hằng/VOV.VN', ['Thu Hằng']],
    ['Nguyễn Hoàng/Báo Tin tức', ['Nguyễn Hoàng']],
    ['Hoài Thu - Minh Hạnh/VOV1', ['Hoài Thu', 'Minh Hạnh']],
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['Phóng viên Minh Châu - Phòng PV01', ['Minh Châu']],
    ['PV/VOV-Tây Bắc', ['VOV-Tây Bắc']],
    ['Nhóm PV/Báo Tin tức', ['Báo Tin tức']],
    ['Theo TTXVN', ['TTXVN']],
    ['(Theo VnExpress)', ['VnExpress']],
    ['Hoàng Anh - Đài Truyền thanh huyện', ['Hoàng Anh']],
    ['Nguyễn Văn An (Trung tâm VH-TT)', ['Nguyễn Văn An']],
    ['Hoàng Minh (Ủy ban MTTQ huyện)', ['Hoàng Minh']],
    ['Thu Trang (Uỷ ban nhân dân xã)', ['Thu Trang']],
    ['Lê Hà (Đảng ủy xã Tân Hòa)', ['Lê Hà']],
    ['Nguyễn Văn An - phóng viên Báo Hà Tĩnh', ['Nguyễn Văn An']],
    ['Hoàng Anh - đài truyền thanh huyện', ['Hoàng Anh']],
    ['TRẦN HÙNG - NGỌC LAN', ['Trần Hùng', 'Ngọc Lan']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Posted by Jane Doe', ['Jane Doe']],
    ['Publicado por Alberto González', ['Alberto González']],
    ['Escrito por Ana García', ['Ana García']],
    ['Publié par Jean Dupont', ['Jean Dupont']],
    ['Scritto da Mario Rossi', ['Mario Rossi']],
    ['Reporting by Jane Doe; Editing by John Roe', ['Jane Doe']],
    ['신현주 기자 spicy@hankookilbo.com', ['신현주']],
    ['순천, 광양 구현모 기자 ninek@hankookilbo.com', ['구현모']],
    ['세종=김민수·이영희 기자', ['김민수', '이영희']],
    ['워싱턴=박준석 특파원', ['박준석']],
    // The Hankyoreh's slash before the place or the name.
    ['/김지훈 기자 jhkim@hani.co.kr', ['김지훈']],
    ['세종/김지훈 기자 jhkim@hani.co.kr', ['김지훈']],
    ['ĐỖ HUY - CAH Yên Bình', ['Đỗ Huy']],
    ['Minh Châu - PC06 Công an tỉnh', ['Minh Châu']],
    ['Thượng úy Nguyễn Văn Nam - Đội CSGT', ['Nguyễn Văn Nam']],
    ['Minh Châu - Đồn Biên phòng Cửa khẩu', ['Minh Châu']],
    ['Lan Anh - Công ty Điện lực tỉnh', ['Lan Anh']],
    ['Lan Anh - Huyện ủy Krông Pắc', ['Lan Anh']],
    // Organisations whose first word ends in a letter outside ASCII: Sở, Bộ, Xã, Tòa.
    ['Thanh Hương (Sở Y tế)', ['Thanh Hương']],
    ['Thanh Hương - Sở Tư pháp', ['Thanh Hương']],
    ['Minh Châu (Bộ Công an)', ['Minh Châu']],
    ['Lan Anh - Xã Ea Tu', ['Lan Anh']],
    ['Theo Báo Điện tử Chính phủ', ['Báo Điện tử Chính phủ']],
    ['Theo Cổng thông tin điện tử tỉnh', ['Cổng thông tin điện tử tỉnh']],
    ['Theo baochinhphu.vn', ['baochinhphu.vn']],
    ['(Theo dangcongsan.vn)', ['dangcongsan.vn']],
    // A rank or a reporter's title before a full name, or a unit after its comma, signs it.
    ['Thượng tá Lê Văn Tám', ['Lê Văn Tám']],
    ['Đại úy Nguyễn Văn Hùng', ['Nguyễn Văn Hùng']],
    ['Phóng viên Minh Châu', ['Minh Châu']],
    ['CTV Hồng Nhung', ['Hồng Nhung']],
    ['PV Minh Châu', ['Minh Châu']],
    ['Trần Thị Mai, Phòng Tư pháp huyện', ['Trần Thị Mai']],
    ['Hoàng Anh, Đài Truyền thanh huyện', ['Hoàng Anh']],
    ['Lê Thị Hoa, Công an huyện Yên Bình', ['Lê Thị Hoa']],
  ])('reads the byline %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each([
    ['Mathatisi Sebusi/Mohalenyane Phakela', ['Mathatisi Sebusi', 'Mohalenyane Phakela']],
    ['Jane Doe, Senior Correspondent', ['Jane Doe']],
    ['Thượng úy Minh Châu', ['Minh Châu']],
    ['Đại tá Nguyễn Văn An', ['Nguyễn Văn An']],
    ['CTV: Lê Hoa', ['Lê Hoa']],
    ['Phóng viên: Minh Anh', ['Minh Anh']],
    ['Đồng chí Nguyễn Văn An', ['Nguyễn Văn An']],
    ['Đ/c Nguyễn Văn An - Công an xã Yên Thế', ['Nguyễn Văn An']],
    ['Văn Hùng (t/h)', ['Văn Hùng']],
    ['An Bình (lược dịch)', ['An Bình']],
    ['Minh Châu (thực hiện)', ['Minh Châu']],
    ['MINH CHÂU (Thực hiện)', ['Minh Châu']],
    ['Minh Châu (ghi)', ['Minh Châu']],
    ['Đức Anh (theo VnExpress)', ['Đức Anh']],
    ['Hải Yến (Nguồn: Bộ Y tế)', ['Hải Yến']],
    ['Quang Huy - Thanh Thủy (TTXVN)', ['Quang Huy', 'Thanh Thủy']],
    ['Thu Hà và Minh Đức', ['Thu Hà', 'Minh Đức']],
    ['Anna Berg und Jan Schmidt', ['Anna Berg', 'Jan Schmidt']],
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Đại úy Lê Thị Hoa, Công an huyện Yên Bình', ['Lê Thị Hoa']],
    ['Minh Anh, Trung tâm Văn hóa huyện', ['Minh Anh']],
    ['Ngọc Lan - Ảnh: Tuấn Minh', ['Ngọc Lan', 'Tuấn Minh']],
    ['NGỌC LAN – ẢNH: TUẤN MINH', ['Ngọc Lan', 'Tuấn Minh']],
    ['PGS.TS Nguyễn Văn Bình', ['Nguyễn Văn Bình']],
    ['GS.TSKH Trần Văn Nam', ['Trần Văn Nam']],
    ['TS. Lê Thị Dung', ['Lê Thị Dung']],
    ['ThS. Trần Minh Quân', ['Trần Minh Quân']],
    ['ThS.BS Phạm Thu Hà', ['Phạm Thu Hà']],
    ['Luật sư Trần Văn Cường', ['Trần Văn Cường']],
    ['Bác sĩ Nguyễn Thị Lan', ['Nguyễn Thị Lan']],
    ['Nhà văn Nguyễn Nhật Ánh', ['Nguyễn Nhật Ánh']],
    // "Đoàn" opens a delegation's name and is a surname: a name's words after it sign a person.
    ['Đoàn Loan', ['Đoàn Loan']],
    ['Đoàn Văn Hậu', ['Đoàn Văn Hậu']],
    ['Trường Chinh', ['Trường Chinh']],
    // What the writer did with the text, noted in brackets: a talk's summary notes, an excerpt,
    // an edit, a collection ("st", sưu tầm).
    ['Thanh Hà (lược ghi)', ['Thanh Hà']],
    ['Thanh Hà (ghi lại)', ['Thanh Hà']],
    ['Thanh Hà (lược trích)', ['Thanh Hà']],
    ['Thanh Hà (biên tập)', ['Thanh Hà']],
    ['Thanh Hà (st)', ['Thanh Hà']],
    // … a translation, in English or the Romance languages, as "dịch".
    ['Thanh Hà (dịch)', ['Thanh Hà']],
    ['Anna Berg (translated)', ['Anna Berg']],
    ['Anna Berg (translation)', ['Anna Berg']],
    ['Ana García (traducción)', ['Ana García']],
    // The source credited after a dash or comma, as in brackets: "Hải Yến (Nguồn: Bộ Y tế)".
    ['Thanh Hà - Nguồn: Sở Công Thương', ['Thanh Hà']],
    ['Thanh Hà, Nguồn: Sở Công Thương', ['Thanh Hà']],
    ['Minh Anh - Ngọc Hà - Nguồn: Sở Y tế', ['Minh Anh', 'Ngọc Hà']],
  ])('reads the bold or right-aligned byline %j', (line, names) => {
    expect(parseByline(line, true)).toEqual(names);
  });

  it.each([
    'Theo báo cáo của Sở Y tế, năm 2023 toàn tỉnh có hơn 1.200 ca sốt xuất huyết.',
    'Chúc mừng năm mới!',
    'Hà Nội, ngày 5 tháng 3',
    'Ban tổ chức đã trao 1 giải Nhất, 3 giải Nhì và 5 giải Ba.',
    '정부는 오늘 기자회견을 열었다.',
    '이 사실을 처음 보도한 것은 한국일보 기자였다.',
    'Nato - the North Atlantic Treaty Organization - was formed in Washington DC in 1949 by 12 countries.',
    'Hà Nội (Việt Nam)',
    'The Lakers – who lost on Sunday – play again on Tuesday.',
    'LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.',
    'LOS ANGELES (AP) — The Lakers beat the Suns on Sunday night.',
    'SIOUX FALLS, S.D. – People across the nation are talking about it: South Dakota is on meth.',
    // Plain, neither a form of address nor a title after the comma signs a name.
    'reads a plain byline signed by a rank or reporter title before the full name, or by a unit after its comma: %j',
    'Đồng chí Nguyễn Văn An',
    'Đại tá Nguyễn Văn An phát biểu tại hội nghị.',
    'Phóng viên của báo đã có mặt tại hiện trường',
    'Hà Nội, Thành phố Hồ Chí Minh',
    'Minh Châu, Hoàng Anh',
    'Nguyễn Văn An, Chủ tịch UBND tỉnh',
    'Publicado por la editorial Anagrama en 2019.',
    // An office's signature under a notice names no person.
    'VĂN PHÒNG HĐND VÀ UBND HUYỆN',
    'Văn phòng UBND tỉnh',
    'Đoàn kiểm tra liên ngành',
    'Đoàn Thanh niên xã',
    'Posted by the city council on its website last week.',
  ])('leaves the sentence %j in the body', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it.each([
    ['USING HONEY INSTEAD OF SUGAR', false],
    ['CLICK FOR FULL STATE SWIM RESULTS', false],
    ['What You Need To Make Jam', true],
    ['Tue – Sat 4PM (Closed on Sun & Mon)', false],
    ['Disclaimer', true],
    ['All...', true],
    ['[ Wired ]', true],
    ['Questions and Answers', true],
    ['Hà Nội và Thành phố Hồ Chí Minh', true],
    ['Hà Nội, ngày 5 tháng 3 năm 2024', true],
    ['Xin cảm ơn, hẹn gặp lại các bạn', true],
  ])('takes no heading, word or timetable for a name: %j', (line, emphasised) => {
    expect(parseByline(line, emphasised)).toBeNull();
  });

  it('takes a bare name only when it is emphasised, in capitals or followed by an affiliation', () => {
    expect(parseByline('Minh Châu')).toBeNull();
    expect(parseByline('Minh Châu', true)).toEqual(['Minh Châu']);
    expect(parseByline('MINH CHÂU')).toEqual(['Minh Châu']);
    expect(parseByline('Reuters', true)).toEqual(['Reuters']);
    expect(parseByline('AFP')).toEqual(['AFP']);
    expect(parseByline('IN-Redaktion', true)).toEqual(['IN-Redaktion']);
    expect(parseByline('Heryadi', true)).toEqual(['Heryadi']);
    expect(parseByline('(AFP)')).toEqual(['AFP']);
    expect(parseByline('Im Eun-byel', true)).toEqual(['Im Eun-byel']);
    expect(parseByline('PRIYA SUR')).toEqual(['Priya Sur']);
    expect(parseByline('XIAOYING YOU')).toEqual(['Xiaoying You']);
  });
});

describe('parseByline: a byline naming the reporters, their outlet or desk, then a dash and the place', () => {
  it.each([
    ['Por Ana Souza, g1 SP — São Paulo', ['Ana Souza']],
    ['Por Ana Souza, TV Globo — Brasília', ['Ana Souza']],
    ['Por Ana Souza e Pedro Lima, g1 RJ — Rio de Janeiro', ['Ana Souza', 'Pedro Lima']],
    ['By Jane Doe, The Ledger — Lakeland', ['Jane Doe']],
  ])('reads %j as %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each(['By Jane Doe, John Smith', 'By Jane Doe, John Smith — Reuters'])(
    'still reads every name of %j, without a dash and a place',
    (line) => {
      expect(parseByline(line)).toEqual(['Jane Doe', 'John Smith']);
    },
  );
});

describe('parseByline: bylines joining a wire agency with "and", and the Italian "a cura di"', () => {
  it.each([
    ['Von Anna Berg und dpa', ['Anna Berg', 'dpa']],
    ['By Jane Doe and Reuters', ['Jane Doe', 'Reuters']],
    ['A cura di Mario Rossi', ['Mario Rossi']],
  ])('reads %j as %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each(['Von Montag und Dienstag an gilt', 'A cura di tutti noi, ogni giorno'])(
    'reads no byline from %j',
    (line) => {
      expect(parseByline(line)).toBeNull();
    },
  );
});

describe('cleanAuthors', () => {
  it('drops URLs and e-mail addresses, which are not names', () => {
    expect(cleanAuthors('https://example.com/profiles/jane-doe')).toEqual([]);
    expect(cleanAuthors('toasoan@example.vn')).toEqual([]);
  });

  it('splits lists joined by commas, "và" and "and", without duplicates', () => {
    expect(cleanAuthors('Lan Anh, Quốc Tuấn và Lan Anh')).toEqual(['Lan Anh', 'Quốc Tuấn']);
  });

  it('keeps the capitals of agency acronyms when title-casing', () => {
    expect(cleanAuthors('BÁO VOV')).toEqual(['Báo VOV']);
  });

  it.each([
    ['AMELIA THOMSON-DEVEAUX', 'Amelia Thomson-Deveaux'],
    ['JEAN-PIERRE DUPONT', 'Jean-Pierre Dupont'],
    ["SHANNON O'NEIL", "Shannon O'Neil"],
  ])('title-cases each part of a name written in capitals: %j', (raw, name) => {
    expect(cleanAuthors(raw)).toEqual([name]);
  });

  it.each([
    ['By DOLORES CHANG FOR DAILYMAIL.COM', ['Dolores Chang']],
    ['Jane Doe for the Guardian', ['Jane Doe']],
    ['Anna Berg und Jan Ruf für Zeit Online', ['Anna Berg', 'Jan Ruf']],
    ['Jean Dupont pour Le Monde', ['Jean Dupont']],
    ['Tom Fortune', ['Tom Fortune']],
    ['Diana Resnik mit AP', ['Diana Resnik']],
    ['Jean Dupont avec AFP', ['Jean Dupont']],
  ])('drops the outlet a contributor wrote for or the agency credited beside: %j', (raw, names) => {
    expect(cleanAuthors(raw)).toEqual(names);
  });

  it.each(['Organization for Transformative Works', 'Center for Democracy and Technology'])(
    'keeps an organisation named "… for …" whole, not its first word as a person: %j',
    (raw) => {
      expect(cleanAuthors(raw)).not.toContain(raw.split(' ')[0]);
    },
  );

  it.each([
    ['By Jane Doe in Kyiv', ['Jane Doe']],
    ['Jane Doe in Kyiv and John Roe in Moscow', ['Jane Doe', 'John Roe']],
    ['Jane Doe in New York, John Roe', ['Jane Doe', 'John Roe']],
    ['Anna Berg aus Berlin', ['Anna Berg']],
    ['Jean Dupont à Paris', ['Jean Dupont']],
  ])('drops the place each reporter filed from: %j', (raw, names) => {
    expect(cleanAuthors(raw)).toEqual(names);
  });

  it('keeps an agency signing with one word of at most four capitals as written', () => {
    expect(cleanAuthors('APA')).toEqual(['APA']);
    expect(cleanAuthors('KNA')).toEqual(['KNA']);
    expect(cleanAuthors('HOÀNG')).toEqual(['Hoàng']);
  });
});

describe('extractArticle: names read once per page', () => {
  // A page's thousands of author links may repeat one name, read once; the answer depends on
  // the page's site (its name after a name is dropped), so no other page's answer is reused.
  const url = 'https://tinh.example.gov.vn/tin/a.html';
  const authors = (site: string) =>
    extractArticle(
      buildPage({
        head: `<meta property="og:site_name" content="${site}"><link rel="canonical" href="${url}">`,
        before: '<p class="byline">Tác giả: <a href="/tac-gia/lan-anh">Lan Anh Dân Trí</a></p>',
      }),
      { url },
    ).authors;

  it("reads a byline on each page anew: the site's own name after the author's is dropped", () => {
    for (let round = 0; round < 2; round++) {
      expect(authors('Dân Trí')).toEqual(['Lan Anh']);
      expect(authors('Cổng thông tin tỉnh')).toEqual(['Lan Anh Dân Trí']);
    }
  });
});

describe('extractArticle bylines', () => {
  const text = (html: string) => extractArticle(html).contentText;

  it('takes the byline "Tin, ảnh: ĐỖ HUY." as the author and removes it from the body', () => {
    const article = extractArticle(
      buildPage({ tail: '<p style="text-align:right"><strong>Tin, ảnh: ĐỖ HUY.</strong></p>' }),
    );
    expect(article.authors).toEqual(['Đỗ Huy']);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    expect(article.contentHtml).not.toContain('ĐỖ HUY');
  });

  it('reads a byline of several lines, "Tin: …" then "Ảnh: …"', () => {
    const article = extractArticle(buildPage({ tail: '<p>Tin: Lan Anh</p><p>Ảnh: Quốc Tuấn</p>' }));
    expect(article.authors).toEqual(['Lan Anh', 'Quốc Tuấn']);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([
    ['a source line', '<p><em>Nguồn: Báo Yên Bái</em></p>', 'Nguồn: Báo Yên Bái'],
    ['a source given as an address', '<p>Nguồn: baoyenbai.com.vn</p>', 'Nguồn: baoyenbai.com.vn'],
    [
      'an attached document',
      '<p><a href="/files/ke-hoach-15.pdf">Tải về kế hoạch số 15</a></p>',
      'Tải về kế hoạch số 15',
    ],
  ])("reads the byline above %s, which stays as the body's last line", (_, after, shown) => {
    const article = extractArticle(
      buildPage({ tail: `<p style="text-align:right"><strong>Hoàng Anh</strong></p>${after}` }),
    );
    expect(article.authors).toEqual(['Hoàng Anh']);
    expect(article.contentText).toBe([...BODY_PARAGRAPHS, shown].join('\n\n'));
  });

  it.each([
    ['H.Vy', ['H.Vy']],
    ['Q.Anh - T.Hùng', ['Q.Anh', 'T.Hùng']],
    ['Thanh Hà - H.Vy', ['Thanh Hà', 'H.Vy']],
    ['PGS.TS Nguyễn Văn Bình', ['Nguyễn Văn Bình']],
    ['Luật sư Trần Văn Cường', ['Trần Văn Cường']],
    ['Ngọc Lan - Ảnh: Tuấn Minh', ['Ngọc Lan', 'Tuấn Minh']],
  ])(
    'reads the closing byline %j, initials and titles before the names as Vietnamese papers sign',
    (line, names) => {
      const article = extractArticle(
        buildPage({ tail: `<p style="text-align:right"><strong>${line}</strong></p>` }),
      );
      expect(article.authors).toEqual(names);
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it("credits the outlet named after a reporters' credit closing the body", () => {
    const article = extractArticle(
      buildPage({ tail: '<div style="text-align: right;"><b>PV/VOV-Tây Bắc</b></div>' }),
    );
    expect(article.authors).toEqual(['VOV-Tây Bắc']);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([
    'PV',
    'P.V',
    'BTV',
    'CTV',
    'PV-BTV',
    'Nhóm PV',
    'Nhóm phóng viên',
    'Nhóm tác giả',
    'Phóng viên',
    'Nhóm PV - Ban Thời sự',
  ])(
    "takes the newsroom's word for its reporters (%j) closing the body for no one's name, and leaves it out",
    (credit) => {
      const article = extractArticle(
        buildPage({ tail: `<p style="text-align:right"><strong>${credit}</strong></p>` }),
      );
      expect(article.authors).toEqual([]);
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it('reads the last <br> line of an old page as its sign-off and keeps the lines before it', () => {
    const body = `<font face="Arial">${BODY_PARAGRAPHS.join('<br><br>')}<br><br><b>Nhóm PV</b></font>`;
    const article = extractArticle(buildPage({ body }));
    expect(article.authors).toEqual([]);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each(['PV', 'BTV', 'Nhóm PV', 'Phóng viên'])(
    "takes an author field naming only the newsroom's reporters (%j) for no one",
    (name) => {
      const head = `<link rel="canonical" href="https://tinh.example.gov.vn/tin/a.html"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}</script>`;
      expect(extractArticle(buildPage({ head })).authors).toEqual([]);
    },
  );

  it('reads a closing right-aligned name noted "(translated)" as the byline, out of the body', () => {
    const tail = '<p style="text-align:right"><strong>Anna Berg (translated)</strong></p>';
    const article = extractArticle(buildPage({ tail }));
    expect(article.authors).toEqual(['Anna Berg']);
    expect(article.contentText).not.toContain('translated');
  });

  it('prefers the printed byline to the CMS author field', () => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="author" content="Biên tập viên Trần Văn Bình">';
    const article = extractArticle(buildPage({ head, tail: '<p>Bài, ảnh: Nguyễn Văn Long</p>' }));
    expect(article.authors).toEqual(['Nguyễn Văn Long']);
  });

  it('falls back to JSON-LD authors, resolving @id references and skipping organisations', () => {
    const head = `<link rel="canonical" href="https://tinh.example.gov.vn/a.html">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"NewsArticle","headline":"T","author":[{"@id":"#p1"},{"@type":"Organization","name":"Báo Tỉnh"},"Lê Văn Cường"]},
{"@type":"Person","@id":"#p1","name":"Phạm Thu Trang"}]}</script>`;
    expect(extractArticle(buildPage({ head })).authors).toEqual(['Phạm Thu Trang', 'Lê Văn Cường']);
  });

  it('ignores CMS accounts such as "admin" and the site name as authors', () => {
    const head = `<link rel="canonical" href="https://tinh.example.gov.vn/a.html">
<meta property="og:site_name" content="Cổng thông tin tỉnh"><meta name="author" content="admin">`;
    expect(extractArticle(buildPage({ head })).authors).toEqual([]);
    const site = head.replace('content="admin"', 'content="Cổng thông tin tỉnh"');
    expect(extractArticle(buildPage({ head: site })).authors).toEqual([]);
  });

  it('keeps a photo credit in the caption of a closing figure', () => {
    const tail =
      '<figure><img src="/a.jpg" alt="Hội nghị"><figcaption>Ảnh: Quốc Tuấn</figcaption></figure>';
    const article = extractArticle(buildPage({ tail }));
    expect(article.authors).toEqual([]);
    expect(article.images[0]?.caption).toBe('Ảnh: Quốc Tuấn');
  });

  it('leaves a closing paragraph that merely starts with "Theo" in the body', () => {
    const last = 'Theo kế hoạch, công trình sẽ hoàn thành và đưa vào sử dụng trước Tết Nguyên đán.';
    expect(text(buildPage({ tail: `<p>${last}</p>` }))).toContain(last);
  });
});

describe('the author page a meta tag declares, named by the link to it', () => {
  const page = (meta: string, href: string, name: string) =>
    buildPage({
      head: `<link rel="canonical" href="https://news.example.com/media/2011/sep/15/a">
<meta property="article:author" content="${meta}">`,
    }).replace(
      '</main>',
      `</main><div id="related"><div class="blog-byline">Posted by <a rel="author" href="${href}">${name}</a> Thursday 15 September 2011</div></div>`,
    );

  it.each([
    ['https://news.example.com/profile/jemimakiss', 'https://news.example.com/profile/jemimakiss'],
    ['http://www.news.example.com/profile/jemimakiss', '/profile/jemimakiss/'],
  ])('reads the name of the link to %j (%j) in a related column', (meta, href) => {
    expect(extractArticle(page(meta, href, 'Jemima Kiss')).authors).toEqual(['Jemima Kiss']);
  });

  it('takes no label of such a link for a name', () => {
    const meta = 'https://www.facebook.com/jemimakiss';
    expect(extractArticle(page(meta, meta, 'Facebook')).authors).toEqual([]);
  });
});

describe('cleanAuthors: a role of any words after the name, then its team or place', () => {
  it.each([
    [
      'Posted by Rachel Sterling, Product Marketing Manager, Google Small Business Team',
      ['Rachel Sterling'],
    ],
    ['Posted by John Mueller, Webmaster Trends Analyst, Zurich', ['John Mueller']],
    ['By Jane Doe, Staff Writer, and John Roe, Editor', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Fellows', ['Jane Doe', 'John Fellows']],
  ])('reads %j as %j', (line, names) => {
    expect(cleanAuthors(line)).toEqual(names);
  });
});
