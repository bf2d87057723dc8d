//! Tests of two false flags of trial 53's Berlin reports, read by kind (session 51): a
//! German common noun after "in" is no town ("in Aufzügen", "in Bussen":
//! `places/prepositions.rs`, `german_common_noun`, now asking the tables of concepts
//! and of vehicles), and two lone counts across languages of nouns of two groups are two
//! things ("rund 400 Fahrgäste" / "hundreds of crossings": `numbers.rs`,
//! `numbers/nouns.rs`, `two_groups`).

use super::test_util::{flags_of, has_flag_each_way, no_flag_either, number_flags};
use crate::matcher::results::DiscrepancyKind::Place;

#[test]
fn a_german_common_noun_after_in_is_no_place() {
    // "Frankfurter Allee ≠ Aufzügen" (a street against "in lifts") was a dashed place
    // flag; so was "Lichtenberg ≠ Aufzügen", and "in Bussen", "in Zügen" alike.
    no_flag_either(
        Place,
        &[
            (
                "Die Feuerwehr befreite Menschen in Lichtenberg.",
                "Die Feuerwehr befreite Menschen in Aufzügen.",
            ),
            (
                "Die Feuerwehr befreite Menschen in der Frankfurter Allee.",
                "Die Feuerwehr befreite Menschen in Aufzügen.",
            ),
            (
                "Die Feuerwehr befreite Menschen in Lichtenberg.",
                "Die Feuerwehr befreite Menschen in Bussen.",
            ),
            (
                "Die Feuerwehr befreite Menschen in Lichtenberg.",
                "Die Feuerwehr befreite Menschen in Zügen.",
            ),
        ],
    );
}

#[test]
fn two_german_towns_after_in_still_differ() {
    for (x, y, tx, ty) in [
        ("Lichtenberg", "Marzahn", "Lichtenberg", "Marzahn"),
        ("Lichtenberg", "Essen", "Lichtenberg", "Essen"),
        ("Bremen", "Düren", "Bremen", "Düren"),
    ] {
        let s = |t: &str| format!("Die Feuerwehr befreite Menschen in {t}.");
        has_flag_each_way(Place, &s(x), &s(y), tx, ty);
    }
}

#[test]
fn two_lone_counts_of_nouns_of_two_groups_across_languages_are_two_things() {
    let (a, b) = (
        "Rund 400 Fahrgäste saßen in der U-Bahn fest.",
        "Traffic lights failed at hundreds of crossings.",
    );
    assert_eq!(number_flags(a, b), vec![]);
    assert_eq!(number_flags(b, a), vec![]);
    // A noun and its translation, or a word of people, are still one count.
    for (a, b, ta, tb) in [
        (
            "Rund 400 Fahrgäste saßen in der U-Bahn fest.",
            "About 300 passengers were stuck in the metro.",
            "Rund 400 Fahrgäste",
            "About 300 passengers",
        ),
        (
            "Rund 400 Fahrgäste saßen in der U-Bahn fest.",
            "About 300 people were stuck in the metro.",
            "Rund 400 Fahrgäste",
            "About 300 people",
        ),
        (
            "Catorce mineros murieron en el derrumbe.",
            "Twelve miners died in the collapse.",
            "Catorce mineros",
            "Twelve miners",
        ),
    ] {
        let f = number_flags(a, b);
        assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
        assert_eq!((f[0].0.as_str(), f[0].1.as_str()), (ta, tb));
    }
    // Not a place flag either.
    assert_eq!(flags_of(Place, a, b), vec![]);
}
