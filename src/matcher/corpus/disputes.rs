//! The sentences of other articles that dispute what a span says happened
//! ([`Corpus::disputed`]): a death against none ("Una persona murió." / "No hubo víctimas
//! mortales."), one cause against another ("une fuite de gaz" / "la piste d'un acte
//! criminel"). Two reports of one story that disagree on what happened are what a
//! journalist must see, yet such a pair often shares no word, name or figure: its score
//! rounds to 0 and it is no candidate of the ranking (`corpus/pair_candidates.rs`), so the
//! panel showed no card and its flag was never seen (session 53's testers). The panel
//! shows these beside the best few of each article (`linking::Matching::suggest_for`).

use super::*;

impl Corpus {
    /// The sentences of every other document, `(doc, start, end)` in code points, in
    /// corpus order, that dispute the outcome or the cause the text `doc[start..end]`
    /// tells ([`disputes`]): the outcome and cause flags' rules read on the two texts
    /// alone. Whether each is shown is for its flags as [`Corpus::score_ranges`] gives
    /// them. Empty if `doc` or the range is invalid, or when the text tells neither an
    /// outcome nor a cause.
    pub fn disputed(&self, doc: usize, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        let Some(q) = self.prepare_range(doc, start, end, false) else {
            return Vec::new();
        };
        self.sentences
            .iter()
            .filter(|s| s.doc != doc && disputes(&q, &s.prep))
            .map(|s| (s.doc, s.start, s.end))
            .collect()
    }
}

/// Whether `a` and `b` tell opposite outcomes (`outcome::outcome_conflicts`: "murió" /
/// "No hubo víctimas mortales") or two causes, or a cause against none known yet
/// (`cause::cause_conflict`, `cause::cause_unknown_conflict`).
fn disputes(a: &Prepared, b: &Prepared) -> bool {
    use crate::matcher::{cause, outcome};
    outcome::outcome_conflicts(a, b).0.is_some()
        || cause::cause_conflict(a, b).is_some()
        || cause::cause_unknown_conflict(a, b).is_some()
}
