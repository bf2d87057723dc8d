//! Outcomes of trial 47 (the Cremona violin theft): the outcome of a second predicate
//! with no subject of its own ("A night guard was tied up and slightly injured" / "was
//! bound with tape but was unharmed") is told of the first one's subject, in English,
//! Italian, German, French and Spanish; a second predicate with a subject of its own ("and
//! five others were injured", "and the driver was unharmed") still tells other people.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn an_outcome_after_a_binding_word_is_the_same_persons() {
    for (a, b, ta, tb) in [
        (
            "A night guard was tied up and slightly injured during the raid, police said.",
            "A security guard on duty was bound with tape but was unharmed, police said.",
            "injured",
            "unharmed",
        ),
        (
            "A night guard was tied up and slightly injured during the raid, police said.",
            "A night guard was tied up but unharmed during the raid, police said.",
            "injured",
            "unharmed",
        ),
        (
            "A night guard was tied up and slightly injured during the raid, police said.",
            "A night guard was unharmed during the raid, police said.",
            "injured",
            "unharmed",
        ),
        (
            "Il vigilante di turno è stato legato e ha riportato lievi ferite.",
            "Il vigilante di turno è stato legato ma è rimasto illeso.",
            "ferite",
            "illeso",
        ),
        (
            "Der Wachmann wurde gefesselt und leicht verletzt, teilte die Polizei mit.",
            "Der Wachmann wurde gefesselt, blieb aber unverletzt, teilte die Polizei mit.",
            "verletzt",
            "unverletzt",
        ),
        (
            "El vigilante fue atado y resultó levemente herido.",
            "El vigilante fue atado pero resultó ileso.",
            "herido",
            "ileso",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_second_predicate_with_its_own_subject_tells_other_people() {
    for (a, b) in [
        (
            "The driver was tied up and five others were injured.",
            "A passenger was unharmed.",
        ),
        (
            "The guard was tied up and the driver was slightly injured.",
            "A cashier was unharmed.",
        ),
        (
            "A night guard was tied up and slightly injured.",
            "A cashier was unharmed.",
        ),
    ] {
        unflagged(a, b);
    }
}
