//! Tests of the concepts read only across languages (session 55, trial 57's wire against
//! its German and Spanish dailies): kinds of people, nationalities and countries, the
//! groups of `lexicon/across_concepts.rs`, the causes of a road crash, a German compound's
//! head, figures with their millions; and words that must not meet.

use super::*;
use crate::matcher::features::Idf;

/// Whether the English `en` and `other` (in `language`) share a concept.
fn meet(en: &str, other: &str, language: Language) -> bool {
    let keys = |t: &str, l: Language| concepts(&Prepared::new(t, Idf::builtin()), Some(l));
    let (a, b) = (keys(en, Language::English), keys(other, language));
    a.iter().any(|k| b.contains(k))
}

/// Trial 57's words with no word in common now share a concept.
#[test]
fn trial57_kinds_are_one_concept_across_languages() {
    use Language::{Dutch, German, Spanish};
    let pairs = [
        ("the driver", "der Lenker", German),
        ("the driver", "el conductor", Spanish),
        ("46 passengers", "46 Fahrgäste", German),
        ("Spanish pensioners", "jubilados", Spanish),
        ("a German national", "un alemán", Spanish),
        ("in Spain", "in Spanien", German),
        ("Heavy rain", "Es regnete", German),
        ("heavy rain", "intensa lluvia", Spanish),
        ("The coach", "Der Bus", German),
        ("The coach", "El autocar", Spanish),
        ("a sharp bend", "einer scharfen Kurve", German),
        ("the survivors", "den Überlebenden", German),
        ("its roof", "dem Dach", German),
        ("the trees", "los árboles", Spanish),
        ("the technical inspection", "la inspección técnica", Spanish),
        ("seriously", "schwer", German),
        ("too fast", "zu schnell", German),
        ("above the village", "der Kleinstadt", German),
        ("brake failure", "un fallo de los frenos", Spanish),
        // Two causes of one crash: one fact told two ways.
        ("brake failure", "Sekundenschlaf", German),
        // A compound's head and modifier.
        ("police spokesman", "Polizeisprecher", German),
        ("rescue helicopters", "Notarzthubschrauber", German),
        ("company", "Busunternehmen", German),
        ("coach", "Busunternehmen", German),
        ("the road", "Die Passstraße", German),
        ("the vehicle", "das Fahrzeug", German),
        ("the governor", "Landeshauptmann", German),
        // Figures with their millions.
        ("$5 million", "5 miljoen", Dutch),
        ("2.4 million", "2,4 millones", Spanish),
    ];
    for (en, other, language) in pairs {
        assert!(meet(en, other, language), "{en:?} / {other:?}");
    }
}

/// Near cases: other kinds, other countries, other figures, and words only spelt like a
/// concept share none.
#[test]
fn other_kinds_and_false_friends_share_no_concept() {
    use Language::{Dutch, German, Spanish};
    let pairs = [
        ("the driver", "die Passagiere", German),
        ("Spanish", "Deutschland", German),
        ("heavy rain", "in Regensburg", German),
        ("the mayor", "la mayoría", Spanish),
        ("insured", "aseguró", Spanish),
        ("the lungs", "die Ermittlungen", German),
        ("the cars", "der Krankenwagen", German),
        ("brake failure", "der Motor", German),
        ("9 million", "5 miljoen", Dutch),
        ("5 people", "5 miljoen", Dutch),
        ("the coach", "der Zug", German),
    ];
    for (en, other, language) in pairs {
        assert!(!meet(en, other, language), "{en:?} / {other:?}");
    }
}

/// Session 56: a country's names are the gazetteer's (`flags/gazetteer.txt`'s `@` lines,
/// `lexicon/countries.rs` keeps only each nationality's country): the names
/// `lexicon/countries.rs` wrote again and the gazetteer lacked ("Großbritannien",
/// "Angleterre", "Irlande", "Giappone", "Marruecos", "Suède") still meet
/// their adjectives and the English names; near cases: another country, a city, a region
/// that is no nation, and a name of two countries meet no nationality.
#[test]
fn countries_are_the_gazetteers_names() {
    use Language::{French, German, Italian, Spanish};
    for (en, other, language) in [
        ("British", "in Großbritannien", German),
        ("in England", "en Angleterre", French),
        ("in Ireland", "en Irlande", French),
        ("Japanese", "in Giappone", Italian),
        ("Moroccan", "en Marruecos", Spanish),
        ("Swedish", "en Suède", French),
        ("in Germany", "in Deutschland", German),
        ("in Morocco", "au Maroc", French),
    ] {
        assert!(meet(en, other, language), "{en:?} / {other:?}");
    }
    for (en, other, language) in [
        ("British", "in Frankreich", German),
        ("British", "à Londres", French),
        ("German", "in Bayern", German),
        ("Japanese", "en Corea", Spanish),
    ] {
        assert!(!meet(en, other, language), "{en:?} / {other:?}");
    }
    use crate::matcher::lexicon::countries::nationality_of_country as of;
    assert_eq!(of("angleterre"), Some("uk"));
    assert_eq!(of("uk"), Some("uk"));
    assert_eq!(of("grossbritannien"), Some("uk"));
    assert_eq!(of("giappone"), Some("jp"));
    assert_eq!(of("marrocos"), Some("ma"));
    assert_eq!(of("london"), None);
    assert_eq!(of("bavaria"), None);
    assert_eq!(of("georgia"), None);
    assert_eq!(of("mexico"), None);
}
