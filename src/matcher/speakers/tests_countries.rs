//! Tests of `countries.rs`: adjectives of a people, the gazetteer's names of countries,
//! capitals standing for their state, and "pro-" words.

use super::country_of_word as country_of;

#[test]
fn names_and_adjectives_of_a_people_in_five_languages_give_its_country() {
    for (word, country) in [
        ("russia", "russia"),
        ("russian", "russia"),
        ("russische", "russia"),
        ("russischen", "russia"),
        ("ruso", "russia"),
        ("rusa", "russia"),
        ("russo", "russia"),
        ("ukrainian", "ukraine"),
        ("ukrainische", "ukraine"),
        ("ucraniano", "ukraine"),
        ("israeli", "israel"),
        ("israélien", "israel"),
        ("gaza", "palestine"),
        ("palestinian", "palestine"),
        ("sudanese", "sudan"),
        ("indian", "india"),
        ("pakistan", "pakistan"),
        ("palestiniennes", "palestine"),
        ("israéliennes", "israel"),
    ] {
        assert_eq!(country_of(word), Some(country), "{word}");
    }
    for word in ["russell", "rush", "ministry", "indiana", "user", "uses"] {
        assert_eq!(country_of(word), None, "{word}");
    }
}

/// The countries' names come from the gazetteer's `@` lines, in every language it
/// holds; a name of two countries or of a country and a region is none.
#[test]
fn country_names_are_read_from_the_gazetteer() {
    for (word, country) in [
        ("russland", "russia"),
        ("ucraina", "ukraine"),
        ("usa", "u.s."),
        ("america", "u.s."),
        ("britain", "u.k."),
        ("frankreich", "france"),
        ("turkiye", "turkey"),
        ("azerbaijan", "azerbaijan"),
    ] {
        assert_eq!(country_of(word), Some(country), "{word}");
    }
    for word in ["korea", "georgia", "moscow", "texas", "paris"] {
        assert_eq!(country_of(word), None, "{word}");
    }
    assert_eq!(super::country_named("saudi arabia"), Some("saudi arabia"));
    assert_eq!(super::country_named("south korea"), Some("south korea"));
}

/// Every key of the tables is a country of the gazetteer, and every capital a city of
/// it in one country (or the one `@` names).
#[test]
fn the_tables_keys_and_capitals_are_the_gazetteers() {
    for (key, _) in super::DEMONYMS.iter().chain(super::OTHER_NAMES) {
        assert_eq!(super::country_named(key), Some(*key), "{key}");
    }
    for entry in super::CAPITALS {
        let city = entry.split('@').next().unwrap_or(entry);
        assert!(super::capital_country(city).is_some(), "{entry}");
    }
    for (other, city) in super::CAPITAL_SPELLINGS.iter().chain(super::SEATS) {
        assert_eq!(
            super::capital_country(other),
            super::capital_country(city),
            "{other}"
        );
        assert!(super::capital_country(other).is_some(), "{other}");
    }
}

#[test]
fn capitals_give_their_state_in_five_languages() {
    for (word, country) in [
        ("kyiv", "ukraine"),
        ("kiev", "ukraine"),
        ("kiew", "ukraine"),
        ("kyjiw", "ukraine"),
        ("moscou", "russia"),
        ("moskau", "russia"),
        ("mosca", "russia"),
        ("moscú", "russia"),
        ("pékin", "china"),
        ("pechino", "china"),
        ("peking", "china"),
        ("washington", "u.s."),
        ("londres", "u.k."),
        ("london", "u.k."),
        ("téhéran", "iran"),
        ("jerusalem", "israel"),
        ("new delhi", "india"),
        ("pyongyang", "north korea"),
        ("seoul", "south korea"),
        // Seats of government.
        ("kremlin", "russia"),
        ("white house", "u.s."),
        ("downing street", "u.k."),
        ("élysée", "france"),
    ] {
        assert_eq!(super::capital_country(word), Some(country), "{word}");
    }
    for word in ["lyon", "toronto", "brussels", "texas", "delhi", "gaza"] {
        assert_eq!(super::capital_country(word), None, "{word}");
    }
}

#[test]
fn a_word_of_pro_and_a_people_takes_its_side() {
    for (word, country) in [
        ("prorussische", "russia"),
        ("prorusses", "russia"),
        ("prorrusos", "russia"),
        ("filorussi", "russia"),
        ("proukrainischen", "ukraine"),
    ] {
        assert_eq!(super::prefixed_side(word), Some(country), "{word}");
    }
    for word in ["pro", "protestant", "program", "russian", "profile"] {
        assert_eq!(super::prefixed_side(word), None, "{word}");
    }
}
