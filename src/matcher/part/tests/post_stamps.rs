//! Tests of a live blog's post stamp before a claim's part (trial 51): the span an
//! accepted suggestion makes starts after "20:40 ", as after a wire dateline; the lead
//! frame before a colon and a quotation is read after the stamp's colon; a clock time told
//! in the sentence is no stamp.

use super::*;
use crate::matcher::part::dateline::post_stamp_end;

#[test]
fn an_accepted_claims_span_starts_after_a_live_blogs_post_stamp() {
    for (s, want) in [
        (
            "20:40 The bus driver is among the missing, the transport company BSAG said.",
            "The bus driver is among the missing",
        ),
        (
            "19:30 The death toll has risen to seven, police said.",
            "The death toll has risen to seven",
        ),
        (
            "12h02 – Le conducteur du bus est porté disparu.",
            "Le conducteur du bus est porté disparu.",
        ),
        (
            "8:15 - Police closed the bridge to traffic.",
            "Police closed the bridge to traffic.",
        ),
    ] {
        assert_eq!(part(s, false), want, "{s}");
    }
    // A quote after the stamp: the quotation, as without the stamp.
    assert_eq!(
        part(
            "21:30 Federal Transport Minister Jonas Albrecht has spoken: \"This is a black day for Bremen.\"",
            true
        ),
        "\"This is a black day for Bremen.\""
    );
}

#[test]
fn a_clock_time_told_in_the_sentence_is_no_post_stamp() {
    for s in [
        "10:30 Uhr: Die Brücke ist eingestürzt.",
        "5:40 PM is when the bridge gave way.",
        "12.50 Euro kostet das Ticket.",
        "At 20:40 the bus driver was rescued.",
        "1:0 The home side won.",
        "25:10 Something else.",
        "20:40",
    ] {
        let c: Vec<char> = s.chars().collect();
        assert_eq!(post_stamp_end(&c), None, "{s}");
    }
}
