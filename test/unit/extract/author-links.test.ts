import { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAuthorPageLink,
  leadsToAuthorPage,
  mayLeadToAuthorPage,
} from '../../../shared/extract/author-links.ts';

function link(href: string): Element {
  return new Element('a', { href });
}

/**
 * Pieces of addresses: author segments' words in any case, other words, separators, characters
 * URL parsing drops, encodes or reads as a separator (tab, line break, `\`, `%`, `İ`, the
 * Kelvin sign, `ſ`), dot segments, schemes and hosts.
 */
const PIECES = [
  'author',
  'AUTOR',
  'Autoren',
  'av',
  'aV',
  'AVTOR',
  'nav',
  'java',
  'avatar',
  'tac-gia',
  'Staff',
  'journalist',
  'byline',
  'yazar',
  'a',
  'uthor',
  'au',
  'tor',
  'jane-doe',
  'Jane',
  '1162',
  '2012-06',
  '01',
  'content_1.htm',
  '.html',
  '-',
  '/',
  '//',
  '\\',
  '..',
  '.',
  '%2e',
  '%41',
  '\t',
  '\n',
  '\r',
  ' ',
  'é',
  'İ',
  '\u212a',
  'ſ',
  '?',
  '#',
  ':',
  ';',
  '?q=author',
  '#author',
  'https://',
  'http://author.example',
  'javascript:',
  'mailto:',
];

const href = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

describe('isAuthorPageLink', () => {
  it('answers as the address parsed whole, for any address', () => {
    fc.assert(
      fc.property(href, (h) => {
        expect(isAuthorPageLink(link(h))).toBe(h !== '' && leadsToAuthorPage(h));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes an author page, and no other link', () => {
    expect(isAuthorPageLink(link('/autoren/name/max-kolter'))).toBe(true);
    expect(isAuthorPageLink(link('https://x.example/AV/viktor-hedlund'))).toBe(true);
    expect(isAuthorPageLink(link('/au\nthor/jane'))).toBe(true);
    expect(isAuthorPageLink(link('/author-Jane-Doe-123.cms'))).toBe(true);
    expect(isAuthorPageLink(link('/journalist/2012-06/01/content_1.htm'))).toBe(false);
    expect(isAuthorPageLink(link('/news/politics/story'))).toBe(false);
  });
});

describe('mayLeadToAuthorPage: the look that spares most links URL parsing', () => {
  /** Addresses around "av": what may set a segment apart, or join it to a word. */
  const nearAv = fc
    .array(
      fc.constantFrom(
        'av',
        'AV',
        'nav',
        'jane',
        '/',
        '\\',
        ':',
        ' ',
        '\u0001',
        '\t',
        '?',
        '#',
        '.',
        '%2F',
        'javascript:',
        'http://x.example',
        'http:',
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(''));

  it('lets through every address that leads to an author page', () => {
    fc.assert(
      fc.property(fc.oneof(href, nearAv), (h) => {
        if (leadsToAuthorPage(h)) expect(mayLeadToAuthorPage(h)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes "av" ("by", Swedish and Norwegian) only as a whole segment, not inside a word', () => {
    expect(mayLeadToAuthorPage('/av/viktor-hedlund')).toBe(true);
    expect(mayLeadToAuthorPage('av/viktor-hedlund')).toBe(true);
    expect(mayLeadToAuthorPage('https://x.example/AV/viktor-hedlund?p=1')).toBe(true);
    expect(mayLeadToAuthorPage('\\av\\viktor-hedlund')).toBe(true);
    expect(mayLeadToAuthorPage('javascript:av/viktor-hedlund')).toBe(true);
    expect(mayLeadToAuthorPage('/avtor/ivan-petrov')).toBe(true);
    expect(mayLeadToAuthorPage('/navigation/java/avatar.png')).toBe(false);
    expect(mayLeadToAuthorPage('https://x.example/travel/havana-guide')).toBe(false);
  });
});
