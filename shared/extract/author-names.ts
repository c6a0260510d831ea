/**
 * What is not a person's name in an author field: navigation words ("Topics", "Categories"),
 * labels and credits ("Anzeige", "Image: Getty Images"), job titles beside a name ("News
 * Reporter"), an author box's links ("@handle", "View all posts by …"), CMS account names ("jdadmin",
 * "emma-mackenzie"), and the site or another outlet ("mdr.de", "n-tv NACHRICHTEN").
 */
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';
import { isSitesPerson, namesSite, type SiteIdentity } from './site.ts';
import { TextAnswers } from './text-answers.ts';

/** A newsroom's words for itself, naming no one: "Redaktion", "La Rédaction", "Ban Biên tập". */
const NEWSROOM_WORDS = [
  'redaktion|die redaktion|redacción|redaccion|rédaction|redazione|redação|redacao|redactie',
  'redaksjonen|redaktionen|redakcja|newsroom|team|the team|editorial team|tòa soạn|ban biên tập',
  // … a desk or the newsroom named without its outlet: "Web Desk", "Redacción Digital", "Da
  // Redação" (from the newsroom), Turkish "Haber Merkezi" (news centre), Bengali "নিজস্ব
  // প্রতিবেদক" (own correspondent), Urdu "ویب ڈیسک" (web desk), Swahili "(Na) Mwandishi Wetu"
  // ((by) our correspondent; "Waandishi", correspondents)
  'web desk|news desk|online desk|digital desk|city desk|our correspondent|our reporter',
  'mwandishi wetu|waandishi wetu|na mwandishi wetu|na waandishi wetu',
  'staff correspondent|own correspondent|redacción digital|redacción online|redacción web',
  'redazione online|redazione web|redazione digitale|da redação|da redacção|redação online',
  'redakce|redakcia|redakcija|uredništvo|szerkesztőség|redacția|redacţia|редакція|редакция',
  'редакција|редакцията|σύνταξη|haber merkezi|নিজস্ব প্রতিবেদক|ویب ڈیسک|نیوز ڈیسک',
  'न्यूज डेस्क|न्यूज़ डेस्क|डिजिटल डेस्क|वेब डेस्क',
  // … and South Asian papers' staff reporter, special or own correspondent, in Urdu, Hindi and
  // Bengali: "اسٹاف رپورٹر", "نمائندہ خصوصی", "स्टाफ रिपोर्टर", "निज संवाददाता", "স্টাফ রিপোর্টার"
  'اسٹاف رپورٹر|سٹاف رپورٹر|نمائندہ خصوصی|نامہ نگار|ہمارے نمائندے',
  'स्टाफ रिपोर्टर|निज संवाददाता|हमारे संवाददाता|विशेष संवाददाता',
  'স্টাফ রিপোর্টার|নিজস্ব সংবাদদাতা|বিশেষ প্রতিনিধি',
  // Vietnamese newsrooms' words for their reporters, editors and contributors: "PV" (phóng
  // viên), "BTV" (biên tập viên), "CTV" (cộng tác viên), their team ("Nhóm PV")
  'pv|p.v|btv|ctv|phóng viên|biên tập viên|cộng tác viên|nhóm pv|nhóm ctv|nhóm phóng viên',
  'nhóm tác giả|nhóm thực hiện',
];
const NEWSROOM_WORD_SET = new Set(NEWSROOM_WORDS.join('|').split('|'));
/** What may stand around a newsroom's word alone: brackets, an article ("La Rédaction"). */
const AROUND_NEWSROOM_WORD = /^[([]?\s*(?:(?:la|le|die|de|a|el|the)\s+)?|\s*[)\]]?\.?$/giu;

/**
 * Whether a line is a newsroom's word alone, as a text is signed off by the newsroom that wrote
 * it: "Redacción", "(Redaktion)", "La Rédaction", "Ban Biên tập" ({@link NEWSROOM_WORDS}).
 */
export function isNewsroomSignOff(text: string): boolean {
  return NEWSROOM_WORD_SET.has(text.trim().replace(AROUND_NEWSROOM_WORD, '').toLocaleLowerCase());
}

/**
 * Whether a line is a desk of the newsroom: its word and the section, as a closing signature
 * sets it between the reporter's name and the paper's ("Redacción Política", "Redação Esportes",
 * "Redazione Cronaca"); it names no one. (Read among the closing lines only: opening the body,
 * "Redacción Clarín" is the declared author's byline, which goes by its own rule.)
 */
export function isNewsroomDesk(text: string): boolean {
  return newsroomDesk().test(text.trim());
}

const newsroomDesk = onFirstUse(() =>
  fromSource(
    String.raw`^(?:redacci[oó]n|reda[cç][aã]o|redazione|r[ée]daction|redaktion|redactie)(?:\s+\p{L}[\p{L}\p{M}-]*){1,2}$`,
    'iu',
  ),
);

/** A Vietnamese official document's kinds, the first line of its title, in capitals. */
const DOCUMENT_KINDS =
  'thông báo|báo cáo|kế hoạch|quyết định|tờ trình|giấy mời|công văn|nghị quyết|chỉ thị|biên bản';
const DOCUMENT_KIND_SET = new Set(DOCUMENT_KINDS.split('|'));

/** Whether a line is a Vietnamese official document's kind in capitals ("THÔNG BÁO"). */
export function isDocumentKind(text: string): boolean {
  return text === text.toLocaleUpperCase() && DOCUMENT_KIND_SET.has(text.toLocaleLowerCase());
}

/** Navigation, section and label words CMS templates put where a byline goes. */
const NOT_NAMES = new Set(
  [
    // English
    'topics|topic|categories|category|tags|tag|home|homepage|news|latest|menu|search|share',
    'follow|subscribe|newsletter|login|log in|sign in|more|related|advertisement|sponsored',
    // A newsroom box's buttons in other languages: "Folgen", "Abonnieren", "Suivre"
    'folgen|abonnieren|suivre|seguir|segui|volgen',
    'promoted|partner content|staff|unknown|anonymous|guest|admin|administrator|super user|webmaster',
    'editor|user|windows user|root|contributor|contributors|authors|author|writers',
    // A template's placeholder where no author was entered
    'no author|unknown author|none|n/a|null|undefined',
    // Russian "guest": a guest author's account
    'гость',
    // German, Dutch, Scandinavian, Finnish
    'anzeige|werbung|themen|thema|kategorien|kategorie|startseite|nachrichten|rubrik|ressort',
    'gastautor|advertentie|annonse|annons|reklame|mainos',
    // Romance languages
    'publicidad|publicité|pubblicità|publicidade|inicio|accueil|notizie|noticias',
    // Vietnamese CMS accounts
    'quản trị|quản trị viên|ban biên tập|bbt',
    // A Vietnamese official document's kind, its title's first line in capitals
    DOCUMENT_KINDS,
    // Chinese placeholders: anonymous, unknown, the site, the paper, the admin, the editors
    '佚名|未知|本站|本报|本網|本网|管理员|小编|网友|原创|转载|编辑部',
    // A newsroom's word alone, naming no one ("MM-Redaktion", "BR24 Redaktion" name the newsroom)
    ...NEWSROOM_WORDS,
    // Labels shown where a byline goes
    'breaking news|exclusive|live|update|updated|analysis|opinion|editorial|interview',
    'eilmeldung|exklusiv|kommentar|meinung',
    // A byline's verb its template left alone, the name or date in another element ("Posted")
    'posted|published|written|posted by|posted on|published by|published on|written by',
    'veröffentlicht|geschrieben|verfasst|publié|publicado|pubblicato|escrito|scritto',
    // An author box's headings
    'biography|bio|profile|about the author|about me|über den autor|über die autorin',
    'about|über|à propos|acerca de|sobre|chi sono|autorenseite|author page|profil',
    // A notice's heading closing the body; the mark a wire story ends with ("(END)")
    'disclaimer|haftungsausschluss|avertissement|end',
    // Weekdays, from a date line beside the byline
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
    'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
    // A newsroom's credit to its own and the wires' reports ("Staff and news service reports")
    'staff reports|wire reports|news service reports|wire service reports|news services|wire services',
    'staff report|wire report',
    // "Agencies": copy from the wires, credited to no one in particular
    'agencies|agenturen|agences|agencias|agenzie|agências|agencje|agentschappen|ajanslar',
  ]
    .join('|')
    .split('|'),
);

/**
 * Words of a page's media and listing furniture: a line made of these and of {@link NOT_NAMES}
 * only ("Video Keywords", "Photo Gallery", "Latest News") is an interface's label. So are a
 * newsroom's generic words for its desks, naming neither a person nor an outlet: a section's
 * "All News" beside the date, a byline crediting the "Agency Desk" (a word of the outlet's own
 * keeps a credit: "BBC News", "MND Staff"); and a call to action's ("Get Started").
 */
const INTERFACE_WORDS = new Set(
  [
    'video|videos|photo|photos|gallery|galleries|keyword|keywords|transcript|transcripts|podcast',
    'podcasts|audio|playlist|slideshow|clip|clips|stories|top|comments|comment|email|e-mail|print',
    'all|desk|desks|newsdesk|agency|wire|wires',
    // … and a newsroom box's link to its other stories: "Alle Storys", "Alle Artikel"
    'alle|storys|artikel|beiträge',
    // A call to action's words, a promotion's link closing the body ("GET STARTED", "Sign Up
    // Now", "Contact Us")
    'get|started|sign|up|learn|click|here|now|join|download|register|apply|donate|contact|us',
  ]
    .join('|')
    .split('|'),
);

/**
 * Whether the words of a text are an interface's ({@link INTERFACE_WORDS}, {@link NOT_NAMES}):
 * all of them, or all but one of three or more (a toolbar's "Comments Email Print Speed").
 */
function isInterfaceLabel(text: string): boolean {
  const words = text.toLocaleLowerCase().split(/\s+/);
  const others = words.filter((word) => !INTERFACE_WORDS.has(word) && !NOT_NAMES.has(word));
  return others.length === 0 || (words.length >= 3 && others.length === 1);
}

/** Social networks and sharing actions: an author box's links, not a name. */
const SOCIAL =
  /^(?:(?:twitter|facebook|instagram|linkedin|whatsapp|telegram|youtube|tiktok|threads|mastodon|bluesky|x|e-?mail|mail|print|rss|share|teilen)\s*)+$/i;

/**
 * A reporter's job title, or what an agency is, as an author box writes it beside the name
 * ("Travel News Reporter", "Redakteur", "Corresponsal en Atenas", "Nachrichtenagentur"), and the
 * professions and company roles of guest authors ("Python Software Engineer", "Co-Founder &
 * CEO"). German compounds count ("Chefredakteurin", "Sportreporter", "Softwareentwicklerin").
 */
const JOB_TITLES = [
  // English
  'correspondent|writer|editor|columnist|journalist|contributor|producer|director|bureau chief',
  'analyst|critic|photographer|presenter|commentator|blogger|anchor|cartoonist|illustrator',
  // Professions and company roles an author card gives under the name
  'engineer|developer|programmer|designer|scientist|researcher|consultant|manager|strategist',
  'economist|advis[eo]r|attorney|lawyer|(?:co-?)?founder|ceo|cto|cfo|coo',
  // Academic and institutional roles an op-ed's byline gives ("Professor of History")
  'technologist|professor|lecturer|fellow|scholar|specialist|coordinator|officer|president',
  'advocate|evangelist|expert',
  // German, Dutch, Scandinavian, Finnish
  '\\p{L}*redakteur(?:in)?|\\p{L}*reporter(?:in)?|\\p{L}*korrespondent(?:in)?|journalistin',
  'volontär(?:in)?|nachrichtenagentur|redacteur|verslaggever|redaktør|redaktör|kommentator',
  'toimittaja',
  '\\p{L}*entwickler(?:in)?|\\p{L}*ingenieur(?:in)?|\\p{L}*berater(?:in)?|wissenschaftler(?:in)?',
  // Romance languages
  'journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|corresponsal',
  'redactora?|periodista|columnista|giornalista|corrispondente|redatt(?:ore|rice)',
  'repórter|jornalista|correspondente|redatora?|colunista',
  // A special envoy: "envoyée spéciale à Kiev", "enviado especial a Gaza", "inviato a Kiev"
  'envoyée? spéciale?|enviad[oa] especial|inviat[oa](?: special[ei])?',
].join('|');
/** One of {@link JOB_TITLES} as a word of a text. */
const JOB_TITLE = new RegExp(String.raw`(?<!\p{L})(?:${JOB_TITLES})(?!\p{L})`, 'iu');

/** Every job title of a text: built on the first author value that is a job title. */
const everyJobTitle = onFirstUse(() => new RegExp(JOB_TITLE.source, 'giu'));

/**
 * The words that go with a job title in a byline without being a name: "Senior Contributor",
 * "Staff Writer", "Chief Political Correspondent", "Travel News Reporter". Built on first use,
 * as {@link everyJobTitle}.
 */
const jobTitleWords = onFirstUse(
  () =>
    /(?<!\p{L})(?:senior|junior|chief|staff|deputy|associate|assistant|contributing|special|guest|freelance|managing|executive|lead|principal|head|political|politics|business|news|sports?|tech(?:nology)?|science|health|travel|foreign|national|international|digital|online|web|features?|culture|arts|entertainment|opinion|investigative|at|large|of|the|and|&)(?!\p{L})/giu,
);

/**
 * What an author box's links say instead of a name: a social handle ("@GregIacurci"), "View all
 * posts by …", "Contact … on X", "Search author on".
 */
const AUTHOR_BOX_LINK = /^(?:@|(?:view|see|read|contact|email|e-mail|search|more)\s)/iu;

/** Picture agencies: a photo credit, not the article's author. */
const PICTURE_AGENCIES =
  /^(?:getty images|istock(?:photo)?|shutterstock|imago(?: images)?|picture[ -]alliance|alamy|adobe stock|unsplash|pexels)\b/i;

/**
 * Whether a name in a list credits a picture: a picture agency among its parts after a bar or
 * slash ("Brian Brainerd | The Denver Post | Getty Images", "Brian Brainerd / AFP / Getty
 * Images").
 *
 * @param text - one part of an author list
 * @returns true when it is a photographer's credit
 */
export function creditsPicture(text: string): boolean {
  const parts = text.split(/\s*[|/]\s*/);
  return parts.length > 1 && parts.slice(1).some((part) => PICTURE_AGENCIES.test(part));
}

/**
 * A credit or label before a colon: "Image: Getty Images", "Foto: dpa", "Quelle: …", and the
 * Khmer, Lao and Thai "source" ("ប្រភព៖ VNA").
 */
const CREDIT_LABEL =
  /^(?:image|images|photo|photos|picture|pictures|foto|fotos|bild|bilder|video|grafik|graphic|illustration|quelle|source|credit|credits|copyright|fuente|crédit|crédito|kuva|ប្រភព|ແຫຼ່ງຂ່າວ|ที่มา|©)\s*[:：៖]/i;

/**
 * A login or URL slug: lower case, without spaces, joined by "-", "_" or "." or with digits
 * ("emma-mackenzie", "j.doe", "editor01"). A bare lower-case word stays: agencies and newsrooms
 * sign so ("dpa", "kna").
 */
const ACCOUNT = fromSource(String.raw`^(?=.*[._\d-])[\p{Ll}\d._-]+$`, 'u');

/**
 * A name in Han and kana only (Chinese, Japanese): given and family name run two to eight
 * characters, a transcribed foreign name a dozen or so with its `・`. Longer is a label or a
 * biography run together with a name (`この記事を書いた人渡辺洋介東京社会部…`).
 */
const HAN_KANA_ONLY = fromSource(
  String.raw`^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC・·]+$`,
  'u',
);
const MAX_HAN_KANA_NAME = 16;

/** A surname joined to its particle: "deGrasse", "deCasparis", "vanDerBeek". */
const JOINED = String.raw`(?:de|da|di|du|la|le|van|von)\p{Lu}\p{L}+`;

/**
 * Name particles written in lower case inside a name: "Ursula von der Leyen", "Ana de la Cruz",
 * "Juan dela Cruz", "Mohammed al-Fayed", "Lorenzo de' Medici"; and surnames joined to theirs
 * ("Neil deGrasse Tyson", "Lena deCasparis").
 */
export const NAME_PARTICLE = new RegExp(
  String.raw`^(?:van|von|vom|zu|zur|de|der|den|des|het|ter|ten|da|das|di|del|dela|della|dello|dei|degli|do|dos|du|la|le|les|los|las|bin|binti|ibn|al|el|y|e|af|av|(?:al|el|ad|ar|as|at|ash|az|bin|ibn|ben|abu|d|l|de|dell)['’-]\p{L}.*|d['’]|de['’]|${JOINED})$`,
  'u',
);

/** {@link NAME_PARTICLE}'s surnames joined to their particle alone ("deCasparis"). */
export const JOINED_PARTICLE = new RegExp(`^${JOINED}$`, 'u');

/** A newsroom's collective byline, in lower case after its name: "Science X staff". */
const NEWSROOM_WORD =
  /^(?:staff|team|desk|newsroom|bureau|editors|reporters|writers|correspondents)$/u;

/*
 * Patterns of the functions below, built once, on first use: a `\p{…}` literal in a function
 * is bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
/** A letter. */
const aLetter = onFirstUse(() => fromSource(String.raw`\p{L}`, 'u'));
/** A small letter opening a text. */
const smallInitial = onFirstUse(() => fromSource(String.raw`^\p{Ll}`, 'u'));
/** A capital opening a text. */
const capitalInitial = onFirstUse(() => fromSource(String.raw`^\p{Lu}`, 'u'));
/** The source a text came through: "Via Ministério da Saúde". */
const throughSource = onFirstUse(() => fromSource(String.raw`^[Vv]ia\s+\p{Lu}`, 'u'));

/**
 * Whether a name has words of prose among capitalized ones: a word in lower case that is no
 * particle nor a newsroom's ("The Russian and Syrian defense ministries", "Jane Doe reports from
 * Kyiv"; "Science X staff" is a name). A name all in lower case stays ("bell hooks"; accounts
 * are told apart by {@link isAccountName}).
 *
 * @param text - a name, or a list of names before it is split
 * @returns true when a lower-case word other than a particle stands among capitalized ones
 */
export function hasProseWords(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => aLetter().test(w));
  const lower = (w: string) => smallInitial().test(w);
  if (words.every(lower) || !words.some((w) => capitalInitial().test(w))) return false;
  return words.some((w) => lower(w) && !NAME_PARTICLE.test(w) && !NEWSROOM_WORD.test(w));
}

/**
 * Wire agencies, which sign copy with the place it was filed from ("Reuters, Washington"); the
 * Arab world's as Arabic pages write them: AFP, Reuters, AP, dpa, Anadolu, Xinhua, and the
 * national agencies of Saudi Arabia, Egypt, the Emirates, Qatar, Kuwait, Jordan and Syria.
 */
const WIRE_AGENCY =
  /^(?:أ ف ب|أ\.ف\.ب|رويترز|أ ب|د ب أ|الأناضول|شينخوا|واس|أ ش أ|وام|قنا|كونا|بترا|سانا|reuters|afp|ap|associated press|pti|ians|ani|dpa|apa|kna|epd|efe|europa press|ansa|agi|xinhua|bloomberg|sda|ats|keystone-sda|belga|anp|ritzau|ntb|pap|čtk|ctk|tasr|mti|bta|hina|agerpres|lusa|aa|anadolu|anadolu ajansı|tass|ria novosti|интерфакс|interfax|тасс|риа новости|ukrinform|укрінформ|yonhap|kyodo|jiji|bernama|antara|ttxvn|vna|thông tấn xã việt nam|vietnam news agency|pa|deutsche presse-agentur|agence france-presse|agence france presse|austria presse agentur|press association|pa media|canadian press|the canadian press|australian associated press|aap|united press international|upi|agencia efe|tt nyhetsbyrån|stt|bns|elta|leta|sta|tanjug|fena|press trust of india|indo-asian news service|asian news international|kyodo news|jiji press|yonhap news agency|xinhua news agency|bloomberg news)$/iu;

/**
 * Whether a name is a wire agency's ("Reuters", "PTI", "Associated Press").
 *
 * @param text - one name
 * @returns true for the agencies of {@link WIRE_AGENCY}
 */
export function isWireAgency(text: string): boolean {
  return WIRE_AGENCY.test(text.trim());
}

/**
 * Whether a word is a navigation word or label, never a name ("Topics", "Anzeige").
 *
 * @param text - one word or phrase
 * @returns true for the words of {@link NOT_NAMES} and social networks
 */
export function isLabelWord(text: string): boolean {
  const lower = text.trim().toLocaleLowerCase();
  return NOT_NAMES.has(lower) || SOCIAL.test(lower);
}

/**
 * Whether an author value is a job title or what an agency is ("Travel News Reporter",
 * "Redakteur", "Nachrichtenagentur"), not a name: beside a name, it is left out.
 *
 * @param text - one name or line of an author box
 * @returns true when it holds a word for a reporter's job
 */
export function isJobTitle(text: string): boolean {
  return jobTitles.of(text, searchJobTitle);
}

/**
 * {@link isJobTitle}'s answers, by text: a page's names and lines are asked about four times
 * each on average, and the pattern of the words of many languages is slow to search (at most
 * 2,000 texts of up to 300 characters kept).
 */
const jobTitles = new TextAnswers<boolean>(2000, 300);
const searchJobTitle = (text: string): boolean => JOB_TITLE.test(text);

/** A name, then a job title after a comma, a bar or a dash: "Jane Doe, Staff Writer". */
const NAME_THEN_TITLE = /^(.+?)\s*(?:,|\||\s[–—-])\s*(.+)$/u;

/**
 * A line's name without the job title written after it ("Jane Doe, Staff Writer", "Jane Doe |
 * Senior Reporter" → "Jane Doe"); the line as it is when what follows is no job title alone.
 *
 * @param text - a byline's text
 * @returns the name before the job title, or the text
 */
export function withoutJobTitle(text: string): string {
  const titled = NAME_THEN_TITLE.exec(text);
  return titled?.[1] !== undefined && isJobTitleOnly(titled[2] ?? '') ? titled[1] : text;
}

/**
 * A name without the job title written right after it with no comma, as TownNews BLOX bylines
 * write it ("Jessica Moreno Staff Writer" → "Jessica Moreno"): the title of two capitalised words
 * or more, opening with a word that qualifies a title ("Staff", "Senior", "Contributing"), after a
 * name of two words or more, each written as a name is and none a title's word (not "AP National
 * Political Writer"). A beat before a title ("Middle East Editor") is no name and title.
 *
 * @param text - a name as a byline writes it
 * @returns the name before the title, or the text
 */
export function withoutTitleAfterName(text: string): string {
  const words = text.split(' ');
  for (let i = 2; i < words.length - 1; i++) {
    const title = words.slice(i);
    const name = words.slice(0, i);
    if (
      // The name's words as names are written, none a title's ("AP National Political Writer").
      name.every(
        (word) => /^\p{Lu}\p{Ll}/u.test(word) && word.replace(jobTitleWords(), '') !== '',
      ) &&
      title.every((word) => capitalInitial().test(word)) &&
      (words[i] ?? '').replace(jobTitleWords(), '') === '' &&
      isJobTitleOnly(title.join(' '))
    ) {
      return name.join(' ');
    }
  }
  return text;
}

/**
 * A job title's field or place after it: "… of History", "… for Policy", "… in Economics", "… à
 * Kiev", "… a Gaza", "… en Bruselas", "… da Roma".
 */
/**
 * A job title written in lower case, then the capitalised place it is held in, as Dutch and
 * Scandinavian bylines write it after the name: "correspondent Brussel", "korrespondent i Paris".
 */
const titleThenPlace = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?=\p{Ll})(?:${JOB_TITLES})\s+(?:i\s+|in\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?$`,
      'u',
    ),
);
/**
 * A newsroom's title after the words of its beat or place, the title last (no one's name ends
 * so): "Whitehall Correspondent", "Middle East Editor", "WHITEHALL CORRESPONDENT", "Abuja Bureau
 * Chief".
 */
const BEAT_TITLE = fromSource(
  String.raw`^(?:[\p{L}&-]+\s+){1,3}(?:correspondent|editor|reporter|writer|columnist|journalist|commentator|bureau chief)s?$`,
  'iu',
);
const JOB_FIELD = /\s+(?:of|for|in|on|at|à|a|en|em|da|aus|nach)\s.*$/iu;
/**
 * A role of one to three words before any job title, in the singular: "Product Marketing
 * Manager" (a surname may be a title's plural: "John Fellows").
 */
const roleTitle = onFirstUse(
  () => new RegExp(String.raw`^(?:[\p{L}&-]+\s+){1,3}(?:${JOB_TITLES})$`, 'iu'),
);

/**
 * Whether a byline's part after the name is a role whatever its first words ("Webmaster Trends
 * Analyst"): read so only after a name and a comma, where a person's name ending in such a word
 * would be a second author written without "and".
 *
 * @param text - a part of a byline after its first name
 */
export function isRoleAfterName(text: string): boolean {
  return roleTitle().test(text);
}

/**
 * Whether an author value is a job title and nothing else ("Senior Contributor", "Staff
 * Writer", "Professor of History"): no word of it is left for a name.
 *
 * @param text - one name
 * @returns true when every word is part of a job title, its field or place aside
 */
export function isJobTitleOnly(text: string): boolean {
  if (!isJobTitle(text)) return false;
  // A job title in lower case, then the place it is held in: "correspondent Brussel".
  if (titleThenPlace().test(text)) return true;
  const title = text.replace(JOB_FIELD, '');
  // A beat or a place before a newsroom's title: "Whitehall Correspondent", "Middle East Editor".
  if (BEAT_TITLE.test(title)) return true;
  const rest = title.replace(everyJobTitle(), ' ').replace(jobTitleWords(), ' ');
  return isJobTitle(title) && !aLetter().test(rest);
}

/**
 * Whether a raw author value is a credit or label as a whole ("Image: Getty Images/iStock"),
 * to be dropped before it is split into names.
 *
 * @param raw - an author field as written
 * @returns true when it credits a picture or is a label
 */
export function isCreditLine(raw: string): boolean {
  return CREDIT_LABEL.test(raw.trim());
}

/**
 * Whether a name is written as a login or URL slug (`jdadmin`, `emma-mackenzie`, `mbl.is`).
 *
 * @param text - one name
 * @returns true for lower case without spaces, joined by "-", "_" or "." or with digits
 */
export function isAccountName(text: string): boolean {
  return ACCOUNT.test(text);
}

/**
 * A copyright line ("Copyright Haufe-Lexware GmbH & Co. KG", "All rights reserved") or a
 * company, named by its legal form at the end ("… GmbH", "… Ltd.", "… SAS") or, in Japanese,
 * Chinese and Korean, anywhere ("株式会社インプレス", "…有限公司", "주식회사 …"): no person.
 */
const LEGAL_FORM = 'gmbh|ag|kg|kgaa|ltd|llc|inc|plc|sas|sarl|srl|spa|corp|oyj?';
const COPYRIGHT_OR_COMPANY = new RegExp(
  String.raw`\bcopyright\b|\ball rights reserved\b|\s(?:${LEGAL_FORM})\.?$|株式会社|有限会社|合同会社|有限公司|주식회사|\(주\)|㈱`,
  'i',
);
/** A company's name, a comma, then its legal form alone: "Halvorsen Robotics, Inc.", "Acme, Ltd." */
const COMPANY_COMMA_FORM = new RegExp(String.raw`^[^,]+,\s*(?:${LEGAL_FORM})\.?$`, 'i');

/**
 * Whether a text is a company's name with its legal form after a comma ("Halvorsen Robotics,
 * Inc."): one company, not two names.
 *
 * @param text - an author value
 */
export function namesCompanyWithForm(text: string): boolean {
  return COMPANY_COMMA_FORM.test(text.trim());
}

/**
 * An institution named by its kind, a government's or a university's: "Bundesministerium für …",
 * "Eidgenössisches Departement …", "Department of …", "Universität …" — no person; nor is an
 * organisation's press office, which city halls and companies credit with their releases
 * ("Pressestelle", "Press Office", "Service de presse", "Пресс-служба", "Phòng Truyền thông"),
 * even as a schema.org Person. (Not a news agency or a foundation, which wire stories credit as
 * their authors.)
 */
const INSTITUTION =
  /(?:^|\s)(?:\p{L}*ministerium|ministry|ministère|ministerio|ministero|departement|department|département|departamento|bundesamt|landesamt|\p{L}*behörde|universität|university|université|universidad|università|kommission|commission|secretariat|sekretariat|group|\p{L}*gruppe|groupe|grupo|gruppo|\p{L}*pressestelle|pressereferat|presseamt|pressebüro|öffentlichkeitsarbeit|press office|press team|media office|media relations|service de presse|oficina de prensa|gabinete de prensa|ufficio stampa|assessoria de imprensa|пресс-служба|прес-служба|biuro prasowe|persdienst|phòng truyền thông)(?=\s|$)/iu;

/**
 * A Chinese website's name ("证券时报网", "中国青年网"), which a CMS declares as the author of all it
 * posts: no person's.
 */
const CJK_WEBSITE = /^\p{scx=Han}{2,}[网網]$/u;

/**
 * Whether a line names an institution by its kind ("MINISTRY OF FOREIGN AFFAIRS", "Department
 * of Health"): a government's or a university's, no person.
 *
 * @param line - a line as shown
 */
export function namesInstitution(line: string): boolean {
  return INSTITUTION.test(line);
}

/**
 * A disclosure that a sponsor paid for the text, where the byline goes: "In partnership with …",
 * "Sponsored by …", "Paid for by …", "Presented by …", "Anzeige", Spanish "Publirreportaje",
 * Indonesian "Konten bersponsor". Built on first use, from its source (`from-source.ts`).
 */
const sponsorDisclosure = onFirstUse(() =>
  fromSource(
    String.raw`^(?:(?:this (?:article|content|story|post) (?:was|is) )?(?:produced |created |paid for |written )?in (?:partnership|association) with|sponsored by|paid for by|presented by|brought to you by|promoted by|supported by|(?:partner|sponsored|paid|branded) content|paid post|advertorial|anzeige|werbung|gesponsert(?: von)?|präsentiert von|in (?:kooperation|zusammenarbeit) mit|publirreportaje|publireportaje|contenido patrocinado|patrocinado por|presentado por|en (?:colaboración|alianza) con|publireportage|publi-?rédactionnel|contenu sponsorisé|sponsorisé par|en partenariat avec|présenté par|contenuto sponsorizzato|sponsorizzato da|in collaborazione con|conteúdo patrocinado|em parceria com|konten bersponsor|disponsori oleh|bekerja sama dengan|nội dung tài trợ|tài trợ bởi)(?![\p{L}\p{N}])`,
    'iu',
  ),
);

/**
 * Whether a line opens with a sponsor's disclosure ("Sponsored by Acme Bank"): the sponsor is
 * no author.
 *
 * @param line - a cleaned line
 */
export function isSponsorDisclosure(line: string): boolean {
  return sponsorDisclosure().test(line);
}

/**
 * An English name opening with "The": a publication or group ("The Plain Dealer", "The
 * Grayzone"), no person; but for the wire agencies, which are credited as authors.
 */
const PUBLICATION = /^The\s+\p{Lu}/u;

/** One or two capitals ("DS", "P.V."), or three each with its dot ("N.H.T."): not "AFP". */
const INITIALS = /^(?:\p{Lu}\.?){1,2}$|^\p{Lu}\.\p{Lu}\.\p{Lu}\.?$/u;

/**
 * Whether a name is written as initials alone: an editor's sign-off under the text ("DS",
 * "P.V.", "N.H.T."), where an agency's acronym ("AFP", "DPA") is not.
 *
 * @param name - one cleaned name
 * @returns true for initials
 */
export function isInitials(name: string): boolean {
  return INITIALS.test(name.replace(/\s+/g, ''));
}

/** Lower-case letters and digits alone. Built on first use, from its source (`from-source.ts`). */
const lowerCaseOrDigits = onFirstUse(() => fromSource(String.raw`^[\p{Ll}\d]+$`, 'u'));

/**
 * Whether a cleaned name is a person's name.
 *
 * @param name - one name from an author field
 * @param site - the site's identity
 * @returns false for navigation words, labels, an author box's links, picture agencies,
 *   account names, outlets and Han or kana runs too long for a name
 * @example isPersonName('Topics', site) // false
 */
export function isPersonName(name: string, site: SiteIdentity): boolean {
  const text = name.trim();
  if (text === '' || !aLetter().test(text)) return false;
  // A name holds no colon ("Redaktion: Roman Warschauer" is a label the cleaning did not know),
  // no plus sign ("BZ+", a subscription badge) and no copyright sign ("© dpa-infocom").
  if (isLabelWord(text) || AUTHOR_BOX_LINK.test(text) || /[:：+©®]/.test(text)) return false;
  // Nor quotation marks: a headline's ("“亲子视频”让留守儿童…"), not a person's name.
  if (COPYRIGHT_OR_COMPANY.test(text) || /[“”„«»「」『』]/u.test(text)) return false;
  if (INSTITUTION.test(text) || CJK_WEBSITE.test(text)) return false;
  // A wire agency signs its copy so, and is credited as such ("The Associated Press").
  if (PUBLICATION.test(text) && !isWireAgency(text.replace(/^The\s+/u, ''))) return false;
  if (isInterfaceLabel(text)) return false;
  if (PICTURE_AGENCIES.test(text) || isCreditLine(text)) return false;
  // A wire agency's name written out may hold words prose uses ("Thông tấn xã Việt Nam").
  if (isAccountName(text) || isJobTitleOnly(text)) return false;
  if (hasProseWords(text) && !isWireAgency(text)) return false;
  if (/admin/i.test(text) && !/\s/.test(text)) return false;
  // A hosted blog's account, written as its host's subdomain ("mcupdate" on mcupdate.tumblr.com).
  if (lowerCaseOrDigits().test(text) && site.subdomains?.includes(text) === true) return false;
  if (HAN_KANA_ONLY.test(text) && text.replace(/[・·]/g, '').length > MAX_HAN_KANA_NAME) {
    return false;
  }
  // Portuguese "from" before the outlet: "Do UOL" ("Do UOL, em São Paulo"), "Da BBC", "Do g1".
  const from = FROM_OUTLET.exec(text)?.[1];
  if (from !== undefined && (namesSite(from, site) || /^\p{Lu}{2,}$/u.test(from))) return false;
  // The source a text came through: "Via Ministério da Saúde" (gov.br's "Por … | Via …").
  if (throughSource().test(text)) return false;
  return !namesSite(text, site) || isSitesPerson(text, site);
}

/** Portuguese "from (the)" before an outlet's name, which a credit opens with ("Do UOL"). */
const FROM_OUTLET = /^(?:Do|Da|Dos|Das)\s+(\S.*)$/u;
