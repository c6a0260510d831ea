/**
 * Words dates are written with: month names and abbreviations in the languages of the pages we
 * read (English, German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian ones), and
 * time-zone abbreviations with their offsets.
 */

/** Month names and abbreviations, lower case, by month number. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'janeiro',
    'januari',
  ],
  [
    'february',
    'feb',
    'februar',
    'feber',
    'février',
    'févr',
    'fevrier',
    'febrero',
    'febbraio',
    'fevereiro',
    'fev',
    'februari',
  ],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'déc',
    'decembre',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'desember',
    'des',
  ],
];

/** Month word → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)),
);

/** An alternation of every month word, longest first (so "juni" wins over "jun"). */
export const MONTH_PATTERN = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\./g, '\\.'))
  .join('|');

/**
 * Time-zone abbreviations that name one offset (minutes east of UTC). Ambiguous ones (CST, IST,
 * BST outside the UK) are left out: a wrong offset is worse than none.
 */
export const ZONE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['cet', 60],
  ['mez', 60],
  ['cest', 120],
  ['mesz', 120],
  ['eet', 120],
  ['eest', 180],
  ['wet', 0],
  ['west', 60],
  ['bst', 60],
  ['msk', 180],
  ['est', -300],
  ['edt', -240],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['jst', 540],
  ['kst', 540],
  ['hkt', 480],
  ['sgt', 480],
  ['ict', 420],
  ['wib', 420],
  ['aest', 600],
  ['aedt', 660],
  ['sast', 120],
]);

/** An alternation of the zone abbreviations. */
export const ZONE_ABBREVIATION_PATTERN = [...ZONE_ABBREVIATIONS.keys()].join('|');
