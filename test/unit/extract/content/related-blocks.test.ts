import { describe, expect, it } from 'vitest';
import { isRelatedHeading } from '../../../../shared/extract/content/patterns.ts';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY, extract, PARAGRAPHS, page } from './pages.ts';

const HEADINGS = [
  'Bài viết mới nhất:',
  'Tin liên quan',
  'Bài viết liên quan',
  'Xem thêm:',
  'Tin cùng chuyên mục',
  'Các tin khác',
  'Bài viết cùng chuyên mục',
  'Tin bài cùng chuyên mục',
  'Tin cùng loại',
  'Các tin đã đưa',
  'Các bài viết khác',
  'Đọc nhiều',
  'Có thể bạn quan tâm',
  'Related',
  'Related stories',
  'Recommended',
  'Recommended for you',
  'Read more',
  'Read more:',
  'More stories',
  'More from Reuters',
  'You may also like',
  'Most popular',
  'More Trending',
  'Popular',
  'Like this:',
  'Share your thoughts',
  'Weitere Nachrichten',
  'Aus dem Ressort',
  'Mehr aus dem Ressort',
  'Mehr aus der Rubrik',
  'Weiterlesen:',
  'More Great WIRED Stories',
  'You might also be interested in:',
  'Like this? You might also be interested in:',
  'Enjoyed this? You may also be interested in',
  'おすすめ情報',
  '注目記事',
  '推荐阅读',
  '많이 본 뉴스',
];

// Teasers carry more text than links, so only the heading can tell this is not the article.
const LINKS =
  '<ul><li><a href="/tin-1">Hội nghị tổng kết</a> Công an tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 với nhiều chỉ tiêu mới.</li><li><a href="/tin-2">Ra quân cao điểm</a> Lực lượng công an ra quân tấn công trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết.</li></ul>';

const pageWith = (block: string) =>
  `<html><body><div class="content">${BODY}${block}</div></body></html>`;

describe('related-links blocks', () => {
  it.each(HEADINGS)('removes the block headed "%s" and its links', (heading) => {
    const { contentText } = extract(pageWith(`<div class="box"><h3>${heading}</h3>${LINKS}</div>`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it.each(HEADINGS)(
    'removes a "%s" heading written as a bold paragraph before a list',
    (heading) => {
      const { contentText } = extract(pageWith(`<p><strong>${heading}</strong></p>${LINKS}`));
      expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    },
  );

  it.each([',', ';', ' |'])(
    'removes an inline "Xem thêm:" paragraph of two links after %j, closing the body',
    (separator) => {
      const { contentText } = extract(
        pageWith(
          `<p><strong>Xem thêm:</strong> <a href="/a.html">Cầu Nhật Tân sau 10 năm</a>${separator} <a href="/b.html">Cầu Trần Hưng Đạo sắp khởi công</a></p>`,
        ),
      );
      expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    },
  );

  it('removes an inline "Xem thêm:" teaser paragraph', () => {
    const { contentText } = extract(
      pageWith(
        '<p><strong>Xem thêm:</strong> <a href="/x">Tổng kết phong trào thi đua năm 2023</a></p>',
      ),
    );
    expect(contentText).not.toContain('Tổng kết phong trào');
  });

  it.each([
    'بیشتر بخوانید:',
    'اقرأ المزيد:',
    'یہ بھی پڑھیں:',
    'קראו עוד:',
    'Διαβάστε επίσης:',
    'Citește și:',
    'Pročitajte i:',
    'Прочетете още:',
    'Mirá también:',
    'Más información:',
    'Podría interesarte:',
    'Noticia relacionada:',
    'Saiba mais:',
    'Approfondisci:',
    'Czytaj więcej:',
    'Przeczytaj również:',
    'Související:',
    'Prečítajte si aj:',
    'Vezi și:',
    'Kapcsolódó:',
    'Ezt is ajánljuk:',
    'Δείτε επίσης:',
    'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:',
    'Vezane vijesti:',
    'Pogledajte i:',
    'Прочитајте још:',
    'Preberite tudi:',
    // Latvian, Lithuanian, Icelandic and Estonian.
    'Lasi arī:',
    'Lasiet arī:',
    'Skaitykite taip pat:',
    'Taip pat skaitykite:',
    'Lestu einnig:',
    'Loe ka:',
    'Lexo edhe:',
    'Читайте більше:',
    'இதையும் படிக்க:',
    'BACA:',
  ])('removes an inline teaser line labelled %j in another script or language', (label) => {
    const { contentText } = extract(
      pageWith(
        `<p><strong>${label}</strong> <a href="/x">Tổng kết phong trào thi đua năm 2023</a></p>`,
      ),
    );
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it.each(['PUEDES VER:', 'También puedes ver:', 'Mira también:', 'MIRA |', 'LEE:'])(
    'removes a quoted teaser line labelled %j',
    (label) => {
      const { contentText } = extract(
        pageWith(
          `<blockquote><b>${label} </b><a href="/x">¿Cómo sacar mi certificado de estudios de manera online?</a></blockquote>`,
        ),
      );
      expect(contentText).not.toContain('certificado de estudios');
    },
  );

  it.each(['En Xataka', 'En Genbeta', 'On Engadget'])(
    'removes a teaser line of the site named in bold, a bar and a headline: "%s | …"',
    (label) => {
      const { contentText } = extract(
        pageWith(
          `<p><strong>${label}</strong> | <a href="/x">Qué son los coches de kilómetro 0 y en qué casos pueden ser una buena opción</a></p>`,
        ),
      );
      expect(contentText).not.toContain('kilómetro 0');
      expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    },
  );

  it('keeps a bold word, a bar and a short link: a source\'s credit ("Vía | The Verge")', () => {
    const { contentText } = extract(
      pageWith('<p><strong>Vía</strong> | <a href="https://theverge.com/x">The Verge</a></p>'),
    );
    expect(contentText).toContain('The Verge');
  });

  it.each(['On HoustonChronicle.com:', 'Also on rt.com', 'More on theguardian.com:'])(
    "removes a teaser paragraph labelled with a site's address: %j",
    (label) => {
      const { contentText } = extract(
        pageWith(
          `<p><strong>${label}</strong> <a href="/x">Car sales plunge nearly 17 percent in August</a></p>`,
        ),
      );
      expect(contentText).not.toContain('Car sales plunge');
      expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    },
  );

  it('keeps a quote whose words are all one link', () => {
    const quote =
      '<blockquote><a href="https://example.org/rede">Wir werden die Schulen in diesem Sommer renovieren und die Klassen verkleinern.</a></blockquote>';
    expect(extract(pageWith(quote)).contentText).toContain('Wir werden die Schulen');
  });

  it('keeps a paragraph that opens with the name Mira before a link', () => {
    const line = '<p>Mira <a href="/autoren/mira">Lobe</a> schrieb das Buch 1968.</p>';
    expect(extract(pageWith(line)).contentText).toContain('Mira Lobe schrieb das Buch 1968.');
  });

  it('keeps a sentence that names a site before its link', () => {
    const line =
      'The figures were first published on HoustonChronicle.com: <a href="/x">see the report</a> for the details of the survey.';
    expect(extract(pageWith(`<p>${line}</p>`)).contentText).toContain(
      'first published on HoustonChronicle.com',
    );
  });

  it.each(['More:', 'Also', 'RELATED'])(
    'removes a heading that is only %j and the link lists after it, one list per link',
    (heading) => {
      const one = (path: string, text: string) =>
        `<ul><li><h4><a href="https://example.org/${path}">${text}</a></h4></li></ul>`;
      const block = `<h4>${heading}</h4>${one('a', 'Hội nghị tổng kết công tác năm')}${one('b', 'Ra quân cao điểm tấn công tội phạm')}`;
      const { contentText } = extract(pageWith(block));
      expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    },
  );

  it('removes a "Like this? You might also be interested in:" line over link paragraphs closing the body', () => {
    const links = ['/a', '/b', '/c']
      .map(
        (path, i) =>
          `<p><a href="${path}">Hội nghị tổng kết công tác năm 2023, phần ${i + 1}</a></p>`,
      )
      .join('');
    const { contentText } = extract(
      pageWith(`<p><strong>Like this? You might also be interested in:</strong></p>${links}`),
    );
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps a question about the story that says more than a label', () => {
    const line =
      'Like this? You might also be interested in the council meeting next week, officials said.';
    expect(extract(pageWith(`<p>${line}</p>`)).contentText).toContain('council meeting next week');
  });

  it("removes another page's teaser closing the body: a linked heading and a picture linking there, with its caption", () => {
    const teaser =
      '<hr><h3><a href="/tin-tuc/ra-quan.html">Công an tỉnh ra quân bảo đảm an ninh dịp Tết</a></h3><div class="wp-block-image"><figure><a href="/tin-tuc/ra-quan.html"><img src="/ra-quan.jpg" width="980" height="400"></a><figcaption><em>© <a href="https://unsplash.com/de/fotos/B191dgFds1Q">Minh Châu</a> – Unsplash</em></figcaption></figure></div>';
    const { contentText, images } = extract(pageWith(teaser));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    expect(images).toEqual([]);
  });

  it('keeps a closing heading whose picture links elsewhere (its own picture, enlarged)', () => {
    const closing =
      '<h3><a href="https://nguon.example.org/bao-cao">Báo cáo tổng kết công tác năm 2023</a></h3><figure><a href="/anh/bao-cao-lon.jpg"><img src="/anh/bao-cao.jpg" width="980" height="400"></a><figcaption>Trang bìa báo cáo tổng kết của Công an tỉnh năm 2023.</figcaption></figure>';
    const { images } = extract(pageWith(closing));
    expect(images.map((i) => i.url)).toContain('https://congan.example.vn/anh/bao-cao.jpg');
  });

  it('keeps a heading that opens with "More" and says more', () => {
    const { contentText } = extract(
      `<html><body><div class="content"><h4>More than 100 people came</h4>${BODY}</div></body></html>`,
    );
    expect(contentText).toContain('More than 100 people came');
  });

  it.each([
    ['a subheading', '<h3>Popular culture and the new rules</h3><p>PROSE</p>'],
    ['a subheading of comments made', '<h3>Comments by the mayor after the vote</h3><p>PROSE</p>'],
    [
      'list items',
      '<ul><li><strong>Related</strong> costs rose by ten percent.</li><li><strong>Comments</strong> from readers were mostly positive.</li></ul>',
    ],
  ])('keeps %s opening with a related word and reading as a sentence', (_what, block) => {
    const prose =
      'The council said the changes would take effect in the spring, after a consultation with the residents of the district.';
    const html = block.replace('PROSE', prose);
    const { contentText } = extract(pageWith(html));
    for (const line of html
      .replace(/<\/(?:p|li|h3)>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .split('\n')) {
      if (line.trim() !== '') expect(contentText).toContain(line.trim());
    }
  });

  it.each(['Popular', 'Related', 'Recommended', 'Read more'])(
    'keeps the prose of a section headed %j that links nowhere',
    (heading) => {
      const prose =
        'The council said the changes would take effect in the spring, after a long consultation with the residents of the district.';
      const { contentText } = extract(
        pageWith(
          `<section><h3>${heading}</h3><p>${prose}</p><p>${prose.replace('council', 'mayor')}</p></section>`,
        ),
      );
      expect(contentText).toContain(prose);
    },
  );

  it('keeps a paragraph of prose that merely starts like a heading', () => {
    const prose =
      'Read more about the decision, the judge said, in the court records published on Monday, which run to forty pages.';
    const { contentText } = extract(pageWith(`<p>${prose}</p>`));
    expect(contentText).toContain(prose);
  });

  it('recognises headings regardless of case, decomposed Unicode and trailing punctuation', () => {
    expect(isRelatedHeading('TIN LIÊN QUAN')).toBe(true);
    expect(isRelatedHeading('Tin liên quan'.normalize('NFD'))).toBe(true);
    expect(isRelatedHeading('» Xem thêm…')).toBe(true);
    expect(isRelatedHeading('Tin tức')).toBe(false);
    expect(isRelatedHeading('Relatedness of species')).toBe(false);
  });

  it.each(['・関連記事', '■関連記事', '【関連記事】', '▼関連記事', '［相关新闻］'])(
    'recognises %j, a heading marked the way Japanese and Chinese pages mark one',
    (heading) => {
      expect(isRelatedHeading(heading)).toBe(true);
    },
  );

  it.each([
    'Articles liés',
    'Articles associés',
    'Dans la même rubrique',
    'Les plus lus',
    'Ähnliche Artikel',
    'Verwandte Artikel',
    'Artigos relacionados',
    'Matérias relacionadas',
    'Gerelateerde artikelen',
    'Ti potrebbe interessare',
    'Te recomendamos',
    'Mehr zu Klima und Konsum',
    'Zum Weiterlesen',
    'More on Climate and Energy',
    'Weitere Informationen:',
    'Zusatzinformationen:',
    'Further information',
    'Associated links',
    'Liens associés',
    'Entdecke weitere Homestorys',
    'Mehr entdecken',
    'Discover more',
    'Explore more stories',
  ])('recognises the related-stories heading %j', (heading) => {
    expect(isRelatedHeading(heading)).toBe(true);
  });

  it('removes a closing "Weitere Informationen:" heading and the links under it, and keeps a reference it heads', () => {
    const links = extract(
      pageWith(
        '<h2>Weitere Informationen:</h2><ul><li><a href="/a.pdf">Die Stellungnahme</a></li><li><a href="/b.html">Das Hintergrundpapier</a></li></ul>',
      ),
    );
    expect(links.contentText.split('\n\n')).toEqual(PARAGRAPHS);
    const reference =
      'Junki Tanaka, Zaihong Yang et al.: Formation of α clusters in dilute neutron-rich matter. In: Science; Vol. 371, Issue 6526, pp. 260 - 264, 15. Januar 2021.';
    const cited = extract(
      pageWith(`<div class="k1"><h2>Zusatzinformationen:</h2></div><p>${reference}</p>`),
    );
    expect(cited.contentText).not.toContain('Zusatzinformationen');
    expect(cited.contentText).toContain('Formation of α clusters');
  });

  it('removes a closing section that asks to discover more stories: its heading, its sentence and its button', () => {
    const { contentText } = extract(
      pageWith(
        '<section><h2>Entdecke weitere <em>Homestorys</em></h2><p>Wie wohnt die COUCH Community? Klicke dich durch die Homestorys der Community-Mitglieder.</p><a class="btn btn-primary" href="/living/homestory">Mehr Homestorys</a></section>',
      ),
    );
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('removes a grid of teaser cards headed "Mehr zu …", each a heading, its copy and a link', () => {
    const card = (n: number) =>
      `<article class="k1"><h3><span>Verpackungsmüll und Klimakrise ${n}</span></h3><p>Ölunternehmen tauschen ein Übel gegen das andere: Sie produzieren zukünftig weniger Benzin, dafür mehr Plastik.</p><a href="/engagieren/${n}">Mehr erfahren</a></article>`;
    const { contentText } = extract(
      pageWith(
        `<div class="k2"><h2>Mehr zu Klima und Konsum</h2><div>${card(1)}${card(2)}${card(3)}</div></div>`,
      ),
    );
    expect(contentText).not.toContain('Verpackungsmüll');
    expect(contentText).not.toContain('Mehr zu Klima');
  });
});

describe('related-links blocks with teaser text', () => {
  const TEASERS =
    '<ul><li><a href="/tin-1">Hội nghị tổng kết</a> Công an tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 với nhiều chỉ tiêu mới.</li><li><a href="/tin-2">Ra quân cao điểm</a> Lực lượng công an ra quân tấn công trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết.</li></ul>';

  it('removes a box headed "Tin liên quan" even when its teasers carry more text than links', () => {
    const { contentText } = extract(
      pageWith(`<div class="box"><h3>Tin liên quan</h3>${TEASERS}</div>`),
    );
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('removes the list that follows a bare "Related" heading', () => {
    const { contentText } = extract(pageWith(`<h2>Related</h2>${TEASERS}`));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe('an author box headed as one, whatever its class names', () => {
  const BIO =
    '<p><strong>Anna Example </strong>(*1958) war Direktorin für politische Planung und ist heute Professorin für Politik an der Universität Wien.</p>';

  it.each([
    'Die Autorin',
    'Der Autor',
    'Zum Autor',
    'Autor:innen',
    'Autor*innen',
    'Autor*In',
    'Ein Beitrag von:',
    'Gastbeitrag von',
    'About the author',
    'À propos de l’auteur',
  ])('removes the box a heading element "%s" opens, with the biography under it', (heading) => {
    const box = `<div class="k1"><div class="k2"><h2 class="k3">${heading}</h2>${BIO}</div></div>`;
    const { contentText } = extract(pageWith(box));
    expect(contentText).not.toMatch(/Anna Example|Direktorin/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps a paragraph that starts with the words of such a heading', () => {
    const line = 'Der Autor lebt in Wien.';
    expect(extract(pageWith(`<p>${line}</p>`)).contentText).toContain(line);
  });

  const closingBoxes: Record<string, string> = {
    'a label in a paragraph above the box':
      '<p class="k1">Ein Beitrag von:</p><ul class="k2"><li class="k3"><p class="k4"><a href="/autor/anna-example/">Anna Example</a></p><div class="k5"><p>Content-Managerin beim Verlag. Nach einem Journalistik-Studium ist sie seit mehreren Jahren Redakteurin und Buchautorin.</p></div></li></ul>',
    'a label beside the portrait, the biography and link in a column beside it':
      '<div class="k1"><div class="k2"><div class="k7"><img alt="Anna Example" src="/anna.jpg" width="144" height="144"></div><div><div class="k3">Autor*In</div><div class="k4">Anna Example</div></div></div><div><div class="k5"><p>Anna ist seit 2023 Redakteurin. Vor ihrem Wechsel war sie Direktorin für politische Planung.</p></div><a href="/author/anna" class="k6"><span>Alle Artikel von Anna Example</span></a></div></div>',
  };

  it.each(Object.keys(closingBoxes))('removes a closing author box under %s', (where) => {
    const { contentText } = extract(pageWith(closingBoxes[where] as string));
    expect(contentText).not.toMatch(/Beitrag von|Autor|Anna|Redakteurin/);
    expect(contentText.endsWith(PARAGRAPHS[3] as string)).toBe(true);
  });

  it('keeps what follows such a label when it is most of the body', () => {
    const html = page(
      `<div class="story"><p class="k1">Ein Beitrag von:</p><p><a href="/autor/anna-example/">Anna Example</a></p>${BODY}</div>`,
    );
    expect(extract(html).contentText).toContain(PARAGRAPHS[3]);
  });
});

describe("a related box's heading is no kicker of a teaser card that names this story", () => {
  const title = 'Phụ nữ Công an tỉnh bàn chuyện bình đẳng giới trong năm mới';
  const card = (slug: string, cardTitle: string) =>
    `<li><article class="k9"><div class="k10"><div class="k13"><a class="k14" href="/news/economy/${slug}"><h3 class="k11"><span>${cardTitle}</span></h3></a></div><a class="k18" href="/news/economy/${slug}"><picture><img src="/img/${slug}.jpg" alt=""></picture></a></div><a class="k19" href="/category/news/economy/"><span>Economy</span></a></article></li>`;

  it('removes a "Trending" box set in the body whose first card is this story, its cards\' labels with it', () => {
    const trending = `<section class="k7"><section class="k15"><div class="k8"><div class="k16">Trending</div></div><ol class="k17">${card('a', title)}${card('b', 'Giá lúa tăng mạnh trong tuần qua ở đồng bằng')}${card('c', 'Ngân hàng giảm lãi suất cho vay mua nhà ở xã hội')}</ol></section></section>`;
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><meta property="og:title" content="${title}"></head><body><main><article class="k1"><h1 class="k2">${title}</h1><div class="k5">${BODY}${trending}${BODY}</div></article></main></body></html>`;
    const { contentText } = extractArticle(html, { url: 'https://x.example.vn/news/economy/a' });
    expect(contentText).not.toMatch(/Economy|Trending/);
    expect(contentText).toContain(PARAGRAPHS[0]);
  });
});

describe('a list of links to other stories set between paragraphs', () => {
  const storyPage = (list: string, before = PARAGRAPHS[1] as string) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tọa đàm</title></head><body><article><h1>Tọa đàm về bình đẳng giới</h1><p>${PARAGRAPHS[0]}</p><p>${before}</p>${list}<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body></html>`;
  const url = 'https://www.congan.example.vn/tin-tuc/toa-dam.html';
  const stories =
    '<div><ul><li><a href="/tin-tuc/hoi-nghi-tong-ket">Hội nghị tổng kết công tác năm</a></li><li><a href="https://congan.example.vn/tin-tuc/2024/ra-quan">Ra quân cao điểm dịp Tết</a></li></ul></div>';

  it('removes a list whose every item is a headline linking to another story of the site', () => {
    const { contentText } = extractArticle(storyPage(stories), { url });
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it("removes such a list whose items show each story's comment count in a link after it", () => {
    // A news CMS's related box: the count links to the other story's comments ("11").
    const count = (n: string) =>
      `<span class="meta-news"><a class="count_cmt" href="/tin-tuc/x.html#box_comment"><span class="font_icon">${n}</span></a></span>`;
    const counted = `<ul class="list-news"><li><a href="/tin-tuc/hoi-nghi-tong-ket-4326188.html">Hội nghị tổng kết công tác năm</a>${count('2')}</li><li><a href="/tin-tuc/ra-quan-4254150.html">Ra quân cao điểm dịp Tết</a>${count('11')}</li></ul>`;
    const { contentText } = extractArticle(storyPage(counted), { url });
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it.each([
    ['date and writer', '<span>18/11/2024</span> <span>Nguyễn Văn Hùng</span>'],
    ['date', ' – 18.11.2024'],
    ['writer and date', '<span>By Jane Doe</span> · <span>November 18, 2024</span>'],
  ])(
    "removes such a list whose items show the other story's %s after its headline",
    (_what, after) => {
      const item = (slug: string, headline: string) =>
        `<li><a href="/tin-tuc/${slug}">${headline}</a>${after}</li>`;
      const dated = `<ul>${item('hoi-nghi-tong-ket', 'Hội nghị tổng kết công tác năm')}${item('ra-quan', 'Ra quân cao điểm dịp Tết')}</ul>`;
      const { contentText } = extractArticle(storyPage(dated), { url });
      expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
    },
  );

  const kept: Record<string, [list: string, before?: string]> = {
    'such a list when the paragraph before introduces it': [stories, 'Xem các bài viết trước đây:'],
    'a list whose items say more than a date after the link': [
      '<ul><li><a href="/tin-tuc/hoi-nghi">Hội nghị tổng kết công tác năm</a> ngày 18/11/2024 đã thông qua nghị quyết về an ninh trật tự</li><li><a href="/tin-tuc/ra-quan">Ra quân cao điểm dịp Tết</a> ngày 20/11/2024 với sự tham gia của lực lượng công an</li></ul>',
    ],
    'a list of sources on other sites': [
      '<ul><li><a href="https://who.example.int/reports/gender-2024">Báo cáo về bình đẳng giới năm 2024</a></li><li><a href="https://un.example.org/news/2024/tet">Ra quân cao điểm dịp Tết</a></li></ul>',
    ],
    "a list of the site's documents": [
      '<ul><li><a href="/files/quyet-dinh-1385.pdf">Quyết định số 1385 của tỉnh</a></li><li><a href="/files/2024/ra-quan.docx">Ra quân cao điểm dịp Tết</a></li></ul>',
    ],
    'a list of links to sections, whose names are no headlines': [
      '<ul><li><a href="/tin-tuc/thoi-su/">Thời sự</a></li><li><a href="/tin-tuc/ra-quan/">Ra quân cao điểm dịp Tết</a></li></ul>',
    ],
  };

  it.each(Object.keys(kept))('keeps %s', (what) => {
    const [list, before] = kept[what] as [string, string?];
    const { contentText } = extractArticle(storyPage(list, before), { url });
    expect(contentText).toContain('Ra quân cao điểm dịp Tết');
  });
});

describe('rule: a related label written in Turkish capitals ("İLGİLİ HABERLER", dotted İ) is read as its small letters are', () => {
  it.each(['İLGİLİ HABERLER', 'İLGİLİ HABER', 'BUNLAR DA İLGİNİZİ ÇEKEBİLİR'])(
    'reads %j as a related heading',
    (text) => {
      expect(isRelatedHeading(text)).toBe(true);
    },
  );

  it('leaves the label standing alone above a link out of the body', () => {
    const html = page(
      `<h1>Bursa'da yeni tramvay hattı için ihale yapıldı</h1><div class="k0"><p>${PARAGRAPHS[0]}</p><p><strong>İLGİLİ HABERLER</strong></p><p><a href="/haber/zam-311000.html">Bursa'da toplu taşımaya zam</a></p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></div>`,
    );
    expect(extract(html).contentText).not.toContain('İLGİLİ');
  });
});

describe('rule: a related label over links set as a bulleted list in one paragraph ("READ MORE:<br> * <a>…</a><br> * <a>…</a>") is a related label and its links', () => {
  it('leaves the paragraph out of the body, its headlines past 200 characters in all', () => {
    const html = page(
      `<h1>Tọa đàm về bình đẳng giới</h1><div class="k0"><p>${PARAGRAPHS[0]}</p><p><strong>READ MORE:<br> * <a href="/news/300210488/byelection">By-election candidates invited to pitch for your votes</a><br> * <a href="/news/123227014/deputy-mayor">Aleisha Rutherford the new deputy mayor</a><br> * <a href="/news/300136298/byelection-set">Election 2020: council by-election set for February following the councillor's win in the general election</a><br> </strong></p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toContain('READ MORE');
    expect(contentText).not.toContain('By-election candidates');
    expect(contentText).toContain(PARAGRAPHS[1]);
  });
});

describe('rule: a short label then three or more links between marks ("Find us: <a>…</a> / <a>…</a> / <a>…</a>", "Do more: <a>…</a> | <a>…</a> | <a>…</a>") is the page\'s row of actions, not the article', () => {
  const row = (r: string): string =>
    page(`<h1>Tọa đàm về bình đẳng giới</h1><div class="k0">${BODY}<p>${r}</p></div>`);
  it.each([
    '<em>Find us: </em><a href="https://twitter.com/x"><em>Twitter</em></a><em> / </em><a href="https://facebook.com/x"><em>Facebook</em></a><em> / </em><a href="https://instagram.com/x"><em>Instagram</em></a>',
    'Do more: <a href="/p/link">Link</a> | <a href="/bookmark">Bookmark</a> | <a href="/p/print/">Print</a> | <a href="/p/#comments">29 Comments</a>',
  ])('leaves %j out of the body', (r) => {
    const { contentText } = extract(row(r));
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it.each([
    [
      'sources listed with commas',
      'Sources: <a href="https://a.example/r">Reuters</a>, <a href="https://b.example/r">AP</a>, <a href="https://c.example/r">AFP</a>',
    ],
    [
      'a sentence holding links',
      'Read the <a href="/r.pdf">report</a> / <a href="/d">data</a> / <a href="/m">method</a> here.',
    ],
  ])('keeps %s', (_, r) => {
    const { contentText } = extract(row(r));
    expect(contentText).toContain(r.includes('Sources') ? 'Sources' : 'Read the');
  });
});

describe('rule: a related heading between `<br>`s after paragraphs of text runs takes only itself and its links, not the runs before it', () => {
  const links = [
    'Thông báo kết quả tuyển dụng viên chức năm nay',
    'Kế hoạch tổ chức hội nghị tổng kết cuối năm',
    'Quyết định về việc ban hành quy chế làm việc',
    'Hướng dẫn thực hiện chương trình mục tiêu quốc gia',
    'Báo cáo tình hình kinh tế xã hội trong tháng',
    'Thông báo lịch tiếp công dân của lãnh đạo huyện',
    'Chỉ thị về tăng cường công tác quản lý đất đai',
    'Nghị quyết về phát triển nông nghiệp bền vững',
    'Quyết định phê duyệt danh sách hộ nghèo năm nay',
    'Kế hoạch chuyển đổi số trong giai đoạn mới',
  ]
    .map((t, i) => `- <a href="/tin/${i}.aspx">${t}</a><br>`)
    .join('');
  const html = page(
    `<h1>Tọa đàm về bình đẳng giới</h1><div class="k0"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><div>${PARAGRAPHS[2]}<br><br>${PARAGRAPHS[3]}<br><br><b>Các tin khác:</b><br>${links}</div></div>`,
  );

  it('keeps the paragraphs before the heading in the body', () => {
    expect(extract(html).contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('leaves the heading and its links out', () => {
    const { contentText } = extract(html);
    expect(contentText).not.toContain('Các tin khác');
    expect(contentText).not.toContain('tuyển dụng');
  });
});

describe('rule: a "read also" line that names its own link takes no paragraph after it', () => {
  // A list of places whose names link the site's topic pages, as Japanese papers list quake
  // intensities: each line mostly links, and none is a link to another story.
  const places =
    '<p><a href="/area/fukuoka/">Fukuoka</a>: <a href="/topics/kurume">Kurume</a></p><p><a href="/area/saga/">Saga</a>: <a href="/topics/kanzaki">Kanzaki</a>, <a href="/topics/shiroishi">Shiroishi</a></p>';

  it.each([
    '<strong>Read also:</strong> <a href="/news/story-1001.html">Heavy rain expected across the region this weekend</a>',
    '<strong>あわせて読みたい：</strong> <a href="/news/story-1001.html">週末は地域全体で大雨の見込み</a>',
  ])('keeps the lines of topic links after %j, and removes the line', (line) => {
    const html = page(
      `<h1>Tọa đàm về bình đẳng giới</h1><div class="k0"><p>${PARAGRAPHS[0]}</p><p>${line}</p>${places}<p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/Read also|あわせて|Heavy rain|大雨/);
    expect(contentText).toContain('Fukuoka: Kurume');
    expect(contentText).toContain('Saga: Kanzaki, Shiroishi');
  });

  it('still removes the links after a label standing alone, and single links after one naming its own', () => {
    const html = page(
      `<h1>Tọa đàm về bình đẳng giới</h1><div class="k0"><p>${PARAGRAPHS[0]}</p><p><strong>Read also:</strong></p><p><a href="/news/story-1001.html">Heavy rain expected across the region this weekend</a></p><p><a href="/news/story-1002.html">Local school wins national science competition</a></p><p>${PARAGRAPHS[1]}</p><p><strong>あわせて読みたい：</strong> <a href="/news/story-1003.html">週末は地域全体で大雨の見込み</a></p><p><a href="/news/story-1004.html">地元の高校が全国科学コンテストで優勝</a></p><p>${PARAGRAPHS[2]}</p></div>`,
    );
    const { contentText } = extract(html);
    expect(contentText).not.toMatch(/Heavy rain|大雨|地元の高校/);
    expect(contentText).not.toContain('Local school');
    expect(contentText).toContain(PARAGRAPHS[1]);
  });
});
