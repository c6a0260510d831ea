import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/extract/index.ts';
import { recordingTrace } from '../../../shared/extract/trace.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const withTail = (line: string) => extractArticle(buildPage({ tail: `<p>${line}</p>` }));

describe('the contributor credits that close an article', () => {
  it.each([
    ['a contributor line', 'Keith Bradsher contributed reporting from Hong Kong.'],
    [
      'a wire’s reporting credits',
      '(Reporting by Greg Roumeliotis, with reporting by Herb Lash; Editing by Megan Davies)',
    ],
    ['an additional-reporting line', 'Additional reporting by Joseph Hudak'],
    ['an additional-reporting line after a dash', '– additional reporting by Donald Matthys'],
    [
      'an agency’s contributors',
      '—Associated Press writer John Leicester in Paris contributed to this report.',
    ],
    ['a source line', '(Quelle: APA/sda/dpa)'],
    ['a source line with the editors’ initials in brackets', 'Source: CNA/sk(ac)'],
    ['an agency’s material', 'Mit Agenturmaterial.'],
    ['a Spanish line of where the information came from', '(Con información de EFE)'],
    ['a Portuguese line of where the information came from', '*Com informações da Agência Brasil'],
    ['a French line naming the agency', '(Avec AFP)'],
    ['an Indian line naming the agency', '(With inputs from PTI)'],
    ['a wire’s copyright and item code', '© dpa-infocom, dpa:240516-99-53606/3 (dpa)'],
    ['an author’s initials', '(dmk)'],
    ['an editor’s initials after the Polish “oprac.”', 'oprac. kw'],
    ['an editor’s initials after the Polish “Opracowanie:”', 'Opracowanie: (kw/ab)'],
    ['an agency and an editor’s initials', 'SDA/sep'],
    ['agencies and initials', 'dpa/AFP/jel'],
    ['a wire’s editors’ slug in lower case', 'str/dhw/jj'],
    ['a wire agency between slashes', '/ritzau/'],
    ['a wire agency after a copyright sign', '(©NTB)'],
    ['a wire agency after a copyright sign, unbracketed', '© TT Nyhetsbyrån'],
    ['a wire agency and a Lithuanian “inf.”', 'BNS inf.'],
    [
      'a translator’s credit and the syndicate’s copyright',
      'Aus dem Englischen von Jan Doolan<br>Copyright: Project Syndicate, 2025',
    ],
    ['a translator’s credit in English', 'Translated from the German by Anna Roe.'],
    ['a translator’s credit in French', 'Traduit de l’anglais par Jean Dupont.'],
    ['an editor’s credit in German', 'Redaktion: Marcus Bensmann, Elena Müller'],
    [
      'the newsroom’s credits line by line',
      'Redaktion: Marcus Bensmann, Elena Müller<br>Faktencheck: Marcus Bensmann',
    ],
    [
      'the newsroom’s credits in one line',
      'Übersetzung: Tristan Oetker-Kast, Redaktion: Theresa Bäuerlein, Schlussredaktion: Lea Schönborn, Audioversion: Iris Hochberger und Christian Melchert',
    ],
  ])('leave the body: %s', (_what, line) => {
    const article = withTail(line);
    expect(article.contentText).not.toContain(line.slice(0, 20));
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('leave the body once the trailing byline has read its reporter', () => {
    const article = withTail('Reporting by Jane Doe; Editing by John Roe');
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.contentText).not.toContain('Editing by');
  });

  it('stay when the last paragraph only names a source in a sentence', () => {
    const line =
      'Quelle der Zahlen ist das Statistische Landesamt, das sie am Montag veröffentlichte.';
    expect(withTail(line).contentText).toContain(line);
  });

  it('stay when the last paragraph only says a text was translated', () => {
    const line =
      'Translated by the ministry into twelve languages, the leaflet reached every household on Friday.';
    expect(withTail(line).contentText).toContain(line);
  });

  it.each(['Nein/Ja', 'TV/Radio'])(
    'stay when the last line is words joined by a slash: %j',
    (line) => {
      expect(withTail(line).contentText).toContain(line);
    },
  );

  it('stay when the last paragraph only starts with a newsroom word and a colon', () => {
    const line =
      'Redaktion: Das ist das Wort, das in der Mitteilung des Verlags am häufigsten vorkam, sagte er.';
    expect(withTail(line).contentText).toContain(line);
  });

  it.each([
    'Reporting by the local paper first revealed the problem in 2019, prompting the inquiry.',
    'Editing by hand took the monks years, the museum guide said.',
  ])('stay when the last paragraph only opens like a credit: %j', (line) => {
    const article = withTail(line);
    expect(article.contentText).toContain(line);
    expect(article.authors).not.toContain('prompting the inquiry');
  });

  it('stay when the last paragraph only says someone contributed to something else', () => {
    const line =
      'Residents contributed reporting of their own to the council, which published it on Friday.';
    expect(withTail(line).contentText).toContain(line);
  });
});

describe('a credit of the writing in Spanish and Portuguese', () => {
  it.each([
    ['Redacción: María García', ['María García']],
    ['Redacción: María García / Edición: Luis Pérez', ['María García']],
    ['Reportaje: María García', ['María García']],
    ['Reportagem: Ana Souza / Edição: Luís Pereira', ['Ana Souza']],
    ['Redação: Ana Souza', ['Ana Souza']],
  ])('names the writer of %j and leaves the body', (line, authors) => {
    const article = withTail(line);
    expect(article.authors).toEqual(authors);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a closing sentence that opens with the word', () => {
    const line =
      'Redacción: así llamaban los vecinos a la casa donde se imprimía el periódico del pueblo.';
    expect(withTail(line).contentText).toContain(line);
  });
});

describe("the newsroom's word alone signing the text off", () => {
  it.each([
    'Redacción',
    '(Redacción)',
    'Redaktion',
    'La Rédaction',
    'Redazione',
    'Redação',
    'Ban Biên tập',
  ])('leaves the body and names no one: %j', (line) => {
    const article = withTail(line);
    expect(article.authors).toEqual([]);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a closing paragraph that names the newsroom in a sentence', () => {
    const line =
      'Redacción y lectores celebraron juntos los cien años del periódico en la plaza mayor.';
    expect(withTail(line).contentText).toContain(line);
  });
});

describe("a translator's credit among the closing byline lines", () => {
  it.each([
    ['TEXT BY ARIELLE PARDES', 'TRANSLATION BY CHIHIRO OKA'],
    ['Text by Arielle Pardes', '翻訳者: 中村 真子'],
  ])('reads %j as the author and drops %j from the body', (byline, translator) => {
    const article = extractArticle(buildPage({ tail: `<p>${byline}</p><p>${translator}</p>` }));
    expect(article.authors).toEqual(['Arielle Pardes']);
    expect(article.contentText).not.toContain(translator.slice(-8));
    expect(article.contentText).not.toContain(byline.slice(-8));
  });
});

describe("a newsroom's production credits among the closing byline lines", () => {
  it.each([
    ["an e-magazine's designer", 'Thiết kế: Lan Anh'],
    ["an e-magazine's layout", 'Trình bày: Lan Anh'],
    ['its technical credit', 'Kỹ thuật: Lan Anh'],
    ["a German page's designer", 'Gestaltung: Lena Roth'],
  ])('names no author in %s, and the credits above it are read', (_what, credit) => {
    const article = extractArticle(
      buildPage({ tail: `<p>Nội dung: Thu Hà</p><p>Ảnh: Hải Nam</p><p>${credit}</p>` }),
    );
    // Among the production's credits, each role its own, the pictures' credit names no author.
    expect(article.authors).toEqual(['Thu Hà']);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it.each([
    ['a Spanish editor', 'Texto: Ana García<br>Edición: Luis Pérez', ['Ana García']],
    [
      'a Spanish photographer and designer',
      'Texto: Ana García<br>Fotografía: Juan Ruiz, Diseño: Marta Gil',
      ['Ana García'],
    ],
    ['a Portuguese editor', 'Texto: Ana Souza<br>Edição: Luís Pereira', ['Ana Souza']],
    ['a French editor', 'Texte : Marie Dupont<br>Édition : Jean Martin', ['Marie Dupont']],
    [
      'an English designer and editor',
      'Text: Anna Berg<br>Design: Jan Ruf, Editing: Li Wei',
      ['Anna Berg'],
    ],
    [
      "an Indonesian agency's editor and copyright",
      'Pewarta: Devi Nindy Sari Ramadhan<br>Editor: Budisantoso Budiman<br>Copyright © ANTARA 2023',
      ['Devi Nindy Sari Ramadhan'],
    ],
    ['an Indonesian editor', 'Penulis: Rina Ayu<br>Editor: Andi Saputra', ['Rina Ayu']],
    ['an English editor', 'Reporter: Jane Doe<br>Editor: John Roe', ['Jane Doe']],
    // A Vietnamese station's editor below its reporters ("biên tập viên", "BTV").
    [
      "a Vietnamese station's editor",
      'PV Minh Châu - Hồng Nhung<br>BTV: Thanh Tâm',
      ['Minh Châu', 'Hồng Nhung'],
    ],
    ["a Vietnamese paper's editor", 'Bài: Thu Hà<br>Biên tập viên: Lê Hoa', ['Thu Hà']],
  ])('names no author in %s, and the writer above is read', (_what, lines, authors) => {
    const article = extractArticle(buildPage({ tail: `<p>${lines}</p>` }));
    expect(article.authors).toEqual(authors);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a closing sentence that opens with such a word', () => {
    const line = 'Thiết kế: đây là khâu quan trọng nhất để bảo đảm công trình đạt chất lượng.';
    expect(extractArticle(buildPage({ tail: `<p>${line}</p>` })).contentText).toContain(line);
  });
});

describe("a reporter's name and a news agency closing the body", () => {
  it.each([
    ['Anna Berg, Reuters', ['Anna Berg', 'Reuters']],
    ['Anna Berg, dpa', ['Anna Berg', 'dpa']],
    ['Jan Novák, ČTK', ['Jan Novák', 'ČTK']],
    ['Ahmet Yılmaz, AA', ['Ahmet Yılmaz', 'AA']],
    ['Иван Петров, РИА Новости', ['Иван Петров', 'РИА Новости']],
    // In brackets, the agency is the name's affiliation, as "(TTXVN)" is.
    ['Anna Berg (dpa)', ['Anna Berg']],
  ])('reads %j as the reporter and the agency and leaves the body', (line, authors) => {
    const article = withTail(line);
    expect(article.authors).toEqual(authors);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it.each([
    ['(AFP)', 'AFP'],
    ['(Reuters)', 'Reuters'],
    ['(Xinhua)', 'Xinhua'],
    ['[Reuters]', 'Reuters'],
    ['(dpa)', 'dpa'],
    ['(Anadolu Ajansı)', 'Anadolu Ajansı'],
  ])(
    'reads a news agency alone in brackets, %j, as the author and leaves the body',
    (line, agency) => {
      const article = withTail(line);
      expect(article.authors).toEqual([agency]);
      expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    },
  );

  it('keeps a closing line of a name in brackets that is no agency', () => {
    expect(withTail('(The Conversation)').authors).toEqual([]);
  });

  it('keeps a closing sentence naming a person and an agency', () => {
    const line = 'Anna Berg, Reuters und dpa berichteten am Abend über den Beschluss des Rates.';
    expect(withTail(line).contentText).toContain(line);
  });
});

describe('a credit of the text in Turkish and Polish closes the body', () => {
  it.each([
    ['Haber: Ahmet Yılmaz', ['Ahmet Yılmaz']],
    ['Muhabir: Ahmet Yılmaz', ['Ahmet Yılmaz']],
    ['Opracowanie: Jan Kowalski', ['Jan Kowalski']],
  ])('reads %j as the author and leaves the body', (line, authors) => {
    const article = withTail(line);
    expect(article.authors).toEqual(authors);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });
});

describe('a source named in other languages closes the body', () => {
  it.each([
    'Źródło: PAP',
    'Kaynak: AA',
    'Zdroj: ČTK',
    'Источник: ТАСС',
    'Forrás: MTI',
    // Arabic "source", with the space before the colon Arabic pages often write.
    'المصدر: الجزيرة + وكالات',
    'المصدر : رويترز',
    'المصدر: وكالات',
  ])('leaves the body: %j', (line) => {
    const article = withTail(line);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });
});

describe('a sign-off and a date alone close the body as metadata', () => {
  const tail = (...lines: string[]) =>
    extractArticle(buildPage({ tail: lines.map((l) => `<p>${l}</p>`).join('') }));

  it.each(['- Nadja Podbregar', '— Nadja Podbregar', '– Nadja Podbregar'])(
    'takes the dashed sign-off %j as the byline',
    (line) => {
      const article = tail(line);
      expect(article.authors).toEqual(['Nadja Podbregar']);
      expect(article.contentText).not.toContain('Podbregar');
    },
  );

  it.each([
    ['a date above the sign-off', ['28. November 2022', '- Nadja Podbregar']],
    ['a date below the byline', ['- Nadja Podbregar', '28. November 2022']],
    ['a date alone', ['28. November 2022']],
  ])('removes %s', (_, lines) => {
    const article = tail(...lines);
    expect(article.contentText).not.toContain('November 2022');
    expect(article.contentText).toContain(BODY_PARAGRAPHS.at(-1)?.slice(0, 40));
  });

  it('reads a date in an inline element after the last paragraph as a line of its own', () => {
    const article = extractArticle(
      buildPage({
        tail: '<p>Quelle: Science, Rice University</p><span class="meta">28. November 2022</span><p class="meta"> - Nadja Podbregar</p><div class="clearfix"><span></span></div>',
      }),
    );
    expect(article.authors).toEqual(['Nadja Podbregar']);
    expect(article.contentText).not.toContain('November 2022');
  });

  it('removes the dates under their labels, each on a line of its own', () => {
    const article = tail(
      'Erstveröffentlichung',
      '31.10.2023',
      'Letzte Aktualisierung',
      '31.10.2023',
    );
    expect(article.contentText).not.toMatch(/Erstveröffentlichung|Aktualisierung|31\.10\.2023/);
  });

  it('removes the heading the dates stood under, which then heads nothing', () => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<h2>Taip pat skaitykite</h2><p>2024.03.17 08:00</p><p>2024.02.04 14:21</p>`;
    const article = extractArticle(buildPage({ body }));
    expect(article.contentText).not.toMatch(/Taip pat skaitykite|2024\.0/);
  });

  it('keeps a closing sentence that opens with a dash', () => {
    const line = '- und dann kam der Regen, der die Ernte des ganzen Jahres vernichtete.';
    expect(tail(line).contentText).toContain('der die Ernte des ganzen Jahres');
  });

  it.each(['29 November 2018 | 20 January 2019', '29.11.2018 – 20.01.2019'])(
    'keeps the span of dates an event runs %j',
    (line) => {
      expect(tail(line).contentText).toContain(line);
    },
  );

  it('keeps a closing sentence that mentions a date', () => {
    const line = 'Die Anhörung ist für den 28. November 2022 angesetzt.';
    expect(tail(line).contentText).toContain('Die Anhörung ist für den 28. November 2022');
  });
});

describe('a credit closing the body that names a police or government unit', () => {
  it.each([
    'Tin, ảnh: Phòng PV01',
    'Bài, ảnh: Đội CSGT số 2',
    'Tin: Công an phường 3',
    'Tin, ảnh: Phòng Tham mưu',
  ])('leaves the body and names no author: %j', (line) => {
    const article = extractArticle(
      buildPage({ tail: `<p style="text-align:right"><strong>${line}</strong></p>` }),
    );
    expect(article.authors).toEqual([]);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS.at(-1) as string)).toBe(true);
  });

  it.each([
    ['Tin: PV Minh Châu', 'Minh Châu'],
    ['Bài, ảnh: CTV Hồng Nhung', 'Hồng Nhung'],
  ])('still names the reporter a title opens %j', (line, name) => {
    const article = extractArticle(
      buildPage({ tail: `<p style="text-align:right"><strong>${line}</strong></p>` }),
    );
    expect(article.authors).toEqual([name]);
  });

  it('keeps a closing sentence that credits a unit in prose', () => {
    const line = 'Tin: Phòng PV01 đã tiếp nhận 12 đơn thư trong tháng, giải quyết dứt điểm 10 đơn.';
    expect(extractArticle(buildPage({ tail: `<p>${line}</p>` })).contentText).toContain(
      'đã tiếp nhận 12 đơn thư',
    );
  });
});

describe('a closing name with its unit on the line below', () => {
  it.each([
    [
      '<p><strong>Nguyễn Hương</strong><br><em>(Trung tâm VH-TT&amp;TT huyện)</em></p>',
      ['Nguyễn Hương'],
    ],
    ['<p>Nguyễn Hương<br>(Trung tâm VH-TT&amp;TT huyện)</p>', ['Nguyễn Hương']],
    ['<p><strong>Hoàng Anh</strong><br><em>Đài Truyền thanh huyện</em></p>', ['Hoàng Anh']],
    ['<p><strong>Hoàng Anh</strong></p><p><em>Đài Truyền thanh huyện</em></p>', ['Hoàng Anh']],
    // An ampersand inside a unit's abbreviation joins no two people.
    ['<p><strong>Thanh Hà - Phòng GD&amp;ĐT</strong></p>', ['Thanh Hà']],
    ['<p><strong>Thanh Hà (Phòng GD&amp;ĐT)</strong></p>', ['Thanh Hà']],
    ['<p><strong>Thanh Hà - Sở LĐ-TB&amp;XH</strong></p>', ['Thanh Hà']],
    ['<p><strong>Anna Berg&amp;Jan Ruf</strong></p>', ['Anna Berg', 'Jan Ruf']],
    // A unit's acronym before the place it serves is no second name.
    ['<p><em>Tin, ảnh: Hồng Nhung - CDC Nghệ An</em></p>', ['Hồng Nhung']],
    // The source credited on the name's line below is its note, as in brackets.
    ['<p><strong>Thanh Hà</strong><br><em>Nguồn: Sở Công Thương</em></p>', ['Thanh Hà']],
    ['<p><strong>Thanh Hà<br>Nguồn: Sở Công Thương</strong></p>', ['Thanh Hà']],
  ])('reads %s as the byline and leaves the body', (lines, authors) => {
    const article = extractArticle(buildPage({ tail: lines }));
    expect(article.authors).toEqual(authors);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a closing sentence above a unit named on a line of its own', () => {
    const sentence = 'Hội nghị kết thúc lúc 11 giờ cùng ngày.';
    const article = extractArticle(
      buildPage({ tail: `<p>${sentence}<br>(Trung tâm VH-TT&amp;TT huyện)</p>` }),
    );
    expect(article.contentText).toContain(sentence);
    expect(article.authors).toEqual([]);
  });
});

describe("a closing name over its Vietnamese job title's line", () => {
  it.each([
    ['<p><b>Nguyễn Thu Trang</b><br><em>Chuyên viên Phòng Nội vụ</em></p>', ['Nguyễn Thu Trang']],
    ['<p><b>Nguyễn Văn An</b><br><em>Phó Giám đốc Sở Nội vụ</em></p>', ['Nguyễn Văn An']],
    ['<p><b>Lê Minh</b></p><p><em>Cán bộ Văn phòng Huyện ủy</em></p>', ['Lê Minh']],
    ['<p><b>Lê Hương</b><br><em>Giáo viên Trường THCS Lê Lợi, TP Vinh</em></p>', ['Lê Hương']],
  ])('reads %s as the byline and leaves the body', (lines, authors) => {
    const article = extractArticle(buildPage({ tail: lines }));
    expect(article.authors).toEqual(authors);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it("names no one in an official's signature block of a decision", () => {
    const sign =
      '<p><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br>(đã ký)<br><b>Nguyễn Văn An</b><br>Phó Giám đốc Sở Nội vụ</p>';
    const article = extractArticle(buildPage({ tail: sign }));
    expect(article.authors).toEqual([]);
    expect(article.contentText).toContain('Nguyễn Văn An');
  });
});

describe('a closing name over its job title gives way to the byline at the top', () => {
  const top =
    '<div class="author-info"><span class="author">Trần Văn Nam</span> <span class="time">14/12/2023 08:30</span></div>';
  const english =
    '<div class="byline">By <a href="/author/jane-roe" rel="author">Jane Roe</a> <time datetime="2023-12-14T08:30:00Z">Dec 14, 2023</time></div>';
  const authorsOf = (tail: string, before = top, lang = 'vi') =>
    extractArticle(buildPage({ before, tail, lang })).authors;

  it.each([
    '<p><b>Nguyễn Thu Trang</b><br><em>Chuyên viên Phòng Nội vụ</em></p>',
    '<p><b>Nguyễn Văn An</b></p><p><em>Phó Giám đốc Sở Nội vụ</em></p>',
  ])('reads the byline at the top, not %s', (tail) => {
    expect(authorsOf(tail)).toEqual(['Trần Văn Nam']);
  });

  it.each([
    '<p><strong>John Smith</strong><br><em>Senior Policy Analyst, Council Research Office</em></p>',
    '<p><strong>Mary Jones</strong><br><em>Professor of Economics, University of Leeds</em></p>',
  ])('reads an English byline at the top, not %s, nor the title as names', (tail) => {
    expect(authorsOf(tail, english, 'en')).toEqual(['Jane Roe']);
  });

  it('reads the closing name where it is the only credit', () => {
    const tail = '<p><b>Nguyễn Thu Trang</b><br><em>Chuyên viên Phòng Nội vụ</em></p>';
    expect(authorsOf(tail, '<div class="date">14/12/2023</div>')).toEqual(['Nguyễn Thu Trang']);
  });
});

describe('a closing byline above the list of attached documents', () => {
  it.each([
    [
      'a labelled list of documents',
      '<p><strong>Tệp đính kèm:</strong></p><ul><li><a href="/files/ke-hoach.pdf">Kế hoạch (PDF)</a></li></ul>',
    ],
    [
      'a box holding the label and the list of documents',
      '<div class="attach"><b>Tệp đính kèm:</b><ul><li><a href="/files/ke-hoach.pdf">ke-hoach.pdf</a> <a href="/files/ke-hoach.pdf">(Tải về)</a></li></ul></div>',
    ],
  ])('reads the byline above %s, which stays', (_, documents) => {
    const article = extractArticle(
      buildPage({ tail: `<p style="text-align:right"><strong>Lê Hà</strong></p>${documents}` }),
    );
    expect(article.authors).toEqual(['Lê Hà']);
    expect(article.contentHtml).toContain('ke-hoach.pdf');
    expect(article.contentText).not.toContain('Lê Hà');
  });
});

describe("a picture's credit written without a colon", () => {
  it.each(['<em>Foto ANSA</em>', '<small>Photo Reuters</small>', '<em>Bild dpa</em>'])(
    'names no author in %s',
    (line) => {
      expect(withTail(line).authors).toEqual([]);
    },
  );
});

describe("an official document's signature block closing the body", () => {
  const tail = (html: string) => extractArticle(buildPage({ tail: html }));

  it.each([
    [
      'signed for the chair',
      '<p style="text-align:right"><strong>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong></p><p style="text-align:right"><em>(Đã ký)</em></p><p style="text-align:right"><strong>Nguyễn Văn An</strong></p>',
      'Nguyễn Văn An',
    ],
    [
      'on behalf of the committee, after the recipients',
      '<p><strong>Nơi nhận:</strong><br>- Như trên;<br>- Lưu: VT.</p><p style="text-align:right"><strong>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</strong></p><p style="text-align:right"><strong>Trần Văn Bình</strong></p>',
      'Trần Văn Bình',
    ],
  ])('stays whole in the body and names no author: %s', (_, html, signer) => {
    const article = tail(html);
    expect(article.authors).toEqual([]);
    expect(article.contentText).toContain(signer);
    expect(article.contentText).toMatch(/CHỦ TỊCH/);
  });

  it.each([
    ['TRƯỞNG PHÒNG', 'Nguyễn Thị Phương'],
    ['GIÁM ĐỐC', 'Lê Văn Thắng'],
    ['PHÓ CHỦ TỊCH', 'Trần Văn Bình'],
  ])('signed by the head in their own name, "%s" over the name, names no author', (title, name) => {
    const article = tail(
      `<p style="text-align:right"><strong>${title}</strong></p><p style="text-align:right"><strong>${name}</strong></p>`,
    );
    expect(article.authors).toEqual([]);
    expect(article.contentText).toMatch(new RegExp(`${title}\\s+${name}$`));
  });

  it.each([
    [
      'signed for the prime minister',
      '<p style="text-align:right"><strong>KT. THỦ TƯỚNG<br>PHÓ THỦ TƯỚNG</strong></p><p style="text-align:right"><strong>Trần Hồng Hà</strong></p><p style="text-align:right"><strong>Phương Liên</strong></p>',
      'Trần Hồng Hà',
      'Phương Liên',
    ],
    [
      'on behalf of the provincial committee, signed',
      '<p style="text-align:right"><strong>TM. UBND TỈNH<br>CHỦ TỊCH</strong><br><em>(Đã ký)</em><br><strong>Nguyễn Văn An</strong></p><p style="text-align:right"><strong>Minh Châu</strong></p>',
      'Nguyễn Văn An',
      'Minh Châu',
    ],
    [
      'German "Im Auftrag"',
      '<p>Im Auftrag<br><strong>Dr. Max Mustermann</strong></p><p><strong>Anna Berger</strong></p>',
      'Max Mustermann',
      'Anna Berger',
    ],
    [
      'French "Pour le ministre et par délégation"',
      '<p>Pour le ministre et par délégation,<br>Le directeur général de la santé,<br><em>Jean Dupont</em></p><p><em>Claire Martin</em></p>',
      'Jean Dupont',
      'Claire Martin',
    ],
  ])(
    'reads the reporter below the signer, who stays in the body: %s',
    (_, html, signer, reporter) => {
      const article = tail(html);
      expect(article.authors).toEqual([reporter]);
      expect(article.contentText).toContain(signer);
      expect(article.contentText).not.toContain(reporter);
    },
  );

  it('names no author for a letter signed "For the Minister" and the signer\'s name', () => {
    const article = tail('<p>For the Minister</p><p><strong>John Smith</strong></p>');
    expect(article.authors).toEqual([]);
    expect(article.contentText).toContain('John Smith');
  });

  it('still reads a reporter closing a news story that quotes a chair', () => {
    const article = tail(
      '<p>Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh đề nghị các sở tiếp tục cải cách.</p><p style="text-align:right"><strong>Minh Châu</strong></p>',
    );
    expect(article.authors).toEqual(['Minh Châu']);
  });
});

describe("a closing line whose element is marked as the author's name", () => {
  it.each([
    [
      'after a paragraph',
      '<p class="signature"><span class="author__name">Pierre Barthélémy</span></p>',
    ],
    [
      'after a list',
      '<ul><li>1935 Naissance à Bourges</li><li>2026 Mort à Orléans</li></ul><p><span class="byline-name">Pierre Barthélémy</span></p>',
    ],
  ])('is read as the byline and leaves the body: %s', (_, html) => {
    const article = extractArticle(buildPage({ tail: html }));
    expect(article.authors).toEqual(['Pierre Barthélémy']);
    expect(article.contentText).not.toContain('Barthélémy');
  });
});

describe("a reporter's credit closing the body: the name, the outlets, the date", () => {
  it.each([
    'Anna Brück, rbb, tagesschau, 14.10.2026 12:47 Uhr',
    'Jan Ruf, NDR, 03.02.2025',
    'Lena Vogt, hr-info, 5. März 2025',
  ])('reads the name of %j as the author and removes the line', (line) => {
    const name = line.slice(0, line.indexOf(','));
    const { authors, contentText } = withTail(line);
    expect(authors).toEqual([name]);
    expect(contentText).not.toContain(name);
  });

  it.each(['Berlin, Hamburg, 14.10.2026', 'Die Messe läuft in Hannover, Halle 4, bis 14.10.2026'])(
    'names no one in %j',
    (line) => {
      expect(withTail(line).authors).toEqual([]);
    },
  );
});

describe('a copyright notice after the closing byline does not hide it', () => {
  const tail = (...lines: string[]) =>
    extractArticle(buildPage({ tail: lines.map((l) => `<p>${l}</p>`).join('') }));

  it.each([
    [
      '김민준 기자 minjun@hanbit.example.co.kr',
      '저작권자 © 한빛일보 무단전재 및 재배포 금지',
      '김민준',
    ],
    ['Tin, ảnh: ĐỖ HUY.', 'Bản quyền thuộc về Báo Hà Tĩnh.', 'Đỗ Huy'],
    ['Von Anna Berger', 'Alle Rechte vorbehalten.', 'Anna Berger'],
  ])('reads %j before %j and removes both', (byline, notice, author) => {
    const article = tail(byline, notice);
    expect(article.authors).toEqual([author]);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS.at(-1) as string)).toBe(true);
  });
});

describe('a name in brackets closing the last paragraph signs the article', () => {
  const last = (paragraph: string) => extractArticle(buildPage({ tail: `<p>${paragraph}</p>` }));

  it.each([
    '<strong>Die Gemeindepolitik bleibt spannend.</strong> (Christian P. Stadtfeld) +++',
    'Die Gemeindepolitik bleibt spannend. (Christian P. Stadtfeld)',
  ])('takes the author from %j and leaves the sentence', (paragraph) => {
    const article = last(paragraph);
    expect(article.authors).toEqual(['Christian P. Stadtfeld']);
    expect(article.contentText).toContain('Die Gemeindepolitik bleibt spannend.');
    expect(article.contentText).not.toContain('Stadtfeld');
  });

  it.each([
    'Den Preis erhielt die Autorin (Anna Berg).',
    'Das sagte der Bürgermeister. (Foto: Anna Berg)',
    'Die Sitzung endete spät (gegen Mitternacht)',
  ])('keeps %j as text', (paragraph) => {
    const article = last(paragraph);
    expect(article.authors).toEqual([]);
    expect(article.contentText).toContain(paragraph.slice(-12));
  });
});

describe("an author's bracketed initials closing the last paragraph as a link to their address", () => {
  const last = (paragraph: string) => extractArticle(buildPage({ tail: `<p>${paragraph}</p>` }));

  it("takes the author from the link's title and leaves the sentence", () => {
    const article = last(
      'Die Tests zeigen die Vorteile der neuen Engine. <span class="x1">(<a href="mailto:heb@ct.example.de" title="Herbert Braun">heb</a>)</span><br class="clear">',
    );
    expect(article.authors).toEqual(['Herbert Braun']);
    expect(article.contentText).toContain('die Vorteile der neuen Engine.');
    expect(article.contentText).not.toContain('(heb)');
  });

  it('keeps bracketed words in a sentence, and a link to another page', () => {
    for (const paragraph of [
      'Die Tests zeigen <span>(<a href="mailto:heb@ct.example.de" title="Herbert Braun">heb</a>)</span> die Vorteile.',
      'Die Tests zeigen die Vorteile. <span>(<a href="/thema/heb" title="Herbert Braun">heb</a>)</span>',
    ]) {
      expect(last(paragraph).authors).toEqual([]);
    }
  });
});

describe('a wire agency after a dash closing the last paragraph', () => {
  const last = (paragraph: string) => extractArticle(buildPage({ tail: `<p>${paragraph}</p>` }));

  it('credits the agency of "… sehingga Selasa. - BERNAMA" and leaves the sentence', () => {
    const article = last('Hujan lebat dijangka berterusan sehingga Selasa. - BERNAMA');
    expect(article.authors).toEqual(['BERNAMA']);
    expect(article.contentText).toContain('berterusan sehingga Selasa.');
    expect(article.contentText).not.toContain('BERNAMA');
  });

  it('drops "— with AAP", a contributor, naming no author', () => {
    const article = last('The first trams will run to the airport by 2033. — with AAP');
    expect(article.authors).toEqual([]);
    expect(article.contentText).toContain('to the airport by 2033.');
    expect(article.contentText).not.toContain('AAP');
  });

  it.each([
    'The vote was 20-2 - Reuters',
    'The ministers met the heads of state - the White House said.',
  ])('keeps %j as text', (paragraph) => {
    expect(last(paragraph).contentText).toContain(paragraph.slice(-10));
  });
});

describe('an end-of-story mark after the last sentence', () => {
  it('drops "■" and keeps the sentence', () => {
    const text = extractArticle(
      buildPage({ tail: '<p>Cambodia aims to export 1 million tonnes by 2025. ■</p>' }),
    ).contentText;
    expect(text).toContain('1 million tonnes by 2025.');
    expect(text).not.toContain('■');
  });
});

describe("a promotion's call to action closing the body", () => {
  it('names no author: "GET STARTED", the one link of a box under its own heading', () => {
    const article = extractArticle(
      buildPage({
        tail: `<div><h2>WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?</h2><p>440k+ Newsrooms &amp; Influencers</p><a href="https://www.cision.com/us/send-press-release/">GET STARTED</a></div>`,
      }),
    );
    expect(article.authors).toEqual([]);
  });

  it.each(['Learn More', 'Sign Up Now', 'Read More', 'Contact Us'])(
    'names no author: %j linked alone closing the body',
    (label) => {
      const article = extractArticle(
        buildPage({ tail: `<p><a href="https://example.org/x">${label}</a></p>` }),
      );
      expect(article.authors).toEqual([]);
    },
  );

  it('still reads a reporter linked to their page closing the body', () => {
    const article = extractArticle(
      buildPage({ tail: '<p><a href="/tac-gia/minh-chau">Minh Châu</a></p>' }),
    );
    expect(article.authors).toEqual(['Minh Châu']);
  });
});

describe("an issuing body's sign-off in capitals closing a press release", () => {
  it('names no author and stays whole: "MINISTRY OF FOREIGN AFFAIRS<br>SINGAPORE<br>17 NOVEMBER 2024"', () => {
    const article = withTail('MINISTRY OF FOREIGN AFFAIRS<br>SINGAPORE<br>17 NOVEMBER 2024');
    expect(article.authors).toEqual([]);
    const closing = article.contentText.slice(
      article.contentText.indexOf(BODY_PARAGRAPHS[2] as string),
    );
    expect(closing.includes('MINISTRY OF FOREIGN AFFAIRS') === closing.includes('SINGAPORE')).toBe(
      true,
    );
  });
});

describe('a government CMS’s lists of labelled fields above and below the text (Taiwan’s)', () => {
  const page = `<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>行政院會通過「住宅租賃補貼擴大方案」 每年受惠家庭可達75萬戶 - 新聞與公告 - 行政院全球資訊網</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="main">
<a href="#C" id="C" title="中央內容區塊">:::</a>
<div class="area-essay page-caption-p">
 <h2 class="h3">行政院會通過「住宅租賃補貼擴大方案」 每年受惠家庭可達75萬戶</h2>
 <ul class="list-text detail"><li><span>發布日期：</span>115-12-06</li><li><span>資料來源：</span>內政部</li><li><span>點閱次數：</span>2031</li></ul>
 <div class="area-editor user-edit">
  <div class="p">
   <p>行政院長今（6）日主持行政院會聽取內政部「住宅租賃補貼擴大方案」報告後表示，居住正義是政府施政的重要目標，為減輕青年及中低收入家庭的租屋負擔，政府自民國116年起，將租金補貼的戶數上限從50萬戶擴大至75萬戶，預算規模增加為每年新臺幣360億元。</p>
   <p>院長指出，本方案放寬申請資格，單身青年所得門檻由每人每月平均所得提高至最低生活費的3.5倍，新婚及育有未成年子女家庭的補貼金額再加碼1.3倍至1.8倍，並簡化申請流程，民眾可全程線上申辦，不須房東同意。</p>
   <p>內政部表示，本方案將於中華民國115年12月15日起受理民國116年度的申請，補貼以年度為單位核定，每月補貼金額依縣市不同介於新臺幣2,000元至8,000元。申請人可至內政部國土管理署網站或各直轄市、縣（市）政府洽詢。</p>
   <p>院長請內政部與各地方政府密切合作，加強宣導，讓需要協助的民眾都能知道並申請；同時請財政部研議對出租住宅給補貼戶的房東提供稅賦優惠，以增加租屋市場供給。</p>
  </div>
 </div>
 <div class="area-file"><h3>附件</h3><ul><li><a href="/Download.ashx?u=1">住宅租賃補貼擴大方案簡報.pdf</a></li></ul></div>
 <div class="area-customize"><ul><li>更新日期：115-12-06</li><li>發布單位：行政院</li></ul></div>
</div>
</div>
</body></html>`;

  it('leaves the list of the date, source and view count above the text out of the body', () => {
    const article = extractArticle(page, { url: 'https://www.ey.gov.tw/Page/9277F759E41CCD91/a' });
    expect(article.contentText.startsWith('行政院長今（6）日主持行政院會')).toBe(true);
    expect(article.publishedAt?.slice(0, 10)).toBe('2026-12-06');
  });
});

describe("a closing signature of the reporter's name, the desk and the paper", () => {
  const head = '<link rel="canonical" href="https://www.eldiario.example/politica/reforma-123">';

  it('leaves the body whole and names the reporter', () => {
    const article = extractArticle(
      buildPage({
        head,
        tail: '<p>JUAN PÉREZ GÓMEZ<br>Redacción Política<br>EL DIARIO</p>',
      }),
    );
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual(['Juan Pérez Gómez']);
  });

  it.each(['Redacción Política', 'Redação Esportes', 'Redazione Cronaca'])(
    'reads a desk %j closing the body as the newsroom, naming no one',
    (desk) => {
      const article = extractArticle(buildPage({ head, tail: `<p>${desk}</p>` }));
      expect(article.authors).toEqual([]);
      expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    },
  );

  it('keeps a closing sentence that opens with the newsroom', () => {
    const line = 'Redacción Política recibió el informe el lunes y lo publicará completo mañana.';
    expect(extractArticle(buildPage({ head, tail: `<p>${line}</p>` })).contentText).toContain(line);
  });
});

describe("a print version's line of the article's own address closing the body", () => {
  it.each([
    'Nguồn: https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html',
    'URL: https://www.tinh.example.gov.vn/tin/tong-ket-cchc-2023.html',
    'Source: https://tinh.example.gov.vn/print/123',
  ])('leaves the body, the byline above it read: %j', (line) => {
    const article = withTail(
      `<p style="text-align:right"><strong>Lê Hội</strong></p><p>${line}</p>`,
    );
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual(['Lê Hội']);
  });

  it("keeps another site's address credited as the source", () => {
    const line = 'Nguồn: https://baochinhphu.example.vn/tong-ket-cchc-102261206.htm';
    expect(withTail(line).contentText).toContain('baochinhphu.example.vn');
  });
});

describe('rule: a closing line of a name and "фото автора" (the pictures are the author\'s own) is the byline', () => {
  it.each([
    ['in italics', '<em>Анна Иванова, фото автора</em>'],
    ['plain, with a full stop', 'Олена Коваль, фото автора.'],
  ])('takes the name %s, and leaves the line out of the body', (_, line) => {
    const article = withTail(line);
    expect(article.authors).toEqual([line.includes('Анна') ? 'Анна Иванова' : 'Олена Коваль']);
    expect(article.contentText).not.toContain('фото автора');
    expect(article.contentText.endsWith(BODY_PARAGRAPHS.at(-1) as string)).toBe(true);
  });
});

/** A page on `canonical` whose declared name is `siteName`, `tail` closing its body. */
const onSite = (canonical: string, siteName: string, tail: string) =>
  extractArticle(
    buildPage({
      head: `<link rel="canonical" href="${canonical}"><meta property="og:site_name" content="${siteName}">`,
      tail,
    }),
  );

describe("rule: the site's own name alone in brackets closing the body credits the site", () => {
  it.each([
    ['https://dantri.com.vn/xa-hoi/tong-ket.htm', 'Báo Dân trí', '(Dân trí)'],
    ['https://www.vietnamplus.vn/tong-ket-post1.vnp', 'Vietnam+ (VietnamPlus)', '(Vietnam+)'],
    ['https://www.tagesschau.de/inland/tong-ket.html', 'tagesschau.de', '[tagesschau.de]'],
  ])('leaves the body and names no author: %s %j', (url, name, line) => {
    const article = onSite(url, name, `<p>${line}</p>`);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual([]);
  });

  it('leaves the byline above it to be read', () => {
    const tail = '<p style="text-align:right"><strong>Lê Hội</strong></p><p>(Dân trí)</p>';
    const article = onSite('https://dantri.com.vn/xa-hoi/tong-ket.htm', 'Báo Dân trí', tail);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual(['Lê Hội']);
  });

  it("keeps another outlet's name in brackets", () => {
    const tail = '<p>(Tuổi Trẻ)</p>';
    const article = onSite('https://dantri.com.vn/xa-hoi/tong-ket.htm', 'Báo Dân trí', tail);
    expect(article.contentText).toContain('(Tuổi Trẻ)');
  });
});

describe("rule: the site's own name alone closing the body, without brackets, credits the site", () => {
  it.each([
    ['https://www.stuff.co.nz/nz-news/350270001/water', 'Stuff', 'Stuff'],
    ['https://dantri.com.vn/xa-hoi/tong-ket.htm', 'Báo Dân trí', 'Dân trí'],
  ])('leaves the body and names no author: %s %j', (url, name, line) => {
    const article = onSite(url, name, `<p>${line}</p>`);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual([]);
  });

  it('keeps a sentence naming the site', () => {
    const url = 'https://www.stuff.co.nz/nz-news/350270001/water';
    const line = '<p>Stuff has asked the council for comment.</p>';
    expect(onSite(url, 'Stuff', line).contentText).toContain('Stuff has asked');
  });

  it("keeps the site's name as a link closing a sentence", () => {
    const url = 'https://www.my6sense.com/2018/02/15/native-ads/';
    const line = '<p>For more information, please visit <a href="/">www.my6sense.com</a></p>';
    expect(onSite(url, 'my6sense', line).contentText).toMatch(/please visit www\.my6sense\.com$/);
  });
});

describe("rule: the site's own name in brackets after the last paragraph's last sentence credits the site", () => {
  const END = 'Lạm phát được kiểm soát ở mức dưới 4%.';
  it.each([
    [
      'https://www.vietnamplus.vn/tong-ket-post1.vnp',
      'Vietnam+ (VietnamPlus)',
      `${END} (Vietnam+)`,
    ],
    ['https://dantri.com.vn/xa-hoi/tong-ket.htm', 'Báo Dân trí', `${END}<em> (Dân trí)</em>`],
  ])('leaves the body: %s', (url, name, line) => {
    const article = onSite(url, name, `<p>${line}</p>`);
    expect(article.contentText.endsWith(END)).toBe(true);
  });

  it('keeps the quotation mark closing the sentence', () => {
    const url = 'https://www.vietnamplus.vn/tong-ket-post1.vnp';
    const quoted = '<p>Ông nói: “Chúng tôi sẽ tiếp tục.” (Vietnam+)</p>';
    const article = onSite(url, 'Vietnam+ (VietnamPlus)', quoted);
    expect(article.contentText.endsWith('tiếp tục.”')).toBe(true);
  });

  it('is listed among the removals `--explain` shows', () => {
    const { trace, explanation } = recordingTrace();
    const html = buildPage({
      head: '<link rel="canonical" href="https://www.vietnamplus.vn/tong-ket-post1.vnp"><meta property="og:site_name" content="Vietnam+ (VietnamPlus)">',
      tail: `<p>${END} (Vietnam+)</p>`,
    });
    expect(extractArticle(html, { trace }).contentText.endsWith(END)).toBe(true);
    const removal = explanation.removed.find((r) => /site's own name/.test(r.rule));
    expect(removal?.text).toBe('(Vietnam+)');
  });

  it("keeps brackets that are the sentence's", () => {
    const url = 'https://www.vietnamplus.vn/tong-ket-post1.vnp';
    const inner = onSite(
      url,
      'Vietnam+ (VietnamPlus)',
      '<p>Theo số liệu của Vietnam+ (Vietnam+)</p>',
    );
    expect(inner.contentText).toContain('Theo số liệu');
  });
});

describe('rule: a source line labelled in Central, Eastern and Northern European languages closes no article', () => {
  it.each([
    ['Romanian', 'Sursa: Agerpres'],
    ['Serbian, Croatian and Bosnian', 'Izvor: Tanjug'],
    ['Serbian in Cyrillic', 'Извор: Танјуг'],
    ['Bulgarian', 'Източник: БТА'],
    ['Slovenian', 'Vir: STA'],
    ['Estonian', 'Allikas: ERR, BNS'],
    ['Latvian', 'Avots: LETA'],
    ['Lithuanian', 'Šaltinis: BNS'],
    ['Greek', 'Πηγή: ΑΠΕ-ΜΠΕ'],
    ['Icelandic', 'Heimild: RÚV'],
  ])('leaves the body: %s %j', (_language, line) => {
    const article = withTail(line);
    expect(article.contentText).not.toContain(line);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a sentence that opens with the word', () => {
    const line =
      'Sursa: un oficial care a cerut să nu fie numit, pentru că nu era autorizat să vorbească.';
    expect(withTail(line).contentText).toContain('un oficial care a cerut');
  });
});

describe("a rating widget's label and marks below the byline are metadata", () => {
  it('reads the byline above "Đánh giá bài viết: 1 2 3 4 5" and drops the widget', () => {
    const tail =
      '<p style="text-align: right;"><em>Hoàng Minh Đức</em></p><div class="rate">Đánh giá bài viết: 1 2 3 4 5</div>';
    const article = extractArticle(buildPage({ tail }));
    expect(article.authors).toEqual(['Hoàng Minh Đức']);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a closing sentence opening with the label', () => {
    const line = 'Đánh giá bài viết: nội dung đầy đủ, số liệu 1 2 3 được cập nhật kịp thời.';
    expect(extractArticle(buildPage({ tail: `<p>${line}</p>` })).contentText).toContain(line);
  });
});

describe("rule: a wire agency's name alone in brackets closing the body, in Latin or Arabic script, credits the agency", () => {
  it.each([
    ['(أ ف ب)', 'أ ف ب'],
    ['(رويترز)', 'رويترز'],
    ['(د ب أ)', 'د ب أ'],
    ['(واس)', 'واس'],
    ['(Reuters)', 'Reuters'],
    ['(AFP)', 'AFP'],
  ])('leaves the body and credits the agency: %j', (line, agency) => {
    const article = withTail(line);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual([agency]);
  });

  it.each(['(الجزيرة)', '(Tuổi Trẻ)'])('keeps a name in brackets that is no agency: %j', (line) => {
    expect(withTail(line).contentText).toContain(line);
  });
});

describe('rule: a dash and a name of a script without capitals closing the body sign it', () => {
  it.each([
    ['- مريم الحامدي', 'مريم الحامدي'],
    ['— محمد عبد الله', 'محمد عبد الله'],
    ['– אבי כהן', 'אבי כהן'],
  ])('reads %j as the byline', (line, name) => {
    const article = withTail(line);
    expect(article.authors).toEqual([name]);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it.each(['- انتهى', '- وكالات'])('reads one word after a dash as no name: %j', (line) => {
    expect(withTail(line).authors).toEqual([]);
  });
});

describe('rule: a source line in more languages below a closing byline is set aside, so the byline is read and leaves', () => {
  it.each([
    ['Аутор: Ана Петровић', 'Извор: Танјуг'],
    ['<strong>Maja Kranjc</strong>', 'Vir: STA'],
    ['<strong>Мария Петрова</strong>', 'Източник: БТА'],
  ])('%j above %j', (byline, source) => {
    const { authors, contentText } = withTail(`${byline}</p><p>${source}`);
    expect(authors).toEqual([byline.replace(/<[^>]+>|^Аутор: /g, '')]);
    expect(contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });
});

describe('a person credited with "Theo" over the outlet alone closing the body', () => {
  it.each([
    '<p class="author">Theo Minh Anh</p><p class="source">Nhịp sống thị trường</p>',
    '<p><strong>Theo Minh Anh</strong><br>Nhịp sống thị trường</p>',
    '<p><b>Theo Nguyễn Lan Hương</b></p><p><i>Người đồng hành</i></p>',
  ])('reads the person as the author and takes both lines out of the body: %s', (lines) => {
    const article = extractArticle(buildPage({ tail: lines }));
    expect(article.authors.length).toBe(1);
    expect(['Minh Anh', 'Nguyễn Lan Hương']).toContain(article.authors[0]);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a sentence below the credit', () => {
    const sentence = 'Thị trường còn nhiều biến động.';
    const article = extractArticle(buildPage({ tail: `<p>Theo Minh Anh</p><p>${sentence}</p>` }));
    expect(article.contentText.endsWith(sentence)).toBe(true);
  });
});

describe('a closing credit of wire agencies alone beside the reporter the page declares', () => {
  const head = `<link rel="canonical" href="https://news.example.com/a/story-1.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Ivana Horvat"}}</script>`;
  const page = (tail: string) => extractArticle(buildPage({ head, tail }));

  it.each([
    ['(Hina)', 'Hina'],
    ['Bron: ANP', 'ANP'],
  ])('names the reporter and the agency of %j', (line, agency) => {
    const article = page(`<p>${line}</p>`);
    expect(article.authors).toEqual(['Ivana Horvat', agency]);
    expect(article.contentText).not.toContain(line);
  });

  it('names the reporter and the agency signing the last paragraph: "… - BERNAMA"', () => {
    const article = page('<p>Hujan lebat dijangka berterusan sehingga Selasa. - BERNAMA</p>');
    expect(article.authors).toEqual(['Ivana Horvat', 'BERNAMA']);
  });

  it('names the agency of "Sursa: Agerpres" below a closing byline, as "Quelle: dpa"', () => {
    const tail = '<p><strong>Ion Popescu</strong></p><p>Sursa: Agerpres</p>';
    expect(extractArticle(buildPage({ tail })).authors).toEqual(['Ion Popescu', 'Agerpres']);
  });

  it.each([
    ['Źródło: PAP', 'PAP'],
    ['Sursa: Agerpres', 'Agerpres'],
    ['Izvor: Tanjug', 'Tanjug'],
  ])('credits the agency a source line names in more languages: %j', (line, agency) => {
    expect(page(`<p>${line}</p>`).authors).toEqual(['Ivana Horvat', agency]);
  });

  it.each([
    ['ប្រភព៖ VNA', 'VNA'],
    ['ແຫຼ່ງຂ່າວ: VNA', 'VNA'],
    ['ที่มา: Reuters', 'Reuters'],
  ])(
    'credits the agency of a Khmer, Lao or Thai source line, which leaves the body: %j',
    (line, agency) => {
      const article = page(`<p>${line}</p>`);
      expect(article.authors).toEqual(['Ivana Horvat', agency]);
      expect(article.contentText).not.toContain(line);
    },
  );

  it('reads no name from a Khmer source line in an element marked as the author', () => {
    const tail = '<p class="article__author">ប្រភព៖ VNA</p>';
    expect(extractArticle(buildPage({ tail })).authors).toEqual(['VNA']);
  });

  it('still names the agency alone where the page declares no one', () => {
    expect(extractArticle(buildPage({ tail: '<p>(Hina)</p>' })).authors).toEqual(['Hina']);
  });
});

describe("the editors' initials after a dash closing the last paragraph, the newsroom's after them", () => {
  const last = BODY_PARAGRAPHS[2] as string;
  const closing = (mark: string) =>
    extractArticle(buildPage({ body: `<p>${BODY_PARAGRAPHS[0]}</p><p>${last} ${mark}</p>` }))
      .contentText;

  it.each([
    '—<b>VBL, GMA Integrated News</b>',
    '— <strong>LDF/KBK</strong>',
    '–<b>KBK, GMA News</b>',
  ])('leave the body: %j', (mark) => {
    expect(closing(mark).endsWith(last)).toBe(true);
  });

  it('keep a sentence’s words in bold after a dash', () => {
    expect(closing('—<b>Do not panic, she said</b>')).toContain('Do not panic');
  });

  it.each(['—VBL, GMA Integrated News', '— LDF/KBK', '–KBK, GMA News'])(
    'leave the body in plain text after a sentence’s end: %j',
    (mark) => {
      expect(closing(mark).endsWith(last)).toBe(true);
    },
  );

  it.each(['—USA, Canada and Mexico', '— NASA', '—USA', '—KBK', 'the rate —USA/EU'])(
    'keep a plain %j: a name alone, a list or a sentence’s words',
    (mark) => {
      expect(closing(mark)).toContain(mark.replace(/^\W+/, '').slice(0, 3));
    },
  );

  it.each(['—<b>VBL, GMA Integrated News</b>', '—VBL, GMA Integrated News'])(
    'are listed among the removals `--explain` shows, bold or plain: %j',
    (mark) => {
      const { trace, explanation } = recordingTrace();
      extractArticle(buildPage({ body: `<p>${BODY_PARAGRAPHS[0]}</p><p>${last} ${mark}</p>` }), {
        trace,
      });
      const removal = explanation.removed.find((r) => /editors' initials/.test(r.rule));
      expect(removal?.text).toBe('VBL, GMA Integrated News');
    },
  );

  it('leave a wire’s "—AP" to the trailing byline, and wires\' "—AP/AFP" where they are', () => {
    const read = (mark: string) =>
      extractArticle(buildPage({ body: `<p>${BODY_PARAGRAPHS[0]}</p><p>${last} ${mark}</p>` }));
    expect(read('—AP').authors).toContain('AP');
    expect(read('—AP/AFP').contentText).toContain('AP/AFP');
  });
});
