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

/// A span's parts in each sentence ([`Corpus::sentence_parts`]): each part's range (code
/// points) with its text prepared ([`Corpus::prepare_range`], whole).
type PreparedParts<'c> = Vec<((usize, usize), Cow<'c, Prepared>)>;

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
        let parts = self.prepared_parts(doc, start, end)?;
        Some(parts.into_iter().map(|(range, _)| range).collect())
    }

    /// [`Corpus::sentence_parts`], each part with its text prepared
    /// ([`Corpus::prepare_range`], whole), as its words were counted.
    fn prepared_parts(&self, doc: usize, start: usize, end: usize) -> Option<PreparedParts<'_>> {
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
        let parts: PreparedParts<'_> = parts
            .into_iter()
            .filter_map(|(s, e)| {
                let p = self.prepare_range(doc, s, e, false)?;
                (p.tokens.len() >= MIN_PART_WORDS).then_some(((s, e), p))
            })
            .collect();
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
    /// `b`'s whole range. Every pair is scored, only the best explained (its flags cost
    /// more than its score), and each part is prepared once. `None` if a document or range
    /// is invalid.
    pub(super) fn score_ranges_across(
        &self,
        a: (usize, usize, usize),
        b: (usize, usize, usize),
    ) -> Option<Suggestion> {
        let qa = self.prepare_range(a.0, a.1, a.2, false)?;
        let qb = self.prepare_range(b.0, b.1, b.2, false)?;
        let whole = self.range_score_within(a, b, (&qa, &qb))?;
        let parts_a = self.prepared_parts(a.0, a.1, a.2);
        let parts_b = self.prepared_parts(b.0, b.1, b.2);
        if parts_a.is_none() && parts_b.is_none() {
            return Some(self.explain_ranges(a, b, (&qa, &qb), whole));
        }
        let side_a = side(&parts_a, (a.1, a.2), &qa);
        let side_b = side(&parts_b, (b.1, b.2), &qb);
        // The best pair: (score, a's range and text, b's); the whole unless a pair of parts
        // scores higher, the first such pair at a tie.
        let mut best = (whole, ((a.1, a.2), &*qa), ((b.1, b.2), &*qb));
        for &(ra, pa) in &side_a {
            for &(rb, pb) in &side_b {
                let pair = ((a.0, ra.0, ra.1), (b.0, rb.0, rb.1));
                if let Some(score) = self.range_score_within(pair.0, pair.1, (pa, pb)) {
                    if score > best.0 {
                        best = (score, (ra, pa), (rb, pb));
                    }
                }
            }
        }
        let (score, (ra, pa), (rb, pb)) = best;
        let mut out = self.explain_ranges((a.0, ra.0, ra.1), (b.0, rb.0, rb.1), (pa, pb), score);
        (out.doc, out.start, out.end) = b;
        Some(out)
    }
}

/// A side of [`Corpus::score_ranges_across`]: its parts ([`Corpus::sentence_parts`], each
/// with its text prepared), or the side whole (`range`, prepared as `whole`) when it lies
/// in one sentence.
fn side<'p>(
    parts: &'p Option<PreparedParts<'_>>,
    range: (usize, usize),
    whole: &'p Prepared,
) -> Vec<((usize, usize), &'p Prepared)> {
    match parts {
        Some(parts) => parts.iter().map(|(r, p)| (*r, &**p)).collect(),
        None => vec![(range, whole)],
    }
}
