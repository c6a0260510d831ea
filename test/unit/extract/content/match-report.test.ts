import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { removeMatchFurniture } from '../../../../shared/extract/content/match-report.ts';
import { extractArticle } from '../../../../shared/extract/index.ts';

const REPORT = [
  'Mia Keller scored twice in the second half as Rovers came from behind to beat City and move three points clear at the top of the table.',
  'City had led at the break through a header from their captain, but Rovers pressed higher after the interval and were rewarded within ten minutes.',
  '"We never stopped believing, and the crowd carried us over the line," the Rovers manager said afterwards.',
];

/** A match report as sports platforms build it: its parts set around the report's text. */
const matchPage = (above: string, below: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Rovers 2-1 City: Keller double sends Rovers clear</title></head><body><nav><a href="/">Home</a><a href="/football">Football</a></nav><article>${above}<header><h1>Rovers 2-1 City: Keller double sends Rovers clear</h1></header>${REPORT.map((p) => `<div data-component="text-block"><p>${p}</p></div>`).join('')}${below}</article></body></html>`;

const bodyOf = (above: string, below = '', lang = 'en') =>
  extractArticle(matchPage(above, below, lang), {
    url: 'https://www.example.com/sport/football/articles/c4gz8k',
  }).contentText;

const SCOREBOARD =
  '<div class="head-to-head"><div class="team"><span class="name">Rovers</span><span class="score">2</span></div><div class="team"><span class="score">1</span><span class="name">City</span></div><div class="status">FT</div><ul><li>Keller (58\')</li><li>Keller (90+3\')</li></ul><ul><li>Osei (31\')</li></ul><p>Venue: Riverside Park</p></div>';

describe("a match report's scoreboard above its headline is no body text", () => {
  it('leaves out the teams, their scores, the scorers and the venue', () => {
    expect(bodyOf(SCOREBOARD).split('\n\n')).toEqual(REPORT);
  });

  it("keeps a box above the headline whose numbers are links' counts (a tag's stories)", () => {
    const $ = load(
      '<article><div class="hero"><p>Keller celebrates her second goal.</p><ul><li><a href="/tag/rovers">Rovers <span>398</span></a></li><li><a href="/tag/city">City <span>253</span></a></li></ul></div><h1>Rovers 2-1 City</h1></article>',
    );
    const removed: string[] = [];
    removeMatchFurniture(
      $('article').get(0) as Element,
      (_el, rule) => removed.push(rule),
      new Set(),
    );
    expect(removed).toEqual([]);
  });

  it('keeps numbers in boxes of their own below the headline: a ranked list of the report', () => {
    const ranked =
      '<h2>The table after 14 games</h2><ol><li><span>1</span> Rovers, 34 points</li><li><span>2</span> City, 31 points</li><li><span>3</span> United, 27 points</li></ol>';
    expect(bodyOf('', ranked)).toContain('Rovers, 34 points');
  });
});

describe('the line-ups or the statistics closing a match report are no body text', () => {
  const team = (name: string, players: string[]) =>
    `<div class="lineup"><h3>${name}</h3><p>Formation 4-3-3</p><ul>${players.map((p, i) => `<li><span>${i + 1}</span> ${p}</li>`).join('')}</ul><h4>Substitutes</h4><ul><li>Brandt</li><li>Okafor</li></ul></div>`;
  const lineups = (label: string) =>
    `<section><h2>${label}</h2>${team('Rovers', ['Hale', 'Moreno', 'Keller'])}${team('City', ['Osei', 'Lind', 'Park'])}<p>Referee: Tom Ames. Attendance: 31,204</p></section>`;

  it.each([
    ['Line-ups', 'en'],
    ['Aufstellungen', 'de'],
    ['Đội hình ra sân', 'vi'],
  ])('leaves out a section headed %j of the teams and their players', (label, lang) => {
    expect(bodyOf('', lineups(label), lang).split('\n\n')).toEqual(REPORT);
  });

  it('leaves out the match statistics set as terms and values', () => {
    const stats =
      '<section><h2>Match stats</h2><dl><dt>Possession</dt><dd>Rovers 58%</dd><dd>City 42%</dd><dt>Shots on target</dt><dd>Rovers 7</dd><dd>City 3</dd></dl></section>';
    expect(bodyOf('', stats).split('\n\n')).toEqual(REPORT);
  });

  it('keeps a section under such a heading that tells of the teams in sentences', () => {
    const told =
      '<h2>Line-ups</h2><p>The Rovers manager kept faith with the side that won last week, with Moreno back in midfield after his suspension and Keller preferred on the left.</p>';
    expect(bodyOf('', told)).toContain('kept faith with the side');
  });

  it("keeps a line-up written as a paragraph of the report's text", () => {
    const line =
      '<p>Aufstellung: Hale – Moreno, Lind, Brandt, Okafor – Keller, Park, Osei (78. Ames).</p>';
    expect(bodyOf('', line, 'de')).toContain('Aufstellung: Hale – Moreno');
  });
});
