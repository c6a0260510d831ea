/**
 * Words dates are written with: month names and abbreviations in the languages of the pages we
 * read (see {@link MONTH_WORDS}), and time-zone abbreviations with their offsets.
 */

/**
 * Month names and abbreviations, lower case, by month number: English, German, French, Spanish,
 * Italian, Portuguese, Dutch, the Scandinavian languages, Indonesian and Malay, Russian and
 * Ukrainian (the genitive "15 марта" and the nominative), Polish and Czech (both cases),
 * Turkish (also without its letters, as sites write it in capitals or ASCII), Arabic, Hindi and
 * Thai (with its abbreviations).
 */
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
    'января',
    'январь',
    'янв',
    'січня',
    'січень',
    'stycznia',
    'styczeń',
    'ledna',
    'leden',
    'ocak',
    'يناير',
    'जनवरी',
    'มกราคม',
    'ม.ค.',
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
    'февраля',
    'февраль',
    'фев',
    'лютого',
    'лютий',
    'lutego',
    'luty',
    'února',
    'únor',
    'şubat',
    'subat',
    'فبراير',
    'फरवरी',
    'फ़रवरी',
    'กุมภาพันธ์',
    'ก.พ.',
  ],
  [
    'march',
    'mar',
    'märz',
    'maerz',
    'mars',
    'marzo',
    'março',
    'marco',
    'maart',
    'mrt',
    'maret',
    'марта',
    'март',
    'березня',
    'березень',
    'marca',
    'marzec',
    'března',
    'březen',
    'mart',
    'مارس',
    'मार्च',
    'มีนาคม',
    'มี.ค.',
  ],
  [
    'april',
    'apr',
    'avril',
    'avr',
    'abril',
    'abr',
    'aprile',
    'апреля',
    'апрель',
    'апр',
    'квітня',
    'квітень',
    'kwietnia',
    'kwiecień',
    'dubna',
    'duben',
    'nisan',
    'أبريل',
    'ابريل',
    'अप्रैल',
    'เมษายน',
    'เม.ย.',
  ],
  [
    'may',
    'mai',
    'mayo',
    'maggio',
    'mag',
    'maio',
    'mei',
    'maj',
    'мая',
    'май',
    'травня',
    'травень',
    'maja',
    'května',
    'květen',
    'mayıs',
    'mayis',
    'مايو',
    'मई',
    'พฤษภาคม',
    'พ.ค.',
  ],
  [
    'june',
    'jun',
    'juni',
    'juin',
    'junio',
    'giugno',
    'giu',
    'junho',
    'июня',
    'июнь',
    'июн',
    'червня',
    'червень',
    'czerwca',
    'czerwiec',
    'června',
    'červen',
    'haziran',
    'يونيو',
    'يونيه',
    'जून',
    'มิถุนายน',
    'มิ.ย.',
  ],
  [
    'july',
    'jul',
    'juli',
    'juillet',
    'juil',
    'julio',
    'luglio',
    'lug',
    'julho',
    'июля',
    'июль',
    'июл',
    'липня',
    'липень',
    'lipca',
    'lipiec',
    'července',
    'červenec',
    'temmuz',
    'يوليو',
    'يوليه',
    'जुलाई',
    'กรกฎาคม',
    'ก.ค.',
  ],
  [
    'august',
    'aug',
    'août',
    'aout',
    'agosto',
    'ago',
    'augustus',
    'augusti',
    'agustus',
    'ogos',
    'августа',
    'август',
    'авг',
    'серпня',
    'серпень',
    'sierpnia',
    'sierpień',
    'srpna',
    'srpen',
    'ağustos',
    'agustos',
    'أغسطس',
    'अगस्त',
    'สิงหาคม',
    'ส.ค.',
  ],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'set',
    'settembre',
    'setembro',
    'сентября',
    'сентябрь',
    'сен',
    'сент',
    'вересня',
    'вересень',
    'września',
    'wrzesień',
    'září',
    'eylül',
    'eylul',
    'سبتمبر',
    'सितंबर',
    'सितम्बर',
    'กันยายน',
    'ก.ย.',
  ],
  [
    'october',
    'oct',
    'oktober',
    'okt',
    'octobre',
    'octubre',
    'ottobre',
    'ott',
    'outubro',
    'out',
    'октября',
    'октябрь',
    'жовтня',
    'жовтень',
    'października',
    'październik',
    'října',
    'říjen',
    'ekim',
    'أكتوبر',
    'اكتوبر',
    'अक्टूबर',
    'अक्तूबर',
    'ตุลาคม',
    'ต.ค.',
  ],
  [
    'november',
    'nov',
    'novembre',
    'noviembre',
    'novembro',
    'ноября',
    'ноябрь',
    'ноя',
    'листопада',
    'листопад',
    'listopada',
    'listopadu',
    'listopad',
    'kasım',
    'kasim',
    'نوفمبر',
    'नवंबर',
    'नवम्बर',
    'พฤศจิกายน',
    'พ.ย.',
  ],
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
    'disember',
    'декабря',
    'декабрь',
    'дек',
    'грудня',
    'грудень',
    'grudnia',
    'grudzień',
    'prosince',
    'prosinec',
    'aralık',
    'aralik',
    'ديسمبر',
    'दिसंबर',
    'दिसम्बर',
    'ธันวาคม',
    'ธ.ค.',
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
  ['acst', 570],
  ['acdt', 630],
  ['awst', 480],
  ['nzst', 720],
  ['nzdt', 780],
  ['sast', 120],
  ['cat', 120],
  ['eat', 180],
  ['wat', 60],
  ['myt', 480],
  ['pht', 480],
  ['wita', 480],
  ['pkt', 300],
  ['npt', 345],
  ['trt', 180],
  ['hst', -600],
  ['akst', -540],
  ['akdt', -480],
]);

/**
 * US zone names that say neither standard nor daylight time ("6:46 pm ET"): the zone, whose
 * offset depends on the day. In capitals only (the French "et" is "and").
 */
export const US_ZONE_NAMES: ReadonlyMap<string, string> = new Map([
  ['ET', 'America/New_York'],
  ['CT', 'America/Chicago'],
  ['MT', 'America/Denver'],
  ['PT', 'America/Los_Angeles'],
]);

/** Zones in which China's standard time is written "CST". */
const CHINA_STANDARD_ZONES: ReadonlySet<string> = new Set([
  'Asia/Shanghai',
  'Asia/Taipei',
  'Asia/Hong_Kong',
  'Asia/Macau',
]);

/**
 * Zone abbreviations that name several zones, in capitals ("ist" is German for "is"), and the
 * zone each names on a page in a given zone: "IST" is the page's own on an Israeli or Irish page
 * and India's elsewhere, where it is by far most written; "CST" is US Central time on a page in
 * the Americas and China's on a Chinese or Taiwanese one, and elsewhere the page's own zone (the
 * wall time, as without it).
 */
export const AMBIGUOUS_ZONE_NAMES: ReadonlyMap<string, (pageZone: string) => string> = new Map([
  [
    'IST',
    (pageZone: string) =>
      pageZone === 'Asia/Jerusalem' || pageZone === 'Europe/Dublin' ? pageZone : 'Asia/Kolkata',
  ],
  [
    'CST',
    (pageZone: string) => {
      if (pageZone.startsWith('America/')) return 'America/Chicago';
      return CHINA_STANDARD_ZONES.has(pageZone) ? 'Asia/Shanghai' : pageZone;
    },
  ],
]);

/** An alternation of the zone abbreviations. */
export const ZONE_ABBREVIATION_PATTERN = [...ZONE_ABBREVIATIONS.keys()].join('|');

/**
 * Words a page labels its first publication with ("Published", "Veröffentlicht", "Publié",
 * "Đăng lúc"), lower case, in the languages of the pages we read.
 */
const PUBLISHED_WORDS = [
  'published',
  'posted',
  'publiziert',
  'veröffentlicht',
  'erschienen',
  'publié',
  'publicado',
  'pubblicato',
  'gepubliceerd',
  'publicerad',
  'publisert',
  'udgivet',
  'julkaistu',
  'opublikowano',
  'publikováno',
  'yayınlandı',
  'опубликовано',
  'ngày đăng',
  'đăng lúc',
  'đăng ngày',
  'đăng',
  'xuất bản',
];

/**
 * Words a page labels its last update with ("Updated", "Aktualisiert", "Mis à jour", "Cập
 * nhật"), lower case.
 */
const UPDATED_WORDS = [
  'updated',
  'update',
  'last modified',
  'modified',
  'aktualisiert',
  'mis à jour',
  'actualizado',
  'atualizado',
  'aggiornato',
  'bijgewerkt',
  'uppdaterad',
  'oppdatert',
  'opdateret',
  'päivitetty',
  'zaktualizowano',
  'aktualizováno',
  'güncellendi',
  'обновлено',
  'cập nhật',
  'sửa đổi',
  'chỉnh sửa',
];

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** {@link PUBLISHED_WORDS} as a regular-expression alternation (longest first). */
export const PUBLISHED_WORD_PATTERN = alternation(PUBLISHED_WORDS);

/** {@link UPDATED_WORDS} as a regular-expression alternation (longest first). */
export const UPDATED_WORD_PATTERN = alternation(UPDATED_WORDS);

/**
 * The words labelling a publication or an update, as a regular-expression alternation (longest
 * first): one list for every reader of date lines, so that a label one of them knows none of
 * the others misses.
 */
export const PUBLICATION_WORD_PATTERN = alternation([...PUBLISHED_WORDS, ...UPDATED_WORDS]);
