//! Two events of one kind told by their leads: two articles whose opening sentences place
//! their stories in different places *and* date or count them differently, while agreeing on
//! no date or figure, report two events ("14 people were killed ... near Granada early on
//! Sunday" / "Eleven people were killed ... near Valencia late on Saturday"; two fires in
//! two towns the gazetteer does not know, on a Sunday and a Wednesday). It completes
//! `article_places.rs`, which needs every known place of one article apart from every known
//! place of the other and so cannot part two events in one country (both name "Spain").
//!
//! The lead of an article is its first [`LEAD`] sentences (the headline and the opening
//! paragraph or two), where a news story says what happened, where and when. The place,
//! count, date and vehicle flags of every pair of lead sentences are read and weighed
//! ([`leads_apart`]): other places (needed), other days, other counts, other dates or
//! times and other vehicles are evidence of two events; a weekday, a month or a clock time
//! in common is weak evidence of one (one crash in seven falls on a Tuesday, trial 25), a
//! city both articles name besides the flagged places stronger ("the line between Augsburg
//! and Ulm"), a quotation both give word for word weak ("deeply shocked"). A telling figure
//! in common (not a whole number below [`SMALL_FIGURE`] nor a clock time) or a place finer
//! than a region named in both leads keeps two leads together outright: two reports of one
//! event told from two places ("at least 1,500 people ... in Turkey" / "at least 800
//! people in northern Syria") agree on its magnitude ("7.8").

use super::places::{is_wide, place_names};
use super::times::clock_times;
use super::ArticlePlaces;
use super::{flags_before_places, place_flags, place_kinds};
use crate::matcher::features::Prepared;
use crate::matcher::text::{hash_str, Kind};
use evidence::{
    differences, is_dated, names_words, place_text, same_value, share_place, shared_weekday,
    telling, words, Differences,
};
use std::cell::OnceCell;

mod dateline;
pub(super) use dateline::dateline_place;
mod evidence;
pub(super) mod markets;
pub(super) mod periods;
#[cfg(test)]
mod tests_calendar;
#[cfg(test)]
mod tests_dateline;
#[cfg(test)]
mod tests_periods;
#[cfg(test)]
mod tests_told_from;
#[cfg(test)]
mod tests_when;
mod told_from;
mod when;

/// How many opening sentences of an article are its lead.
pub const LEAD: usize = 4;

/// A whole number below this is no evidence that two leads tell one event ("nine
/// people", "two days": many events share them); a larger or fractional figure is
/// ("magnitude 7.8", "40 injured").
const SMALL_FIGURE: f64 = 10.0;

/// What [`leads_apart`] reads of one article, found once per article (a corpus of `n`
/// articles compares `n (n - 1) / 2` pairs of them): its lead, the lead's weekdays,
/// months and telling figures, whether it is dated, the places it names, and the
/// lower-case words of its sentences.
#[derive(Debug, Clone)]
pub struct ArticleLead<'p> {
    /// The first [`LEAD`] sentences given as the lead.
    lead: Vec<&'p Prepared>,
    /// Which kinds of place flag each lead sentence can give (`flags::place_kinds`).
    place_kinds: Vec<u8>,
    /// The weekdays, months and telling figures (not a whole number below
    /// [`SMALL_FIGURE`]) of the lead's sentences, each with whether it is weak evidence of
    /// one event when shared: a weekday or a month (one in seven or twelve events of one
    /// kind share it), a figure of a clock time ("7:15 a.m.").
    telling: Vec<(Kind, bool)>,
    /// Whether the lead names a weekday or a year ([`is_dated`]).
    dated: bool,
    /// The years the article dates its story to, each with whether its dateline gives it
    /// (`when::event_years`).
    years: Vec<(u32, bool)>,
    /// The reporting periods the lead names (`periods::lead_periods`: "second-quarter",
    /// "im dritten Quartal", "H1").
    periods: Vec<periods::Period>,
    /// The last words of the names of two capitalised words or more the lead gives
    /// (`when::lead_names`: "ruiz" of "Elena Ruiz", "airlines" of "Yeti Airlines").
    name_ends: Vec<String>,
    /// The words of each place finer than a region the lead names (`places::place_names`
    /// that are no region, `places::is_wide`: two events in one region, "Bavaria", share
    /// it).
    places: Vec<Vec<String>>,
    /// The lower-case words of each lead sentence.
    lead_words: Vec<Vec<String>>,
    /// The place of the lead's wire dateline, lower-case words (`dateline::dateline_place`:
    /// "seville" of "SEVILLE, Spain (Reuters) - …").
    dateline: Option<Vec<String>>,
    /// The month and day of the lead's wire dateline (`told_from::month_day`: "Dec 4",
    /// "3 dic"), if it gives one.
    dateline_date: Option<(u8, u8)>,
    /// The places of the lead for [`told_from`]: its dateline's place and the cities its
    /// sentences name anywhere ("A London court", "de Tarragona"), lower-case words.
    lead_places: Vec<Vec<String>>,
    /// For a lead without a dateline, the place it says its story happened in
    /// ([`lead_town`]), lower-case words ("marl" of "A fire broke out at a chemical plant
    /// in Marl"), weighed by [`told_from`] as a dateline's place against a lead that has
    /// one.
    town: Option<Vec<String>>,
    /// The names of the lead's sentences with the words around them (`told_from::Slot`).
    slots: Vec<told_from::Slot>,
    /// The lead's sentences that tell no time before the story's (`told_from::story_lead`:
    /// not "Last year Tadese Bekele won the race"), whose results are the story's.
    story_lead: Vec<&'p Prepared>,
    /// The countries and first-level regions the lead's sentences name anywhere, not in
    /// its dateline (`told_from::lead_regions`: "a Texas law", "no Mali").
    regions: Vec<told_from::Region>,
    /// All the article's sentences.
    whole: Vec<&'p Prepared>,
    /// The lower-case words of each sentence of the whole article, and the hashes of
    /// all of them (`text::hash_str`, sorted, each once), found when first read (only
    /// for leads with a place flag).
    whole_words: OnceCell<(Vec<Vec<String>>, Vec<u64>)>,
    /// The cities the article names anywhere (`ArticlePlaces::cities`).
    cities: Vec<String>,
    /// The lower-case words of each quotation of two words or more the article gives,
    /// found when first read (only for leads that would be told apart).
    quotations: OnceCell<Vec<Vec<String>>>,
    /// The days of a month (month, day) the lead dates its facts to, each once, in order
    /// ([`lead_days`] without a wire dateline's date), for [`calendar_apart`].
    days: Vec<(u8, u32)>,
    /// The same with a wire dateline's date ("PARIS, 14 mai 2026 (AFP) - …").
    dated_days: Vec<(u8, u32)>,
    /// The days of a month any sentence of the whole article names, a dateline's too,
    /// each once (`dates::calendar_days`), found when first read (only for leads whose
    /// days [`calendar_apart`] would tell apart).
    whole_days: OnceCell<Vec<(u8, u32)>>,
}

impl<'p> ArticleLead<'p> {
    /// The lead facts of an article: `lead` its first sentences that report a fact, in
    /// order (only the first [`LEAD`] are read), `whole` all its sentences, `known` its
    /// known places.
    pub fn of(
        lead: &[&'p Prepared],
        whole: &[&'p Prepared],
        known: &ArticlePlaces,
    ) -> ArticleLead<'p> {
        let lead: Vec<&Prepared> = lead.iter().copied().take(LEAD).collect();
        let mut telling_kinds = Vec::new();
        for p in &lead {
            let clocks = clock_times(p);
            for (i, t) in p.tokens.iter().enumerate() {
                // A fraction in words ("the first half", "a quarter") tells nothing.
                let fraction = matches!(t.kind, Kind::Number(v) if v.fract() != 0.0);
                let in_words =
                    fraction && p.text.chars().nth(t.start).is_some_and(char::is_alphabetic);
                if telling(&t.kind) && !(in_words && fraction) {
                    let in_clock = clocks
                        .iter()
                        .any(|c| (c.tokens.0..=c.tokens.1).contains(&i));
                    // A day of a month ("Sept 30" / "June 30") tells no more than a
                    // weekday: two quarters end on the 30th (trial 32, F2).
                    let day = t.date && matches!(t.kind, Kind::Number(v) if v < 32.0);
                    let weak =
                        in_clock || day || matches!(t.kind, Kind::Weekday(_) | Kind::Month(_));
                    telling_kinds.push((t.kind, weak));
                }
            }
        }
        // The lead's words without the names of stock markets ("shares fell 3% in
        // Amsterdam", `markets.rs`): a place named only so is none of the lead's.
        let lead_words: Vec<Vec<String>> = lead
            .iter()
            .map(|p| words(&markets::without_markets(p)))
            .collect();
        let places: Vec<Vec<String>> = lead
            .iter()
            .flat_map(|p| place_names(p))
            .filter(|n| !is_wide(n))
            .map(|n| words(&n))
            .filter(|w| !w.is_empty())
            .filter(|w| {
                let name = w.join(" ");
                names_words(&lead_words, w) || !lead.iter().any(|p| markets::market_only(p, &name))
            })
            .collect();
        let dateline = dateline::dateline_place(&lead);
        // An undated lead's first place stands for its dateline (trial 44, 1: "A fire
        // broke out at a chemical plant in Marl" / "LEVERKUSEN, Germany (AP) — A fire
        // broke out at a chemical plant"): where the story says it happened, even in a
        // town the gazetteer does not know ([`lead_town`]).
        let town = match dateline {
            Some(_) => None,
            None => lead_town(&lead, &places),
        };
        // `ArticlePlaces` leaves the markets out already.
        let lead_cities = ArticlePlaces::of(lead.iter().copied()).cities();
        let years = when::event_years(&lead, whole);
        ArticleLead {
            story_lead: told_from::story_lead(&lead, &years),
            dateline_date: dateline::dateline_date(&lead),
            lead_places: told_from::lead_places(dateline.as_ref(), lead_cities),
            slots: told_from::lead_slots(&lead),
            regions: told_from::lead_regions(&lead),
            dated: is_dated(&lead),
            years,
            name_ends: when::lead_names(&lead),
            periods: periods::lead_periods(&lead),
            telling: telling_kinds,
            town,
            places,
            lead_words,
            dateline,
            place_kinds: lead.iter().map(|p| place_kinds(p)).collect(),
            days: lead_days(&lead, false),
            dated_days: lead_days(&lead, true),
            lead,
            whole: whole.to_vec(),
            whole_words: OnceCell::new(),
            quotations: OnceCell::new(),
            whole_days: OnceCell::new(),
            cities: known.cities(),
        }
    }

    /// Whether some sentence of the whole article names one of `days` (month, day), a
    /// dateline's date too: the article's days are read once, when first asked.
    fn names_a_day(&self, days: &[(u8, u32)]) -> bool {
        !days.is_empty()
            && self
                .whole_days
                .get_or_init(|| lead_days(&self.whole, true))
                .iter()
                .any(|d| days.contains(d))
    }

    /// Whether the two articles give one quotation of two words or more word for word
    /// ("deeply shocked"): two reports of one event quote one speaker; two events seldom
    /// share what was said.
    fn share_a_quotation(&self, other: &ArticleLead) -> bool {
        let (qa, qb) = (self.quotations(), other.quotations());
        qa.iter().any(|q| qb.contains(q))
    }

    /// The article's quotations of two words or more, lower-case words.
    fn quotations(&self) -> &[Vec<String>] {
        self.quotations.get_or_init(|| {
            let mut out: Vec<Vec<String>> = Vec::new();
            for p in &self.whole {
                if !p
                    .text
                    .contains(['"', '\u{201c}', '\u{201e}', '\u{ab}', '\u{bb}', '\u{300c}'])
                {
                    continue;
                }
                let chars = crate::matcher::flags::chars_of(p);
                for (s, e) in crate::matcher::part::quoted_parts(chars) {
                    let text: String = chars[s.min(e)..e.min(chars.len())].iter().collect();
                    let w = words(&text);
                    if w.len() >= 2 && !out.contains(&w) {
                        out.push(w);
                    }
                }
            }
            out
        })
    }

    /// Whether the article writes `word` (lower case) capitalised somewhere: a name's word
    /// ("Whitford"), not the common word ("court" of "crown court").
    fn writes_proper(&self, word: &str) -> bool {
        !word.is_empty()
            && self
                .whole
                .iter()
                .any(|p| p.tokens.iter().any(|t| t.proper && t.norm == word))
    }

    /// Whether the article names `place` (lower case) anywhere, as whole words, not as a
    /// stock market's place (`markets.rs`: "shares fell 3% in Amsterdam"). A place
    /// whose first word the article never writes (most names asked of it: the words are
    /// known by their hashes, sorted) is not looked for sentence by sentence.
    fn names(&self, place: &str) -> bool {
        let (whole, hashes) = self.whole_words.get_or_init(|| {
            let whole: Vec<Vec<String>> = self
                .whole
                .iter()
                .map(|p| words(&markets::without_markets(p)))
                .collect();
            let mut hashes: Vec<u64> = whole.iter().flatten().map(|w| hash_str(w)).collect();
            hashes.sort_unstable();
            hashes.dedup();
            (whole, hashes)
        });
        let place = words(place);
        match place.first() {
            Some(first) if hashes.binary_search(&hash_str(first)).is_ok() => {
                names_words(whole, &place)
            }
            _ => false,
        }
    }
}

/// The place an undated lead says its story happened in, lower-case words ("marl" of "A
/// fire broke out at a chemical plant in Marl on Tuesday"): the first of its `places` (no
/// region, no market) that is no German noun ([`common_noun`]) in its first sentence that
/// names one and ends as a sentence does (a full stop, a question or exclamation mark, a
/// closing quotation mark), else in its headline. Only the first: a town named later in
/// passing ("the smoke was seen in Recklinghausen") is no place of the event; a headline
/// drops the article that tells a German noun ("Brand in Chemiepark").
fn lead_town(lead: &[&Prepared], places: &[Vec<String>]) -> Option<Vec<String>> {
    let ends_as_sentence = |p: &Prepared| {
        p.text.trim_end().ends_with([
            '.', '!', '?', '"', '\u{201d}', '\u{bb}', '\u{300d}', '\u{3002}',
        ])
    };
    let first = |told: bool| {
        lead.iter()
            .filter(|p| ends_as_sentence(p) == told)
            .flat_map(|p| place_names(p))
            .map(|n| words(&n))
            .find(|w| places.contains(w) && !common_noun(lead, w))
    };
    first(true).or_else(|| first(false))
}

/// Whether `place` (lower-case words), a place the gazetteer does not know, is a German
/// noun: some sentence of `lead` writes its first word right after a German article
/// (`lexicon::german::ARTICLES`: "In einem *Chemiewerk* in Marl", whose headline says
/// "Brand in Chemiewerk"). German capitalises its nouns, and a town takes no article.
fn common_noun(lead: &[&Prepared], place: &[String]) -> bool {
    use crate::matcher::lexicon::german::ARTICLES;
    let Some(first) = place.first() else {
        return false;
    };
    super::gazetteer::readings(&place.join(" ")).is_empty()
        && lead.iter().any(|p| {
            p.tokens
                .windows(2)
                .any(|w| ARTICLES.contains(&w[0].norm.as_str()) && w[1].norm == *first)
        })
}

/// Whether the leads of two articles ([`ArticleLead`]) tell two events. Needed: a place
/// flag between some two lead sentences (the softer kind too: two towns the gazetteer does
/// not know, "in Millbrook" / "in Ashcombe") whose places the other article does not name,
/// and the leads told on other days (each names a weekday or a year, no weekday in common)
/// or a solid date or count flag between some two ("magnitude 7.5" / "magnitude 9.0"); no
/// telling figure in common; no place finer than a region that one lead names and the
/// other lead names anywhere ("Thornton Heath" in both a "Croydon" and a "south London"
/// story, trial 25). Then the evidence is weighed: for two events 1 for the places, 1 for
/// other days, 1 for each pair of counts told apart (2 at most), 1 for a date or time flag,
/// 1 for a vehicle flag; for one event 0.5 for a weekday or month in common, 0.5 for a
/// clock time in common, 0.5 for a quotation of two words or more both give word for word,
/// 1 for each city both articles name besides the flagged places (2 at most). Apart when
/// the first exceeds the second by 2 or more: without shared weak evidence, cities or
/// quotations this is the rule as it was (places and one other difference). Gives the two
/// places the lead pairs are most often flagged with, lower case ("granada", "valencia");
/// `None` when the leads may tell one event.
///
/// The cheap checks (shared figures, shared places) come first; the place flags of the
/// lead pairs are computed only for leads they leave open and only between sentences that
/// can both give one, the count, date and vehicle flags only for leads with a place flag
/// left, the quotations only when they decide.
///
/// Leads that share a place, or name no other places, may still tell two events of one
/// kind in one place at two times (`when.rs`): dated to other years, or differing at once
/// in weekday, a measure or time, and a count; then each side is its lead's first place
/// with that time ("elazig, 2010", "elazig, tuesday"), or the time alone.
///
/// Leads left together by these rules are weighed last by their datelines and the people
/// they name in the same roles (`told_from.rs`: "LONDON, Dec 4 (Reuters) - A London
/// court on Thursday sentenced former mayor Daniel Whitford" / "MANCHESTER, Nov 20
/// (Reuters) - A Manchester court on Wednesday sentenced former council leader Paul
/// Brennan"): a figure in common weighs against them there, it does not keep them
/// together outright.
///
/// Leads that name other reporting periods (`periods.rs`: "second-quarter" /
/// "third-quarter") report two periods, whatever else they share but telling figures
/// besides a year as many as they tell apart (`figures_agree`; "q2" / "q3", after the
/// lead's first place when it names one).
pub fn leads_apart(a: &ArticleLead, b: &ArticleLead) -> Option<(String, String)> {
    // What the lead sentences tell differently, read once for the rules that weigh it
    // (periods, places, then times, then datelines and people): its count, date and
    // vehicle flags are most of the rule's time.
    let d = OnceCell::new();
    if let Some((pa, pb)) = periods::periods_apart(a, b).filter(|_| !figures_agree(a, b, &d)) {
        return Some((time_label(a, a, b, pa), time_label(b, a, b, pb)));
    }
    if !shared(a, b, true, false) {
        let found = places_told_apart(a, b, &d).or_else(|| times_told_apart(a, b, &d));
        if found.is_some() {
            return found;
        }
    }
    told_from::told_apart(a, b, &d).map(distinct_labels)
}

/// Two sides' labels of `told_from::told_apart` ("london, monday" / "london, 2/3") without
/// the part both give alike (trial 41, F8: "(London, Monday) and (London, Monday) tell
/// their stories in other places"): a place or a time the two labels share is no reason
/// they differ, so it is left out when the other part differs ("9/3" / "2/3"); labels
/// alike in both parts are kept as they are. (The time rules' labels keep their place: a
/// year is never shown alone, `when::one_year_labels`.)
fn distinct_labels((la, lb): (String, String)) -> (String, String) {
    let (pa, ta) = super::label_place_and_time(&la);
    let (pb, tb) = super::label_place_and_time(&lb);
    if pa.is_some() && pa == pb && ta != tb && ta.is_some() && tb.is_some() {
        let (ta, tb) = (
            ta.unwrap_or_default().to_string(),
            tb.unwrap_or_default().to_string(),
        );
        return (ta, tb);
    }
    if ta.is_some() && ta == tb && pa != pb && pa.is_some() && pb.is_some() {
        let (pa, pb) = (
            pa.unwrap_or_default().to_string(),
            pb.unwrap_or_default().to_string(),
        );
        return (pa, pb);
    }
    (la, lb)
}

/// How many telling figures (no year) two leads must share, with a place and a weekday or
/// month, to tell one event whatever names they give it ([`leads_agree`]).
const AGREEING_FIGURES: usize = 2;

/// Whether two leads agree on so much that they report one event, whatever name each
/// gives it: a place finer than a region in common (`share_place`), a weekday or month in
/// common, and at least [`AGREEING_FIGURES`] telling figures in common that are no year
/// ("185 km/h", "1.2 million" evacuated). One storm under two names, "Typhoon Fung-wong"
/// and its Philippine name "Typhoon Uwan", neither written by the other article, is one
/// event by this (trial 35, F10: read as two storms); two storms that hit one place a
/// week apart share the place and the weekday, and seldom two figures (one wind speed, a
/// storm of one category), so they stay two.
pub fn leads_agree(a: &ArticleLead, b: &ArticleLead) -> bool {
    if !share_place(a, b) || !shared(a, b, false, true) {
        return false;
    }
    common_figures(a, b).len() >= AGREEING_FIGURES
}

/// The telling figures that are no year both leads give, each once ("185 km/h", "1.2
/// million").
fn common_figures<'a>(a: &'a ArticleLead, b: &ArticleLead) -> Vec<&'a Kind> {
    let figure = |(k, weak): &&(Kind, bool)| !*weak && telling_figure(k);
    let mut common: Vec<&Kind> = Vec::new();
    for (t, _) in a.telling.iter().filter(figure) {
        let in_b = b
            .telling
            .iter()
            .filter(figure)
            .any(|(u, _)| same_value(t, u));
        if in_b && !common.iter().any(|c| same_value(c, t)) {
            common.push(t);
        }
    }
    common
}

/// Whether the figures of two leads that name other reporting periods keep them together:
/// they share a telling figure that is no year ("$3.1 billion" in both) and no more of
/// their figures are told apart solidly than they share. Two quarters of one company
/// may share one figure ("revenue of 7.7 billion euros", the one quarter's result and the
/// other's forecast) while their profits and growth differ (trial 42, A1: "2.3" / "2.4
/// billion", "45%" / "93%"). `d` keeps the leads' [`differences`] once read.
fn figures_agree(a: &ArticleLead, b: &ArticleLead, d: &OnceCell<Differences>) -> bool {
    shared_figure(a, b) && d.get_or_init(|| differences(a, b)).figures <= common_figures(a, b).len()
}

/// Whether the leads share a telling figure that is no year ("$3.1 billion" in both).
fn shared_figure(a: &ArticleLead, b: &ArticleLead) -> bool {
    a.telling.iter().any(|(t, wt)| {
        !wt && telling_figure(t) && b.telling.iter().any(|(u, wu)| !wu && same_value(t, u))
    })
}

/// Whether a lead's telling kind is a figure that is no year ("185 km/h", "1.2 million";
/// not "2026": [`Kind::year`]).
fn telling_figure(k: &Kind) -> bool {
    matches!(k, Kind::Number(_)) && k.year().is_none()
}

/// The side of `x`, one of the leads `a` and `b`, told apart by a time: its place
/// (`when::lead_place`) and the time ("elazig, 2010"), or the time alone.
fn time_label(x: &ArticleLead, a: &ArticleLead, b: &ArticleLead, time: String) -> String {
    match when::lead_place(x, a, b) {
        Some(place) => format!("{place}, {time}"),
        None => time,
    }
}

/// Whether the leads share a weekday or month (`day`) or a figure (else), weak on both
/// sides (`strong` false: a weekday, a month, a clock time, a day of a month) or telling on
/// both (`strong`). A clock time's figure is never the same as a count ("at about 5:40
/// a.m." / "Around 40 firefighters", trial 32 F2).
fn shared(a: &ArticleLead, b: &ArticleLead, strong: bool, day: bool) -> bool {
    a.telling.iter().any(|(t, wt)| {
        b.telling.iter().any(|(u, wu)| {
            let is_day = matches!(t, Kind::Weekday(_) | Kind::Month(_));
            *wt != strong && *wu != strong && is_day == day && same_value(t, u)
        })
    })
}

/// The times that tell two leads apart (see [`leads_apart`]): other years first, then a
/// year told by one lead only with several other facts told otherwise
/// (`when::one_year_apart`), then several core facts at once; each with the lead's first
/// place (or the other lead's, when the lead names none: one place).
/// `d` keeps the leads' [`differences`] once read.
fn times_told_apart(
    a: &ArticleLead,
    b: &ArticleLead,
    d: &OnceCell<Differences>,
) -> Option<(String, String)> {
    let label = |x: &ArticleLead, time: String| time_label(x, a, b, time);
    if let Some((ya, yb)) = when::years_apart(a, b) {
        return Some((label(a, ya.to_string()), label(b, yb.to_string())));
    }
    if let Some((da, db)) = calendar_apart(a, b) {
        return Some((label(a, da), label(b, db)));
    }
    if when::one_year_apart(a, b, d) {
        return Some(when::one_year_labels(a, b));
    }
    let one = shared(a, b, false, true) || shared(a, b, false, false);
    if !when::facts_apart(a, b, one, d) {
        return None;
    }
    Some((
        label(a, when::first_weekday(a)?),
        label(b, when::first_weekday(b)?),
    ))
}

/// The places that tell two leads apart (see [`leads_apart`]); `d` keeps the leads'
/// [`differences`] once read.
fn places_told_apart(
    a: &ArticleLead,
    b: &ArticleLead,
    d: &OnceCell<Differences>,
) -> Option<(String, String)> {
    if share_place(a, b) {
        return None;
    }
    // Each pair of places flagged, with how many lead pairs flag it.
    let mut places: Vec<((String, String), usize)> = Vec::new();
    for ((x, kx), wx) in a.lead.iter().zip(&a.place_kinds).zip(&a.lead_words) {
        for ((y, ky), wy) in b.lead.iter().zip(&b.place_kinds).zip(&b.lead_words) {
            if kx & ky == 0 {
                continue;
            }
            let before = |ar, br| super::covered(&flags_before_places(x, y), ar, br);
            // Where a journey was heading is no place of the story: a flight bound for
            // Palma that made an emergency landing in Düsseldorf, against one that
            // returned to ("nach") Frankfurt, happened in Düsseldorf and Frankfurt.
            let heading = super::places::destination_conflict(x, y).map(|(r, _)| r);
            for f in place_flags(x, y, &before) {
                if heading == Some((f.a_range, f.b_range)) {
                    continue;
                }
                let key = (place_text(&f.a), place_text(&f.b));
                if b.names(&key.0) || a.names(&key.1) {
                    // A place of one lead named in the other article.
                    continue;
                }
                // Named in the sentence's words, but not once its markets are blanked.
                let market = |p: &Prepared, w: &Vec<String>, place: &str| {
                    let place = words(place);
                    names_words(&[words(&p.text)], &place)
                        && !names_words(std::slice::from_ref(w), &place)
                };
                if market(x, wx, &key.0) || market(y, wy, &key.1) {
                    // A stock market's place ("shares rose 1.2% in Zurich"), no event's.
                    continue;
                }
                match places.iter_mut().find(|(k, _)| *k == key) {
                    Some(entry) => entry.1 += 1,
                    None => places.push((key, 1)),
                }
            }
        }
    }
    if places.is_empty() {
        return None;
    }
    // Evidence of two events: the places, other days, other counts (two at most), other
    // dates or times, other vehicles; of one event: a weekday or month, a clock time, a
    // quotation in common (weak: one in seven events of a kind share a weekday; "deeply
    // shocked" is a common phrase), a city both articles name besides the flagged places
    // ("the line between Augsburg and Ulm"; two at most).
    let (same_day, same_clock) = (shared(a, b, false, true), shared(a, b, false, false));
    let other_days = a.dated && b.dated && !shared_weekday(a, b);
    let d = d.get_or_init(|| differences(a, b));
    if !(other_days || d.counted > 0 || d.dated) {
        return None;
    }
    let flagged = |c: &String| places.iter().any(|((x, y), _)| x == c || y == c);
    let cities = a
        .cities
        .iter()
        .filter(|c| b.cities.contains(c) && !flagged(c))
        .count()
        .min(2);
    let two = 1.0
        + f64::from(u8::from(other_days))
        + d.counted.min(2) as f64
        + f64::from(u8::from(d.dated))
        + f64::from(u8::from(d.vehicle));
    let one =
        0.5 * f64::from(u8::from(same_day)) + 0.5 * f64::from(u8::from(same_clock)) + cities as f64;
    // The quotations are read last, only when they may decide.
    if two - one < 2.0 || (two - one < 2.5 && a.share_a_quotation(b)) {
        return None;
    }
    let mut best: Option<((String, String), usize)> = None;
    for entry in places {
        if best.as_ref().is_none_or(|b| entry.1 > b.1) {
            best = Some(entry);
        }
    }
    best.map(|(k, _)| k)
}

/// How many days apart two calendar dates of two leads must be to tell two events
/// ([`calendar_apart`]): a report of the next day or two ("on Monday, October 27, the club
/// said ...") tells the same event; one of the same weekday a week on does not.
const CALENDAR_DAYS_APART: u32 = 3;

/// The days of a month (month, day) the sentences `ps` (a lead, or a whole article) date
/// their facts to (`dates::calendar_days`), each once, in order; with `dateline`, the
/// date of a wire dateline too ("PARIS, 14 mai 2026 (AFP) - …").
fn lead_days(ps: &[&Prepared], dateline: bool) -> Vec<(u8, u32)> {
    let mut out: Vec<(u8, u32)> = Vec::new();
    for day in ps
        .iter()
        .flat_map(|p| super::dates::calendar_days(p, dateline))
    {
        if !out.contains(&day) {
            out.push(day);
        }
    }
    out
}

/// The day of the year of a month and day (a year of 365 days), for [`calendar_apart`].
fn day_of_year((month, day): (u8, u32)) -> u32 {
    const BEFORE: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    BEFORE[usize::from(month.clamp(1, 12)) - 1] + day
}

/// Two leads that date their facts to other days of a month ("Real Madrid beat Barcelona
/// 2-1 ... on Sunday, October 26" / "Barcelona beat Real Madrid 4-3 ... on Sunday, May
/// 11"; trial 45, F1): two events, whatever weekday, teams or places they share, when
/// every day one lead gives is more than [`CALENDAR_DAYS_APART`] days from every day of the
/// other (a wire dateline's date counted as a day of its lead here, not as one that parts),
/// and neither article names a day of the other's lead anywhere (a report that
/// tells the earlier match's date, "after the 2-1 win on October 26", is of it). A lead
/// with no day of a month is not read (a weekday alone is weak: one match in seven falls
/// on a Sunday). Gives the first day of each lead, "26/10" / "11/5".
fn calendar_apart(a: &ArticleLead, b: &ArticleLead) -> Option<(String, String)> {
    // Each lead's days are read once per article (`ArticleLead::of`), the whole
    // article's once when first asked: a pair only compares them.
    let (first_a, first_b) = (*a.days.first()?, *b.days.first()?);
    // A dateline's date is the report's, most often the event's day: near the other
    // lead's day, one event ("PARIS, 14 mai 2026 (AFP) - … La Ligue avait saisi la justice
    // le 22 avril" / "a suspendu, mercredi 14 mai, l'arrêté").
    let (da, db) = (&a.dated_days, &b.dated_days);
    let near = |x: (u8, u32), y: (u8, u32)| {
        let (p, q) = (day_of_year(x), day_of_year(y));
        let gap = p.abs_diff(q);
        gap.min(365 - gap.min(365)) <= CALENDAR_DAYS_APART
    };
    if da.iter().any(|&x| db.iter().any(|&y| near(x, y))) {
        return None;
    }
    if a.names_a_day(db) || b.names_a_day(da) {
        return None;
    }
    let label = |(m, d): (u8, u32)| format!("{d}/{m}");
    Some((label(first_a), label(first_b)))
}

#[cfg(test)]
pub(super) mod tests;
