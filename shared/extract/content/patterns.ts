/**
 * The hints the content scorer and the boilerplate cleaner read from class/id names and from
 * headings. Patterns follow Mozilla Readability's and trafilatura's lists, extended with the
 * class names and headings of Vietnamese CMSs (`tin-lien-quan`, `binh-luan`, "Xem thêm"…).
 */
import type { Element } from 'domhandler';
import { nfc } from '../text.ts';
import { TextAnswers } from '../text-answers.ts';

const VIDEO_EMBED =
  /^(?:https?:)?\/\/(?:www\.)?(?:youtube\.com\/embed\/|youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/i;

/** True for an `<iframe>` that embeds a video from an allowlisted host. */
export function isVideoEmbed(el: Element): boolean {
  return el.name === 'iframe' && VIDEO_EMBED.test(el.attribs.src ?? '');
}

/**
 * Class/id of blocks that are almost never the article (skipped while scoring): furniture, and
 * the box a page gives its author's biography (`author-bio`, `author-box`, `about-the-author`),
 * whose prose may outweigh a short article or one set in a page builder's columns.
 */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment(?!ar)|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|binh-?luan|lien-?quan|tin-?khac|other-?news|most-?read|doc-?nhieu|navbar|cookie|onetrust|modal|author-?bio|author-?box|about-?(?:the-?)?author/;

/** `no-sidebar`, `nosidebar`, `has-no-sidebar`, `without-sidebar` inside a class word. */
const NO_SIDEBAR_WORD = /(?:^|[-_])(?:no|without)[-_]?sidebars?(?:$|[-_])/;
/** The ending of a class word that switches a part off: `-to-none`, `-off`, `_disabled`. */
const SWITCHED_OFF = /[-_](?:none|off|disabled)$/;

/**
 * Whether a class word says the page has no sidebar: `no-sidebar`, `nosidebar`, `without-sidebar`,
 * `-align-sidebar-to-none`, `sidebar-off`. Themes set it on the wrapper that holds the article,
 * as a layout flag: it names no sidebar. ("nocomments", by contrast, is the comments section
 * saying "Comments are closed".) Read in lower case ({@link classAndId}).
 */
function saysNoSidebar(word: string): boolean {
  if (!word.includes('sidebar')) return false;
  return NO_SIDEBAR_WORD.test(word) || SWITCHED_OFF.test(word);
}

/**
 * Class and id words without those saying the page has no sidebar ({@link saysNoSidebar}): test a
 * furniture pattern on these once it matched the words as written.
 *
 * @param hints - class and id in lower case
 * @returns the words, those saying there is no sidebar blanked out
 */
export function presentParts(hints: string): string {
  if (!hints.includes('sidebar')) return hints;
  // Word by word, with patterns anchored in each: one pass, however long the attribute.
  return hints
    .split(/\s+/)
    .map((word) => (saysNoSidebar(word) ? '' : word))
    .join(' ');
}

/** A list article's item heading opens with its number: "1.", "2)", "9. Still, …". */
export const LIST_ITEM_NUMBER = /^\s*(\d{1,3})[.)](?:\s|$)/;

/** Class/id that rescue an otherwise unlikely block. */
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow|noi-?dung/;

/** Class/id that raise a candidate's score. */
export const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|noi-?dung|chi-?tiet|detail/;

/** Class/id that lower a candidate's score. */
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment(?!ar)|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|binh-?luan|lien-?quan|tin-?khac/;

/**
 * Class/id of boilerplate removed from inside the chosen container: share bars, ads,
 * newsletter boxes, comments, related links, bylines and similar page furniture.
 */
export const BOILERPLATE = new RegExp(
  [
    '\\bads?\\b',
    '\\bad[-_]',
    '[-_]ads?\\b',
    '-ad-',
    'adsbygoogle',
    'advert',
    'quang-?cao',
    '\\bqc\\b',
    'dfp',
    'doubleclick',
    'sponsor',
    'promo',
    'share',
    'sharing',
    'social',
    'sociable',
    // A box to follow the site ("follow-huffpost", "follow-us"), not a follow-up story.
    '(?:^|[\\s_-])follow-(?!up)',
    // A class that starts with a network's name: its widgets ("facebook-broadcasting",
    // "fb-like"), not a picture's size named after it ("size-facebook").
    '(?:^|\\s)(?:facebook|fb-|twitter)',
    'addthis',
    'newsletter',
    // Not the story's parts a paywall shows or gates ("subscriber-preview", "subscriber-only",
    // TownNews BLOX's): the article's own paragraphs.
    'subscri(?!ber-(?:only|preview|content))',
    'signup',
    'sign-up',
    // A box calling to act (WP Recipe Maker's "wprm-call-to-action"), not a part of a card's
    // ("call-to-action__link"): the card goes whole, its price with it.
    'call-?to-?action(?!__)',
    // A box asking readers to give: Newspack's "newspack-inline-donate", "donate-cta".
    'donate',
    'donation',
    'support-?us',
    'comment(?!ar)',
    'disqus',
    'binh-?luan',
    'chia-?se',
    'related',
    'lien-?quan',
    'tin-?khac',
    'other-?news',
    'xem-?them',
    'read-?more',
    'more-?stories',
    'recommend',
    'recirc',
    'taboola',
    'outbrain',
    'most-?popular',
    'most-?read',
    'trending',
    'breadcrumb',
    'pagination',
    'author-?bio',
    'author-?box',
    'author-?info',
    'byline',
    'dateline',
    'timestamp',
    'tags?-?list',
    '\\btags\\b',
    // Vietnamese "từ khóa" (keywords): a box of tag links.
    'tu-?khoa',
    'toolbar',
    'print-?only',
    'cookie',
    'modal',
    'popup',
    'rating',
  ].join('|'),
);

/** Class of a post embedded from a social network, quoted by the article. */
const EMBEDDED_POST =
  /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|text-post-media)(?:\s|$)/;
/** Elements looked at below a block for an embedded post. */
const EMBED_SEARCH_LIMIT = 40;

/**
 * A post's own address on its network, which an embed's quote links last ("— Name (@handle)
 * <a href="https://twitter.com/handle/status/…">date</a>").
 */
const POST_ADDRESS =
  /^https?:\/\/(?:(?:www|mobile)\.)?(?:(?:twitter|x)\.com\/\w+\/status\/\d|instagram\.com\/(?:p|reel|tv)\/|tiktok\.com\/@[\w.-]+\/video\/\d|threads\.net\/@[\w.-]+\/post\/|bsky\.app\/profile\/[^/]+\/post\/)/i;

/**
 * Whether an element is a post embedded from a social network: a `<blockquote>` named so
 * (`blockquote.twitter-tweet`), or, whatever its class names, one that links to a post's own
 * address on its network.
 */
export function isEmbeddedPost(el: Element): boolean {
  if (el.name !== 'blockquote') return false;
  if (EMBEDDED_POST.test(el.attribs.class ?? '')) return true;
  return someNear(el, (node) => node.name === 'a' && POST_ADDRESS.test(node.attribs.href ?? ''));
}

/**
 * Whether a block holds a post embedded from a social network (`<blockquote
 * class="twitter-tweet">`…): a post the article quotes is its text, whatever the wrapper's class
 * (`social-media-embed`) says. Share bars and follow boxes hold no such quote.
 *
 * @param el - a block whose class or id reads as social furniture
 * @returns true when the block is or holds an embedded post, within its first elements
 */
export function holdsEmbeddedPost(el: Element): boolean {
  return someNear(el, isEmbeddedPost);
}

/**
 * Whether an element or one of its first {@link EMBED_SEARCH_LIMIT} descendants, depth first,
 * passes `test`: a block's embed (or a placeholder's button) is near its start, and a block of
 * thousands is not read whole.
 */
export function someNear(el: Element, test: (node: Element) => boolean): boolean {
  const stack: Element[] = [el];
  for (let seen = 0; stack.length > 0 && seen < EMBED_SEARCH_LIMIT; seen++) {
    const node = stack.pop() as Element;
    if (test(node)) return true;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child?.type === 'tag') stack.push(child as Element);
    }
  }
  return false;
}

/** Class/id that keep a block even when it matches `BOILERPLATE` (e.g. `article-body-share`). */
export const KEEP = /article-?body|articlebody|story-?body|entry-?content|post-?content|noi-?dung/;

const RELATED_HEADINGS = [
  // Vietnamese
  'bài viết mới nhất',
  'bài mới nhất',
  'tin mới nhất',
  'tin mới',
  'tin mới hơn',
  'tin cũ hơn',
  'tin liên quan',
  'bài liên quan',
  'bài viết liên quan',
  'tin tức liên quan',
  'tin bài liên quan',
  'xem thêm',
  'đọc thêm',
  'tin cùng chuyên mục',
  'bài cùng chuyên mục',
  'cùng chuyên mục',
  'bài viết cùng chuyên mục',
  'tin bài cùng chuyên mục',
  'tin cùng loại',
  'các tin đã đưa',
  'tin đã đưa',
  'các tin khác',
  'các bài khác',
  'các bài viết khác',
  'tin khác',
  'tin tức khác',
  'đọc nhiều',
  'đọc nhiều nhất',
  'tin đọc nhiều',
  'xem nhiều',
  'xem nhiều nhất',
  'tin xem nhiều',
  'tin nổi bật',
  'tin tiêu điểm',
  'có thể bạn quan tâm',
  'bạn có thể quan tâm',
  'có thể bạn chưa đọc',
  'ý kiến bạn đọc',
  'bình luận',
  'gửi bình luận',
  'chia sẻ',
  // The side modules of government and police portals.
  'văn bản mới',
  'văn bản mới ban hành',
  'văn bản chỉ đạo điều hành',
  'thống kê truy cập',
  'lượt truy cập',
  'số lượt truy cập',
  'liên kết website',
  'liên kết web',
  'thăm dò ý kiến',
  // English
  'related',
  'related article',
  'related articles',
  'related story',
  'related stories',
  'related post',
  'related posts',
  'related news',
  'related content',
  'related coverage',
  'related links',
  'related reading',
  'related topics',
  'recommended',
  'recommended for you',
  'recommended stories',
  'recommended articles',
  'recommended reading',
  'read more',
  'read next',
  'read also',
  'also read',
  'see also',
  'see more',
  'more stories',
  // "More Great WIRED Stories": the site's name between the words.
  'more great',
  'more news',
  'more articles',
  'more on',
  'more on this',
  'more on this story',
  'more from',
  'more in',
  'latest news',
  'latest stories',
  'latest articles',
  'you may also like',
  'you might also like',
  'you may be interested in',
  'you might be interested in',
  'you may also be interested in',
  'you might also be interested in',
  'most popular',
  'most read',
  'most viewed',
  'trending',
  'trending now',
  'more trending',
  'trending stories',
  'popular',
  'popular now',
  'popular posts',
  'popular stories',
  // Not "Up next": AP's sports stories end with an "UP NEXT" section of the teams' next games.
  'watch next',
  "don't miss",
  "editor's picks",
  'top stories',
  'from around the web',
  'around the web',
  'share this',
  // WordPress's likes widget ("Like this:", then "Like Loading...").
  'like this',
  'share this article',
  'share this story',
  'visitor statistics',
  'visitor counter',
  'site statistics',
  'useful links',
  'quick links',
  'comments',
  'leave a comment',
  'leave a reply',
  'join the conversation',
  'share your thoughts',
  // Other languages: the "read also" and related-stories labels publishers put before links.
  'lesen sie auch',
  'lesen sie mehr',
  'weiterlesen',
  'zum weiterlesen',
  // A closing section of links, references or contacts: "Weitere Informationen:".
  'weitere informationen',
  'mehr informationen',
  'zusatzinformationen',
  'further information',
  // Canada.ca's closing links ("Associated links"; "Liens associés" in French).
  'associated links',
  'liens associés',
  // A closing call to discover more stories ("Entdecke weitere Homestorys").
  'discover more',
  'explore more',
  'entdecke weitere',
  'entdecke mehr',
  'mehr entdecken',
  'more information',
  'mehr zu',
  'auch interessant',
  'das könnte sie auch interessieren',
  'das könnte dich auch interessieren',
  'mehr zum thema',
  'weitere artikel',
  'weitere nachrichten',
  'neueste beiträge',
  'neueste artikel',
  'neueste meldungen',
  'aus dem ressort',
  'mehr aus dem ressort',
  'aus der rubrik',
  'mehr aus der rubrik',
  'mehr nachrichten',
  'meistgelesen',
  'meistgelesene beiträge',
  'meistgelesene artikel',
  'meistgelesene nachrichten',
  'lire aussi',
  'à lire aussi',
  'a lire aussi',
  'lire également',
  'à lire également',
  'voir aussi',
  'sur le même sujet',
  'articles similaires',
  'articles liés',
  'articles associés',
  'dans la même rubrique',
  'les plus lus',
  'ähnliche artikel',
  'verwandte artikel',
  'artigos relacionados',
  'matérias relacionadas',
  'gerelateerde artikelen',
  'ti potrebbe interessare',
  'te recomendamos',
  'lee también',
  'lea también',
  'te puede interesar',
  'le puede interesar',
  'noticias relacionadas',
  'artículos relacionados',
  'lo más leído',
  'ver también',
  'puedes ver',
  'también puedes ver',
  'mira también',
  'leia também',
  'leia mais',
  'veja também',
  'notícias relacionadas',
  'mais lidas',
  'leggi anche',
  'potrebbe interessarti',
  'articoli correlati',
  'vedi anche',
  'lees ook',
  'lees meer',
  'bekijk ook',
  'meest gelezen',
  'les også',
  'les mer',
  'mest lest',
  'læs også',
  'læs mere',
  'läs också',
  'läs mer',
  'mest lästa',
  'lue myös',
  'czytaj też',
  'czytaj także',
  'czytaj również',
  'zobacz też',
  'zobacz także',
  'čtěte také',
  'přečtěte si také',
  'читайте также',
  'смотрите также',
  'читайте також',
  'дивіться також',
  'ilgili haberler',
  'ilgili haber',
  // "İ" lower-cases to "i" and a combining dot: "İLGİLİ HABER", "İlginizi Çekebilir".
  'i̇lgi̇li̇ haber',
  'i̇lgili haber',
  'i̇lginizi çekebilir',
  'ilginizi çekebilir',
  'ayrıca okuyun',
  'bunlar da ilginizi çekebilir',
  'อ่านเพิ่มเติม',
  'ข่าวที่เกี่ยวข้อง',
  'baca juga',
  'simak juga',
  'lihat juga',
  'berita berkaitan',
  'basahin din',
  'basahin',
  'soma zaidi',
  'soma pia',
  'unaweza pia kusoma',
  'karanta wannan',
  'karanta kuma',
  'ku karanta',
  'vea también',
  'по теме',
  'อ่านข่าวที่เกี่ยวข้อง',
  // Lao and Khmer "related news" and "read more" (Vietnamese papers' Lao and Khmer editions).
  'ຂ່າວທີ່ກ່ຽວຂ້ອງ',
  'ອ່ານຕື່ມ',
  'ព័ត៌មានពាក់ព័ន្ធ',
  'អានបន្ថែម',
  'और पढ़ें',
  'इसे भी पढ़ें',
  'हेही वाचा',
  'আরও পড়ুন',
  'இதையும் படிங்க',
  'மேலும் படிக்க',
  'berita terkait',
  'artikel terkait',
  'اقرأ أيضا',
  'اقرأ المزيد',
  'أخبار ذات صلة',
  'مواضيع ذات صلة',
  'بیشتر بخوانید',
  'بخوانید',
  'اخبار مرتبط',
  'مطالب مرتبط',
  'یہ بھی پڑھیں',
  'یہ بھی پڑھیے',
  'مزید پڑھیں',
  'קראו עוד',
  'לקריאה נוספת',
  'קראו גם',
  'עוד בנושא',
  'διαβάστε επίσης',
  'διαβάστε ακόμη',
  'σχετικά άρθρα',
  'citește și',
  'citeste si',
  'articole similare',
  'pročitajte i',
  'pročitajte još',
  'povezane vijesti',
  'прочетете още',
  'още по темата',
  'mirá también',
  'mira también',
  'más información',
  'podría interesarte',
  'te podría interesar',
  'lee más',
  'sigue leyendo',
  'noticia relacionada',
  'noticias relacionadas',
  'saiba mais',
  'approfondisci',
  'czytaj więcej',
  'przeczytaj również',
  'przeczytaj też',
  'przeczytaj także',
  'související',
  'súvisiace',
  'prečítajte si aj',
  'čítajte viac',
  'čtěte více',
  'vezi și',
  'vezi si',
  'kapcsolódó',
  'ezt is ajánljuk',
  'olvassa el ezt is',
  'δείτε επίσης',
  'δειτε επισης',
  'διαβαστε επισης',
  'διαβαστε ακομη',
  'σχετικα αρθρα',
  'vezane vijesti',
  'povezani članci',
  'pogledajte i',
  'прочитајте још',
  'прочитајте и',
  'прочитајте уште',
  'вижте още',
  'preberite tudi',
  // Latvian, Lithuanian, Icelandic and Estonian ("Lasi arī:", "Skaitykite taip pat:").
  'lasi arī',
  'lasiet arī',
  'skaitykite taip pat',
  'taip pat skaitykite',
  'lestu einnig',
  'loe ka',
  'lexo edhe',
  'читайте більше',
  'இதையும் படிக்க',
  'baca',
  'ये भी पढ़ें',
  'यह भी पढ़ें',
  '関連記事',
  'あわせて読みたい',
  'おすすめ情報',
  'おすすめ記事',
  '注目記事',
  '人気記事',
  'アクセスランキング',
  '推荐阅读',
  '热门推荐',
  '많이 본 뉴스',
  '추천 기사',
  '相关阅读',
  '相关新闻',
  '延伸阅读',
  '延伸閱讀',
  '相關新聞',
  '관련기사',
  '관련 기사',
];

/** The headings as alternatives of a pattern, their special characters escaped. */
function alternatives(headings: readonly string[]): string {
  return headings.map((h) => unmarked(h).replace(/[.*+?^${}()|[\]\\']/g, '\\$&')).join('|');
}

/** Arabic without its vowel marks and hamza seats, which labels write anywhere or nowhere. */
const unmarked = (text: string) =>
  text.replace(/[\u0640\u064b-\u065f]/g, '').replace(/[أإآ]/g, 'ا');

/**
 * The brackets that close a heading marked as Japanese and Chinese pages mark one ("【関連記事】"),
 * their full-width colon ("関連記事："), and Khmer's colon ("អានបន្ថែម៖").
 */
const CLOSING_BRACKETS = '】］：៖';

const RELATED_RE = new RegExp(
  // Longest first: the heading matched is the whole of it ("more from", not "more").
  `^(${alternatives([...RELATED_HEADINGS].sort((a, b) => b.length - a.length))})(?:$|[\\s:.…»>›${CLOSING_BRACKETS}])`,
);

/**
 * Words that join a related heading to the site or topic it names ("More from Reuters",
 * "Popular on IndieWire", "Mehr zum Thema"): after any other lowercase word the heading's
 * words open a sentence ("Popular culture and…", "Related costs rose…").
 */
const HEADING_JOINERS = new Set([
  'on',
  'from',
  'in',
  'at',
  'by',
  'for',
  'about',
  'to',
  'of',
  'this',
  'the',
  'our',
  'von',
  'aus',
  'zum',
  'zur',
  'im',
  'auf',
  'de',
  'du',
  'des',
  'sur',
  'en',
  'di',
  'del',
]);

/** The most words a related heading names after its own ("More from The Associated Press"). */
const HEADING_SUFFIX_WORDS = 4;

/**
 * Labels that mark a "read also" line only when they stand alone before its link ("MORE : <a>…</a>"):
 * as a heading's first word they open ordinary sentences ("More than 100 people…").
 */
const RELATED_LINE_LABELS = [
  'more',
  // "Read:", "READ |" (Nation, News24), Portuguese "Leia:", French "À lire :"
  'read',
  'leia',
  'lire',
  'à lire',
  'a lire',
  // Hindi "read:"
  'पढ़ें',
  'also',
  'related',
  'mira',
  'lee',
  'relacionado',
  'relacionada',
  'relacionados',
  'relacionadas',
];

// After the label, the marks between its links too: "Xem thêm: <a>…</a>, <a>…</a>", and the
// bullets of links set as a list in one paragraph ("READ MORE:<br> * <a>…</a><br> * <a>…</a>").
const RELATED_LABEL_RE = new RegExp(
  `^(?:${alternatives([...RELATED_HEADINGS, ...RELATED_LINE_LABELS])})[\\s:.…»>›|–—,;*•·${CLOSING_BRACKETS}-]*$`,
);

/**
 * A heading's text as shown: whitespace collapsed, without the marks before its first word
 * ("» ", "・", "■", "【" of "【関連記事】").
 */
function shownHeading(text: string): string {
  return nfc(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s»>›|•:–—・･■□◆◇●○▶▷▼▽★☆【［-]+/, '');
}

/**
 * A heading's text in small letters. Turkish capitals' dotted İ lowers to "i" and a combining dot
 * (U+0307), which no label's "i" matches: "İLGİLİ HABERLER" is read as "ilgili haberler".
 */
function headingText(text: string): string {
  return headingTexts.of(text, readHeadingText);
}

/**
 * {@link headingText}'s answers: a heading's text is asked whether it is a related, comments or
 * author box heading, one reading each.
 */
const headingTexts = new TextAnswers<string>(256, 400);

function readHeadingText(text: string): string {
  return unmarked(shownHeading(text).replace(/İ/g, 'i').toLowerCase().replace(/’/g, "'"));
}

/** A question to the reader before a related label: "Like this? You might also be interested in:". */
const LIKED_IT =
  /^(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|it)(?: (?:article|story|post))?\s*[?!]\s+(?=\S)/;

/**
 * True when `text` reads as the heading of a related-links, most-read, share or comments
 * block ("Tin liên quan", "Xem thêm:", "Related stories", "More from Reuters"…).
 */
export function isRelatedHeading(text: string): boolean {
  const t = headingText(text);
  const asked = t.replace(LIKED_IT, '');
  // After a question to the reader, the label alone: "Like this? You might also be interested in:".
  if (asked !== t && isRelatedHeading(asked)) return true;
  if (t.length === 0 || t.length > 60) return false;
  const m = RELATED_RE.exec(t);
  if (m === null) return false;
  const heading = m[1] as string;
  // The heading, then punctuation ("Xem thêm:", "Read more »"), or nothing; or a heading of
  // several words, which no sentence opens with ("Mehr zum Thema …", "See more photos:").
  if (!/^\s/.test(t.slice(heading.length)) || heading.includes(' ')) return true;
  // One word ("Related", "Popular", "Comments"), then the site or topic it names — not the
  // opening of a sentence ("Popular culture and…"). Its words as shown tell a name's capitals
  // ("More Great WIRED Stories") from a sentence's words.
  const suffix = shownHeading(text).slice(heading.length).trim();
  // A label's words before a colon ("Related post: Pickled Brussels Sprouts Recipe").
  if (/^[^\s:]+(?: [^\s:]+)?:/.test(suffix)) return true;
  const shown = suffix.split(' ');
  const first = shown[0] as string;
  return (
    !/[.!?]$/.test(t) &&
    shown.length <= HEADING_SUFFIX_WORDS &&
    (HEADING_JOINERS.has(first.toLowerCase()) || !/^[a-zà-ÿ]/.test(first))
  );
}

/**
 * True when `text` is a related-links label and nothing else ("Lesen Sie auch:", "READ MORE",
 * "On HoustonChronicle.com:").
 */
export function isRelatedLabel(text: string): boolean {
  const t = headingText(text);
  const asked = t.replace(LIKED_IT, '');
  if (asked !== t && isRelatedLabel(asked)) return true;
  return t.length > 0 && t.length <= 40 && (RELATED_LABEL_RE.test(t) || SITE_LABEL.test(t));
}

/** A teaser's label naming the site it leads to: "On HoustonChronicle.com:", "Also on rt.com". */
const SITE_LABEL = /^(?:also |more )?on [a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}[\s:.…»>›|–—-]*$/;

/**
 * The heading of a box about the article's author, in the languages publishers write it ("Die
 * Autorin", "Autor*In", "Ein Beitrag von:", "About the author", "À propos de l'auteur"): a
 * heading element saying only that opens a biography, not the article.
 */
const AUTHOR_BOX_HEADING =
  /^(?:(?:über |zu[mr] )?(?:den |die |der )?autor(?:in|en|innen|[:*_/]in(?:nen)?)?|(?:ein )?(?:gast)?(?:beitrag|artikel|text) von|about the authors?|(?:à propos de )?l'auteur(?:e|s)?|(?:sobre )?(?:el|la) autor(?:a)?|(?:sull')?l'autore|(?:sobre )?o autor|om (?:skribenten|forfatteren|författaren)|o autorze|over de auteur)[\s:.]*$/;

/**
 * True when `text` is the heading of an author box and nothing else ("Die Autorin", "About the
 * author").
 *
 * @example isAuthorBoxHeading('Der Autor') // true
 * @example isAuthorBoxHeading('Der Autor lebt in Wien.') // false
 */
export function isAuthorBoxHeading(text: string): boolean {
  const t = headingText(text);
  return t.length > 0 && t.length <= 40 && AUTHOR_BOX_HEADING.test(t);
}

/** The word for the readers' comments, in the languages publishers write it. */
const COMMENTS_WORDS = [
  'comments?',
  'reader comments',
  "readers' comments",
  // An obituary's guest book and condolences are its readers' messages.
  'guest ?book',
  'gästebuch',
  "livre d['’]or",
  'condolences',
  'kommentare?',
  'leserkommentare',
  'commentaires?',
  'comentarios?',
  'comentários?',
  'commenti',
  'reacties',
  'kommentarer',
  'kommentit',
  'komentar(?:ze)?',
  'komentáře',
  'комментарии',
  'коментарі',
  'yorumlar',
  'bình luận',
  'ý kiến bạn đọc',
  'ý kiến',
  'コメント',
  '评论',
  '評論',
  '留言',
  '댓글',
  'التعليقات',
  'تعليقات',
].join('|');

/**
 * A comments section's heading: the word alone, with a count before or after it, or with the
 * qualifiers forums give it ("Comments", "12 Comments", "Top Rated Comments", "Bình luận (5)",
 * "23 Kommentare"; CJK pages bracket the count in full-width brackets: "コメント（12）"). Not a
 * sentence that starts with the word ("Comments on the budget…").
 */
const COMMENTS_HEADING = new RegExp(
  `^(?:\\d+\\s+)?(?:(?:top|top[- ]rated|most liked|latest|newest|recent|user|readers?)\\s+)?(?:${COMMENTS_WORDS})(?:\\s*[([（]?\\d+[)\\]）]?)?[\\s:.]*$`,
);

/**
 * True when `text` reads as the heading of the readers' comments ("Comments", "12 Comments",
 * "Top Rated Comments", "Kommentare", "Bình luận (5)", "コメント").
 *
 * @example isCommentsHeading('Top Rated Comments') // true
 * @example isCommentsHeading('Comments on the budget were due on Friday') // false
 */
export function isCommentsHeading(text: string): boolean {
  const t = headingText(text);
  return t.length > 0 && t.length <= 40 && COMMENTS_HEADING.test(t);
}

/**
 * True when `text` is a comments heading with their count ("3 Kommentare", "Comments (12)"),
 * also in brackets ("(1 Kommentar)", "[3 comments]"): such a line heads the readers' comments in
 * whatever element it is written; the word alone may be a label ("Kommentar" marks an opinion
 * piece).
 *
 * @example isCommentCount('3 Kommentare') // true
 * @example isCommentCount('(1 Kommentar)') // true
 * @example isCommentCount('Kommentare') // false
 */
export function isCommentCount(text: string): boolean {
  if (!/\d/.test(text) || !COMMENTS_WORD.test(text)) return false;
  const inBrackets = IN_BRACKETS.exec(text.trim());
  return isCommentsHeading(inBrackets === null ? text : (inBrackets[1] as string));
}

/** A text set in one pair of round or square brackets, and what they hold. */
const IN_BRACKETS = /^[([]([^()[\]]*)[)\]]$/;

/** A comments word anywhere in a text: a cheap first test of {@link isCommentCount}. */
const COMMENTS_WORD = new RegExp(COMMENTS_WORDS, 'iu');

/** A label over the documents an article attaches: "Tệp đính kèm:", "Attachments:", "Anhang:". */
export const ATTACHMENTS_LABEL =
  /^(?:(?:tệp|file|tập tin|tài liệu|văn bản)(?: đính kèm)?|đính kèm|attachments?|attached files?|downloads?|anhang|anhänge|pièces? jointes?|adjuntos?|anexos?|allegati)\s*:?$/iu;
