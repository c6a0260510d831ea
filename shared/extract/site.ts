/**
 * Who publishes the page: its names (`og:site_name`, the JSON-LD publisher, the configured
 * publisher's name) and its host. Used to tell the site's own name from a headline's words and
 * from a person's name.
 */
import { decodeHTML } from 'entities';
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';
import { resolveRef, stringOf, valuesOf } from './json-ld.ts';
import { firstMeta } from './meta-tags.ts';
import type { PageContext } from './metadata.ts';
import { TextAnswers } from './text-answers.ts';

/** The site's names and host, folded for comparison (see {@link foldLetters}). */
export interface SiteIdentity {
  /** Folded site names, e.g. `nzzch`, `stuttgarterzeitung`. */
  readonly names: readonly string[];
  /** Folded labels of the host that name the site: `www.n-tv.de` → `ntv`. */
  readonly hostLabels: readonly string[];
  /**
   * The folded `twitter:site` handle when it is all that names the site (no `og:site_name`,
   * `application-name`, publisher or configured name): a personal site's is its author's name.
   */
  readonly handle?: string;
  /**
   * The labels of the host before the one naming the site, lower case, but for `www`, `m`,
   * `amp` and `mobile`: a hosted blog's name (`mcupdate.tumblr.com` → `mcupdate`).
   */
  readonly subdomains?: readonly string[];
  /**
   * The folded parts of the page's `<title>` besides its headline (its site's or section's
   * names), where the bylines are read: an outlet written after a name and a dash.
   */
  readonly titleParts?: readonly string[];
  /**
   * The initials of the site's names of several words, folded: `tto` of "Tuổi Trẻ Online". A
   * CMS may write them as every article's author.
   */
  readonly initials?: readonly string[];
}

/** Subdomains that name no blog or section: the web server's, the mobile site's. */
const PLAIN_SUBDOMAINS: ReadonlySet<string> = new Set(['www', 'm', 'amp', 'mobile']);

/**
 * The labels of a host before the one {@link siteLabelOfHost} names, but for `www`, `m`, `amp`
 * and `mobile`: `mcupdate.tumblr.com` → `mcupdate`.
 */
function subdomainsOfHost(host: string): string[] {
  const label = siteLabelOfHost(host);
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const at = label === null ? -1 : labels.indexOf(label);
  return at <= 0 ? [] : labels.slice(0, at).filter((l) => !PLAIN_SUBDOMAINS.has(l));
}

/** A character outside ASCII and General Punctuation (U+2000–U+206F). */
const NOT_PLAIN = /[\u0080-\u1fff\u2070-\uffff]/;
const NOT_ASCII_ALNUM = /[^A-Za-z0-9]+/g;

/**
 * Letters and digits only, lower case, without diacritics: `n-tv NACHRICHTEN` → `ntvnachrichten`.
 *
 * @param text - any text
 * @returns the folded text
 */
export function foldLetters(text: string): string {
  return foldedLetters.of(text, foldLettersOnce);
}

/**
 * Each character that is neither a letter nor a digit.
 * Built on first use, from its source (`from-source.ts`).
 */
const notLetterOrDigit = onFirstUse(() => fromSource(String.raw`[^\p{L}\p{N}]`, 'gu'));

/**
 * The longest text kept folded: names and titles are short, and a long text (a heading of
 * megabytes on a hostile page) kept 2,000 times over would hold the memory of an instance.
 */
const MAX_FOLDED_LENGTH = 1000;
/*
 * Patterns of the functions below, built once, on first use: a `\p{…}` literal in a function
 * is bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
/** Combining marks. */
const marks = onFirstUse(() => fromSource(String.raw`\p{M}`, 'gu'));
/** An acronym in capitals: "LBCI", "TTO". */
const capitalAcronym = onFirstUse(() => fromSource(String.raw`^\p{Lu}[\p{Lu}\d]{2,}$`, 'u'));
/** A word in small letters: an account named after the site. */
const lowerAccount = onFirstUse(() => fromSource(String.raw`^\p{Ll}[\p{Ll}\d]{3,}$`, 'u'));

/**
 * Texts folded, and their folding: the site's names, a title's parts and a page's candidate
 * names are folded again and again (four times each on average), the others in Unicode by
 * normalizing and two passes of property classes. At most 2,000 texts are kept: the map is
 * emptied when full.
 */
const foldedLetters = new TextAnswers<string>(2000, MAX_FOLDED_LENGTH);

function foldLettersOnce(text: string): string {
  // ASCII and General Punctuation (dashes, quotes, spaces): nothing decomposes into a letter or
  // digit and nothing is a mark, so the letters and digits are kept as they are, lower-cased.
  if (!NOT_PLAIN.test(text)) return text.replace(NOT_ASCII_ALNUM, '').toLowerCase();
  return text.normalize('NFKD').replace(marks(), '').toLowerCase().replace(notLetterOrDigit(), '');
}

/** Second-level labels under which a country registers names: `bbc.co.uk`, `abc.net.au`. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'ne', 'or', 'go']);

/**
 * The labels of a host that name its site: `www.n-tv.de` → `n-tv`, `news.bbc.co.uk` → `bbc`.
 *
 * @param host - a host name
 * @returns the label before the public suffix, or none for an IP address or a bare name
 */
export function siteLabelOfHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return null;
  let end = labels.length - 1;
  if (end >= 2 && SECOND_LEVEL.has(labels[end - 1] ?? '') && (labels[end] ?? '').length === 2) {
    end -= 1;
  }
  return labels[end - 1] ?? null;
}

/**
 * The site's identity from the page and its URL.
 *
 * @param ctx - the page
 * @param url - the page's canonical URL, when known
 * @param configuredName - the configured publisher's name
 * @returns its folded names and host labels
 */
export function readSiteIdentity(
  ctx: Pick<PageContext, 'meta' | 'jsonLd' | 'siteName'>,
  url: string | null,
  configuredName?: string,
): SiteIdentity {
  const fold = (n: string | null | undefined) => foldLetters(decodeHTML(n ?? '').replace(/^@/, ''));
  const written = [
    ctx.siteName,
    configuredName,
    firstMeta(ctx.meta, 'og:site_name', 'application-name'),
    // Dublin Core's publisher ("Ediciones El País"): old CMSs write it as every page's author.
    firstMeta(ctx.meta, 'dc.publisher', 'dcterms.publisher'),
    ...valuesOf(ctx.jsonLd.article, 'publisher').map((p) =>
      stringOf(resolveRef(p, ctx.jsonLd.byId)),
    ),
  ];
  const named = written.map(fold).filter(Boolean);
  const initials = [...new Set(written.map(initialsOf).filter((i) => i.length >= MIN_INITIALS))];
  const twitter = named.length === 0 ? fold(firstMeta(ctx.meta, 'twitter:site')) : '';
  const names = [...new Set([...named, twitter].filter(Boolean))];
  let hostLabels: string[] = [];
  let subdomains: string[] = [];
  if (url !== null) {
    try {
      const host = new URL(url).hostname;
      const label = siteLabelOfHost(host);
      if (label !== null) hostLabels = [foldLetters(label)].filter((l) => l.length >= 2);
      subdomains = subdomainsOfHost(host);
    } catch {
      hostLabels = [];
    }
  }
  return {
    names,
    hostLabels,
    ...(twitter === '' ? {} : { handle: twitter }),
    ...(subdomains.length === 0 ? {} : { subdomains }),
    ...(initials.length === 0 ? {} : { initials }),
  };
}

/**
 * The site's identity with the initials of more of its names: the `<title>`'s parts besides the
 * headline, where a portal writes its name and declares it nowhere else ("… - Tuổi Trẻ Online"
 * beside the author meta "TTO").
 *
 * @param site - the site's identity
 * @param names - names written on the page
 * @returns the identity, their initials added
 */
export function withInitialsOf(site: SiteIdentity, names: readonly string[]): SiteIdentity {
  const more = names.map(initialsOf).filter((i) => i.length >= MIN_INITIALS);
  if (more.length === 0) return site;
  return { ...site, initials: [...new Set([...(site.initials ?? []), ...more])] };
}

/** The fewest initials read as a site's acronym. */
const MIN_INITIALS = 2;

/** The first letters of a name's words, folded: `tto` of "Tuổi Trẻ Online"; '' for one word. */
function initialsOf(name: string | null | undefined): string {
  const words = decodeHTML(name ?? '')
    .split(/\s+/)
    .map((w) => foldLetters(w))
    .filter((w) => w !== '');
  return words.length < 2 ? '' : words.map((w) => w.charAt(0)).join('');
}

/**
 * A person's name written in words, each capitalized: "Mattias Geniar".
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const wordsOfAName = onFirstUse(() => /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u);

/**
 * Words that end an outlet's name after a bar or dash beside a name ("Rajeev Dhir | NJ Advance
 * Media", "… - Daily Herald", "… | Axel Springer Verlag").
 */
export const OUTLET_END =
  /(?<!\p{L})(?:media|news|press|group|network|times|post|herald|tribune|journal|gazette|daily|magazine|radio|tv|television|broadcasting|publishing|verlag|zeitung|agency|agentur|enquirer|inquirer|courier|observer|chronicle|register|bulletin|dispatch|examiner|sentinel|ledger|telegraph|today|guardian|courant|statesman|advocate)$/iu;

/**
 * More words that end outlets' names, not people's ("Daily Mail", "Drudge Report"), and the
 * articles that open them ("Le Figaro", "Les Echos", "The Verge").
 */
const MORE_OUTLET_END =
  /(?:mail|report|insider|review|express|mirror|star|sun|wire|weekly|online)$|^(?:the|l[aeo]s?|el|il|gli|der|die|das|het|de)\s/i;

/**
 * Whether a name is the person a personal site is named after: written in words as a person's
 * name, it is what the site's `twitter:site` handle spells, and nothing else names the site
 * ("Mattias Geniar", `@mattiasgeniar`); or what its host spells, the site named so or not at all
 * ("Steph Ango" on stephango.com), when no word ending outlets' names ends it.
 *
 * @param text - a candidate name
 * @param site - the site's identity
 * @returns true for the site's own person
 */
export function isSitesPerson(text: string, site: SiteIdentity): boolean {
  const name = text.trim();
  const folded = foldLetters(name);
  if (!wordsOfAName().test(name)) return false;
  if (site.hostLabels.includes(folded) && site.names.every((n) => n === folded)) {
    return !OUTLET_END.test(name) && !MORE_OUTLET_END.test(name);
  }
  return folded === site.handle && !site.hostLabels.includes(site.handle);
}

/**
 * A domain name written in a text: `hessenschau.de`, `www.dw.com`, `ORF.at`, `VOV.VN`. Its
 * top-level domain is in lower or upper case: an initial before a capitalized name is a
 * Vietnamese byline's ("H.Vy", "Q.Anh"), no domain.
 */
const DOMAIN = fromSource(
  String.raw`(?:^|[\s(@/])(?:[\p{L}\p{N}-]+\.)+(?:[a-z]{2,6}|[A-Z]{2,6})(?=$|[\s),/])`,
  'u',
);
/** A text that is a domain name and nothing else: `hessenschau.de`, `www.dw.com`. */
const WHOLE_DOMAIN = fromSource(String.raw`^\s*(?:[\p{L}\p{N}-]+\.)+[a-z]{2,6}\s*$`, 'iu');

/**
 * Whether a text names the site or another outlet rather than a person: the site's name or
 * host ("Stuttgarter Zeitung", "Lto"), a text starting with the host's name ("n-tv NACHRICHTEN",
 * "MDR THÜRINGEN"), a domain name ("mdr.de", "Deutsche Welle (www.dw.com)"), or the start of the
 * site's name or host as an acronym in capitals ("LBCI") or an account in lower case ("luxurious"
 * on luxuriousmagazine.com).
 *
 * @param text - a candidate name
 * @param site - the site's identity
 * @returns true when it is the site or an outlet, not a person
 */
export function namesSite(text: string, site: SiteIdentity): boolean {
  return namesSiteBy(text, site, DOMAIN, MAX_HOST_WORDS);
}

/**
 * Whether a heading names the site as {@link namesSite} tells, but for a domain that it only
 * mentions: a headline may ("cron.weekly issue #130: …", "Why example.com changed its logo"),
 * and for a host's name written in words, which it may open with ("The Guardian view on …").
 *
 * @param text - a heading's text
 * @param site - the site's identity
 * @returns true when it is the site or an outlet, not a headline
 */
export function headingNamesSite(text: string, site: SiteIdentity): boolean {
  return namesSiteBy(text, site, WHOLE_DOMAIN, 1);
}

/**
 * Vietnamese degrees run together with dots before a name ("PGS.TS NGUYỄN VĂN AN", "ThS.BS Phạm
 * Thu Hà"): a scholar's signature, no domain name.
 */
const DEGREES_BEFORE_NAME =
  /^\s*(?:(?:p?gs|tskh|ts|ths|bsckii|bscki|bs|ks|ncs|cn|ds)\.\s?)+(?:p?gs|tskh|ts|ths|bs)?\s+\p{Lu}/iu;

function namesSiteBy(text: string, site: SiteIdentity, domain: RegExp, hostWords: number): boolean {
  const folded = foldLetters(text);
  if (folded === '') return false;
  if (site.names.includes(folded) || site.hostLabels.includes(folded)) return true;
  if (domain.test(text) && !DEGREES_BEFORE_NAME.test(text)) return true;
  // An outlet's acronym that starts the site's name or host: "LBCI" of "LBCIV7", lbcgroup.tv;
  // or that its name's words begin: "TTO" of "Tuổi Trẻ Online".
  if (capitalAcronym().test(text.trim())) {
    if ([...site.names, ...site.hostLabels].some((n) => n.startsWith(folded))) return true;
    if (site.initials?.includes(folded) === true) return true;
  }
  // A CMS account named after the site, in lower case: "luxurious" on luxuriousmagazine.com.
  if (lowerAccount().test(text.trim())) {
    if ([...site.names, ...site.hostLabels].some((n) => n.startsWith(folded))) return true;
  }
  // The host's name opening the text, in its first words: "n-tv NACHRICHTEN", "Teen Vogue
  // Magazine" on teenvogue.com — a name of a few words, not a headline opening with a place the
  // host is named after ("Ninh Bình: Đẩy nhanh tiến độ …" on ninhbinh.gov.vn).
  const words = text.trim().split(/\s+/);
  if (words.length > hostWords + MAX_WORDS_AFTER_HOST) return false;
  let opening = '';
  for (const word of words.slice(0, hostWords)) {
    opening += foldLetters(word);
    if (opening.length >= 2 && site.hostLabels.includes(opening)) return true;
  }
  return false;
}

/** Most words a host's name is written in ("Teen Vogue" of teenvogue.com). */
const MAX_HOST_WORDS = 3;
/** Most words a site's name adds after its host's ("Magazine", "NACHRICHTEN", "Online Edition"). */
const MAX_WORDS_AFTER_HOST = 3;

/** A host name written as a name: `nieuwsblad.be`, `www.ndr.de`. */
const HOST_NAME = fromSource(String.raw`^(?:www\.)?([\p{L}\p{N}-]+)\.[a-z]{2,6}$`, 'iu');

/**
 * Whether a value is the site's own name or host, exactly: `DER SPIEGEL` on spiegel.de, `NDR.de`,
 * `Les Echos` (not a text that starts with it: "9to5Mac Gift Guide").
 *
 * @param value - a name as written
 * @param site - the site's identity
 * @returns true for the site's declared name, its host label or host name
 */
export function isSiteName(value: string, site: SiteIdentity): boolean {
  const folded = foldLetters(HOST_NAME.exec(value)?.[1] ?? value);
  return folded !== '' && (site.names.includes(folded) || site.hostLabels.includes(folded));
}

/** A word in capitals that may be an acronym: "LHPN", "UBND". */
const ACRONYM = onFirstUse(() => /^\p{Lu}{2,8}$/u);

/**
 * How many of `words`, from `from` on, an acronym spells by their initials ("LHPN" of "Liên
 * hiệp Phụ nữ"): 0 when it spells none.
 */
function spelledWords(acronym: string, words: readonly string[], from: number): number {
  if (!ACRONYM().test(acronym)) return 0;
  const letters = foldLetters(acronym);
  const initials = words
    .slice(from, from + letters.length)
    .map((w) => foldLetters(w).charAt(0))
    .join('');
  return initials === letters ? letters.length : 0;
}

/**
 * Whether two texts write the same name, word for word, a word in capitals standing for the
 * words its letters begin: "Hội LHPN tỉnh Hải Dương" and "Hội Liên hiệp Phụ nữ tỉnh Hải Dương".
 *
 * @param one - a name as written
 * @param other - another
 * @returns true when they name the same
 */
export function writesSameName(one: string, other: string): boolean {
  const a = one.trim().split(/\s+/);
  const b = other.trim().split(/\s+/);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (foldLetters(x) === foldLetters(y)) {
      i++;
      j++;
      continue;
    }
    const spelledInB = spelledWords(x, b, j);
    const spelledInA = spelledInB > 0 ? 0 : spelledWords(y, a, i);
    if (spelledInB === 0 && spelledInA === 0) return false;
    i += spelledInB > 0 ? 1 : spelledInA;
    j += spelledInB > 0 ? spelledInB : 1;
  }
  return i === a.length && j === b.length && foldLetters(one) !== '';
}
