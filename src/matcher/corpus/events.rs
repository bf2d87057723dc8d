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

/// Row-major `docs x docs`: for each two documents told apart, the storm each names
/// (`storms_apart`: "Hurricane Odalys", as written), else the place each names (`places_apart`, else
/// the first place flag of `leads_apart`, or the place and time its time rule gives:
/// "elazig, tuesday", "2010"); `None` on the diagonal and for two documents that may tell
/// one event. `leads[d]` are the opening sentences of
/// document `d` that report a fact, `wholes[d]` all its sentences; what the leads rule
/// reads of each document is found once ([`ArticleLead`]).
pub(super) fn apart_pairs(
    places: &[ArticlePlaces],
    leads: &[Vec<&Prepared>],
    wholes: &[Vec<&Prepared>],
) -> Vec<Option<(String, String)>> {
    let n = places.len();
    let leads: Vec<ArticleLead> = leads
        .iter()
        .zip(wholes)
        .zip(places)
        .map(|((lead, whole), places)| ArticleLead::of(lead, whole, places))
        .collect();
    let storms: Vec<ArticleStorms> = wholes
        .iter()
        .map(|whole| ArticleStorms::of(whole.iter().copied()))
        .collect();
    let mut out = vec![None; n * n];
    for a in 0..n {
        for b in a + 1..n {
            // Two storm names, but leads that agree on place, day and figures: one storm
            // under two names ("Fung-wong" / "Uwan", `leads_agree`).
            let found = storms_apart(&storms[a], &storms[b])
                .filter(|_| !leads_agree(&leads[a], &leads[b]))
                .or_else(|| places_apart(&places[a], &places[b]))
                .or_else(|| leads_apart(leads.get(a)?, leads.get(b)?));
            if let Some((pa, pb)) = found {
                out[b * n + a] = Some((pb.clone(), pa.clone()));
                out[a * n + b] = Some((pa, pb));
            }
        }
    }
    out
}

impl super::Corpus {
    /// Whether documents `da` and `db` are told apart (the matrix [`apart_pairs`] gave;
    /// `false` for an unknown document).
    pub(super) fn is_apart(&self, da: usize, db: usize) -> bool {
        let n = self.doc_places.len();
        da < n && db < n && self.apart[da * n + db].is_some()
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
