//! "..., he said": the person an earlier sentence of the article named as the speaker,
//! when nothing between leaves it in doubt; in six other languages too ("…, a-t-il
//! ajouté", "fügte er hinzu", "voegde hij toe", and with no pronoun written: "…,
//! añadió.", "…, ha aggiunto.", "…, acrescentou.").

use super::find::{attributes, char_before, speakers, verb_first};
use super::foreign::{is_foreign_speech, QUOTE_MARKS};
use super::sources::{source_at, Source};
use super::SPEECH;
use crate::matcher::features::Prepared;
use crate::matcher::lexicon::speech::GERMAN_SPEAKING_PRONOUNS;
use crate::matcher::quotes::in_quotation;
use crate::matcher::text::Token;

/// "he" or "she" as the one who speaks: right before a speech verb ("he said", ", she
/// told reporters") or right after "said" ("..., said he"); or in another language
/// ([`foreign_pronoun`]: "a-t-il ajouté", "fügte er hinzu", "…, añadió."). Its range,
/// `None` if none.
pub(crate) fn pronoun_speaker(p: &Prepared) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let pronoun = |t: &Token| matches!(t.norm.as_str(), "he" | "she");
    let speech = |t: &Token| SPEECH.contains(&t.norm.as_str()) && t.norm != "according";
    let english = toks.windows(2).find_map(|w| {
        if pronoun(&w[0]) && speech(&w[1]) {
            Some((w[0].start, w[0].end))
        } else if w[0].norm == "said" && pronoun(&w[1]) {
            Some((w[1].start, w[1].end))
        } else {
            None
        }
    });
    english.or_else(|| foreign_pronoun(p))
}

/// The one who speaks told by a pronoun around a speech verb of another language
/// (`foreign.rs`, outside a quotation): French, German and Dutch write it right before
/// the verb or its auxiliary ("il a déclaré", "er sagte", "hij zei"), after the inverted
/// auxiliary's "-t-" ("a-t-il ajouté") or right after the verb ("dit-il", "ajoute-t-elle",
/// "fügte er hinzu", "voegde hij toe"; `lexicon::speech::SPEAKING_PRONOUNS`); Spanish,
/// Italian and Portuguese right after it (", dijo él"), or not at all: the verb inverted
/// after a comma, a dash or a quotation mark ends the sentence ("«…», añadió.", "\"…\",
/// ha aggiunto.", "\"…\", acrescentou."; `lexicon::speech::drops_subject`), its range
/// then the verb's, one word as "he" is ("aggiunto": two words would be read as a name of
/// two words, another person's). Its range, `None` if none.
fn foreign_pronoun(p: &Prepared) -> Option<(usize, usize)> {
    use crate::matcher::lexicon::speech::{
        drops_subject, ROMANCE_SPEAKING_PRONOUNS, SPEAKING_PRONOUNS,
    };
    let toks = &p.tokens;
    let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let written = |k: usize| {
        SPEAKING_PRONOUNS.contains(&norm(k)) || GERMAN_SPEAKING_PRONOUNS.contains(&norm(k))
    };
    let range = |k: usize| (toks[k].start, toks[k].end);
    (0..toks.len()).find_map(|i| {
        if SPEECH.contains(&norm(i)) || !is_foreign_speech(norm(i)) || !attributes(p, i) {
            return None;
        }
        let first = verb_first(toks, i, true);
        // "il a déclaré", "er sagte"; "a-t-il ajouté".
        let before = first.checked_sub(1).filter(|&k| written(k));
        let inverted = i
            .checked_sub(1)
            .filter(|&k| k >= 1 && norm(k - 1) == "t" && written(k));
        // "dit-il", "ajoute-t-elle", "fügte er hinzu", ", dijo él".
        let skip_t = usize::from(norm(i + 1) == "t");
        let after = Some(i + 1 + skip_t)
            .filter(|&k| written(k) || ROMANCE_SPEAKING_PRONOUNS.contains(&norm(k)));
        if let Some(k) = before.or(inverted).or(after) {
            return Some(range(k));
        }
        // "«…», añadió.": no pronoun, the verb last, inverted.
        let opens = char_before(p, toks[first].start).is_some_and(|c| {
            matches!(c, ',' | '\u{2014}' | '\u{2013}') || QUOTE_MARKS.contains(&c)
        });
        (drops_subject(norm(i)) && i + 1 == toks.len() && opens).then(|| range(i))
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
        // German capitalises its nouns: before its "er" a capitalised word inside a
        // quotation is what was said, no one who might speak ("„Der Bus ist auf dem Dach
        // gelandet“, fügte er hinzu."). In English, a name quoted still leaves "he" in
        // doubt.
        let german = p
            .tokens
            .iter()
            .any(|t| t.start == r.0 && GERMAN_SPEAKING_PRONOUNS.contains(&t.norm.as_str()));
        let other_name = p
            .tokens
            .iter()
            .any(|t| t.start < r.0 && t.proper && !(german && in_quotation(p, t.start)));
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
