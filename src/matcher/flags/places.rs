//! Place flags: a name after a locative preposition ("in Ohio", "at the Panmunjom truce
//! village") in both sentences, neither mentioned by the other.

use super::Ranges;
use crate::matcher::features::Prepared;
use crate::matcher::text::Kind;

/// Prepositions after which a name is a place ("in Ohio", "at the Panmunjom truce village").
///
/// Only locative prepositions: they say where a thing happened. Path prepositions ("from",
/// "into", "across", "toward") name where someone came from or went, a different slot:
/// one report may follow the defector "toward the Joint Security Area" while the other
/// places the shooting "at the Panmunjom truce village", and the two are not in conflict.
const PLACE_PREPS: &[&str] = &["in", "at", "near", "outside", "inside"];

/// Words naming the occasion of a statement: a place right after one ("at a news conference
/// at the Bellflower courthouse", "a briefing in Seoul") is where something was said.
const OCCASIONS: &[&str] = &[
    "conference",
    "briefing",
    "interview",
    "statement",
    "hearing",
];

/// Places: a name after a place preposition ("in Ohio", "at the Panmunjom truce village").
///
/// The place of a report is not the place of the fact, as with dates (see `dates::date_items`):
/// a place right after a speech verb ("Brooks said in Seoul") or after the occasion of a
/// statement ("at a news conference at the Bellflower courthouse") is left out.
fn places(p: &Prepared) -> Vec<((usize, usize), Vec<u64>)> {
    let toks = &p.tokens;
    // A headline in title case ("Jewellery Stolen In Casty Shop Raid"): capitals say nothing.
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let capitals = toks
        .iter()
        .filter(|t| t.kind == Kind::Word && t.capital)
        .count();
    if words >= 3 && capitals * 10 >= words * 7 {
        return Vec::new();
    }
    // The text's code points, collected only when a name follows a place preposition.
    let chars: std::cell::OnceCell<Vec<char>> = std::cell::OnceCell::new();
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !PLACE_PREPS.contains(&t.norm.as_str()) {
            continue;
        }
        if i >= 1 && {
            let before = toks[i - 1].norm.as_str();
            crate::matcher::speakers::SPEECH.contains(&before) || OCCASIONS.contains(&before)
        } {
            continue;
        }
        let mut j = i + 1;
        if j < toks.len() && toks[j].norm == "the" {
            j += 1;
        }
        if j >= toks.len() || !toks[j].proper || toks[j].kind != Kind::Word {
            continue;
        }
        // One name: capitalised words with no comma between them ("in the US, Vincent
        // Gigante ..." is a place, then a person).
        let mut e = j;
        while e + 1 < toks.len()
            && toks[e + 1].proper
            && toks[e + 1].kind == Kind::Word
            && !chars
                .get_or_init(|| p.text.chars().collect())
                .get(toks[e].end..toks[e + 1].start)
                .is_some_and(|gap| gap.contains(&','))
        {
            e += 1;
        }
        let stems = toks[j..=e].iter().map(|t| t.stem).collect();
        out.push(((toks[j].start, toks[e].end), stems));
    }
    out
}

pub(super) fn place_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let pa = places(a);
    let pb = places(b);
    if pa.is_empty() || pb.is_empty() {
        return None;
    }
    let mentions =
        |p: &Prepared, stems: &[u64]| stems.iter().any(|s| p.tokens.iter().any(|t| t.stem == *s));
    if pa.iter().any(|x| mentions(b, &x.1)) || pb.iter().any(|x| mentions(a, &x.1)) {
        return None;
    }
    Some((pa[0].0, pb[0].0))
}
