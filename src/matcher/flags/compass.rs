//! Compass flags: one place told on two sides of it, "the storm hit the east coast" /
//! "the storm hit the west coast", "north of Paris" / "south of Paris", "northern Iran" /
//! "southern Iran"; two sides of one thing, "the left engine" / "the right engine"; and
//! two headings of what moves, "pushed the flames north towards
//! Serta" / "south", "para norte" / "para sul", "vers le nord" / "vers le sud". A place flag: the same noun or name on both sides, with directions
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
pub(super) struct Told {
    points: u8,
    thing: u64,
    range: (usize, usize),
}

/// Compass words of other languages, lower case, read only as a heading after their
/// prepositions ([`HEADING_PREPOSITIONS`]: "para norte", "vers le sud", "nach Norden"), with
/// the points they name as [`DIRECTIONS`] does. (French "est" is also "is".)
const FOREIGN_DIRECTIONS: &[(&str, u8)] = &[
    ("norte", 1),
    ("nord", 1),
    ("norden", 1),
    ("noorden", 1),
    ("sul", 2),
    ("sur", 2),
    ("sud", 2),
    ("süden", 2),
    ("suden", 2),
    ("zuiden", 2),
    ("leste", 4),
    ("este", 4),
    ("est", 4),
    ("osten", 4),
    ("oosten", 4),
    ("oeste", 8),
    ("ouest", 8),
    ("ovest", 8),
    ("westen", 8),
    // Intercardinal points: Spanish and Portuguese "noroeste", "noreste", "nordeste",
    // "sudeste", "sureste", "suroeste", "sudoeste"; Italian "nordovest", "nordest",
    // "sudovest", "sudest"; German "Nordwesten", "Nordosten", "Südosten", "Südwesten";
    // Dutch "noordwesten", "noordoosten", "zuidoosten", "zuidwesten" (trial 38 F2). The
    // hyphened French and Italian forms ("nord-ouest", "sud-est", "nord-ovest") are two
    // words (`foreign_at`).
    ("noroeste", 9),
    ("noreste", 5),
    ("nordeste", 5),
    ("sudeste", 6),
    ("sureste", 6),
    ("suroeste", 10),
    ("sudoeste", 10),
    ("nordovest", 9),
    ("nordest", 5),
    ("sudovest", 10),
    ("sudest", 6),
    ("nordwesten", 9),
    ("nordosten", 5),
    ("südosten", 6),
    ("sudosten", 6),
    ("südwesten", 10),
    ("sudwesten", 10),
    ("noordwesten", 9),
    ("noordoosten", 5),
    ("zuidoosten", 6),
    ("zuidwesten", 10),
];

/// Articles between a preposition of heading ([`HEADING_PREPOSITIONS`]) and a compass
/// word, in French, Spanish, Italian, Dutch and Portuguese, lower case ("vers le nord",
/// "hacia el sur", "naar het zuiden", "rumo a sul", "en direction du nord").
const HEADING_ARTICLES: &[&str] = &["le", "l", "el", "il", "het", "o", "a", "al", "ao", "du"];

/// Prepositions of heading and words of a direction taken, in French, Spanish, Italian,
/// German, Dutch and Portuguese, lower case ("vers", "hacia", "nach", "in Richtung Süden",
/// "para norte", "en dirección al noroeste", "in direzione nord-ovest"): the word right
/// before a foreign compass word, or before its article ([`HEADING_ARTICLES`]).
const HEADING_PREPOSITIONS: &[&str] = &[
    "para",
    "rumo",
    "vers",
    "hacia",
    "rumbo",
    "verso",
    "nach",
    "richtung",
    "naar",
    "direction",
    "dirección",
    "direccion",
    "direção",
    "direcao",
    "direzione",
];

/// English verbs of motion, lower case, after which a compass word is a heading whatever
/// follows it ("moved northwest over the mountains", "was moving north at 15 km/h",
/// "moved northeast and weakened"; trial 38 F2: only a comma, a stop or "towards" after
/// it made one).
const MOTION_VERBS: &[&str] = &[
    "move",
    "moves",
    "moved",
    "moving",
    "head",
    "heads",
    "headed",
    "heading",
    "turn",
    "turns",
    "turned",
    "turning",
    "track",
    "tracks",
    "tracked",
    "tracking",
    "drift",
    "drifts",
    "drifted",
    "drifting",
    "travel",
    "travels",
    "traveled",
    "travelled",
    "traveling",
    "travelling",
    "veer",
    "veers",
    "veered",
    "veering",
    "curve",
    "curves",
    "curved",
    "curving",
    "shift",
    "shifts",
    "shifted",
    "shifting",
    "advance",
    "advances",
    "advanced",
    "advancing",
    "spread",
    "spreads",
    "spreading",
    "continue",
    "continues",
    "continued",
    "continuing",
    "go",
    "goes",
    "went",
    "going",
    "fled",
    "flee",
    "fleeing",
    "sail",
    "sails",
    "sailed",
    "sailing",
    "push",
    "pushes",
    "pushed",
    "pushing",
    "swing",
    "swings",
    "swung",
    "swinging",
    "march",
    "marched",
    "marching",
    "race",
    "raced",
    "racing",
    "retreat",
    "retreated",
    "retreating",
];

/// English words right after a compass word that make it a heading ("pushed the flames
/// north towards Serta", "headed south into the hills"), lower case.
const HEADING_AFTER: &[&str] = &["towards", "toward", "into", "across", "through", "along"];

/// The key of a heading's "thing" in [`Told`]: the way something moves, not a part of
/// a place.
fn heading_key() -> u64 {
    crate::matcher::text::hash_parts(&["compass heading"])
}

/// Whether token `i` of `p` comes right after a verb of motion ([`MOTION_VERBS`]), or
/// after one and an adverb in "-ly" ("moved slowly north").
fn after_motion(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let motion = |k: usize| MOTION_VERBS.contains(&toks[k].norm.as_str());
    (i >= 1 && motion(i - 1)) || (i >= 2 && toks[i - 1].norm.ends_with("ly") && motion(i - 2))
}

/// A compass word of another language at token `i` of `p` ([`FOREIGN_DIRECTIONS`]), with
/// a second one joined by a hyphen ("nord-ouest", "sud-est", "nord-ovest"): its points
/// and the token after it. `None` for the second word of a hyphened one.
fn foreign_at(p: &Prepared, i: usize) -> Option<(u8, usize)> {
    let toks = &p.tokens;
    let of = |k: usize| {
        FOREIGN_DIRECTIONS
            .iter()
            .find(|(w, _)| *w == toks[k].norm)
            .map(|&(_, d)| d)
    };
    let joined = |a: usize, b: usize| {
        super::surface_is(p, toks[a].end, toks[b].start, "-")
            && of(a).is_some_and(|d| d == 1 || d == 2)
            && of(b).is_some_and(|d| d == 4 || d == 8)
    };
    let points = of(i)?;
    if i > 0 && joined(i - 1, i) {
        return None;
    }
    match i + 1 < toks.len() && joined(i, i + 1) {
        true => Some((points | of(i + 1).unwrap_or(0), i + 2)),
        false => Some((points, i + 1)),
    }
}

/// The points of a heading at token `i` of `p`, and the token after its compass word(s):
/// an English compass word after a word that is no article nor preposition and before a
/// comma, a full stop, the end or a word of [`HEADING_AFTER`] ("pushed the flames north
/// towards Serta", "the fire moved south."), or right after a verb of motion, but for
/// "of" after it ("moved northwest over the mountains", [`after_motion`]); or a compass
/// word of another language after a preposition of heading, its article between ("para
/// norte", "vers le nord", "nach Norden", "hacia el noroeste", "vers le nord-ouest").
/// Not "north of Lisbon", "in the north", "the north coast".
fn heading(p: &Prepared, i: usize) -> Option<(u8, usize)> {
    let toks = &p.tokens;
    let t = &toks[i];
    let before = i.checked_sub(1).map(|k| &toks[k])?;
    if direction(t).is_some() {
        // "north-west" read as one heading.
        let (points, k) = compass_at(p, i)?;
        let open = before.kind == Kind::Word && !before.stop && direction(before).is_none();
        let last = &toks[k - 1];
        let ends = match toks.get(k) {
            None => true,
            Some(n) => {
                HEADING_AFTER.contains(&n.norm.as_str())
                    || super::surface(p, last.end, n.start).contains([',', '.', ';'])
            }
        };
        let moving = after_motion(p, i) && toks.get(k).is_none_or(|n| n.norm != "of");
        return (open && (ends || moving) && !t.capital).then_some((points, k));
    }
    let (points, k) = foreign_at(p, i)?;
    // The preposition itself, or its article after it ("vers le", "hacia el", "naar het").
    let preposition = |k: usize| {
        toks.get(k)
            .is_some_and(|w| HEADING_PREPOSITIONS.contains(&w.norm.as_str()))
    };
    let word = before.norm.as_str();
    let at = (HEADING_PREPOSITIONS.contains(&word) || HEADING_ARTICLES.contains(&word))
        .then_some(i - 1)?;
    // "para este año" (for this year), "vers est" (no French): "este" and "est" only
    // after an article ("hacia el este", "vers l'est").
    let article = matches!(word, "le" | "l" | "el" | "o" | "al" | "ao" | "du");
    if matches!(t.norm.as_str(), "este" | "est") && !article {
        return None;
    }
    (preposition(at) || (at > 0 && preposition(at - 1))).then_some((points, k))
}

/// Sides of one thing, left 16 and right 32 (beside the compass points' bits): "the
/// left engine" / "the right engine", after an article or a possessive and before a
/// content word ("the left and right engines" names both; "he left Porto" is a verb).
fn lateral(p: &Prepared, i: usize) -> Option<Told> {
    let toks = &p.tokens;
    let points = match toks[i].norm.as_str() {
        "left" => 16,
        "right" => 32,
        _ => return None,
    };
    let det = i.checked_sub(1).map(|k| toks[k].norm.as_str());
    // "the plane's left wing": a possessor too.
    let possessor = i > 0 && {
        let before = super::surface(p, toks[i - 1].start, toks[i].start);
        let before = before.trim_end();
        before.ends_with("'s") || before.ends_with("\u{2019}s")
    };
    if !possessor
        && !matches!(
            det,
            Some("the" | "its" | "his" | "her" | "their" | "a" | "an")
        )
    {
        return None;
    }
    let w = toks.get(i + 1)?;
    (w.kind == Kind::Word && !w.stop && w.norm != "and" && w.norm != "or").then(|| Told {
        points,
        thing: w.stem,
        range: (toks[i].start, w.end),
    })
}

/// Whether tokens `a` and `b` of `p` are one direction written in two words joined by a
/// hyphen: "north-west", "south-east".
fn hyphened(p: &Prepared, a: usize, b: usize) -> bool {
    let toks = &p.tokens;
    super::surface_is(p, toks[a].end, toks[b].start, "-")
        && direction(&toks[a]).is_some_and(|d| d == 1 || d == 2)
        && direction(&toks[b]).is_some_and(|d| d == 4 || d == 8)
}

/// The direction whose compass word is token `i` of `p` and the token after it: one word
/// ("northwest"), or two joined by a hyphen ("north-west England", "south-east of Paris";
/// trial 37: read as "west" and "east" on their own, with "north" on both sides). `None`
/// for no compass word, and for the second word of a hyphened one (read from the first).
fn compass_at(p: &Prepared, i: usize) -> Option<(u8, usize)> {
    let toks = &p.tokens;
    let points = direction(&toks[i])?;
    if i > 0 && hyphened(p, i - 1, i) {
        return None;
    }
    match i + 1 < toks.len() && hyphened(p, i, i + 1) {
        true => Some((points | direction(&toks[i + 1]).unwrap_or(0), i + 2)),
        false => Some((points, i + 1)),
    }
}

/// The directions of `p`: a compass word before a content word, or before "of" and one;
/// and headings ([`heading`]), read as the direction of one thing. Read once per
/// sentence (`facts.rs`): [`compass_conflict`] asks it for every pair explained.
fn told(p: &Prepared) -> &[Told] {
    p.facts.directions.get_or_init(|| told_read(p))
}

/// [`told`], read.
fn told_read(p: &Prepared) -> Vec<Told> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if let Some((points, k)) = heading(p, i) {
            out.push(Told {
                points,
                thing: heading_key(),
                range: (t.start, toks[k - 1].end),
            });
            continue;
        }
        if let Some(told) = lateral(p, i) {
            out.push(told);
            continue;
        }
        let Some((points, mut k)) = compass_at(p, i) else {
            continue;
        };
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

/// Whether two directions ([`Told::points`]) cannot be one part of a place: they share no
/// point ("north" / "south"), or they are two different intercardinal ones ("northwest" /
/// "northeast": north-west Spain and north-east Spain are two regions, trial 37; "north"
/// / "northeast" overlap).
fn apart(x: u8, y: u8) -> bool {
    let diagonal = |d: u8| d < 16 && d.count_ones() == 2;
    x & y == 0 || (diagonal(x) && diagonal(y) && x != y)
}

/// The first part of one place that `a` and `b` tell with directions that do not overlap
/// ("east coast" / "west coast"), when neither sentence tells that place with both.
pub(super) fn compass_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ta, tb) = (told(a), told(b));
    if ta.is_empty() || tb.is_empty() {
        return None;
    }
    let sides = |p: &Prepared, told: &[Told]| -> Vec<u8> {
        (0..p.tokens.len())
            .filter_map(|i| compass_at(p, i).map(|(d, _)| d))
            .chain(told.iter().map(|t| t.points))
            .collect()
    };
    // Every direction each side names, read only for a part told apart.
    let mut both: Option<(Vec<u8>, Vec<u8>)> = None;
    for x in ta {
        for y in tb {
            if x.thing != y.thing || !apart(x.points, y.points) {
                continue;
            }
            let (sa, sb) = both.get_or_insert_with(|| (sides(a, ta), sides(b, tb)));
            // The other side's direction named on this side too (before another word,
            // "east and west coasts").
            if sa.iter().any(|&d| !apart(d, y.points)) || sb.iter().any(|&d| !apart(d, x.points)) {
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
