//! Tests of the place flag between two named facilities of one kind (trial 33, F7,
//! `facilities.rs`), and of what is no such conflict.

use super::test_util::{flags_of, has_flag, no_flag_either};
use super::DiscrepancyKind;

#[test]
fn two_hospitals_or_airports_of_other_names_are_two_places() {
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "De Groot said the three injured firefighters were taken to the Erasmus hospital with burns and smoke inhalation.",
            "Three firefighters were slightly hurt and were taken to the Maasstad hospital.",
        ),
        [("Erasmus hospital".to_string(), "Maasstad hospital".to_string(), false)]
    );
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "The flight was diverted to Schiphol Airport after the alarm.",
            "The flight was diverted to Eindhoven Airport after the alarm.",
        ),
        [(
            "Schiphol Airport".to_string(),
            "Eindhoven Airport".to_string(),
            false
        )]
    );
}

#[test]
fn a_facility_without_a_name_or_named_alike_is_no_conflict() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "The injured were taken to the Erasmus hospital.",
                "The injured were taken to hospital.",
            ),
            (
                "The injured were taken to the Erasmus hospital.",
                "The injured were taken to the Erasmus MC hospital.",
            ),
            // The other sentence names both: two facts, not one told two ways.
            (
                "The patient was moved from the Erasmus hospital to the Maasstad hospital.",
                "The patient is now in the Maasstad hospital.",
            ),
            // A sentence's first word is no name ("Hospital staff").
            (
                "Hospital staff said the patient was stable.",
                "The patient was taken to the Erasmus hospital.",
            ),
            // Two kinds of facility.
            (
                "The injured were taken to the Erasmus hospital.",
                "The bus had left from Rotterdam Central station.",
            ),
        ],
    );
}

#[test]
fn a_romance_facility_is_named_after_its_noun() {
    // Trial 34, F5.2: Italian writes the name after the noun, and elides the article
    // ("all'ospedale"); "di Bologna" is where the hospital is, not its name.
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "Un elicottero ha trasportato i feriti più gravi all'ospedale Sant'Orsola di Bologna.",
            "I feriti più gravi sono stati portati in elicottero all'ospedale Maggiore.",
        ),
        [(
            "ospedale Sant'Orsola".to_string(),
            "ospedale Maggiore".to_string(),
            false
        )]
    );
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "Los heridos fueron trasladados al hospital Virgen del Rocío.",
            "Los heridos fueron trasladados al hospital Macarena.",
        ),
        [(
            "hospital Virgen".to_string(),
            "hospital Macarena".to_string(),
            false
        )]
    );
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "Les blessés ont été transportés à l'hôpital Saint-Louis.",
            "Les blessés ont été transportés à l'hôpital Necker.",
        ),
        [(
            "hôpital Saint-Louis".to_string(),
            "hôpital Necker".to_string(),
            false
        )]
    );
    // Across languages: a noun is read as the English one of its kind.
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "The most seriously injured were flown to Maggiore hospital.",
            "I feriti più gravi sono stati portati all'ospedale Sant'Orsola di Bologna.",
        ),
        [(
            "Maggiore hospital".to_string(),
            "ospedale Sant'Orsola".to_string(),
            false
        )]
    );
    // Dutch writes the name first, as English does.
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "De drie gewonde brandweerlieden zijn naar het Erasmus ziekenhuis gebracht.",
            "Drie brandweerlieden raakten gewond en zijn naar het Maasstad ziekenhuis gebracht.",
        ),
        [(
            "Erasmus ziekenhuis".to_string(),
            "Maasstad ziekenhuis".to_string(),
            false
        )]
    );
}

#[test]
fn a_romance_facility_without_a_name_or_named_alike_is_no_conflict() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            // "di Bologna": the town, no name.
            (
                "Il ferito è stato portato all'ospedale di Bologna.",
                "Il ferito è stato portato all'ospedale Maggiore.",
            ),
            // One name, told longer on one side, in one language or across two.
            (
                "Les blessés ont été transportés à l'hôpital Necker.",
                "Les blessés ont été transportés à l'hôpital Necker-Enfants malades.",
            ),
            (
                "The most seriously injured were flown to Sant'Orsola hospital.",
                "I feriti più gravi sono stati portati all'ospedale Sant'Orsola di Bologna.",
            ),
            // Two kinds of facility.
            (
                "I feriti sono stati portati all'ospedale Maggiore.",
                "I passeggeri sono stati portati alla stazione Centrale.",
            ),
        ],
    );
}

/// A town's name in the possessive names the town's facility (`facilities::possessive`,
/// read from the text by code points): after letters of two bytes ("Sá", "Zoë") and with
/// a typographic apostrophe it is still read at the token's own code points, so a town's
/// airport may be the named one and two towns' airports are two; a name without "'s", an
/// elided article ("l’aéroport") or a plural in "s" is no possessive.
#[test]
fn a_possessive_is_read_at_its_code_points_after_letters_of_two_bytes() {
    use crate::matcher::features::{Idf, Prepared};
    let token_of = |text: &str, word: &str| {
        let p = Prepared::new(text, Idf::builtin());
        let t = p.tokens.iter().find(|t| t.norm == word).cloned();
        (
            p.text.clone(),
            t.unwrap_or_else(|| panic!("{word} in {text}")),
        )
    };
    for (text, word, told) in [
        ("Zoë and Sá flew to Porto’s airport.", "porto", true),
        ("Zoë and Sá flew to Porto's airport.", "porto", true),
        ("Porto’s airport reopened.", "porto", true),
        ("Zoë and Sá flew to Porto airport.", "porto", false),
        ("Zoë and Sá flew to Portos airport.", "portos", false),
        ("Zoë est arrivée à l’aéroport de Porto.", "porto", false),
        ("Zoë’s plane landed at Porto.", "porto", false),
    ] {
        let (text, t) = token_of(text, word);
        assert_eq!(super::facilities::possessive(&text, &t), told, "{text}");
    }
    // Through the place flag: two towns' airports after "Sá" are two places, a town's
    // airport and a named one are not.
    has_flag(
        DiscrepancyKind::Place,
        "Zoë Sá's jet landed back at Lisbon’s airport roughly 40 minutes after departure.",
        "Zoë Sá's jet landed back at Porto’s airport roughly 40 minutes after departure.",
        "Lisbon’s",
        "Porto’s",
    );
    no_flag_either(
        DiscrepancyKind::Place,
        &[(
            "Zoë's plane returned to Francisco Sá Carneiro airport about 25 minutes after take-off.",
            "Zoë's jet landed back at Porto’s airport roughly 40 minutes after departure.",
        )],
    );
}
