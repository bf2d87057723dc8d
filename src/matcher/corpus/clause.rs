//! A claim span that holds only a clause of its sentence (trial 32, F1: "Four workers were
//! killed and 11 others injured" labelled out of "..., police said, after the blast at the
//! plant on Tuesday."): scored alone against a whole sentence of the other article, the
//! clause loses most of the evidence its sentence gives (the story's context, the
//! sentence's length and shared words), so its true parallel fell below unrelated
//! sentences. The span keeps the score of its sentence as far as the evidence of that
//! sentence pair lies in the span ([`Corpus::clause_lift`]): a clause that holds all the
//! shared words scores as its sentence does, a clause that holds none of them scores as
//! alone (the sentence's other clause is what matches there). The sentence's context (a
//! place and a date in a trailing "after the blast at the plant on Tuesday") is the
//! clause's context too, so a clause that holds part of the shared words keeps more than
//! that part: the square root of the share (`examples/eval_clauses.rs`, the clauses of
//! the development articles' linked sentences: gold parallel at 0.5 or more 122 of 363
//! with the share, 135 with its square root, 122 before; non-gold suggestions at 0.5 or
//! more 22 in all three, none in the different-event pairs).

use super::*;

impl Corpus {
    /// The sentence (index into `sentences`) of `doc` of which `start..end` is a strict
    /// part (inside it, not all of it); `None` for a whole sentence, a span across
    /// sentences, or an invalid range.
    pub(super) fn sentence_holding(&self, doc: usize, start: usize, end: usize) -> Option<usize> {
        let ranges = self.doc_ranges.get(doc)?;
        let k = ranges.partition_point(|r| r.1 <= start);
        let &(s, e) = ranges.get(k)?;
        (s <= start && end <= e && (s, e) != (start, end)).then(|| self.doc_first[doc] + k)
    }

    /// The score of a span of `doc` against `b = (doc, start, end)` of another document,
    /// given its own score `own` against it: when the span (`part`, prepared) is a strict
    /// part of sentence `held` ([`Corpus::sentence_holding`]), the higher of `own` and the
    /// sentence's score against `b` times the square root of the share of that pair's
    /// evidence the span holds ([`evidence_share`]; the module's doc says why the root).
    /// `own` for a span that is no part of a sentence. Never below `own`, never above the
    /// higher of `own` and the sentence's score.
    pub(super) fn clause_lift(
        &self,
        (doc, part, held): (usize, &Prepared, Option<usize>),
        b: (usize, usize, usize),
        own: f64,
    ) -> f64 {
        let Some(i) = held else {
            return own;
        };
        let s = &self.sentences[i];
        let Some(target) = self.prepare_range(b.0, b.1, b.2, false) else {
            return own;
        };
        // Weighed by the two articles' IDF alone, as the pair's score: the share, like
        // the score, does not depend on what else is loaded.
        let (sentence, target) = self.weighed((&s.prep, doc), (&target, b.0));
        let share = evidence_share(part, &sentence, &target);
        if share <= 0.0 || own >= 1.0 {
            return own;
        }
        let Some(context) = self.range_score((doc, s.start, s.end), b) else {
            return own;
        };
        own.max(context * (share as f64).sqrt())
    }
}

/// How much of the evidence two sentences share lies in `part`, a part of the first one,
/// 0-1: of the content stems and the synonym classes (`align::SYNONYMS`: "killed" /
/// "died") `sentence` and `other` share, the weight `part` also holds, over the weight of
/// all they share (0 when they share none). A stem weighs its weight in the sentence (the
/// corpus IDF), a class the mean weight of the sentence's content stems (an average word).
pub(super) fn evidence_share(part: &Prepared, sentence: &Prepared, other: &Prepared) -> f32 {
    let holds = |p: &Prepared, stem: u64| p.content().binary_search_by_key(&stem, |c| c.0).is_ok();
    let (mut inside, mut all) = (0.0f32, 0.0f32);
    for &(stem, w) in sentence.content() {
        if holds(other, stem) {
            all += w;
            if holds(part, stem) {
                inside += w;
            }
        }
    }
    let n = sentence.content().len();
    if n > 0 {
        let word = sentence.content_mass / n as f32;
        let classes = sentence.classes & other.classes;
        all += word * classes.count_ones() as f32;
        inside += word * (classes & part.classes).count_ones() as f32;
    }
    if all > 0.0 {
        (inside / all).clamp(0.0, 1.0)
    } else {
        0.0
    }
}
