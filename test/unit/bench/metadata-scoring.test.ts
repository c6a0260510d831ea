import { describe, expect, it } from 'vitest';
import {
  authorsMatch,
  dateMatches,
  foldName,
  leadMatches,
  normalizeTitle,
  readWrittenDate,
  splitByline,
  titleMatches,
} from '../../../bench/extraction/metadata-scoring.ts';
import { judgePage, summarizeMetadata } from '../../../bench/extraction/news-summary.ts';
import { scoredText } from '../../../bench/extraction/run.ts';

describe('normalizeTitle and titleMatches', () => {
  it('treats typographic quotes, dashes and runs of spaces as their plain forms', () => {
    expect(normalizeTitle('„Golf“ – ein\u00A0 ‘Name’ ')).toBe('"Golf" - ein \'Name\'');
    expect(titleMatches('Kalifat-Rufe: “Sanft”', 'Kalifat-Rufe:  "Sanft"')).toBe(true);
  });

  it('keeps case and words: a different or missing title is a miss', () => {
    expect(titleMatches('Golf von Amerika', 'golf von amerika')).toBe(false);
    expect(titleMatches('Golf von Amerika', 'Golf von Amerika | Sport')).toBe(false);
    expect(titleMatches('Golf von Amerika', null)).toBe(false);
  });

  it('composes decomposed letters (NFKC) before comparing', () => {
    expect(titleMatches('Việt Nam', 'Vie\u0302\u0323t Nam')).toBe(true);
  });
});

describe('foldName and authorsMatch', () => {
  it('folds case, diacritics and the Vietnamese đ', () => {
    expect(foldName('  ĐỖ  Huy ')).toBe('do huy');
    expect(foldName('André Schmidt')).toBe('andre schmidt');
  });

  it('compares authors as sets, in any order', () => {
    expect(authorsMatch(['Anna Fink', 'Jan Marchart'], ['jan marchart', 'Anna Fink'])).toBe(true);
    expect(authorsMatch(['Anna Fink', 'Jan Marchart'], ['Anna Fink'])).toBe(false);
    expect(authorsMatch(['Anna Fink'], ['Anna Fink', 'Topics'])).toBe(false);
  });

  it('counts no author as right only when the truth names none', () => {
    expect(authorsMatch([], [])).toBe(true);
    expect(authorsMatch([], ['jdadmin'])).toBe(false);
    expect(authorsMatch(['Anna Fink'], [])).toBe(false);
  });
});

describe('readWrittenDate', () => {
  it('reads the truth format with microseconds and offset, and ISO with T', () => {
    expect(readWrittenDate('2024-05-03 15:47:42.389000+00:00')).toEqual({
      wallMillis: Date.UTC(2024, 4, 3, 15, 47, 42, 389),
      offsetMinutes: 0,
    });
    expect(readWrittenDate('2024-05-03T17:47:42-05:30')?.offsetMinutes).toBe(-330);
  });

  it('keeps a date without an offset as wall time, and reads other forms via Date.parse', () => {
    expect(readWrittenDate('2024-05-03 08:00:00')?.offsetMinutes).toBeNull();
    expect(readWrittenDate('Fri, 03 May 2024 15:47:42 GMT')?.wallMillis).toBe(
      Date.UTC(2024, 4, 3, 15, 47, 42),
    );
    expect(readWrittenDate('not a date')).toBeNull();
    expect(readWrittenDate(null)).toBeNull();
  });
});

describe('dateMatches', () => {
  it('counts the same instant written in another offset as right', () => {
    expect(dateMatches('2024-05-03 15:47:42+00:00', '2024-05-03T17:47:00+02:00')).toEqual({
      day: true,
      instant: true,
    });
  });

  it('gets the day right and the instant wrong when the zone is wrong', () => {
    // 15:48 on a +02:00 site read as UTC: two hours off, same calendar day.
    expect(dateMatches('2024-05-03 15:48:00+02:00', '2024-05-03T15:48:00+00:00')).toEqual({
      day: true,
      instant: false,
    });
  });

  it('judges the day on the truth’s clock: 23:30 UTC is the next day in Berlin', () => {
    expect(dateMatches('2024-05-04 01:30:00+02:00', '2024-05-03T23:30:00Z')).toEqual({
      day: true,
      instant: true,
    });
    expect(dateMatches('2024-05-04 01:30:00+02:00', '2024-05-03T01:30:00+02:00').day).toBe(false);
  });

  it('allows 60 seconds and no more', () => {
    const truth = '2024-05-03 15:47:00+00:00';
    expect(dateMatches(truth, '2024-05-03T15:48:00Z').instant).toBe(true);
    expect(dateMatches(truth, '2024-05-03T15:48:01Z').instant).toBe(false);
  });

  it('compares wall clocks when the truth states no offset', () => {
    expect(dateMatches('2024-05-03 15:47:00', '2024-05-03T15:47:00+09:00').instant).toBe(true);
  });

  it('is wrong on both counts without an extracted date', () => {
    expect(dateMatches('2024-05-03 15:47:00+00:00', null)).toEqual({ day: false, instant: false });
  });
});

describe('leadMatches', () => {
  it('counts both absent as right, one absent as wrong', () => {
    expect(leadMatches(null, null)).toBe(true);
    expect(leadMatches(null, 'A description the page does not show.')).toBe(false);
    expect(leadMatches('The standfirst of the article.', null)).toBe(false);
  });

  it('ignores punctuation and spacing but not different words', () => {
    const truth = 'Viele Eltern schickten ihre Kinder am Montag nicht in die Schule.';
    expect(
      leadMatches(truth, 'Viele Eltern schickten ihre Kinder am Montag nicht in die Schule'),
    ).toBe(true);
    expect(leadMatches(truth, 'Alle lesen hier die neuesten Nachrichten aus der Region.')).toBe(
      false,
    );
  });
});

describe('splitByline', () => {
  it('reads Readability’s one-string byline as a list of names', () => {
    expect(splitByline('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('Anna Fink, Jan Marchart & Birgit Baumann')).toEqual([
      'Anna Fink',
      'Jan Marchart',
      'Birgit Baumann',
    ]);
    expect(splitByline(null)).toEqual([]);
  });
});

describe('scoredText', () => {
  const metadata = {
    title: 'T',
    authors: [],
    published: null,
    lead: 'The lead.',
    leadOutsideText: true,
  };

  it('puts a separately kept lead before the body when the truth body starts with it', () => {
    expect(scoredText({ text: 'Body.', metadata }, true)).toBe('The lead.\n\nBody.');
    expect(scoredText({ text: 'Body.', metadata }, false)).toBe('Body.');
  });

  it('scores once a separately kept lead that is also the body’s first paragraph', () => {
    const text = 'The lead.\n\nBody.';
    expect(scoredText({ text, metadata }, true)).toBe(text);
  });

  it('scores once a lead the body shows after a kicker line', () => {
    const text = 'Kicker\n\nThe lead.\n\nBody.';
    expect(scoredText({ text, metadata }, true)).toBe(text);
  });

  it('leaves a body that already holds its lead as it is', () => {
    const inside = { ...metadata, leadOutsideText: false };
    expect(scoredText({ text: 'The lead. Body.', metadata: inside }, true)).toBe('The lead. Body.');
  });
});

describe('judgePage and summarizeMetadata', () => {
  const truth = {
    title: 'Golf von Nordamerika',
    authors: ['Anne-Marie Slaughter'],
    published: '2025-06-05 14:46:12+02:00',
    lead: null,
  };

  it('judges each field of a page', () => {
    expect(
      judgePage(truth, {
        title: 'Golf von Nordamerika',
        authors: ['ANNE-MARIE SLAUGHTER'],
        published: '2025-06-05T12:46:12Z',
        lead: 'A meta description.',
        leadOutsideText: true,
      }),
    ).toEqual({ title: true, authors: true, day: true, instant: true, lead: false });
  });

  it('counts every field of a rejected page as wrong and lists the rejection with its reason', () => {
    const summary = summarizeMetadata(new Map([['at-a', truth]]), [
      { id: 'at-a', error: 'NotAnArticleError(too-short)' },
    ]);
    expect(summary.rejected).toEqual([{ id: 'at-a', reason: 'NotAnArticleError(too-short)' }]);
    expect(summary.accuracy).toEqual({ title: 0, authors: 0, day: 0, instant: 0, lead: 0 });
  });

  it('gives shares over all pages', () => {
    const summary = summarizeMetadata(
      new Map([
        ['a', truth],
        ['b', truth],
      ]),
      [
        {
          id: 'a',
          metadata: {
            title: 'Golf von Nordamerika',
            authors: [],
            published: null,
            lead: null,
            leadOutsideText: true,
          },
        },
        { id: 'b', error: 'null (no article found)' },
      ],
    );
    expect(summary.pages).toBe(2);
    expect(summary.accuracy).toEqual({ title: 0.5, authors: 0, day: 0, instant: 0, lead: 0.5 });
  });
});
