import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../../../shared/extract/dates.ts';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.com/uk/2026/nov/27/bridge-closed';

const PARAGRAPHS = [
  'The council voted on Monday to close the old bridge to all traffic after engineers found serious cracks in two of its supports.',
  'Repairs are expected to take at least eighteen months and will cost about four million pounds, officials said on Tuesday.',
  'Residents will have to use a detour of about six miles, which the council admits will add time to many journeys.',
];

function page(dateLine: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge closed after cracks found</title></head>
<body><article><h1>Bridge closed after cracks found</h1>${dateLine}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

describe('rule: a date labelled as the first publication is the publication, the date shown before it the update', () => {
  it('reads "First published on …" after the latest time as the publication', () => {
    const line =
      '<details class="dateline"><summary>Fri 27 Nov 2026 10.58 GMT</summary><span>First published on Fri 27 Nov 2026 09.12 GMT</span></details>';
    const article = extractArticle(page(line), { url: URL });
    expect(article.publishedAt).toBe('2026-11-27T09:12:00+00:00');
    expect(article.modifiedAt).toBe('2026-11-27T10:58:00+00:00');
  });

  it.each([
    ['Originally published 27 November 2026, 09:12 GMT', '2026-11-27T09:12:00+00:00'],
    ['Erstmals veröffentlicht am 27.11.2026 um 09:12 Uhr', '2026-11-27T09:12:00+00:00'],
    ['Publié initialement le 27 novembre 2026 à 09h12', '2026-11-27T09:12:00+00:00'],
    ['Publicado originalmente el 27 de noviembre de 2026, 09:12', '2026-11-27T09:12:00+00:00'],
  ])('reads the first publication from a date line in any language: %j', (label, published) => {
    const line = parseDateLine(`27.11.2026 10:58 ${label}`, 'UTC');
    expect(line.published).toBe(published);
    expect(line.modified).toBe('2026-11-27T10:58:00+00:00');
  });

  it('leaves a date line with one date as it reads', () => {
    const line = parseDateLine('Published 27 November 2026, 09:12 GMT', 'UTC');
    expect(line.published).toBe('2026-11-27T09:12:00+00:00');
    expect(line.modified).toBeNull();
  });
});
