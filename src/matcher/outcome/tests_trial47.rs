//! Outcomes of trial 47 (the Cremona violin theft): the outcome of a second predicate
//! with no subject of its own ("A night guard was tied up and slightly injured" / "was
//! bound with tape but was unharmed") is told of the first one's subject, in English,
//! Italian, German, French and Spanish; a second predicate with a subject of its own ("and
//! five others were injured", "and the driver was unharmed") still tells other people.
//! And no arrest against an arrest told in another language (item 3).

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

/// No arrest denied in one language against an arrest told in another (trial 47, item
/// 3): the two words of a suspect held share no stem.
#[test]
fn no_arrests_against_an_arrest_in_another_language_is_flagged() {
    for (b, tb) in [
        (
            "Un uomo di 38 anni è stato arrestato nel pomeriggio a Piacenza.",
            "arrestato",
        ),
        (
            "Ein 38-jähriger Mann wurde am Nachmittag in Piacenza festgenommen.",
            "festgenommen",
        ),
        (
            "Un hombre de 38 años fue detenido por la tarde en Piacenza.",
            "detenido",
        ),
    ] {
        flagged_each_way("No arrests have been made.", b, "No arrests", tb);
    }
    // The same denial told in two languages agrees.
    unflagged("No arrests have been made.", "Nessuno è stato arrestato.");
    // A denial of another act.
    unflagged(
        "No charges have been filed.",
        "Un uomo di 38 anni è stato arrestato nel pomeriggio a Piacenza.",
    );
}
