//! Months that bound a period rather than date a fact (trial 32 F6): "entre enero y
//! septiembre", "from January to September", "von Januar bis September", "de janvier à
//! septembre", "da gennaio a settembre", "de janeiro a setembro". Such a month is no date
//! to compare with another sentence's date ("MADRID, 28 de octubre" / "entre enero y
//! septiembre" is no conflict).

use crate::matcher::text::{Kind, Token};

/// Words between the two months of a period: "and", "to", "through", "bis", "y", "a",
/// "al", "à", "au", "e", "et", "und".
const JOINS: &[&str] = &[
    "and", "to", "through", "until", "bis", "und", "y", "a", "al", "hasta", "à", "au", "et", "e",
    "ao",
];

/// Whether the month at token `i` of `toks`, told with no day, is one end of a period:
/// a month with no day on the other side of a word of [`JOINS`] ("enero y septiembre").
pub(super) fn period_month(toks: &[Token], i: usize) -> bool {
    let month_alone = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Month(_)))
            && !toks
                .get(k + 1)
                .is_some_and(|n| n.date && matches!(n.kind, Kind::Number(_)))
            && !k
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .is_some_and(|n| n.date && matches!(n.kind, Kind::Number(_)))
    };
    let join = |k: usize| {
        toks.get(k)
            .is_some_and(|t| JOINS.contains(&t.norm.as_str()))
    };
    month_alone(i)
        && ((join(i + 1) && month_alone(i + 2)) || (i >= 2 && join(i - 1) && month_alone(i - 2)))
}
