//! A span across sentences (trial 45, F4: "Fourteen people were taken to hospital, ...
//! said. The fire started in the engine room" labelled as one claim): scored whole against
//! one sentence of another article, each of its statements is diluted by the other, so the
//! parallel of either (97 % for the first sentence labelled alone) was no card at all and
//! low cards carried flags of the other statement. Each sentence's part of the span is
//! scored too, and a target sentence keeps the best of the whole and the parts
//! ([`Corpus::ranked`]), with that part's reason and flags ([`Corpus::score_ranges`]).

use super::*;

/// At most this many sentence parts are scored on their own; a longer span (most of an
/// article) is scored whole only, as before.
const MAX_PARTS: usize = 8;

/// A part shorter than this many words ("He", a closing `"`) is not scored on its own.
const MIN_PART_WORDS: usize = 3;

impl Corpus {
    /// The parts (code points) of `start..end` of `doc` in each sentence it overlaps, when
    /// it overlaps two to [`MAX_PARTS`] sentences with at least [`MIN_PART_WORDS`] words
    /// each; `None` for a span within one sentence, an invalid range, or too many parts.
    pub(super) fn sentence_parts(
        &self,
        doc: usize,
        start: usize,
        end: usize,
    ) -> Option<Vec<(usize, usize)>> {
        let ranges = self.doc_ranges.get(doc)?;
        let k = ranges.partition_point(|r| r.1 <= start);
        let parts: Vec<(usize, usize)> = ranges[k..]
            .iter()
            .take_while(|r| r.0 < end)
            .map(|&(s, e)| (s.max(start), e.min(end)))
            .filter(|&(s, e)| s < e)
            .take(MAX_PARTS + 1)
            .collect();
        if parts.len() < 2 || parts.len() > MAX_PARTS {
            return None;
        }
        let words = |&(s, e): &(usize, usize)| {
            self.prepare_range(doc, s, e, false)
                .is_some_and(|p| p.tokens.len() >= MIN_PART_WORDS)
        };
        let parts: Vec<(usize, usize)> = parts.into_iter().filter(words).collect();
        (parts.len() >= 2).then_some(parts)
    }

    /// [`Corpus::ranked`] for a span across sentences (`parts`: [`Corpus::sentence_parts`]):
    /// each target sentence with the best score of the whole span and of each part, at most
    /// `per_doc` per document, highest first.
    pub(super) fn ranked_across(
        &self,
        doc: usize,
        (start, end): (usize, usize),
        parts: &[(usize, usize)],
        per_doc: usize,
    ) -> Vec<Ranked> {
        let mut best: HashMap<(usize, usize, usize), f64> = HashMap::new();
        let all = std::iter::once((start, end)).chain(parts.iter().copied());
        for (s, e) in all {
            for r in self.ranked_within(doc, s, e, per_doc) {
                let score = best.entry((r.doc, r.start, r.end)).or_insert(r.score);
                *score = score.max(r.score);
            }
        }
        let mut out: Vec<Ranked> = best
            .into_iter()
            .map(|((doc, start, end), score)| Ranked {
                doc,
                start,
                end,
                score,
            })
            .collect();
        out.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then((x.doc, x.start).cmp(&(y.doc, y.start)))
        });
        let mut per: HashMap<usize, usize> = HashMap::new();
        out.retain(|r| {
            let n = per.entry(r.doc).or_insert(0);
            *n += 1;
            *n <= per_doc
        });
        out
    }

    /// [`Corpus::score_ranges`] when `a` or `b` is a span across sentences: the best of the
    /// whole pair and of each pair of parts, with its reason and flags; the result names
    /// `b`'s whole range. `None` if a document or range is invalid.
    pub(super) fn score_ranges_across(
        &self,
        a: (usize, usize, usize),
        b: (usize, usize, usize),
    ) -> Option<Suggestion> {
        let parts_a = self.sentence_parts(a.0, a.1, a.2);
        let parts_b = self.sentence_parts(b.0, b.1, b.2);
        let mut best = self.score_ranges_within(a, b)?;
        if parts_a.is_none() && parts_b.is_none() {
            return Some(best);
        }
        let parts_a = parts_a.unwrap_or_else(|| vec![(a.1, a.2)]);
        let parts_b = parts_b.unwrap_or_else(|| vec![(b.1, b.2)]);
        for &(sa, ea) in &parts_a {
            for &(sb, eb) in &parts_b {
                if let Some(s) = self.score_ranges_within((a.0, sa, ea), (b.0, sb, eb)) {
                    if s.score > best.score {
                        best = s;
                    }
                }
            }
        }
        (best.doc, best.start, best.end) = b;
        Some(best)
    }
}
