//! Ordinals of French, German, Spanish, Portuguese and Italian, for `ordinal.rs`: the words
//! ("troisième", "dritten", "cuarto", "quinto"), the figures written with a suffix or a
//! sign ("3e", "1er", "3ème", "3º", "3ª"; German "3." before its noun is read in
//! `ordinal.rs`), the determiners before them ("au", "im", "el", "al"), the floor nouns
//! ("étage", "Stock", "piso", "piano") and the words of "time" ("fois", "Mal", "vez",
//! "volta"), so that "au 3e étage" / "au cinquième étage", "im dritten Stock", "en el
//! cuarto piso", "pour la troisième fois" are compared as "the third floor" / "the fifth
//! floor" and "for the third time" are.

use crate::matcher::flags::names::fold_diacritics;
use crate::matcher::text::FxMap;
use std::sync::OnceLock;

/// Ordinal words of other languages, without diacritics, and the place they name; a
/// German word is matched by its stem and an adjective ending ("dritte", "dritten",
/// "dritter"), the others as written.
const WORDS: &[(&str, u32)] = &[
    // French.
    ("premier", 1),
    ("premiere", 1),
    ("deuxieme", 2),
    ("seconde", 2),
    ("troisieme", 3),
    ("quatrieme", 4),
    ("cinquieme", 5),
    ("sixieme", 6),
    ("septieme", 7),
    ("huitieme", 8),
    ("neuvieme", 9),
    ("dixieme", 10),
    ("onzieme", 11),
    ("douzieme", 12),
    // Spanish.
    ("primer", 1),
    ("primero", 1),
    ("primera", 1),
    ("segundo", 2),
    ("segunda", 2),
    ("tercer", 3),
    ("tercero", 3),
    ("tercera", 3),
    ("cuarto", 4),
    ("cuarta", 4),
    ("quinto", 5),
    ("quinta", 5),
    ("sexto", 6),
    ("sexta", 6),
    ("septimo", 7),
    ("septima", 7),
    ("octavo", 8),
    ("octava", 8),
    ("noveno", 9),
    ("novena", 9),
    ("decimo", 10),
    ("decima", 10),
    // Portuguese (where not Spanish or Italian), both genders.
    ("primeiro", 1),
    ("primeira", 1),
    ("terceiro", 3),
    ("terceira", 3),
    ("setimo", 7),
    ("setima", 7),
    ("oitavo", 8),
    ("oitava", 8),
    // Italian (where not Spanish).
    ("primo", 1),
    ("prima", 1),
    ("secondo", 2),
    ("terzo", 3),
    ("terza", 3),
    ("quarto", 4),
    ("quarta", 4),
    ("sesto", 6),
    ("sesta", 6),
    ("settimo", 7),
    ("settima", 7),
    ("ottavo", 8),
    ("ottava", 8),
    ("nono", 9),
    ("nona", 9),
];

/// German ordinal stems, without diacritics ("funft" for "fünft"), and the place they
/// name; a word is the stem and one of [`GERMAN_ENDINGS`].
const GERMAN: &[(&str, u32)] = &[
    ("erst", 1),
    ("zweit", 2),
    ("dritt", 3),
    ("viert", 4),
    ("funft", 5),
    ("sechst", 6),
    ("siebt", 7),
    ("acht", 8),
    ("neunt", 9),
    ("zehnt", 10),
    ("elft", 11),
    ("zwolft", 12),
];

/// The endings of a German ordinal adjective.
const GERMAN_ENDINGS: &[&str] = &["e", "en", "er", "es", "em"];

/// Determiners and prepositions joined with an article before an ordinal in other
/// languages ("au troisième étage", "im dritten Stock", "en el cuarto piso", "al quinto
/// piano", "no segundo andar"), as "the" is in English.
pub(super) const DETERMINERS: &[&str] = &[
    "le", "la", "au", "du", "son", "sa", "el", "al", "del", "su", "der", "die", "das", "dem",
    "den", "im", "vom", "zum", "il", "lo", "nel", "dal", "sul", "por",
    // Portuguese: "no segundo andar", "na terceira carruagem", "o quinto andar".
    "o", "no", "na", "do", "da", "ao", "pelo", "pela", "num", "numa", "seu", "sua",
];

/// "Time" of the other languages ("pour la troisième fois", "zum dritten Mal", "por
/// tercera vez", "per la terza volta"): which time the event of the sentence is.
const TIMES: &[&str] = &["fois", "mal", "vez", "volta"];

/// Prepositions before "which time" in other languages ("pour la troisième fois", "por
/// tercera vez", "per la terza volta", "für das dritte Mal").
const TIME_PREPOSITIONS: &[&str] = &["pour", "par", "por", "para", "per", "für"];

/// Whether a word (lower case) is a determiner ([`DETERMINERS`]) or a preposition before
/// "which time" ([`TIME_PREPOSITIONS`]) of another language: no word of the event two
/// sentences may share.
pub(super) fn is_function_word(norm: &str) -> bool {
    DETERMINERS.contains(&norm) || TIME_PREPOSITIONS.contains(&norm)
}

/// Whether a word (lower case) is "time" in another language ([`TIMES`]).
pub(super) fn is_time(norm: &str) -> bool {
    TIMES.contains(&norm)
}

/// Nouns of a floor of a building in English and the other languages, without
/// diacritics: one thing, whatever the language ("the third floor" / "au 3e étage").
const FLOORS: &[&str] = &[
    "floor",
    "storey",
    "story",
    "etage",
    "stock",
    "stockwerk",
    "obergeschoss",
    "piso",
    "planta",
    "piano",
    "andar",
];

/// The place an ordinal word of another language names ("troisième", "dritten",
/// "cuarto"), `None` for any other word (`norm`: the token's lower-case form).
pub(super) fn foreign_ordinal(norm: &str) -> Option<u32> {
    foreign_ordinals()
        .get(fold_diacritics(norm).as_ref())
        .copied()
}

/// Every ordinal word [`foreign_ordinal`] reads, without diacritics, and the place it
/// names, built once (every word of a sentence is asked): the words of [`WORDS`], then
/// each German stem of [`GERMAN`] with each of [`GERMAN_ENDINGS`]; a word given twice
/// names the place of its first entry, as a scan of the lists in that order finds.
fn foreign_ordinals() -> &'static FxMap<String, u32> {
    static ALL: OnceLock<FxMap<String, u32>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut m: FxMap<String, u32> = FxMap::default();
        for &(w, n) in WORDS {
            m.entry(w.to_string()).or_insert(n);
        }
        for &(stem, n) in GERMAN {
            for end in GERMAN_ENDINGS {
                m.entry(format!("{stem}{end}")).or_insert(n);
            }
        }
        m
    })
}

/// The place a figure written with the suffix of another language names (`norm`: the
/// token's lower-case form, which the tokeniser leaves a word): a French suffix ("3e",
/// "1er", "1re", "3ème", "3eme"), a Spanish or Italian sign or suffix ("3º", "3ª", "3°",
/// "3er", "3o"); `None` for any other word.
pub(super) fn suffixed_figure(norm: &str) -> Option<u32> {
    let suffix = norm.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = &norm[..norm.len() - suffix.len()];
    let known = matches!(
        suffix,
        "e" | "er" | "re" | "ème" | "eme" | "è" | "º" | "ª" | "°" | ".º" | ".ª" | "o" | "a"
    );
    let n: u32 = digits.parse().ok()?;
    (known && (1..=100).contains(&n)).then_some(n)
}

/// Whether a word (lower case) names a floor of a building, in any of the languages.
pub(super) fn is_floor(norm: &str) -> bool {
    FLOORS.contains(&fold_diacritics(norm).as_ref())
}

/// Verbs of a placing in a contest, in English, Dutch, German, French, Spanish, Italian
/// and Portuguese, lower case: "finished second", "werd tweede", "wurde Zweiter", "a
/// terminé deuxième", "quedó tercero", "è arrivato secondo", "ficou em segundo"
/// (`ordinal::placing`; with the auxiliaries of a compound tense before them unread).
pub(super) const PLACING_VERBS: &[&str] = &[
    // en
    "finished",
    "finishes",
    "finish",
    "came",
    "comes",
    "placed",
    "places",
    "ended",
    // nl
    "werd",
    "wordt",
    "eindigde",
    "eindigt",
    "finishte",
    "finisht",
    "kwam",
    "komt",
    // de
    "wurde",
    "wird",
    "belegte",
    "belegt",
    "landete",
    "landet",
    "kam",
    "kommt",
    // fr
    "termine",
    "terminé",
    "terminée",
    "finit",
    "fini",
    "finie",
    "classé",
    "classée",
    "arrivé",
    "arrivée",
    "arrive",
    // es
    "quedó",
    "queda",
    "terminó",
    "termina",
    "acabó",
    "llegó",
    "llega",
    "finalizó",
    "entró",
    // it
    "arrivato",
    "arrivata",
    "arrivò",
    "classificato",
    "classificata",
    "classificò",
    "chiuso",
    "giunto",
    "giunta",
    "concluso",
    "finito",
    "finita",
    // pt
    "ficou",
    "fica",
    "terminou",
    "chegou",
    "acabou",
    "classificou",
];

/// Small words between a verb of a placing and its ordinal ("finished *in* second",
/// "eindigde *als* derde", "terminé *à la* deuxième place", "llegó *en* segundo lugar",
/// "è arrivato *al* secondo posto", "belegte *den* zweiten Platz"). Not "a": "finished a
/// second ahead" is a time.
pub(super) const PLACING_FILLERS: &[&str] = &[
    "in", "the", "at", "as", "als", "op", "de", "het", "auf", "den", "dem", "der", "au", "à", "la",
    "le", "en", "el", "al", "em", "no", "na", "ao", "o", "il", "nel", "sul",
];

/// Nouns of a place in a ranking ("second place", "tweede plaats", "zweiten Platz",
/// "troisième place", "tercer lugar", "secondo posto", "segundo lugar"), lower case.
pub(super) const PLACE_NOUNS: &[&str] = &[
    "place",
    "position",
    "spot",
    "plaats",
    "plek",
    "positie",
    "platz",
    "rang",
    "rank",
    "lugar",
    "puesto",
    "posición",
    "posto",
    "posizione",
    "posição",
    "podium",
];

/// Articles right after a word that would be an ordinal: it is then no placing (it
/// "è arrivato secondo *la* polizia": according to; "finished second *the*…").
pub(super) const ARTICLES_AFTER: &[&str] = &[
    "the", "a", "an", "la", "le", "les", "il", "lo", "i", "gli", "l", "el", "los", "las", "der",
    "die", "das", "de", "het", "o", "os", "as", "quanto", "fonti", "me",
];

/// Words of "this" before a period ("*this* year", "in *diesem* Jahr", "*cette* année",
/// "*este* año", "*quest*'anno", "*dit* jaar", "*neste* ano"): "the third derailment
/// this year" is which one of the year it is (`ordinal::nth_of_period`).
pub(super) const THIS: &[&str] = &[
    "this", "diesem", "dieses", "dit", "deze", "cette", "cet", "este", "esta", "questo", "questa",
    "quest", "neste", "deste", "nesta", "desta",
];

/// Periods after a word of [`THIS`]: a year, a season, a month, in the seven languages.
pub(super) const PERIODS: &[&str] = &[
    "year",
    "season",
    "month",
    "jahr",
    "saison",
    "monat",
    "jaar",
    "seizoen",
    "maand",
    "année",
    "mois",
    "año",
    "temporada",
    "mes",
    "anno",
    "stagione",
    "mese",
    "ano",
    "mês",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists scanned in order, as `foreign_ordinal` read them before its map.
    fn scanned(word: &str) -> Option<u32> {
        if let Some(&(_, n)) = WORDS.iter().find(|(w, _)| *w == word) {
            return Some(n);
        }
        GERMAN.iter().find_map(|&(stem, n)| {
            word.strip_prefix(stem)
                .filter(|end| GERMAN_ENDINGS.contains(end))
                .map(|_| n)
        })
    }

    #[test]
    fn the_map_of_ordinals_reads_every_word_as_the_lists_do() {
        let mut words: Vec<String> = WORDS.iter().map(|w| w.0.to_string()).collect();
        for (stem, _) in GERMAN {
            for end in GERMAN_ENDINGS.iter().chain(&["", "ung", "s"]) {
                words.push(format!("{stem}{end}"));
            }
        }
        words.extend(
            ["troisième", "Dritten", "third", "cuarta", "erste", "ersten"].map(String::from),
        );
        for w in &words {
            assert_eq!(foreign_ordinal(w), scanned(&fold_diacritics(w)), "{w}");
        }
        assert_eq!(foreign_ordinal("troisième"), Some(3));
        assert_eq!(foreign_ordinal("dritten"), Some(3));
        assert_eq!(foreign_ordinal("drittung"), None);
    }
}
