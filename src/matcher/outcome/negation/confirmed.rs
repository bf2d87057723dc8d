//! A negated verb of confirming against a confirmation of another thing (trial 49 final
//! pass F8): "Police confirm the cybercrime unit is involved" / "a claim the group said it
//! could not yet confirm" was flagged "confirm ≠ not yet confirm". What is not confirmed
//! is the object of the verb, or its subject when nothing follows it ("The death toll was
//! not confirmed" / "The death toll was confirmed"): the two conflict only when neither
//! names an object after the verb, or the object one names is named in the other sentence
//! too.

use super::refused::object_after;
use crate::matcher::lexicon::speech::CONFIRMING;
use crate::matcher::text::Token;

/// Whether the negated word at `j` of `neg` is a verb of confirming
/// (`lexicon::speech::CONFIRMING`) and its form at `at` of `plain` confirms another thing:
/// an object is named after either verb, and neither object is named anywhere in the
/// other sentence.
pub(super) fn other_thing_confirmed(neg: &[Token], j: usize, plain: &[Token], at: usize) -> bool {
    if !CONFIRMING.iter().any(|c| neg[j].norm.starts_with(c)) {
        return false;
    }
    // An object named after one verb is the same thing when the other sentence names it
    // anywhere ("bevestigde dat de *bacterie* …" / "Of de *bacterie* … komt, is nog niet
    // bevestigd").
    let named_in = |x: &Token, toks: &[Token]| toks.iter().any(|t| t.stem == x.stem);
    match (object_after(neg, j), object_after(plain, at)) {
        (None, None) => false,
        (x, y) => !x.is_some_and(|x| named_in(x, plain)) && !y.is_some_and(|y| named_in(y, neg)),
    }
}
