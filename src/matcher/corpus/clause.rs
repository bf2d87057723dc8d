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
//!
//! Two parallels may tell one detail in words they do not share ("A estrutura, construída
//! em 1987, tinha sido inspecionada em novembro." / "A ponte, de 1987, foi vistoriada em
//! setembro."; "..., dont 15 ont été placées en garde à vue." / "...; toutes ont été
//! relâchées dans la soirée."): a clause holding only that detail held none of the shared
//! words, so it was scored as alone (trial 42, F1). The detail counts as shared evidence in
//! the clause when the pair says it is one detail told otherwise: a flag of the sentence
//! pair compares it ([`Corpus::flagged_detail`]), or it is a date both name without sharing
//! ([`dated_detail`]). Pairing every unshared word instead (session 39) lifted a clause
//! with another fact of its sentence (tests/matcher_clause.rs).

use super::*;

/// A span that is a strict part of a sentence: the sentence's index (into `sentences`)
/// and the span's code points; `None` for any other span ([`Corpus::held`]).
pub(super) type Held = Option<(usize, (usize, usize))>;

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

    /// [`Corpus::sentence_holding`] with the range: `Some((sentence, (start, end)))` when
    /// `start..end` of `doc` is a strict part of a sentence, as [`Corpus::clause_lift`]
    /// takes it.
    pub(super) fn held(&self, doc: usize, start: usize, end: usize) -> Held {
        self.sentence_holding(doc, start, end)
            .map(|i| (i, (start, end)))
    }

    /// The score of a span of `doc` against `b = (doc, start, end)` of another document,
    /// given its own score `own` against it: when the span (`part`, prepared) is a strict
    /// part of a sentence (`held`: the sentence's index and the span's code points,
    /// [`Corpus::held`]), the higher of `own` and the sentence's score against `b` times
    /// the square root of the share of that pair's evidence the span holds
    /// ([`evidence`], and the detail the pair tells otherwise in the span: what a flag of
    /// the pair compares there, [`Corpus::flagged_detail`], or a date, [`dated_detail`];
    /// the module's doc says why the root). `own` for a span
    /// that is no part of a sentence. Never below `own`, never above the higher of `own`
    /// and the sentence's score.
    pub(super) fn clause_lift(
        &self,
        (doc, part, held): (usize, &Prepared, Held),
        b: (usize, usize, usize),
        own: f64,
    ) -> f64 {
        let Some((i, span)) = held else {
            return own;
        };
        if own >= 1.0 {
            return own;
        }
        let s = &self.sentences[i];
        let Some(target) = self.prepare_range(b.0, b.1, b.2, false) else {
            return own;
        };
        // Weighed by the two articles' IDF alone, as the pair's score: the share, like
        // the score, does not depend on what else is loaded.
        let (sentence, target) = self.weighed((&s.prep, doc), (&target, b.0));
        let (inside, all) = evidence(part, &sentence, &target);
        // Two sentences that share nothing are no parallels a flag could tell apart.
        if all <= 0.0 {
            return own;
        }
        if inside >= all {
            return self
                .range_score((doc, s.start, s.end), b)
                .map_or(own, |context| own.max(context));
        }
        let Some(context) = self.range_score((doc, s.start, s.end), b) else {
            return own;
        };
        if context <= own {
            return own;
        }
        // The flags cost more than the rest: read only when they may lift.
        let detail = self
            .flagged_detail((doc, i, span), b, (&sentence, &target))
            .max(dated_detail(part, &sentence, &target));
        let (inside, all) = (inside + detail, all + detail);
        if inside <= 0.0 || all <= 0.0 {
            return own;
        }
        let share = (inside / all).clamp(0.0, 1.0);
        own.max(context * (share as f64).sqrt())
    }

    /// The weight of the detail the flags of sentence `i` of `doc` against range `b` compare
    /// inside `span` (a strict part of that sentence): the content words of each flag's side
    /// in the span, at their weights in `sentence` (sentence `i` weighed for the pair), once
    /// each. Two parallel sentences that tell one detail otherwise share no word there
    /// ("dont 15 ont été placées en garde à vue" / "toutes ont été relâchées": the outcome
    /// flag), so a clause that holds only that detail held no shared evidence and was
    /// scored as alone, without its sentence's parallel (trial 42, F1). The flag says the
    /// two tell the same detail: it counts as evidence the two sentences share, in the
    /// clause. A flag whose other side holds a word of sentence `i` is not counted (that
    /// side is what the sentence's other words match: "segunda-feira" / "terça-feira",
    /// one of them told in the other clause, compares two facts), nor one the sentence pair
    /// does not give (a clause with another fact has none). 0 when none.
    fn flagged_detail(
        &self,
        (doc, i, (start, end)): (usize, usize, (usize, usize)),
        b: (usize, usize, usize),
        (sentence, target): (&Prepared, &Prepared),
    ) -> f32 {
        let s = &self.sentences[i];
        let Some(flags) = self.flags_in_sentences((doc, start, end), b) else {
            return 0.0;
        };
        let weight_of = |stem: u64| {
            sentence
                .content()
                .binary_search_by_key(&stem, |c| c.0)
                .ok()
                .map(|k| sentence.content()[k].1)
        };
        let mut counted: Vec<u64> = Vec::new();
        let mut detail = 0.0f32;
        for f in &flags {
            // The other side's content words, none of them a word of this sentence.
            let other_told_here = target.tokens.iter().any(|t| {
                !t.stop
                    && b.1 + t.start >= f.b_range.0
                    && b.1 + t.end <= f.b_range.1
                    && weight_of(t.stem).is_some()
            });
            if other_told_here {
                continue;
            }
            for t in s.prep.tokens.iter() {
                let (ts, te) = (s.start + t.start, s.start + t.end);
                let inside = ts >= start.max(f.a_range.0) && te <= end.min(f.a_range.1);
                if t.stop || !inside || counted.contains(&t.stem) {
                    continue;
                }
                if let Some(w) = weight_of(t.stem) {
                    counted.push(t.stem);
                    detail += w;
                }
            }
        }
        detail
    }
}

/// The weight of the dates `part` (a part of `sentence`) tells otherwise than `other`: an
/// average word of `sentence` (as a synonym class in [`evidence`]) for each kind of date
/// (a month, a weekday, a year) the two sentences both name without sharing one
/// ([`crate::matcher::features::dates_told_otherwise`]), when every date of that kind in
/// the sentence lies in `part`. Two parallels that tell one date otherwise in other words
/// ("tinha sido inspecionada em novembro" / "foi vistoriada em setembro": no flag, the
/// verbs differ) share no word there, so the clause with the date was scored as alone
/// (trial 42, F1). A clause without that date (another fact of its sentence) gets none;
/// a date the other sentence shares with this one (told by the other clause) is no date
/// told otherwise. 0 when none.
fn dated_detail(part: &Prepared, sentence: &Prepared, other: &Prepared) -> f32 {
    let n = sentence.content().len();
    if n == 0 {
        return 0.0;
    }
    let word = sentence.content_mass / n as f32;
    let kinds = (0..3)
        .filter(|&k| {
            crate::matcher::features::dates_told_otherwise(sentence, other, k)
                && sentence.date_kinds[k]
                    .iter()
                    .all(|d| part.date_kinds[k].binary_search(d).is_ok())
        })
        .count();
    word * kinds as f32
}

/// The evidence two sentences share, and how much of it lies in `part`, a part of the
/// first one: (weight in `part`, weight of all). Of the content stems and the synonym
/// classes (`align::SYNONYMS`: "killed" / "died") `sentence` and `other` share, the weight
/// `part` also holds, and the weight of all they share. A stem weighs its weight in the
/// sentence (the corpus IDF), a class the mean weight of the sentence's content stems (an
/// average word).
pub(super) fn evidence(part: &Prepared, sentence: &Prepared, other: &Prepared) -> (f32, f32) {
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
    (inside.min(all), all)
}
