//! All-pairs matching over the corpus ([`Corpus::all_pairs`]): every cross-article sentence
//! pair scoring at least a minimum, found through the index's candidates (or every pair at
//! a minimum of 0), scored with each article pair's own IDF and explained.
//!
//! A sentence is a candidate when its IDF cosine with the query passes the prefilter
//! whole sentence against whole sentence *or* statement against statement (the sentences
//! without their attribution frames, `corpus/statement.rs`): the score reads the higher
//! of the two. With the whole sentences alone (session 17), a pair whose frames carry most
//! of the weight was never scored: on development article pair 16 the quotation "...,”
//! Cooley said at a news conference at the Bellflower courthouse." lost a pair scored 0.27
//! from `parallax suggest --min 0.2` and two scored 0.30 and 0.37 from `--min 0.3`.

use super::events::ApartAsked;
use super::statement::WholeCosines;
use super::*;

/// The order of all-pairs results: highest score first, then by the first sentence's
/// document and start, then the second's.
fn by_rank(x: &PairSuggestion, y: &PairSuggestion) -> std::cmp::Ordering {
    y.score.total_cmp(&x.score).then(
        (x.a_doc, x.a_start, x.b_doc, x.b_start).cmp(&(y.a_doc, y.a_start, y.b_doc, y.b_start)),
    )
}

impl Corpus {
    /// Every pair of sentences from different documents scoring at least `min_score`, with
    /// reasons and flags, highest score first. `progress(done, total)` is called after each
    /// sentence of the corpus (`total` = number of sentences). Above 0 only candidates
    /// past the IDF-cosine prefilter (`prefilter_for`) are scored; at `min_score <= 0`
    /// every cross-document pair is scored and listed (quadratic: for two articles, not
    /// for a hundred).
    pub fn all_pairs(
        &self,
        min_score: f64,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Vec<PairSuggestion> {
        self.all_pairs_share(min_score, (0, 1), progress)
    }

    /// Share `part` of `parts` of [`Corpus::all_pairs`], for splitting the job over several
    /// Web Workers (each holding the same corpus): the pairs whose first sentence lies in a
    /// document `d` with `d % parts == part` (article pairs dealt out in turn, so the shares
    /// are about as long), highest score first. [`Corpus::merge_shares`] of every share
    /// gives exactly what `all_pairs` gives. `progress(done, total)` counts the share's own
    /// sentences. `parts` 0 is taken as 1; `part >= parts` gives an empty share.
    pub fn all_pairs_share(
        &self,
        min_score: f64,
        (part, parts): (usize, usize),
        progress: &mut dyn FnMut(usize, usize),
    ) -> Vec<PairSuggestion> {
        let parts = parts.max(1);
        let mine = |doc: usize| doc % parts == part;
        let total = self.sentences.len();
        let share_total = self.sentences.iter().filter(|s| mine(s.doc)).count();
        let mut done = 0;
        let min_cos = prefilter_for(min_score);
        let mut acc = vec![0.0f32; total];
        let mut acc_st = vec![0.0f32; total];
        let mut touched = Vec::new();
        let mut out = Vec::new();
        // At 0 every pair is asked for: score them all, without the prefilter and the
        // candidate cap, so a ranking over all sentence pairs can be taken from the output.
        let every = min_score <= 0.0;
        // With more than two documents, each pair of articles weighs its sentences by its
        // own IDF: working copies, weighed again per article pair (`a_w` for the current
        // sentence, `work` for the others).
        // The score reads each sentence's statement (`Sentence::scored`), the reason and
        // the flags the whole sentence.
        let mut work: Vec<Prepared> = if self.weighs_pairs() {
            self.sentences
                .iter()
                .map(|s| s.scored().0.clone())
                .collect()
        } else {
            Vec::new()
        };
        // Per working copy: the document of the sentences it was last weighed against (a
        // sentence of `db` is weighed for the pair `(da, db)`, so once per `da`).
        let mut weighed_for: Vec<usize> = vec![usize::MAX; work.len()];
        let mut idfs: Vec<Option<PairIdf>> = (0..self.len()).map(|_| None).collect();
        let mut idfs_of = usize::MAX;
        // The whole sentences' cosines, with the norms and weights kept between pairs.
        let mut wholes = WholeCosines::new(total);
        // The article pairs told apart, asked only for pairs that may be kept.
        let mut apart = ApartAsked::new(self);
        for (i, a) in self.sentences.iter().enumerate() {
            if !mine(a.doc) {
                continue;
            }
            let cands: Vec<u32> = if every {
                (0..total as u32)
                    .filter(|&j| self.sentences[j as usize].doc > a.doc)
                    .collect()
            } else {
                let acc = (&mut acc[..], &mut acc_st[..]);
                // Without copies, the sentences kept are those after `a`'s document.
                let from = self
                    .copies
                    .is_empty()
                    .then(|| self.doc_first.get(a.doc + 1).copied().unwrap_or(total) as u32);
                let mut c =
                    self.candidates(a, min_cos, acc, &mut touched, (from, |s| s.doc > a.doc));
                // Articles in another language: the sentences sharing a concept too.
                let across = self
                    .candidates_across_languages((self.sentence_concepts(i), a.doc), |db| {
                        db > a.doc
                    });
                if !across.is_empty() {
                    c.extend(across);
                    c.sort_unstable();
                    c.dedup();
                }
                c
            };
            let mut a_w: Option<Prepared> = None;
            // The candidates are ascending, so grouped by document.
            for group in cands
                .chunk_by(|&x, &y| self.sentences[x as usize].doc == self.sentences[y as usize].doc)
            {
                let db = self.sentences[group[0] as usize].doc;
                // The pair's IDF, kept while the sentences of `a.doc` are matched.
                if idfs_of != a.doc {
                    idfs.iter_mut().for_each(|x| *x = None);
                    idfs_of = a.doc;
                }
                let idf = match work.is_empty() {
                    true => None,
                    false => Some(&*idfs[db].get_or_insert_with(|| self.pair_idf(a.doc, db))),
                };
                let (a_scored, a_df) = a.scored();
                let a_prep: &Prepared = match idf {
                    Some(idf) => {
                        let p = a_w.get_or_insert_with(|| a_scored.clone());
                        weigh_in_pair(p, a_df, &self.doc_df[db], idf);
                        p
                    }
                    None => a_scored,
                };
                let sim = self.article_similarity(a.doc, db);
                for &j in group {
                    let b = &self.sentences[j as usize];
                    let (b_scored, b_df) = b.scored();
                    let b_prep: &Prepared = match idf {
                        Some(idf) => {
                            let p = &mut work[j as usize];
                            if weighed_for[j as usize] != a.doc {
                                weigh_in_pair(p, b_df, &self.doc_df[a.doc], idf);
                                weighed_for[j as usize] = a.doc;
                            }
                            p
                        }
                        None => b_scored,
                    };
                    let whole = wholes.cosine(self, (i, a), (j as usize, b), idf);
                    let score = align::probability_of_statements(a_prep, b_prep, whole, sim);
                    let score = align::with_shared_quote(score, &a.prep, &b.prep);
                    let score = self.across_languages(
                        (self.sentence_concepts(i), a.doc),
                        (j as usize, db),
                        score,
                    );
                    // Scaling for two events only lowers a score: one below the minimum
                    // stays below it, and its article pair need not be asked.
                    let score = match every || score >= min_score {
                        true if apart.is_apart(a.doc, db) => align::apart_scaled(score),
                        _ => score,
                    };
                    if score >= min_score && (score > 0.0 || every) {
                        // The reason and the flags read the whole sentences.
                        let (aw, bw) = match (a.part.is_some() || b.part.is_some(), idf) {
                            (false, _) => (Cow::Borrowed(a_prep), Cow::Borrowed(b_prep)),
                            (true, Some(idf)) => {
                                let (mut x, mut y) = (a.prep.clone(), b.prep.clone());
                                weigh_in_pair(&mut x, &a.own_df, &self.doc_df[db], idf);
                                weigh_in_pair(&mut y, &b.own_df, &self.doc_df[a.doc], idf);
                                (Cow::Owned(x), Cow::Owned(y))
                            }
                            (true, None) => (Cow::Borrowed(&a.prep), Cow::Borrowed(&b.prep)),
                        };
                        let e = explain_scored(&aw, &bw, score, (a.start, b.start));
                        out.push(PairSuggestion {
                            a_doc: a.doc,
                            a_start: a.start,
                            a_end: a.end,
                            b_doc: b.doc,
                            b_start: b.start,
                            b_end: b.end,
                            score,
                            reason: e.reason,
                            flags: e.flags,
                        });
                    }
                }
            }
            done += 1;
            progress(done, share_total);
        }
        out.sort_by(by_rank);
        out
    }

    /// The shares of one all-pairs job ([`Corpus::all_pairs_share`], `0..parts`, in any
    /// order) as one list, highest score first: exactly what [`Corpus::all_pairs`] gives
    /// (the order is total: score, then the two sentences' places).
    pub fn merge_shares(shares: Vec<Vec<PairSuggestion>>) -> Vec<PairSuggestion> {
        let mut out: Vec<PairSuggestion> = shares.into_iter().flatten().collect();
        out.sort_by(by_rank);
        out
    }

    /// Candidates for sentence `q`: the sentences passing `keep` whose text has an
    /// accumulated IDF cosine of at least `min_cos` with `q`, whole sentence against whole
    /// sentence or statement against statement (`Sentence::scored`; the score reads the
    /// higher of the two, `corpus/statement.rs`), at most [`MAX_CANDIDATES`] distinct texts
    /// (the highest of those cosines) with all their copies, ascending; one pass over the
    /// index gives both cosines. `acc` is scratch space (the dot products of the whole
    /// sentences and of the statements, zero between calls). `from`, when given, says that
    /// `keep` takes exactly the sentences from that index on and that no text has copies:
    /// the index's lists are then entered there and `keep` is not asked of each entry (the
    /// same candidates, found sooner).
    pub(super) fn candidates(
        &self,
        q: &Sentence,
        min_cos: f32,
        (acc, acc_st): (&mut [f32], &mut [f32]),
        touched: &mut Vec<u32>,
        (from, keep): (Option<u32>, impl Fn(&Sentence) -> bool),
    ) -> Vec<u32> {
        let kept = |i: u32| self.copies_of(i).any(|k| keep(&self.sentences[k as usize]));
        // Whole sentence against whole sentence and statement against statement (where
        // either is not its whole sentence), in one pass over the index, which holds the
        // whole sentences' stems (a statement's are among them): per stem of `q`, its
        // weight in `q`'s statement (`None`: not in it).
        let q_statement: Vec<Option<f32>> = match &q.part {
            None => q.prep.content().iter().map(|x| Some(x.1)).collect(),
            Some((p, _)) => q
                .prep
                .content()
                .iter()
                .map(|x| {
                    let c = p.content();
                    c.binary_search_by_key(&x.0, |y| y.0).ok().map(|k| c[k].1)
                })
                .collect(),
        };
        for (&(stem, w), w_st) in q.prep.content().iter().zip(&q_statement) {
            let Some(list) = self.postings.get(&stem) else {
                continue;
            };
            let list = match from {
                Some(k) => &list[list.partition_point(|e| e.sentence < k)..],
                None => &list[..],
            };
            for e in list {
                let i = e.sentence;
                if from.is_none() && !kept(i) {
                    continue;
                }
                let ws = e.whole.min(w);
                if acc[i as usize] == 0.0 {
                    touched.push(i);
                }
                acc[i as usize] += ws * ws;
                // The statements: only where one of them is not its whole sentence (else
                // the whole sentences' cosine is theirs).
                let Some(w_st) = w_st.filter(|_| q.part.is_some() || e.apart) else {
                    continue;
                };
                let s_st = match e.apart {
                    false => Some(ws),
                    true => e.statement,
                };
                if let Some(s_st) = s_st {
                    let x = s_st.min(w_st);
                    acc_st[i as usize] += x * x;
                }
            }
        }
        let (qn, qsn) = (q.prep.content_norm(), q.scored().0.content_norm());
        let mut out: Vec<(f32, u32)> = Vec::new();
        for &i in touched.iter() {
            let s = &self.sentences[i as usize];
            let cosine = |dot: f32, denom: f32| (denom > 0.0).then(|| dot / denom);
            let c = cosine(acc[i as usize], qn * s.prep.content_norm());
            let cs = cosine(acc_st[i as usize], qsn * s.scored().0.content_norm());
            if let Some(c) = c.into_iter().chain(cs).reduce(f32::max) {
                if c >= min_cos {
                    out.push((c, i));
                }
            }
            acc[i as usize] = 0.0;
            acc_st[i as usize] = 0.0;
        }
        touched.clear();
        if out.len() > MAX_CANDIDATES {
            out.select_nth_unstable_by(MAX_CANDIDATES - 1, |x, y| y.0.total_cmp(&x.0));
            out.truncate(MAX_CANDIDATES);
        }
        let mut ids: Vec<u32> = out
            .into_iter()
            .flat_map(|x| self.copies_of(x.1))
            .filter(|&k| keep(&self.sentences[k as usize]))
            .collect();
        ids.sort_unstable();
        ids
    }
}
