//! Tests of the date flag after trial 32 (F6): the months that bound a reporting period
//! ("entre enero y septiembre", "from January to September") are no date of the fact.

use super::test_util::{has_flag, no_flag_either};
use super::DiscrepancyKind;

#[test]
fn a_period_is_no_date() {
    no_flag_either(
        DiscrepancyKind::Date,
        &[
            (
                "MADRID, 28 de octubre - Banco Meridiano ganó 2.300 millones de euros hasta septiembre.",
                "El beneficio de Banco Meridiano alcanzó los 2.300 millones de euros entre enero y septiembre.",
            ),
            (
                "LONDON, October 28 - The bank made a profit of 2.3 billion euros.",
                "The bank made a profit of 2.3 billion euros from January to September.",
            ),
            (
                "FRANKFURT, 28. Oktober - Die Bank verdiente 2,3 Milliarden Euro.",
                "Die Bank verdiente von Januar bis September 2,3 Milliarden Euro.",
            ),
        ],
    );
    // A month alone that dates the fact still differs from another.
    has_flag(
        DiscrepancyKind::Date,
        "The plant closed in January after the fire.",
        "The plant closed in March after the fire.",
        "January",
        "March",
    );
}
