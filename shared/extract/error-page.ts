/**
 * Pages a server or its CDN sends instead of an article, told by their titles: error pages (an
 * HTTP status, "page not found" in the site's language, a theme's apology) and access checks (a
 * CDN's bot challenge or block page); and consent walls, told by their accept button. A
 * publisher's crawler that saved one of them uploads it as if it were the article; it is
 * rejected as `error-page`, never published.
 */

import type { Element } from 'domhandler';
import { descendants, isElement, textExcept, textOf } from './content/dom.ts';
import { onFirstUse } from './first-use.ts';
import type { PageIndex } from './page-index.ts';
import { countWords } from './text.ts';

/** "Page not found" as sites write it, in the languages of the sites seen. */
const NOT_FOUND = String.raw`(?:page|file|article|content|post|story)\s+not\s+found|not\s+found|nothing\s+found|(?:oops!?\s*)?(?:sorry,?\s*)?(?:that|this|the)\s+page\s+(?:you\s+(?:were|are)\s+looking\s+for\s+)?(?:can[’']?t|cannot|could\s*n[’']?t|could\s+not)\s+be\s+found|(?:the\s+)?page\s+(?:you\s+(?:requested|(?:were|are|[’']re)\s+looking\s+for)\s+)?(?:does\s+not|doesn[’']t)\s+exist|(?:sorry,?\s*)?we\s+(?:can[’']?t|cannot|could\s*n[’']?t|could\s+not)\s+find\s+(?:that|this|the)\s+page(?:\s+you\s+(?:were|are|[’']re)\s+looking\s+for)?|(?:die\s+)?seite\s+(?:wurde\s+)?nicht\s+gefunden|página\s+no\s+encontrada|page\s+introuvable|pagina\s+non\s+trovata|página\s+não\s+encontrada|pagina\s+niet\s+gevonden|halaman\s+tidak\s+ditemukan|страница\s+не\s+найдена|sayfa\s+bulunamadı|nie\s+znaleziono\s+strony|strona\s+nie\s+(?:została\s+)?znaleziona|không\s+tìm\s+thấy\s+trang|trang\s+(?:bạn\s+(?:tìm(?:\s+kiếm)?|yêu\s+cầu|truy\s+cập)\s+)?không\s+tồn\s+tại|الصفحة\s+غير\s+موجودة|找不到页面|页面不存在|ページが見つかりません|페이지를 찾을 수 없습니다`;

/** What a status page says after its code ("403 Forbidden", "503 Service Unavailable"). */
const STATUS_TEXT = String.raw`bad\s+request|unauthori[sz]ed|forbidden|gone|too\s+many\s+requests|internal\s+server\s+error|bad\s+gateway|service\s+(?:temporarily\s+)?unavailable|gateway\s+time-?\s*out|access\s+denied|errors?`;

/** "Error" before a status code, in the languages of the sites seen. */
const ERROR_WORD = 'error|fehler|erreur|erro|errore|lỗi|ошибка|hata|błąd';

/**
 * An error page's title, whole: a bare "404" or any status code after the word "error" or
 * before its text; "page not found"; a server error's text alone. A headline that only opens
 * with such words ("404 Not Found: the story of …") says more.
 */
const ERROR_TITLE = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:(?:(?:${ERROR_WORD})\s*)?404(?:\s*[-–—:|]?\s*(?:${NOT_FOUND}|${STATUS_TEXT}))?|(?:(?:${ERROR_WORD})\s*[45]\d\d|[45]\d\d\s*[-–—:|]?\s*(?:${STATUS_TEXT}))(?:\s*[-–—:|]?\s*(?:${STATUS_TEXT}))?|${NOT_FOUND}|internal\s+server\s+error|service\s+(?:temporarily\s+)?unavailable|bad\s+gateway)[.!]?$`,
      'iu',
    ),
);

/**
 * A CDN's or firewall's access check, whole: a bot challenge ("Just a moment...", "Attention
 * Required!", "Pardon Our Interruption") or a block page ("Access Denied", "Forbidden"). Such
 * words could head a story, so they reject only a page that declares no article and shows
 * little text.
 */
const ACCESS_CHECK_TITLE = onFirstUse(
  () =>
    /^(?:just\s+a\s+moment|one\s+moment,?\s+please|please\s+wait|attention\s+required!?|checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser(?:\s+before\s+accessing\b.*)?)|one\s+more\s+step|ddos-guard|pardon\s+our\s+interruption|are\s+you\s+a\s+(?:robot|human)\??|access\s+to\s+this\s+page\s+has\s+been\s+denied|(?:security|bot|human)\s+(?:check|verification)|verify(?:ing)?\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human|access\s+denied|forbidden|request\s+blocked|you\s+have\s+been\s+blocked)\s*(?:\.\.\.|…|[.!])?$/iu,
);

/** Words of text an access check shows at most: its notice, a reference code, a footer. */
const ACCESS_CHECK_MAX_WORDS = 150;

/**
 * A consent wall's button that accepts, opening its text of four words at most: "Accept all",
 * "Alle akzeptieren", "Tout accepter", "Akkoord", "Zustimmen und weiter" and their kin, and
 * Romanian "Sunt de acord", Greek "Αποδοχή", Hungarian "Elfogadom", Czech "Souhlasím",
 * Indonesian "Setuju" or "Terima".
 */
const ACCEPT_BUTTON = onFirstUse(
  () =>
    /^(?:(?:alle|alles|tout|tümünü|i)\s(?:cookies\s)?)?(?:accept|agree|allow|akzept|zustimm|einverstanden|j.accept|acept|accett|aceit|akkoord|godta|hyväksy|akcept|přijm|souhlas|приня|kabul|chấp\snhận|đồng\sý|sunt\sde\sacord|αποδοχ|αποδέχ|elfogad|setuju|terima)/iu,
);

/**
 * What a consent notice speaks of: cookies (so written in most languages; Turkish "çerez",
 * Hungarian "süti"), consent, privacy.
 */
const CONSENT_WORDS = /cookie|consent|privacy|zustimm|einwillig|datenschutz|çerez|süti/iu;

/** The longest text of a cookie banner in the body, its buttons and links aside. */
const CONSENT_BANNER_MAX = 600;

/** Ancestors of an accept button searched for the notice it answers: its form, its box, the wall. */
const CONSENT_BOX_DEPTH = 6;

/** Words of text a consent wall shows at most: its notice, the purposes it lists, a footer. */
const CONSENT_WALL_MAX_WORDS = 500;

/** The share of the page's words a consent wall's notice holds: the page is little else. */
const CONSENT_WALL_SHARE = 0.6;

/** A page told to be no article by its titles, or by its consent notice. */
export interface ErrorPage {
  readonly kind: 'error' | 'access-check' | 'consent-wall';
  /** The title that says so, as the page writes it. */
  readonly title: string;
}

/** What {@link errorPageOf} needs of the page besides its titles. */
export interface ErrorPageEvidence {
  /** Whether the page declares itself an article (JSON-LD, `og:type`, a publication time). */
  readonly declaresArticle: boolean;
  /** Words of text the page shows; asked only of a page that declares no article. */
  readonly shownWords: () => number;
  /** The page's consent notice ({@link consentNotice}); asked of a page that declares no article. */
  readonly consentNotice: () => Element | null;
}

/** A button's text, or null for what is no button. */
function buttonText(el: Element): string | null {
  if (!isButton(el)) return null;
  return el.name === 'input' ? (el.attribs.value ?? '') : textOf(el);
}

/** Whether an element is a button {@link buttonText} reads, without reading its text. */
function isButton(el: Element): boolean {
  if (el.name === 'input') return /^(?:submit|button)$/i.test(el.attribs.type ?? '');
  return el.name === 'button' || el.attribs.role === 'button';
}

/** What a reader presses: its text is no notice ("Manage privacy settings" is a link's). */
function isControl(el: Element): boolean {
  return el.name === 'a' || el.name === 'input' || buttonText(el) !== null;
}

/**
 * The page's consent notice, if the page is little else: the box around a button that accepts
 * ({@link ACCEPT_BUTTON}) and one more choice, whose text besides them speaks of cookies or
 * consent, holding every heading of the page. A cookie banner above a story stays below the
 * story's headline.
 *
 * @param index - the page's elements
 * @returns the notice's box, or null
 */
export function consentNotice(index: PageIndex): Element | null {
  for (const el of index.elements) {
    const text = buttonText(el) ?? '';
    if (!ACCEPT_BUTTON().test(text.trim()) || countWords(text) > 4) continue;
    let box = el.parent;
    for (let up = 0; up < CONSENT_BOX_DEPTH && box?.type === 'tag'; up++, box = box.parent) {
      if (!CONSENT_WORDS.test(textExcept([box], isControl))) continue;
      const inBox = new Set(descendants(box));
      const choices = [...inBox].filter((d) => buttonText(d) !== null).length;
      const headings = ['h1', 'h2', 'h3'].flatMap((h) => index.byTag(h));
      return choices >= 2 && headings.every((h) => inBox.has(h) || textOf(h).trim() === '')
        ? box
        : null;
    }
  }
  return null;
}

/**
 * The elements of `elements` below `root` with two buttons or more below them: the only boxes
 * that {@link isConsentBanner} may accept (it asks for two). A walk that only removes nodes
 * after this is read asks it of these alone, and of no other box reads the text first.
 *
 * @param elements - every element below `root`, or more (a detached one counts for nothing)
 * @param root - the box whose descendants are asked about
 * @returns the boxes that may be consent banners
 */
export function boxesWithButtons(elements: readonly Element[], root: Element): Set<Element> {
  const counts = new Map<Element, number>();
  const out = new Set<Element>();
  for (const el of elements) {
    if (!isButton(el)) continue;
    for (let up = el.parent; up !== null && up !== root && isElement(up); up = up.parent) {
      const count = (counts.get(up) ?? 0) + 1;
      counts.set(up, count);
      if (count === 2) out.add(up);
    }
  }
  return out;
}

/**
 * Whether a box is a consent banner: a short notice speaking of cookies or consent beside a
 * button that accepts ({@link ACCEPT_BUTTON}) and one more choice. On a short page the body
 * finder takes it in with the story; its words are never the article's, whatever its class
 * names or language.
 *
 * @param box - a block of the body
 */
export function isConsentBanner(box: Element): boolean {
  const buttons = descendants(box).filter((d) => buttonText(d) !== null);
  if (buttons.length < 2) return false;
  const accepts = buttons.some((b) => {
    const text = (buttonText(b) ?? '').trim();
    return ACCEPT_BUTTON().test(text) && countWords(text) <= 4;
  });
  if (!accepts) return false;
  const notice = textExcept([box], isControl);
  return notice.length <= CONSENT_BANNER_MAX && CONSENT_WORDS.test(notice);
}

/** A title's first part before its site's name ("Error 404 - Site", "Attention Required! | Cloudflare"). */
function firstPartOf(title: string): string {
  return title.split(/\s+[-–—|]\s+/)[0] ?? title;
}

/**
 * Whether the page is an error page or an access check rather than an article, by its titles:
 * the chosen title first, then its `<title>` and `og:title`, each whole or its first part.
 *
 * @param titles - the page's titles, the chosen one first
 * @param evidence - what else tells an access check from a story headlined like one
 * @returns what the page is and the title that says so, or null
 */
export function errorPageOf(
  titles: readonly string[],
  evidence: ErrorPageEvidence,
): ErrorPage | null {
  for (const title of titles) {
    const parts = [title, firstPartOf(title)];
    if (parts.some((t) => ERROR_TITLE().test(t))) return { kind: 'error', title };
  }
  if (evidence.declaresArticle) return null;
  for (const title of titles) {
    const parts = [title, firstPartOf(title)];
    if (!parts.some((t) => ACCESS_CHECK_TITLE().test(t))) continue;
    return evidence.shownWords() <= ACCESS_CHECK_MAX_WORDS ? { kind: 'access-check', title } : null;
  }
  // A consent wall: the page is its notice, whatever its title.
  const notice = evidence.consentNotice();
  if (notice === null || titles[0] === undefined) return null;
  const shown = evidence.shownWords();
  return shown <= CONSENT_WALL_MAX_WORDS &&
    countWords(textExcept([notice], () => false)) >= shown * CONSENT_WALL_SHARE
    ? { kind: 'consent-wall', title: titles[0] }
    : null;
}
