//! Parts of the day as dates ("on Monday morning" / "on Monday evening", "dans la nuit de
//! samedi" / "samedi matin"): a date flag compares them as it compares weekdays. Two
//! neighbouring parts ("evening" / "night") may be one moment and give the softer kind.
//!
//! Noon and midnight are clock times, told roughly ("shortly before midnight" / "shortly
//! after noon" differ; "midnight" / "11:50 p.m." is the softer kind).
//!
//! A part-of-day word is read as a date only where it dates something: after a weekday,
//! a date or a word such as "this", "yesterday", "early", "on the"
//! (`lexicon::DAY_PART_DATING`), and not as the first word of a compound ("the night
//! shift", "evening news", "morning-after"). The words, in seven languages, are the
//! lexicon's (`lexicon/dates.rs`).

use crate::matcher::lexicon::{DAY_PARTS, DAY_PART_COMPOUND, DAY_PART_DATING, NOON_MIDNIGHT};
use crate::matcher::text::{Kind, Token};

/// The part of the day token `i` of `toks` names, when it dates something (see the
/// module's doc comment): 1 morning, 2 afternoon, 3 evening, 4 night.
pub(super) fn day_part(toks: &[Token], i: usize) -> Option<u8> {
    let t = &toks[i];
    let part = DAY_PARTS
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, p)| p)?;
    let dating = i.checked_sub(1).map(|k| &toks[k]).is_some_and(|b| {
        b.date
            || matches!(b.kind, Kind::Weekday(_) | Kind::Month(_))
            || DAY_PART_DATING.contains(&b.norm.as_str())
    });
    let compound = toks
        .get(i + 1)
        .is_some_and(|n| n.start == t.end || DAY_PART_COMPOUND.contains(&n.norm.as_str()));
    (dating && !compound).then_some(part)
}

/// Whether two parts of the day ([`day_part`]) are neighbours with no clear bound between
/// them, so they may be one moment: afternoon / evening (5 p.m.), evening / night (9
/// p.m. is either), night / morning (the early hours). The softer kind. Morning and
/// afternoon are parted by noon: the solid kind.
pub(super) fn neighbours(x: u8, y: u8) -> bool {
    matches!((x.min(y), x.max(y)), (2, 3) | (3, 4) | (1, 4))
}

/// The clock time token `i` of `toks` names when it is noon or midnight
/// (`lexicon::NOON_MIDNIGHT`) and not the first word of a compound ("the midnight
/// deadline" is still a time; "midday meal" too: only a hyphen or a
/// `lexicon::DAY_PART_COMPOUND` word after it makes a compound).
pub(super) fn noon_or_midnight(toks: &[Token], i: usize) -> Option<u16> {
    let t = &toks[i];
    let minutes = NOON_MIDNIGHT
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, m)| m)?;
    let compound = toks
        .get(i + 1)
        .is_some_and(|n| n.start == t.end || DAY_PART_COMPOUND.contains(&n.norm.as_str()));
    (!compound).then_some(minutes)
}
