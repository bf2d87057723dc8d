//! Where two articles place their stories, as wholes: two reports of one event name some
//! place in common (or places that may nest: "Vancouver" / "British Columbia"), while two
//! events of one kind often happen in places known apart (an earthquake in Chile and one
//! in Japan, a strike in Leeds and one in Glasgow). The whole-article score (`Corpus`,
//! `align::APART_FACTOR`) reads this as article context: sentences of two articles whose
//! places are all known apart are seldom the same fact, however alike their words.
//!
//! An article's places are those its sentences name after a place preposition and the
//! gazetteer knows (`places.rs`, `gazetteer.rs`; the place of a report, "said in Geneva",
//! is left out, as for the place flag). Every other known name it mentions anywhere
//! ("North Korea's army", "the US Geological Survey") can only keep two articles from
//! being apart, never make them so: a story told from two countries names both.

use super::article_events::dateline_place;
use super::article_events::markets::market_only;
use super::gazetteer::{apart, city_like, is_region_of_a_country, Known};
use super::places::{known_places, longer_name, longest_known, towns, Town};
use crate::matcher::features::Prepared;
use crate::matcher::text::Kind;

/// The known places an article names: each name once (normalised, as the gazetteer looks
/// it up), with its readings and how many of the article's sentences name it.
#[derive(Debug, Clone, Default)]
pub struct ArticlePlaces {
    /// Named after a place preposition: (name, readings, sentences naming it).
    places: Vec<(String, Vec<Known>, usize)>,
    /// Every other known name the article mentions (capitalised words anywhere).
    mentioned: Vec<(String, Vec<Known>)>,
    /// The towns its sentences name as the place of the story, known or not
    /// (`places::towns`: "绵阳", "Dinkelsried").
    towns: Vec<Town>,
    /// The place of its wire dateline, known or not (`article_events::dateline_place`:
    /// "aljezur" of "ALJEZUR, Portugal (AP) — …"), and how many of its sentences name it.
    dateline: Option<(String, usize)>,
}

/// The longest run of capitalised words a mention is looked up as ("New York City").
const LONGEST_NAME: usize = 3;

impl ArticlePlaces {
    /// The places of an article given its prepared sentences (whole sentences).
    pub fn of<'a>(sentences: impl IntoIterator<Item = &'a Prepared>) -> ArticlePlaces {
        let mut out = ArticlePlaces::default();
        let sentences: Vec<&Prepared> = sentences.into_iter().collect();
        out.dateline = dateline_place(&sentences).map(|words| {
            let named = sentences.iter().filter(|p| names(p, &words)).count();
            (words.join(" "), named)
        });
        for p in sentences {
            let mut seen: Vec<String> = Vec::new();
            for (name, known) in known_places(p) {
                // A stock market's place ("shares fell 3% in Amsterdam") is no place of the
                // story (trial 42, A1 and F8).
                if seen.contains(&name) || market_only(p, &name) {
                    continue;
                }
                match out.places.iter_mut().find(|(n, _, _)| *n == name) {
                    Some(entry) => entry.2 += 1,
                    None => out.places.push((name.clone(), known, 1)),
                }
                seen.push(name);
            }
            for town in towns(p) {
                if !out.towns.iter().any(|t| t.name == town.name) {
                    out.towns.push(town);
                }
            }
            for (name, known) in mentions(p) {
                if !out.mentioned.iter().any(|(n, _)| *n == name) && !market_only(p, &name) {
                    out.mentioned.push((name, known));
                }
            }
        }
        out
    }

    /// The names of the cities the article names anywhere (after a place preposition or
    /// not; a name with a city reading in the gazetteer), normalised ("augsburg").
    pub fn cities(&self) -> Vec<String> {
        let places = self.places.iter().map(|(n, k, _)| (n, k));
        let mentioned = self.mentioned.iter().map(|(n, k)| (n, k));
        let mut out: Vec<String> = Vec::new();
        for (name, known) in places.chain(mentioned) {
            if known.iter().any(Known::is_city) && !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }

    /// Whether the article names no known place after a place preposition.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place the article names in most sentences (the first named on a tie): of its
    /// known places after a place preposition, or its dateline's place when more of its
    /// sentences name that, known or not (session 52: the Aljezur fire's article, its
    /// town named in its dateline sentence and once more, was labelled "Lagos", named once as
    /// where evacuees were housed; a dateline named once, the place a story is told from,
    /// gives way to a place named as often).
    fn main_place(&self) -> Option<&str> {
        let mut best: Option<&(String, Vec<Known>, usize)> = None;
        for entry in &self.places {
            if best.is_none_or(|b| entry.2 > b.2) {
                best = Some(entry);
            }
        }
        match (&self.dateline, best) {
            (Some((d, n)), Some((_, _, m))) if n > m => Some(d.as_str()),
            (Some((d, _)), None) => Some(d.as_str()),
            (_, best) => best.map(|(n, _, _)| n.as_str()),
        }
    }

    /// Every reading of every known name of the article, places and mentions (a name
    /// that is also a place keeps the place's readings: "in Arlington, Virginia" is not
    /// the Texas city, `places::known_places`).
    fn all(&self) -> impl Iterator<Item = &[Known]> {
        let places = self.places.iter().map(|(_, k, _)| k.as_slice());
        let mentioned = self
            .mentioned
            .iter()
            .filter(|(n, _)| !self.places.iter().any(|(p, _, _)| p == n));
        places.chain(mentioned.map(|(_, k)| k.as_slice()))
    }
}

/// Whether sentence `p` names the place of lower-case `words` ("aljezur", "rio de
/// janeiro"): they stand as tokens in a row.
fn names(p: &Prepared, words: &[String]) -> bool {
    !words.is_empty()
        && p.tokens
            .windows(words.len())
            .any(|w| w.iter().zip(words).all(|(t, x)| t.norm == *x))
}

/// The known names among a sentence's capitalised words: runs of up to [`LONGEST_NAME`]
/// capitalised words, the longest known first; a run that begins a longer name read whole
/// (`places::longer_name`: "Frankfurt an der Oder") is that name.
fn mentions(p: &Prepared) -> Vec<(String, Vec<Known>)> {
    let toks = &p.tokens;
    let capital = |i: usize| toks[i].kind == Kind::Word && toks[i].capital;
    let chars: std::cell::OnceCell<&[char]> = std::cell::OnceCell::new();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capital(i) {
            i += 1;
            continue;
        }
        let mut run = 1;
        while run < LONGEST_NAME && i + run < toks.len() && capital(i + run) {
            run += 1;
        }
        // A longer name whose first words these are ("Frankfurt an der Oder" is no
        // mention of Frankfurt am Main): that name, when the gazetteer knows it.
        let chars = chars.get_or_init(|| crate::matcher::flags::chars_of(p));
        if let Some((e, name, known)) = longer_name(toks, i, i + run - 1, chars) {
            if !known.is_empty() {
                out.push((name, known));
            }
            i = e + 1;
            continue;
        }
        let found = longest_known(toks, i, run);
        match found {
            Some((len, name, known)) => {
                out.push((name, known));
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether two articles place their stories in places known apart: each names at least
/// one known place after a place preposition, and every known name of one (places and
/// mentions) is known apart from every known name of the other (`gazetteer::apart`: other
/// countries, other regions of one country, two cities not of one metropolitan area: one
/// fire is placed "in Pasadena" and "in Los Angeles", `gazetteer.txt`'s `~metro`). Gives the place each names most
/// (normalised names: "leeds", "glasgow"); `None` when the two share or may share a
/// place, or either names no known place.
pub fn places_apart(a: &ArticlePlaces, b: &ArticlePlaces) -> Option<(String, String)> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a.all().all(|x| b.all().all(|y| apart(x, y))) {
        return Some((a.main_place()?.to_string(), b.main_place()?.to_string()));
    }
    towns_apart(a, b)
}

/// Two articles placing their stories in two towns of one region: each names a town
/// (`places::towns`: "四川省成都市" / "四川省绵阳市", "in Dinkelsried, Bavaria" / "in Oberwil,
/// Bavaria"), none the other's (a town of one is no town of the other: another name, and
/// not two known cities that may be one, as two of one metropolitan area), the names both
/// give (anywhere) are all first-level regions of a country (the province, the state; not a
/// country, which the cities of one story told from two places share: "Tehran" / "Dubai"
/// with "Iran" in both, dev pair 20; or, when every town of both is a district of a city,
/// that city: "上海市浦东新区" / "上海市徐汇区"), and every
/// other known name of one is known apart from every other known name of the other. A
/// region both name while the towns in it differ is no place in common, as "Chengdu,
/// Sichuan" / "Mianyang, Sichuan" (trial 27, F2). Gives the first town each names.
fn towns_apart(a: &ArticlePlaces, b: &ArticlePlaces) -> Option<(String, String)> {
    let (ta, tb) = (a.towns.first()?, b.towns.first()?);
    let one_town = |x: &Town, y: &Town| {
        x.name == y.name
            || (!x.known.is_empty() && !y.known.is_empty() && !apart(&x.known, &y.known))
    };
    if a.towns
        .iter()
        .any(|x| b.towns.iter().any(|y| one_town(x, y)))
    {
        return None;
    }
    let districts = a.towns.iter().chain(&b.towns).all(|t| t.district);
    let named = |side: &'_ ArticlePlaces, name: &String| {
        side.places.iter().any(|(n, _, _)| n == name)
            || side.mentioned.iter().any(|(n, _)| n == name)
    };
    let region_of_both = |name: &String, known: &[Known]| {
        (is_region_of_a_country(known) || (districts && city_like(known))) && named(b, name)
    };
    let shared: Vec<&String> = a
        .places
        .iter()
        .map(|(n, k, _)| (n, k))
        .chain(a.mentioned.iter().map(|(n, k)| (n, k)))
        .filter(|(n, k)| region_of_both(n, k))
        .map(|(n, _)| n)
        .collect();
    if shared.is_empty() {
        return None;
    }
    let others = |side: &ArticlePlaces| -> Vec<Vec<Known>> {
        let places = side.places.iter().map(|(n, k, _)| (n, k));
        let mentioned = side.mentioned.iter().map(|(n, k)| (n, k));
        places
            .chain(mentioned)
            .filter(|(n, _)| !shared.contains(n))
            .map(|(_, k)| k.clone())
            .collect()
    };
    let (oa, ob) = (others(a), others(b));
    if !oa.iter().all(|x| ob.iter().all(|y| apart(x, y))) {
        return None;
    }
    Some((ta.name.clone(), tb.name.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::test_util::prepared;

    /// The places of an article of the sentences `texts`.
    fn of(texts: &[&str]) -> ArticlePlaces {
        ArticlePlaces::of(&prepared(texts))
    }

    fn apart_of(a: &[&str], b: &[&str]) -> Option<(String, String)> {
        places_apart(&of(a), &of(b))
    }

    #[test]
    fn places_after_a_preposition_place_an_article_and_the_most_named_is_given() {
        let a = of(&[
            "Bus drivers in Leeds began a strike on Monday.",
            "Police in Leeds said the city centre was quiet.",
            "The union's head office in London backed them.",
        ]);
        assert_eq!(a.main_place(), Some("leeds"));
        assert_eq!(
            apart_of(
                &["A quake struck near Santiago.", "Buildings shook in Chile."],
                &["A quake struck in Sendai on Friday."]
            ),
            Some(("santiago".into(), "sendai".into()))
        );
    }

    #[test]
    fn a_dateline_place_named_more_often_than_the_known_places_is_given() {
        // Session 52: the fire's town, unknown to the gazetteer, named in two sentences
        // against a known town named once.
        let a = of(&[
            "Wildfire forces hundreds to flee homes near Algarve coast",
            "ALJEZUR, Portugal (AP) — A wildfire swept through forest near Aljezur on Monday.",
            "Police closed the road between Aljezur and Odeceixe.",
            "Evacuees were housed in a school gym in Lagos.",
        ]);
        assert_eq!(a.main_place(), Some("aljezur"));
        // Named as often as a known place after a preposition, the dateline (the place a
        // story may be told from) gives way; with no known place, it is the place given.
        let b = of(&[
            "LONDON (Reuters) - Bus drivers in Leeds began a strike on Monday.",
            "The union's office backed them.",
        ]);
        assert_eq!(b.main_place(), Some("leeds"));
        let c = of(&[
            "LONDON (Reuters) - Bus drivers in Leeds began a strike on Monday.",
            "Police in Leeds said the city centre was quiet.",
            "Ministers in London said nothing.",
        ]);
        assert_eq!(c.main_place(), Some("leeds"));
    }

    #[test]
    fn an_unknown_place_is_read_by_the_known_name_it_starts_with_or_that_follows_it() {
        // "Avonmouth" is not in the gazetteer; "Bristol" after the comma is.
        assert_eq!(
            apart_of(
                &["Fire swept through a warehouse in Leeds on Monday."],
                &["A fire broke out at a plant in Avonmouth, Bristol, on Thursday."]
            ),
            Some(("leeds".into(), "bristol".into()))
        );
        assert_eq!(
            apart_of(
                &["He was sentenced at Leeds Crown Court."],
                &["He was sentenced at Cardiff Crown Court."]
            ),
            Some(("leeds".into(), "cardiff".into()))
        );
    }

    #[test]
    fn two_towns_of_one_chinese_province_are_apart_and_one_town_is_not() {
        // Trial 27, F2: one province, two towns (one the gazetteer does not know).
        assert_eq!(
            apart_of(
                &["12月1日凌晨2时许，四川省成都市一家纺织厂发生火灾，造成5人死亡。"],
                &["3月15日晚9时许，四川省绵阳市一家纺织厂发生火灾，造成3人死亡。"]
            ),
            Some(("成都".into(), "绵阳".into()))
        );
        // One town, told with and without its unit, one article naming the province too.
        assert_eq!(
            apart_of(
                &["12月1日，四川省成都市一家纺织厂发生火灾。"],
                &[
                    "成都市一家纺织厂1日发生火灾。",
                    "这是四川今年最严重的火灾。"
                ]
            ),
            None
        );
        // The province in one article only: nothing says the towns differ as places of it.
        assert_eq!(
            apart_of(
                &["12月1日，四川省成都市一家纺织厂发生火灾。"],
                &["四川省一家纺织厂发生火灾。"]
            ),
            None
        );
    }

    #[test]
    fn two_places_in_two_states_of_one_large_country_are_apart() {
        // Trial 37, F1: Mexico's states; a city and its state, or two towns of one
        // metropolitan area, are not.
        let apart = Some(("acapulco", "los cabos"));
        for (a, b, expected) in [
            (
                "The hurricane made landfall near Acapulco, Guerrero, on Tuesday.",
                "The hurricane made landfall near Los Cabos, Baja California Sur, on Saturday.",
                apart,
            ),
            (
                "A quake struck in Oaxaca on Monday.",
                "A quake struck in Chiapas on Monday.",
                Some(("oaxaca", "chiapas")),
            ),
            (
                "Flooding was worst in Acapulco.",
                "Flooding was reported in Guerrero state.",
                None,
            ),
            (
                "Roofs were torn off in Cabo San Lucas.",
                "Roofs were torn off in Los Cabos.",
                None,
            ),
        ] {
            let expected = expected.map(|(x, y)| (x.to_string(), y.to_string()));
            assert_eq!(apart_of(&[a], &[b]), expected, "{a} / {b}");
        }
    }

    #[test]
    fn a_place_in_common_nesting_or_mentioned_anywhere_keeps_two_articles_together() {
        // The same city; a city and its region; a country both name.
        assert_eq!(
            apart_of(&["It happened in Leeds."], &["It happened in Leeds."]),
            None
        );
        assert_eq!(
            apart_of(
                &["It happened in Vancouver."],
                &["It happened in British Columbia."]
            ),
            None
        );
        // Each names its own capital after "in", and one mentions the other's country.
        assert_eq!(
            apart_of(
                &["Officials met in Seoul on Wednesday."],
                &["State media in Pyongyang said talks with South Korea went well."]
            ),
            None
        );
        // Either names no known place after a preposition: nothing to compare.
        assert_eq!(
            apart_of(&["It happened in Leeds."], &["Glasgow is quiet."]),
            None
        );
        assert_eq!(
            apart_of(&["It happened in Leeds."], &["It happened in Springfield."]),
            None
        );
    }
}
