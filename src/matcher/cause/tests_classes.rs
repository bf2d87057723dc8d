//! Tests of `classes.rs`: each name of a class of `CAUSES` stands for the class that holds
//! its phrase, so that reordering or rewording the list fails here.

use super::super::CAUSES;
use super::*;
use crate::matcher::lexicon::crash_causes as road;
use crate::matcher::lexicon::explosion_causes as blast;

/// Whether class `class` of `CAUSES` holds the phrase `phrase`.
fn holds(class: usize, phrase: &[&str]) -> bool {
    CAUSES
        .get(class)
        .is_some_and(|phrases| phrases.contains(&phrase))
}

#[test]
fn each_name_stands_for_the_class_of_its_phrase() {
    for (name, class, phrase) in [
        ("CRASH", CRASH, &["crash*"][..]),
        ("ASLEEP", ASLEEP, road::ASLEEP[0]),
        ("TYRES", TYRES, road::TYRES[0]),
        ("STEERING", STEERING, road::STEERING[0]),
        ("ALCOHOL", ALCOHOL, road::ALCOHOL[0]),
        ("DISTRACTION", DISTRACTION, road::DISTRACTION[0]),
        ("ILLNESS", ILLNESS, road::ILLNESS[0]),
        ("ICE", ICE, road::ICE[0]),
        ("ENGINE", ENGINE, road::ENGINE[0]),
        ("HUMAN_ERROR", HUMAN_ERROR, road::HUMAN_ERROR[0]),
        ("BOMB", BOMB, blast::BOMBS[0]),
        ("EXPLOSION", EXPLOSION, &["explosion*"]),
        ("ARSON", ARSON, &["arson*"]),
        ("CRIMINAL_ACT", CRIMINAL_ACT, blast::CRIMINAL_ACTS[0]),
        ("LANDSLIDE", LANDSLIDE, &["landslide*"]),
        ("SPEED", SPEED, &["excessive", "speed"]),
        ("RAIN", RAIN, &["rain"]),
        ("BRAKES", BRAKES, road::BRAKES[0]),
        ("TECHNICAL", TECHNICAL, &["technical", "defect*"]),
    ] {
        assert!(
            holds(class, phrase),
            "{name} is no longer {phrase:?}'s class"
        );
    }
}

/// Near cases: a phrase of one class is no other named class's, so two names never stand
/// for one class.
#[test]
fn no_two_names_stand_for_one_class() {
    let mut all = [
        CRASH,
        ASLEEP,
        TYRES,
        STEERING,
        ALCOHOL,
        DISTRACTION,
        ILLNESS,
        ICE,
        ENGINE,
        HUMAN_ERROR,
        BOMB,
        EXPLOSION,
        ARSON,
        CRIMINAL_ACT,
        LANDSLIDE,
        SPEED,
        RAIN,
        BRAKES,
        TECHNICAL,
    ];
    all.sort_unstable();
    assert!(all.windows(2).all(|w| w[0] < w[1]));
    assert!(all.iter().all(|&c| c < CAUSES.len()));
    assert!(!holds(RAIN, &["landslide*"]) && !holds(LANDSLIDE, &["rain"]));
    assert!(!holds(CRASH, &["explosion*"]) && !holds(EXPLOSION, &["crash*"]));
}
