/**
 * The authors the page declares: JSON-LD `author`, then author meta tags, then the byline
 * elements of the page, then a short line linking to authors' pages, then an author label, then
 * a short line opening with a word for "by" before names. Each source's values are split into
 * people and filtered: what names the site, an outlet, a navigation word, a credit or a CMS
 * account is not a person, and a source left with no person gives way to the next. When none names a person, the outlet JSON-LD declares as the author
 * stands.
 */
import type { AnyNode, Element } from 'domhandler';
import { isAuthorPageLink } from './author-links.ts';
import {
  isAccountName,
  isCreditLine,
  isJobTitle,
  isLabelWord,
  isNewsroomSignOff,
  isPersonName,
  isSponsorDisclosure,
  isWireAgency,
  withoutJobTitle,
} from './author-names.ts';
import {
  chineseCreditNames,
  cleanAuthors,
  looksLikeName,
  namesOutletByForm,
  OUR_STAFF,
  opensInLowerCaseInUse,
  parseByline,
  titleCase,
  wireDatelineReporters,
} from './authors.ts';
import {
  closest,
  descendants,
  HEADING_TAGS,
  hasItemprop,
  INLINE,
  isBelow,
  isElement,
  isHidden,
  LISTS,
  linesExcept,
  namesPictureText,
  precedes,
  renderedLengthWithin,
  renderedText,
  siblingElement,
  textExcept,
  textOf,
  unrendered,
} from './content/dom.ts';
import { closestTable, isDataTable } from './content/layout.ts';
import { BLOCK } from './content/score.ts';
import { shortText } from './content/short-text.ts';
import { isDateline, isShortDateline, parseDate } from './dates.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource, matchesOf } from './from-source.ts';
import {
  isJsonLdScript,
  type JsonLdNode,
  resolveRef,
  stringOf,
  typesOf,
  valuesOf,
} from './json-ld.ts';
import { standfirstTest } from './lead.ts';
import { PARSELY_PAGE_AUTHORS, SCOPED_AUTHOR_NAME } from './meta-tags.ts';
import type { PageContext } from './metadata.ts';
import {
  AUTHOR_HINT,
  AUTHOR_LABEL,
  hasClassPart,
  labelledAsByline,
  labelsItsRegion,
  testHooks,
} from './metadata-hints.ts';
import { surnameFirst } from './name-list.ts';
import {
  bodyText,
  headlineHolders,
  isArticleMicrodata,
  isBylineNav,
  ownArticle,
  type PageIndex,
  pageHeadline,
  type ShownLine,
  shownLinesAfter,
  storyCards,
} from './page-index.ts';
import { linkPath, sectionLinkTest } from './section-links.ts';
import { foldLetters, isSiteName, isSitesPerson, namesSite, type SiteIdentity } from './site.ts';
import {
  cleansToNothing,
  cleanText,
  countWords,
  hasSpacelessScript,
  letterOrDigitRuns,
  PROSE_WORDS,
} from './text.ts';
import { TextAnswers } from './text-answers.ts';
import {
  BY_WORD,
  BYLINE_OPENING,
  isPlaceAndDate,
  METADATA_FIELDS,
  readText,
  TEXT_CREDIT_LABEL,
} from './trailing-byline.ts';
import { NAMES_JOINER, namesVietnamesePeople } from './vietnamese-names.ts';

/** Declared authors and where they came from. */
export interface AuthorChoice {
  readonly names: readonly string[];
  /** e.g. `json-ld author`, `meta author`, `byline element .author`; empty when none. */
  readonly source: string;
  /** The value as read. */
  readonly raw?: string;
}

const ORGANISATION_TYPES = new Set([
  'organization',
  'newsmediaorganization',
  'corporation',
  'governmentorganization',
  'ngo',
  'educationalorganization',
]);

/** The profile URL of a CMS account rather than a person: `/author/admin/`, `/user/editor`. */
const CMS_ACCOUNT_PROFILE =
  /\/(?:author|autor|user|members?)\/(?:[\w-]*admin[\w-]*|editor|redaktion|webmaster)\/?(?:\s|$|[#?])/i;

/** A profile at ".../author/admin/" is the CMS account that posted the page, whatever its name. */
function isCmsAccount(node: JsonLdNode): boolean {
  return CMS_ACCOUNT_PROFILE.test(`${stringOf(node['@id']) ?? ''} ${stringOf(node.url) ?? ''}`);
}

/**
 * The name of a JSON-LD author: a string, a Person's `name` or given and family names; with
 * `agency`, a wire agency's typed as an Organization too.
 */
function jsonLdAuthorName(value: unknown, ctx: PageContext, agency = false): string | null {
  const node = resolveRef(value, ctx.jsonLd.byId);
  if (typeof node === 'string') return node;
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return null;
  const person = node as JsonLdNode;
  const name = stringOf(person.name);
  const organisation = typesOf(person).some((t) => ORGANISATION_TYPES.has(t));
  if (organisation && !(agency && name !== null && isWireAgency(name))) return null;
  if (isCmsAccount(person)) return null;
  if (name !== null) return name;
  const given = stringOf(person.givenName);
  const family = stringOf(person.familyName);
  return given === null && family === null ? null : `${given ?? ''} ${family ?? ''}`.trim();
}

/** An outlet credited with its domain: "Deutsche Welle (www.dw.com)". */
const OUTLET = fromSource(
  String.raw`\((?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+\.[a-z]{2,6}\/?\)`,
  'iu',
);
/** An e-mail address. */
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
/** An e-mail address, with the angle brackets around it ("Jane Doe <jane@example.com>"). */
const EMAIL_ADDRESS = new RegExp(String.raw`<\s*(?:mailto:)?${EMAIL}\s*>|${EMAIL}`, 'gu');

/**
 * A name without the site's declared name written after it on the same line ("Kevin McCoy USA
 * TODAY", the outlet in a span of its own beside the last reporter).
 */
function withoutTrailingSite(name: string, site: SiteIdentity): string {
  const words = name.split(' ');
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    // The site's declared name only: a surname may be the host's word (Anna Maria Berg, berg.de).
    if (site.names.includes(foldLetters(words.slice(-k).join(' ')))) {
      return words.slice(0, -k).join(' ');
    }
  }
  return name;
}

/** Splits and filters the raw values of one source into people. */
function people(values: readonly string[], site: SiteIdentity, capitalized = false): string[] {
  const names: string[] = [];
  for (const raw of values) {
    for (const name of peopleOnPage(raw, site, capitalized)) {
      if (!names.some((n) => sameName(n, name))) names.push(name);
    }
  }
  // A job title beside a name is not a person ("Jon King, News Reporter"); a byline that is
  // only one is what the publisher signs with ("Guardian staff reporter"). So is an outlet
  // beside a name ("Sarah Brookbank" over "Cincinnati Enquirer"), unless a wire agency, which
  // signs with its reporters.
  const persons = names.filter((n) => !isJobTitle(n) && (!namesOutletByForm(n) || isWireAgency(n)));
  return persons.length > 0 ? persons : names;
}

/** {@link peopleOnPage}'s answers, by page (its site) and value. */
const PEOPLE_ON_PAGE = new WeakMap<SiteIdentity, Map<string, readonly string[]>>();

/**
 * {@link readPeople}'s answer for one raw value, read once per page: the thousands of links,
 * labels or teasers of a page may each repeat one name.
 */
function peopleOnPage(raw: string, site: SiteIdentity, capitalized: boolean): readonly string[] {
  let read = PEOPLE_ON_PAGE.get(site);
  if (read === undefined) {
    read = new Map();
    PEOPLE_ON_PAGE.set(site, read);
  }
  const key = `${capitalized ? 'C' : 'c'}${raw}`;
  let names = read.get(key);
  if (names === undefined) {
    names = readPeople(raw, site, capitalized);
    read.set(key, names);
  }
  return names;
}

/**
 * One word of letters, then a bar, a middle dot or a bullet with spaces on both sides, before a
 * capital: the section a byline opens with. Without the spaces, a middle dot joins a transcribed
 * name's parts ("约翰·史密斯") or Korean reporters' names ("김민수·이영희 기자").
 */
const SECTION_BEFORE_NAMES = /^([\p{L}\p{M}]+)\s+[|·•]\s+(?=\p{Lu})/u;
/** A value, a dash, and a last part without one: "Joy Cantos - Philstar.com". */
const DASHED = /^(.+?)\s+[-–—]\s+([^-–—]+)$/u;
/** A value ending in a word of two letters or more, a full stop, and a last part without one. */
const STOPPED = /^(.+?\p{L}{2})\.\s+([^.]+)$/u;

/** The people one raw value names, each once, in order (what {@link people} reads of it). */
function readPeople(raw: string, site: SiteIdentity, capitalized: boolean): string[] {
  const names: string[] = [];
  // A reporter's address at the site's domain ("배윤경 기자 bykj@mk.co.kr") names no outlet.
  let text = cleanText(raw.replace(EMAIL_ADDRESS, ' '));
  // "MDR (Engin Haupt, Alisa Sonntag)": the outlet, then its reporters.
  const inner = /^([^()]+?)\s*\(([^()]+)\)$/.exec(text);
  if (inner?.[1] !== undefined && inner[2] !== undefined && namesSite(inner[1], site)) {
    text = inner[2];
  }
  // After a name and a dash, the site, a domain or an outlet its <title> names ("Joy Cantos -
  // Philstar.com", "… - Pilipino Star Ngayon") is no second person.
  // So after a full stop ("Finian Cunningham. Sputnik International"), one after a word of two
  // letters or more: an initial's stop ("John F. Kennedy") splits nothing.
  for (const parts of [DASHED.exec(text), STOPPED.exec(text)]) {
    const after = parts?.[2] ?? '';
    if (
      parts?.[1] !== undefined &&
      (namesSite(after, site) || site.titleParts?.includes(foldLetters(after)))
    ) {
      text = parts[1];
      break;
    }
  }
  // A section's one word set before the names by a spaced bar or dot ("Politik · Anna Berg, Jan
  // Kowalski", "Kultur | Eva Schmidt") labels them, as a kicker does: no one is named so.
  const sectioned = SECTION_BEFORE_NAMES.exec(text);
  if (sectioned?.[1] !== undefined && !isWireAgency(sectioned[1]))
    text = text.slice(sectioned[0].length);
  // A value that names an outlet ("hessenschau.de, Frankfurt, Germany") or credits a picture
  // names no person in any of its parts; a name before a bar is read whatever the outlet after
  // it names ("Rajeev Dhir | NJ Advance Media for NJ.com").
  const firstPart = text.split(/\s*[,(|]\s*/)[0] ?? '';
  const outlet = namesSite(firstPart, site) && !isSitesPerson(firstPart, site);
  if (text === '' || isCreditLine(text) || outlet || OUTLET.test(text)) return [];
  // A sponsor credited where the byline goes ("Sponsored by Acme Bank") wrote nothing.
  if (isSponsorDisclosure(text)) return [];
  for (const written of cleanAuthors(text)) {
    const name = withoutTrailingSite(written, site);
    // On the page, a person's name is written with a capital ("capital" is a brand's label);
    // a wire agency credited beside the names may not be ("…, dpa").
    if (capitalized && opensInLowerCaseInUse(name) && !isWireAgency(name)) continue;
    if (isPersonName(name, site) && !names.some((n) => sameName(n, name))) names.push(name);
  }
  return names;
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Meta tags that name the author. */
const AUTHOR_META = [
  'author',
  SCOPED_AUTHOR_NAME,
  'article:author',
  'article_author',
  'article:byline',
  'og:author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'parsely-author',
  'sailthru.author',
  'cxenseparse:author',
  'mrf:authors',
];

/**
 * The author's function or role beside the name, as its class says it (`author_func`), or in
 * camel case (`authorRole`).
 */
const ROLE_PART =
  /(?:^|[-_\s])(?:func|function|role|job|position|profession|occupation)(?=$|[-_\s])/i;
const CAMEL_ROLE_PART =
  /[a-z](?:Func|Function|Role|Job|Position|Profession|Occupation)(?=$|[-_\s])/;

/**
 * Parts of an author box that are not the name: the biography, the photo, the links, the
 * counters of views and posts (`author-views`, `author-count`), the function ({@link ROLE_PART}).
 */
const NOT_NAME_PART = new RegExp(
  String.raw`bio|avatar|image|img|photo|picture|desc|about|social|contact|follow|share|more|date|time|brand|(?:^|[-_\s])(?:views?|counts?|stats)(?=$|[-_\s])|${ROLE_PART.source}`,
  'i',
);
/**
 * Navigation, asides and modal dialogs name other pages' and components' authors; a figure and
 * its caption credit the picture.
 */
const OUTSIDE = new Set(['nav', 'aside', 'footer', 'header-nav', 'figure', 'figcaption', 'dialog']);
const OUTSIDE_CLASS =
  /related|sidebar|comment|guest-?book|condolence|teaser|recommend|newsletter|most-?read|most-?popular|trending|recirc/gi;
/**
 * What may hold this article's byline when it is inside the article that holds the headline:
 * an `<aside>` beside the headline, the article's `<footer>`, a header module named "teaser" or
 * a "sidebar-grid" layout.
 */
const OWN_ARTICLE_TAGS: ReadonlySet<string> = new Set(['aside', 'footer']);
const OWN_ARTICLE_CLASS = /^(?:sidebar|teaser)$/i;
const ADDRESS: ReadonlySet<string> = new Set(['address']);
/**
 * A list a site's menu is built of (WordPress's `menu-item`, a `sub-menu`, a `main-menu`):
 * navigation whatever its tag, even where an item's class names an author ("menu-item-object-
 * guest-author" links a columnist's page).
 */
const LIST_TAGS: ReadonlySet<string> = new Set([...LISTS, 'li']);
const MENU_CLASS = /(?:^|\s)(?:[\w-]*[-_])?menu(?:[-_][\w-]*)?(?=\s|$)/i;

/** Whether an element is marked as a byline: `rel`/`itemprop` author, or its class or id. */
/** Whether an element of a byline is the author's function or role (`author_func`, `author-role`). */
function namesRole(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && (ROLE_PART.test(cls) || CAMEL_ROLE_PART.test(cls));
}

export function isAuthorElement(el: Element): boolean {
  if (marksAuthor(el) || labelledAsByline(el)) return true;
  // The hidden label of a byline region names the region ("Article information"), no one.
  if (labelsItsRegion(el)) return false;
  // No hint holds a space: testing class and id apart first spares most elements the join.
  const { class: cls, id } = el.attribs;
  if (
    !(cls !== undefined && AUTHOR_HINT.test(cls)) &&
    !(id !== undefined && AUTHOR_HINT.test(id))
  ) {
    // A test hook names the component where hashed class names say nothing.
    const hooks = testHooks(el);
    return hooks !== '' && AUTHOR_HINT.test(hooks) && !NOT_NAME_PART.test(hooks);
  }
  // A part naming the author and the date together (`post-author-date`) is a byline with its date.
  return !NOT_NAME_PART.test(`${cls ?? ''} ${id ?? ''}`.replace(AUTHOR_AND_DATE, ''));
}

/** A class part naming the author's box and the date's in one: `post-author-date`, `authorDate`. */
const AUTHOR_AND_DATE = /(?<=author)[-_]?(?:date|time)(?![a-z])/gi;

/**
 * A letter. Built once, on first use: a `\p{…}` literal in a function is
 * bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
const aLetter = onFirstUse(() => fromSource(String.raw`\p{L}`, 'u'));

/**
 * The elements below a byline marked up as single names: `[itemprop="name"]`, or links to
 * author pages (`a[href*="autor"]`, `a[href*="author"]`), in document order. A plain walk:
 * compiling that selector for every byline element cost more than reading the page's bylines.
 */
function markedNames(byline: Element): Element[] {
  const marked = descendants(byline).filter((d) => hasItemprop(d, 'name') || linksAuthorPath(d));
  // A name marked around names marked one by one (`<span itemprop="name"><a href="/author/…">
  // …</a> <a href="/author/…">…</a></span>`) is their line: the inner ones are the names.
  const names = marked.filter((m) => !marked.some((inner) => isBelow(inner, m)));
  // Links to one author page name one person, in the first of them that has words: a card the
  // byline hides links the page again under a label ("Autorenseite von"); a portrait links it
  // with no words before the name's link does.
  const seen = new Set<string>();
  return names.filter((m) => {
    const href = m.name === 'a' && m.attribs.href !== undefined ? linkPath(m.attribs.href) : null;
    if (href === null || !aLetter().test(textOf(m))) return true;
    if (seen.has(href)) return false;
    seen.add(href);
    return true;
  });
}

/**
 * Whether an element links to an author's page or note: its path or fragment says so
 * (`/autor/…`, `/authors/…`, `#author-0`); its query may name anything ("as_sauthors=…" of a
 * search for the author's papers).
 */
function linksAuthorPath(el: Element): boolean {
  const href = el.name === 'a' ? el.attribs.href : undefined;
  const path = href === undefined ? undefined : href.replace(/\?[^#]*/, '');
  return path !== undefined && (path.includes('autor') || path.includes('author'));
}

/**
 * The elements below a byline marked as the author one by one (`<ul class="authors"><li><div
 * rel="author">…</div><div>Close · More from …</div></li>…`), when several each show a name:
 * each one's, not the pop-up card beside it. None inside another; null when fewer than two.
 */
function markedAuthorsInside(byline: Element): Element[] | null {
  const all = descendants(byline).filter(marksAuthor);
  const marked = all.filter((m) => !all.some((inner) => isBelow(inner, m)));
  return marked.length > 1 && marked.every((m) => aLetter().test(textOf(m))) ? marked : null;
}

/** Whether an element marks an author itself: `rel="author"` or `itemprop="author"`. */
function marksAuthor(el: Element): boolean {
  return el.attribs.rel === 'author' || hasItemprop(el, 'author');
}

/** A parent's element children by tag and class, in order, and how many children it had. */
const CHILDREN_ALIKE = new WeakMap<
  Element,
  { readonly count: number; readonly groups: Map<string, Element[]> }
>();

/**
 * The children of `parent` with the tag and class of `el`, in order: grouped once per parent
 * (again when its children changed), as each of thousands of children set in one box may ask.
 */
function childrenAlike(parent: Element, el: Element): Element[] {
  const key = (c: Element) => `${c.name} ${c.attribs.class ?? ''}`;
  let cached = CHILDREN_ALIKE.get(parent);
  if (cached === undefined || cached.count !== parent.children.length) {
    const groups = new Map<string, Element[]>();
    for (const c of parent.children) {
      if (!isElement(c)) continue;
      const group = groups.get(key(c));
      if (group === undefined) groups.set(key(c), [c]);
      else group.push(c);
    }
    cached = { count: parent.children.length, groups };
    CHILDREN_ALIKE.set(parent, cached);
  }
  // A child taken out of the page since is no longer one.
  return (cached.groups.get(key(el)) ?? []).filter((c) => c.parent === parent);
}

/**
 * The siblings of an author element marked alike, itself included, in order: by `rel` or
 * `itemprop`, or by the same tag and class (`<a class="post-author">dpa</a><a
 * class="post-author">MM-Redaktion</a>`).
 */
function markedSiblings(el: Element): Element[] {
  const parent = el.parent;
  if (parent === null || parent.type !== 'tag') return [];
  if (marksAuthor(el)) return markedInBylineBlock(el);
  const cls = el.attribs.class;
  if (cls === undefined) return [];
  // Set alike, but holding more than a byline's block (the article body, sharing a utility
  // class such as "clearfix" with the byline box), a sibling names no one.
  const siblings = childrenAlike(parent as Element, el).filter(
    (c) => c === el || shownLength(c) <= MAX_BYLINE_BLOCK,
  );
  if (siblings.length === 1) return alikeInBoxesAlike(el) ?? siblings;
  // More than a byline names is a list of other things set alike.
  return siblings.length <= MAX_AUTHOR_ITEMS ? siblings : [el];
}

/**
 * The author elements alike (same tag and class) in author boxes alike side by side, one in
 * each (`<div class="author"><img …><a class="author__name">…</a><span>Journalist</span></div>`
 * once per reporter): each box shows no more than a byline's block and holds no heading, which
 * a card of another story has.
 */
function alikeInBoxesAlike(el: Element): Element[] | null {
  const isAlike = (d: Element) => d.name === el.name && d.attribs.class === el.attribs.class;
  let node = el.parent;
  for (let depth = 0; depth < BYLINE_BLOCK_DEPTH && node !== null && node.type === 'tag'; depth++) {
    const box = node as Element;
    if (shownLength(box) > MAX_BYLINE_BLOCK || box.parent === null) return null;
    const cls = box.attribs.class;
    const boxes =
      cls === undefined
        ? []
        : box.parent.children.filter(
            (c): c is Element => isElement(c) && c.name === box.name && c.attribs.class === cls,
          );
    if (boxes.length > 1) {
      if (boxes.length > MAX_AUTHOR_ITEMS) return null;
      const names: Element[] = [];
      for (const other of boxes) {
        const inside = descendants(other);
        const own = inside.filter(isAlike);
        if (own.length !== 1 || shownLength(other) > MAX_BYLINE_BLOCK) return null;
        if (inside.some((d) => HEADING_TAGS.has(d.name))) return null;
        names.push(own[0] as Element);
      }
      return names;
    }
    node = box.parent;
  }
  return null;
}

/**
 * The author elements alike in the author boxes alike that a byline element holds (a block of
 * one box per reporter, {@link alikeInBoxesAlike}), from its first innermost author element.
 */
function authorsInBoxesAlike(byline: Element): Element[] | null {
  const inner = descendants(byline).filter(
    (d) => d.attribs.class !== undefined && isAuthorElement(d),
  );
  // In document order, what an element holds comes right after it.
  let first = inner[0];
  if (first === undefined) return null;
  for (const next of inner.slice(1)) {
    if (!isBelow(next, first)) break;
    first = next;
  }
  const found = alikeInBoxesAlike(first);
  return found?.every((f) => isBelow(f, byline)) ? found : null;
}

/** Levels above a marked author looked up for the block of the byline's boxes. */
const BYLINE_BLOCK_DEPTH = 4;
/** Characters a block of bylines shows at most: names, not an article's text. */
const MAX_BYLINE_BLOCK = 200;

/**
 * The elements marked as the author in the smallest block around one that holds more than it,
 * when that block shows no more than bylines (Dagbladet's `<address><a rel="author">…</a>
 * </address>`, one per reporter in boxes side by side); else the element's marked siblings.
 */
function markedInBylineBlock(el: Element): Element[] {
  let node = el.parent;
  for (let depth = 0; depth < BYLINE_BLOCK_DEPTH && node !== null && node.type === 'tag'; depth++) {
    const block = node as Element;
    // A block showing more than bylines, and every block above it, is no block of bylines.
    if (shownLength(block) > MAX_BYLINE_BLOCK) break;
    const all = descendants(block).filter(marksAuthor);
    // One marked inside another (`<span itemprop="author"><a rel="author">`) is one author.
    const marked = all.filter((m) => !all.some((inner) => isBelow(inner, m)));
    if (marked.length > 1) return marked;
    node = block.parent;
  }
  const parent = el.parent as Element;
  return parent.children.filter((c): c is Element => isElement(c) && marksAuthor(c));
}

/** Levels above a byline looked at for the box of another story's card. */
const CARD_DEPTH = 4;
/** Characters a teaser card shows at most: its title, byline, date and a line of summary. */
const MAX_CARD_TEXT = 300;
/** The most characters of a box's text that {@link shownLength}'s callers allow. */
const MAX_SHOWN = Math.max(MAX_CARD_TEXT, MAX_BYLINE_BLOCK);

/**
 * The length of the text a box shows, cleaned, or a length over {@link MAX_SHOWN} when the text
 * is longer: read once per box (a line of thousands of bylines is the box of every one of them),
 * and only as far as needed (each of 10,000 boxes nested shows all the boxes inside it).
 */
const SHOWN_LENGTH = new WeakMap<Element, number>();
function shownLength(box: Element): number {
  let length = SHOWN_LENGTH.get(box);
  if (length === undefined) {
    length = renderedLengthWithin(box, MAX_SHOWN);
    SHOWN_LENGTH.set(box, length);
  }
  return length;
}

/** Sub-headings a teaser card's title is set in. */
const CARD_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** A class word naming a card's title box: `title`, `post-title`, `card__headline`. */
const TITLE_BOX = /(?:^|[\s_-])(?:title|headline|heading)(?=$|[\s_-])/i;

/** A card's title: a sub-heading, or a box whose class names it a title. */
function isCardTitle(el: Element): boolean {
  return CARD_HEADINGS.has(el.name) || TITLE_BOX.test(el.attribs.class ?? '');
}

/**
 * Whether a box around a byline is another story's card: a box of a card's few lines in which a
 * sub-heading before the byline, or a box named a title (`<div class="title">`), links another
 * page with a story's title (`<h4><a href="/?p=1675563">FACT CHECK: Is Tom Brady's …</a></h4>`,
 * the byline and date below); not a kicker linking its section, nor an author box's heading
 * around the byline's own link.
 */
function headsCard(box: Element, byline: Element): boolean {
  // A card shows its title, byline and date, not an article's text or a section's stories.
  if (shownLength(box) > MAX_CARD_TEXT) return false;
  // The last heading before the byline, not one holding it (an author box's, around its link):
  // the card's title, or the byline's own section heading ("Kommentar von").
  const heading = descendants(box)
    .filter((d) => isCardTitle(d) && precedes(d, byline) && !isBelow(byline, d))
    .pop();
  if (heading === undefined) return false;
  // The title's link inside the heading, or around it (`<a><h4>…</h4></a>`).
  const link = descendants(heading).find((d) => d.name === 'a') ?? closest(heading, LINK, box);
  return (
    link !== null &&
    (link.attribs.href ?? '') !== '' &&
    !linksAuthorPath(link) &&
    !isAuthorPageLink(link) &&
    cleanText(renderedText(heading)).length >= CARD_TITLE_CHARS
  );
}

/**
 * Whether a list item is another story's entry: a link before the byline, beside it, leads to
 * another page than a person's with a story's title — a "related stories" list set between or
 * after the paragraphs, each item a headline, a date and "By …", whatever the list's class.
 */
function linksStoryBefore(item: Element, byline: Element): boolean {
  return descendants(item).some(
    (link) =>
      link.name === 'a' &&
      precedes(link, byline) &&
      !isBelow(byline, link) &&
      !/^(?:#|$)/.test(link.attribs.href ?? '') &&
      !linksAuthorPath(link) &&
      !isAuthorPageLink(link) &&
      cleanText(renderedText(link)).length >= CARD_TITLE_CHARS,
  );
}

/** A link holding this many more characters than the byline in it holds a story's title too. */
const CARD_TITLE_CHARS = 20;

/** Path segments of a page about a person, beside the author pages' (`author-links.ts`). */
const PERSON_PAGE_SEGMENT =
  /^(?:profiles?|people|persons?|staff|team|contributors?|by|mitarbeiter(?:in|innen)?|redaktion|equipo|redaccion|redazione)$/i;

/**
 * Whether a link around a byline is a teaser card's: it leads to another page than a person's
 * and holds more text than the byline (the story's title). The link to an author's page, a
 * profile or an address, holding the name, a photo, a job title or a biography, is the byline's
 * own.
 */
function linksCard(link: Element, byline: Element): boolean {
  const href = link.attribs.href ?? '';
  if (href.startsWith('mailto:') || linksAuthorPath(link) || isAuthorPageLink(link)) return false;
  const path = linkPath(href) ?? '';
  if (path.split('/').some((segment) => PERSON_PAGE_SEGMENT.test(segment))) return false;
  return textOf(link).trim().length >= textOf(byline).trim().length + CARD_TITLE_CHARS;
}

/** Entries of a list of links that make it a menu. */
const MENU_ENTRIES = 4;

/**
 * Whether a list is a menu whatever its class: {@link MENU_ENTRIES} entries or more, each one
 * link and nothing else, none marked as an author nor linking to an author's page (a site's
 * global navigation with its section called "Bylines", `<li id="gnPriBylines"><a>個人</a></li>`;
 * not a byline's list of the article's authors).
 */
function isLinkMenu(list: Element): boolean {
  // Asked for each byline element below the list: read once (a long list of them is no
  // quadratic walk).
  let known = linkMenus.get(list);
  if (known === undefined) {
    known = readsAsLinkMenu(list);
    linkMenus.set(list, known);
  }
  return known;
}

/** {@link isLinkMenu}'s answers, by list. */
const linkMenus = new WeakMap<Element, boolean>();

function readsAsLinkMenu(list: Element): boolean {
  const entries = list.children.filter(isElement);
  if (entries.length < MENU_ENTRIES) return false;
  let marked = 0;
  for (const entry of entries) {
    if (entry.name !== 'li') return false;
    const [link, ...rest] = entry.children.filter(
      (child) => isElement(child) || !cleansToNothing(textOf(child)),
    );
    if (link === undefined || rest.length > 0 || !isElement(link) || link.name !== 'a') {
      return false;
    }
    if (linksAuthorPath(link)) return false;
    // The entry the byline was found in may be marked; a list of authors marks them all.
    if ((isAuthorElement(entry) || isAuthorElement(link)) && ++marked > 1) return false;
  }
  return true;
}

/**
 * Navigation (a menu's list too), asides, comments, related and teaser boxes, most-read and
 * trending boxes name other pages' authors, and so do other stories' cards ({@link storyCards})
 * and a card set wholly in a link. Inside the `<article>` (or `<main>`) that holds the headline,
 * an `<aside>` beside the headline, the article's `<footer>`, a header module its CMS calls a
 * "teaser" or a "sidebar-grid" layout holds this article's byline, and a column that holds the
 * headline is no sidebar anywhere; a picture's caption still credits the picture unless
 * `rel="author"` or an `<address>` marks the article's author, and comments, related and
 * newsletter boxes are still others'.
 */
function outsideArticle(el: Element, index: PageIndex): boolean {
  const own = ownArticle(el, index);
  const holders = headlineHolders(index);
  const cards = storyCards(index);
  // The HTML element for the article's author and contact, or a link marked as the author; in a
  // figure, `itemprop="author"` names the picture's author (an ImageObject's property).
  const signed = el.attribs.rel === 'author' || closest(el, ADDRESS, null) !== null;
  for (let node: Element | null = el, depth = 0; node !== null; depth++) {
    // Themes put page-wide words on <body> ("segment--recommended"): only parts count. What is
    // above the headline's article holds the headline, so no other page's box.
    if (node.name === 'body' || node.name === 'html' || node === own) return false;
    if (cards.has(node)) return true;
    if (node !== el && node.name === 'a' && linksCard(node, el)) return true;
    if (depth > 0 && depth <= CARD_DEPTH && !holders.has(node) && headsCard(node, el)) return true;
    if (node !== el && node.name === 'li' && linksStoryBefore(node, el)) return true;
    if (LIST_TAGS.has(node.name) && MENU_CLASS.test(node.attribs.class ?? '')) return true;
    if (node !== el && LISTS.has(node.name) && isLinkMenu(node)) return true;
    if (OUTSIDE.has(node.name) && !(node.name === 'nav' && isBylineNav(node, index))) {
      const caption = node.name === 'figure' || node.name === 'figcaption';
      const waived = OWN_ARTICLE_TAGS.has(node.name) || (caption && signed);
      if (own === null || !waived) return true;
    }
    const cls = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`;
    const words = cls.match(OUTSIDE_CLASS);
    // What holds the headline is no other page's box, whatever its class says ("content
    // container without-sidebar", "comments-enabled").
    const waived =
      holders.has(node) ||
      (own !== null && words?.every((w) => OWN_ARTICLE_CLASS.test(w)) === true);
    if (words !== null && !AUTHOR_HINT.test(cls) && !waived) return true;
    node = node.parent !== null && node.parent.type === 'tag' ? node.parent : null;
  }
  return false;
}

/**
 * Whether a byline element's text opens with a name. An author box that opens with anything
 * else (a label the cleaning does not know, a biography run together with the name, as in
 * `この記事を書いた人渡辺洋介東京社会部…`) names no one reliably: the parts after it are its
 * other lines (a department, fields of interest).
 */
function opensWithName(text: string, site: SiteIdentity): boolean {
  const [first] = cleanAuthors(text);
  return first !== undefined && isPersonName(first, site);
}

/**
 * A letter of a script with capitals (Latin, Cyrillic, Greek…), upper or lower case: two
 * alternatives, which V8 builds six times faster than the class `[\p{Lu}\p{Ll}]` of both.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const casedLetter = onFirstUse(() => /\p{Lu}|\p{Ll}/u);

/**
 * A Japanese reporter's desk or beat on a line of an author box: a department ("経済部",
 * "東京本社社会部", perhaps then a bar and more) or what the reporter is in charge of ("日銀・金融担当").
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const deskOrBeat = onFirstUse(() =>
  fromSource(
    String.raw`^[\p{scx=Han}\p{scx=Kana}]{2,12}?(?:部|局|支社|班)(?:$|\s*[｜|/／・])|担当$`,
    'u',
  ),
);

/**
 * The lines of a byline laid out on several (`<div>Name</div><div>Outlet</div><div>Date</div>`,
 * or spans and links that meet without a space: `<a>Name</a><span>Reporter</span>`), after a
 * "By" label and up to the first that names no person: read together they run into one
 * ("NameOutletTue").
 *
 * @returns the lines naming people, or null when the byline is one line or opens otherwise
 */
function leadingNameLines(
  byline: Element,
  skip: (el: Element) => boolean,
  site: SiteIdentity,
): string[] | null {
  const lines = linesExcept([byline], skip, BLOCK, true)
    .map(cleanText)
    .filter((line) => line !== '');
  if (lines.length < 2) return null;
  const names: string[] = [];
  for (const line of lines) {
    // A label ("By", "Posted by", "Kommentar von", "Autor:", "Contributors") or a job title
    // before the names is passed over; after them, it ends them ("Stand:", "Travel News
    // Reporter").
    if (LABEL_LINE.test(line) || isJobTitle(line) || isLabelWord(line) || deskOrBeat().test(line)) {
      if (names.length === 0) continue;
      break;
    }
    // A date or a count ends the names ("Tue, 26 November 2024", "3 min read"); so does an
    // author box's link ("View all posts by …").
    if (line.length > 100 || /\p{N}/u.test(line) || !opensWithName(line, site)) break;
    // A line of a teaser or a quote ("Verlasst verdammt nochmal Minneapolis") is no name:
    // every word of a name in a cased script is capitalized.
    if (!cleanAuthors(line).every((name) => looksLikeName(name) || !casedLetter().test(name)))
      break;
    names.push(line);
  }
  return names.length > 0 ? names : null;
}

/**
 * Whether a byline element holds a single element marked as the author (by class or id) whose
 * text opens with a name, and is not the byline's whole text.
 */
function holdsNamedAuthor(byline: Element, site: SiteIdentity): boolean {
  // Other parts named alike that name no one (a box of links, `byline_links`) do not count.
  let own: string | undefined;
  for (const d of descendants(byline)) {
    if (d.name === 'a' || !isAuthorElement(d)) continue;
    const text = cleanText(textOf(d));
    if (!opensWithName(text, site)) continue;
    // A second one: the byline names several people in parts of its own.
    if (own !== undefined) return false;
    own = text;
  }
  return own !== undefined && own !== cleanText(textOf(byline));
}

/** Words of a full name laid out as an element of its own. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/**
 * A Chinese, Japanese or Korean name, written without a space: two to six Han or kana
 * characters ("山田太郎", "小林愛"), or two to four Hangul syllables ("김지훈").
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const cjkName = onFirstUse(() =>
  fromSource(String.raw`^(?:[\p{scx=Han}\p{scx=Kana}\p{scx=Hira}]{2,6}|[가-힣]{2,4})$`, 'u'),
);

/**
 * Names laid out as elements side by side with nothing but spaces between them
 * (`<span>Birgit Baumann</span> <span>Anna Giulia Fink</span>`, or nothing at all between
 * the links of Chinese, Japanese and Korean names: `<a href="/reporter/1">山田太郎</a><a
 * href="/reporter/2">小林愛</a>`): several people, not one name of eight words. Each element holds a full name; a first and a last name apart (`<span>Anna
 * </span> <span>Berg</span>`) are one person's.
 *
 * @returns the elements, or null when the byline is not laid out so
 */
function namesSideBySide(byline: Element): Element[] | null {
  for (const parent of [byline, ...descendants(byline)]) {
    const children = parent.children.filter(isElement);
    if (children.length < 2) continue;
    const spacesOnly = parent.children.every((c) => isElement(c) || textOf(c).trim() === '');
    if (!spacesOnly) continue;
    const allNames = children.every((c) => {
      const text = cleanText(textOf(c));
      // Links each to a page of its own: a family and a given name apart are one person's.
      if (c.name === 'a' && c.attribs.href !== undefined && cjkName().test(text)) return true;
      const words = text.split(' ').length;
      const sized = words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS;
      return sized && looksLikeName(text) && !LABEL_LINE.test(text);
    });
    return allNames ? children : null;
  }
  return null;
}

/** Punctuation and "by" labels around a byline's parts. */
const AROUND_NAME = new RegExp(
  String.raw`^(?:[\s,;|·•–—-]|${BY_WORD}(?=[\s:]|$)|:)+|[\s,;|·•–—-]+$`,
  'gu',
);

/**
 * The one name a byline marks (a link to the author's page, `itemprop="name"`), when the rest of
 * the byline, its other links aside (social profiles, "Google Scholar"), only labels the name,
 * says what the person does or repeats the name ("Daniel Großert Redakteur", "Steffan Rhys Deputy
 * Content Hub Director", a hidden full name beside the shown first and last name); else null.
 */
function soleName(byline: Element, marked: Element): string | null {
  const name = cleanText(textOf(marked));
  if (name === '') return null;
  const skip = (e: Element) => e === marked || (e.name === 'a' && !linksAuthorPath(e));
  const rest = cleanText(textExcept([byline], skip)).replace(AROUND_NAME, '');
  return rest === '' ||
    isJobTitle(rest) ||
    foldLetters(rest) === foldLetters(name) ||
    // The place and the date in fields of their own ("Palma de Mallorca | 08/01/2014").
    isPlaceAndDate(rest.split(METADATA_FIELDS), (text) => isDateline(text, 'UTC'))
    ? name
    : null;
}

/** Elements that set a name apart by its weight. */
const EMPHASIS: ReadonlySet<string> = new Set(['strong', 'b']);

/** The one bold element of a byline, when it has exactly one. */
function emphasizedName(byline: Element): Element | undefined {
  const bold = descendants(byline).filter((d) => EMPHASIS.has(d.name));
  return bold.length === 1 ? bold[0] : undefined;
}

/** Words of the label opening a byline's list item ("Author", "Reporting from") at most. */
const MAX_ITEM_LABEL_WORDS = 4;

/**
 * A list item's label and value when the item opens with an element of its own whose text ends
 * in a comma, the value after it (`<li><span>Author, </span>Ambia Hirsi</li>`); else null. A
 * full name is no label (`<li><span>Jane Doe, </span>Reuters</li>`).
 */
function labelledItem(item: Element): { label: string; value: string; hidden: boolean } | null {
  const whole = cleanText(renderedText(item));
  for (const d of descendants(item)) {
    const text = cleanText(renderedText(d));
    // A box around the whole item is passed; the first element with words inside it opens the
    // item, or none does.
    if (text === '' || text === whole) continue;
    if (!whole.startsWith(text) || !text.endsWith(',')) return null;
    const label = text.slice(0, -1).trim();
    const words = label.split(' ').length;
    if (label === '' || words > MAX_ITEM_LABEL_WORDS || /\d/.test(label)) return null;
    if (fullNames().test(label)) return null;
    return { label, value: whole.slice(text.length).trim(), hidden: isHidden(d) };
  }
  return null;
}

/** Whether a list item holds no words, or a `<time>` and nothing else. */
function isDateOrEmptyItem(item: Element): boolean {
  const text = cleanText(renderedText(item));
  const time = descendants(item).find((d) => d.name === 'time');
  return text === '' || (time !== undefined && cleanText(renderedText(time)) === text);
}

/**
 * The names of a byline laid out as a list whose every item opens with a label of its own ending
 * in a comma, a label for screen readers (`<ul><li><span>Author, </span>Ambia Hirsi</li><li>
 * <span>Role, </span>BBC Swahili</li><li><span>Reporting from, </span>Nairobi</li></ul>`): the
 * labels are in the page's language, and the byline opens with its author, so the names are the
 * values of the items labelled as the first is. Null when the byline is not laid out so.
 */
function labelledItemNames(byline: Element): string[] | null {
  // An item with no words, or the date alone, is no field of names: it needs no label.
  const items = descendants(byline).filter((d) => d.name === 'li' && !isDateOrEmptyItem(d));
  if (items.length === 0 || items.length > 2 * MAX_AUTHOR_ITEMS) return null;
  const read = items.map(labelledItem);
  const first = read[0];
  if (first === null || first === undefined || read.some((r) => r === null || r.value === '')) {
    return null;
  }
  return read.filter((r) => r?.label === first.label).map((r) => r?.value ?? '');
}

/**
 * The authors of a list no class marks whose every item opens with a label hidden for screen
 * readers, ending in a comma, two labels at least told apart (`<ul><li><span class="visually-
 * hidden">Author, </span>Yusuf Jumah</li><li><span class="visually-hidden">Nafasi, </span>BBC
 * Swahili</li>…`): a byline's fields read out, where a teaser list labels each item alike
 * ("Video, "). Read as {@link labelledItemNames} reads a byline's list.
 */
function fromHiddenLabelledList(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  const { index } = ctx;
  for (const list of [...index.byTag('ul'), ...index.byTag('ol')]) {
    const items = list.children.filter((c): c is Element => c.type === 'tag' && c.name === 'li');
    if (items.length < 2 || items.length > 2 * MAX_AUTHOR_ITEMS) continue;
    // Most lists (menus, teasers) fail on their first item: the others are read only then.
    if (labelledItem(items[0] as Element)?.hidden !== true) continue;
    const read = items.map(labelledItem);
    if (!read.every((r) => r?.hidden === true)) continue;
    if (new Set(read.map((r) => r?.label)).size < 2 || outsideArticle(list, index)) continue;
    const values = labelledItemNames(list);
    const names = values === null ? [] : people(values, site, true);
    if (names.length > 0) {
      return { names, source: 'list of hidden labels', raw: cleanText(renderedText(list)) };
    }
  }
  return null;
}

/**
 * What a byline element names, by the first reading that applies: several names marked up one
 * by one (links to author pages, `itemprop="name"`, a line of marked siblings: `Von <a
 * rel=author>A</a>, <a rel=author>B</a>`) or laid out side by side; one marked (or, unmarked,
 * bold) name beside a job title; the lines the box is laid out on; its text whole when that opens
 * with a name. `notNames` skips the parts that name no person (section links, the outlet).
 *
 * @returns the raw names and the elements read for them when several (the element's marked
 *   siblings, boxes alike beside it), or null when the element names no one
 */
function bylineValues(
  el: Element,
  text: string,
  notNames: (e: Element) => boolean,
  site: SiteIdentity,
): { readonly values: string[]; readonly from?: readonly Element[] } | null {
  const labelled = labelledItemNames(el) ?? cjkLabelledNames(text, site);
  if (labelled !== null && people(labelled, site, true).length > 0) return { values: labelled };
  const siblings = markedSiblings(el);
  const listed = siblings.length > 1 ? siblings : (markedAuthorsInside(el) ?? markedNames(el));
  // A part classed as the place filed from, or as the role (`authorRole`), is no one's box.
  const several = (
    listed.length > 1 ? listed : (authorsInBoxesAlike(el) ?? namesSideBySide(el))
  )?.filter((box) => !hasClassPart(box, PLACE_PART) && !namesRole(box));
  // Items that name no one (an author box's "See All Articles", "Subscribe to RSS") leave the
  // box's lines to read.
  if (several !== undefined && several.length > 1) {
    // Each one's first line: a card sets the name above its job title ("<h5>Jane Doe</h5><p>Staff
    // Writer</p>"), which read whole run together ("Jane DoeStaff Writer").
    const texts = several
      .map((box) => linesExcept([box], () => false, BLOCK, true)[0] ?? textOf(box))
      .filter((line) => !CATEGORY_LINE.test(cleanText(line)));
    if (people(texts, site, true).length > 0) return { values: texts, from: several };
  }
  // Unmarked, a name set in bold beside its job title (`<strong>Steffan Rhys</strong> Deputy
  // Content Hub Director`) is read the same way.
  const one =
    listed.length === 1 ? listed[0] : listed.length === 0 ? emphasizedName(el) : undefined;
  const sole = one === undefined ? null : soleName(el, one);
  if (sole !== null) return { values: [sole] };
  const lines = leadingNameLines(el, notNames, site);
  // Read whole, a box whose parts run together ("BySophie FosterTravel News Reporter") opens
  // with no name; its lines may. Scripts without spaces run every part together, so there the
  // whole box must open with a name (`この記事を書いた人渡辺洋介…` opens with a label), or with its
  // one name line before a part that is no line (`谢若含` then the date's `2017-03-01 14:27:02`).
  const first = lines?.length === 1 ? lines[0] : undefined;
  const opensWithLine = first !== undefined && text.startsWith(first) && isPersonName(first, site);
  if (lines !== null && (!hasSpacelessScript(text) || opensWithLine)) return { values: lines };
  if (!opensWithName(text, site)) return null;
  return { values: lines ?? [text.length <= 100 ? text : ''] };
}

/**
 * The authors an app keeps in its embedded state (`"contentAuthors":["Birgit Baumann", …]`,
 * `"authors" : [ "STEVE PEOPLES", … ]`) or an analytics data layer (`"contentAuthor":"Julian
 * Seiferth (jse)"`), a list of strings or one string, with the quotes of escaped JSON allowed.
 */
const EMBEDDED_AUTHORS =
  /\\?["'](?:(?:content|article|page)Authors?|authors|authorNames?|author_names?)\\?["']\s*:\s*(\[[^\][{}]{1,400}\]|\\?["'][^"'\\]{2,120}\\?["'])/g;
/** A CMS account's handle after a name: "Julian Seiferth (jse)". */
const HANDLE_AFTER_NAME = fromSource(String.raw`\s*\([\p{L}\d._-]{1,20}\)$`, 'u');
/** Characters around the authors within which the state must name the page's headline. */
const HEADLINE_WINDOW = 600;
/** Headline words of at least this many letters are looked for beside the authors. */
const MIN_PROBE_LETTERS = 4;
/** How many of the headline's words must stand beside the authors. */
const PROBE_WORDS = 3;

/**
 * The authors of the page's app state, when nothing on the page names one: a list kept beside
 * the page's own headline (three of its words within {@link HEADLINE_WINDOW} characters), so a
 * related story's authors in the same state are not taken.
 */
function fromEmbeddedState(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  const [h1] = ctx.index.byTag('h1');
  const headline = h1 === undefined ? '' : cleanText(textOf(h1));
  const probes = (headline.match(letterOrDigitRuns()) ?? []).filter(
    (w) => w.length >= MIN_PROBE_LETTERS,
  );
  if (probes.length < PROBE_WORDS) return null;
  for (const script of ctx.index.byTag('script')) {
    if (isJsonLdScript(script)) continue;
    const text = textOf(script);
    if (!text.includes('uthor')) continue;
    for (const m of matchesOf(EMBEDDED_AUTHORS, text)) {
      const around = text.slice(
        Math.max(0, m.index - HEADLINE_WINDOW),
        m.index + m[0].length + HEADLINE_WINDOW,
      );
      if (probes.filter((w) => around.includes(w)).length < PROBE_WORDS) continue;
      // Names only: a template's placeholder ("$context.authors") is none.
      const values = [...(m[1] ?? '').matchAll(/\\?["']([^"'\\]{2,120})\\?["']/g)]
        .map((v) => (v[1] ?? '').replace(HANDLE_AFTER_NAME, ''))
        .filter((v) => /^\p{L}[\p{L}\p{M}'’ .,&-]*$/u.test(v));
      const names = people(values, site, true);
      if (names.length > 0) return { names, source: 'embedded JSON', raw: values.join(', ') };
    }
  }
  return null;
}

/** Parts of a class name that mark a byline's part as the outlet's, not a person's. */
const OUTLET_PART = /^(?:source|agency|publication|publisher|outlet|organi[sz]ation|affiliation)$/i;

/** Parts of a class name that mark a byline's part as the place it was filed from. */
const PLACE_PART =
  /^(?:place|location|city|dateline|lugar|localidad|ciudad|cidade|local|luogo|citta|ort|lieu|ville)$/i;

/** Whether a line's element, or one of the two around it, is named as a place ("New Delhi"). */
function namesPlace(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; depth < 3 && node !== null; depth++) {
    if (hasClassPart(node, PLACE_PART)) return true;
    node = node.parent?.type === 'tag' ? (node.parent as Element) : null;
  }
  return false;
}

/** Whether an element of a byline names the outlet: a part of its class says so. */
function namesOutlet(el: Element): boolean {
  return hasClassPart(el, OUTLET_PART);
}

/** The names in the first byline element of the page. */
/**
 * A line opening with a label for the article's categories or tags ("Categoria Saúde e
 * Vigilância Sanitária", "Category: Politics", "Tags: …"): the line of the sections it is filed
 * under, which a theme may set in a box classed as its byline (Plone's `documentByLine` holds
 * the date, and again the category), naming no one.
 */
const CATEGORY_LINE =
  /^(?:categor(?:y|ies|ia|ias|ie|ía|ías)|catégories?|kategorie(?:n)?|kategori(?:a|e|er)?|rubri(?:k|que|ca)|secci[oó]n|se[cç][aã]o|sezione|editoria|assuntos?|temas?|tags?|topics?|schlagw[oö]rter|chuyên mục|danh mục)(?:\s*[:：]|\s)/iu;

/** A date's element: a word of its own, whatever stands around it. */
const TIME: ReadonlySet<string> = new Set(['time']);

/**
 * A byline with the page language's "and" written as "&" where other languages read the word
 * otherwise: Dutch and Afrikaans "en" joins names ("Peter de Vries en Sanne Bakker"), while in
 * Spanish or French it is "in" before the place filed from ("Ana López en Buenos Aires").
 */
function withPageAnd(text: string, ctx: PageContext): string {
  return /^(?:nl|af)\b/.test(ctx.language ?? '') ? text.replace(/ en (?=\p{Lu})/gu, ' & ') : text;
}

/**
 * A byline's text ({@link textExcept}) with a space around each `<time>`: a date set right after
 * the name's element (`<span>By Jane Doe</span><time>5 December 2026</time>`, "Na Mwandishi
 * Wetu" then "<time>Jumamosi, …</time>") is no part of the name's last word.
 */
function spacedText(el: Element, skip: (e: Element) => boolean): string {
  return descendants(el).some((d) => d.name === 'time')
    ? linesExcept([el], skip, TIME).join(' | ')
    : textExcept([el], skip);
}

function fromBylineElements(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  const { index } = ctx;
  const isSectionLink = sectionLinkTest(index);
  for (const el of index.hinted) {
    if (!isAuthorElement(el) || el.name === 'meta' || el.name === 'link') continue;
    if (outsideArticle(el, index) && !isArticleMicrodata(el, index)) continue;
    // A place classed as the author's ("author-location") names no one.
    if (hasClassPart(el, PLACE_PART)) continue;
    // A section's name linked beside the byline is not a person's, nor is the part naming the
    // outlet (`<span class="c-byline__source">The Associated Press</span>`) or the place filed
    // from (`<span class="location">Dhaka</span>` after "Staff Correspondent").
    const notNames = (e: Element) =>
      (e.name === 'a' && isSectionLink(e)) ||
      namesOutlet(e) ||
      namesRole(e) ||
      (e !== el && hasClassPart(e, PLACE_PART));
    const text = withPageAnd(cleanText(spacedText(el, notNames)), ctx);
    // A "By" label in an element of its own names no one, nor does a line of categories.
    if (text === '' || text.length > 160 || BY_AT_END.test(text) || CATEGORY_LINE.test(text)) {
      continue;
    }
    // Nor does a sponsor's disclosure, whose sponsor may be set apart as a name is.
    if (isSponsorDisclosure(text)) continue;
    // A byline wrapping the author's own element beside others (`<span class="author">Tom
    // Davies</span> <span class="publication">Associated Press</span>`): the inner one, which
    // comes next, names the person.
    if (holdsNamedAuthor(el, site)) continue;
    const read = bylineValues(el, text, notNames, site);
    if (read === null) continue;
    // A name marked in its line (`<address>Von <a rel="author">…</a>, <span>…</span></address>`):
    // the line's other names too.
    const line = marksAuthor(el) && el.parent?.type === 'tag' ? (el.parent as Element) : null;
    const lineText = line === null ? text : cleanText(spacedText(line, notNames));
    const names = withUnmarkedNames(lineText, people(read.values, site, true), site);
    if (names.length > 0) {
      const cls = el.attribs.class?.split(/\s+/)[0];
      const source = `byline element ${el.name}${cls ? `.${cls}` : ''}`;
      // Names read from elements set alike beside it too (a box per reporter): the trace says
      // so, and shows what each gave, not the first box's text alone.
      const beside = (read.from ?? []).filter((f) => f !== el && !isBelow(f, el)).length;
      return beside === 0
        ? { names, source, raw: text }
        : {
            names,
            source: `${source} and ${beside} set alike beside it`,
            raw: read.values.map(cleanText).join(', '),
          };
    }
  }
  return null;
}

/**
 * Every name of a "By" line of which only some are marked or linked ("By STEVE PEOPLES, <a>THOMAS
 * BEAUMONT</a> and AMELIA THOMSON-DEVEAUX"): the line read whole when that names each of the
 * marked ones, else the marked ones.
 *
 * @param line - the line's text
 * @param names - the names marked or linked in it
 * @param site - the page's site, whose name is no person's
 * @returns the names
 */
function withUnmarkedNames(line: string, names: string[], site: SiteIdentity): string[] {
  if (names.length === 0 || !BYLINE_OPENING.test(line)) return names;
  const all = people(parseByline(line) ?? [], site, true);
  return names.every((n) => all.some((a) => sameName(a, n))) ? all : names;
}

/** A byline line runs short ("von Dr. Max Kolter"); a link inside a paragraph is a mention. */
const MAX_BYLINE_LINE = 100;

function parentOf(el: Element): Element | null {
  return el.parent !== null && el.parent.type === 'tag' ? el.parent : null;
}

/** Items a list of the article's authors holds at most. */
const MAX_AUTHOR_ITEMS = 6;

/**
 * The line an author page's link stands in: its parent; for a list item, the whole list when
 * every link in it leads to an author's page (`<ul><li><a href="/author/luna-gonzalez">…`, a
 * byline set as a list) — a teaser list's items also link their stories, and are no byline.
 */
function bylineLineOf(link: Element): Element | null {
  const line = parentOf(link);
  if (line === null || line.name !== 'li') return line;
  const list = parentOf(line);
  if (list === null || !LISTS.has(list.name)) return null;
  const items = list.children.filter((c): c is Element => isElement(c) && c.name === 'li');
  const links = descendants(list).filter((d) => d.name === 'a');
  return items.length <= MAX_AUTHOR_ITEMS && links.every(isAuthorPageLink) ? list : null;
}

/**
 * The elements after a byline line, of its tag, that each hold a link to an author's page and
 * no more than a byline's text: one box per author, side by side.
 */
function boxesBeside(line: Element): Element[] {
  const boxes: Element[] = [];
  for (
    let next = siblingElement(line, 'next');
    next !== null;
    next = siblingElement(next, 'next')
  ) {
    if (next.name !== line.name) break;
    const holdsLink = descendants(next).some(isAuthorPageLink);
    if (!holdsLink || renderedLengthWithin(next, MAX_BYLINE_LINE) > MAX_BYLINE_LINE) break;
    boxes.push(next);
  }
  return boxes;
}

/** A label crediting the name after it as the story's editor, at the end of a text. */
const EDITOR_LABEL_BEFORE =
  /(?:(?:edited|editing|reviewed|fact[- ]?checked|produced|curated)\s+by|editors?)\s*:?\s*$/i;
/** How much of the text before a name the editor's label is looked for in. */
const EDITOR_LABEL_CHARS = 30;

/**
 * The links to authors' pages in a byline's line or box, but an editor's ("By <a>Sanskriti
 * Falor</a> | Edited by <a>Aryan Prakash</a>": the web desk links its editors' pages as it does
 * its writers').
 */
function writerLinks(box: Element): Element[] {
  const links: Element[] = [];
  let before = '';
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') before += node.data;
    if (node.type !== 'tag' || node.name === 'script' || node.name === 'style') return;
    if (!isAuthorPageLink(node)) {
      for (const child of node.children) walk(child);
      return;
    }
    if (!EDITOR_LABEL_BEFORE.test(before.slice(-EDITOR_LABEL_CHARS))) links.push(node);
    before += textOf(node);
  };
  for (const child of box.children) walk(child);
  return links;
}

/** A full name: two words or more, or a name in a script written without spaces. */
function isFullName(name: string): boolean {
  return name.includes(' ') || hasSpacelessScript(name) || /\p{Script=Hangul}/u.test(name);
}

/**
 * The names of the first short line that links to authors' pages (a byline without a byline
 * class: `<p class="reader__meta-info">von <a href="/autoren/name/max-kolter">…</a></p>`). Links
 * in list items are menus and site maps (a show called "Reporter"), and a one-word link text is
 * rarely a byline's: both are left out.
 */
function fromAuthorPageLinks(
  ctx: PageContext,
  site: SiteIdentity,
  withUnmarked = true,
): AuthorChoice | null {
  const { index } = ctx;
  // A line is judged once, however many links it holds.
  const judged = new Set<Element>();
  for (const link of index.byTag('a')) {
    if (!isAuthorPageLink(link) || outsideArticle(link, ctx.index)) continue;
    const line = bylineLineOf(link);
    if (line === null || judged.has(line)) continue;
    judged.add(line);
    // A line holding all the page below it (a box at each of 10,000 levels) is not read whole.
    if (renderedLengthWithin(line, MAX_BYLINE_LINE) > MAX_BYLINE_LINE) continue;
    const text = cleanText(renderedText(line));
    const links = writerLinks(line);
    const names = people(
      links.map((a) => renderedText(a)),
      site,
      true,
    );
    if (names.length > 0 && names.every(isFullName)) {
      const whole = withUnmarked ? withUnmarkedNames(text, names, site) : names;
      // One box per author side by side (`<dl><a href="/author/554">…</a></dl><dl>…`): each.
      const beside = boxesBeside(line).flatMap((box) =>
        people(writerLinks(box).map(renderedText), site, true),
      );
      const every = [...whole, ...beside.filter((n) => !whole.some((w) => sameName(w, n)))];
      return { names: every, source: `author page link ${link.attribs.href ?? ''}`, raw: text };
    }
  }
  return null;
}

/** Elements a label is set in (a table's label cell may be a `<td>`, as old portals set it). */
const LABEL_TAGS = ['strong', 'b', 'dt', 'th', 'td', 'label'];
/** The longest author label read. */
const MAX_LABEL_CHARS = 24;
/** Label elements whose value is the next element (a definition, a cell), not the line's rest. */
const LABEL_BEFORE_VALUE: ReadonlySet<string> = new Set(['dt', 'th', 'td']);

/**
 * The names after the first author label of the page: `<li><strong>Autorin/Autor</strong>
 * Roman Goncharenko</li>`, `<dt>Author</dt><dd>Jane Doe</dd>`, `<td>Tác giả:</td><td>Minh
 * Tâm</td>`.
 */
function fromAuthorLabels(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  const { $, index } = ctx;
  // A line is read once, however many labels it holds.
  const judged = new Set<Element>();
  for (const tag of LABEL_TAGS) {
    for (const label of index.byTag(tag)) {
      // A layout's cell may hold the whole page: only a short one is read.
      if (tag === 'td' && shortText(label, MAX_LABEL_CHARS) === null) continue;
      const labelText = cleanText(renderedText(label));
      if (
        labelText.length > MAX_LABEL_CHARS ||
        !AUTHOR_LABEL.test(labelText) ||
        outsideArticle(label, ctx.index)
      ) {
        continue;
      }
      // The rest of the label's line, or the cell or definition that follows it.
      const line = parentOf(label);
      if (line !== null && judged.has(line)) continue;
      if (line !== null) judged.add(line);
      let rest: string;
      if (line !== null && !LABEL_BEFORE_VALUE.has(tag)) {
        // Only a label that opens its line says what the rest of the line is.
        const lineText = cleanText(renderedText(line));
        if (!lineText.startsWith(labelText)) continue;
        rest = lineText.slice(labelText.length);
      } else {
        const next = $(label).next()[0];
        rest = next === undefined ? '' : cleanText(renderedText(next));
      }
      if (rest === '' || rest.length > MAX_BYLINE_LINE) continue;
      const names = people([rest], site, true);
      if (names.length > 0) return { names, source: `author label ${labelText}`, raw: rest };
    }
  }
  return null;
}

/**
 * Words opening a label of other stories by the same author ("Mehr von …", "Weitere Artikel von
 * …", "Alle Beiträge von …"): a box of links to their pages, no byline.
 */
const MORE_FROM = '(?:Mehr|Weitere|Alle|Andere|Neueste|Letzte)';

/**
 * At most two words labelling a byline before a "by" of another language than English:
 * "Kolumne von", "Ein Kommentar von". Before the English "by" such words credit something else
 * ("Designed by", "Powered by", "Photo by").
 */
const LABEL_WORDS = String.raw`(?:(?!${MORE_FROM}\b)\p{Lu}\p{L}*(?:\s+\p{L}+)?\s+(?=(?:[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Aa]f)\b))?`;
/**
 * English words before "by" that credit the text's author: "Written by", "Reported by", "Posted
 * by", a wire's "Reporting by" (its "Editing by" clause names editors, no authors).
 */
const AUTHOR_BY_WORDS = String.raw`(?:(?:[Ww]ritten|[Rr]eported|[Rr]eporting|[Ss]tory|[Ww]ords|[Pp]osted)\s+(?=[Bb]y\b))?`;
/**
 * An author's label and its colon ("Author:", "Writer:", "Autor:", "Auteur :", "Tác giả:",
 * "Người viết:", "Người đăng:", "Penulis:", "Szerző:", "ผู้เขียน:", "Автор:", Turkish "Yazar:",
 * "Muhabir:", "Haber:", Polish "Opracowanie:", Hindi "लेखक:", Persian "نویسنده:", "خبرنگار:"), or a
 * Vietnamese CMS's "written by" or "posted by" ("Viết bởi", "Đăng bởi"): a byline line opens
 * with it as with a word for "by". An account or role after it ("admin", "Quản trị viên")
 * names no one.
 */
const AUTHOR_LABEL_WORD = String.raw`(?:(?:[Aa]ut(?:or(?:in)?|hor|eur|ore)|AUTHOR|AUTOR|[Ww]riter|WRITER|[Tt]ác giả|TÁC GIẢ|[Nn]gười (?:viết|đăng)|[Pp]enulis|PENULIS|[Ss]zerző|[Nn]apisał[a]?|ผู้เขียน|[Аа]втор(?:ы)?|АВТОР|[Yy]aza[rn]|YAZAR|[Mm]uhabir|[Hh]aber|[Oo]pracowanie|लेखक|লেখক|نویسنده|خبرنگار|[Aa]utorka|[Aa]vtor|[Аа]утор|[Pp]iše|[Пп]ише|[Εε]πιμέλεια|[Tt]ác giả bài viết)\s*:|(?:[Vv]iết|[Đđ]ăng) bởi|[Tt]ekst(?=\s+\p{Lu})|[Oo]prac\.)`;
/**
 * What opens a byline line: a word for "by", an author's label ({@link AUTHOR_LABEL_WORD}) or a
 * credit of the text ({@link TEXT_CREDIT_LABEL}).
 */
const LINE_OPENER = `(?:${BY_WORD}|${AUTHOR_LABEL_WORD}|${TEXT_CREDIT_LABEL})`;
/**
 * A line opening with a credit of the text ({@link TEXT_CREDIT_LABEL}) or an author's label.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const textCreditOpening = onFirstUse(
  () => new RegExp(`^(?:${TEXT_CREDIT_LABEL}|${AUTHOR_LABEL_WORD})`, 'u'),
);
/**
 * Whether a line opens with an author's label or a credit of the text ("Tác giả: …", "Author:",
 * "Tin, ảnh: …"): a byline, never a headline.
 *
 * @param text - a line's text
 * @returns true when it opens with such a label
 */
export function opensWithAuthorLabel(text: string): boolean {
  return textCreditOpening().test(text);
}

/** Where a byline's "by" may stand: at the start (past a label) or after a field separator. */
const BY_PLACE = String.raw`(?:^\s*${LABEL_WORDS}${AUTHOR_BY_WORDS}|[|·•]\s*${AUTHOR_BY_WORDS})`;
/**
 * A text that opens a byline with a word for "by" before a capitalised name (`Von Anna…`) or one
 * of a script without capitals (`โดย สมชาย…`), or ends with that word, the name following in an
 * element (`von <a>…</a>`, `… | Von <span>…</span>`).
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const byBeforeName = onFirstUse(
  () =>
    new RegExp(
      String.raw`${BY_PLACE}${LINE_OPENER}\s*:?\s+(?:${OUR_STAFF}\s+)?[\p{Lu}\p{Lo}]`,
      'u',
    ),
);
const BY_AT_END = new RegExp(String.raw`${BY_PLACE}${LINE_OPENER}\s*:?\s*$`, 'u');
/**
 * {@link byBeforeName} or {@link BY_AT_END}, in one search: every text of every line of the page
 * is searched for either, and the two share their long opening.
 */
const byBeforeNameOrAtEnd = onFirstUse(
  () =>
    new RegExp(
      String.raw`${BY_PLACE}${LINE_OPENER}(?:\s*:?\s+(?:${OUR_STAFF}\s+)?[\p{Lu}\p{Lo}]|\s*:?\s*$)`,
      'u',
    ),
);
/**
 * A line of an author box that labels what follows: at most two words and a word for "by"
 * ("Posted by", "Kommentar von"), or a short text ending in a colon ("Autor:", "Stand:").
 */
const LABEL_LINE = new RegExp(String.raw`^(?:\p{L}+\s+){0,2}${BY_WORD}\s*:?$|^[^:]{1,30}:$`, 'u');
/**
 * Where the word for "by" starts in a line, past a label before it ("Kolumne von …").
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const byStart = onFirstUse(() => new RegExp(String.raw`(?<![\p{L}])${LINE_OPENER}(?=\s|:)`, 'u'));
/** A line that is the word for "by" and nothing else: the names follow in the next element. */
const BY_ALONE = new RegExp(String.raw`^${LINE_OPENER}\s*:?$`, 'u');
/** Where a line of several fields splits: "Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch". */
const FIELD_SEPARATOR = /\s*[|·•]\s*/;
/** Elements a byline line is written in: blocks, and the small headings old templates set it in. */
const LINE_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'span',
  'li',
  'address',
  'small',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Emphasis a whole line may be set in (`<h5><em>Von Leonora Holling</em></h5>`). */
const LINE_EMPHASIS: ReadonlySet<string> = new Set(['b', 'strong', 'em', 'i']);

/** The element holding a line's own text: the line, or the emphasis the whole line is set in. */
function lineTextHolder(line: Element): Element {
  let holder = line;
  for (;;) {
    // The one child that shows anything, without making a list (every line of the page is read).
    let only: AnyNode | undefined;
    for (const child of holder.children) {
      if (child.type === 'text' && child.data.trim() === '') continue;
      if (only !== undefined) return holder;
      only = child;
    }
    if (only === undefined || !isElement(only) || !LINE_EMPHASIS.has(only.name)) return holder;
    holder = only;
  }
}

/** A link around a line makes it a teaser's: its byline names another story's author. */
const LINK: ReadonlySet<string> = new Set(['a']);

/** A byline's sections after its names: "By Anna Berg, in News, Politics". */
const IN_SECTIONS = /,\s*in\s+.*$/iu;
/**
 * A word that puts a date after the names: "By Louis Jacobson on Monday, November 18th, 2019",
 * "Đăng bởi Nguyễn Văn An vào lúc 14/12/2023 16:05".
 */
const BEFORE_DATE = /\s+(?:on|am|le|el|il|em|op|den|vào lúc|vào ngày|lúc|ngày)\s+(.+)$/iu;

/**
 * An outlet or a region written in capitals after the names: "…, MDR THÜRINGEN".
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const capitalsAfterNames = onFirstUse(() => /,\s*(?=[^,]*\p{Lu}{2})[^\p{Ll},]+$/u);

/**
 * A byline line from its "by", without what follows its names: its sections, its date, an
 * outlet or region in capitals.
 */
function namesPart(line: string): string {
  const by = byStart().exec(line);
  let text = (by === null ? line : line.slice(by.index)).replace(IN_SECTIONS, '');
  const dated = BEFORE_DATE.exec(text);
  if (dated?.[1] !== undefined && parseDate(dated[1], 'UTC') !== null) {
    text = text.slice(0, dated.index);
  }
  // Only where the names themselves are not in capitals: "BY ANNA BERG, JAN RUF" names two.
  // A wire agency in capitals signs with the names ("Av Ola Nordmann, NTB").
  const capitals = capitalsAfterNames().exec(text);
  if (capitals !== null && isWireAgency(capitals[0].replace(/^,\s*/, ''))) return text;
  const names = capitals === null ? '' : text.slice(0, capitals.index).replace(/^\S+\s*/, '');
  return capitals !== null && /\p{Ll}/u.test(names) ? text.slice(0, capitals.index) : text;
}

/**
 * The names of the first short line that opens with a word for "by" and names people, whatever
 * its class says (`<p class="k1">von <a>David Straub</a></p>`, a line set wholly in emphasis or a
 * small heading: `<h5><em>Von Leonora Holling</em></h5>`, a field of a line: "Do 25.04.24 |
 * 14:07 Uhr | Von Eva Kirchner-Rätsch"). Lines in navigation, asides, teaser boxes and links are
 * other pages' bylines.
 */
function fromBylineLines(
  ctx: PageContext,
  site: SiteIdentity,
  sidebar = false,
): AuthorChoice | null {
  const { index } = ctx;
  for (const el of index.elements) {
    // Emphasis opening a line holds a line of its own: "<b>Tác giả: Minh Tâm</b> - <i>Nguồn:
    // Văn phòng Sở</i>" (not bold words inside a sentence).
    if (!LINE_TAGS.has(el.name) && !(LINE_EMPHASIS.has(el.name) && opensLine(el))) continue;
    // A line set wholly in emphasis holds one element and blank text around it at most.
    const holder = el.children.length <= 3 ? lineTextHolder(el) : el;
    const opener = holder.children.findIndex(
      (child) => child.type === 'text' && bylineOpeners.of(child.data, opensBylineLine),
    );
    // A Korean byline names the reporter before the title, no "by": "김민준 기자".
    if (opener < 0) {
      const names = koreanBylineNames(holder, ctx);
      if (names !== null) return { names, source: 'byline line', raw: names.join(', ') };
      continue;
    }
    const outside = sidebar ? !opensSidebar(el) : outsideArticle(el, ctx.index);
    if (outside || closest(el, LINK, null) !== null) continue;
    // A line marked as a picture's credit or caption credits the picture, in a figure or not
    // (`<span class="credit">By U.S. CUSTOMS AND BORDER PROTECTION</span>` under the photo),
    // unless its label credits the text (a piece's credits: "Nội dung: …" above "Ảnh: …").
    const rendered = cleanText(renderedText(el));
    if (
      (namesPictureText(el) || (el.parent?.type === 'tag' && namesPictureText(el.parent))) &&
      !textCreditOpening().test(rendered)
    ) {
      continue;
    }
    let line = rendered;
    // A Chinese label's names end the line's own text (a link may follow: "返回首页"); a space
    // parts names there, as "、" does.
    const own = holder.children[opener];
    const cjk = own?.type === 'text' ? cjkLabelledNames(own.data, site) : null;
    if (cjk !== null) line = `作者：${cjk.join('、')}`;
    // "<span>Von </span><a>Name</a>": the line is the word's parent.
    const box = BY_ALONE.test(line) && el.parent?.type === 'tag' ? el.parent : el;
    const shown = box === el ? rendered : cleanText(renderedText(box));
    if (box !== el) line = shown;
    // Loose text after a block of the element ("<h3>standfirst</h3> by Duncan Bell / January
    // 19, 2017"): the line runs from "by" to the next block.
    const loose = line.length > MAX_BYLINE_LINE;
    // A line broken after the names ("by Jeff Foust<br><span>Monday, …</span>") ends there;
    // one broken after its "by" alone ("von<br><span>Name</span>") is read whole.
    const rest = holder.children.slice(opener);
    // An author's label after another field shown before it in the line ("<span>Journal #131 -
    // February 2016</span> Author: <a>…</a>"): the byline runs from the label.
    const afterField =
      opensWithAuthorLabel(textOf(holder.children[opener] as AnyNode).trim()) &&
      holder.children.slice(0, opener).some((c) => cleanText(textOf(c)) !== '');
    const run =
      loose || afterField || rest.some((c) => c.type === 'tag' && c.name === 'br')
        ? cleanText(looseRun(rest))
        : null;
    if (run !== null && (loose || byBeforeName().test(run))) line = run;
    if (line.length > MAX_BYLINE_LINE) continue;
    // Credits parted by <br>s ("Thực hiện: A - B<br>Ảnh: C"), each after the first opening
    // with its label, are lines, not one run of text.
    const broken = line === shown ? linesExcept([box], unrendered, BLOCK).map(cleanText) : [];
    const lines =
      broken.length > 1 && broken.slice(1).every((l) => /^\S+(?: \S+)?\s*:/u.test(l))
        ? broken
        : [line];
    for (const field of lines.flatMap((l) => l.split(FIELD_SEPARATOR))) {
      if (!byBeforeName().test(field) && !CJK_AUTHOR_LINE.test(field)) continue;
      const part = namesPart(field);
      const names = people(parseByline(part) ?? [], site, true);
      // After a label ("Kolumne von …"), only full names: "Bilder von Berlin" names no one; so
      // in loose text, where a caption's "von Bankmagazin, Versicherungsmagazin" stands too.
      const labelled = loose || (byStart().exec(field.trim())?.index ?? 0) > 0;
      if (names.length > 0 && (!labelled || names.every(isFullName))) {
        return { names, source: 'byline line', raw: field };
      }
    }
  }
  return null;
}

/**
 * Whether a line's own text opens a byline: a word for "by" ({@link byBeforeNameOrAtEnd}) or a
 * Chinese author's label ({@link CJK_AUTHOR_LINE}).
 */
function opensBylineLine(text: string): boolean {
  return byBeforeNameOrAtEnd().test(text) || CJK_AUTHOR_LINE.test(text);
}

/**
 * {@link opensBylineLine}'s answers kept by the text: the walk over the page's lines runs up to
 * four times a page (two author readings, each with its sidebar walk), and a text is asked again
 * for each element it is the line of (`<p><b>Von …</b></p>`). The opener tries hundreds of label
 * words at each text's start, which cost more than the look-up (8.9 times each distinct text over
 * the benchmark pages).
 */
const bylineOpeners = new TextAnswers<boolean>(2000, 1000);

/**
 * A Chinese author's or text's label (作者, 文), its colon or bar full-width or not, and two to
 * four Han characters a name, or several ("作者：李在山", "作者：余毅菁 向雪妮", "文｜财新 余聪"),
 * the magazine in 《》 or the outlet and 记者 in one word before them ("作者：《中国企业家》记者 林涛",
 * "文 | 澎湃新闻记者 张静"): a
 * byline line with no space after the colon and no capital. A placeholder there (佚名, 本站) is no name: `NOT_NAMES` in `author-names.ts`.
 */
const CJK_AUTHOR_LINE =
  /^\s*(?:作者|文)\s*[:：｜|]\s*(?:《[^》]{1,20}》\s*|\p{scx=Han}{1,8}[记記]者\s*)?(\p{scx=Han}{2,4}(?:[ 、，,]+\p{scx=Han}{2,4}){0,3})\s*$/u;

/**
 * The names of a Chinese labelled byline ({@link CJK_AUTHOR_LINE}), or null when the text is none.
 * The outlet before its reporter ("文｜财新 余聪" on 财新网) is the site's, no one's name; so is the
 * word "reporter" (记者, "财新记者", "澎湃新闻记者").
 */
function cjkLabelledNames(text: string, site: SiteIdentity): string[] | null {
  const words = CJK_AUTHOR_LINE.exec(text)?.[1]?.split(/[ 、，,]+/);
  if (words === undefined) return null;
  const first = words[0] ?? '';
  const own = [...site.names, ...(site.titleParts ?? [])];
  const outlet = own.some((name) => name.startsWith(foldLetters(first)));
  if (words.length > 1 && (outlet || /[记記]者$/u.test(first))) words.shift();
  return words;
}

/** Whether a line is the first element of a box its class or id names a sidebar. */
function opensSidebar(el: Element): boolean {
  const box = el.parent;
  return (
    box?.type === 'tag' &&
    /sidebar/i.test(`${box.attribs.class ?? ''} ${box.attribs.id ?? ''}`) &&
    box.children.find(isElement) === el
  );
}

/** A reporter's title in Korean, after the name: 기자 (reporter), 특파원 (correspondent). */
const KOREAN_TITLE = /기자|특파원/;
/** A Korean name: two to five Hangul syllables. */
const HANGUL_NAME = /^[가-힣]{2,5}$/;

/**
 * The names of a line whose own text is a Korean byline ({@link parseByline}: "김민준 기자",
 * "세종=김민수 기자"), in the article and outside links; else null.
 */
function koreanBylineNames(line: Element, ctx: PageContext): string[] | null {
  if (!line.children.some((c) => c.type === 'text' && KOREAN_TITLE.test(c.data))) return null;
  if (outsideArticle(line, ctx.index) || closest(line, LINK, null) !== null) return null;
  const text = cleanText(renderedText(line));
  if (text.length > MAX_BYLINE_LINE) return null;
  const names = parseByline(text);
  return names?.every((name) => HANGUL_NAME.test(name)) ? names : null;
}

/** Whether an element is the first thing a line or table cell shows. */
function opensLine(el: Element): boolean {
  const parent = el.parent;
  if (parent === null || !isElement(parent)) return false;
  if (!LINE_TAGS.has(parent.name) && !CELLS.has(parent.name)) return false;
  for (const child of parent.children) {
    if (child === el) return true;
    if (child.type === 'text' ? child.data.trim() !== '' : isElement(child)) return false;
  }
  return false;
}

/** The text of `nodes` up to the first that is neither text nor an inline element. */
function looseRun(nodes: readonly AnyNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'tag' && !INLINE.has((node as Element).name)) break;
    text += renderedText(node);
  }
  return text;
}

/** Elements showing text after the headline within which its byline and date stand. */
const MAX_BYLINE_DISTANCE = 30;
/** Elements whose text is never a byline's. */
const NO_NAME_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'title', 'option', 'button']);
/**
 * A full name as a byline writes it, with nothing around it: two to four words of a cased
 * script, each opening with a capital ("Julia Vergin", "Dan Jervis-Bardy", "Anna K. Berg").
 */
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}`;
/**
 * Full names and nothing else, joined by commas or "and" ("Lisa Kaczke and Trevor J. Mitchell").
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const fullNames = onFirstUse(
  () =>
    new RegExp(`^${FULL_NAME}(?:(?:, | (?:and|und|et|y|e|og|och|en|i|и|&) )${FULL_NAME})*$`, 'u'),
);
/** Separators at the ends of a line: "Sehernur Karsu |". */
const EDGE_SEPARATORS = /^[\s|·•/]+|[\s|·•/]+$/gu;
/** Table cells. */
const CELLS: ReadonlySet<string> = new Set(['td', 'th']);
/** A word for "by" alone in a table cell ("Von:", "By"). */
const BY_CELL = new RegExp(`^${BY_WORD}\\s*:?$`, 'u');
/** The longest label heading a table row ("Best Gifts:"). */
const MAX_ROW_LABEL = 60;

/**
 * Whether an element is a record's value, no byline: in a data table's cell, or in a cell whose
 * row a label opens (an infobox's "Best Gifts:" before "<img alt="Poppyseed Muffin.png">
 * Poppyseed Muffin").
 */
function isRecordValue(el: Element): boolean {
  const cell = closest(el, CELLS, null);
  if (cell === null) return false;
  const label = siblingElement(cell, 'prev');
  const labelText = label !== null && CELLS.has(label.name) ? cleanText(textOf(label)) : null;
  // A row the author's label opens ("Tác giả:", "Autor:") is the byline.
  if (labelText !== null && (AUTHOR_LABEL.test(labelText) || BY_CELL.test(labelText))) {
    return false;
  }
  const table = closestTable(cell);
  if (table !== null && isDataTable(table)) return true;
  return labelText !== null && labelText.length <= MAX_ROW_LABEL && labelText.endsWith(':');
}

/**
 * A Korean outlet or desk, then a reporter's name and nothing else, without the reporter's title
 * (기자) Korean bylines mostly write: "정책브리핑 김현주", "연합뉴스 이영희", "정치부 남궁민". The
 * outlet ends with a word for news, a paper, a broadcaster, an agency, a briefing or a desk (부,
 * 국, 팀); the name opens with a common surname (one syllable, then two; or one of two
 * syllables, then one or two), so that two words of a line beside the date ("정렬 최신순") are no
 * byline. Built on its first use ({@link onFirstUse}): few pages need it.
 */
const koreanOutletThenName = onFirstUse(() =>
  fromSource(
    String.raw`^[가-힣]{0,10}(?:뉴스|일보|신문|방송|통신|브리핑|미디어|저널|타임스|투데이|데일리|매거진|[가-힣](?:부|국|팀))\d{0,2} ((?:남궁|황보|제갈|선우|독고|사공|서문)[가-힣]{1,2}|[김이박최정강조윤장임한오서신권황안송전홍유류고문양손배백허남심노하곽성차주우구나민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][가-힣]{2})$`,
    'u',
  ),
);

/** An asker's label: "Người hỏi:", "Asked by", "Frage von". */
const ASKER_LABEL =
  /(?<!\p{L})(?:người (?:hỏi|gửi)|asked by|question from|(?:gefragt|frage) von|pregunta de)\s*:?\s*$/iu;

/**
 * Whether a name follows an asker's label in its line (`<span>Người hỏi:</span> <b>Nguyễn Văn
 * Hưng</b>`): a question-and-answer page names the citizen who asked beside the question's date,
 * who wrote no word of the answer.
 */
function asked(el: Element): boolean {
  let before = '';
  for (let n = el.prev; n !== null && before.length < MAX_ROW_LABEL; n = n.prev) {
    before = (isElement(n) ? textOf(n) : n.type === 'text' ? n.data : '') + before;
  }
  return ASKER_LABEL.test(before);
}

/** Elements after a name within which its date line stands (a separator " | " may come between). */
const DATE_REACH = 2;

/**
 * Last of all, a person's name alone in an element of its own right below the page's headline
 * ({@link pageHeadline}), before any paragraph of prose, beside a date line (`<span>Julia
 * Vergin</span><span> | </span><span>13.06.2023</span>`, `<div>Naufal Zuhdi</div><span>20/1/2026
 * 18:30</span>`) or in the line that shows the date (`<p><a>Jan Ruf</a><br>28.04.2024</p>`): the
 * byline of a page whose class names say nothing.
 */
function fromNameBesideDate(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  const { index, timezone } = ctx;
  const headline = pageHeadline(index);
  if (headline === undefined) return null;
  const title = index.byTag('title')[0];
  const headlineText = `${textOf(headline)} ${title === undefined ? '' : textOf(title)}`;
  const lines: ShownLine[] = [];
  const from = index.elements.indexOf(headline);
  const isStandfirst = standfirstTest(ctx, headline);
  for (const line of shownLinesAfter(index, from, NO_NAME_TEXT, headline)) {
    // Prose ends the search (a short date line in a script without spaces is none), but for the
    // standfirst's.
    if (lines.length === MAX_BYLINE_DISTANCE) break;
    if (countWords(line.text) >= PROSE_WORDS && !isShortDateline(line.text, timezone)) {
      if (isStandfirst(line.el)) continue;
      break;
    }
    lines.push(line);
  }
  // The page's declared section, which it may show beside the date ("North Korea").
  const sections = new Set((ctx.meta.get('article:section') ?? []).map(foldLetters));
  // The names a line shows and nothing else: not a heading's part (its kicker), not the
  // headline's words, not a job title, not the section.
  const namesOf = ({ el, text: shown }: ShownLine): string[] | null => {
    // A Korean outlet or desk, then the reporter without a title: "정책브리핑 김현주".
    const korean = koreanOutletThenName().exec(shown.replace(EDGE_SEPARATORS, ''))?.[1];
    if (korean !== undefined) {
      return closest(el, HEADING_TAGS, null) === null && closest(el, LINK, null) === null
        ? [korean]
        : null;
    }
    // A Chinese credit, the outlet perhaps before "记者" (reporter): "澎湃新闻记者 张静".
    const chinese = chineseCreditNames(shown.replace(EDGE_SEPARATORS, ''));
    if (chinese !== null) {
      return closest(el, HEADING_TAGS, null) === null && closest(el, LINK, null) === null
        ? chinese
        : null;
    }
    // A separator set in the name's own element: "Sehernur Karsu |"; a job title after the
    // name in its line: "Jane Doe, Staff Writer"; the name written "Surname, First" ("Karsu,
    // Sehernur |"), in reading order.
    const bare = shown.replace(EDGE_SEPARATORS, '');
    const text = withoutJobTitle(surnameFirst(bare) ?? bare);
    const avatar = withAvatar(el, text);
    if (
      (!fullNames().test(text) && !avatar) ||
      isJobTitle(text) ||
      (closest(el, HEADING_TAGS, null) !== null && !signsHeading(el, text)) ||
      namesPlace(el) ||
      sections.has(foldLetters(text))
    )
      return null;
    if (headlineText.includes(text) || captionsPicture(el, text) || asked(el)) return null;
    // A sponsor set apart in its disclosure ("Sponsored by <strong>Acme Bank</strong>").
    const block = parentOf(el);
    if (block !== null && isSponsorDisclosure(cleanText(renderedText(block)))) return null;
    const names = people([text], site, true);
    return names.length === 0 || names.some((n) => !avatar && !fullNames().test(n)) ? null : names;
  };
  for (const [at, line] of lines.entries()) {
    const { el, text } = line;
    // The name, the place and the date in fields of one line: "María García | Madrid |
    // 05/12/2026". Two fields may be a place and a date ("Hà Nội | 05/12/2026"): no name.
    const [first = '', ...fields] = text.split(METADATA_FIELDS);
    // A time and a date in fields of their own ("21:40 | 14/12/2024") are one: no place there.
    const date = fields.join(' ');
    const oneDate =
      (fields.length === 1 || fields.some((field) => CLOCK_ALONE.test(field))) &&
      isDateline(date, timezone);
    if (
      fields.length === PLACE_AND_DATE &&
      !oneDate &&
      isPlaceAndDate(fields, (field) => isDateline(field, timezone)) &&
      !isRecordValue(el) &&
      !outsideArticle(el, index)
    ) {
      const own = namesOf({ ...line, text: first });
      if (own !== null) {
        return { names: own, source: 'name beside the date line below the headline', raw: text };
      }
    }
    // Vietnamese names alone before the date's bar ("Thu Hà - Minh Tuấn | 14/12/2024 21:40"), or
    // its dash ("Thu Hà - Minh Tuấn - 14/12/2024 21:40"): a place is one name of two syllables
    // or "Hồ Chí Minh", so one name needs a surname and three. In capitals too ("THU HÀ - MINH
    // TUẤN"), or joined by "và" (and).
    const [names, after] = fields.length > 0 ? [first, date] : splitAtLastDash(first);
    const vietnamese = titleCase(names.trim());
    if (
      (fields.length > 0 ? oneDate : isDateline(after, timezone)) &&
      namesVietnamesePeople(vietnamese) &&
      !outsideArticle(el, index)
    ) {
      const own = vietnamese.split(NAMES_JOINER).map((name) => namesOf({ ...line, text: name }));
      if (own.every((names) => names !== null)) {
        return { names: own.flat() as string[], source: 'names before the date line', raw: text };
      }
    }
    const own = namesOf(line);
    if (own === null) continue;
    // The date line after the name, right before it, or around it (`<p><a>Jan Ruf</a><br>
    // 28.04.2024</p>`); a `<time>` is one however it writes the date ("Published <time>4 months
    // ago</time>").
    const showsDate = (line: ShownLine) => isDateline(line.text, timezone) || showsTime(line.el);
    const previous = lines[at - 1];
    const dated =
      signsHeading(el, text) ||
      lines.slice(at + 1, at + 1 + DATE_REACH).some(showsDate) ||
      // After the date line, a link names a person only when it leads to their page: a link
      // there ("Share This") reads as two capitalized words too.
      (previous !== undefined &&
        showsDate(previous) &&
        (closest(el, LINK, null) === null || linksToName(el, own))) ||
      lines
        .slice(Math.max(0, at - DATE_REACH), at)
        .some((line) => isBelow(el, line.el) && isDateline(line.text, timezone));
    if (isRecordValue(el)) continue;
    if ((dated || portrayed(el, own)) && !outsideArticle(el, index)) {
      // Names before it in lines of their own, between separators: `<span>Julia Vergin</span>
      // <span>|</span><span>Clare Roth</span><time>…</time>`.
      const names = [...own];
      for (let i = at - 1; i >= 0; i--) {
        const before = lines[i] as ShownLine;
        if (NAME_SEPARATOR.test(before.text)) continue;
        const more = namesOf(before);
        if (more === null) break;
        names.unshift(...more);
      }
      return { names, source: 'name beside the date line below the headline', raw: text };
    }
  }
  return null;
}

/**
 * Whether a linked name opens a heading that shows it, a comma and the month and nothing else:
 * an essay's byline set as a heading (`<h3><a href="/about.htm">Ann Porter</a>, January
 * 2020</h3>`).
 */
function signsHeading(el: Element, name: string): boolean {
  const heading = closest(el, HEADING_TAGS, null);
  if (heading === null || closest(el, LINK, heading) === null) return false;
  const text = cleanText(textOf(heading));
  return text.startsWith(name) && /^, \p{Lu}\p{Ll}+ \d{4}$/u.test(text.slice(name.length));
}

/**
 * Whether a name of one word is shown in a link with its avatar, a picture of that name: a pen
 * name's byline (`<a href="…"><img alt="Licat">Licat</a>`), not a word a link shows alone.
 */
function withAvatar(el: Element, text: string): boolean {
  const link = closest(el, LINK, null);
  return (
    link !== null &&
    /^\p{Lu}\p{Ll}+$/u.test(text) &&
    descendants(link).some((d) => d.name === 'img' && cleanText(d.attribs.alt ?? '') === text)
  );
}

/** How many boxes up from a line a picture it captions is looked for. */
const CAPTION_DEPTH = 2;

/**
 * Whether a line below the headline is a picture's caption: unlinked, it repeats the alternative
 * text or title of a picture in the smallest box holding both, a box that shows nothing else
 * ("Posiedzenie Rady Ministrów" under the lead photo, whose `alt` it is). A byline's portrait
 * has the same `alt` as the name beside it, but the name there links to the author's page, or
 * its box shows more: the "By", the outlet, the date (IGN's `<img alt="Eric Song">` beside "By
 * <a>Eric Song</a>, IGN Staff").
 *
 * @param el - the line's element
 * @param text - its text, cleaned
 */
function captionsPicture(el: Element, text: string): boolean {
  if (closest(el, LINK, null) !== null) return false;
  let box: Element | null = el;
  for (let depth = 0; depth < CAPTION_DEPTH && box !== null; depth++) {
    box = parentOf(box);
    if (box === null) return false;
    const pictures = descendants(box).filter((d) => d.name === 'img');
    if (pictures.length === 0) continue;
    return (
      cleanText(renderedText(box)) === text &&
      pictures.some(
        ({ attribs: { alt, title } }) =>
          (alt !== undefined && cleanText(alt) === text) ||
          (title !== undefined && cleanText(title) === text),
      )
    );
  }
  return false;
}

/** The fields after a name that are the place it was filed from and the date. */
const PLACE_AND_DATE = 2;

/** A clock's time alone: "21:40", "9.30 pm". */
const CLOCK_ALONE = /^\d{1,2}[:h.]\d{2}(?: ?[ap]m)?$/iu;

/** A dash between spaces, as a line's names and its date are parted: " - ", " – ". */
const SPACED_DASHES = [' - ', ' – '] as const;

/** What ends a line for a regular expression's `.`. */
const LINE_END = /[\n\r\u2028\u2029]/u;

/**
 * Where the last dash between spaces of a line of text starts, or -1: the earlier of two that
 * share a space (" - - "), as a search from the left that asks for no dash after it finds it.
 */
function lastDashOf(line: string): number {
  const last = Math.max(...SPACED_DASHES.map((dash) => line.lastIndexOf(dash)));
  if (last < 2) return last;
  const before = line.slice(last - 2, last + 1);
  return SPACED_DASHES.some((dash) => dash === before) ? last - 2 : last;
}

/**
 * A line's text before its last dash between spaces and after it ("Thu Hà - Minh Tuấn -
 * 14/12/2024" → "Thu Hà - Minh Tuấn", "14/12/2024"); the whole text and "" without one. The
 * dash is found from the end of the line: a pattern that looks ahead for no later dash rescans
 * the rest of the line from every dash, a time that grows with the square of a line of many.
 * Split as `/ [-–] (?!.* [-–] )/u` would (its first two parts), should the text hold more than
 * one line.
 */
export function splitAtLastDash(text: string): [string, string] {
  const cuts: number[] = [];
  let start = 0;
  for (const line of text.split(LINE_END)) {
    const cut = lastDashOf(line);
    if (cut >= 0) cuts.push(start + cut);
    if (cuts.length === 2) break;
    start += line.length + 1;
  }
  const [cut, next = text.length] = cuts;
  return cut === undefined ? [text, ''] : [text.slice(0, cut), text.slice(cut + 3, next)];
}

/** A line between names side by side: a bar, a comma, an ampersand, "and". */
const NAME_SEPARATOR = /^(?:[|,&·•/]|and|und|et|y|e|og|och|en|i|и)$/iu;

/** Whether an element sits in a link whose path spells a name's last word (`/greg-iacurci/`). */
function linksToName(el: Element, names: readonly string[]): boolean {
  const link = closest(el, LINK, null);
  const path = link === null ? null : linkPath(link.attribs.href ?? '');
  if (path === null) return false;
  const folded = foldLetters(path);
  return names.some((name) => {
    const last = foldLetters(name.split(' ').pop() ?? '');
    return last.length >= 2 && folded.includes(last);
  });
}

/** Levels above a name looked up for the box that holds its portrait. */
const PORTRAIT_DEPTH = 3;
/** Pixels a byline's portrait is declared at most: a larger picture is the story's. */
const MAX_PORTRAIT_SIZE = 200;

/** Whether a picture declares a size larger than a byline's portrait. */
function declaredLarge(img: Element): boolean {
  return [img.attribs.width, img.attribs.height].some(
    (size) => size !== undefined && Number.parseInt(size, 10) > MAX_PORTRAIT_SIZE,
  );
}

/**
 * Whether a name stands in a box of its own beside a small picture whose address spells it: the
 * byline's portrait (`<img src="…/byline/mark-sigetty.jpg">` beside "Mark Sigetty"), not a
 * captioned photograph of the person (`<img src="…/NASCAR19-Kyle-Busch.jpg" width="625">`).
 */
function portrayed(el: Element, names: readonly string[]): boolean {
  const shown = cleanText(renderedText(el));
  let box: Element | null = el;
  for (let depth = 0; depth < PORTRAIT_DEPTH && box !== null; depth++) {
    box = parentOf(box);
    if (box === null || cleanText(renderedText(box)) !== shown) return false;
    const pictures = descendants(box).filter((d) => d.name === 'img');
    if (pictures.length > 0) {
      return pictures.some((img) => {
        if (declaredLarge(img)) return false;
        const source = foldLetters(decodeURIComponentSafe(img.attribs.src ?? ''));
        return names.some((name) => source.includes(foldLetters(name)));
      });
    }
  }
  return false;
}

/** A URL decoded, or as written when it holds a broken escape. */
function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Whether an element is or holds a `<time>`. */
function showsTime(el: Element): boolean {
  return el.name === 'time' || descendants(el).some((d) => d.name === 'time');
}

/** An outlet's name: one line with a letter, at most this long. */
const MAX_OUTLET_NAME = 80;
/**
 * Whether a declared author that names no person can stand as the outlet credited: a name, not
 * a picture credit, a label ("Anzeige"), a CMS account ("jdadmin"), an address, a sentence or
 * a date.
 */
function isOutletName(value: string, site: SiteIdentity): boolean {
  if (value === '' || value.length > MAX_OUTLET_NAME || !aLetter().test(value)) return false;
  if (isCreditLine(value) || isLabelWord(value) || /admin|https?:|\/|@/i.test(value)) return false;
  // Nor is a sponsor's credit ("In partnership with the Slovenian Tourist Board").
  if (isSponsorDisclosure(value)) return false;
  // A sentence or a date is no outlet's name ("Anna Berg is a reporter…", "… Updated March 3, 2024").
  if (/\b(?:1[89]|20)\d\d\b/.test(value) || (/ \S+ /.test(value) && /\p{Ll}[.!?]$/u.test(value))) {
    return false;
  }
  return isSiteName(value, site) || !isAccountName(value);
}

/**
 * The outlet the page declares as the author when it names no person: a JSON-LD author typed as
 * an organization or named as the site or an agency (`{"@type":"Organization","name":"DER
 * SPIEGEL"}`, `["Associated Press"]`). Staff reports and wire copy are credited so, and a feed
 * reader shows it as the item's author. An author meta tag naming the site does not count: CMS
 * templates put it on every page.
 */
function fromDeclaredOutlet(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  for (const value of valuesOf(ctx.jsonLd.article, 'author')) {
    const node = resolveRef(value, ctx.jsonLd.byId);
    const name =
      typeof node === 'string'
        ? node
        : node !== null && typeof node === 'object' && !Array.isArray(node)
          ? stringOf((node as JsonLdNode).name)
          : null;
    if (name === null || (typeof node === 'object' && isCmsAccount(node as JsonLdNode))) continue;
    const outlet = cleanText(name);
    if (isOutletName(outlet, site)) {
      return { names: [outlet], source: 'json-ld author (outlet)', raw: name };
    }
  }
  return null;
}

/** The words of a shoot's crafts, their words parted by a space. */
const CRAFT_WORDS =
  'photograph(?:ed|y)|photos?|modell?ed|styl(?:ed|ing)|hair(?: and make-?up)?|make-?up|grooming|nails|manicure|illustrat(?:ed|ions?)|art direction|set design';
/**
 * A label crediting a shoot's craft right before a name: "Photographed by", "Styled by",
 * "Hair by", "Makeup:", "Illustration by".
 */
const CRAFT_LABEL = new RegExp(String.raw`(?:${CRAFT_WORDS})\s*(?:by\s*|:\s*)$`, 'i');
/**
 * A craft's label anywhere in a text whose white space is not collapsed, any white space between
 * its words: where none stands, {@link CRAFT_LABEL} credits no one. Found from its end, "by" or
 * ":", and read back: tried at each letter a craft's word begins with, the search took twice as
 * long over a page's text.
 */
const CRAFT_LABEL_ANYWHERE = new RegExp(
  String.raw`(?:by|:)(?<=(?:${CRAFT_WORDS.replaceAll(' ', String.raw`\s+`)})\s*(?:by|:))`,
  'i',
);
/** White space that collapsing to one space changes: all but a lone space. */
const SPACE_RUN_TO_COLLAPSE = /[^\S ]\s*| \s+/g;
/** Characters before a name read for its craft's label. */
const CRAFT_LABEL_CHARS = 40;

/**
 * A declared list of several people without those the page credits only for a shoot's craft
 * ("Photographed by Sharokh Mirzai", "Styled by Bethie Girmai": a fashion story's metadata
 * lists its whole crew); the list as it is when that would leave nobody.
 */
function withoutCrew(names: string[], ctx: PageContext): string[] {
  if (names.length < 2) return names;
  const shown = bodyText(ctx.index);
  // No craft credited on the page: its text, megabytes on some pages, is not collapsed.
  if (!CRAFT_LABEL_ANYWHERE.test(shown)) return names;
  // As `.replace(/\s+/g, ' ')`, but a lone space, most of the page's white space, is no match.
  const text = shown.replace(SPACE_RUN_TO_COLLAPSE, ' ');
  // Credited only for the craft wherever the page shows the name: who also wrote it ("By Anna
  // Berg and Jan Ruf … Photos by Jan Ruf") stays.
  const credited = (name: string): boolean => {
    let seen = false;
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
      if (!CRAFT_LABEL.test(text.slice(Math.max(0, i - CRAFT_LABEL_CHARS), i))) return false;
      seen = true;
    }
    return seen;
  };
  const writers = names.filter((name) => !credited(name));
  return writers.length > 0 ? writers : names;
}

/**
 * Reads the declared authors.
 *
 * @param ctx - the page
 * @param site - the site's identity
 * @returns the people named by the first source that names any, or none
 */
export function readAuthors(ctx: PageContext, site: SiteIdentity): AuthorChoice {
  const jsonLdAuthors = (agency: boolean) =>
    valuesOf(ctx.jsonLd.article, 'author')
      .map((a) => jsonLdAuthorName(a, ctx, agency))
      .filter((n): n is string => n !== null);
  // A wire agency typed as an Organization beside the reporters wrote with them ("SDA").
  const fromJsonLd = jsonLdAuthors(jsonLdAuthors(false).length > 0);
  const jsonLdNames = withoutCrew(
    people(
      fromJsonLd.map((n) => withPageAnd(n, ctx)),
      site,
    ),
    ctx,
  );
  if (jsonLdNames.length > 0) {
    // A login ("sdevries", Drupal's) gives way to the person the page shows whose name it spells.
    const spelled = shownForLogins(jsonLdNames, ctx, site);
    if (spelled !== null) return spelled;
    // A desk the site declares ("Redacția HotNews": its newsroom's word, then a name) gives way
    // to the people the page's byline shows; shown alone, the desk is the author.
    const desk = (name: string) => isNewsroomSignOff(name.split(' ')[0] ?? '');
    const byline = jsonLdNames.every(desk) ? fromPage(ctx, site) : null;
    if (byline?.names.every((n) => !desk(n) && n.includes(' '))) {
      return { ...byline, source: `${byline.source} (the JSON-LD names a desk)` };
    }
    // A CMS may declare only the first of the authors its byline links (Ghost's primary
    // author) or marks as authors (`rel="author"` links to their e-mail: Dagbladet): the
    // byline's names, when they hold every declared one and more.
    // Not counting those it declares as the story's editors.
    const editors = valuesOf(ctx.jsonLd.article, 'editor').map((e) => jsonLdAuthorName(e, ctx));
    const linked = fromAuthorPageLinks(ctx, site, false) ?? fromBylineElements(ctx, site);
    const shown = linked?.names.filter((n) => !editors.some((e) => e !== null && sameName(e, n)));
    const more =
      linked !== null &&
      shown !== undefined &&
      shown.length > jsonLdNames.length &&
      jsonLdNames.every((name) => shown.some((s) => sameName(s, name)));
    return more
      ? { ...linked, names: shown, source: `${linked.source} (the JSON-LD names fewer)` }
      : { names: jsonLdNames, source: 'json-ld author', raw: fromJsonLd.join(', ') };
  }
  for (const key of AUTHOR_META) {
    const values = ctx.meta.get(key) ?? [];
    const names = withoutCrew(
      people(
        values.map((value) => withPageAnd(value, ctx)),
        site,
      ),
      ctx,
    );
    if (names.length === 0) continue;
    // The outlet a Chinese wire's dateline opens with ("新京报讯（记者 吴为）" for 新京报) is no
    // person: the dateline's reporters are the authors.
    const dateline = names.length === 1 ? fromWireDateline(ctx) : null;
    if (dateline?.raw?.startsWith(names[0] as string) === true) return dateline;
    // A wire agency declared for every page it supplied ("TTXVN") gives way to the reporter the
    // byline links to their author page, who wrote the story for the site.
    const linked = names.every(isWireAgency) ? fromAuthorPageLinks(ctx, site) : null;
    if (linked !== null) return { ...linked, source: `${linked.source} (meta ${key}: an agency)` };
    // A login ("mikecason", "mcason") gives way to the person the page shows whose name it spells.
    return (
      shownForLogins(names, ctx, site) ?? { names, source: `meta ${key}`, raw: values.join(', ') }
    );
  }
  // Last of the page's lines, a sidebar's opening "By" line: a one-author site's writer.
  const shown =
    fromPage(ctx, site) ??
    fromTwitterCard(ctx, site) ??
    fromBylineLines(ctx, site, true) ??
    fromDeclaredAuthorPage(ctx, site);
  if (shown !== null) return shown;
  // Last, Parse.ly's page metadata (it may name one author of several the page shows).
  const parsely = ctx.meta.get(PARSELY_PAGE_AUTHORS) ?? [];
  const names = people(parsely, site);
  return names.length > 0
    ? { names, source: 'meta parsely-page author', raw: parsely.join(', ') }
    : { names: [], source: '' };
}

/** A URL without its scheme, `www.` and closing slash: the same page however it is linked. */
function pageAddress(url: string): string {
  return url
    .trim()
    .replace(/^(?:https?:)?\/\/(?:www\.)?/i, '')
    .replace(/\/+$/, '');
}

/**
 * The name a link shows to the author page `article:author` declares as a URL (the Guardian's
 * `/profile/jemimakiss`, linked by the byline in a column beside the text): the page's metadata
 * makes it this article's author wherever the link stands. A relative link matches its path.
 */
function fromDeclaredAuthorPage(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  const pages = (ctx.meta.get('article:author') ?? [])
    .filter((v) => /^https?:\/\//i.test(v))
    .map(pageAddress);
  const paths = pages.map((p) => p.replace(/^[^/]*/, ''));
  for (const link of pages.length > 0 ? ctx.index.byTag('a') : []) {
    const href = pageAddress(link.attribs.href ?? '');
    if (href === '' || !(pages.includes(href) || paths.includes(href))) continue;
    const raw = renderedText(link);
    const names = people([raw], site, true);
    if (names.length > 0) return { names, source: `link to meta article:author ${href}`, raw };
  }
  return null;
}

/**
 * How a Twitter card's label names the writer in the site's language (Yoast SEO writes
 * `twitter:label1` "Written by", translated, and the post author's display name in
 * `twitter:data1`).
 */
const CARD_WRITER_LABEL =
  /^(?:written by|posted by|author|autor(?:in)?|verfasst von|geschrieben von|écrit par|rédigé par|escrito por|scritto da|geschreven door|napisane przez|skriven av|skrevet a[fv]|kirjoittanut|napsal(?:\(a\))?|написано|автор|yazan|yazar|(?:được )?viết bởi|ditulis oleh|作者|執筆者)\s*:?$/iu;
/** The most label and data pairs read from a Twitter card. */
const MAX_CARD_PAIRS = 4;

/**
 * The writer a Twitter card names beside its label ("Written by", "Verfasst von"): a WordPress
 * site's author, where neither the metadata nor the page's own elements name one.
 */
function fromTwitterCard(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  for (let n = 1; n <= MAX_CARD_PAIRS; n++) {
    const label = ctx.meta.get(`twitter:label${n}`)?.[0];
    if (label === undefined || !CARD_WRITER_LABEL.test(cleanText(label))) continue;
    const values = ctx.meta.get(`twitter:data${n}`) ?? [];
    const names = people(values, site);
    if (names.length > 0) {
      return { names, source: `meta twitter:data${n} (${label})`, raw: values.join(', ') };
    }
  }
  return null;
}

/**
 * The authors the page shows when the declared names are all logins and each spells one of them
 * ("mcason" for "Mike Cason"), else null.
 */
function shownForLogins(
  names: readonly string[],
  ctx: PageContext,
  site: SiteIdentity,
): AuthorChoice | null {
  if (!names.every(isLogin)) return null;
  const shown = fromPage(ctx, site);
  return shown !== null && names.every((login) => shown.names.some((n) => spells(login, n)))
    ? shown
    : null;
}

/** A name written as a login: one lower-case word of letters. */
const LOGIN = /^\p{Ll}{4,}$/u;

function isLogin(name: string): boolean {
  return LOGIN.test(name);
}

/**
 * Whether a login spells a person's name: the name's letters run together ("mikecason"), or
 * its first initial and family name ("mcason"), with the family name's particles
 * ("sdevries" for "Sanne de Vries").
 */
function spells(login: string, name: string): boolean {
  const words = name
    .split(/\s+/)
    .map(foldLetters)
    .filter((w) => w !== '');
  if (words.length < 2) return false;
  const initial = words[0]?.[0];
  return (
    login === words.join('') ||
    login === `${initial}${words.at(-1)}` ||
    login === `${initial}${words.slice(1).join('')}`
  );
}

/** The authors the page's own elements name, when no metadata does. */
function fromPage(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  return (
    fromBylineElements(ctx, site) ??
    fromHiddenLabelledList(ctx, site) ??
    fromAuthorPageLinks(ctx, site) ??
    fromAuthorLabels(ctx, site) ??
    fromBylineLines(ctx, site) ??
    fromEmbeddedState(ctx, site) ??
    // A reporter a wire's dateline credits, before the outlet declared as the author: the
    // Liberty Times declares only itself and credits "〔記者林曉雲／台北報導〕".
    fromWireDateline(ctx) ??
    fromNameBesideDateOrOutlet(ctx, site)
  );
}

/**
 * A person named beside the date line below the headline ({@link fromNameBesideDate}) before the
 * outlet declared as the author ({@link fromDeclaredOutlet}), which is the author only when no
 * source names a person; a wire agency named there after it (a Turkish portal's "Anadolu Ajansı"
 * beside the date of the copy it credits to itself).
 */
function fromNameBesideDateOrOutlet(ctx: PageContext, site: SiteIdentity): AuthorChoice | null {
  const beside = fromNameBesideDate(ctx, site);
  if (beside !== null && !beside.names.every(isWireAgency)) return beside;
  return fromDeclaredOutlet(ctx, site) ?? beside;
}

/** The paragraphs read for a wire's dateline opening the text. */
const MAX_DATELINE_PARAGRAPHS = 40;
/** The characters of a paragraph's opening read for a wire's dateline. */
const DATELINE_CHARS = 80;

/**
 * The reporters a Chinese wire's dateline credits in brackets, opening a paragraph of the
 * article: "新华社北京12月5日电（记者 王明）…" ({@link wireDatelineReporters}).
 */
function fromWireDateline(ctx: PageContext): AuthorChoice | null {
  let opening = true;
  for (const p of ctx.index.byTag('p').slice(0, MAX_DATELINE_PARAGRAPHS)) {
    const { raw } = readText(p, DATELINE_CHARS);
    const text = cleanText(raw);
    // Paragraphs before the article's (a menu's) open nothing.
    if (text === '' || (opening && outsideArticle(p, ctx.index))) continue;
    const names = wireDatelineReporters(text, opening);
    if (names !== null && (opening || !outsideArticle(p, ctx.index))) {
      return { names, source: "wire's dateline", raw: text };
    }
    opening = false;
  }
  return fromOpeningRun(ctx);
}

/** The `<br>`s read for the first one closing a run of text (`…<br><br>`). */
const MAX_DATELINE_BREAKS = 200;

/**
 * The reporters a wire's dateline credits opening the first run of text closed by `<br><br>`
 * in the article: an article set as text runs between `<br>`s (an old portal's, a paper's
 * `…記者名】…<br><br>…`) has no `<p>` for {@link fromWireDateline} to read, and its first run
 * is its first paragraph. Only that run is read: a bracket in a later one explains its words.
 */
function fromOpeningRun(ctx: PageContext): AuthorChoice | null {
  for (const br of ctx.index.byTag('br').slice(0, MAX_DATELINE_BREAKS)) {
    const parent = br.parent;
    if (parent === null || !isElement(parent) || !closesRun(br)) continue;
    if (outsideArticle(parent, ctx.index)) continue;
    const text = cleanText(runBefore(br));
    if (text === '') continue;
    const names = wireDatelineReporters(text, true);
    return names === null ? null : { names, source: "wire's dateline", raw: text };
  }
  return null;
}

/** Whether a `<br>` is the first of two in a row (blank text between them aside). */
function closesRun(br: Element): boolean {
  let next = br.next;
  while (next !== null && next.type === 'text' && next.data.trim() === '') next = next.next;
  return next !== null && isElement(next) && next.name === 'br';
}

/** The opening of the run of inline content before a `<br>`, back to the `<br>` or block before it. */
function runBefore(br: Element): string {
  let start: AnyNode = br;
  for (let prev = br.prev; prev !== null; prev = prev.prev) {
    if (isElement(prev) && (prev.name === 'br' || BLOCK.has(prev.name))) break;
    start = prev;
  }
  let raw = '';
  for (let node: AnyNode | null = start; node !== null && node !== br; node = node.next) {
    raw += readText(node, DATELINE_CHARS).raw;
    if (raw.length > DATELINE_CHARS) break;
  }
  return raw;
}
