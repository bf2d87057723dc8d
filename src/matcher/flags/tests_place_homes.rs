//! Places that are not where the event happened, by kind (session 56): a person's home or
//! origin ("living in Christchurch", "born in Essex", de "wohnhaft in Innsbruck", it "nato
//! a Genova": `places/away.rs`, `lexicon::away::HOME_WORDS`) against the event's place,
//! and a national park against a mountain or a glacier it holds ("Mount Sefton" / "Aoraki
//! Mount Cook National Park": `places::area_noun_at`). The failing input was session 55's
//! one wrong flag on the development pairs: "… Robert Buckley, originally from Essex, but
//! living in Christchurch, fell about 2,000ft while climbing to a small hut on Mount
//! Sefton" / "A second man has fallen to his death in Aoraki Mount Cook National Park."
//! (a dashed place flag, "Christchurch ≠ Aoraki Mount Cook National Park", on one fall).

use super::test_util::{no_flag_either, one_flag_of};
use crate::matcher::DiscrepancyKind::Place;

const BUCKLEY: &str = "On Saturday, 32-year-old Englishman Robert Buckley, originally from Essex, but living in Christchurch, fell about 2,000ft while climbing to a small hut on Mount Sefton with three companions.";
const PARK: &str = "A second man has fallen to his death in Aoraki Mount Cook National Park.";

#[test]
fn a_home_and_a_park_holding_the_mountain_are_no_place_of_another_fall() {
    no_flag_either(
        Place,
        &[
            (BUCKLEY, PARK),
            (
                "A climber living in Christchurch died in a fall on the Tasman Glacier.",
                "A climber died in a fall on the Tasman Glacier, near Mount Cook.",
            ),
            (
                "The driver, who lived in Ipswich, was killed on the M25.",
                "The driver was killed in Essex.",
            ),
            (
                "Le conducteur, domicilié à Rennes, est mort à Brest.",
                "Le conducteur est mort à Brest.",
            ),
            (
                "Der Lenker, wohnhaft in Innsbruck, starb in Nassereith.",
                "Der Lenker starb in Nassereith.",
            ),
            (
                "Il conducente, nato a Genova, è morto a Brescia.",
                "Il conducente è morto a Brescia.",
            ),
            (
                "A hiker died after falling from a ridge near the Tasman Glacier.",
                "A hiker died in Aoraki Mount Cook National Park.",
            ),
        ],
    );
}

/// Near cases: the event's own places still flag, told after a home ("living in
/// Christchurch, died in Dunedin" / "died in Wellington"), and so do two towns; a park
/// that is no national park ("South Ozone Park") is still a town's place; "lives" as a
/// noun ("claimed three lives in Ohio") and a home as the event's place ("shot at his home
/// in Bristol") stay the event's.
#[test]
fn the_event_places_after_a_home_still_flag() {
    one_flag_of(
        Place,
        "A climber living in Christchurch died in Dunedin.",
        "A climber died in Wellington.",
        "Dunedin",
        "Wellington",
        true,
    );
    one_flag_of(
        Place,
        "The storm claimed three lives in Ohio.",
        "The storm claimed three lives in Texas.",
        "Ohio",
        "Texas",
        false,
    );
    one_flag_of(
        Place,
        "The man was shot at his home in Bristol.",
        "The man was shot at his home in Leeds.",
        "Bristol",
        "Leeds",
        false,
    );
    one_flag_of(
        Place,
        "Le conducteur est mort à Rennes.",
        "Le conducteur est mort à Brest.",
        "Rennes",
        "Brest",
        false,
    );
    one_flag_of(
        Place,
        "A woman was struck by a car in Forest Park.",
        "A woman was struck by a car in Dunedin.",
        "Forest Park",
        "Dunedin",
        true,
    );
}
