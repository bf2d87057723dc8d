//! A span's suggestions ([`Corpus::suggest`], [`Corpus::ranked`]): the best matching
//! sentences of every other document, chosen and scored article pair by article pair
//! (`corpus/pair_candidates.rs`).

use super::*;

/// The most sentences an article may have to be scored whole for a span's panel when it
/// gives fewer candidates than are shown (`Corpus::fill_few`): twice
/// [`MAX_CANDIDATES`], so a span is scored against at most that many more sentences per
/// such article.
const FILL_UP_TO: usize = 2 * MAX_CANDIDATES;

impl Corpus {
    /// The best matching sentences in every *other* document for the text
    /// `doc[start..end]` (code points; any span, not only a whole sentence): at most
    /// `per_doc` per document, all ranked by score, highest first, each with its reason and
    /// flags ([`Corpus::ranked`], explained). Empty if `doc` or the range is invalid.
    pub fn suggest(&self, doc: usize, start: usize, end: usize, per_doc: usize) -> Vec<Suggestion> {
        let Some((q, qs)) = self.query(doc, start, end) else {
            return Vec::new();
        };
        self.ranked_span((&q, &qs), (doc, start, end), per_doc)
            .into_iter()
            .map(|r| {
                let s = &self.sentences[r.1 as usize];
                let (qw, sw) = self.weighed((&q, doc), (&s.prep, s.doc));
                let e = explain_scored(&qw, &sw, r.0, (start, s.start));
                Suggestion {
                    doc: s.doc,
                    start: s.start,
                    end: s.end,
                    score: r.0,
                    reason: e.reason,
                    flags: e.flags,
                }
            })
            .collect()
    }

    /// The sentences [`Corpus::suggest`] gives, without their explanation (the flags cost
    /// more than the rest; [`Corpus::score_ranges`] of the text and a sentence gives its
    /// score, reason and flags). The sentences of each other document scored are chosen
    /// with the statistics of that pair of documents alone (`corpus/pair_candidates.rs`),
    /// and scored with them, so a document's sentences are the ones a corpus of the two
    /// documents gives, whatever else is loaded. A text a document repeats more than
    /// `COUNTED_COPIES` times is given once there (its best copy), so its copies do not
    /// hide the document's other sentences. A span across two or more sentences is scored
    /// whole and by its part in each sentence, each target keeping its best
    /// (`corpus/across.rs`). Empty if `doc` or the range is invalid.
    pub fn ranked(&self, doc: usize, start: usize, end: usize, per_doc: usize) -> Vec<Ranked> {
        match self.sentence_parts(doc, start, end) {
            Some(parts) => self.ranked_across(doc, (start, end), &parts, per_doc),
            None => self.ranked_within(doc, start, end, per_doc),
        }
    }

    /// [`Corpus::ranked`] of the span as one text, whether or not it lies across sentences.
    pub(super) fn ranked_within(
        &self,
        doc: usize,
        start: usize,
        end: usize,
        per_doc: usize,
    ) -> Vec<Ranked> {
        let Some((q, qs)) = self.query(doc, start, end) else {
            return Vec::new();
        };
        self.ranked_span((&q, &qs), (doc, start, end), per_doc)
            .into_iter()
            .map(|(score, i)| {
                let s = &self.sentences[i as usize];
                Ranked {
                    doc: s.doc,
                    start: s.start,
                    end: s.end,
                    score,
                }
            })
            .collect()
    }

    /// Adds to `cands` (sentence indices, ascending) every sentence of each other article
    /// searched, in another language than article `doc`, that gives fewer than `per_doc`
    /// of them and has at most [`FILL_UP_TO`] sentences, so the panel shows the best few
    /// of it whatever their score. A span that shares no stem, concept or event class
    /// with an article in another language (trial 56, "La déflagration s'est produite
    /// vers 3h10, réveillant tout le quartier." against the English wire) had no card
    /// from it, though "The blast happened at about 2:40 a.m. …" tells the same moment
    /// with another time. In one language a span sharing nothing with an article is
    /// unrelated to it, and scoring it whole would only cost time.
    fn fill_few(&self, doc: usize, search: &PairSearch, cands: &mut Vec<u32>, per_doc: usize) {
        let mut given = vec![0usize; self.len()];
        for &j in cands.iter() {
            given[self.sentences[j as usize].doc] += 1;
        }
        // Each article's sentences are one run of `sentences` (`Corpus::doc_sentences`):
        // its size and its indices are known without a scan of the corpus per query.
        let few: Vec<usize> = (0..self.len())
            .filter(|&db| {
                db != doc
                    && search.idf(db).is_some()
                    && given[db] < per_doc
                    && self.doc_sentences(db).len() <= FILL_UP_TO
                    && self.xling.as_ref().is_some_and(|x| x.differ(doc, db))
            })
            .collect();
        if few.is_empty() {
            return;
        }
        for db in few {
            let first = self.doc_first[db] as u32;
            cands.extend(first..first + self.doc_sentences(db).len() as u32);
        }
        cands.sort_unstable();
        cands.dedup();
    }

    /// The text `doc[start..end]` prepared as a query: whole, and as the statement the
    /// score reads; `None` if `doc` or the range is invalid.
    fn query(
        &self,
        doc: usize,
        start: usize,
        end: usize,
    ) -> Option<(Cow<'_, Prepared>, Cow<'_, Prepared>)> {
        Some((
            self.prepare_range(doc, start, end, false)?,
            self.prepare_range(doc, start, end, true)?,
        ))
    }

    /// [`Corpus::ranked_for`] of the span `doc[start..end]` (code points), prepared whole as
    /// `q` and as its statement `qs` ([`Corpus::query`]): with the sentence holding it and
    /// its background read whole ([`Corpus::past_read`]).
    fn ranked_span(
        &self,
        (q, qs): (&Prepared, &Prepared),
        (doc, start, end): (usize, usize, usize),
        per_doc: usize,
    ) -> Vec<(f64, u32)> {
        let held = self.sentence_holding(doc, start, end);
        let past = self.past_read(doc, start, end);
        self.ranked_for(
            (q, qs),
            (doc, held.map(|i| (i, (start, end))), past),
            per_doc,
        )
    }

    /// [`Corpus::ranked`] for `q`, a text of document `doc`, whose candidates are found by
    /// the whole text and scored by its statement `qs`: (score, sentence index). When `q`
    /// is a strict part of a sentence (a clause; `held`: that sentence's index and the
    /// part's code points), the sentence's candidates are scored too, and each score is
    /// lifted by its sentence's as far as the clause holds that pair's evidence
    /// ([`Corpus::clause_lift`]). `past`: `q`'s whole sentence when `q` is read as
    /// background about another time ([`Corpus::past_read`]), found and scored against the
    /// articles told apart from `doc`. The cards of those articles come after the others
    /// unless `q` is such background ([`Corpus::comes_after`]).
    fn ranked_for(
        &self,
        (q, qs): (&Prepared, &Prepared),
        (doc, held, past): (usize, clause::Held, Option<&Prepared>),
        per_doc: usize,
    ) -> Vec<(f64, u32)> {
        if per_doc == 0 {
            return Vec::new();
        }
        let mut search = PairSearch::new(self, doc);
        let mut cands = search.candidates(q, PREFILTER_COSINE);
        // A clause: its sentence's candidates too, which the clause's own words may not
        // reach (trial 42, F1: "tinha sido inspecionada em novembro" shares no word with
        // "A ponte, de 1987, foi vistoriada em setembro." and got no suggestion at all).
        // They are scored as any candidate: the clause's own score, lifted only as
        // `clause_lift` allows.
        if let Some((i, _)) = held {
            cands.extend(search.candidates(&self.sentences[i].prep, PREFILTER_COSINE));
            cands.sort_unstable();
            cands.dedup();
        }
        // Articles in another language: the sentences sharing a concept with `q` too
        // (`corpus/languages.rs`).
        let concepts = self.query_concepts(q, doc);
        if let Some(keys) = &concepts {
            cands.extend(self.candidates_across_languages((keys, doc), |db| db != doc));
            cands.sort_unstable();
            cands.dedup();
        }
        self.fill_few(doc, &search, &mut cands, per_doc);
        // Background about another time: its whole sentence's candidates in the articles
        // of another event, which may report that past event.
        if let Some(w) = past {
            let found = search.candidates(w, PREFILTER_COSINE);
            cands.extend(
                found
                    .into_iter()
                    .filter(|&j| self.is_apart(doc, self.sentences[j as usize].doc)),
            );
            cands.sort_unstable();
            cands.dedup();
        }
        let mut scored: Vec<(f64, u32)> = Vec::with_capacity(cands.len());
        // The candidates are ascending, so grouped by document: `q` weighed once per pair.
        for group in cands
            .chunk_by(|&x, &y| self.sentences[x as usize].doc == self.sentences[y as usize].doc)
        {
            let db = self.sentences[group[0] as usize].doc;
            // Against an article of another event, background is read whole.
            let (q, qs) = match past.filter(|_| self.is_apart(doc, db)) {
                Some(w) => (w, w),
                None => (q, qs),
            };
            let sim = self.article_similarity(doc, db);
            let idf = search.idf(db).filter(|_| self.weighs_pairs());
            let qw: Cow<Prepared> = match idf {
                Some(idf) => {
                    let mut p = qs.clone();
                    p.weigh_with(|x| idf.get(x));
                    Cow::Owned(p)
                }
                None => Cow::Borrowed(qs),
            };
            for &j in group {
                let s = &self.sentences[j as usize];
                let (sp, own_df) = s.scored();
                let whole = self.whole_cosine((q, qs), (&s.prep, sp), (doc, db), idf);
                let score = match idf {
                    Some(idf) => {
                        let mut p = sp.clone();
                        weigh_in_pair(&mut p, own_df, &self.doc_df[doc], idf);
                        align::probability_of_statements(&qw, &p, whole, sim)
                    }
                    None => align::probability_of_statements(&qw, sp, whole, sim),
                };
                let score = align::with_shared_quote(score, q, &s.prep);
                let score = match &concepts {
                    Some(keys) => self.across_languages((keys, doc), (j as usize, db), score),
                    None => score,
                };
                let score = self.in_context(doc, db, score);
                let score = self.clause_lift((doc, q, held), (db, s.start, s.end), score);
                if score > 0.0 {
                    scored.push((score, j));
                }
            }
        }
        // The cards of an article of another event after the others (`corpus/past_event.rs`).
        let after = |j: u32| past.is_none() && self.is_apart(doc, self.sentences[j as usize].doc);
        scored.sort_by(|x, y| {
            (after(x.1).cmp(&after(y.1)))
                .then(y.0.total_cmp(&x.0))
                .then(x.1.cmp(&y.1))
        });
        let mut per: HashMap<usize, usize> = HashMap::new();
        // A text an article repeats past COUNTED_COPIES: its best copy only, there.
        let mut shown: std::collections::HashSet<(usize, u32)> = Default::default();
        scored.retain(|&(_, i)| {
            let s = &self.sentences[i as usize];
            if self.own_flood[i as usize] && !shown.insert((s.doc, self.text_id[i as usize])) {
                return false;
            }
            let n = per.entry(s.doc).or_insert(0);
            *n += 1;
            *n <= per_doc
        });
        scored
    }
}
