//! What caused a cause, told two ways by two reports (session 53's testers: it "La frana
//! causata dalle piogge" / "La frana causata dal terremoto" had no flag): both tell one
//! cause of one class (a landslide) with a participle of causing right after it and what
//! caused it after the participle's cue ("causata *dalle piogge*", "caused by *an
//! earthquake*"); the two agents are of two classes of `CAUSES` that do not agree, and
//! neither sentence names the other's anywhere. The flag shows the two agents. Ranges are
//! code points of each sentence's own text.

use super::{cause_in, caused_cue, names_class, on_purpose, CUE_GAP};
use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;

/// The first cause of `p` told with what caused it: a cause phrase of `CAUSES` at `n`, a
/// participle of causing right after it with its cue ([`caused_cue`]: "frana *causata
/// dalle*", "landslide *caused by*"), and a cause phrase within [`CUE_GAP`] words after
/// the cue. The class of the first cause, the class of its agent and the agent's code
/// point range.
///
/// Read once per sentence (`flags/facts.rs`): [`nested_conflict`] asks it of both
/// sentences of each pair, and the panel's disputes of every sentence per query.
fn agent_of_cause(p: &Prepared) -> Option<(usize, usize, (usize, usize))> {
    *p.facts
        .agent_of_cause
        .get_or_init(|| read_agent_of_cause(p))
}

/// [`agent_of_cause`], read from the sentence.
fn read_agent_of_cause(p: &Prepared) -> Option<(usize, usize, (usize, usize))> {
    let toks = &p.tokens;
    (0..toks.len()).find_map(|n| {
        let (class, len) = cause_in(p, n)?;
        let c = n + len;
        let (verb, cue) = (toks.get(c)?, toks.get(c + 1)?);
        if !caused_cue(&verb.norm, &cue.norm) {
            return None;
        }
        (c + 2..(c + 3 + CUE_GAP).min(toks.len())).find_map(|i| {
            let (agent, alen) = cause_in(p, i)?;
            Some((class, agent, (toks[i].start, toks[i + alen - 1].end)))
        })
    })
}

/// One cause told by `a` and `b` with two agents of two classes ([`agent_of_cause`]):
/// the ranges of the two agents, `a`'s first.
pub(super) fn nested_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ca, xa, ra) = agent_of_cause(a)?;
    let (cb, xb, rb) = agent_of_cause(b)?;
    let differ =
        ca == cb && !on_purpose::agree(xa, xb) && !names_class(a, xb) && !names_class(b, xa);
    differ.then_some((ra, rb))
}
