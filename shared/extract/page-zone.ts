/**
 * The time zone a page writes its times in, when no publisher configuration names it: a German
 * site's "18:11" without an offset is 18:11 in Berlin, not in London. What the page says is used,
 * in this order: an offset written on one of its other dates, the country of its language tag
 * (`de-AT`) or `og:locale`, the country of its domain (`.at`), else of its newsroom's address or
 * telephone number (a `.com` paper's "Tel: +234 …"), its language alone (`de`), the
 * language its headline's script shows (kana: Japanese). Without any of these the caller falls
 * back to UTC.
 */

import { lookupTable } from '../lookup-table.ts';
import { textOf } from './content/dom.ts';
import { AMBIGUOUS_ZONE_NAMES, US_ZONE_NAMES, ZONE_ABBREVIATIONS } from './date-words.ts';
import { parseDate, zoneOffsetMinutes } from './dates.ts';
import { fromSource, matchesOf } from './from-source.ts';
import { type JsonLdNode, resolveRef, stringOf, valuesOf } from './json-ld.ts';
import type { PageContext } from './metadata.ts';
import { bodyText } from './page-index.ts';

/** The zone of each country (its capital's, or its most populous where it has several). */
const COUNTRY_ZONES: Readonly<Record<string, string>> = lookupTable({
  ad: 'Europe/Andorra',
  ae: 'Asia/Dubai',
  al: 'Europe/Tirane',
  am: 'Asia/Yerevan',
  ao: 'Africa/Luanda',
  ar: 'America/Argentina/Buenos_Aires',
  at: 'Europe/Vienna',
  au: 'Australia/Sydney',
  az: 'Asia/Baku',
  ba: 'Europe/Sarajevo',
  bd: 'Asia/Dhaka',
  be: 'Europe/Brussels',
  bf: 'Africa/Ouagadougou',
  bg: 'Europe/Sofia',
  bh: 'Asia/Bahrain',
  bi: 'Africa/Bujumbura',
  bj: 'Africa/Porto-Novo',
  bo: 'America/La_Paz',
  br: 'America/Sao_Paulo',
  bw: 'Africa/Gaborone',
  by: 'Europe/Minsk',
  bz: 'America/Belize',
  ca: 'America/Toronto',
  cat: 'Europe/Madrid',
  cd: 'Africa/Kinshasa',
  cg: 'Africa/Brazzaville',
  ch: 'Europe/Zurich',
  ci: 'Africa/Abidjan',
  cl: 'America/Santiago',
  cm: 'Africa/Douala',
  cn: 'Asia/Shanghai',
  co: 'America/Bogota',
  cr: 'America/Costa_Rica',
  cu: 'America/Havana',
  cv: 'Atlantic/Cape_Verde',
  cy: 'Asia/Nicosia',
  cz: 'Europe/Prague',
  de: 'Europe/Berlin',
  dk: 'Europe/Copenhagen',
  do: 'America/Santo_Domingo',
  dz: 'Africa/Algiers',
  ec: 'America/Guayaquil',
  ee: 'Europe/Tallinn',
  eg: 'Africa/Cairo',
  es: 'Europe/Madrid',
  et: 'Africa/Addis_Ababa',
  eus: 'Europe/Madrid',
  fi: 'Europe/Helsinki',
  fr: 'Europe/Paris',
  ga: 'Africa/Libreville',
  gal: 'Europe/Madrid',
  gb: 'Europe/London',
  ge: 'Asia/Tbilisi',
  gh: 'Africa/Accra',
  gl: 'America/Nuuk',
  gm: 'Africa/Banjul',
  gn: 'Africa/Conakry',
  gr: 'Europe/Athens',
  gt: 'America/Guatemala',
  gy: 'America/Guyana',
  hk: 'Asia/Hong_Kong',
  hn: 'America/Tegucigalpa',
  hr: 'Europe/Zagreb',
  ht: 'America/Port-au-Prince',
  hu: 'Europe/Budapest',
  id: 'Asia/Jakarta',
  ie: 'Europe/Dublin',
  il: 'Asia/Jerusalem',
  in: 'Asia/Kolkata',
  iq: 'Asia/Baghdad',
  ir: 'Asia/Tehran',
  is: 'Atlantic/Reykjavik',
  it: 'Europe/Rome',
  jm: 'America/Jamaica',
  jo: 'Asia/Amman',
  jp: 'Asia/Tokyo',
  ke: 'Africa/Nairobi',
  kg: 'Asia/Bishkek',
  kh: 'Asia/Phnom_Penh',
  kr: 'Asia/Seoul',
  kw: 'Asia/Kuwait',
  kz: 'Asia/Almaty',
  la: 'Asia/Vientiane',
  lb: 'Asia/Beirut',
  li: 'Europe/Vaduz',
  lk: 'Asia/Colombo',
  lr: 'Africa/Monrovia',
  ls: 'Africa/Maseru',
  lt: 'Europe/Vilnius',
  lu: 'Europe/Luxembourg',
  lv: 'Europe/Riga',
  ma: 'Africa/Casablanca',
  md: 'Europe/Chisinau',
  me: 'Europe/Podgorica',
  mg: 'Indian/Antananarivo',
  mk: 'Europe/Skopje',
  ml: 'Africa/Bamako',
  mm: 'Asia/Yangon',
  mn: 'Asia/Ulaanbaatar',
  mr: 'Africa/Nouakchott',
  mt: 'Europe/Malta',
  mu: 'Indian/Mauritius',
  mw: 'Africa/Blantyre',
  mx: 'America/Mexico_City',
  my: 'Asia/Kuala_Lumpur',
  mz: 'Africa/Maputo',
  na: 'Africa/Windhoek',
  ne: 'Africa/Niamey',
  ng: 'Africa/Lagos',
  ni: 'America/Managua',
  nl: 'Europe/Amsterdam',
  no: 'Europe/Oslo',
  np: 'Asia/Kathmandu',
  nz: 'Pacific/Auckland',
  pa: 'America/Panama',
  pe: 'America/Lima',
  ph: 'Asia/Manila',
  pk: 'Asia/Karachi',
  pl: 'Europe/Warsaw',
  pr: 'America/Puerto_Rico',
  pt: 'Europe/Lisbon',
  py: 'America/Asuncion',
  qa: 'Asia/Qatar',
  ro: 'Europe/Bucharest',
  rs: 'Europe/Belgrade',
  ru: 'Europe/Moscow',
  rw: 'Africa/Kigali',
  sa: 'Asia/Riyadh',
  sd: 'Africa/Khartoum',
  se: 'Europe/Stockholm',
  sg: 'Asia/Singapore',
  si: 'Europe/Ljubljana',
  sk: 'Europe/Bratislava',
  sl: 'Africa/Freetown',
  sn: 'Africa/Dakar',
  so: 'Africa/Mogadishu',
  sr: 'America/Paramaribo',
  sv: 'America/El_Salvador',
  td: 'Africa/Ndjamena',
  tg: 'Africa/Lome',
  th: 'Asia/Bangkok',
  tj: 'Asia/Dushanbe',
  tn: 'Africa/Tunis',
  tr: 'Europe/Istanbul',
  tt: 'America/Port_of_Spain',
  tw: 'Asia/Taipei',
  tz: 'Africa/Dar_es_Salaam',
  ua: 'Europe/Kyiv',
  ug: 'Africa/Kampala',
  uk: 'Europe/London',
  us: 'America/New_York',
  uy: 'America/Montevideo',
  uz: 'Asia/Tashkent',
  ve: 'America/Caracas',
  vn: 'Asia/Ho_Chi_Minh',
  za: 'Africa/Johannesburg',
  zm: 'Africa/Lusaka',
  zw: 'Africa/Harare',
});

/**
 * The zone of a language spoken mostly in one zone. Languages spread over many (English,
 * Spanish, Portuguese, Arabic) are left out; Catalan, Basque and Galician are Spain's (Andorra's
 * and France's Catalan and Basque speakers keep its clocks). Bengali's two countries keep clocks
 * 30 minutes apart: Bangladesh's, where most of its readers live, is nearer India's than UTC is.
 */
const LANGUAGE_ZONES: Readonly<Record<string, string>> = lookupTable({
  am: 'Africa/Addis_Ababa',
  // Moroccan Arabic (WordPress's `ary`) and Sorani Kurdish, written mostly in Iraq's Kurdistan.
  ary: 'Africa/Casablanca',
  be: 'Europe/Minsk',
  bg: 'Europe/Sofia',
  bn: 'Asia/Dhaka',
  bs: 'Europe/Sarajevo',
  ca: 'Europe/Madrid',
  ckb: 'Asia/Baghdad',
  cs: 'Europe/Prague',
  da: 'Europe/Copenhagen',
  de: 'Europe/Berlin',
  el: 'Europe/Athens',
  et: 'Europe/Tallinn',
  eu: 'Europe/Madrid',
  fa: 'Asia/Tehran',
  fi: 'Europe/Helsinki',
  fil: 'Asia/Manila',
  fr: 'Europe/Paris',
  gu: 'Asia/Kolkata',
  he: 'Asia/Jerusalem',
  hi: 'Asia/Kolkata',
  hr: 'Europe/Zagreb',
  hu: 'Europe/Budapest',
  hy: 'Asia/Yerevan',
  id: 'Asia/Jakarta',
  is: 'Atlantic/Reykjavik',
  it: 'Europe/Rome',
  ja: 'Asia/Tokyo',
  gl: 'Europe/Madrid',
  ka: 'Asia/Tbilisi',
  km: 'Asia/Phnom_Penh',
  kn: 'Asia/Kolkata',
  ko: 'Asia/Seoul',
  ky: 'Asia/Bishkek',
  lb: 'Europe/Luxembourg',
  lo: 'Asia/Vientiane',
  lt: 'Europe/Vilnius',
  lv: 'Europe/Riga',
  mk: 'Europe/Skopje',
  ml: 'Asia/Kolkata',
  mn: 'Asia/Ulaanbaatar',
  mr: 'Asia/Kolkata',
  ms: 'Asia/Kuala_Lumpur',
  my: 'Asia/Yangon',
  nb: 'Europe/Oslo',
  ne: 'Asia/Kathmandu',
  nl: 'Europe/Amsterdam',
  nn: 'Europe/Oslo',
  no: 'Europe/Oslo',
  pl: 'Europe/Warsaw',
  ro: 'Europe/Bucharest',
  si: 'Asia/Colombo',
  sk: 'Europe/Bratislava',
  sl: 'Europe/Ljubljana',
  sq: 'Europe/Tirane',
  sr: 'Europe/Belgrade',
  sv: 'Europe/Stockholm',
  sw: 'Africa/Nairobi',
  ta: 'Asia/Kolkata',
  te: 'Asia/Kolkata',
  tg: 'Asia/Dushanbe',
  th: 'Asia/Bangkok',
  tl: 'Asia/Manila',
  tr: 'Europe/Istanbul',
  uk: 'Europe/Kyiv',
  ur: 'Asia/Karachi',
  uz: 'Asia/Tashkent',
  vi: 'Asia/Ho_Chi_Minh',
  zh: 'Asia/Shanghai',
});

/** Fixed-offset zones for offsets that are not whole hours. */
const HALF_HOUR_ZONES: Readonly<Record<number, string>> = {
  330: 'Asia/Kolkata',
  345: 'Asia/Kathmandu',
  210: 'Asia/Tehran',
  270: 'Asia/Kabul',
  390: 'Asia/Yangon',
  570: 'Australia/Darwin',
  [-210]: 'America/St_Johns',
};

/** Top-level domains of a region, in {@link COUNTRY_ZONES}: Catalonia's, the Basque Country's, Galicia's. */
const REGION_TLDS: ReadonlySet<string> = new Set(['cat', 'eus', 'gal']);

/** Generic top-level domains that say nothing about a country. */
const GENERIC_TLDS = new Set(['co', 'io', 'tv', 'me', 'fm', 'ai', 'ly', 'to', 'cc', 'ws']);

/**
 * Facebook's locales for a language as a whole, whose "region" is none: `ar_AR` (Arabic, not
 * Argentina's) and `es_LA` (Latin American Spanish, not Laos's), which Arabic and Spanish sites
 * keep in `og:locale` or copy into their language tag.
 */
const LANGUAGE_WIDE_LOCALES: ReadonlySet<string> = new Set(['ar-ar', 'es-la']);

/** The region of a language tag or locale (`de-AT`, `ar_EG`), lower case, else ''. */
function regionOf(tag: string): string {
  const m = /^([a-z]{2,3})[_-]([a-z]{2})$/i.exec(tag.trim());
  if (m === null) return '';
  const [language = '', region = ''] = [m[1]?.toLowerCase(), m[2]?.toLowerCase()];
  return LANGUAGE_WIDE_LOCALES.has(`${language}-${region}`) ? '' : region;
}

/** A zone the page's evidence points to, and what the evidence was. */
export interface PageZone {
  readonly zone: string;
  /** e.g. `offset +02:00 on the page`, `language tag de-AT`, `domain .at`, `language de`. */
  readonly source: string;
}

const OFFSET_AT_END =
  /(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?\s*([+-])(\d{2}):?(\d{2})$/;

/** The page's machine-readable dates: JSON-LD's, meta tags', `<time datetime>`s. */
function machineDates(ctx: PageContext): string[] {
  const values: unknown[] = [];
  for (const node of ctx.jsonLd.nodes) {
    for (const key of ['datePublished', 'dateModified', 'dateCreated', 'uploadDate']) {
      values.push(node[key]);
    }
  }
  for (const [key, list] of ctx.meta) if (/date|time/.test(key)) values.push(...list);
  for (const el of ctx.index.byTag('time')) values.push(el.attribs.datetime);
  return values.map((value) => stringOf(value)?.trim() ?? '');
}

/** The first non-zero offset written on a machine-readable date of the page, with its instant. */
function writtenOffset(ctx: PageContext): { minutes: number; instant: number } | null {
  for (const value of machineDates(ctx)) {
    const m = OFFSET_AT_END.exec(value);
    if (m === null) continue;
    const minutes = (m[3] === '-' ? -1 : 1) * (Number(m[4]) * 60 + Number(m[5]));
    if (minutes === 0) continue; // "+00:00" is as often a server's normalization as a zone
    const instant = Date.parse(`${m[1]}T${m[2]}Z`) - minutes * 60_000;
    if (!Number.isNaN(instant)) return { minutes, instant };
  }
  return null;
}

function fixedZone(minutes: number): string | null {
  if (minutes % 60 !== 0) return HALF_HOUR_ZONES[minutes] ?? null;
  const hours = minutes / 60;
  // IANA's Etc zones count the other way round: Etc/GMT-2 is two hours east of UTC.
  return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

function countryOfHost(url: string | null): string | null {
  if (url === null) return null;
  try {
    const tld = new URL(url).hostname.split('.').pop() ?? '';
    return (tld.length === 2 && !GENERIC_TLDS.has(tld)) || REGION_TLDS.has(tld) ? tld : null;
  } catch {
    return null;
  }
}

/**
 * Languages whose script (or letters) a headline shows them by: kana is Japanese, Hangul Korean,
 * Han without kana Chinese, and the letters with horn, breve or stroke and the dotted and hooked
 * vowels of Latin Extended Additional are Vietnamese. In order: kana before Han.
 */
const SCRIPT_LANGUAGES: readonly (readonly [RegExp, string])[] = [
  [fromSource(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}]`, 'u'), 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/[ơưđăƠƯĐĂ\u1EA0-\u1EF9]/u, 'vi'],
];

/**
 * The zone of the language the headline (else the `<title>`) is written in, told by its script,
 * when nothing else the page says names a zone (no language tag of one, no country's domain): a
 * Japanese page's "11:30" is Tokyo's.
 */
function headlineScriptZone(ctx: PageContext): [string, string] | undefined {
  const [heading] = ctx.index.byTag('h1');
  const [title] = ctx.index.byTag('title');
  const text = heading === undefined && title === undefined ? '' : ctx.$(heading ?? title).text();
  for (const [script, language] of SCRIPT_LANGUAGES) {
    const zone = LANGUAGE_ZONES[language];
    if (zone !== undefined && script.test(text))
      return [zone, `the headline's script (${language})`];
  }
  return undefined;
}

/**
 * Countries by their telephone calling code (ITU's codes are prefix-free: "+234 803" is
 * Nigeria's, "+27 21" South Africa's), for countries of one zone; the codes of several
 * countries or zones (+1, +7, +52, +55, +61, +62) name none.
 */
let callingCodes: ReadonlyMap<string, string> | undefined;
/** {@link callingCodes}, built on first use. */
function callingCodeMap(): ReadonlyMap<string, string> {
  callingCodes ??= new Map(
    '20eg 27za 30gr 31nl 32be 33fr 34es 36hu 39it 40ro 41ch 43at 44gb 45dk 46se 47no 48pl 49de 51pe 53cu 54ar 56cl 57co 58ve 60my 63ph 65sg 66th 81jp 82kr 84vn 86cn 90tr 91in 92pk 94lk 98ir 212ma 213dz 216tn 218ly 220gm 221sn 222mr 223ml 224gn 225ci 226bf 227ne 228tg 229bj 230mu 231lr 232sl 233gh 234ng 235td 237cm 238cv 241ga 242cg 244ao 249sd 250rw 251et 252so 254ke 255tz 256ug 257bi 258mz 260zm 261mg 263zw 264na 265mw 267bw 351pt 353ie 358fi 359bg 370lt 371lv 372ee 380ua 381rs 385hr 386si 420cz 421sk 852hk 880bd 886tw 961lb 962jo 964iq 965kw 966sa 968om 971ae 972il 973bh 974qa 977np'
      .split(' ')
      .map((entry) => [entry.slice(0, -2), entry.slice(-2)]),
  );
  return callingCodes;
}

/** An international telephone number: "+234 803 …", "+27214062121". */
const PHONE = /(?:^|[^\w+])\+\s?(\d{1,3})/;

/**
 * The country of the newsroom's own contacts, for a page on a generic domain: its publisher's
 * address in JSON-LD (`addressCountry`), else the first international telephone number of its
 * `tel:` links, `<address>` or `<footer>` ("Tel: +234 803 …" on a Nigerian paper's `.com`).
 */
function contactCountry(ctx: PageContext): [string, string] | null {
  const { nodes, byId } = ctx.jsonLd;
  const node = (value: unknown) => resolveRef(value, byId) as JsonLdNode | undefined;
  for (const each of nodes) {
    for (const address of [each.address, node(each.publisher)?.address]) {
      // A code ("JO"), or a Country node named by one.
      const code = node(address)?.addressCountry;
      const named = stringOf(code) ?? stringOf((code as JsonLdNode | undefined)?.name) ?? '';
      const country = named.trim().toLowerCase();
      if (/^[a-z]{2}$/.test(country)) return [country, `the publisher's address (${country})`];
    }
  }
  const links = ctx.index
    .byTag('a')
    .map((a) => a.attribs.href ?? '')
    .filter((h) => h.startsWith('tel:'));
  const texts = ['address', 'footer'].flatMap((tag) => ctx.index.byTag(tag).map(textOf));
  for (const text of [...links, ...texts]) {
    const digits = PHONE.exec(text)?.[1];
    if (digits === undefined) continue;
    for (let n = 3; n >= 1; n--) {
      const country = callingCodeMap().get(digits.slice(0, n));
      if (country !== undefined) return [country, `the telephone number +${digits.slice(0, n)}`];
    }
    return null;
  }
  return null;
}

/**
 * Whether a Bengali page's site names Kolkata or West Bengal in its menus, header, footer,
 * address or the page's address more often than Dhaka: India's Bengali papers (a `.com` naming
 * no zone) file their city's news under "কলকাতা" (`/west-bengal/kolkata/…`) and give their
 * address there, Bangladesh's under "ঢাকা". The story's own text is not read: a Dhaka paper's
 * story from Kolkata names that city.
 */
function namesWestBengal(ctx: PageContext, url: string): boolean {
  const text = ['header', 'nav', 'footer', 'address']
    .flatMap((tag) => ctx.index.byTag(tag).map(textOf))
    .join(' ');
  const count = (words: RegExp) => `${text} ${url}`.match(words)?.length ?? 0;
  return count(/কলকাতা|পশ্চিমবঙ্গ|kolkata|west.bengal/giu) > count(/ঢাকা|dhaka/giu);
}

/**
 * A year, then within a few words a time, its hour and minutes in groups, and the spaces after:
 * a date line's ("9 Dec 2024, 12:15 PM", "às 12h15").
 */
const DATED_CLOCK = String.raw`(?:19|20)\d\d\D{0,30}?(?<h>\d{1,2})(?=[:.h]\d\d|\s*[aApP]\.?[mM])(?:[:.h](?<m>\d\d))?\s*`;
/** The am/pm after a dated clock time, in a group. */
const AM_PM = String.raw`(?<ap>[aApP])\.?[mM]\.?`;
/**
 * A zone's abbreviation in capitals right after a dated time, or GMT or UTC with an offset
 * ("12:15 (GMT+4)"); the next block's text may follow it unspaced ("12:15 GSTThe …"). Two
 * capitals are a US zone's name ("3:48 PM ET") on an English page only (not French "À 15H ET").
 * The spaces after am/pm are read in its group: written `\s*(?:am)?\s*`, a run of spaces without
 * am/pm was tried split in two at each of its places (a page's 3,050 spaces of indentation after
 * a time took 40 ms; the same matches).
 */
const ABBREVIATION_AFTER = new RegExp(
  String.raw`${DATED_CLOCK}(?:${AM_PM}\s*)?\(?(?<w>[A-Z]{2,4})(?!\p{Ll})(?:(?<s>[+−-])(?<o>\d\d?)(?::?(?<n>\d\d))?)?`,
  'gu',
);
/** Zones named in words after a dated time, in Arabic, Vietnamese, Portuguese, French, Russian. */
const ZONE_PHRASES: Readonly<Record<string, string>> = lookupTable({
  مكة: 'Asia/Riyadh',
  السعودية: 'Asia/Riyadh',
  القاهرة: 'Africa/Cairo',
  الإمارات: 'Asia/Dubai',
  الدوحة: 'Asia/Qatar',
  غرينتش: 'UTC',
  'giờ hà nội': 'Asia/Ho_Chi_Minh',
  'de brasília': 'America/Sao_Paulo',
  'heure de paris': 'Europe/Paris',
  'moscow time': 'Europe/Moscow',
  'по московскому': 'Europe/Moscow',
});
const PHRASE_AFTER = new RegExp(
  `${DATED_CLOCK}(?:${AM_PM})?\\D{0,20}?(?<w>${Object.keys(ZONE_PHRASES).join('|')})`,
  'iu',
);

/**
 * The zone a date line names beside its time ("December 09, 2024 12:15 GST", "10:30 ص بتوقيت
 * مكة المكرمة", "14h20 (horário de Brasília)"): the page's zone for its times without one. Only
 * after a date with its year, not a time in prose ("polls open at 07:00 GMT"). A name of several
 * zones is read by the zone the page's other signs give (`base`): "IST" is India's but on an
 * Israeli or Irish page; "AST" on an Arabic page is Arabia's, else the page's own.
 */
function namedZone(ctx: PageContext, base: string, language: string): PageZone | null {
  const text = bodyText(ctx.index);
  let groups = PHRASE_AFTER.exec(text)?.groups;
  let zone = ZONE_PHRASES[groups?.w?.toLowerCase() ?? ''] ?? null;
  for (const match of zone === null ? matchesOf(ABBREVIATION_AFTER, text) : []) {
    const { w = '', s, o, n = '0' } = match.groups ?? {};
    const word = w.toLowerCase();
    // "GMT+4", "UTC-3"; "WITA", else "WIT" run into the next block's "A …"
    const offset =
      s !== undefined && /^(?:gmt|utc)$/.test(word)
        ? (s === '+' ? 1 : -1) * (Number(o) * 60 + Number(n))
        : (ZONE_ABBREVIATIONS.get(word) ?? ZONE_ABBREVIATIONS.get(word.slice(0, 3)));
    groups = match.groups;
    zone =
      offset !== undefined
        ? fixedZone(offset)
        : w.startsWith('AST') && language === 'ar'
          ? 'Asia/Riyadh'
          : ((/^(?:en)?$/.test(language) ? US_ZONE_NAMES.get(w) : null) ??
            AMBIGUOUS_ZONE_NAMES.get(w.slice(0, 3))?.(base) ??
            null);
    if (zone !== null && (offset !== undefined || zone !== 'UTC')) break;
    zone = null;
  }
  if (zone === null || groups === undefined) return null;
  // A machine time without an offset at the line's clock time less the zone's offset is the
  // same instant in UTC (Vox Media's `<time datetime="2019-11-13T15:28:18">` under "10:28am
  // EST"): the page's machine times are UTC, not the zone's.
  const { h = '0', m = '0', ap = '' } = groups;
  const shown = Number(h) * 60 + Number(m) + (/p/i.test(ap) && Number(h) < 12 ? 720 : 0);
  for (const value of machineDates(ctx)) {
    const clock = /^\d{4}-\d\d-\d\d[T ](\d\d):(\d\d)(?::[\d.,]+)?$/.exec(value);
    if (clock === null) continue;
    const offset = zoneOffsetMinutes(zone, Date.parse(`${value.slice(0, 16)}Z`));
    const gap = (Number(clock[1]) * 60 + Number(clock[2]) - shown + offset) % 1440;
    if (offset !== 0 && gap === 0) return null;
  }
  return { zone, source: `${groups.w} beside a time` };
}

/**
 * The offset a page's own clock shows for its UTC instant, where nothing else names its zone:
 * an Arc XP page's `datePublished` "2024-12-09T08:15:00Z" under the date line "Mon 9 Dec 2024,
 * 12:15 PM" is 12:15 at +04:00. The first date line showing a year and a clock time; a whole or
 * half hour's difference, at most fourteen; none where the zone `against` then shows the same.
 */
function shownClockZone(ctx: PageContext, against?: string): PageZone | null {
  let shown = Number.NaN;
  let line = '';
  for (const el of ctx.index.hinted) {
    line = textOf(el);
    if (line.length < 80 && /(?:19|20)\d\d/.test(line) && /\d:\d\d/.test(line)) {
      shown = Date.parse(parseDate(line, 'UTC') ?? '');
      break;
    }
  }
  for (const value of machineDates(ctx)) {
    if (!/\d:\d\d(?::[\d.]+)?(?:Z|\+00:?00)$/.test(value)) continue;
    const minutes = (shown - Date.parse(value)) / 60_000;
    const zone = minutes % 30 === 0 && Math.abs(minutes) <= 840 ? fixedZone(minutes) : null;
    if (zone === null || minutes === 0) continue;
    if (against === undefined || zoneOffsetMinutes(against, Date.parse(value)) !== minutes)
      return { zone, source: `the clock time "${line}"` };
  }
  return null;
}

/** hAtom's classes for an instant kept in the element's `title`. */
const HATOM_CLASS = /(?:^|\s)(?:published|updated)(?:\s|$)/;

/**
 * The offset an hAtom element shows for the UTC instant in its `title`: al.com's `<span
 * class="updated" title="2016-12-22T21:53:29Z">December 22, 2016 at 3:53 PM</span>` is
 * 3:53 PM at -06:00. A whole or half hour's difference, at most fourteen.
 */
function titledClockZone(ctx: PageContext): PageZone | null {
  for (const el of ctx.index.elements) {
    const title = el.attribs.title ?? '';
    if (!HATOM_CLASS.test(el.attribs.class ?? '') || !/\d:\d\d(?::[\d.]+)?Z$/.test(title)) continue;
    const text = textOf(el);
    // To the minute: the text shows no seconds ("3:53 PM" for 21:53:29Z).
    const shown = Date.parse(parseDate(text, 'UTC') ?? '');
    const minutes = Math.round((shown - Date.parse(title)) / 60_000);
    if (!/\d:\d\d/.test(text) || minutes === 0 || minutes % 30 !== 0 || Math.abs(minutes) > 840)
      continue;
    const zone = fixedZone(minutes);
    if (zone !== null) return { zone, source: `the clock time "${text}" of its UTC title` };
  }
  return null;
}

/**
 * Infers the zone a page writes its times in.
 *
 * @param ctx - the page
 * @param url - its canonical URL
 * @param declaredLanguage - its declared language tag (`de-AT`, `vi`), normalized
 * @returns the zone and the evidence, or null when the page says nothing about it
 */
export function inferPageZone(
  ctx: PageContext,
  url: string | null,
  declaredLanguage: string | null,
): PageZone | null {
  const [language = ''] = (declaredLanguage ?? '').toLowerCase().split('-');
  const region = regionOf(declaredLanguage ?? '');
  const ogLocale = ctx.meta.get('og:locale')?.[0] ?? '';
  const localeRegion = regionOf(ogLocale);
  const host = countryOfHost(url) ?? '';
  // A page whose first declaration names the language alone (`<html lang="ar">`, Arabic being
  // read in many zones) may name the country in another: JSON-LD's `inLanguage: "ar-EG"`.
  const other = [
    ...(ctx.meta.get('content-language') ?? []),
    ...valuesOf(ctx.jsonLd.article, 'inLanguage'),
  ]
    .map((value) => stringOf(value) ?? '')
    .find((tag) => COUNTRY_ZONES[regionOf(tag)] !== undefined);
  const contact = host === '' ? contactCountry(ctx) : null;
  const evidence: [string | undefined, string][] = [
    [COUNTRY_ZONES[host], `domain .${host}`],
    [contact === null ? undefined : COUNTRY_ZONES[contact[0]], contact?.[1] ?? ''],
    [COUNTRY_ZONES[region], `language tag ${declaredLanguage}`],
    [COUNTRY_ZONES[localeRegion], `og:locale ${ogLocale}`],
    [COUNTRY_ZONES[regionOf(other ?? '')], `language tag ${other}`],
    [
      language === 'bn' && namesWestBengal(ctx, url ?? '') ? COUNTRY_ZONES.in : undefined,
      'West Bengal',
    ],
    [LANGUAGE_ZONES[language], `language ${language}`],
  ];
  const signs = evidence.find(([zone]) => zone !== undefined);
  const named = host === '' ? namedZone(ctx, signs?.[0] ?? 'UTC', language) : null;
  const found = (named === null ? signs : [named.zone, named.source]) ?? headlineScriptZone(ctx);
  const country: PageZone | null =
    found?.[0] === undefined ? null : { zone: found[0], source: found[1] };
  const offset = writtenOffset(ctx);
  if (offset !== null) {
    const sign = offset.minutes < 0 ? '-' : '+';
    const abs = Math.abs(offset.minutes);
    const written = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    // The country's zone when it agrees with the written offset (it also knows daylight saving).
    if (country !== null && zoneOffsetMinutes(country.zone, offset.instant) === offset.minutes) {
      return { zone: country.zone, source: `offset ${written} on the page and ${country.source}` };
    }
    const zone = fixedZone(offset.minutes);
    if (zone !== null) return { zone, source: `offset ${written} on the page` };
  }
  // A country of several zones is read at its capital's; the page's own clock may show another
  // (a Queensland paper's "10:23AM" for 00:23Z, in Sydney's summer).
  if (/[._-](?:au|br|ca|id|kz|mx|ru|us)$/i.test(country?.source ?? '')) {
    return shownClockZone(ctx, country?.zone) ?? titledClockZone(ctx) ?? country;
  }
  return country ?? shownClockZone(ctx);
}
