//! Tests of the opposite outcomes session 24 found missed (`outcome/fate_table.rs`): an
//! appeal upheld or dismissed, a motion carried or defeated, a bill signed or vetoed, a
//! bill passed or sunk, a match played or postponed, a ceasefire held or collapsed, a fire
//! contained or spreading, survivors or bodies pulled from the rubble, rescued or drowned.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn an_appeal_upheld_against_dismissed() {
    for (a, b, ta, tb) in [
        (
            "The court upheld the appeal.",
            "The court dismissed the appeal.",
            "upheld",
            "dismissed",
        ),
        (
            "His appeal was upheld by the court.",
            "His appeal was rejected by the court.",
            "upheld",
            "rejected",
        ),
        (
            "His appeal was upheld.",
            "His appeal was thrown out.",
            "upheld",
            "thrown out",
        ),
        (
            "Il ricorso è stato accolto.",
            "Il ricorso è stato respinto.",
            "accolto",
            "respinto",
        ),
        (
            "Der Berufung wurde stattgegeben.",
            "Die Berufung wurde abgewiesen.",
            "stattgegeben",
            "abgewiesen",
        ),
        (
            "El recurso fue estimado.",
            "El recurso fue desestimado.",
            "estimado",
            "desestimado",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // Upholding the conviction is the appeal lost: no appeal on one side, no flag.
    unflagged(
        "The court upheld his conviction.",
        "The court dismissed his appeal.",
    );
}

#[test]
fn a_vote_carried_passed_or_signed_against_defeated_sunk_or_vetoed() {
    for (a, b, ta, tb) in [
        (
            "The motion was carried by 300 votes to 250.",
            "The motion was defeated by 300 votes to 250.",
            "carried",
            "defeated",
        ),
        (
            "The bill was passed by the Senate.",
            "The bill was sunk by the Senate.",
            "passed",
            "sunk",
        ),
        (
            "La legge è arrivata in porto in Senato.",
            "La legge è stata affondata in Senato.",
            "arrivata in porto",
            "affondata",
        ),
        (
            "Il disegno di legge è stato approvato dal Senato.",
            "Il disegno di legge è stato bocciato dal Senato.",
            "approvato",
            "bocciato",
        ),
        (
            "The governor signed the bill into law on Friday.",
            "The governor vetoed the bill on Friday.",
            "signed",
            "vetoed",
        ),
        (
            "Le projet de loi a été promulgué.",
            "Le président a opposé son veto au projet de loi.",
            "promulgué",
            "veto",
        ),
        // A referendum: approved / rejected by voters, won / lost.
        (
            "The referendum was approved by voters.",
            "The referendum was rejected by voters.",
            "approved",
            "rejected",
        ),
        (
            "The government won the referendum.",
            "The government lost the referendum.",
            "won",
            "lost",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        // One tells both: a bill signed, another vetoed.
        (
            "The bill was signed into law and the governor vetoed a second measure.",
            "The governor vetoed the bill.",
        ),
        // "carried" of no vote.
        (
            "Firefighters carried the victims out.",
            "The motion was defeated.",
        ),
        (
            "The governor signed the bill.",
            "The governor signed the bill into law.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_match_played_against_postponed_in_french_and_italian() {
    for (a, b, ta, tb) in [
        (
            "Le match a été reporté à cause de la pluie.",
            "Le match s'est joué malgré la pluie.",
            "reporté",
            "s'est joué",
        ),
        (
            "Le match a été reporté à cause de la pluie.",
            "Le match a eu lieu malgré la pluie.",
            "reporté",
            "eu lieu",
        ),
        (
            "La partita è stata rinviata per la pioggia.",
            "La partita si è giocata nonostante la pioggia.",
            "rinviata",
            "è giocata",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_ceasefire_held_against_collapsed() {
    for (a, b, ta, tb) in [
        (
            "The ceasefire held overnight.",
            "The ceasefire collapsed overnight.",
            "held",
            "collapsed",
        ),
        (
            "The ceasefire held overnight.",
            "The ceasefire broke down overnight.",
            "held",
            "broke down",
        ),
        (
            "Le cessez-le-feu a tenu pendant la nuit.",
            "Le cessez-le-feu s'est effondré pendant la nuit.",
            "tenu",
            "effondré",
        ),
        (
            "Die Waffenruhe hielt in der Nacht.",
            "Die Waffenruhe brach in der Nacht zusammen.",
            "hielt",
            "brach in der Nacht zusammen",
        ),
        (
            "La tregua regge.",
            "La tregua è saltata.",
            "regge",
            "saltata",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // Talks held are an event held, not a ceasefire holding.
    unflagged(
        "The ceasefire talks were held in Cairo.",
        "The ceasefire collapsed on Monday.",
    );
}

#[test]
fn a_fire_contained_against_raging_or_spreading() {
    for (a, b, ta, tb) in [
        (
            "The fire was contained by Sunday.",
            "The fire was still raging on Sunday.",
            "contained",
            "still raging",
        ),
        (
            "The fire was contained by Sunday.",
            "The fire was out of control on Sunday.",
            "contained",
            "out of control",
        ),
        (
            "The fire was contained by Sunday.",
            "The fire was spreading on Sunday.",
            "contained",
            "spreading",
        ),
        (
            "L'incendie a été maîtrisé.",
            "L'incendie se propage.",
            "maîtrisé",
            "propage",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // "contained" of no fire.
    unflagged(
        "The letter contained threats.",
        "The fire was still raging on Sunday.",
    );
}

#[test]
fn survivors_or_the_rescued_against_bodies_or_the_drowned() {
    for (a, b, ta, tb) in [
        (
            "Rescuers pulled three survivors from the rubble.",
            "Rescuers pulled three bodies from the rubble.",
            "pulled three survivors",
            "pulled three bodies",
        ),
        (
            "Rescuers recovered two survivors from the debris.",
            "Rescuers recovered two bodies from the debris.",
            "recovered two survivors",
            "recovered two bodies",
        ),
        (
            "Two survivors were found in the wreckage.",
            "Two bodies were found in the wreckage.",
            "survivors were found",
            "bodies were found",
        ),
        (
            "Three people were pulled alive from the rubble.",
            "Three bodies were pulled from the rubble.",
            "pulled alive",
            "bodies were pulled",
        ),
        (
            "Die Retter bargen drei Überlebende.",
            "Die Retter bargen drei Leichen.",
            "bargen drei Überlebende",
            "bargen drei Leichen",
        ),
        (
            "The three fishermen were rescued.",
            "The three fishermen drowned.",
            "were rescued",
            "drowned",
        ),
        (
            "I tre pescatori sono stati salvati.",
            "I tre pescatori sono annegati.",
            "salvati",
            "annegati",
        ),
        (
            "Les trois pêcheurs ont été secourus.",
            "Les trois pêcheurs se sont noyés.",
            "secourus",
            "noyés",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // Other counts: other people.
    unflagged(
        "Rescuers pulled three survivors from the rubble.",
        "Rescuers pulled two bodies from the rubble.",
    );
}
