//! Two events of one kind told alike: articles that place their stories in places known
//! apart (`flags::places_apart`: an earthquake in Chile and one in Japan, a strike in Leeds
//! and one in Glasgow) are read as reports of two events, whatever their words share: the
//! score of every pair between them is scaled by [`align::APART_FACTOR`], so a sentence
//! told alike in both ("There were no immediate reports of damage.") is not shown as the
//! same fact. Two events in one country are parted by their leads instead
//! (`flags::leads_apart`: "near Granada ... on Sunday" / "near Valencia ... on Saturday"),
//! and so are two events in one place at two times (other years, or weekday, time and
//! figures all told otherwise: a quake in Elazig in 2010 and one there in 2020). Two
//! articles that each name a storm, neither the other's ("Hurricane Odalys" / "Hurricane
//! Bertrán", `flags::storms_apart`), tell of two storms wherever they place them, unless
//! their leads agree on a place, a day and two figures (`flags::leads_agree`: one storm
//! under two names, "Typhoon Fung-wong" and its Philippine name "Typhoon Uwan").

use super::super::align;
use super::super::features::Prepared;
use super::super::flags::{
    leads_agree, leads_apart, places_apart, storms_apart, ArticleLead, ArticlePlaces, ArticleStorms,
};
use std::cell::OnceCell;

/// What the two-events rule reads of one article, found once: its lead (the opening
/// sentences that report a fact, [`ArticleLead`]) and the storms it names
/// ([`ArticleStorms`]).
pub(super) struct ArticleEvents<'p> {
    lead: ArticleLead<'p>,
    storms: ArticleStorms,
}

/// Whether articles `a` and `b` (their known places and [`ArticleEvents`]) tell two
/// events: the storm each names (`storms_apart`: "Hurricane Odalys", as written), else the
/// place each names (`places_apart`), else the first place flag of `leads_apart` (or the
/// place and time its time rule gives: "elazig, tuesday", "2010"); `None` when they may
/// tell one event. Asked with `a < b` (the answer for `b, a` is this one swapped).
fn told_apart(
    (places_a, a): (&ArticlePlaces, &ArticleEvents),
    (places_b, b): (&ArticlePlaces, &ArticleEvents),
) -> Option<(String, String)> {
    // Two storm names, but leads that agree on place, day and figures: one storm under
    // two names ("Fung-wong" / "Uwan", `leads_agree`).
    storms_apart(&a.storms, &b.storms)
        .filter(|_| !leads_agree(&a.lead, &b.lead))
        .or_else(|| places_apart(places_a, places_b))
        .or_else(|| leads_apart(&a.lead, &b.lead))
}

/// Row-major `docs x docs`: for each two documents told apart ([`told_apart`]), the storm
/// or place each names; `None` on the diagonal and for two documents that may tell one
/// event.
fn apart_pairs(corpus: &super::Corpus) -> Vec<Option<(String, String)>> {
    let n = corpus.len();
    let events: Vec<ArticleEvents> = (0..n).map(|d| corpus.article_events(d)).collect();
    let mut out = vec![None; n * n];
    for a in 0..n {
        for b in a + 1..n {
            let found = told_apart(
                (corpus.places_of(a), &events[a]),
                (corpus.places_of(b), &events[b]),
            );
            if let Some((pa, pb)) = found {
                out[b * n + a] = Some((pb.clone(), pa.clone()));
                out[a * n + b] = Some((pa, pb));
            }
        }
    }
    out
}

/// The two-events verdicts one all-pairs job asks for, each article pair's found when
/// first asked ([`told_apart`]; the articles' [`ArticleEvents`] read once each): a job
/// scales only the pairs that would be kept without the scaling, so most article pairs
/// are never asked (the whole matrix, [`super::Corpus::places_apart`]'s, is used when it
/// was found already). The same verdicts as the matrix's.
pub(super) struct ApartAsked<'c> {
    corpus: &'c super::Corpus,
    events: Vec<OnceCell<ArticleEvents<'c>>>,
    /// Per article pair `(a, b)`, `a < b`, at `a * docs + b`: whether told apart, once
    /// asked.
    verdicts: Vec<Option<bool>>,
}

impl<'c> ApartAsked<'c> {
    /// No verdict asked yet of `corpus`'s article pairs.
    pub(super) fn new(corpus: &'c super::Corpus) -> ApartAsked<'c> {
        let n = corpus.len();
        let asked = corpus.apart.get().is_none();
        ApartAsked {
            corpus,
            events: (0..n).map(|_| OnceCell::new()).collect(),
            verdicts: vec![None; if asked { n * n } else { 0 }],
        }
    }

    /// Whether documents `da` and `db` are told apart ([`super::Corpus::is_apart`]'s
    /// answer; `false` for an unknown document or `da == db`).
    pub(super) fn is_apart(&mut self, da: usize, db: usize) -> bool {
        let c = self.corpus;
        let n = c.len();
        if c.apart.get().is_some() || da >= n || db >= n {
            return c.is_apart(da, db);
        }
        if da == db {
            return false;
        }
        let (a, b) = (da.min(db), da.max(db));
        if let Some(v) = self.verdicts[a * n + b] {
            return v;
        }
        let events = &self.events;
        let of = |d: usize| events[d].get_or_init(|| c.article_events(d));
        let v = told_apart((c.places_of(a), of(a)), (c.places_of(b), of(b))).is_some();
        self.verdicts[a * n + b] = Some(v);
        v
    }
}

impl super::Corpus {
    /// Whether documents `da` and `db` are told apart (the matrix [`apart_pairs`] gave;
    /// `false` for an unknown document).
    pub(super) fn is_apart(&self, da: usize, db: usize) -> bool {
        let n = self.len();
        da < n && db < n && self.apart_matrix()[da * n + db].is_some()
    }

    /// The matrix of [`apart_pairs`], found when first asked (all-pairs matching asks
    /// only the article pairs it needs, [`ApartAsked`]).
    pub(super) fn apart_matrix(&self) -> &[Option<(String, String)>] {
        self.apart.get_or_init(|| apart_pairs(self))
    }

    /// The known places document `d` names ([`ArticlePlaces`]), found when first asked.
    pub(super) fn places_of(&self, d: usize) -> &ArticlePlaces {
        self.doc_places[d]
            .get_or_init(|| ArticlePlaces::of(self.doc_sentences(d).iter().map(|s| &s.prep)))
    }

    /// The sentences of document `d` (of `self.sentences`, from `doc_first[d]`; empty for
    /// an unknown document).
    pub(super) fn doc_sentences(&self, d: usize) -> &[super::Sentence] {
        let first = self
            .doc_first
            .get(d)
            .copied()
            .unwrap_or(self.sentences.len());
        let end = self
            .doc_first
            .get(d + 1)
            .copied()
            .unwrap_or(self.sentences.len());
        &self.sentences[first..end]
    }

    /// What the two-events rule reads of document `d` ([`ArticleEvents`]): its lead (its
    /// first sentences that report a fact: a byline or an "Advertisement" line after the
    /// headline is no part of it) and its storms, over all its sentences.
    fn article_events(&self, d: usize) -> ArticleEvents<'_> {
        let whole: Vec<&Prepared> = self.doc_sentences(d).iter().map(|s| &s.prep).collect();
        let lead: Vec<&Prepared> = whole
            .iter()
            .copied()
            .filter(|p| !super::super::page_lines::reports_no_fact(&p.text))
            .take(super::super::flags::LEAD)
            .collect();
        ArticleEvents {
            lead: ArticleLead::of(&lead, &whole, self.places_of(d)),
            storms: ArticleStorms::of(whole.iter().copied()),
        }
    }

    /// `score`, a pair's calibrated probability between documents `da` and `db`, scaled
    /// down when their places are known apart ([`align::apart_scaled`]).
    pub(super) fn in_context(&self, da: usize, db: usize, score: f64) -> f64 {
        if self.is_apart(da, db) {
            align::apart_scaled(score)
        } else {
            score
        }
    }
}
