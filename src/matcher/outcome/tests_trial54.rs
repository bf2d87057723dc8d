//! Tests of trial 54's outcome fault: a road closed against an investigation opened
//! ("Police closed the SS125 coastal road" / "Prosecutors in Nuoro open an arson
//! investigation" showed "closed ≠ open"): open and close are compared only when both or
//! neither is of a proceeding (`opened_what.rs`, `lexicon::proceedings`). A road closed
//! against the road reopened, and an investigation opened against closed, still flag.

use super::tests_condition::unflagged;
use super::tests_trial49::flagged;

#[test]
fn a_road_closed_and_an_investigation_opened_are_no_contradiction() {
    // Trial 54, the tester's pair.
    unflagged(
        "Police closed the SS125 coastal road between Orosei and Dorgali.",
        "09:30 Prosecutors in Nuoro open an arson investigation; police are questioning \
         witnesses who saw a car leave the hillside.",
    );
    unflagged(
        "Police closed a 20-kilometer stretch of the SS125 coastal highway.",
        "Prosecutors in Nuoro have opened an arson investigation.",
    );
    // Other proceedings and acts opened: a case, talks, fire.
    unflagged(
        "The coastal road was closed on Tuesday.",
        "Prosecutors opened a case against the landowner on Tuesday.",
    );
    unflagged(
        "Police closed the road near the campsite.",
        "Police opened fire near the campsite.",
    );
    // Italian: a road closed, an inquiry opened.
    unflagged(
        "La statale 125 è stata chiusa tra Orosei e Dorgali.",
        "La procura di Nuoro ha aperto un fascicolo per incendio doloso.",
    );
}

#[test]
fn a_road_closed_and_reopened_still_flags() {
    flagged(
        "Police closed the SS125 coastal road on Wednesday.",
        "Police reopened the SS125 coastal road on Wednesday.",
        "closed",
        "reopened",
    );
}
