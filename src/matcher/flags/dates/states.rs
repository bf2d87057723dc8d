//! Dates of a state still holding when it is told (trial 56): "five people were still
//! missing under the rubble on Saturday afternoon" dates that report of the missing, not
//! the explosion "dans la nuit de vendredi à samedi". Across languages, where the words
//! around two dates share nothing and any two dates of one kind are compared, such a date
//! is compared only with another such date.

use crate::matcher::lexicon::still::STILL_WORDS;
use crate::matcher::prepared::Prepared;

/// The most tokens from a word of a state still holding ([`STILL_WORDS`]) to the date
/// it dates: "were still missing under the rubble on Saturday afternoon".
const REACH: usize = 8;

/// Whether the date whose first token is `first` of `p` dates a state still holding: a
/// word of [`STILL_WORDS`] within [`REACH`] tokens before it.
fn state_date(p: &Prepared, first: usize) -> bool {
    p.tokens[first.saturating_sub(REACH)..first.min(p.tokens.len())]
        .iter()
        .any(|t| STILL_WORDS.contains(&t.norm.as_str()))
}

/// Whether of the date at tokens `x` of `a` and the one at tokens `y` of `b`, one only
/// dates a state still holding ([`state_date`]): two moments of a story.
pub(super) fn one_a_state(
    a: &Prepared,
    x: (usize, usize),
    b: &Prepared,
    y: (usize, usize),
) -> bool {
    state_date(a, x.0) != state_date(b, y.0)
}
