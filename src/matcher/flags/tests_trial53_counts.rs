//! Tests of trial 53's F5 count flag: a utility's customers are the homes it supplies in a
//! sentence of a power supply ("About 350,000 households lost power" / "About 300,000
//! customers lost power, the utility said"; `numbers/nouns.rs`, `group_of`,
//! `lexicon::counted_nouns::UTILITY_CUSTOMERS`); a shop's or a bank's customers are not.

use super::test_util::{no_number_flag, number_flags};

#[test]
fn a_utilitys_customers_are_counted_as_its_homes() {
    // Trial 53 F5, the tester's pair.
    let f = number_flags(
        "About 350,000 households lost power, the grid operator said.",
        "About 300,000 customers lost power, the utility said.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].0.contains("350,000") && f[0].1.contains("300,000"),
        "{f:?}"
    );
    // German, French and Dutch customers of a power supply.
    for (a, b) in [
        (
            "Rund 350.000 Haushalte waren ohne Strom.",
            "Rund 300.000 Kunden waren ohne Strom.",
        ),
        (
            "Quelque 350 000 ménages étaient privés d'électricité.",
            "Quelque 300 000 clients étaient privés d'électricité.",
        ),
        (
            "Zo'n 350.000 woningen zaten zonder stroom.",
            "Zo'n 300.000 klanten zaten zonder stroom.",
        ),
    ] {
        assert_eq!(
            number_flags(a, b).len(),
            1,
            "{a} / {b}: {:?}",
            number_flags(a, b)
        );
    }
}

#[test]
fn customers_agreeing_with_homes_or_of_no_supply_give_no_count_flag() {
    // The same count of households and customers: no flag.
    no_number_flag(
        "The blackout hit 350,000 households on Friday.",
        "The outage hit 350,000 customers on Friday.",
    );
    // A bank's or a shop's customers are no homes.
    no_number_flag(
        "About 350,000 households were affected, officials said.",
        "About 300,000 customers of the bank were affected, officials said.",
    );
    no_number_flag(
        "The store served 300 customers on Friday.",
        "The store was visited by 200 families on Friday.",
    );
}
