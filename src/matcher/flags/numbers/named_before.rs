//! A count whose noun has a name before it, against a count of that name (session 52:
//! "Eight Canadair planes were dropping water" / "Six Canadair were dropping water", it
//! "Sei Canadair stanno sganciando acqua", had no number flag: the one counts "planes",
//! the other "Canadair"). A name (a capitalised word, no sentence's first) between the
//! figure and its noun that the other count counts tells one thing counted; a common word
//! there does not ("Eight fire engines" / "Six fires" are two things).

use super::NumSlot;
use crate::matcher::features::Prepared;

/// Whether count `s` of `p` has a name right after its figure, before its noun, whose
/// stem is `other` (the other sentence's counted noun): "Eight *Canadair* planes" against
/// a count of "Canadair".
pub(super) fn named_before_noun(p: &Prepared, s: &NumSlot, other: u64) -> bool {
    let toks = &p.tokens;
    let Some(k) = s.tok.map(|t| t + 1) else {
        return false;
    };
    toks.get(k)
        .is_some_and(|t| t.proper && t.stem == other && s.noun != Some(other) && t.end < s.end)
}
