//! Tests after trial 39 (N5): a site's fate read past a clause set off by commas after
//! its noun ("The plant, which employs 300 people, will be closed" / "… will be sold"),
//! in English, French, Spanish and German, and the German words of selling read from the
//! lexicon's one list.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn a_fate_after_a_relative_clause_is_read_in_four_languages() {
    for (a, b, ta, tb) in [
        (
            "The plant, which employs 300 people, will be closed until further notice.",
            "The plant, which employs 300 people, will be sold.",
            "closed",
            "sold",
        ),
        (
            "L'usine, qui emploie 300 salariés, sera fermée jusqu'à nouvel ordre.",
            "L'usine, qui emploie 300 salariés, sera vendue.",
            "fermée",
            "vendue",
        ),
        (
            "La fábrica, que emplea a 300 trabajadores, permanecerá cerrada.",
            "La planta, con 300 trabajadores, será vendida.",
            "cerrada",
            "vendida",
        ),
        (
            "Das Werk, das 300 Menschen beschäftigt, wird geschlossen.",
            "Das Werk, das 300 Menschen beschäftigt, wird verkauft.",
            "geschlossen",
            "verkauft",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn the_same_fate_after_a_clause_or_a_fate_inside_it_is_no_flag() {
    unflagged(
        "The plant, which employs 300 people, will be closed until further notice.",
        "The factory, with 300 workers, will be shut down.",
    );
    unflagged(
        "La fábrica, que emplea a 300 trabajadores, permanecerá cerrada.",
        "La planta, con 300 trabajadores, será cerrada.",
    );
    // The clause tells the site's past, not its fate: only the fate after it counts.
    unflagged(
        "The plant, which the group sold in 2019, will be closed.",
        "The plant will be closed.",
    );
}

/// The German words of selling are the lexicon's (`lexicon::german`, "sell"), read by the
/// site fates too: "verkaufen", "Verkauf", "veräußert".
#[test]
fn german_selling_is_read_from_the_lexicon() {
    for sold in ["verkaufen", "veräußern"] {
        flagged_each_way(
            "Der Konzern will sein Werk in Kassel schließen.",
            &format!("Der Konzern will sein Werk in Kassel {sold}."),
            "schließen",
            sold,
        );
    }
}
