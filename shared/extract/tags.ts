/** The article's tags: declared tag sources, and the `keywords` meta when the article uses it. */
import type { AnyNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { descendants, hasRel, holdsLink, precedes, textExcept } from './content/dom.ts';
import { isShareLink } from './content/labels.ts';
import { shortText } from './content/short-text.ts';
import { isShortDateline } from './dates.ts';
import { stringOf, valuesOf } from './json-ld.ts';
import { linkLines } from './link-lines.ts';
import type { PageContext } from './metadata.ts';
import { TAG_LIST_HINT } from './metadata-hints.ts';
import { ancestorClassTest, isOutsideArticle, type PageIndex } from './page-index.ts';
import { cleanText, foldCase, hasLetterOrDigit, lowerVi, lowerWords } from './text.ts';

/** Tag candidates: the page's declared tags, and its plain `keywords` meta kept apart. */
export interface TagSources {
  /**
   * `article:tag`, JSON-LD `keywords` and `news_keywords` together, in that order; else the tag
   * links of the page.
   */
  readonly declared: readonly string[];
  /** Where the declared tags came from, e.g. `meta article:tag, meta news_keywords`. */
  readonly source?: string;
  /** The `keywords` meta, often site-wide boilerplate. */
  readonly keywords: readonly string[];
}

/**
 * The tag a raw value makes, or null when it makes none: without a hash mark before it ("#
 * Judas Iskarijotas") or a separator a link holds after it ("Mac,").
 */
function tagOf(raw: string): string | null {
  const tag = cleanText(raw)
    .replace(/^#\s*/, '')
    .replace(/\s*[,;，、；·|]+$/, '');
  // A tag of punctuation only is a split escape ("&quot" of a quote escaped twice).
  return !hasLetterOrDigit(tag) || tag.length > 60 || MACHINE_TAG.test(tag) || ENTITY_TYPE.test(tag)
    ? null
    : tag;
}

/**
 * A CMS's own label or identifier among a page's tags, for its templates and ad servers, not
 * readers: a handle-like label (Advance Local's "@hp-top-stories", WordPress VIP's
 * "@post-id:1913719"), a namespaced one, letters and a colon with no space after it
 * ("source:tagname:CNBC US Source", "Section: News:World News", "RSBI:HUMAN-RIGHTS"), a UUID,
 * a number of five digits or more (a year stays a tag), an address, an entity tagger's type in
 * capitals joined by underscores ("Paul George PROFESSIONAL_ATHLETE SPORTS_FIGURE PERSON").
 */
const MACHINE_TAG =
  /^@|\p{L}:[\p{L}\p{N}]|^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$|^\d{5,}$|^https?:\/\//iu;
/** The entity tagger's types, in capitals only: a slug's words in lower case may be a reader's. */
const ENTITY_TYPE = /[A-Z]{2,}_[A-Z]{2,}/;

/** A "Label: value" item: a label of letters and spaces, a colon, a space, the value. */
const FACET = /^(\p{L}[\p{L} ]{0,24}):\s+(\S.*)$/u;
/** A label naming the article's topics, in the languages CMSs label their facets in. */
const TOPIC_LABEL =
  /^(?:categor(?:y|ies)|topics?|subjects?|tags?|keywords?|themes?|kategorien?|themen?|rubri(?:k|que)s?|catégories?|sujets?|categor[ií]as?|temas?)$/iu;

/**
 * A CMS's facet list read as tags: where an item is labelled as a topic ("Category: Travel",
 * "topic: White House", "Subject: Justice"), such items give their value, and the list's other
 * labelled items are the CMS's facets for its ad server and analytics ("Day: Friday", "Page
 * Type: Article", "Partner: Smart News", "NLP Category: General"), no topics of the article.
 * A list without a topic label keeps its items ("Star Wars: The Last Jedi").
 */
function facetValues(values: readonly string[]): readonly string[] {
  const facets = values.map((value) => FACET.exec(value.trim()));
  if (!facets.some((facet) => facet !== null && TOPIC_LABEL.test(facet[1] ?? ''))) return values;
  return values.flatMap((value, i) => {
    const facet = facets[i];
    if (!facet) return [value];
    return TOPIC_LABEL.test(facet[1] ?? '') ? [facet[2] ?? ''] : [];
  });
}

function uniqueTags(given: readonly string[]): string[] {
  const values = facetValues(given);
  const tags: string[] = [];
  // Case-folded keys as `sameText` compares them: one lookup per tag instead of a comparison
  // with every tag kept (pages declare hundreds of keywords).
  const seen = new Set<string>();
  for (const raw of values) {
    const tag = tagOf(raw);
    if (tag === null) continue;
    const key = foldCase(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/**
 * The tags of one source. Several values are several tags ("Lee Baker, CFP" stays one); a single
 * value is a list when it has commas or semicolons, Latin, CJK or Arabic ("Spain,Europe,World
 * news", "政治，经济", "سياسة، اقتصاد"), unless a part would start with "&" or "and" ("Business,
 * Finance, & Economics" is one name).
 */
export function splitTagValues(values: readonly unknown[]): string[] {
  // Character references are decoded before splitting at ";": "AT&amp;T" is one tag. Meta
  // values come decoded once by the HTML parser; what is left was escaped twice by the CMS.
  const texts = values.map((v) => decodeHTML(stringOf(v) ?? ''));
  if (texts.length !== 1) return texts;
  const only = texts[0] ?? '';
  const parts = only.split(/\s*[,;，、；،؛]\s*/);
  return parts.some((p) => /^(?:&|and\s)/i.test(p)) ? [only] : parts;
}

/** Reads the tag candidates (before the body finder edits the page). */
export function readTagSources(ctx: PageContext): TagSources {
  const { $, meta, jsonLd } = ctx;
  const declaredSources: [string, string[]][] = [
    ['meta article:tag', splitTagValues(meta.get('article:tag') ?? [])],
    ['json-ld keywords', splitTagValues(valuesOf(jsonLd.article, 'keywords'))],
    ['meta news_keywords', splitTagValues(meta.get('news_keywords') ?? [])],
  ];
  const given = declaredSources.filter(([, tags]) => tags.some((t) => tagOf(t) !== null));
  let declared = uniqueTags(given.flatMap(([, tags]) => tags));
  let source = given.map(([name]) => name).join(', ');
  // Links to sections' pages in a box called the tags (`id="inq_section_tags"`): the tags only
  // when the page shows no others.
  let sectionLinks: string[] = [];
  if (declared.length === 0) {
    const inTagList = ancestorClassTest(ctx.index, 'a', TAG_LIST_HINT);
    const links = ctx.index
      .byTag('a')
      // WordPress marks a post's category `rel="category tag"`: the section, no tag.
      .filter(
        (a) =>
          (inTagList(a) || hasRel(a, 'tag')) &&
          !hasRel(a, 'category') &&
          (!leadsToNoTagPage(a.attribs.href ?? '') || inPagelessTagLine(a)),
      );
    const toSection = (a: Element) => SECTION_PAGE.test(a.attribs.href ?? '');
    declared = uniqueTags(links.filter((a) => !toSection(a)).map((el) => $(el).text()));
    sectionLinks = uniqueTags(links.filter(toSection).map((el) => $(el).text()));
    source = 'tag links';
  }
  if (declared.length === 0) {
    // Links in a box its class calls the article's tag, in the singular (VnExpress's "box-tag",
    // Nhân Dân's "article__tag"), or called so themselves: two or more, in the article. Not a
    // site's tag cloud of more links, nor its menu of topics, nor one button styled as a tag.
    const inTagBox = ancestorClassTest(ctx.index, 'a', TAG_BOX_CLASS);
    const links = ctx.index
      .byTag('a')
      .filter(
        (a) =>
          inTagBox(a) &&
          a.parent?.type === 'tag' &&
          !isOutsideArticle(a.parent, { index: ctx.index }),
      );
    if (links.length >= 2 && links.length <= MAX_LABELLED_TAGS) {
      declared = uniqueTags(links.map((el) => $(el).text()));
    }
    source = "links of a box its class calls the article's tag";
  }
  if (declared.length === 0) {
    declared = uniqueTags(
      labelledTagLinks(ctx.index)
        .map((el) => $(el).text())
        .filter((text) => !ALL_TAGS_LINK.test(cleanText(text))),
    );
    source = 'links after a label for tags';
  }
  if (declared.length === 0) {
    declared = uniqueTags(tagPageLines(ctx.index, ctx.timezone).map((el) => $(el).text()));
    source = 'a line of links to tag pages';
  }
  if (declared.length === 0 && sectionLinks.length > 0) {
    declared = sectionLinks;
    source = "links to sections' pages in a box called the tags";
  }
  return {
    declared,
    ...(declared.length > 0 ? { source } : {}),
    keywords: uniqueTags(splitTagValues(meta.get('keywords') ?? [])),
  };
}

/**
 * A link to a profile on a social network: a company's or a writer's (Business Wire's "Acme on
 * LinkedIn" in its box of "social tags"), no tag of the article.
 */
const SOCIAL_PROFILE =
  /^(?:https?:)?\/\/(?:[\w-]+\.)?(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|pinterest|bsky)\.(?:com|net|app)(?:\/|$)/i;
/**
 * An address that opens no page: none, or the page itself ("#"), a mail, a script, a call (a
 * share bar's "Pinterest" and "Email").
 */
const NO_PAGE = /^\s*(?:#.*)?$|^\s*(?:mailto|javascript|tel|sms):/i;

/** Whether a link leads to no tag page of the site: a social profile or no page at all. */
function leadsToNoTagPage(href: string): boolean {
  return SOCIAL_PROFILE.test(href) || NO_PAGE.test(href);
}

/** An address that opens the page itself: none, or "#" and an anchor. */
const SAME_PAGE = /^\s*(?:#.*)?$/;

/** A toggle of a list's links, no tag: "Show more", "Mehr anzeigen", "Xem thêm". */
const LIST_TOGGLE =
  /^(?:show|see|view|load) (?:more|less|all)|^(?:mehr|weniger|alle) anzeigen$|^xem thêm$|^voir (?:plus|moins|tout)$|^ver (?:más|menos|todo)$|^mostra (?:di più|altro|tutto)$/iu;

/**
 * Whether a link that opens no page ("#") is one of a line of tags whose every link is so (a
 * tag list a script makes clickable, Business Wire's keywords): in a box its class calls a tag
 * list (the caller's test), a line of {@link MIN_TAG_PAGE_LINKS} to {@link MAX_LABELLED_TAGS}
 * links with separators only between them, none a share button ("Facebook", "Email") or a
 * toggle ("Show more", {@link ALL_TAGS_LINK}). Beside links that open tag pages, such a link is
 * the box's tool, no tag.
 */
function inPagelessTagLine(link: Element): boolean {
  if (!SAME_PAGE.test(link.attribs.href ?? '')) return false;
  let line = link.parent;
  // A list's item holding the link alone: the line is the list.
  if (line?.type === 'tag' && line.name === 'li') line = line.parent;
  if (line?.type !== 'tag') return false;
  const links = descendants(line).filter((d) => d.name === 'a');
  return (
    links.length >= MIN_TAG_PAGE_LINKS &&
    links.length <= MAX_LABELLED_TAGS &&
    !hasLetterOrDigit(textExcept([line], (el) => el.name === 'a')) &&
    links.every((a) => {
      const text = cleanText(textExcept([a], () => false));
      return (
        SAME_PAGE.test(a.attribs.href ?? '') &&
        tagOf(text) !== null &&
        !isShareLink(a) &&
        !LIST_TOGGLE.test(text) &&
        !ALL_TAGS_LINK.test(text)
      );
    })
  );
}

/** The address of a section's page, not a tag's: `/category/nation`, `/section/politics/`. */
const SECTION_PAGE = /\/(?:category|categories|section|sections)\//i;

/** A label for the tags, alone before their links ("Từ khóa:", "Tags:", "Schlagwörter"). */
const TAGS_LABEL =
  /^(?:tags?|topics?|từ kh[oó]a|từ khoá|chủ đề|thẻ|nhãn|schlagw[oö]rter|schlagworte|stichw[oö]rter|themen|mots[- ]cl[eé]s|étiquettes|etiquetas|palabras clave|parole chiave|trefwoorden|emneord|nyckelord|tagi|tagovi|тагови|oznake|ознаке|ετικέτες|słowa kluczowe|štítky|címkék|etichete|метки|теги|ключевые слова|etiketler|anahtar kelimeler|キーワード|タグ|标签|關鍵字|关键词|태그|키워드|الكلمات المفتاحية|وسوم)\s*[:：]?$/iu;

/** Most characters of a label for tags with the spaces around it. */
const MAX_TAGS_LABEL = 40;

/** A link to every tag, closing a line of tags ("Alle Themen", "Xem tất cả"): no tag. */
const ALL_TAGS_LINK =
  /^(?:alle themen|alle schlagw[oö]rter|all (?:topics|tags)|more tags|xem tất cả|tous les sujets|todos los temas|tutti i temi)$/iu;

/**
 * A class or id word "tag" alone or ending a word ("tag", "box-tag", "article__tag",
 * "detail-tag"), tested on {@link classAndId}: not "tag-cloud", "tagline", "vintage".
 */
const TAG_BOX_CLASS = /(?:^|[\s_-])tag(?=$|\s)/;

/** Most links of a block of the article's tags: a site's tag cloud holds dozens. */
const MAX_LABELLED_TAGS = 15;

/**
 * The links of the blocks that open with a label for tags ({@link TAGS_LABEL}), then hold links
 * and separators only: `<div>Từ khóa: <a>…</a>, <a>…</a></div>`, whatever the class names; not
 * outside the article (a sidebar's, a footer's), nor a tag cloud of more than
 * {@link MAX_LABELLED_TAGS}.
 */
function labelledTagLinks(index: PageIndex): Element[] {
  const tags: Element[] = [];
  for (const { line, label, links } of linkLines(index, MAX_TAGS_LABEL)) {
    if (links.length > MAX_LABELLED_TAGS || !TAGS_LABEL.test(label)) continue;
    if (!isOutsideArticle(line, { index })) tags.push(...links);
  }
  return tags;
}

/**
 * A link's address to a tag's page, its last folder named for tags or topics: `/tags/ukraine`,
 * `/topic/city-council/`, `/chu-de/giao-thong-123.html`, `/schlagwort/bahn`, `/thema/ukraine`;
 * or a query naming the tag (`?tag=ukraine`, a Korean CMS's search `?sc_word=…`).
 */
const TAG_PAGE =
  /\/(?:tags?|topics?|chu-de|tu-khoa|schlagw(?:ort|orte|örter|oerter)|stichw(?:ort|orte|örter|oerter)|thema|themen|sujets?|etiquetas?|temas?|argomenti|onderwerpen?|keywords?)\/[^/?#]+\/?(?:[?#]|$)|[?&](?:tags?|keywords?|sc_word|tu_?khoa)=[^&#]+/i;

/**
 * A label for more on the article's topics, heading its links to tag pages ("Related Topics:",
 * "Mehr zum Thema", "Mehr lesen über", "Sujets"); a site's box of topics is headed otherwise
 * ("Top-Themen", "Trending").
 */
const MORE_ON_TOPICS_LABEL =
  /^(?:related (?:tags|topics)|more (?:on|about)(?: (?:this|these) topics?)?|read more (?:on|about)|(?:lesen sie )?mehr (?:zum thema|zu den themen|lesen über|über)|sujets?|thèmes?|en savoir plus sur|temas relacionados|más sobre|leggi (?:anche )?su)\s*[:：]?$/iu;

/** Fewest links of a line of tag pages: one link alone is a reference, not the tags. */
const MIN_TAG_PAGE_LINKS = 2;

/**
 * The links of the lines that hold links to tag pages ({@link TAG_PAGE}) and nothing else but
 * separators — links side by side, a list of them — whatever the class names: from
 * {@link MIN_TAG_PAGE_LINKS} to {@link MAX_LABELLED_TAGS} of them, after the headline (a bar of
 * topics sits above it), and not outside the article.
 */
function tagPageLines(index: PageIndex, timeZone: string): Element[] {
  const headline = index.byTag('h1')[0];
  const lines = new Set<Element>();
  for (const link of index.byTag('a')) {
    if (!TAG_PAGE.test(link.attribs.href ?? '')) continue;
    let line = link.parent;
    // A list's item holding the link alone: the line is the list.
    if (line?.type === 'tag' && line.name === 'li') line = line.parent;
    if (line?.type === 'tag') lines.add(line);
  }
  const found = new Map<Element, Element[]>();
  for (const line of lines) {
    const links = descendants(line).filter((d) => d.name === 'a');
    if (links.length < MIN_TAG_PAGE_LINKS || links.length > MAX_LABELLED_TAGS) continue;
    if (!links.every((a) => TAG_PAGE.test(a.attribs.href ?? ''))) continue;
    if (hasLetterOrDigit(textExcept([line], (el) => el.name === 'a'))) continue;
    if (headline !== undefined && !precedes(headline, line)) continue;
    if (!isOutsideArticle(line, { index })) found.set(line, links);
  }
  const tags: Element[] = [];
  for (const [line, links] of found) {
    const label = labelBefore(line, found, timeZone);
    if (label === null || namesTopics(label)) tags.push(...links);
  }
  return tags;
}

/**
 * The label right before a line of tag links — the text of the nearest block before it that
 * shows any, other such lines, short boxes of links and date lines passed over — when it is short enough to be one; null when that
 * text is longer (the article's last paragraph) or there is none. A line headed by another
 * label ("Top-Themen", "Weitere Themen", "Trending") is a site's box of topics, not the tags of
 * the article.
 */
function labelBefore(
  line: Element,
  lines: ReadonlyMap<Element, unknown>,
  timeZone: string,
): string | null {
  let node: AnyNode = line;
  for (;;) {
    let prev: AnyNode | null = node.prev;
    while (prev === null) {
      const up = node.parent;
      if (up === null || up.type !== 'tag') return null;
      node = up as Element;
      prev = node.prev;
    }
    node = prev;
    if (node.type === 'text') {
      const text = cleanText(node.data);
      if (text === '' || isShortDateline(text, timeZone)) continue;
      return text.length > MAX_TAGS_LABEL ? null : text;
    } else if (node.type === 'tag' && !lines.has(node as Element)) {
      const text = shortText(node as Element, MAX_TAGS_LABEL);
      // A short box of links (share buttons, another line of links) is no label, unless it
      // says tags (a link to every tag, "THEMEN"): passed over.
      if (text === '' || (text !== null && isShortDateline(text, timeZone))) continue;
      if (text === null || !holdsLink(node as Element) || namesTopics(text)) return text;
    }
  }
}

/** Whether a label says tags, or more on the article's topics. */
function namesTopics(label: string): boolean {
  return TAGS_LABEL.test(label) || MORE_ON_TOPICS_LABEL.test(label);
}

/**
 * The tags: the declared ones, else the `keywords` meta when at least half of its keywords occur
 * in the article's title or text (site-wide keywords like "tin tức, báo điện tử" do not), and
 * they are not the title cut at its spaces ({@link spellsTitle}).
 *
 * @param sources - from {@link readTagSources}
 * @param title - the article's title
 * @param body - the article's body text
 * @returns the tags, possibly empty
 */
export function chooseTags(sources: TagSources, title: string, body: string): string[] {
  if (sources.declared.length > 0) return [...sources.declared];
  if (spellsTitle(sources.keywords, title)) return [];
  const haystack = lowerVi(`${title}\n${body}`);
  const found = sources.keywords.filter((k) => haystack.includes(lowerVi(k)));
  return found.length > 0 && found.length * 2 >= sources.keywords.length
    ? [...sources.keywords]
    : [];
}

/** Fewest title words, in order, that keywords must spell to be the title cut at its spaces. */
const MIN_SPELLED_WORDS = 3;

/**
 * Whether keywords are the title cut at its spaces ("federal, reserve's, low, rate, policy, is,
 * a, …", as a CMS fills the meta from the headline): they open with the title's first words in
 * order, at least {@link MIN_SPELLED_WORDS}, and those are most of them.
 */
function spellsTitle(keywords: readonly string[], title: string): boolean {
  const words = lowerWords(keywords.join(' '));
  const titleWords = lowerWords(title);
  let spelled = 0;
  while (spelled < words.length && words[spelled] === titleWords[spelled]) spelled++;
  return spelled >= MIN_SPELLED_WORDS && spelled * 5 >= words.length * 3;
}
