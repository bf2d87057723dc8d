//! A cause told with a phrase of where it was between it and its verb of causing ("A
//! technical fault *in a transformer* caused the fire", "Un court-circuit *dans le poste*
//! a provoqué l'incendie"; session 52: no cause was read, so "not yet known" against it
//! had no flag): the verb is read past a preposition of `lexicon::prepositions::
//! AFTER_SUBJECT` and a few words, as it is right after the cause.

use super::subject_cause_verb;
use crate::matcher::lexicon::prepositions::AFTER_SUBJECT;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Kind;

/// How many words the phrase after its preposition may have ("in *a transformer*", "at
/// *the Marzahn substation*").
const PHRASE_WORDS: usize = 3;

/// The verb of causing after the cause phrase ending before token `e` of `p`, and
/// whether it is told as only possible (`subject_cause_verb`), right after the cause or
/// after a phrase of where it was: a preposition of [`AFTER_SUBJECT`] at `e` and one to
/// [`PHRASE_WORDS`] words, all words, with no mark between any of them.
pub(super) fn verb_after_cause(p: &Prepared, e: usize) -> Option<(usize, bool)> {
    subject_cause_verb(p, e).or_else(|| {
        let toks = &p.tokens;
        if !toks
            .get(e)
            .is_some_and(|t| AFTER_SUBJECT.contains(&t.norm.as_str()))
        {
            return None;
        }
        let chars = crate::matcher::flags::chars_of(p);
        // Token `k` follows token `k - 1` with spaces only between them.
        let joined = |k: usize| {
            chars
                .get(toks[k - 1].end..toks[k].start)
                .is_some_and(|gap| gap.iter().all(|c| c.is_whitespace()))
        };
        if e == 0 || !joined(e) {
            return None;
        }
        // The verb at `k`, after the phrase's words `e + 1 .. k`.
        let last = (e + 2 + PHRASE_WORDS).min(toks.len());
        (e + 2..last)
            .take_while(|&k| toks[k - 1].kind == Kind::Word && joined(k - 1))
            .find_map(|k| subject_cause_verb(p, k))
    })
}
