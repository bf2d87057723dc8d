//! Figures of trial 42 (REPORT39-trial C, G): an Italian or Spanish "ha" (has) after a
//! figure is the verb, not hectares (`numbers/counted.rs`).

use super::test_util::number_flags;

#[test]
fn an_italian_ha_after_a_figure_is_the_verb_not_hectares() {
    let f = number_flags(
        "Una scossa di terremoto di magnitudo 5,1 ha colpito martedì la zona di Norcia.",
        "Una scossa di terremoto di magnitudo 4,4 ha colpito giovedì la zona di Norcia.",
    );
    assert!(!f.is_empty(), "{f:?}");
    for (a, b, _) in &f {
        assert!(!a.contains(" ha") && !b.contains(" ha"), "{f:?}");
    }
    // Near case: hectares stay hectares.
    let f = number_flags(
        "El incendio ha quemado 4.000 ha de bosque.",
        "El incendio ha quemado 6.000 ha de bosque.",
    );
    assert!(f.iter().any(|(a, _, _)| a.contains("ha")), "{f:?}");
}

#[test]
fn a_range_told_with_tot_or_bis_is_read_whole() {
    // Trial 42 C5: "7,2 tot 7,7 miljard" is a range, not its upper bound.
    let f = number_flags(
        "ASML verwacht een omzet tussen 7,4 en 7,9 miljard euro.",
        "ASML rekent op 7,2 tot 7,7 miljard euro omzet.",
    );
    assert!(f.iter().any(|(_, b, _)| b.contains("7,2 tot 7,7")), "{f:?}");
    let f = number_flags(
        "Der Umsatz soll 7,2 bis 7,7 Milliarden Euro erreichen.",
        "Der Umsatz soll 7,4 bis 7,9 Milliarden Euro erreichen.",
    );
    assert!(f.iter().any(|(a, _, _)| a.contains("7,2 bis 7,7")), "{f:?}");
    // Near case: the same range told twice is no flag.
    let f = number_flags(
        "ASML verwacht een omzet van 7,2 tot 7,7 miljard euro.",
        "ASML rekent op 7,2 tot 7,7 miljard euro omzet.",
    );
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn a_speed_glued_to_its_figure_is_a_speed() {
    // Trial 42 C4: "145km/h" is the speed "135 km/h" is.
    let f = number_flags(
        "The storm brought winds of 135 km/h on Friday.",
        "The storm brought winds of 145km/h on Friday.",
    );
    assert!(
        f.iter()
            .any(|(a, b, _)| a.contains("135 km/h") && b.contains("145km/h")),
        "{f:?}"
    );
    // Near case: the same speed, glued or spaced, is no flag.
    let f = number_flags(
        "The storm brought winds of 145 km/h on Friday.",
        "The storm brought winds of 145km/h on Friday.",
    );
    assert!(f.is_empty(), "{f:?}");
}
