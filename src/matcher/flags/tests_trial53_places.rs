//! Tests of trial 53's F4 places: a place after a phrase of a means of transport and a
//! word of "to" is where people were taken, whatever verb stands before ("Die Feuerwehr
//! brachte die Fahrgäste mit Bussen nach Lichtenberg" / "… nach Potsdam": `places/
//! routes.rs`, `conveyed_before`, `lexicon::conveyances`).

use super::test_util::{flags_of, no_flag_either};
use crate::matcher::results::DiscrepancyKind::Place;

#[test]
fn a_place_people_were_conveyed_to_is_their_destination() {
    // Trial 53 F4, the tester's pair.
    let f = flags_of(
        Place,
        "Die Feuerwehr brachte die Fahrgäste mit Bussen nach Lichtenberg.",
        "Die Feuerwehr brachte die Fahrgäste mit Bussen nach Potsdam.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].1.as_str()),
        ("Lichtenberg", "Potsdam")
    );
    // Spanish and Dutch.
    let f = flags_of(
        Place,
        "Los bomberos llevaron a los pasajeros en autobús a Getafe.",
        "Los bomberos llevaron a los pasajeros en autobús a Alcorcón.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    let f = flags_of(
        Place,
        "De brandweer bracht de reizigers met de bus naar Zaandam.",
        "De brandweer bracht de reizigers met de bus naar Purmerend.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn one_destination_or_no_means_gives_no_place_flag() {
    no_flag_either(
        Place,
        &[
            // One place told by both.
            (
                "Die Feuerwehr brachte die Fahrgäste mit Bussen nach Lichtenberg.",
                "Die Fahrgäste fuhren mit Bussen nach Lichtenberg.",
            ),
            // A vehicle that is no means before "to": no destination.
            (
                "The fire spread from the bus to Lichtenberg's houses.",
                "The fire spread from the bus to Marzahn's houses.",
            ),
        ],
    );
}

#[test]
fn a_place_a_supply_returned_to_is_the_place_of_the_fact() {
    // Trial 53 F4, the tester's pair: two districts the gazetteer does not know.
    let f = flags_of(
        Place,
        "Power returned to Lichtenberg at 23:30, the utility said.",
        "Power returned to Marzahn at 23:30, the utility said.",
    );
    assert_eq!(f, vec![("Lichtenberg".into(), "Marzahn".into(), true)]);
    let f = flags_of(
        Place,
        "Electricity was restored to Hellersdorf on Saturday.",
        "Electricity was restored to Marzahn on Saturday.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    // One place, or "to" after no such word ("talked to Reuters"), gives none.
    no_flag_either(
        Place,
        &[
            (
                "Power returned to Lichtenberg at 23:30.",
                "Power came back in Lichtenberg at 23:30.",
            ),
            (
                "The mayor talked to Reuters on Saturday.",
                "The mayor talked to Bloomberg on Saturday.",
            ),
            (
                "Power was restored to all homes on Saturday.",
                "Power was restored in Marzahn on Saturday.",
            ),
        ],
    );
}

#[test]
fn a_place_someone_returned_to_is_no_place_of_the_fact() {
    // The development data's claims pair: where he returned is not where he was held.
    no_flag_either(
        Place,
        &[(
            "The parents of a student who died after his detention in North Korea spoke on Friday.",
            "Doctors found no evidence of abuse in the state their son was in when he'd returned to the US.",
        )],
    );
}
