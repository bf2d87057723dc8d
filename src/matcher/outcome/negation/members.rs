//! A death denied of a group against a death told of one of its members (trial 56: "No
//! child was killed in the explosion" / "A 9-year-old girl was killed in the explosion",
//! fr "aucun enfant n'a perdu la vie" / "A 9-year-old girl was among the dead" had no
//! flag, while "No child" / "A child" had): the noun denied is one of
//! `lexicon::children::CHILD_GROUPS`, the other sentence's one of `CHILD_MEMBERS`, and
//! both sentences tell a death ("No child was injured" / "A girl was killed" is no flag).

use super::lives_lost::death_at;
use crate::matcher::lexicon::children::{CHILD_GROUPS, CHILD_MEMBERS};
use crate::matcher::prepared::Prepared;

/// Whether any token of `p` tells a death (`lives_lost::death_at`: "killed", "dead",
/// "lost their life", "ums Leben").
fn tells_death(p: &Prepared) -> bool {
    (0..p.tokens.len()).any(|k| death_at(&p.tokens, k))
}

/// The token of `plain` that names a member of the group denied at token `j` of `neg`:
/// a noun of [`CHILD_MEMBERS`] when `neg`'s word is one of [`CHILD_GROUPS`] and both
/// sentences tell a death; `None` otherwise.
pub(super) fn member_of_denied_group(neg: &Prepared, j: usize, plain: &Prepared) -> Option<usize> {
    let group = neg
        .tokens
        .get(j)
        .is_some_and(|t| CHILD_GROUPS.contains(&t.norm.as_str()));
    if !group {
        return None;
    }
    let at = plain
        .tokens
        .iter()
        .position(|t| CHILD_MEMBERS.contains(&t.norm.as_str()))?;
    (tells_death(neg) && tells_death(plain)).then_some(at)
}
