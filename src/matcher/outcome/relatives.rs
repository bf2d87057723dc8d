//! A relative after a possessive is another person ("Julio Mamani's *brother* died"): the
//! one whose fate is told is the relative, not the name before it, so the subject of a
//! fate (`fates.rs`) and the participants of an outcome (`participants.rs`) start at the
//! relative's noun (session 50's last pass and session 51: "Julio Mamani was rescued
//! alive" / "Julio Mamani's brother died in the collapse" was flagged). "Mamani's body"
//! stays Mamani: a body is no relative. A relative before a word of "of" is another
//! person too, in seven languages ("The brother of Julio Mamani died", es "El hermano de
//! Julio Mamani murió", de "Der Bruder von", session 52): the subject ends at the
//! relative's noun.

use crate::matcher::lexicon::relatives::{OF, RELATIVES, RELATIVES_OF};
use crate::matcher::prepared::Prepared;

/// The token of a relative's noun ([`RELATIVES`]) right after a possessive at token `k`
/// of `p`, when it stands before token `at` (the outcome's): the possessive is in the
/// token ("Mamani's", `speakers::possessive`) or a token "s" after an apostrophe.
/// `None` for no possessive there or no relative after it.
pub(super) fn relative_after(p: &Prepared, k: usize, at: usize) -> Option<usize> {
    let chars = crate::matcher::flags::chars_of(p);
    let toks = &p.tokens;
    let t = toks.get(k)?;
    let within = crate::matcher::speakers::possessive(chars.get(t.start..t.end).unwrap_or(&[]));
    let split = toks.get(k + 1).is_some_and(|s| {
        s.norm == "s" && matches!(chars.get(t.end..s.start), Some(['\'' | '\u{2019}']))
    });
    let noun = if split { k + 2 } else { k + 1 };
    ((within || split) && noun < at && RELATIVES.contains(&toks.get(noun)?.norm.as_str()))
        .then_some(noun)
}

/// The first token in `from..at` of `p` that is a relative's noun ([`RELATIVES`],
/// [`RELATIVES_OF`]) with a word of [`OF`] right after it and a word after that before
/// token `at` (the outcome's): "El *hermano* de Julio Mamani murió", "the *brother* of
/// Julio Mamani died". The one whose fate is told is the relative: the words after the
/// noun name whose relative it is. `None` for none.
pub(super) fn relative_before_of(p: &Prepared, from: usize, at: usize) -> Option<usize> {
    let toks = &p.tokens;
    let relative = |w: &str| RELATIVES.contains(&w) || RELATIVES_OF.contains(&w);
    (from..at.saturating_sub(2))
        .find(|&k| relative(toks[k].norm.as_str()) && OF.contains(&toks[k + 1].norm.as_str()))
}
