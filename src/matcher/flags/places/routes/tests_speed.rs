//! Tests of `destinations`' first-byte filter (session 49, all-pairs speed): a token whose
//! first byte begins no row of `TOWARDS` is passed over. Every row still finds the place
//! after it; a sentence with no such row finds none.

use super::{destinations, TOWARDS};
use crate::matcher::features::{Idf, Prepared};

/// The places `s` tells a journey heads for.
fn heads_for(s: &str) -> usize {
    destinations(&Prepared::new(s, Idf::builtin())).len()
}

#[test]
fn every_row_still_finds_the_place_after_it() {
    for row in TOWARDS {
        let s = format!("Seven injured were flown {} Lausanne.", row.join(" "));
        assert_eq!(heads_for(&s), 1, "{s}");
    }
    // Near cases: a place after no such word, no place at all, an empty text.
    for s in [
        "",
        "Seven injured were flown to hospital.",
        "The crash happened in Lausanne.",
        "Between Leeds and York the line is closed.",
    ] {
        assert_eq!(heads_for(s), 0, "{s}");
    }
}
