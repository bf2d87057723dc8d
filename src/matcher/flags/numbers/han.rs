//! The counts of Chinese and Japanese text as the number flags read them: the counts
//! `cjk::han_counts` reads ("四枪", "三人", "数枪"), and a figure joined to a Chinese or
//! Japanese word it has not read ("6时").

use super::toll::han_toll;
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::cjk;
use crate::matcher::flags::figures::unit_key;
use crate::matcher::text::{hash_str, Kind};

/// The Chinese and Japanese counts of `p` (`cjk::han_counts`), a count of "人" being one
/// of people, with the toll the words after each tell ("5人死亡").
pub(super) fn han_slots(p: &Prepared) -> Vec<NumSlot> {
    cjk::han_counts(p)
        .into_iter()
        .map(|c| NumSlot {
            noun: Some(match c.counted == hash_str("han counter 人") {
                true => unit_key("person"),
                false => c.counted,
            }),
            toll: han_toll(p, c.range.1),
            vague: c.vague,
            size: c.size,
            bound: c.bound,
            tok: None,
            ..NumSlot::new(c.value, Role::Count, 0, c.range)
        })
        .collect()
}

/// A figure at token `i` of `p` joined to a Chinese or Japanese word that
/// `cjk::han_counts` has not read: `Some(Some(count))` of that word ("6时", compared with
/// "7时" only), `Some(None)` for a date ("12月", "1日": the date flags read it), `None`
/// for any other token.
pub(super) fn glued_han(p: &Prepared, i: usize) -> Option<Option<NumSlot>> {
    let t = p.tokens.get(i)?;
    let v = match (p.ascii, t.kind) {
        (false, Kind::Number(v)) => v,
        _ => return None,
    };
    let c = p.text.chars().nth(t.end).filter(|&c| cjk::cjk_char(c))?;
    Some((!"月日年号".contains(c)).then(|| NumSlot {
        noun: Some(hash_str(&format!("han glued {c}"))),
        ..NumSlot::new(v.to_bits(), Role::Count, i, (t.start, t.end))
    }))
}
