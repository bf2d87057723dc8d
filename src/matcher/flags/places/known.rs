//! The places of a sentence as an article names them (`article_places.rs`): the known
//! places ([`known_places`]) and the towns named as the place of the story ([`towns`]).

use super::genitives::after_settlement_noun;
use super::names::whole_name_end;
use super::{after_prepositions, han, name_of, places, Breadth, Place};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::{apart, is_region_of_a_country, readings, Known};
use crate::matcher::text::{Kind, Token};

/// A town a sentence names as the place of its story ([`towns`]): its name (normalised;
/// a Chinese name without its unit's suffix, "绵阳"), its readings (empty when the
/// gazetteer does not know it) and whether it is a district of a city ("浦东新区").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Town {
    /// The name, normalised as the gazetteer is looked up.
    pub(crate) name: String,
    /// The gazetteer's readings, empty for a town it does not know.
    pub(crate) known: Vec<Known>,
    /// A district of a city (a Chinese 区 or 县), not a town of its own.
    pub(crate) district: bool,
}

/// The towns a sentence names as the place of its story, for `article_places.rs`: two
/// events in two towns of one region name the region in common and no town ("四川省成都市"
/// / "四川省绵阳市", trial 27, F2; "in Dinkelsried, Bavaria" / "in Oberwil, Bavaria").
/// In any language the place rules read: a city the gazetteer knows after a place
/// preposition; a town it does not know told as a town, right after a noun of a settlement
/// or of its office ("en el municipio de Villanueva", "el alcalde de Villanueva",
/// `genitives::after_settlement_noun`) or followed by a comma and a first-level region
/// the gazetteer knows ("in Dinkelsried, Bavaria"). In Chinese (`han.rs`), one case of
/// the same reading: the gazetteer's cities and the names it does not know ended by 市 city
/// or 镇 town ("绵阳市"), and the districts 区 / counties 县 of a city ("上海市浦东新区").
pub(crate) fn towns(p: &Prepared) -> Vec<Town> {
    let all_city = |x: &Place| !x.known.is_empty() && x.known.iter().all(Known::is_city);
    let mut out = Vec::new();
    for x in han::han_places(p) {
        let district = matches!(x.breadth, Breadth::Area(_)) && x.area.is_some();
        if !(matches!(x.breadth, Breadth::Local) || all_city(&x) || district) {
            continue;
        }
        if let Some(name) = han::stem_of(p, x.range) {
            out.push(Town {
                name,
                known: x.known,
                district,
            });
        }
    }
    if !out.is_empty() {
        return out;
    }
    let toks = &p.tokens;
    // A first-level region after a comma right after token `last` ("Dinkelsried, Bavaria").
    let in_region = |last: usize| {
        let Some(next) = toks.get(last + 1) else {
            return false;
        };
        crate::matcher::flags::surface(p, toks[last].end, next.start).trim() == ","
            && longest_known(toks, last + 1, 3).is_some_and(|(_, _, k)| is_region_of_a_country(&k))
    };
    for x in after_prepositions(p) {
        if x.site || x.path.is_some() || !x.around.is_empty() || x.area.is_some() {
            continue;
        }
        // A town of treatment is no town of the story (trial 50 F5, [`of_the_story`]).
        if !of_the_story(super::roles::role_at(p, x.tokens.0, x.role)) {
            continue;
        }
        let town = x.breadth == Breadth::Local
            && (after_settlement_noun(p, x.tokens.0) || in_region(x.tokens.1));
        if town || (x.breadth == Breadth::Known && all_city(&x)) {
            out.push(Town {
                name: name_of(&toks[x.tokens.0..=x.tokens.1]),
                known: x.known,
                district: false,
            });
        }
    }
    out
}

/// Whether a place of role `role` (`roles.rs`) may be the place of an article's story:
/// not where something was found ("found torched near Brescia"), nor where people were
/// treated ("flown to a hospital in Lausanne" / "... in Dijon": two reports of one
/// derailment near Pontarlier, not two events; trial 50 F5).
fn of_the_story(role: super::Role) -> bool {
    !matches!(role, super::Role::Found | super::Role::Treatment)
}

/// The places of `p` the gazetteer knows, each as its name (normalised, as looked up) and
/// its readings, for `article_places.rs` (the places an article names as a whole); a place
/// near or outside one it knows, as that one ("near Santiago"). A place
/// the gazetteer does not know is read as the known name it starts with ("at Leeds Crown
/// Court"), or else one that follows it after a comma ("in Avonmouth, Bristol"). A known
/// place followed by a comma and a known region keeps only its readings that may lie in it
/// ("Arlington, Virginia" is not the Texas city; "Portland, Oregon"). A place where
/// something was found ("found torched near Brescia", `Role::Found`) or where people were
/// treated ("flown to a hospital in Lausanne", `Role::Treatment`) is left out.
pub(crate) fn known_places(p: &Prepared) -> Vec<(String, Vec<Known>)> {
    // The known name after a comma that follows token `last`, with its readings.
    let after_comma = |last: usize| {
        let next = p.tokens.get(last + 1)?;
        if crate::matcher::flags::surface(p, p.tokens[last].end, next.start).trim() != "," {
            return None;
        }
        let words = p.tokens[last + 1..]
            .iter()
            .take_while(|t| t.kind == Kind::Word && t.proper)
            .count();
        longest_known(&p.tokens, last + 1, words)
    };
    places(p)
        .iter()
        // Where something was found or people were treated is no place of the story.
        .filter(|x| of_the_story(x.role))
        .filter_map(|x| {
            let (first, last) = x.tokens;
            if !x.known.is_empty() {
                let mut known = x.known.clone();
                if let Some((_, _, region)) = after_comma(last) {
                    let within: Vec<Known> = known
                        .iter()
                        .filter(|k| !apart(std::slice::from_ref(*k), &region))
                        .copied()
                        .collect();
                    if !within.is_empty() {
                        known = within;
                    }
                }
                return Some((name_of(&p.tokens[first..=last]), known));
            }
            // "near Santiago": the place it is near.
            if !x.around.is_empty() {
                return Some((name_of(&p.tokens[first..=last]), x.around.clone()));
            }
            // A place in a known place ("at Leeds Crown Court"): its longest known first words.
            if let Some((_, name, known)) = longest_known(&p.tokens, first, last - first) {
                return Some((name, known));
            }
            after_comma(last).map(|(_, name, known)| (name, known))
        })
        .collect()
}

/// The longest name the gazetteer knows of at most `max` tokens (and at most three) from
/// `toks[from]`: its length in tokens, its name (as [`name_of`] gives it) and its readings.
pub(crate) fn longest_known(
    toks: &[crate::matcher::text::Token],
    from: usize,
    max: usize,
) -> Option<(usize, String, Vec<Known>)> {
    let max = max.min(3).min(toks.len().saturating_sub(from));
    (1..=max).rev().find_map(|len| {
        let name = name_of(&toks[from..from + len]);
        let known = readings(&name);
        (!known.is_empty()).then(|| (len, name, known.to_vec()))
    })
}

/// The whole name that the capitalised words `toks[from..=last]` begin, when words that
/// join the parts of a name carry it further ("Frankfurt an der Oder", `names::whole_name_end`):
/// its last token, its name and its readings (empty when the gazetteer does not know it:
/// a longer name, no mention of the place its first word names). `None` when the name ends
/// at `last`. `chars`: the sentence's code points.
pub(crate) fn longer_name(
    toks: &[Token],
    from: usize,
    last: usize,
    chars: &[char],
) -> Option<(usize, String, Vec<Known>)> {
    let (e, _) = whole_name_end(toks, last, chars);
    (e > last).then(|| {
        let name = name_of(&toks[from..=e]);
        let known = readings(&name).to_vec();
        (e, name, known)
    })
}
