//! Adjectives (and nouns of people) of regions and cities, with the other languages'
//! names of those places, read as the place itself for matching: "Le Ministère public
//! valaisan a ouvert une enquête" tells of the prosecutors "in Valais" (trial 48 F7), "la
//! police genevoise" of the police "in Geneva", "die bayerische Polizei" of the police "in
//! Bavaria". Nations are `nationalities.rs`' and the nationality flags' (`flags/nationality.rs`);
//! this table holds places below a nation.
//!
//! Sources: the adjectival forms of Wikipedia's "List of adjectival and demonymic forms of
//! place names" (en), the gentilés of the Commission nationale de toponymie and of Larousse
//! (fr), Duden (de), the Diccionario panhispánico de dudas' gentilicios (es), Treccani
//! (it), Priberam (pt) and Van Dale (nl). Lower case, as tokens are normalised; one word
//! each. Left out where the word is as often something else: English "Lombard" (a street,
//! a name, a bank rate), Italian "lombardi" (a surname), "Roman", "Wiener", and German
//! "Bayern" (a football club in English news).

use crate::matcher::text::FxMap;
use std::sync::OnceLock;

/// Each place: its name as the English text writes it (lower case; the one name the
/// matcher reads for it: [`place_of`]), its other languages' names, and its adjectives and
/// nouns of its people in English, French, German, Spanish, Italian, Portuguese and
/// Dutch, every gender and number.
pub(in crate::matcher) const PLACE_ADJECTIVES: &[(&str, &[&str], &[&str])] = &[
    // Swiss cantons.
    (
        "valais",
        &["wallis", "vallese"],
        &[
            "valaisan",
            "valaisans",
            "valaisanne",
            "valaisannes",
            "walliser",
            "walliserin",
            "vallesano",
            "vallesana",
            "vallesani",
            "vallesane",
            "valesano",
            "valesana",
        ],
    ),
    (
        "geneva",
        &["genève", "genf", "ginebra", "ginevra", "genebra"],
        &[
            "genevan",
            "genevans",
            "genevois",
            "genevoise",
            "genevoises",
            "genfer",
            "genferin",
            "ginebrino",
            "ginebrina",
            "ginebrinos",
            "ginebrinas",
            "ginevrino",
            "ginevrina",
            "ginevrini",
            "ginevrine",
            "genebrino",
            "genebrina",
            "geneefse",
        ],
    ),
    (
        "bern",
        &["berne", "berna"],
        &[
            "bernese",
            "bernois",
            "bernoise",
            "bernoises",
            "berner",
            "bernerin",
            "bernés",
            "bernesa",
            "berneses",
            "bernesi",
            "bernense",
            "bernse",
        ],
    ),
    (
        "vaud",
        &["waadt"],
        &[
            "vaudois",
            "vaudoise",
            "vaudoises",
            "waadtländer",
            "waadtländerin",
            "vodese",
            "vodesi",
        ],
    ),
    (
        "ticino",
        &["tessin", "tesino"],
        &[
            "ticinese",
            "ticinesi",
            "tessinois",
            "tessinoise",
            "tessinoises",
            "tessiner",
            "tessinerin",
            "tesinés",
            "tesinesa",
            "tesineses",
        ],
    ),
    (
        "zurich",
        &["zürich", "zurigo", "zúrich"],
        &[
            "zurichois",
            "zurichoise",
            "zurichoises",
            "zürcher",
            "zürcherin",
            "zuriqués",
            "zuriquesa",
            "zurighese",
            "zurighesi",
        ],
    ),
    // Regions.
    (
        "bavaria",
        &["bavière", "baviera", "beieren"],
        &[
            "bavarian",
            "bavarians",
            "bavarois",
            "bavaroise",
            "bavaroises",
            "bayerisch",
            "bayerische",
            "bayerischen",
            "bayerischer",
            "bayerisches",
            "bávaro",
            "bávara",
            "bávaros",
            "bávaras",
            "bavarese",
            "bavaresi",
            "beiers",
            "beierse",
        ],
    ),
    // Austrian states (trial 55 F7c: "in Tyrol" / "in Tirol").
    (
        "tyrol",
        &["tirol", "tirolo"],
        &[
            "tyrolean",
            "tyroleans",
            "tyrolese",
            "tyrolien",
            "tyrolienne",
            "tyroliens",
            "tyroliennes",
            "tiroler",
            "tirolerin",
            "tirolerinnen",
            "tirolés",
            "tirolesa",
            "tiroleses",
            "tirolesas",
            "tirolese",
            "tirolesi",
            "tirolês",
            "tirools",
            "tiroolse",
        ],
    ),
    (
        "carinthia",
        &[
            "kärnten",
            "carinthie",
            "carintia",
            "carinzia",
            "caríntia",
            "karinthië",
        ],
        &[
            "carinthian",
            "carinthians",
            "kärntner",
            "kärntnerin",
            "carinthien",
            "carinthienne",
            "carintio",
        ],
    ),
    (
        "styria",
        &[
            "steiermark",
            "styrie",
            "estiria",
            "stiria",
            "estíria",
            "stiermarken",
        ],
        &[
            "styrian",
            "styrians",
            "steirisch",
            "steirische",
            "steirischen",
            "steirischer",
            "steirer",
            "styrien",
            "styrienne",
            "stiriano",
            "stiriana",
        ],
    ),
    (
        "lombardy",
        &[
            "lombardie",
            "lombardei",
            "lombardía",
            "lombardia",
            "lombardije",
        ],
        &[
            "lombarde",
            "lombardes",
            "lombardisch",
            "lombardische",
            "lombardischen",
            "lombardischer",
            "lombardo",
            "lombarda",
            "lombardos",
            "lombardas",
        ],
    ),
    (
        "catalonia",
        &[
            "catalunya",
            "catalogne",
            "katalonien",
            "cataluña",
            "catalogna",
            "catalunha",
            "catalonië",
        ],
        &[
            "catalan",
            "catalans",
            "catalane",
            "catalanes",
            "katalanisch",
            "katalanische",
            "katalanischen",
            "katalanischer",
            "catalán",
            "catalana",
            "catalano",
            "catalani",
            "catalão",
            "catalã",
            "catalães",
            "catalaans",
            "catalaanse",
        ],
    ),
    (
        "andalusia",
        &[
            "andalucía",
            "andalucia",
            "andalousie",
            "andalusien",
            "andaluzia",
            "andalusië",
        ],
        &[
            "andalusian",
            "andalusians",
            "andalou",
            "andalouse",
            "andalous",
            "andalouses",
            "andalusisch",
            "andalusische",
            "andalusischen",
            "andaluz",
            "andaluza",
            "andaluces",
            "andaluzas",
            "andaluso",
            "andalusa",
            "andalusi",
            "andaluse",
            "andaluzes",
        ],
    ),
    // Cities.
    (
        "paris",
        &["parigi", "parijs"],
        &[
            "parisian",
            "parisians",
            "parisien",
            "parisienne",
            "parisiens",
            "parisiennes",
            "pariser",
            "pariserin",
            "parisino",
            "parisina",
            "parisinos",
            "parisinas",
            "parigino",
            "parigina",
            "parigini",
            "parigine",
            "parisiense",
            "parisienses",
            "parijse",
        ],
    ),
    (
        "london",
        &["londres", "londra", "londen"],
        &[
            "londoner",
            "londoners",
            "londonien",
            "londonienne",
            "londoniens",
            "londoniennes",
            "londonerin",
            "londinense",
            "londinenses",
            "londinese",
            "londinesi",
            "londense",
        ],
    ),
];

/// The English name of the place (lower case, as [`PLACE_ADJECTIVES`] writes it) that the
/// word `norm` (lower case) is an adjective of, a noun of the people of, or another
/// language's name for ("valaisan", "Walliser", "Genève": "valais", "valais", "geneva");
/// `None` for the English name itself and for any other word.
/// Asked of every word of every sentence prepared, so looked up in a map built once.
pub(in crate::matcher) fn place_of(norm: &str) -> Option<&'static str> {
    static MAP: OnceLock<FxMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = FxMap::default();
        for (place, names, adjectives) in PLACE_ADJECTIVES {
            for w in names.iter().chain(adjectives.iter()) {
                m.insert(*w, *place);
            }
        }
        m
    })
    .get(norm)
    .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_and_other_names_read_as_the_english_name() {
        for (word, place) in [
            ("valaisan", "valais"),
            ("valaisanne", "valais"),
            ("walliser", "valais"),
            ("genevois", "geneva"),
            ("genève", "geneva"),
            ("genf", "geneva"),
            ("bavarian", "bavaria"),
            ("bayerische", "bavaria"),
            ("andaluz", "andalusia"),
            ("catalana", "catalonia"),
            ("lombarda", "lombardy"),
            ("parisien", "paris"),
            ("londonien", "london"),
            ("tessinois", "ticino"),
        ] {
            assert_eq!(place_of(word), Some(place), "{word}");
        }
        // The English names themselves, nations, and words left out as ambiguous.
        for word in [
            "valais", "geneva", "french", "swiss", "lombard", "roman", "bayern",
        ] {
            assert_eq!(place_of(word), None, "{word}");
        }
    }

    /// The stems two sentences share as content words and as names.
    fn shared(a: &str, b: &str) -> (usize, usize) {
        use crate::matcher::features::{count_shared, count_shared_stems, Idf, Prepared};
        let (a, b) = (
            Prepared::new(a, Idf::builtin()),
            Prepared::new(b, Idf::builtin()),
        );
        (
            count_shared_stems(&a.content, &b.content),
            count_shared(&a.propers, &b.propers),
        )
    }

    /// What sentence `with` shares with `b` as content stems and as names, over what the
    /// same sentence `without` its adjective (or place name) shares.
    fn gain(with: &str, without: &str, b: &str) -> (usize, usize) {
        let ((c, n), (c0, n0)) = (shared(with, b), shared(without, b));
        (c - c0, n - n0)
    }

    #[test]
    fn a_regional_adjective_shares_its_place_with_the_place_named() {
        let valais = "Prosecutors in the canton of Valais opened an investigation.";
        for (with, without, b) in [
            // Trial 48 F7: no word in common before.
            (
                "Le Ministère public valaisan a ouvert une enquête.",
                "Le Ministère public a ouvert une enquête.",
                valais,
            ),
            (
                "Die Walliser Staatsanwaltschaft hat eine Untersuchung eröffnet.",
                "Die Staatsanwaltschaft hat eine Untersuchung eröffnet.",
                valais,
            ),
            (
                "La Procura vallesana ha aperto un'inchiesta.",
                "La Procura ha aperto un'inchiesta.",
                valais,
            ),
            (
                "La police genevoise enquête.",
                "La police enquête.",
                "Police in Geneva investigate.",
            ),
            (
                "La policía andaluza investiga.",
                "La policía investiga.",
                "Police in Andalusia are investigating.",
            ),
            (
                "Bavarian police are investigating.",
                "Police are investigating.",
                "Police in Bavaria are investigating.",
            ),
            // Another language's name against an adjective.
            (
                "Die Polizei in Genf ermittelt.",
                "Die Polizei ermittelt.",
                "La police genevoise enquête.",
            ),
        ] {
            assert_eq!(gain(with, without, b), (1, 1), "{with} / {b}");
        }
        // Near cases: another place's adjective, a nation's (`nationalities.rs`).
        for (with, without, b) in [
            (
                "Le Ministère public genevois a ouvert une enquête.",
                "Le Ministère public a ouvert une enquête.",
                valais,
            ),
            (
                "La police suisse enquête.",
                "La police enquête.",
                "Police in Valais are investigating.",
            ),
        ] {
            assert_eq!(gain(with, without, b), (0, 0), "{with} / {b}");
        }
    }

    #[test]
    fn every_word_is_lower_case_single_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (place, names, adjectives) in PLACE_ADJECTIVES {
            for w in std::iter::once(place)
                .chain(names.iter())
                .chain(adjectives.iter())
            {
                assert_eq!(w.to_lowercase(), *w);
                assert!(!w.contains(' '), "{w}");
                assert!(seen.insert(*w), "{w} twice");
            }
        }
    }
}
