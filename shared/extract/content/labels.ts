/**
 * Page furniture recognised by its whole text: ad labels ("Advertisement", "Anzeige"),
 * subscription buttons, share buttons, reading times, unfilled placeholders, media labels,
 * relative times ("14 hours ago"), pictures' credits, media players' messages and visit
 * counters. Each is tested on one element's short text (`furnitureLabel`, `isVisitCounter`).
 */
import type { Element, ParentNode } from 'domhandler';
import { PUBLICATION_WORD_PATTERN } from '../date-words.ts';
import { onFirstUse } from '../first-use.ts';
import { fromSource } from '../from-source.ts';
import { countWords } from '../text.ts';
import {
  closest,
  descendants,
  holdsLink,
  isElement,
  renderedText,
  shownParts,
  squash,
  standsAlone,
  textExcept,
  textOf,
  trimmedTextFits,
} from './dom.ts';
import { isCommentCount } from './patterns.ts';
import type { ShortTexts } from './short-text.ts';

/**
 * The labels publishers put above an ad slot, in the languages they write them ("Anzeige",
 * "Publicité", "Iklan", "광고"…, a sponsor's "Supported by"), and the "continues below" line under one
 * ("Continua depois da publicidade", "La suite après la publicité", "Weiterlesen nach der Anzeige",
 * and so in Europe's other languages: "Dalsza część artykułu pod materiałem wideo", "Artikkelen
 * fortsetter under annonsen", "Η συνέχεια του άρθρου μετά τη διαφήμιση");
 * over an article, with the note that it holds affiliate links ("Anzeige, enthält Affiliate
 * Links"), or that note alone.
 */
const AD_LABEL =
  /^(?:advertisement|advertising|advert|ads?|sponsored(?: content)?|supported by|(?:story|article|content) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?|scroll to continue with content|continue reading(?: below| the main story)?|continua (?:depois|após) da publicidade|continua após a publicidade|continúa (?:después de|tras) la publicidad|la suite après (?:la|cette) publicité|weiterlesen nach der anzeige|continua a leggere dopo la pubblicità|dalsza część (?:artykułu|tekstu) pod (?:materiałem wideo|reklamą)|(?:článek|článok) pokračuje pod (?:video )?reklamou|pokračování článku pod reklamou|a cikk a hirdetés alatt folytatódik|articolul continuă după (?:reclamă|publicitate)|η συνέχεια του άρθρου μετά (?:τη|την) διαφήμιση|(?:članak|tekst) se nastavlja ispod oglasa|статията продължава след рекламата|продолжение статьи после рекламы|продовження статті після реклами|lees verder na de advertentie|het artikel gaat verder onder de advertentie|(?:artikeln fortsätter|artikkelen fortsetter) under annonsen|artiklen fortsætter under annoncen|(?:artikkeli|juttu) jatkuu mainoksen jälkeen|l['’]articolo continua dopo la pubblicità|continua després de la publicitat|straipsnis tęsiamas po reklamos|raksts turpinās pēc reklāmas|artikkel jätkub pärast reklaami|quảng cáo|tin quảng cáo|anzeigen?|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|annonse|annons|annonce|reklame|reklam|reklama|mainos|реклама|iklan|hirdetés|publicitate|inzerce|inzercia|oglas|διαφήμιση|โฆษณา|विज्ञापन|বিজ্ঞাপন|விளம்பரம்|जाहिरात|تبلیغات|آگهی|haberin devamı|広告|广告|廣告|광고|إعلان|\[pr\]|【pr】|［pr］|(?:enthält|contains|includes) affiliate[- ]links?)(?:\s*\d{1,2})?(?:\s*[·•|–-]\s*scroll (?:down )?to continue(?: reading)?)?(?:\s*[,|/·•–-]\s*(?:enthält|contains|includes) affiliate[- ]links?)?:?$/iu;

/**
 * A subscription button or a subscribers-only label standing alone ("Subscribe Now!", "Jetzt
 * abonnieren", "Article réservé aux abonnés", the Japanese papers' badge "有料記事" (paid article),
 * "会員限定記事", Korean "유료기사", Chinese "付费内容").
 */
const SUBSCRIPTION_LABEL =
  /^(?:(?:jetzt |now )?(?:subscribe|abonnieren|abonnez-vous|s['’]abonner|suscríbete|suscribirse|iscriviti|abonneer|assine|đăng ký)(?: now| today| here| jetzt| ngay)?!?|(?:(?:article|contenu) )?réservé aux abonnés|(?:for )?subscribers? only|(?:nur|exklusiv) für abonnent(?:en|innen)|(?:exclusivo|solo) para suscriptores|riservato agli abbonati|alleen voor abonnees|[［【[]?(?:有料(?:会員限定)?|会員限定|プレミアム)(?:記事)?[］】\]]?|유료\s?기사|付费(?:内容|文章)|付費(?:內容|文章))$/iu;

/**
 * A time relative to when the page was served ("14 hours ago", "vor 2 Stunden", "3 giờ
 * trước"): stale as soon as the article is syndicated, and never the article's text.
 */
const RELATIVE_TIME =
  /(?:\b(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\s+ago\b|\bvor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b|\bil y a\s+\d+\s*(?:s|secondes?|min|minutes?|h|heures?|jours?|semaines?|mois|ans?)\b|\bhace\s+\d+\s*(?:segundos?|min|minutos?|h|horas?|días?|semanas?|meses|mes|años?)\b|\bhá\s+\d+\s*(?:segundos?|min|minutos?|h|horas?|dias?|semanas?|meses|mês|anos?)\b|\b\d+\s*(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b|\b\d+\s*(?:seconden|minuten|uur|dagen|weken|maanden|jaar)\s+geleden\b|\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước)/iu;
/**
 * What a relative-time line may carry besides the time: a label, a clock time.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const relativeTimeExtras = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:last\s+)?(?:${PUBLICATION_WORD_PATTERN})(?![\p{L}\p{N}])|\b\d{1,2}[:.]\d{2}\b|[|·•:,–—-]`,
      'giu',
    ),
);

const FIGURE_OR_AGO = /\d|ago|vor ein/i;
/**
 * A word every branch of {@link RELATIVE_TIME} holds: tested first, it spares most texts with a
 * figure (a date, a price) the long pattern, 5× slower over the short blocks of the pages.
 */
const RELATIVE_TIME_WORD = /ago|vor|il y a|hace|há|fa|geleden|trước/iu;

/**
 * A capital opening a text. Built once, on first use: a `\p{…}` literal in a function is
 * bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
const capitalInitial = onFirstUse(() => fromSource(String.raw`^\p{Lu}`, 'u'));

/** Whether a short block is a relative time, with at most a label, a clock time and a name. */
function isRelativeTimeLine(text: string): boolean {
  // Every relative time has a figure, or says "ago" ("an hour ago") or German "vor ein…" ("vor
  // einer Stunde"): most short texts have none of them.
  if (!FIGURE_OR_AGO.test(text) || !RELATIVE_TIME_WORD.test(text)) return false;
  const match = RELATIVE_TIME.exec(text);
  if (match === null) return false;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(relativeTimeExtras(), ' ')
    .trim();
  if (rest === '') return true;
  // Besides, only a name: up to four capitalised words ("Jon King", "Fouzia Van Der Fort").
  const words = rest.split(/\s+/);
  return words.length <= 4 && words.every((word) => capitalInitial().test(word));
}

/**
 * Agencies that sell pictures, not news: a credit naming one alone is a picture's, also when
 * another sent the picture through it ("AFP via Getty Images").
 */
const PICTURE_AGENCY_NAME = `(?:getty ?images|imago(?: images)?|picture[- ]alliance|shutterstock|istock(?:photo)?|alamy(?: stock photo)?)`;
const PICTURE_AGENCY = new RegExp(
  String.raw`^(?:[^/|©]{1,40}\svia\s)?${PICTURE_AGENCY_NAME}$`,
  'i',
);
/** A picture agency's name and nothing else ("Getty Images", "Shutterstock"). */
const AGENCY_ALONE = new RegExp(`^${PICTURE_AGENCY_NAME}$`, 'i');
/**
 * A picture's credit standing alone: photographer and agency joined by slashes ("Noel
 * Celis/Getty Images", "© Imago/Zoonar/Phil Bird", "STR/AFP via Getty Images"), or a picture
 * agency's name.
 */
const PICTURE_CREDIT =
  /^(?:©\s*)?(?:[^/|©]{1,40}\s*[/|]\s*){0,3}(?:[^/|©]{1,40}\svia\s)?(?:getty ?images|imago(?: images)?|afp|reuters|ap(?: photo)?|dpa|picture[- ]alliance|shutterstock|istock(?:photo)?|epa(?:-efe)?|alamy|anadolu(?: agency)?|xinhua|keystone|sipa|abaca(?:press)?|zuma(?: press)?|bloomberg|imago stock&people)(?:\s*[/|]\s*[^/|]{1,40}){0,3}$/i;

/**
 * A copyright sign before names joined by slashes or bars, whatever they are: a photographer
 * and an agency ("© Action press/Bernd März"), a graphic's source and author ("©
 * climatereanalyzer.org I Tagesspiegel/Rita Böttcher"), an institution and its photographer
 * ("© Bundesrat | Frank Bräuer"). No sentence: no "!" or "?", no ". " inside.
 */
const SIGNED_CREDIT =
  /^©\s*(?:(?!\.\s)[^/|©!?]){1,40}(?:\s*[/|]\s*(?:(?!\.\s)[^/|©!?]){1,40}){1,3}$/u;

/**
 * A picture's credit after its label: "Foto: Seznam Zprávy", "Bildrechte: dpa-Bildfunk/…",
 * French "Photo d'illustration : …", a source after a comma too (the BBC World Service's
 * "Image source, Getty Images", Swahili "Chanzo cha picha, …"), and the Polish, Finnish, Slovak,
 * Lithuanian, Greek and Bulgarian "Fot. …", "Kuva: …", "Snímka: …", "Nuotr. …", "Φωτ. …",
 * "Φωτογραφία: …", "Снимка: …". (Not the Vietnamese "Ảnh:":
 * closing a body, a portal's "Tin: …" then "Ảnh: …" credits its reporters, and it stays in a
 * caption.)
 */
const CREDIT_LABEL = String.raw`(?:(?:foto|fotos|photo|photos|bild|bilder|bildrechte|bildquelle|beitragsbild|titelbild|aufmacherbild|headerbild|teaserbild|vorschaubild|symbolbild|symbolfoto|symbolgrafik|image|images|image credits?|picture|pictures|credits?|photo credits?|crédits? photos?|crédito|foto\s?credit|fotó|zdjęcie|фото|fot|kuva|snímka|φωτογραφία|снимка|(?:photo|image) d['’]illustration|(?:photo|image) illustrative|illustration)\s*:|(?:(?:photo|image|picture) source|chanzo cha picha)\s*[:,]|(?:fot|nuotr|φωτ)\.)\s*\S`;
const LABELLED_CREDIT = new RegExp(`^${CREDIT_LABEL}.{0,50}$`, 'iu');
/**
 * A labelled credit in brackets, "(Credits: Amazon Prime Video)": a loose line's, not a
 * caption's ("(Image: Anadolu via Getty Images)" as a figure's caption stays its).
 */
const BRACKETED_LABELLED_CREDIT = new RegExp(`^\\(${CREDIT_LABEL}[^()]{0,50}\\)$`, 'iu');
/**
 * A Hungarian closing note on the cover picture, in brackets: "(Borítókép: Az MNB székháza.
 * Fotó: Bodnár Patrícia / Index)", the picture's description before its credit.
 */
const COVER_PICTURE_NOTE = /^\(borítókép:[^()]{1,160}\bfotó:[^()]{1,60}\)$/iu;

/** Blocks a loose line is written in. */
const BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'section', 'center']);

/** A labelled credit's start, whatever its length. */
const CREDIT_LABEL_START = new RegExp(`^${CREDIT_LABEL}`, 'iu');
/** A picture licence's name. */
const LICENCE =
  /\bcreative commons\b|\bcc[ -]?(?:by|0)\b|\blicen[cs]e[ds]?\b|\blizenz\b|\blicencia\b|\blicenza\b/i;
/** The longest labelled credit naming its licence. */
const LONGEST_LICENSED_CREDIT = 120;
/** The most child nodes of such a credit: its words, and links to the picture, maker and licence. */
const MAX_LICENSED_CREDIT_CHILDREN = 8;

/**
 * A picture's credit to its maker or giver: "Illustration by Mike Nudelman", "Photograph by Jane
 * Roe for The Times", "Photography by Sheena Vasani / The Verge", "Photo courtesy of the port
 * authority". One phrase, no sentence after it.
 */
const CREDITED =
  /^(?:photo(?:graph)?s?|photography|illustrations?|images?|pictures?|graphics?|infographics?|artwork|cartoons?)\s+(by|courtesy(?:\s+of)?)\s+(\S(?:(?!\.\s)[^!?]){0,60})$/iu;

/** Whether a text is a picture's credit to who made it ("by" a name) or gave it ({@link CREDITED}). */
function isCreditedPicture(text: string): boolean {
  const credit = CREDITED.exec(text);
  if (credit === null) return false;
  // "Photos by the hundreds…" is a sentence: "by" names someone, capitalised.
  return (credit[1] as string).toLowerCase() !== 'by' || capitalInitial().test(credit[2] as string);
}

/** A figure's caption: a credit there stays with the caption, crediting the picture. */
const CAPTION = new Set(['figcaption']);

/** A CMS's placeholder the page was served with unfilled: `$$ARTICLEAD$$`, `{{ ad.slot }}`. */
const PLACEHOLDER = /^(?:\$\$[A-Z0-9_]+\$\$|\{\{\s*[\w.]+\s*\}\}|%%[A-Z0-9_]+%%)$/;

/** Whether a text, trimmed, is a CMS's placeholder left unfilled ({@link PLACEHOLDER}). */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** A media item's type label as broadcasters show it ("Audiobeitrag", "Bildergalerie"). */
const MEDIA_LABEL =
  /^(?:bildbeitrag|audiobeitrag|videobeitrag|liveblog|bildergalerie|fotostrecke)$/i;

/**
 * A read-aloud player's label standing alone ("Listen to this article", "Escucha esta nota
 * aquí", "Artikel anhören", "Nghe đọc bài viết"): the player's, not the article's words.
 */
const READ_ALOUD_LABEL =
  /^(?:listen to (?:this|the) (?:article|story)|escucha(?:r)? (?:esta|la) (?:nota|noticia)(?: aquí)?|escuchar (?:el |este )?artículo|(?:den )?artikel (?:vor)?(?:an)?hören|(?:dieser )?artikel zum anhören|écouter (?:cet |l['’])article|ascolta (?:l['’]|questo )articolo|ouvir (?:esta |a )?(?:matéria|notícia)|nghe (?:đọc )?bài(?: viết)?)[\s.:!]*(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}\s*(?:min(?:ute[ns]?|s)?|phút|minuten?))?$/iu;

/**
 * A link back to the list the article was opened from ("zurück zur Listenansicht", "« Back to
 * overview", "Retour à la liste", "Quay lại danh sách"): the site's navigation, not the text.
 */
const BACK_LINK =
  /^[«‹<←\s]*(?:zurück(?: zu[rm])? (?:übersicht|listenansicht|liste|newsübersicht|nachrichtenübersicht|archiv)|back to (?:the )?(?:overview|list|news|all news|articles|blog)|retour (?:à la liste|aux actualités|au blog)|volver (?:al listado|a (?:las )?noticias)|torna (?:all['’]elenco|alle notizie)|quay lại danh sách|trở về danh sách)[\s»›>→]*$/iu;

/**
 * A Chinese portal's link back to its home, set after the text of every article it carries:
 * "返回搜狐，查看更多" (back to the portal, see more).
 */
const BACK_HOME_AND_MORE = /^返回[^\s，,。]{1,8}[，,]\s*查看更多$/;

/**
 * A link to the article or page before or after this one, as a CMS's navigation writes it:
 * Joomla's "< Lùi" / "Tiếp theo >", "« Previous", "Next post »", "Bài trước", "Zurück",
 * "Suivant".
 */
const PAGE_NAV_LINK =
  /^[«‹<←\s]*(?:lùi|trước|bài trước|tin trước|trang trước|tiếp theo|bài sau|tin sau|trang sau|bài tiếp theo|tin tiếp theo|prev|previous(?: (?:article|post|story|page))?|next(?: (?:article|post|story|page))?|older posts?|newer posts?|vorheriger artikel|nächster artikel|article précédent|article suivant|précédent|suivant|anterior|siguiente|precedente|successivo)[\s»›>→]*$/iu;

/**
 * A feedback widget's question or its buttons standing alone ("War dieser Artikel hilfreich?",
 * "Was this article helpful? Yes No", "JaNein", "Bình chọn: Bạn thấy bài viết có hữu ích? Có Không").
 */
const FEEDBACK_LABEL =
  /^(?:(?:(?:bình chọn|đánh giá|feedback)\s*:\s*)?(?:(?:bạn thấy )?(?:bài viết|thông tin|bài|tin) (?:này )?có hữu ích(?: (?:với|cho) bạn)?(?: không)?|was this (?:article|page|post|story) (?:helpful|useful)|did you find this (?:article|page|post) (?:helpful|useful)|war dieser (?:artikel|beitrag|text) hilfreich|fanden sie diesen (?:artikel|beitrag) hilfreich|cet article (?:vous )?a-t-il été utile|¿?(?:te )?(?:resultó|fue|ha sido) útil (?:este artículo|esta nota)|questo articolo (?:ti )?è stato utile)\s?\??(?:\s*(?:yes|no|ja|nein|oui|non|sí|si|có|không)){0,2}|(?:ja\s*nein|yes\s*no|oui\s*non|sí\s*no|có\s*không))$/i;

/**
 * An ad's marking as Russian law has it since 2022: "Реклама", the advertiser and its tax number,
 * and the token the ad registry gave it ("Реклама. ООО «…», ИНН 4632123456, erid: 2SDnjcVmHqK"),
 * or that token alone; marked so, the ad shows no text of the article.
 */
const AD_MARKING =
  /^(?:реклама(?!\p{L}).{0,160}[\s,.;:])?erid\s*[:：]?\s*[\p{L}\p{N}]{6,}[.\s]*$/iu;
/** The longest ad marking: the label, the advertiser's name and number, the token. */
const MAX_AD_MARKING_CHARS = 120;

/** The longest ad label: an ad break's ("Article continues after this advertisement"). */
const MAX_AD_LABEL_CHARS = 60;
/** The longest feedback widget's line: its label, its question and its buttons. */
const MAX_FEEDBACK_CHARS = 80;

/**
 * A reaction poll's question and its moods, as news sites set one below the story ("How does
 * this make you feel? Happy Sad Angry", "What's your reaction?", "Bagaimana reaksi Anda tentang
 * artikel ini? Senang Sedih", "Bạn cảm thấy thế nào về bài viết này?"): no text of the article.
 */
const MOOD_POLL =
  /^(?:how (?:does|did) this (?:story |article |post )?make you feel|what['’]?s your reaction|what is your reaction|bagaimana (?:reaksi|perasaan) (?:anda|kamu|mu)(?: (?:tentang|setelah membaca) (?:artikel|berita) ini)?|bạn cảm thấy thế nào(?: về (?:bài viết|tin|bài) (?:này)?)?)\s*\??(?:\s*(?:happy|sad|angry|inspired|amused|afraid|annoyed|bored|excited|surprised|don['’]t care|senang|sedih|marah|terkejut|terinspirasi|kesal|takut|vui|buồn|giận|ngạc nhiên)){0,8}$/iu;
/** The longest reaction poll: its question and eight moods. */
const MAX_MOOD_POLL_CHARS = 160;

/** The rule naming an article tool's label ({@link TOOL_LABEL}). */
export const ARTICLE_TOOL = "article tool's label";

/**
 * An article tool's label standing alone ("Order Reprints", "Print Article", "Print friendly pdf" — the
 * article itself as a file to print, not a document it attaches —, "Text size", "Open
 * this photo in gallery:", a picture viewer's "click to enlarge", "Bild vergrößern").
 */
const TOOL_LABEL =
  /^(?:order reprints|print article|print this article|print(?:er)?[- ]friendly(?: (?:pdf|version|page))?|print version|text size|font size|schriftgröße|taille du texte|open this (?:photo|image) in gallery:?|(?:click|tap)(?: (?:image|photo|picture))? to (?:enlarge|zoom)|(?:bild|foto) vergrößern|zum vergrößern (?:klicken|anklicken)|cliquez pour agrandir|(?:haz )?clic para ampliar|clique para ampliar|clicca per ingrandire|enlarge(?: (?:image|photo|picture))?|phóng to|xem ảnh lớn|vergrößern|agrandir|ampliar|ingrandire)$/i;

/**
 * A date line's label left alone, its date set apart by the page and read as the date
 * ("opublikowano:", "Veröffentlicht am:", "Updated:").
 */
const DATE_LABEL = new RegExp(
  `^(?:${PUBLICATION_WORD_PATTERN})(?: (?:am|on|le|el|il|dnia))?\\s*:$`,
  'iu',
);

/** One state of a box's toggle: "Personen-Box aufklappen", "Show less". */
const TOGGLE =
  '(?:(?:[a-zà-ÿ-]+ )?(?:aufklappen|zuklappen|ausklappen|einklappen)|show (?:more|less)|mehr anzeigen|weniger anzeigen|voir (?:plus|moins))';
/** A box's toggle read as one line: "Box aufklappen Box zuklappen", "Show more Show less". */
const TOGGLE_LABEL = new RegExp(`^${TOGGLE}(?: ${TOGGLE})?$`, 'i');

/**
 * An archive's notice above an old article, telling its age ("This article is more than 3 years
 * old", "This story is over a year old", "Dieser Artikel ist älter als ein Jahr"): the page's,
 * shown to readers who land on it late, not the article's words.
 */
const AGE_NOTICE =
  /^(?:this (?:article|story|post|piece|content) is (?:more than|over|older than) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:years?|months?)(?: old)?|dieser (?:artikel|beitrag) ist (?:älter als|mehr als|über) (?:ein|einen|zwei|drei|\d{1,2}) (?:jahre?|monate?)(?: alt)?)\.?$/i;

/**
 * A live blog's label over the entry it keeps at the top: "Pinned post", "Pinned", "Angeheftet",
 * "Épinglé", "Fijado", "In evidenza", "Ghim".
 */
const PINNED_LABEL =
  /^(?:pinned(?: (?:post|entry|message|update|comment))?|angeheftet(?:er (?:beitrag|eintrag))?|(?:message |post )?épinglée?|(?:mensaje |post |publicación )?fijad[oa]|(?:post )?fissato|in evidenza|(?:post )?fixado|(?:bài )?ghim|disematkan|vastgepind|przypięty(?: wpis)?|закреплено|закреплённый пост|sabitlendi)$/iu;

/**
 * A share button's label standing alone ("Click To Tweet", a quote-sharing plugin's button,
 * "Diesen Artikel teilen").
 */
const SHARE_LABEL =
  /^(?:click to tweet|tweet this|share this quote|sharing is caring!?|(?:diesen |den )?artikel teilen|share this (?:article|story|post|page)|partager (?:cet article|l['’]article)|compartir (?:este artículo|la noticia)|condividi (?:questo articolo|l['’]articolo)|deel dit artikel)$/i;

/**
 * A share or print button's one word ("Teilen", "Drucken", "Tweet"), or a share bar's label left
 * without its buttons ("Teilen:", "Chia sẻ:", "分享到："): a label only on a line of its own
 * outside a link or a list (a share list's items go with the list, judged whole).
 */
const SHARE_WORD =
  /^(?:share|tweet|submit|teilen|partager|compartir|condividi|udostępnij|drucken|print|imprimer|imprimir|stampa|drukuj|chia sẻ|delen|dela|paylaş|поделиться|分享到|分享|シェアする|シェア|공유하기)\s*[:：]?$/iu;
const LINK_OR_ITEM: ReadonlySet<string> = new Set(['a', 'li']);

/** A row of share buttons read as one line: "Share Tweet Submit", "Facebook Twitter Pinterest Email". */
const SHARE_ROW =
  /^(?:(?:share|tweet|pin|submit|email|e-mail|print|facebook|twitter|whatsapp|linkedin|reddit|flipboard|pocket|telegram|pinterest|tumblr)(?:\s+|$)){2,}$/i;

/** Where a share button sends the page, or what it does with it. */
const SHARE_TARGET =
  '(?:facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|tumblr|xing|flipboard|threads|bluesky|mastodon|truth(?: social)?|gettr|gab|parler|messenger|line|vk|weibo|wechat|pocket|sms|e-?mail|mail|print|drucken|imprimer|imprimir|stampa|tweet|copy link|link kopieren|copier le lien)';

/**
 * A blog's share button saying what a click does ("Click to share on Facebook", "Click to email
 * a link to a friend", "Klicken, um auf Telegram zu teilen").
 */
const CLICK_TO_SHARE = `click to (?:share on ${SHARE_TARGET}|email a link to a friend|print)|klick(?:en)?,? um (?:auf|über|per|via) ${SHARE_TARGET} zu teilen|klick(?:en)?,? um (?:einem freund einen link per e-mail zu senden|zu drucken)`;

/** A link's notice that it opens a new window, as share buttons end their labels. */
const NEW_WINDOW =
  '(?:\\s*\\((?:opens in (?:a )?new window|wird in neuem fenster geöffnet|öffnet in (?:einem )?neuen fenster)\\))?';

/**
 * A share bar's item, by its label: a network or an action ("Twitter", "E-Mail", "Drucken"), a
 * share verb with or without one ("Teilen", "Partager sur Facebook", "Share on X", "Auf Facebook
 * teilen"), or sending by mail ("Envoyer par e-mail", "Per E-Mail empfehlen").
 */
const SHARE_ITEM = new RegExp(
  `^(?:(?:share|teilen|partager|compartir|condividi|delen|dela|del|udostępnij|sdílet|поделиться|chia sẻ|paylaş)(?:\\s+(?:on|sur|auf|via|per|par|en|su|op|på|na|в|trên))?(?:\\s+${SHARE_TARGET})?|${SHARE_TARGET}|twittern|(?:envoyer|senden|send|enviar|inviare|verschicken)\\s+(?:par|per|by|por|via|als)\\s+${SHARE_TARGET}|(?:auf|per|über|via)\\s+${SHARE_TARGET}\\s+(?:teilen|empfehlen|senden|verschicken)|${CLICK_TO_SHARE})${NEW_WINDOW}$`,
  'iu',
);

/** A link's address that shares the page: a network's share endpoint or a mail to write. */
const SHARE_URL =
  /^(?:whatsapp:|mailto:\?|sms:)|[/.](?:sharer?|share|intent\/tweet|sharearticle|submit|pin\/create|compose)(?:[/.?]|$)/i;

/** Fewest share items a list has; a list of fewer links ("Facebook", "X") may be the text. */
const MIN_SHARE_ITEMS = 3;

/**
 * Longest label of a share bar's item ("Klicken, um auf Telegram zu teilen (Wird in neuem
 * Fenster geöffnet)").
 */
const MAX_SHARE_ITEM_CHARS = 80;

/**
 * Whether a list is a share bar, whatever its class names: at least {@link MIN_SHARE_ITEMS} of
 * its items, and at least half, hold a link or a button and either say a share action or a
 * network ({@link SHARE_ITEM}: "Partager sur Twitter", "Gettr", "Drucken") or link to a share
 * endpoint (the label may be the control's `title` or `aria-label`: "Share on Truth"). A list
 * of the networks an article names holds no buttons; a list of stories' links says more.
 *
 * @param el - a `<ul>` or `<ol>`
 * @returns true for a share bar
 */
export function isShareList(el: Element): boolean {
  if (el.name !== 'ul' && el.name !== 'ol') return false;
  let items = 0;
  let shares = 0;
  for (const item of el.children) {
    if (item.type !== 'tag') continue;
    if (item.name !== 'li') return false;
    items++;
    const controls = descendants(item).filter((d) => d.name === 'a' || d.name === 'button');
    if (controls.length === 0) continue;
    // The item's label, or its control's title: an item may hold a pop-up's text too.
    const text = squash(renderedText(item));
    const labels = [text.length <= MAX_SHARE_ITEM_CHARS ? text : null];
    for (const c of controls) labels.push(c.attribs.title ?? null, c.attribs['aria-label'] ?? null);
    if (
      controls.some((c) => SHARE_URL.test(c.attribs.href ?? '')) ||
      labels.some((label) => label != null && label !== '' && SHARE_ITEM.test(label.trim()))
    ) {
      shares++;
    }
  }
  return shares >= MIN_SHARE_ITEMS && shares * 2 >= items;
}

/**
 * Whether a link is a share button: to a share endpoint or a mail to write ({@link SHARE_URL}),
 * or saying a share action or a network ({@link SHARE_ITEM}: "teilen", "Twitter").
 *
 * @param link - an `<a>`
 * @returns true for a share button's link
 */
export function isShareLink(link: Element): boolean {
  if (SHARE_URL.test(link.attribs.href?.trim() ?? '')) return true;
  const label = squash(renderedText(link));
  return label !== '' && label.length <= MAX_SHARE_ITEM_CHARS && SHARE_ITEM.test(label);
}

/**
 * Whether a link leads to a page of a site other than its home page: an address with a path
 * (not `/`, `#top`, `mailto:` or `javascript:`), and no share button's.
 *
 * @param link - an `<a>`
 * @returns true for a link a breadcrumb trail may name a section by
 */
export function isSectionLink(link: Element): boolean {
  const href = link.attribs.href?.trim() ?? '';
  return !ROOT_ADDRESS.test(href) && !OTHER_SCHEME.test(href) && !isShareLink(link);
}

/** An address that opens no page: a mail, a call, a script. */
const OTHER_SCHEME = /^(?!https?:)[a-z][a-z\d+.-]*:/i;

/** A link's text that names the site's home page, in the languages publishers write it. */
export const HOME_LABEL =
  /^(?:home(?:page)?|startseite|accueil|inicio|início|home page|forside|framsida|etusivu|strona główna|главная|головна|trang chủ|trang nhất|首页|首頁|ホーム|홈|ana sayfa|anasayfa|الرئيسية)$/iu;

/** An address whose path is the site's root: `/`, `https://news.example/`. */
const ROOT_ADDRESS = /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:[?#].*)?$/i;

/** Most items a breadcrumb trail has. */
const MAX_TRAIL_ITEMS = 8;

/**
 * Whether a list is a breadcrumb trail, whatever its class names: each item a link (the last
 * may be the page's own title, unlinked), the first leading to the site's home page and saying
 * so ("Startseite", "Home", "Trang chủ"). A list of other sites' home pages says their names.
 *
 * @param el - a `<ul>` or `<ol>`
 * @returns true for a breadcrumb trail
 */
export function isBreadcrumbTrail(el: Element): boolean {
  if (el.name !== 'ul' && el.name !== 'ol') return false;
  const items = el.children.filter((c): c is Element => c.type === 'tag');
  if (items.length < 2 || items.length > MAX_TRAIL_ITEMS) return false;
  if (items.some((item) => item.name !== 'li')) return false;
  const first = descendants(items[0] as Element).filter((d) => d.name === 'a');
  const home = first.length === 1 ? (first[0] as Element) : null;
  if (home === null || !ROOT_ADDRESS.test((home.attribs.href ?? 'x').trim())) return false;
  if (!HOME_LABEL.test(squash(renderedText(home)))) return false;
  return items.slice(1, -1).every((item) => descendants(item).some((d) => d.name === 'a'));
}

/**
 * An estimated reading time ("5 min read", "Lesezeit: 4 Minuten", "Tempo de leitura: 1 minuto",
 * "3 Min Lesezeit", "4 min de lecture"), after a separator the layout writes as text or not
 * ("| Lesedauer: 7 Minuten"), or the length Japanese papers show in its place ("1024文字",
 * characters; "全文1,024文字").
 */
const READING_TIME =
  /^(?:[|·•]\s*)?(?:(?:(?:estimated )?reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|lesetid|lästid|læsetid|czas czytania|время чтения|thời gian đọc)\s*:?\s*(?:ca\.?\s*|~\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute|uto|uten|uti|utes|utos|uter|utter|ut)?s?|mins?\.?|phút)\.?$|\d+\s*(?:min(?:ute)?s?|minute)\s+read|\d+\s*(?:min\.?|minuten)\s+(?:lesezeit|lesedauer)|\d+\s*min(?:utes?|utos|uti)?\.?\s+(?:de lecture|de lectura|di lettura|de leitura)|(?:全文)?\d+(?:,\d{3})*文字)$/iu;

/**
 * What a copy button says once it has copied the page's address ("Link copied to clipboard",
 * "기사 URL이 복사되었습니다.", "リンクをコピーしました").
 */
const COPIED_MESSAGE =
  /^(?:(?:the )?(?:link|url|address) (?:has been |was )?copied(?: to (?:the )?clipboard)?|copied(?: to (?:the )?clipboard)?|link kopiert|lien copié|enlace copiado|link copiato|(?:기사 )?url(?:이|이 클립보드에)? 복사되었습니다|링크가 복사되었습니다|リンクを?コピーしました|コピーしました|链接已复制|已复制链接?)[.!。]?$/iu;

/**
 * A notice that a widget needs JavaScript ("Please turn on JavaScript to use this feature", "You
 * need to enable JavaScript to view this map", "Bitte aktivieren Sie JavaScript, um …"): the
 * page's words where a script had not run, no text of the article. A sentence about a site's
 * JavaScript goes on past a notice's words.
 */
const SCRIPT_NOTICE = onFirstUse(() =>
  fromSource(
    String.raw`^(?:(?:please |you (?:need|have) to |you must )?(?:turn on|enable|activate|switch on|allow) javascript(?: in your browser)?(?: (?:to|in order to) (?:use|view|see|access|display|load|play|read|watch) (?:this|the|all)? ?[\p{L} ]{0,30})?|javascript (?:is|must be|needs to be) (?:disabled|required|turned off|turned on|enabled)(?: (?:in|on|for) (?:your|this) (?:browser|page|site))?(?: (?:to|in order to) [\p{L} ]{0,40})?|bitte (?:aktivieren|erlauben) sie javascript[\p{L} ,]{0,50}|veuillez activer (?:le )?javascript[\p{L}' ,]{0,50}|(?:por favor,? )?(?:active|habilite|activa|ative) (?:el |o )?javascript[\p{L} ,]{0,50}|(?:vui lòng |hãy )?bật javascript[\p{L} ,]{0,50})[.!]?$`,
    'iu',
  ),
);
/** The word every {@link SCRIPT_NOTICE} names: most texts lack it, and the pattern is long. */
const JAVASCRIPT = /javascript/iu;
/** The longest notice that JavaScript is needed. */
const MAX_SCRIPT_NOTICE_CHARS = 120;

/** What a media player shows where it cannot play ("Media playback is unsupported on your device"). */
const PLAYER_MESSAGE =
  /^(?:(?:video )?player is loading\.?|media playback is (?:unsupported|not supported) on your device|this slideshow requires javascript\.?|to view this video please enable javascript\b.*|your browser does not support (?:the )?(?:html5 )?(?:video|audio)(?: tag| element)?\.?|(?:live )?video (?:is )?loading\.*)$/i;

/** A gallery's or a blog's counter: "28/28 photos", "Post Views: 111", "Aufrufe: 1.204". */
const VIEWS_OR_PICTURES_COUNT =
  /^(?:\d+\s*\/\s*\d+\s*(?:photos?|pictures?|images?|fotos?|bilder|ảnh)|(?:post views|views|aufrufe|vues|visualizaciones|visualizações|lượt xem)\s*:?\s*\d[\d.,\s]*)$/iu;

/**
 * The editor in charge a Chinese page names after its text, bracketed or not: "【责任编辑：严玉洁】",
 * "（编辑：李明）", "责任编辑：王芳", and a Japanese page's "【編集：山田】" — the desk's, not the
 * author's. A short bracketed link may come first (gov.cn's "【我要纠错】", report an error).
 */
const EDITOR_IN_CHARGE = fromSource(
  String.raw`^(?:【[^】]{1,8}】\s*)?[【［[(（]?\s*(?:责任编辑|責任編輯|编辑|編輯|編集|审核|審核|校对|校對)\s*[:：]\s*[\p{Script=Han}\p{Script=Hira}\p{Script=Kana}·\s]{1,12}\s*[】］\])）]?$`,
  'u',
);

/**
 * What a box a script fills late shows until then ("Loading...", "Đang tải…", "Wird geladen",
 * "Chargement…"), as a line of its own.
 */
const LOADING_MESSAGE =
  /^(?:loading|please wait|đang tải|wird geladen|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|ładowanie|загрузка|読み込み中|加载中|載入中|로딩 ?중)\s*(?:\.{1,3}|…)?$/iu;

/**
 * A media player's clock: its current time and duration, as its control bar writes them for
 * screen readers ("Duration 1:30", "Aktuelle Zeit:0:00Gesamtdauer:0:00").
 */
const PLAYER_CLOCK =
  /^(?:(?:current time|aktuelle zeit|temps actuel|tiempo actual|duration|dauer|gesamtdauer|durée|duración|durata|remaining time|verbleibende zeit|temps restant)\s*:?\s*-?\d{1,2}:\d{2}(?::\d{2})?\s*)+$/i;

/** A clock as a player's control bar shows it: "00:00", "2:31", "-1:05". */
const CLOCK = /-?\d{1,2}:\d{2}(?::\d{2})?/g;

/** What a control bar shows beside its clocks: its controls' names ("Play", "Mute"). */
const BAR_CONTROLS = /^(?:[\s/]|play|pause|(?:un)?mute|live|full ?screen|captions|settings)*$/i;

/**
 * Whether a short text is a media player's control bar, as a page saved once its player was
 * drawn shows it: clocks with its controls' names ("00:0002:31Play", "Pause 0:12 / 2:31"), or
 * clocks alone beside the player's seek bar (a slider within two levels up). A time standing
 * alone elsewhere is a live blog entry's.
 */
function isControlBar(el: Element, text: string): boolean {
  const rest = text.replace(CLOCK, '');
  if (rest === text || !BAR_CONTROLS.test(rest)) return false;
  if (/[a-z]/i.test(rest)) return true;
  const box = el.parent?.parent;
  return (
    (box != null &&
      descendants(box).some((d) => d.attribs.role === 'slider' || d.attribs.type === 'range')) ||
    besidePlayerButton(el)
  );
}

/** The most text a player's box holds around its clocks: its label, its credit. */
const LONGEST_PLAYER_BOX = 200;
/** A clock at zero, where a player that has not started stands ("0:00", "00:00"). */
const ZERO_CLOCK = /^0?0:00$/;
/** What plays: a player's button, its audio or video. */
const PLAYER_PARTS: ReadonlySet<string> = new Set(['button', 'audio', 'video']);

/**
 * Whether clocks stand in a small box beside a player's button (or its audio or video) that
 * shows a clock at zero: an audio player's "00:00" and "12:41" beside "Listen to this article".
 * A live blog entry's time beside its share button shows no zero.
 */
function besidePlayerButton(el: Element): boolean {
  const box = el.parent;
  if (box == null || !isElement(box)) return false;
  if (squash(textOf(box)).length > LONGEST_PLAYER_BOX) return false;
  const inside = descendants(box);
  return (
    inside.some((d) => PLAYER_PARTS.has(d.name)) &&
    inside.some((d) => ZERO_CLOCK.test(squash(textOf(d))))
  );
}

/** Counts alone, as a post's reaction buttons show them: "1.2K", "23", "--" before a first. */
const BARE_COUNTS = /^(?:\d[\d.,]*[km]?|--)(?:\s+(?:\d[\d.,]*[km]?|--))*$/i;

/**
 * Whether a short text is counts beside a post's reaction buttons (Medium's claps and responses:
 * "1.2K" by a clap button): {@link BARE_COUNTS} in a box of a few characters, up to two levels
 * above, that holds a button.
 * A number standing alone elsewhere (a list's heading "3") stays.
 */
function isButtonCount(el: Element, text: string): boolean {
  if (!BARE_COUNTS.test(text)) return false;
  let box: ParentNode | null = el;
  for (let up = 0; up <= 2 && box !== null && trimmedTextFits(box, 40); up++) {
    if (descendants(box).some((d) => d.name === 'button' || d.attribs.role === 'button')) {
      return true;
    }
    box = box.parent;
  }
  return false;
}

/**
 * A post's reaction named beside its count: likes, reposts, shares, comments, in the languages
 * of the pages seen.
 */
const REACTION = `(?:likes?|restacks?|reposts?|retweets?|shares?|comments?|reactions?|claps?|upvotes?|gefällt mir|kommentare?|reaktionen|mal geteilt|j['’]aime|commentaires?|partages?|réactions?|me gusta|comentarios?|compartidos?|reacciones|curtidas?|comentários?|compartilhamentos?|reações|mi piace|commenti|condivisioni|lượt thích|bình luận|lượt chia sẻ|suka|komentar|dibagikan|лайк(?:ов|а|и)?|комментари(?:ев|я|й|и)|репост(?:ов|а|ы)?|beğeni|yorum|paylaşım|reacties|polubie[ńn]|komentarzy|udostępnie[ńn]|いいね|コメント|シェア|赞|评论|分享|좋아요|댓글|공유)`;
/** A count as widgets show it: "214", "1,024", "1.2K". */
const WIDGET_COUNT = String.raw`\d[\d.,]*\s?[km]?`;
const REACTION_COUNT = String.raw`(?:${WIDGET_COUNT}\s*${REACTION}|${REACTION}\s*:?\s*${WIDGET_COUNT})`;
/**
 * A post's counts of reactions and nothing else, as a line under it: "214 Likes ∙ 12 Restacks",
 * "38 Comments", "Kommentare: 5 · 12 mal geteilt", "12 lượt thích".
 */
const REACTION_COUNTS = new RegExp(
  String.raw`^${REACTION_COUNT}(?:\s*[∙·•|,/]?\s*${REACTION_COUNT})*$`,
  'iu',
);

/**
 * Whether a text is a post's counts of reactions ({@link REACTION_COUNTS}); a count of comments
 * alone heads the comments, and goes with them (`related.ts`).
 */
function isReactionCounts(text: string): boolean {
  return /\d/.test(text) && REACTION_COUNTS.test(text) && !isCommentCount(text);
}

/** A visit counter's label and figure: "Đang truy cập: 125", "Tổng lượt truy cập: 5.678.901". */
const COUNTER =
  /(?:lượt truy cập|truy cập|đang online|online|thành viên|khách|hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|tháng hiện tại|năm nay|tổng(?: cộng| số)?|visitors?|visits|page ?views|hits|today|yesterday|this (?:week|month)|total)\s*:?\s*\d[\d.,\s]*/giu;

/** {@link COUNTER} once: whether a text holds any label-and-figure pair. */
const HAS_COUNTER = new RegExp(COUNTER.source, 'iu');

/**
 * A call to subscribe or sign in heading a registration wall's offers, as a line of its own:
 * "This content is reserved for subscribers", "Subscribe for more articles", "Register / Sign in
 * to unlock more articles", "Cet article est réservé aux abonnés", "Dieser Artikel ist nur für
 * Abonnenten", "Nội dung dành cho người đăng ký", "Your subscription is being used on another
 * device". (A notice that the rest of the article is
 * hidden, "Subscribe to continue reading", ends the body instead: `promo.ts`.)
 */
const SUBSCRIBER_CALL = new RegExp(
  [
    String.raw`^this (?:content|article|story|page) is (?:reserved|only available|exclusively available|exclusive) (?:for|to) (?:subscribers|members)\.?$`,
    String.raw`^(?:subscribe|register|sign in|log in|sign up)(?: (?:\/|or) (?:subscribe|register|sign in|log in|sign up))? (?:for|to (?:unlock|read|get|access)) (?:more|unlimited|all) (?:articles|stories)\.?$`,
    String.raw`^(?:cet|ce) (?:article|contenu) est réservé aux abonnés\.?$`,
    String.raw`^(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen und abonnenten|abonnent\*innen)\.?$`,
    String.raw`^(?:este|el) (?:contenido|artículo) es (?:exclusivo )?para suscriptores\.?$`,
    '^nội dung (?:này )?dành (?:riêng )?cho (?:người|thành viên) đăng ký$',
    // A wall for a subscription read on two devices at once (El País's "Tu suscripción se está
    // usando en otro dispositivo", then its offer to add a user).
    String.raw`^(?:tu|su) suscripción se está usando en otro dispositivo\.?$|^your subscription is (?:being used|in use) on another device\.?$|^(?:sua|a sua) assinatura está (?:sendo usada|a ser usada) (?:em|noutro) (?:outro )?dispositivo\.?$|^votre abonnement est (?:déjà )?utilisé sur un autre appareil\.?$`,
  ].join('|'),
  'iu',
);

/** The longest call to subscribe or sign in. */
const LONGEST_SUBSCRIBER_CALL = 80;

/**
 * Whether a block's text is a call to subscribe or sign in that heads a registration wall's
 * offers ({@link SUBSCRIBER_CALL}).
 *
 * @param text - the block's text when short (`shortText(el, 80)` or longer), else null
 */
export function isSubscriberCall(text: string | null): boolean {
  return text !== null && text.length <= LONGEST_SUBSCRIBER_CALL && SUBSCRIBER_CALL.test(text);
}

/**
 * True when a block is a visit counter: its text is label-and-figure pairs ("Đang truy cập:
 * 125, Hôm nay: 3.456") and little else.
 *
 * @param text - the block's text when short (`shortText(el, 300)`), else null
 */
export function isVisitCounter(text: string | null): boolean {
  // Every pair has a figure: most blocks have no digit and need no pattern run; most with one
  // have no label before it either, which one test finds without collecting matches.
  if (text === null || !/\d/.test(text) || !HAS_COUNTER.test(text)) return false;
  let pairs = 0;
  let covered = 0;
  for (const match of text.matchAll(COUNTER)) {
    pairs++;
    covered += match[0].replace(/[\s,;|]/g, '').length;
  }
  return pairs >= 2 && covered >= text.replace(/[\s,;|]/g, '').length * 0.6;
}

/**
 * What a link says, for screen readers or in small print, about opening in a new window or tab
 * ("(öffnet im neuen Fenster)", ", opens in a new tab", "(s’ouvre dans un nouvel onglet)"),
 * whatever class hides it.
 */
const NEW_WINDOW_NOTICE =
  /^[\s,(–—-]*(?:opens?(?: in)?(?: a)? new (?:window|tab)|(?:link )?öffnet(?: sich)? (?:im|in einem|in) neuen? (?:fenster|tab)|(?:s['’]ouvre dans |ouvre )?(?:une? )?nouv(?:elle|el) (?:fenêtre|onglet)|(?:se )?abre en (?:una )?nueva (?:ventana|pestaña)|opent in (?:een )?nieuw (?:venster|tabblad)|external link|externer link)[\s).]*$/iu;
const LINK: ReadonlySet<string> = new Set(['a']);

/**
 * Whether a text is a labelled credit that names the picture's licence, which makes it longer:
 * "Image illustrative : Lots of Lego Minifigures by Ninja Brick, en licence Creative Commons by",
 * "Photo: … by John Smith, licensed under CC BY 4.0".
 */
function isLicensedCredit(text: string): boolean {
  return (
    text.length <= LONGEST_LICENSED_CREDIT && CREDIT_LABEL_START.test(text) && LICENCE.test(text)
  );
}

/**
 * Whether a text is a picture's credit outside the picture's caption ("Foto: …", "X/Getty
 * Images"): at most 80 characters, or a credit naming its licence.
 */
function isPictureCredit(el: Element, text: string): boolean {
  // An agency's name alone in brackets, as a loose line under a picture: "(Getty Images)". A
  // labelled credit in brackets ("(Image: Anadolu via Getty Images)") is a caption's.
  const bracketed = /^\(([^:()]+)\)$/.exec(text);
  if (bracketed?.[1] !== undefined && AGENCY_ALONE.test(bracketed[1].trim())) {
    return closest(el, CAPTION, null) === null;
  }
  if (BRACKETED_LABELLED_CREDIT.test(text) || COVER_PICTURE_NOTE.test(text)) {
    // A block of its own, away from any picture: not in or as a caption, after a picture or
    // beside one, nor set inline after a caption's words ("… Hong Kong <span>(Image:
    // GETTY)</span>").
    return (
      BLOCKS.has(el.name) &&
      closest(el, CAPTION, null) === null &&
      !followsPicture(el) &&
      !descendants(el).some((d) => d.name === 'img' || d.name === 'picture')
    );
  }
  return (
    ((text.length <= 80 &&
      (LABELLED_CREDIT.test(text) ||
        isCreditedPicture(text) ||
        (text.includes('/') || text.includes('|')
          ? PICTURE_CREDIT.test(text) || SIGNED_CREDIT.test(text)
          : PICTURE_AGENCY.test(text)))) ||
      isLicensedCredit(text)) &&
    closest(el, CAPTION, null) === null
  );
}

/** A photographer's name and their outlet joined by a slash: "Tomer Appelbaum/Haaretz". */
const NAME_SLASH_OUTLET =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*\/\s*\p{Lu}[\p{L}\p{N}&'’. -]{1,30}$/u;

/** A photographer and their outlet right below the picture, without a label. */
function isNameAndOutletCredit(el: Element, text: string): boolean {
  return (
    text.length <= 80 &&
    text.includes('/') &&
    NAME_SLASH_OUTLET.test(text) &&
    followsPicture(el) &&
    closest(el, CAPTION, null) === null
  );
}

/** Whether the element right before `el` (past blank text) is a picture, or holds one last. */
function followsPicture(el: Element): boolean {
  let before = el.prev;
  while (before !== null && before.type === 'text' && before.data.trim() === '')
    before = before.prev;
  if (before === null || !isElement(before)) return false;
  if (before.name === 'img' || before.name === 'picture') return true;
  const last = descendants(before).at(-1);
  return last !== undefined && (last.name === 'img' || last.name === 'source');
}

/** What a box beside a label's words may show: a picture, a video. */
const SHOWN_MEDIA: ReadonlySet<string> = new Set(['img', 'picture', 'video']);

/**
 * The rule naming `el` when its whole text is a furniture label: an ad label, a subscription
 * button, a share button, a reading time, a placeholder, a media label, a relative time, a
 * picture's credit or a media player's message; else null.
 */
export function furnitureLabel(el: Element, texts: ShortTexts): string | null {
  if (el.children.length <= MAX_TOOLS_CHILDREN && isPageTools(el, texts)) return 'page tools';
  // Labels are a few words, in few elements (the spaces between them aside); a credit naming its
  // licence links the picture, its maker and the licence.
  const parts = shownParts(el);
  const many = parts > 5;
  // A line of links to a podcast's apps is as many parts as it names apps, and the words between.
  if (many && parts > MAX_LICENSED_CREDIT_CHILDREN) return listeningLinks(el, texts);
  const text = texts.of(el, 120);
  if (text === null || text === '') return null;
  const listening = listeningLinks(el, texts);
  if (listening !== null) return listening;
  if (many) return isLicensedCredit(text) && isPictureCredit(el, text) ? 'picture credit' : null;
  // A link's notice is set apart inside the link, beside its words; a picture's credit beside
  // its caption's.
  if (text.length <= 40 && NEW_WINDOW_NOTICE.test(text) && closest(el, LINK, null) !== null) {
    return "link's new-window notice";
  }
  if (isPictureCredit(el, text)) return 'picture credit';
  // Read apart from the credits above: it marks no caption before it as the picture's.
  if (isNameAndOutletCredit(el, text)) return 'photographer and outlet below the picture';
  if (text.length <= MAX_BADGE_CHARS && isTrustBadge(el)) return 'Trust Project badge';
  // A label is words: a box that also shows a picture or a video (a player's poster beside its
  // message, a player's wrapper around the video and its control bar) is more than one; the
  // control bar alone inside it is one.
  const inside = descendants(el);
  if (inside.some((d) => SHOWN_MEDIA.has(d.name))) return null;
  // Run into the paragraph it ends, a portal's link back to its home is the portal's all the same.
  if (el.name === 'a' && BACK_HOME_AND_MORE.test(text)) return 'link back to the site';
  // Affiliate buttons ("Buy on Amazon", "$24 at Target") under a product's prose: links marked
  // paid, and nothing else; not a heading naming the product ("<h3><a rel=sponsored>Lodge</a>").
  // A card of a price and buttons alone goes whole as link-heavy: its price is no text.
  const links = inside.filter((d) => d.name === 'a');
  if (
    links.length > 0 &&
    links.every((a) => /\bsponsored\b/i.test(a.attribs.rel ?? '')) &&
    ![el, ...inside].some((d) => /^h[1-6]$/.test(d.name)) &&
    squash(textExcept([el], (d) => d.name === 'a')) === '' &&
    standsAlone(el) &&
    el.parent?.children.some((p) => isElement(p) && p.name === 'p' && countWords(textOf(p)) > 5)
  ) {
    return 'affiliate buttons';
  }
  // Any other label stands on a line of its own: the same words set apart in a sentence are
  // the sentence's ("its <a>ads</a> ran on television", "printed an <span>Anzeige</span>").
  // Asked first: a quarter of the texts asked about are such words (links, bold words), and
  // the walk along the siblings ends at the first text or block, cheaper than the labels' patterns.
  return standsAlone(el) ? labelOf(el, text) : null;
}

/**
 * A link's words naming an app or a service to listen in ("Apple Podcasts", "Spotify", "the NPR
 * app", "RSS"), the whole of them.
 */
const LISTENING_APP =
  /^(?:apple podcasts|itunes|spotify|google podcasts|youtube music|amazon music|audible|overcast|pocket ?casts|castbox|castro|stitcher|iheart(?:radio)?|tunein|deezer|podcast addict|player\.fm|podbean|rss(?: feed)?|(?:the )?[\w ]{1,20} app)$/i;
/** The hosts of those apps and services. */
const LISTENING_HOST =
  /(?:^|\.)(?:podcasts\.apple\.com|itunes\.apple\.com|open\.spotify\.com|podcasts\.google\.com|music\.amazon\.[a-z.]+|music\.youtube\.com|overcast\.fm|pocketcasts\.com|castbox\.fm|castro\.fm|stitcher\.com|iheart\.com|tunein\.com|deezer\.com|podcastaddict\.com|player\.fm|podbean\.com)$/i;
/** The longest line of such links. */
const LONGEST_LISTENING_LINE = 200;
/** The most words a line of such links says besides them ("Always free at these links: …"). */
const MAX_LISTENING_LINE_WORDS = 15;

/** Whether a link leads to an app or a service to listen in, by its words or its host. */
function isListeningLink(a: Element): boolean {
  if (LISTENING_APP.test(squash(textOf(a)))) return true;
  try {
    return LISTENING_HOST.test(new URL(a.attribs.href ?? '').hostname);
  } catch {
    return false;
  }
}

/**
 * The rule naming a short line that is a podcast's links to the apps it is heard in: two links or
 * more, every one to such an app ({@link isListeningLink}), and a few words besides ("Listen on
 * Apple Podcasts · Spotify", "Always free at these links: Apple Podcasts, Spotify, the NPR app or
 * anywhere you get podcasts."), else null. A sentence of the article that links an app says more.
 */
function listeningLinks(el: Element, texts: ShortTexts): string | null {
  if (texts.of(el, LONGEST_LISTENING_LINE) === null) return null;
  const links = descendants(el).filter((d) => d.name === 'a');
  if (links.length < 2 || !links.every(isListeningLink)) return null;
  const words = countWords(textExcept([el], (d) => d.name === 'a'));
  return words <= MAX_LISTENING_LINE_WORDS && standsAlone(el) ? "links to a podcast's apps" : null;
}

/** The most words of a badge beside its logo ("Conforme a los criterios de", "Saber más"). */
const MAX_BADGE_CHARS = 80;
/** The Trust Project's logo or link: `alt="Trust Project"`, `…#trust-project`, thetrustproject.org. */
const TRUST_PROJECT = /trust[\s_-]?project|thetrustproject\.org/i;

/**
 * Whether a box is the Trust Project's badge a publisher shows under its articles: its logo or a
 * link to the project's page, and a few words beside them ("Conforme a los criterios de", "Saber
 * más"), whatever its class names.
 */
function isTrustBadge(el: Element): boolean {
  return descendants(el).some(
    (d) =>
      (d.name === 'img' && TRUST_PROJECT.test(d.attribs.alt ?? '')) ||
      (d.name === 'a' && TRUST_PROJECT.test(d.attribs.href ?? '')),
  );
}

/**
 * Where a tool's link leads: nowhere (a script, the page itself, its top) or to a mail without
 * recipient; not to a named part of the page (a table of contents' `#muc-2`).
 */
const TOOL_HREF = /^\s*(?:javascript:|#(?:top)?\s*$|$|mailto:\s*(?:\?|$))/i;
/** The most children (links, separators, a label) of a line of the page's tools. */
const MAX_TOOLS_CHILDREN = 15;
/** The most words a line of tools shows besides its links: a label ("Cỡ chữ:", "Text size"). */
const MAX_TOOLS_LABEL_WORDS = 2;

/** Elements a line of tools sets its label in ("<span>Llévatelo: </span>"). */
const LABEL_ELEMENTS: ReadonlySet<string> = new Set(['span', 'strong', 'b', 'em', 'label']);

/**
 * Whether an element is a line of the page's tools, whatever its class names: two links or more
 * among its children, each leading nowhere ({@link TOOL_HREF}: print, e-mail to a friend, back,
 * a font size switch) or showing no words and no picture (an icon button, wherever it leads),
 * and besides them at most a short label, in an element of its own or not, separators and empty
 * boxes ("In bài | Gửi email | Quay lại", "Cỡ chữ: A- A A+", "Llévatelo: ✉ 🔗"). A sentence
 * linking to parts of the page says more.
 */
function isPageTools(el: Element, texts: ShortTexts): boolean {
  // Most elements have fewer than two links among their children: asked first, it spares them
  // the reads below.
  let links = 0;
  for (const child of el.children) if (child.type === 'tag' && child.name === 'a') links++;
  if (links < 2) return false;
  let outside = '';
  for (const child of el.children) {
    if (child.type === 'text') outside += ` ${child.data}`;
    else if (child.type !== 'tag') continue;
    else if (child.name === 'a') {
      if (!TOOL_HREF.test(child.attribs.href ?? '') && !isIconLink(child, texts)) return false;
    } else {
      const text = texts.of(child, MAX_TOOLS_LABEL_CHARS);
      if (text === null || isLinkOrMedia(child) || descendants(child).some(isLinkOrMedia)) {
        return false;
      }
      // A label in an element of its own, or an empty box.
      if (text !== '' && !LABEL_ELEMENTS.has(child.name)) return false;
      outside += ` ${text}`;
    }
  }
  const text = texts.of(el, 80);
  if (text === null || text === '') return false;
  const label = outside.replace(/[|•·:：｜/\-–—]/g, ' ');
  // A label in a script without spaces is counted by its characters: "分享到", "シェアする".
  return countWords(label) <= MAX_TOOLS_LABEL_WORDS || cjkLabel().test(label.replace(/\s+/g, ''));
}

/**
 * A short label in Chinese, Japanese or Korean: at most six characters. Built on the first label
 * of more words than a line of tools takes (its four scripts take 0.3 ms to build).
 */
const cjkLabel = onFirstUse(() =>
  fromSource(String.raw`^[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]{1,6}$`, 'u'),
);

/** The longest label of a line of tools set in an element of its own. */
const MAX_TOOLS_LABEL_CHARS = 30;

/** A link or something shown: what a tool line's label or empty box does not hold. */
function isLinkOrMedia(el: Element): boolean {
  return el.name === 'a' || MEDIA.has(el.name);
}

/** What an element may show without words. */
const MEDIA: ReadonlySet<string> = new Set([
  'img',
  'picture',
  'video',
  'iframe',
  'object',
  'embed',
]);

/** A link that shows no words and no picture: an icon button (its icon a font's or an SVG). */
function isIconLink(a: Element, texts: ShortTexts): boolean {
  return texts.of(a, 0) === '' && !descendants(a).some((d) => MEDIA.has(d.name));
}

/** Stars of a rating, filled or empty. */
const STARS = /[★☆✩✪✫✬✭✮✯⭐]/gu;
/** Most words of a rating widget's line besides its stars ("Đánh giá bài viết: … (12 lượt)"). */
const MAX_RATING_WORDS = 6;

/**
 * Whether a short text is a rating widget's line: three stars or more, with at most a label
 * and a count ("Rate this article: ☆☆☆☆☆"); a sentence that gives stars has more words.
 */
function isRatingLine(text: string): boolean {
  const stars = text.match(STARS);
  if (stars === null || stars.length < 3) return false;
  return countWords(text.replace(STARS, ' ')) <= MAX_RATING_WORDS;
}

/** The furniture label a short text is, whatever stands beside it ({@link furnitureLabel}). */
function labelOf(el: Element, text: string): string | null {
  if (
    text.length <= MAX_SCRIPT_NOTICE_CHARS &&
    JAVASCRIPT.test(text) &&
    SCRIPT_NOTICE().test(text)
  ) {
    return 'notice that JavaScript is needed';
  }
  // An ad break's label may run longer: "Article continues after this advertisement".
  if (text.length <= MAX_AD_LABEL_CHARS && AD_LABEL.test(text)) return 'ad label';
  if (text.length <= MAX_AD_MARKING_CHARS && AD_MARKING.test(text)) return 'ad label';
  // A feedback widget's question may run longer, with its label and its buttons.
  if (text.length <= MAX_FEEDBACK_CHARS && FEEDBACK_LABEL.test(text)) {
    return "feedback widget's question";
  }
  if (text.length <= MAX_MOOD_POLL_CHARS && MOOD_POLL.test(text)) return "reaction poll's question";
  if (text.length <= 40) {
    if (SUBSCRIPTION_LABEL.test(text)) return 'subscription label';
    if (SHARE_LABEL.test(text) || SHARE_ROW.test(text)) return 'share button';
    if (SHARE_WORD.test(text) && closest(el, LINK_OR_ITEM, null) === null) {
      return 'share button';
    }
    if (TOOL_LABEL.test(text)) return ARTICLE_TOOL;
    if (DATE_LABEL.test(text)) return 'date label without its date';
    if (BACK_LINK.test(text) && holdsLink(el)) return 'link back to the list';
    if (PAGE_NAV_LINK.test(text) && holdsLink(el)) return 'link to the article before or after';
    if (isCommentCount(text) && holdsLink(el)) return "link to the readers' comments";
    if (READING_TIME.test(text)) return 'reading time';
    if (COPIED_MESSAGE.test(text)) return "copy button's message";
    if (isPlaceholder(text)) return 'placeholder';
    if (MEDIA_LABEL.test(text)) return 'media label';
    if (READ_ALOUD_LABEL.test(text)) return "read-aloud player's label";
    if (PLAYER_CLOCK.test(text) || isControlBar(el, text)) return 'player clock';
    if (LOADING_MESSAGE.test(text)) return "late box's loading message";
    if (VIEWS_OR_PICTURES_COUNT.test(text)) return 'count of views or pictures';
    if (isReactionCounts(text) || isButtonCount(el, text)) return "counts of a post's reactions";
    if (EDITOR_IN_CHARGE.test(text)) return 'editor in charge';
  }
  if (text.length <= 80) {
    if (TOGGLE_LABEL.test(text)) return "box's toggle";
    if (PINNED_LABEL.test(text)) return "live blog's pinned label";
    if (AGE_NOTICE.test(text)) return "archive's notice of the article's age";
    if (isRelativeTimeLine(text)) return 'relative time';
    if (isRatingLine(text)) return "rating widget's stars";
  }
  return PLAYER_MESSAGE.test(text) ? 'player message' : null;
}
