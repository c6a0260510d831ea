import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../../shared/extract/author-names.ts';
import { cleanAuthors, parseByline } from '../../../shared/extract/authors.ts';
import { extractArticle, recordingTrace } from '../../../shared/extract/index.ts';
import { splitNames } from '../../../shared/extract/name-list.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const URL = 'https://www.zeitung.de/politik/artikel-1.html';
const SITE = { names: ['beispielzeitung'], hostLabels: ['zeitung'] };

/** A page whose head and article header are given. */
function page(
  head: string,
  header = '',
  body = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''),
): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ein Titel der Seite</title>
<meta property="og:site_name" content="Beispielzeitung">${head}</head><body>
<main><h1>Ein Titel der Seite</h1>${header}<div class="article-body">${body}</div></main></body></html>`;
}

const authors = (head: string, header?: string, body?: string) =>
  extractArticle(page(head, header, body), { url: URL }).authors;
const meta = (value: string) => `<meta name="author" content="${value}">`;

describe('authors: an e-mail address beside the name goes with its brackets', () => {
  it.each([
    'Peter W. Resnick <presnick@example.com>',
    'Peter W. Resnick [presnick@example.com]',
    'Peter W. Resnick (mailto:presnick@example.com)',
  ])('reads %j as the name alone', (value) => {
    expect(authors(meta(value.replace(/</g, '&lt;').replace(/>/g, '&gt;')))).toEqual([
      'Peter W. Resnick',
    ]);
  });
});

describe('authors: navigation words are not names', () => {
  it.each(['Topics', 'Categories', 'Nachrichten', 'Startseite'])('drops %j', (word) => {
    expect(isPersonName(word, SITE)).toBe(false);
  });

  it.each([
    'Redaktion',
    'Die Redaktion',
    'Redacción',
    'Rédaction',
    'La rédaction',
    'Redazione',
    'Newsroom',
    'Team',
    'Tòa soạn',
  ])(
    "drops a newsroom's word alone, %j: it names no one (the newsroom named with it stays)",
    (word) => {
      expect(isPersonName(word, SITE)).toBe(false);
    },
  );

  it.each(['Do UOL', 'Da BBC', 'Do Beispielzeitung'])(
    'drops %j: Portuguese "from" before an outlet names no one',
    (credit) => {
      expect(isPersonName(credit, SITE)).toBe(false);
    },
  );

  it.each(['Via Ministério da Saúde', 'via Reuters'])(
    'drops %j: "via" credits the source a text came through',
    (credit) => {
      expect(isPersonName(credit, SITE)).toBe(false);
    },
  );

  it('keeps a Vietnamese name that opens with "Do"', () => {
    expect(isPersonName('Do Van Hung', SITE)).toBe(true);
  });

  it.each(['MM-Redaktion', 'BR24 Redaktion', 'IN-Redaktion'])('keeps %j', (credit) => {
    expect(isPersonName(credit, SITE)).toBe(true);
  });

  it.each(['Video Keywords', 'Latest News', 'Related Topics', 'Photo Gallery', 'Video Transcript'])(
    'drops %j, interface words only',
    (words) => {
      expect(isPersonName(words, SITE)).toBe(false);
    },
  );

  it.each(['No Author', 'Unknown Author', 'None', 'N/A', 'null', 'undefined'])(
    "drops a CMS's placeholder for a missing author, %j",
    (value) => {
      expect(authors(meta(value))).toEqual([]);
    },
  );

  it.each([
    'Staff and news service reports',
    'Staff and wire reports',
    'Wire services',
    'Staff Report',
    'Staff Reports',
  ])("drops a newsroom's credit to its own and the wires' reports, %j", (value) => {
    expect(authors(meta(value))).toEqual([]);
  });

  it.each(['Na Mwandishi Wetu', 'Na Waandishi Wetu', 'Mwandishi Wetu', 'By our correspondent'])(
    'drops a newsroom\'s "our correspondent", %j, in the byline',
    (line) => {
      expect(
        authors('', `<div class="article-byline"><p class="byline">${line}</p></div>`),
      ).toEqual([]);
    },
  );

  it.each(['Posted', 'Published', 'Written', 'Veröffentlicht', 'Publié'])(
    "drops a byline's verb its template left alone, %j",
    (verb) => {
      expect(isPersonName(verb, SITE)).toBe(false);
      const header = `<div class="entry-meta"><span class="meta-prep meta-prep-author">${verb} </span><a href="/2018/04/11/post/"><time class="entry-date" datetime="2018-04-11T02:22:15+02:00">11. April 2018</time></a></div>`;
      expect(authors('', header)).toEqual([]);
    },
  );

  it("keeps the byline element's person over a bold line of interface words opening the body", () => {
    const header = '<div class="byline">By Doug Stanglin</div>';
    const body = `<p><strong>Video Keywords</strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(authors('', header, body)).toEqual(['Doug Stanglin']);
  });

  it('drops navigation words in a byline element and keeps the person', () => {
    const header = '<div class="byline"><a href="/authors/lance">Lance Ulanoff</a></div>';
    expect(authors(meta('Topics, Categories'), header)).toEqual(['Lance Ulanoff']);
  });
});

describe('authors: "Surname, First" is one person', () => {
  it.each([
    ['You, Xiaoying', ['Xiaoying You']],
    ['Fink, Anna Giulia', ['Anna Giulia Fink']],
    ['Anna Fink, Jan Marchart', ['Anna Fink', 'Jan Marchart']],
    // An agency and the place it filed from (see the dateline rule below), not "Manila Afp".
    ['AFP, MANILA', ['AFP']],
  ])('reads %j', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });

  it('reads one person per citation_author meta tag', () => {
    const head =
      '<meta name="citation_author" content="You, Xiaoying"><meta name="citation_author" content="Lenharo, Mariana">';
    expect(authors(head)).toEqual(['Xiaoying You', 'Mariana Lenharo']);
  });

  it('joins the given and family names of a JSON-LD Person', () => {
    const head = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Ein Titel der Seite',
      author: [{ '@type': 'Person', givenName: 'Anna Giulia', familyName: 'Fink' }],
    })}</script>`;
    expect(authors(head)).toEqual(['Anna Giulia Fink']);
  });
});

describe("authors: a comma list whose parts are single words, no names, is one credit (an organisation's name)", () => {
  it.each([
    'Innovation, Science and Economic Development Canada',
    'Health, Education and Welfare',
    'Fisheries, Oceans, and the Coast Guard',
  ])('keeps %j whole', (raw) => {
    expect(splitNames(raw)).toEqual([raw]);
  });

  it.each([
    ['Anna Lee, Bob Ray and Cy Twain', ['Anna Lee', 'Bob Ray', 'Cy Twain']],
    ['Smith, John', ['John Smith']],
    // Wire agencies are credited by one word each.
    ['AFP, Reuters and Xinhua', ['AFP', 'Reuters', 'Xinhua']],
    ['Reuters, Bloomberg, Anna Lee', ['Reuters', 'Bloomberg', 'Anna Lee']],
  ])('still splits %j', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });

  it('reads no people from such a list after a label ("From: …", a release\'s issuing department)', () => {
    expect(cleanAuthors('From: Innovation, Science and Economic Development Canada')).toEqual([]);
  });

  it.each(['Public Safety, Defence and Security Committee', 'Fisheries and Oceans Canada'])(
    'keeps %j whole: one single word is enough when the list ends as an organisation does',
    (raw) => {
      expect(splitNames(raw)).toEqual([raw]);
    },
  );

  it.each([
    ['Anna Lee and Press Office', ['Anna Lee', 'Press Office']],
    ['Anna Lee, Bob Ray and Security Committee', ['Anna Lee', 'Bob Ray', 'Security Committee']],
  ])('still splits %j, which holds no single word', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });

  it.each(['Public Safety, Defence and Security Committee', 'Fisheries and Oceans Canada'])(
    'reads no author from the organisation %j in the author meta tag',
    (raw) => {
      expect(authors(meta(raw))).toEqual([]);
    },
  );

  it('reads no three people from the organisation the author meta tag names: it names no person', () => {
    expect(authors(meta('Innovation, Science and Economic Development Canada'))).toEqual([]);
  });
});

describe("authors: a company's name, a comma and its legal form is one company, no person", () => {
  it.each(['Halvorsen Robotics, Inc.', 'Nordhavn Minerals, Corp.', 'Acme Widgets, Ltd'])(
    'keeps %j whole and reads no author from the author meta tag',
    (raw) => {
      expect(splitNames(raw)).toEqual([raw]);
      expect(authors(meta(raw))).toEqual([]);
    },
  );

  it('still reads a person before a company named with its legal form', () => {
    expect(splitNames('Anna Lee, Acme Widgets Inc.')).toEqual(['Anna Lee', 'Acme Widgets Inc.']);
  });
});

describe('authors: "and" after a word its hyphen suspends joins no two names', () => {
  it.each([
    'Presse- und Öffentlichkeitsarbeit',
    'Referat Presse- und Öffentlichkeitsarbeit',
    'Kinder- und Jugendhilfe',
    'Ein- & Ausfuhr',
  ])('keeps %j whole', (raw) => {
    expect(splitNames(raw)).toEqual([raw]);
  });

  it.each(['Presse- und Öffentlichkeitsarbeit', 'Referat Presse- und Öffentlichkeitsarbeit'])(
    'reads no author from a press office named so in the author meta tag: %j',
    (raw) => {
      expect(authors(meta(raw))).toEqual([]);
    },
  );

  it('still splits a name with a hyphen inside it from the next', () => {
    expect(splitNames('Anna-Lena Berg und Jan Ruf')).toEqual(['Anna-Lena Berg', 'Jan Ruf']);
  });
});

describe("authors: bylines joined with other languages' conjunctions are split", () => {
  it.each([
    ['Monika Bolliger und Anna Trechsel', ['Monika Bolliger', 'Anna Trechsel']],
    [
      'Trine Juncher Jørgensen og Tôrtia Reimer-Johansen',
      ['Trine Juncher Jørgensen', 'Tôrtia Reimer-Johansen'],
    ],
    ['Marie Dupont et Paul Martin', ['Marie Dupont', 'Paul Martin']],
    ['Ana García y Luis Pérez', ['Ana García', 'Luis Pérez']],
    ['Maria Rossi e Paolo Bianchi', ['Maria Rossi', 'Paolo Bianchi']],
    ['Lan Anh và Quốc Tuấn', ['Lan Anh', 'Quốc Tuấn']],
    // The serial comma before the last "and".
    ['Anna Berg, Jan Roe, and Lea Wagner', ['Anna Berg', 'Jan Roe', 'Lea Wagner']],
    ['Mathatisi Sebusi/Mohalenyane Phakela', ['Mathatisi Sebusi', 'Mohalenyane Phakela']],
    // Scripts without capitals, and their commas.
    ['أحمد علي و محمد حسن', ['أحمد علي', 'محمد حسن']],
    ['أحمد علي، محمد حسن', ['أحمد علي', 'محمد حسن']],
    ['山田太郎、鈴木花子', ['山田太郎', '鈴木花子']],
    ['张三，李四', ['张三', '李四']],
    ['สมชาย ใจดี และ สมหญิง รักไทย', ['สมชาย ใจดี', 'สมหญิง รักไทย']],
    ['ໂດຍ: ທູຮ່ວາ ແລະ ມິງອານ', ['ທູຮ່ວາ', 'ມິງອານ']],
    ['ដោយ៖ ថាញ់ហឿង និង សុខា', ['ថាញ់ហឿង', 'សុខា']],
  ])('splits %j', (raw, names) => {
    expect(cleanAuthors(raw)).toEqual(names);
  });

  it.each([
    ['Jane Doe with John Roe', ['Jane Doe', 'John Roe']],
    ['Anna Martel mit Lea Wagner', ['Anna Martel', 'Lea Wagner']],
    ['Marie Dupont avec Paul Martin', ['Marie Dupont', 'Paul Martin']],
    ['Ana García con Luis Pérez', ['Ana García', 'Luis Pérez']],
  ])('splits a co-author credited "with" between two full names: %j', (raw, names) => {
    expect(cleanAuthors(raw)).toEqual(names);
  });

  it.each([
    ['كايلا إبستين وأنجليكا كاساس', ['كايلا إبستين', 'أنجليكا كاساس']],
    ['محمد علي ووليد حسن', ['محمد علي', 'وليد حسن']],
    ['أحمد سمير ووفاء خالد', ['أحمد سمير', 'وفاء خالد']],
  ])(
    'splits two Arabic names of two words or more at a "و" glued to the second: %j',
    (raw, names) => {
      expect(cleanAuthors(raw)).toEqual(names);
    },
  );

  it.each(['وليد عبد الله حسن', 'أحمد محمد وليد حسن', 'سيدي محمد ولد الشيخ', 'علي ووليد'])(
    'keeps an Arabic name whose word opens with "و" whole: %j',
    (raw) => {
      expect(cleanAuthors(raw)).toEqual([raw]);
    },
  );

  it('keeps "with" that does not stand between two full names', () => {
    expect(cleanAuthors('Jane Doe with John')).toEqual(['Jane Doe with John']);
    expect(cleanAuthors('Talks with Putin')).toEqual(['Talks with Putin']);
  });

  it('keeps a one-letter "y" or "e" inside a name ("José Ortega y Gasset")', () => {
    expect(cleanAuthors('José Ortega y Gasset')).toEqual(['José Ortega y Gasset']);
  });

  it('reads "by" in other languages ("Von …", "Por …", "Autorin/Autor …")', () => {
    expect(cleanAuthors('Von Eva Kirchner-Rätsch')).toEqual(['Eva Kirchner-Rätsch']);
    expect(cleanAuthors('Por Juan Pérez')).toEqual(['Juan Pérez']);
    expect(cleanAuthors('Autorin/Autor Roman Goncharenko')).toEqual(['Roman Goncharenko']);
    expect(cleanAuthors('Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
  });

  it('keeps a two-letter "by" in capitals before words that are not ("AV Watch"): an acronym in the name', () => {
    expect(cleanAuthors('AV Watch編集部')).toEqual(['AV Watch編集部']);
    expect(cleanAuthors('AF Media Team')).toEqual(['AF Media Team']);
    expect(cleanAuthors('Av Ola Nordmann')).toEqual(['Ola Nordmann']);
    expect(cleanAuthors('AV OLA NORDMANN')).toEqual(['Ola Nordmann']);
    expect(cleanAuthors('VON Anna Müller')).toEqual(['Anna Müller']);
  });

  it('drops a bracketed note of place and desk after a name, even glued to it and holding a comma', () => {
    expect(cleanAuthors('Par Cécile Ducourtieux(Bruxelles, bureau européen)')).toEqual([
      'Cécile Ducourtieux',
    ]);
    expect(cleanAuthors('Cécile Ducourtieux (Bruxelles, bureau européen)')).toEqual([
      'Cécile Ducourtieux',
    ]);
    expect(cleanAuthors('Anna Berg (Text, Fotos), Jan Ruf')).toEqual(['Anna Berg', 'Jan Ruf']);
    // Full names in the brackets are people: an acronym outlet's reporters.
    expect(cleanAuthors('MDR (Engin Haupt, Alisa Sonntag)')).toEqual([
      'Engin Haupt',
      'Alisa Sonntag',
    ]);
  });

  it('reads the "by" and "author" labels of Russian, Turkish, Arabic and Chinese', () => {
    expect(cleanAuthors('Автор: Иван Петров')).toEqual(['Иван Петров']);
    expect(cleanAuthors('Yazan: Ahmet Yılmaz')).toEqual(['Ahmet Yılmaz']);
    expect(cleanAuthors('بقلم أحمد علي')).toEqual(['أحمد علي']);
    expect(cleanAuthors('作者：张三')).toEqual(['张三']);
  });

  it.each([
    ['Oleh: Budi Santoso', ['Budi Santoso']],
    ['Oleh Budi Santoso', ['Budi Santoso']],
    ['Penulis: Budi Santoso', ['Budi Santoso']],
    ['Szerző: Kovács Péter', ['Kovács Péter']],
    ['Napisała: Anna Nowak', ['Anna Nowak']],
    // The labels' plurals, before two names joined by the language's "and".
    ['Autori: Marek Horváth a Lucia Bartošová', ['Marek Horváth', 'Lucia Bartošová']],
    ['Autoři: Petra Svobodová a Martin Dvořák', ['Petra Svobodová', 'Martin Dvořák']],
    ['Autorzy: Anna Nowak i Piotr Zieliński', ['Anna Nowak', 'Piotr Zieliński']],
    ['Szerzők: Kovács Péter és Szabó Anna', ['Kovács Péter', 'Szabó Anna']],
    ['Аутори: Ана Петровић и Марко Јовић', ['Ана Петровић', 'Марко Јовић']],
    ['Skrevet af Lars Hansen', ['Lars Hansen']],
    ['Skrevet av Kari Nordmann', ['Kari Nordmann']],
    ['Συντάκτης: Γιώργος Παπαδόπουλος', ['Γιώργος Παπαδόπουλος']],
    ['โดย สมชาย ใจดี', ['สมชาย ใจดี']],
    ['ผู้เขียน: สมชาย ใจดี', ['สมชาย ใจดี']],
    // Labels with their scripts' own colons.
    ['ដោយ៖ សុខ ចាន់ថា', ['សុខ ចាន់ថា']],
    ['ដោយ: សុខ ចាន់ថា', ['សុខ ចាន់ថា']],
    ['Հեղինակ՝ Անի Հովհաննիսյան', ['Անի Հովհաննիսյան']],
    ['Հեղինակ: Անի Հովհաննիսյան', ['Անի Հովհաննիսյան']],
    ['ໂດຍ: ສົມພອນ ແກ້ວມະນີ', ['ສົມພອນ ແກ້ວມະນີ']],
    // Lao and Khmer "by" without a colon, standing apart as Thai โดย does.
    ['ໂດຍ ສົມພອນ ແກ້ວມະນີ', ['ສົມພອນ ແກ້ວມະນີ']],
    ['ដោយ សុខ ចាន់ថា', ['សុខ ចាន់ថា']],
    ['ავტორი: ნინო ბერიძე', ['ნინო ბერიძე']],
    // A special envoy's title after the name, and where they were sent.
    ['द्वारा: राहुल शर्मा', ['राहुल शर्मा']],
    ['द्वारा राहुल शर्मा', ['राहुल शर्मा']],
    ['लेखक: राहुल शर्मा', ['राहुल शर्मा']],
    ['Par Marie Dupont, envoyée spéciale à Kiev', ['Marie Dupont']],
    // Greek bylines name the author in the genitive, after its article.
    ['Του Νίκου Παπαδάκη', ['Νίκου Παπαδάκη']],
    ['Της Μαρίας Νικολάου', ['Μαρίας Νικολάου']],
    // Each name its article, in capitals too; "Γράφει ο/η" (writes) before a name in the nominative.
    ['ΤΟΥ ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ ΚΑΙ ΤΗΣ ΜΑΡΙΑΣ ΝΙΚΟΛΑΟΥ', ['Γιαννη Παπαδοπουλου', 'Μαριας Νικολαου']],
    ['Γράφει ο Γιάννης Παπαδόπουλος', ['Γιάννης Παπαδόπουλος']],
    ['Γράφει η Μαρία Νικολάου', ['Μαρία Νικολάου']],
    ['ΓΡΑΦΕΙ Ο ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ', ['Γιαννης Παπαδοπουλος']],
    [
      'Συντάκτης: Γιώργος Παπαδόπουλος και Μαρία Νικολάου',
      ['Γιώργος Παπαδόπουλος', 'Μαρία Νικολάου'],
    ],
    // Romanian "de" ("by") before a full name, in lower case.
    ['de Andrei Georgescu', ['Andrei Georgescu']],
    ['Par Jean Martin, envoyé spécial à Gaza', ['Jean Martin']],
    ['Por María García, enviada especial a Kiev', ['María García']],
    ['di Marco Rossi, inviato a Kiev', ['Marco Rossi']],
    // Hausa "daga" ("by").
    ['Daga Abubakar Muhammad Yusuf', ['Abubakar Muhammad Yusuf']],
    // Filipino "Ni" ("by"), a name's particle in lower case after it.
    ['Ni Juan dela Cruz', ['Juan dela Cruz']],
    ['NI MARIA SANTOS', ['Maria Santos']],
    // Swahili "Na" ("by") before a full name.
    ['Na Juma Hamisi', ['Juma Hamisi']],
    ['NA JUMA HAMISI', ['Juma Hamisi']],
    ['Na Amina Mohamed na Juma Hamisi', ['Amina Mohamed', 'Juma Hamisi']],
    // Amharic "በ" ("by") standing apart from the name it credits.
    ['በ ዮናስ አበበ', ['ዮናስ አበበ']],
    ['በ ሰላም ገብሩ እና ሄኖክ ታደሰ', ['ሰላም ገብሩ', 'ሄኖክ ታደሰ']],
    // A bureau chief's title after the name, the city before it.
    ['By Emma Ujah, Abuja Bureau Chief', ['Emma Ujah']],
  ])('reads the byline line %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  // Swahili "Na" and Filipino "Ni" open a byline as its "by"; after another "by", as a part of
  // a list, or before a given name of romanized Korean or Chinese syllables, each a word of its
  // own, they are a surname (Korean 나, Chinese 倪), whatever the page's language.
  it.each([
    ['NA KYUNG WON', ['Na Kyung Won']],
    ['Na Ji Hoon', ['Na Ji Hoon']],
    ['Ni Wei Jun', ['Ni Wei Jun']],
    ['By Na Kyung Won', ['Na Kyung Won']],
    ['BY NA KYUNG WON', ['Na Kyung Won']],
    ['Por Ni Wei Jun', ['Ni Wei Jun']],
    ['By Jane Roe and Na Kyung Won', ['Jane Roe', 'Na Kyung Won']],
    ['By Jane Roe, Na Kyung Won', ['Jane Roe', 'Na Kyung Won']],
  ])(
    'reads "Na" and "Ni" after a "by", in a list or before such a name as a surname: %j',
    (line, names) => {
      expect(parseByline(line)).toEqual(names);
    },
  );

  // A lyrics page's heading names the artist and the song, no writer of the page.
  it.each([
    'PJ Morton – Only One Lyrics (Ft. Stevie Wonder)',
    'Adele - Hello Lyrics',
    'Die Ärzte – Junge Songtext',
  ])('reads no byline from the song heading %j, bold or not', (line) => {
    expect(parseByline(line, true)).toBeNull();
    expect(parseByline(line)).toBeNull();
  });

  it.each([
    'Oleh karena itu, pemerintah menaikkan harga',
    'โดยทั่วไปแล้ว ราคาน้ำมันจะสูงขึ้นในฤดูหนาว',
    'Skrevet af hensyn til læserne',
    'Daga bisani gwamnati ta amince da kasafin kudin',
    'Na Slovensku sneží od rána',
    'Ni el gobierno ni la oposición',
    'በላይ ዘለቀ የጀግንነት ታሪክ',
    'द्वारा जारी आंकड़ों के अनुसार प्रदूषण बढ़ा है',
  ])('reads no byline from the sentence %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it.each([
    ['بقلم: أحمد الخطيب', 'أحمد الخطيب'],
    ['بواسطة: أحمد الخطيب', 'أحمد الخطيب'],
    ['كتب: أحمد الخطيب', 'أحمد الخطيب'],
    ['كتبت: سارة المنصوري', 'سارة المنصوري'],
    ['إعداد: أحمد الخطيب', 'أحمد الخطيب'],
    ['نویسنده: علی رضایی', 'علی رضایی'],
    ['מאת יוסי כהן', 'יוסי כהן'],
  ])('reads the right-to-left byline label of %j', (byline, name) => {
    expect(cleanAuthors(byline)).toEqual([name]);
  });

  it.each([
    ['جو24 نيوز – بقلم: سارة القضاة', 'سارة القضاة'],
    ['عمّان – كتب: أحمد سعيد', 'أحمد سعيد'],
    ['Beispielzeitung — By Sara Qudah', 'Sara Qudah'],
  ])(
    'reads and removes a bold opening byline after a site name or place and a dash: %j',
    (line, name) => {
      const body = `<p><strong>${line}</strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
      const result = extractArticle(page('', '', body), { url: URL });
      expect(result.authors).toEqual([name]);
      expect(result.contentText).not.toContain(name);
    },
  );

  it.each([
    ['Redacción El Comercio Hoy', 'Por Luis Andrade', ['Luis Andrade']],
    ['Redaktion Beispielzeitung', 'Von Anna Berg und Jan Ruf', ['Anna Berg', 'Jan Ruf']],
    ['Redação Folha Regional', 'Por Ana Souza', ['Ana Souza']],
  ])('takes the labelled byline below a desk credit %j opening the body', (desk, byline, names) => {
    const body = `<p><strong>${desk}</strong></p><p>${byline}</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const result = extractArticle(page('', '', body), { url: URL });
    expect(result.authors).toEqual(names);
    expect(result.contentText).not.toContain(desk);
    expect(result.contentText).not.toContain(byline);
  });

  it.each([
    [
      'Redacția Beispielzeitung',
      '<span class="byline">de <a rel="author" href="/autor/mihai-stan">Mihai Stan</a> și <a rel="author" href="/autor/elena-radu">Elena Radu</a></span>',
      ['Mihai Stan', 'Elena Radu'],
    ],
    [
      'Redacción Beispielzeitung',
      '<div class="author">Por <a href="/autor/luis-andrade">Luis Andrade</a></div>',
      ['Luis Andrade'],
    ],
    ['Redacción Beispielzeitung', '', ['Redacción Beispielzeitung']],
  ])(
    'prefers the people the page shows to a desk %j the JSON-LD declares',
    (desk, header, names) => {
      const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":{"name":"${desk}"}}</script>`;
      expect(authors(ld, header)).toEqual(names);
    },
  );

  it('takes the author from an Arabic byline element labelled "بقلم:"', () => {
    const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>وزارة الصحة تطلق حملة تطعيم وطنية ضد الحصبة</title></head><body>
<h1>وزارة الصحة تطلق حملة تطعيم وطنية ضد الحصبة</h1><div class="post-meta"><span class="author">بقلم: أحمد الخطيب</span> <span class="date">الجمعة 4 ديسمبر 2026</span></div>
<div class="post-content"><p>أطلقت وزارة الصحة صباح اليوم الجمعة حملة تطعيم وطنية ضد الحصبة تستهدف أكثر من مليون طفل تتراوح أعمارهم بين تسعة أشهر وخمس سنوات في جميع المحافظات.</p>
<p>وقال وكيل الوزارة للرعاية الصحية الأولية إن الحملة تستمر أسبوعين، وإن الفرق الصحية ستزور المدارس ورياض الأطفال والأحياء السكنية لضمان وصول اللقاح إلى كل طفل.</p></div></body></html>`;
    expect(extractArticle(html, { url: 'https://akhbar.example.com/news/1' }).authors).toEqual([
      'أحمد الخطيب',
    ]);
  });
});

describe('authors: credits and labels are not names', () => {
  it.each([
    'Image: Getty Images/iStockphoto',
    'Foto: dpa',
    'Anzeige',
    'Agenturen',
    'Getty Images',
    'Twitter Facebook',
  ])('drops %j', (value) => {
    expect(authors(meta(value))).toEqual([]);
  });

  it.each(['BZ+', 'F+', 'Plus+'])(
    "drops a subscription badge's %j: a name holds no plus sign",
    (value) => {
      expect(isPersonName(value, SITE)).toBe(false);
    },
  );

  it.each([
    'Copyright Haufe-Lexware GmbH & Co. KG',
    'Copyright Example Media',
    'All rights reserved',
    'Beispiel Verlag GmbH',
    'Example Media Ltd.',
    'Exemple Presse SAS',
    '株式会社インプレス',
    'インプレス株式会社',
    '中国新闻网有限公司',
    '주식회사 한국일보',
  ])('drops %j: a copyright holder or a company is no person', (value) => {
    expect(isPersonName(value, SITE)).toBe(false);
  });

  it.each(['© dpa-infocom', 'Reuters ©', '® Getty'])(
    'drops a copyright line %j: a name holds no © or ®',
    (value) => {
      expect(isPersonName(value, SITE)).toBe(false);
    },
  );

  it.each([
    ['Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza']],
    ['Opinion by Jane Doe', ['Jane Doe']],
    ['Posted by Michael David Smith', ['Michael David Smith']],
    ['Ein Kommentar von Anna Berg', ['Anna Berg']],
    ['Eine Analyse von Anna Berg', ['Anna Berg']],
    ['Erstellt von Andri Bryner', ['Andri Bryner']],
    ['Geschrieben von Anna Berg', ['Anna Berg']],
    ['Verfasst von Anna Berg', ['Anna Berg']],
    ['Alles von Martin Junker', ['Martin Junker']],
    ['Alle Beiträge von Martin Junker', ['Martin Junker']],
    ['More by Jane Doe', ['Jane Doe']],
    ['Created by Jane Doe', ['Jane Doe']],
  ])('reads the person after a genre or "posted" label before "by" in %j', (value, names) => {
    expect(authors(meta(value))).toEqual(names);
  });

  it.each([
    ['Ilana Muhlstein, MS, RDN', ['Ilana Muhlstein']],
    ['Bruce Lee, MD, PhD', ['Bruce Lee']],
    ['Jane Roe, M.D., and John Doe, Ph.D.', ['Jane Roe', 'John Doe']],
  ])('drops the degrees written after a name in %j', (value, names) => {
    expect(authors(meta(value))).toEqual(names);
  });

  it.each([
    ['Catherine Shu @catherineshu', ['Catherine Shu']],
    ['Jane Doe (@janedoe)', ['Jane Doe']],
  ])('drops the social handle written after a name in %j', (value, names) => {
    expect(authors(meta(value))).toEqual(names);
  });

  it('reads the name an author box heads "About …" as the name alone', () => {
    expect(cleanAuthors('About Victor Davis Hanson')).toEqual(['Victor Davis Hanson']);
    expect(cleanAuthors('Über Anna Berg')).toEqual(['Anna Berg']);
  });

  it('drops the weekday of a date that follows the last name', () => {
    expect(
      cleanAuthors('By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT'),
    ).toEqual(['Mike Wuerthele', 'Malcolm Owen']);
  });

  it.each(['Wednesday', 'Biography', 'Senior Contributor', 'Staff Writer', 'Гость'])(
    'drops %j, a weekday, a heading or a job title alone',
    (value) => {
      expect(authors(meta(value))).toEqual([]);
    },
  );

  it.each([
    'Web Desk',
    'News Desk',
    'Our Correspondent',
    'Redacción Digital',
    'Redazione Online',
    'Da Redação',
    'Redakce',
    'Redakcija',
    'Редакція',
    'Haber Merkezi',
    'নিজস্ব প্রতিবেদক',
    'ویب ڈیسک',
  ])("drops %j, a newsroom's desk that names no outlet and no one", (value) => {
    expect(authors(meta(value))).toEqual([]);
  });

  it.each([
    'اسٹاف رپورٹر',
    'نمائندہ خصوصی',
    'स्टाफ रिपोर्टर',
    'निज संवाददाता',
    'স্টাফ রিপোর্টার',
    'নিজস্ব সংবাদদাতা',
  ])(
    "drops %j, South Asian papers' staff reporter or own correspondent, who names no one",
    (value) => {
      expect(authors(meta(value))).toEqual([]);
    },
  );

  it.each(['MM-Redaktion', 'Redacción El Tiempo', 'MND Staff'])(
    'keeps %j, a desk that names its outlet, as the author the page credits',
    (value) => {
      expect(authors(meta(value))).toEqual([value]);
    },
  );

  it('keeps the author next to a photo credit in the same field', () => {
    expect(
      authors(`${meta('Image: Getty Images')}<meta name="author" content="Emma Mackenzie">`),
    ).toEqual(['Emma Mackenzie']);
  });
});

describe('authors: words of prose among capitalized words are no name', () => {
  it.each(['The Russian and Syrian defense ministries', 'Jane Doe reports from Kyiv'])(
    'drops %j',
    (value) => {
      expect(isPersonName(value, SITE)).toBe(false);
    },
  );

  it('drops such a phrase whole, not its capitalized half, in a byline element', () => {
    const header = '<h4 class="author">The Russian and Syrian defense ministries</h4>';
    expect(authors('', header)).toEqual([]);
  });

  it('keeps a newsroom\'s collective byline ("Science X staff")', () => {
    expect(isPersonName('Science X staff', SITE)).toBe(true);
  });

  it.each([
    'Ursula von der Leyen',
    'Charles de Gaulle',
    'Ana de la Cruz y Pérez',
    'Mohammed al-Fayed',
    "Lorenzo de' Medici",
    'Vincent van Gogh',
    'bell hooks',
  ])('keeps the particles and the lower case of %j', (value) => {
    expect(isPersonName(value, SITE)).toBe(true);
  });
});

describe('authors: a wire agency then a place is a dateline, not two people, nor "Surname, First"', () => {
  it.each([
    ['Reuters, Washington', ['Reuters']],
    ['PTI, NEW DELHI', ['PTI']],
    ['AFP, Paris', ['AFP']],
  ])('reads %j as the agency alone', (raw, names) => {
    expect(cleanAuthors(raw)).toEqual(names);
  });

  it.each([
    ['Von Johannes Ritter, Zürich', ['Johannes Ritter']],
    ['By Anna Berg, WASHINGTON', ['Anna Berg']],
  ])(
    'reads a full name then one word, %j, as the reporter and the place they file from',
    (raw, names) => {
      expect(cleanAuthors(raw)).toEqual(names);
    },
  );

  it('keeps a person and the agency named with them', () => {
    expect(cleanAuthors('Anna Berg, Reuters')).toEqual(['Anna Berg', 'Reuters']);
    expect(cleanAuthors('Reuters, Thorsten Kramer')).toEqual(['Reuters', 'Thorsten Kramer']);
    expect(cleanAuthors('Lee, Jane')).toEqual(['Jane Lee']);
  });
});

describe("authors: a byline's scripts and style sheets are no text", () => {
  it('reads a byline line whose CSS-in-JS style sheets sit between its words', () => {
    const header =
      '<p class="css-1nw5r4g" data-manual="author">Kolumne von <style data-emotion="css viqvuv">.css-viqvuv{border-bottom:1px solid #29293a;-webkit-text-decoration:none;text-decoration:none;-webkit-transition:border-bottom 150ms ease-in-out;transition:border-bottom 150ms ease-in-out;}.css-viqvuv:hover{border-bottom-color:transparent;}</style><a href="https://www.zeitung.de/autoren/lars-brunckhorst-1.1408373" class="css-viqvuv">Lars Brunckhorst</a></p>';
    expect(authors('', header)).toEqual(['Lars Brunckhorst']);
  });

  it('reads the name beside a script in the byline element', () => {
    const header =
      '<div class="byline">By Anna Berg<script>var share = "Jan Roe";</script><style>.byline{color:red}</style></div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe("authors: a personal site's handle is its author's name, not an outlet's", () => {
  const personal = (author: string, handle: string) =>
    extractArticle(
      page(
        `<meta name="author" content="${author}"><meta name="twitter:site" content="${handle}">`,
      ).replace('<meta property="og:site_name" content="Beispielzeitung">', ''),
      { url: URL },
    ).authors;

  it('reads the declared author whose name the twitter:site handle spells, on a site that names itself no other way', () => {
    expect(personal('Mattias Geniar', '@mattiasgeniar')).toEqual(['Mattias Geniar']);
  });

  it("still reads no author where the declared one is the site's handle as one word", () => {
    expect(personal('Beispielblog', '@beispielblog')).toEqual([]);
  });
});

describe("authors: people the page credits for a shoot's craft are no authors", () => {
  it('leaves out of a declared list the photographer, stylist and hair artist the captions credit', () => {
    const credits =
      '<div class="content-caption"><div class="credit">Photographed by Jan Ruf. </div><div>Modeled by Ola Berg at Muse Management; Styled by Eva Lind; Hair by Paul Warren for Amika</div></div>';
    const declared = meta(
      'Anna Berg,Jan Ruf,Ola Berg at Muse Management,Eva Lind,Paul Warren for Amika',
    );
    expect(
      authors(declared, '', BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') + credits),
    ).toEqual(['Anna Berg']);
  });

  it('still keeps a declared author the byline shows, whom a caption credits for the photos too', () => {
    const credit = '<p class="caption">Photos by Jan Ruf</p>';
    const byline = '<p class="byline">By Anna Berg and Jan Ruf</p>';
    expect(
      authors(
        meta('Anna Berg,Jan Ruf'),
        byline,
        BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') + credit,
      ),
    ).toEqual(['Anna Berg', 'Jan Ruf']);
  });

  it('still keeps a declared author whose name a caption credits for a photo too, when nobody else is declared', () => {
    const credit = '<p class="caption">Photo by Anna Berg</p>';
    expect(
      authors(meta('Anna Berg'), '', BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') + credit),
    ).toEqual(['Anna Berg']);
  });
});

describe('authors: what a Chinese byline says after "posted in" is no part of the name', () => {
  it.each([
    ['王小明 發表在 痞客邦 PIXNET 留言(42) 人氣(23925)', ['王小明']],
    ['李华 发表于 2015-11-20 10:21', ['李华']],
    ['张伟 發表於 科技版', ['张伟']],
  ])('reads %j as %j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected);
  });
});

describe("authors: an author box's counters name no one", () => {
  it.each([
    '<span class="author-views">人氣(23925)</span>',
    '<span class="author-count">Beiträge (120)</span>',
    '<div class="author-stats">Posts 42</div>',
  ])('reads the byline, not the counter %j before it', (counter) => {
    expect(authors('', `${counter}<div class="byline">Von Jan Ruf</div>`)).toEqual(['Jan Ruf']);
  });
});

describe("authors: a box its class names the author's and the date's holds the byline", () => {
  it.each([
    [
      '<div class="post-author-date">Thu Hà - Minh Tuấn | 14/12/2024 21:40</div>',
      ['Thu Hà', 'Minh Tuấn'],
    ],
    ['<p class="meta authorDate">Anna Berg | 14.12.2024 09:15</p>', ['Anna Berg']],
  ])('reads %j as %j', (line, names) => {
    expect(authors('', line)).toEqual(names);
  });

  it('names no one from such a box holding the date alone', () => {
    expect(authors('', '<span class="author-date">14.12.2024 21:40</span>')).toEqual([]);
  });
});

describe('authors: a block of credits parted by <br>s is read line by line', () => {
  it("reads the names of the text's credit, not those run into the next line's label", () => {
    const credits =
      '<p><b>Thực hiện:</b> Thu Hà - Minh Tuấn<br><b>Ảnh:</b> Thanh Sơn<br><b>Đồ họa:</b> Hoàng Long</p>';
    expect(authors('', credits)).toEqual(['Thu Hà', 'Minh Tuấn']);
  });
});

describe('authors: CMS account names are not names', () => {
  it.each(['jdadmin', 'emma-mackenzie', 'j.doe', 'admin'])('drops %j', (value) => {
    expect(isPersonName(value, SITE)).toBe(false);
  });

  it('keeps a news agency signing in lower case ("dpa")', () => {
    expect(isPersonName('dpa', SITE)).toBe(true);
  });

  it("drops an account in lower case named after the site, the start of its host's name", () => {
    const site = { names: ['luxuriousmagazine'], hostLabels: ['luxuriousmagazine'] };
    expect(isPersonName('luxurious', site)).toBe(false);
    expect(authors(meta('beispiel, beispiel, beispiel'))).toEqual([]);
    expect(isPersonName('Luxurious', site)).toBe(true);
  });

  it("drops a blog's account in lower case named by its host's subdomain (a hosted blog's)", () => {
    const on = (url: string, author: string) => extractArticle(page(meta(author)), { url }).authors;
    expect(on('https://mcupdate.tumblr.com/post/96439224994/minecraft-18', 'mcupdate')).toEqual([]);
    expect(on('https://stevenhgm.pixnet.net/blog/post/39926056', 'stevenhgm')).toEqual([]);
    expect(on('https://jane.substack.com/p/notes', 'Jane Doe')).toEqual(['Jane Doe']);
    expect(on('https://www.zeitung.de/politik/artikel-1.html', 'dpa')).toEqual(['dpa']);
  });

  it('drops a JSON-LD author whose profile is the admin account, and reads the byline instead', () => {
    const head = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      author: { '@id': 'https://www.zeitung.de/author/admin/', name: 'Zeitung D' },
    })}</script>`;
    const body = `<p><strong>MTHOBISI SITHOLE</strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(authors(head, '', body)).toEqual(['Mthobisi Sithole']);
  });
});

describe('authors: an institution\'s name is no person, whole or cut at its "für"', () => {
  it.each([
    'Bundesministerium für Bildung und Forschung',
    'Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF',
    'Department of Health and Social Care',
    'Universität Beispielstadt',
  ])('gives no author for the meta author %j', (value) => {
    expect(authors(meta(value))).toEqual([]);
  });

  it('still reads the contributor before the outlet they wrote for', () => {
    expect(authors(meta('Anna Berg für Zeit Online'))).toEqual(['Anna Berg']);
  });
});

describe('authors: an office or desk of an organisation is no person, even marked as a Person', () => {
  it.each([
    'Pressestelle',
    'Pressereferat',
    'Referat Öffentlichkeitsarbeit',
    'Press Office',
    'Service de presse',
    'Oficina de Prensa',
    'Ufficio stampa',
    'Assessoria de Imprensa',
    'Пресс-служба',
    'Phòng Truyền thông',
  ])('gives no author for the meta author %j', (value) => {
    expect(authors(meta(value))).toEqual([]);
  });

  it('gives no author for a byline "von Pressestelle" in Person microdata', () => {
    const header =
      '<p><span itemprop="author" itemscope itemtype="http://schema.org/Person" class="news-list-author">von <span itemprop="name">Pressestelle</span></span></p>';
    expect(authors('', header)).toEqual([]);
  });

  it('still reads a person before the office', () => {
    expect(authors(meta('Anna Berg, Pressestelle'))).toEqual(['Anna Berg']);
  });
});

describe("authors: a data table's cells below the headline name no author", () => {
  it("takes no author from a name with its picture in an infobox's labelled cell, whatever else the table holds", () => {
    const header =
      '<table class="k1"><tr><td>Birthday:</td><td>Winter 2</td></tr><tr><td>Family:</td><td><p><a href="/Pam">Pam</a></p></td></tr><tr><td>Best Gifts:</td><td><span><img alt="Poppyseed Muffin.png" src="/images/Poppyseed_Muffin.png" width="24" height="24"> <a href="/Poppyseed_Muffin">Poppyseed Muffin</a></span></td></tr><tr><td>Updated:</td><td>12.03.2024</td></tr></table>';
    expect(authors('', header)).toEqual([]);
  });

  it.each([
    [
      '<table><tr><td>Tác giả:</td><td>Nguyễn Văn An</td></tr><tr><td>Ngày đăng:</td><td>14/12/2023</td></tr></table>',
      'Nguyễn Văn An',
    ],
    [
      '<table><tr><td>Autor:</td><td>Anna Berg</td></tr><tr><td>Datum:</td><td>14.12.2023</td></tr><tr><td>Quelle:</td><td>Pressestelle</td></tr></table>',
      'Anna Berg',
    ],
  ])('still reads the name a row labels as the author, in %s', (header, name) => {
    expect(authors('', header)).toEqual([name]);
  });

  it('takes no author from a name with its picture in an infobox', () => {
    const header =
      '<table class="k1"><tr><td>Birthday:</td><td>Winter 2</td></tr><tr><td>Best Gifts:</td><td><span><img alt="Poppyseed Muffin.png" src="/images/Poppyseed_Muffin.png" width="24" height="24"> <a href="/Poppyseed_Muffin">Poppyseed Muffin</a></span></td></tr><tr><td>Updated:</td><td>12.03.2024</td></tr></table>';
    expect(authors('', header)).toEqual([]);
  });
});

describe('authors: no author where the page names none', () => {
  it('gives no author when the only names are the site and outlets', () => {
    const head = `${meta('Beispielzeitung')}<meta property="article:author" content="https://www.facebook.com/beispiel">`;
    expect(authors(head)).toEqual([]);
  });

  it.each(['zeitung.de, Frankfurt, Germany', 'Deutsche Welle (www.dw.com)', 'ZEITUNG NACHRICHTEN'])(
    'reads %j as an outlet, not as people',
    (value) => {
      expect(authors(meta(value))).toEqual([]);
    },
  );

  it('reads the reporters of "Outlet (A, B)"', () => {
    expect(authors(meta('Zeitung (Engin Haupt, Alisa Sonntag)'))).toEqual([
      'Engin Haupt',
      'Alisa Sonntag',
    ]);
  });
});

describe('authors: the outlet a page declares as JSON-LD author stands when it names no person', () => {
  const jsonLdAuthor = (author: unknown) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Ein Titel der Seite',
      author,
    })}</script>`;

  it('names the organization of a JSON-LD author typed as one', () => {
    expect(
      authors(jsonLdAuthor({ '@type': 'NewsMediaOrganization', name: 'DER SPIEGEL ' })),
    ).toEqual(['DER SPIEGEL']);
  });

  it("names the site when the JSON-LD author is the site's own name or host", () => {
    expect(authors(jsonLdAuthor({ '@type': 'Person', name: 'Beispielzeitung' }))).toEqual([
      'Beispielzeitung',
    ]);
    expect(authors(jsonLdAuthor(['zeitung.de']))).toEqual(['zeitung.de']);
  });

  it('says where the outlet came from in the trace', () => {
    const { trace, explanation } = recordingTrace();
    const head = jsonLdAuthor({ '@type': 'Organization', name: 'Beispielzeitung' });
    extractArticle(page(head), { url: URL, trace });
    expect(explanation.fields.find((f) => f.field === 'authors')).toMatchObject({
      source: 'json-ld author (outlet)',
      raw: 'Beispielzeitung',
    });
  });

  it('gives the person a byline names, not the declared outlet', () => {
    const header = '<div class="byline">Von Anna Berg</div>';
    expect(authors(jsonLdAuthor({ '@type': 'Organization', name: 'DER SPIEGEL' }), header)).toEqual(
      ['Anna Berg'],
    );
  });

  it("gives the reporter a wire's dateline opening the text credits, not the declared outlet", () => {
    const head = jsonLdAuthor({ '@type': 'Organization', name: '自由時報' });
    const body = `<p>〔記者林曉雲／台北報導〕${BODY_PARAGRAPHS[0]}</p><p>${BODY_PARAGRAPHS[1]}</p>`;
    expect(authors(head, '', body)).toEqual(['林曉雲']);
  });

  it.each(['Foto: dpa', 'Anzeige', 'jdadmin', 'https://www.zeitung.de/', 'redaktion@zeitung.de'])(
    'takes no credit, label, CMS account or address as the outlet: %j',
    (name) => {
      expect(authors(jsonLdAuthor({ '@type': 'Organization', name }))).toEqual([]);
    },
  );

  it.each(['Anna Berg is a reporter covering politics.', 'Anna Berg Updated March 3, 2024'])(
    'takes no sentence or date as the outlet: %j',
    (name) => {
      expect(authors(jsonLdAuthor({ '@type': 'Person', name }))).toEqual([]);
    },
  );

  it("leaves a CMS template's author meta tag naming the site out: only structured data declares it", () => {
    expect(authors(meta('Beispielzeitung'))).toEqual([]);
  });
});

describe('authors: a byline inside a figure credits the picture, not the article', () => {
  it('takes no author from a byline element in a figure caption', () => {
    const header =
      '<figure><img src="/a.jpg" alt=""><figcaption><span class="mediaBox__byline">| Roman Warschauer</span></figcaption></figure>';
    expect(authors('', header)).toEqual([]);
  });

  it('takes no author from a caption marked itemprop="author": the picture\'s author', () => {
    const header =
      '<figure itemscope itemtype="https://schema.org/ImageObject"><img src="/a.jpg" alt=""><figcaption itemprop="author">Mads Claus Rasmussen/Ritzau Scanpix</figcaption></figure>';
    expect(authors('', header)).toEqual([]);
  });

  it('reads the byline beside the figure', () => {
    const header =
      '<p class="byline">Von Anna Berg</p><figure><img src="/a.jpg" alt=""><figcaption><span class="byline">Roman Warschauer</span></figcaption></figure>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });

  it('takes no author from a "By" line marked as a credit under a picture, outside any figure', () => {
    const header =
      '<img src="/a.jpg" alt=""><div class="summary-credit"><p class="summary">Beamte fanden am Sonntag 215 Kilo Kokain in einem Boot. ' +
      '<span class="credit video-credit">By U.S. CUSTOMS AND BORDER PROTECTION</span></p></div>';
    expect(authors('', header)).toEqual([]);
  });
});

describe('authors: author boxes alike side by side each name one author', () => {
  const box = (name: string, role: string) =>
    `<div class="author widget brief"><div class="author__image"><figure><img src="/p.jpg" alt=""></figure></div><div class="author__body"><a class="author__name" href="mailto:x@zeitung.de">${name}</a><span class="author__role">${role}</span></div></div>`;

  it('reads the name of every box, not only the first', () => {
    const header = `<div class="k1 authors">${box('Mathias Hagen', 'Journalist')}${box('Anders Skjerdingstad', 'Journalist i Paris')}</div>`;
    expect(authors('', header)).toEqual(['Mathias Hagen', 'Anders Skjerdingstad']);
  });

  it('reports in the trace every box set alike the names come from, not the first alone', () => {
    const card = (name: string) =>
      `<li class="author-card"><h5 class="k4"><a href="/users/profile/${name}">${name}</a></h5><p class="k5">Journal Staff Writer</p></li>`;
    const header = `<ul class="k2">${card('Jane Doe')}${card('John Roe')}</ul>`;
    const { trace, explanation } = recordingTrace();
    const article = extractArticle(page('', header), { url: URL, trace });
    expect(article.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(explanation.fields.find((f) => f.field === 'authors')).toMatchObject({
      source: 'byline element li.author-card and 1 set alike beside it',
      raw: 'Jane Doe, John Roe',
    });
  });

  it("reads one name where the boxes alike are other stories' cards with their headings", () => {
    const card = (title: string, name: string) =>
      `<div class="card"><h3><a href="/story-${name.length}.html">${title}</a></h3><span class="author__name">${name}</span></div>`;
    const header = `<p class="byline"><span class="author__name">Eva Lang</span></p><div class="k2">${card('Ein anderer Artikel über den Haushalt', 'Jan Ruf')}${card('Noch ein Artikel über die Schulen', 'Tom Weber')}</div>`;
    expect(authors('', header)).toEqual(['Eva Lang']);
  });
});

describe("authors: a modal <dialog> names another component's people, not the article's", () => {
  it('takes no author from a byline element in a dialog a button opens', () => {
    const header =
      '<dialog class="k8"><header><h2>Newsletter</h2><span class="author">Von Peter Schmidt</span></header><p>Jeden Morgen die wichtigsten Nachrichten.</p></dialog>';
    expect(authors('', header)).toEqual([]);
  });

  it("reads the article's byline after such a dialog", () => {
    const header =
      '<dialog><span class="author">Von Peter Schmidt</span></dialog><p class="byline">Von Anna Berg</p>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe('authors: the closing byline forms parse to the person', () => {
  it.each([
    ['Tin, ảnh: ĐỖ HUY.', ['Đỗ Huy']],
    ['Hoàng Anh - Đài Truyền thanh huyện', ['Hoàng Anh']],
    ['Von Anna Müller und Jan Schmidt', ['Anna Müller', 'Jan Schmidt']],
    ['Por Ana García', ['Ana García']],
    ['Автор: Иван Петров', ['Иван Петров']],
  ])('takes the byline %j as the author', (line, names) => {
    expect(parseByline(line, true)).toEqual(names);
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><b>${line}</b></p>`;
    expect(authors('', '', body)).toEqual(names);
  });
});

describe('authors: a closing "by" label on a line of its own, the name on the next, is a byline', () => {
  it.each([
    [
      'a label and a name in one link to the author, set apart by breaks',
      '<a href="mailto:redaktion@zeitung.de"><b>Von:</b> <br /> <br /> Götz Warnke</a>',
    ],
    ['a label and a name in one paragraph', '<p><strong>Autor:</strong><br>Anna Berg</p>'],
    ['a label in English', '<p><b>By:</b><br>Jane Roe</p>'],
  ])(
    'takes the name of %s as the author and leaves both lines out of the body',
    (_form, byline) => {
      const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${byline}`;
      const article = extractArticle(page('', '', body), { url: URL });
      const name = byline
        .replace(/<[^>]+>/g, '')
        .replace(/^.*:\s*/s, '')
        .trim();
      expect(article.authors).toEqual([name]);
      expect(article.contentText).not.toContain(name);
      expect(article.contentText.trimEnd().endsWith(BODY_PARAGRAPHS.at(-1) as string)).toBe(true);
    },
  );

  it('keeps a closing line of prose after a label that names no one', () => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p><b>Von:</b><br>heute an gilt die neue Regel für alle.</p>`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual([]);
    expect(article.contentText).toContain('heute an gilt die neue Regel');
  });
});

describe('authors: a "by" line in another language may credit a wire agency beside its names', () => {
  it.each([
    ['Von Felix Schröder und Jörg Soldwisch, dpa', ['Felix Schröder', 'Jörg Soldwisch', 'dpa']],
    ['Por Ana García, efe', ['Ana García', 'efe']],
  ])('reads %j below the headline, whatever its classes', (line, names) => {
    expect(parseByline(line)).toEqual(names);
    const header = `<div class="k1"><address class="k2">${line.replace(/^(\S+) /, '$1 <span class="k3">')}</span></address></div>`;
    expect(authors('', header)).toEqual(names);
  });

  it('still reads a "by" word before words that are no names as text', () => {
    expect(parseByline('Von Montag an gilt, dpa')).toBeNull();
  });
});

describe('authors: a line that opens with the Italian "di" before names is a byline', () => {
  it('reads "di <span>Viviana Mazza</span>" below the headline, whatever its classes', () => {
    const header =
      '<div class="k1"><span class="k2">di\n<span class="k3">Viviana Mazza</span>\n</span></div>';
    expect(authors('', header)).toEqual(['Viviana Mazza']);
  });
});

describe('authors: a closing line that opens with a word for "by" but names no one is text', () => {
  it.each([
    'Par ailleurs, le gouvernement a annoncé une réforme.',
    'Por la tarde llegó el presidente.',
    'Von Montag an gilt die neue Regel.',
    'di Roma e di Milano, per il momento.',
  ])('reads %j as no byline', (line) => {
    expect(parseByline(line, true)).toBeNull();
  });
});

describe('authors: an outlet acronym followed by its reporters in brackets credits the reporters', () => {
  it('takes the names inside "MDR (Engin Haupt, Alisa Sonntag)"', () => {
    expect(cleanAuthors('MDR (Engin Haupt, Alisa Sonntag)')).toEqual([
      'Engin Haupt',
      'Alisa Sonntag',
    ]);
  });

  it('takes them from a closing byline in italics', () => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p><em>MDR (Engin Haupt, Alisa Sonntag)</em></p>`;
    expect(authors('', '', body)).toEqual(['Engin Haupt', 'Alisa Sonntag']);
  });

  it('does not take the expansion of an acronym as a person', () => {
    expect(cleanAuthors('AFP (Agence France-Presse)')).toEqual(['AFP']);
  });
});

describe('authors: a name never keeps a bracket that pairs with nothing', () => {
  it('drops the stray bracket of "Alisa Sonntag)"', () => {
    expect(cleanAuthors('Alisa Sonntag)')).toEqual(['Alisa Sonntag']);
  });
});

describe("authors: a reporter's job title is not part of the name", () => {
  it.each([
    ['신현주 기자', ['신현주']],
    ['한국일보, 신현주 기자', ['신현주']],
    ['山田太郎 記者', ['山田太郎']],
    ['记者 张三', ['张三']],
  ])('reads %j as %j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected);
  });

  it.each([
    ['순천, 광양 구현모 기자 ninek@hankookilbo.com', ['구현모']],
    ['세종=김민수 기자', ['김민수']],
    ['워싱턴=이영희 특파원', ['이영희']],
    ['김민수 기자, 이영희 선임기자', ['김민수', '이영희']],
    ['김민수·이영희 기자', ['김민수', '이영희']],
  ])(
    'reads only the Korean name right before the title in %j, not the places or outlet',
    (raw, expected) => {
      expect(cleanAuthors(raw)).toEqual(expected);
    },
  );

  it('takes "신현주" from the meta author "신현주 기자"', () => {
    expect(authors(meta('신현주 기자'))).toEqual(['신현주']);
  });
});

describe('authors: a Chinese credit names the reporters, not the outlet before them or the place after', () => {
  it.each([
    ['聯合報 記者林佳彣／台北即時報導', ['林佳彣']],
    ['聯合報／ 記者林佳彣／台北即時報導', ['林佳彣']],
    ['澎湃新闻记者 张静', ['张静']],
    ['記者林曉雲／台北報導', ['林曉雲']],
  ])('reads %j as %j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected);
  });
});

describe('authors: a Japanese or Chinese closing credit in full-width brackets names its reporters', () => {
  it.each([
    ['（金沢支局　山田太郎）', ['山田太郎']],
    ['（大阪本社社会部 佐藤花子）', ['佐藤花子']],
    ['（記者 山田太郎）', ['山田太郎']],
    ['（记者 宋晨、田中全）', ['宋晨', '田中全']],
    ['（本报记者 张三）', ['张三']],
  ])('reads %j as %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
    expect(cleanAuthors(line)).toEqual(names);
  });

  it.each([
    ['（記者：タイン・フオン）', ['タイン・フオン']],
    ['記者：タイン・フオン', ['タイン・フオン']],
    ['文：约翰·史密斯', ['约翰·史密斯']],
  ])(
    'reads %j, a foreign name transcribed with its parts joined by ・ or ·, as one name',
    (line, names) => {
      expect(parseByline(line)).toEqual(names);
    },
  );

  it.each(['（完）', '（つづく）', '（新华社）', '（山田太郎）', '（2026年12月4日）'])(
    'reads no byline from %j, which names no desk or reporter',
    (line) => {
      expect(parseByline(line)).toBeNull();
    },
  );

  it('takes the credit closing a Japanese article out of the body as its byline', () => {
    const text = [
      '４日朝、北陸地方を中心に大雪となった影響で、北陸新幹線は長野―金沢間の上下線で運転を見合わせている。ＪＲ西日本によると、線路上の除雪作業が続いており、運転再開は午後になる見通しだという。',
      '気象庁によると、石川県や富山県では３日夜から４日朝にかけて、平地でも２０センチを超える積雪を観測した。金沢駅では、出張や帰省の予定だった利用客らが窓口に列を作った。',
    ];
    const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>北陸新幹線、大雪で一部区間運転見合わせ</title></head><body>
<article><h1>北陸新幹線、大雪で一部区間運転見合わせ</h1><div class="body">${text.map((p) => `<p>${p}</p>`).join('')}<p>（金沢支局　山田太郎）</p></div></article></body></html>`;
    const article = extractArticle(html, { url: 'https://www.minato.example.jp/news/1/' });
    expect(article.authors).toEqual(['山田太郎']);
    expect(article.contentText).toBe(text.join('\n\n'));
  });
});

describe('authors: a Chinese name in full-width brackets closing the last paragraph signs it', () => {
  const said = (n: number) =>
    `第${n}天，山西品牌丝路行活动在巴西圣保罗继续举行，省贸促会与当地商会签署了合作协议。`;
  const signed = (closing: string) =>
    extractArticle(page('', '', `<p>${said(1)}</p><p>${said(2)}</p><p>${said(3)}${closing}</p>`), {
      url: URL,
    });

  it('takes the reporter’s name out of the paragraph as the author', () => {
    const article = signed('（张巨峰）');
    expect(article.authors).toEqual(['张巨峰']);
    expect(article.contentText).toBe([said(1), said(2), said(3)].join('\n\n'));
  });

  it.each(['（德清县发改局）', '（新华社）', '（人民网）', '（组图）', '（待续）', '（完）'])(
    'leaves %j, which names no person, in the text',
    (closing) => {
      const article = signed(closing);
      expect(article.authors).not.toContain(closing.slice(1, -1));
      expect(article.contentText.endsWith(closing)).toBe(true);
    },
  );
});

describe('authors: a Chinese website’s name (…网) declared as the author names no person', () => {
  it.each(['证券时报网', '中国青年网'])('credits no one for the meta author %j', (site) => {
    expect(authors(meta(site))).toEqual([]);
  });

  it('keeps a person’s name declared so', () => {
    expect(authors(meta('李在山'))).toEqual(['李在山']);
  });
});

describe("authors: what follows a job title in a byline is that person's affiliation, not more people", () => {
  it.each([
    [
      'By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project',
      ['Daniel Kahn Gillmor'],
    ],
    ['By Jane Doe, Professor of History, Yale University', ['Jane Doe']],
    ['By Jane Doe, Director, Center for Policy Studies', ['Jane Doe']],
    ['Jane Doe, Senior Fellow, Brookings Institution', ['Jane Doe']],
  ])('reads %j as %j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected);
  });

  it.each([
    ['By Jane Doe, Staff Writer, and John Smith, Contributor', ['Jane Doe', 'John Smith']],
    ['Anna Berg, John Smith and Mary Jones', ['Anna Berg', 'John Smith', 'Mary Jones']],
    ['Jane Doe, Reporter; John Smith', ['Jane Doe', 'John Smith']],
  ])('keeps the other people of %j, each with a job title or none', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected);
  });
});

describe('authors: a job title written after a name without a comma is not part of the name', () => {
  it.each([
    ['Jessica Moreno Staff Writer', ['Jessica Moreno']],
    ['By Jane Doe Senior Reporter', ['Jane Doe']],
    ['Mary Ann Smith Staff Writer and John Roe', ['Mary Ann Smith', 'John Roe']],
  ])('reads %j as %j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected);
  });

  it.each([
    ['Jane Writer Smith', ['Jane Writer Smith']],
    ['AP National Political Writer', []],
  ])(
    'keeps a name with a word that names a job, and drops an outlet before a title, %j',
    (raw, expected) => {
      expect(cleanAuthors(raw)).toEqual(expected);
    },
  );
});

describe("authors: an outlet's acronym that starts the site's name is not a person", () => {
  it('drops "LBCI" on the site named "LBCIV7"', () => {
    expect(isPersonName('LBCI', { names: ['lbciv7'], hostLabels: ['lbcgroup'] })).toBe(false);
  });

  it('keeps a capitalised surname that merely starts the host name', () => {
    expect(isPersonName('Mark', { names: [], hostLabels: ['markets'] })).toBe(true);
  });
});

describe('authors: a bold byline opening the body names the authors', () => {
  const body = `<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;

  it('takes names joined by a slash and leaves the line out of the body', () => {
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual(['Mathatisi Sebusi', 'Mohalenyane Phakela']);
    expect(article.contentText).not.toContain('Mathatisi');
  });

  it('takes names joined by a dash, the first no site or place before a label', () => {
    const names = `<p><strong>THU HÀ - MINH TUẤN</strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page('', '', names), { url: URL });
    expect(article.authors).toEqual(['Thu Hà', 'Minh Tuấn']);
    expect(article.contentText).not.toContain('THU HÀ');
  });

  it("reads a bold line right above a list as the list's label, not a byline", () => {
    const highlights = `<div><div><strong>STORY HIGHLIGHTS</strong></div><ul><li>The worst of holiday travel fears fail to materialize</li><li>"Tomorrow will be a quieter day," says a meteorologist</li></ul></div>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page(meta('Dana A. Ford'), '', highlights), { url: URL });
    expect(article.authors).toEqual(['Dana A. Ford']);
  });

  it("reads a bold line set again later as another section's heading as the first section's heading", () => {
    const sections = `<p><strong>PICTURE BOOKS<br></strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p><strong>YOUNG ADULT BOOKS<br></strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page(meta('Joanna Connors'), '', sections), { url: URL });
    expect(article.authors).toEqual(['Joanna Connors']);
    expect(article.contentText).toContain('PICTURE BOOKS');
  });

  it('reports the opening byline, not a closing one, as the source in the trace', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(page('', '', body), { url: URL, trace });
    expect(explanation.fields.find((f) => f.field === 'authors')).toMatchObject({
      source: 'byline opening the body',
      raw: 'Mathatisi Sebusi, Mohalenyane Phakela',
    });
  });
});

describe("rule: a line of nothing but a wire agency's name opening the body is the story's byline", () => {
  const paragraphs = () => BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

  it.each(['Associated Press', 'Reuters', 'AFP'])(
    'takes %j as the author and leaves the line out of the body',
    (agency) => {
      const body = `<p class="source">\n\t\t\t\t${agency} </p>${paragraphs()}`;
      const article = extractArticle(page('', '', body), { url: URL });
      expect(article.authors).toEqual([agency]);
      expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
    },
  );

  it('keeps a line that names the agency in a sentence', () => {
    const line = 'Associated Press reporters were turned away at the border on Monday.';
    const article = extractArticle(page('', '', `<p>${line}</p>${paragraphs()}`), { url: URL });
    expect(article.contentText).toContain(line);
  });
});

describe('authors: a "Posted by" line opening the body names the authors, emphasised or not', () => {
  const paragraphs = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  // The blog's account, linked as the author but hidden from readers.
  const account =
    '<div class="post-footer"><a href="https://plus.example.com/1123" rel="author" style="display:none;">Google</a></div>';

  it.each([
    [
      'in italics, loose above the paragraphs, with a job title',
      '<em>Posted by <a href="https://example.com/+DaveSmith">Dave Smith</a>, Developer Advocate for IoT</em>',
    ],
    ['in a paragraph of its own', '<p>Posted by Dave Smith</p>'],
    ['in Spanish', '<p>Publicado por Dave Smith</p>'],
    ['in French', '<p>Publié par Dave Smith</p>'],
    ['in Italian', '<p>Scritto da Dave Smith</p>'],
    ['in German, with a job title', '<p>Verfasst von Dave Smith, Amtsleitung</p>'],
  ])('takes the name written %s, over the account', (_where, line) => {
    const html = page('', '', `${line}${paragraphs}${account}`);
    const article = extractArticle(html, { url: URL });
    expect(article.authors).toEqual(['Dave Smith']);
    expect(article.contentText).not.toMatch(
      /Posted by|Publicado por|Publié par|Scritto da|Verfasst/,
    );
  });

  it('keeps an opening sentence that merely starts with those words', () => {
    const line = '<p>Posted by the hundreds, the letters reached the mayor before the vote.</p>';
    const article = extractArticle(page('', '', `${line}${paragraphs}`), { url: URL });
    expect(article.contentText).toContain('Posted by the hundreds');
  });
});

describe('authors: a "Reporting by …; Editing by …" line under the headline names the reporters, not the editors', () => {
  const story = (line: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Oil prices rise as supply worries grow</title></head><body><main><article><h1>Oil prices rise as supply worries grow</h1><div class="k1"><p>${line}</p><p>December 5, 2026 10:14 AM UTC</p></div><div class="k2">${[...BODY_PARAGRAPHS, ...BODY_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;

  it.each([
    ['Reporting by Anna Berg and Jan Ruf; Editing by Mark Potter', ['Anna Berg', 'Jan Ruf']],
    ['Reporting by Anna Berg in London', ['Anna Berg']],
  ])('reads %j', (line, names) => {
    const article = extractArticle(story(line), { url: URL });
    expect(article.authors).toEqual(names);
    expect(article.contentText).not.toContain('Reporting by');
  });

  it('reads it opening the body, and takes it out of the text', () => {
    const html = story('').replace(
      '<div class="k2">',
      '<div class="k2"><p>Reporting by Anna Berg and Jan Ruf; Editing by Mark Potter</p>',
    );
    const article = extractArticle(html, { url: URL });
    expect(article.authors).toEqual(['Anna Berg', 'Jan Ruf']);
    expect(article.contentText).not.toContain('Reporting by');
  });

  it('reads no author from a sentence that merely starts with those words', () => {
    const line = 'Reporting by the local paper first raised questions about the deal last spring.';
    expect(extractArticle(story(line), { url: URL }).authors).toEqual([]);
  });
});

describe("authors: a link to a section's page is not a person", () => {
  it('gives no author for a byline element holding only a category link', () => {
    const header =
      '<div class="article_author_container"><a href="/news/category/29/sport">Sport</a></div>';
    expect(authors('', header)).toEqual([]);
  });

  it("keeps the person and drops the section named by a link the site's navigation has", () => {
    const nav =
      '<nav><a href="/news/business">Business</a> <a href="/news/europe">Europe</a></nav>';
    const header = `${nav}<div class="byline">Anna Fink, <a href="/news/business">Business</a></div>`;
    expect(authors('', header)).toEqual(['Anna Fink']);
  });

  it('reads no closing byline from a line of section links ("In Business, Europe - 26 Mar")', () => {
    const nav =
      '<nav><a href="/news/business">Business</a> <a href="/news/europe">Europe</a></nav>';
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>In <a href="/news/business">Business</a>, <a href="/news/europe">Europe</a> - 26 Mar 2022</p>`;
    expect(authors('', nav, body)).toEqual([]);
  });
});

describe('authors: an author box that does not open with a name names no one', () => {
  it('drops a Han and kana run too long for a name', () => {
    expect(isPersonName('この記事を書いた人渡辺洋介東京社会部フォロー専門', SITE)).toBe(false);
    expect(isPersonName('渡辺洋介', SITE)).toBe(true);
    expect(isPersonName('アレクサンドル・ドゥーギン', SITE)).toBe(true);
  });

  it('takes none of the lines of a profile box whose label and name run together', () => {
    const header =
      '<div id="writerProfile"><div>この記事を書いた人</div><dl><dt>渡辺洋介</dt><dd>東京社会部</dd></dl><dl><dt>専門・関心分野</dt><dd>戦争、平和、核問題</dd></dl></div>';
    expect(authors('', header)).toEqual([]);
  });
});

describe("authors: a short line linking to an author's page is a byline", () => {
  it('reads "von <a href=/autoren/…>" without a byline class', () => {
    const header =
      '<p class="reader__meta-info">von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p>';
    expect(authors('', header)).toEqual(['Dr. Max Kolter']);
  });

  it.each([
    ['/autores/alberto-orfao/', 'Alberto Órfão'],
    ['/specials/autor-frank-wunderlich-pfeiffer/', 'Frank Wunderlich-Pfeiffer'],
    ['/toireporter/author-Aashish-Saxena-479265942.cms', 'Aashish Saxena'],
    // Swedish and Norwegian sites file their writers under "av" ("by").
    ['/av/viktor-hedlund/', 'Viktor Hedlund'],
    // An author's number, four digits like a year.
    ['//www.mk.co.kr/author/1162', 'Han Su-jin'],
  ])('reads a link to %s as an author page', (href, name) => {
    expect(authors('', `<p class="k1"><a href="${href}">${name}</a></p>`)).toEqual([name]);
  });

  it("reads no link into a section filed by date under 'journalist' (a news agency's reports)", () => {
    const header =
      '<p class="k1"><a href="/journalist/2012-06/01/content_25335209.htm">跨流域调水缓解白洋淀水资源紧缺</a></p>';
    expect(authors('', header)).toEqual([]);
  });

  it.each(['“亲子视频”让留守儿童与父母面对面', 'Der „Fall“ Müller'])(
    'drops %j: a name holds no quotation marks',
    (value) => {
      expect(isPersonName(value, SITE)).toBe(false);
    },
  );

  it("reads no icon's name in the link (an SVG's <title> is a tooltip, not text)", () => {
    const header =
      '<div class="k1"><a href="/av/amanda-hallsten" aria-label="Se alla artiklar av Amanda Hällsten"><div><img src="/a.jpg" alt=""></div><div><p>Amanda Hällsten</p></div><div><p><svg role="img" aria-hidden="true"><title>chevron-right</title><use xlink:href="#chevron-right"></use></svg></p></div></a></div>';
    expect(authors('', header)).toEqual(['Amanda Hällsten']);
  });

  it.each([
    [
      'one author',
      '<ul class="k1"><li class="k2"><a title="Listado de noticias de Luna González" href="/author/luna-gonzalez">Luna González</a></li></ul>',
      ['Luna González'],
    ],
    [
      'two authors',
      '<ul><li><a href="/autor/ana-ruiz">Ana Ruiz</a></li><li><a href="/autor/jan-ruf">Jan Ruf</a></li></ul>',
      ['Ana Ruiz', 'Jan Ruf'],
    ],
  ])("reads a list whose every link leads to an author's page: %s", (_what, header, names) => {
    expect(authors('', header)).toEqual(names);
  });

  it('reads every name of a "By" line when only some link to their pages', () => {
    const header =
      '<div class="k1">By STEVE PEOPLES, <a href="/author/thomas-beaumont">THOMAS BEAUMONT</a> and AMELIA THOMSON-DEVEAUX</div>';
    expect(authors('', header)).toEqual([
      'Steve Peoples',
      'Thomas Beaumont',
      'Amelia Thomson-Deveaux',
    ]);
  });

  it("leaves out a teaser list's author links beside its stories' links", () => {
    const teasers =
      '<ul><li><a href="/politik/wahl-1.html">Die Wahl in Berlin</a> <a href="/autor/ana-ruiz">Ana Ruiz</a></li><li><a href="/sport/spiel-2.html">Das Spiel am Abend</a> <a href="/autor/jan-ruf">Jan Ruf</a></li></ul>';
    expect(authors('', teasers)).toEqual([]);
  });

  it("leaves out a site map's link whose path looks like an author's and a link inside a paragraph", () => {
    const sitemap = '<ul class="sitemap"><li><a href="/de/reporter/s-31610">Reporter</a></li></ul>';
    const mention = `<p>${BODY_PARAGRAPHS[0]} Wie <a href="/author/jane-doe">Jane Doe</a> schrieb, ${BODY_PARAGRAPHS[1]}</p>`;
    expect(
      authors('', sitemap, mention + BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')),
    ).toEqual([]);
  });
});

describe('authors: the name after an author label is the author', () => {
  it('reads "<strong>Autorin/Autor</strong> Roman Goncharenko"', () => {
    const header = '<ul><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>';
    expect(authors('', header)).toEqual(['Roman Goncharenko']);
  });

  it('reads a definition list: <dt>Author</dt><dd>Jane Doe</dd>', () => {
    expect(authors('', '<dl><dt>Author</dt><dd>Jane Doe</dd></dl>')).toEqual(['Jane Doe']);
  });
});

describe('authors and lead: italic standfirst lines above a bold byline', () => {
  const opening =
    '<p><em>…as Bela Bela communities cry </em><em>foul over lost livelihoods</em></p><p><em>…accuse chiefs of accepting bribes to ignore concerns</em></p><p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>';
  const body = `${opening}${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;

  it('takes the bold line as the byline and the italic lines as the lead', () => {
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual(['Mathatisi Sebusi', 'Mohalenyane Phakela']);
    expect(article.lead).toBe(
      '…as Bela Bela communities cry foul over lost livelihoods …accuse chiefs of accepting bribes to ignore concerns',
    );
    expect(article.contentText).not.toContain('Mathatisi');
    expect(article.contentText).not.toContain('Bela Bela');
  });

  it('leaves italic opening lines in the body when no bold byline follows them', () => {
    const quote = `<p><em>„Wir haben alles verloren“, sagt eine Anwohnerin.</em></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page('', '', quote), { url: URL });
    expect(article.contentText).toContain('Wir haben alles verloren');
    expect(article.authors).toEqual([]);
  });
});

describe('authors: an author label names what follows it only when it opens its line', () => {
  it.each([
    '<p>Anna Berg und Jan Ruf <strong>Autor</strong></p>',
    '<p>Mit Anna Berg, Jan Ruf <strong>Autoren</strong> Max Mann</p>',
  ])('reads nothing from a label after other words: %s', (header) => {
    expect(authors('', header)).toEqual([]);
  });
});

describe('authors: a line that opens with a word for "by" and names people is a byline, whatever its class', () => {
  it.each([
    [
      '<p class="k1">von <a href="mailto:d.straub@zeitung.de">David Straub</a></p>',
      ['David Straub'],
    ],
    [
      '<div class="k2">By <span>Anna Berg</span> and <span>Jan Ruf</span></div>',
      ['Anna Berg', 'Jan Ruf'],
    ],
    [
      '<div class="k3">Do 25.04.24 | 14:07 Uhr | Von <span>Eva Kirchner-Rätsch</span></div>',
      ['Eva Kirchner-Rätsch'],
    ],
  ])('reads %s', (header, names) => {
    expect(authors('', header)).toEqual(names);
  });

  it.each([
    ['<h5><em>Von Leonora Holling</em></h5>', ['Leonora Holling']],
    ['<p><b>Von Leonora Holling</b></p>', ['Leonora Holling']],
    ['<h3>by Jeff Foust<br><span>Monday, November 18, 2019</span></h3>', ['Jeff Foust']],
    [
      '<div class="k7"><span>von<br> <span>Anne-Marie Slaughter</span></span></div>',
      ['Anne-Marie Slaughter'],
    ],
    [
      '<div class="k5"><strong><em>By Anna Berg and Jan Ruf</em></strong></div>',
      ['Anna Berg', 'Jan Ruf'],
    ],
  ])('reads a line set wholly in emphasis or a small heading: %s', (header, names) => {
    expect(authors('', header)).toEqual(names);
  });

  it.each([
    '<p>Das Gedicht <em>Von Zeit und Raum</em> erschien im Jahr darauf.</p>',
    '<h3>Von Berlin nach Paris</h3>',
    '<h3>Mehr von David Vonplon (dvp)</h3>',
    '<p class="k6">Weitere Artikel von Anna Berg</p>',
  ])(
    'names no one for emphasis inside a sentence, a heading naming no person or a label of more stories: %s',
    (header) => {
      expect(authors('', header)).toEqual([]);
    },
  );

  it('reads it in the trace as a byline line', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(page('', '<p class="k1">Par <b>Jean-Marc Leclerc</b></p>'), { url: URL, trace });
    expect(explanation.fields.find((f) => f.field === 'authors')?.source).toBe('byline line');
  });

  it.each([
    '<p class="k1">Von Montag an gilt die neue Regel für alle Fahrgäste.</p>',
    '<p class="k1">By the way, the museum is closed on Mondays.</p>',
    '<nav><p>Von <a href="/a">Anna Berg</a></p></nav>',
    '<a href="/other-story"><span>Rettet die Reichen</span> <span class="k4">Von Ines Zöttl</span></a>',
  ])('names no one for %s', (header) => {
    expect(authors('', header)).toEqual([]);
  });

  it('lets the declared author stand', () => {
    expect(authors(meta('Lena Roth'), '<p class="k1">Von <a>Anna Berg</a></p>')).toEqual([
      'Lena Roth',
    ]);
  });
});

describe("authors: a byline element's lines are read apart, not run together", () => {
  it('reads the name line, not the outlet and date lines after it', () => {
    const header =
      '<address class="byline"><div><div>Dan Jervis-Bardy</div><div>Beispielzeitung</div><div>Tue, 26 November 2024 5:26AM</div></div></address>';
    expect(authors('', header)).toEqual(['Dan Jervis-Bardy']);
  });

  it('stops at a date line right after the name', () => {
    const header =
      '<div class="author"><div>Dan Jervis-Bardy</div><div>Tue, 26 November 2024 5:26AM</div></div>';
    expect(authors('', header)).toEqual(['Dan Jervis-Bardy']);
  });

  it('reads two people on two lines', () => {
    const header =
      '<div class="author"><div>Samya Kullab</div><div>Vasilisa Stepanenko</div></div>';
    expect(authors('', header)).toEqual(['Samya Kullab', 'Vasilisa Stepanenko']);
  });

  it("leaves out the outlet's name written after the last person on the same line", () => {
    const header =
      '<div class="byline-section"><span class="k1">Anna Berg and Jan Ruf</span> <span class="k2">BEISPIELZEITUNG</span><div>Published 7:07 PM EST</div></div>';
    expect(authors('', header)).toEqual(['Anna Berg', 'Jan Ruf']);
  });

  it('keeps a name written across inline elements as one line', () => {
    const header = '<div class="author"><span>Anna</span> <span>Berg</span></div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe('authors: bylines as pages without metadata write them', () => {
  it('reads every author of a line of rel=author links, not only the first', () => {
    const header =
      '<address>Von <a rel="author" href="/autoren/anna-berg/">Anna Berg</a>, <a rel="author" href="/autoren/jan-ruf/">Jan Ruf</a> und <a rel="author" href="/autoren/eva-lang/">Eva Lang</a></address>';
    expect(authors('', header)).toEqual(['Anna Berg', 'Jan Ruf', 'Eva Lang']);
  });

  it('reads the names of such a line that do not link as well as those that do', () => {
    const header =
      '<address>Von <a rel="author" href="/autoren/anna-berg/">Anna Berg</a>, <a rel="author" href="/autoren/jan-ruf/">Jan Ruf</a>, <span class="">Eva Lang</span> und <span class="">Tom Weber</span></address>';
    expect(authors('', header)).toEqual(['Anna Berg', 'Jan Ruf', 'Eva Lang', 'Tom Weber']);
  });

  it.each([
    [
      'a space before the word',
      '<div class="k1"> Von&nbsp;<a href="/profile/3270">Malek Fouda</a> </div>',
      'Malek Fouda',
    ],
    [
      'the word in an element of its own',
      '<div class="k1"><span>Von </span><a href="/redaktion/x">Johannes Ritter</a></div>',
      'Johannes Ritter',
    ],
    [
      'a label in an element of its own',
      '<div class="k1"><span>Von: </span> <span>Jörg Zschoche</span></div>',
      'Jörg Zschoche',
    ],
    [
      'its date after "on"',
      '<p class="k1"> By Louis Jacobson on Monday, November 18th, 2019</p>',
      'Louis Jacobson',
    ],
    [
      'its sections after ", in"',
      '<p class="k1"> By Anna Berg, in News, Politics, Business</p>',
      'Anna Berg',
    ],
    [
      'a label before the word',
      '<p class="k1">Kolumne von <a href="/x">Lars Brunckhorst</a></p>',
      'Lars Brunckhorst',
    ],
    [
      'the outlet in capitals after a comma',
      '<p class="k1">von <a href="mailto:d.straub@example.de">David Straub, MDR THÜRINGEN</a></p>',
      'David Straub',
    ],
  ])('reads a "by" line with %s', (_what, header, name) => {
    expect(authors('', header)).toEqual([name]);
  });
});

describe('authors: a "by" line written in capitals keeps every name', () => {
  it('reads "BY ANNA BERG, JAN RUF" as two people', () => {
    expect(authors('', '<p class="k1">BY ANNA BERG, JAN RUF</p>')).toEqual([
      'Anna Berg',
      'Jan Ruf',
    ]);
  });
});

describe('authors: a label before "by" names only full names', () => {
  it.each(['Bilder von Berlin', 'Designed by First Media Ltd', 'Powered by Anna Berg'])(
    'names no one in "%s"',
    (line) => {
      expect(authors('', `<p class="k1">${line}</p>`)).toEqual([]);
    },
  );
});

describe('authors: "Written by" and "Reported by" open a byline line as "By" does', () => {
  it.each([
    ['<span class="k1"> Written by Eliaser Ndeyanale </span>', 'Eliaser Ndeyanale'],
    ['<p class="k1">Reported by Anna Berg</p>', 'Anna Berg'],
    ['<p class="k1">Posted by Anna Berg on March 4, 2024</p>', 'Anna Berg'],
    [
      '<div class="k1"><span>Published: 5 hours ago</span> | <span> Written by Eliaser Ndeyanale </span></div>',
      'Eliaser Ndeyanale',
    ],
  ])('reads %s', (header, name) => {
    expect(authors('', header)).toEqual([name]);
  });
});

describe('authors: an author\'s label and a colon open a byline line as "By" does, whatever the line\'s class', () => {
  it.each([
    ['<div class="k1">Tác giả: Nguyễn Văn Bình</div>', 'Nguyễn Văn Bình'],
    ['<p class="k1">Người viết: Trần Thị Mai</p>', 'Trần Thị Mai'],
    ['<div class="k1">Viết bởi Nguyễn Văn An</div>', 'Nguyễn Văn An'],
    ['<div class="k1">Người đăng: Lê Minh</div>', 'Lê Minh'],
    ['<p class="k1">Author: Jane Doe</p>', 'Jane Doe'],
    ['<p class="k1">Autor: Max Müller</p>', 'Max Müller'],
    ['<p class="k1">Auteur : Jean Dupont</p>', 'Jean Dupont'],
    ['<div class="k1">Bài, ảnh: Lê Minh</div>', 'Lê Minh'],
    ['<div class="k1">Tin, ảnh: ĐỖ HUY</div>', 'Đỗ Huy'],
    ['<p class="k1">Bài và ảnh: Minh Châu</p>', 'Minh Châu'],
    ['<div class="k1">Tin: Quốc Việt | 14/12/2023</div>', 'Quốc Việt'],
    ['<p class="k1">Thực hiện: Thu Hà</p>', 'Thu Hà'],
    ['<p class="k1">Nội dung: Thu Hà</p>', 'Thu Hà'],
    ['<p class="k1">Text: Anna Berg</p>', 'Anna Berg'],
    ['<div class="k1">Đăng bởi Nguyễn Văn An vào lúc 14/12/2023 16:05</div>', 'Nguyễn Văn An'],
    ['<div class="k1">Người viết: Trần Thị Mai ngày 14/12/2023</div>', 'Trần Thị Mai'],
    [
      '<div class="k1"><span>14/12/2023 16:05</span> | <span>Tác giả: Hoàng Anh</span></div>',
      'Hoàng Anh',
    ],
    [
      '<table class="k1"><tr><td align="right"><b>Tác giả: Minh Tâm</b> - <i>Nguồn: Văn phòng Sở</i></td></tr></table>',
      'Minh Tâm',
    ],
    ['<p class="k1"><strong>Autor: Max Müller</strong> (Redaktion Wien)</p>', 'Max Müller'],
    ['<div class="k1">Oleh: Budi Santoso</div>', 'Budi Santoso'],
    ['<div class="k1">Penulis: Budi Santoso | 14/12/2023</div>', 'Budi Santoso'],
    ['<p class="k1">Szerző: Kovács Péter</p>', 'Kovács Péter'],
    [
      '<div class="k1"><span>โดย สมชาย ใจดี</span> <span>14 ธ.ค. 2566 16:05 น.</span></div>',
      'สมชาย ใจดี',
    ],
    ['<p class="k1">ผู้เขียน: สมชาย ใจดี</p>', 'สมชาย ใจดี'],
    [
      '<ul class="k1"><li><i class="icon-user-o"></i> 김민준 기자</li><li><i class="icon-clock-o"></i> 입력 2026.12.04 14:20</li></ul>',
      '김민준',
    ],
    ['<div class="k1"><span>세종=김민수 기자</span> <span>2026.12.04 14:20</span></div>', '김민수'],
    ['<div class="k1"><span>מאת דנה כהן</span> | <time>04.12.2026 15:12</time></div>', 'דנה כהן'],
    [
      '<table class="k1"><tr><td>Ngày đăng:</td><td>04/12/2026</td></tr><tr><td>Tác giả:</td><td>Minh Tâm</td></tr></table>',
      'Minh Tâm',
    ],
    ['<table class="k1"><tr><th>Autor</th><td>Max Müller</td></tr></table>', 'Max Müller'],
    [
      '<div class="k1"><span>بقلم: أحمد الخطيب</span> <span>4 ديسمبر 2026</span></div>',
      'أحمد الخطيب',
    ],
    ['<p class="k1">Автор: Иван Петров</p>', 'Иван Петров'],
    ['<div class="k1">Yazar: Ahmet Yılmaz | 14.12.2023</div>', 'Ahmet Yılmaz'],
    ['<p class="k1">Muhabir: Ahmet Yılmaz</p>', 'Ahmet Yılmaz'],
    [
      '<p class="k1">WRITER: <a href="/search/?q=Aekarach">Aekarach Sattaburuth</a></p>',
      'Aekarach Sattaburuth',
    ],
    ['<p class="k1">Opracowanie: Jan Kowalski</p>', 'Jan Kowalski'],
    [
      '<div class="k1">Penulis <a href="/penulis/budi-santoso">Budi Santoso</a> | Editor <a href="/editor/sari-dewi">Sari Dewi</a></div>',
      'Budi Santoso',
    ],
    ['<div class="k1"><a href="/yazar/ahmet-yilmaz">Ahmet Yılmaz</a></div>', 'Ahmet Yılmaz'],
    [
      '<div class="k1"><span>کد خبر: 123456</span> <span>نویسنده: علی رضایی</span></div>',
      'علی رضایی',
    ],
    ['<p class="k1">خبرنگار: علی رضایی</p>', 'علی رضایی'],
    ['<div class="k1">كتب محمد محروس</div>', 'محمد محروس'],
    ['<span class="k1">Аутор: Марко Петровић</span>', 'Марко Петровић'],
    ['<span class="k1">Autorka: Petra Nováková</span>', 'Petra Nováková'],
    ['<span class="k1">Avtor: Janez Novak</span>', 'Janez Novak'],
    ['<span class="k1">Piše: Ivana Kovačić</span>', 'Ivana Kovačić'],
    ['<span class="k1">Επιμέλεια: Μαρία Κωνσταντίνου</span>', 'Μαρία Κωνσταντίνου'],
    ['<p class="k1"><strong>Tác giả bài viết: </strong>Nguyễn Thị Hương</p>', 'Nguyễn Thị Hương'],
    ['<div class="k1"><a href="/periodista/maria-garcia">María García</a></div>', 'María García'],
    [
      '<div class="k1"><span>द्वारा: राहुल शर्मा</span> | <span>अपडेटेड: 05 दिसंबर 2026, 03:45 PM IST</span></div>',
      'राहुल शर्मा',
    ],
  ])('reads %s', (header, name) => {
    expect(authors('', header)).toEqual([name]);
  });

  it('reads the line after the body, its label set in bold before the source', () => {
    const html = page('', '').replace(
      '</div></main>',
      '</div><table class="k2"><tr><td align="right"><b>Tác giả: Minh Tâm</b> - <i>Nguồn: Văn phòng Sở</i></td></tr></table></main>',
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Minh Tâm']);
  });

  it('reads no byline from bold words inside a sentence', () => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>Die Ausstellung zeigt Bilder, die <b>von Anna Berg</b> im Jahr 1990 gemalt wurden.</p>`;
    expect(authors('', '', body)).toEqual([]);
  });

  it.each([
    '<div class="k1">Đăng bởi: admin</div>',
    '<div class="k1">Người đăng: Quản trị viên</div>',
    '<div class="k1">Viết bởi Administrator</div>',
    '<p class="k1">Author: unknown</p>',
    '<p class="k1">Ảnh: Hải Nam</p>',
    '<p class="k1">Nội dung: Quyết định về việc phê duyệt kế hoạch năm 2024</p>',
    '<p class="k1">Tin: Hội nghị tổng kết công tác năm 2023 của tỉnh</p>',
    '<p class="k1">시장은 기자회견에서 심야버스 노선을 늘리겠다고 말했다</p>',
  ])('takes no account or role for a name: %s', (header) => {
    expect(authors('', header)).toEqual([]);
  });

  it("reads the text's credit in a box of the piece's credits, whose pictures' credit names no one", () => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<div class="credits"><p>Nội dung: Thu Hà</p><p>Ảnh: Hải Nam</p><p>Thiết kế: Lan Anh</p></div>`;
    expect(authors('', '', body)).toEqual(['Thu Hà']);
  });
});

describe("authors: an element its class calls the author's function or role names no one", () => {
  it.each([
    [
      "the function line of the author's box after the body",
      '',
      `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<div class="k9"><p><a href="/auteur/barbara-stiegler/">Barbara Stiegler</a></p><p class="author_func">Philosophe, Professeur de philosophie politique à l’Université Bordeaux-Montaigne</p></div>`,
    ],
    [
      'a role beside the name',
      '<div class="k8"><span class="author-name">Barbara Stiegler</span> <span class="author-role">Philosophe</span></div>',
      undefined,
    ],
    [
      'a role its class names in camel case',
      '<div class="authorsList"><div class="authorItem"><a class="authorName" href="/autorzy/barbara-stiegler">Barbara Stiegler</a><span class="authorRole">Dziennikarka Onetu</span></div></div>',
      undefined,
    ],
  ])('reads the name, not %s', (_, header, body) => {
    expect(authors('', header, body)).toEqual(['Barbara Stiegler']);
  });
});

describe("authors: an author box's parts run together are read apart, and its job title is no name", () => {
  it.each([
    [
      'a "By" label, the linked name and a job title',
      '<div class="author-information-container"><span class="author-label">By</span><div class="author"><a href="/authors/sophie-foster/">Sophie Foster</a><span class="job-title">Travel News Reporter</span></div></div>',
      ['Sophie Foster'],
    ],
    [
      'a label ending in "von"',
      '<div class="author-info"><span>Kommentar von</span><a href="/x">Jan Sellner</a></div>',
      ['Jan Sellner'],
    ],
    [
      'a German job title',
      '<div class="story-authors"><span>André Klein</span><span>Redakteur</span></div>',
      ['André Klein'],
    ],
    [
      'an agency and what it is',
      '<div class="story-authors"><span>Reuters</span><span>Nachrichtenagentur</span></div>',
      ['Reuters'],
    ],
    [
      'a social handle',
      '<div class="author-container"><a href="/greg-iacurci/">Greg Iacurci</a><a href="https://x.com/GregIacurci">@GregIacurci</a></div>',
      ['Greg Iacurci'],
    ],
    [
      'the name twice and a link to the author page',
      '<div class="article-author">By <a href="/a">Emily Zemler</a> <div><span>Emily Zemler</span></div> <a href="/a">View all posts by Emily Zemler</a> <time>April 25, 2024</time></div>',
      ['Emily Zemler'],
    ],
    [
      'a Spanish job title on its own line',
      '<div class="voc-author"><p class="name"><a href="/autor/marta">Marta Cañete</a></p><p>Corresponsal en Atenas</p></div>',
      ['Marta Cañete'],
    ],
  ])('reads %s', (_what, header, names) => {
    expect(authors('', header)).toEqual(names);
  });

  it.each([
    ['an English profession', 'Python Software Engineer'],
    ['a company role', 'Co-Founder & CEO'],
    ['a German compound', 'Softwareentwicklerin'],
    ['a French profession', 'Chercheuse en biologie'],
    ['a Spanish profession', 'Ingeniero de datos'],
  ])('drops %s written under the name in an author card', (_what, title) => {
    const header = `<div class="k1"><div class="k2"><p class="k3">Martin Chikilian</p><p class="k4">${title}</p></div></div>`;
    expect(authors('', header.replace('class="k1"', 'class="author_card"'))).toEqual([
      'Martin Chikilian',
    ]);
  });

  it('drops a job title written after a comma', () => {
    expect(authors(meta('Jon King, News Reporter'))).toEqual(['Jon King']);
  });

  it('keeps a name whose last letter a span styles apart', () => {
    const header =
      '<div class="byline"><a href="/contributor/molly-wood">Molly Woo<span class="last-letter">d</span></a></div>';
    expect(authors('', header)).toEqual(['Molly Wood']);
  });

  it('takes no name from the lines of a teaser whose class mentions authors', () => {
    const header =
      '<article class="teaser-grid [grid-areas:content_authors]"><span>"Verlasst verdammt nochmal Minneapolis"</span><div><a href="/x">ICE-Agent erschießt Frau in ihrem Auto</a></div></article>';
    expect(authors('', header)).toEqual([]);
  });

  it('reads "Text:" as a label and never takes a label it does not know as part of a name', () => {
    expect(cleanAuthors('Текст: Венера Ерофеева')).toEqual(['Венера Ерофеева']);
    expect(isPersonName('Redaktion: Roman Warschauer', SITE)).toBe(false);
  });

  it('keeps a name written across a link and the text after it', () => {
    const header = '<div class="author">By <a href="/autor/jan">Jan</a> Sellner</div>';
    expect(authors('', header)).toEqual(['Jan Sellner']);
  });
});

describe("authors: a byline in the headline's own article is the article's, whatever box holds it", () => {
  it.each([
    [
      'an <aside> beside the headline',
      '<aside class="flex items-center"><span>Von <a href="/autor/sina-zehrfeld/">Sina Zehrfeld</a></span> <span>Landespolitische Korrespondentin</span></aside>',
      ['Sina Zehrfeld'],
    ],
    [
      'a header module its CMS calls a teaser',
      '<section class="ArticleModuleTeaser_wrapper"><div class="ArticleModuleTeaser_authorSection"><a class="ArticleAuthor_author" href="/nachrichten/autoren/jasper-riemann,f1be"><span class="ArticleAuthor_authorName">Jasper Riemann</span></a></div></section>',
      ['Jasper Riemann'],
    ],
    [
      'the caption of the author\'s photo, marked rel="author"',
      '<figure><img src="/autor.jpg" alt=""><figcaption><address>Von <a rel="author" href="/autoren/robin-amberg/">Robin Amberg</a>, Volontär (Sport)</address></figcaption></figure>',
      ['Robin Amberg'],
    ],
  ])('reads one in %s', (_what, header, names) => {
    expect(authors('', header)).toEqual(names);
  });

  it.each([
    [
      'a teaser card inside the article',
      '<article class="teaser"><h3><a href="/other">Another story</a></h3><p class="byline">Von Jan Ruf</p></article>',
    ],
    [
      "a card whose linked title is an <h1>, whatever the card's class",
      '<article class="card-default"><a href="/other"><h1>Another story about the fire</h1></a><div class="card__byline">von Petra Lerchbaumer</div></article>',
    ],
    [
      "a card whose <h1> holds a link to another story, whatever the card's class",
      '<article class="w-stories__item"><h2 class="category"><a href="/sports/">Sports</a></h2><h1 class="w-stories__title"><a href="/2012/02/other-story/">Tony Dorsett Is Suing the Cowboys</a></h1><a class="byline" href="/author/mikemooney">Michael J. Mooney</a></article>',
    ],
    [
      'a card whose linked title is a box named "title", not a heading',
      '<div class="block_home_post"><div class="post-content"><div class="title"><a href="/magazine/thenewmysteriesofclass">The new mysteries of class</a></div><div class="title3"><a href="/author/geoff-dench" class="post_format">Geoff Dench</a> / December 18, 2004</div></div><div class="post-body">Britain\'s class structure has changed.</div></div>',
    ],
    [
      "a related list's item that links another story before its byline, whatever the list's class",
      '<ul><li><a href="/news/council-budget-1002.html">Council approves the new budget after a long debate</a> <span>November 18, 2019</span> <span>By David Kowalski</span></li><li><a href="/news/bridge-opens-1003.html">New bridge opens to traffic ahead of schedule</a> <span>November 17, 2019</span> <span>By Priya Raman</span></li></ul>',
    ],
    [
      'a card set wholly in a link to another story, whatever its classes',
      '<div class="box"><a class="box-link" href="/artikel/flip-handys,3399387.html"><div class="box-text"><div class="h3">Duell der besten Flip-Handys: es gibt einen klaren Gewinner</div><div class="authors">von <span>Alana Friedrichs</span></div></div></a></div>',
    ],
  ])('leaves out the author of %s', (_what, card) => {
    const body = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') + card;
    expect(authors('', '', body)).toEqual([]);
  });

  it.each([
    [
      "the page's own <article> whose <h1> links to itself",
      '/ein-titel.html',
      'Ein Titel der Seite',
    ],
    [
      'an <article> whose <h1>, the only one, links to the story it is about',
      'https://quelle.example.org/2019/11/rentiere/',
      'Warum kämpfst du nicht für die Rentiere?',
    ],
  ])('still reads the byline of %s', (_what, href, headline) => {
    const html = page(
      '',
      '<div class="byline">Von <a class="byline" href="/autor/jakob-hartung">Jakob Hartung</a></div>',
    )
      .replace(
        '<main><h1>Ein Titel der Seite</h1>',
        `<main><article><h1><a href="${href}">${headline}</a></h1>`,
      )
      .replace('</main>', '</article></main>');
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Jakob Hartung']);
  });

  it("leaves out the author of an <article> inside the headline's <article>, whatever its classes", () => {
    const html = page(
      '',
      '<section><article class="grid"><a href="/other"><span>Eine andere Geschichte</span></a><div class="text-12">Von <span>Julian Seiferth</span></div></article></section><div class="meta"><span class="name">Von Jakob Hartung</span></div>',
    )
      .replace('<main>', '<main><article class="container">')
      .replace('</main>', '</article></main>');
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Jakob Hartung']);
  });

  it("leaves out the author of an <article> beside the headline's <article>, whatever its classes", () => {
    const html = page(
      '',
      '<div class="v-ath">Por <a href="/autor/daniel-aragon-1234/">Daniel Aragón</a></div>',
    )
      .replace(
        '<main>',
        '<section class="v-c"><article class="v-a"><h2><a href="/opinion/otra-historia.html">Otra historia</a></h2><span class="v-op"><a href="/autor/alejandra-santisteban-guiu-6889/">Alejandra Santisteban Guiu</a></span></article></section><main><article class="v-d">',
      )
      .replace('</main>', '</article></main>');
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Daniel Aragón']);
  });

  it('still reads the byline of an <article> headed otherwise than by the <h1> of a featured story below it', () => {
    const html = `<!DOCTYPE html><html><head><title>The early reviews for the gaming platform are here</title></head><body>
<article class="single-story"><h2 class="headline">The early reviews for the gaming platform are here</h2><div class="author"><a href="/authors/dallas-robinson">Dallas Robinson</a></div>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
<section><article class="featured"><header><h1>Why don't you go fight for the reindeer?</h1></header></article></section></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Dallas Robinson']);
  });

  it("still reads the byline of an <article> holding the body below the headline's <main>", () => {
    const html = page('', '', '')
      .replace(
        '<div class="article-body">',
        '<article><div class="byline">Von <span>Jan Ruf</span></div>',
      )
      .replace('</main>', `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main>`);
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Jan Ruf']);
  });

  it("still reads a byline in a link to a person's profile holding a biography", () => {
    const header =
      '<a href="/profile/jane-doe" class="k1"><img src="/jane.jpg" alt=""><span class="author-name">Jane Doe</span> <span>Senior reporter covering politics and the economy</span></a>';
    expect(authors('', header)).toEqual(['Jane Doe']);
  });

  it("still reads a byline set in a link to the author's page", () => {
    const header =
      '<a href="/autoren/jan-ruf"><img src="/jan.jpg" alt=""><span class="author-name">Jan Ruf</span> <span>Redakteur für Politik und Wirtschaft</span></a>';
    expect(authors('', header)).toEqual(['Jan Ruf']);
  });

  it("still leaves out a picture's credit in the article", () => {
    const header =
      '<figure><img src="/a.jpg" alt=""><figcaption><span class="byline">Roman Warschauer</span></figcaption></figure>';
    expect(authors('', header)).toEqual([]);
  });
});

describe('authors: the one name a byline marks, beside a job title or the name again', () => {
  it.each([
    [
      'a job title after a space',
      '<div class="article-author"><a class="article-author__name" href="/author/daniel-grossert/" rel="author">Daniel Großert</a> <span class="article-author__position">Redakteur</span></div>',
      ['Daniel Großert'],
    ],
    [
      'a job title of several words',
      '<div class="byline-wrapper">By <a href="/authors/steffan-rhys/">Steffan Rhys</a> Deputy Content Hub Director</div>',
      ['Steffan Rhys'],
    ],
    [
      'the name again, split into first and last name',
      '<div class="bylines"><address class="name"><a rel="author" href="mailto:m@example.no"><span class="hidden-name" itemprop="name">Martin Gramnæs</span> <span class="firstname">Martin</span> <span class="lastname">Gramnæs</span></a></address></div>',
      ['Martin Gramnæs'],
    ],
  ])('reads %s', (_what, header, names) => {
    expect(authors('', header)).toEqual(names);
  });

  it('reads a name set in bold beside its job title, unlinked', () => {
    const header =
      '<div class="Authors_authors-container__wVWas"><span><strong class="Strong_strong__e2x35">Steffan Rhys</strong> Deputy Content Hub Director</span></div>';
    expect(authors('', header)).toEqual(['Steffan Rhys']);
  });

  it('keeps a bold name beside another name as two people', () => {
    const header = '<div class="byline"><strong>Anna Berg</strong> und Jan Ruf</div>';
    expect(authors('', header)).toEqual(['Anna Berg', 'Jan Ruf']);
  });

  it('keeps a second author the byline does not link', () => {
    const header =
      '<div class="byline">Von <a href="/autor/anna-berg/">Anna Berg</a> und Jan Ruf</div>';
    expect(authors('', header)).toEqual(['Anna Berg', 'Jan Ruf']);
  });
});

describe("authors: last, the names an app's state keeps beside the page's headline", () => {
  const headline = 'Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?';
  const state = (json: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${headline}</title></head><body>
<main><h1>${headline}</h1><div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main>
<script>window.app = ${json};</script></body></html>`;
  const read = (json: string) => extractArticle(state(json), { url: URL }).authors;

  it('reads the authors kept beside the headline', () => {
    const json = `{"contentTitle":"${headline}","contentAuthors":["Birgit Baumann","Anna Giulia Fink"]}`;
    expect(read(json)).toEqual(['Birgit Baumann', 'Anna Giulia Fink']);
  });

  it('reads several authors kept as one string', () => {
    const json = `{"headline":"${headline}","authors":"Birgit Baumann, Anna Giulia Fink"}`;
    expect(read(json)).toEqual(['Birgit Baumann', 'Anna Giulia Fink']);
  });

  it("reads the author an analytics data layer keeps, without the CMS's handle", () => {
    const json = `{"gtmConfig":{"contentType":"Article","contentAuthor":"Julian Seiferth (jse)","pageName":"${headline}"}}`;
    expect(read(json)).toEqual(['Julian Seiferth']);
  });

  it("takes no other story's authors, nor a template's placeholder", () => {
    const other = '{"related":[{"title":"Wetter am Wochenende","authors":["Jan Ruf"]}]}';
    const placeholder = `{"contentTitle":"${headline}","authors":"$context.authors"}`;
    expect(read(other)).toEqual([]);
    expect(read(placeholder)).toEqual([]);
  });
});

describe('authors: a box of contributors is a byline', () => {
  it('reads the names in an element named "contributors"', () => {
    const header =
      '<div class="c-article-contributors">Von <a href="/profil/diana-resnik">Diana Resnik</a> mit AP</div>';
    expect(authors('', header)).toEqual(['Diana Resnik']);
  });

  it('takes no "Contributors" heading for a name', () => {
    const header =
      '<div class="contributors"><h3>Contributors</h3><a href="/author/justine-coleman">Justine Coleman</a></div>';
    expect(authors('', header)).toEqual(['Justine Coleman']);
  });
});

describe("authors: a byline's part named as the outlet names no person", () => {
  it.each(['c-byline__source', 'byline-agency', 'author-publication', 'bylineOrganization'])(
    'leaves out <span class="%s"> after the names',
    (cls) => {
      const header = `<div class="c-byline"><span>By Samya Kullab and Vasilisa Stepanenko</span> <span class="${cls}">The Associated Press</span></div>`;
      expect(authors('', header)).toEqual(['Samya Kullab', 'Vasilisa Stepanenko']);
    },
  );
});

describe("authors: a link whose query, not its path, names authors is no author's page", () => {
  it('leaves out "Google Scholar" linked to a search for the author', () => {
    const header =
      '<div class="c-article-author-list">By <a href="/authors/rachel-brazil">Rachel Brazil</a> <a href="https://scholar.google.co.uk/scholar?btnG=Search+Scholar&amp;as_sauthors=%22Rachel%2BBrazil%22">Google Scholar</a></div>';
    expect(authors('', header)).toEqual(['Rachel Brazil']);
  });
});

describe('authors: names laid out as elements side by side are several people', () => {
  it('reads three names in spans separated by spaces alone', () => {
    const header =
      '<div class="article-byline"><div class="article-origins"><span class="simple">Birgit Baumann</span> <span class="simple">Anna Giulia Fink</span> <span class="simple">Jan Michael Marchart</span></div></div>';
    expect(authors('', header)).toEqual([
      'Birgit Baumann',
      'Anna Giulia Fink',
      'Jan Michael Marchart',
    ]);
  });

  it('keeps a name whose first and last name are elements of their own', () => {
    const header = '<div class="author"><span>Anna</span> <span>Berg</span></div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe("authors: more places that hold this article's byline", () => {
  it("reads the byline in the <address> of the author's photo caption", () => {
    const header =
      '<figure><img src="/autor.jpg" alt=""><figcaption><address class="not-italic">Von <span>Eileen Wagner</span></address></figcaption></figure>';
    expect(authors('', header)).toEqual(['Eileen Wagner']);
  });

  it("reads the author box in the article's own <footer>", () => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<footer class="byline-footer"><div class="author" itemprop="author"><p><span class="byline-author" itemprop="name">Tuva Mathilde Løland</span> <a href="mailto:t@example.no">Tips meg</a></p></div></footer>`;
    expect(authors('', '', body)).toEqual(['Tuva Mathilde Løland']);
  });

  it('reads the byline of a column named "without-sidebar" that holds the headline', () => {
    const html = page(
      '',
      '<div class="authors"><a href="/autoren/matthew-loh-2/">Matthew Loh</a><div class="post-time"><time datetime="2024-01-29T20:00:45+01:00">20:00, 29 Jan 2024</time></div></div>',
    )
      .replace('<main>', '<div class="content container without-sidebar">')
      .replace('</main>', '</div>')
      .replace('<h1>Ein Titel der Seite</h1>', '<h1>Wie groß ist Evergrande wirklich?</h1>');
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Matthew Loh']);
  });

  it('reads the byline inside a layout wrapper named "right_sidebar" that holds the page\'s main content', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Die Anglosphäre: ein alter Traum | Beispielzeitung</title></head><body><div id="page"><header><h1 class="site-title"><a href="/">Beispiel</a></h1></header><div id="main" class="right_sidebar"><div class="content-area"><h2 class="entry-title">Die Anglosphäre: ein alter Traum</h2><div id="post_content" role="main"><article class="type-post hentry"><div class="post-info"><p class="byline">Von Jakob Hartung</p></div>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></div></div><aside class="sidebar"><p class="byline">Von Julian Seiferth</p></aside></div></div></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Jakob Hartung']);
  });

  it.each(['comments-enabled', 'has-related-posts'])(
    'reads the byline inside a wrapper of class "%s" that holds the headline',
    (cls) => {
      const html = page(
        '',
        '<div class="article-author"><span class="name"><a href="/authors/thabo-mokone">Thabo Mokone</a></span> <span class="title">Parliamentary editor</span></div>',
      )
        .replace('<main>', `<div id="article" class="${cls}">`)
        .replace('</main>', '</div>')
        .replace(
          '<h1>Ein Titel der Seite</h1>',
          '<h1>Sars gets R4bn to hire army of debt collectors</h1>',
        );
      expect(extractArticle(html, { url: URL }).authors).toEqual(['Thabo Mokone']);
    },
  );
});

describe("authors: an e-mail address at the site's domain beside a name is no outlet's name", () => {
  it('reads the reporters whose boxes show their addresses at the site', () => {
    const box = (name: string, id: number, mail: string) =>
      `<dl class="author"><a href="/author/${id}"><dt class="name">${name} 기자</dt><dd class="email">${mail}@zeitung.de</dd></a></dl>`;
    const header = `<div class="info_area">${box('배윤경', 554, 'bykj')}${box('이상현', 377, 'lee.sanghyun')}</div>`;
    expect(authors('', header)).toEqual(['배윤경', '이상현']);
  });

  it('reads a name with its address in a byline line', () => {
    expect(authors('', '<p class="byline">Anna Berg, anna.berg@zeitung.de</p>')).toEqual([
      'Anna Berg',
    ]);
  });
});

describe("authors: a box whose heading links another story is that story's card, whatever its classes", () => {
  const page = (before: string, byline: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Soros</title></head><body>
<div class="k0">${before}</div><main class="k1"><h1 class="k2">Soros Family Gives Early Financial Support to Montana 'Moderate' Jon Tester</h1>${byline}<div class="k9">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
  const byline =
    '<div class="k3"><div class="k4"><a href="/author/chuck-ross/">Chuck Ross</a></div><div class="k5">April 28, 2023</div></div>';

  it("reads the article's byline, not the author of a teaser above it", () => {
    const teaser =
      '<div class="k6"><div><a href="/culture/">Culture</a></div><h4><a href="/?p=1675563">FACT CHECK: Is Tom Brady\'s New Girlfriend Jewish?</a></h4><div class="k7"><div><a href="/author/tim-rice/">Tim Rice</a></div><div>January 11, 2023</div></div></div>';
    expect(extractArticle(page(teaser, byline), { url: URL }).authors).toEqual(['Chuck Ross']);
  });

  it('reads a byline under its own section heading after a box heading that links a topic', () => {
    const rack =
      '<div class="k3"><div class="k4"><h2><a href="/Schwerpunkt-LGBTQIA-Community/!t5025674/">Schwerpunkt LGBTQIA-Community</a></h2></div><div class="k5"><h2><a name="von"><span>Kommentar von</span></a></h2><div class="k6"><a rel="author" href="/Nicole-Opitz/!a52218/"><h4>Nicole Opitz</h4><h5>Redakteurin</h5></a></div></div></div>';
    expect(extractArticle(page('', rack), { url: URL }).authors).toEqual(['Nicole Opitz']);
  });

  it("reads an author box whose heading holds the byline's own link", () => {
    const box =
      '<div class="k3"><h4><a href="/author/marcus-deguzman.html">Marcus De Guzman</a><a href="/author/marcus-deguzman.html">View More Articles</a></h4></div>';
    expect(extractArticle(page('', box), { url: URL }).authors).toEqual(['Marcus De Guzman']);
  });

  it("reads the article's byline beside a kicker heading that links its section", () => {
    const kicker =
      '<div class="k3"><h2 class="k8"><a href="/politics/">Politics</a></h2><div class="k4"><a href="/author/chuck-ross/">Chuck Ross</a></div><div class="k5">April 28, 2023</div></div>';
    expect(extractArticle(page('', kicker), { url: URL }).authors).toEqual(['Chuck Ross']);
  });
});

describe('authors: boxes side by side, each linking an author page, are all bylines', () => {
  it('reads the boxes side by side whatever their classes, each linking an author page', () => {
    const box = (name: string, id: number) =>
      `<dl class="k2"><a href="/author/${id}"><dt class="k3">${name} 기자</dt><dd class="k4">${id}@zeitung.de</dd></a></dl>`;
    const header = `<div class="k1">${box('배윤경', 554)}${box('이상현', 377)}<div class="k5"><dl><dt>입력 :</dt><dd>2025-06-04 02:37:08</dd></dl></div></div>`;
    expect(authors('', header)).toEqual(['배윤경', '이상현']);
  });
});

describe("authors: links marked as the author in boxes side by side are all the article's", () => {
  it('reads each box of a byline block whose boxes hold one marked author each', () => {
    const box = (first: string, last: string, mail: string) =>
      `<div class="k2" itemscope itemtype="http://schema.org/Person"><div class="k3"><address class="k4"><a rel="author" itemprop="url name" href="mailto:${mail}@zeitung.de"><span class="k5">${first}</span> <span class="k6">${last}</span></a></address></div></div>`;
    const header = `<section class="k1"><div class="k7">${box('Ingrid', 'Treborg', 'it')}${box('Marlene Lundberg', 'Holm', 'mh')}</div></section>`;
    expect(authors('', header)).toEqual(['Ingrid Treborg', 'Marlene Lundberg Holm']);
  });

  it("takes no other marked author far from the byline, in the author box after the body's text", () => {
    const header = '<div class="k1"><a rel="author" href="/autor/anna-berg">Anna Berg</a></div>';
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<div class="k9"><a rel="author" href="/autor/jan-ruf">Jan Ruf</a></div>`;
    expect(authors('', header, body)).toEqual(['Anna Berg']);
  });
});

describe('authors: names marked inside a marked name are the names', () => {
  it('reads the links to each author, not the line marked as a name around them', () => {
    const header =
      '<div class="bylines"><p class="byline" itemprop="author"><span itemprop="name"><span class="byline__name"><a href="/author/scott-gilbertson/">Scott Gilbertson</a></span> <span class="byline__name"><a href="/author/wired-gear-team/">Gear Team</a></span></span></p></div>';
    expect(authors('', header)).toEqual(['Scott Gilbertson', 'Gear Team']);
  });
});

describe('authors: author elements side by side with one class are all the bylines', () => {
  it('reads a wire agency and the newsroom credited in links of the same author class', () => {
    const header =
      '<div class="k1"><span class="k2"><a class="post-author" href="/verfasser/dpa.html">dpa</a><a class="post-author" href="/verfasser/redaktion.html">MM-Redaktion </a></span><span class="k3">Palma, Mallorca</span></div>';
    expect(authors('', header)).toEqual(['dpa', 'MM-Redaktion']);
  });

  it('reads the one author element alone when its sibling has another class', () => {
    const header =
      '<div class="k1"><span class="post-author">Anna Berg</span><span class="post-author-role">Redakteurin Politik</span></div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe("authors: a byline wrapping the author's own element beside the outlet's", () => {
  it('reads the names in the element marked as the author, not the publication beside it', () => {
    const header =
      '<div class="byline-section"><div class="attribution"><span class="author"> Lisa Kaczke and Trevor J. Mitchell </span> <span class="publication"> Sioux Falls Argus Leader </span></div><div class="publish-date"> Published 10:02 AM EST Nov 19, 2019 </div></div>';
    expect(authors('', header)).toEqual(['Lisa Kaczke', 'Trevor J. Mitchell']);
  });

  it('keeps the whole byline when its inner author element names no one', () => {
    const header =
      '<div class="byline">By <a href="/autor/anna-berg">Anna Berg</a> <span class="author-title">Editor</span></div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe('authors: a name alone beside the date line right below the headline, whatever its class', () => {
  const site = (under: string, lang = 'de') =>
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Seite</title></head><body>
<div class="k1"><h1 class="k2">Post-Vac-Syndrom nach der Impfung: Was wissen wir bisher?</h1>${under}<div class="k9">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  const read = (under: string) => extractArticle(site(under), { url: URL }).authors;

  it.each([
    [
      '<div class="k3"><span><span class="k4">Julia Vergin</span></span><span><span class="k5"> | </span><span class="k6">13.06.2023</span></span></div>',
      ['Julia Vergin'],
    ],
    [
      '<div class="k3"><span>Vergin, Julia &nbsp;|</span><span class="k6">13.06.2023 14:30</span></div>',
      ['Julia Vergin'],
    ],
    [
      '<div class="k3"><div class="k4">Naufal Zuhdi</div><span class="k5"> 20/1/2026 18:30</span></div>',
      ['Naufal Zuhdi'],
    ],
    [
      '<div class="k3"><span>Lisa Kaczke and Trevor J. Mitchell</span> <span>Sioux Falls Argus Leader</span><div>Published 10:02 AM EST Nov 19, 2019</div></div>',
      ['Lisa Kaczke', 'Trevor J. Mitchell'],
    ],
    [
      '<div class="k3"><img src="/a.png" alt="Tobias Mühlbauer"><span><strong class="k4">Tobias Mühlbauer</strong><time datetime="2024-04-24T10:00:00+02:00">24.04.2024, 10:00 Uhr</time></span></div>',
      ['Tobias Mühlbauer'],
    ],
    [
      '<p class="k3"><a href="/thema/jan-ruf,145046/" class="k4">Jan Ruf</a><br>28.04.2024 | 09:36 Uhr</p>',
      ['Jan Ruf'],
    ],
    [
      '<div class="k3">Fouzia Van Der Fort<span>|</span><span>Published <time>4 months ago</time></span></div>',
      ['Fouzia Van Der Fort'],
    ],
    [
      '<div class="k3"><span>Julia Vergin</span><span>|</span><span>Clare Roth</span><span><time>vor 3 Stunden</time></span></div>',
      ['Julia Vergin', 'Clare Roth'],
    ],
    [
      '<div class="k3"><time>Published Fri, Apr 28 2023 2:23 PM EDT</time></div><div class="k4"><img src="/g.jpg" alt=""><a href="/greg-iacurci/">Greg Iacurci</a></div>',
      ['Greg Iacurci'],
    ],
    [
      '<div class="k3"><span>November 6, 2025</span><div class="k4"><span><span>Ntombizethu Ngcobo</span></span><span>2 minutes read</span></div></div>',
      ['Ntombizethu Ngcobo'],
    ],
    [
      '<figure><img src="/a.jpg" alt=""><figcaption>Der Ministerpräsident noterer sig, at et stort flertal af grønlænderne ikke ønsker, at landet skal underordne sig USA.</figcaption></figure><div class="k3"><address><span>Trine Juncher Jørgensen og Tôrtia Reimer-Johansen</span></address></div><div class="k4"><span><span>Offentliggjort</span> <time datetime="2025-02-06T19:25:34.000Z">6. feb. 2025</time></span></div>',
      ['Trine Juncher Jørgensen', 'Tôrtia Reimer-Johansen'],
    ],
    [
      '<div class="k3"><div class="k4"><img src="https://img.example.com/plain/https%3A%2F%2Fbilleder.example.dk%2Fbyline%2Fmark-sigetty.jpg"><div class="k5"><span class="k6"> Mark Sigetty </span></div></div></div>',
      ['Mark Sigetty'],
    ],
    [
      '<div class="k3"><a href="/av/amanda-hallsten"><img src="/a.jpg" alt=""><p>Amanda Hällsten</p></a><p>Uppdaterad 15.59 | Publicerad 14.14</p></div>',
      ['Amanda Hällsten'],
    ],
    [
      '<div class="k3"><span style="float:left">Sehernur Karsu &nbsp;|</span><span class="k5">05.04.2025 - Güncelleme : 05.04.2025</span></div>',
      ['Sehernur Karsu'],
    ],
    [
      '<h4>Der Bundesgesundheitsminister sagte am Dienstag, dass die Zahl der gemeldeten Fälle in den vergangenen Wochen deutlich gestiegen sei.</h4><div class="k3"><span>Julia Vergin</span><span>13.06.2023</span></div>',
      ['Julia Vergin'],
    ],
    // A job title after the name, in its line: the name alone is the author.
    [
      '<div class="k3">March 4, 2024</div><div class="k4">Jane Doe, Staff Writer</div>',
      ['Jane Doe'],
    ],
    [
      '<div class="k3"><span>Jane Doe | Senior Reporter</span><span>13.06.2023</span></div>',
      ['Jane Doe'],
    ],
  ])('reads %s', (under, names) => {
    expect(read(under)).toEqual(names);
  });

  it('reads the link to the byline page after a place, not the place', () => {
    const under =
      '<h2>Der Bundesgesundheitsminister sagte am Dienstag, dass die Zahl der gemeldeten Fälle in den vergangenen Wochen deutlich gestiegen sei.</h2><div class="k3"><span><span><strong>New Delhi</strong></span>, <a href="/byline/news-nation-bureau"><span>News Nation Bureau</span></a> | Updated : </span><span>19 November 2019, 09:01 AM</span></div>';
    expect(read(under)).toEqual(['News Nation Bureau']);
  });

  it('reads one past the standfirst of the <header> that holds the headline', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seite</title></head><body>
<article class="k1"><header><h1>Superbike-Hammer erklärt: Kawasaki steigt Ende 2024 aus</h1><p class="k2">Kawasaki zieht sein Werksteam Ende 2024 zurück, und damit verliert die Superbike-WM einen ihrer traditionsreichsten Hersteller.</p><p class="k3"><span><strong>Tobias Mühlbauer</strong></span> <span><time datetime="2024-04-24T19:35:00+02:00">24.04.2024, 19:35 Uhr</time></span></p></header><div class="k9">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Tobias Mühlbauer']);
  });

  it('reads one past the standfirst set right below the headline in a box of its own', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seite</title></head><body>
<article class="k1"><div><h1 class="k2">Berliner Imam über Kinderlosigkeit: Es geht um unser Leben</h1><p class="k3">Muslime tauschen sich zum Thema Kinder aus. Was denkt ein Berliner Imam über Sinnsuche, Nachkommen und Lebensentscheidungen? Ein Gastbeitrag.</p></div><div class="k4"><div><span class="k5">Abdul Adhim Kamouss</span></div><div class="k6"><time datetime="2026-05-17T17:06:53.612Z">17.05.2026, 19:06 Uhr</time></div></div><div class="k9">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Abdul Adhim Kamouss']);
  });

  it('reads one past the standfirst its class marks, in the box that holds the headline', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seite</title></head><body>
<div class="k1"><div class="k2"><h1 class="k3">Kurbanpreise für die Schlachtung im Auftrag festgelegt</h1><span class="k4 text-description">Der Präsident der Religionsbehörde gab bekannt, dass der Preis im Inland 18.000 und im Ausland 7.000 Lira beträgt.</span></div><div class="k5"><div class="k6"><span class="k7">Fatma Sevinç Çetin</span></div><div class="k6"><span class="k8">20. April 2026</span></div></div><div class="k9">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.lead).toMatch(/^Der Präsident/);
    expect(article.authors).toEqual(['Fatma Sevinç Çetin']);
  });

  it.each([
    ['one word', '<div class="k3"><div class="k4">Politik</div><span>13.06.2023</span></div>'],
    [
      "a heading's kicker",
      '<header><h2><span class="k4">Schnellere Integration</span> <span>Job-Turbo hilft Geflüchteten</span></h2><p><time datetime="2024-04-27T07:39+0200">27.04.24 um 07:39 Uhr</time></p></header>',
    ],
    [
      'a job title',
      '<div class="k3"><div class="k4">Deputy Content Hub Director</div><span>13.06.2023</span></div>',
    ],
    ['a name with no date beside it', '<div class="k3"><div class="k4">Julia Vergin</div></div>'],
    [
      'a captioned photograph of the person',
      '<div class="k3"><img src="/uploads/2019/03/NASCAR19-Kyle-Busch.jpg" alt="" width="625" height="340"><p class="k4">Kyle Busch</p></div>',
    ],
    [
      'a name beside a picture of something else',
      '<div class="k3"><img src="/bilder/ministerium.jpg" alt="Das Ministerium"><span>Julia Vergin</span></div>',
    ],
    [
      "a label after the date line that is no link to the person's page",
      '<div class="k3"><time>Published Fri, Apr 28 2023 2:23 PM EDT</time></div><div class="k4"><a href="#share">Share This</a></div>',
    ],
    [
      "a name after the body's first paragraphs of prose",
      `<div class="k8"><p>${BODY_PARAGRAPHS[0]}</p><p>${BODY_PARAGRAPHS[1]}</p></div><div class="k3"><div class="k4">Julia Vergin</div><span>13.06.2023</span></div>`,
    ],
  ])('reads no author from %s', (_what, under) => {
    expect(read(under)).toEqual([]);
  });
  it('prefers the name of a person, not an agency, to the outlet the JSON-LD declares as the only author', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Beispielzeitung"}}</script>';
    const under =
      '<p class="k3"><a href="/thema/jan-ruf,145046/" class="k4">Jan Ruf</a><br>28.04.2024 | 09:36 Uhr</p>';
    const html = site(under).replace('</head>', `${ld}</head>`);
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Jan Ruf']);
    const agency = '<p class="k3"><span>Reuters</span><br>28.04.2024 | 09:36 Uhr</p>';
    for (const shown of ['', agency]) {
      expect(
        extractArticle(site(shown).replace('</head>', `${ld}</head>`), { url: URL }).authors,
      ).toEqual(['Beispielzeitung']);
    }
  });
});

describe('authors: a test hook naming the byline marks it as a class name would', () => {
  it.each(['data-testid', 'data-test', 'data-qa', 'data-cy'])(
    'reads the byline marked %s="byline-author" among hashed class names',
    (hook) => {
      const header = `<div class="k1" ${hook}="byline-author"><span><strong class="k2">Steffan Rhys</strong> Deputy Content Hub Director</span></div>`;
      expect(authors('', header)).toEqual(['Steffan Rhys']);
    },
  );
});

describe("authors: a menu's list names other pages' authors, whatever its tag", () => {
  it("leaves out a site menu's columnist before the article's byline", () => {
    const html = page(
      '',
      '<div class="post-byline"><div class="post-byline__author-name"><a href="/author/jacqui-housden">Jacqui Housden</a></div></div>',
    ).replace(
      '<main>',
      '<div class="header__navigation"><ul class="menu"><li class="menu-item"><a href="/opinion">Opinion</a><ul class="sub-menu"><li class="menu-item menu-item-object-guest-author"><a href="/author/ian-birrell">Ian Birrell</a></li></ul></li></ul></div><main>',
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Jacqui Housden']);
  });

  it('leaves out a menu\'s entry marked as a byline, whatever the list\'s class (a section called "Bylines")', () => {
    const entries = ['Headlines', 'Flash', 'Photo', 'Video']
      .map((name) => `<li id="gnPri${name}"><a href="/${name.toLowerCase()}">${name}</a></li>`)
      .join('');
    const nav = `<div id="globalNav"><ul id="gnPri">${entries}<li id="gnPriBylines"><a href="https://bylines.example.jp/">個人</a></li><li id="gnPriRanking"><a href="/ranking">Ranking</a></li></ul></div>`;
    const html = page('', '').replace('<main>', `${nav}<main>`);
    expect(extractArticle(html, { url: URL }).authors).toEqual([]);
  });

  it('still reads a list of the authors, each linked to their page', () => {
    const names = ['Anna Berg', 'Jan Ruf', 'Eva Maier', 'Tom Lenz'];
    const list = names
      .map((n) => `<li><a href="/autor/${n.toLowerCase().replace(' ', '-')}">${n}</a></li>`)
      .join('');
    expect(authors('', `<ul class="byline">${list}</ul>`)).toEqual(names);
  });

  it('still reads a byline set as a list in the article', () => {
    const header =
      '<ul class="article-meta"><li class="author">Von <a href="/autor/jan-ruf">Jan Ruf</a></li><li class="date">5. Juni 2025</li></ul>';
    expect(authors('', header)).toEqual(['Jan Ruf']);
  });
});

describe("authors: a most-read or trending box names other stories' authors", () => {
  it.each(['brick most-read', 'mostread', 'box-trending', 'recirc-module'])(
    'leaves out the author in a box of class %j before the byline',
    (cls) => {
      const header = `<div class="${cls}"><div class="item"><div class="appetizer-author">Von Christoph Reisinger</div></div></div><div class="byline">Von Jan Ruf</div>`;
      expect(authors('', header)).toEqual(['Jan Ruf']);
    },
  );
});

describe('authors: itemprop is a list of properties', () => {
  it('reads the names of an element marked itemprop="author name"', () => {
    const header =
      '<span itemprop="author name">Shannon Deery, Mitch Clarke, Susie O’Brien, Laura Placella</span>';
    expect(authors('', header)).toEqual([
      'Shannon Deery',
      'Mitch Clarke',
      'Susie O’Brien',
      'Laura Placella',
    ]);
  });

  it('gives the person such an element names, not the outlet the JSON-LD declares', () => {
    const head = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Ein Titel der Seite',
      author: { '@type': 'Organization', name: 'NCA NewsWire' },
    })}</script>`;
    expect(authors(head, '<span itemprop="author name">Anna Berg</span>')).toEqual(['Anna Berg']);
  });
});

describe('authors: what a user name writes for a space, and emoji beside a name', () => {
  it('reads "Anna_Berg" as "Anna Berg"', () => {
    expect(authors('', '<span id="author">Anna_Berg</span>')).toEqual(['Anna Berg']);
  });

  it.each(['Anna Berg ❤️', '✨ Anna Berg', 'Anna Berg 🇩🇪'])('reads %j as "Anna Berg"', (value) => {
    expect(authors(meta(value))).toEqual(['Anna Berg']);
  });
});

describe('authors: the component an element is marks a byline where class names say nothing', () => {
  it('reads a byline marked data-component="Byline"', () => {
    expect(authors('', '<div class="k7Hx2" data-component="Byline">Anna Berg</div>')).toEqual([
      'Anna Berg',
    ]);
  });

  it('reads the "Submitted by" line of a Drupal site', () => {
    const header =
      '<div class="submitted">Submitted by <a href="/user/17" title="View user profile.">Anna Berg</a> on Tue, 05/14/2024 - 10:12</div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe('authors: the author an og:author meta tag names', () => {
  it('reads og:author', () => {
    expect(authors('<meta property="og:author" content="Anna Berg">')).toEqual(['Anna Berg']);
  });
});

describe("authors: a profile's handle and the time shown after the name are no part of it", () => {
  it('reads the name of an author element holding the name, a handle and a time', () => {
    const header =
      '<div class="author"><span class="profile__name"> Anna Berg </span> <a href="https://twitter.com/anna_berg" class="profile__social"> @anna_berg </a> <span class="profile__extra"> 11:57AM </span></div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });

  it('reads the class "submitted-by" as a byline', () => {
    expect(authors('', '<div class="submitted-by"><a href="/user/17">Anna Berg</a></div>')).toEqual(
      ['Anna Berg'],
    );
  });
});

describe('authors: one word after a dash beside a name is its outlet or place, not a second person', () => {
  it.each([
    'Anna Berg — Beispielblog',
    'Anna Berg – Zeitungshaus',
    'Anna Berg | Berlin',
    'Anna Berg | TNN',
    'Anna Berg | TNN | Updated: Oct 9, 2019, 11:05 IST',
  ])('reads %j as the person alone', (line) => {
    expect(authors('', `<h4 class="author">${line}</h4>`)).toEqual(['Anna Berg']);
  });

  it('keeps two people a dash separates', () => {
    expect(authors('', '<h4 class="author">Anna Berg – Jan Ruf</h4>')).toEqual([
      'Anna Berg',
      'Jan Ruf',
    ]);
  });
});

describe('authors: a meta author written as a login gives way to the person whose name it spells', () => {
  const byline = '<div class="byline">By <a href="/staff/mikecason/">Mike Cason</a></div>';

  it.each([
    ['the whole name run together', 'mikecason'],
    ['the initial and the family name', 'mcason'],
  ])('reads the byline for %s', (_what, login) => {
    expect(authors(meta(login), byline)).toEqual(['Mike Cason']);
  });

  it('keeps a lower-case agency that spells no name the page shows', () => {
    // Unlinked: a reporter linked to their author page wins over an agency declared as the author.
    expect(authors(meta('dpa'), '<div class="byline">By Mike Cason</div>')).toEqual(['dpa']);
  });
});

describe('authors: a JSON-LD author written as a login gives way to the byline whose name it spells', () => {
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":{"@type":"Person","name":"${name}","url":"https://www.zeitung.de/user/31"}}</script>`;
  const byline = 'Door <a href="/redactie/sanne-de-vries">Sanne de Vries</a>';

  it.each([
    ['the initial and the rest of the name run together', 'sdevries'],
    ['the whole name run together', 'sannedevries'],
  ])('reads the byline for %s', (_what, login) => {
    expect(authors(ld(login), `<div class="byline">${byline}</div>`)).toEqual(['Sanne de Vries']);
  });

  it('keeps a pen name the byline does not spell out', () => {
    expect(authors(ld('tetsu'), `<div class="byline">${byline}</div>`)).toEqual(['tetsu']);
  });
});

describe('authors: a sponsor credited where the byline goes is no author', () => {
  it.each([
    'In partnership with <strong>Slovenian Tourist Board</strong>',
    'Sponsored by <strong>Acme Bank</strong>',
    'Paid for by Acme Bank',
    'Presented by Acme Bank',
    'Anzeige: Acme Bank',
    'Publirreportaje Banco Acme',
    'Konten bersponsor Bank Acme',
  ])('names no author for the byline %j', (line) => {
    const body = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ein Titel der Seite</title></head><body><article><h1>Ein Titel der Seite</h1><div class="byline">${line} <time datetime="2026-11-12T11:00:00Z">12.11.2026</time></div>${body}</article></body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.authors).toEqual([]);
  });

  it('gives no author for a JSON-LD organization that credits a sponsor', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":{"@type":"Organization","name":"In partnership with the Slovenian Tourist Board"}}</script>';
    expect(authors(ld)).toEqual([]);
  });

  it('gives no author for a meta author that credits a sponsor', () => {
    expect(authors(meta('Sponsored by Acme Bank'))).toEqual([]);
  });
});

describe('authors: Japanese, Chinese and Korean author labels', () => {
  it.each([
    ['著者：後藤大地', '後藤大地'],
    ['筆者：山田太郎', '山田太郎'],
    ['文：佐藤花子', '佐藤花子'],
    ['文/阮明', '阮明'],
    ['文／林心怡', '林心怡'],
    ['記者：王小明', '王小明'],
    ['글: 김민수', '김민수'],
    ['投稿者 Masafumi Negishi', 'Masafumi Negishi'],
    ['投稿者：山田太郎', '山田太郎'],
    ['執筆者 佐藤花子', '佐藤花子'],
  ])('reads %j as the name after the label', (value, name) => {
    expect(cleanAuthors(value)).toEqual([name]);
  });

  it('reads a link to an author page labelled "著者："', () => {
    const header =
      '<div class="k3"><time datetime="2019-02-22T17:23:44+09:00">2019/02/22 17:23</time><a class="k4" href="/author/180/">著者：後藤大地</a></div>';
    expect(authors('', header)).toEqual(['後藤大地']);
  });
});

describe("authors: a picture's credit in an author list is no author", () => {
  it.each([
    'Tom DiChristopher, Brian Brainerd | The Denver Post | Getty Images',
    'Tom DiChristopher, Brian Brainerd / AFP / Getty Images',
  ])('reads %j as the writer alone', (value) => {
    expect(cleanAuthors(value)).toEqual(['Tom DiChristopher']);
  });
});

describe('authors: a company in the meta author gives way to the byline', () => {
  it('reads the byline when the meta author is a Japanese company', () => {
    expect(
      authors(
        '<meta name="author" content="株式会社インプレス">',
        '<div class="article-info"><p class="author"><ul class="author list"><li>劉 尭</li></ul></p></div>',
      ),
    ).toEqual(['劉 尭']);
  });
});

describe('authors: a name before a bar is read whatever the outlet after it names', () => {
  it.each([
    [
      'in a byline',
      '',
      '<span class="author vcard"><a href="/user/rdhir/">Rajeev Dhir | NJ Advance Media for NJ.com</a></span>',
    ],
    ['in the meta author', meta('Rajeev Dhir | NJ Advance Media for NJ.com'), ''],
  ])('reads the person %s', (_where, head, header) => {
    expect(authors(head, header)).toEqual(['Rajeev Dhir']);
  });

  it('still reads an outlet written as a domain as no person', () => {
    expect(authors(meta('hessenschau.de, Frankfurt, Germany'))).toEqual([]);
  });
});

describe('authors: after a name and a dash, the site or the outlet its <title> names is no person', () => {
  const byline = (text: string) => `<div class="article__writer">${text}</div>`;

  it.each([
    ['a domain', 'Joy Cantos - Philstar.com'],
    ["the site's declared name", 'Joy Cantos – Beispielzeitung'],
  ])('reads the name before %s', (_what, line) => {
    expect(authors('', byline(line))).toEqual(['Joy Cantos']);
  });

  it('reads the name before the outlet that closes the <title>', () => {
    const html = `<!DOCTYPE html><html lang="tl"><head><meta charset="utf-8">
<title>Pondo para sa mga binagyo, aprubado | Pilipino Star Ngayon</title></head><body><main>
<h1>Pondo para sa mga binagyo, aprubado</h1>${byline('Joy Cantos - Pilipino Star Ngayon')}
<div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    expect(extractArticle(html, { url: 'https://www.example.ph/bansa/2412345/x' }).authors).toEqual(
      ['Joy Cantos'],
    );
  });

  it('reads the name before the outlet written after a full stop, in the meta author too', () => {
    // Sputnik's meta author: "Finian Cunningham. Sputnik International", its <title>'s outlet.
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Royal arrogance - Sputnik International</title>
<meta name="author" content="Finian Cunningham. Sputnik International"></head><body><main>
<h1>Royal arrogance</h1><div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    expect(extractArticle(html, { url: 'https://example.com/columnists/1/x' }).authors).toEqual([
      'Finian Cunningham',
    ]);
    expect(authors(meta('Joy Cantos. Beispielzeitung'))).toEqual(['Joy Cantos']);
  });

  it('keeps a name whose last word after a full stop is no outlet ("John F. Kennedy")', () => {
    expect(authors(meta('John F. Kennedy'))).toEqual(['John F. Kennedy']);
  });

  it('still reads two people joined by a dash', () => {
    expect(authors('', byline('Joy Cantos - Mario Santos'))).toEqual([
      'Joy Cantos',
      'Mario Santos',
    ]);
  });
});

describe('authors: a byline written as loose text after a block in its element', () => {
  it('reads the run of text from "by" to the next block, not the whole element', () => {
    const header =
      '<div class="k3"><h3 class="k4">Having cut Britain adrift of Europe, Brexiters are indulging in an old fantasy about a new national role in the world—as the hub of a far-flung Anglosphere</h3> by Duncan Bell / January 19, 2017 / <a href="#comments">4 comments</a></div>';
    expect(authors('', header)).toEqual(['Duncan Bell']);
  });

  it('takes only full names from such a run ("von Bankmagazin, Versicherungsmagazin und MORGEN")', () => {
    const header =
      '<p class="k5"><span class="k6">Die Preisträger des Wettbewerbs wurden am Donnerstagabend in Wiesbaden vor rund zweihundert Gästen aus der Branche geehrt.</span> von <em>Bankmagazin</em>, <em>Versicherungsmagazin</em> und MORGEN &amp; MORGEN | © Springer</p>';
    expect(authors('', header)).toEqual([]);
  });
});

describe("authors: a translator's credit after the author's name is no author", () => {
  it.each([
    ['作者： Diogo Carleto 翻訳者 中村 真子', ['Diogo Carleto']],
    ['Diogo Carleto 訳者: 中村 真子', ['Diogo Carleto']],
    ['Anna Berg, translated by John Roe', ['Anna Berg']],
    ['Anna Berg. Übersetzt von Jan Ruf', ['Anna Berg']],
    ['Anna Berg, traduit par Paul Martin', ['Anna Berg']],
    ['Ana García, traducido por Luis Pérez', ['Ana García']],
  ])('reads %j as the author alone', (value, names) => {
    expect(cleanAuthors(value)).toEqual(names);
  });
});

describe('authors: a byline box in a script without spaces whose parts are the name and the date', () => {
  it('reads the name its box opens with, the date in a part of its own', () => {
    const header =
      '<div class="author"><a rel="nofollow" href="javascript:void(0)" class="avatar"><img src="/face.jpg"></a><span class="name">谢若含</span><span class="date">2017-03-01 14:27:02</span></div>';
    expect(authors('', header)).toEqual(['谢若含']);
  });
});

describe('authors: a block set alike beside the byline element is another author only when it is as short as a byline', () => {
  it('keeps the article body out of the authors when it shares the byline box’s utility class', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ein Titel der Seite</title></head><body>
<main><h1>Ein Titel der Seite</h1><div class="k1">
<div id="contributor" class="clearfix"><div class="author-container"><p>By <a href="/author/alya-mooro">Alya Mooro</a> - 19 December 2014</p><p class="role">Contributing Writer</p></div></div>
<div id="body-content" class="clearfix"><p>'Tis the season to wrap up, get glam and eat your body weight in food and drink. No better time, then, for a multi-day birthday party in the mountains.</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></main></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Alya Mooro']);
  });
});

describe("authors: an author box's list of links naming no one leaves the box's name line to read", () => {
  it('reads the name over the links of an author box run together', () => {
    const box =
      '<div class="author-box"><div class="data"><div class="name">Christian Datoc</div><div class="authortitle">Sports Editor</div><ul class="author"><li><a href="/author/christian-datoc/">See All Articles</a></li><li><a href="mailto:x@example.com">Send Email</a></li><li><a href="/author/christian-datoc/feed/">Subscribe to RSS</a></li></ul></div></div>';
    expect(extractArticle(page('', box), { url: URL }).authors).toEqual(['Christian Datoc']);
  });
});

describe("authors: the host's name written in words, a word after it, is the outlet", () => {
  it.each([
    ['Teen Vogue Magazine', ['teenvogue']],
    ['Teen Vogue  Staff', ['teenvogue']],
    ['n-tv NACHRICHTEN', ['ntv']],
  ])('drops %j', (value, hostLabels) => {
    expect(isPersonName(value, { names: [], hostLabels })).toBe(false);
  });

  it('keeps a person whose first name only starts like the host', () => {
    expect(isPersonName('Teena Vogel', { names: [], hostLabels: ['teenvogue'] })).toBe(true);
  });
});

describe("authors: a byline's part named as the place is no person", () => {
  it('reads no author from "New Delhi, News Nation Bureau" beside the date below the headline', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fact check: an oxygen bar</title></head><body>
<main><h1>Fact check: an oxygen bar</h1><div class="k1"><span class="k2"><span class="place"><strong>New Delhi</strong></span>, <a href="https://www.newsnation.in/byline/news-nation-bureau"><span>News Nation Bureau</span></a> | Updated : </span><span>19 November 2019, 09:01 AM</span></div>
<div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    expect(
      extractArticle(html, { url: 'https://www.newsnation.in/fact-check/news/x-244592.html' })
        .authors,
    ).toEqual([]);
  });
});

describe('authors: a name opening with the English article "The" is a publication, not a person', () => {
  it.each(['The Plain Dealer', 'The Grayzone', 'The Times-Picayune'])('drops %j', (value) => {
    expect(isPersonName(value, SITE)).toBe(false);
  });

  it('keeps a wire agency credited so', () => {
    expect(isPersonName('The Associated Press', SITE)).toBe(true);
  });

  it('keeps a person whose name only starts with those letters', () => {
    expect(isPersonName('Theo Walcott', SITE)).toBe(true);
    expect(isPersonName('Thelma Theodore', SITE)).toBe(true);
  });
});

describe("authors: a byline box's one element marked as the author, beside its links and date", () => {
  it('reads the names of the marked element, not the links after it, each on a line of its own', () => {
    const byline = [
      '<div class="byline">',
      '<span class="author" itemprop="author">By Steve Matthews and Alex Tanzi</span>',
      '<span class="divider"></span>',
      '<span class="date">2014-09-30T14:34:55Z</span>',
      '<div class="byline_links">',
      '<span class="comments"><a href="#disqus_thread">- Comments</a></span>',
      '<span class="email"><a href="mailto:?body=x">Email</a></span>',
      '<span class="print"><a href="/news/print/x.html">Print</a></span>',
      '<span class="speed_read"><a href="javascript:void(0)"><abbr title="Speed Read">Speed</abbr></a></span>',
      '</div>',
      '</div>',
    ].join('\n');
    expect(authors('', byline)).toEqual(['Steve Matthews', 'Alex Tanzi']);
  });

  it("reads a toolbar's words as no name, all of them or all but one of three or more", () => {
    expect(isPersonName('Comments Email Print Speed', SITE)).toBe(false);
    expect(isPersonName('Email Print', SITE)).toBe(false);
    expect(isPersonName('Kate Print', SITE)).toBe(true);
  });
});

describe('authors: the mark a wire story ends with is no name', () => {
  it.each(['(END)', '-END-'])('reads no author from a closing %j', (mark) => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>kokobj@yna.co.kr<br>${mark}</p>`;
    expect(authors('', '', body)).toEqual([]);
  });
});

describe("authors: the page's declared section shown beside the date is no name", () => {
  it('reads no author from the section link "North Korea" before the date below the headline', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>N. Korea slams S. Korea for joint drill</title>
<meta property="article:section" content="North Korea"></head><body>
<main><h1 class="tit">N. Korea slams S. Korea for joint drill</h1><div class="info-box"><span class="txt"><strong><a href="//en.example.co.kr/nk/nk">North Korea</a></strong> 09:31 August 20, 2019</span></div>
<div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    expect(extractArticle(html, { url: 'https://en.example.co.kr/view/AEN1' }).authors).toEqual([]);
  });
});

describe('authors: a media group credited beside the reporter is no person', () => {
  it.each(['Northeast Ohio Media Group', 'Funke Mediengruppe', 'Groupe Ebra'])(
    'drops %j',
    (value) => {
      expect(isPersonName(value, SITE)).toBe(false);
    },
  );
});

describe('authors: a job title in an element of its own is no name', () => {
  it.each(['Political Commentator', 'Staff Blogger', 'News Anchor', 'Health Expert'])(
    'drops %j',
    (value) => {
      expect(authors(meta(value))).toEqual([]);
    },
  );

  it('drops the field and title after the name ("Lynne Eldridge MD, Lung Cancer Expert")', () => {
    expect(authors(meta('Lynne Eldridge MD, Lung Cancer Expert'))).toEqual(['Lynne Eldridge MD']);
  });

  it("takes the name of an author box, not the job title in the box's 'authortitle' element", () => {
    const box =
      '<div class="author-box"><div class="name">Ann Coulter</div><div class="authortitle">Political Commentator</div></div>';
    expect(authors('', box)).not.toContain('Political Commentator');
  });
});

describe('authors: a separator left by a label is no part of the name', () => {
  it('reads "AUTHOR / Sierra Kilpatrick" as the name alone', () => {
    const box =
      '<div class="author_desc"><h4><b>AUTHOR</b> <span>/</span> Sierra Kilpatrick</h4></div>';
    expect(authors('', box)).toEqual(['Sierra Kilpatrick']);
  });

  it.each([
    ['/ Sierra Kilpatrick', ['Sierra Kilpatrick']],
    ['| Jane Doe |', ['Jane Doe']],
    ['• Jane Doe', ['Jane Doe']],
  ])('reads %j as the name alone', (value, names) => {
    expect(cleanAuthors(value)).toEqual(names);
  });
});

describe('authors: a bold name beside the place and the date in fields of their own', () => {
  it('reads "<strong>Patricio Candia</strong> | Palma de Mallorca | 08/01/2014" as the name alone', () => {
    const byline =
      '<p class="autor"><strong>Patricio Candia</strong> | Palma de Mallorca | 08/01/2014</p>';
    expect(authors('', byline)).toEqual(['Patricio Candia']);
  });
});

describe('authors: an unmarked line of the name, the place and the date in fields of their own', () => {
  it.each([
    ['<p>María García | Madrid | 05/12/2026</p>', ['María García']],
    ['<p>MARÍA GARCÍA | Madrid | 05 dic 2026</p>', ['María García']],
    ['<div>Anna Berg · Berlin · 14.12.2024</div>', ['Anna Berg']],
  ])('reads %j below the headline as the name', (line, names) => {
    expect(authors('', line)).toEqual(names);
  });

  it.each([
    '<p>Hà Nội | 05/12/2026</p>',
    '<p>Anna Berg · 14.12.2024</p>',
    '<p>María García | Madrid</p>',
  ])('reads no name where a field may be the place: %j', (line) => {
    expect(authors('', line)).toEqual([]);
  });
});

describe('authors: an unmarked line of Vietnamese names and the date below the headline', () => {
  it.each([
    ['<div class="post-meta">Thu Hà - Minh Tuấn | 14/12/2024 21:40</div>', ['Thu Hà', 'Minh Tuấn']],
    ['<div class="post-meta">Nguyễn Thu Trang | 14/12/2024 21:40</div>', ['Nguyễn Thu Trang']],
    [
      '<div class="post-meta">Thu Hà và Minh Tuấn | 14/12/2024 21:40</div>',
      ['Thu Hà', 'Minh Tuấn'],
    ],
    ['<div class="post-meta">THU HÀ - MINH TUẤN | 14/12/2024 21:40</div>', ['Thu Hà', 'Minh Tuấn']],
    // Before a dash and the date, or the time and the date in fields of their own.
    ['<div class="post-meta">Thu Hà - Minh Tuấn - 14/12/2024 21:40</div>', ['Thu Hà', 'Minh Tuấn']],
    [
      '<div class="post-meta">Thu Hà - Minh Tuấn | 21:40 | 14/12/2024</div>',
      ['Thu Hà', 'Minh Tuấn'],
    ],
    ['<div class="post-meta">Nguyễn Thu Trang - 14/12/2024 21:40</div>', ['Nguyễn Thu Trang']],
    // In a byline element too, where a field before the date's may be a place.
    ['<div class="byline">Thu Hà - Minh Tuấn - 14/12/2024 21:40</div>', ['Thu Hà', 'Minh Tuấn']],
    ['<div class="byline">Thu Hà - Minh Tuấn | 14/12/2024 21:40</div>', ['Thu Hà', 'Minh Tuấn']],
  ])('reads %j as the names', (line, names) => {
    expect(authors('', line)).toEqual(names);
  });

  it.each([
    '<div class="post-meta">Tuyên Quang | 14/12/2024 21:40</div>',
    '<div class="post-meta">Hồ Chí Minh | 14/12/2024 21:40</div>',
    '<div class="post-meta">Bà Rịa - Vũng Tàu | 14/12/2024 21:40</div>',
    '<div class="post-meta">Hà Nội - Hải Phòng | 14/12/2024 21:40</div>',
    '<div class="post-meta">Minh Tuấn | 14/12/2024 21:40</div>',
    '<div class="post-meta">Tuyên Quang - 14/12/2024 21:40</div>',
    '<div class="post-meta">Minh Tuấn - 14/12/2024 21:40</div>',
    '<div class="post-meta">Hà Nội | 21:40 | 14/12/2024</div>',
    '<div class="post-meta">New York | 21:40 | 14.12.2024</div>',
  ])('reads no name where the field may be a place: %j', (line) => {
    expect(authors('', line)).toEqual([]);
  });

  it.each([
    ['<div class="byline">Thu Hà - Hà Nội - 14/12/2024 21:40</div>', ['Thu Hà']],
    ['<div class="byline">Anjali Marar | Navi Mumbai | December 14, 2024</div>', ['Anjali Marar']],
    ['<div class="byline">Anna Berg - Hamburg Nord - 14.12.2024</div>', ['Anna Berg']],
  ])('reads the name of a byline element, not the place before its date: %j', (line, names) => {
    expect(authors('', line)).toEqual(names);
  });
});

describe('authors: Georgian names, in lower-case letters, are written as in a script without case', () => {
  it.each([
    ['<span class="author">ნინო ბერიძე</span>', ['ნინო ბერიძე']],
    ['<a rel="author" href="/ka/author/1">გიორგი კაპანაძე</a>', ['გიორგი კაპანაძე']],
  ])('reads the byline %j', (byline, names) => {
    expect(authors('', `<div class="meta">${byline}</div>`)).toEqual(names);
  });

  it('still reads no Latin name in lower case from a byline element', () => {
    expect(authors('', '<div class="meta"><span class="author">capital</span></div>')).toEqual([]);
  });
});

describe('authors: links side by side in a byline are each a name, in scripts that write names without spaces', () => {
  const jaPage = (byline: string) =>
    `<html lang="ja"><head><title>T</title></head><body><article><h1>見出し</h1><div class="byline">${byline}</div>${'<p>日本銀行は6日、金融政策決定会合を開き、政策金利を0.75％に据え置くことを決めた。</p>'.repeat(8)}</article></body></html>`;

  it.each([
    [
      '<a href="/reporter/yamada-taro">山田太郎</a><a href="/reporter/kobayashi-ai">小林愛</a>',
      ['山田太郎', '小林愛'],
    ],
    // A family and a given name apart are one person's.
    ['<span>山田</span><span>太郎</span>', ['山田太郎']],
  ])('reads %j', (byline, names) => {
    expect(extractArticle(jaPage(byline), { url: 'https://www.example.jp/a/1' }).authors).toEqual(
      names,
    );
  });
});

describe("authors: a Japanese author box's desk or beat line is no name", () => {
  it.each([
    '<a href="/reporter/yamada-taro">山田太郎</a><p>経済部｜日銀・金融担当</p>',
    '<a href="/reporter/yamada-taro">山田太郎</a><p>日銀・金融担当</p>',
    '<a href="/reporter/yamada-taro">山田太郎</a><p>東京本社社会部</p>',
  ])('reads only the name from %j', (box) => {
    const html = `<html lang="ja"><head><title>T</title></head><body><article><h1>見出し</h1>${'<p>日本銀行は6日、金融政策決定会合を開き、政策金利を0.75％に据え置くことを決めた。</p>'.repeat(8)}<div class="writer">${box}</div></article></body></html>`;
    expect(extractArticle(html, { url: 'https://www.example.jp/a/1' }).authors).toEqual([
      '山田太郎',
    ]);
  });
});

describe('authors: the place a byline names by its class is no name', () => {
  it.each([
    [
      '<span class="contributor-name">Staff Correspondent</span><span class="location">Dhaka</span>',
      [],
    ],
    [
      '<span class="contributor-name">Jane Doe</span><span class="location">Dhaka</span>',
      ['Jane Doe'],
    ],
    // The place's own class may call it the author's too: it is still a place.
    ['<div class="contributor-name">নিজস্ব প্রতিবেদক</div><div class="author-location">ঢাকা</div>', []],
  ])('reads %j', (parts, names) => {
    expect(authors('', `<div class="contributor">${parts}</div>`)).toEqual(names);
  });
});

describe("authors: a byline label with its script's own colon", () => {
  it('reads the name after a byline label with its own colon, and leaves the line out of the body', () => {
    const page = (byline: string) =>
      `<html lang="km"><head><title>T</title></head><body><article><h1>T</h1><div class="meta"><span class="author">${byline}</span></div>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const article = extractArticle(page('ដោយ៖ សុខ ចាន់ថា'), { url: URL });
    expect(article.authors).toEqual(['សុខ ចាន់ថា']);
    expect(article.contentText).not.toContain('ដោយ');
  });
});

describe('authors: a qualifier before a Chinese reporter’s label (特约记者, 职工通讯员) is no name', () => {
  const ZH = [
    '北京地铁17号线北段5日上午正式开通运营，全长约30公里，设站12座，连接昌平区和朝阳区。',
    '据北京市交通委员会介绍，新线路开通后，沿线居民前往市中心的通勤时间将缩短约20分钟。',
  ];
  it.each([
    ['本报讯（特约记者 王明 实习记者 李华）', ['王明', '李华']],
    ['本站讯（职工通讯员 李琴雯 刘会）', ['李琴雯', '刘会']],
  ])('reads the reporters of the dateline %j', (dateline, names) => {
    const body = `<p>${dateline}${ZH[0]}</p><p>${ZH[1]}</p><p>${ZH[0]}</p>`;
    expect(extractArticle(page('', '', body), { url: URL }).authors).toEqual(names);
  });

  it('reads the reporter of a closing credit', () => {
    expect(parseByline('（特约记者 张三）')).toEqual(['张三']);
  });
});

describe("authors: a Chinese wire's dateline names its reporters in brackets", () => {
  const ZH = [
    '北京地铁17号线北段5日上午正式开通运营，全长约30公里，设站12座，连接昌平区和朝阳区。',
    '据北京市交通委员会介绍，新线路开通后，沿线居民前往市中心的通勤时间将缩短约20分钟。',
  ];
  const zhPage = (first: string) =>
    page('', '', `<p>${first}${ZH[0]}</p><p>${ZH[1]}</p><p>${ZH[0]}</p>`);

  it.each([
    ['新华社北京12月5日电（记者 王明）', ['王明']],
    ['新华社北京12月5日电（记者王明、李华）', ['王明', '李华']],
    ['本报讯（记者 王明 通讯员 李华）', ['王明', '李华']],
    // Taiwan's Central News Agency: the reporter, the place and the day before "電".
    ['（中央社記者張建中新竹18日電）', ['張建中']],
    ['（中央社記者張建中、林家嫻台北18日電）', ['張建中', '林家嫻']],
    // Yonhap: the place and the agency in brackets, the reporter and "기자 =".
    ['(서울=연합뉴스) 김준형 기자 = ', ['김준형']],
    ['(워싱턴=연합뉴스) 김동현 특파원 = ', ['김동현']],
    // Other agencies and papers: a digit in the outlet's name, square brackets.
    ['(세종=뉴스1) 김지훈 기자 = ', ['김지훈']],
    ['[서울=뉴시스]김지훈 기자 = ', ['김지훈']],
    ['[머니투데이 김지훈 기자] ', ['김지훈']],
    ['[헤럴드경제=김지훈·이영희 기자] ', ['김지훈', '이영희']],
    // A Japanese paper's: the place, "＝" and its reporters in lenticular brackets.
    ['【ロンドン＝岡田太郎】', ['岡田太郎']],
    ['【北京＝山田一郎、鈴木花子】', ['山田一郎', '鈴木花子']],
  ])('reads the reporters of %j', (dateline, names) => {
    expect(extractArticle(zhPage(dateline), { url: URL }).authors).toEqual(names);
  });

  it.each([
    ['【ロンドン＝岡田太郎】', ['岡田太郎']],
    ['新华社北京12月5日电（记者 王明）', ['王明']],
    ['(서울=연합뉴스) 김준형 기자 = ', ['김준형']],
  ])('reads the reporters of %j opening an article set as <br><br> runs', (dateline, names) => {
    const html = page(
      '',
      '',
      `<div>\u3000${dateline}${ZH[0]}<br><br>${ZH[1]}<br><br>${ZH[0]}</div>`,
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual(names);
  });

  it('reads no reporter from a bracket in a later run', () => {
    const html = page(
      '',
      '',
      `<div>${ZH[0]}<br><br>【ロンドン＝岡田太郎】${ZH[1]}<br><br>${ZH[0]}</div>`,
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual([]);
  });

  it('reads the reporters over an author meta tag naming the outlet the dateline opens with', () => {
    const html = page(
      '<meta property="article:author" content="新京报">',
      '',
      `<p>新京报讯（记者 吴为）${ZH[0]}</p><p>${ZH[1]}</p><p>${ZH[0]}</p>`,
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual(['吴为']);
  });

  it('reads no reporter from a Japanese dateline crediting a wire (【ワシントン＝共同】)', () => {
    expect(extractArticle(zhPage('【ワシントン＝共同】'), { url: URL }).authors).toEqual([]);
  });

  it('reads none from a bracket later in the paragraph', () => {
    const html = zhPage('据介绍，该线路由本市（记者 王明 报道）');
    expect(extractArticle(html, { url: URL }).authors).toEqual([]);
  });

  it.each([
    ['〔記者林曉雲／台北報導〕', ['林曉雲']],
    ['記者林曉雲／台北報導', ['林曉雲']],
    ['〔記者王姿琳、林曉雲／綜合報導〕', ['王姿琳', '林曉雲']],
    ['〔編譯陳成良／綜合報導〕', ['陳成良']],
    ['（記者林曉雲）', ['林曉雲']],
  ])("reads a Taiwanese paper's credit %j opening the text", (credit, names) => {
    expect(extractArticle(zhPage(credit), { url: URL }).authors).toEqual(names);
  });

  it.each(['記者會上，部長表示', '（記者會）'])('reads no credit from %j', (opening) => {
    expect(extractArticle(zhPage(opening), { url: URL }).authors).toEqual([]);
  });
});

describe("authors: the reporter in brackets after the dateline's place (Urdu and Hindi papers)", () => {
  const UR = [
    'وفاقی کابینہ نے گھریلو صارفین کیلئے بجلی کے نرخوں میں کمی کی منظوری دے دی ہے جس کا اطلاق جنوری کے بلوں سے ہوگا۔',
    'وزیراعظم کی زیر صدارت ہونے والے اجلاس میں وزارت توانائی نے بریفنگ دی کہ معاہدوں پر نظرثانی سے بچت ہوگی۔',
  ];
  const urPage = (dateline: string) =>
    page(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Ein Titel der Seite',
        author: { '@type': 'Organization', name: 'Roznama Misal' },
      })}</script>`,
      '',
      `<p>${dateline} ${UR[0]}</p><p>${UR[1]}</p><p>${UR[0]}</p>`,
    );

  it.each([
    ['اسلام آباد (محمد صالح ظافر)', ['محمد صالح ظافر']],
    ['لاہور (عاصم علی رانا)', ['عاصم علی رانا']],
    ['नई दिल्ली (राजेश कुमार शर्मा)', ['राजेश कुमार शर्मा']],
  ])('reads the reporter of %j, not the declared outlet', (dateline, names) => {
    expect(extractArticle(urPage(dateline), { url: URL }).authors).toEqual(names);
  });

  it.each([
    'اسلام آباد (اے پی پی)',
    'کراچی (اسٹاف رپورٹر)',
    'لاہور (نمائندہ جنگ)',
    'پشاور (خبر ایجنسیاں)',
    'اسلام آباد (این این آئی)',
    'नई दिल्ली (विशेष संवाददाता)',
    'लखनऊ (भाषा)',
  ])('reads no person from an agency or a staff credit %j', (dateline) => {
    expect(extractArticle(urPage(dateline), { url: URL }).authors).toEqual(['Roznama Misal']);
  });

  it('reads no person from brackets opening a later paragraph', () => {
    const html = page(
      '',
      '',
      `<p>${UR[1]}</p><p>نواز شریف (سابق وزیراعظم) ${UR[0]}</p><p>${UR[1]}</p>`,
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual([]);
  });
});

describe("authors: a desk's credit with its paper and city names no one", () => {
  it.each([
    'न्यूज डेस्क, अमर उजाला, नई दिल्ली',
    'News Desk, The Daily Star, Dhaka',
    'Web Desk, Roznama Misal, Lahore',
  ])('reads no author from %j', (value) => {
    expect(authors(meta(value))).toEqual([]);
  });

  it('reads the reporter before a desk', () => {
    expect(authors(meta('Anna Berg, News Desk'))).toEqual(['Anna Berg']);
  });
});

describe("authors: German Blogger's 'Eingestellt von' labels the name", () => {
  it.each([
    ['Eingestellt von Anna Berg', ['Anna Berg']],
    ['Veröffentlicht von Jan Ruf', ['Jan Ruf']],
    ['Eingestellt von Unknown', []],
  ])('reads %j as the name alone', (value, names) => {
    expect(authors(meta(value))).toEqual(names);
  });
});

describe('authors: a surname joined to its particle is part of the name', () => {
  it.each([
    ['Lena deCasparis', ['Lena deCasparis']],
    ['Neil deGrasse Tyson', ['Neil deGrasse Tyson']],
    ['Anna vanDerBeek', ['Anna vanDerBeek']],
  ])('reads %j as a name', (value, names) => {
    expect(authors(meta(value))).toEqual(names);
  });

  it('still reads a lower-case word that is no particle as prose', () => {
    expect(authors(meta('Lena departs'))).toEqual([]);
  });
});

describe('authors: links to one author page name one person', () => {
  it("reads the byline's name once when a hidden card links the same page under a label", () => {
    const byline =
      '<span class="byline"><a href="/author/birgit-posselt/" rel="author"><p>von Birgit Posselt</p></a><div class="modal" aria-hidden="true"><p><a href="/author/birgit-posselt/">Autorenseite von </a></p></div></span>';
    expect(authors('', byline)).toEqual(['Birgit Posselt']);
  });

  it('reads the names linked after portraits that link the same pages without words', () => {
    const byline =
      '<div class="article-authors"><div><a href="/autoren/1/anna-berg"><img alt="Anna Berg" src="/a.jpg"></a><a href="/autoren/2/jan-ruf"><img alt="Jan Ruf" src="/j.jpg"></a></div><dl><dt>von</dt><div><a href="/autoren/1/anna-berg"><dd>Anna Berg</dd><span>,</span></a></div><div><a href="/autoren/2/jan-ruf"><dd>Jan Ruf</dd></a></div></dl></div>';
    expect(authors('', byline)).toEqual(['Anna Berg', 'Jan Ruf']);
  });

  it.each(['Über', 'About', 'Autorenseite'])(
    'reads no name in an author card headed %j',
    (label) => {
      const byline = `<span class="byline"><a href="/author/birgit-posselt/">von Birgit Posselt</a><div class="modal"><p class="author_name">${label}</p></div></span>`;
      expect(authors('', byline)).toEqual(['Birgit Posselt']);
    },
  );

  it('reads two people linked to two author pages', () => {
    const byline =
      '<span class="byline">von <a href="/author/birgit-posselt/">Birgit Posselt</a> und <a href="/author/jan-ruf/">Jan Ruf</a></span>';
    expect(authors('', byline)).toEqual(['Birgit Posselt', 'Jan Ruf']);
  });
});

describe("authors: a closing sign-off of initials does not replace the page's named author", () => {
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}</script>`;
  const signedOff = (signOff: string) =>
    `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p><em>${signOff}</em></p>`;

  it.each(['DS', 'P.V.', 'T.H'])('keeps the structured author over the sign-off %j', (signOff) => {
    expect(authors(ld('Federico Mayol'), '', signedOff(signOff))).toEqual(['Federico Mayol']);
  });

  it('keeps a closing byline that spells out a name over the structured one', () => {
    expect(authors(ld('jdadmin'), '', signedOff('ĐỖ HUY'))).toEqual(['Đỗ Huy']);
  });
});

describe("authors: a byline printed in capitals, or in the genitive, takes the page's declared spelling of the same name", () => {
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}</script>`;
  const opened = (line: string) =>
    `<p><strong>${line}</strong></p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;

  it.each([
    ['ΤΟΥ ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ', 'Γιάννης Παπαδόπουλος'],
    ['ΤΗΣ ΜΑΡΙΑΣ ΝΙΚΟΛΑΟΥ', 'Μαρία Νικολάου'],
    ['Του Γιάννη Παπαδόπουλου', 'Γιάννης Παπαδόπουλος'],
  ])('reads %j as %j', (line, name) => {
    expect(authors(ld(name), '', opened(line))).toEqual([name]);
  });

  it('keeps the printed name where the declared one is another person', () => {
    expect(authors(ld('Κώστας Δημητρίου'), '', opened('ΤΟΥ ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ'))).toEqual([
      'Γιαννη Παπαδοπουλου',
    ]);
  });
});

describe('authors: initials signing a post, the only credit, are its author as printed, their dots kept', () => {
  it('reads "by B.R.", "By J.S." and "Von A.B.C." with their last dots', () => {
    const lines = ['by B.R.', 'By J.S.', 'Von A.B.C.'];
    expect(lines.flatMap(cleanAuthors)).toEqual(['B.R.', 'J.S.', 'A.B.C.']);
  });

  it("reads the newsroom's abbreviation P.V. (phóng viên) as no one, with its dot or not", () => {
    expect([...cleanAuthors('P.V.'), ...cleanAuthors('P.V')]).toEqual([]);
  });
});

describe('authors: a credit line for the text and the interview names its author', () => {
  it.each([
    ['Text und Interview: Harald Willenbrock', ['Harald Willenbrock']],
    ['Texto y entrevista: Ana García', ['Ana García']],
  ])('reads %j as %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it('reads no author from an interview label before a headline', () => {
    expect(parseByline('Interview: Wie die Stadt ihre Schulden abbauen will')).toBeNull();
  });
});

describe('authors: a byline joined to its date by "on" opening the body is metadata', () => {
  it.each(['Written by Miami Today on November 7, 2023', 'By Anna Berg on November 7, 2023'])(
    'removes %j above the text',
    (line) => {
      const body = `<p>${line}</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
      const article = extractArticle(page('', '', body), { url: URL });
      expect(article.contentText).not.toContain('November 7, 2023');
      expect(article.contentText).toContain(BODY_PARAGRAPHS[0]);
    },
  );

  it('keeps a sentence about a person on a day', () => {
    const line = 'Written by hand on November 7, 2023, the letter reached the mayor a week later.';
    const body = `<p>${line}</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(extractArticle(page('', '', body), { url: URL }).contentText).toContain(line);
  });
});

describe("authors: a broadcaster's sign-off closing the body names its reporter", () => {
  const story = [
    'Temperatures across the country are forecast to drop sharply on Tuesday, with a cold wave advisory issued for parts of the central region and the capital area.',
    'People who are vulnerable to the cold, such as the elderly, are advised to refrain from going out as much as possible, while drivers are warned of black ice.',
    'The sudden cold snap should peak Wednesday before temperatures climb back up on Thursday, but the winter-like weather is forecast to return over the weekend.',
  ];
  const body = (signOff: string) => `<div class="k1">${story.join('<br><br>')}<br>${signOff}</div>`;

  it.each([
    ['Max Lee, KBS World Radio News.', 'Max Lee'],
    ['Anna Berg, NPR News, Washington.', 'Anna Berg'],
  ])('reads %j as its reporter and takes it out of the text', (signOff, name) => {
    const article = extractArticle(page('', '', body(signOff)), { url: URL });
    expect(article.authors).toEqual([name]);
    expect(article.contentText).not.toContain(signOff.slice(0, 12));
    expect(article.contentText.endsWith('return over the weekend.')).toBe(true);
  });

  it('reads no outlet in it as a person', () => {
    expect(parseByline('Max Lee, KBS World Radio News.', true)).toEqual(['Max Lee']);
  });

  it('keeps a closing sentence naming a person and a news outlet', () => {
    const line = 'Thanks to Max Lee, who first reported the story on KBS World Radio News.';
    const article = extractArticle(page('', '', body(line)), { url: URL });
    expect(article.contentText).toContain(line);
  });
});

describe("authors: an interview's credit set apart below the opening quote names the interviewer", () => {
  const quote =
    '<p><strong>„Es gibt offensichtlich mehr Kritiker als bisher vermutet.“</strong></p>';
  const body = (credit: string) =>
    `${quote}${credit}${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;

  it.each([
    '<p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>',
    '<p><em>An interview by Eugen Zentner with Sonja Silberhorn</em></p>',
  ])("reads %s as the byline, over the page's author field", (credit) => {
    const article = extractArticle(page(meta('Paul Soldan'), '', body(credit)), { url: URL });
    expect(article.authors).toEqual(['Eugen Zentner']);
    expect(article.contentText).not.toMatch(/Ein Interview von|An interview by/);
    expect(article.contentText).toContain(BODY_PARAGRAPHS[0]);
  });

  it('keeps a second line set apart that credits no one', () => {
    const line =
      '<p><em>Ein Gespräch über Bücher, Verlage und die Zeit nach der Pandemie.</em></p>';
    const article = extractArticle(page(meta('Paul Soldan'), '', body(line)), { url: URL });
    expect(article.authors).toEqual(['Paul Soldan']);
    expect(article.contentText).toContain('Ein Gespräch über Bücher');
  });
});

describe('authors: a biography set in emphasis closing the body names the author, where the page declares none', () => {
  const closing = (line: string) =>
    `${BODY_PARAGRAPHS.slice(0, -1)
      .map((p) => `<p>${p}</p>`)
      .join('')}<p>${BODY_PARAGRAPHS.at(-1)}${line}</p>`;

  it.each([
    [
      '<br><br><em>Reiner Nagel ist Architekt, Stadtplaner und Vorstandsvorsitzender der Bundesstiftung Baukultur.</em>',
      ['Reiner Nagel'],
    ],
    [
      '</p><p><i>Jane Doe is a senior fellow at the Institute for Coastal Studies.</i>',
      ['Jane Doe'],
    ],
  ])('reads %s, and leaves it out of the body', (line, names) => {
    const article = extractArticle(page('', '', closing(line)), { url: URL });
    expect(article.authors).toEqual(names);
    expect(article.contentText).not.toContain(`${names[0]} i`);
    expect(article.contentText).toContain(BODY_PARAGRAPHS.at(-1) as string);
  });

  it.each([
    [
      'a line not set apart in emphasis',
      '<br><br>Reiner Nagel ist Architekt und Stadtplaner in Berlin.',
    ],
    [
      'an emphasized note naming no one first',
      '<br><br><em>Dieser Text erschien zuerst im Magazin der Stiftung.</em>',
    ],
    ['emphasis inside the last sentence', ' Und <em>Reiner Nagel ist Architekt</em>, sagt sie.'],
  ])('names no one for %s', (_, line) => {
    expect(authors('', '', closing(line))).toEqual([]);
  });

  it('lets the declared author stand', () => {
    expect(
      authors(
        meta('Lena Roth'),
        '',
        closing('<br><br><em>Reiner Nagel ist Architekt und Stadtplaner.</em>'),
      ),
    ).toEqual(['Lena Roth']);
  });
});

describe('authors: the writer a Twitter card\'s label names (Yoast: twitter:label1 "Written by", twitter:data1)', () => {
  const card = (label: string, value: string, n = 1) =>
    `<meta name="twitter:label${n}" content="${label}"><meta name="twitter:data${n}" content="${value}">`;

  it.each([
    ['Written by', 'Jane Doe'],
    ['Verfasst von', 'Karoline Herr'],
    ['Geschrieben von', 'Winfried Hille'],
    ['Escrito por', 'Juliet Jimenez'],
    ['Écrit par', 'Marie Dupont'],
  ])('reads the name after %j where the page declares no other author', (label, name) => {
    expect(authors(card(label, name))).toEqual([name]);
  });

  it('reads the label in any of the card pairs', () => {
    expect(
      authors(card('Est. reading time', '4 Minuten') + card('Verfasst von', 'Lisa Borch', 2)),
    ).toEqual(['Lisa Borch']);
  });

  it('reads nothing from another label ("Est. reading time"), nor the site\'s own name', () => {
    expect(authors(card('Geschätzte Lesezeit', '1 Minute'))).toEqual([]);
    expect(authors(card('Verfasst von', 'Beispielzeitung'))).toEqual([]);
  });

  it('gives way to an author meta tag', () => {
    expect(authors(meta('Anna Berg') + card('Verfasst von', 'Karoline Herr'))).toEqual([
      'Anna Berg',
    ]);
  });
});

describe('authors: a line opening the body with the date, then a labelled byline in a field of its own', () => {
  it.each([
    'Thứ Năm, 14/12/2023 - 16:05 | Tác giả: Minh Anh',
    '14/12/2023 16:05 | Người viết: Minh Anh',
  ])('names the author and leaves the body: %j', (line) => {
    const body = `<p>${line}</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual(['Minh Anh']);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });
});

describe("authors: a wire agency's name written out is credited as its acronym is", () => {
  it.each([
    ['Theo TTXVN', 'TTXVN'],
    ['Theo Thông tấn xã Việt Nam', 'Thông tấn xã Việt Nam'],
  ])('credits %j closing the body', (line, name) => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p>`;
    expect(extractArticle(page('', '', body), { url: URL }).authors).toEqual([name]);
  });
});

describe('authors: cards of one author each, the name above the job title', () => {
  it("reads each card's name without the job title set on the line below it", () => {
    const header = `<div class="authors"><div class="author-card"><h5><a href="/users/profile/Jane%20Doe">Jane Doe</a></h5><p>Staff Writer</p></div>
<div class="author-card"><h5><a href="/users/profile/John%20Roe">John Roe</a></h5><p>Staff Writer</p></div></div>`;
    expect(authors('', header)).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe("authors: a link to a reporter's staff page", () => {
  it.each(['/staff/sarah-brookbank/', '/staff/2648123001/sarah-brookbank/'])(
    "reads the name a link to %s gives, the outlet's line beside it left out (Gannett's byline)",
    (href) => {
      const header = `<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="${href}">Sarah Brookbank</a><div class="gnt_ar_by_t">Cincinnati Enquirer</div></div>`;
      expect(authors('', header)).toEqual(['Sarah Brookbank']);
    },
  );
});

describe('authors: names in capitals, then their outlet in mixed case without a comma', () => {
  const byline = (line: string) => authors('', `<p class="byline">${line}</p>`);

  it.each([
    ['By JANE DOE The Pantagraph', ['Jane Doe']],
    ['By JANE DOE Staff Writer', ['Jane Doe']],
    [
      'By MARY CLARE JALONICK and KEVIN FREKING Associated Press',
      ['Mary Clare Jalonick', 'Kevin Freking', 'Associated Press'],
    ],
    ['By JANE DOE Reuters', ['Jane Doe', 'Reuters']],
    ['By Jane Doe The Pantagraph', ['Jane Doe']],
    ['By CHRISTOPHER RUGABER AP Economics Writer', ['Christopher Rugaber']],
  ])('reads %j as the names before the outlet, as if a comma parted them', (line, names) => {
    expect(byline(line)).toEqual(names);
  });

  it('takes the byline opening the body out of it', () => {
    const line = 'By CHRISTOPHER RUGABER AP Economics Writer';
    const body = `<p>${line}</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual(['Christopher Rugaber']);
    expect(article.contentText).not.toContain(line);
  });

  it.each([
    ['By JANE DOE', ['Jane Doe']],
    ['By JANE DOE, The Pantagraph', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
  ])('reads %j as before', (line, names) => {
    expect(byline(line)).toEqual(names);
  });

  it('keeps a suffix after the name in capitals with the name', () => {
    expect(cleanAuthors('By JOHN SMITH Jr.')).toEqual(['JOHN SMITH Jr']);
  });
});

describe("authors: the outlet's line under the reporter's name in a byline", () => {
  it.each([
    [
      '<a href="/staff/2648123001/sarah-brookbank/">Sarah Brookbank</a><div>Cincinnati Enquirer</div>',
      ['Sarah Brookbank'],
    ],
    [
      '<a href="/staff/2648123001/sarah-brookbank/">Sarah Brookbank</a><div>USA TODAY</div>',
      ['Sarah Brookbank'],
    ],
    ['<div>Jane Doe</div><div>The Pantagraph</div>', ['Jane Doe']],
    ['<div>Jane Doe</div><div>Rocky Mountain Chronicle</div>', ['Jane Doe']],
  ])('reads %j as the name alone', (inner, names) => {
    expect(authors('', `<div class="byline">${inner}</div>`)).toEqual(names);
  });

  it.each(['Deutsche Presse-Agentur', 'Agence France-Presse', 'The Canadian Press'])(
    'still reads the wire agency %j, which signs with the reporter',
    (agency) => {
      expect(
        authors('', `<div class="byline"><div>Jane Doe</div><div>${agency}</div></div>`),
      ).toEqual(['Jane Doe', agency]);
    },
  );

  it('still reads two reporters on lines of their own', () => {
    expect(authors('', '<div class="byline"><div>Li Wei</div><div>Yan Sun</div></div>')).toEqual([
      'Li Wei',
      'Yan Sun',
    ]);
  });
});

describe("authors: bylines' labels, roles and agencies in more newsrooms' words", () => {
  it.each([
    ['Door onze redacteur Jan Jansen', ['Jan Jansen']],
    ['By our correspondent Jane Doe', ['Jane Doe']],
    ["Tekst Jan Jansen, foto's Piet de Vries", ['Jan Jansen']],
    ['Door Jan Jansen, correspondent Brussel', ['Jan Jansen']],
    ['Oprac. Jan Kowalski, PAP', ['Jan Kowalski', 'PAP']],
    ['Av Ola Nordmann, NTB', ['Ola Nordmann', 'NTB']],
    ['By Jane Doe, PA', ['Jane Doe', 'PA']],
  ])('reads %j under the headline', (line, names) => {
    expect(authors('', `<div><span>${line}</span></div>`)).toEqual(names);
  });
});

describe('authors: an outlet in sentence case after "Theo", set apart closing the body', () => {
  it.each(['Dân trí', 'Người lao động', 'Báo Đầu tư'])('credits "Theo %s" in bold', (outlet) => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p style="text-align: right;"><strong>Theo ${outlet}</strong></p>`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual([outlet]);
    expect(article.contentText).not.toContain(`Theo ${outlet}`);
  });

  it('leaves a plain sentence opening with "Theo" in the body', () => {
    const line = 'Theo dự báo của nhiều tổ chức, lãi suất còn giảm.';
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p>`;
    expect(extractArticle(page('', '', body), { url: URL }).contentText).toContain(line);
  });
});

describe("authors: a link to the author's posts by the listing's query", () => {
  it('reads the name of a link to /journal?author=… though the menu links /journal (Squarespace)', () => {
    const html = `<!DOCTYPE html><html><head><title>What we learned from a year of four-day weeks</title></head><body>
<nav><a href="/work">Work</a> <a href="/journal">Journal</a></nav>
<article><h1>What we learned from a year of four-day weeks</h1>
<div class="blog-meta-item--author"><a href="/journal?author=5f1a2b" class="blog-author">Olivia Grant</a></div>
${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(
      extractArticle(html, { url: 'https://studio.example.com/journal/four-day-weeks' }).authors,
    ).toEqual(['Olivia Grant']);
  });
});

describe('authors: the byline shown names more authors than the JSON-LD', () => {
  /** A head whose JSON-LD article of the given type declares one author. */
  const declaring = (type: string, name: string) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': type,
      author: { '@type': 'Person', name },
    })}</script>`;

  it("reads every author the byline's links name when they hold the JSON-LD's one (Ghost)", () => {
    const head = declaring('Article', 'Katrin Lindner');
    const header =
      '<h4 class="author-name"><a href="/author/katrin/">Katrin Lindner</a>, <a href="/author/jonas/">Jonas Feldkamp</a></h4>';
    expect(authors(head, header)).toEqual(['Katrin Lindner', 'Jonas Feldkamp']);
  });

  it('counts only the names the links give, not an outlet written beside them (g1)', () => {
    const head = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: [
        { '@type': 'Person', name: 'Ana Carolina Moreno' },
        { '@type': 'Person', name: 'Bruno Tavares' },
      ],
    })}</script>`;
    const header =
      '<p class="content-publication-data__from">Por <a href="/autores/ana-carolina-moreno">Ana Carolina Moreno</a>, <a href="/autores/bruno-tavares">Bruno Tavares</a>, Portal Notícia Já SP e TV Paulista</p>';
    expect(authors(head, header)).toEqual(['Ana Carolina Moreno', 'Bruno Tavares']);
  });

  it("reads every author the byline's rel=author elements name when they hold the JSON-LD's one (Dagbladet)", () => {
    // Each reporter's link is their e-mail address, no author page.
    const head = declaring('NewsArticle', 'Marlene Lundberg Holm');
    const person = (first: string, last: string, mail: string) =>
      `<div class="byline" itemscope itemtype="http://schema.org/Person"><address class="name"><a rel="author" itemprop="url name" href="mailto:${mail}@example.no"><span class="firstname">${first}</span> <span class="lastname">${last}</span></a></address></div>`;
    const header = `<div class="bylines">${person('Ingrid', 'Treborg', 'it')}${person('Marlene Lundberg', 'Holm', 'mh')}</div>`;
    expect(authors(head, header)).toEqual(['Ingrid Treborg', 'Marlene Lundberg Holm']);
  });

  it('keeps the JSON-LD author where the rel=author elements name someone else besides', () => {
    const head = declaring('Article', 'Katrin Lindner');
    const header =
      '<div class="byline"><a rel="author" href="mailto:ab@example.de">Anna Berg</a> <a rel="author" href="mailto:jf@example.de">Jonas Feldkamp</a></div>';
    expect(authors(head, header)).toEqual(['Katrin Lindner']);
  });

  it('keeps the JSON-LD author where the links name someone else', () => {
    const head = declaring('Article', 'Katrin Lindner');
    const header =
      '<h4 class="author-name"><a href="/author/anna/">Anna Berg</a>, <a href="/author/jonas/">Jonas Feldkamp</a></h4>';
    expect(authors(head, header)).toEqual(['Katrin Lindner']);
  });
});

describe('authors: a job title of a beat or a place, after each name in capitals (Daily Mail)', () => {
  it('reads both names of "By A, POLITICAL EDITOR and B, WHITEHALL CORRESPONDENT FOR MAILONLINE"', () => {
    const header =
      '<div class="author-section byline-plain">By <a class="author" href="/home/search.html?s=&amp;authornamef=Jason+Groves">JASON GROVES, POLITICAL EDITOR</a> and <a class="author" href="/home/search.html?s=&amp;authornamef=David+Wilcock">DAVID WILCOCK, WHITEHALL CORRESPONDENT FOR MAILONLINE</a></div>';
    expect(authors('', header)).toEqual(['Jason Groves', 'David Wilcock']);
  });

  it.each(['Whitehall Correspondent', 'Middle East Editor', 'Brussels Correspondent'])(
    'reads %j as a job title, no name',
    (title) => {
      expect(cleanAuthors(`Jane Doe, ${title}`)).toEqual(['Jane Doe']);
    },
  );
});

describe("authors: a byline opening the body, under the theme's byline of the account that posted", () => {
  it('credits "By Emily Carter, Special to the Gazette" so, the outlet she wrote for left out', () => {
    const header =
      '<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/sarah-mills/">Sarah Mills</a></span></span></div>';
    const line = 'By Emily Carter, Special to the Gazette';
    const body = `<p>${line}</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page('', header, body), { url: URL });
    expect(article.authors).toEqual(['Emily Carter']);
    expect(article.contentText).not.toContain(line);
  });

  it('credits "By Emily Carter" opening the post, not the account the theme names', () => {
    const header =
      '<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/sarah-mills/">Sarah Mills</a></span></span></div>';
    const body = `<p>By Emily Carter</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page('', header, body), { url: URL });
    expect(article.authors).toEqual(['Emily Carter']);
    expect(article.contentText).not.toContain('By Emily Carter');
  });
});

describe('authors: a wire agency named as the source closing the body', () => {
  it.each([
    ['Nguồn: TTXVN', 'TTXVN'],
    ['(Nguồn: TTXVN)', 'TTXVN'],
    ['Bron: Belga', 'Belga'],
    ['Quelle: dpa', 'dpa'],
    ['Fuente: EFE', 'EFE'],
  ])('credits %j as "Theo TTXVN" is credited, and takes it out of the body', (line, agency) => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p>`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual([agency]);
    expect(article.contentText).not.toContain(line);
  });

  it('keeps a source that is no wire agency in the body, naming no author', () => {
    const line = 'Nguồn: Báo Yên Bái';
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p>`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual([]);
    expect(article.contentText).toContain(line);
  });

  it.each([
    [
      'in its caption',
      '<figure><img src="/a.jpg" alt=""><figcaption>Putin bei einer Rede. <small>Quelle: dpa</small></figcaption></figure>',
    ],
    [
      'in a box of its own after it, past an empty one (ZDF)',
      '<figure><img src="/a.jpg" alt=""><figcaption>Putin bei einer Rede.</figcaption></figure><div></div><div><span>Quelle: dpa</span></div>',
    ],
  ])("names no author from a picture's source %s", (_where, figure) => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${figure}`;
    expect(extractArticle(page('', '', body), { url: URL }).authors).toEqual([]);
  });
});

describe('authors: a field after a bar that is the place the byline was filed from names no one', () => {
  it.each([
    ['By Anjali Marar | New Delhi | Updated: December 14, 2023 16:05 IST', ['Anjali Marar']],
    ['Written by Express News Service | New Delhi', ['Express News Service']],
    ['By Anjali Marar | Navi Mumbai | December 14, 2023 16:05 IST', ['Anjali Marar']],
    ['By Priya Nair | Kuala Lumpur', ['Priya Nair']],
  ])('reads %j as %j', (line, names) => {
    expect(cleanAuthors(line)).toEqual(names);
  });

  it('reads the byline element of "Written by X | Place | Updated: date" as X', () => {
    const header =
      '<div class="byline">Written by <a href="/agency/express-news-service/">Express News Service</a> | New Delhi | Updated: December 14, 2023 16:05 IST</div>';
    expect(authors('', header)).toEqual(['Express News Service']);
  });

  it('keeps a name after a bar that no date follows', () => {
    expect(cleanAuthors('By Anna Berg | Jan Ruf')).toEqual(['Anna Berg', 'Jan Ruf']);
  });

  it('keeps a name joined by a dash before the bar of the date: names, then the date field', () => {
    expect(cleanAuthors('Thu Hà - Minh Tuấn | 14/12/2024 21:40')).toEqual(['Thu Hà', 'Minh Tuấn']);
    expect(cleanAuthors('Anna Berg - Jan Ruf | 14.12.2024')).toEqual(['Anna Berg', 'Jan Ruf']);
  });
});

describe("authors: an editor's linked name beside the byline is no author", () => {
  const link = (name: string) =>
    `<a href="/author/${name.toLowerCase().replace(' ', '-')}-1016">${name}</a>`;

  it.each([
    [
      'in a box of its own',
      `<div class="storyBy"><small>By ${link('Sanskriti Falor')}</small> <small>| Edited by ${link('Aryan Prakash')}</small></div>`,
    ],
    [
      'in the byline line',
      `<p class="k9">By ${link('Sanskriti Falor')} | Edited by ${link('Aryan Prakash')}</p>`,
    ],
    [
      'labelled "Editor:"',
      `<div class="k9"><span>By ${link('Sanskriti Falor')}</span> <span>Editor: ${link('Aryan Prakash')}</span></div>`,
    ],
  ])('reads the writer alone when the editor is linked %s', (_, header) => {
    expect(authors('', header)).toEqual(['Sanskriti Falor']);
  });

  it('keeps the JSON-LD author when the byline adds the editor the JSON-LD declares as such', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: [{ '@type': 'Person', name: 'Sanskriti Falor' }],
      editor: [{ '@type': 'Person', name: 'Aryan Prakash' }],
    })}</script>`;
    const header = `<div class="storyBy"><small>By ${link('Sanskriti Falor')}</small> <small>| ${link('Aryan Prakash')}</small></div>`;
    expect(authors(ld, header)).toEqual(['Sanskriti Falor']);
  });
});

describe('authors: in scripts without capitals, one word after the comma is the place the credit was filed from', () => {
  it.each([
    ['अमर उजाला नेटवर्क, लखनऊ', ['अमर उजाला नेटवर्क']],
    ['राहुल शर्मा, लखनऊ', ['राहुल शर्मा']],
    ['أحمد علي، القاهرة', ['أحمد علي']],
  ])('reads %j as %j', (credit, names) => {
    expect(cleanAuthors(credit)).toEqual(names);
  });

  it('keeps two names of two words each', () => {
    expect(cleanAuthors('राहुल शर्मा, अमित कुमार')).toEqual(['राहुल शर्मा', 'अमित कुमार']);
  });
});

describe("authors: a parliamentarian's honorifics and post-nominals are no part of the name", () => {
  it.each([
    ['Hon Nicola Willis', ['Nicola Willis']],
    ['The Rt Hon Rishi Sunak MP', ['Rishi Sunak']],
    ['The Hon Mark Butler MP', ['Mark Butler']],
    ['Honourable Anita Anand', ['Anita Anand']],
    ['Shri Ashwini Vaishnaw', ['Ashwini Vaishnaw']],
    ['Jane Doe MSP', ['Jane Doe']],
  ])('reads %j as %j', (credit, names) => {
    expect(cleanAuthors(credit)).toEqual(names);
  });

  it('reads a government release creator with an honorific as the minister', () => {
    expect(authors('<meta name="dcterms.creator" content="Hon Nicola Willis">')).toEqual([
      'Nicola Willis',
    ]);
  });
});

describe('authors: "Hon" before one word may be a given name', () => {
  it('keeps "Hon Lam" whole', () => {
    expect(cleanAuthors('Hon Lam')).toEqual(['Hon Lam']);
  });
});

describe('authors: a line break parts the lines of a byline opening the body', () => {
  const paragraphs = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

  it('reads "By CHRISTOPHER RUGABER<br>AP Economics Writer" as the reporter, the job line apart', () => {
    const body = `<p>By CHRISTOPHER RUGABER<br>AP Economics Writer</p>${paragraphs}`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual(['Christopher Rugaber']);
    expect(article.contentText).not.toContain('Economics Writer');
  });

  it('reads the "By" line below an editor\'s note in the same paragraph', () => {
    const body = `<p>(ATTN: UPDATES with more details in paras 5-9)<br>By Kim Boram</p>${paragraphs}`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual(['Kim Boram']);
    expect(article.contentText).not.toContain('Kim Boram');
  });

  it('reads it above a wire story closing with "(END)", which names no one', () => {
    const body = `<p>(ATTN: UPDATES with more details in paras 5-9)<br>By Kim Boram</p>${paragraphs}<p>brk@yna.co.kr<br>(END)</p>`;
    expect(extractArticle(page('', '', body), { url: URL }).authors).toEqual(['Kim Boram']);
  });
});

describe("authors: a name made only of a newsroom's and an interface's words is no person", () => {
  it.each(['All News', 'Agency Desk', 'News Desk', 'All Stories', 'Wire Desk'])(
    'drops %j',
    (label) => {
      expect(isPersonName(label, SITE)).toBe(false);
    },
  );

  it.each(['BBC News', 'MND Staff', 'Gear Team', 'Deutsche Welle News Desk'])(
    'keeps %j: a word of its own names the outlet or the person',
    (credit) => {
      expect(isPersonName(credit, SITE)).toBe(true);
    },
  );

  it('takes no author from "All News", a section label beside the date below the headline', () => {
    const header =
      '<p class="info-con"><span class="txt">All News</span> <span class="txt">10:47 December 01, 2026</span></p>';
    expect(authors('', header)).toEqual([]);
  });

  it('takes no author from a byline element crediting the "Agency Desk"', () => {
    const header =
      '<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/agency-desk/">Agency Desk</a></span></span> <time class="entry-date published" datetime="2026-12-03T14:22:00+03:00">December 3, 2026</time></div>';
    expect(authors('', header)).toEqual([]);
  });
});

describe("authors: a newsroom box's buttons, in the page's language, name no one", () => {
  it.each(['Alle Storys', 'Alle Artikel', 'Folgen', 'Abonnieren', 'Tous les articles', 'Suivre'])(
    'drops %j',
    (label) => {
      expect(isPersonName(label, SITE)).toBe(false);
    },
  );

  it('takes no author from a box marked as the author holding "Alle Storys" and "Folgen"', () => {
    const box =
      '<div class="story-linkbox-newsroom" id="author"><div class="logo"><a href="/nr/103258" title="Alle Storys"><img src="/logo.png" alt="Alle Storys"></a></div><a href="/nr/103258" class="to-newsroom">Alle Storys</a><div class="alert-area"><a href="#" class="btn cta">Folgen</a><div class="ui-overlay"><div class="ui-overlay-subtitle">Keine Story von Beispiel GmbH mehr verpassen.</div><form action="/alert"><input type="text" name="email"><a href="/abo#info">Warum muss ich meine Email-Adresse eingeben?</a></form></div></div></div>';
    const paragraphs = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    expect(authors('', '', paragraphs + box)).toEqual([]);
  });
});

describe("authors: a picture's caption below the headline is no name beside the date", () => {
  it("takes no author from a caption repeating the picture's alternative text", () => {
    const header =
      '<p class="event-date">15.11.2024</p><div class="main-image"><img src="/photo/1.jpg" alt="Posiedzenie Rady Ministrów"><p class="description">Posiedzenie Rady Ministrów</p></div>';
    expect(authors('', header)).toEqual([]);
  });

  it("still reads the name beside its portrait, linked to the author's page", () => {
    const header =
      '<p class="event-date">15.11.2024</p><div class="k1"><img src="/a/1.jpg" alt="Anna Berg"><a href="/autor/anna-berg">Anna Berg</a></div>';
    expect(authors('', header)).toEqual(['Anna Berg']);
  });
});

describe("authors: a byline-classed box holding a label and a category's link names no one", () => {
  it('takes no author from "Categoria" and the category\'s link', () => {
    const body = `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const html = `<!DOCTYPE html><html lang="pt-br"><head><meta charset="utf-8"><title>Governo lança programa de saúde</title></head><body>
<article><h1 class="documentFirstHeading">Governo lança programa de saúde</h1>
<div class="documentByLine"><span class="documentPublished">Publicado em 14/11/2024 18h22</span></div>
<div id="parent-fieldname-text">${body}</div>
<div id="category" class="documentByLine"><span>Categoria</span> <a href="/search?Subject=x">Saúde e Vigilância Sanitária</a></div>
</article></body></html>`;
    expect(extractArticle(html, { url: URL }).authors).toEqual([]);
  });
});

describe("authors: a Korean outlet or desk name then a reporter's name beside the date line names the reporter", () => {
  const KO_URL = 'https://news.example.kr/view.do?id=1';
  const PROSE =
    '<p>정부가 내년부터 청년 월세 지원 대상을 확대하고, 지원 기간도 12개월에서 24개월로 늘린다. 국토교통부는 15일 이런 내용을 담은 방안을 발표했다.</p><p>지원 금액은 월 최대 20만 원으로 유지하되, 지원 기간은 기존 12개월에서 24개월로 두 배 늘어난다. 이에 따라 지원 대상자는 최대 480만 원까지 월세를 지원받을 수 있게 된다.</p>';
  const koPage = (info: string) =>
    `<html lang="ko"><head><meta charset="utf-8"><title>청년 월세 지원 대상 확대</title></head><body><div class="k0"><h1>청년 월세 지원 대상 확대…지원 기간 24개월로 늘린다</h1><div class="k1">${info}</div><div class="k2">${PROSE}</div></div></body></html>`;
  const koAuthors = (info: string) => extractArticle(koPage(info), { url: KO_URL }).authors;

  it.each([
    ['<span>2024.11.15 11:00</span> <span>정책브리핑 김현주</span>', ['김현주']],
    ['<span>정치부 남궁민</span> <span>2024.11.15 11:00</span>', ['남궁민']],
    ['<span>2024.11.15 11:00</span> <span>연합뉴스 이영희</span>', ['이영희']],
  ])('reads %j as %j', (info, names) => {
    expect(koAuthors(info)).toEqual(names);
  });

  it.each([
    // Words that open with a surname's syllable but are no names, after a word that names no outlet.
    '<span>2024.11.15 11:00</span> <span>정렬 최신순</span>',
    '<span>2024.11.15 11:00</span> <span>행사 박람회</span>',
    // A name with no outlet or desk before it could be any word.
    '<span>2024.11.15 11:00</span> <span>김현주</span>',
    // No date line beside it.
    '<span>정책브리핑 김현주</span>',
  ])('reads no author from %j', (info) => {
    expect(koAuthors(info)).toEqual([]);
  });
});

describe("authors: a byline list whose items open with a label ending in a comma names the first item's values", () => {
  const outlet =
    '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":{"@type":"NewsMediaOrganization","name":"Beispiel News"}}</script>';
  const item = (label: string, value: string) =>
    `<li><span role="text"><span class="x1">${label}, </span>${value}</span></li>`;
  const byline = (...items: string[]) =>
    `<div data-testid="byline"><ul>${items.join('')}</ul></div>`;

  it.each([
    ['Author', 'Role', 'Reporting from'],
    ['Mwandishi', 'Nafasi', 'Akiripoti kutoka'],
    ['Marubuci', 'Aiki', 'Daga'],
  ])('reads the author, not the role, the place or the outlet declared (%s, %s, %s)', (a, r, p) => {
    const header = byline(item(a, 'Ambia Hirsi'), item(r, 'Beispiel Swahili'), item(p, 'Nairobi'));
    expect(authors(outlet, header)).toEqual(['Ambia Hirsi']);
  });

  it('reads each item labelled as the first: several authors', () => {
    const header = byline(
      item('Author', 'Ambia Hirsi'),
      item('Role', 'Beispiel Swahili'),
      item('Author', 'Jane Doe'),
      item('Role', 'Beispiel News'),
    );
    expect(authors(outlet, header)).toEqual(['Ambia Hirsi', 'Jane Doe']);
  });

  it('takes no full name before a comma for a label: the name stays', () => {
    const header = byline('<li><span>Jane Doe, </span>Reuters</li>');
    expect(authors(outlet, header)).toContain('Jane Doe');
  });
});

describe("authors and date: a <nav> below the headline showing the byline's line, no menu, is the article's", () => {
  const IN_URL = 'https://news.example.in/india/story-9123456';
  const navPage = (nav: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Winter session of Parliament begins on December 8</title></head><body><div class="hd"><h1>Winter session of Parliament begins on December 8</h1>${nav}</div><div class="content">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const read = (nav: string) => {
    const { authors, publishedAt } = extractArticle(navPage(nav), { url: IN_URL });
    return { authors, publishedAt };
  };

  it('reads the reporter, not the editor, and the date of the line', () => {
    const nav =
      '<nav class="pst-by"><ul><li>Reported by: <a href="/author/1">Akhilesh Sharma</a>, Edited by: <a href="/author/2">Vivek Rastogi</a></li><li>Dec 05, 2026 15:32 pm IST</li></ul></nav>';
    expect(read(nav)).toEqual({
      authors: ['Akhilesh Sharma'],
      publishedAt: '2026-12-05T15:32:00+05:30',
    });
  });

  it('reads no author from a menu of links there', () => {
    const nav =
      '<nav><ul><li><a href="/author/jane-doe">Jane Doe</a></li><li><a href="/india">India</a></li><li><a href="/world">World</a></li></ul></nav>';
    expect(read(nav).authors).toEqual([]);
  });
});

describe("authors: a byline's <time> right after the name's element is a field of its own, no part of the name", () => {
  const dated = (name: string, date: string) =>
    authors(
      '',
      `<div class="byline"><span>${name}</span><time datetime="2026-12-05">${date}</time></div>`,
    );

  it.each([
    ['Por Ana García', 'sábado, 5 de diciembre de 2026', ['Ana García']],
    ['By Jane Doe', '5 December 2026', ['Jane Doe']],
    // A staff credit ("By our correspondent") names no one, a date after it or not.
    ['Na Mwandishi Wetu', 'Jumamosi, Desemba 05, 2026', []],
  ])('reads %j before <time>%s</time> as %j', (name, date, names) => {
    expect(dated(name, date)).toEqual(names);
  });
});

describe("authors: the initials of the site's name, declared as the author, are the outlet", () => {
  const outletPage = (author: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hội thi giáo viên dạy giỏi | Báo Tuổi Trẻ</title>
<meta name="author" content="${author}"><meta property="og:site_name" content="TUOI TRE ONLINE"></head><body>
<h1>Hội thi giáo viên dạy giỏi</h1><div class="detail-author"><a class="name" href="/tac-gia/ngoc-an.htm">NGỌC AN</a></div>
<div class="detail-content">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const url = 'https://tuoitre.example.vn/hoi-thi-123.htm';

  it('gives the person the byline links to their page, not "TTO" of "Tuổi Trẻ Online"', () => {
    expect(extractArticle(outletPage('TTO'), { url }).authors).toEqual(['Ngọc An']);
  });

  it('keeps a declared person', () => {
    expect(extractArticle(outletPage('Ngọc An'), { url }).authors).toEqual(['Ngọc An']);
  });

  it("reads the site's name from the <title>'s part besides the headline too", () => {
    const page = outletPage('TTO')
      .replace('<meta property="og:site_name" content="TUOI TRE ONLINE">', '')
      .replace('| Báo Tuổi Trẻ', '- Tuổi Trẻ Online');
    expect(extractArticle(page, { url }).authors).toEqual(['Ngọc An']);
    // With no person named, the outlet's initials stay the credit.
    const alone = page.replace(/<div class="detail-author">.*?<\/div>/, '');
    expect(extractArticle(alone, { url }).authors).toEqual(['TTO']);
  });
});

describe("authors: a Chinese reporter's credit in a plain element beside the date below the headline", () => {
  const body = [
    '上海中心气象台6日15时发布今冬首个寒潮蓝色预警，预计受强冷空气影响，7日至8日本市最低气温将下降8至10摄氏度。',
    '气象部门提醒，市民需注意防寒保暖，农业、交通等部门应做好应对准备。8日早晨郊区最低气温可达零下2摄氏度，有冰冻。',
    '据了解，此次寒潮过程来势猛，降温幅度大，同时伴有6至7级偏北大风，沿江沿海地区阵风可达8级。',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('');
  it.each([
    ['<div><span>澎湃新闻记者 张静</span></div>', ['张静']],
    ['<div><span>记者 王明、李华</span></div>', ['王明', '李华']],
  ])('reads %s as the byline', (credit, names) => {
    const header = `${credit}<div><span>2026-12-06 15:32</span><span>来源：澎湃新闻</span></div>`;
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>上海发布今冬首个寒潮蓝色预警_澎湃新闻</title></head>
<body><div class="wrap"><h1>上海发布今冬首个寒潮蓝色预警</h1><div class="head">${header}</div><div class="content">${body}</div></div></body></html>`;
    expect(extractArticle(html, { url: 'https://www.news.example.cn/a/29000001' }).authors).toEqual(
      names,
    );
  });
});

describe("authors: a reporter the byline links to their author page wins over an outlet's source credit", () => {
  const body = (line: string) =>
    `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p><strong>${line}</strong></p>`;
  const linked = (name: string) => `<a href="/tac-gia/nguyen-van-an-12">${name}</a>`;

  it.each(['Theo TTXVN', 'Theo VOV', 'Nguồn: TTXVN', 'Theo Báo Điện tử Chính phủ'])(
    'names the reporter linked under the headline over %j closing the body',
    (line) => {
      const header = `<div class="meta"><span>${linked('Nguyễn Văn An')}</span> <span>06/12/2026 09:15</span></div>`;
      const article = extractArticle(page('', header, body(line)), { url: URL });
      expect(article.authors).toEqual(['Nguyễn Văn An']);
      expect(article.contentText).not.toContain(line);
    },
  );

  it('names the reporter linked after the body over "Theo VOV"', () => {
    const html = page('', '', body('Theo VOV')).replace(
      '</main>',
      `<div class="author-end">Tác giả: ${linked('Trần Thị Bình')}</div></main>`,
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Trần Thị Bình']);
  });

  it('keeps the source credited where no reporter is linked, the declared account aside', () => {
    const article = extractArticle(page(meta('Nguyễn Văn An'), '', body('Theo TTXVN')), {
      url: URL,
    });
    expect(article.authors).toEqual(['TTXVN']);
  });
});

describe('authors: a reporter the byline links to their author page wins over a wire agency declared as the author', () => {
  const header =
    '<div class="details__meta"><time>06/12/2026 19:20</time><div class="author"><a href="/author/minh-thu-126.vnp">Minh Thu</a></div></div>';

  it.each([
    ['an author meta tag', meta('TTXVN')],
    [
      'JSON-LD',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":{"@type":"Organization","name":"TTXVN"}}</script>',
    ],
  ])('names the reporter over %s naming the agency', (_, head) => {
    expect(authors(head, header)).toEqual(['Minh Thu']);
  });

  it('keeps the agency declared where no reporter is linked', () => {
    expect(authors(meta('TTXVN'))).toEqual(['TTXVN']);
  });
});

describe('authors: a wire agency, a slash and the outlet that ran its copy, closing the body', () => {
  const body = (line: string) =>
    `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right">${line}</p>`;

  it.each(['(TTXVN/Vietnam+)', 'TTXVN/Vietnam+', '(AFP/Vietnam+)'])(
    'credits the agency of %j, and takes the line out of the body',
    (line) => {
      const article = extractArticle(page('', '', body(line)), { url: URL });
      expect(article.authors).toEqual([line.replace(/[()]/g, '').split('/')[0]]);
      expect(article.contentText).not.toContain('Vietnam+');
    },
  );

  it('names the reporter the byline links to their author page over it', () => {
    const header = '<div class="author"><a href="/author/minh-thu-126.vnp">Minh Thu</a></div>';
    const article = extractArticle(page('', header, body('(TTXVN/Vietnam+)')), { url: URL });
    expect(article.authors).toEqual(['Minh Thu']);
  });
});

describe('authors: a region labelled by an element whose id says "byline" is the byline, its hidden label no name', () => {
  const outlet =
    '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":{"@type":"NewsMediaOrganization","name":"Beispiel News"}}</script>';
  const item = (label: string, value: string) =>
    `<li><span class="visually-hidden">${label}, </span><span>${value}</span></li>`;
  const region = (label: string, labelTag = 'p') =>
    `<section role="region" aria-labelledby="article-byline"><${labelTag} id="article-byline" class="visually-hidden">${label}</${labelTag}><ul>${item('Author', 'Ambia Hirsi')}${item('Role', 'Beispiel Swahili')}</ul></section>`;

  it.each([
    ['Article information', 'p'],
    ['Taarifa kuhusu makala', 'p'],
    ['Article information', 'h2'],
  ])('reads the list, not the label "%s" (%s)', (label, tag) => {
    expect(authors(outlet, region(label, tag))).toEqual(['Ambia Hirsi']);
  });

  it.each([
    ['the date alone', '<li><time datetime="2024-03-03">3 March 2024</time></li>'],
    ['nothing', '<li></li>'],
  ])('reads the list when an item holds %s, no label', (_what, extra) => {
    const html = region('Article information').replace('</ul>', `${extra}</ul>`);
    expect(authors(outlet, html)).toEqual(['Ambia Hirsi']);
  });

  it('keeps the list out of the body it opens when its labels are shown (hashed classes)', () => {
    const shown = region('Article information').replaceAll('visually-hidden', 'bbc-1qvyuwa');
    const body = shown + BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const article = extractArticle(page(outlet, '', body), { url: URL });
    expect(article.contentText).not.toContain('Ambia Hirsi');
    expect(article.contentText).toContain(BODY_PARAGRAPHS[0]);
  });

  it('keeps the list out of the body it opens', () => {
    const body = region('Article information') + BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const article = extractArticle(page(outlet, '', body), { url: URL });
    expect(article.authors).toEqual(['Ambia Hirsi']);
    expect(article.contentText).not.toContain('Ambia Hirsi');
    expect(article.contentText).not.toContain('Article information');
  });
});

describe("authors: a list whose items open with labels hidden for screen readers, ending in a comma, is a byline's fields", () => {
  const outlet =
    '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":{"@type":"NewsMediaOrganization","name":"Beispiel News"}}</script>';
  const item = (label: string, value: string, cls = 'visually-hidden') =>
    `<li><span class="${cls}">${label}, </span>${value}</li>`;
  const list = (...items: string[]) => `<div><ul role="list">${items.join('')}</ul></div>`;

  it('reads the author of an unmarked list of hidden labels (Author, Nafasi, Akiripoti kutoka)', () => {
    const header = list(
      item('Author', 'Yusuf Jumah'),
      item('Nafasi', 'Beispiel Swahili'),
      item('Akiripoti kutoka', 'Mombasa'),
    );
    expect(authors(outlet, header)).toEqual(['Yusuf Jumah']);
  });

  it('reads no list whose labels are all alike (a teaser list\'s "Video, ")', () => {
    const header = list(item('Video', 'Jane Doe'), item('Video', 'John Smith'));
    expect(authors(outlet, header)).toEqual(['Beispiel News']);
  });

  it('reads no list whose labels are shown', () => {
    const header = list(
      item('Author', 'Yusuf Jumah', 'k1'),
      item('Nafasi', 'Beispiel Swahili', 'k1'),
    );
    expect(authors(outlet, header)).toEqual(['Beispiel News']);
  });
});

describe('authors: Vietnamese degrees run together before the name in a byline element are no domain', () => {
  it.each(['PGS.TS NGUYỄN VĂN AN', 'ThS.BS Nguyễn Văn An'])('reads %j as the name', (byline) => {
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chuyển đổi số quốc gia - Tạp chí</title></head><body><h2>Chuyển đổi số quốc gia</h2><div class="author"><b>${byline}</b></div><div class="content">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractArticle(html, { url: 'https://tapchi.example.vn/a' }).authors).toEqual([
      'Nguyễn Văn An',
    ]);
  });

  it('still reads a domain as the outlet', () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chuyển đổi số quốc gia - Tạp chí</title></head><body><h2>Chuyển đổi số quốc gia</h2><div class="author"><b>VOV.VN</b></div><div class="content">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractArticle(html, { url: 'https://tapchi.example.vn/a' }).authors).not.toContain(
      'Vov.vn',
    );
  });
});

describe('authors: the Italian "a cura di" opens a byline line as "di" does', () => {
  it.each([
    '<div class="info"><span class="firma">A cura di Luca Verdi</span> | <span>5 dicembre 2026</span></div>',
    '<p class="firma">a cura di <a href="/autori/luca-verdi">Luca Verdi</a></p>',
  ])('reads the name of %j', (header) => {
    expect(authors('', header)).toEqual(['Luca Verdi']);
  });

  it('names no one in "A cura della Redazione"', () => {
    expect(authors('', '<p class="firma">A cura della Redazione</p>')).toEqual([]);
  });
});

describe("authors: a byline's part classed in another language as the place filed from", () => {
  const byline = (cls: string, place: string) =>
    `<div class="autor"><span class="firma">Luis Andrade</span> <span class="${cls}">${place}</span></div>`;

  it('leaves out the place: "lugar", "cidade", "ort"', () => {
    expect(authors('', byline('lugar', 'Madrid'))).toEqual(['Luis Andrade']);
    expect(authors('', byline('cidade', 'São Paulo'))).toEqual(['Luis Andrade']);
    expect(authors('', byline('ort', 'Berlin'))).toEqual(['Luis Andrade']);
  });
});

describe('authors: a wire agency typed as an Organization beside the reporters JSON-LD declares', () => {
  const jsonLd = (second: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ein Titel der Seite","author":[{"@type":"Person","name":"Paula Steiger"},{"@type":"Organization","name":"${second}"}]}</script>`;

  it('names both, as the news-metadata truth does ("Paula Steiger", "SDA")', () => {
    expect(authors(jsonLd('SDA'))).toEqual(['Paula Steiger', 'SDA']);
  });

  it('leaves out an Organization that is no agency (the publisher)', () => {
    expect(authors(jsonLd('Beispielzeitung'))).toEqual(['Paula Steiger']);
  });
});

describe('authors: "en" joins two names in a byline or meta tag on a Dutch or Afrikaans page only', () => {
  const byline = (lang: string, line: string) =>
    extractArticle(
      page('', `<span class="article__author">${line}</span>`).replace(
        '<html>',
        `<html lang="${lang}">`,
      ),
      { url: URL },
    ).authors;

  it.each(['nl', 'nl-BE', 'af'])('reads two authors on a page in %s', (lang) => {
    expect(byline(lang, 'Peter de Vries en Sanne Bakker')).toEqual([
      'Peter de Vries',
      'Sanne Bakker',
    ]);
  });

  it('keeps the Spanish "en" before a place one author', () => {
    expect(byline('es', 'Ana López en Buenos Aires')).toEqual(['Ana López']);
  });

  it.each(['nl', 'af'])('reads two authors from the author meta tag of a page in %s', (lang) => {
    const html = page(meta('Peter de Vries en Sanne Bakker')).replace(
      '<html>',
      `<html lang="${lang}">`,
    );
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Peter de Vries', 'Sanne Bakker']);
  });

  it.each(['nl', 'af'])('reads two authors from a JSON-LD author name of a page in %s', (lang) => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Een titel van de pagina","author":{"@type":"Person","name":"Peter de Vries en Sanne Bakker"}}</script>`;
    const html = page(ld).replace('<html>', `<html lang="${lang}">`);
    expect(extractArticle(html, { url: URL }).authors).toEqual(['Peter de Vries', 'Sanne Bakker']);
  });

  it('keeps a JSON-LD author name with the Spanish "en" one author', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Un título de la página","author":{"@type":"Person","name":"Ana López en Buenos Aires"}}</script>`;
    const html = page(ld).replace('<html>', '<html lang="es">');
    expect(extractArticle(html, { url: URL }).authors).not.toContain('Buenos Aires');
  });
});

describe('authors: a one-word name shown with its avatar beside the date below the headline is the author', () => {
  const line = (link: string) =>
    `<div class="flex items-center">${link}<span class="text-muted">&nbsp;on June  5, 2023</span></div>`;
  it('reads the pen name whose avatar carries it', () => {
    const header = line(
      '<a href="https://github.com/lishid"><img alt="Licat" src="/images/licat.png">Licat</a>',
    );
    expect(authors('', header)).toEqual(['Licat']);
  });
  it('does not read one word without its avatar, or beside another picture', () => {
    expect(authors('', line('<a href="/blog">Licat</a>'))).toEqual([]);
    expect(authors('', line('<a href="/blog"><img alt="Logo" src="/l.png">Licat</a>'))).toEqual([]);
  });
});

describe('authors: a sidebar opening with a lone "By" line names a one-author site\'s author when nothing else does', () => {
  const sidebarPage = (sidebar: string, header = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ein Titel der Seite</title></head><body>
<div id="Box"><div id="Sidebar">${sidebar}<ul><li><a href="/archive/">Archive</a></li><li><a href="/contact/">Contact</a></li></ul></div>
<div id="Main"><div class="article"><h1>Ein Titel der Seite</h1>${header}${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></div></body></html>`;
  const read = (sidebar: string, header?: string) =>
    extractArticle(sidebarPage(sidebar, header), { url: URL }).authors;
  it("reads the site's writer", () => {
    expect(read('<p>By <strong>John&nbsp;Gruber</strong></p>')).toEqual(['John Gruber']);
  });
  it("gives way to the article's own byline, and reads no line deeper in the sidebar", () => {
    expect(read('<p>By <strong>John Gruber</strong></p>', '<p>By Jane Miller</p>')).toEqual([
      'Jane Miller',
    ]);
    expect(read('<h3>Popular</h3><p>By <strong>John Gruber</strong></p>')).toEqual([]);
  });
});

describe("authors: a personal site's host spelling its author's name is no outlet's name", () => {
  const onHost = (host: string, author: string, siteName?: string) =>
    extractArticle(
      page(
        `<meta name="author" content="${author}">${siteName === undefined ? '' : `<meta property="og:site_name" content="${siteName}">`}`,
      ).replace('<meta property="og:site_name" content="Beispielzeitung">', ''),
      { url: `https://${host}/buy-wisely` },
    ).authors;

  it('reads the declared person whose name the host spells, the site named so or not at all', () => {
    expect(onHost('stephango.com', 'Steph Ango', 'Steph Ango')).toEqual(['Steph Ango']);
    expect(onHost('www.milanjovanovic.tech', 'Milan Jovanović')).toEqual(['Milan Jovanović']);
  });

  it("still reads no author where the name is an outlet's or the site names itself otherwise", () => {
    expect(onHost('www.dailymail.co.uk', 'Daily Mail')).toEqual([]);
    expect(onHost('www.drudgereport.com', 'Drudge Report')).toEqual([]);
    expect(onHost('www.seattletimes.com', 'Seattle Times')).toEqual([]);
    expect(onHost('www.lesechos.fr', 'Les Echos')).toEqual([]);
    expect(onHost('stephango.com', 'Steph Ango', 'Ango Media')).toEqual([]);
  });
});

describe('authors: a heading below the headline holding a linked name, a comma and the month is the byline', () => {
  it('reads the name', () => {
    expect(authors('', '<h3><a href="/about.htm">Ann Porter</a>, January 2020</h3>')).toEqual([
      'Ann Porter',
    ]);
  });
  it('does not read a heading that says more, or a name unlinked', () => {
    expect(authors('', '<h3><a href="/about.htm">Ann Porter</a>, the years in Rome</h3>')).toEqual(
      [],
    );
    expect(authors('', '<h3>Ann Porter, January 2020</h3>')).toEqual([]);
  });
});

describe('authors: a Chinese 作者 label and its colon before Han names is a byline line, no class needed', () => {
  const info = (credit: string) =>
    `<div class="info">2019-09-26 12:11<span>来源：证券时报网</span>${credit}</div>`;
  const read = (credit: string) =>
    extractArticle(page('', info(credit)), { url: 'http://kuaixun.example.com/2019/0926/1.shtml' })
      .authors;

  it.each([
    ['<span>作者：李在山</span>', ['李在山']],
    ['<span>作者:李在山</span>', ['李在山']],
    // Names parted by a space, a link after them on the line.
    ['<p>作者：余毅菁 向雪妮<a href="/">返回首页，查看更多</a></p>', ['余毅菁', '向雪妮']],
  ])('reads %s', (credit, names) => {
    expect(read(credit)).toEqual(names);
  });

  it('reads no placeholder: anonymous, the site, the admin', () => {
    for (const who of ['佚名', '本站', '管理员'])
      expect(read(`<span>作者：${who}</span>`)).toEqual([]);
  });
});

describe('authors: an author meta tag naming the Dublin Core publisher names the site, not a writer', () => {
  const head = (author: string) =>
    `${meta(author)}<meta name="DC.publisher" content="Ediciones Ejemplo">`;
  const byline =
    '<div class="firma"><a href="/autor/ana_ruiz/a/" rel="author">Ana Ruiz</a> / ' +
    '<a href="/autor/luis_gil/a/" rel="author">Luis Gil</a></div>';

  it('reads the byline instead', () => {
    expect(authors(head('Ediciones Ejemplo'), byline)).toEqual(['Ana Ruiz', 'Luis Gil']);
  });
  it('keeps a meta author who is a person', () => {
    expect(authors(head('Marta Soler'), byline)).toEqual(['Marta Soler']);
  });
});

describe('authors: a Chinese placeholder for no author names no one, wherever it stands', () => {
  const read = (header: string) =>
    extractArticle(page('', header), { url: 'http://www.example.gov.cn/news/1.html' }).authors;

  it.each(['佚名', '本站', '管理员', '小编', '编辑部', '未知'])(
    'reads no author from an author element saying %s',
    (who) => {
      expect(read(`<span class="author">作者：${who}</span>`)).toEqual([]);
      expect(read(`<div class="author">${who}</div>`)).toEqual([]);
    },
  );

  it('reads the name an author element gives', () => {
    expect(read('<span class="author">作者：李在山</span>')).toEqual(['李在山']);
  });
});

describe('authors: a Chinese closing credit labelled 采写 or 撰文, its names parted by spaces, names each reporter', () => {
  const ZH = [
    '广州地铁十一号线已完成全部车站的装修工程，预计年底前开通初期运营，全长约44.2公里。',
    '十一号线是广州首条地铁环线，全线设32座车站，其中换乘站多达23座，可与多条既有线路换乘。',
  ];
  it.each([
    ['采写：南都记者 余毅菁 向雪妮', ['余毅菁', '向雪妮']],
    ['采写：南都记者 余毅菁、向雪妮', ['余毅菁', '向雪妮']],
    ['撰文：记者 余毅菁', ['余毅菁']],
    ['文：记者 余毅菁 向雪妮', ['余毅菁', '向雪妮']],
  ])('reads %j closing the text, and leaves it out of the body', (credit, names) => {
    const body = `<p>${ZH[0]}</p><p>${ZH[1]}</p><p>${ZH[0]}</p><p>${credit}</p>`;
    const article = extractArticle(page('', '', body), { url: URL });
    expect(article.authors).toEqual(names);
    expect(article.contentText).not.toContain('记者');
  });

  it("reads no report's word after the names as a name", () => {
    expect(cleanAuthors('记者 余毅菁 报道')).not.toContain('报道');
  });
});

describe('authors: a closing sign-off and a name alone after it sign the article on a page naming no author', () => {
  const letter = (signOff: string, name: string, head = '') =>
    extractArticle(
      page(
        `<meta property="og:site_name" content="${name}">${head}`,
        '',
        `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${signOff}</p><p>${name}</p>`,
      ),
      { url: URL },
    );
  it.each([
    ['Respectfully,', 'Dalton Caldwell'],
    ['Sincerely,', 'Dalton Caldwell'],
    ['Mit freundlichen Grüßen', 'Georg Blume'],
    ['Cordialement,', 'Marie Dupont'],
  ])('reads the name after %j as the author, and keeps both lines in the body', (signOff, name) => {
    const article = letter(signOff, name);
    expect(article.authors).toEqual([name]);
    expect(article.contentText.endsWith(`${signOff}\n\n${name}`)).toBe(true);
  });

  it('leaves the author the page declares', () => {
    expect(letter('Respectfully,', 'Dalton Caldwell', meta('Anna Schmidt')).authors).toEqual([
      'Anna Schmidt',
    ]);
  });
});

describe("authors: a Chinese byline labelled 文 and a bar, the site's name or 记者 before the reporter's, names the reporter", () => {
  it.each([
    '文｜财新 余聪',
    '文|财新 余聪',
    '作者｜财新 余聪',
    '文：记者 余聪',
    '文｜财新记者 余聪',
  ])('reads %j as the reporter alone', (line) => {
    const header = `<div class="artInfo">${line} <!-- tt.e --><br><span>2023年09月26日 17:22</span></div>`;
    const head = '<meta property="og:site_name" content="财新网">';
    const html = page(head, header).replace('content="Beispielzeitung"', 'content="财新网"');
    expect(extractArticle(html, { url: URL }).authors).toEqual(['余聪']);
  });
});

describe('authors: a Chinese byline labelled 文, the outlet and 记者 in one word before the reporter, or set in a box classed as the byline, names the reporter', () => {
  const head = '<meta property="og:site_name" content="财新网">';
  const at = (header: string) =>
    extractArticle(page(head, header).replace('content="Beispielzeitung"', 'content="财新网"'), {
      url: URL,
    }).authors;

  it.each(['文 | 澎湃新闻记者 余聪', '文｜第一财经记者 余聪', '作者：南方都市报记者 余聪'])(
    'reads %j as the reporter alone',
    (line) => {
      expect(at(`<div class="artInfo">${line}<br><span>2023年09月26日 17:22</span></div>`)).toEqual(
        ['余聪'],
      );
    },
  );

  it.each(['文｜财新 余聪', '文 | 澎湃新闻记者 余聪'])('reads %j in a byline box', (line) => {
    expect(at(`<p class="byline">${line}</p><p class="date">2023年09月26日 17:22</p>`)).toEqual([
      '余聪',
    ]);
  });
});

describe("authors: a podcast or radio episode's JSON-LD author, on a page declaring no article, is the author", () => {
  const EPISODE = 'https://radio.example.org/shows/weekly/why-cities-flood';
  const page = (
    type: string,
    more = '',
  ) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Why cities flood - The Weekly Show</title>
<script type="application/ld+json">{"@type":"${type}","name":"Why cities flood","datePublished":"2024-03-05","author":{"@type":"Person","name":"Maria Keller"}}</script>${more}
</head><body><main><h1>Why cities flood</h1><div class="episode-body">
<p>In this episode we ask engineers and residents why so many cities keep flooding each spring, even after decades of spending on levees and drains.</p>
<p>Our guests explain how paving over wetlands sends rain straight into streets, and why older sewer systems cannot carry what storms now bring.</p>
</div></main></body></html>`;

  it.each(['PodcastEpisode', 'RadioEpisode', 'Episode'])('reads the author of a %s', (type) => {
    expect(extractArticle(page(type), { url: EPISODE }).authors).toEqual(['Maria Keller']);
  });

  it('reads the article, not an episode it embeds, when the page declares both', () => {
    const article =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jon Berg"}}</script>';
    expect(extractArticle(page('PodcastEpisode', article), { url: EPISODE }).authors).toEqual([
      'Jon Berg',
    ]);
  });
});

describe("authors: an element classed as the editor's name (`editor-name`) in the box under the headline is the byline", () => {
  const box = (cls: string) =>
    `<div class="editorbox"><span class="${cls}">Sumon Ghosh</span><span class="editor-place">Kolkata</span></div>`;

  it.each(['editor-name', 'editor_name', 'editorName'])('reads the name in a %s', (cls) => {
    expect(authors('', box(cls))).toEqual(['Sumon Ghosh']);
  });

  it("takes a name in an editor's pick box for no author", () => {
    const picks =
      '<div class="editors-pick"><span class="editors-pick-name">Sumon Ghosh</span></div>';
    expect(authors('', picks)).toEqual([]);
  });
});

describe('authors: a Chinese 作者 line naming the magazine in 《》 and 记者 before the reporter names the reporter', () => {
  it('reads "作者：《中国企业家》记者 林涛" opening the body as 林涛', () => {
    const body = `<p>作者：《中国企业家》记者 林涛</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(authors('', '', body)).toEqual(['林涛']);
  });

  it('takes that line, the reporter named after the magazine and 记者, out of the body', () => {
    const body = `<p>作者：《中国企业家》记者 林涛</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const { contentText } = extractArticle(page('', '', body), { url: URL });
    expect(contentText).not.toContain('中国企业家');
    expect(contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
  });
});

describe('authors: the asker named on a question-and-answer page is no author', () => {
  it.each([
    '<div class="asker"><span>Người hỏi:</span> <b>Nguyễn Văn Hưng</b> - <span>Xã Hợp Thành</span> | <span>Ngày gửi:</span> 02/12/2024</div>',
    '<div class="asker"><span>Asked by:</span> <b>Maria Lopez</b> | <span>12/02/2024</span></div>',
    '<p><span>Frage von</span> <strong>Jan Ruf</strong> | <span>02.12.2024</span></p>',
  ])('names no one in %s', (header) => {
    expect(authors('', header)).toEqual([]);
  });

  it('still reads a name beside the date line after another label', () => {
    const header = '<div class="meta"><span>Tác giả:</span> <b>Minh Châu</b> | 02/12/2024</div>';
    expect(authors('', header)).toEqual(['Minh Châu']);
  });
});

describe('authors: a one-word section before a spaced separator in a byline is no name', () => {
  it.each([
    ['Politik · Anna Berg, Jan Kowalski', ['Anna Berg', 'Jan Kowalski']],
    ['Kultur | Eva Schmidt', ['Eva Schmidt']],
    ['Wirtschaft • Paul Meier, Lena Vogt', ['Paul Meier', 'Lena Vogt']],
  ])('reads %j as the names after the section', (line, names) => {
    expect(authors('', `<div class="article__author">${line}</div>`)).toEqual(names);
  });

  it('keeps a name joined by a middle dot without spaces, as a transcription writes it', () => {
    expect(cleanAuthors('约翰·史密斯')).toEqual(['约翰·史密斯']);
  });
});

describe("authors: an author's label after another field of the line opens the byline there", () => {
  it.each([
    '<span class="issue">Quarterly Journal #131 - February 2016 + Programming Topics</span>&nbsp;&nbsp;Author: <a href="mailto:">Andrew Sutton</a>',
    '<span>Ausgabe 4/2016 · Technik</span> Autorin: <strong>Anna Berg</strong>',
  ])('reads the name after the label in %j', (line) => {
    const name = line.includes('Berg') ? 'Anna Berg' : 'Andrew Sutton';
    expect(authors('', `<div class="journal-sub">${line}</div>`)).toEqual([name]);
  });

  it('leaves a picture credited "by" after its label', () => {
    expect(
      authors('', '<div class="credit"><span>Photo</span> by <a href="/p/jd">Jane Doe</a></div>'),
    ).toEqual([]);
  });
});

describe('authors: a name with letters of a script without case keeps the case of its Latin letters', () => {
  const byline = (by: string) =>
    extractArticle(
      `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>新しい記事の見出し</title></head><body><main><h1>新しい記事の見出し</h1><p class="author">${by}</p><div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`,
      { url: 'https://news.example.jp/a/1.html' },
    ).authors;

  it.each([
    ['XYZ編集部', 'XYZ編集部'],
    ['QRS取材班', 'QRS取材班'],
  ])('keeps %j as written', (by, name) => {
    expect(byline(by)).toEqual([name]);
  });

  it('still reads a name in Latin capitals in title case', () => {
    expect(byline('ANNA BERG')).toEqual(['Anna Berg']);
  });
});

describe("authors: a Japanese credit's 文 mark and the editorial desk after the name are no part of it", () => {
  it.each([
    ['文●カワムラ／XYZ編集部', 'カワムラ'],
    ['文◎山口花子', '山口花子'],
    ['文●佐藤一郎（XYZ編集部）', '佐藤一郎'],
    ['文：佐藤一郎／XYZ編集部', '佐藤一郎'],
  ])('reads %j as %j', (line, name) => {
    expect(parseByline(line)).toEqual([name]);
  });

  it('keeps a desk named alone, and 文 before a picture credit reads no name', () => {
    expect(parseByline('文/图')).toBeNull();
    expect(parseByline('佐藤（東京）')).toBeNull();
  });
});

describe('authors: a line of the byline crediting the translator alone names no author', () => {
  it.each([
    'TEXT BY JANE MARLOWE<br>TRANSLATION BY KENJI ODA',
    'Text by Jane Marlowe<br>Translated by Kenji Oda',
  ])('reads the author alone in %j', (credit) => {
    expect(authors('', `<p class="post-credit" itemprop="author">${credit}</p>`)).toEqual([
      'Jane Marlowe',
    ]);
  });
});

describe('authors: a byline list marking each author with rel="author" names one in each, not its pop-up card', () => {
  const card = (first: string) =>
    `<div class="author-overlay"><a class="close" href="#">Close</a><div class="author-meta"><a href="https://twitter.com/x">Follow on Twitter</a></div><div class="author-meta"><a href="/author/${first}">More from ${first}</a></div></div>`;

  it('reads the three names, without the card\'s "Close" and "More from …"', () => {
    const header = `<ul class="authors"><li><div rel="author" class="author has-bio"><span class="by-text">By</span> Anna Berger </div>${card('Anna')}</li><li><div rel="author" class="author has-bio">Karl Huber </div>${card('Karl')}</li><li><div rel="author" class="author">JONAS WEBER</div></li></ul>`;
    expect(authors('', header)).toEqual(['Anna Berger', 'Karl Huber', 'Jonas Weber']);
  });
});

describe('authors: a byline listing "Surname, First" names with commas is grouped as the declared names', () => {
  const page = (line: string) =>
    buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/tin/a.html"><script type="application/ld+json">${JSON.stringify(
        {
          '@type': 'NewsArticle',
          headline: 'Tổng kết cải cách hành chính năm 2023',
          author: [
            { '@type': 'Person', name: 'Anna Berg' },
            { '@type': 'Person', name: 'Jan Ruf' },
          ],
        },
      )}</script>`,
      tail: line,
    });

  it('reads "Berg, Anna, Ruf, Jan" closing the body as Anna Berg and Jan Ruf', () => {
    expect(extractArticle(page('<p><strong>Berg, Anna, Ruf, Jan</strong></p>')).authors).toEqual([
      'Anna Berg',
      'Jan Ruf',
    ]);
  });

  it('does not put the declared names for a closing byline of other words', () => {
    expect(
      extractArticle(page('<p><strong>Berg, Anna, Ruf, Eva</strong></p>')).authors,
    ).not.toEqual(['Anna Berg', 'Jan Ruf']);
  });
});

describe('authors: a microdata or RDFa author whose name is given only in a <meta> of its scope', () => {
  it.each([
    [
      'microdata',
      '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Anna Berg"></span>',
    ],
    [
      'RDFa',
      '<span property="author" typeof="Person"><meta property="name" content="Anna Berg"></span>',
    ],
  ])('takes the name of a %s author from its <meta>', (_what, scope) => {
    const header = `<div itemscope itemtype="https://schema.org/NewsArticle">${scope}</div>`;
    expect(authors('', header)).toEqual(['Anna Berg']);
  });

  it("reads no <meta> name of a listed story's author as the page's", () => {
    const header =
      '<ul itemscope itemtype="https://schema.org/ItemList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/NewsArticle"><a href="/b.html">Ein anderer Artikel hier</a><span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Anna Berg"></span></li></ul>';
    expect(authors('', header)).toEqual([]);
  });

  it("reads no <meta> name of another item's scope (a publisher's) as an author", () => {
    const header =
      '<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Anna Berg"></span>';
    expect(authors('', header)).toEqual([]);
  });
});
