//! Contrasts: one subject told with opposite words before one same thing, so that the
//! thing, not the words, says the two sentences tell one fact (trial 43, m10 y63, y69,
//! y76):
//! - reached it against stopped short of it ("La colata di lava ha raggiunto il mare" /
//!   "si è fermata prima del mare", "The lava reached the sea" / "stopped short of the
//!   sea");
//! - with it against without it ("ganó las elecciones con mayoría absoluta" / "se quedó
//!   sin mayoría absoluta", "avec" / "sans", "mit" / "ohne");
//! - more than it against less than it ("cuatro puntos más que en 2019" / "cuatro puntos
//!   menos que en 2019", "plus que" / "moins que", "mehr als" / "weniger als").
//!
//! Each side is a lead of whole words in a row ([`Lead`]) and the thing after it, its
//! anchor: the first content word or figure past up to [`SKIP`] small words. Two
//! sentences differ when one has a lead of one side before an anchor and none of the
//! other side before that anchor, the other the reverse, and their subjects (the words
//! before the leads in their clauses, `fates::subject`) share a word when both name
//! one. A sentence telling both ("with or without a majority", "reached the sea, then
//! stopped") differs from neither. Ranges are code points of each sentence's own text.

use super::fates::subject;
use super::negation::WITHOUT;
use super::{first_words, modal};
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::comparisons::{LESS, MORE, THAN, WITH};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{FxWordSet, Kind, Token};
use std::sync::OnceLock;

/// A side told in a sentence ([`marks`]): the token where its lead starts, its anchor's
/// key and its anchor's token.
pub(crate) type Mark = (usize, u64, usize);

/// A lead: per token in a row, the whole words (lower case) it may be.
type Lead = &'static [&'static [&'static str]];

/// Reaching a place or a mark, in seven languages ("reached the sea", "ha raggiunto il
/// mare", "a atteint la mer", "alcanzó el mar", "llegó al mar", "erreichte das Meer",
/// "chegou ao mar", "bereikte de zee").
const REACHED: &[Lead] = &[
    &[&["reached", "reaches"]],
    &[&["raggiunto", "raggiunta", "raggiunse", "raggiunge"]],
    &[&["atteint", "atteinte", "atteignit", "atteignent"]],
    &[&["alcanzó", "alcanzado", "alcanza"]],
    &[&["llegó", "llegado", "llega"], &["a", "al", "hasta"]],
    &[&["erreichte", "erreicht", "erreichten"]],
    &[&["atingiu", "atingido", "atinge"]],
    &[&["chegou", "chega"], &["a", "ao", "à", "até"]],
    &[&["bereikte", "bereikt", "bereikten"]],
];

/// Stopping short of it ("stopped short of the sea", "si è fermata prima del mare",
/// "s'est arrêtée avant la mer", "se detuvo antes del mar", "stoppte kurz vor dem Meer",
/// "parou antes do mar", "stopte vlak voor de zee").
const STOPPED: &[Lead] = &[
    &[
        &["stopped", "halted", "stalled", "stops", "came", "fell"],
        &["short"],
        &["of"],
    ],
    &[&["stopped", "halted", "stalled"], &["before"]],
    &[&["stopped", "halted", "stalled"], &["just"], &["before"]],
    &[
        &[
            "fermata",
            "fermato",
            "fermò",
            "arrestata",
            "arrestato",
            "arrestò",
        ],
        &["prima"],
    ],
    &[
        &["arrêtée", "arrêté", "arrêta", "stoppée", "stoppé"],
        &["avant"],
    ],
    &[
        &["arrêtée", "arrêté", "stoppée", "stoppé"],
        &["juste"],
        &["avant"],
    ],
    &[
        &["detuvo", "detenido", "detenida", "frenó", "paró", "quedó"],
        &["antes"],
    ],
    &[&["stoppte", "stoppten", "endete", "hielt"], &["vor"]],
    &[
        &["stoppte", "stoppten", "endete", "hielt"],
        &["kurz"],
        &["vor"],
    ],
    &[&["parou", "parada", "parado", "deteve"], &["antes"]],
    &[&["stopte", "stopten", "strandde"], &["voor", "vóór"]],
    &[
        &["stopte", "stopten", "strandde"],
        &["vlak", "net"],
        &["voor", "vóór"],
    ],
];

/// With it ([`WITH`]).
const WITH_IT: &[Lead] = &[&[WITH]];

/// Without it (`negation::WITHOUT`), and nl "zonder".
const WITHOUT_IT: &[Lead] = &[&[WITHOUT], &[&["zonder"]]];

/// More than it ([`MORE`] then [`THAN`]; pt "mais do que").
const MORE_THAN: &[Lead] = &[&[MORE, THAN], &[MORE, &["do"], &["que"]]];

/// Less than it ([`LESS`] then [`THAN`]; pt "menos do que").
const LESS_THAN: &[Lead] = &[&[LESS, THAN], &[LESS, &["do"], &["que"]]];

/// The pairs of opposite sides, in the order they are read.
const CONTRASTS: &[(&[Lead], &[Lead])] = &[
    (REACHED, STOPPED),
    (WITH_IT, WITHOUT_IT),
    (MORE_THAN, LESS_THAN),
];

/// The most small words (stop words) between a lead and its anchor ("prima *del* mare",
/// "más que *en* 2019", "with *an* absolute majority").
const SKIP: usize = 3;

/// Words before a comparison that make it a bound or "only" ("*no* more than", "*not*
/// less than", fr "*ne* … plus que"): no side of [`MORE_THAN`] or [`LESS_THAN`].
const NOT_BEFORE: &[&str] = &["no", "not", "ne", "n", "nicht", "niet", "non", "não"];

/// A lead of a side at token `i` of `toks`: the token after it.
fn lead_at(toks: &[Token], lead: Lead, i: usize) -> Option<usize> {
    let all = lead.iter().enumerate().all(|(k, alts)| {
        toks.get(i + k)
            .is_some_and(|t| alts.contains(&t.norm.as_str()))
    });
    all.then_some(i + lead.len())
}

/// The anchor after a lead ending before token `from`: the first token past up to [`SKIP`]
/// stop words that is a content word or a date figure, by its key (a word's stem, a
/// figure's value), and its index. A plain count right after "than" is a bound ("more
/// than 100": the number flag's), no anchor.
fn anchor(toks: &[Token], from: usize) -> Option<(u64, usize)> {
    for (k, t) in toks.iter().enumerate().skip(from).take(SKIP + 1) {
        match t.kind {
            Kind::Word if t.stop => continue,
            Kind::Word => return Some((t.stem, k)),
            Kind::Number(v) if t.date || k > from => return Some((v.to_bits(), k)),
            _ => return None,
        }
    }
    None
}

/// Every side of `sides` in `p`: the token where its lead starts, the anchor's key and the
/// anchor's token.
fn marks(p: &Prepared, sides: &[Lead]) -> Vec<(usize, u64, usize)> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if !may_lead(&toks[i].norm) {
            continue;
        }
        let negated = |i: usize| {
            toks[i.saturating_sub(3)..i]
                .iter()
                .any(|t| NOT_BEFORE.contains(&t.norm.as_str()))
        };
        for lead in sides {
            let Some(end) = lead_at(toks, lead, i) else {
                continue;
            };
            let comparison = lead.len() > 1 && (lead[0] == MORE || lead[0] == LESS);
            if comparison && negated(i) {
                continue;
            }
            if let Some((key, at)) = anchor(toks, end) {
                out.push((i, key, at));
            }
        }
    }
    out
}

/// Whether a lead of some side of [`CONTRASTS`] may start at a token written `norm`: it is
/// a first word of one (a set built once from them; every token of a sentence is asked,
/// and scanning every side's leads for each was most of the rule's time). A lead with no
/// word (none is written so) would start anywhere: then every token may.
fn may_lead(norm: &str) -> bool {
    static FIRST: OnceLock<Option<FxWordSet>> = OnceLock::new();
    FIRST
        .get_or_init(|| first_words(CONTRASTS.iter().flat_map(|(x, y)| x.iter().chain(*y))))
        .as_ref()
        .is_none_or(|set| set.contains(norm))
}

/// [`marks`] of `p` for every side of [`CONTRASTS`] in order (the first and the other side
/// of the first pair, then of the second …), read once per sentence and kept in its facts
/// (`flags/facts.rs`): all-pairs matching asks them of a sentence in about two pairs. They
/// read only the sentence's tokens.
fn all_marks(p: &Prepared) -> &[Vec<Mark>] {
    p.facts.contrast_marks.get_or_init(|| {
        CONTRASTS
            .iter()
            .flat_map(|(one, other)| [marks(p, one), marks(p, other)])
            .collect()
    })
}

/// Whether the subjects of the sides at tokens `x` of `a` and `y` of `b` may be one: they
/// share a word, or one of them names none.
fn one_subject(a: &Prepared, x: usize, b: &Prepared, y: usize) -> bool {
    match (subject(a, x), subject(b, y)) {
        (Some((sa, _)), Some((sb, _))) if !sa.is_empty() && !sb.is_empty() => {
            sa.iter().any(|s| sb.contains(s))
        }
        _ => true,
    }
}

/// Opposite sides of one pair of [`CONTRASTS`] before one anchor, told of one subject, one
/// in each sentence and neither as a mere possibility: the ranges of the two (the lead to
/// the anchor), `a`'s first.
pub(super) fn contrast_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // The two sides of pair `k` of `CONTRASTS` in `p`.
    fn sides(p: &Prepared, k: usize) -> (&[Mark], &[Mark]) {
        let m = all_marks(p);
        (&m[2 * k], &m[2 * k + 1])
    }
    for k in 0..CONTRASTS.len() {
        let (a1, a2) = sides(a, k);
        if a1.is_empty() && a2.is_empty() {
            continue;
        }
        let (b1, b2) = sides(b, k);
        let has = |list: &[(usize, u64, usize)], key: u64| list.iter().any(|m| m.1 == key);
        for (x_side, x_not, y_side, y_not) in [(&a1, &a2, &b2, &b1), (&a2, &a1, &b1, &b2)] {
            for &(xs, key, xe) in x_side.iter() {
                if has(x_not, key) || has(y_not, key) {
                    continue;
                }
                let Some(&(ys, _, ye)) = y_side.iter().find(|m| m.1 == key) else {
                    continue;
                };
                if modal(&a.tokens, &a.tokens[xs]) || modal(&b.tokens, &b.tokens[ys]) {
                    continue;
                }
                if one_subject(a, xs, b, ys) {
                    let range =
                        |p: &Prepared, s: usize, e: usize| (p.tokens[s].start, p.tokens[e].end);
                    return Some((range(a, xs, xe), range(b, ys, ye)));
                }
            }
        }
    }
    None
}
