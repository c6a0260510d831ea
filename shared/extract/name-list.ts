/**
 * Splitting a list of people into names, in the languages bylines are written in: commas (CJK and
 * Arabic ones too), semicolons and slashes, "&", and the word for "and" of each language ("und",
 * "og", "et", "y", "e", "và", "و", Amharic "እና", …), and "with" between two full names. "Surname,
 * First" is one person, not two.
 */
import {
  hasProseWords,
  isLabelWord,
  isWireAgency,
  NAME_PARTICLE,
  namesCompanyWithForm,
} from './author-names.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';

/** "And" in languages where the word never starts or ends a name (lower case, as written). */
const AND_WORDS = [
  'and',
  'und',
  'og',
  'och',
  'et',
  'en',
  'và',
  'ja',
  'és',
  'și',
  've',
  'oraz',
  'και',
  'и',
  'та',
  'ir',
  'un',
  'dan',
  'و',
  'และ',
  'ແລະ',
  'និង',
  'और',
  'እና',
];
/**
 * One-letter "and" (Spanish y, Portuguese and Italian e, Catalan, Polish and Croatian i, Czech
 * a): also a part of names ("Ortega y Gasset"), so it splits only between two full names; so
 * does Swahili "na", Slavic "on".
 */
const SHORT_AND_WORDS = ['y', 'e', 'i', 'a', 'u', 'na'];
/**
 * "With" crediting a co-author ("Jane Doe with John Roe"): also ordinary prose ("Talks with
 * Putin"), so, as the one-letter words, it splits only between two full names.
 */
const WITH_WORDS = ['with', 'mit', 'avec', 'con', 'com', 'met', 'med'];

const AND_WORD_SET: ReadonlySet<string> = new Set([...AND_WORDS, ...SHORT_AND_WORDS]);

/**
 * Whether a word is a word for "and" between names, in any case ("và", "AND", "y").
 *
 * @param word - one word
 */
export function isAndWord(word: string): boolean {
  return AND_WORD_SET.has(word.toLowerCase());
}

/**
 * An ampersand between names, but not one inside an abbreviation, glued between capitals or
 * figures: "Phòng GD&ĐT", "Sở TT&TT", "AT&T", "R&D" are one unit's name.
 */
const AMPERSAND = String.raw`\s+&\s*|\s*&\s+|(?<![\p{Lu}\p{N}])&\s*|\s*&(?![\p{Lu}\p{N}])`;

/**
 * Not after a word whose hyphen suspends it until the word after "and": "Presse- und
 * Öffentlichkeitsarbeit", "Kinder- und Jugendhilfe", "pre- and post-war" are one name's words.
 */
const NOT_SUSPENDED = '(?<![-‐‑]\\s*)';
const both = (words: readonly string[]) => [...words, ...words.map((w) => w.toLocaleUpperCase())];
const AND = new RegExp(
  `${NOT_SUSPENDED}(?:\\s+(?:${both(AND_WORDS).join('|')})\\s+|${AMPERSAND})`,
  'u',
);
const SHORT_AND = new RegExp(
  `${NOT_SUSPENDED}\\s+(?:${[...SHORT_AND_WORDS, ...WITH_WORDS].join('|')})\\s+`,
  'u',
);
/** What always separates people, as before the other languages were read. */
const PLAIN_AND = new RegExp(`${NOT_SUSPENDED}(?:\\s+(?:và|and|AND)\\s+|${AMPERSAND})`, 'u');
/**
 * "And" opening a part after a comma: the serial comma ("A, B, and C"). In lower case (and
 * "AND"): in capitals, "DAN" may be a name.
 */
const LEADING_AND = new RegExp(`^(?:${[...AND_WORDS, 'AND'].join('|')})\\s+(?=\\S)|^&\\s*`, 'u');

/**
 * A letter. Built once, on first use: a `\p{…}` literal in a function is
 * bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
const aLetter = onFirstUse(() => fromSource(String.raw`\p{L}`, 'u'));

/**
 * Whether a word starts as a name does: with a capital, or with a letter of a script that has no
 * capitals (Arabic, CJK, Thai, Hindi…), where any word may be a name.
 */
function isCapitalized(word: string): boolean {
  const first = word.replace(/^[("'“]+/, '').charAt(0);
  if (first === '') return false;
  const upper = first.toLocaleUpperCase();
  const lower = first.toLocaleLowerCase();
  return upper === lower ? aLetter().test(first) : first === upper;
}

/** Whether a text reads as one person's name: capitalized words, particles allowed. */
function nameLike(text: string, minWords: number): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length < minWords || words.length > 6) return false;
  return (
    words.every((w) => isCapitalized(w) || NAME_PARTICLE.test(w)) && isCapitalized(words[0] ?? '')
  );
}

/**
 * A surname, a comma and one to three capitalized names.
 * Built on first use, from its source (`from-source.ts`).
 */
const surnameCommaNames = onFirstUse(() =>
  fromSource(
    String.raw`^([\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})$`,
    'u',
  ),
);

/**
 * "Surname, First Names" → "First Names Surname": one comma, a one-word surname before it, one to
 * three capitalized words after it. Capitals-only parts ("AFP, MANILA") are an agency and a
 * place, not a name. Catalogue-style sites write their bylines so ("Karsu, Sehernur").
 *
 * @param text - a name as a byline writes it
 * @returns the name in reading order, or null when the text is no "Surname, First"
 */
export function surnameFirst(text: string): string | null {
  const m = surnameCommaNames().exec(text.trim());
  if (m === null) return null;
  const [, surname = '', given = ''] = m;
  const shouting = (s: string) => s === s.toLocaleUpperCase();
  if (shouting(surname) || shouting(given) || isLabelWord(surname) || isLabelWord(given))
    return null;
  if (isWireAgency(surname)) return null;
  return `${given} ${surname}`;
}

/** Splits one part at "and" words where both sides are names. */
function splitAnd(part: string): string[] {
  const pieces = part.split(AND).map((p) => p.trim());
  // A wire agency may be joined to the names so: "Anna Berg und dpa".
  if (
    pieces.length > 1 &&
    pieces.some((p) => nameLike(p, 1)) &&
    pieces.every((p) => p === '' || nameLike(p, 1) || isWireAgency(p))
  ) {
    return pieces;
  }
  const short = part.split(SHORT_AND).map((p) => p.trim());
  if (short.length > 1 && short.every((p) => nameLike(p, 2))) return short;
  const plain = part.split(PLAIN_AND).map((p) => p.trim());
  // "The Russian and Syrian defense ministries" is prose: left whole, it is no name.
  return plain.some((p) => hasProseWords(p)) ? [part] : plain;
}

/**
 * Arabic names opening with و, the letter "and" is written with, glued to the next word: such a
 * word inside a name is a name ("أحمد محمد وليد حسن"), or "son of" (Mauritanian "ولد").
 */
const WAW_NAMES = /^(?:وليد|وائل|وفاء|وسام|وجدي|وحيد|وديع|ولد)$/u;

/**
 * Two Arabic names of two words or more, "و" (and) glued to the second's first word: "كايلا
 * إبستين وأنجليكا كاساس", "محمد علي ووليد حسن".
 */
function splitGluedAnd(part: string): string[] {
  const words = part.split(/\s+/);
  if (words.length < 4 || !words.every((w) => /^[\u0600-\u06ff]+$/u.test(w))) return [part];
  for (let i = 2; i <= words.length - 2; i++) {
    const word = words[i] as string;
    if (word.length > 3 && word.startsWith('و') && !WAW_NAMES.test(word)) {
      return [words.slice(0, i).join(' '), [word.slice(1), ...words.slice(i + 1)].join(' ')];
    }
  }
  return [part];
}

/** Words of letters without case (and their marks), then a comma and one such word. */
const uncasedNameThenPlace = onFirstUse(() =>
  fromSource(String.raw`^([\p{Lo}\p{M}]+(?:\s+[\p{Lo}\p{M}]+)+)\s*[,،]\s*[\p{Lo}\p{M}]+$`, 'u'),
);

/**
 * A single capitalised word of small letters, a part of a comma list: "Innovation", "Health".
 * Built on first use, from its source (`from-source.ts`).
 */
const singleWord = onFirstUse(() => fromSource(String.raw`^\p{Lu}\p{Ll}+$`, 'u'));
/** The fewest such parts of a list that make it one credit. */
const MIN_WORD_PARTS = 2;
/**
 * The word an organisation's name ends with, no person's: "… Security Committee", "… Affairs
 * Council", and "Canada", which ends the names of that country's federal departments ("Fisheries
 * and Oceans Canada").
 */
const ORGANISATION_END =
  /\s(?:committee|commission|council|ministry|department|office|agency|authority|board|bureau|directorate|secretariat|tribunal|administration|institute|association|federation|foundation|society|canada)$/iu;

/**
 * Whether a comma list closed by "and" names no people but one thing: two or more of its parts,
 * between its commas and its "and", are single capitalised words that name no wire agency, as the words of an
 * organisation's or a portfolio's name are ("Innovation, Science and Economic Development
 * Canada", "Health, Education and Welfare"). A person in a list has a first and a last name
 * ("Anna Lee, Bob Ray and Cy Twain"); agencies are credited by one word ("AFP, Reuters and
 * Xinhua"). A list that ends as an organisation's name does ({@link ORGANISATION_END}) needs one
 * such word, with or without a comma: "Public Safety, Defence and Security Committee",
 * "Fisheries and Oceans Canada".
 */
function isListOfWords(text: string): boolean {
  // One such word is enough when the list ends as an organisation's name does.
  const organisation = ORGANISATION_END.test(text);
  if (!text.includes(',') && !organisation) return false;
  const commaParts = text
    // A label before the list ("From: Innovation, Science and …") is no part of it.
    .replace(/^[^,:]{1,20}:\s*/, '')
    .split(/\s*,\s*/);
  const parts = commaParts
    .flatMap((part) => part.replace(LEADING_AND, '').split(AND))
    .map((part) => part.trim());
  // A list closes with "and"; words between commas alone are a line of labels ("Topics,
  // Categories") or a person's title and place ("Jane Doe, Director, Center").
  const closed =
    parts.length > commaParts.length || commaParts.some((part) => LEADING_AND.test(part));
  if (!closed) return false;
  const words = parts.filter((part) => singleWord().test(part) && !isWireAgency(part));
  return words.length >= (organisation ? 1 : MIN_WORD_PARTS);
}

/**
 * Splits a list of people into one entry per person.
 *
 * @param text - a byline or author field without its "By" prefix
 * @returns the parts, in order; each may still carry an affiliation
 * @example splitNames('Anna Martel und Lea Wagner') // ['Anna Martel', 'Lea Wagner']
 * @example splitNames('Fink, Anna Giulia') // ['Anna Giulia Fink']
 */
export function splitNames(text: string): string[] {
  const whole = surnameFirst(text);
  if (whole !== null) return [whole];
  // "Halvorsen Robotics, Inc.": a company and its legal form, one name.
  if (namesCompanyWithForm(text)) return [text.trim()];
  // "Reuters, Washington", "PTI, NEW DELHI": an agency and the place it filed from, one word or
  // in capitals ("Reuters, Thorsten Kramer" credits a reporter too).
  const dateline = /^([^,]+),\s*(\p{Lu}[\p{L}.'’-]*|[\p{Lu}\s.'’-]+)$/u.exec(text.trim());
  if (dateline?.[1] !== undefined && isWireAgency(dateline[1])) return [dateline[1]];
  // "Johannes Ritter, Zürich": a reporter's full name and the place they file from, one word that
  // names no agency ("Anna Berg, Reuters" credits both).
  const [, reporter, place] = dateline ?? [];
  if (
    reporter !== undefined &&
    place !== undefined &&
    !/\s/.test(place) &&
    nameLike(reporter, 2) &&
    reporter !== reporter.toLocaleUpperCase() &&
    !isWireAgency(place)
  ) {
    return [reporter];
  }
  // In a script without capitals (Devanagari, Arabic), one word after the comma is the place:
  // names there run two words or more ("राहुल शर्मा, लखनऊ").
  const uncased = uncasedNameThenPlace().exec(text.trim());
  if (uncased?.[1] !== undefined) return [uncased[1]];
  if (isListOfWords(text)) return [text.trim()];
  return text
    .split(/\s*[,;、，،]\s*|\s+\/\s+|(?<=\p{Ll})\/(?=\p{Lu})/u)
    .flatMap((part) => splitAnd(part.replace(LEADING_AND, '')).flatMap(splitGluedAnd))
    .filter((part) => part !== '');
}
