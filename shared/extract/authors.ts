/**
 * Byline parsing and author-name cleaning, Vietnamese and English: "Tin, ảnh: ĐỖ HUY." →
 * `["Đỗ Huy"]`, "Hoàng Anh - Đài Truyền thanh huyện" → `["Hoàng Anh"]`, "By Jane Doe and John
 * Roe" → `["Jane Doe", "John Roe"]`.
 */
import {
  creditsPicture,
  isJobTitleOnly,
  isLabelWord,
  isNewsroomSignOff,
  isRoleAfterName,
  isWireAgency,
  JOINED_PARTICLE,
  withoutTitleAfterName,
} from './author-names.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource, matchesOf } from './from-source.ts';
import { splitNames } from './name-list.ts';
import { OUTLET_END } from './site.ts';
import { cleanText, lowerVi, upperVi } from './text.ts';
import { TextAnswers } from './text-answers.ts';
import { A_VIETNAMESE_LETTER, namesVietnamesePeople } from './vietnamese-names.ts';

/**
 * Credit prefixes: "Tin, ảnh:", "Bài và ảnh:", "Thực hiện:", "Text and photos:", "Text und Fotos:",
 * "Texto:", "Redacción:".
 */
const CREDIT =
  /^(?:(?:tin|bài|bài viết|nội dung|ảnh|clip|video|đồ họa|thực hiện|nhóm thực hiện|ghi|ghi chép|text|texte|texto|testo|tekst|words|redacci[oó]n|reda[cç][aã]o|reportaje|reportagem|photos?|fotos?|bilder?|reporting|written)(?:\s*(?:,|và|\/|&|\+|-|and|und|y|e|et)\s*(?:tin|bài|ảnh|clip|video|đồ họa|photos?|fotos?|bilder?|interviews?|entrevista|intervista))*)\s*[:：]\s*/i;
const BY =
  /^(?:by|written by|reported by|reporting by|story by|posted by|escrito por|publicado por|publié par|écrit par|rédigé par|scritto da|pubblicato da|bởi|viết bởi|đăng bởi)(?:\s*:\s*|\s+)/i;

/**
 * A genre or "posted" label before the word for "by": "Analysis by", "Opinion by", "Posted by",
 * "Ein Kommentar von", "Eine Analyse von", "Erstellt von", Blogger's German "Eingestellt von",
 * and an author box's link to the author's page: "More by", "Alles von", "Alle Beiträge von".
 * What follows is the author, when it is capitalized (see {@link dropLabelBeforeName}: with the
 * `i` flag, `\p{Lu}` would match lower case too).
 */
const LABEL_BY =
  /^(?:(?:an?\s+)?(?:analysis|opinion|commentary|column|essay|review|perspective|posted|created|more|interview)\s+by|(?:eine?\s+)?(?:kommentar|analyse|kolumne|gastbeitrag|glosse|essay|interview|gespräch)\s+von|(?:erstellt|eingestellt|veröffentlicht|gepostet|geschrieben|verfasst|alles|mehr|alle (?:beiträge|artikel))\s+von)\s+/i;

/** An interview's kind of credit among the {@link LABEL_BY} labels. */
const INTERVIEW = /interview|gespräch/i;
/**
 * The one interviewed, after the interviewer's name: " mit Sonja Silberhorn.", " with Jane Roe".
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const interviewee = onFirstUse(() => /\s+(?:mit|with)\s+\p{Lu}[\s\S]*$/u);

/** An author box's heading before the name: "About Victor Davis Hanson", "Über Anna Berg". */
const ABOUT = /^(?:about|über|à propos de|acerca de|sobre)\s+/i;

/**
 * A capital opening a text. Built once, on first use: a `\p{…}` literal in a function is
 * bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
const capitalInitial = onFirstUse(() => fromSource(String.raw`^\p{Lu}`, 'u'));

/**
 * The text after a {@link LABEL_BY} label when a capitalized word follows it, or after an
 * {@link ABOUT} heading when a full name (two capitalized words) does ("About Us" stays).
 */
function dropLabelBeforeName(text: string): string {
  const label = LABEL_BY.exec(text)?.[0];
  if (label !== undefined) {
    // An interview's credit names the one asked after the one asking: "Ein Interview von Eugen
    // Zentner mit Sonja Silberhorn".
    const rest = INTERVIEW.test(label)
      ? text.slice(label.length).replace(interviewee(), '')
      : text.slice(label.length);
    return capitalInitial().test(rest) ? rest : text;
  }
  const heading = ABOUT.exec(text)?.[0];
  if (heading === undefined) return text;
  const rest = text.slice(heading.length);
  return /^\p{Lu}\S*\s+\p{Lu}/u.test(rest) && looksLikeName(rest) ? rest : text;
}

/**
 * Whether a line opens with a label crediting who wrote it: "By", "Von", a genre's "Ein
 * Interview von", "Analysis by" (before a capital).
 *
 * @example opensWithByLabel('Ein Interview von Eugen Zentner') // true
 * @example opensWithByLabel('Ein Gespräch über Bücher') // false
 */
export function opensWithByLabel(text: string): boolean {
  return BY.test(text) || byOtherLabel(text) !== null || dropLabelBeforeName(text) !== text;
}

/**
 * Degrees and professional letters written after a name, as a part of their own: "Ilana
 * Muhlstein, MS, RDN", "Jane Roe, M.D.". As written (capitals), so "Jack Ma" keeps his name.
 */
const DEGREE =
  /^(?:M\.?D|Ph\.?\s?D|D\.?O|M\.?S|M\.?Sc|B\.?Sc|M\.?A|B\.?A|M\.?B\.?A|M\.?P\.?H|R\.?D\.?N?|L\.?D\.?N?|R\.?N|N\.?P|D\.?D\.?S|D\.?V\.?M|Pharm\.?D|Psy\.?D|D\.?Phil|C\.?P\.?A|C\.?F\.?A|C\.?F\.?P|J\.?D|Esq|L\.?C\.?S\.?W|C\.?D\.?E|C\.?S\.?C\.?S|F\.?A\.?C\.?P|F\.?A\.?A\.?P)\.?$/u;
/**
 * The weekday of a date line run into the last name: "Malcolm Owen Monday, November 18, …". In
 * English only: German weekdays are surnames too ("Alisa Sonntag").
 */
const TRAILING_WEEKDAY = /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/** A social handle after a name: "Catherine Shu @catherineshu". */
const TRAILING_HANDLE = fromSource(String.raw`\s+@[\p{L}\p{N}_.]+$`, 'u');
/**
 * "Posted in" or "posted on" after a name in Chinese, and whatever follows it (the platform, the
 * date, counters): "王小明 發表在 痞客邦 PIXNET 留言(42)", "李华 发表于 2015-11-20".
 */
const POSTED_IN_AFTER = /\s*(?:發表|发表|發佈|发布)(?:於|于|在)[\s\S]*$/u;
/** The time of day a profile shows after the name: "Anna Berg 11:57AM". */
const TRAILING_TIME = /\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?$/iu;

/**
 * "By" in other languages (German von, Spanish and Portuguese por, French par, Dutch door,
 * Scandinavian av/af and "skrevet af", Polish przez, Italian di and "a cura di", Indonesian and
 * Malay oleh, Hausa daga, Thai โดย, Lao ໂດຍ, Khmer ដោយ, Amharic በ standing apart: "በዮናስ" and "በላይ" are words), or
 * a label ("Autor:", "Autorin/Autor", Indonesian "Penulis:", Hungarian "Szerző:", Polish
 * "Napisała:", Greek "Συντάκτης:"; and the plurals before two names: Slovak and Italian
 * "Autori:", Czech "Autoři:", Polish "Autorzy:", "Szerzők:", Serbian "Аутори:"). "Von der Leyen"
 * and "Di Maria" are names: "von" before a particle and a capitalized "Di" are kept.
 */
const BY_OTHER =
  /^(?:(?:von|por|par|door|av|af|przez|a cura di|di|oleh|daga|skrevet a[fv]|skriven av|โดย|ໂດຍ|ដោយ|በ)(?!\s+(?:der|dem|den|zu|und)\b)|(?:autor(?:in|ka)?(?:\s*\/\s*autor(?:in)?)?|autori|autoři|autorzy|avtor|аутор|аутори|author|auteur|autore|verfasser(?:in)?|text|tekst|oprac\.|tác giả bài viết|tác giả|người viết|người đăng|penulis|szerző|szerzők|napisał[a]?|piše|пише|συντάκτης|συντάκτρια|επιμέλεια)(?=\s*:|\s+\p{Lu}))\s*:?\s+/iu;
/** The spaces before a full name: two capitalized words, a particle in lower case between them. */
const BEFORE_FULL_NAME = String.raw`\s+(?=\p{Lu}[\p{L}\p{M}'’-]+\s+(?:\p{Ll}+\s+)?\p{Lu})`;
/**
 * Greek bylines name the author in the genitive after its article ("Του Νίκου Παπαδάκη", "Της
 * Μαρίας Νικολάου", each name of several its own), or after "Γράφει ο/η" (writes) in the
 * nominative, Romanian ones after "de" ("de Andrei Georgescu"), in lower case, before a full
 * name, a particle in it perhaps: what comes before the name.
 */
const BEFORE_NAME_IN_GENITIVE = new RegExp(
  `^(?:του|της|Του|Της|ΤΟΥ|ΤΗΣ|[Γγ]ράφει [οη]|ΓΡΑΦΕΙ [ΟΗ]|de)${BEFORE_FULL_NAME}`,
  'u',
);
/**
 * Swahili "Na" (by: "Na Juma Hamisi", "NA JUMA HAMISI") and Filipino "Ni" (by: "Ni Juan dela
 * Cruz") before a full name, as {@link BEFORE_NAME_IN_GENITIVE}. They open a byline only: after
 * another "by", or as a part of a list, they are a surname ("By Na Kyung Won", Korean 나).
 */
const BY_SWAHILI_FILIPINO = new RegExp(`^(?:Na|NA|Ni|NI)${BEFORE_FULL_NAME}`, 'u');
/**
 * One syllable of Korean or Chinese written in Latin letters ("Kyung", "Won", "Hoon", "Wei",
 * "Jun"): an initial, a glide, a vowel and a final consonant at most.
 */
const SYLLABLE =
  '(?:[kptjsc]h|[kptjs]{2}|zh|[bcdfghjklmnpqrstwxyz])?[yw]?(?:a[eio]?|e[eiou]?|i[aeou]?|o[eou]?|u[aeio]?)(?:ng|[nmlkpt])?';
/**
 * "Na" or "Ni" before a given name of two or three such syllables, each a word ("Na Kyung Won",
 * "NA JI HOON", "Ni Wei Jun"), a place after a comma or not: the Korean surname 나 or the
 * Chinese 倪, not Swahili or Filipino "by", on a page in any language (an English paper's Korean
 * reporter). Swahili and Filipino names have words of more syllables ("Juma Hamisi", "Juan dela
 * Cruz").
 */
const EAST_ASIAN_SURNAME = new RegExp(`^N[ai](?: ${SYLLABLE}){2,3}(?=,|$)`, 'iu');
/**
 * A two-letter "by" in capitals before words that are not ("AV Watch編集部", "AF Media"): an
 * acronym that starts the name, not Scandinavian "av"/"af" or Italian "di".
 */
const ACRONYM_NOT_BY = /^(?:AV|AF|DI)\s+(?=.*\p{Ll})/u;

/**
 * {@link BY_OTHER} at the start of `text`, unless it is an acronym ({@link ACRONYM_NOT_BY}).
 *
 * @returns the label with the spaces after it, or null
 */
function byOtherLabel(text: string): string | null {
  if (ACRONYM_NOT_BY.test(text)) return null;
  return BY_OTHER.exec(text)?.[0] ?? null;
}

/**
 * "Author:" and "Text:" in languages whose label BY_OTHER does not read (Georgian ავტორი,
 * Armenian Հեղինակ, Khmer and Lao "by", ដោយ and ໂດຍ, with their scripts' own colons: Khmer
 * "៖", Armenian "՝"; Russian, Turkish —
 * "Haber:", "Muhabir:" —, Polish "Opracowanie:", Indonesian "Pewarta:", "Penulis:",
 * "Reporter:", English "Writer:" (Bangkok Post's "WRITER:"), Chinese, Japanese, Korean, the Romance
 * languages; "Reporter:" in Chinese), always followed by a colon; the Japanese "poster" and
 * "writer" (投稿者, 執筆者), followed by a colon or a space; the Chinese "reported and written" and
 * "written" (采写, 撰文, 撰稿) with a colon, 文 with a slash too ("文/阮明"; not "文/图", text and
 * photo) or a Japanese magazine's mark ("文●オカモト", "文◎山田"); the Arabic "by" words (بقلم, "by the
 * pen of"; بواسطة, "by") and "wrote" (كتب, كتبت), with a colon or without; the Arabic "prepared
 * by" (إعداد), the Persian "writer" and "reporter" (نویسنده, خبرنگار) and the Hindi and Bengali
 * "writer" (लेखक, লেখক) with a colon; the Hebrew "by" (מאת) and the Hindi "by" (द्वारा).
 */
const BY_LABEL =
  /^(?:(?:автор(?:ы)?|текст|texte|texto|testo|tekst|yazan|yazar|haber|muhabir|opracowanie|pewarta|penulis|wartawan|reporter|writer|लेखक|লেখক|作者|著者|筆者|文|記者|采写|採寫|撰文|撰稿|글|كتب|كتبت|إعداد|اعداد|نویسنده|نوشته|خبرنگار|ผู้เขียน|เรื่อง|ავტორი|հեղինակ|ដោយ|អ្នកនិពន្ធ|ໂດຍ|ຂຽນໂດຍ|ຜູ້ຂຽນ)\s*[:：៖՝]|文\s*(?:[/／](?![图圖])|[●◎])|(?:投稿者|執筆者)(?:\s*[:：]|\s)|(?:بقلم|بواسطة|كتب|كتبت|द्वारा)\s*:?|מאת\s)\s*/iu;
/**
 * A bracketed note holding a comma right after a word, glued to it or not: a place and desk
 * after a name ("Cécile Ducourtieux(Bruxelles, bureau européen)"), dropped before the names are
 * split at commas unless each of its parts is a full name (an outlet's reporters).
 */
const BRACKETED_NOTE = /(?<=\p{L})\s*\(([^()]*,[^()]*)\)/gu;
/**
 * The editorial desk a Japanese writer belongs to, after a full-width slash or in brackets:
 * "文●オカモト／ASCII編集部", "山田太郎（XYZ編集部）". The names before it are the byline's.
 */
const DESK_AFTER_NAME =
  /(?<=\p{L})\s*(?:／[^／]{0,18}(?:編集部|編集局|編集室|取材班)|（[^（）]{0,18}(?:編集部|編集局|編集室|取材班)）)$/u;
/** Italian "di" ("di Mario Rossi"), in lower case only: "Di Maria" is a surname. */
const BY_ITALIAN = /^di\s+(?=\p{Lu})/u;
/**
 * "Our reporter" after the word for "by", before the name: "Door onze redacteur Jan Jansen", "By
 * our correspondent Jane Doe", "Par notre envoyé spécial …", "Von unserem Korrespondenten …".
 */
export const OUR_STAFF = String.raw`(?:onze|our|notre|nos|unser(?:e|er|em)?|nuestr[oa]s?|nostr[oa]|vår|vores)\s+(?:eigen\s+)?(?:redacteur|redactrice|correspondent(?:e|en)?|correspondante?|envoyée? spéciale?|verslaggever|reporter(?:in)?|editor|redakteur(?:in)?|korrespondent(?:in|en)?|corresponsal|inviat[oa]|medewerker|staff)s?`;
const OUR_STAFF_BEFORE_NAME = new RegExp(String.raw`^${OUR_STAFF}\s+(?=\p{Lu})`, 'iu');
const THEO = /^theo\s+/i;

/**
 * The names of a "By …" line among the lines that opened the body ("By Emily Carter" above a
 * contributed post's text), or of a reporter's credit dated there ("Anna Brück, rbb,
 * tagesschau, 14.10.2026 12:47 Uhr") or to the site ("Jonas Petraitis, Delfi"), or null when
 * none is one.
 *
 * @param lines - the lines taken out of the body's top
 * @param isDate - whether a text reads as a date
 * @param isSite - whether a text is the site's own name
 */
export function openingBylineNames(
  lines: readonly string[],
  isDate: (text: string) => boolean,
  isSite: (text: string) => boolean = () => false,
): string[] | null {
  for (const line of lines) {
    const text = cleanText(line);
    const credit = creditWithDate(text, isDate);
    if (credit !== null) return credit.names;
    const toSite = siteCreditNames(text, isSite);
    if (toSite !== null) return toSite;
    if (!BY.test(text)) continue;
    const names = parseByline(text);
    if (names !== null) return names;
  }
  return null;
}

/**
 * Whether a closing line credits the outlet the article was taken from ("Theo Dân trí", "Theo
 * VnExpress"): what it names is the source credited, a person or not.
 *
 * @param line - a closing line's text
 */
export function isSourceCredit(line: string): boolean {
  const text = unwrap(cleanText(line));
  return THEO.test(text) || sourcedAgency(text) !== null;
}

/**
 * A source's label and what it names: "Nguồn: TTXVN", "Bron: Belga", "Źródło: PAP", "Sursa: …",
 * Khmer "ប្រភព៖ VNA" (with its colon), Lao "ແຫຼ່ງຂ່າວ:", Thai "ที่มา:".
 */
const SOURCE_LABELLED =
  /^(?:nguồn|source|quelle|fuente|fonte|bron|kilde|källa|źródło|zdroj|sursa|izvor|извор|източник|lähde|forrás|πηγή|ប្រភព|ແຫຼ່ງຂ່າວ|ที่มา)\s*[:៖]\s*(.+?)\.?$/iu;

/** A wire agency, a slash and the outlet that ran its copy: "TTXVN/Vietnam+", "AFP/Vietnam+". */
const AGENCY_THEN_OUTLET = /^([^/\s]+(?: [^/\s]+){0,3})\s*\/\s*(\p{Lu}[^/]{0,30})$/u;

/**
 * The wire agency a source line names ("Nguồn: TTXVN" → "TTXVN"), or the agency before the
 * outlet that ran its copy ("TTXVN/Vietnam+" → "TTXVN"), or null.
 */
function sourcedAgency(text: string): string | null {
  const named = SOURCE_LABELLED.exec(text)?.[1]?.trim();
  if (named !== undefined) return isWireAgency(named) ? named : null;
  const [, agency = '', outlet = ''] = AGENCY_THEN_OUTLET.exec(text) ?? [];
  return isWireAgency(agency) && !isWireAgency(outlet.trim()) ? agency : null;
}
/** Reporters' collective credits, kept as they are written. */
const COLLECTIVE = fromSource(
  String.raw`^(?:nhóm\s+(?:pv|ctv|phóng viên|tác giả|thực hiện)|p\.?v|ctv|btv|phóng viên)(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * Whether a line is a newsroom's collective credit naming no one, alone or before its unit or
 * another role's word: "PV", "P.V", "Nhóm PV - Ban Thời sự", "PV-BTV". The line signs the text
 * off for the newsroom ({@link isNewsroomSignOff}); its outlet after a slash is credited
 * instead ("PV/VOV-Tây Bắc", see {@link parseByline}).
 */
export function isCollectiveCredit(text: string): boolean {
  const collective = COLLECTIVE.exec(text);
  if (collective === null) return false;
  const rest = text.slice(collective[0].length).trim();
  return rest === '' || /^[-–—.(]/.test(rest);
}
/**
 * Words that start an organisation, not a person, after a name ("… - Đài Truyền thanh huyện"),
 * each a whole word whatever letter ends it ("Sở", "Bộ", "Xã": `\b` knows ASCII letters only).
 */
const ORGANISATION = fromSource(
  String.raw`^(?:(?:đài|báo|trung tâm|phòng|đội|đồn|công ty|công an|ca[htx]|catp|p[acx]\d{2}|ubnd|ban|(?:ủy|uỷ) ban|ub(?:mttq|ktvt)|mttq|hđnd|mặt trận|đảng ủy|đảng bộ|chi bộ|sở|bộ|huyện|xã|tỉnh|tp\.?|cổng|tạp chí|văn phòng|hội|trường|bệnh viện|tòa|viện|cục|chi cục|trạm|đoàn|liên đoàn|hãng|tổ|tòa soạn|ttxvn|ttx|vov|vtv|vna|reuters|ap|afp|staff|correspondent|editor|contributor|phóng viên|pv|ctv|thông tấn|news|press)(?![\p{L}\p{N}])|the\s)`,
  'iu',
);
/**
 * An organisation's word that is also a name's ("Đoàn" a delegation and a surname, "Trường" a
 * school and a given name) before one to three words each written as a name's: a person ("Đoàn
 * Loan", "Trường Chinh"); an organisation's name goes on in lower case ("Đoàn kiểm tra", "Đoàn
 * Thanh niên").
 */
const SURNAME_THEN_NAME = /^(?:Đoàn|Trường)(?: \p{Lu}\p{Ll}+){1,3}$/u;

/**
 * Whether a line names a news outlet by its form: its last word one that ends outlets' names
 * ("Cincinnati Enquirer", "USA TODAY", "Rocky Mountain Chronicle"), and no person's.
 *
 * @param line - a line of a byline
 */
export function namesOutletByForm(line: string): boolean {
  return OUTLET_END.test(cleanText(line));
}
/** The labels that credit a translator: "翻訳者", "译者", "translated by", "Übersetzt von"… */
const TRANSLATOR_LABEL = String.raw`(?:(?:翻訳者|訳者|翻訳|译者|翻译|譯者)\s*[:：]?|(?:translated by|translation by|übersetzt von|übersetzung(?: von)?\s*:?|traduit par|traduction\s*:|traducido por|traducción(?: de)?\s*:?|tradução de|tradotto da|traduzione di)\s)`;
/**
 * A translator's credit after the author's name, to the end: "翻訳者 中村 真子", "訳者: …",
 * ", translated by …", ". Übersetzt von …", ", traduit par …", ", traducido por …".
 */
const TRANSLATOR = new RegExp(String.raw`(?:\s*[,.;]\s*|\s+)${TRANSLATOR_LABEL}[\s\S]*$`, 'iu');
/** A line that credits the translator alone: "Translation by …", "翻訳者: …", "Übersetzt von …". */
const TRANSLATOR_LINE = new RegExp(`^${TRANSLATOR_LABEL}`, 'iu');

/**
 * Whether a line credits the article's translator and no author ("Translation by Chihiro Oka",
 * "翻訳者: 中村 真子").
 *
 * @param line - a line as shown
 * @returns true for a translator's credit
 */
export function isTranslatorLine(line: string): boolean {
  const text = cleanText(line);
  const label = TRANSLATOR_LINE.exec(text);
  if (label === null || text.length > MAX_TRANSLATOR_LINE) return false;
  // A name follows, not a sentence ("Translated by the ministry into twelve languages, …").
  const rest = text.slice(label[0].length).trim();
  return rest !== '' && rest.split(/\s+/).length <= 4 && !/[.!?,;]/.test(rest);
}

/** The longest translator's credit line. */
const MAX_TRANSLATOR_LINE = 60;
/** A name, then after a dash the pictures' credit: "Ngọc Lan - Ảnh: Tuấn Minh". */
const NAME_THEN_PICTURES = /^([^:]{3,60}?)\s+[-–—|]\s+(?:ảnh|photos?|fotos?)\s*[:：]/iu;
/**
 * A name, a comma and the words saying the pictures are the author's own, as Russian and
 * Ukrainian papers sign: "Анна Иванова, фото автора", "…, фото і відео автора".
 */
const NAME_THEN_OWN_PICTURES =
  /^([^:,]{3,60}),\s*(?:фото|фото и видео|фото і відео|фото та відео)\s+автора\.?$/iu;
/** Separates credits on one line: "Tin: A - Ảnh: B", "Reporting by A; Editing by B". */
const CLAUSE = /\s*;\s*|\s+[-–—|]\s+(?=(?:tin|bài|ảnh|clip|video|đồ họa|photos?)\s*[:：])/i;
/** Acronyms that stay upper-case when an all-caps byline is title-cased. */
const ACRONYMS = new Set(['PV', 'CTV', 'BTV', 'TTXVN', 'TTX', 'VOV', 'VTV', 'VNA', 'AFP', 'AP']);

/** Vietnamese academic degrees and titles, abbreviated: "TS" (tiến sĩ), "ThS", "PGS", "BS"… */
const DEGREE_VI = 'gs|pgs|tskh|ts|ths|bsckii|bscki|bs|ks|ncs|cn|ds';
/**
 * Degrees and titles before a Vietnamese name, with their dots, alone or run together ("TS.",
 * "ThS.", "PGS.TS", "GS.TSKH", "ThS.BS"), or without a dot the ones no other language's name
 * opens with ("PGS", "ThS"): a professor's or a doctor's signature, not the name.
 */
const ACADEMIC_TITLES = String.raw`(?:(?:${DEGREE_VI})\.\s?)+(?:${DEGREE_VI})?|pgs|ths|tskh|bsckii|bscki|ncs`;
/**
 * Professions an op-ed's or a column's signature puts before the name: "Luật sư Trần Văn
 * Cường", "Bác sĩ Nguyễn Thị Lan", "Nhà văn Nguyễn Nhật Ánh". Like a form of address, none
 * signs a line by itself.
 */
const PROFESSIONS_VI =
  'luật sư|bác sĩ|dược sĩ|kỹ sư|kĩ sư|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư|nhà văn|nhà thơ|nhạc sĩ|họa sĩ|hoạ sĩ|nghệ sĩ|nhà nghiên cứu|chuyên gia';

/**
 * A parliamentarian's or minister's form of address: "Hon", "The Rt Hon", "Honourable", India's
 * "Shri" and "Smt".
 */
const HONORIFICS = String.raw`(?:the\s+)?(?:rt\.?\s+)?hon(?:ourable|orable)?\.?|shri|smt\.?|shrimati`;

/**
 * A Vietnamese job title, rank or form of address before a name, in any case: "Phóng viên Minh
 * Châu", "PV Minh Châu", "Thượng úy Minh Châu", "ĐẠI TÁ NGUYỄN VĂN AN", "Đồng chí Nguyễn Văn An"
 * ("Đ/c"); a parliamentarian's ({@link HONORIFICS}, captured). The forms of address name a
 * person, not a byline's author.
 */
const TITLE_BEFORE_NAME_VI = new RegExp(
  String.raw`^(?:(phóng viên|nhà báo|biên tập viên|cộng tác viên|pv|ctv|btv|(?:thiếu|trung|thượng|đại) (?:úy|uý|tá|tướng))|đồng chí|đ\/c|(${HONORIFICS})|${ACADEMIC_TITLES}|${PROFESSIONS_VI})\s*:?\s+`,
  'u',
);

/** A parliamentarian's or a senior lawyer's letters after the name: "Rishi Sunak MP". */
const POST_NOMINALS = /\s+(?:MP|MLA|MSP|MS|MHA|MPP|TD|KC|QC|PC)$/;

/** The name without a Vietnamese job title or rank before it ({@link TITLE_BEFORE_NAME_VI}). */
function dropTitleBeforeName(text: string): string {
  return withoutTitleBeforeName(text).name;
}

/**
 * The name without a Vietnamese job title, rank or form of address before it, and whether what
 * was dropped is a reporter's title or a rank (which signs a byline as a name alone does not).
 */
function withoutTitleBeforeName(text: string): { name: string; signed: boolean } {
  const title = TITLE_BEFORE_NAME_VI.exec(lowerVi(text));
  if (title === null) return { name: text, signed: false };
  const rest = text.slice(title[0].length);
  // After an honorific, a full name ("Hon Nicola Willis"; "Hon Lam" may be a given name).
  const honorificBeforeOneWord = title[2] !== undefined && !rest.includes(' ');
  return isCapitalized(rest) && !honorificBeforeOneWord
    ? { name: rest, signed: title[1] !== undefined }
    : { name: text, signed: false };
}

/**
 * What a closing byline notes in brackets after the name: the organisation ("Trung tâm
 * VH-TT"), the agency or outlet ("TTXVN", "VOV.VN"), or where the text came from — compiled
 * ("t/h", "tổng hợp", "st"), translated ("lược dịch", "translated", "traducción"), "theo
 * VnExpress", "Nguồn: Bộ Y tế" — or what the writer did: an interview's "thực hiện", a talk's
 * notes "ghi", "lược ghi", an excerpt "lược trích", an edit "biên tập".
 */
function isBracketedNote(note: string): boolean {
  return (
    signsOutlet(note) ||
    /^(?:t\/h|tổng hợp|lược dịch|dịch|biên dịch|translat(?:ed|ion)|traducci[oó]n|tradu[cç][aã]o|traduction|traduzione|sưu tầm|st|thực hiện|(?:lược )?ghi(?: lại| chép)?|(?:lược )?trích|biên tập|theo\s.+)$/iu.test(
      note,
    ) ||
    SOURCE_LABELLED.test(note)
  );
}

/**
 * Whether a text may be a name written in words, some in lower case: capitalized, at most
 * `words` words and no sentence's marks.
 */
function isNameInWords(text: string, words: number): boolean {
  return isCapitalized(text) && !/[,.;:!?\d]/.test(text) && text.split(/\s+/).length <= words;
}

/**
 * Whether a text is an outlet's or organisation's name written in words, some in lower case,
 * opening with an organisation's word and no longer than a name ("Báo Điện tử Chính phủ",
 * "Cổng thông tin điện tử tỉnh").
 */
function namesOutletInWords(text: string): boolean {
  return ORGANISATION.test(text) && isNameInWords(text, MAX_AFFILIATION_WORDS);
}

/** The most words of an outlet's name in sentence case after "Theo" ("Người lao động"). */
const MAX_OUTLET_WORDS = 4;

/**
 * Whether a text may be an outlet's name in sentence case, of a few words ("Dân trí", "Tuổi
 * trẻ", "Người lao động").
 */
function isShortOutletName(text: string): boolean {
  return isNameInWords(text, MAX_OUTLET_WORDS);
}

/**
 * The person a "Theo" line credits when the line below is the outlet alone, in sentence case
 * ("Theo Minh Anh" over "Nhịp sống thị trường", as CafeF closes): a name of two words or more,
 * no outlet's ("Theo Báo Yên Bái" credits the outlet); else null.
 *
 * @param above - the "Theo" line
 * @param line - the line below it, closing the body
 */
export function personOverOutlet(above: string, line: string): string | null {
  const text = unwrap(cleanText(above));
  const name = text.replace(THEO, '').replace(/[.\s]+$/, '');
  const outlet = cleanText(line);
  const person =
    THEO.test(text) && looksLikeName(name) && name.includes(' ') && !ORGANISATION.test(name);
  return person && isShortOutletName(outlet) && !looksLikeName(outlet) ? name : null;
}

/** The longest unit a credit line names: "Phòng Cảnh sát điều tra tội phạm về ma túy số 2". */
const MAX_UNIT_CREDIT = 60;

/**
 * Whether a line credits the text to a unit, no person: a credit's label, then an organisation
 * whose name holds its number ("Tin, ảnh: Phòng PV01", "Bài, ảnh: Đội CSGT số 2", "Tin: Công an
 * phường 3"), which no person's name does. A sentence after the label says more.
 */
export function isUnitCredit(line: string): boolean {
  const match = CREDIT.exec(line);
  if (match === null) return false;
  const unit = line.slice(match[0].length).replace(/[.\s]+$/, '');
  return (
    unit.length <= MAX_UNIT_CREDIT &&
    ORGANISATION.test(unit) &&
    /\d/.test(unit) &&
    !COLLECTIVE.test(unit) &&
    !/[,;:!?]/.test(unit) &&
    unit.split(/\s+/).length <= MAX_AFFILIATION_WORDS
  );
}

/**
 * Whether a line is a unit or outlet alone, in brackets or not, as a byline's second line gives
 * it below the name: "(Trung tâm VH-TT&TT huyện)", "Đài Truyền thanh huyện".
 */
export function isUnitLine(line: string): boolean {
  const unit = line
    .trim()
    .replace(/^\((.*)\)$/u, '$1')
    .trim();
  return (
    unit !== '' &&
    signsOutlet(unit) &&
    !looksLikeName(unit) &&
    !/[.!?;:,]/.test(unit) &&
    unit.split(/\s+/).length <= MAX_AFFILIATION_WORDS
  );
}

/** Whether a text signs an organisation or outlet: its name, web address or acronym. */
function signsOutlet(text: string): boolean {
  return (
    ORGANISATION.test(text) || DOMAIN.test(text) || OUTLET_ACRONYM.test(text) || isWireAgency(text)
  );
}

/** A web address as an outlet signs: "VOV.VN", "baochinhphu.vn". */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}$/u;
/** An outlet's acronym, alone or with a number, a domain or a desk after it: "VOV1", "VOV-Tây Bắc". */
const OUTLET_ACRONYM = /^\p{Lu}{2,6}\d*(?:$|[.-])/u;

/**
 * The outlet written after a name and a slash, as Vietnamese bylines sign: "Thu Hằng/VOV.VN",
 * "Nguyễn Hoàng/Báo Tin tức", "Minh Hạnh/VOV1" (another name after the slash is a second
 * author: "Mathatisi Sebusi/Mohalenyane Phakela").
 *
 * @returns the name and the outlet, or null when no outlet follows a slash
 */
function outletAfterSlash(text: string): { name: string; outlet: string } | null {
  const m = /^(.*\p{Ll})\s*\/\s*([^/]+)$/u.exec(text);
  const outlet = m?.[2]?.trim();
  if (m?.[1] === undefined || outlet === undefined) return null;
  return signsOutlet(outlet) ? { name: m[1], outlet } : null;
}

function isCapitalized(word: string): boolean {
  const first = word.replace(/^[("'“]+/, '').charAt(0);
  return first !== '' && first === upperVi(first) && first !== lowerVi(first);
}

/**
 * One to four words of letters and marks, a word's parts perhaps joined by a middle dot as
 * Japanese and Chinese transcribe foreign names ("タイン・フオン", "约翰·史密斯").
 * Built on first use, from its source (`from-source.ts`).
 */
const uncasedWords = onFirstUse(() =>
  fromSource(String.raw`^[\p{L}\p{M}]+(?:[ ・·][\p{L}\p{M}]+){0,3}$`, 'u'),
);

/**
 * A name of one to four words written in scripts without capitals (Thai, Arabic, Hebrew,
 * Devanagari, and Georgian in use: {@link casedInUse}): no letter in it has a case, no digit,
 * at most 40 characters.
 */
function isUncasedName(text: string): boolean {
  return text.length <= 40 && uncasedWords().test(text) && !casedInUse().test(text);
}

/**
 * A letter with a case that names write with capitals: Cased_Letter (`\p{LC}`, one class where
 * the union `[\p{Lu}\p{Ll}\p{Lt}]` takes V8 ten times longer to build), not Georgian's. Its
 * letters (Mkhedruli) are lower case by Unicode, but its capitals (Mtavruli) are for headings in
 * capitals alone: a Georgian name ("ნინო ბერიძე") is written as one in a script without case is.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const casedInUse = onFirstUse(() => fromSource(String.raw`(?!\p{sc=Georgian})\p{LC}`, 'u'));
/** A word's first letter in lower case, in a script whose names open with a capital. */
const lowerCaseInUse = onFirstUse(() => fromSource(String.raw`^(?!\p{sc=Georgian})\p{Ll}`, 'u'));

/**
 * Whether a name opens in lower case where its script writes names with a capital ("capital",
 * a brand's label), not in Georgian, whose names have none ({@link casedInUse}).
 *
 * @param name - a name
 */
export function opensInLowerCaseInUse(name: string): boolean {
  return lowerCaseInUse().test(name);
}

/**
 * A byline's names, then a comma, the reporters' outlet or desk and, after a dash, the place they
 * file from ("Por Ana Souza, g1 SP — São Paulo", "By Jane Doe, The Ledger — Lakeland"): the
 * names are the first group.
 */
const AFFILIATION_THEN_PLACE = /^(.+?),\s*[^,—–]{1,40}?\s+[—–]\s+([^,—–]{1,40})$/u;

/** A name of two words or more, each capitalized: a person's full name, not a place. */
function isFullName(text: string): boolean {
  return text.includes(' ') && looksLikeName(text);
}

/** True when every word starts with a capital letter: "Hoàng Anh", "ĐỖ HUY", "Jane Doe". */
export function looksLikeName(text: string): boolean {
  const words = text.split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > 6 || text.length > 60) return false;
  if (/[\d@/:;!?]|https?:/.test(text)) return false;
  return words.every(
    (w) =>
      isCapitalized(w) ||
      /^(?:van|von|de|der|da|di|del|dela|la|le|bin|al)$/.test(w) ||
      JOINED_PARTICLE.test(w),
  );
}

/** Each character that is no letter. Built on first use, from its source (`from-source.ts`). */
const notALetter = onFirstUse(() => fromSource(String.raw`[^\p{L}]`, 'gu'));

/** A letter of a script without case (han, kana, hangul, Thai, Arabic): no sign of capitals. */
const UNCASED_LETTER = /[\p{Lo}\p{Lm}]/u;

/**
 * A name written in capitals in title case: "THU HÀ" → "Thu Hà"; any other text as it is. A
 * name with letters of a script without case is not written in capitals: its Latin ones keep
 * their case ("ABC編集部", an editorial desk under its acronym).
 */
export function titleCase(name: string): string {
  const letters = name.replace(notALetter(), '');
  if (letters === '' || letters !== upperVi(letters) || UNCASED_LETTER.test(letters)) return name;
  // One word of at most four capitals is an agency's acronym ("APA", "SID", "KNA"), not a name.
  if (!name.includes(' ') && letters.length <= 4) return name;
  return name
    .split(' ')
    .map((word) => (ACRONYMS.has(word) ? word : capitalizeParts(word)))
    .join(' ');
}

/** "THOMSON-DEVEAUX" → "Thomson-Deveaux", "O'NEIL" → "O'Neil": each part opens with a capital. */
function capitalizeParts(word: string): string {
  return word
    .split(/(?<=[-'’])/u)
    .map((part) => part.charAt(0) + lowerVi(part.slice(1)))
    .join('');
}

/** "(Theo TTXVN)" → "Theo TTXVN": drops one pair of wrapping brackets. */
function unwrap(text: string): string {
  const m = /^[([（［]\s*(.*?)\s*[)\]）］]\.?$/.exec(text);
  return m?.[1] !== undefined && !/[()[\]（）［］]/.test(m[1]) ? m[1] : text;
}

/**
 * "MDR (Engin Haupt, Alisa Sonntag)": an outlet's acronym, then a list of its reporters in
 * brackets. The reporters are the authors. One bracketed name stays an expansion of the acronym
 * ("AFP (Agence France-Presse)").
 */
const OUTLET_THEN_REPORTERS =
  /^\p{Lu}[\p{Lu}\d.&-]+\s*\(([^()]*(?:,|\/|\s(?:und|and|et|y|e|og|och|và)\s)[^()]*)\)$/u;

/**
 * Job titles written next to a reporter's name: Korean 기자 (reporter) and 특파원
 * (correspondent) after it, Japanese 記者 and 特派員 after it, Chinese 记者/記者 and 通讯员
 * before it ("记者 张三"), and a Japanese desk before it ("金沢支局 山田太郎").
 */
const JOB_TITLE_AFTER = /\s*(?:(?:선임|수석|객원|인턴)?기자|특파원|記者|特派員)$/u;
/**
 * The Chinese word for a reporter or a correspondent, perhaps qualified: the paper's or the
 * site's own (本报记者, 本站通讯员), a special, trainee or staff one (特约记者, 实习记者, 职工通讯员).
 */
const CJK_REPORTER =
  '(?:本[报報站]|特[约約]|[实實见見][习習]|[职職]工|首席)?(?:记者|記者|通讯员|通訊員)';
const CJK_CREDIT_LABEL = String.raw`(?:${CJK_REPORTER}|[\p{scx=Han}\p{scx=Kana}]{1,10}?(?:支局|総局|支社|通信部|報道部|編集部|取材班|社会部|政治部|経済部|国際部))[\s\u3000]*`;
const JOB_TITLE_BEFORE = new RegExp(`^${CJK_CREDIT_LABEL}`, 'u');
/**
 * A Japanese or Chinese credit closing an article in full-width brackets: a desk ("金沢支局",
 * "大阪本社社会部") or the word reporter ("記者", "本报记者") before the reporters' names, one
 * or several joined by "、" ("（金沢支局　山田太郎）", "（记者 宋晨、田中全）"). A bracketed
 * word without one ("（完）", "（新华社）") is none.
 */
const CJK_BRACKETED_CREDIT = new RegExp(
  String.raw`^（${CJK_CREDIT_LABEL}[\p{scx=Han}\p{scx=Kana}]{2,6}(?:[、，,][\s\u3000]*[\p{scx=Han}\p{scx=Kana}]{2,6})*）$`,
  'u',
);
/**
 * A Chinese wire's or newspaper's dateline opening the text, its reporters in full-width
 * brackets after "电" or "讯": "新华社北京12月5日电（记者 王明）", "本报讯（记者 王明 通讯员 李华）"
 * (Korean and Taiwanese wires' datelines: {@link wireDatelineReporters}).
 */
const WIRE_DATELINE_CREDIT = fromSource(
  String.raw`^[\p{scx=Han}\p{N}\s]{1,30}?[电電讯訊]\s*（(${CJK_REPORTER}[^（）]{2,40})）`,
  'u',
);
/** What stands between the names of such a credit: its labels, "、", commas and spaces. */
const BETWEEN_CREDITED = new RegExp(`(?:${CJK_REPORTER}|[、，,\\s\\u3000])+`, 'u');
/**
 * A Chinese name as such a credit writes it: two to four Han characters.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const hanName = onFirstUse(() => /^\p{scx=Han}{2,4}$/u);

/**
 * The reporters a wire's dateline opening a text credits: a Chinese one's in brackets
 * ({@link WIRE_DATELINE_CREDIT}), Yonhap's ({@link KOREAN_WIRE_DATELINE}), Taiwan's CNA's
 * ({@link cnaDateline}), an Urdu or Hindi paper's ({@link placeCredit}, opening the text only);
 * null when the text does not open with one.
 *
 * @param text - a paragraph's text
 * @param opening - whether the paragraph opens the article's text
 */
export function wireDatelineReporters(text: string, opening = true): string[] | null {
  const korean = KOREAN_WIRE_DATELINE.exec(text)?.[1];
  if (korean !== undefined) return korean.split(/\s*·\s*/);
  const japanese = japaneseDateline().exec(text)?.[1];
  if (japanese !== undefined && !JAPANESE_WIRE_CREDIT.test(japanese)) return japanese.split('、');
  const taiwanese = cnaDateline().exec(text)?.[1] ?? taiwanCredit().exec(text)?.[1];
  if (taiwanese !== undefined) return taiwanese.split('、');
  // Brackets after the first words of a later paragraph explain them ("نواز شریف (سابق وزیراعظم)
  // نے کہا", a former prime minister).
  const reporter = opening ? placeCredit().exec(text)?.[1] : undefined;
  if (reporter !== undefined) {
    return reporter.split(/\s+/).some((word) => STAFF_WORDS.has(word)) ? null : [reporter];
  }
  const credit = WIRE_DATELINE_CREDIT.exec(text)?.[1];
  if (credit === undefined) return null;
  const names = credit.split(BETWEEN_CREDITED).filter((n) => hanName().test(n));
  return names.length > 0 ? names : null;
}

/**
 * An Urdu or Hindi paper's dateline: the place, then the reporter's name in brackets, two to four
 * words ("اسلام آباد (محمد صالح ظافر) …", "नई दिल्ली (राजेश शर्मा) …"). Built on its first use
 * ({@link onFirstUse}): most pages never need it.
 */
const placeCredit = onFirstUse(() => {
  const word = String.raw`[\p{sc=Arabic}\p{sc=Devanagari}\p{M}]`;
  return fromSource(
    String.raw`^(?:${word}+\s+){0,2}${word}+\s*\((${word}{2,}(?:\s+${word}{2,}){1,3})\)\s*[-–—:]?\s*\p{L}`,
    'u',
  );
});

/**
 * The words of an agency's or the staff's credit in such brackets, which names no one: "(اے پی
 * پی)", "(این این آئی)", "(آن لائن)" (agencies), "(اسٹاف رپورٹر)", "(نمائندہ جنگ)", "(خبر
 * ایجنسیاں)", "(विशेष संवाददाता)", "(अमर उजाला ब्यूरो)".
 */
const STAFF_WORDS: ReadonlySet<string> = new Set(
  'اے|پی|این|آئی|لائن|نیوز|خبر|ایجنسی|ایجنسیاں|ایجنسیز|اسٹاف|سٹاف|رپورٹر|رپورٹ|نمائندہ|نمائندے|نامہ|ڈیسک|مانیٹرنگ|خصوصی|ویب|संवाददाता|ब्यूरो|एजेंसी|एजेंसियां|भाषा|वार्ता|डेस्क|न्यूज|प्रतिनिधि|रिपोर्टर|विशेष|टीम'.split(
    '|',
  ),
);

/**
 * A Korean wire's or paper's dateline: the place and the outlet in brackets, then the reporters,
 * their title and "=" ("(서울=연합뉴스) 김준형 기자 = …", "… 김동현 특파원 = …", "(세종=뉴스1) …",
 * "[서울=뉴시스]김지훈 기자 = …"), or all of it in square brackets ("[머니투데이 김지훈 기자]",
 * "[헤럴드경제=김지훈 기자]").
 */
const KOREAN_WIRE_DATELINE =
  /^(?:[([](?:[가-힣]{1,10}=)?[가-힣A-Za-z\d]{2,12}[)\]]\s*|\[[가-힣A-Za-z\d]{2,12}[\s=]\s*(?=[^\]]*\]))([가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*[=\]]/u;
/**
 * Taiwan's Central News Agency's dateline: its reporters (three characters each, as Taiwanese
 * names are written), the place and the day ("（中央社記者張建中新竹18日電）").
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const cnaDateline = onFirstUse(
  () =>
    /^（中央社(?:記者|记者)((?:\p{scx=Han}{3}、)*\p{scx=Han}{3})\p{scx=Han}{2,4}\d{1,2}日(?:專)?[電电]）/u,
);

/**
 * A Japanese paper's dateline opening the text: the place, "＝" and its reporters, in lenticular
 * brackets ("【ロンドン＝岡田太郎】", "【北京＝山田一郎、鈴木花子】"). Built on its first use
 * ({@link onFirstUse}): most pages never need it.
 */
const japaneseDateline = onFirstUse(() =>
  fromSource(
    String.raw`^【[\p{scx=Han}\p{scx=Kana}・]{1,12}＝((?:\p{scx=Han}{2,5}、)*\p{scx=Han}{2,5})】`,
    'u',
  ),
);
/** A wire's or paper's name where the reporter's stands ("【ワシントン＝共同】"): no person. */
const JAPANESE_WIRE_CREDIT = /^(?:共同|時事|共同通信|時事通信|読売|朝日|毎日|産経|日経)$/u;

/**
 * A Taiwanese paper's credit opening the text: the reporters (or the translator, 編譯), a slash,
 * the place and "報導" (reported), in brackets or not ("〔記者林曉雲／台北報導〕", "記者林曉雲／台北報導",
 * "〔編譯陳成良／綜合報導〕"), or the reporters alone in brackets ("（記者林曉雲）").
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const taiwanCredit = onFirstUse(() => {
  const names = String.raw`(?:記者|记者|編譯|编译)\s*((?:\p{scx=Han}{2,4}、)*\p{scx=Han}{2,4})`;
  const place = String.raw`\s*[／/]\s*\p{scx=Han}{0,6}?(?:報導|报道)`;
  return fromSource(String.raw`^[〔【［\[（(]?\s*${names}(?:${place}|\s*[〕】］\]）)])`, 'u');
});

/**
 * A Chinese reporter's credit, the whole line: the outlet perhaps first, "记者" and the names
 * (parted by "、", a comma or spaces: "南都记者 余毅菁 向雪妮"), perhaps a slash and where they reported ("聯合報 記者林佳彣／台北即時報導", "澎湃新闻记者 张静",
 * "記者林曉雲／台北報導"). Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const chineseCredit = onFirstUse(() =>
  fromSource(
    String.raw`^(?:[\p{scx=Han}A-Za-z\d]{1,12}\s*[／/]?\s*)??(?:記者|记者)\s*((?:\p{scx=Han}{2,4}(?:[、，,]\s*|\s+(?!報導|报道|摄|攝|通[讯訊]员)))*\p{scx=Han}{2,4})(?:\s*[／/]\s*\p{scx=Han}{0,8}?(?:報導|报道))?$`,
    'u',
  ),
);

/**
 * The reporters a whole line credits the Chinese way ({@link chineseCredit}: "澎湃新闻记者 张静",
 * "記者林曉雲／台北報導"), or null when the line is no such credit.
 */
export function chineseCreditNames(line: string): string[] | null {
  return (
    chineseCredit()
      .exec(line)?.[1]
      ?.split(/[、，,]\s*|\s+/) ?? null
  );
}

/**
 * A Korean reporter credited by title: the Hangul name right before 기자 or 특파원. What comes
 * before the name is a place ("순천, 광양 구현모 기자", "세종=김민수 기자") or the outlet
 * ("한국일보, 신현주 기자"), not a person. Not "기자회견" (a press conference).
 */
const KOREAN_REPORTER =
  /((?:[가-힣]{2,5}\s*·\s*)*[가-힣]{2,5})\s*(?:(?:선임|수석|객원|인턴)?기자|특파원)(?![가-힣])/gu;

/**
 * A line that is a Korean byline and nothing else, as articles end: a place or the outlet
 * ("순천, 광양", "세종=", "한국일보,", the Hankyoreh's "세종/" or a slash alone), the names and
 * their title, the reporter's address ("신현주 기자 spicy@hankookilbo.com", "/김지훈 기자
 * jhkim@hani.co.kr"). Not a sentence with 기자 in it.
 */
const KOREAN_BYLINE_LINE =
  /^\/?(?:[가-힣]{1,10}(?:\s*[,=/]\s*|\s+))*(?:[가-힣]{2,5}\s*·\s*)*[가-힣]{2,5}\s*(?:(?:선임|수석|객원|인턴)?기자|특파원)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/u;

/**
 * The names a Korean byline credits by their title ("김민수·이영희 기자": names joined by a middle
 * dot share it), or null when it credits none so.
 */
function koreanReporters(text: string): string[] | null {
  // Not `matchAll`: V8 compiles its copy of the pattern again after collections, and every
  // cleaned text is searched.
  const runs = Array.from(matchesOf(KOREAN_REPORTER, text), (m) => m[1] ?? '');
  const names = [...new Set(runs.flatMap((run) => run.split(/\s*·\s*/)))];
  return names.length > 0 ? names : null;
}

/**
 * The outlet a contributor wrote for, after the name: "Dolores Chang For Dailymail.Com", "Jane
 * Doe for the Guardian", "Anna Berg für Zeit Online", "Jean Dupont pour Le Monde". The outlet is
 * capitalized or a domain, and the name before it a full one (two words or more).
 */
const FOR_OUTLET =
  /\s+(?:[Ff]or|FOR|[Ff]ür|FÜR|[Pp]our|POUR)\s+(?:(?:[Tt]he|THE)\s+)?(?:\p{Lu}|[\p{L}\p{N}-]+\.[a-z]{2,}\b).*$/u;

/**
 * Where a reporter filed from, after each name: "Jane Doe in Kyiv and John Roe in Moscow", "aus
 * Berlin", "à Paris" — capitalised words up to the end of the name.
 */
const FILED_FROM =
  /\s+(?:in|aus|from|à|en|em)\s+\p{Lu}[\p{L}.'’-]*(?:[\s-]\p{Lu}[\p{L}.'’-]*)*(?=\s*(?:$|[,;]|\s(?:and|und|et|y|e|og|và|&)\s))/gu;

/** A news agency credited beside the names: "Diana Resnik mit AP", "with AFP", "avec AFP". */
const WITH_AGENCY = /\s+(?:mit|with|avec|con|com)\s+\p{Lu}{2,5}$/u;

/**
 * Names written in capitals, then their outlet or job title in mixed case with no comma between:
 * "JANE DOE The Pantagraph", "MARY CLARE JALONICK and KEVIN FREKING Associated Press",
 * "CHRISTOPHER RUGABER AP Economics Writer" (US papers' bylines). The capitals' words (two at
 * least before the outlet, joined by "and" or "&" if several names) and the outlet's (perhaps a
 * wire's or network's acronym, then a capital and small letters; then capitalised words, or
 * "of", "the", "and" between them).
 */
const OUTLET_AFTER_CAPITALS =
  /^((?:\p{Lu}[\p{Lu}\p{M}'’.-]*\s+(?:(?:and|&)\s+)?)*?\p{Lu}[\p{Lu}\p{M}'’.-]*\s+\p{Lu}[\p{Lu}\p{M}'’.-]*)\s+((?:(?:AP|AFP|UPI|USA|NBC|CBS|ABC|CNN|CNBC|BBC|NPR|PBS|ESPN)\s+)?\p{Lu}\p{Ll}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}\p{M}'’.&-]*))*)$/u;
/**
 * A full name, then an outlet whose name opens with "The", which no one's name has between its
 * words: "Jane Doe The Pantagraph".
 */
const THE_OUTLET_AFTER_NAME =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+)\s+(The\s+\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|and|\p{Lu}[\p{L}\p{M}'’.&-]*))*)$/u;
/** The longest text read for names and an outlet without a comma between. */
const MAX_BYLINE_WITH_OUTLET = 160;
/** A name's suffix after the name in capitals, which no outlet is: "JOHN SMITH Jr." */
const NAME_SUFFIX = /^(?:Jr|Sr|Snr|Jnr)\.?$/;

/**
 * The names in capitals, or a name before "The …", and their outlet parted by a comma, as bylines
 * with one write them ("JANE DOE The Pantagraph" → "JANE DOE, The Pantagraph"); any other text
 * as it is.
 *
 * @param text - a byline's names, its word for "by" taken off
 */
export function commaBeforeOutlet(text: string): string {
  // A byline's length at most: the patterns try each split of the words.
  if (text.length > MAX_BYLINE_WITH_OUTLET) return text;
  const match = OUTLET_AFTER_CAPITALS.exec(text) ?? THE_OUTLET_AFTER_NAME.exec(text);
  if (match === null || NAME_SUFFIX.test(match[2] ?? '')) return text;
  return `${match[1]}, ${match[2]}`;
}

/** The outlet a contributor wrote for, after the name and a comma: "Special to the Gazette". */
const SPECIAL_TO = /^special to\b/i;

/** Drops brackets that open or close nothing in a name ("Alisa Sonntag)"). */
function dropUnpairedBrackets(name: string): string {
  const opens = (name.match(/[([]/g) ?? []).length;
  const closes = (name.match(/[)\]]/g) ?? []).length;
  return opens === closes ? name : name.replace(/[()[\]]/g, '').trim();
}

/**
 * A single word written with a capital, or an acronym in capitals ("TNN"): no full name. Built
 * on the first byline whose names run on after a dash or bar.
 */
const oneCapitalizedWord = onFirstUse(() => /^\p{Lu}(?:[\p{Ll}\p{M}'’-]*|[\p{Lu}\d]{1,5})$/u);

/**
 * A picture's credit written without a colon: "Foto ANSA", "Photo Reuters", "Bild dpa", and after
 * the names "Tekst Jan Jansen, foto's Piet de Vries".
 */
const PICTURE_CREDIT_WORDS =
  /^(?:foto's|fotos?|photos?|bild|bilder|fotografía|fotografia)\s+(?!\s*:)\S/iu;

/**
 * A unit's acronym before the place it serves, after a name's dash: "CDC Nghệ An", "CDC Hà
 * Tĩnh" (in capitals, then a word in mixed case: not a name in capitals, "LÊ HOA").
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const unitAcronym = onFirstUse(() => /^\p{Lu}{2,6}\d*\s+\p{Lu}\p{Ll}/u);

/** Whether a byline's fields are Vietnamese people's names, one a letter only Vietnamese writes. */
function writesVietnameseNames(fields: readonly string[]): boolean {
  const names = fields.join(' - ');
  return A_VIETNAMESE_LETTER.test(names) && namesVietnamesePeople(titleCase(names));
}

/** Removes the organisation part of "Name - Organisation" or "Name (Organisation)". */
function stripAffiliation(part: string): string[] {
  const withoutParens = part.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
  // The separators kept at odd indices: a field is told by the separator around it.
  const split = withoutParens.split(/(\s+[-–—|]\s+|\s*[–—|]\s*)/);
  const pieces = split.filter((_, i) => i % 2 === 0);
  const bar = (i: number) => split[2 * i + 1]?.includes('|');
  const names: string[] = [];
  for (const [index, piece] of pieces.entries()) {
    const candidate = piece.trim();
    if (candidate === '') continue;
    if (
      index > 0 &&
      (ORGANISATION.test(candidate) ||
        unitAcronym().test(candidate) ||
        OUTLET_END.test(candidate) ||
        !looksLikeName(candidate))
    ) {
      break;
    }
    // One word in a script with capitals is the outlet or place ("Anna Berg — Beispielblog",
    // "Saibal Dasgupta | TNN"); so is a place by its form, or a field the date follows
    // ("Anjali Marar | Navi Mumbai | December 14, …": name, place and date in fields of one line;
    // a dash then the date's bar joins names: "Thu Hà - Minh Tuấn | 14/12/2024 21:40"), unless
    // the fields so far are Vietnamese names side by side ("Thu Hà - Minh Tuấn - 14/12/2024").
    if (
      index > 0 &&
      (oneCapitalizedWord().test(candidate) ||
        placeByForm().test(candidate) ||
        (/\d/.test(pieces[index + 1] ?? '') &&
          bar(index - 1) === bar(index) &&
          !writesVietnameseNames(pieces.slice(0, index + 1))))
    ) {
      break;
    }
    names.push(candidate);
  }
  return names;
}

/**
 * Emoji beside a name ("Anna Berg ❤️", "✨ Anna Berg", a flag) and the selectors, joiners and
 * skin tones that build them; not ©, ® and ™, which credits and trade names write.
 */
const PICTOGRAPHS =
  /(?![©®™])\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F|\u200D|\u20E3/gu;
/** The underscore a user name writes for the space before a capital ("Anna_Berg"). */
const UNDERSCORE_SPACE = /(?<=\p{L})_(?=\p{Lu})/gu;

/**
 * Cleans a raw author string into person names: drops credit prefixes and "By", splits lists
 * ("A, B và C", "A and B"), strips affiliations and e-mail/URL values, title-cases all-caps names.
 *
 * @param raw - an author field or byline, e.g. `Tin, ảnh: ĐỖ HUY.`
 * @returns the names, possibly empty
 * @example cleanAuthors('Hoàng Anh - Đài Truyền thanh huyện') // ['Hoàng Anh']
 */
export function cleanAuthors(raw: string): string[] {
  // A copy: the callers may change the list they are given.
  return [...cleanedAuthors.of(raw, cleanAuthorsOnce)];
}

/**
 * {@link cleanAuthors}'s answers, by raw text: a page's author values, byline lines and link
 * texts are cleaned again by each reader that looks at them (a third of them twice or more),
 * and each cleaning runs some forty patterns.
 */
const cleanedAuthors = new TextAnswers<readonly string[]>(2000, 300);

/** {@link cleanAuthors}, read from the text. */
function cleanAuthorsOnce(raw: string): string[] {
  let text = unwrap(
    cleanText(raw.replace(PICTOGRAPHS, ' ').replace(UNDERSCORE_SPACE, ' ')),
  ).replace(/[.;,\s]+$/, '');
  if (/^https?:\/\//i.test(text) || /^\S+@\S+\.\S+$/.test(text)) return [];
  // A line crediting the translator alone ("TRANSLATION BY …" under the byline) names no author.
  if (isTranslatorLine(text)) return [];
  text = text.replace(TRANSLATOR, '').replace(CREDIT, '');
  const unlabelled = text;
  text = text
    .replace(BY, '')
    .replace(BY_OTHER, (label, _at, whole: string) => (byOtherLabel(whole) === null ? label : ''))
    .replace(BY_LABEL, '')
    .replace(BY_ITALIAN, '');
  if (text === unlabelled && !EAST_ASIAN_SURNAME.test(text)) {
    text = text.replace(BY_SWAHILI_FILIPINO, '');
  }
  text = text
    .replace(BEFORE_NAME_IN_GENITIVE, '')
    .replace(THEO, '')
    .trim()
    .replace(OUR_STAFF_BEFORE_NAME, '');
  if (text === '') return [];
  text = text.replace(BRACKETED_NOTE, (note, inner: string) =>
    inner.split(',').every((part) => isFullName(part.trim())) ? note : '',
  );
  text = text.replace(POSTED_IN_AFTER, '');
  if (text === '') return [];
  const reporters = koreanReporters(text);
  if (reporters !== null) return reporters;
  const chinese = chineseCreditNames(text);
  if (chinese !== null) return chinese;
  text = OUTLET_THEN_REPORTERS.exec(text)?.[1] ?? text;
  const names: string[] = [];
  // "Reporting by A; Editing by B" (Reuters): A wrote it, B edited it.
  for (const clause of text.split(CLAUSE)) {
    // Editors are credited, but they are not authors.
    if (/^(?:editing|edited)\s+by\b/i.test(clause)) continue;
    const credited = dropLabelBeforeName(clause)
      .replace(CREDIT, '')
      .replace(/^(?:editing|additional reporting)\s+by\s+/i, '')
      .replace(BY, '')
      // After a full name only: "Organization for Transformative Works" names no person.
      .replace(FOR_OUTLET, (outlet, at: number, whole: string) =>
        whole.slice(0, at).trim().includes(' ') ? '' : outlet,
      )
      .replace(WITH_AGENCY, '')
      .replace(FILED_FROM, '');
    // A photographer's credit among the names: "A, Brian Brainerd | The Denver Post | Getty Images".
    // A place after a comma is where the reporter filed from: "Rahul Sharma, New Delhi"; a source
    // credited there is no one ("Thanh Hà, Nguồn: Sở Công Thương").
    const written = commaBeforeOutlet(credited)
      .split(/\s*,\s*/)
      .filter(
        (part, i) =>
          !creditsPicture(part) &&
          !(
            i > 0 &&
            (placeByForm().test(part) ||
              PICTURE_CREDIT_WORDS.test(part) ||
              SPECIAL_TO.test(part) ||
              SOURCE_LABELLED.test(part))
          ),
      )
      .join(', ');
    const body = outletAfterSlash(written)?.name ?? written;
    const parts = splitNames(body).map(withoutTitleAfterName);
    // A desk is read as a title: the paper and the city after it are its own ("न्यूज डेस्क, अमर
    // उजाला, नई दिल्ली", news desk).
    // A role of any words after the name too: "Rachel Sterling, Product Marketing Manager, Google
    // Small Business Team" (a corporate blog's "Posted by" line), its team left out.
    const titles = parts.map(
      (part, i) =>
        isJobTitleOnly(part) || isNewsroomSignOff(part) || (i > 0 && isRoleAfterName(part)),
    );
    // After a job title, the parts are that person's affiliation ("Jane Doe, Professor of
    // History, Yale University") until a name with a job title of its own.
    let affiliation = false;
    for (const [i, part] of parts.entries()) {
      if (DEGREE.test(part)) continue;
      if (titles[i]) {
        affiliation = true;
        continue;
      }
      if (affiliation && titles[i + 1] !== true) continue;
      affiliation = false;
      // A label repeated inside the list: "Analysis by A, CNN, Analysis by A".
      const bare = dropLabelBeforeName(part)
        // Each part may have its credit: "Tin: A, ảnh: B", "Text: A, Fotos: B".
        .replace(CREDIT, '')
        .replace(DESK_AFTER_NAME, '')
        .replace(BEFORE_NAME_IN_GENITIVE, '')
        .replace(TRAILING_TIME, '')
        .replace(TRAILING_HANDLE, '')
        .replace(TRAILING_WEEKDAY, '');
      for (const name of stripAffiliation(bare)) {
        const bare = dropTitleBeforeName(
          dropUnpairedBrackets(name)
            .replace(JOB_TITLE_BEFORE, '')
            .replace(JOB_TITLE_AFTER, '')
            .replace(POST_NOMINALS, ''),
        );
        // A job title beside the name is none ("Jane Doe, Senior Correspondent").
        if (isJobTitleOnly(bare)) continue;
        const cut = titleCase(bare.replace(/^[-–—•·/\s]+|[-–—.,/\s]+$/g, ''));
        // Initials keep their last dot as printed ("B.R."), but for a label ("P.V.").
        const cleaned = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(cut) && !isLabelWord(cut) ? `${cut}.` : cut;
        if (cleaned.length < 2 || cleaned.length > 60 || /\d/.test(cleaned)) continue;
        if (cleaned.split(' ').length > 6) continue;
        if (!names.some((n) => lowerVi(n) === lowerVi(cleaned))) {
          names.push(cleaned);
        }
      }
    }
  }
  return names;
}

/**
 * A place's name by its form, as a byline writes it after the reporter's name and a comma: its
 * first word one that opens places' names and no one's first name ("New Delhi", "San
 * Francisco", "Hong Kong", "São Paulo", "Kuala Lumpur", "Port Moresby"), or "City" last
 * ("Mexico City"). A place of one word is no full name already.
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const placeByForm = onFirstUse(
  () =>
    /^(?:(?:New|San|Santa|Santo|São|Sao|Los|Las|Saint|St\.?|Sankt|Hong|Kuala|Buenos|Tel|Cape|Port|Puerto|Addis|Phnom|Ho Chi)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*)*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+City)$/u,
);

/** Whether a text opens with a lower-case letter. */
function opensInLowerCase(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toUpperCase();
}

/**
 * Whether a part of a line after a dash reads as a sentence's, not as a name or an
 * organisation's ("Hoàng Anh - Đài Truyền thanh huyện"): it opens in lower case ("Nato - the
 * North Atlantic Treaty Organization - was formed…"), holds a sentence's marks ("…: South
 * Dakota is on meth") or figures ("Tue – Sat 4PM"), or goes on in lower case after a comma
 * ("To LeBron James, triple-doubles are not a goal").
 */
function isSentencePart(part: string): boolean {
  // An organisation's or a title's words, in lower case too: "phóng viên Báo Hà Tĩnh".
  if (ORGANISATION.test(part) && !/^the /i.test(part)) return false;
  return /[\d:;!?]/.test(part) || part.split(/,\s*/).some(opensInLowerCase);
}

/** The most words of an organisation written after a name and a comma. */
const MAX_AFFILIATION_WORDS = 8;

/**
 * The people a line set apart names (in bold, right-aligned, or after a dash) when its words are
 * not all capitalized: full names joined by a language's "and" ("Thu Hà và Minh Đức", "Anna Berg
 * und Jan Schmidt"), or a full name and, after a comma, the organisation it works for ("Lê Thị
 * Hoa, Công an huyện Yên Bình"). A place and a date ("Hà Nội, ngày 5 tháng 3") or a sentence is
 * none.
 *
 * @returns the names as written, or null
 */
function namesSetApart(text: string): string | null {
  const parts = splitNames(text);
  if (parts.length > 1 && parts.every(isFullName)) return text;
  return nameBeforeAffiliation(text, false);
}

/**
 * A full name and, after a comma, the unit it works for as an organisation's word opens it
 * ("Trần Thị Mai, Phòng Tư pháp huyện", "Hoàng Anh, Đài Truyền thanh huyện"): a byline even
 * when nothing sets it apart. Not a title ("Nguyễn Văn An, Chủ tịch UBND tỉnh") nor a place.
 *
 * @returns the name, or null
 */
function nameBeforeUnit(text: string): string | null {
  return nameBeforeAffiliation(text, true);
}

/**
 * Whether a text is a full name, a comma and a news agency, however the agency is written:
 * "Anna Berg, Reuters", "Anna Berg, dpa", "Jan Novák, ČTK" sign a text, both as its authors (as
 * "Von Anna Berg, dpa" does).
 */
function isNameAndAgency(text: string): boolean {
  const comma = /^([^,]+),\s*([^,]+)$/u.exec(text);
  const [, name = '', agency = ''] = comma ?? [];
  return isFullName(name) && isWireAgency(agency);
}

/** The full name before a comma and an organisation ({@link namesSetApart}), or null. */
function nameBeforeAffiliation(text: string, unitOnly: boolean): string | null {
  const comma = /^([^,]+),\s*(.+)$/u.exec(text);
  const [, name = '', organisation = ''] = comma ?? [];
  if (!isFullName(name) || !isCapitalized(organisation) || looksLikeName(organisation)) return null;
  if (unitOnly && !ORGANISATION.test(organisation)) return null;
  if (organisation.split(/\s+/).length > MAX_AFFILIATION_WORDS) return null;
  return /[\d:;!?,]/.test(organisation) ? null : name;
}

/**
 * Words of a sentence or a heading, never of a name, in the languages whose headings are set
 * in capitals or title case: "USING HONEY INSTEAD OF SUGAR", "What You Need To Make Jam". Not
 * the ones that are surnames too: "Im" (Korean), "You" (Chinese), "Sur" (Bengali).
 */
const HEADING_WORDS: ReadonlySet<string> = new Set(
  [
    'of to for in on at with from into about instead your our how what why is are was were',
    'für mit zum zur ist sind wie warum pour avec dans est para con',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a line's words hold one of {@link HEADING_WORDS}. */
function holdsHeadingWords(text: string): boolean {
  return text.split(/\s+/).some((word) => HEADING_WORDS.has(word.toLowerCase()));
}

/** Whether a line's text before its dash is a wire story's dateline: "LOS ANGELES (AP)". */
function isWireDateline(text: string): boolean {
  const agency = /\(([^()]{1,30})\)$/.exec(text);
  return agency !== null && isWireAgency(agency[1] ?? '');
}

/** An outlet or station as a credit writes it in lower case: "rbb", "tagesschau", "hr-info". */
const outletInLowerCase = onFirstUse(() => /^\p{Ll}[\p{Ll}\d.-]*$/u);
/** The most words of an outlet in a reporter's credit ("NDR Info", "Báo Hà Tĩnh"). */
const MAX_CREDIT_OUTLET_WORDS = 4;

/** Whether a part of a credit after the name names an outlet or station ({@link signsOutlet}). */
function isCreditOutlet(part: string): boolean {
  return (
    part.split(/\s+/).length <= MAX_CREDIT_OUTLET_WORDS &&
    (signsOutlet(part) || outletInLowerCase().test(part))
  );
}

/**
 * A reporter's credit closing the text: the full name, the station or outlet (one or more, as
 * their acronyms, in lower case or by an organisation's word), then the date, parted by commas:
 * "Anna Brück, rbb, tagesschau, 14.10.2026 12:47 Uhr", "Jan Ruf, NDR, 03.02.2025". The names (a
 * wire agency among the outlets too, as "Anna Berg, dpa" credits it) and the date; null for any
 * other line.
 *
 * @param line - a cleaned line
 * @param isDate - whether a text is a date line and nothing more
 */
export function creditWithDate(
  line: string,
  isDate: (text: string) => boolean,
): { names: string[]; date: string } | null {
  const [name = '', ...rest] = line.split(/\s*,\s*/);
  if (rest.length < 2 || !isFullName(name)) return null;
  for (let k = 1; k < rest.length && isCreditOutlet(rest[k - 1] ?? ''); k++) {
    const date = rest.slice(k).join(', ');
    if (!isDate(date)) continue;
    const names = [...cleanAuthors(name), ...rest.slice(0, k).filter(isWireAgency)];
    return names.length > 0 ? { names, date } : null;
  }
  return null;
}

/**
 * The names of a reporter's credit to the site itself: a full name, a comma and the site's own
 * name, nothing more ("Jonas Petraitis, Delfi", as Delfi opens its articles); null for any other
 * line (a name and a place, a name and another outlet: a source's).
 *
 * @param line - a cleaned line
 * @param isSite - whether a text is the site's own name
 */
export function siteCreditNames(line: string, isSite: (text: string) => boolean): string[] | null {
  const [name = '', outlet, ...more] = line.split(/\s*,\s*/);
  if (outlet === undefined || more.length > 0 || !isFullName(name)) return null;
  if (!isSite(outlet.replace(/\.$/, ''))) return null;
  const names = cleanAuthors(name);
  return names.length > 0 ? names : null;
}

/**
 * A broadcaster's sign-off: a name, then the news service's name ending in "News", "Radio", "TV"
 * or "Television", and perhaps the place reported from ("Max Lee, KBS World Radio News.", "Anna
 * Berg, NPR News, Washington.").
 */
const BROADCAST_SIGN_OFF =
  /^([^,]{3,60}),\s+(?:\p{Lu}[\p{L}\d&.'’-]*\s+){0,5}(?:News|Radio|TV|Television)(?:,\s*\p{Lu}[\p{L} .'’-]{1,40})?\.?$/u;

/** A dash opening a sign-off, before a capital or a letter of a script without capitals. */
const SIGN_OFF_DASH = /^[-–—]+\s*(?=\p{Lu}|\p{Lo})/u;

/**
 * A lyrics page's heading, the song's name ending with the word for its lyrics, a featured
 * artist in brackets after it ("PJ Morton – Only One Lyrics (Ft. Stevie Wonder)", "… Songtext"):
 * the artist and the song, no writer of the page.
 */
const SONG_HEADING = /\s(?:lyrics|songtext|paroles)(?:\s+\([^)]*\))?$/iu;

/**
 * Recognises a byline line at the end of an article body and returns its names, or null when
 * the line is ordinary text. Accepts credit lines ("Tin, ảnh: …", "Bài và ảnh: …", "Анна
 * Иванова, фото автора"),
 * "Theo …" sources, collective credits ("Nhóm PV"), "By …", "by" in other languages or an
 * "Author:" label followed by names ("Von Anna Müller", "Автор: Иван Петров"), and — when
 * `emphasised`, signed off with a dash, or written in capitals or followed by an affiliation —
 * a bare name ("Hoàng Anh - Đài Truyền thanh huyện", "Nguyễn Văn An (Trung tâm VH-TT)", "- Nadja
 * Podbregar"), and a Korean reporter's line ("순천, 광양 구현모 기자 ninek@…").
 *
 * @param line - the text of the last line of the body
 * @param emphasised - whether the line is bold, italic or right-aligned
 * @returns the author names, or null when the line is not a byline
 */
export function parseByline(line: string, emphasised = false): string[] | null {
  // A dash before a name signs the text off ("- Nadja Podbregar", "— Anna Berg"): it sets the
  // name apart as emphasis does. The editorial desk after a Japanese name is none of it.
  const cleaned = cleanText(line).replace(DESK_AFTER_NAME, '');
  const signedOff = SIGN_OFF_DASH.test(cleaned);
  // A job title or rank before the name is no part of it: "Thượng úy Minh Châu".
  const { name: text, signed: titled } = withoutTitleBeforeName(
    unwrap(signedOff ? cleaned.replace(SIGN_OFF_DASH, '') : cleaned),
  );
  if (text === '' || text.length > 120) return null;
  // A picture's credit without a colon ("Foto ANSA", "Photo Reuters") names its photographer or
  // agency, no author of the text.
  if (PICTURE_CREDIT_WORDS.test(text) || SONG_HEADING.test(text)) return null;
  const names = (() => {
    // "Por Ana Souza, g1 SP — São Paulo": the names, then their outlet or desk and the place.
    // A wire agency after the dash credits the names before it ("By A, B — Reuters").
    const placed = AFFILIATION_THEN_PLACE.exec(text);
    if (
      placed?.[1] !== undefined &&
      !isWireAgency(placed[2] ?? '') &&
      (BY.test(text) || byOtherLabel(text) !== null)
    ) {
      return cleanAuthors(placed[1]);
    }
    if (KOREAN_BYLINE_LINE.test(text)) return koreanReporters(text);
    if (CJK_BRACKETED_CREDIT.test(cleaned)) return cleanAuthors(cleaned);
    const broadcast = BROADCAST_SIGN_OFF.exec(text);
    if (broadcast !== null) {
      const name = broadcast[1] as string;
      return looksLikeName(name) ? [name] : null;
    }
    if (CREDIT.test(text)) return cleanAuthors(text);
    // A name, then the pictures' credit: "Ngọc Lan - Ảnh: Tuấn Minh", as Tuổi Trẻ and Thanh Niên
    // sign, read as "Tin: Ngọc Lan - Ảnh: Tuấn Minh" is.
    const pictured = NAME_THEN_PICTURES.exec(text);
    if (pictured !== null && looksLikeName(pictured[1] ?? '')) return cleanAuthors(text);
    const ownPictures = NAME_THEN_OWN_PICTURES.exec(text)?.[1];
    if (ownPictures !== undefined && looksLikeName(ownPictures)) return cleanAuthors(ownPictures);
    if (BY.test(text) && text.length <= 100) {
      // "By our correspondent Jane Doe": the name after the staff's words.
      const named = text.replace(BY, '').replace(OUR_STAFF_BEFORE_NAME, '');
      return opensInLowerCase(named) ? null : cleanAuthors(text);
    }
    // "By" in another language, or an "Author:" label: a byline only when what follows names
    // people ("Von Anna Müller und Jan Schmidt", not "Von Montag an gilt …"), a wire agency
    // beside them however it is written ("…, dpa").
    if (
      (byOtherLabel(text) !== null ||
        BY_LABEL.test(text) ||
        BEFORE_NAME_IN_GENITIVE.test(text) ||
        BY_SWAHILI_FILIPINO.test(text)) &&
      text.length <= 100
    ) {
      const names = cleanAuthors(text);
      // Names in a script without capitals (Thai, Arabic) are names after the label.
      if (names.length > 0 && names.every(isUncasedName)) return names;
      return names.some(looksLikeName) && names.every((n) => looksLikeName(n) || isWireAgency(n))
        ? names
        : null;
    }
    // A genre's credit set apart: "Ein Interview von Eugen Zentner mit Sonja Silberhorn."
    if (emphasised && text.length <= 100 && dropLabelBeforeName(text) !== text) {
      const names = cleanAuthors(text);
      if (names.length > 0 && names.every(looksLikeName)) return names;
    }
    // A wire agency named as the source ("Nguồn: TTXVN", "Bron: Belga") is credited as "Theo
    // TTXVN" is; another source ("Nguồn: Báo Yên Bái") stays the reader's, naming no author.
    const agency = sourcedAgency(text);
    if (agency !== null) return [agency];
    if (THEO.test(text)) {
      const source = text.replace(THEO, '').replace(/[.\s]+$/, '');
      // The outlet may be named in words of lower case: "Theo Báo Điện tử Chính phủ" (not "Theo
      // báo cáo của Sở Y tế, …", a sentence).
      const first = source.split(/\s+[-–—]\s+/)[0] ?? '';
      // Set apart, a short name in sentence case is the outlet's too: "Theo Dân trí".
      // So may its web address: "Theo baochinhphu.vn".
      return looksLikeName(first) ||
        namesOutletInWords(first) ||
        DOMAIN.test(first) ||
        (emphasised && isShortOutletName(first))
        ? cleanAuthors(source)
        : null;
    }
    const collective = COLLECTIVE.exec(text);
    if (collective) {
      // The newsroom's word for its reporters names no one ({@link isCollectiveCredit}); its
      // outlet after a slash is who signs: "PV/VOV-Tây Bắc", "Nhóm PV/Báo Tin tức".
      const rest = text.slice(collective[0].length).trim();
      return rest.startsWith('/') ? cleanAuthors(rest.slice(1)) : null;
    }
    const signed = text.replace(/[.\s]+$/, '');
    // The outlet after a slash is an affiliation too: "Thu Hằng/VOV.VN".
    const withOutlet = outletAfterSlash(signed);
    const bare = withOutlet?.name ?? signed;
    // An organisation in brackets after the name is its affiliation too: "Nguyễn Văn An (Trung
    // tâm VH-TT)".
    // So is the source credited after a dash or comma: "Thanh Hà - Nguồn: Sở Công Thương".
    const sourced = /^(.+?)\s*[-–—,]\s*(\p{L}+\s*:.+)$/u.exec(bare);
    const bracketed =
      /^(.+?)\s*\(([^()]+)\)$/.exec(bare) ??
      (sourced !== null && SOURCE_LABELLED.test(sourced[2] ?? '') ? sourced : null);
    const note =
      bracketed?.[1] !== undefined && isBracketedNote(bracketed[2] ?? '') ? bracketed : null;
    // With a note, names may be joined by a dash before it: "Quang Huy - Thanh Thủy (TTXVN)".
    const [first = '', ...written] = (note?.[1] ?? bare).split(/\s+[-–—]\s+/);
    if (note !== null && !written.every(looksLikeName)) return null;
    if (written.some(isSentencePart) || isWireDateline(first) || holdsHeadingWords(first)) {
      return null;
    }
    const affiliation = [
      ...written,
      ...(note?.[2] === undefined ? [] : [note[2]]),
      ...(withOutlet === null ? [] : [withOutlet.outlet]),
    ];
    const capitals = first === upperVi(first);
    // Words trailing off ("All...") are a sentence's. One word in brackets tags an outlet ("[
    // Wired ]") and a label's word labels ("Disclaimer"): no name, unless in capitals or an
    // agency's ("(AFP)"). One word in bold otherwise is a name ("Heryadi").
    if (/(?:\.{2,}|…)$/.test(text)) return null;
    const oneWord = !/[\s-]/.test(first);
    const tag = /^[([]/.test(cleanText(line)) || isLabelWord(first);
    if (oneWord && affiliation.length === 0 && !capitals && !isWireAgency(first) && tag) {
      return null;
    }
    if (affiliation.length === 0 && isNameAndAgency(first)) return cleanAuthors(first);
    // Names joined by slashes ("Mathatisi Sebusi/Mohalenyane Phakela") are read one by one.
    // A dash before two to four words of a script without capitals signs the text off as one
    // before a capitalised name does ("- مريم الحامدي"); one word after it is no full name.
    if (signedOff && affiliation.length === 0 && first.includes(' ') && isUncasedName(first)) {
      return [first];
    }
    if (!first.split(/\s*\/\s*/).every(looksLikeName)) {
      // Plain, a full name before a comma signs only with its unit after it: "Trần Thị Mai,
      // Phòng Tư pháp huyện".
      const setApart =
        emphasised || signedOff || titled ? namesSetApart(first) : nameBeforeUnit(first);
      return setApart === null ? null : cleanAuthors(setApart);
    }
    // A rank or a reporter's title before a full name signs it: "Thượng tá Lê Văn Tám".
    const signs = titled && isFullName(first);
    if (!emphasised && !signedOff && !capitals && !signs && affiliation.length === 0) return null;
    // An office signs a notice, no person: "VĂN PHÒNG HĐND VÀ UBND HUYỆN".
    if (ORGANISATION.test(first) && !isWireAgency(first) && !SURNAME_THEN_NAME.test(first)) {
      return null;
    }
    return cleanAuthors(bare);
  })();
  return names !== null && names.length > 0 ? names : null;
}
