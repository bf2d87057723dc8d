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
