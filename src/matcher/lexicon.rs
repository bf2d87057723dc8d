//! The matcher's English word lists: stop words, negations, vague quantities, number words
//! and units, months, weekdays (and those of other European languages, `dates.rs`) and the
//! aliases of a few country names, the function characters of Chinese and Japanese (one
//! token each, see `text::unspaced`), the casualty words of seven languages (`casualty.rs`,
//! read by the number and the outcome flags), the verbs of change by direction and language
//! (`changes.rs`: "rose", "fell", "stieg"), the words of a comparison and of having ("more
//! than", "with": `comparisons.rs`), the genitive prepositions of six languages
//! (`genitives.rs`: "of", "de", "della"), German words read as one (`german.rs`: "Stellen"
//! / "Arbeitsplätze", "kündigte … an"), the articles read before a name (`articles.rs`),
//! the words of a stock market (`markets.rs`), of a race and its divisions (`races.rs`), of the parts of a
//! ship or a building where an event started (`parts.rs`), of
//! claiming an attack (`claims.rs`), of crimes charged (`crimes.rs`), of an investigation of a cause (`investigations.rs`: "arson investigation"), of a coma (`comas.rs`), of a
//! death told otherwise than by a word of the dead (`deaths.rs`: "passed away", "succumbed"), a
//! nationality (`nationalities.rs`, one table: its adjectives in seven languages and the nouns of a
//! person of it, "Frenchman", "Briton", "ein Deutscher"), the adjectives of a
//! region or city read as its place (`place_adjectives.rs`: "valaisan", "Walliser"), of facilities, public
//! bodies and rivers (`facilities.rs`), of a passive's "by" and its auxiliaries (`passive.rs`), of a time
//! before the story's (`past.rs`: "last year", "four years ago"), of another event of the story's kind (`another_event.rs`: "a similar crash", "the previous fire") and of a suspect who fled
//! (`suspects.rs`), of a reported future and a fact done in six languages (`tenses.rs`),
//! the phrases that give a count its fate (`fate_phrases.rs`: "taken to hospital"), the opposed states of one subject (`opposed_states.rs`: sober / drunk, a dam held / broke, hospital / custody), a ban and a permission (`permits.rs`: "banned" / "allowed"), what a length is told of (`measured.rs`: "35 km *of* coast", "coast" / "côtes"), a cargo carried and an amount spilt (`cargo.rs`: "carrying" / "leaked"), the
//! round words a bound is put on (`round_words.rs`: "a dozen"), the words of "until" (`until.rs`: "until", "jusqu'à", "bis"), the words of a part told
//! after its whole (`wholes.rs`: "of whom", "dont"), of a service restored or still down (`restored.rs`: "back online", "still down"), of a fire started and of an accident (`fire_starts.rs`: "started the fire", "accidental"), the nouns of children as a group and as one of them (`children.rs`: "child", "girl"), the causes of an explosion and a line of inquiry (`explosion_causes.rs`: "a gas leak", "a bomb", "un acte criminel", "la piste"), the causes of a road crash and the words that tell them (`crash_causes.rs`: "brake failure", "Sekundenschlaf", "suspect"), the nouns of people a nationality is told of, one class a concept across languages (`people_groups.rs`: "pensioners" / "Pensionisten"), the prepositions of a place or a group after a subject (`prepositions.rs`: "No one *at* the bus stop"), the nouns of a relative after a possessive (`relatives.rs`: "Mamani's *brother*"), the words that end a clause read back from a place (`clauses.rs`), a word form
//! read with the word after it (`form_then.rs`: "broke into", "found" not "found dead"), the nouns of a group whose size a
//! figure tells (`group_sizes.rs`: "a group of eight"), the words of a place's population
//! (`populations.rs`: "a village of 400"), the nouns of one counted thing for the number flag
//! (`counted_nouns.rs`: "operations" / "surgeries"), the phrases of a means of transport
//! (`conveyances.rs`: "by bus", "mit Bussen"), the offsets of time zones (`time_zones.rs`: "CET"), the words of the start or the end of a day (`overnight.rs`: "early", "late"), of a state still holding (`still.rs`: "still", "toujours"), of a building's size told by its floors (`building_sizes.rs`: "un immeuble de cinq étages"), the words of a byline (`bylines.rs`: "staff", "By our city desk"), and [`lex`], which answers what the lists say about a word with one hash lookup. Data
//! for `text.rs`'s tokeniser; lower-case, as tokens are normalised.

use super::text::FnvMap;
pub(in crate::matcher) use cardinals::{
    cardinal, cardinal_any, millions, millions_value, number_and_article_words, one_article,
    one_article_of, HALVES, MULTIPLIERS,
};
pub(in crate::matcher) use dates::{
    compound_day_part, CLOCK_WORDS, DAY_PARTS, DAY_PART_COMPOUND, DAY_PART_DATING,
    DOTTED_DAY_HALVES, NOON_MIDNIGHT, TIMELINE_HEADINGS,
};
pub(super) use dates::{
    compound_weekday, stamp_lead, stamp_small_word, stamp_weekday, FEIRA_WEEKDAYS,
    LOWER_CASE_WEEKDAYS, NOW_TENSES,
};
pub(super) use dates::{
    month_abbreviation, month_after_word, month_beside_a_figure, MONTHS, MONTH_NAMES, WEEKDAYS,
};
use dates::{FOREIGN_MONTHS, FOREIGN_WEEKDAYS};
pub(super) use dates::{GERMAN_MONTHS, SHORT_MONTHS};

pub(in crate::matcher) mod accident_verbs;
pub(in crate::matcher) mod across_concepts;
pub(in crate::matcher) mod acts;
pub(in crate::matcher) mod agents;
pub(in crate::matcher) mod another_event;
pub(in crate::matcher) mod approximate_counts;
pub(in crate::matcher) mod articles;
pub(in crate::matcher) mod away;
pub(in crate::matcher) mod beginnings;
pub(in crate::matcher) mod beliefs;
pub(in crate::matcher) mod break_ins;
pub(in crate::matcher) mod building_sizes;
pub(in crate::matcher) mod bylines;
mod cardinals;
pub(in crate::matcher) mod cargo;
pub(in crate::matcher) mod casualty;
pub(in crate::matcher) mod cause_of;
pub(in crate::matcher) mod changes;
pub(in crate::matcher) mod children;
pub(in crate::matcher) mod claims;
pub(in crate::matcher) mod clauses;
pub(in crate::matcher) mod comas;
pub(in crate::matcher) mod comparisons;
pub(in crate::matcher) mod contrasts;
pub(in crate::matcher) mod conveyances;
pub(in crate::matcher) mod counted_nouns;
pub(in crate::matcher) mod countries;
pub(in crate::matcher) mod crash_causes;
pub(in crate::matcher) mod crimes;
pub(in crate::matcher) mod damage;
mod dates;
pub(in crate::matcher) mod deadlines;
pub(in crate::matcher) mod deaths;
pub(in crate::matcher) mod decades;
pub(in crate::matcher) mod explosion_causes;
pub(in crate::matcher) mod facilities;
pub(in crate::matcher) mod fate_phrases;
pub(in crate::matcher) mod finds;
pub(in crate::matcher) mod fire_starts;
pub(in crate::matcher) mod first_bytes;
pub(in crate::matcher) mod form_then;
pub(in crate::matcher) mod genitives;
pub(in crate::matcher) mod german;
pub(in crate::matcher) mod group_sizes;
pub(in crate::matcher) mod hundreds;
pub(in crate::matcher) mod investigations;
pub(in crate::matcher) mod landforms;
pub(in crate::matcher) mod language_cues;
pub(in crate::matcher) mod live_coverage;
pub(in crate::matcher) mod markets;
pub(in crate::matcher) mod meanings;
pub(in crate::matcher) mod measured;
pub(in crate::matcher) mod memories;
pub(in crate::matcher) mod nationalities;
pub(in crate::matcher) mod opposed_states;
pub(in crate::matcher) mod overnight;
pub(in crate::matcher) mod parts;
pub(in crate::matcher) mod passive;
pub(in crate::matcher) mod past;
pub(in crate::matcher) mod people_groups;
pub(in crate::matcher) mod permits;
pub(in crate::matcher) mod place_adjectives;
pub(in crate::matcher) mod place_lists;
pub(in crate::matcher) mod populations;
pub(in crate::matcher) mod prepositions;
pub(in crate::matcher) mod proceedings;
pub(in crate::matcher) mod pronouns;
pub(in crate::matcher) mod races;
pub(in crate::matcher) mod relatives;
pub(in crate::matcher) mod responders;
pub(in crate::matcher) mod restored;
pub(in crate::matcher) mod round_words;
pub(in crate::matcher) mod safe;
pub(in crate::matcher) mod second_predicates;
pub(in crate::matcher) mod speech;
pub(in crate::matcher) mod still;
pub(in crate::matcher) mod suspects;
pub(in crate::matcher) mod tenses;
pub(in crate::matcher) mod terms;
pub(in crate::matcher) mod time_notes;
pub(in crate::matcher) mod time_zones;
pub(in crate::matcher) mod until;
pub(in crate::matcher) mod when_clauses;
pub(in crate::matcher) mod wholes;

/// Chinese function characters and Japanese particles, each a token of its own: stop
/// words, so that two reports sharing only "在" (at) or "の" (of) do not count as sharing a
/// word. The most frequent grammatical characters of news text: structural particles,
/// prepositions, conjunctions, copulas, aspect markers, demonstratives, the locative
/// postpositions 里, 中, 上, 下 ("in", "on", "under" after a noun: 车里, 大火中), the
/// adverbs 还, 又, 却 and the sentence-final particles 吗, 呢, 吧. A locative that starts a
/// compound (中国, 上海, 下午) loses that character only: the compound's other character
/// still matches. Content characters that are only rarely function words (大, 地, 得, 会)
/// are left out.
const CJK_STOP: &[&str] = &[
    "的", "了", "在", "是", "和", "与", "及", "也", "都", "而", "被", "对", "于", "为", "从", "把",
    "等", "这", "那", "其", "之", "将", "已", "或", "并", "就", "但", "所", "以", "由", "向", "到",
    "着", "过", "个", "些", "此", "该", "他", "她", "它", "们", "我", "你", "有", "说", "称", "の",
    "に", "は", "を", "が", "と", "で", "も", "へ", "や", "か", "た", "て", "だ", "し", "な", "る",
    "れ", "っ", "す", "ま", "い", "う", "こ", "そ", "あ", "ど", "よ", "ね", "ら", "里", "中", "上",
    "下", "还", "又", "却", "吗", "呢", "吧",
];

/// Function words of French, German, Spanish, Italian, Portuguese and Dutch that are no English
/// words (articles, prepositions, pronouns, auxiliaries; "l" and "d" of "l'usine",
/// "d'un"): stop words of a sentence in one of those languages (`text::foreign_stops`),
/// so that two unrelated French sentences do not share "de", "la" and "le". Left out as
/// English words: [`FOREIGN_STOP_ALSO`].
pub(super) const FOREIGN_STOP: &[&str] = &[
    // French
    "l",
    "d",
    "qu",
    "n",
    "s",
    "c",
    "j",
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "un",
    "une",
    "et",
    "est",
    "sont",
    "été",
    "être",
    "était",
    "ont",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "ces",
    "il",
    "elle",
    "ils",
    "elles",
    "nous",
    "vous",
    "je",
    "que",
    "qui",
    "dans",
    "sur",
    "avec",
    "pas",
    "ne",
    "se",
    "sa",
    "ses",
    "leur",
    "leurs",
    "mais",
    "ou",
    "où",
    "lui",
    "même",
    "aussi",
    "entre",
    "après",
    "avant",
    "selon",
    "très",
    "tous",
    "toute",
    "toutes",
    "comme",
    "cela",
    "ça",
    "y",
    // German
    "der",
    "das",
    "und",
    "ist",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "mit",
    "von",
    "zu",
    "den",
    "dem",
    "nicht",
    "sich",
    "auf",
    "für",
    "im",
    "auch",
    "sie",
    "wird",
    "wurde",
    "wurden",
    "werden",
    "haben",
    "sind",
    "bei",
    "nach",
    "aus",
    "oder",
    "aber",
    "wie",
    "noch",
    "nur",
    "über",
    "vor",
    "zum",
    "zur",
    "vom",
    "beim",
    "dass",
    "er",
    "es",
    "wir",
    "ich",
    "ihr",
    "ihre",
    "seine",
    "sein",
    "kein",
    "keine",
    "dieser",
    "diese",
    "dieses",
    "durch",
    "gegen",
    "unter",
    "bis",
    "seit",
    "schon",
    "sehr",
    // German hedges, auxiliaries, speech verbs and adverbs English has among its stop
    // words ("about", "more than", "had", "should", "said", "already"): two
    // German reports sharing only "Rund" and "wurden" share no word (trial 35).
    "um",
    "als",
    "rund",
    "etwa",
    "ungefähr",
    "zirka",
    "mehr",
    "hatte",
    "hatten",
    "habe",
    "sei",
    "seien",
    "wäre",
    "würde",
    "würden",
    "worden",
    "soll",
    "sollen",
    "sollte",
    "sollten",
    "kann",
    "können",
    "konnte",
    "konnten",
    "muss",
    "müssen",
    "wollen",
    "wollte",
    "wollten",
    "sagte",
    "sagten",
    "sagt",
    "teilte",
    "teilten",
    "mitteilte",
    "mitteilten",
    "hieß",
    "heißt",
    "laut",
    "zufolge",
    "bereits",
    "wieder",
    "davon",
    "dabei",
    "damit",
    "jedoch",
    "sowie",
    "sondern",
    "zudem",
    "außerdem",
    "ihm",
    "ihn",
    "ihnen",
    "uns",
    "wenn",
    "weil",
    "ob",
    "doch",
    "jetzt",
    "dann",
    "dort",
    "alle",
    "alles",
    "seinen",
    "seinem",
    "seiner",
    "ihrem",
    "ihren",
    "ihrer",
    "deren",
    "dessen",
    "denen",
    "welche",
    "welcher",
    "zwischen",
    "während",
    "wegen",
    "diesem",
    "diesen",
    // Spanish, Italian, Portuguese
    "el",
    "los",
    "las",
    "del",
    "una",
    "por",
    "para",
    "lo",
    "su",
    "sus",
    "al",
    "en",
    "como",
    "más",
    "pero",
    "sobre",
    "este",
    "esta",
    "estos",
    "fue",
    "ha",
    "muy",
    "también",
    "hasta",
    "desde",
    "cuando",
    "donde",
    "porque",
    "ya",
    "il",
    "della",
    "di",
    "che",
    "non",
    "gli",
    "nel",
    "dei",
    "da",
    "dos",
    "na",
    "em",
    "os",
    "ao",
    "uma",
    "com",
    "não",
    // Portuguese (trial 36 F2: "shares estão", "shares é o", "shares menos pelo"): articles
    // and contractions, prepositions, pronouns, auxiliaries, verbs of saying (as English
    // "said") and the hedges of a count ("cerca de", "pelo menos"); "um" and "uns" are
    // German's above.
    "o",
    "e",
    "é",
    "à",
    "às",
    "do",
    "no",
    "nos",
    "nas",
    "num",
    "numa",
    "pelo",
    "pela",
    "pelos",
    "pelas",
    "umas",
    "seu",
    "sua",
    "seus",
    "suas",
    "ele",
    "ela",
    "eles",
    "elas",
    "isso",
    "isto",
    "esse",
    "essa",
    "estes",
    "estas",
    "foi",
    "foram",
    "ser",
    "são",
    "está",
    "estão",
    "estava",
    "estavam",
    "estar",
    "tem",
    "têm",
    "tinha",
    "ter",
    "sido",
    "ficou",
    "ficaram",
    "há",
    "já",
    "também",
    "mas",
    "até",
    "sem",
    "segundo",
    "cerca",
    "menos",
    "quase",
    "cada",
    "qual",
    "quando",
    "onde",
    "ainda",
    "disse",
    "disseram",
    "afirmou",
    "informou",
    "adiantou",
    "referiu",
    // Dutch (trial 36 F12.3: "shares bedrijf het"): articles, prepositions, pronouns,
    // auxiliaries, verbs of saying and the hedges of a count ("ongeveer", "bijna", "ruim");
    // "als" and "worden" are German's above.
    "het",
    "een",
    "voor",
    "bij",
    "aan",
    "uit",
    "naar",
    "dat",
    "dit",
    "deze",
    "zijn",
    "heeft",
    "hebben",
    "had",
    "wordt",
    "werd",
    "zal",
    "zou",
    "zullen",
    "kan",
    "kunnen",
    "moet",
    "ook",
    "nog",
    "maar",
    "ze",
    "zij",
    "hij",
    "wij",
    "haar",
    "hun",
    "zich",
    "te",
    "om",
    "ongeveer",
    "bijna",
    "ruim",
    "zegt",
    "aldus",
    "meldt",
    "zei",
    "zeiden",
    "meldde",
];

/// Function words of those languages that are English words too ("die", "hat", "pour"):
/// stop words only in a sentence the words of [`FOREIGN_STOP`] show to be foreign, and not
/// counted to decide it.
pub(super) const FOREIGN_STOP_ALSO: &[&str] = &[
    "die", "hat", "war", "man", "son", "sin", "con", "pour", "par", "per", "plus", "sans", "tout",
    "dont", "dies", "nun", "ab", "circa",
    // Portuguese and Dutch function words that are English words too.
    "van", "met", "door", "over", "tot", "men", "hen", "want", "toe", "wel", "sob",
];

pub(super) const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "told",
    "according",
    "mr",
    "mrs",
    "ms",
    "s",
    "t",
    "may",
    "might",
    "must",
    "shall",
    "us",
    "within",
    "without",
    "yet",
    "per",
    "via",
    "upon",
    "onto",
    "whose",
    "whether",
    "though",
    "although",
    "among",
    "amid",
    "toward",
    "towards",
    "since",
    "around",
    "across",
    "along",
    "behind",
    "beyond",
    "despite",
    "near",
];
/// Words that say a length of time follows ("closed *for* three hours", "für zwei Stunden",
/// "pendant deux heures", "durante dos horas", "per due ore", "por duas horas", "voor twee
/// uur", "gedurende drie uur", "during", "within", "binnen"): the one list of the number
/// flags' lengths told alike (`flags::numbers`) and of a closure told with its span
/// (`outcome::states`).
pub(in crate::matcher) const FOR_A_TIME: &[&str] = &[
    "for",
    "during",
    "within",
    "für",
    "pendant",
    "durante",
    "per",
    "por",
    "voor",
    "binnen",
    "gedurende",
];
pub(super) const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nor", "none", "nobody", "nothing", "neither",
];
pub(super) const VAGUE: &[&str] = &[
    "several",
    "many",
    "few",
    "dozens",
    "dutzende",
    "docenas",
    "hundreds",
    "thousands",
    "millions",
    "multiple",
    "numerous",
    "scores",
    "countless",
    "handful",
    "couple",
];
pub(super) const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
    // German and Spanish dozens: "zwei Dutzend" (24), "una docena" (12).
    ("dutzend", 12.0),
    ("docena", 12.0),
    ("once", 1.0),
    ("twice", 2.0),
    ("thrice", 3.0),
    ("half", 0.5),
    // French and German number words that are no English words ("trois", "drei"; not
    // "un", "six", "sept" (a month), "elf", nor names: "Fort Dix", "Pont Neuf", "Trente").
    ("deux", 2.0),
    ("trois", 3.0),
    ("quatre", 4.0),
    ("cinq", 5.0),
    ("huit", 8.0),
    ("douze", 12.0),
    ("quinze", 15.0),
    ("vingt", 20.0),
    ("cinquante", 50.0),
    ("zwei", 2.0),
    ("drei", 3.0),
    ("vier", 4.0),
    ("fünf", 5.0),
    ("sechs", 6.0),
    ("sieben", 7.0),
    ("acht", 8.0),
    ("neun", 9.0),
    ("zehn", 10.0),
    ("zwölf", 12.0),
    ("zwanzig", 20.0),
    ("dreißig", 30.0),
    ("fünfzig", 50.0),
];
pub(super) const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mln", 1e6),
    ("bln", 1e9),
    ("m", 1e6),
    ("bn", 1e9),
    // After a figure, the plural of French and German ("2 millions", "3 Milliarden"); alone,
    // "millions" stays vague.
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("millionen", 1e6),
    ("milliarde", 1e9),
    ("milliarden", 1e9),
];
/// The month (1 = January) a word names, in English (names and abbreviations: "Oct",
/// "oct.") or in French, German, Spanish, Italian, Portuguese or Dutch ("octobre",
/// "März", "fevereiro", "maart"), in any case, a final full stop ignored; `None` for
/// other words. The months the date flags read (`MONTHS`, `dates::FOREIGN_MONTHS`,
/// `dates::GERMAN_MONTHS`).
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word).to_lowercase();
    lex(&w).month
}

/// Two-word names folded into one token so both spellings match.
pub(super) const ALIASES: &[(&str, &str, &str)] = &[
    ("united", "states", "u.s."),
    ("united", "nations", "u.n."),
    ("united", "kingdom", "u.k."),
    ("european", "union", "e.u."),
];
/// Single-token spellings of the same aliases.
pub(super) const ALIAS1: &[(&str, &str)] = &[
    ("us", "u.s."),
    ("usa", "u.s."),
    ("u.s.a.", "u.s."),
    ("un", "u.n."),
    ("uk", "u.k."),
    ("britain", "u.k."),
    ("eu", "e.u."),
    ("america", "u.s."),
];

/// What the word lists say about a word: one hash lookup per token instead of scanning
/// every list.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Lex {
    pub(super) unit: Option<f64>,
    pub(super) vague: bool,
    pub(super) month: Option<u8>,
    pub(super) weekday: Option<u8>,
    pub(super) stop: bool,
    /// A function word of another European language: 1 of [`FOREIGN_STOP`], 2 of
    /// [`FOREIGN_STOP_ALSO`] (an English word too).
    pub(super) foreign: u8,
    pub(super) negation: bool,
    pub(super) scale: Option<f64>,
    pub(super) alias: Option<&'static str>,
}

pub(super) fn lex(w: &str) -> Lex {
    static MAP: std::sync::OnceLock<FnvMap<&'static str, Lex>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: FnvMap<&'static str, Lex> = FnvMap::default();
        for &w in STOP.iter().chain(CJK_STOP) {
            m.entry(w).or_default().stop = true;
        }
        for &w in FOREIGN_STOP {
            m.entry(w).or_default().foreign = 1;
        }
        for &w in FOREIGN_STOP_ALSO {
            m.entry(w).or_default().foreign = 2;
        }
        for &w in NEGATIONS {
            m.entry(w).or_default().negation = true;
        }
        for &w in VAGUE {
            m.entry(w).or_default().vague = true;
        }
        for &(w, v) in UNITS {
            m.entry(w).or_default().unit = Some(v);
        }
        for &(w, v) in SCALES {
            m.entry(w).or_default().scale = Some(v);
        }
        for &(w, v) in MONTHS.iter().chain(FOREIGN_MONTHS).chain(GERMAN_MONTHS) {
            m.entry(w).or_default().month = Some(v);
        }
        for &(w, v) in WEEKDAYS.iter().chain(FOREIGN_WEEKDAYS) {
            m.entry(w).or_default().weekday = Some(v);
        }
        for &(w, c) in ALIAS1 {
            m.entry(w).or_default().alias = Some(c);
        }
        m
    });
    map.get(w).copied().unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::matcher;

    /// The shared terms `explain` lists for a pair (also read by the count tests,
    /// `flags::tests_trial35_counts`, and the German ones, `lexicon::german`).
    pub(crate) fn shared(a: &str, b: &str) -> Vec<String> {
        matcher::explain(a, b)
            .reason
            .shared
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn chinese_locatives_and_particles_are_no_shared_words() {
        // Unrelated reports whose only common character is a locative postposition
        // (in the car / at school; during the meeting / in the fire; on the table / on the
        // road; under his leadership / the rain fell).
        for (a, b) in [
            ("警方在车里发现了一把枪。", "孩子们在学校里读书。"),
            ("会议中代表们讨论了预算。", "大火中三人受伤。"),
            ("桌子上放着一本书。", "地震后房屋倒在路上。"),
            ("在他的领导下公司发展很快。", "雨下了一整天。"),
            ("警方还在调查吗？", "市长还在开会吗？"),
        ] {
            assert_eq!(shared(a, b), Vec::<String>::new(), "{a} / {b}");
        }
        // A compound's other character still matches (中国, 美国: 国).
        let s = shared("中国和美国签署了协议。", "中国和美国签署了协议。");
        assert!(s.iter().any(|t| t == "国"), "{s:?}");
        assert!(!s.iter().any(|t| t == "中"), "{s:?}");
    }

    #[test]
    fn portuguese_and_dutch_function_words_are_no_shared_words() {
        // Trial 36 F2, F12.3: auxiliaries, articles, prepositions and the hedges of a
        // count were the shared words of unrelated sentences.
        for (a, b, only) in [
            (
                "As causas do incêndio estão a ser investigadas.",
                "Todos os bombeiros estão localizados, segundo as autoridades.",
                &[][..],
            ),
            (
                "Pelo menos 23 casas foram destruídas pelas chamas.",
                "Pelo menos 31 famílias ficaram sem casa, disse o presidente.",
                &["casas"][..],
            ),
            (
                "Cerca de 12 mil hectares já arderam, é o maior incêndio do ano.",
                "Cerca de 700 bombeiros e 12 aeronaves combatiam o fogo.",
                &["12"][..],
            ),
            (
                "Het bedrijf heeft 220 medewerkers.",
                "Het bedrijf riep in 2019 ook al makreel terug.",
                &["bedrijf"][..],
            ),
            (
                "De zalm is met een vrachtwagen naar de winkels gebracht en verkocht.",
                "Het RIVM heeft de bron van de uitbraak nog niet gevonden en zoekt door.",
                &[][..],
            ),
        ] {
            let s = shared(a, b);
            let want: Vec<String> = only.iter().map(|w| w.to_string()).collect();
            assert_eq!(s, want, "{a} / {b}");
        }
        // In English, "van", "door" and "over" keep their meaning.
        let s = shared(
            "A white van hit the door of the shop.",
            "Police found the van and the door on Monday.",
        );
        assert!(
            s.iter().any(|t| t == "van") && s.iter().any(|t| t == "door"),
            "{s:?}"
        );
    }
}
