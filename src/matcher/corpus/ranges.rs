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
        let ranges = &self.doc_ranges[doc];
        let k = ranges.partition_point(|r| r.1 <= start);
        // A part of one sentence is a page's line (a heading, a timestamp: no fact) only
        // as its sentence is: a span selected without its full stop ("Una persona murió"
        // of "Una persona murió.") read alone as a heading scored 0 against everything,
        // and its card, flag and all, was not shown (session 53's testers).
        if ranges.get(k).is_some_and(|r| r.0 <= start && end <= r.1) {
            use crate::matcher::prepared::TIMESTAMP;
            let line = self.sentences[self.doc_first[doc] + k].prep.cues & TIMESTAMP;
            p.cues = (p.cues & !TIMESTAMP) | line;
            if let Some(b) = bare.as_mut() {
                let b = std::sync::Arc::make_mut(b);
                b.cues = (b.cues & !TIMESTAMP) | line;
            }
        }
        p.bare = bare;
        p.position = k.min(ranges.len()) as f32 / ranges.len().max(1) as f32;
        // "..., he said" in a span: who "he" is, as for the sentence it starts in.
        if k < ranges.len() && crate::matcher::speakers::pronoun_speaker(&p).is_some() {
            p.context_speaker = self.sentences[self.doc_first[doc] + k].prep.context_speaker;
        }
        // A bare role as the speaker ("dijo el murciano"): who it is, as for that sentence
        // (read by the role's stem, `speakers::resolve_roles`).
        if k < ranges.len() {
            p.role_speaker = self.sentences[self.doc_first[doc] + k].prep.role_speaker;
            p.local_offset = self.sentences[self.doc_first[doc] + k].prep.local_offset;
        }
        // A part of a sentence of a quotation running over sentences: its speaker is read
        // in the whole quotation, as for that sentence (`speakers::resolve_quotations`).
        if k < ranges.len() {
            p.quotation = self.sentences[self.doc_first[doc] + k]
                .prep
                .quotation
                .clone();
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
    /// `start`, `end` are `b`'s. A span across two or more sentences keeps the best of the
    /// whole and of its part in each sentence, with that part's reason and flags
    /// (`corpus/across.rs`). `None` if a document or range is invalid.
    pub fn score_ranges(
        &self,
        a: (usize, usize, usize),
        b: (usize, usize, usize),
    ) -> Option<Suggestion> {
        // A sentence about another time against an article of another event: read whole
        // (`corpus/past_event.rs`).
        if let Some(s) = self.score_past(a, b) {
            return Some(s);
        }
        self.score_ranges_across(a, b)
    }

    /// [`Corpus::score_ranges`] of the two ranges as they are, each one text, a span across
    /// sentences included (`corpus/across.rs` scores and explains its parts with
    /// [`Corpus::range_score_within`] and [`Corpus::explain_ranges`]; its tests compare).
    #[cfg(test)]
    pub(super) fn score_ranges_within(
        &self,
        (da, sa, ea): (usize, usize, usize),
        (db, sb, eb): (usize, usize, usize),
    ) -> Option<Suggestion> {
        let (a, b) = ((da, sa, ea), (db, sb, eb));
        let qa = self.prepare_range(da, sa, ea, false)?;
        let qb = self.prepare_range(db, sb, eb, false)?;
        let score = self.range_score_within(a, b, (&qa, &qb))?;
        Some(self.explain_ranges(a, b, (&qa, &qb), score))
    }

    /// The score [`Corpus::score_ranges_within`] gives the ranges `a` and `b`, prepared
    /// as `qa` and `qb` ([`Corpus::prepare_range`], whole), without the reason and flags
    /// ([`Corpus::explain_ranges`]). `None` if a range is invalid.
    pub(super) fn range_score_within(
        &self,
        (da, sa, ea): (usize, usize, usize),
        (db, sb, eb): (usize, usize, usize),
        (qa, qb): (&Prepared, &Prepared),
    ) -> Option<f64> {
        let (a, b) = ((da, sa, ea), (db, sb, eb));
        let own = self.range_score_of(a, b, (qa, qb))?;
        Some(
            self.clause_lift((da, qa, self.held(da, sa, ea)), b, own)
                .max(self.clause_lift((db, qb, self.held(db, sb, eb)), a, own)),
        )
    }

    /// The suggestion of the ranges `a` and `b` (prepared as `qa` and `qb`, whole) at
    /// `score` ([`Corpus::range_score_within`]): its reason and flags, as
    /// [`Corpus::score_ranges_within`] gives them; it names `b`.
    pub(super) fn explain_ranges(
        &self,
        (da, sa, ea): (usize, usize, usize),
        (db, sb, eb): (usize, usize, usize),
        (qa, qb): (&Prepared, &Prepared),
        score: f64,
    ) -> Suggestion {
        let (a, b) = ((da, sa, ea), (db, sb, eb));
        let (qa, qb) = self.weighed((qa, da), (qb, db));
        let e = match self.flags_in_sentences(a, b) {
            Some(flags) => {
                crate::matcher::explain::explain_flagged(&qa, &qb, score, (sa, sb), flags)
            }
            None => explain_scored(&qa, &qb, score, (sa, sb)),
        };
        Suggestion {
            doc: db,
            start: sb,
            end: eb,
            score,
            reason: e.reason,
            flags: e.flags,
        }
    }

    /// The flags of range `a = (doc, start, end)` against range `b` when either is a strict
    /// part of its sentence (a clause labelled out of it, [`Corpus::sentence_holding`]),
    /// read with the sentence as context (trial 41, F6: "El Real Betis conquistó este
    /// sábado", labelled out of "... su cuarta Copa del Rey al imponerse por 2-1 al
    /// Athletic Club ...", had no flag against "El Athletic Club conquistó este sábado la
    /// Copa del Rey al imponerse por 2-1 al Real Betis ...": alone, the clause names no
    /// loser, so no reader can tell who beat whom). The flags of the two sentences (a whole
    /// range stays itself) that concern the parts: those whose side lies in the clauses a
    /// part touches ([`Corpus::clause_reach`]: its words and their arguments up to a comma,
    /// not another clause of the sentence). Ranges in code points of each document, as
    /// [`explain_scored`] gives them. `None` when neither range is a part of its sentence
    /// or a range is invalid.
    pub(super) fn flags_in_sentences(
        &self,
        a: (usize, usize, usize),
        b: (usize, usize, usize),
    ) -> Option<Vec<crate::matcher::Discrepancy>> {
        let (ha, hb) = (
            self.sentence_holding(a.0, a.1, a.2),
            self.sentence_holding(b.0, b.1, b.2),
        );
        if ha.is_none() && hb.is_none() {
            return None;
        }
        // The range read (its sentence, or itself) and the reach a flag's side must meet.
        let context = |(d, s, e): (usize, usize, usize), held: Option<usize>| match held {
            Some(i) => {
                let t = &self.sentences[i];
                ((d, t.start, t.end), self.clause_reach(i, s, e))
            }
            None => ((d, s, e), (s, e)),
        };
        let ((ca, ra), (cb, rb)) = (context(a, ha), context(b, hb));
        // The flags of the two contexts: the same for every part of them, read once
        // (`corpus/flag_cache.rs`).
        let flags = self.flag_cache.get_or((ca, cb), || {
            let qa = self.prepare_range(ca.0, ca.1, ca.2, false)?;
            let qb = self.prepare_range(cb.0, cb.1, cb.2, false)?;
            let (qa, qb) = self.weighed((&qa, ca.0), (&qb, cb.0));
            let mut flags = crate::matcher::flags::discrepancies(&qa, &qb);
            for f in flags.iter_mut() {
                f.a_range = (f.a_range.0 + ca.1, f.a_range.1 + ca.1);
                f.b_range = (f.b_range.0 + cb.1, f.b_range.1 + cb.1);
            }
            Some(flags)
        })?;
        let meets = |(x, y): (usize, usize), (s, e): (usize, usize)| x < e && s < y;
        let kept = flags
            .iter()
            .filter(|f| meets(f.a_range, ra) && meets(f.b_range, rb));
        Some(kept.cloned().collect())
    }

    /// The code points of `doc` a flag must meet to concern `start..end`, a strict part of
    /// sentence `i` (index into `sentences`): the clauses it touches, from the comma,
    /// semicolon, colon, dash or bracket before it to the one after it (or the sentence's
    /// ends), with the part itself always inside. A comma between two digits ("2,5") parts
    /// nothing.
    fn clause_reach(&self, i: usize, start: usize, end: usize) -> (usize, usize) {
        let t = &self.sentences[i];
        let Some(chars) = self
            .doc_chars
            .get(t.doc)
            .and_then(|c| c.get(t.start..t.end))
        else {
            return (start, end);
        };
        let parts = |k: usize| {
            matches!(chars[k], ';' | ':' | '—' | '–' | '(' | ')' | '[' | ']')
                || (chars[k] == ','
                    && !(k > 0
                        && chars[k - 1].is_ascii_digit()
                        && chars.get(k + 1).is_some_and(|c| c.is_ascii_digit())))
        };
        let (s, e) = (start - t.start, (end - t.start).min(chars.len()));
        let from = (0..s).rev().find(|&k| parts(k)).map_or(0, |k| k + 1);
        let to = (e..chars.len()).find(|&k| parts(k)).unwrap_or(chars.len());
        (t.start + from, t.start + to)
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
        Some(self.read_score((da, qa, &sta), (db, qb, &stb)))
    }

    /// The score of two texts of documents `da` and `db`, each prepared whole (`qa`, `qb`)
    /// and as the statement the score reads (`sta`, `stb`), as [`Corpus::range_score`]
    /// gives it.
    pub(super) fn read_score(
        &self,
        (da, qa, sta): (usize, &Prepared, &Prepared),
        (db, qb, stb): (usize, &Prepared, &Prepared),
    ) -> f64 {
        let whole = self.whole_cosine((qa, sta), (qb, stb), (da, db), None);
        let (sta, stb) = self.weighed((sta, da), (stb, db));
        let sim = self.article_similarity(da, db);
        let score = align::probability_of_statements(&sta, &stb, whole, sim);
        let score = align::with_shared_quote(score, qa, qb);
        let score = self.across_languages_texts((qa, da), (qb, db), score);
        self.in_context(da, db, score)
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
