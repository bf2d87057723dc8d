//! Tests of trial 54's flag faults (a wildfire in Sardinia): an Italian bare hour before
//! a preposition ("alle 13 sulle colline") read as a count of "sulle"
//! (`times/spoken_romance.rs`, `lexicon::prepositions::OPEN_A_PHRASE`); "almeno 40 tra
//! case" read as a count of "tra" (`numbers/counted.rs`,
//! `lexicon::prepositions::AMONG_BEFORE_NOUNS`); the helicopter an injured firefighter was
//! flown by against the car witnesses saw (`vehicles.rs`: a verb of taking people before
//! "by" makes the vehicle the means). Each with the near cases that must not change.

use super::test_util::{has_flag_each_way, no_flag_either, number_flags};
use crate::matcher::results::DiscrepancyKind::{Date, Vehicle};

/// The tester's quote, in English.
const QUOTE: &str = "\"The wind changed direction three times in one hour, and the flames jumped \
                     the road toward the campsites,\" said Antonio Pinna.";

#[test]
fn a_bare_hour_before_a_preposition_is_a_time_not_a_count() {
    // Trial 54, the tester's pair: "three times ≠ 13 sulle".
    let it = "Le fiamme sono divampate intorno alle 13 sulle colline a ovest del paese.";
    assert_eq!(number_flags(QUOTE, it), vec![], "{it}");
    assert_eq!(number_flags(it, QUOTE), vec![], "{it}");
    // The same time in other languages, before a place.
    for b in [
        "Le fiamme sono divampate alle 13.30 sulle colline a ovest del paese.",
        "Le fiamme sono divampate alle 13 nella pineta a ovest del paese.",
        "El fuego comenzó a las 13 en las colinas al oeste del pueblo.",
        "O fogo começou às 13 nas colinas a oeste da vila.",
        "Le feu a pris à 13 h sur les collines à l'ouest du village.",
        "Das Feuer brach um 13 Uhr in den Hügeln westlich des Ortes aus.",
    ] {
        assert_eq!(number_flags(QUOTE, b), vec![], "{b}");
    }
}

#[test]
fn a_bare_hour_still_differs_from_another_time_and_a_count_stays_a_count() {
    // The hour before a preposition is a time: against another time it is a date flag.
    has_flag_each_way(
        Date,
        "Le fiamme sono divampate alle 13 sulle colline a ovest del paese.",
        "Le fiamme sono divampate alle 17 sulle colline a ovest del paese.",
        "13",
        "17",
    );
    // A bare figure before a counted noun still counts it ("alle 2 vittime").
    no_flag_either(
        Date,
        &[(
            "Il sindaco ha espresso vicinanza alle 2 vittime dell'incendio.",
            "Il sindaco ha espresso vicinanza alle 14.30 alle famiglie.",
        )],
    );
}

#[test]
fn the_noun_after_among_is_what_the_figure_counts() {
    let residents = "The fire forced about 3,500 residents and tourists to flee their homes.";
    let it = "Secondo il sindaco Elisabetta Corrias, almeno 40 tra case e ville per le vacanze \
              sono state danneggiate o distrutte.";
    // Trial 54: "about 3,500 residents ≠ almeno 40 tra": houses are no residents.
    assert_eq!(number_flags(residents, it), vec![]);
    assert_eq!(number_flags(it, residents), vec![]);
    // Two counts of houses told with "tra" / "fra" / "entre" still differ.
    let flagged = number_flags(
        it,
        "Secondo il sindaco Elisabetta Corrias, almeno 60 tra case e ville per le vacanze \
         sono state danneggiate o distrutte.",
    );
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert!(
        flagged[0].0.contains("40") && flagged[0].1.contains("60"),
        "{flagged:?}"
    );
    // "entre" likewise; a count before "tra" keeps its own noun ("5.000 persone tra
    // residenti e turisti").
    for (a, b) in [
        (
            "Según el alcalde, al menos 40 entre casas y chalets resultaron dañados.",
            "Según el alcalde, al menos 70 casas y chalets resultaron dañados.",
        ),
        (
            "L'incendio ha costretto all'evacuazione circa 5.000 persone tra residenti e turisti.",
            "L'incendio ha costretto all'evacuazione circa 3.500 persone tra residenti e turisti.",
        ),
    ] {
        assert_eq!(number_flags(a, b).len(), 1, "{a} / {b}");
    }
}

#[test]
fn a_vehicle_people_were_taken_by_is_no_vehicle_of_the_story() {
    // Trial 54, the tester's pair: "helicopter ≠ car".
    no_flag_either(
        Vehicle,
        &[
            (
                "One of the firefighters was flown by helicopter to the San Francesco hospital \
                 in Nuoro.",
                "09:30 Prosecutors in Nuoro open an arson investigation; police are questioning \
                 witnesses who saw a car leave the hillside.",
            ),
            (
                "Others were taken by bus to Siniscola.",
                "Witnesses saw a car speed away from the hillside.",
            ),
        ],
    );
    // Two means of taking people differ, the verb before "by" now telling it.
    has_flag_each_way(
        Vehicle,
        "One of the firefighters was flown by helicopter to the hospital in Nuoro.",
        "One of the firefighters was taken by ambulance to the hospital in Nuoro.",
        "helicopter",
        "ambulance",
    );
    // Two vehicles of the story still differ ("hit by a car": no verb of taking).
    has_flag_each_way(
        Vehicle,
        "The cyclist was hit by a car near the campsite.",
        "The cyclist was hit by a truck near the campsite.",
        "car",
        "truck",
    );
}
