//! A length of time told with an article: "a year", "an hour", "un an", "ein Jahr", "un
//! año", "un anno", "um ano", "een jaar" count one of their unit, so that "jailed for a
//! year" / "jailed for 12 years" and "a year ago" / "12 years ago" are compared as "one
//! year" / "12 years" are (when their anchors say they measure one event, `numbers.rs`).

use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::flags::figures::{quantifier_start, unit_key};
use crate::matcher::flags::numbers::slots::share_slot;
use crate::matcher::flags::units::{is_time, unit_of};
use crate::matcher::language::Language;
use crate::matcher::lexicon::{one_article, HALVES};
use crate::matcher::text::Kind;

/// The count of one unit of time told by the article at token `i` of `p` (a sentence of
/// language `guessed`): "a year", "an hour", "ein Jahr" (the article, `lexicon::one_article`,
/// right before a unit of the units table's time dimension, `units::is_time`), with its
/// bound ("nearly a year") and range (code points, from the bound to the unit). `None`
/// for any other token and for an article that tells no length of one unit:
/// - a rate, after a figure or a vague count ("twice a year", "$50,000 a year", "40 hours
///   a week", "several times a day");
/// - a length with a half ("a year and a half": "half" is read as the figure 0.5; "un
///   an et demi", `lexicon::HALVES`);
/// - "a second", mostly the ordinal ("a second attack", "une seconde fois").
pub(super) fn one_unit(p: &Prepared, i: usize, guessed: Option<Language>) -> Option<NumSlot> {
    let toks = &p.tokens;
    let (article, unit) = (toks.get(i)?, toks.get(i + 1)?);
    if !one_article(&article.norm, guessed) {
        return None;
    }
    let (key, dim) = unit_of(&unit.norm).filter(|&(key, dim)| {
        is_time(dim) && key != unit_key("seconds") && unit.kind == Kind::Word
    })?;
    let rate = toks[i.saturating_sub(2)..i]
        .iter()
        .any(|t| (matches!(t.kind, Kind::Number(_)) && !t.date) || t.kind == Kind::Vague);
    let half = toks
        .iter()
        .skip(i + 2)
        .take(3)
        .any(|t| t.kind == Kind::Number(0.5) || HALVES.contains(&t.norm.as_str()));
    if rate || half {
        return None;
    }
    let range = (quantifier_start(toks, i), unit.end);
    Some(NumSlot {
        value: 1f64.to_bits(),
        role: Role::Count,
        noun: Some(key),
        dim,
        step: 1.0,
        ..share_slot(0.0, i, bound_before(toks, i).0, range)
    })
}
