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
    ("judge", &["judge", "justice"]),
    ("prefect", &["prefect", "prefet", "prefete"]),
    ("sheriff", &["sheriff"]),
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
    ("doctor", &["dr", "doctor"]),
    ("professor", &["prof", "professor"]),
];

/// The title a word writes ("sen" and "senator": "senator"; "Kanzler": "chancellor"),
/// `norm` lower case, with diacritics or without.
pub(super) fn title(norm: &str) -> Option<&'static str> {
    let folded = fold_diacritics(norm);
    TITLES
        .iter()
        .find(|(_, forms)| forms.contains(&folded.as_ref()))
        .map(|(t, _)| *t)
}
