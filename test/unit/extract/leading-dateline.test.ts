import { type Cheerio, load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { isDateline } from '../../../shared/extract/dates.ts';
import { extractArticle } from '../../../shared/extract/index.ts';
import { removeLeadingDateline } from '../../../shared/extract/trailing-byline.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const isDate = (text: string): boolean => /^(?:Publiziert: )?\d{1,2}\/\d{1,2}\/\d{4}/.test(text);
const PROSE = 'Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023. '.repeat(12);

function body(html: string) {
  const $ = load(`<div id="body">${html}</div>`);
  const container = $('#body') as Cheerio<Element>;
  return { $, container };
}

describe('removeLeadingDateline', () => {
  it("removes a date in a layout table's cell (Joomla's createdate row), not a data table's first cell", () => {
    const layout = body(
      `<table><tr><td class="createdate">14/12/2024 16:05</td></tr><tr><td><p>${PROSE}</p></td></tr></table>`,
    );
    expect(removeLeadingDateline(layout.$, layout.container, isDate)).toBe('14/12/2024 16:05');
    const rows = ['02/12/2024', '03/12/2024', '04/12/2024']
      .map((day) => `<tr><td>${day}</td><td>Hội nghị giao ban, làm việc tại trụ sở.</td></tr>`)
      .join('');
    const schedule = body(`<table>${rows}</table><p>${PROSE}</p>`);
    expect(removeLeadingDateline(schedule.$, schedule.container, isDate)).toBeNull();
    expect(schedule.container.text()).toContain('02/12/2024');
  });

  it('removes a short date block opening the body and returns its text', () => {
    const { $, container } = body(`<p> 14/12/2024   08:15 </p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBe('14/12/2024 08:15');
    expect(container.find('p')).toHaveLength(1);
  });

  it('looks inside a long wrapper that opens with the date, and keeps the wrapper', () => {
    const { $, container } = body(`<div><span>14/12/2024</span><p>${PROSE}</p></div>`);
    expect(removeLeadingDateline($, container, isDate)).toBe('14/12/2024');
    expect(container.find('div')).toHaveLength(1);
    expect(container.text()).toContain(PROSE.trim());
  });

  it("looks past nested wrappers and a short block before the date (a video's title)", () => {
    const { $, container } = body(
      `<div class="mod"><div class="box"><div class="media"><h2>Video: tổng kết năm</h2></div><p class="stand">14/12/2024 06:00</p><p>${PROSE}</p></div></div>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBe('14/12/2024 06:00');
    expect(container.text()).toContain(PROSE.trim());
  });

  it.each([
    [
      "a video's box of short lines",
      '<div class="k1"><div class="k2"><h2>Feuerwehrleute sollen später in Pension</h2><p><span>02:57 Min.</span><span>Verfügbar bis 06.05.2024</span></p></div></div><div class="k5">14/12/2024 23:34</div>',
    ],
    [
      'a byline in a box with the date line',
      '<div class="k3"><div class="k4"><span>Tom Davies</span> <span>Associated Press</span></div><div class="k5">14/12/2024 23:34</div></div>',
    ],
    [
      "a picture's caption, which is not the opening paragraph",
      '<div class="media"><p class="media__caption">(Symbolbild) Wenn Bus und Bahn stillstehen, wird der Arbeitsweg für viele zur Herausforderung.</p></div><div class="meta"><time>14/12/2024 23:34</time></div>',
    ],
  ])('reads past %s, counting each line once', (_what, opening) => {
    const { $, container } = body(`${opening}<p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBe('14/12/2024 23:34');
    expect(container.text()).toContain(PROSE.trim());
  });

  it('removes the whole line of metadata its date sits in, not the date alone', () => {
    const { $, container } = body(
      `<div class="k1"><span>By HNN Staff</span> | <span>14/12/2024 14:26</span> - <span>Updated 14/12 at 16:46</span></div><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBe(
      'By HNN Staff | 14/12/2024 14:26 - Updated 14/12 at 16:46',
    );
    expect(container.text().trim()).toBe(PROSE.trim());
  });

  it('removes a line of the date, then "by" and the names ("14/12/2024 by Bradley M. Kuhn")', () => {
    const dayOnly = (text: string): boolean => /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text.trim());
    const { $, container } = body(`<p>14/12/2024 by Bradley M. Kuhn</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, dayOnly)).toBe('14/12/2024 by Bradley M. Kuhn');
    const prose = body(`<p>14/12/2024 by the river, the council met</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline(prose.$, prose.container, dayOnly)).toBeNull();
  });

  it('removes the date line right after a removed one too ("Published …", then "Updated …")', () => {
    const { $, container } = body(`<p>14/12/2024 10:23</p><p>15/12/2024 12:17</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBe('14/12/2024 10:23 · 15/12/2024 12:17');
    expect(container.text().trim()).toBe(PROSE.trim());
  });

  it('stops at a long opening paragraph, even one that starts with a date', () => {
    const { $, container } = body(`<p>14/12/2024 ${PROSE}</p><p>15/12/2024</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBeNull();
    expect(container.find('p')).toHaveLength(2);
  });

  it('removes a labelled date line right after the opening paragraph (the standfirst, then "Publiziert: …")', () => {
    const { $, container } = body(
      `<p>${PROSE}</p><p>Publiziert: 14/12/2024, 11:16</p><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBe('Publiziert: 14/12/2024, 11:16');
    expect(container.find('p')).toHaveLength(2);
  });

  it.each([
    'Von: Simone Jung',
    'Von Nina Magoley',
    'By Anna Berg and Jan Ruf',
    'Par Jean-Marc Leclerc',
    'Bài, ảnh: Lê Minh',
    'Tin, ảnh: ĐỖ HUY',
    'Tin: Lan Anh - Ảnh: Quốc Tuấn',
    'Thực hiện: Thu Hà',
    'Tin, ảnh: Hồng Nhung - CDC Nghệ An',
    // Labelled metadata fields: a label and a short name or a count, beside a byline or not.
    'Biên tập viên: Lê Hoa',
    'Nguồn tin: Phòng PV01',
    'Người đăng: Nguyễn Văn An - Lượt xem: 125',
    'Tác giả: Hoàng Anh | Nguồn: Công an tỉnh',
    'Source: Reuters · Editor: Jane Doe',
    'Quelle: dpa | Aufrufe: 1.204',
    // A Chinese portal's note of the syndicated story's original title.
    '原标题：北京地铁17号线北段今日开通运营',
  ])(
    'removes a byline or metadata line %j opening the body, and the date line before it',
    (byline) => {
      const { $, container } = body(`<p>14/12/2024 06:00</p><p>${byline}</p><p>${PROSE}</p>`);
      expect(removeLeadingDateline($, container, isDate)).toBe(`14/12/2024 06:00 · ${byline}`);
      expect(container.text().trim()).toBe(PROSE.trim());
    },
  );

  it.each([
    'Nguồn: Theo báo cáo của Sở Y tế, năm 2023 toàn tỉnh có hơn 1.200 ca sốt xuất huyết.',
    'Lượt xem: những điểm đến đẹp nhất | Hà Nội',
    'Editor: this is what we think about the budget, and why',
  ])('keeps a line whose label opens a sentence: %j', (line) => {
    const { $, container } = body(`<p>14/12/2024 06:00</p><p>${line}</p><p>${PROSE}</p>`);
    removeLeadingDateline($, container, isDate);
    expect(container.text()).toContain(line);
  });

  it.each([
    'by Duncan Bell / 14/12/2024 / <a href="#respond">Leave a comment</a>',
    'Von Anna Berg | 14/12/2024',
    '14/12/2024 | Tác giả: Minh Anh',
  ])('removes a byline line with its date in fields of its own, loose in a box: %j', (line) => {
    const { $, container } = body(`<div class="post-info">${line}</div><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).not.toBeNull();
    expect(container.text().trim()).toBe(PROSE.trim());
  });

  it.each([
    '<strong>Patricio Candia</strong> | Palma de Mallorca | 14/12/2024',
    'Anna Berg · 14/12/2024',
  ])(
    'removes an unlabelled byline line of the name, the place and the date in fields of their own: %j',
    (line) => {
      const { $, container } = body(`<p class="autor">${line}</p><p>${PROSE}</p>`);
      expect(removeLeadingDateline($, container, isDate)).not.toBeNull();
      expect(container.text().trim()).toBe(PROSE.trim());
    },
  );

  it.each([
    'Lena deCasparis | Contributing Writer | 5 days ago',
    'Anna Berg · 2 hours ago',
    'Von Anna Berg | vor 3 Stunden',
    'Par Jean-Marc Leclerc | il y a 2 jours',
    '<strong>Nguyễn Văn An</strong> | 3 giờ trước',
  ])('removes a byline line whose date field is an age: %j', (line) => {
    const { $, container } = body(`<p class="autor">${line}</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).not.toBeNull();
    expect(container.text().trim()).toBe(PROSE.trim());
  });

  it('keeps an opening line whose last field only counts days', () => {
    const { $, container } = body(`<p>Anna Berg | Hà Nội | 5 days</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBeNull();
  });

  it('keeps an opening line of fields that do not open with a name', () => {
    const { $, container } = body(`<p>Hội nghị tổng kết | Hà Nội | 14/12/2024</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBeNull();
  });

  it.each([
    'Visto 314 veces',
    'Viewed 1,234 times',
    '1.234 Aufrufe',
    '2,345 views',
    'Lượt xem: 1.234',
  ])('removes a count of views opening the body: %j', (line) => {
    const { $, container } = body(`<p>${line}</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBe(line);
    expect(container.text().trim()).toBe(PROSE.trim());
  });

  it('reads loose text beside a heading in one box as a line of its own, up to a line break', () => {
    const { $, container } = body(
      `<div class="post-info"><h3>${PROSE}</h3> by Duncan Bell / 14/12/2024 / <a href="#respond">Leave a comment</a><br>In the print issue</div><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBe(
      'by Duncan Bell / 14/12/2024 / Leave a comment',
    );
    expect(container.find('h3').text()).toBe(PROSE);
    expect(container.text()).toContain('In the print issue');
  });

  it('keeps loose text beside a heading that is no line of metadata', () => {
    const { $, container } = body(
      `<div><h3>${PROSE}</h3> The river had risen by <a href="#">a metre</a> overnight.</div><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBeNull();
    expect(container.text()).toContain('The river had risen by a metre overnight.');
  });

  it('keeps an opening line that starts like a byline and says more, whatever its bars', () => {
    const line = 'By Friday the river had risen | 14/12/2024';
    const { $, container } = body(`<p>${line}</p><p>${PROSE}</p>`);
    expect(removeLeadingDateline($, container, isDate)).toBeNull();
  });

  it.each(['By Friday the river had risen', 'By the river bank'])(
    'keeps an opening line that starts like a byline and says more: %j',
    (line) => {
      const { $, container } = body(`<p>${line}</p><p>${PROSE}</p>`);
      expect(removeLeadingDateline($, container, isDate)).toBeNull();
    },
  );

  it.each([
    'Über dieses Thema berichtet: BR24 Radio am 14.04.2026 um 17:50 Uhr.',
    'Dieses Thema im Programm: MDR THÜRINGEN | Nachrichten | 28.04.2023 | 12:00 Uhr',
  ])(
    "removes a broadcaster's programme note %j among the opening lines, with the date line",
    (note) => {
      const { $, container } = body(`<div>14/12/2024 14:36</div><p>${note}</p><p>${PROSE}</p>`);
      expect(removeLeadingDateline($, container, isDate)).toBe(`14/12/2024 14:36 · ${note}`);
      expect(container.text().trim()).toBe(PROSE.trim());
    },
  );

  it('takes a date block whose text is long only in raw whitespace', () => {
    const { $, container } = body(
      `<div>14/12/2024<span>${' \n '.repeat(300)}</span><span>08:15</span></div><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBe('14/12/2024 08:15');
  });
});

describe('a date line opening the body takes the short lines of its box parted by <br> with it', () => {
  const paragraphs = [
    'Les usagers de la ligne b du métro de Rennes n’en finissent plus de prendre leur mal en patience. Ce jeudi, le trafic a été interrompu sur l’ensemble de la ligne vers 13 h 30, en raison d’un « incident technique ».',
    'C’est la quatrième interruption de ce type depuis le début du mois de novembre. Des bus de substitution ont été mis en place, mais ils étaient rapidement saturés en fin d’après-midi.',
    'Rennes Métropole a convoqué le constructeur, chargé du système de pilotage automatique, pour une réunion en début de semaine prochaine. La collectivité envisage des pénalités financières.',
  ];
  const article = (box: string) =>
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Rennes. La ligne b du métro à nouveau à l’arrêt</title></head><body><main><article class="k0"><header class="article-header"><h1>Rennes. La ligne b du métro à nouveau à l’arrêt</h1><p class="k2">Nouvelle panne sur la ligne b du métro rennais ce jeudi 14 décembre 2023. Le trafic est interrompu depuis le début de l’après-midi.</p>${box}</header><figure><img src="https://media.example.fr/metro.jpg" alt="La station"><figcaption>La station Cesson-Viasilva. | ARCHIVES</figcaption></figure><div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
  const url = 'https://www.ouest-france.fr/bretagne/rennes/a.html';

  it("removes Ouest-France's signature: the outlet and the reporter, <br>, the dates", () => {
    const result = extractArticle(
      article(
        '<div class="k3"><span class="k4">Ouest-France</span> <span class="k5">Yann Le Goff.</span><br><span class="k6">Publié le <time>14/12/2023 à 16h05</time></span> <span class="k7">Modifié le 14/12/2023 à 17h40</span></div>',
      ),
      { url },
    );
    expect(result.contentText).not.toContain('Yann Le Goff');
    expect(result.contentText).not.toContain('Publié le');
    expect(result.contentText).toContain(paragraphs[2]);
  });

  it('keeps a sentence set after the date line and a <br>', () => {
    const sentence =
      'La ligne b, mise en service en septembre 2022 avec deux ans de retard, transporte environ 100 000 voyageurs par jour.';
    const result = extractArticle(
      article(
        `<div class="k3"><span class="k6">Publié le 14/12/2023 à 16h05</span><br>${sentence}</div>`,
      ),
      { url },
    );
    expect(result.contentText).toContain(sentence);
  });
});

describe("a byline's small box leaves the body with the byline's name line", () => {
  const bold =
    'Train drivers in the Aslef union will stage a fresh wave of strikes over the Christmas period, causing disruption for passengers.';
  const prose = [
    'The union said its members at 16 train operators would walk out on a rolling basis between 30 December and 8 January, with each company affected on a different day.',
    'Drivers will also refuse to work overtime for nine days from 29 December, which is likely to lead to further cancellations across the network.',
    'Transport Secretary Mark Harper called the strikes "pointless" and said drivers had been offered a deal worth £65,000 a year on average.',
  ];
  const article = (byline: string) =>
    `<html lang="en-GB"><head><title>Train drivers to walk out over Christmas period</title></head><body><article><h1>Train drivers to walk out over Christmas period</h1>${byline}<p><b>${bold}</b></p>${prose.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it("removes the role line and the date of BBC News's byline block, and the bold first paragraph is the lead", () => {
    const html = article(
      '<div data-component="byline-block"><div data-testid="byline"><div class="k1">By Katy Austin</div><div class="k2">Transport correspondent, BBC News</div></div><time datetime="2023-12-14T16:05:21.000Z">14 December 2023</time></div>',
    );
    const result = extractArticle(html, { url: 'https://www.bbc.com/news/articles/c1' });
    expect(result.contentText).not.toContain('Transport correspondent');
    expect(result.contentText).not.toContain('14 December 2023');
    expect(result.lead).toBe(bold);
  });

  it("removes the job line of an author's card under the declared author's name (LinkedIn Pulse)", () => {
    const html = article(
      '<div class="k0"><div class="k1"><h3 class="k2">Katy Austin</h3><h4 class="k3">Head of Transport at Rail Review | Writing about trains</h4></div></div>',
    ).replace('</title>', '</title><meta name="author" content="Katy Austin">');
    const result = extractArticle(html, { url: 'https://www.linkedin.com/pulse/c1' });
    expect(result.authors).toEqual(['Katy Austin']);
    expect(result.contentText).not.toContain('Head of Transport');
  });

  it("removes the job title left opening the body when the author's linked name went before it (Brightspot's author info)", () => {
    const html = article(
      '<div class="k5"><figure><img src="/r.jpg" alt="Platform"><figcaption>A platform at Leeds station.</figcaption></figure></div><div class="k0"><div class="k1"><div class="ArticlePage-authorName"><a href="/people/katy-austin">Katy Austin</a></div><div class="k3">Statehouse Reporter</div></div><div class="k4">Published March 4, 2025 at 3:03 PM MST</div></div>',
    );
    const result = extractArticle(html, { url: 'https://www.kvrt.org/news/c1' });
    expect(result.authors).toEqual(['Katy Austin']);
    expect(result.contentText).not.toContain('Statehouse Reporter');
  });

  it("removes a job title alone opening the body, its byline's name gone before it", () => {
    const html = article('<div class="k0"><div class="k3">Statehouse Reporter</div></div>');
    const result = extractArticle(html, { url: 'https://www.kvrt.org/news/c1' });
    expect(result.contentText).not.toContain('Statehouse Reporter');
  });

  it.each(['Redaktion', 'নিজস্ব প্রতিবেদক'])(
    "removes a newsroom's credit alone opening the body, naming no one: %j",
    (credit) => {
      const html = article(
        `<div class="k0"><span class="k3">${credit}</span><span>Dhaka</span></div>`,
      );
      const result = extractArticle(html, { url: 'https://www.kvrt.org/news/c1' });
      expect(result.contentText).not.toContain(credit);
    },
  );

  it('keeps a first paragraph that speaks of a reporter', () => {
    const line = 'The reporter was released on Tuesday.';
    const html = article(`<p>${line}</p>`);
    expect(extractArticle(html, { url: 'https://www.kvrt.org/news/c1' }).contentText).toContain(
      line,
    );
  });

  it('keeps a short first paragraph in a box beside the byline', () => {
    const html = article(
      '<div class="k0"><div class="k1">By Katy Austin</div><p>Drivers walk out on 30 December, the union said, as talks with the rail companies have failed.</p></div>',
    );
    const result = extractArticle(html, { url: 'https://www.bbc.com/news/articles/c1' });
    expect(result.contentText).toContain('Drivers walk out on 30 December');
  });
});

describe("a reporter's credit opening the body: the name, the outlets, the date", () => {
  const prose = [
    'In Frankfurt (Oder) ist der Pegel der Oder über Nacht auf 5,82 Meter gestiegen. Die Stadt hat die höchste Alarmstufe ausgerufen.',
    'Die Feuerwehr rechnet mit dem Scheitel am Donnerstag, sagte ein Sprecher der Stadt am Mittag.',
    'Nach Angaben der Stadtverwaltung sind mehr als 600 Einsatzkräfte von Feuerwehr, Technischem Hilfswerk und Bundeswehr im Einsatz.',
  ];
  const page = (body: string, head = '') =>
    `<html lang="de"><head><title>Pegel in Frankfurt steigt weiter</title>${head}</head><body><article><h1>Pegel in Frankfurt steigt weiter</h1>${body}</article></body></html>`;
  const paragraphs = (from: number) =>
    prose
      .slice(from)
      .map((p) => `<p>${p}</p>`)
      .join('');
  const credit = '<p class="small">Anna Brück, rbb, tagesschau, 14.10.2026 12:47 Uhr</p>';

  it('reads the name as the author and removes the line, first in the body', () => {
    const result = extractArticle(page(credit + paragraphs(0)), {
      url: 'https://news.example.de/a/pegel-1.html',
    });
    expect(result.authors).toEqual(['Anna Brück']);
    expect(result.contentText.startsWith(prose[0] as string)).toBe(true);
  });

  it('reads it after the opening paragraph when it shows the day of publication', () => {
    const meta = '<meta property="article:published_time" content="2026-10-14T12:47:00+02:00">';
    const result = extractArticle(page(paragraphs(0).replace('</p>', `</p>${credit}`), meta), {
      url: 'https://news.example.de/a/pegel-1.html',
    });
    expect(result.authors).toEqual(['Anna Brück']);
    expect(result.contentText).not.toContain('rbb, tagesschau');
  });

  it('keeps an opening line of places and a date, naming no one', () => {
    const line = 'Berlin, Hamburg, 14.10.2026';
    const result = extractArticle(page(`<p>${line}</p>${paragraphs(0)}`), {
      url: 'https://news.example.de/a/pegel-1.html',
    });
    expect(result.authors).toEqual([]);
  });
});

describe("a reporter's credit to the site opening the body: the name, a comma and the site's name", () => {
  // Three paragraphs, one a sentence.
  const prose =
    `Šeštadienį Vilniuje iškilmingai atidaryta pirmoji tramvajaus linija, jungianti geležinkelio stotį su Santariškėmis.
Miesto meras teigė, kad projektas kainavo daugiau nei 300 milijonų eurų, o didžiąją dalį lėšų skyrė Europos Sąjunga.
Tramvajai kursuos kas septynias minutes, o vakarais ir savaitgaliais – kas dešimt minučių.`.split(
      '\n',
    );
  const page = (line: string) =>
    `<html lang="lt"><head><title>Vilniuje atidaryta nauja tramvajaus linija - Delfi</title><meta property="og:site_name" content="Delfi"></head><body><article><h1>Vilniuje atidaryta nauja tramvajaus linija</h1><p>${line}</p>${prose.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const url = 'https://www.delfi.example.lt/naujienos/tramvajus-123';

  it('reads the name as the author and removes the line', () => {
    const result = extractArticle(page('Jonas Petraitis, Delfi'), { url });
    expect(result.authors).toEqual(['Jonas Petraitis']);
    expect(result.contentText.startsWith(prose[0] as string)).toBe(true);
  });

  it.each(['Jonas Petraitis, Vilnius', 'Jonas Petraitis, Reuters'])(
    'keeps a name and what is not the site: %s',
    (line) => {
      const result = extractArticle(page(line), { url });
      expect(result.contentText).toContain(line);
    },
  );
});

describe('a byline line with its dates in fields of their own is a date line, however long', () => {
  it.each([
    ['Par', 'Koffi Kouassi Hermann', 'à 15:32 | Mis à jour le 14/12/2024 à 16:05'],
    ['By', 'Jane Alexandra Doe-Smith', 'at 15:32 | Updated: 14/12/2024 at 16:05 GMT'],
  ])('removes it opening the body: %s %s | 14/12/2024 %s', (by, name, dates) => {
    const html = `<div class="auteur"><p>${by} <b>${name}</b> | 14/12/2024 ${dates}</p></div>`;
    const { $, container } = body(`${html}<p>${PROSE}</p>`);
    const removed = removeLeadingDateline($, container, isDate);
    expect(removed).toBe(`${by} ${name} | 14/12/2024 ${dates}`);
    expect(container.find('div.auteur')).toHaveLength(0);
  });

  it.each([
    'Par ailleurs | selon le maire Koffi Kouassi | la ville a investi le 14/12/2024 deux milliards dans le ramassage des ordures',
    'Par Koffi Kouassi Hermann | 14/12/2024 | Le maire a rappelé que la ville avait investi deux milliards de francs dans le ramassage des ordures ménagères cette année',
  ])(
    'keeps a longer line that is no byline and dates, or has a sentence for a field: %j',
    (line) => {
      const { $, container } = body(`<p>${line}</p><p>${PROSE}</p>`);
      expect(removeLeadingDateline($, container, isDate)).toBeNull();
    },
  );
});

describe('a byline box removed whole is not read again: the date line below it goes too', () => {
  it.each([
    ['Nairobi News Reporter', 'Nation Media Group'],
    ['Staff Writer', 'Daily Example'],
  ])('a box of the byline, %j and %j, then the date line', (job, outlet) => {
    const { $, container } = body(
      `<div class="k1"><p>By <a href="/a">Collins Omulo</a></p><p>${job}</p><p>${outlet}</p></div><div class="k2"><time>14/12/2024</time></div><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toContain('14/12/2024');
    expect(container.text().trim()).toBe(PROSE.trim());
  });
});

describe('a line of labelled metadata fields in elements of their own opening the body is metadata, however long', () => {
  const prose = [
    'केंद्र सरकार ने लखनऊ मेट्रो के ईस्ट-वेस्ट कॉरिडोर को मंजूरी दे दी है। यह कॉरिडोर चारबाग से वसंतकुंज तक 11 किलोमीटर लंबा होगा।',
    'इस रूट पर 12 स्टेशन बनेंगे, जिनमें सात भूमिगत होंगे। परियोजना की लागत करीब 5800 करोड़ रुपये है।',
    'मेट्रो अधिकारियों के अनुसार निर्माण कार्य अगले साल मार्च से शुरू होगा और दो साल में पूरा होगा।',
  ];
  const page = (line: string) =>
    `<html lang="hi"><head><title>लखनऊ मेट्रो के नए रूट को मिली मंजूरी - Amar Ujala</title></head><body><div class="article-page"><h1>लखनऊ मेट्रो के नए रूट को मिली मंजूरी</h1><div class="details">${line}</div><div class="desc">${prose.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  const url = 'https://www.amarujala.example/lucknow/metro-2026-12-06';
  const desk = '<span>न्यूज डेस्क, अमर उजाला, लखनऊ</span>';
  const by = '<span>Published by: <a href="/author/rahul-sharma">राहुल शर्मा</a></span>';
  const updated = '<span>Updated Sun, 06 Dec 2026 03:32 PM IST</span>';

  it('removes the desk, the "Published by:" byline and the "Updated" date line', () => {
    const result = extractArticle(page(`${desk} ${by} ${updated}`), { url });
    expect(result.contentText.startsWith(prose[0] as string)).toBe(true);
    expect(result.authors).toEqual(['राहुल शर्मा']);
  });

  it.each([
    'प्रकाशित द्वारा',
    'Đăng bởi',
    'Publicado por',
    'Publié par',
    'Veröffentlicht von',
    'Diterbitkan oleh',
  ])('removes a "%s:" field as it does "Published by:"', (label) => {
    const field = `<span>${label}: <a href="/author/rahul-sharma">राहुल शर्मा</a></span>`;
    const result = extractArticle(page(`${desk} ${field} ${updated}`), { url });
    expect(result.contentText.startsWith(prose[0] as string)).toBe(true);
  });

  it('removes an Indonesian author\'s "Penulis:" field as it does "Author:"', () => {
    const field = '<span>Penulis: <a href="/penulis/rahul-sharma">Rahul Sharma</a></span>';
    const result = extractArticle(page(`${desk} ${field} ${updated}`), { url });
    expect(result.contentText.startsWith(prose[0] as string)).toBe(true);
  });

  it('keeps such a line when one of its fields is a sentence', () => {
    const sentence = '<span>मेट्रो के नए रूट पर काम अगले साल से शुरू होगा, अधिकारियों ने कहा।</span>';
    const result = extractArticle(page(`${sentence} ${by} ${updated}`), { url });
    expect(result.contentText).toContain('मेट्रो के नए रूट पर काम');
  });
});

describe("a list opening the body counts as one block: the date line below a byline's list goes", () => {
  it('removes the date line below a list of short items (the name, the role, the place)', () => {
    const { $, container } = body(
      `<div><ul><li>Yusuf Jumah</li><li>BBC Swahili</li><li>Mombasa</li></ul></div><time>14/12/2024</time><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBe('14/12/2024');
    expect(container.text()).toContain('Yusuf Jumah');
  });

  it('keeps a date below the first of two blocks after the list', () => {
    const { $, container } = body(
      `<ul><li>Yusuf Jumah</li><li>BBC Swahili</li></ul><p>Mombasa</p><p>14/12/2024</p><p>${PROSE}</p>`,
    );
    expect(removeLeadingDateline($, container, isDate)).toBeNull();
  });
});

describe('a date line set as an <h2> or <h3> opening the body is a date line', () => {
  it.each(['h2', 'h3'])('removes <%s class="date"> holding the date alone', (tag) => {
    const page = body(`<${tag} class="date">30/01/2017 02h02</${tag}><p>${PROSE}</p>`);
    expect(removeLeadingDateline(page.$, page.container, isDate)).toBe('30/01/2017 02h02');
    expect(page.container.text()).not.toContain('30/01/2017');
  });

  it('keeps a subheading that is a sentence', () => {
    const page = body(`<h2>Hội nghị ngày 30/01/2017 bàn về cải cách</h2><p>${PROSE}</p>`);
    expect(removeLeadingDateline(page.$, page.container, isDate)).toBeNull();
  });

  it('reads a subheading of lines parted by <br> line by line (a byline, then its date)', () => {
    const page = body(
      `<h3 class="byline">by Jeff Foust<br><span>Monday, November 18, 2019</span></h3><p>${PROSE}</p>`,
    );
    const removed = removeLeadingDateline(page.$, page.container, (t) => isDateline(t, 'UTC'));
    expect(removed).not.toContain('FoustMonday');
  });
});

describe("summary bullets below a date line opening the body go with the full story's heading", () => {
  const items = '<ul><li>Ba điểm chính của bài</li><li>Điểm thứ hai</li></ul>';
  it.each([
    ['सार', 'विस्तार'],
    ['Key points', 'Full story'],
  ])('removes a box labelled %j and the heading %j below it', (label, full) => {
    const dateLine =
      '<div class="k9"><span>Ban Thời sự, Hà Nội</span> <span>Published by: <a href="/tac-gia/tran-an">Trần Văn An</a></span> <span>Updated Thu, 14 Dec 2023 08:15 AM</span></div>';
    const box = `<div class="k41"><h2>${label}</h2>${items}</div><h2>${full}</h2>`;
    const paragraphs = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const { contentText } = extractArticle(buildPage({ body: `${dateLine}${box}${paragraphs}` }));
    expect(contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
  });
});
