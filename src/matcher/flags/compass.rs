//! Compass flags: one place told on two sides of it, "the storm hit the east coast" /
//! "the storm hit the west coast", "north of Paris" / "south of Paris", "northern Iran" /
//! "southern Iran". A place flag: the same noun or name on both sides, with directions
//! that cannot be the same part of it (north against south or east or west; not north
//! against north-east, which overlaps it).
//!
//! A direction is read right before a word ("east coast", "Northern Iran") or before "of"
//! and a word ("north of Paris"); the two sentences must give the same word (by stem) and
//! neither may name both directions (a storm may hit "the east and west coasts").
//! Ranges are code points of each prepared sentence's own text, as every flag.

use super::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Compass words, lower case, and the cardinal points they name (bits: north 1, south 2,
/// east 4, west 8).
const DIRECTIONS: &[(&str, u8)] = &[
    ("north", 1),
    ("northern", 1),
    ("south", 2),
    ("southern", 2),
    ("east", 4),
    ("eastern", 4),
    ("west", 8),
    ("western", 8),
    ("northeast", 5),
    ("northeastern", 5),
    ("northwest", 9),
    ("northwestern", 9),
    ("southeast", 6),
    ("southeastern", 6),
    ("southwest", 10),
    ("southwestern", 10),
];

/// Nouns of a side of a place that news writes with capitals after a direction ("the
/// East Coast", "the West Side").
const SIDES: &[&str] = &["coast", "side", "end", "shore", "coastline"];

/// The points a token names as a direction, `None` when it is no compass word.
fn direction(t: &Token) -> Option<u8> {
    DIRECTIONS
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, d)| d)
}

/// One direction of a sentence: its points, the stem of the word it tells a part of, and
/// the range from the compass word to that word.
struct Told {
    points: u8,
    thing: u64,
    range: (usize, usize),
}

/// The directions of `p`: a compass word before a content word, or before "of" and one.
fn told(p: &Prepared) -> Vec<Told> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(points) = direction(t) else { continue };
        let mut k = i + 1;
        if toks.get(k).is_some_and(|n| n.norm == "of") {
            k += 1;
            if toks.get(k).is_some_and(|n| n.norm == "the") {
                k += 1;
            }
        }
        let Some(w) = toks.get(k) else { continue };
        if w.kind != Kind::Word || w.stop || direction(w).is_some() {
            continue;
        }
        // A name that starts with a direction ("South Africa", "North Korea", "Northern
        // Ireland", "the West Bank") is no side of a place, but for a common noun
        // written with capitals ("the East Coast").
        if k == i + 1 && t.capital && w.capital && !SIDES.contains(&w.norm.as_str()) {
            continue;
        }
        out.push(Told {
            points,
            thing: w.stem,
            range: (t.start, w.end),
        });
    }
    out
}

/// Whether `p` names a side of some place ("the east coast"): a sentence that does not
/// gives no side flag ([`compass_conflict`]) with any sentence.
pub(super) fn tells_a_side(p: &Prepared) -> bool {
    !told(p).is_empty()
}

/// The first part of one place that `a` and `b` tell with directions that do not overlap
/// ("east coast" / "west coast"), when neither sentence tells that place with both.
pub(super) fn compass_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ta, tb) = (told(a), told(b));
    let sides = |p: &Prepared| {
        p.tokens
            .iter()
            .filter_map(direction)
            .fold(0u8, |acc, d| acc | d)
    };
    for x in &ta {
        for y in &tb {
            if x.thing != y.thing || x.points & y.points != 0 {
                continue;
            }
            // The other side's direction named on this side too (before another word,
            // "east and west coasts").
            if sides(a) & y.points != 0 || sides(b) & x.points != 0 {
                continue;
            }
            return Some((x.range, y.range));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(compass_conflict, a, b)
    }

    #[test]
    fn two_sides_of_one_place_differ_both_ways() {
        for (a, b, ta, tb) in [
            (
                "The storm hit the east coast on Monday.",
                "The storm hit the west coast on Monday.",
                "east coast",
                "west coast",
            ),
            (
                "The plane crashed north of Paris.",
                "The plane crashed south of Paris.",
                "north of Paris",
                "south of Paris",
            ),
            (
                "The storm hit the East Coast on Monday.",
                "The storm hit the West Coast on Monday.",
                "East Coast",
                "West Coast",
            ),
            (
                "Fighting broke out in northern Iran.",
                "Fighting broke out in western Iran.",
                "northern Iran",
                "western Iran",
            ),
        ] {
            assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
            assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
        }
    }

    #[test]
    fn overlapping_or_unrelated_directions_do_not_flag() {
        for (a, b) in [
            // The same side in other words.
            (
                "The storm hit the east coast.",
                "The storm battered the eastern coast.",
            ),
            // Overlapping: north-east is in part north.
            (
                "The storm hit the north coast.",
                "The storm hit the northeast coast.",
            ),
            // Directions of different things.
            (
                "The storm hit the east coast.",
                "Winds blew from the west side.",
            ),
            // Both named on one side.
            (
                "The storm hit the east and west coasts.",
                "The storm hit the west coast.",
            ),
            // Names starting with a direction.
            (
                "A cable links South Africa and Europe.",
                "Cables were damaged between Sicily and North Africa.",
            ),
            // No direction on one side.
            ("The storm hit the coast.", "The storm hit the west coast."),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
            assert_eq!(flags(b, a), None, "{b} / {a}");
        }
    }
}
