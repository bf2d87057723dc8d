//! A set of loaded articles, segmented and normalised once, with an inverted index from
//! content stems to sentences, so suggestions and all-pairs matching only score sentences
//! that share a weighted term (never every pair).
//!
//! Candidates of a span's suggestions ([`Corpus::suggest`], the page's cards) are chosen
//! article pair by article pair, with the statistics of the two articles alone
//! (`corpus/pair_candidates.rs`): a target article's suggestions are the ones a corpus of
//! the two articles gives, whatever else is loaded.
//!
//! A pair's score reads each sentence's statement, the sentence without its attribution
//! frames (`corpus/statement.rs`; "..., Lavrov said." / "..., according to Peskov." score
//! as the same statement), the IDF cosine the higher of the statements' and the whole
//! sentences'; the reason, the flags (the speaker flag reads the frame) and the candidate
//! search read the whole sentence.
//!
//! Candidates of all-pairs matching ([`Corpus::all_pairs`]) are still found over every
//! loaded article at once, for speed: the query's content stems are looked up in the index
//! (stems found in more than a tenth of all sentences are skipped as uninformative); a
//! sentence becomes a candidate when its IDF-weighted cosine with the query, accumulated
//! from the postings, is at least [`PREFILTER_COSINE`]; of those, the [`MAX_CANDIDATES`]
//! with the highest cosine get the full learned score. So which pairs near the
//! prefilter's margin get scored there can depend on the other articles (their scores do
//! not).
//!
//! A sentence text counts at most [`COUNTED_COPIES`] times per article however often the
//! article gives it (one that repeats a sentence thousands of times), in the local IDF and
//! the index's cut of common stems; a text an article repeats more often is indexed once
//! (its first sentence, its copies scored with it) and fills one place of the candidate
//! cap. So copies neither make their own words look common (which took them, and every
//! sentence of the other articles sharing their words, out of the index) nor fill the
//! candidate cap. Inputs where no article repeats a text more often are matched as before.

use super::align;
use super::features::{Idf, Prepared, StemMap};
use super::flags::ArticlePlaces;
use super::text;
use super::{explain_scored, PairSuggestion, Ranked, Suggestion};
use pair_candidates::PairSearch;
use pair_idf::{article_similarities, weigh_in_pair, DocFreq, PairIdf};
pub use statement::Scoring;
use std::borrow::Cow;
use std::collections::HashMap;

mod all_pairs;
mod background;
mod events;
mod pair_candidates;
mod pair_idf;
mod past_time;
mod ranges;
mod statement;

/// Minimum accumulated IDF cosine for a sentence to be scored in full.
pub const PREFILTER_COSINE: f32 = 0.05;

/// At most this many candidates (the highest accumulated cosines) are scored per query
/// sentence: per target article for a span's suggestions, over all articles in all-pairs
/// matching.
pub const MAX_CANDIDATES: usize = 40;

/// The IDF-cosine prefilter for all-pairs matching at `min_score`. On the development
/// article pairs and the samples (`examples/eval_articles.rs`, session 12's article
/// context) no pair with cosine below 0.05 scored above 0.22, and none below 0.07 above
/// 0.28. For 0.5 and up the cut is 0.12, a speed trade: below it one pair still reaches
/// 0.5 (0.501; 1 of the 90 pairs >= 0.5 of the development pairs and samples; 3 below
/// 0.15, the cut before), but scoring them all (cut 0.09) makes `all_pairs(0.5)` about
/// four times slower; 0.12 instead of 0.15 costs 14 % more time on `bench_matcher`'s 100
/// articles (217 -> 247 ms).
pub fn prefilter_for(min_score: f64) -> f32 {
    if min_score >= 0.5 {
        0.12
    } else if min_score >= 0.3 {
        0.07
    } else {
        PREFILTER_COSINE
    }
}

/// How many sentences of one text (the same characters) in one article the statistics
/// count: the local IDF, the index's cut of common stems. A text an article gives more
/// often (one sentence repeated thousands of times) counts this many times there, is
/// indexed once (its first sentence, its copies in every article scored with it) and is
/// one text of the candidate cap. Three: an article may give its headline three times (the
/// AFP sample: title, heading, caption), and inputs where no article repeats a text more
/// often are matched exactly as before. Per article, not overall: the same sentence in
/// many articles (wire copy, `bench_matcher`'s synthetic articles) counts each time.
pub const COUNTED_COPIES: usize = 3;

#[derive(Debug, Clone)]
struct Sentence {
    doc: usize,
    start: usize,
    end: usize,
    prep: Prepared,
    /// The document frequency in `doc` of each of `prep`'s content stems (same order), for
    /// weighing it by a pair's IDF with one lookup per stem (empty with two documents).
    own_df: Vec<u32>,
    /// The statement the score reads when it is not the whole sentence: the sentence
    /// without its attribution frames (`corpus/statement.rs`), with the document
    /// frequencies of its content stems as `own_df`. `prep` (the whole sentence) gives the
    /// reason and the flags.
    part: Option<(Prepared, Vec<u32>)>,
}

impl Sentence {
    /// The text the score reads (the statement, or the whole sentence) and its content
    /// stems' document frequencies in its article.
    fn scored(&self) -> (&Prepared, &[u32]) {
        match &self.part {
            Some((p, df)) => (p, df),
            None => (&self.prep, &self.own_df),
        }
    }
}

/// Loaded articles ready for matching. Build once per set of documents; queries borrow it.
#[derive(Debug, Clone)]
pub struct Corpus {
    sentences: Vec<Sentence>,
    /// Per document: index of its first sentence in `sentences`, and its sentence ranges.
    doc_first: Vec<usize>,
    doc_ranges: Vec<Vec<(usize, usize)>>,
    doc_chars: Vec<Vec<char>>,
    idf: Idf,
    /// Content stem -> the sentences holding it (of a text in `copies`, only the first),
    /// for all-pairs matching.
    postings: StemMap<Vec<u32>>,
    /// Content stem -> every sentence holding it, ascending: a span's suggestions find
    /// their candidates by it, article pair by article pair (`pair_candidates.rs`).
    by_stem: StemMap<Vec<u32>>,
    /// Per sentence: its text, as the index of the first sentence with the same characters.
    text_id: Vec<u32>,
    /// Per sentence: whether its own article gives its text more than
    /// [`COUNTED_COPIES`] times (its copies there are one candidate and one card).
    own_flood: Vec<bool>,
    /// Per sentence: whether some article gives its text more than [`COUNTED_COPIES`]
    /// times.
    repeated: Vec<bool>,
    /// For the first sentence of each text some article gives more than
    /// [`COUNTED_COPIES`] times: every sentence with that text, ascending (itself first).
    copies: HashMap<u32, Vec<u32>>,
    /// How alike each two articles are as wholes ([`article_similarities`]): row-major,
    /// `docs x docs`, 1 on the diagonal.
    article_sim: Vec<f32>,
    /// Per document: the known places it names ([`ArticlePlaces`]), for
    /// [`Corpus::places_apart`].
    doc_places: Vec<ArticlePlaces>,
    /// Row-major `docs x docs`: for each two documents told apart, the place each names
    /// (`corpus/events.rs`).
    apart: Vec<Option<(String, String)>>,
    /// Per document: its document frequencies, for the IDF of each pair of articles
    /// ([`PairIdf`]; with two documents it is the corpus's `idf`).
    doc_df: Vec<DocFreq>,
    /// What a pair's score reads ([`Scoring::SHIPPED`]: each sentence's statement).
    scoring: Scoring,
}

impl Corpus {
    /// Segment, normalise and index `docs` (document `i` of the results is `docs[i]`).
    pub fn new(docs: &[&str]) -> Corpus {
        Corpus::new_reporting(docs, &mut |_, _| {})
    }

    /// [`Corpus::new`], telling `progress(done, total)` how many of the sentences of all
    /// the documents are indexed: `(0, total)` once the documents are cut into sentences,
    /// then after about every hundredth sentence read (tokenised and cut to its statement:
    /// most of the time, 70 % natively, 90 % in the browser), and `(total, total)` when
    /// the index is built.
    /// The Web Worker shows it (`app/worker/serve.rs`).
    pub fn new_reporting(docs: &[&str], progress: &mut dyn FnMut(usize, usize)) -> Corpus {
        let ranges: Vec<Vec<(usize, usize)>> = docs.iter().map(|t| super::segment(t)).collect();
        Corpus::build(docs, ranges, Scoring::SHIPPED, progress)
    }

    /// Like [`Corpus::new`] with the sentences given: `ranges[i]` are the sentence ranges
    /// of `docs[i]` (code points, ascending, within the text; others are dropped).
    pub fn from_ranges(docs: &[&str], ranges: Vec<Vec<(usize, usize)>>) -> Corpus {
        Corpus::from_ranges_scoring(docs, ranges, Scoring::SHIPPED)
    }

    /// [`Corpus::from_ranges`] with pairs scored as `scoring` says (for measuring the
    /// alternatives, `examples/eval_articles.rs`).
    #[doc(hidden)]
    pub fn from_ranges_scoring(
        docs: &[&str],
        ranges: Vec<Vec<(usize, usize)>>,
        scoring: Scoring,
    ) -> Corpus {
        Corpus::build(docs, ranges, scoring, &mut |_, _| {})
    }

    /// [`Corpus::from_ranges_scoring`], with progress as [`Corpus::new_reporting`] tells it.
    fn build(
        docs: &[&str],
        ranges: Vec<Vec<(usize, usize)>>,
        scoring: Scoring,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Corpus {
        let stemmer = text::stemmer();
        // (document, start, end, text, tokens, the statement's text and tokens)
        type Raw = (
            usize,
            usize,
            usize,
            String,
            Vec<text::Token>,
            Option<(String, Vec<text::Token>)>,
        );
        let mut raw: Vec<Raw> = Vec::new();
        let mut doc_first = Vec::with_capacity(docs.len());
        let mut doc_ranges = Vec::with_capacity(docs.len());
        let mut doc_chars = Vec::with_capacity(docs.len());
        let mut df: StemMap<u32> = StemMap::default();
        // The first sentence of each distinct text, the sentences of repeated ones, and
        // how many sentences the statistics count (each text at most COUNTED_COPIES times
        // per article).
        let mut first_of: HashMap<String, u32> = HashMap::new();
        let mut copies: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut counted = 0usize;
        // Per text: (document, occurrences in it so far); texts past the count somewhere.
        let mut in_doc: HashMap<u32, (usize, usize)> = HashMap::new();
        let mut flooded: std::collections::HashSet<u32> = Default::default();
        // (document, text) of the texts a document gives more than COUNTED_COPIES times.
        let mut flooded_in: std::collections::HashSet<(usize, u32)> = Default::default();
        let mut text_id: Vec<u32> = Vec::new();
        // Per document: content stem -> how many of its counted sentences hold it.
        let mut doc_tf: Vec<StemMap<u32>> = vec![StemMap::default(); docs.len()];
        // Per document: stem -> how many of its counted sentences hold it.
        let mut doc_df: Vec<DocFreq> = vec![DocFreq::default(); docs.len()];
        // Each document's sentences, those within its text, in order, each once: all of
        // them counted first, so that progress is told of the whole.
        let mut ranges: Vec<Vec<(usize, usize)>> = docs
            .iter()
            .enumerate()
            .map(|(d, text)| {
                let len = text.chars().count();
                let mut r: Vec<(usize, usize)> = ranges
                    .get(d)
                    .map(|r| {
                        r.iter()
                            .copied()
                            .filter(|&(s, e)| s < e && e <= len)
                            .collect()
                    })
                    .unwrap_or_default();
                r.sort_unstable();
                r.dedup();
                r
            })
            .collect();
        let total: usize = ranges.iter().map(Vec::len).sum();
        let step = (total / 100).max(1);
        progress(0, total);
        for (d, text) in docs.iter().enumerate() {
            let chars: Vec<char> = text.chars().collect();
            let ranges = std::mem::take(&mut ranges[d]);
            doc_first.push(raw.len());
            // The article's own years: those its first sentences name.
            let mut own: Vec<u32> = Vec::new();
            for (n, &(s, e)) in ranges.iter().enumerate() {
                let mut toks = text::tokenize_chars(&chars[s..e], &stemmer);
                let sentence: String = chars[s..e].iter().collect();
                if n < background::OWN_SENTENCES {
                    own.extend(toks.iter().filter_map(background::year_of));
                }
                // A clause or a sentence about another time is read as background: the
                // score, flags and reasons read the sentence without it
                // (`corpus/background.rs`).
                let told = match background::background_start(&chars[s..e], &toks, &own) {
                    Some(k) => {
                        toks.retain(|t| t.end <= k);
                        s + k
                    }
                    None => e,
                };
                let part = scoring
                    .statement_in(&chars[s..told], Some(&toks))
                    .map(|(ps, pe)| {
                        let c = &chars[s + ps..s + pe];
                        (
                            c.iter().collect::<String>(),
                            text::tokenize_chars(c, &stemmer),
                        )
                    })
                    .filter(|(_, t)| !t.is_empty() && t.len() < toks.len());
                let k = raw.len() as u32;
                let first = *first_of.entry(sentence.clone()).or_insert(k);
                if first != k {
                    copies.entry(first).or_insert_with(|| vec![first]).push(k);
                }
                // Its occurrence in this document (documents are read one after another).
                let run = in_doc.entry(first).or_insert((d, 0));
                if run.0 != d {
                    *run = (d, 0);
                }
                run.1 += 1;
                text_id.push(first);
                if run.1 > COUNTED_COPIES {
                    flooded.insert(first);
                    flooded_in.insert((d, first));
                } else {
                    counted += 1;
                    doc_df[d].sentences += 1;
                    let counted = match &part {
                        Some((_, t)) if scoring.counts_parts() => t,
                        _ => &toks,
                    };
                    let mut stems: Vec<(u64, bool)> =
                        counted.iter().map(|t| (t.stem, t.stop)).collect();
                    stems.sort_unstable();
                    stems.dedup_by_key(|x| x.0);
                    // A timestamp or byline line says nothing about the story.
                    let page_line = super::page_lines::is_page_line(&sentence, &toks);
                    for (st, stop) in stems {
                        *df.entry(st).or_insert(0) += 1;
                        *doc_df[d].df.entry(st).or_insert(0) += 1;
                        if !stop && !page_line {
                            *doc_tf[d].entry(st).or_insert(0) += 1;
                        }
                    }
                }
                let text = match told < e {
                    true => chars[s..told].iter().collect(),
                    false => sentence,
                };
                raw.push((d, s, e, text, toks, part));
                if raw.len() % step == 0 && raw.len() < total {
                    progress(raw.len(), total);
                }
            }
            doc_ranges.push(ranges);
            doc_chars.push(chars);
        }
        drop((first_of, in_doc));
        // Only a text repeated in one article more often than an article repeats its
        // headline is indexed once for all its sentences.
        copies.retain(|first, _| flooded.contains(first));
        let n = counted;
        let idf = Idf::local(&df, n);
        let article_sim = article_similarities(&doc_tf, &doc_df);
        drop(doc_tf);
        let max_df = (n / 10).max(20) as u32;
        let sentences: Vec<Sentence> = raw
            .into_iter()
            .enumerate()
            .map(|(k, (doc, start, end, text, toks, part))| {
                let n = doc_ranges[doc].len().max(1);
                let position = (k - doc_first[doc]) as f32 / n as f32;
                let own_df = |p: &Prepared| match docs.len() > 2 {
                    true => p
                        .content()
                        .iter()
                        .map(|c| doc_df[doc].df.get(&c.0).copied().unwrap_or(0))
                        .collect(),
                    false => Vec::new(),
                };
                let mut prep = Prepared::from_tokens(text, toks, &idf);
                prep.position = position;
                let part = part.map(|(text, toks)| {
                    let mut p = Prepared::from_tokens(text, toks, &idf);
                    p.position = position;
                    // A page's timestamp line stays one without its frame.
                    p.cues |= prep.cues & super::prepared::TIMESTAMP;
                    let df = own_df(&p);
                    (p, df)
                });
                Sentence {
                    doc,
                    start,
                    end,
                    own_df: own_df(&prep),
                    prep,
                    part,
                }
            })
            .collect();
        let mut sentences = sentences;
        super::speakers::resolve_pronouns(&mut sentences, |s| (s.doc, &mut s.prep));
        let mut repeated = vec![false; sentences.len()];
        for &k in copies.values().flatten() {
            repeated[k as usize] = true;
        }
        let own_flood: Vec<bool> = sentences
            .iter()
            .zip(&text_id)
            .map(|(s, &t)| flooded_in.contains(&(s.doc, t)))
            .collect();
        let doc_places: Vec<ArticlePlaces> = (0..docs.len())
            .map(|d| {
                let end = doc_first.get(d + 1).copied().unwrap_or(sentences.len());
                ArticlePlaces::of(sentences[doc_first[d]..end].iter().map(|s| &s.prep))
            })
            .collect();
        // Each article's lead (its first sentences that report a fact: a byline or an
        // "Advertisement" line after the headline is no part of it) and all its sentences.
        let (leads, wholes): (Vec<Vec<&Prepared>>, Vec<Vec<&Prepared>>) = (0..docs.len())
            .map(|d| {
                let end = doc_first.get(d + 1).copied().unwrap_or(sentences.len());
                let whole: Vec<&Prepared> = sentences[doc_first[d]..end]
                    .iter()
                    .map(|s| &s.prep)
                    .collect();
                let lead = whole
                    .iter()
                    .copied()
                    .filter(|p| !super::page_lines::reports_no_fact(&p.text))
                    .take(super::flags::LEAD)
                    .collect();
                (lead, whole)
            })
            .unzip();
        let apart = events::apart_pairs(&doc_places, &leads, &wholes);
        let mut postings: StemMap<Vec<u32>> = StemMap::default();
        let mut by_stem: StemMap<Vec<u32>> = StemMap::default();
        for (i, s) in sentences.iter().enumerate() {
            for &(stem, _) in s.prep.content() {
                by_stem.entry(stem).or_default().push(i as u32);
            }
            // A copy is found through the first sentence of its text.
            if repeated[i] && !copies.contains_key(&(i as u32)) {
                continue;
            }
            for &(stem, _) in s.prep.content() {
                if df.get(&stem).copied().unwrap_or(0) <= max_df {
                    postings.entry(stem).or_default().push(i as u32);
                }
            }
        }
        progress(total, total);
        Corpus {
            sentences,
            doc_first,
            doc_ranges,
            doc_chars,
            idf,
            postings,
            by_stem,
            text_id,
            own_flood,
            repeated,
            copies,
            article_sim,
            doc_places,
            apart,
            doc_df,
            scoring,
        }
    }

    /// How alike documents `da` and `db` are as wholes, 0-1: the cosine of their sublinear
    /// TF-IDF vectors over content stems (`article_similarities` in `corpus.rs`); 0 for an
    /// unknown document.
    pub fn article_similarity(&self, da: usize, db: usize) -> f32 {
        let n = self.doc_ranges.len();
        if da >= n || db >= n {
            return 0.0;
        }
        self.article_sim[da * n + db]
    }

    /// Whether documents `da` and `db` tell two events in two places: the place each names
    /// most when their places are known apart (`flags::places_apart`: "leeds",
    /// "glasgow"), else the places their leads differ on when the leads also differ in
    /// date or figures and share none (`flags::leads_apart`: "granada", "valencia");
    /// `None` when they may tell one event or a document is unknown. Their pairs' scores
    /// are scaled down (`align::APART_FACTOR`).
    pub fn places_apart(&self, da: usize, db: usize) -> Option<(String, String)> {
        if !self.is_apart(da, db) {
            return None;
        }
        self.apart.get(da * self.doc_places.len() + db)?.clone()
    }

    /// Every pair of documents placed apart ([`Corpus::places_apart`]), `(a, b, place of
    /// a, place of b)` with `a < b`, in order.
    pub fn apart_pairs(&self) -> Vec<(usize, usize, String, String)> {
        let n = self.doc_places.len();
        (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .filter_map(|(a, b)| {
                let (pa, pb) = self.places_apart(a, b)?;
                Some((a, b, pa, pb))
            })
            .collect()
    }

    /// The IDF of the articles `da` and `db` alone ([`PairIdf`]).
    fn pair_idf(&self, da: usize, db: usize) -> PairIdf<'_> {
        PairIdf::new(&self.doc_df[da], &self.doc_df[db])
    }

    /// Whether sentences must be weighed again for each pair of articles: with more than
    /// two documents the corpus's IDF is not any pair's.
    fn weighs_pairs(&self) -> bool {
        self.doc_df.len() > 2
    }

    /// `a` (a text of document `da`) and `b` (of `db`) weighed by the IDF of those two
    /// articles alone: borrowed as they are when the corpus holds two documents.
    fn weighed<'p>(
        &self,
        (a, da): (&'p Prepared, usize),
        (b, db): (&'p Prepared, usize),
    ) -> (Cow<'p, Prepared>, Cow<'p, Prepared>) {
        if !self.weighs_pairs() {
            return (Cow::Borrowed(a), Cow::Borrowed(b));
        }
        let idf = self.pair_idf(da, db);
        let (mut a, mut b) = (a.clone(), b.clone());
        a.weigh_with(|x| idf.get(x));
        b.weigh_with(|x| idf.get(x));
        (Cow::Owned(a), Cow::Owned(b))
    }

    /// Every sentence pair of documents `da` and `db` with its alignment features
    /// (`(i, j, features)`, `i`/`j` index the documents' sentences): for training and
    /// evaluating the alignment model (`examples/eval_articles.rs`).
    #[doc(hidden)]
    pub fn pair_features(
        &self,
        da: usize,
        db: usize,
    ) -> Vec<(usize, usize, [f32; align::N_ALIGN])> {
        let (Some(&fa), Some(&fb)) = (self.doc_first.get(da), self.doc_first.get(db)) else {
            return Vec::new();
        };
        let (na, nb) = (self.doc_ranges[da].len(), self.doc_ranges[db].len());
        let mut out = Vec::with_capacity(na * nb);
        for i in 0..na {
            for j in 0..nb {
                let (a, b) = (&self.sentences[fa + i], &self.sentences[fb + j]);
                let (sa, sb) = (a.scored().0, b.scored().0);
                let whole = self.whole_cosine((&a.prep, sa), (&b.prep, sb), (da, db), None);
                let (sa, sb) = self.weighed((sa, da), (sb, db));
                let mut x = align::align_features(&sa, &sb);
                if let Some(c) = whole {
                    x[0] = x[0].max(c);
                }
                out.push((i, j, x));
            }
        }
        out
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.doc_ranges.len()
    }

    /// Whether the corpus holds no document.
    pub fn is_empty(&self) -> bool {
        self.doc_ranges.is_empty()
    }

    /// Total number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// Sentence ranges of document `doc` (empty for an unknown document).
    pub fn sentences(&self, doc: usize) -> &[(usize, usize)] {
        self.doc_ranges.get(doc).map_or(&[], |v| v.as_slice())
    }

    /// The sentence (index into `self.sentences`) of `doc` that is exactly `start..end`.
    fn sentence_at(&self, doc: usize, start: usize, end: usize) -> Option<usize> {
        let ranges = self.doc_ranges.get(doc)?;
        let k = ranges.binary_search(&(start, end)).ok()?;
        Some(self.doc_first[doc] + k)
    }

    /// The sentences with the text of sentence `i` (an indexed one): itself alone unless
    /// some article gives the text more than [`COUNTED_COPIES`] times.
    fn copies_of(&self, i: u32) -> impl Iterator<Item = u32> + '_ {
        let all = if self.repeated[i as usize] {
            self.copies.get(&i).map(Vec::as_slice)
        } else {
            None
        };
        let alone = all.is_none().then_some(i);
        all.unwrap_or(&[]).iter().copied().chain(alone)
    }

    /// The best matching sentences in every *other* document for the text
    /// `doc[start..end]` (code points; any span, not only a whole sentence): at most
    /// `per_doc` per document, all ranked by score, highest first, each with its reason and
    /// flags ([`Corpus::ranked`], explained). Empty if `doc` or the range is invalid.
    pub fn suggest(&self, doc: usize, start: usize, end: usize, per_doc: usize) -> Vec<Suggestion> {
        let (Some(q), Some(qs)) = (
            self.prepare_range(doc, start, end, false),
            self.prepare_range(doc, start, end, true),
        ) else {
            return Vec::new();
        };
        self.ranked_for((&q, &qs), doc, per_doc)
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
    /// hide the document's other sentences. Empty if `doc` or the range is invalid.
    pub fn ranked(&self, doc: usize, start: usize, end: usize, per_doc: usize) -> Vec<Ranked> {
        let (Some(q), Some(qs)) = (
            self.prepare_range(doc, start, end, false),
            self.prepare_range(doc, start, end, true),
        ) else {
            return Vec::new();
        };
        self.ranked_for((&q, &qs), doc, per_doc)
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

    /// [`Corpus::ranked`] for `q`, a text of document `doc`, whose candidates are found by
    /// the whole text and scored by its statement `qs`: (score, sentence index).
    fn ranked_for(
        &self,
        (q, qs): (&Prepared, &Prepared),
        doc: usize,
        per_doc: usize,
    ) -> Vec<(f64, u32)> {
        if per_doc == 0 {
            return Vec::new();
        }
        let mut search = PairSearch::new(self, doc);
        let cands = search.candidates(q, PREFILTER_COSINE);
        let mut scored: Vec<(f64, u32)> = Vec::with_capacity(cands.len());
        // The candidates are ascending, so grouped by document: `q` weighed once per pair.
        for group in cands
            .chunk_by(|&x, &y| self.sentences[x as usize].doc == self.sentences[y as usize].doc)
        {
            let db = self.sentences[group[0] as usize].doc;
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
                let score = self.in_context(doc, db, score);
                if score > 0.0 {
                    scored.push((score, j));
                }
            }
        }
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
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

#[cfg(test)]
mod tests;
