//! Tests of trial 58's states and fates told against each other (session 56): an arrest
//! against a release "without charge" (`outcome.rs`: the charge alone is negated,
//! `negation::only_without_charge`), a ban against a permission of one thing (`permits.rs`), a
//! ship sunk against refloated (`fate_table.rs`) and all of a crew rescued against one of
//! it missing (`fates.rs`, `all_after`), a suspect investigated against arrested, the softer
//! kind (`investigated.rs`); with the near cases that must not flag.

use super::tests_condition::{flagged, unflagged};

#[test]
fn an_arrest_against_a_release_without_charge_is_flagged() {
    flagged(
        "The captain was arrested.",
        "The captain was released without charge.",
        "arrested",
        "released",
        false,
    );
    // Both let go, or both held, one of them "without charge".
    unflagged(
        "The captain was released without charge.",
        "The captain was freed on Wednesday.",
    );
    unflagged(
        "The captain was arrested.",
        "The captain was arrested without charge.",
    );
    // A fate negated is no charge: "without injury" and "unharmed" agree (the all-pairs
    // bench's "escaped without injury" / "escaped unharmed").
    unflagged(
        "The other 18 people inside the building escaped without injury, Aaron said.",
        "The other 18 people inside the building escaped unharmed, Aaron said.",
    );
}

#[test]
fn a_ban_against_a_permission_of_one_thing_is_flagged() {
    flagged(
        "The prefect banned fishing along the coast.",
        "The prefect allowed fishing to continue along the coast.",
        "banned",
        "allowed",
        false,
    );
    flagged(
        "Fishing was banned along the coast.",
        "Fishing was allowed to continue along the coast.",
        "banned",
        "allowed",
        false,
    );
    flagged(
        "Le préfet a interdit la pêche sur la côte.",
        "Le préfet a autorisé la pêche sur la côte.",
        "interdit",
        "autorisé",
        false,
    );
    // Two things, one banned and one allowed; both banned; a ban not told.
    for (a, b) in [
        (
            "The prefect banned fishing along the coast.",
            "The prefect allowed swimming on the beaches.",
        ),
        (
            "The prefect banned fishing along the coast.",
            "Fishing was banned along the coast.",
        ),
        (
            "The prefect allowed fishing to continue along the coast.",
            "The prefect visited the coast.",
        ),
        // A negation is the negation rule's: "not allowed" is a ban.
        (
            "Fishing was banned along the coast.",
            "Fishing was not allowed along the coast.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_ship_sunk_against_refloated_is_flagged() {
    flagged(
        "The tanker sank off Brittany.",
        "The tanker was refloated on Friday.",
        "sank",
        "refloated",
        false,
    );
    // Another ship; one fate on both sides.
    unflagged(
        "The tanker sank off Brittany.",
        "The tug was refloated on Friday.",
    );
    unflagged(
        "The tanker was refloated.",
        "The tanker was refloated on Friday.",
    );
}

#[test]
fn all_of_a_crew_rescued_against_one_of_it_missing_is_flagged() {
    flagged(
        "Helicopters rescued all 23 crew members.",
        "One crew member is missing.",
        "rescued all",
        "is missing",
        false,
    );
    // All rescued on both sides; others missing.
    unflagged(
        "Helicopters rescued all 23 crew members.",
        "All the crew members were rescued.",
    );
    unflagged(
        "Helicopters rescued all 23 crew members.",
        "One passenger is missing.",
    );
}

#[test]
fn a_suspect_investigated_against_arrested_is_the_softer_kind() {
    flagged(
        "Il comandante è indagato.",
        "Il comandante è stato arrestato.",
        "indagato",
        "arrestato",
        true,
    );
    flagged(
        "The captain is being investigated.",
        "The captain was arrested.",
        "investigated",
        "arrested",
        true,
    );
    // An investigation of something, two people, both told in one sentence.
    for (a, b) in [
        (
            "Police investigated the crash.",
            "Police arrested the captain.",
        ),
        (
            "Il comandante è indagato.",
            "Il marinaio è stato arrestato.",
        ),
        (
            "Il comandante è stato arrestato ed è indagato.",
            "Il comandante è stato arrestato.",
        ),
    ] {
        unflagged(a, b);
    }
}
