//! Counts of the seriously hurt (session 55, trial 57): a count told with a serious or
//! critical condition in its clause ("Four people were seriously injured", "Eleven of the
//! injured were in serious condition", "four of them seriously", "elf von ihnen schwer",
//! "tres de ellos en estado grave") counts the seriously injured, a group of all the
//! injured. It is compared with another count of the seriously injured, part or count,
//! whatever its noun ("Eleven of the injured were in serious condition" / "three of them
//! seriously": 11 against 3), and never with a count of all the injured ("Fourteen people
//! were injured, four of them seriously" / "Four people were seriously injured" tell one
//! four and no two tolls).

use super::toll::{partitive, Toll};
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::figures::unit_key;
use crate::matcher::lexicon::casualty::Fate;
use crate::matcher::outcome::{conditions_of, serious_word};
use crate::matcher::text::Kind;

/// The most tokens after a figure its clause is read for a condition ("Eleven of the
/// injured were in serious condition": "serious" is the sixth).
const CLAUSE: usize = 8;

/// Words that end a figure's clause, as in `toll.rs` ("about twenty were injured and
/// three were in serious condition": the condition is the three's).
const CLAUSE_ENDS: &[&str] = &[
    "and", "but", "while", "when", "after", "before", "et", "mais", "und", "aber", "y", "pero",
    "e", "ma", "where", "which", "who",
];

/// Marks the counts of `out` (read from `p`) that count the seriously injured
/// ([`NumSlot::severe`]): a count or part of people, of no unit, that names nothing and
/// tells no other fate than an injury, with a serious or critical condition
/// (`outcome::conditions_of`) in its clause after it, or a word of one right after the
/// whole of a part ("four of them seriously", "elf von ihnen schwer"). Such a count is of
/// the injured (its toll).
pub(super) fn mark_severe(p: &Prepared, out: &mut [NumSlot]) {
    let conditions = conditions_of(p);
    // Most sentences tell no condition, and a part's word is asked only of a part.
    if conditions.is_empty() && out.iter().all(|s| s.role != Role::Part) {
        return;
    }
    let toks = &p.tokens;
    for s in out.iter_mut() {
        let Some(i) = s.tok else { continue };
        let injured = matches!(s.toll, None | Some(Toll::Fate(Fate::Injured)));
        if !matches!(s.role, Role::Count | Role::Part) || s.dim != 0 || s.ident || !injured {
            continue;
        }
        let after_part = s.role == Role::Part
            && partitive(p, i).is_some_and(|k| k < toks.len() && serious_word(toks, k));
        let in_clause = clause_after(p, i).any(|k| {
            serious_word(toks, k)
                && conditions
                    .iter()
                    .any(|c| (c.tokens.0..c.tokens.1).contains(&k))
        });
        if after_part || in_clause {
            s.severe = true;
            s.toll = Some(Toll::Fate(Fate::Injured));
        }
    }
}

/// The tokens of the clause after the figure at token `i` of `p`: at most [`CLAUSE`], up to
/// clause punctuation, another figure or a word of [`CLAUSE_ENDS`].
fn clause_after(p: &Prepared, i: usize) -> impl Iterator<Item = usize> + '_ {
    let toks = &p.tokens;
    (i + 1..toks.len().min(i + 1 + CLAUSE)).take_while(move |&k| {
        let t = &toks[k];
        let gap = crate::matcher::flags::surface(p, toks[k - 1].end, t.start);
        let figure = matches!(t.kind, Kind::Number(_))
            || (t.kind == Kind::Word && crate::matcher::lexicon::cardinal_any(&t.norm).is_some());
        !gap.contains([',', ';', ':', '(', ')', '.', '\u{2013}', '\u{2014}'])
            && !figure
            && !CLAUSE_ENDS.contains(&t.norm.as_str())
    })
}

/// Whether `x` and `y` are counts of the seriously injured both ([`NumSlot::severe`]), part
/// or count, of people (a word of people, no noun or a part of a whole told by a noun or a
/// pronoun: "three of them", "Eleven of the injured") or of one noun: one count, whatever
/// the words ("four of them seriously" / "Four people were seriously injured"). Two
/// groups named apart ("Two firefighters" / "three police officers") are left to their
/// nouns.
pub(super) fn severe_alike(x: &NumSlot, y: &NumSlot) -> bool {
    let person = unit_key("person");
    let people = |s: &NumSlot| s.noun.is_none_or(|n| n == person) || s.partitive;
    let nouns = x.noun.is_some() && (x.noun == y.noun || (x.noun_class & y.noun_class) != 0);
    x.severe && y.severe && !x.listed && !y.listed && (nouns || people(x) || people(y))
}

/// Whether one of `x` and `y` counts the seriously injured ([`NumSlot::severe`]) and the
/// other all the injured ("Fourteen people were injured" / "Four people were seriously
/// injured"): two counts, the second a group of the first, no one figure told twice.
pub(super) fn severity_apart(x: &NumSlot, y: &NumSlot) -> bool {
    let injured = |s: &NumSlot| s.toll == Some(Toll::Fate(Fate::Injured));
    x.severe != y.severe && injured(x) && injured(y)
}
