//! Changes told in other languages than English (trial 31 F10): "stieg von 10 auf 15",
//! "subiu de 10 para 15", "est passé de 10 à 15 morts": the first figure is the earlier
//! one, the last the one now, as in "rose from 10 to 15" (`figures::change_earlier`).

use super::{figure, CHANGE_WORDS};
use crate::matcher::features::Prepared;
use crate::matcher::text::Token;

/// The words of "from" and "to" of a change in other languages ("stieg von 10 auf 15",
/// "subiu de 10 para 15", "est passé de 10 à 15", "subió de 10 a 15", "è salito da 10 a
/// 15", "steeg van 10 naar 15"), and whether the pair tells a change alone ("von ... auf":
/// "von 10 bis 15" is a range) or only with a verb of a change before it or after the
/// figure now ("de 10 à 15 morts" is a range too).
const FOREIGN_CHANGES: &[(&str, &str, bool)] = &[
    ("von", "auf", true),
    ("de", "para", true),
    ("van", "naar", true),
    ("de", "à", false),
    ("de", "a", false),
    ("da", "a", false),
];

/// The token of the figure now of a change told in another language than English whose
/// earlier figure is token `i` of `p` ([`FOREIGN_CHANGES`]: "von 10 auf 15": 15), `None`
/// for any other figure (trial 31 F10). The verbs of a change are [`CHANGE_WORDS`] and
/// those of a toll told as risen (`numbers::RISEN`: "stieg", "subiu", "passé", "ist ...
/// gestiegen").
pub(super) fn foreign_change(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let from = toks.get(i.checked_sub(1)?)?;
    let to = toks.get(i + 1)?;
    let &(_, _, alone) = FOREIGN_CHANGES
        .iter()
        .find(|(f, t, _)| from.norm == *f && to.norm == *t)?;
    let now = i + 2;
    figure(toks, now)?;
    let verb = |t: &Token| {
        CHANGE_WORDS.contains(&t.norm.as_str())
            || crate::matcher::flags::numbers::RISEN.contains(&t.norm.as_str())
    };
    let before = toks[i.saturating_sub(4)..i - 1].iter().any(verb);
    let after = toks.iter().skip(now + 1).take(3).any(verb);
    (alone || before || after).then_some(now)
}
