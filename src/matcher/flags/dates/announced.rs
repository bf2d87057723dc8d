//! An announcement told in the passive is the fact of its sentence, not the report of
//! another: "The result was announced on Monday by the commission" dates the
//! announcement, where "the commission said on Monday that ..." dates the telling of
//! another fact (`report::of_report`). Two sentences that tell one passive
//! announcement on two days differ (trial 29, F15).

use super::super::report::of_report;
use crate::matcher::speakers::SPEECH;
use crate::matcher::text::Token;

/// Auxiliaries of the passive before a speech verb's participle ("was announced", "had
/// been confirmed", "fue anunciado", "foi anunciado", "a été annoncé", "è stato
/// annunciato"), lower case.
const PASSIVE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "fue", "fueron", "sido", "foi", "foram",
    "été", "stato", "stata", "stati", "state",
];

/// Whether the date or time at token `first` dates a report (`report::of_report`), not
/// a fact: not when the speech verb is a passive participle, "was announced on Monday"
/// ([`passive_announcement`]: the announcement is the fact).
pub(super) fn dates_report(toks: &[Token], first: usize) -> bool {
    of_report(toks, first) && !passive_announcement(toks, first)
}

/// Whether the speech verb nearest before token `first` (at most seven tokens back, as
/// `report::of_report` looks) is a participle of the passive: an auxiliary of
/// [`PASSIVE`] right before it, or before an adverb in "-ly" before it ("was officially
/// announced").
fn passive_announcement(toks: &[Token], first: usize) -> bool {
    let lo = first.saturating_sub(7);
    let Some(k) = (lo..first)
        .rev()
        .find(|&k| SPEECH.contains(&toks[k].norm.as_str()))
    else {
        return false;
    };
    let aux = |j: usize| PASSIVE.contains(&toks[j].norm.as_str());
    (k >= 1 && aux(k - 1)) || (k >= 2 && aux(k - 2) && toks[k - 1].norm.ends_with("ly"))
}
