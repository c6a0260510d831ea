/**
 * Page furniture that reads like text, found by where it stands in the body: paragraphs that
 * are nothing but a link to another story, consent placeholders and sign-up fine print, a
 * paywall's notice and what follows it, and what closes many articles without being of them
 * (promotional lines, filing and date lines, contributor credits, link lists, headings with
 * nothing under them). Labels recognised by their text alone are in `labels.ts`.
 */
import { type AnyNode, Element, Text } from 'domhandler';
import { isWireAgency } from '../author-names.ts';
import { parseByline } from '../authors.ts';
import { caseless } from '../caseless-pattern.ts';
import { PUBLICATION_WORD_PATTERN } from '../date-words.ts';
import { siteOf } from '../template/profile.ts';
import { lowerCaseAfter, SENTENCE_END } from '../text.ts';
import { TextAnswers } from '../text-answers.ts';
import {
  classWords,
  closest,
  descendants,
  detach,
  edgeText,
  followingNodes,
  HEADING_TAGS,
  holdsBlocks,
  holdsLink,
  INLINE,
  isBelow,
  isElement,
  isLoneCell,
  LISTS,
  linksDocument,
  replaceWith,
  siblingElement,
  squash,
  standsAlone,
  textExcept,
  textOf,
  wrapSiblings,
} from './dom.ts';
import { ATTACHMENTS_LABEL, isRelatedLabel, LIST_ITEM_NUMBER } from './patterns.ts';
import { isOneLink, removeClosingLinkLines } from './related.ts';
import type { Remove } from './removal.ts';
import { type ShortTexts, shortText } from './short-text.ts';

/**
 * A paywall's notice: the rest of the article is for subscribers ("Il vous reste 57% de cet
 * article à lire", "Subscribe to continue reading", "For the full story …, subscribe now",
 * "Jetzt weiterlesen mit SZ Plus"), or for those who register ("Kostenlos registrieren und direkt
 * weiterlesen", "Register for free to continue reading"). The reader
 * sees the article end there; what follows in the body is the paywall's own furniture. In English,
 * French, German, Spanish, Italian, Dutch, Portuguese and Japanese ("この記事は会員限定です", after
 * a bracketed "［有料会員限定］" or not; "この記事は有料記事です").
 */
const PAYWALL_NOTICE =
  /^(?:[［【[](?:有料)?会員限定[］】\]]\s*)?(?:il vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire\b|this (?:article|story|content) is (?:reserved|available only|only available|exclusive) (?:for|to) (?:subscribers|members)(?:[.!]|$)|already a subscriber\? (?:log|sign) in\b|la suite est réservée aux abonnés|the rest of this (?:article|story) is (?:only )?(?:available )?(?:to|for) (?:subscribers|members)|(?:for|to read) the (?:full|complete|rest of the) (?:story|article)\b.{0,60}\bsubscribe\b|(?:please )?(?:subscribe|sign in|log in|register)(?: now| for free)? to (?:continue|keep) reading\b|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register|become a)\b|(?:jetzt |hier )?weiterlesen mit\b|(?:jetzt )?(?:kostenlos )?registrieren und (?:direkt |kostenlos )?weiterlesen\b|der (?:restliche|vollständige|komplette) (?:artikel|beitrag|text) ist (?:nur )?für abonnent|para (?:seguir|continuar) leyendo,? (?:suscr|regístr|inicia)|per continuare a leggere,? (?:abbonati|accedi|registrati)|lees verder met\b|para continuar (?:a )?ler,? (?:assine|faça)|この記事は(?:有料記事|(?:有料)?(?:会員|購読者)(?:限定|専用)(?:記事)?)です|(?:続き|全文)(?:を|は)(?:読む|お読み(?:いただく)?)には).{0,200}$/iu;

/**
 * A class or id naming a paywall's box ("paywall", "article-paywall", "pay-wall"), or naming it by
 * its vendor or its offer ("js-piano-teaser", Piano's; "premium"): the box must call to subscribe.
 */
const PAYWALL_CLASS = /pay-?wall|piano|premium/;

/** The longest text of a paywall's box: a notice, a pitch and its buttons. */
const LONGEST_PAYWALL_BOX = 400;

/**
 * Words of a call to subscribe or of a notice that the article is for subscribers: "abonnés",
 * "abonnez-vous", "Abonnenten", "Digitalabo", "subscribe", "subscribers", "suscríbete", "abbonati",
 * "members", "会員", "購読"; Polish "subskrypcja", "prenumerata" (Swedish "prenumeration"), Czech
 * "předplatitel", Slovak "predplatiteľ", Croatian "pretplatnik", Hungarian "előfizető", Slovenian
 * "naročnik", Finnish "tilaaja", Greek "συνδρομητής".
 */
const SUBSCRIBER_WORDS =
  /abonn|subscri|suscri|abbona|assinante|assine|abo\b|\bmembers?\b|\bmembership|đăng ký|会員|購読|subskryp|prenumer|předplat|predplat|pretplat|előfizet|naročni|\btilaa|συνδρομ/iu;

/** Where a paywall's link sends the reader: its offers, to subscribe or to sign in. */
const SUBSCRIBE_HREF =
  /abo|subscri|suscri|abbona|assin|offer|angebot|premium|login|signin|register/i;

/**
 * Whether a block is a paywall's box, whatever its wording: its class or id names a paywall,
 * it holds {@link LONGEST_PAYWALL_BOX} characters at most, and it calls to subscribe, by a link
 * to the offers or to sign in, or by its words ({@link SUBSCRIBER_WORDS}): "Cet article est
 * réservé aux abonnés. … S’abonner". The class alone says nothing: Helsingin Sanomat wraps the
 * story's paragraphs in a `paywall-content`, longer than any such box.
 *
 * @param el - a block of the body
 * @param texts - the short texts of the body's blocks
 * @returns true for a paywall's box
 */
export function isPaywallBox(el: Element, texts: ShortTexts): boolean {
  if (!PAYWALL_CLASS.test(classWords(el))) return false;
  const text = texts.of(el, LONGEST_PAYWALL_BOX);
  if (text === null) return false;
  return (
    SUBSCRIBER_WORDS.test(text) ||
    descendants(el).some((d) => d.name === 'a' && SUBSCRIBE_HREF.test(d.attribs.href ?? ''))
  );
}

/**
 * A closing line saying who else reported, wrote or edited, or where the text came from: "Keith
 * Bradsher contributed reporting from Hong Kong.", "(Reporting by …; Editing by …)", "Additional
 * reporting by …", "(Quelle: APA/sda/dpa)", "المصدر: الجزيرة + وكالات", "Mit Agenturmaterial.",
 * "Source: CNA/sk(ac)" (the editors' initials in brackets), "(Con información de EFE)", "(Avec
 * AFP)", "(With inputs from PTI)", an author's initials "(dmk)", an agency and the editor's
 * initials ("SDA/sep"), the translator ("Aus dem Englischen von …"). Read after the trailing
 * byline, which takes the reporter of such a line as the author.
 */
const CONTRIBUTOR_CREDIT = new RegExp(
  [
    String.raw`^(?:[—–-]\s*)?\(?(?:additional |with )?reporting by\b`,
    String.raw`^\(?(?:editing|edited|writing|compiled|produced) by\b`,
    String.raw`^[—–-]?\s*[\p{L}\p{M} .,'’-]{2,160}\bcontributed (?:reporting|to this (?:report|story|article))(?: (?:from|in) [^.]{1,60})?\.?$`,
    // … and in Romanian, the South Slavic languages, Estonian, Latvian, Lithuanian, Greek and
    // Icelandic ("Sursa: Agerpres", "Izvor: Tanjug", "Източник: БТА", "Avots: LETA").
    String.raw`^\(?(?:quelle|source|sources|fuente|fonte|bron|kilde|källa|źródło|zdroj|forrás|lähde|kaynak|источник|джерело|sursa|izvor|извор|източник|vir|allikas|avots|šaltinis|πηγή|heimild|المصدر)\s*:\s*[^()]{1,60}(?:\(\p{L}{1,5}\))?\)?\.?$`,
    String.raw`^mit (?:agentur)?material(?: (?:von|der|des) [^.]{1,40})?\.?$`,
    // … in Spanish and Portuguese ("(Con información de EFE)", "*Com informações da Agência
    // Brasil"), French ("(Avec AFP)") and Indian English ("(With inputs from PTI)").
    String.raw`^\*?\(?(?:con información|com informações) (?:de|da|do|das|dos|del)\s[^.()]{1,60}\)?\.?$`,
    String.raw`^\(avec (?:l['’])?[^.()]{2,30}\)\.?$`,
    String.raw`^\(?with inputs? from [^.()]{2,40}\)?\.?$`,
    String.raw`^©\s*dpa-infocom\b`,
    // An author's initials, bracketed ("(dmk)") or after the Polish "compiled by" ("oprac. kw").
    String.raw`^(?:\(|oprac(?:\.|owanie:)\s*\(?)[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){0,3}\)?$`,
    // The editors' slug a wire story closes with, in lower case: three or four groups of
    // initials joined by slashes, AFP's "str/dhw/jj" (two words so, "tv/radio", may be prose's).
    String.raw`^[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){2,3}$`,
    // A news agency and editors' initials without brackets: "SDA/sep", "dpa/lno".
    String.raw`^(?=.*/)(?:[a-z]{2,6}\s*/\s*){0,3}(?:dpa|afp|ap|apa|sda|ats|kna|epd|ddp|dts|sid|ansa|efe|upi|ntb|pap|ctk|mti|bta)(?:\s*/\s*[a-z]{2,6}){0,3}$`,
    // Who translated it: "Aus dem Englischen von Jan Doolan", "Translated from the German by
    // Anna Roe.", "Traduit de l'anglais par Jean Dupont." (a name, nothing more).
    String.raw`^aus dem \p{L}+ (?:übersetzt |übertragen )?von \p{L}`,
    String.raw`^translated (?:from (?:the )?\p{L}+ )?by [\p{L}\p{M} .'’-]{2,60}$`,
    String.raw`^traduit de l[’']\p{L}+ par [\p{L}\p{M} .'’-]{2,60}$`,
    String.raw`^traducido del \p{L}+ por [\p{L}\p{M} .'’-]{2,60}$`,
  ].join('|'),
  'iu',
);

/**
 * A credit's label up to its "by": what follows must be a capitalised name, or the line is a
 * sentence ("Reporting by the local paper first revealed…", "Editing by hand took…").
 */
const CREDIT_BY =
  /^(?:[—–-]\s*)?\(?(?:additional |with )?(?:reporting|editing|edited|writing|compiled|produced) by\s+/i;

/** The newsroom's roles a closing credit names ("Redaktion: …"), capitalised as lines open. */
const NEWSROOM_ROLES = [
  'redaktion',
  'schlussredaktion',
  'faktencheck',
  'übersetzung',
  'mitarbeit',
  'recherche',
  'audioversion',
  'bildredaktion',
  'fotoredaktion',
  'lektorat',
  'gestaltung',
  'grafik',
  'infografik',
  'produktion',
  'koordination',
  // A Vietnamese e-magazine's credits below "Nội dung: …" and "Ảnh: …".
  'thiết kế',
  'trình bày',
  'kỹ thuật',
  'biên tập',
  // A station's or paper's editor below the reporters: "BTV: …", "Biên tập viên: …".
  'biên tập viên',
  'BTV',
  // Spanish, Portuguese, French and English credits below the writer's ("Texto: …").
  'edición',
  'edição',
  'édition',
  'editing',
  'fotografía',
  'fotografia',
  'photography',
  'diseño',
  'design',
  'infografía',
  'infografia',
  'infographie',
  'graphics',
  'ilustración',
  'ilustração',
  'illustration',
  'illustrations',
  'producción',
  'produção',
  'production',
  'coordinación',
  'coordenação',
  'traducción',
  'tradução',
  'traduction',
  'translation',
  'mise en page',
  // The editor below the writer ("Pewarta: …" then "Editor: …", as Indonesian agencies close).
  'editor',
  'penyunting',
];
const NEWSROOM_ROLE = `(?:${NEWSROOM_ROLES.map((r) => `[${r.charAt(0).toUpperCase()}${r.charAt(0)}]${r.slice(1)}`).join('|')})`;
/** A role's label opening a credit line. */
const NEWSROOM_CREDIT_START = new RegExp(String.raw`^${NEWSROOM_ROLE}\s*:`);
/** A role's label in a credit line, with what separates it from the names before. */
const NEWSROOM_ROLE_LABEL = new RegExp(String.raw`\s*[,;|]?\s*${NEWSROOM_ROLE}\s*:\s*`);

/** Whether a word is capitalised, as a name's words are (no digits, no address). */
function isCapitalisedWord(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && !/[\d:/@]/.test(word);
}

/** Whether a text is people's names only: one to four capitalised words each, listed. */
function isCreditedNames(text: string): boolean {
  return text
    .replace(/\.$/, '')
    .split(/\s*(?:,|&|\bund\b|\svà\s)\s*/)
    .every((name) => {
      const words = name.split(/\s+/);
      return words.length <= 4 && words.every(isCapitalisedWord);
    });
}

/**
 * Whether a line is a closing credit of the newsroom's roles, each a role and the names in it:
 * "Redaktion: Marcus Bensmann, Elena Müller", "Faktencheck: …", "Übersetzung: …, Redaktion: …,
 * Schlussredaktion: …" (the roles one per line too), an e-magazine's "Thiết kế: …". Names are
 * capitalised: "Redaktion: Das ist das Wort, das …" is prose. (Plain string tests: a pattern of
 * Unicode classes for every name would cost milliseconds to build in every cold start.) Such a
 * line names no author: the closing byline reader passes over it to the credits above.
 *
 * @param text - a line as shown
 */
export function isNewsroomCredit(text: string): boolean {
  if (!NEWSROOM_CREDIT_START.test(text)) return false;
  const [before, ...names] = text.split(NEWSROOM_ROLE_LABEL);
  return before === '' && names.length > 0 && names.every(isCreditedNames);
}

/** A line that is an e-mail address and nothing else. */
const EMAIL_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/**
 * A field of a line of the page's tools: a count of readers ("Views: 1,234", "Số lượt đọc: 256")
 * or a tool's name ("Bản in", "Gửi bài viết", "Print", "Email").
 */
/**
 * Words a CMS counts the article's readers with ("Lượt xem", "Hits", "Aufrufe", "Просмотров",
 * "Odsłony"), as a regular-expression alternation.
 */
const VIEW_COUNT_WORDS =
  '(?:số )?lượt (?:xem|đọc)|hits|views|reads|aufrufe|zugriffe|vues|visitas|visite|visualizaciones|visualizzazioni|visualizações|weergaven|просмотр(?:ов|ы|а)?|перегляд(?:ів|и)?|odsłon(?:y|a)?|wyświetle(?:ń|nia)|görüntülenme|okunma|zobrazení|dilihat|點閱次數|点阅次数|瀏覽次數|浏览次数|閱讀次數|阅读次数|點擊數|点击数|瀏覽人次|浏览人次';

const COUNT_OR_TOOL = String.raw`(?:(?:${VIEW_COUNT_WORDS})\s*:?\s*\d[\d.,]*|bản in|in bài(?: viết)?|in trang|gửi bài(?: viết)?|gửi email|gửi cho bạn bè|chia sẻ|lưu|print|email|e-mail|share|drucken|teilen|imprimir|compartir|imprimer|partager)`;

/**
 * The closing lines of an article that are about it, not of it: where it is filed ("Filed
 * under: …"), when it was published or updated ("First Published: …", "Updated at 1:23
 * p.m."), the author's address ("name@paper.com", "E-Mail: name@paper.com", "twitter.com/name"),
 * its copyright ("Copyright © 2023 …", "© The Financial Times Ltd. 2024") and thanks for the
 * right to publish it.
 */
/**
 * The initials of the officers who issued a release, in capitals, closing it ("MJPS/SK", as
 * India's Press Information Bureau signs), or of a desk's editors in lower case ("dg/rmlgv", as
 * El Universal's stories close): words joined so in mixed case ("TV/Radio") stay.
 */
const OFFICERS_INITIALS =
  /^(?:[A-Z]{2,6}(?:\s?\/\s?[A-Z]{2,6}){1,3}|[a-z]{2,6}(?:\/[a-z]{2,8}){1,3})$/;

/**
 * The mark a release or a wire story ends with: "###", "-30-", "-END-", Mexican government
 * releases' "---ooOoo---" ("-o0o-"), Persian agencies' "انتهای
 * پیام", Arabic agencies' "// انتهى //". What follows it is the sender's, not the story's
 * ({@link removeLines}).
 */
const END_MARK =
  /^(?:#{3,}|-\s?30\s?-|-\s?end\s?-|-{1,3}\s?o{1,3}[o0]o{1,3}\s?-{1,3}|انتهای پیام|\/\/\s?انتهى\s?\/\/)$/i;

/** A sign-off: one or two dashes, then a name ("-- BERNAMA", "— Reuters"). */
const SIGN_OFF = /^[-–—]{1,2}\s*([A-Za-z][\w .-]{1,40})$/;

/** Whether a line is a wire agency's sign-off closing its story ("-- BERNAMA", "— AFP"). */
function isWireSignOff(text: string): boolean {
  const name = SIGN_OFF.exec(text)?.[1];
  return name !== undefined && isWireAgency(name);
}

const CLOSING_METADATA = caseless(
  [
    // Its tags, topics or section, labelled in the publishers' languages ("Tags:", "Темы:",
    // "Tematy:", "Etiketler:", "标签：", "关键词："), and its keywords as the site's highlights
    // ("Content Highlights:").
    String.raw`^(?:filed under|posted in|tagged(?: with| in| as)?|tags?|标签|关键[词字]|topics?|keywords|content highlights|categories|category|kategorien?|kategoria|kategorie|категория|категорія|categoria|categoría|catégorie|schlagw(?:örter|orte)|stichw(?:örter|orte)|mots-clés|étiquettes|etiquetas|palavras-chave|parole chiave|trefwoorden|chuyên mục|danh mục|từ kh(?:óa|oá|oa)|темы|теги|метки|ключевые слова|рубрики|теми|ключові слова|tagi|tematy|słowa kluczowe|etiketler|konular|anahtar kelimeler)\s*[:：]`,
    // The newsroom's standards it was written under: "Our Standards: The Thomson Reuters Trust
    // Principles.", "Editorial standards: …".
    String.raw`^(?:our (?:editorial )?standards|editorial (?:standards|guidelines))\s*:`,
    // Its count of readers, as CMSs print it beside the date: "Lượt xem: 123", "Hits: 1,234",
    // "1.234 Aufrufe", "Visto 314 veces", "Viewed 1,234 times".
    String.raw`^(?:${VIEW_COUNT_WORDS})\s*[:：]?\s*[\d.,\s]+$`,
    // … beside the page's tools, in fields: "Số lượt đọc: 256 | Bản in | Gửi bài viết".
    String.raw`^(?:${COUNT_OR_TOOL}\s*\|\s*){1,5}${COUNT_OR_TOOL}$`,
    // A pager with its label: "Trang: 1 | 2 | 3", "Seite 1 2 3 weiter".
    String.raw`^(?:trang|pages?|seiten?|páginas?|pagine)\s*:?\s*\d{1,3}(?:\s*[|,·-]?\s*\d{1,3})+(?:\s*(?:[»›>]|tiếp|sau|next|weiter|siguiente|suivant|successiva))?$`,
    // A rating widget's label and its marks: "Đánh giá bài viết: 1 2 3 4 5", "Rate this: ★★★★★".
    String.raw`^(?:đánh giá bài viết|bình chọn bài viết|rate this(?: article| post| story)?|artikel bewerten|noter cet article|valora este artículo|avalie este artigo)\s*:?\s*(?:[1-9]\s*|10\s*|[★☆]\s*){3,10}$`,
    // The page named again for the reader: "Bạn đang xem bài viết: …", "You are reading: …".
    String.raw`^(?:bạn đang (?:xem|đọc)(?: bài viết| bài| tin)?|you are (?:reading|viewing))\s*:`,
    String.raw`^\d[\d.,\s]*\s(?:${VIEW_COUNT_WORDS})$`,
    String.raw`^(?:viewed|read|visto|leído|leido|vista|lu|gelesen)\s+\d[\d.,]*\s+(?:times|veces|volte|vezes|fois|mal)$`,
    // … ending with its date, at most a few words after it ("08:38 AM", "kl 10.30", a taxonomy's
    // three topics): not "First published in 1923, the newspaper has never missed an edition."
    String.raw`^(?:first |last )?(?:${PUBLICATION_WORD_PATTERN})(?![\p{L}\p{N}])(?: (?:on|at|am|um|le|el|il))?\s*:?\s*(?=[^!?]{1,60}$)[^!?]*(?:\d{1,2}[:.h]\d{2}|\b\d{4}\b|\d{1,2}[./-]\d{1,2})[\s\d!?.,:;|/()\-–—·]*(?:[^\s\d!?.,:;|/()\-–—·]+[\s\d!?.,:;|/()\-–—·]*){0,4}$`,
    EMAIL_ADDRESS.source,
    // The address labelled: "E-Mail: lisa.borch@popkultur.de".
    String.raw`^(?:e-?mail|mail|courriel|correo(?: electrónico)?|posta elettronica)\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`,
    // Thanks for the right to publish a text first published elsewhere.
    String.raw`^wir danken (?:dem|der) autor(?:in)?\b.{0,60}\bveröffentlichung\b`,
    String.raw`^write to [\p{L}\p{M} .'’-]{2,80} at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$`,
    String.raw`^(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com/[\w.]+/?$`,
    // Its copyright: "Copyright © 2023 The Washington Times, LLC.", "© RIPRODUZIONE RISERVATA".
    String.raw`^(?:©|ⓒ|\(c\)\s*\d{4}|copyright\s*(?:©|ⓒ|\(c\)|:|@|\d{4}))`,
    '^the contents of this (?:site|website|page) are (?:©|copyright)',
    END_MARK.source,
    // An Indian government release's close: "***", its number and its count of readers
    // ("(Release ID: 1986543) Visitor Counter : 2314"); its officers' initials: OFFICERS_INITIALS.
    String.raw`^\*{3,}$|^\(release id\s*:\s*\d+\)(?:\s*visitor counter\s*:\s*[\d,]+)?$`,
    // … in the words of other newsrooms: Korean ("저작권자 © 한빛일보 무단전재 및 재배포 금지",
    // "<저작권자(c) 연합뉴스, 무단 전재-재배포 …>", and the Korea Open Government Licence's terms,
    // "…공공누리 제1유형 출처표시 조건에 따라 이용할 수 있습니다"), Japanese ("無断転載・複製を禁じます"),
    // Chinese ("版权所有，未经授权不得转载", "非經授權，不得轉載", "未經同意請勿轉載"), Vietnamese
    // ("Bản quyền thuộc về Báo …"), and rights reserved closing the line ("Hanbit Daily. All
    // rights reserved.", "Alle Rechte vorbehalten").
    String.raw`^<?\s*저작권자|공공누리|무단\s*(?:전재|복제)|無断(?:転載|複製)|^版[权權]所有|(?:未[经經]|非[经經])(?:授权|授權|许可|許可|同意)[^。]{0,12}(?:转载|轉載|使用)|^bản quyền (?:thuộc về|©|\(c\))`,
    // … and the reuse prohibitions of the Baltic and Croatian newsrooms: "Griežtai draudžiama …
    // paskelbtą informaciją panaudoti …", "Aizliegts … izmantot … publicētos materiālus …",
    // "Zabranjeno preuzimanje sadržaja bez dozvole."
    String.raw`^griežtai draudžiama\b.{0,80}\b(?:paskelbtą|publikuotą) informaciją|^aizliegts\b.{0,60}\bizmantot\b.{0,80}\bmateriāl|^zabranjeno (?:je )?preuzimanje (?:sadržaja|teksta|članaka)`,
    // A disclaimer of what readers post on the site ("DISCLAIMER: The Views, Comments, … made by
    // Readers and Contributors on this platform do not necessarily represent …"); an article's
    // own "The views … do not necessarily reflect those of …" stays.
    String.raw`^disclaimer\s*:.{0,120}\b(?:readers|comments)\b.{0,200}\bnot (?:necessarily )?(?:represent|reflect)\b`,
    // … and in English after the rights: "All rights reserved. This material … may not be
    // reproduced, published, broadcast, rewritten or redistributed … without … permission".
    String.raw`^all rights reserved\.\s.{0,120}\bmay not be (?:reproduced|published|copied|used)\b.{0,120}\bwithout\b.{0,60}\bpermission\b`,
    String.raw`(?:^|[.,;]\s*)(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|riproduzione riservata|wszelkie prawa zastrzeżone)\.?$`,
    // A station's closing tagline: "For the latest news, weather, sports, and streaming video,
    // head to WREG.com." (Nexstar's).
    String.raw`^for the latest news, weather, sports,? and streaming video, head to\b`,
    // The funders of a wire's coverage: "The Associated Press receives support from … The AP is
    // solely responsible for all content." (Its "___" separators and "Contributing: …" credits
    // stay: the benchmark's truth keeps them as the text's, as the sources a text credits.)
    String.raw`\breceives (?:financial )?support from\b.{0,200}\bsolely responsible for all content\b`,
    // How to cite it: "Citation: … (2019, November 18) retrieved 20 November 2019 from https://…",
    // a citation suggestion under its label ("Zitiervorschlag", "Cite this article: …"), the label
    // perhaps run into the citation where a line break parted them.
    String.raw`^citation:\s.{10,200}\bretrieved\b.{1,40}\bfrom https?://\S+$`,
    '^(?:(?:infos?|hinweise?|mehr) zum )?(?:zitiervorschlag|zitierweise|suggested citation|cite this (?:article|page|story|post|paper)|how to cite(?: this (?:article|page|story))?|comment citer(?: cet article)?|cómo citar(?: este artículo)?|como citar(?: este artigo)?|citare questo articolo)',
    // … the citation itself, ending with when its address was read: "… In: Legal Tribune Online,
    // 20.10.2025, https://www.lto.de/persistent/a_id/58420 (abgerufen am: 20.10.2025)".
    String.raw`https?://\S+\s*\(\s*(?:abgerufen|retrieved|accessed|consulté|consultado|consultato)[^)]{0,40}\)\.?$`,
    // The print edition that carried it: "A version of this article appears in print on Nov. 23,
    // 2026, Section A, Page 24 …", "This article appeared in the Finance & economics section of
    // the print edition …", "Dieser Artikel erschien in der gedruckten Ausgabe vom …".
    String.raw`^a version of this (?:article|story|review|essay|column) appear(?:s|ed) in print\b|^this (?:article|story) appeared in the\b.{0,80}\bprint edition\b|^(?:dieser|der) (?:artikel|beitrag|text) (?:ist|erschien)\b.{0,40}\b(?:gedruckten ausgabe|printausgabe|print-ausgabe|zeitungsausgabe)\b|^cet article (?:est paru|a été publié) dans .{0,60}(?:édition|journal daté)|^(?:este artículo|esta nota) (?:fue publicad[oa]|se publicó|apareció) .{0,60}\bedición impresa\b|^questo articolo è (?:apparso|stato pubblicato)\b.{0,60}\b(?:edizione cartacea|in edicola)\b`,
    // … in Chinese, the paper's name, date and page: "《 人民日报 》（ 2024年12月30日 第 01 版）".
    String.raw`^《\s*[^》]{1,20}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第\s*\d{1,3}\s*版\s*[）)]$`,
    // A Chinese government CMS's fields, one a line: "更新日期：115-12-06", "發布單位：行政院".
    String.raw`^(?:更新日期|發布日期|发布日期|發佈日期|資料來源|资料来源|發布單位|发布单位|發佈單位)\s*[:：]\s*\S.{0,40}$`,
    // Its editors, as Chinese portals close: "(责编：杨虞波罗、岳弘彬)", "【责任编辑：王洪江】"; and
    // the site's account to follow: "关注公众号：人民网财经".
    String.raw`^[(（【\[]?\s*(?:责编|责任编辑|責任編輯|責編|图片编辑|圖片編輯)\s*[:：]|^(?:关注|關注)(?:微信)?(?:公众号|公眾號)\s*[:：]`,
    // … after other fields ("本文来源：中国新闻网 作者：陈静 责任编辑：王晶_NN6291", a staff number after
    // the name), or without colons ("编辑 张磊 校对 王心"), or after slashes, the office that
    // contributed it first ("药剂科供稿 摄影/张艳 编辑/苏芳"): no writer among them.
    String.raw`^(?:[^\s:：]{1,8}\s*[:：]\s*[^\s:：]{1,20}\s+){1,3}(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*[^\s:：]{1,20}$|^(?:(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核)\s+[\u3400-\u9fff·]{2,4}(?:\s+|$))+$|^(?:\S{1,30}供稿\s+)?(?:(?:摄影|攝影|图片|圖片|编辑|編輯|校对|校對|审核|審核)\s*[/／:：]\s*[\u3400-\u9fff·]{2,4}(?:\s+|$))+$`,
    // A platform's disclaimer ("特别声明：以上内容…本平台仅提供信息存储服务。", "平台声明：该文观点仅代表
    // 作者本人…"), a financial paper's ("声明：…仅供参考，不构成投资建议"), the story's original title
    // ("（原标题：…）") and its source ("（本文来自澎湃新闻，…）").
    String.raw`^(?:特[别別]|平台|免[责責])?[声聲]明\s*[:：]|^[(（]\s*(?:原[标標][题題]\s*[:：]|本文(?:来自|來自|转自|轉自|转载自|轉載自))[^)）]{1,80}[)）]$`,
    // Where a syndicated Indonesian story first ran: "Artikel ini telah tayang di Kompas.com dengan
    // judul …".
    String.raw`^artikel ini (?:telah )?(?:tayang|terbit|dimuat|diterbitkan) di\s.{1,80}?\sdengan judul\b`,
    // A Chinese newsroom's tip line: "澎湃新闻报料：021-962866", "新闻爆料热线：…".
    String.raw`^[^\s:：]{0,8}(?:报料|爆料|報料)(?:热线|熱線|电话|電話|邮箱|郵箱)?\s*[:：]\s*[\d\s()（）+-]{5,20}$`,
    String.raw`^this (?:document|article|material|content|story) is (?:subject to|protected by) copyright\b`,
    // A transcript's caveat: "NPR transcripts are created on a rush deadline by an NPR
    // contractor. This text may not be in its final form …", "This transcript was automatically
    // generated and may contain errors."
    String.raw`^(?:[^.!?]{0,40}\s)?transcripts? (?:is|are|was|were|has been|have been) (?:automatically |machine[- ])?(?:created|generated|produced|made|provided|prepared)\b.{0,160}\bmay (?:not be (?:in (?:its|their) final form|verbatim|(?:fully )?accurate)|contain (?:errors|mistakes|inaccuracies))\b`,
    // What the site says of its pictures and its readers' comments: "Fotos sind ggf. beispielhafte
    // Symbolbilder!", "Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!".
    String.raw`^(?:fotos?|bilder?|abbildungen?)\b.{0,40}\bsymbolbild(?:er)?\b|^(?:photos?|images?|pictures?)\b.{0,30}\b(?:for illustrat(?:ion|ive)|illustrative)\b`,
    String.raw`^(?:die\s+)?(?:leser)?kommentare\b.{0,60}\b(?:meinung|ansicht)\s+der\s+redaktion\b|^(?:reader\s+)?comments?\b.{0,40}\b(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\b`,
    // The author's opinions their own: "Meinungen in Beiträgen auf Infosperber entsprechen …
    // den persönlichen Einschätzungen der Autorin oder des Autors", "The views expressed in this
    // article are those of the author …"; the author's declared interests ("Themenbezogene
    // Interessenbindung der Autorin/des Autors").
    String.raw`(?<![\p{L}\p{N}])meinungen in (?:den )?(?:gast)?(?:beiträgen|artikeln|texten)\b.{0,100}\b(?:autorin|autors|autoren|autorinnen)\b|^the (?:views|opinions) expressed (?:in this (?:article|column|post|piece|op-ed) )?are (?:those of the authors?|the authors?'s? own|solely)\b`,
    // … in Vietnamese ("(*) Bài viết thể hiện quan điểm, văn phong riêng của tác giả") and German
    // ("Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen").
    String.raw`^(?:\(\*\)\s*)?bài viết (?:thể hiện|là|chỉ thể hiện) quan điểm(?:,? văn phong)?(?: cá nhân| riêng)? của tác giả|^(?:die\s+)?meinung (?:des|der) (?:autors|autorin|gastautors|gastautorin)\b.{0,60}\bredaktion\b`,
    String.raw`^(?:themenbezogene\s+)?interessenbindung(?:en)?\b`,
    // A note that the page is advertising: "Diese Seite zeigt gesponserten Marketing-Inhalt …".
    String.raw`\b(?:diese seite|dieser (?:beitrag|artikel)) (?:zeigt|enthält|ist) gesponserte|^this (?:article|post|page|story) (?:is|contains) sponsored (?:content|material)\b`,
    // A broadcaster's note of the programme that carried the story: "Dieses Thema im Programm:
    // MDR THÜRINGEN …", "Über dieses Thema berichtet: BR24 …", "Sendung: Antenne Brandenburg, …".
    String.raw`^(?:dieses thema im programm|über dieses thema berichtete?|sendung)\s*:`,
    // … as a sentence: "Über dieses Thema berichtete die tagesschau am 13. Dezember 2023 um 12:00
    // Uhr."
    String.raw`^über dieses thema berichtete?\s[^.!?]{0,80}\bam\s[^!?]{0,40}\d{1,2}[:.]\d{2}(?:\s*uhr)?\.?$`,
    // … or its fields, a date and a time: "NDR 1 Welle Nord | Nachrichten | 28.04.2023 | 13:00 Uhr".
    String.raw`^(?:[^|]{1,60}\|\s*){1,4}\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*\|\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?$`,
  ].join('|'),
  'iu',
);

/**
 * A blog entry's footer as WordPress themes write it, pointing to the feed of its replies: "This
 * entry was posted on … and is filed under … You can follow any responses to this entry through
 * the RSS 2.0 feed.", "Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 Feed
 * verfolgen.", "Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen."
 * Its list of categories may run it past the other closing lines' length.
 */
const BLOG_FOOTER =
  /\b(?:responses|antworten|réponses|respuestas|risposte|reacties|respostas|comments|kommentare|commentaires|comentarios|commenti|comentários)\b.{0,60}\brss 2\.0\b/i;
/** The longest blog entry's footer. */
const LONGEST_BLOG_FOOTER = 600;

/** How many of the body's last blocks with text may be promotional lines. */
const TRAILING_BLOCKS = 4;

const PROMO = caseless(
  // Its branches led by a lookbehind are searched for one by one (`caseless`). A run of
  // branches led by a word boundary is written after one `\b`, not one each: V8 searches the
  // run 8× faster (the body's last lines: 23 ms against 3 over the 439 pages' 1,994 lines).
  [
    String.raw`\b(?:follow (?:us|him|her|them|me)\b.{0,60}\b(?:twitter|facebook|instagram)|follow\b.{0,40}\bon (?:twitter|facebook|instagram|tiktok|threads|linkedin|bluesky|google news)\b|get in touch with (?:our|the)\b.{0,40}\b(?:team|desk|newsroom)\b|for more stories like this\b|share (?:this|it)\b.{0,40}\b(?:friends|girlfriends|family|followers)\b|(?:click|clicking|hit|tap) the share button\b|sign up (?:for|to|here)\b|subscribe (?:to|for)\b|newsletters?\b|click here to\b|download (?:our|the) app\b|reach the reporters?\b|have a (?:news )?tip\b|join our\b.{0,40}\bforums?\b|delivered (?:to|through) your (?:door|letterbox|inbox)\b|get (?:the latest|our|all the|breaking)\b.{0,40}\b(?:straight|directly|right) to your (?:phone|smartphone|mobile|device|inbox)\b|\d+ issues for\b)|^(?:anzeige|werbung|advertisement|sponsored|publicité|publicidad|pubblicità|quảng cáo)\s*[-–—:|]\s|^\[(?:ad|advertisement|sponsored|anzeige|werbung)\]\s|^(?:nutze|klicke?|tippe?|aktiviere|drücke?|click|tap|hit|press|turn on)\b.{0,60}\b(?:glocke|bell)\b|\bfollow\b.{0,30}\bcoverage of\b.{0,80}\bhttps?:\/\/|^more [\p{L}\p{N} ]{1,30}: https?:\/\/|\b(?:(?:clique aqui|(?:haz )?clic aquí|clicca qui|cliquez ici|klicken sie hier|hier klicken)(?!\p{L})|nichts (?:mehr |zu )?(?:verpassen|versäumen)\b|keine \p{L}+ mehr (?:verpassen|versäumen)\b|receba (?:em|no) seu e-?mail\b|assine (?:o|a|já|agora|nossa?)(?![\p{L}\p{N}])|inscreva-se (?:no|na|em) (?:nosso |nossa )?(?:canal|tv|newsletter)\b|apoie (?:por|via|com) pix\b|recibe en tu (?:correo|e-?mail|bandeja)\b|recibe (?:nuestras )?(?:alertas|notificaciones)\b.{0,30}\b(?:google news|whatsapp|telegram)\b|ricevi (?:nella|sulla) tua (?:e-?mail|casella)\b|recevez (?:dans votre boîte|par e-?mail|par courriel)|(?:siga-nos|síguenos|seguici|suivez-nous)\b|ikuti kami (?:di|on)\b|folg(?:e|t|en sie) uns\b.{0,40}\b(?:auf|bei) (?:facebook|instagram|x|twitter|tiktok|youtube|threads|linkedin|bluesky|whatsapp|google news)\b|(?:inscreva-se|suscríbete|iscriviti|inscrivez-vous)\b|zapraszamy\b.{0,30}\bdo (?:subskrypcji|prenumeraty)\b|(?:za)?subskrybuj\b|zapisz się(?![\p{L}\p{N}]).{0,30}\bnewslett|als (?:kostenlose )?app\b.{0,60}\bverfügbar\b|kommentare zu diesem (?:text|artikel|beitrag)\b.{0,60}\bin unseren (?:netzwerken|sozialen medien|kanälen)\b|app auf ihr (?:smartphone|handy|telefon) herunterladen\b|unserem fan-?shop\b|(?:baixe (?:o|nosso) (?:app|aplicativo)|descarga (?:nuestra|la) app|scarica (?:la nostra |l['’])app|téléchargez (?:notre |l['’])app)\b)`,
    String.raw`(?<!\p{L})(?:(?:bạn|quý (?:vị|độc giả)) đang (?:đọc|xem) bài(?: viết)?(?!\p{L})|mời (?:bạn đọc|quý (?:bạn đọc|độc giả)|độc giả)(?!\p{L}).{0,40}(?:theo dõi|(?:xem|đọc)(?!\p{L}).{0,60}tại đây)|xem (?:thêm|chi tiết) tại đây|theo dõi (?:chúng tôi|báo|trang|kênh)(?!\p{L}).{0,40}trên (?:facebook|zalo|youtube|tiktok|google news|fanpage)|đăng ký (?:nhận )?bản tin|đăng ký (?:theo dõi )?kênh(?!\p{L}).{0,20}(?:youtube|tiktok|của (?:báo|chúng tôi))|(?:bấm|nhấn|click|kích) vào đây|tải (?:ngay )?ứng dụng (?:(?:đọc )?báo|của (?:báo|chúng tôi|tòa soạn)))(?!\p{L})`,
    String.raw`(?:^|(?<=[.!?]\s))(?:\p{Extended_Pictographic}\s*)?(?:join|follow|subscribe|ikuti|gabung(?:lah)?|bergabung(?:lah)?|mari bergabung|simak|únete|unete|síguenos|siguenos|suscríbete|suscribete|entre|participe|siga|assine|abonnieren|abonniere|folgen|folge|rejoignez|suivez|abonnez-vous|unisciti|iscriviti|seguici|segui|urmărește|urmareste|obserwuj|sledujte|pratite|пратите|javite|ακολουθήστε|kövesse|kövessen|kövess|csatlakozz(?:on)?|последвайте|tufuate|sundan|הצטרפו|dołącz(?:cie)?|přidejte se|pridajte sa|pridružite se|prisijunkite|alătură-te|alatura-te|подпишитесь|подписывайтесь|присоединяйтесь|підпишіться|підписуйтесь|приєднуйтесь)(?!\p{L}).{0,140}(?<!\p{L})(?:whatsapp|telegram|viber|google news|facebook\p{L}*|instagram\p{L}*|дзен\p{L}*|вконтакте|телеграм\p{L}*|ה?טלגרם|ה?וואטסאפ)(?!\p{L})`,
    // … and, the verb last, in Hindi, Bengali, Urdu and Tamil, "us" or "our" before the network:
    // "… हमें फेसबुक और ट्विटर पर फॉलो करें", "… আমাদের হোয়াটসঅ্যাপ চ্যানেল ফলো করুন", "… ہمارا واٹس
    // ایپ چینل فالو کریں", "… எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்".
    '^[^.!?।]{0,60}?(?:हमें|हमारे|আমাদের|ہمارا|ہمارے|ہمیں|எங்கள்) .{0,40}?(?:फेसबुक|ट्विटर|व्हाट्सएप|टेलीग्राम|यूट्यूब|হোয়াটসঅ্যাপ|ফেসবুক|واٹس ایپ|فیس بک|வாட்ஸ்அப்|google news|whatsapp|facebook).{0,60}(?:(?:फॉलो|ফলো|فالو) ?(?:करें|করুন|کریں)|இணையுங்கள்)[।.!]?$',
    // … and a Hindi site's invitation to read its latest news there: "हिंदी न्यूज़ वेबसाइट अमर
    // उजाला पर पढ़ें ताजा खबरें।" (its nukta letters precomposed or not).
    '^[^.!?।]{1,60} पर प[ढ\u095C]\u093C?ें (?:ता[ज\u095B]\u093C?ा )?(?:[ख\u0959]\u093C?बर|समाचार)',
    String.raw`(?<!\p{L})читайте(?!\p{L}).{0,40}(?<!\p{L})(?:в|у|на) (?:дзен\p{L}*|telegram|телеграм\p{L}*|вконтакте|vk|max|одноклассник\p{L}*)(?!\p{L})`,
    String.raw`^.{0,60}?(?<!\p{L})(?:google news|whatsapp|telegram|youtube|instagram|facebook)(?:['’]\p{L}+)?(?: \p{L}+){0,3} (?:takip edin|abone olun|katılın)(?!\p{L})|^(?:\p{Extended_Pictographic}\s*)?(?:pobierz|descarcă|descarca|baixe|descarga|scarica|téléchargez|download|unduh)\s+(?:nasz\p{L}*\s+|(?:o|a|la|notre|our|the)\s+)?(?:aplikac\p{L}*|aplicați\p{L}*|aplicativo|aplicación|app|l['’]app|aplikasi)(?!\p{L})|(?:立即|马上|馬上)?(?:下載|下载).{0,20}app`,
  ],
  'iu',
);

/**
 * A call in Chinese to get the site's app or follow its pages ("點我下載APP", "扫码下载…客户端",
 * "打開APP閱讀全文", "按讚加入粉絲團", "快加入…LINE好友", "點我訂閱…頻道"): its verb opens a phrase or
 * follows a call's words ("點我", "立即", "快"). After a subject, "民眾可至官網下載APP", it is the
 * article's.
 */
const CHINESE_CALL =
  /(?:^|[^\u3400-\u9fff]|[點点][我此擊击]|按[此我]|立即|[馬马]上|快|[歡欢]迎|[掃扫][碼码])(?:下[載载]|打[開开]|按[讚赞]|加入|追[蹤踪]|[訂订][閱阅])[^。，,！!？?]{0,15}(?:app(?![a-z])|客[戶户]端|粉[絲丝][團团]|粉專|line(?:好友|官方)|[頻频]道)/i;

/** The longest line of such a call: longer, it is a paragraph of the article. */
const LONGEST_CHINESE_CALL = 100;

/**
 * The box of a Chinese call to get the app or follow the site ({@link CHINESE_CALL}) that `block`
 * is, wherever it stands: its largest ancestor holding no other text, which links somewhere (the
 * store, the page, a QR code's picture); else null.
 */
function chineseCallBox(block: Element, text: string, container: Element): Element | null {
  if (text.length > LONGEST_CHINESE_CALL || !CHINESE_CALL.test(text)) return null;
  const box = largestBoxHolding(block, container, (chars) => chars <= text.length);
  return descendants(box).some((d) => d.name === 'a') ? box : null;
}

/** Whether the text at `at` opens a sentence: the line's start, or after its end mark. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  // Chinese and Japanese end sentences, and open a bracketed notice, without spaces.
  return at === 0 || /[.!?…]["”’»)]?\s+$/.test(before) || /[？！。【「]\s*$/.test(before);
}

/** The publisher speaking to its readers, in the languages of {@link PROMO}'s lines. */
const PUBLISHER_VOICE = caseless(
  String.raw`\b(?:we|us|our|wir|uns|unser(?:e[mnrs]?)?|nous|notre|nos|noss[ao]s?|nuestr[ao]s?|nostr[aeio]|chúng tôi)\b`,
  'iu',
);

/** The reader addressed, in the languages of {@link PROMO}'s lines. */
const READER = caseless(
  String.raw`(?<!\p{L})(?:you|your|yours|vous|votre|vos|vocês?|tus?|usted(?:es)?|tu[aeo]i?|vostr[aeio]|bạn(?: đọc)?|(?:quý )?độc giả)(?!\p{L})`,
  'iu',
);

/**
 * German's formal "Sie", "Ihr", "Ihnen" addressing the reader: capitalised inside a sentence
 * ("Der Newsletter informiert Sie"); opening one they are as well "she", "they" or "her".
 */
const GERMAN_READER = /[^\s.!?…]\s+(?:Sie|Ihnen|Ihre?[mnrs]?)\b/;

/** Whether a line addresses the reader or speaks as the publisher. */
function addressesReader(text: string): boolean {
  return PUBLISHER_VOICE.test(text) || READER.test(text) || GERMAN_READER.test(text);
}

/** {@link PROMO}'s words that ask to sign up for anything, a trial or a plan as well. */
const SIGN_UP = /^(?:sign up|subscribe)/i;

/** What a publisher asks its readers to sign up for: its newsletter, their inbox. */
const PUBLISHER_OFFER = /newsletter|inbox|postfach|e-?mail/i;

/** {@link PROMO}'s match when it is the word newsletter alone. */
const NEWSLETTER_WORD = /^newsletters?$/i;

/**
 * The sign-up a line naming a newsletter pitches ("…zur Anmeldung", "your inbox"): with the
 * reader addressed ({@link addressesReader}), what makes the line its pitch.
 */
const NEWSLETTER_SIGN_UP = /anmeld|sign[ -]?up|subscri|abonn|inbox|postfach|inscri|regist/i;

/**
 * A publisher's appeal to its readers for support, in the first person: "Please support our
 * journalism", "We need your financial support", "Dann unterstützen Sie uns bitte mit einer
 * Spende", "Hat dir dieser Artikel gefallen? … als Supporter … unterstützt", "Ihnen gefällt unser
 * Programm? Informationen zu Unterstützungsmöglichkeiten …", "Soutenez notre rédaction",
 * "Apóyanos", "El periodismo independiente necesita del apoyo de sus lectores", or ending in its
 * button ("… Sind Sie dabei? Jetzt unterstützen"); and in Central and Eastern Europe's languages,
 * "support us" ("támogass minket", "wesprzyj nas", "podpořte nás", "susține-ne", "podržite
 * nas", "paremkite mus", "підтримайте нас", "στηρίξτε μας"); a call to support the outlet it
 * names in quotes ("Підтримайте «Українську правду»", "Поддержите «…»") or to become its paying
 * reader ("станьте читачем-партнером", "станьте нашим патроном", Hungarian "Legyél előfizető!"),
 * or what the reader's gift does ("Your gift keeps our photographers on the water").
 * Not a call
 * to support someone else ("…can donate to the fund the church set up", "Local journalism
 * needs support from the state").
 */
const SUPPORT_APPEAL = caseless(
  // One `\b` before each run of branches it leads, as {@link PROMO}'s.
  String.raw`\b(?:if you (?:enjoyed|liked)(?: reading)? this (?:article|story|post|piece)\b|your (?:gift|donation|contribution) (?:keeps|helps|makes|funds|powers|sustains)\b|consider supporting our (?:work|journalism)\b|support (?:us|our (?:work|journalism|reporting|newsroom|mission|independent journalism)|independent journalism)\b|we ask (?:you|our readers) to support\b|invest in (?:independent |quality )?journalism\b|we need your (?:financial )?support\b|consider (?:supporting|donating to) us\b|unterstütze[n]? (?:sie )?(?:uns|unsere arbeit|unseren journalismus|unabhängigen journalismus)\b)|(?:^|[.!?] )jetzt unterstützen!?$|\b(?:soutenez(?:-nous| notre (?:travail|journalisme|rédaction|média))\b|apóyanos\b|apoya (?:nuestro|el) (?:trabajo|periodismo)\b|sostienici\b|sostieni il nostro (?:lavoro|giornalismo)\b|steun (?:ons|onze journalistiek)\b|apoie (?:o )?nosso (?:trabalho|jornalismo)\b|hat (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag|text) gefallen\b.{0,200}\b(?:unterstütz|spende|supporter|förder|mitglied)|(?:ihnen|dir|euch) gefällt unser (?:programm|angebot|journalismus|podcast|magazin)\b|unterstützungsmöglichkeiten\b|(?:journalism|periodismo|jornalismo|journalismus|giornalismo|journalisme)\b.{0,40}\b(?:needs?|necesita|precisa|braucht|ha bisogno|a besoin)\b.{0,20}\b(?:your support|tu apoyo|su apoyo|del apoyo de (?:sus|nuestros) lectores|seu apoio|do apoio dos (?:seus )?leitores|ihre unterstützung|deine unterstützung|unterstützung (?:unserer|der) leser|tuo sostegno|vostro sostegno|votre soutien|ton soutien)|támogass(?:on)? minket\b|legyél (?:az )?(?:előfizető|támogató)|wesprzyj(?:cie)? (?:nas|naszą (?:pracę|redakcję)|niezależne dziennikarstwo)|podpořte (?:nás|naši (?:práci|redakci)|nezávislou žurnalistiku)|podporte (?:nás|našu (?:prácu|redakciu)|nezávislú žurnalistiku)|(?:susține|sustine|sprijină|sprijina)(?:ți|ti)?-ne\b|podržite nas\b|podprite nas\b|paremkite mus\b|atbalstiet mūs|toeta meid\b)|підтримайте нас|поддержите нас|(?<!\p{L})(?:підтримайте|поддержите) ?["«„“]|(?<!\p{L})станьте (?:нашим )?(?:читач(?:ем|ами)-партнер(?:ом|ами)|патрон(?:ом|ами))(?!\p{L})|подкрепете ни|στηρίξτε μας`,
  'i',
);

/** The longest block read for a reader-support appeal. */
const LONGEST_APPEAL = 1200;

/**
 * The largest box above `el` inside `container` that still `fits`: the walk up stops at the
 * first ancestor that does not.
 */
function largestBox(el: Element, container: Element, fits: (box: Element) => boolean): Element {
  let box = el;
  for (let parent = box.parent; parent !== null && parent !== container; ) {
    if (!isElement(parent as AnyNode) || !fits(parent as Element)) break;
    box = parent as Element;
    parent = box.parent;
  }
  return box;
}

/**
 * {@link largestBox} by the length of a box's text (each box read whole, as boxes of furniture
 * are small).
 */
function largestBoxHolding(
  el: Element,
  container: Element,
  fits: (chars: number) => boolean,
): Element {
  return largestBox(el, container, (box) => fits(squash(textOf(box)).length));
}

/**
 * The box a support appeal stands in: its largest ancestor inside the body holding less than
 * half the body's text (a letter from the newsroom with its signatures and staff list), else
 * the appeal's block alone.
 */
function appealBox(appeal: Element, container: Element): Element {
  const half = squash(textOf(container)).length / 2;
  return largestBoxHolding(appeal, container, (chars) => chars < half);
}

/** {@link CONSENT_NOTICE}'s branches, each led by the word boundary before them. */
const CONSENT_WORDS =
  // One `\b` before each run of branches it leads, as {@link PROMO}'s.
  String.raw`an dieser stelle (?:finde(?:n sie|st du)\b.{0,100}\bexterne[nr]? inhalt|möchten wir (?:ihnen|dir) (?:ein|einen) [\w-]{0,20}video)|ich bin damit einverstanden, dass mir\b.{0,120}\bangezeigt|ohne (?:deine?|ihre?) (?:einverständnis|einwilligung|zustimmung)\b.{0,80}\bverbindung|without your (?:consent|permission)\b.{0,80}\bconnect`;
/**
 * A consent notice standing in for external content (a video, a post) until the reader accepts
 * it, as German publishers' consent tools write it: "An dieser Stelle finden Sie externen
 * Inhalt…", "An dieser Stelle möchten wir Ihnen ein Youtube-Video zeigen…", "Ich bin damit
 * einverstanden, dass mir … angezeigt werden", "… stellen deshalb ohne dein Einverständnis keine
 * Verbindung zu Twitter her" (in English too: "without your consent, no connection to … is
 * made").
 */
const CONSENT_NOTICE = caseless(String.raw`\b(?:${CONSENT_WORDS})`, 'i');

/** {@link IP_ADDRESS_SENT}'s branches, each led by the word boundary before them. */
const IP_WORDS = String.raw`ihre ip-adresse wird\b.{0,100}(?:übertragen|übermittelt|weitergegeben|gesendet)|your ip address (?:will|may|could) be (?:sent|transmitted|shared|passed)|votre adresse ip (?:sera|peut être) (?:transmise|communiquée|envoyée)|uw ip-adres (?:wordt|kan worden)\b.{0,60}(?:gedeeld|verstuurd|doorgegeven)`;
/**
 * A placeholder's warning that loading the external content sends the reader's IP address to
 * its provider (German, English, French, Dutch). A notice only with {@link ON_CHOICE} beside it:
 * prose about IP addresses says no such thing.
 */
const IP_ADDRESS_SENT = caseless(String.raw`\b(?:${IP_WORDS})`, 'i');
/** The reader's choice a placeholder waits for: a click, a load. */
const ON_CHOICE = /klick|click|klik|load|laden|charg/i;

/** The longest block read for a consent notice. */
const LONGEST_NOTICE = 800;
/** A placeholder's text as a whole: its title may stand beside the notice. */
const PLACEHOLDER_TITLE = 80;

/**
 * Words of reported speech ("the ministry said", "warnte der Datenschützer", "selon"): a
 * paragraph holding them reports what someone said, and is the article's even in the words of a
 * site's fine print or a consent notice.
 */
const REPORTED_SPEECH = caseless(
  String.raw`\b(?:said|says|told|asked|ruled|according to|added|explained|warned|sagte|sagt|erklärte|erklärt|warnte|betonte|hieß es|laut|a déclaré|a dit|a expliqué|selon|dijo|afirmó|según|disse|afirmou|segundo|cho biết)(?![\p{L}\p{N}])`,
  'iu',
);

/** Whether a block's text is a consent placeholder's notice. */
function isConsentNotice(text: string): boolean {
  return (
    noticeWords.of(text, NOTICE_WORDS.test) &&
    (CONSENT_NOTICE.test(text) || (IP_ADDRESS_SENT.test(text) && ON_CHOICE.test(text))) &&
    !REPORTED_SPEECH.test(text)
  );
}

/** Whether a block's text is fine print ({@link FINE_PRINT}), not a report of it. */
function isFinePrint(text: string): boolean {
  return (
    noticeWords.of(text, NOTICE_WORDS.test) && FINE_PRINT.test(text) && !REPORTED_SPEECH.test(text)
  );
}

/**
 * Whether a text holds {@link NOTICE_WORDS}, kept by the text: each block is asked whether it is
 * a consent notice, then fine print.
 */
const noticeWords = new TextAnswers<boolean>(64, 1000);

/**
 * The placeholder around a consent notice: its largest ancestor inside the body that holds,
 * besides the notice, no more than a title's worth of text ("Ein Klick für den Datenschutz").
 */
function placeholderOf(notice: Element, container: Element): Element {
  const own = squash(textOf(notice)).length;
  return largestBoxHolding(notice, container, (chars) => chars <= own + PLACEHOLDER_TITLE);
}

/**
 * {@link FINE_PRINT}'s branches led by a word boundary: asked only whether a text holds one, in
 * whatever order, one `\b` before all of them, as {@link PROMO}'s runs.
 */
const FINE_PRINT_WORDS = String.raw`comentários\b.{0,120}\bmoderador\b|moderating (?:all )?(?:the )?comments\b|comments (?:are|will be) moderated\b|protected by recaptcha\b|you must (?:be )?log(?:ged)? in to (?:post|leave|write) a comment\b|für den inhalt der (?:presse)?(?:mitteilung|meldung) ist (?:allein )?(?:der|die) (?:emittent|herausgeber)|the issuer is solely responsible for the content of this (?:announcement|press release|release)\b|(?:du musst|sie müssen) (?:eingeloggt|angemeldet|registriert) sein\b.{0,30}\bkommentar|vous devez être (?:connecté|inscrit|identifié)e?s?\s.{0,30}\bcommentaire|debes (?:iniciar sesión|estar registrado|registrarte|acceder)\b.{0,30}\bcomentar|devi (?:essere (?:connesso|registrato|loggato)|effettuare il login)\b.{0,30}\bcomment|sie können sich jederzeit (?:wieder )?abmelden\b|mit der anmeldung willigen sie\b|vous (?:pouvez|pourrez) vous désinscrire à tout moment\b|puedes? darte de baja en cualquier momento\b|(?:we|i) (?:may |might |could |will )?(?:earn|receive|get|make) (?:a |an )?(?:small |tiny )?(?:affiliate )?commission\b|(?:if|when) you (?:buy|purchase|shop)\b[^.]{0,60}\blinks?\b.{0,60}\bmay (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?commission\b|(?:this|the) (?:article|post|page|story|review|guide) (?:contains|may contain|includes) affiliate links\b|erhalten wir\b.{0,40}\bprovision\b|affiliate-links?\b.{0,160}\bprovision\b|nous (?:pouvons |pourrions )?(?:percevoir|toucher|recevoir) une (?:petite )?commission\b|(?:podemos|podríamos) (?:recibir|ganar|obtener) una (?:pequeña )?comisión\b|recibimos una (?:pequeña )?comisión\b|(?:published|auto-?generated) from (?:a |the )?syndicated (?:news )?feed\b|provided by (?:an? )?(?:independent )?third[- ]part(?:y|ies)\b.{0,80}\bnot (?:be )?(?:responsible|liable)\b|by signing up\b|unsubscribe at any time\b|read our privacy (?:policy|notice)\b|personenbezogene daten können an drittplattformen übermittelt werden\b|(?:leser)?kommentare geben nicht (?:unbedingt )?die meinung der redaktion wieder\b|comments below (?:do not|don't) (?:necessarily )?reflect the (?:views?|opinions?) of\b`;
/** {@link FINE_PRINT}'s other branches, anchored or in scripts without word boundaries. */
const FINE_PRINT_OTHERS = String.raw`^comments are (?:now )?closed\.?$|सिंड[िी]केट फ\u093C?ीड से|(?:помилк|ошибк|опечатк|błąd|chyb|typo|mistake).{0,100}\bctrl ?\+ ?enter\b|^empfohlener redaktioneller inhalt\b|(?:الآراء|التعليقات)[^.]{0,40}لا تعبر عن رأي|مراجعة التعليقات قبل نشرها|^[^.!?]{0,60}\bist die kommentarfunktion (?:derzeit |vorübergehend )?(?:ausgeschaltet|abgeschaltet|deaktiviert|geschlossen)[.!]?$`;
/**
 * The fine print of a sign-up box or a consent placeholder, wherever it stands in the body: "By
 * signing up, you confirm…", "…you can unsubscribe at any time", "Read our Privacy Policy",
 * "Personenbezogene Daten können an Drittplattformen übermittelt werden" (a German publisher's
 * placeholder for an embedded video), a comments box's notices ("Leserkommentare geben
 * nicht die Meinung der Redaktion wieder", "The comments below do not reflect the views of…",
 * "الآراء الواردة أدناه لا تعبر عن رأي…", "…مراجعة التعليقات قبل نشرها" (comments reviewed
 * before they are published), "…, ist die Kommentarfunktion ausgeschaltet!", "You
 * must be logged in to post a comment", "Du musst eingeloggt sein, um Kommentare zu schreiben",
 * "Vous devez être connecté pour publier un commentaire"), a press wire's disclaimer ("Für den
 * Inhalt der Pressemitteilung ist der Emittent verantwortlich", "The issuer is solely responsible
 * for the content of this announcement"), and
 * a wire story's note that the site republished it from a syndicated feed unedited ("… is
 * auto-generated from a syndicated feed", as Indian sites close PTI's and IANS's stories; in
 * Hindi "… सिंडीकेट फीड से सीधे प्रकाशित की गई है"), that a third party provides the feed and the
 * site answers not for it ("These news feeds are provided by an independent third party and
 * Channel 4 is not responsible or liable…"), a call to report a typo with Ctrl+Enter
 * ("Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter"),
 * the site's affiliate disclosure, in the first person ("If you buy something using links in
 * our stories, we may earn a commission", "This article contains affiliate links", "…erhalten
 * wir eine kleine Provision", "Nous pouvons percevoir une commission"), or the site named ("… sind
 * Affiliate-Links. Wenn Du … kaufst, erhält Tarnkappe.info eine kleine Provision"; "If you buy
 * something from a Verge link, Vox Media may earn a commission": the reader buying through links
 * makes it the site's disclosure, whoever earns).
 */
const FINE_PRINT = caseless(String.raw`\b(?:${FINE_PRINT_WORDS})|${FINE_PRINT_OTHERS}`, 'i');

/**
 * The words of a consent notice or of fine print, searched for at once: most blocks hold none,
 * and one search of the three lists ({@link CONSENT_NOTICE}, {@link IP_ADDRESS_SENT},
 * {@link FINE_PRINT}) costs about half of three (their branches after one `\b`). A text without
 * them is neither.
 */
const NOTICE_WORDS = caseless(
  String.raw`\b(?:${CONSENT_WORDS}|${IP_WORDS}|${FINE_PRINT_WORDS})|${FINE_PRINT_OTHERS}`,
  'i',
);

/**
 * A sign-up box's label naming its newsletter, as the box's first line: "Newsletter",
 * "Newsletter: Sport inside", "Unser Newsletter", "Nieuwsbrief", "Nyhetsbrev".
 */
const NEWSLETTER_LABEL =
  /^(?:(?:our|the|unser(?:e[nr]?)?|der|le|la|il|de|onze)\s+)?(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje)(?:\s*[:|–-]\s*[^.!?]{1,40})?$/iu;

/** The longest sign-up box a newsletter's label opens: longer, it is a section of the article. */
const LONGEST_SIGN_UP_BOX = 400;

/** Elements a sign-up box's label is written in. */
const LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b']);

/**
 * The sign-up box a newsletter's label opens: its largest ancestor inside the body whose text
 * starts with the label and stays short, else the label alone.
 */
function signUpBox(
  label: Element,
  labelText: string,
  container: Element,
  texts: ShortTexts,
): Element {
  return largestBox(
    label,
    container,
    (box) => texts.of(box, LONGEST_SIGN_UP_BOX)?.startsWith(labelText) === true,
  );
}

/**
 * The sign-up boxes the body holds anywhere, found by the label naming their newsletter that
 * opens them ({@link NEWSLETTER_LABEL}), whatever their class names: judged before the walk
 * removes their buttons and the links of their fine print, which tell them from a section of
 * the article headed "Newsletter".
 *
 * @returns each box, with what found it (its label)
 */
export function newsletterBoxes(
  container: Element,
  elements: readonly Element[],
  texts: ShortTexts,
): Map<Element, string> {
  const found = new Map<Element, string>();
  for (const el of elements) {
    if (!LABEL_TAGS.has(el.name) || !standsAlone(el)) continue;
    const text = texts.of(el, 60);
    if (text === null || !NEWSLETTER_LABEL.test(text)) continue;
    const box = signUpBox(el, text, container, texts);
    // A section the label heads, with the article's prose under it, keeps its heading; a box
    // that leads nowhere (no link, no form) is no sign-up box.
    if (box === el ? proseFollows(el) : !leadsSomewhere(box)) continue;
    found.set(box, `its newsletter's label "${text}"`);
  }
  return found;
}

/** Whether a box holds a link or a form's control: where a sign-up box sends the reader. */
function leadsSomewhere(box: Element): boolean {
  return descendants(box).some((d) => SIGN_UP_CONTROLS.has(d.name));
}
const SIGN_UP_CONTROLS: ReadonlySet<string> = new Set(['a', 'form', 'input', 'button']);

/** Whether a paragraph of prose follows `el` among its siblings. */
function proseFollows(el: Element): boolean {
  const next = siblingElement(el, 'next');
  return next !== null && squash(textOf(next)).length >= PROSE_PARAGRAPH;
}

/**
 * The label in capitals that introduces an embedded video or audio, with the player's card in
 * the same paragraph: "WATCH | Palestinians react to …:", "WATCH:", "LISTEN |"; or over a video
 * list a script fills ("VÍDEOS: Tudo sobre São Paulo", g1's under every article).
 */
const MEDIA_INTRO = /^(?:WATCH|LISTEN|V[IÍ]DEOS?)\s*[|:]/;

/**
 * Elements of a player's card, which no paragraph of text holds: its thumbnail, the player
 * itself, the boxes and the heading of its title.
 */
const PLAYER_PARTS: ReadonlySet<string> = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'div',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/**
 * Whether a block of text is a media label with its player's card ({@link MEDIA_INTRO}), or over
 * the player's box, left empty where a script fills it.
 */
function isMediaIntro(block: Element, text: string): boolean {
  if (!MEDIA_INTRO.test(text)) return false;
  const next = siblingElement(block, 'next');
  return (
    descendants(block).some((d) => PLAYER_PARTS.has(d.name)) ||
    (next !== null && PLAYER_PARTS.has(next.name) && squash(textOf(next)) === '')
  );
}

/**
 * A WordPress shortcode the site left unrendered, standing alone as a block: `[button
 * link="…"] Send us your review[/button]`, `[gallery ids="1,2,3"]`.
 */
const SHORTCODE =
  /^\[([a-z_][\w-]*)(?:\s[^\]]*)?\][^[]*\[\/\1\]$|^\[[a-z_][\w-]*(?:\s+[\w-]+\s*=\s*[^\]]*)+\]$/i;

function linkTextLength(el: Element): number {
  let n = 0;
  for (const d of descendants(el)) if (d.name === 'a') n += squash(textOf(d)).length;
  return n;
}

/** The text of `el` outside its links. */
function textOutsideLinks(el: Element): string {
  return textExcept(el.children, (child) => child.name === 'a');
}

/** A class word or role that sets a link as a button. */
const BUTTON_CLASS = /(?:^|[\s_-])(?:button|btn)(?:$|[\s_-])/i;

/** Whether an element is or holds a link set as a button. */
function holdsButton(el: Element): boolean {
  return [el, ...descendants(el)].some(
    (d) =>
      d.name === 'a' && (d.attribs.role === 'button' || BUTTON_CLASS.test(d.attribs.class ?? '')),
  );
}

/**
 * Removes `<p>`s that are a bare link to another story ("READ: …" teasers), or a related
 * label and links ("Lesen Sie auch: <a>…</a>", "Baca juga: <a>…</a>"); a link to a document
 * (`.pdf`, `.docx`…) stays, unless it calls to download (set as a button, or ending in "!"),
 * and so does an e-mail address or a phone number (`mailto:`, `tel:`). Without `bare`, only the
 * labelled ones go: a link alone on a line between `<br>`s may be the page's own button to a
 * deal it writes about.
 */
export function removeLinkParagraphs(
  container: Element,
  remove: Remove,
  texts: ShortTexts,
  bare = true,
): void {
  for (const p of descendants(container)) {
    // A teaser line set as a quote (`<blockquote><b>MIRA | </b><a>…</a></blockquote>`) too.
    if ((p.name !== 'p' && !(p.name === 'blockquote' && !holdsBlocks(p))) || p.parent === null) {
      continue;
    }
    // A label's links may be long headlines (three run past 200 characters); a bare link so long
    // is prose.
    const full = texts.of(p, 400);
    if (full === null || full === '') continue;
    const text = full.length;
    // A bare URL is a cited source, not a teaser.
    if (/^(?:https?:\/\/|www\.)\S+$/.test(full)) continue;
    if (descendants(p).some((d) => d.name === 'img')) continue;
    // A link to a document is the article's attachment (a decision, its annexes), unless it
    // calls to download, set as a button or exclaimed ("GET THE QUIZ: INSTANT DOWNLOAD!").
    if (linksDocument(p) && !holdsButton(p) && !full.endsWith('!')) continue;
    // An e-mail address or a phone number is what the article gives readers to write or call.
    if (linksAddressOnly(p)) continue;
    const links = linkTextLength(p);
    // A quote all of whose words are a link is a quote (an embed's text), not a teaser.
    if (links >= text * 0.9 && p.name === 'p' && text <= 200) {
      if (bare) remove(p, 'link paragraph');
    } else if (links > 0 && isRelatedLabel(textOutsideLinks(p)))
      remove(p, 'related label and link');
    else if (links > 0 && relatedLines(p)) remove(p, 'related labels and links, a line each');
    else if (links > 0 && isBarLabelledTeaser(p)) remove(p, 'related label and link');
    // The label's colon is in the paragraph's text (asked first: most paragraphs have none).
    else if (
      full.includes(':') &&
      LINK_ROW.test(textOutsideLinks(p)) &&
      descendants(p).filter(isLink).length > 2
    ) {
      remove(p, 'label and a row of links');
    }
  }
}

/**
 * A short label, then only the marks between links ("Find us: <a>…</a> / <a>…</a> / <a>…</a>",
 * "Do more: <a>Link</a> | <a>Print</a> | <a>29 Comments</a>"): the page's row of actions or
 * accounts. Commas list things the article names (its sources), and stay.
 */
const LINK_ROW = /^\s*[\p{L}\p{N}][\p{L}\p{N} ]{0,20}:[\s|/·•]*$/u;

/**
 * Whether a paragraph is lines of a related label and its link each, between `<br>`s ("▶ 관련기사
 * : <a>…</a><br>▶ 관련기사 : <a>…</a>"): what a related label and link is as a paragraph of its
 * own, a body written as lines holds run together.
 */
function relatedLines(p: Element): boolean {
  const lines: AnyNode[][] = [[]];
  for (const child of p.children) {
    if (isElement(child) && child.name === 'br') lines.push([]);
    else (lines.at(-1) as AnyNode[]).push(child);
  }
  const shown = lines.filter((line) => squash(textExcept(line, () => false)) !== '');
  return (
    shown.length > 1 &&
    shown.every(
      (line) =>
        line.some((n) => isElement(n) && (n.name === 'a' || descendants(n).some(isLink))) &&
        isRelatedLabel(textExcept(line, (el) => el.name === 'a')),
    )
  );
}

/** Whether an element is a link. */
const isLink = (el: Element): boolean => el.name === 'a';

/** A few words before a bar, the text beside a teaser's link: "En Xataka |", "On Engadget |". */
const BAR_LABEL = /^\s*\p{L}+(?: \p{L}+){0,2}\s*\|\s*$/u;
/** The fewest words of a headline a teaser links to ("The Verge", a source, has fewer). */
const MIN_TEASER_HEADLINE_WORDS = 5;

/**
 * Whether a paragraph is a teaser line of the site's own: a label in bold before a bar, in
 * whatever language, and one link to a headline ("<strong>En Xataka</strong> | <a>Qué son los
 * coches de kilómetro 0 …</a>"). A source's credit links a name ("Vía | The Verge"), and stays.
 */
function isBarLabelledTeaser(p: Element): boolean {
  if (!BAR_LABEL.test(textOutsideLinks(p))) return false;
  const links = descendants(p).filter(isLink);
  const bold = descendants(p).find((d) => STRONG.has(d.name));
  return (
    links.length === 1 &&
    bold !== undefined &&
    !descendants(bold).some(isLink) &&
    squash(textOf(links[0] as Element)).split(' ').length >= MIN_TEASER_HEADLINE_WORDS
  );
}

/**
 * A quiz's teaser heading: the word for a quiz and a colon before its question ("Quiz: Czy znasz
 * krakowskie ronda?", "Kvíz: …", "Викторина: …"); not "Test:", which heads a product's test.
 */
const QUIZ_HEADING =
  /^(?:quiz|quizz|kvíz|kviz|kvizas|teszt|test|тест|вікторина|викторина|κουίζ)\s*:/iu;
/** The most text a quiz's teaser box shows: its question, a line and its button. */
const MAX_QUIZ_TEASER = 300;

/**
 * Removes the teasers of the site's quizzes set in the body: a short box opened by a heading
 * {@link QUIZ_HEADING} and holding a link (to the quiz, on a page of its own). A quiz the article
 * is holds its questions, not a link away.
 *
 * @param container - the body
 * @param remove - how to remove a block
 */
export function removeQuizTeasers(container: Element, remove: Remove): void {
  for (const heading of descendants(container)) {
    if (!HEADING_TAGS.has(heading.name) || !QUIZ_HEADING.test(squash(textOf(heading)).trim())) {
      continue;
    }
    const box = heading.parent;
    if (box === null || box === container || !isElement(box) || !isBelow(box, container)) continue;
    if (box.children.find(isElement) !== heading || !holdsLink(box)) continue;
    if (squash(textOf(box)).length <= MAX_QUIZ_TEASER) remove(box, "a quiz's teaser");
  }
}

/** Whether every link of a paragraph is an e-mail address or a phone number to call. */
function linksAddressOnly(p: Element): boolean {
  const links = descendants(p).filter((d) => d.name === 'a');
  return links.length > 0 && links.every((a) => /^(?:mailto|tel):/i.test(a.attribs.href ?? ''));
}

/** Inline elements a block of text holds beside its text. */
const INLINE_IN_TEXT = new Set(['a', 'br', 'span', 'em', 'strong', 'b', 'i']);

/** A definition list's term and description: a label and its value ("<dt>문의</dt><dd>…</dd>"). */
const TERM_OR_DESCRIPTION: ReadonlySet<string> = new Set(['dt', 'dd']);

/**
 * The body's blocks of text: paragraphs, and divs, a definition list's terms and descriptions
 * and table cells alone in their row holding only inline content (an empty `<div>` or `<p>`
 * beside it, a float's clearing element, holds none): an old CMS sets its lines in rows of one
 * cell (Joomla's `<td class="modifydate">`); a cell beside others is a table's data.
 */
function textBlocks(container: Element): Element[] {
  return descendants(container).filter(isTextBlock);
}

/** Whether an element is one of {@link textBlocks}. */
function isTextBlock(d: Element): boolean {
  return (
    d.name === 'p' ||
    ((d.name === 'div' || TERM_OR_DESCRIPTION.has(d.name) || (d.name === 'td' && isLoneCell(d))) &&
      !d.children.some(
        (c: AnyNode) =>
          isElement(c) &&
          !INLINE_IN_TEXT.has(c.name) &&
          !((c.name === 'div' || c.name === 'p') && c.children.length === 0),
      ))
  );
}

/**
 * {@link textBlocks} from the last to the first, walked only as far as the caller reads: the
 * body's closing blocks without a walk of the whole body.
 */
function* textBlocksFromLast(root: Element): Generator<Element> {
  for (let i = root.children.length - 1; i >= 0; i--) {
    const child = root.children[i] as AnyNode;
    if (!isElement(child)) continue;
    yield* textBlocksFromLast(child);
    if (isTextBlock(child)) yield child;
  }
}

/** The longest loose line read for fine print. */
const LONGEST_LOOSE_LINE = 400;

/** A line of loose text beside blocks: its nodes and its text. */
interface LooseLine {
  readonly nodes: readonly AnyNode[];
  readonly text: string;
}

/**
 * The lines of loose text written beside blocks — in an element that holds blocks, the runs of
 * text and inline elements between them and between `<br>`s (an old page's notice after a form,
 * a press wire's disclaimer after a share box and a rule) — which {@link textBlocks} does not
 * count as text. Lines longer than {@link LONGEST_LOOSE_LINE} are left out.
 */
function looseLines(container: Element): LooseLine[] {
  return looseLinesOf([container, ...descendants(container)]);
}

/** {@link looseLines} of the given elements only, each element's in document order. */
function looseLinesOf(elements: readonly Element[]): LooseLine[] {
  const out: LooseLine[] = [];
  for (const el of elements) {
    if (!holdsBlocks(el)) continue;
    let nodes: AnyNode[] = [];
    let raw = '';
    const close = () => {
      const text = squash(raw);
      if (
        text !== '' &&
        raw.length <= LONGEST_LOOSE_LINE * 2 &&
        text.length <= LONGEST_LOOSE_LINE
      ) {
        out.push({ nodes, text });
      }
      nodes = [];
      raw = '';
    };
    for (const child of el.children) {
      if (
        isElement(child) &&
        (!INLINE_IN_TEXT.has(child.name) || child.name === 'br' || holdsBlocks(child))
      ) {
        close();
      } else {
        nodes.push(child);
        if (raw.length <= LONGEST_LOOSE_LINE * 2) raw += textOf(child);
      }
    }
    close();
  }
  return out;
}

/**
 * The body's boxes of a heading and loose text: a `<div>` holding only inline content and at
 * least one heading (a comments box's "<h4>…ist die Kommentarfunktion ausgeschaltet!</h4>" and
 * its notice written after it), which {@link textBlocks} does not count as text.
 */
function headedTextBoxes(container: Element): Element[] {
  return descendants(container).filter((d) => {
    if (d.name !== 'div') return false;
    let heading = false;
    for (const c of d.children) {
      if (!isElement(c)) continue;
      if (HEADINGS.has(c.name)) heading = true;
      else if (!INLINE_IN_TEXT.has(c.name)) return false;
    }
    return heading;
  });
}

/**
 * Removes the contributor credits among the body's last blocks ({@link CONTRIBUTOR_CREDIT},
 * {@link isNewsroomCredit}),
 * once the trailing byline has taken its names.
 *
 * @param container - the body
 * @returns the removed lines' text
 */
/**
 * A wire agency's name marked as the story's credit, closing it: between slashes ("/ritzau/"),
 * after a copyright sign ("(©NTB)"), or with Lithuanian "inf." ("BNS inf.", information of).
 */
const MARKED_AGENCY =
  /^(?:\/\s*([^/]{2,30}?)\s*\/|\(\s*©\s*([^()]{2,30}?)\s*\)|(\S.{1,29}?)\s+inf\.)$/u;

/** Whether a line is a wire agency's mark ({@link MARKED_AGENCY}). */
function isAgencyMark(text: string): boolean {
  const m = MARKED_AGENCY.exec(text);
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  return name !== undefined && isWireAgency(name);
}

export function removeContributorCredits(container: Element): string[] {
  const removed: string[] = [];
  for (const { block, text } of lastTextBlocks(textBlocksFromLast(container))) {
    if (
      text.length <= 300 &&
      ((CONTRIBUTOR_CREDIT.test(text) && !lowerCaseAfter(text, CREDIT_BY)) ||
        isNewsroomCredit(text) ||
        isAgencyMark(text))
    ) {
      detach(block);
      removed.push(text);
    }
  }
  return removed;
}

/** The longest promotional line: longer, a block is the article's prose. */
const LONGEST_PROMO_LINE = 400;

/** A paragraph this long is the article's prose: what comes after the last one is its end. */
const PROSE_PARAGRAPH = 80;

/**
 * Removes the lists of links after the body's last paragraph of prose whose every item is one
 * link: the site's "more stories" without a heading. A list the article's paragraphs follow
 * stays (sources cited mid-article).
 */
function removeTrailingLinkLists(
  container: Element,
  blocks: readonly Element[],
  remove: Remove,
): void {
  // The short lines that close articles without being of them (removed after) end no prose.
  const lastProse = blocks.findLast((b) => {
    const text = squash(textOf(b));
    if (text.length < PROSE_PARAGRAPH) return false;
    return text.length >= LONGEST_PROMO_LINE || closingLine(text) === null;
  });
  if (lastProse === undefined) return;
  const lists = new Set<Element>();
  const proseAncestry = ancestry(lastProse);
  for (const list of descendants(container)) {
    if (!isListElement(list) || !isAfter(list, lastProse, proseAncestry)) continue;
    const items = list.children.filter((c): c is Element => isElement(c) && c.name === 'li');
    // A list of documents is the article's attachments.
    if (items.length >= 2 && items.every(isOneLink) && !items.some(linksDocument)) lists.add(list);
  }
  // A wrapper holding nothing but such lists goes with them, and so does its label ("#Themen",
  // "ジャンル："), or it would stand alone.
  const gone = new Set<Element>(lists);
  const outers = new Set<Element>();
  for (const list of lists) {
    let outer = list;
    for (let parent = outer.parent; parent !== null && parent !== container; ) {
      if (!isElement(parent as AnyNode) || !holdsOnly(parent as Element, gone)) break;
      outer = parent as Element;
      gone.add(outer);
      parent = outer.parent;
    }
    outers.add(outer);
  }
  for (const outer of outers) {
    if (outers.has(outer.parent as Element) || outer.parent === null) continue;
    const label = siblingElement(outer, 'prev');
    if (label !== null && squash(textOf(label)).length <= LIST_LABEL && !gone.has(label)) {
      remove(label, 'link list at the end');
    }
    remove(outer, 'link list at the end');
  }
}

/** Whether every child of `el` is one of `elements` or whitespace. */
function holdsOnly(el: Element, elements: ReadonlySet<Element>): boolean {
  return el.children.every((child) =>
    isElement(child) ? elements.has(child) : child.type !== 'text' || child.data.trim() === '',
  );
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const LINK = new Set(['a']);
const FIGCAPTION = new Set(['figcaption']);
/** Headings or labels closing a body one after the other ("Popular on IndieWire", a sign-up link). */
const MAX_TRAILING_HEADINGS = 3;

/**
 * Removes the headings that end the body with nothing under them: a heading heads something,
 * so one with no text after it is the page's furniture (a video player's "Popular on
 * IndieWire", a sign-up link set as a heading). Run again once the closing bylines and dates
 * are taken (`body.ts`): a heading they stood under then heads nothing.
 *
 * @param container - the body
 * @param remove - how to remove a block
 */
export function removeTrailingHeadings(container: Element, remove: Remove): void {
  for (let i = 0; i < MAX_TRAILING_HEADINGS; i++) {
    const text = edgeText(container, 'last');
    let heading: AnyNode | null = text;
    while (
      heading !== null &&
      heading !== container &&
      !(isElement(heading) && HEADINGS.has(heading.name))
    ) {
      heading = heading.parent;
    }
    if (heading === null || heading === container || !isElement(heading)) {
      // A label with nothing after it labels what the page set apart ("Ansprechpartnerin zum
      // Thema:", its contact card in a box of its own).
      const label = text === null ? null : closingLabel(text, container);
      if (label === null) return;
      remove(label, 'label with nothing after it');
      continue;
    }
    // A heading inside a link is a teaser card's: the block of cards is judged as a whole.
    if (closest(heading, LINK, container) !== null) return;
    // A numbered heading ("9. …") is a list article's last item, whatever follows it.
    if (LIST_ITEM_NUMBER.test(textOf(heading))) return;
    // A heading right over a picture of the article heads the picture (a story in pictures).
    if (headsPicture(heading)) return;
    remove(heading, 'heading with nothing under it');
  }
}

/** The largest side of a picture too small to be one: a tracking pixel, an icon. */
const TINY_PICTURE = 10;

/**
 * Whether a heading stands right over a picture of the article (the next element holds one, not
 * a link's nor a tracking pixel), as a story in pictures heads each; a label introducing what
 * follows ("… pin the following photo:") or a heading linking elsewhere heads nothing of the
 * article's.
 */
function headsPicture(heading: Element): boolean {
  // A heading that links elsewhere heads teasers ("Other News Articles").
  if (squash(textOf(heading)).endsWith(':') || descendants(heading).some((d) => d.name === 'a')) {
    return false;
  }
  let next = heading.next;
  while (next !== null && !isElement(next)) next = next.next;
  if (next === null) return false;
  const pictures = next.name === 'img' ? [next] : descendants(next).filter((d) => d.name === 'img');
  return pictures.some(
    (img) =>
      closest(img, LINK, null) === null &&
      !['width', 'height'].some((side) => Number(img.attribs[side] ?? Infinity) <= TINY_PICTURE),
  );
}

/** The paragraph or box around the body's last text when its text is a label ("Kontakt:"). */
function closingLabel(text: AnyNode, container: Element): Element | null {
  let block: AnyNode | null = text.parent;
  while (
    block !== null &&
    block !== container &&
    isElement(block) &&
    INLINE_IN_TEXT.has(block.name)
  ) {
    block = block.parent;
  }
  if (block === null || block === container || !isElement(block)) return null;
  const line = squash(textOf(block));
  return line.length <= LIST_LABEL && line.endsWith(':') ? block : null;
}

/** The longest label of a list of links. */
const LIST_LABEL = 40;

function isListElement(node: AnyNode): boolean {
  return isElement(node) && (node.name === 'ul' || node.name === 'ol');
}

/** `node` and its ancestors. */
function ancestry(node: AnyNode): Set<AnyNode> {
  const path = new Set<AnyNode>();
  for (let n: AnyNode | null = node; n !== null; n = n.parent) path.add(n);
  return path;
}

/**
 * Whether `el` comes after `other` in document order, and is not inside it (`path`: `other`'s
 * {@link ancestry}, read once for many elements).
 */
function isAfter(el: Element, other: Element, path: ReadonlySet<AnyNode>): boolean {
  let a: AnyNode = el;
  // The ancestor of `el` just below the common ancestor, and the one of `other`.
  while (a.parent !== null && !path.has(a.parent)) a = a.parent;
  const common = a.parent;
  if (common === null || common === other || path.has(el)) return false;
  let b: AnyNode = other;
  while (b.parent !== common) b = b.parent as AnyNode;
  const siblings = (common as Element).children;
  return siblings.indexOf(a) > siblings.indexOf(b);
}

/** One of the body's last blocks with text, and the text of the block with text before it. */
interface TextBlock {
  readonly block: Element;
  readonly text: string;
  before: string;
}

/**
 * The last {@link TRAILING_BLOCKS} blocks with text, from the end, with their text and the
 * text before each: empty ones (an image's wrapper) take no turn.
 *
 * @param fromLast - the blocks, the last first
 */
function lastTextBlocks(fromLast: Iterable<Element>): TextBlock[] {
  const last: TextBlock[] = [];
  for (const block of fromLast) {
    const text = squash(textOf(block));
    if (text === '') continue;
    const after = last.at(-1);
    if (after !== undefined) after.before = text;
    if (last.length === TRAILING_BLOCKS) break;
    last.push({ block, text, before: '' });
  }
  return last;
}

/** A live quote's change: a signed percentage alone ("+3.10%", "-1.20%"). */
const QUOTE_CHANGE = /^[+\-−]\d+(?:[.,]\d+)?%$/;

/**
 * Removes the changes of live quotes a finance site's widget sets in a sentence beside a
 * company's link ("<a>Apple</a><span>+3.10%</span> — The iPhone maker…", a ticker's chip
 * "<a>AMD<span>-1.20%</span></a>"): a signed percentage alone in its box, glued to a link's
 * words before it, no space between. A change the sentence gives is spaced ("rose +3.1%") or
 * bracketed.
 */
function removeQuoteChanges(container: Element, remove: Remove): void {
  for (const el of descendants(container)) {
    const [only, ...more] = el.children;
    if (only?.type !== 'text' || more.length > 0 || !QUOTE_CHANGE.test(only.data.trim())) continue;
    let box = el;
    while (box.parent !== container && box.parent?.children.length === 1) {
      box = box.parent as Element;
    }
    const before = box.prev;
    if (
      before !== null &&
      isElement(before) &&
      /\S$/.test(textOf(before)) &&
      (holdsLink(before) || closest(box, LINK, container) !== null)
    ) {
      remove(box, "a live quote's change");
    }
  }
}

/**
 * Removes promotional lines among the last paragraphs of the body, and anywhere in it the
 * consent notices that stand in for external content (once the reader chooses, the page shows
 * the content or nothing; the notice is never the article's text).
 */
export function removeTrailingPromos(container: Element, remove: Remove, texts: ShortTexts): void {
  removeQuoteChanges(container, remove);
  const blocks = textBlocks(container);
  for (const block of blocks) {
    const text = texts.of(block, 400);
    if (text === null) {
      // A provider's notice explains itself at length (about 500 characters).
      const long = shortText(block, LONGEST_NOTICE);
      if (long !== null && isConsentNotice(long)) {
        remove(placeholderOf(block, container), 'consent notice');
      } else if (long !== null && isMediaIntro(block, long)) {
        remove(block, "an embedded player's label and card");
      }
    } else if (isConsentNotice(text)) remove(placeholderOf(block, container), 'consent notice');
    else if (isFinePrint(text))
      remove(placeholderOf(block, container), 'sign-up or consent fine print');
    else if (SHORTCODE.test(text)) remove(block, 'unrendered shortcode');
    else if (isMediaIntro(block, text)) remove(block, "an embedded player's label and card");
    else {
      const call = chineseCallBox(block, text, container);
      if (call !== null) remove(call, 'call to get the app or follow the site');
    }
  }
  for (const box of headedTextBoxes(container)) {
    const text = texts.of(box, 400);
    if (isBelow(box, container) && text !== null && isFinePrint(text)) {
      remove(placeholderOf(box, container), 'sign-up or consent fine print');
    } else if (looseLinesOf([box]).some((line) => isConsentNotice(line.text))) {
      // A placeholder's title and its notice in one box ("<h2>Datenschutzhinweis</h2>An dieser…").
      remove(placeholderOf(box, container), 'consent notice');
    }
  }
  for (const line of looseLines(container)) {
    if (isFinePrint(line.text))
      remove(wrapSiblings(line.nodes, 'p'), 'sign-up or consent fine print');
  }
  removeTrailingLinkLists(container, blocks, remove);
  removeClosingLinkLines(container, remove, texts, (text) => parseByline(text) !== null);
  removeTrailingTeaser(container, remove);
  removeTrailingHeadings(container, remove);
  removeLines(container, lastTextBlocks(blocks.toReversed()), remove);
  removeClosingLooseLines(container, blocks, remove);
}

/**
 * A link's words calling the reader to act on a site's offer, the whole of its text: "Get
 * started", "Learn more", "Sign up now", "Request a demo", "Jetzt starten", "En savoir plus",
 * "Saiba mais".
 */
const CALL_TO_ACT = caseless(
  "^(?:get started(?: (?:now|today|for free))?|start (?:now|today|for free|(?:your |a )?free trial)|learn more|find out more|read more|see (?:plans|pricing)|sign up(?: (?:now|today|for free|here))?|subscribe(?: (?:now|today|here))?|register(?: (?:now|today|here))?|join(?: (?:now|today|us|free))?|apply now|try (?:it )?(?:for )?free|request (?:a )?(?:demo|quote)|book a demo|contact (?:us|sales)|get in touch|send (?:a |your )?(?:press )?release|buy now|shop now|order now|download(?: now)?|jetzt (?:starten|loslegen|anmelden|registrieren|abonnieren|testen|kontaktieren)|mehr erfahren|kostenlos testen|en savoir plus|commencer|démarrer|s['’]inscrire|inscrivez-vous|essayer gratuitement|más información|empezar|comenzar|regístrate|suscríbete|saiba mais|comece (?:agora|já)|cadastre-se|inscreva-se|scopri di più|inizia ora|iscriviti|registrati)[.!]?$",
  'iu',
);
/** The longest call-to-action box: a heading, a few short lines, the link. */
const LONGEST_CALL_TO_ACTION_BOX = 300;
/** The most lines between such a box's heading and its link. */
const MAX_CALL_TO_ACTION_LINES = 5;
/** The longest of those lines: a figure or a selling point ("440k+ Newsrooms & Influencers"). */
const MAX_SELLING_POINT = 60;
/** The longest heading of such a box. */
const MAX_PITCH_HEADING = 120;
/**
 * A heading asking the reader to sign up ("Sign up for press releases", "Subscribe to our
 * updates", "Jetzt abonnieren", "Inscrivez-vous"): a pitch, though it asks no question.
 */
const SIGN_UP_HEADING =
  /^(?:sign[ -]?up|subscribe|register|abonnieren|jetzt (?:anmelden|abonnieren)|inscrivez-vous|abonnez-vous|suscríbete|inscreva-se|assine|iscriviti|đăng ký)(?=[\s:!.,]|$)/i;
/** The longest line of a sign-up box saying what it sends ("… direct to your inbox."). */
const LONGEST_OFFER_LINE = 160;
/** Where a call to act leads nowhere a site offers: an address, a number, the page itself. */
const NO_OFFER_HREF = /^(?:mailto:|tel:|javascript:|#|$)/i;
/** Emphasis that sets a line as a heading. */
const STRONG: ReadonlySet<string> = new Set(['strong', 'b']);

/** A line of a box: the node showing it and its text. */
interface BoxLine {
  readonly node: AnyNode;
  readonly text: string;
}

/** Sectioning elements: a page builder's grid wraps the body's blocks in them (AEM's `<main>`). */
const SECTIONS: ReadonlySet<string> = new Set(['main', 'section', 'article']);

/** Whether a box's child is read line by line: it holds blocks, or a section. */
function readLineByLine(child: AnyNode): child is Element {
  return (
    isElement(child) &&
    (holdsBlocks(child) || child.children.some((c) => isElement(c) && SECTIONS.has(c.name)))
  );
}

/**
 * The lines of a box: its children's text, those holding blocks (or a section) read line by line
 * in turn.
 */
function boxLines(box: Element, out: BoxLine[] = []): BoxLine[] {
  for (const child of box.children) {
    if (readLineByLine(child)) {
      boxLines(child, out);
    } else {
      const text = squash(textOf(child));
      if (text !== '') out.push({ node: child, text });
    }
  }
  return out;
}

/**
 * The last line of a box, {@link boxLines}`(box).at(-1)`, found from its end: the lines before
 * it are not read (the body's last line is asked for, and reading every line first read the
 * whole body's text).
 */
function lastBoxLine(box: Element): BoxLine | undefined {
  const { children } = box;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i] as AnyNode;
    if (readLineByLine(child)) {
      const line = lastBoxLine(child);
      if (line !== undefined) return line;
    } else {
      const text = squash(textOf(child));
      if (text !== '') return { node: child, text };
    }
  }
  return undefined;
}

/** Whether a box's line is a heading: a heading element, or a line set wholly in bold. */
function isHeadingLine({ node, text }: BoxLine): boolean {
  if (!isElement(node)) return false;
  if (HEADINGS.has(node.name) || STRONG.has(node.name)) return true;
  const bold = descendants(node).filter((d) => STRONG.has(d.name));
  return bold.length > 0 && squash(bold.map(textOf).join(' ')) === text;
}

/** The link a box's line is, alone, when its words call to act on an offer ({@link CALL_TO_ACT}). */
function callToActLink({ node, text }: BoxLine): Element | null {
  if (!isElement(node) || !CALL_TO_ACT.test(text)) return null;
  const links = node.name === 'a' ? [node] : descendants(node).filter((d) => d.name === 'a');
  const link = links.length === 1 ? (links[0] as Element) : null;
  return link !== null &&
    squash(textOf(link)) === text &&
    !NO_OFFER_HREF.test((link.attribs.href ?? '').trim())
    ? link
    : null;
}

/**
 * The box of a site's promotion closing the body, after the article's end (PR Newswire's "WANT
 * YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM? … GET STARTED"): nothing with text after it,
 * a heading that pitches (a question or an exclamation, or words to the reader), a few short
 * lines that are no sentences (selling points, figures), and a link whose words call to act
 * ({@link CALL_TO_ACT}) leading to a page. A box of the article says its piece in sentences
 * ("Applications open on 15 January…"), and one whose link writes or calls someone is a contact.
 * Read before the cleaning removes its link, a paragraph that is a link alone.
 */
export function closingCallToAction(container: Element): Element | null {
  const last = lastBoxLine(container);
  if (last === undefined) return null;
  const link = callToActLink(last);
  if (link === null) return null;
  for (let box = link.parent; box !== null && box !== container; box = box.parent) {
    if (!isElement(box)) return null;
    if (squash(textOf(box)).length > LONGEST_CALL_TO_ACTION_BOX) return null;
    const lines = boxLines(box);
    const [heading, ...rest] = lines;
    if (heading === undefined || !isHeadingLine(heading)) continue;
    const points = rest.slice(0, -1);
    const signUp = SIGN_UP_HEADING.test(heading.text);
    const pitches =
      heading.text.length <= MAX_PITCH_HEADING &&
      (/[?!]$/.test(heading.text) || addressesReader(heading.text) || signUp);
    return pitches &&
      points.length <= MAX_CALL_TO_ACTION_LINES &&
      points.every(
        ({ text }) =>
          (text.length <= MAX_SELLING_POINT && !SENTENCE_END.test(text)) ||
          (signUp && text.length <= LONGEST_OFFER_LINE && PUBLISHER_OFFER.test(text)),
      )
      ? box
      : null;
  }
  return null;
}

/** A sponsor's label opening its card ("Together with Acme", "Presented by Acme"). */
const SPONSOR_LABEL = /^(?:together with|presented by|sponsored by|brought to you by)\s/i;

/**
 * The cards of a call to act anywhere in the body (a blog's sign-up card, a newsletter's sponsor
 * block): a box of at most {@link LONGEST_CALL_TO_ACTION_BOX} characters ending in a link set
 * as a button whose words call to act ({@link CALL_TO_ACT}), its text before opening with a
 * sponsor's label or pitching a sign-up to the reader ("…in your inbox, sign up below"). A box
 * of the article with a button ("The full study runs to 84 pages. Learn more") pitches neither.
 */
export function callToActionCards(container: Element): Element[] {
  const cards: Element[] = [];
  for (const link of descendants(container)) {
    const parent = link.parent;
    if (link.name !== 'a' || parent === null || !isElement(parent)) continue;
    const call = squash(textOf(link));
    // The link set as a button, by its class or role or its wrapper's class.
    const classes = `${link.attribs.class ?? ''} ${parent.attribs.class ?? ''}`;
    if (!CALL_TO_ACT.test(call) || (!holdsButton(link) && !BUTTON_CLASS.test(classes))) continue;
    let card: Element | null = null;
    for (let box: AnyNode | null = parent; box !== null && isElement(box); box = box.parent) {
      if (box === container) break;
      const text = squash(textOf(box));
      if (text.length > LONGEST_CALL_TO_ACTION_BOX || !text.endsWith(call)) break;
      const pitch = text.slice(0, -call.length);
      if (SPONSOR_LABEL.test(pitch) || (addressesReader(pitch) && NEWSLETTER_SIGN_UP.test(pitch))) {
        card = box;
      }
    }
    if (card !== null) cards.push(card);
  }
  return cards;
}

/**
 * Removes the closing lines ({@link closingLine}) among the loose lines written after the body's
 * last block with text ({@link looseLines}): an old page's footer between `<br>`s beside its
 * blocks ("Folge uns auf Facebook | Instagram<br>© 2fly4 - Alle Angaben ohne Gewähr!<br>"). From
 * the end, the run of them: a line of prose ends it, and so does a picture (a credit there is its
 * caption's, and the picture the article's).
 *
 * @param container - the body
 * @param blocks - its blocks of text ({@link textBlocks}), some perhaps removed since
 * @param remove - how to remove a block
 */
function removeClosingLooseLines(
  container: Element,
  blocks: readonly Element[],
  remove: Remove,
): void {
  const lastBlock = blocks.findLast(
    (block) => isBelow(block, container) && squash(textOf(block)) !== '',
  );
  const rank = ranksAfter(container, lastBlock);
  if (rank.size === 0) return;
  const parents = new Set<Element>();
  for (const node of rank.keys()) {
    if (node.parent !== null && isElement(node.parent) && holdsBlocks(node.parent)) {
      parents.add(node.parent);
    }
  }
  // Lines after the last block, in the order the reader sees them, from the end.
  const after = looseLinesOf([...parents])
    .filter((line) => rank.has(line.nodes[0] as AnyNode))
    .sort(
      (a, b) => (rank.get(b.nodes[0] as AnyNode) ?? 0) - (rank.get(a.nodes[0] as AnyNode) ?? 0),
    );
  // Pictures linked elsewhere below the lines read so far: a promo's banner when its line links
  // where they do.
  const banners: { line: LooseLine; href: string }[] = [];
  for (const line of after) {
    const pictured = line.nodes.some(holdsImage);
    const linkedPictures = pictured ? picturesLinkedFrom(line) : null;
    // A picture of the article's (linked nowhere) ends the closing lines.
    if (pictured && linkedPictures === null) break;
    if (linkedPictures !== null && squash(line.text) === '') {
      if (linkedPictures.size !== 1) break;
      banners.push({ line, href: [...linkedPictures][0] as string });
      continue;
    }
    const targets = textLinkTargets(line);
    // A picture in the line is the pitch's banner only where its call links.
    if (linkedPictures !== null && ![...linkedPictures].every((href) => targets.has(href))) break;
    const closing = closingLine(line.text);
    if (closing === null || closing === 'appeal') break;
    const [reason, words] =
      closing === 'metadata' ? ['closing metadata', undefined] : ['promo line', closing.promo];
    remove(wrapSiblings(line.nodes, 'p'), reason, words);
    for (const banner of banners.filter((b) => targets.has(b.href))) {
      remove(wrapSiblings(banner.line.nodes, 'p'), "a promo's banner", words);
    }
  }
}

/** The elements of a line and all below them. */
function lineElements(line: LooseLine): Element[] {
  return line.nodes.flatMap((n) => (isElement(n) ? [n, ...descendants(n)] : []));
}

/**
 * Where the pictures of a line link to, or null when one of them links nowhere (a picture of
 * the article's, which ends the closing lines).
 */
function picturesLinkedFrom(line: LooseLine): Set<string> | null {
  const hrefs = new Set<string>();
  for (const el of lineElements(line)) {
    if (el.name !== 'img') continue;
    const link = closest(el, LINK, null);
    const href = link?.attribs.href;
    if (href === undefined || href === '') return null;
    hrefs.add(href);
  }
  return hrefs;
}

/** Where the links of a line that show words lead. */
function textLinkTargets(line: LooseLine): Set<string> {
  return new Set(
    lineElements(line)
      .filter((el) => el.name === 'a' && squash(textOf(el)) !== '' && el.attribs.href !== undefined)
      .map((el) => el.attribs.href as string),
  );
}

/**
 * The nodes of `container` after `last` in document order (all of them without `last`), each
 * with its rank in that order (higher is later; ancestors of `last` are not after it). A walk back
 * from the container's end that stops at `last`: only the trailing part of the body is read.
 */
function ranksAfter(container: Element, last: Element | undefined): Map<AnyNode, number> {
  const rank = new Map<AnyNode, number>();
  let next = 0;
  // Reverse pre-order: an element's children from the last, then the element.
  const stack: { node: Element; at: number }[] = [
    { node: container, at: container.children.length - 1 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: Element; at: number };
    if (top.at < 0) {
      stack.pop();
      if (top.node !== container) rank.set(top.node, next--);
      continue;
    }
    const child = top.node.children[top.at--] as AnyNode;
    if (child === last) break;
    if (isElement(child) && child.children.length > 0) {
      stack.push({ node: child, at: child.children.length - 1 });
    } else rank.set(child, next--);
  }
  // The ancestors of `last` left on the stack come before it: they are not after it.
  return rank;
}

/**
 * Removes another page's teaser closing the body: its last heading, one link, followed only by
 * pictures that link to the same page, their captions aside (a post's "read next" card after an
 * `<hr>`: the teaser's caption would otherwise count as text under the heading). A numbered
 * heading is a list article's last item, whatever links it.
 */
function removeTrailingTeaser(container: Element, remove: Remove): void {
  const heading = descendants(container).findLast((el) => HEADINGS.has(el.name));
  if (heading === undefined || LIST_ITEM_NUMBER.test(textOf(heading))) return;
  const links = descendants(heading).filter((d) => d.name === 'a');
  const href = links[0]?.attribs.href;
  if (
    links.length !== 1 ||
    href === undefined ||
    squash(textOf(links[0] as Element)) !== squash(textOf(heading))
  ) {
    return;
  }
  const pictures: Element[] = [];
  for (let node: Element = heading; node !== container; node = node.parent as Element) {
    for (let next = node.next; next !== null; next = next.next) {
      if (!isElement(next)) {
        if (next.type === 'text' && next.data.trim() !== '') return;
        continue;
      }
      if (!picturesLinkingTo(next, href)) return;
      pictures.push(next);
    }
    if (node.parent === null || !isElement(node.parent as AnyNode)) return;
  }
  if (pictures.length === 0) return;
  remove(heading, "another page's teaser closing the body");
  for (const picture of pictures) remove(picture, "another page's teaser closing the body");
}

/**
 * Whether a block is pictures that link to `href` and their captions: a picture, every link in
 * it to that address (a caption's credit may link its photographer), no text outside a
 * `<figcaption>`.
 */
function picturesLinkingTo(block: Element, href: string): boolean {
  const inside = descendants(block);
  const links = inside.filter((d) => d.name === 'a' && closest(d, FIGCAPTION, block) === null);
  if (!inside.some((d) => d.name === 'img') || links.length === 0) return false;
  if (links.some((a) => a.attribs.href !== href)) return false;
  return textExcept([block], (el) => el.name === 'figcaption').trim() === '';
}

/**
 * Removes the closing lines ({@link closingLine}) among the body's last blocks with text as
 * they are now — once the link-heavy blocks after them are gone, lines that closed the article
 * before them are among its last — and then its closing contacts ({@link removeClosingContacts}).
 *
 * @param container - the body
 * @param remove - how to remove a block
 */
export function removeClosingLines(container: Element, remove: Remove): void {
  removeFileTables(container, remove);
  removeClosingFields(container, remove);
  const blocks = textBlocks(container);
  removeLines(container, lastTextBlocks(blocks.toReversed()), remove);
  removeClosingLooseLines(container, blocks, remove);
  // A press release may close with several contact sections, one after the other.
  for (let i = 0; i < MAX_CONTACT_SECTIONS; i++) {
    if (!removeClosingContacts(container, blocks, remove)) break;
  }
}

/**
 * Removes a list closing the body whose items are each a label and its value that is metadata
 * ({@link isArticleMetadata}), as Taiwan's government portals close a page after its
 * attachments: "更新日期：115-12-06", "發布單位：行政院". A list of the story (a how-to's steps, its
 * dates: "申請日期：…") holds other lines.
 */
function removeClosingFields(container: Element, remove: Remove): void {
  const last = edgeText(container, 'last')?.parent;
  const list = last && isElement(last) ? closest(last, LISTS, container) : null;
  if (list === null) return;
  const items = list.children.filter(isElement).map((li) => squash(textOf(li)));
  if (items.length > 1 && items.every((t) => /[:：]/.test(t) && isArticleMetadata(t))) {
    const own = squash(textOf(list)).length;
    remove(
      largestBoxHolding(list, container, (chars) => chars <= own),
      'closing fields',
    );
  }
}

/**
 * A header cell of a table of files to download: the file's name or the link to get it ("Tên
 * file", "Tải về", "File name", "Download", "Dateiname"), not what a table of figures heads.
 */
const FILE_COLUMN =
  /^(?:tên (?:file|tệp|tập tin|tài liệu|văn bản)|tệp(?: tin)?|tập tin|file|tải(?: về| xuống)?|download|file ?name|dateiname|datei|herunterladen|fichier|nom du fichier|télécharger|archivo|descargar|nome (?:del )?file|scarica|arquivo|baixar)\s*:?$/iu;
/** A link's text that is a call to download, and no title ("Tải về", "Download", "PDF"). */
const DOWNLOAD_TEXT =
  /^(?:tải(?: về| xuống)?|xem|download|herunterladen|télécharger|descargar|scarica|baixar|pdf|docx?)$/iu;

/**
 * Removes the tables of files to download a CMS sets below the article (a portal's "File đính
 * kèm": "STT | Tên file | Tải về"), with the label over them ("File đính kèm:",
 * "Attachments"): the first row heads a column of files or of their download links
 * ({@link FILE_COLUMN}) or is the label, and every link of the table leads to a document or says
 * "download". The widget lists files; it is no text of the article (a table of figures heads no
 * such column).
 */
function removeFileTables(container: Element, remove: Remove): void {
  for (const table of descendants(container).filter((d) => d.name === 'table')) {
    const firstRow = descendants(table).find((d) => d.name === 'tr');
    const heads = firstRow?.children.filter(isElement).map((cell) => squash(textOf(cell))) ?? [];
    // Or the first row is the label itself: "<th colspan="2">Tệp đính kèm</th>".
    if (!heads.some((head) => FILE_COLUMN.test(head) || ATTACHMENTS_LABEL.test(head))) continue;
    const links = descendants(table).filter((d) => d.name === 'a' && d.attribs.href !== undefined);
    const files = (a: Element) => linksDocument(a) || DOWNLOAD_TEXT.test(squash(textOf(a)));
    if (links.length === 0 || !links.every(files)) continue;
    const label = siblingElement(table, 'prev');
    if (label !== null && ATTACHMENTS_LABEL.test(squash(textOf(label)))) {
      remove(label, 'label of a table of files');
    }
    remove(table, 'table of files to download');
  }
}

/** A short label and an address, a print version's closing line: "Nguồn: https://…", "URL: …". */
const ADDRESS_LINE = /^[\p{L} ]{1,30}:\s*(https?:\/\/\S+)$/u;

/** The site of an address ({@link siteOf}), or null when it is no address. */
function bareHost(url: string): string | null {
  try {
    return siteOf(url);
  } catch {
    return null;
  }
}

/**
 * Removes the line closing the body that gives the article's own address on its site after a
 * label, as a print version closes ("Nguồn: https://baothanhhoa.vn/…-278901.htm"): the page's
 * address, not a source (another site's address credited so stays).
 *
 * @param container - the body
 * @param pageUrl - the page's address
 * @param remove - how to remove a block
 */
export function removeClosingOwnAddress(container: Element, pageUrl: string, remove: Remove): void {
  const last = edgeText(container, 'last')?.parent;
  if (last === undefined || last === null || !isElement(last)) return;
  const text = squash(textOf(last));
  const address = ADDRESS_LINE.exec(text)?.[1];
  const host = bareHost(pageUrl);
  if (address === undefined || host === null || bareHost(address) !== host) return;
  remove(
    largestBoxHolding(last, container, (chars) => chars <= text.length),
    "the article's own address closing a print version",
  );
}

/** A name alone in brackets or parentheses: "(Dân trí)", "[tagesschau.de]". */
const BRACKETED_ALONE = /^[([]([^()[\]]{2,40})[)\]]$/u;

/**
 * Removes the line closing the body that is the site's own name alone, in brackets or not
 * ("(Dân trí)" on dantri.com.vn, "(Vietnam+)" on vietnamplus.vn, "Stuff" on stuff.co.nz): a
 * credit to the site, no text and no author; a name ending in "+" is read as written out
 * ("Vietnam+" as "Vietnamplus").
 *
 * @param container - the body
 * @param isSiteName - whether a text is the site's own name
 * @param remove - how to remove a block
 */
export function removeClosingSiteName(
  container: Element,
  isSiteName: (text: string) => boolean,
  remove: Remove,
): void {
  const end = edgeText(container, 'last');
  const last = end?.parent;
  if (end?.type !== 'text' || last === null || last === undefined || !isElement(last)) return;
  // After the last sentence's end in the same line: "… dưới 4%. (Vietnam+)".
  const after = SITE_AFTER_SENTENCE.exec(end.data);
  if (after?.[2] !== undefined && isOwnName(after[2], isSiteName)) {
    // Set apart in an element of its own, so that `--explain` lists the cut.
    const cut = after.index + (after[1] ?? '').length;
    const name = new Element('span', {}, [new Text(end.data.slice(cut))]);
    replaceWith(end, [new Text(end.data.slice(0, cut)), name]);
    remove(name, "the site's own name closing the body");
    return;
  }
  const text = squash(textOf(last));
  const bracketed = BRACKETED_ALONE.exec(text)?.[1];
  if (!isOwnName(bracketed ?? text, isSiteName)) return;
  const box = largestBoxHolding(last, container, (chars) => chars <= text.length);
  // Unbracketed, a paragraph of its own: a link's text in a sentence ("… please visit
  // www.example.com") and an address are the text's.
  if (bracketed === undefined && (text.includes('.') || !isBlockOfItsOwn(box))) return;
  remove(box, "the site's own name closing the body");
}

/** A sentence's end, then a name in brackets ending the text: "… dưới 4%. (Vietnam+)". */
const SITE_AFTER_SENTENCE = /([.!?…]["”’]?)\s*[([]([^()[\]]{2,40})[)\]]\s*$/u;

/** Whether a name is the site's, one ending in "+" read as written out ("Vietnam+"). */
function isOwnName(name: string, isSiteName: (text: string) => boolean): boolean {
  const trimmed = name.trim();
  return isSiteName(trimmed) || isSiteName(trimmed.replace(/\+$/, 'plus'));
}

/** Whether an element is a paragraph or box, not a phrase of one, and holds no link. */
function isBlockOfItsOwn(el: Element): boolean {
  return !INLINE.has(el.name) && !descendants(el).some((d) => d.name === 'a');
}

/** A sentence's end, a dash and editors' initials ({@link removeClosingInitials}). */
const PLAIN_INITIALS =
  /^([\s\S]*[.!?]["”’)]?)\s*[—–]\s*([A-Z]{2,4}(?:(?:\/[A-Z]{2,4})+|, \p{Lu}[^\s,]*(?: \p{Lu}[^\s,]*){1,4}))\s*$/u;

/**
 * Editors' initials after a dash closing the body's last paragraph, in bold or plain, the
 * newsroom's name perhaps after them ("… of the year. —<b>VBL, GMA Integrated News</b>", "—
 * <b>LDF/KBK</b>"): the desk's sign-off, no text. Words of a sentence in bold stay.
 *
 * @param container - the body
 * @param remove - how to remove a block
 */
export function removeClosingInitials(container: Element, remove: Remove): void {
  const end = edgeText(container, 'last');
  // In plain text, after a sentence's end, several initials or a newsroom's name of two words
  // or more after them: "— NASA", "—USA, Canada and Mexico" may be the sentence's own.
  const plain = PLAIN_INITIALS.exec(end?.type === 'text' ? (end as Text).data : '');
  if (end && plain?.[1] !== undefined && plain[2] && !plain[2].split(/[/,]/).some(isWireAgency)) {
    // Set apart in an element of their own, so the removal is traced as the bold form's is.
    const initials = new Element('span', {}, [new Text(plain[2])]);
    replaceWith(end, [new Text(plain[1]), initials]);
    remove(initials, "editors' initials after a dash closing the body");
    return;
  }
  const mark = end?.parent;
  const dash = mark?.prev;
  if (!mark || !isElement(mark) || !/^(?:b|strong)$/.test(mark.name) || dash?.type !== 'text')
    return;
  const before = /^([\s\S]*\S)\s*[—–]\s*$/.exec((dash as Text).data)?.[1];
  const text = squash(textOf(mark));
  if (before === undefined || !/^[A-Z]{2,4}(?:\/[A-Z]{2,4})*(?:, \p{Lu}[^,]{1,40})?$/u.test(text)) {
    return;
  }
  (dash as Text).data = before;
  remove(mark, "editors' initials after a dash closing the body");
}

/** Contact sections closing a body one after the other ("Kontakt:", "Pressekontakt:"). */
const MAX_CONTACT_SECTIONS = 3;

/**
 * A label heading the contacts a press release closes with ("Kontakt:", "Media contact:",
 * Korean ministries' "문의", Japanese "お問い合わせ先", Russian "Контакты для СМИ:").
 */
const CONTACT_LABEL =
  /^(?:(?:presse|medien)?kontakte?|ansprechpartner(?:in|innen)?(?: zum thema)?|(?:press|media) contacts?|contacts?|(?:press|media) office|(?:(?:press|media) )?(?:enquiries|inquiries)|liên hệ|contacto(?: de prensa)?|contatto(?: stampa)?|contact presse|문의(?:처)?|(?:お)?問い合わせ(?:先)?|контакты(?: для (?:сми|прессы))?)\s*[:：]?$/iu;

/**
 * A contact card's address: an e-mail address or a telephone number — labelled, international,
 * national with its trunk zero ("02 6277 7220") or written the North American way
 * ("518.474.8418").
 */
const CONTACT_POINT =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:tel(?:efon|\.)?|phone|fon|điện thoại|đt)\s*:?\s*\+?\d[\d\s/().-]{5,}|\+\d[\d\s/().-]{6,}|(?<![\d.,])0\d{1,4}[ -]\d{3,4}[ -]?\d{3,4}(?![\d.,])|(?<![\d.])\d{3}[.-]\d{3}[.-]\d{4}(?![\d.])/iu;

/** Longest contact card: a name, an institution, an address, a number. */
const MAX_CONTACT_CARD = 300;

/** The body's last blocks with text read back for a contact label. */
const CONTACT_BLOCKS = 8;

/**
 * Removes the contacts a press release closes with: a label ("Kontakt:", "Pressekontakt:",
 * "Media contact:", "Liên hệ:") and after it, to the body's end, only short cards holding an
 * e-mail address or a telephone number, a card's name and role line perhaps a block of its own
 * ("Karen Ehrhardt-Dreier | Springer Nature | Communications"). What such a label heads in
 * prose stays.
 *
 * @param container - the body
 * @param blocks - its blocks of text ({@link textBlocks}), some perhaps removed since
 * @param remove - how to remove a block
 * @returns whether a label and its cards were removed
 */
function removeClosingContacts(
  container: Element,
  blocks: readonly Element[],
  remove: Remove,
): boolean {
  const cards: Element[] = [];
  let addresses = 0;
  const removeWith = (label: Element, text: string): boolean => {
    if (addresses === 0) return false;
    remove(label, 'closing contacts', text);
    for (const card of cards) remove(card, 'closing contacts');
    return true;
  };
  for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < CONTACT_BLOCKS; i--) {
    const block = blocks[i] as Element;
    if (!isBelow(block, container)) continue;
    const text = squash(textOf(block));
    if (text === '') continue;
    seen++;
    if (CONTACT_LABEL.test(text)) return removeWith(block, text);
    // The label opening the card's own block ("Kontakt: Juliane Dickel, …, Tel. 030-27586-562",
    // or "Pressekontakt" on its first line).
    if (opensWithContactCard(text) || opensWithContactLine(block, text)) {
      addresses++;
      return removeWith(block, text);
    }
    // The label may be a heading, which is no block of text: right before the first card.
    const heading = cards.length > 0 ? labelHeadingBefore(cards.at(-1) as Element) : null;
    if (heading !== null) return removeWith(heading, squash(textOf(heading)));
    if (text.length > MAX_CONTACT_CARD) return false;
    // A card's lines may stand apart: its name and role line ends as no sentence does.
    if (CONTACT_POINT.test(text)) addresses++;
    else if (SENTENCE_END.test(text)) return false;
    cards.push(block);
  }
  const heading = cards.length > 0 ? labelHeadingBefore(cards.at(-1) as Element) : null;
  return heading !== null && removeWith(heading, squash(textOf(heading)));
}

/** Whether a block is a contact label followed, after its colon, by a card with a number or address. */
function opensWithContactCard(text: string): boolean {
  const colon = text.indexOf(':');
  return (
    colon > 0 &&
    text.length <= MAX_CONTACT_CARD &&
    CONTACT_LABEL.test(text.slice(0, colon + 1)) &&
    CONTACT_POINT.test(text.slice(colon + 1))
  );
}

/**
 * Whether a block's first line, up to its first `<br>`, is a contact label and the lines below
 * it a short card holding an address or a number ("Pressekontakt<br>Dr. Tim Loppe<br>…<br>Tel.:
 * 0211 …").
 */
function opensWithContactLine(block: Element, text: string): boolean {
  if (text.length > MAX_CONTACT_CARD) return false;
  const br = block.children.findIndex((c) => isElement(c) && c.name === 'br');
  if (br <= 0) return false;
  const first = squash(block.children.slice(0, br).map(textOf).join(''));
  const rest = block.children
    .slice(br + 1)
    .map(textOf)
    .join(' ');
  return CONTACT_LABEL.test(first) && CONTACT_POINT.test(rest);
}

/** The heading right before `block` (among its siblings) when it is a contact label. */
function labelHeadingBefore(block: Element): Element | null {
  const before = siblingElement(block, 'prev');
  return before !== null && HEADINGS.has(before.name) && CONTACT_LABEL.test(squash(textOf(before)))
    ? before
    : null;
}

/** The most a label's value holds ("Dieses Thema im Programm:" and its programme line). */
const LABEL_VALUE = 120;

/**
 * A line of metadata, or the box it shares with its value when it is a label standing apart
 * ("<p>Dieses Thema im Programm:</p><h3>NDR 1 Welle Nord | … | 13:00 Uhr</h3>"): its largest
 * ancestor holding at most {@link LABEL_VALUE} characters more.
 */
function labelBox(block: Element, text: string, container: Element): Element {
  if (!text.endsWith(':')) return block;
  return largestBoxHolding(block, container, (chars) => chars <= text.length + LABEL_VALUE);
}

/** Whether a node is or holds an image. */
function holdsImage(node: AnyNode): boolean {
  return (
    isElement(node) && (node.name === 'img' || descendants(node).some((d) => d.name === 'img'))
  );
}

/** Removes the closing lines among `last` (the body's last blocks with text, from the end). */
function removeLines(container: Element, last: readonly TextBlock[], remove: Remove): void {
  // A release's end mark among them: the lines after it are the sender's (its newsroom's
  // address, a notice), and go with it. So are those after a wire agency's sign-off, which stays
  // the story's ("-- BERNAMA" and the agency's notice of its services).
  const end = last.findIndex(({ text }) => END_MARK.test(text) || isWireSignOff(text));
  for (const { block } of last.slice(0, Math.max(end, 0))) {
    if (isBelow(block, container)) remove(block, "after a release's end mark");
  }
  for (const { block, text, before } of last) {
    // Gone with an appeal's box read before it.
    if (!isBelow(block, container)) continue;
    const closing = closingLine(text);
    if (closing === 'appeal') remove(appealBox(block, container), 'reader-support appeal');
    else if (closing === 'metadata') {
      // An address the sentence before introduces ("… une boîte mail dédiée :") is the article's.
      if (!(before.endsWith(':') && EMAIL_ADDRESS.test(text))) {
        remove(labelBox(block, text, container), 'closing metadata');
      }
    }
    // A line linking the document the article attaches is the article's, whatever its call to
    // click ("Bấm vào đây để tải toàn văn Quyết định: qd-123.pdf").
    else if (closing !== null && !linksDocument(block)) {
      const pitch = pitchAfterBreak(block);
      remove(pitch ?? block, 'promo line', closing.promo);
    }
  }
}

/**
 * A pitch set after a paragraph's last line break ("… let us know about your experiences.<br>
 * <em>Join Fixes on Facebook …</em>"), wrapped with its break, when the lines before it are the
 * article's; else null, and the paragraph is the pitch.
 */
function pitchAfterBreak(block: Element): Element | null {
  const at = block.children.findLastIndex((c) => isElement(c) && c.name === 'br');
  if (at <= 0) return null;
  const text = (nodes: readonly AnyNode[]) => squash(nodes.map(textOf).join(''));
  const line = block.children.slice(at);
  const before = text(block.children.slice(0, at));
  const own = closingLine(text(line));
  if (before === '' || own === null || own === 'appeal' || closingLine(before) !== null) {
    return null;
  }
  return wrapSiblings(line, 'span');
}

/** What {@link closingLine} says of a line. */
type ClosingLine = { readonly promo: string } | 'appeal' | 'metadata' | null;

/**
 * {@link closingLine}'s answers for the texts last asked about. The body's last blocks are
 * asked about again and again (the last prose before link lists, the closing lines before and
 * after other removals): about half of the calls repeat a text, and each runs long patterns
 * over it. The answer depends on the text alone; at most 64 texts of up to 2,000 characters are
 * kept (a hostile page's long text is read each time), the map emptied when full.
 */
const closingLines = new TextAnswers<ClosingLine>(64, 2000);

/**
 * What a line among the body's last ones is that closes many articles without being of them:
 * a promotional line (with the words that say so), a reader-support appeal, or metadata about
 * the article (its filing, dates, author's address, copyright); `null` for the article's text.
 */
function closingLine(text: string): ClosingLine {
  return closingLines.of(text, readClosingLine);
}

/**
 * Whether a line pitches to the reader as the body's closing promotional lines do ("Want it in
 * your inbox every Sunday? Subscribe below!", "Sign up for our newsletter"): under the headline,
 * such a box introduces the site's offer, not the article.
 *
 * @param text - the line's text
 * @returns true when it is a promotional line
 */
export function isPromotionalLine(text: string): boolean {
  const line = closingLine(text);
  return line !== null && typeof line === 'object';
}

/** {@link closingLine}, read from the text. */
function readClosingLine(text: string): ClosingLine {
  // A line reporting what someone said or asked is the article's, in whatever words.
  if (REPORTED_SPEECH.test(text)) return null;
  const promo = text.length < LONGEST_PROMO_LINE ? PROMO.exec(text) : null;
  if (promo !== null && isPitch(text, promo)) return { promo: promo[0] };
  // An appeal pleads at length (a newsroom's campaign, 700 characters), in the first person.
  if (text.length < LONGEST_APPEAL && SUPPORT_APPEAL.test(text)) return 'appeal';
  if (isArticleMetadata(text)) return 'metadata';
  return null;
}

/**
 * A call to click closing the line ("Kommentare lesen und schreiben, hier klicken"), or the link
 * it gives ("… verfügbar! Hier der Link: https://…").
 */
const CLICK_TO_CLOSE =
  /(?:(?:hier klicken|click here|clique aqui|(?:haz )?clic aquí|clicca qui|cliquez ici)[.!:]?|hier (?:der|ist der) link(?: zu [^:]{1,40})?:\s*\S+)\s*$/i;

/**
 * Whether a line holding {@link PROMO}'s words pitches to the reader: they open a sentence
 * ("Sign up for…", "… Follow Steph on Twitter"), the line speaks as "we" or to "you" ("…in our
 * newsletter"), or it ends with a call to click ("…, hier klicken"). The same words in a
 * sentence about others are the article's ("Residents can sign up for the course…"), and so is
 * a sign-up told to "you" for anything but the publisher's newsletter ("…you can sign up for a
 * free trial", in an article about a service). A newsletter named without a pitch to the
 * reader is the article's subject.
 */
function isPitch(text: string, promo: RegExpExecArray): boolean {
  const addressed = addressesReader(text);
  const pitched =
    opensSentence(text, promo.index) ||
    CLICK_TO_CLOSE.test(text) ||
    PUBLISHER_VOICE.test(text) ||
    (addressed && (!SIGN_UP.test(promo[0]) || PUBLISHER_OFFER.test(text)));
  // A paragraph of several sentences naming the newsletter in passing ("…, reply to our
  // newsletter or find us at the library") is prose: only a sign-up makes it a pitch.
  const prose = text.length > 160 && SEVERAL_SENTENCES.test(text);
  return (
    pitched &&
    (!NEWSLETTER_WORD.test(promo[0]) || (addressed && !prose) || NEWSLETTER_SIGN_UP.test(text))
  );
}

/** A release wire's line naming the issuer, in capitals, closing it ("SOURCE Acme, Inc."). */
const WIRE_SOURCE = /^SOURCE\s[\p{Lu}\d][\p{L}\p{N} &,.'’()-]{0,80}$/u;

/** A sentence's end followed by another sentence. */
const SEVERAL_SENTENCES = /[.!?…]["”’»)]?\s+\p{Lu}/u;

/**
 * Whether a line is metadata about the article ({@link CLOSING_METADATA}: its filing, dates,
 * author's address, copyright, the programme that carried it; or {@link BLOG_FOOTER}, a blog
 * entry's footer, which may run longer), wherever it stands; not a line
 * reporting what someone said or ruled ("© The photographer kept the rights…, the court ruled").
 */
export function isArticleMetadata(text: string): boolean {
  return (
    ((text.length <= 300 &&
      (CLOSING_METADATA.test(text) || OFFICERS_INITIALS.test(text) || WIRE_SOURCE.test(text))) ||
      (text.length <= LONGEST_BLOG_FOOTER && BLOG_FOOTER.test(text))) &&
    !REPORTED_SPEECH.test(text)
  );
}

/** Elements a paywall's notice is set in. */
const NOTICE_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'strong', 'b', 'h2', 'h3', 'h4']);

/**
 * Ends the body at a paywall's notice ({@link PAYWALL_NOTICE}): the notice and everything after
 * it in the container go (the device-limit dialog, the offers), as the reader sees the article
 * stop there — unless what follows is most of the body's text, which is then the article.
 *
 * @param container - the body
 * @param remove - how to remove a block
 * @param texts - the short texts of the body's blocks
 */
export function removeFromPaywall(container: Element, remove: Remove, texts: ShortTexts): void {
  const notice = descendants(container).find((el) => {
    // A registration wall sets its notice as the heading of its box.
    if (!NOTICE_TAGS.has(el.name)) return false;
    const text = texts.of(el, 300);
    return text !== null && text !== '' && PAYWALL_NOTICE.test(text);
  });
  if (notice === undefined) return;
  const following = followingNodes(notice, container);
  const after = following.reduce((n, node) => n + squash(textOf(node)).length, 0);
  // A page that ships the whole text behind its notice (hidden from non-subscribers by a
  // script) keeps it: the article is what follows, not the dialog.
  if (after * 2 < squash(textOf(container)).length) {
    for (const node of following) {
      if (isElement(node)) remove(node, 'after a paywall notice');
      else detach(node);
    }
  }
  remove(notice, 'paywall notice');
}
