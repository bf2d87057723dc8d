//! One person or group whose fate two reports tell in two languages (trial 57: "The
//! 58-year-old driver was killed in the crash" / de "Der 58-jährige Lenker überlebte den
//! Absturz", es "El conductor, de 58 años, sobrevivió al accidente": no outcome flag, the
//! subjects sharing no stem). The fates' rule (`fates.rs`) reads two subjects as one when
//! their words share a stem; across languages they share none, so the subject is read
//! by its noun instead: the nearest noun of a person of `lexicon::people_groups` before
//! each fate ("driver", "Lenker", "conductor": one class), with the figures told of them
//! (an age: "58-year-old", "58-jährige", "de 58 años") one figure in common when both
//! tell any.

use crate::matcher::lexicon::people_groups::group_of;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Kind;

/// How many tokens before its fate a subject's noun may stand ("*El conductor*, de 58
/// años, sobrevivió": 5).
const REACH: usize = 7;

/// The class of the noun of a person nearest before token `at` of `p` within [`REACH`]
/// tokens, and the figures from the first token read to the fate, if any such noun.
fn subject_noun(p: &Prepared, at: usize) -> Option<(usize, Vec<f64>)> {
    let toks = &p.tokens;
    let from = at.saturating_sub(REACH);
    let class = (from..at)
        .rev()
        .find_map(|k| (toks[k].kind == Kind::Word).then(|| group_of(&toks[k].norm))?)?;
    let figures = toks[from..at]
        .iter()
        .filter_map(|t| match t.kind {
            Kind::Number(v) if !t.date => Some(v),
            _ => None,
        })
        .collect();
    Some((class, figures))
}

/// Whether the fates at token ranges `x` of `a` and `y` of `b` are told of one person or
/// group named by two nouns of one class of `lexicon::people_groups` ("driver" /
/// "Lenker"), their figures sharing one when both tell any ("58-year-old" / "de 58
/// años"; "58-year-old" / "61-jährige" are two people).
pub(super) fn one_person_named_two_ways(
    a: &Prepared,
    x: (usize, usize),
    b: &Prepared,
    y: (usize, usize),
) -> bool {
    let (Some((ca, fa)), Some((cb, fb))) = (subject_noun(a, x.0), subject_noun(b, y.0)) else {
        return false;
    };
    let figures = fa.is_empty() || fb.is_empty() || fa.iter().any(|v| fb.contains(v));
    ca == cb && figures
}
