//! Whether two counts count the same kind of thing (issue 8, trial 24 M1, M8): a figure
//! agrees only with a figure of the same kind ([`alike`]: "four-storey" is no count of
//! people, "Flight 302" no count at all), and two counts of people told with their toll
//! are compared only when it is the same ([`toll_alike`]: the dead with the dead, the
//! injured with the injured).

use super::toll::Toll;
use super::verdict::other_unit;
use super::{NumSlot, Role};
use crate::matcher::flags::figures::unit_key;
use crate::matcher::lexicon::casualty::Fate;

/// Whether two counts of people count the same toll: `Some(false)` for two fates ("Two
/// people died" / "More than 30 people were injured", "20 were rescued" / "Two people
/// died", "infected 5,300 people" / "killed at least 790", "About 120 firefighters fought
/// the fire" / "Four firefighters hurt"), or those a place holds against a fate ("employs
/// 85 people" / "250 people ... were evacuated"), `Some(true)` for one toll told of people on at least one side by a word of
/// people and on the other side by a count that is no group of a list ("31 injured" /
/// "35 passengers were hurt": people is any people; not "Three people died" / "killed two
/// women and a man"), `None` when either tells no toll or both name whom ("Two soldiers
/// died" / "three civilians died", "Two workers were injured" / "Trois ouvriers ont été
/// blessés"): the counted nouns decide.
pub(super) fn toll_alike(x: &NumSlot, y: &NumSlot) -> Option<bool> {
    let (u, v) = (x.toll?, y.toll?);
    // A verb of no fate against one of a fate other than a casualty ("arrested five men"
    // / "released six men"): the nouns decide, as between two verbs of no fate.
    let casualty = |t: Toll| matches!(t, Toll::Fate(Fate::Dead | Fate::Injured | Fate::Missing));
    // Those a place has against those a fate befell ("employs 85 people" / "250 people
    // ... were evacuated": trial 33 F5); against a count of people doing something, the
    // nouns decide.
    let fate = |t: Toll| matches!(t, Toll::Fate(_));
    match (u, v) {
        (Toll::Held, t) | (t, Toll::Held) if fate(t) => return Some(false),
        (Toll::Held, Toll::Other) | (Toll::Other, Toll::Held) => return None,
        _ => {}
    }
    if (u == Toll::Other && !casualty(v)) || (v == Toll::Other && !casualty(u)) {
        return None;
    }
    if u != v {
        return Some(false);
    }
    let person = Some(unit_key("person"));
    let people =
        x.noun == y.noun || (x.noun == person && !y.listed) || (y.noun == person && !x.listed);
    people.then_some(true)
}

/// Whether figure `s` may be the same count as `x` when their values agree: a count
/// agrees only with a count of the same kind of thing. Both of one role (`Role`), in no
/// two units of one dimension; a figure that names a thing ("Flight 302") only with
/// another or with a figure of no noun; of one toll when both tell one ([`toll_alike`]);
/// and of one counted noun (or its synonym class: "vehicles" / "cars"); a count of a fate
/// ("killing 447 people") not with a figure the verb after which tells no fate ("Flight
/// 447 crashed"). A figure of no
/// noun may count anything ("rose to 12", "one or more"), and so may a figure whose noun
/// is the verb after it ("2,000 have been used"); a count of people of
/// no toll with a count of any other noun of no toll ("five people were taken to
/// hospital" / "five children"). Across languages (`across`) two nouns that count no
/// people may be one noun translated ("étages" / "floors"). Scores and ages compare by
/// their figures alone.
pub(super) fn alike(x: &NumSlot, s: &NumSlot, across: bool) -> bool {
    if x.role != s.role || other_unit(x, s) {
        return false;
    }
    if !matches!(x.role, Role::Count | Role::Earlier | Role::Part) {
        return true;
    }
    if x.ident || s.ident {
        // Two lines of two codes ("S5" / "U5") name two things whatever their figures.
        return (x.ident || x.noun.is_none())
            && (s.ident || s.noun.is_none())
            && !super::lines_named_apart(x, s);
    }
    // A count of a fate agrees with no figure whose noun is a verb of no fate ("killing
    // 447 people" / "Flight 447 crashed", "injuring 8 people" / "Train 8 derailed").
    let fate = |s: &NumSlot| matches!(s.toll, Some(Toll::Fate(_)));
    if (fate(x) && s.verb_noun) || (fate(s) && x.verb_noun) {
        return false;
    }
    if let Some(same) = toll_alike(x, s) {
        return same;
    }
    let person = unit_key("person");
    let untold = x.toll.is_none() && s.toll.is_none();
    match (x.noun, s.noun) {
        (None, _) | (_, None) => true,
        _ if x.verb_noun || s.verb_noun => true,
        (Some(u), Some(v)) => {
            u == v
                || (x.noun_class & s.noun_class) != 0
                || (untold && (u == person || v == person))
                || (across && u != person && v != person)
        }
    }
}
