//! Counts of votes by side (trial 28, F5): in a sentence that tells a vote, a figure with
//! a word of a side in its clause counts the votes of that side ("275 stimmten dagegen",
//! "281 mit Nein", "212 voted against", "with 212 votes against": the votes against;
//! "Für das Gesetz stimmten 399 Abgeordnete", "399 mit Ja", "220 voted for": the votes
//! for; "Fünf Abgeordnete enthielten sich": the abstentions). Two counts of one side are
//! compared whatever else they count ("275 stimmten dagegen" / "281 mit Nein": the solid
//! number flag), and counts of two sides never are ("399" for / "275" against).

use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::text::{hash_str, Kind, Token};

/// A side of a vote.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    For,
    Against,
    Abstain,
}

/// Words of a side, lower case: each stands for its side wherever it is in the clause,
/// before or after the figure, besides [`AFTER_ONLY`].
const SIDES: &[(&str, Side)] = &[
    ("against", Side::Against),
    ("dagegen", Side::Against),
    ("nein", Side::Against),
    ("contre", Side::Against),
    ("contra", Side::Against),
    ("contro", Side::Against),
    ("contrari", Side::Against),
    ("dafür", Side::For),
    ("ja", Side::For),
    ("für", Side::For),
    ("favour", Side::For),
    ("favor", Side::For),
    ("favore", Side::For),
    ("favorevoli", Side::For),
    ("abstained", Side::Abstain),
    ("abstaining", Side::Abstain),
    ("abstentions", Side::Abstain),
    ("abstention", Side::Abstain),
    ("enthielten", Side::Abstain),
    ("enthaltungen", Side::Abstain),
    ("enthaltung", Side::Abstain),
    ("abstenciones", Side::Abstain),
    ("abstuvieron", Side::Abstain),
    ("astenuti", Side::Abstain),
    ("astensioni", Side::Abstain),
];

/// Words of a side only after the figure ("220 voted for", "220 pour"): before a figure
/// they say what it is for ("for 10 years", "pour 100 euros").
const AFTER_ONLY: &[(&str, Side)] = &[("for", Side::For), ("pour", Side::For)];

/// Conjunctions that join two counts of a vote ("220 for and 212 against", "399 dafür und
/// 275 dagegen", "180 a favor y 150 en contra"), lower case.
const CONJUNCTIONS: &[&str] = &[
    "and", "while", "but", "und", "aber", "während", "et", "mais", "y", "e", "pero", "ma",
];

/// How many words on each side of a figure its side word may stand ("Für das Gesetz
/// stimmten 399", "399 Parlamentarier votierten mit Ja").
const WINDOW: usize = 4;

/// Whether token `t` tells a vote: "vote", "voted", "votierten", "votaron", "voti",
/// "voté", "stimmten", "Stimmen", "abgestimmt", "ballot", "voix", or a side word of an
/// abstention ("enthielten", "abstained").
fn vote_word(t: &Token) -> bool {
    let w = t.norm.as_str();
    (w.starts_with("vot") && !w.starts_with("votre"))
        || w.starts_with("stimm")
        || w.contains("abstimm")
        || w.starts_with("abgestimmt")
        || w.starts_with("ballot")
        || w == "voix"
        || side_of(w, true) == Some(Side::Abstain)
}

/// The side word `w` (lower case) tells, `after` the figure or before it.
fn side_of(w: &str, after: bool) -> Option<Side> {
    let extra = AFTER_ONLY.iter().filter(|_| after);
    SIDES
        .iter()
        .chain(extra)
        .find(|(s, _)| *s == w)
        .map(|&(_, side)| side)
}

/// The side word nearest figure `s` of `p` within [`WINDOW`] words of its clause (a
/// comma, semicolon, colon, bracket or dash ends it; another figure or a conjunction
/// too), after it first on a tie: its side and its token.
fn side_near(p: &Prepared, s: &NumSlot) -> Option<(Side, usize)> {
    let toks = &p.tokens;
    let gap_ends = |k: usize| {
        surface(p, toks[k].end, toks[k + 1].start)
            .contains([',', ';', ':', '(', ')', '\u{2013}', '\u{2014}'])
    };
    // Another figure, or a conjunction joining another count ("180 votos a favor y 155
    // en contra"), ends the words of this one.
    let figure =
        |t: &Token| matches!(t.kind, Kind::Number(_)) || CONJUNCTIONS.contains(&t.norm.as_str());
    let (mut after, mut before) = (None, None);
    let tok = s.tok?;
    let mut k = tok;
    for n in 1..=WINDOW {
        if k + 1 >= toks.len() || gap_ends(k) || figure(&toks[k + 1]) {
            break;
        }
        k += 1;
        if let Some(side) = side_of(&toks[k].norm, true) {
            after = Some((n, side, k));
            break;
        }
    }
    let mut k = tok;
    for n in 1..=WINDOW {
        if k == 0 || gap_ends(k - 1) || figure(&toks[k - 1]) {
            break;
        }
        k -= 1;
        if let Some(side) = side_of(&toks[k].norm, false) {
            before = Some((n, side, k));
            break;
        }
    }
    match (after, before) {
        (Some(a), Some(b)) if b.0 < a.0 => Some((b.1, b.2)),
        (Some(a), _) => Some((a.1, a.2)),
        (None, Some(b)) => Some((b.1, b.2)),
        (None, None) => None,
    }
}

/// Marks the counts of `out` (of sentence `p`) that count the votes of one side: their
/// counted noun is that side's votes, and a side word after the figure joins its text
/// ("275 stimmten dagegen", "281 mit Nein"). Nothing changes in a sentence that tells no
/// vote ([`vote_word`]).
pub(super) fn vote_sides(p: &Prepared, out: &mut [NumSlot]) {
    let toks = &p.tokens;
    if !toks.iter().any(vote_word) {
        return;
    }
    for s in out.iter_mut() {
        let Some(tok) = s.tok.filter(|&t| t < toks.len()) else {
            continue;
        };
        if s.role != Role::Count || s.dim != 0 || s.ident || s.vague {
            continue;
        }
        let Some((side, k)) = side_near(p, s) else {
            continue;
        };
        s.noun = Some(hash_str(&format!("votes {side:?}")));
        (s.noun_class, s.toll, s.verb_noun, s.bare) = (0, None, false, false);
        if k > tok {
            s.end = s.end.max(toks[k].end);
        }
    }
}
