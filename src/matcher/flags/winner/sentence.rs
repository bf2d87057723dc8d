//! The reader of one sentence for the who-won rule (`flags/winner.rs`): names as sides
//! (capitalised words, an article before them left out), scores, genitives.

use super::words::{FROM_COUNTRY, SIDE_ENDS};
use super::{key, result_word, Side};
use crate::matcher::flags::figures::{dashed, figure, whole};
use crate::matcher::flags::surface;
use crate::matcher::lexicon::articles::BEFORE_NAME as ARTICLES;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// The text of `p` as characters, with the tokens: what the readers below look at.
pub(super) struct Sentence<'a> {
    pub(super) p: &'a Prepared,
    pub(super) chars: Vec<char>,
}

/// Whether a key ([`key`]) names a country (`speakers::country_word`), a genitive "'s"
/// left out ("Kenya's"), as [`Sentence::person_before`] reads a person's country.
fn country(k: &str) -> bool {
    let word = k.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    crate::matcher::speakers::country_word(word).is_some()
}

impl<'a> Sentence<'a> {
    pub(super) fn toks(&self) -> &'a [Token] {
        &self.p.tokens
    }

    /// The characters between tokens `k - 1` and `k`.
    pub(super) fn gap(&self, k: usize) -> &[char] {
        let toks = self.toks();
        match k.checked_sub(1) {
            Some(j) if k < toks.len() => self.chars.get(toks[j].end..toks[k].start).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Whether a clause ends between tokens `k - 1` and `k` (a comma, a full stop, a colon,
    /// a semicolon, a bracket, a dash or a quotation mark).
    pub(super) fn breaks(&self, k: usize) -> bool {
        self.gap(k)
            .iter()
            .any(|c| ",.;:()\"\u{201c}\u{201d}\u{201e}\u{ab}\u{bb}\u{2014}\u{2013}".contains(*c))
    }

    /// Whether token `k` may be a word of a name: a word (no number, no date) written with
    /// a capital (after an elided article: "l'OM"), no stop word, and no word of a result.
    pub(super) fn name_word(&self, k: usize) -> bool {
        let Some(t) = self.toks().get(k) else {
            return false;
        };
        let written = self.chars.get(t.start..t.end).unwrap_or(&[]);
        let after_elision = written
            .iter()
            .position(|c| matches!(c, '\'' | '\u{2019}'))
            .filter(|&i| i <= 3)
            .map_or(0, |i| i + 1);
        let capital = written
            .get(after_elision)
            .or(written.first())
            .is_some_and(|c| c.is_uppercase());
        capital && t.kind == Kind::Word && !t.stop && !t.date && !result_word(&t.norm)
    }

    /// The side named by tokens `first..=last`, an article at its start left out, only its
    /// countries' words when it has some; `None` when nothing is left.
    pub(super) fn side(&self, first: usize, last: usize) -> Option<Side> {
        let mut side = self.as_written(first, last)?;
        // "Russian forces", "Pakistani positions": the side is the country its people's
        // adjective names (`key`), whatever noun follows.
        let country = |k: &String| crate::matcher::speakers::country_word(k).is_some();
        if side.stems.iter().any(country) {
            side.stems.retain(country);
        }
        Some(side)
    }

    /// The side named by tokens `first..=last` with all its words' keys, an article at its
    /// start left out; `None` when nothing is left.
    fn as_written(&self, mut first: usize, last: usize) -> Option<Side> {
        let toks = self.toks();
        while first < last && ARTICLES.contains(&toks[first].norm.as_str()) {
            first += 1;
        }
        let stems = toks[first..=last]
            .iter()
            .filter(|t| !ARTICLES.contains(&t.norm.as_str()))
            .map(key)
            .collect::<Vec<_>>();
        (!stems.is_empty()).then(|| Side {
            stems,
            range: (toks[first].start, toks[last].end),
        })
    }

    /// The person named by the name ending at token `end`, where a country told with a
    /// person is the person's, not the side (trial 44: "Daniel Kiprop of Kenya won the
    /// marathon"): a country after a preposition of [`FROM_COUNTRY`] or in brackets after
    /// a name ("Daniel Kiprop of Kenya", "Daniel Kiprop (Kenya)") is that name; a
    /// country's genitive or its people's word before other words of a name ("Kenya's
    /// Daniel Kiprop", "le Kényan Daniel Kiprop", "Kenyan Daniel Kiprop") is left out, not
    /// a country's name ("Austria Vienna", a club). Any other name as
    /// [`Self::name_before`] reads it.
    pub(super) fn person_before(&self, end: usize) -> Option<Side> {
        let toks = self.toks();
        let first = self.name_start(end)?;
        let keys: Vec<String> = toks[first..=end].iter().map(key).collect();
        if keys.iter().all(|k| country(k)) {
            let before = first.checked_sub(1);
            let of = before.filter(|&k| {
                FROM_COUNTRY.contains(&toks[k].norm.as_str())
                    && !self.breaks(k + 1)
                    && !self.breaks(k)
            });
            let bracketed = self.gap(first).contains(&'(')
                && toks
                    .get(end + 1)
                    .is_none_or(|_| self.gap(end + 1).contains(&')'));
            let person = match (of, bracketed) {
                (Some(k), _) => k.checked_sub(1).and_then(|j| self.name_before(j)),
                (None, true) => before.and_then(|j| self.name_before(j)),
                _ => None,
            };
            return person.or_else(|| self.side(first, end));
        }
        // "Kenya's Daniel Kiprop", "Kényan Daniel Kiprop": a genitive of a country or an
        // adjective of its people opening the name qualifies the person after it ("Austria
        // Vienna" is a club's name).
        let qualifies = |k: usize| {
            let t = &toks[k];
            country(&t.norm)
                && (self.genitive(k) || !crate::matcher::speakers::country_name(&t.norm))
        };
        let lead = (first..=end).take_while(|&k| qualifies(k)).count();
        if lead > 0 && lead < keys.len() {
            return self.as_written(first + lead, end);
        }
        self.side(first, end)
    }

    /// The first token of the name ending at token `end`, reading back over the words of
    /// a name joined by no punctuation.
    pub(super) fn name_start(&self, end: usize) -> Option<usize> {
        if !self.name_word(end) {
            return None;
        }
        let mut first = end;
        while first > 0 && self.name_word(first - 1) && !self.breaks(first) {
            first -= 1;
        }
        Some(first)
    }

    /// The name ending at token `end` (inclusive).
    pub(super) fn name_before(&self, end: usize) -> Option<Side> {
        self.side(self.name_start(end)?, end)
    }

    /// The name starting at token `start` (an article or a Spanish personal "a" before it
    /// skipped): the side and its last token.
    pub(super) fn name_after(&self, start: usize) -> Option<(Side, usize)> {
        let toks = self.toks();
        let mut s = start;
        let skippable = |t: &Token| ARTICLES.contains(&t.norm.as_str()) || t.norm == "a";
        while s < start + 2 && toks.get(s).is_some_and(|t| skippable(t) && !t.capital) {
            s += 1;
        }
        if s > start && self.breaks(s) || !self.name_word(s) {
            return None;
        }
        let mut last = s;
        while self.name_word(last + 1) && !self.breaks(last + 1) {
            last += 1;
        }
        Some((self.side(s, last)?, last))
    }

    /// Whether token `k` may be a word of a side told by common nouns ("the police", "riot
    /// police", "Russian forces"): a word (no number, no date), no stop word of any
    /// language, no word of a result and no preposition of [`SIDE_ENDS`].
    fn noun_word(&self, k: usize) -> bool {
        self.toks().get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.stop
                && t.foreign == 0
                && !t.date
                && !t.negation
                && !result_word(&t.norm)
                && !SIDE_ENDS.contains(&t.norm.as_str())
        })
    }

    /// A side told by up to two common nouns ending at token `end` (inclusive), right after
    /// an article, a clause's end or the sentence's start: "the police", "Russian forces"
    /// (the subject of an attack, when no name stands there).
    pub(super) fn nouns_before(&self, end: usize) -> Option<Side> {
        let toks = self.toks();
        if !self.noun_word(end) {
            return None;
        }
        let two = end > 0 && self.noun_word(end - 1) && !self.breaks(end);
        let first = end - usize::from(two);
        let opens =
            first == 0 || self.breaks(first) || ARTICLES.contains(&toks[first - 1].norm.as_str());
        opens.then(|| self.side(first, end)).flatten()
    }

    /// A side told by up to two common nouns starting at token `start`, an article before
    /// them skipped ("attacked the protesters", "shelled Pakistani positions"): the side
    /// and its last token.
    pub(super) fn nouns_after(&self, start: usize) -> Option<(Side, usize)> {
        let toks = self.toks();
        let mut s = start;
        let skippable = |t: &Token| ARTICLES.contains(&t.norm.as_str()) || t.norm == "a";
        while s < start + 2 && toks.get(s).is_some_and(skippable) {
            s += 1;
        }
        if s > start && self.breaks(s) || !self.noun_word(s) {
            return None;
        }
        let last = s + usize::from(self.noun_word(s + 1) && !self.breaks(s + 1));
        Some((self.side(s, last)?, last))
    }

    /// A score starting at token `i` ("2-1", "2\u{2013}1", "2:1"): the index after it and
    /// its two figures, low first.
    pub(super) fn score(&self, i: usize) -> Option<(usize, (u32, u32))> {
        let toks = self.toks();
        let whole = |k: usize| {
            figure(toks, k)
                .or_else(|| toks.get(k).and_then(whole).map(f64::from))
                .filter(|v| v.fract() == 0.0 && (0.0..100.0).contains(v))
                .map(|v| v as u32)
        };
        let (x, y) = (whole(i)?, whole(i + 1)?);
        let joined = dashed(self.p, i) || surface(self.p, toks[i].end, toks[i + 1].start) == ":";
        joined.then_some((i + 2, (x.min(y), x.max(y))))
    }

    /// The index after a score starting at `i`, or `i`.
    pub(super) fn skip_score(&self, i: usize) -> usize {
        self.score(i).map_or(i, |(j, _)| j)
    }

    /// Whether token `k` ends with a genitive "'s" ("Arsenal's", "Rapid’s", "Spurs'").
    pub(super) fn genitive(&self, k: usize) -> bool {
        let t = &self.toks()[k];
        let w = self.chars.get(t.start..t.end).unwrap_or(&[]);
        let apostrophe = |c: &char| matches!(c, '\'' | '\u{2019}');
        matches!(w, [.., a, 's'] if apostrophe(a)) || matches!(w, [.., 's', a] if apostrophe(a))
    }
}
