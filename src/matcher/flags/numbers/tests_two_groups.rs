//! Tests of the one reading of two counted nouns of two groups of meaning
//! (`nouns::two_groups`, session 52: it merged the reading by the nouns' keys and the one
//! by the words written after the figures): each reading alone says two groups, and a
//! noun against its translation, a word of people or two sentences in one language do
//! not.

use super::{nouns::two_groups, slots};
use crate::matcher::features::{Idf, Prepared};

/// Whether the first counts of a noun of `a` and of `b` are of two groups, asked both
/// ways round (the reading is symmetric).
fn apart(a: &str, b: &str) -> bool {
    let (pa, pb) = (
        Prepared::new(a, Idf::builtin()),
        Prepared::new(b, Idf::builtin()),
    );
    let first = |p: &Prepared| {
        slots(p)
            .iter()
            .find(|s| s.noun.is_some())
            .cloned()
            .unwrap_or_else(|| panic!("no counted noun in {}", p.text))
    };
    let (x, y) = (first(&pa), first(&pb));
    let there = two_groups(&pa, &x, &pb, &y);
    assert_eq!(two_groups(&pb, &y, &pa, &x), there, "{a} / {b}");
    there
}

#[test]
fn nouns_of_two_groups_by_key_or_by_word_are_apart() {
    for (a, b) in [
        // By the keys: residents against homes, across languages (trial 54).
        (
            "About 3,500 residents were evacuated on Tuesday.",
            "Almeno 40 case sono state distrutte dalle fiamme.",
        ),
        // By the words: "crossings" is in no group of "Fahrgäste" (session 51).
        (
            "Rund 400 Fahrgäste saßen in der U-Bahn fest.",
            "Traffic lights failed at hundreds of crossings.",
        ),
    ] {
        assert!(apart(a, b), "{a} / {b}");
    }
}

#[test]
fn a_noun_and_its_translation_or_a_word_of_people_are_not_apart() {
    for (a, b) in [
        (
            "Rund 400 Fahrgäste saßen in der U-Bahn fest.",
            "About 300 passengers were stuck in the metro.",
        ),
        (
            "Rund 400 Fahrgäste saßen in der U-Bahn fest.",
            "About 300 people were stuck in the metro.",
        ),
        (
            "Catorce mineros murieron en el derrumbe.",
            "Twelve miners died in the collapse.",
        ),
        (
            "About 3,500 residents were evacuated on Tuesday.",
            "Circa 5.000 residenti sono stati evacuati martedì.",
        ),
        // One language: the word reading needs English against another language.
        (
            "Rund 400 Fahrgäste saßen in der U-Bahn fest.",
            "An rund 300 Kreuzungen fielen die Ampeln aus.",
        ),
    ] {
        assert!(!apart(a, b), "{a} / {b}");
    }
}
