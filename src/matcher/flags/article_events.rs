//! Two events of one kind told by their leads: two articles whose opening sentences place
//! their stories in different places *and* date or count them differently, while agreeing on
//! no date or figure, report two events ("14 people were killed ... near Granada early on
//! Sunday" / "Eleven people were killed ... near Valencia late on Saturday"; two fires in
//! two towns the gazetteer does not know, on a Sunday and a Wednesday). It completes
//! `article_places.rs`, which needs every known place of one article apart from every known
//! place of the other and so cannot part two events in one country (both name "Spain").
//!
//! The lead of an article is its first [`LEAD`] sentences (the headline and the opening
//! paragraph or two), where a news story says what happened, where and when. The flags of
//! every pair of lead sentences (`flags::discrepancies`) are read: the leads are apart when
//! some pair has a solid place flag, some pair a solid date or number flag, and no lead
//! sentence of one shares a weekday, a month or a telling figure (not a whole number below
//! [`SMALL_FIGURE`]) with a lead sentence of the other. Two reports of one event told from
//! two places ("at least 1,500 people ... in Turkey" / "at least 800 people in northern
//! Syria") agree on its day and its magnitude ("Monday", "7.8"), so they stay together.

use super::places::{is_region, place_names};
use super::{count_flags, date_flags, flags_before_places, place_flags, place_kinds};
use crate::matcher::features::Prepared;
use crate::matcher::text::Kind;
use std::cell::OnceCell;

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
    /// [`SMALL_FIGURE`]) of the lead's sentences.
    telling: Vec<Kind>,
    /// Whether the lead names a weekday or a year ([`is_dated`]).
    dated: bool,
    /// The words of each place finer than a country the lead names (`places::place_names`
    /// that are no region).
    places: Vec<Vec<String>>,
    /// The lower-case words of each lead sentence.
    lead_words: Vec<Vec<String>>,
    /// All the article's sentences.
    whole: Vec<&'p Prepared>,
    /// The lower-case words of each sentence of the whole article, found when first
    /// read (only for leads with a place flag).
    whole_words: OnceCell<Vec<Vec<String>>>,
}

impl<'p> ArticleLead<'p> {
    /// The lead facts of an article: `lead` its first sentences that report a fact, in
    /// order (only the first [`LEAD`] are read), `whole` all its sentences.
    pub fn of(lead: &[&'p Prepared], whole: &[&'p Prepared]) -> ArticleLead<'p> {
        let lead: Vec<&Prepared> = lead.iter().copied().take(LEAD).collect();
        let telling = lead
            .iter()
            .flat_map(|p| p.tokens.iter())
            .filter(|t| telling(&t.kind))
            .map(|t| t.kind)
            .collect();
        let places = lead
            .iter()
            .flat_map(|p| place_names(p))
            .filter(|n| !is_region(n))
            .map(|n| words(&n))
            .filter(|w| !w.is_empty())
            .collect();
        ArticleLead {
            dated: is_dated(&lead),
            telling,
            places,
            lead_words: lead.iter().map(|p| words(&p.text)).collect(),
            place_kinds: lead.iter().map(|p| place_kinds(p)).collect(),
            lead,
            whole: whole.to_vec(),
            whole_words: OnceCell::new(),
        }
    }

    /// Whether the article names `place` (lower case) anywhere, as whole words.
    fn names(&self, place: &str) -> bool {
        let whole = self
            .whole_words
            .get_or_init(|| self.whole.iter().map(|p| words(&p.text)).collect());
        names_words(whole, &words(place))
    }
}

/// Whether the leads of two articles ([`ArticleLead`]) tell two events: a place flag
/// between some two lead sentences (the softer kind too: two towns the gazetteer does not
/// know, "in Millbrook" / "in Ashcombe") whose places the other article does not name, the
/// leads told on other days (each names a weekday or a year, none in common) or a solid
/// date or number flag between some two ("magnitude 7.5" / "magnitude 9.0"), and no date
/// or telling figure in common. Gives the two places the lead pairs are most often flagged
/// with, lower case ("granada", "valencia"); `None` when the leads may tell one event. A
/// place finer than a country that one lead names and the other lead names anywhere
/// ("Thornton Heath" in both a "Croydon" and a "south London" story, trial 25) keeps them
/// together, and so does a flagged place of one lead that the other article names
/// anywhere ("met in Seoul" / "Pyongyang and Seoul to reopen ...").
///
/// The cheap checks (shared dates and figures, shared places) come first; the place flags
/// of the lead pairs are computed only for leads they leave open, and the date and count
/// flags only for leads that are not both dated and have a place flag left.
pub fn leads_apart(a: &ArticleLead, b: &ArticleLead) -> Option<(String, String)> {
    let shared = a
        .telling
        .iter()
        .any(|t| b.telling.iter().any(|u| same_value(t, u)));
    if shared || share_place(a, b) {
        return None;
    }
    // Each pair of places flagged, with how many lead pairs flag it.
    let mut places: Vec<((String, String), usize)> = Vec::new();
    for (x, kx) in a.lead.iter().zip(&a.place_kinds) {
        for (y, ky) in b.lead.iter().zip(&b.place_kinds) {
            if kx & ky == 0 {
                continue;
            }
            let before = |ar, br| super::covered(&flags_before_places(x, y), ar, br);
            for f in place_flags(x, y, &before) {
                let key = (place_text(&f.a), place_text(&f.b));
                if b.names(&key.0) || a.names(&key.1) {
                    // A place of one lead named in the other article.
                    continue;
                }
                match places.iter_mut().find(|(k, _)| *k == key) {
                    Some(entry) => entry.1 += 1,
                    None => places.push((key, 1)),
                }
            }
        }
    }
    if places.is_empty() || !(a.dated && b.dated || dated_or_counted_apart(a, b)) {
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

/// Whether some two lead sentences of `a` and `b` have a solid date or count flag
/// ("magnitude 7.5" / "magnitude 9.0").
fn dated_or_counted_apart(a: &ArticleLead, b: &ArticleLead) -> bool {
    a.lead.iter().any(|x| {
        b.lead.iter().any(|y| {
            let solid = |f: &crate::matcher::Discrepancy| !f.vague;
            count_flags(x, y).iter().any(solid) || date_flags(x, y).iter().any(solid)
        })
    })
}

/// Whether a lead names a weekday or a year (a whole number from 1900 to 2100; "2,000
/// people" reads as one too). Two leads that both do and share no weekday or such a
/// number ([`leads_apart`] rules that out first) are told on other days or years.
fn is_dated(lead: &[&Prepared]) -> bool {
    lead.iter().any(|p| {
        p.tokens.iter().any(|t| match t.kind {
            Kind::Weekday(_) => true,
            Kind::Number(v) => v.fract() == 0.0 && (1900.0..=2100.0).contains(&v),
            _ => false,
        })
    })
}

/// A place flag's text as a place name: lower case, without a possessive ("Wajima's" ->
/// "wajima").
fn place_text(s: &str) -> String {
    let s = s.trim();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s);
    s.to_lowercase()
}

/// The lower-case words of a text (runs of letters and digits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether sentences (their lower-case [`words`]) hold the words `place`, in a row.
fn names_words(sentences: &[Vec<String>], place: &[String]) -> bool {
    !place.is_empty()
        && sentences
            .iter()
            .any(|w| w.windows(place.len()).any(|x| x == place))
}

/// Whether two leads place their stories at one place finer than a country: a place one
/// lead names after a place preposition ("in Thornton Heath") that the other lead names
/// anywhere, as whole words ("called to Thornton Heath High Street": one stabbing placed
/// in "Croydon" by one outlet and in "south London" by the other, trial 25). A country, US
/// state or continent ("in southern Spain") is shared by two events of one country and
/// tells nothing.
fn share_place(a: &ArticleLead, b: &ArticleLead) -> bool {
    let named_in_other = |x: &ArticleLead, other: &ArticleLead| {
        x.places.iter().any(|n| names_words(&other.lead_words, n))
    };
    named_in_other(a, b) || named_in_other(b, a)
}

/// Whether a token kind is a weekday, a month or a telling figure (a figure that is not a
/// whole number below [`SMALL_FIGURE`]).
fn telling(k: &Kind) -> bool {
    match *k {
        Kind::Number(v) => v.fract() != 0.0 || v.abs() >= SMALL_FIGURE,
        Kind::Weekday(_) | Kind::Month(_) => true,
        Kind::Word | Kind::Vague => false,
    }
}

/// Whether two date or figure tokens hold the same value.
fn same_value(x: &Kind, y: &Kind) -> bool {
    match (x, y) {
        (Kind::Number(p), Kind::Number(q)) => (p - q).abs() < 1e-9,
        (Kind::Weekday(p), Kind::Weekday(q)) => p == q,
        (Kind::Month(p), Kind::Month(q)) => p == q,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::features::Idf;

    /// Whether leads of the sentences `a` and `b` are apart.
    fn apart(a: &[&str], b: &[&str]) -> Option<(String, String)> {
        let prep = |t: &[&str]| -> Vec<Prepared> {
            t.iter().map(|s| Prepared::new(s, Idf::builtin())).collect()
        };
        let (pa, pb) = (prep(a), prep(b));
        let ra: Vec<&Prepared> = pa.iter().collect();
        let rb: Vec<&Prepared> = pb.iter().collect();
        leads_apart(&ArticleLead::of(&ra, &ra), &ArticleLead::of(&rb, &rb))
    }

    const GRANADA: &str =
        "At least 14 people were killed when a bus overturned near Granada early on Sunday.";
    const VALENCIA: &str =
        "Eleven people were killed when a bus overturned near Valencia late on Saturday.";

    #[test]
    fn leads_with_other_places_and_other_days_are_apart() {
        assert_eq!(
            apart(&[GRANADA], &[VALENCIA]),
            Some(("granada".into(), "valencia".into()))
        );
        // Towns the gazetteer does not know (a softer place flag), on other weekdays.
        assert_eq!(
            apart(
                &[
                    "Fire destroys timber yard in Millbrook",
                    "The yard burned on Sunday evening."
                ],
                &[
                    "Blaze tears through warehouse in Ashcombe",
                    "It burned on Wednesday afternoon."
                ]
            ),
            Some(("millbrook".into(), "ashcombe".into()))
        );
    }

    #[test]
    fn a_shared_day_or_telling_figure_keeps_two_leads_together() {
        // The same day: one crash told with two places (the town and the nearest city).
        let sunday =
            "Eleven people were killed when a bus overturned near Valencia early on Sunday.";
        assert_eq!(apart(&[GRANADA], &[sunday]), None);
        // The same magnitude.
        assert_eq!(
            apart(
                &["A magnitude 7.8 quake struck near Gaziantep, killing 1,500 people."],
                &["A magnitude 7.8 quake killed 800 people in Aleppo."]
            ),
            None
        );
    }

    #[test]
    fn other_places_alone_or_other_days_alone_do_not_part_two_leads() {
        // Places differ, no day and no figure told: the same event may be placed twice.
        assert_eq!(
            apart(
                &["A bus overturned near Granada."],
                &["A bus overturned near Valencia."]
            ),
            None
        );
        // Days and figures differ, one place.
        assert_eq!(
            apart(
                &["At least 14 people were killed near Granada on Sunday."],
                &["Eleven people were killed near Granada on Saturday."]
            ),
            None
        );
    }

    #[test]
    fn a_place_of_one_lead_named_in_the_other_keeps_them_together() {
        // One meeting, told from Seoul on the day and from Pyongyang the next day.
        assert_eq!(
            apart(
                &["Officials met in Seoul on Wednesday and agreed to reopen the office."],
                &[
                    "Pyongyang and Seoul to reopen liaison office",
                    "The two sides agreed to reopen the office, state media in Pyongyang said on Thursday.",
                ]
            ),
            None
        );
    }

    #[test]
    fn only_the_lead_is_read() {
        let filler = "The motorway was closed.";
        let late = [filler, filler, filler, filler, GRANADA];
        assert_eq!(apart(&late, &[filler, VALENCIA]), None);
    }

    #[test]
    fn a_district_and_its_city_with_a_street_in_common_tell_one_event() {
        // Trial 25: one stabbing, placed in "Croydon" by one outlet and "south London" by
        // the other; both leads send the police to Thornton Heath.
        let a = [
            "Teenager stabbed to death in Croydon",
            "A 17-year-old boy was stabbed to death in Croydon on Wednesday evening, the Metropolitan Police said.",
            "Officers were called to Thornton Heath High Street at about 8:15 p.m.",
            "The boy died at the scene despite the efforts of paramedics.",
        ];
        let b = [
            "Boy, 16, killed in south London knife attack",
            "A 16-year-old was fatally stabbed in south London last night, police said.",
            "Police were called to a street in Thornton Heath in the evening",
            "He was pronounced dead at the scene.",
        ];
        assert_eq!(apart(&a, &b), None);
    }
}
