//! A cause told as investigated by the noun of an investigation (trial 54: "Prosecutors
//! have opened an *arson investigation*" / "Investigators believe the fire was started by
//! lightning" had no cause flag): a cause set on purpose (the arson class of `CAUSES`:
//! "arson", "sabotage", it "incendio doloso") right before a noun of
//! `lexicon::investigations::INQUIRIES` ("an arson investigation", "a sabotage probe") or
//! after one and a word of `lexicon::investigations::INTO` ("an investigation into
//! arson", it "un'indagine per incendio doloso", de "Ermittlungen wegen Brandstiftung").
//! A verb of investigating or suspecting (`ruled_out::SUSPECT`) tells it so too with the
//! cause right after it or after a word of `INTO` (session 52: de "Die Staatsanwaltschaft
//! *ermittelt wegen Brandstiftung*", es "La policía *investiga un incendio provocado*",
//! "Police *suspect arson*").
//! The cause is told as suspected, so its flag is the softer kind
//! (`cause::cause_told_as_possible`), and it is no cause known against one "under
//! investigation" (`cause::unknown_against_known`). Only a cause set on purpose: the
//! other classes name the event investigated more often than a cause ("a crash
//! investigation", "an investigation into the fire"). Ranges are code points of the
//! sentence's own text.

use super::classes::ARSON;
use super::on_purpose::on_purpose;
use super::ruled_out::SUSPECT;
use super::{cause_in, CUE_GAP};
use crate::matcher::lexicon::investigations::{INQUIRIES, INTO};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// The cause of the arson class `p` tells as investigated: the class and the code point
/// range from the first of the cause and the noun of the investigation to the last
/// ("*arson investigation*", "*investigation into arson*"); `None` for none.
pub(super) fn investigated_cause(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    // Any cause set on purpose (trial 56: "a criminal act", "a bomb"), told as arson's.
    let of_arson = |i: usize| cause_in(p, i).filter(|&(class, _)| on_purpose(class));
    (0..toks.len()).find_map(|k| {
        let norm = toks[k].norm.as_str();
        if SUSPECT.contains(&norm) {
            return verb_cause(toks, k, &of_arson).map(|r| (ARSON, r));
        }
        if !INQUIRIES.contains(&norm) {
            return None;
        }
        // Before: the cause ends right before the noun ("arson investigation").
        let before = (k.saturating_sub(2)..k)
            .find(|&i| of_arson(i).is_some_and(|(_, len)| i + len == k))
            .map(|i| (toks[i].start, toks[k].end));
        let after = || into_cause(toks, k, &of_arson);
        before.or_else(after).map(|r| (ARSON, r))
    })
}

/// The range from the noun of an investigation at token `k` to a cause `of_arson` finds
/// after a word of [`INTO`] right after it, within [`CUE_GAP`] words ("investigation
/// into *suspected* arson").
fn into_cause(
    toks: &[Token],
    k: usize,
    of_arson: &impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let cue = toks.get(k + 1)?;
    if !INTO.contains(&cue.norm.as_str()) {
        return None;
    }
    let from = k + 2;
    (from..(from + CUE_GAP + 1).min(toks.len()))
        .find_map(|i| of_arson(i).map(|(_, len)| (toks[k].start, toks[i + len - 1].end)))
}

/// The range from a verb of investigating or suspecting at token `k` to a cause
/// `of_arson` finds after it, past a word of [`INTO`] if one follows the verb, within
/// [`CUE_GAP`] words ("*ermittelt wegen Brandstiftung*", "*investiga un incendio
/// provocado*", "*suspect arson*").
fn verb_cause(
    toks: &[Token],
    k: usize,
    of_arson: &impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let into = toks
        .get(k + 1)
        .is_some_and(|t| INTO.contains(&t.norm.as_str()));
    let from = k + 1 + usize::from(into);
    (from..(from + CUE_GAP + 1).min(toks.len()))
        .find_map(|i| of_arson(i).map(|(_, len)| (toks[k].start, toks[i + len - 1].end)))
}

/// Whether the cause of `p` at code point `start` is one told as investigated
/// ([`investigated_cause`]): its range holds `start`.
pub(super) fn investigated_at(p: &Prepared, start: usize) -> bool {
    investigated_cause(p).is_some_and(|(_, (s, e))| s <= start && start < e)
}
