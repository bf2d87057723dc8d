//! "..., he said": the person an earlier sentence of the article named as the speaker,
//! when nothing between leaves it in doubt.

use super::find::speakers;
use super::sources::{source_at, Source};
use super::SPEECH;
use crate::matcher::features::Prepared;
use crate::matcher::text::Token;

/// "he" or "she" as the one who speaks: right before a speech verb ("he said", ", she
/// told reporters") or right after "said" ("..., said he"). Its range, `None` if none.
pub(crate) fn pronoun_speaker(p: &Prepared) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let pronoun = |t: &Token| matches!(t.norm.as_str(), "he" | "she");
    let speech = |t: &Token| SPEECH.contains(&t.norm.as_str()) && t.norm != "according";
    toks.windows(2).find_map(|w| {
        if pronoun(&w[0]) && speech(&w[1]) {
            Some((w[0].start, w[0].end))
        } else if w[0].norm == "said" && pronoun(&w[1]) {
            Some((w[1].start, w[1].end))
        } else {
            None
        }
    })
}

/// Sets each sentence's [`Prepared::context_speaker`]: a sentence that names no speaker
/// but has "he said" (or "she said", [`pronoun_speaker`]) gets the person named as the
/// speaker of the sentence right before it in its article ("Carroll commended their
/// restraint. They \"demonstrated ...,\" he said."); a sentence so resolved passes its
/// speaker on to the next ("... he added"), and so does a quotation told on whole in a
/// sentence of its own ("\"…,\" Maes said. \"We had to use ladders.\"" before "\"It was
/// chaos,\" he added."). Only then: another sentence between them, a role or
/// a group as the speaker ("the mayor", "police"), or another name before the pronoun
/// ("Police chief John Brooks arrived later. \"...,\" he said.": who is "he"?) leave it
/// unknown (`None`), and no flag comes of it. `sentences` are in article order; `at`
/// gives a sentence's article and its prepared text.
pub(crate) fn resolve_pronouns<S>(
    sentences: &mut [S],
    at: impl Fn(&mut S) -> (usize, &mut Prepared),
) {
    // The person who spoke in the sentence before: (article, surname stem).
    let mut last: Option<(usize, u64)> = None;
    for s in sentences.iter_mut() {
        let (doc, p) = at(s);
        if let Some(&(r, stem)) = speakers(p).first() {
            last = matches!(source_at(p, r), Source::Name(_)).then_some((doc, stem));
            continue;
        }
        let before = last.take();
        let Some(r) = pronoun_speaker(p) else {
            // A quotation told on whole in a sentence of its own is still the speaker's
            // words ("\"…,\" Maes said. \"We had to use ladders.\"" then, in the next
            // paragraph, "\"It was chaos,\" he added.": session 53's testers): "he" is
            // still the one who spoke (`across::whole_quotation`).
            if super::across::whole_quotation(&p.text) {
                last = before.filter(|&(d, _)| d == doc);
            }
            continue;
        };
        let Some((d, stem)) = before else {
            continue;
        };
        let other_name = p.tokens.iter().any(|t| t.start < r.0 && t.proper);
        if d == doc && !other_name {
            p.context_speaker = Some(stem);
            last = Some((doc, stem));
        }
    }
}

/// The range of the "he" of "..., he said" when the corpus knows who it is
/// ([`Prepared::context_speaker`]), `None` otherwise.
pub(super) fn resolved_pronoun(p: &Prepared) -> Option<(usize, usize)> {
    p.context_speaker.and_then(|_| pronoun_speaker(p))
}
