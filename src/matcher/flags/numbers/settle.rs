//! What the counts of a sentence tell together, once each is read (`read.rs`): the bound
//! of an approximate count, the reading of its decimal marks, a group of a list, two
//! alternatives ("a year or two"), the earlier figure of a change, the votes of a side, the magnitude of a quake.

use super::magnitude::magnitudes;
use super::parts::decades_in_years;
use super::slots::alternatives;
use super::spelled::approximate;
use super::toll::listed;
use super::verdict::{read_marks, Convention};
use super::votes::vote_sides;
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::Bound;
use crate::matcher::flags::figures::change_earlier;

/// Completes the counts `out` of sentence `p` (of decimal convention `language`) with
/// what only the whole sentence tells.
pub(super) fn settle(p: &Prepared, out: &mut [NumSlot], language: Convention) {
    let toks = &p.tokens;
    for s in out.iter_mut() {
        // "une quarantaine": about forty.
        let approximated = s
            .tok
            .is_some_and(|t| t < toks.len() && approximate(p, t).is_some());
        if s.bound == Bound::Exact && approximated {
            s.bound = Bound::About;
        }
        read_marks(p, s, language);
        // "for a decade": ten years.
        decades_in_years(s);
    }
    // "two women and a man": one group of a list (`toll::listed`).
    for s in out.iter_mut() {
        let Some(tok) = s.tok.filter(|&t| t < toks.len()) else {
            continue;
        };
        let first = toks.iter().position(|t| t.start == s.start).unwrap_or(tok);
        let last = toks.iter().rposition(|t| t.end == s.end).unwrap_or(tok);
        s.listed = s.listed || listed(p, first, last.max(tok));
    }
    // "a year or two later".
    alternatives(p, out);
    // The earlier figure of a change counts what the figure now counts ("from 10 to 20
    // people").
    for k in 0..out.len() {
        if out[k].role == Role::Earlier && out[k].noun.is_none() {
            let now = out[k].tok.and_then(|t| change_earlier(p, t)).flatten();
            if let Some(n) = out.iter().find(|s| s.tok.is_some() && s.tok == now) {
                (out[k].noun, out[k].noun_class) = (n.noun, n.noun_class);
            }
        }
    }
    // "275 stimmten dagegen": the votes against.
    vote_sides(p, out);
    // "the 6.7-magnitude quake", "a magnitude 6.8 earthquake": one magnitude.
    magnitudes(p, out);
}
