//! An age told in years ("35-year-old", "35 years old"): the number flags read it as an
//! age, compared with another age only, never with a length of time ("served 15 years").

use crate::matcher::features::Prepared;
use crate::matcher::flags::units::unit_of;

/// The token "old" of an age told in years: the figure's unit is the year (`noun`, its
/// text ending at code point `end`) and "old" follows it ("35-year-old", "35 years old").
pub(super) fn age_in_years(p: &Prepared, noun: Option<u64>, end: usize) -> Option<usize> {
    let year = unit_of("year").map(|u| u.0);
    if noun.is_none() || noun != year {
        return None;
    }
    let k = p.tokens.iter().position(|t| t.end == end)? + 1;
    p.tokens.get(k).filter(|t| t.norm == "old").map(|_| k)
}
