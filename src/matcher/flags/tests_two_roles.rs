//! Counts of one noun told of two roles (session 49's leftovers from trial 52): the dead
//! against those still trapped ("the bodies of two miners; three are still trapped" /
//! "Three miners are still trapped"), the trapped against the rescued ("Fourteen miners
//! were trapped" / "Nine miners were rescued"). A count is compared with the count of its
//! own role (`numbers/toll.rs`: the trapped are a fate of the casualty lexicon, and "the
//! bodies of" counts the dead, `numbers/roles.rs`); counts of one role still differ.

use super::test_util::{no_number_flag, number_flags};

/// Whether `a` / `b` carries, both ways round, a number flag whose text in `a` holds `ta`
/// and whose text in `b` holds `tb` (case folded).
#[track_caller]
fn flags_both_ways(a: &str, b: &str, ta: &str, tb: &str) -> bool {
    let holds = |x: &str, y: &str| x.to_lowercase().contains(&y.to_lowercase());
    let one_way = |a: &str, b: &str, ta: &str, tb: &str| {
        number_flags(a, b)
            .iter()
            .any(|f| holds(&f.0, ta) && holds(&f.1, tb))
    };
    one_way(a, b, ta, tb) && one_way(b, a, tb, ta)
}

#[test]
fn counts_of_two_roles_of_one_noun_are_no_conflict() {
    for (a, b) in [
        // Trial 52, the tester's pairs: the dead against the trapped, the trapped against
        // the rescued.
        (
            "Rescuers brought out the bodies of two miners; three are still trapped.",
            "Three miners are still trapped, and two bodies have been recovered.",
        ),
        (
            "Fourteen miners were trapped, the company said.",
            "Nine miners were rescued alive, the company said.",
        ),
        (
            "Landslide traps 14 miners in Peru",
            "The company said nine miners were rescued alive.",
        ),
        // The same in other languages (figures: each pair carried a number flag on main).
        (
            "Los rescatistas sacaron los cuerpos de 2 mineros, según la empresa.",
            "3 mineros siguen atrapados, según la empresa.",
        ),
        (
            "14 mineros quedaron atrapados en la mina, según la empresa.",
            "9 mineros fueron rescatados con vida, según la empresa.",
        ),
        (
            "14 minatori sono rimasti intrappolati nella miniera, secondo l'azienda.",
            "9 minatori sono stati salvati, secondo l'azienda.",
        ),
        (
            "14 Bergleute waren in der Grube eingeschlossen, teilte das Unternehmen mit.",
            "9 Bergleute wurden gerettet, teilte das Unternehmen mit.",
        ),
        (
            "14 mineurs sont restés bloqués dans la mine, selon l'entreprise.",
            "9 mineurs ont été secourus, selon l'entreprise.",
        ),
        (
            "14 mijnwerkers zaten ingesloten in de mijn, aldus het bedrijf.",
            "9 mijnwerkers werden gered, aldus het bedrijf.",
        ),
        (
            "14 mineiros ficaram encurralados na mina, segundo a empresa.",
            "9 mineiros foram resgatados, segundo a empresa.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn counts_of_one_role_of_one_noun_still_differ() {
    for (a, b, ta, tb) in [
        (
            "Two miners died in the collapse.",
            "Three miners died in the collapse.",
            "Two miners",
            "Three miners",
        ),
        (
            "Rescuers said three are still trapped.",
            "Rescuers said four are still trapped.",
            "three",
            "four",
        ),
        (
            "Three miners are still trapped, officials said.",
            "Four miners are still trapped, officials said.",
            "Three miners",
            "Four miners",
        ),
        (
            "Fourteen miners were trapped, the company said.",
            "Twelve miners were trapped, the company said.",
            "Fourteen miners",
            "Twelve miners",
        ),
        (
            "Rescuers brought out the bodies of two miners.",
            "Three miners died in the collapse.",
            "two miners",
            "Three miners",
        ),
        (
            "14 mineros quedaron atrapados en la mina, según la empresa.",
            "12 mineros quedaron atrapados en la mina, según la empresa.",
            "14 mineros",
            "12 mineros",
        ),
    ] {
        assert!(
            flags_both_ways(a, b, ta, tb),
            "{a} / {b}: {:?} / {:?}",
            number_flags(a, b),
            number_flags(b, a)
        );
    }
}
