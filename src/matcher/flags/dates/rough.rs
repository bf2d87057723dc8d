//! Whether two clock times are one moment, and how far apart they are when they are not
//! (no flag, the softer one or the solid one; trial 40 T5, trial 41 F9, trial 44 y101,
//! trial 46 F6): one model of hedges. Each time covers two spans of the clock, one inside
//! the other, both read from one table ([`spread`]): where its words put its moment (what
//! it *tells*), and where its moment may still lie (its *reach*):
//! - a time told exactly ("at 7:30") is its own moment, both spans;
//! - "shortly after" / "kurz nach" a time reaches the minutes after it up to
//!   [`SHORTLY_REACH`], and tells them but the last ("shortly before" as much before):
//!   the side the hedge tells;
//! - "around" / "about" / "gegen" / "vers" a time tells it give or take [`AROUND_TOLD`]
//!   minutes, and reaches as far either side as its figure is round ([`around_reach`]:
//!   half an hour for a whole hour, a quarter for a half hour, ten minutes for any other
//!   minute; session 54, trial 57: "at about 9:15 a.m." / "gegen 9.40 Uhr" are two
//!   moments, as "vers 14h30" / "vers 16h30" are).
//!
//! Two times agree (no flag) when the spans they tell meet ([`spans_agree`]): "shortly
//! after 4 a.m." / "at 4.20 a.m.", "kurz nach 15 Uhr" / "gegen 15.30 Uhr", "around 2 p.m."
//! / "about 2:15 p.m.". They part (the solid flag) when their reaches cannot meet
//! ([`spans_apart`]): "shortly after 6 a.m." (6:00 to 6:25) / "at around 7:30 a.m." (7:15
//! to 7:45), "about 5 p.m." / "around 2 p.m.", "around 4 a.m." / "at 5 a.m.", "shortly
//! after 6 a.m." / "at 6:40 a.m.", "about 7:40 a.m." / "at 8 a.m.", "gegen 9.15 Uhr" /
//! "gegen 9.40 Uhr" are two moments. In between, the softer flag: "gegen 15.30 Uhr" /
//! "gegen 16 Uhr", "at 7:20 a.m." / "around 7:30 a.m.", "shortly after 6 a.m." / "at
//! around 6:30 a.m.".

/// Minutes a time told "around" (a rough time with no hedge of a side) at `minutes` after
/// midnight may lie from its moment either way: as far as its figure is round. "Around 4
/// p.m." reaches half an hour either way, "around 7:30" a quarter of an hour, "gegen 9.40
/// Uhr" ten minutes (session 54, trial 57: "at 9:15 a.m." / "at around 9:40 a.m." and
/// "gegen 9.15 Uhr" / "gegen 9.40 Uhr" were the softer flag, with the hour either side
/// every "around" reached before; one event's two times 25 minutes apart are two
/// moments).
fn around_reach(minutes: u16) -> u16 {
    match minutes % 60 {
        0 => 30,
        30 => 15,
        _ => 10,
    }
}

/// Minutes either way a time told "around" tells its moment in: two such times a quarter
/// of an hour apart are one moment ("around 2 p.m." / "about 2:15 p.m."), half an hour
/// apart two ("gegen 15.30 Uhr" / "gegen 16 Uhr", trial 44 y101); a time told exactly ten
/// minutes off is another ("at midnight" / "11:50 p.m.", "at about 7:40 a.m." / "at
/// 7:50 a.m.": the softer flag).
const AROUND_TOLD: u16 = 8;

/// Minutes a time told "shortly after" (or "shortly before") reaches, on its side only:
/// "shortly after 6 a.m." reaches 6:00 to 6:25, so "at around 7:30 a.m." (from 6:30)
/// cannot meet it (trial 46 F6; any reach under half an hour does that), while "kurz nach
/// 15 Uhr" meets "gegen 15.30 Uhr" (from 15:22; trial 44) and "shortly after 4 a.m."
/// holds "at 4.20 a.m.". What it tells stops a minute short of its reach, at 6:24: the
/// reach's last minute is where the hedge may end, not a moment it tells (trial 51 F2:
/// "shortly after 5:15 p.m." / "at 5:40 p.m." and "shortly after 5:15 p.m." / "shortly
/// after 5:40 p.m." met there and agreed; they are the softer kind, as two times whose
/// reaches only meet).
const SHORTLY_REACH: u16 = 25;

/// The minutes before and after a clock time at `minutes` after midnight of its span: the
/// span it tells (`reach` false) or its reach (`reach` true). None for an exact time
/// (`rough` false); [`SHORTLY_REACH`] on the side of a hedge (`bound`, as `Clock::bound`:
/// 2 "shortly after", -2 "shortly before"), a minute less for the span it tells; else
/// [`AROUND_TOLD`] or [`around_reach`] either way.
fn spread(minutes: u16, rough: bool, bound: i8, reach: bool) -> (u16, u16) {
    let around = if reach {
        around_reach(minutes)
    } else {
        AROUND_TOLD
    };
    let shortly = if reach {
        SHORTLY_REACH
    } else {
        SHORTLY_REACH - 1
    };
    match (rough, bound) {
        (false, _) => (0, 0),
        (true, 2) => (0, shortly),
        (true, -2) => (shortly, 0),
        (true, _) => (around, around),
    }
}

/// Whether the spans ([`spread`]: told, or reach when `reach`) of two clock times
/// `(minutes, rough, bound)` (minutes after midnight; `bound` as `Clock::bound`) meet,
/// read the shorter way round the clock; on a clock of twelve hours when `half`.
fn spans_meet(
    (x, rx, bx): (u16, bool, i8),
    (y, ry, by): (u16, bool, i8),
    half: bool,
    reach: bool,
) -> bool {
    let d = x.abs_diff(y);
    let round = if half { 720 } else { 1440 };
    // Read forward from the earlier time on the clock (the shorter way round).
    let ((earlier, re, be), (later, rl, bl)) = match (x <= y) == (d <= round / 2) {
        true => ((x, rx, bx), (y, ry, by)),
        false => ((y, ry, by), (x, rx, bx)),
    };
    let gap = super::time_apart(earlier, later, half);
    gap <= spread(earlier, re, be, reach).1 + spread(later, rl, bl, reach).0
}

/// Whether two clock times `(minutes, rough, bound)`, each told exactly, "around" or with
/// a hedge of a side, are one moment: the spans they tell meet ([`spread`]).
pub(super) fn spans_agree(x: (u16, bool, i8), y: (u16, bool, i8), half: bool) -> bool {
    spans_meet(x, y, half, false)
}

/// Whether two clock times `(minutes, rough, bound)` reach spans ([`spread`]) that cannot
/// meet: two moments, the solid flag.
pub(super) fn spans_apart(x: (u16, bool, i8), y: (u16, bool, i8), half: bool) -> bool {
    !spans_meet(x, y, half, true)
}

#[cfg(test)]
mod tests {
    use super::{spans_agree, spans_apart};

    /// Minutes of `h:m`.
    fn at(h: u16, m: u16) -> u16 {
        h * 60 + m
    }

    #[test]
    fn two_times_part_when_their_spans_cannot_meet() {
        let (exact, around, after, before) = ((false, 0), (true, 0), (true, 2), (true, -2));
        let apart = |x: u16, (rx, bx): (bool, i8), y: u16, (ry, by): (bool, i8)| {
            let one = spans_apart((x, rx, bx), (y, ry, by), false);
            assert_eq!(one, spans_apart((y, ry, by), (x, rx, bx), false));
            one
        };
        // Around / around: as far either side as the figure is round (session 54): a
        // whole hour half an hour, a half hour a quarter, any other minute ten.
        assert!(apart(at(14, 30), around, at(16, 30), around));
        assert!(apart(at(14, 0), around, at(17, 0), around));
        assert!(!apart(at(14, 0), around, at(15, 0), around));
        assert!(!apart(at(15, 30), around, at(16, 0), around));
        // Trial 57: "gegen 9.15 Uhr" / "gegen 9.40 Uhr" are two moments; 20 minutes
        // apart their reaches meet.
        assert!(apart(at(9, 15), around, at(9, 40), around));
        assert!(!apart(at(9, 15), around, at(9, 35), around));
        // Around / shortly after: 6:00 to 6:25 against 7:15 to 7:45, 6:15 to 6:45.
        assert!(apart(at(6, 0), after, at(7, 30), around));
        assert!(!apart(at(6, 0), after, at(6, 30), around));
        // "gegen 15.30" / "kurz nach 16": 15:15 to 15:45 ends before 16:00.
        assert!(apart(at(15, 30), around, at(16, 0), after));
        assert!(!apart(at(15, 50), around, at(16, 0), after));
        // About / at: ten minutes for "about 7:40", half an hour for "around 4".
        assert!(apart(at(7, 40), around, at(8, 0), exact));
        assert!(!apart(at(7, 40), around, at(7, 50), exact));
        // Trial 57: "at 9:15 a.m." / "at around 9:40 a.m.".
        assert!(apart(at(9, 40), around, at(9, 15), exact));
        assert!(!apart(at(4, 0), around, at(4, 30), exact));
        assert!(apart(at(4, 0), around, at(5, 0), exact));
        assert!(apart(at(4, 0), around, at(6, 0), exact));
        // A hedge of a side against an exact time: its side only.
        assert!(apart(at(4, 0), after, at(6, 0), exact));
        assert!(apart(at(4, 0), after, at(3, 30), exact));
        assert!(apart(at(4, 0), before, at(4, 30), exact));
        assert!(!apart(at(4, 0), before, at(3, 50), exact));
        // Round midnight, the shorter way: "shortly before midnight" / "around 0:30".
        assert!(!apart(at(23, 45), before, at(0, 0), around));
        assert!(apart(at(23, 0), before, at(12, 0), around));
    }

    #[test]
    fn two_times_agree_when_the_spans_they_tell_meet() {
        let (exact, around, after, before) = ((false, 0), (true, 0), (true, 2), (true, -2));
        let agree = |x: u16, (rx, bx): (bool, i8), y: u16, (ry, by): (bool, i8)| {
            let one = spans_agree((x, rx, bx), (y, ry, by), false);
            assert_eq!(one, spans_agree((y, ry, by), (x, rx, bx), false));
            // What agrees is never apart.
            assert!(!one || !spans_apart((x, rx, bx), (y, ry, by), false));
            one
        };
        // Exact / exact: the same minute.
        assert!(agree(at(7, 0), exact, at(7, 0), exact));
        assert!(!agree(at(7, 0), exact, at(7, 1), exact));
        // Around / around: a quarter of an hour ("gegen 15.30" / "gegen 16" are two).
        assert!(agree(at(15, 30), around, at(15, 45), around));
        assert!(!agree(at(15, 30), around, at(15, 50), around));
        assert!(!agree(at(15, 30), around, at(16, 0), around));
        // Around / shortly after: "kurz nach 15" / "gegen 15.30" agree; not the hour after.
        assert!(agree(at(15, 0), after, at(15, 30), around));
        assert!(!agree(at(16, 0), after, at(15, 30), around));
        assert!(!agree(at(6, 0), after, at(7, 0), around));
        // About / at: a few minutes either way ("at midnight" / "11:50 p.m." are two).
        assert!(agree(at(7, 40), around, at(7, 48), exact));
        assert!(!agree(at(7, 40), around, at(7, 50), exact));
        assert!(!agree(at(0, 0), around, at(23, 50), exact));
        // Exact / shortly after or before: the hedge's side, twenty-five minutes.
        assert!(agree(at(4, 0), after, at(4, 20), exact));
        assert!(!agree(at(6, 0), after, at(6, 40), exact));
        assert!(!agree(at(6, 0), after, at(5, 55), exact));
        assert!(agree(at(0, 0), before, at(23, 45), exact));
        // The last minute of the reach is told by neither (trial 51 F2): "shortly after
        // 5:15" / "at 5:40", "shortly after 5:15" / "shortly after 5:40", "shortly before
        // 6" / "at 5:35"; a minute inside it agrees.
        assert!(!agree(at(17, 15), after, at(17, 40), exact));
        assert!(agree(at(17, 15), after, at(17, 39), exact));
        assert!(!agree(at(17, 15), after, at(17, 40), after));
        assert!(!agree(at(6, 0), before, at(5, 35), exact));
        assert!(agree(at(6, 0), before, at(5, 36), exact));
        // "shortly after 5:15" / "at about 5:40": 5:15 to 5:39 meets 5:32 to 5:48, one
        // moment (as "shortly after 6" / "at around 6:30" agree).
        assert!(agree(at(17, 15), after, at(17, 40), around));
    }

    #[test]
    fn the_last_minute_of_a_reach_is_the_softer_kind() {
        let (exact, after) = ((false, 0), (true, 2));
        let pair = |x: u16, (rx, bx): (bool, i8), y: u16, (ry, by): (bool, i8)| {
            let (x, y) = ((x, rx, bx), (y, ry, by));
            (spans_agree(x, y, false), spans_apart(x, y, false))
        };
        // "shortly after 5:15" / "at 5:40", / "shortly after 5:40": they do not agree,
        // and their reaches meet at 5:40: the softer kind, no solid flag.
        assert_eq!(pair(at(17, 15), after, at(17, 40), exact), (false, false));
        assert_eq!(pair(at(17, 15), after, at(17, 40), after), (false, false));
        // A minute further, two moments.
        assert_eq!(pair(at(17, 15), after, at(17, 41), exact), (false, true));
        assert_eq!(pair(at(17, 15), after, at(17, 41), after), (false, true));
    }
}
