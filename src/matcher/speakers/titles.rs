//! Titles of speakers for the speaker flag, in English and the five other languages the
//! speakers are read in (`foreign.rs`): the words that write each title ("Sen." and
//! "senator", "Kanzler" and "chancellor"), so a role and a name with the same title may be
//! one person and two titles are two people (`sources.rs`).

use crate::matcher::flags::fold_diacritics;

/// Titles, each with the words that write it (abbreviations as the tokeniser leaves them,
/// without their full stop, diacritics folded), in the six languages of the speakers
/// (`foreign.rs`): "Sen. Kerry" and "the senator" hold the same title, and so do "Kanzler
/// Scholz" and "der Kanzler", "le président" and "President Biden".
const TITLES: &[(&str, &[&str])] = &[
    (
        "senator",
        &["sen", "senator", "senateur", "senador", "senatore"],
    ),
    (
        "governor",
        &[
            "gov",
            "governor",
            "gouverneur",
            "gobernador",
            "governatore",
            "governador",
        ],
    ),
    ("general", &["gen", "general"]),
    ("colonel", &["col", "colonel"]),
    ("captain", &["capt", "captain"]),
    ("lieutenant", &["lt", "lieutenant"]),
    ("sergeant", &["sgt", "sergeant"]),
    (
        "representative",
        &["rep", "representative", "congressman", "congresswoman"],
    ),
    (
        "president",
        &[
            "president",
            "pres",
            "presidente",
            "presidenta",
            "prasident",
            "prasidentin",
            "bundesprasident",
            "bundesprasidentin",
            "presidentin",
        ],
    ),
    (
        "mayor",
        &[
            "mayor",
            "maire",
            "burgermeister",
            "burgermeisterin",
            "oberburgermeister",
            "oberburgermeisterin",
            "alcalde",
            "alcaldesa",
            "sindaco",
            "sindaca",
            "prefeito",
            "prefeita",
            "burgemeester",
        ],
    ),
    // A prime minister is a minister, as "Prime Minister X" reads ("il premier",
    // "der Premierminister", "le Premier ministre").
    (
        "minister",
        &[
            "minister",
            "ministre",
            "ministerin",
            "ministro",
            "ministra",
            "premier",
            "premierminister",
            "premierministerin",
            "ministerprasident",
            "ministerprasidentin",
        ],
    ),
    ("secretary", &["secretary"]),
    ("ambassador", &["ambassador", "amb"]),
    // A consul ("consul Javier Morales", "el cónsul", "der Konsul"; not Italian "console",
    // a word of other things too).
    ("consul", &["consul", "konsul", "consulesa", "konsulin"]),
    (
        "judge",
        &[
            "judge",
            "justice",
            "juez",
            "jueza",
            "juge",
            "giudice",
            "juiz",
            "juiza",
            "richter",
            "richterin",
        ],
    ),
    (
        "prefect",
        &[
            "prefect", "prefet", "prefete", "prefetto", "prefetta", "prefecto", "prefecta",
        ],
    ),
    ("sheriff", &["sheriff"]),
    // Monarchs, in the languages that write the title in lower case before the name ("el
    // rey Felipe VI" / "la reina Letizia", trial 42 D1). Not "king", "König", "koning":
    // surnames too ("Stephen King", "Thomas König"); English and German capitalise the
    // title, read as a word of the name. Italian "re" is a word of other languages, "regina"
    // a given name.
    ("king", &["rey", "roi", "rei"]),
    (
        "queen",
        &["reina", "reine", "konigin", "rainha", "koningin"],
    ),
    (
        "chancellor",
        &[
            "chancellor",
            "kanzler",
            "kanzlerin",
            "bundeskanzler",
            "bundeskanzlerin",
            "chancelier",
            "chanceliere",
            "canciller",
            "cancelliere",
            "chanceler",
        ],
    ),
    ("commissioner", &["commissioner"]),
    // A German district's head ("sagte der Landrat"), no title of another language.
    ("district administrator", &["landrat", "landratin"]),
    ("doctor", &["dr", "doctor"]),
    ("professor", &["prof", "professor"]),
];

/// Titles of public offices of a state, a region or a town ([`TITLES`]' first words): one
/// who holds one is not the unnamed head of a body such as a hospital or a fire brigade
/// (`sources.rs`: "the hospital's director" / "Health Minister Catherine Vautrin"; trial
/// 43 D). Not a rank, a degree, a president or a secretary, which such bodies have too.
const OFFICES: &[&str] = &[
    "mayor",
    "minister",
    "governor",
    "senator",
    "representative",
    "chancellor",
    "king",
    "queen",
    "prefect",
    "district administrator",
    "consul",
];

/// Whether `title` (a title of [`TITLES`], as [`title`] gives it) is a public office
/// ([`OFFICES`]).
pub(super) fn is_office(title: &str) -> bool {
    OFFICES.contains(&title)
}

/// German compounds ending in a title that hold that title ("Innenminister",
/// "Bundesinnenministerin", "Polizeipräsident", "Oberbürgermeister", "Vizekanzler"): the
/// ends, diacritics folded, and the title. A compound of six letters or more before it.
const COMPOUND_ENDS: &[(&str, &str)] = &[
    ("ministerin", "minister"),
    ("minister", "minister"),
    ("prasidentin", "president"),
    ("prasident", "president"),
    ("burgermeisterin", "mayor"),
    ("burgermeister", "mayor"),
    ("kanzlerin", "chancellor"),
    ("kanzler", "chancellor"),
    // Heads of a body or a team ("Verdi-Verhandlungsführer", "Konzernchef",
    // "Einsatzleiter", "Parteivorsitzende"), one title: one person may be told by each
    // (trial 42 D1: a negotiator is not an airport's spokesman).
    ("fuhrerin", "head"),
    ("fuhrer", "head"),
    ("chefin", "head"),
    ("chef", "head"),
    ("leiterin", "head"),
    ("leiter", "head"),
    ("vorsitzender", "head"),
    ("vorsitzende", "head"),
];

/// The title a word writes ("sen" and "senator": "senator"; "Kanzler": "chancellor";
/// a German compound of one, "Innenminister": "minister"), `norm` lower case, with
/// diacritics or without.
pub(crate) fn title(norm: &str) -> Option<&'static str> {
    let folded = fold_diacritics(norm);
    TITLES
        .iter()
        .find(|(_, forms)| forms.contains(&folded.as_ref()))
        .map(|(t, _)| *t)
        .or_else(|| {
            COMPOUND_ENDS
                .iter()
                .find(|(end, _)| folded.len() >= end.len() + 4 && folded.ends_with(end))
                .map(|(_, t)| *t)
        })
}

/// The role a speaker's word before a name tells, for the speaker flag: a title
/// ([`title`]: "le maire Jean Dupont", "il prefetto Mario Rossi") or a spokesperson's word
/// ("police spokesman John Miller", "Polizeisprecher Jan Müller", "le porte-parole":
/// "spokesperson"). `None` for any other word.
pub(super) fn role_title(norm: &str) -> Option<&'static str> {
    let folded = fold_diacritics(norm);
    let spokes = super::bodies::spokes::is_spokes_word(&folded)
        || super::bodies::spokes::compound_body(&folded).is_some()
        || folded == "parole";
    title(norm).or(spokes.then_some("spokesperson"))
}
