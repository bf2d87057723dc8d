//! Month and weekday names of English (with their abbreviations: "Oct", "Thurs") and of
//! French, German, Spanish, Italian, Portuguese and Dutch, so that "3. März 2024", "le 2 décembre", "2 de diciembre", "mardi", "Montag" are read as
//! dates as their English forms are (the date flags compare them, and a date in one
//! language agrees with the same date in another). Lower case, with and without accents
//! ("décembre", "decembre"), as tokens are normalised. Also the words of a publication
//! stamp in these languages and English ("Publié le", "Aktualisiert am", "Atualizado em"),
//! read by `page_lines` and by the date flags; and the parts of the day, noon and
//! midnight with the words around them that make them dates (`flags::dayparts`).

/// English month names and abbreviations, with the month (1 = January).
pub(in crate::matcher) const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];
/// The full English month names, January first.
pub(in crate::matcher) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// English weekday names and abbreviations, with the day (0 = Monday).
pub(in crate::matcher) const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 0),
    ("mon", 0),
    ("tuesday", 1),
    ("tue", 1),
    ("tues", 1),
    ("wednesday", 2),
    ("wed", 2),
    ("thursday", 3),
    ("thu", 3),
    ("thurs", 3),
    ("friday", 4),
    ("fri", 4),
    ("saturday", 5),
    ("sat", 5),
    ("sunday", 6),
    ("sun", 6),
];

/// Whether the month name `w` (lower case) is a month only beside a figure: an English
/// abbreviation ("jan", "dec": "Jan de Vries", "Dec Daly" are names; "Jan. 5" is a date)
/// or a foreign name that is an English word or name too ("Mars", "Mai", "Julio").
pub(in crate::matcher) fn month_beside_a_figure(w: &str) -> bool {
    MONTHS_BESIDE_A_FIGURE.contains(&w) || month_abbreviation(w)
}

/// Whether `w` (lower case) is an abbreviated English month name of [`MONTHS`] ("jan",
/// "sept"; not "may", which is the whole name).
pub(in crate::matcher) fn month_abbreviation(w: &str) -> bool {
    MONTHS
        .iter()
        .any(|&(name, m)| name == w && MONTH_NAMES[(m - 1) as usize].len() > w.len())
}

/// Foreign month names, with the month (1 = January). The English names and
/// abbreviations are [`MONTHS`]; a name shared with English ("april",
/// "september") is there only; the German ones are [`GERMAN_MONTHS`].
pub(in crate::matcher) const FOREIGN_MONTHS: &[(&str, u8)] = &[
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // German: `GERMAN_MONTHS`.
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
];

/// German month names (and Austrian "Jänner"), every month, with the month (1 =
/// January): the date flags read them beside [`FOREIGN_MONTHS`], and the segmenter after
/// a day written as an ordinal ("am 3. Mai", `segment/stops.rs`). Those shared with
/// English ("april") or French ("mai") are month names of those lists too.
pub(in crate::matcher) const GERMAN_MONTHS: &[(&str, u8)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("april", 4),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("dezember", 12),
];

/// Months written short in Spanish ("5 dic (EFE)"), French ("9 déc. (AFP)"), German ("3
/// Mrz 2026"), Italian ("5 gen 2026"), Portuguese ("5 dez 2026 (Lusa)") and Dutch ("3 mrt
/// 2026"), lower case, with the month (1 = January); those English abbreviations also
/// write ("jan", "oct") are [`MONTHS`]. Most are words too ("set", "out", "ago", "dez":
/// ten): a month only right after a day and before a year, a bracket, a comma, a dash or
/// the end (`text/dates.rs` `short_months`), and for the segmenter after a day and before
/// a dateline (`segment/stops.rs`).
pub(in crate::matcher) const SHORT_MONTHS: &[(&str, u8)] = &[
    // Spanish.
    ("ene", 1),
    ("abr", 4),
    ("ago", 8),
    ("dic", 12),
    // French.
    ("janv", 1),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juil", 7),
    ("août", 8),
    ("déc", 12),
    // German and Dutch.
    ("mär", 3),
    ("mrz", 3),
    ("mrt", 3),
    ("okt", 10),
    ("dez", 12),
    // Italian and Portuguese.
    ("gen", 1),
    ("mag", 5),
    ("giu", 6),
    ("lug", 7),
    ("set", 9),
    ("ott", 10),
    ("fev", 2),
    ("out", 10),
];

/// Foreign month names that are also English words or names ("Mars", "Mai", "Mei",
/// "Julio", "Mayo", "Avril", "Augustus"): a month only beside a figure ("le 3 mars", "2
/// de mayo"), as an abbreviated English month is ("Jan. 5").
pub(in crate::matcher) const MONTHS_BESIDE_A_FIGURE: &[&str] = &[
    "mars", "avril", "mai", "mayo", "maio", "mei", "juli", "julio", "augustus",
];

/// Words that make a month of [`MONTHS_BESIDE_A_FIGURE`] a month with no figure beside it,
/// each with the months of its language: "ab Juli", "im Mai" (German, any case), "in juli",
/// "vanaf mei" (Dutch), "en julio", "hasta mayo" (Spanish), "en mars", "depuis mai"
/// (French), "em maio" (Portuguese). Only German ones may be capitalised (its nouns are);
/// in the other languages a month is written lower case, and "Julio", "Mayo", "Mars" are
/// names. English words ("in", "until") are not here for "mayo" or "mai": "in mayo" is food.
pub(in crate::matcher) const BEFORE_A_MONTH: &[(&[&str], &[&str], bool)] = &[
    (
        &[
            "im", "ab", "seit", "bis", "anfang", "mitte", "ende", "zum", "vom",
        ],
        &["juli", "mai"],
        true,
    ),
    (
        &[
            "in", "sinds", "vanaf", "tot", "eind", "begin", "medio", "half",
        ],
        &["juli", "mei", "augustus"],
        false,
    ),
    (&["en", "desde", "hasta"], &["julio", "mayo"], false),
    (
        &["en", "depuis", "fin", "début", "debut", "mi"],
        &["mars", "avril", "mai"],
        false,
    ),
    (&["em", "desde", "até", "ate"], &["maio"], false),
];

/// Whether the month name `month` (lower case; `capital` when written with a capital) is
/// read as a month after the word `before` (lower case) with no figure beside it
/// ([`BEFORE_A_MONTH`]).
pub(in crate::matcher) fn month_after_word(before: &str, month: &str, capital: bool) -> bool {
    BEFORE_A_MONTH.iter().any(|&(words, months, any_case)| {
        (any_case || !capital) && words.contains(&before) && months.contains(&month)
    })
}

/// Foreign weekdays (0 = Monday). The English ones are `lexicon::WEEKDAYS`.
pub(in crate::matcher) const FOREIGN_WEEKDAYS: &[(&str, u8)] = &[
    // French
    ("lundi", 0),
    ("mardi", 1),
    ("mercredi", 2),
    ("jeudi", 3),
    ("vendredi", 4),
    ("samedi", 5),
    ("dimanche", 6),
    // German
    ("montag", 0),
    ("dienstag", 1),
    ("mittwoch", 2),
    ("donnerstag", 3),
    ("freitag", 4),
    ("samstag", 5),
    ("sonnabend", 5),
    ("sonntag", 6),
    // Spanish
    ("lunes", 0),
    ("martes", 1),
    ("miércoles", 2),
    ("miercoles", 2),
    ("jueves", 3),
    ("viernes", 4),
    ("sábado", 5),
    ("sabado", 5),
    ("domingo", 6),
    // Italian
    ("lunedì", 0),
    ("lunedi", 0),
    ("martedì", 1),
    ("martedi", 1),
    ("mercoledì", 2),
    ("mercoledi", 2),
    ("giovedì", 3),
    ("giovedi", 3),
    ("venerdì", 4),
    ("venerdi", 4),
    ("sabato", 5),
    ("domenica", 6),
    // Dutch
    ("maandag", 0),
    ("dinsdag", 1),
    ("woensdag", 2),
    ("donderdag", 3),
    ("vrijdag", 4),
    ("zaterdag", 5),
    ("zondag", 6),
];

/// Parts of a day that German and Dutch join to a weekday in one word ("am
/// Freitagmorgen", "Montagabend", "in der Nacht zum Sonntag" aside; "vrijdagochtend",
/// "maandagavond"): [`compound_weekday`].
const DAYPART_SUFFIXES: &[&str] = &[
    "morgen",
    "vormittag",
    "mittag",
    "nachmittag",
    "abend",
    "nacht",
    "ochtend",
    "middag",
    "avond",
];

/// The weekday (0 = Monday) of a German or Dutch compound of a weekday and a part of the
/// day, lower case ("freitagmorgen" is Friday, "maandagavond" Monday; [`DAYPART_SUFFIXES`]):
/// trial 40, "am Freitagmorgen" / "am Montag" were no two weekdays. `None` for any other word
/// ("sonnabend" is a weekday of its own, in [`FOREIGN_WEEKDAYS`]).
pub(in crate::matcher) fn compound_weekday(w: &str) -> Option<u8> {
    // Only words ending in a part of the day get a second lookup; the head is a weekday of
    // six letters or more ("montag", "vrijdag", "sonntag").
    DAYPART_SUFFIXES.iter().find_map(|s| {
        let head = w.strip_suffix(s).filter(|h| h.len() >= 6)?;
        super::lex(head).weekday
    })
}

/// The part of the day (1 morning, 2 afternoon, 3 evening, 4 night, as [`DAY_PARTS`]) of
/// a German or Dutch compound of a weekday and a part of the day ([`compound_weekday`]:
/// "dienstagmorgen" 1, "dienstagabend" 3, "dinsdagochtend" 1, "dinsdagavond" 3); `None`
/// for noon ("Dienstagmittag", a time) and any other word. Trial 43 C2: "am
/// Dienstagmorgen" / "am Dienstagabend" were one weekday and no part of the day.
pub(in crate::matcher) fn compound_day_part(w: &str) -> Option<u8> {
    const PARTS: &[(&str, u8)] = &[
        ("morgen", 1),
        ("vormittag", 1),
        ("nachmittag", 2),
        ("abend", 3),
        ("nacht", 4),
        ("ochtend", 1),
        ("middag", 2),
        ("avond", 3),
    ];
    PARTS.iter().find_map(|&(s, part)| {
        let head = w.strip_suffix(s).filter(|h| h.len() >= 6)?;
        super::lex(head).weekday.map(|_| part)
    })
}

/// Foreign weekdays that are names too ("Plácido Domingo", "Domenica"): a weekday only
/// written in lower case, as Spanish and Italian write their weekdays.
pub(in crate::matcher) const LOWER_CASE_WEEKDAYS: &[&str] = &["domingo", "domenica"];

/// Portuguese weekdays from Monday to Friday, the word before "feira" ("segunda-feira",
/// "quinta feira"; 0 = Monday). Alone they are ordinals ("segunda" is second) and
/// "quinta" a farm: a weekday with "feira" (`text::dates::join_feira`), or alone where
/// nothing else can be meant ("na quinta em Lisboa", `text::dates::bare_weekdays`). Saturday and
/// Sunday ("sábado", "domingo") are [`FOREIGN_WEEKDAYS`].
pub(in crate::matcher) const FEIRA_WEEKDAYS: &[(&str, u8)] = &[
    ("segunda", 0),
    ("terça", 1),
    ("terca", 1),
    ("quarta", 2),
    ("quinta", 3),
    ("sexta", 4),
];

/// Parts of the day, read as dates by the date flags (`flags::dayparts`): the words
/// (lower case, in English, French, German, Spanish, Italian, Portuguese and Dutch) and
/// the part they name: 1 morning, 2 afternoon, 3 evening, 4 night. Words that are also other words are left out: German "Morgen" (tomorrow),
/// Spanish "mañana" (tomorrow), Spanish and Portuguese "tarde" (late).
pub(in crate::matcher) const DAY_PARTS: &[(&str, u8)] = &[
    ("morning", 1),
    ("afternoon", 2),
    ("evening", 3),
    ("night", 4),
    ("overnight", 4),
    ("matin", 1),
    ("matinée", 1),
    ("après-midi", 2),
    ("soir", 3),
    ("soirée", 3),
    ("nuit", 4),
    ("vormittag", 1),
    ("nachmittag", 2),
    ("abend", 3),
    ("nacht", 4),
    // "am Dienstag früh", "heute früh", "gestern früh": in the morning (after a dating
    // word only, as every part; "zu früh" is too early).
    ("früh", 1),
    ("madrugada", 4),
    ("noche", 4),
    ("mattina", 1),
    ("mattino", 1),
    ("pomeriggio", 2),
    ("sera", 3),
    ("serata", 3),
    ("notte", 4),
    ("manhã", 1),
    ("noite", 4),
    ("ochtend", 1),
    ("middag", 2),
    ("avond", 3),
];

/// Words before a part of the day ([`DAY_PARTS`]) that make it a date ("this morning",
/// "early evening", "in the night", "hier soir", "am Abend", "de noche", "ieri sera").
pub(in crate::matcher) const DAY_PART_DATING: &[&str] = &[
    "this",
    "that",
    "yesterday",
    "tomorrow",
    "last",
    "early",
    "late",
    "on",
    "in",
    "during",
    "the",
    "ce",
    "cette",
    "hier",
    "demain",
    "la",
    "le",
    "dans",
    "en",
    "du",
    "tôt",
    "am",
    "gestern",
    "heute",
    "spät",
    "früh",
    "esta",
    "anoche",
    "de",
    "por",
    "questa",
    "ieri",
    "nella",
    "di",
    "nesta",
    "na",
    "à",
    "deze",
    "gisteren",
    "vanavond",
];

/// Words after a part of the day ([`DAY_PARTS`]), noon or midnight ([`NOON_MIDNIGHT`])
/// that make it part of a compound, not a date ("the night shift", "morning prayers").
pub(in crate::matcher) const DAY_PART_COMPOUND: &[&str] = &[
    "shift", "shifts", "club", "clubs", "news", "show", "shows", "sky", "gown", "sickness",
    "prayers", "prayer", "paper", "papers", "class", "classes", "school", "vision", "watchman",
    "life", "person", "people", "star", "light", "lights", "edition", "briefing", "session",
    "market", "markets", "trading", "after",
];

/// Noon and midnight in the languages of [`DAY_PARTS`]: minutes after midnight.
pub(in crate::matcher) const NOON_MIDNIGHT: &[(&str, u16)] = &[
    ("noon", 720),
    ("midday", 720),
    ("midnight", 0),
    ("midi", 720),
    ("minuit", 0),
    ("mittag", 720),
    ("mitternacht", 0),
    ("mediodía", 720),
    ("medianoche", 0),
    ("mezzogiorno", 720),
    ("mezzanotte", 0),
    ("meio-dia", 720),
    ("meia-noite", 0),
    ("middernacht", 0),
];

/// The words that open a publication stamp ("Updated: 11 December 2025, 14:30", "Publié
/// le 11 décembre à 14h30", "Aktualisiert am 11.12.2025, 14:30 Uhr"), per language, lower
/// case as tokens are normalised. French "mis à jour" is three tokens, read as a phrase
/// where stamps are ([`stamp_lead`]). The timestamp lines of `page_lines` and the stamp
/// times the date flags leave out are both read from this list.
pub(in crate::matcher) const STAMP_LEADS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "updated",
            "update",
            "published",
            "posted",
            "modified",
            "uploaded",
        ],
    ),
    (
        "fr",
        &[
            "publié",
            "publiée",
            "publie",
            "modifié",
            "modifiée",
            "modifie",
        ],
    ),
    ("de", &["aktualisiert", "veröffentlicht", "stand"]),
    ("es", &["actualizado", "publicado", "actualización"]),
    ("pt", &["atualizado", "publicado", "atualização"]),
    ("it", &["aggiornato", "pubblicato"]),
    ("nl", &["bijgewerkt", "gepubliceerd"]),
];

/// The small words of a publication stamp between its lead, its date and its time, per
/// language ("on", "at"; "le", "à"; "am", "um", "Uhr"; "el", "a las"; "em", "às"; "il",
/// "alle", "ore"; "op", "om").
pub(in crate::matcher) const STAMP_SMALL_WORDS: &[(&str, &[&str])] = &[
    ("en", &["on", "at"]),
    ("fr", &["le", "à", "a", "h"]),
    ("de", &["am", "um", "uhr"]),
    ("es", &["el", "de", "del", "a", "las", "la"]),
    ("pt", &["em", "de", "às", "as", "a", "h"]),
    ("it", &["il", "l", "alle", "ore"]),
    ("nl", &["op", "om", "uur"]),
];

/// Whether the token norms `words` end with a publication stamp's lead: a word of
/// [`STAMP_LEADS`] or French "mis à jour" / "mise à jour"; the number of words it takes.
pub(in crate::matcher) fn stamp_lead(words: &[&str]) -> Option<usize> {
    let last = *words.last()?;
    if STAMP_LEADS.iter().any(|(_, w)| w.contains(&last)) {
        return Some(1);
    }
    match words {
        [.., "mis" | "mise", "à" | "a", "jour"] => Some(3),
        _ => None,
    }
}

/// Whether `word` is one of [`STAMP_SMALL_WORDS`] (of any language): one hashed lookup.
pub(in crate::matcher) fn stamp_small_word(word: &str) -> bool {
    use crate::matcher::text::FxMap;
    static WORDS: std::sync::OnceLock<FxMap<&'static str, ()>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        STAMP_SMALL_WORDS
            .iter()
            .flat_map(|(_, w)| w.iter())
            .map(|&w| (w, ()))
            .collect()
    });
    words.contains_key(word)
}

/// Short weekdays that open a live blog's post stamp before its clock time ("Di 12:02 –",
/// "mar. 12h02 –", "vr 09:15 –"), by language (de, fr, nl, es, it, pt; English ones are
/// [`WEEKDAYS`]). Many are words too ("do", "so", "mar"): they are read only there
/// (`flags/dates.rs`, `post_time`).
const STAMP_WEEKDAYS: &[(&str, &[&str])] = &[
    ("de", &["mo", "di", "mi", "do", "fr", "sa", "so"]),
    ("fr", &["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]),
    ("nl", &["ma", "di", "wo", "do", "vr", "za", "zo"]),
    (
        "es",
        &[
            "lun", "mar", "mié", "mie", "jue", "vie", "sáb", "sab", "dom",
        ],
    ),
    ("it", &["lun", "mar", "mer", "gio", "ven", "sab", "dom"]),
    (
        "pt",
        &["seg", "ter", "qua", "qui", "sex", "sáb", "sab", "dom"],
    ),
];

/// Whether `word` (lower case) is one of [`STAMP_WEEKDAYS`] of any language.
pub(in crate::matcher) fn stamp_weekday(word: &str) -> bool {
    STAMP_WEEKDAYS.iter().any(|(_, w)| w.contains(&word))
}

/// Auxiliaries of an act told as going on now or just done, with the words that follow
/// them, in the languages that so tell the present ("is *accepting*", "has *reopened*",
/// es "está *aceptando*", "ha *reabierto*", it "sta *accettando*", pt "está *aceitando*",
/// "está a aceitar", nl "is *aan het*", fr "est *en train de*"): a live blog's post that
/// tells its act so is dated by its stamp (`flags/dates/stamp_now.rs`, trial 49 item 4).
/// Each entry: the auxiliaries, the endings of the word after them, and words that may
/// stand between.
pub(in crate::matcher) const NOW_TENSES: &[(&[&str], &[&str], &[&str])] = &[
    // en progressive
    (
        &["is", "are", "am"],
        &["ing"],
        &["now", "again", "also", "still", "once"],
    ),
    // en present perfect
    // (participles' endings: "reopened", "taken", "begun", "sent", "paid", "made", "gone")
    (
        &["has", "have"],
        &["ed", "n", "t", "d", "de", "ne", "ung"],
        &["now", "again", "also", "just", "already", "been"],
    ),
    // en passive progressive ("are being diverted")
    (&["being"], &["ed", "n", "t", "d"], &[]),
    // es, it, pt progressive ("está aceptando", "sta accettando", "está aceitando")
    (
        &["está", "están", "sta", "stanno", "estão"],
        &["ando", "endo", "iendo", "yendo"],
        &["ya", "già", "já", "de", "nuevo", "di", "nuovo", "novo", "a"],
    ),
    // es present perfect ("ha reabierto")
    (
        &["ha", "han"],
        &[
            "ado", "ada", "ido", "ida", "ados", "idos", "erto", "ierto", "cho",
        ],
        &["ya", "vuelto", "a"],
    ),
    // pt "está a aceitar"
    (&["está", "estão"], &["ar", "er", "ir"], &["a"]),
    // nl "is aan het", fr "est en train de"
    (&["is", "zijn"], &["het"], &["aan"]),
    (&["est", "sont"], &["train"], &["en"]),
];

/// Words that follow a clock time told in a sentence, not a live blog's post stamp
/// (`part/dateline.rs`, `post_stamp_end`: "10:30 Uhr", "10:30 GMT", "5:40 PM", "18h30
/// heure"): the half of the day, "o'clock" and "hours" words of seven languages, and time
/// zones. Lower case.
pub(in crate::matcher) const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "uhr", "h", "heure", "heures", "hrs", "hours",
    "horas", "hora", "ore", "uur", "gmt", "utc", "cet", "cest", "mez", "mesz", "bst", "est", "edt",
    "pst", "pdt", "et", "pt",
];

/// The halves of the day written with dots ("6:40 p.m.", "5:10 A.M."), as tokens are
/// normalised (lower case; the last dot kept or not): a clock word, never a name nor a
/// place, though a dotted word is read as an acronym ("U.S.", "U.N."): "at about 6:40
/// p.m., police said" named no force of a place "P.M." (trial 55 F1). The spaced Spanish
/// "a. m." / "p. m." is two tokens, read by `text::clock_halves`.
pub(in crate::matcher) const DOTTED_DAY_HALVES: &[&str] = &["a.m.", "p.m.", "a.m", "p.m"];

/// Headings of a narrative timeline in an article ("TIMELINE", "Timeline of the
/// blackout", "Chronologie", "Chronik", "Cronología", "Cronologia", "Tijdlijn"), lower
/// case: a line under one that opens with a clock time tells what happened then
/// (`flags::dates::mark_timelines`), its time is no live blog's posting time.
pub(in crate::matcher) const TIMELINE_HEADINGS: &[&str] = &[
    "timeline",
    "chronology",
    // fr, nl
    "chronologie",
    // de
    "chronik",
    "zeitleiste",
    "zeitstrahl",
    // es, it, pt
    "cronología",
    "cronologia",
    // nl
    "tijdlijn",
];
