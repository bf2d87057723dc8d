//! Tests of trial 56's counts: a building's size told by its floors ("un immeuble de cinq
//! étages") is its attribute, compared only with another building's size
//! (`numbers/building_size.rs`), as "a five-storey building" already was.

use super::test_util::{no_number_flag, number_flags};

#[test]
fn a_buildings_floors_are_no_count_of_the_floors_destroyed() {
    // Trial 56: "three floors ≠ cinq étages" (solid) before.
    for (a, b) in [
        (
            "The explosion brought down the top three floors of the building.",
            "L'explosion a détruit une partie d'un immeuble de cinq étages.",
        ),
        (
            "The explosion brought down the top three floors of the building.",
            "Die Explosion zerstörte einen Teil eines Gebäudes mit fünf Etagen.",
        ),
        (
            "The explosion brought down the top three floors of the building.",
            "La explosión destruyó parte de un edificio de cinco pisos.",
        ),
        (
            "The explosion brought down the top three floors of the building.",
            "The explosion destroyed part of a five-storey building.",
        ),
    ] {
        no_number_flag(a, b);
        no_number_flag(b, a);
    }
}

#[test]
fn two_counts_of_floors_or_two_sizes_still_differ() {
    assert_eq!(
        number_flags(
            "The explosion brought down the top three floors of the building.",
            "L'explosion a détruit les cinq étages supérieurs de l'immeuble.",
        ),
        vec![(
            "three floors".to_string(),
            "cinq étages supérieurs".to_string(),
            false
        )]
    );
    assert_eq!(
        number_flags(
            "The explosion destroyed part of a building of four floors.",
            "L'explosion a détruit une partie d'un immeuble de cinq étages.",
        ),
        vec![("four floors".to_string(), "cinq étages".to_string(), false)]
    );
}
