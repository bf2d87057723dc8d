//! A span's cards from an article of another event (trial 57).
//!
//! - [`Corpus::comes_after`]: the cards of an article told apart (`corpus/events.rs`: two
//!   events of one kind, their scores scaled to `align::APART_FACTOR`) come after those of
//!   the articles that may report the span's own event, whatever their scores. Across
//!   languages this event's parallels score low (a German or Spanish parallel at 1-24 %,
//!   "across languages"), so a Dolomites crash a year earlier, told in English at 30 %,
//!   was the first card for 8 of 14 claims about an Alpine coach crash: a user saw the
//!   wrong crash first.
//! - [`Corpus::past_read`]: a sentence read as background about another time ("Last
//!   year, five people were killed when a coach carrying Polish tourists came off a
//!   mountain road in the Italian Dolomites." is read "Last year", `corpus/background.rs`)
//!   is read whole against an article told apart, which may report that past event: it
//!   scored 0.000 against that article's lead ("A bus carrying Polish tourists plunged
//!   off a mountain road in the Italian Dolomites …, killing five people …") and had no
//!   card. Its cards from such an article keep their place by score (it is about that
//!   event) and their scaling (the two articles are still two events).

use super::{Corpus, Suggestion};
use crate::matcher::features::Prepared;
use std::borrow::Cow;

impl Corpus {
    /// The whole sentence `doc[start..end]` when it is a sentence read as background about
    /// another time ([`Corpus`]'s sentences keep it: `Sentence::past`); `None` for any
    /// other span (a span that is no whole sentence is read whole already).
    pub(super) fn past_read(&self, doc: usize, start: usize, end: usize) -> Option<&Prepared> {
        let i = self.sentence_at(doc, start, end)?;
        self.sentences[i].past.as_deref()
    }

    /// Whether the cards of document `db` for the span `doc[start..end]` (code points) come
    /// after those of every document that may report the span's event: `db` is told apart
    /// from `doc` (two events of one kind, [`Corpus::places_apart`]) and the span is not a
    /// sentence about another time ([`Corpus::past_read`]), which may tell `db`'s event.
    /// `false` for an unknown document.
    pub fn comes_after(&self, (doc, start, end): (usize, usize, usize), db: usize) -> bool {
        self.is_apart(doc, db) && self.past_read(doc, start, end).is_none()
    }

    /// [`Corpus::score_ranges`] of `a = (doc, start, end)` against `b` when either is a
    /// sentence read as background about another time ([`Corpus::past_read`]) and their
    /// documents are told apart: that sentence read whole, as [`Corpus::ranked`] scores it
    /// there. `None` otherwise (or for an invalid range): the ranges are scored as they are.
    pub(super) fn score_past(
        &self,
        a: (usize, usize, usize),
        b: (usize, usize, usize),
    ) -> Option<Suggestion> {
        let (pa, pb) = (self.past_read(a.0, a.1, a.2), self.past_read(b.0, b.1, b.2));
        if (pa.is_none() && pb.is_none()) || !self.is_apart(a.0, b.0) {
            return None;
        }
        let ((qa, sta), (qb, stb)) = (self.read_side(a, pa)?, self.read_side(b, pb)?);
        let score = self.read_score((a.0, &qa, &sta), (b.0, &qb, &stb));
        Some(self.explain_ranges(a, b, (&qa, &qb), score))
    }

    /// A side of [`Corpus::score_past`]: its whole text and the statement the score reads,
    /// both the whole sentence for background read whole (`past`).
    fn read_side<'c>(
        &'c self,
        (d, s, e): (usize, usize, usize),
        past: Option<&'c Prepared>,
    ) -> Option<(Cow<'c, Prepared>, Cow<'c, Prepared>)> {
        match past {
            Some(w) => Some((Cow::Borrowed(w), Cow::Borrowed(w))),
            None => Some((
                self.prepare_range(d, s, e, false)?,
                self.prepare_range(d, s, e, true)?,
            )),
        }
    }
}
