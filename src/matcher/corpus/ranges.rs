//! Scoring given ranges of the loaded articles: a span (any range, not only a sentence)
//! prepared as its whole text and as the statement the score reads
//! ([`Corpus::prepare_range`]), and two ranges scored and explained against each other
//! ([`Corpus::score_ranges`]).

use super::statement::Statement;
use super::*;

impl Corpus {
    /// The text `doc[start..end]` (code points) prepared with the corpus's IDF: the
    /// sentence's own when the range is one, otherwise prepared here, placed at the
    /// position of the sentence it starts in. With `statement`, what the score reads: the
    /// text without its attribution frames (`corpus/statement.rs`). `None` if `doc` or the
    /// range is invalid.
    pub(super) fn prepare_range(
        &self,
        doc: usize,
        start: usize,
        end: usize,
        statement: bool,
    ) -> Option<Cow<'_, Prepared>> {
        let chars = self.doc_chars.get(doc)?;
        if start >= end || end > chars.len() {
            return None;
        }
        if let Some(i) = self.sentence_at(doc, start, end) {
            let s = &self.sentences[i];
            return Some(Cow::Borrowed(if statement {
                s.scored().0
            } else {
                &s.prep
            }));
        }
        let (mut s, mut e) = (start, end);
        let mut bare = None;
        if statement {
            match self.scoring.statement_in(&chars[start..end], None) {
                Statement::Alone(ps, pe) => (s, e) = (start + ps, start + pe),
                // A statement too short to be scored alone (`Prepared::bare`).
                Statement::Short(text) => {
                    bare = Some(std::sync::Arc::new(Prepared::new(&text, &self.idf)))
                }
                Statement::Whole => {}
            }
        }
        let text: String = chars[s..e].iter().collect();
        let mut p = Prepared::new(&text, &self.idf);
        p.bare = bare;
        let ranges = &self.doc_ranges[doc];
        let k = ranges.partition_point(|r| r.1 <= start);
        p.position = k.min(ranges.len()) as f32 / ranges.len().max(1) as f32;
        // "..., he said" in a span: who "he" is, as for the sentence it starts in.
        if k < ranges.len() && crate::matcher::speakers::pronoun_speaker(&p).is_some() {
            p.context_speaker = self.sentences[self.doc_first[doc] + k].prep.context_speaker;
        }
        Some(Cow::Owned(p))
    }

    /// The score, reason and flags of two given ranges, `a = (doc, start, end)` against
    /// `b` (code points; any spans, not only sentences), as [`Corpus::suggest`] gives for a
    /// sentence: for two spans already labelled, so that a suggested link between them
    /// has one score whichever side it is seen from (the model's score is symmetric; a
    /// span against the other's whole sentence is not). A span that is a part of its
    /// sentence (a clause) keeps its sentence's score as far as it holds that pair's
    /// evidence (`corpus/clause.rs`), as in [`Corpus::ranked`]. The result's `doc`,
    /// `start`, `end` are `b`'s. `None` if a document or range is invalid.
    pub fn score_ranges(
        &self,
        (da, sa, ea): (usize, usize, usize),
        (db, sb, eb): (usize, usize, usize),
    ) -> Option<Suggestion> {
        let (a, b) = ((da, sa, ea), (db, sb, eb));
        let qa = self.prepare_range(da, sa, ea, false)?;
        let qb = self.prepare_range(db, sb, eb, false)?;
        let own = self.range_score_of(a, b, (&qa, &qb))?;
        let score = self
            .clause_lift((da, &qa, self.sentence_holding(da, sa, ea)), b, own)
            .max(self.clause_lift((db, &qb, self.sentence_holding(db, sb, eb)), a, own));
        let (qa, qb) = self.weighed((&qa, da), (&qb, db));
        let e = explain_scored(&qa, &qb, score, (sa, sb));
        Some(Suggestion {
            doc: db,
            start: sb,
            end: eb,
            score,
            reason: e.reason,
            flags: e.flags,
        })
    }

    /// The score of range `a = (doc, start, end)` against range `b` as the two texts
    /// alone give it (their statements, the pair's IDF, the articles' context), without
    /// the lift of a clause (`corpus/clause.rs`) and without explanation. `None` if a
    /// document or range is invalid.
    pub(super) fn range_score(
        &self,
        a: (usize, usize, usize),
        b: (usize, usize, usize),
    ) -> Option<f64> {
        let qa = self.prepare_range(a.0, a.1, a.2, false)?;
        let qb = self.prepare_range(b.0, b.1, b.2, false)?;
        self.range_score_of(a, b, (&qa, &qb))
    }

    /// [`Corpus::range_score`] with the two ranges' whole texts already prepared (`qa`,
    /// `qb`: `prepare_range(.., false)` of `a` and `b`), so a caller that needs them too
    /// does not prepare them twice.
    fn range_score_of(
        &self,
        (da, sa, ea): (usize, usize, usize),
        (db, sb, eb): (usize, usize, usize),
        (qa, qb): (&Prepared, &Prepared),
    ) -> Option<f64> {
        let (sta, stb) = (
            self.prepare_range(da, sa, ea, true)?,
            self.prepare_range(db, sb, eb, true)?,
        );
        let whole = self.whole_cosine((qa, &sta), (qb, &stb), (da, db), None);
        let (sta, stb) = self.weighed((&sta, da), (&stb, db));
        let sim = self.article_similarity(da, db);
        let score = align::probability_of_statements(&sta, &stb, whole, sim);
        Some(self.in_context(da, db, score))
    }

    /// The speaker flag of sentence `a = (doc, start, end)` against sentence `b` (code
    /// points of each document), as `Corpus::all_pairs` (`parallax suggest`) gives it for
    /// the two whole sentences: the page reads it for a span's sentence when the workspace
    /// credits neither span (`linking::context`). Ranges in code points of each document.
    /// `None` when there is no flag, or a document or range is invalid.
    pub fn sentence_speaker_flag(
        &self,
        (da, sa, ea): (usize, usize, usize),
        (db, sb, eb): (usize, usize, usize),
    ) -> Option<crate::matcher::Discrepancy> {
        let qa = self.prepare_range(da, sa, ea, false)?;
        let qb = self.prepare_range(db, sb, eb, false)?;
        let mut d = crate::matcher::flags::speaker_flag(&qa, &qb)?;
        d.a_range = (d.a_range.0 + sa, d.a_range.1 + sa);
        d.b_range = (d.b_range.0 + sb, d.b_range.1 + sb);
        Some(d)
    }
}
