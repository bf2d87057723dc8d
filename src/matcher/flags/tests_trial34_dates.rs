//! Tests of dates after trial 34 (F4.4): auxiliary and modal verbs of other languages
//! ("è", "dovrebbe") are no anchor words of a date (`anchor.rs`).

use super::test_util::{has_flag, no_flag};
use super::DiscrepancyKind as K;

#[test]
fn an_italian_weekday_is_compared_past_its_auxiliaries() {
    // Trial 34 F4.4: "è" and "dovrebbe" are no anchor words, "linea" is.
    has_flag(
        K::Date,
        "La circolazione sulla linea è sospesa e dovrebbe riprendere martedì.",
        "La linea resterà chiusa fino a lunedì.",
        "martedì",
        "lunedì",
    );
    // Two facts of two things still give no flag.
    no_flag(
        K::Date,
        "La circolazione sulla linea è sospesa e dovrebbe riprendere martedì.",
        "Il ministro è arrivato a Bologna lunedì.",
    );
}
