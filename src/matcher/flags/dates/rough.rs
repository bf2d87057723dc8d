//! Whether two clock times, one told roughly at least, are too far apart to be one moment
//! (the solid flag, else the softer one; trial 40 T5, trial 41 F9, trial 46 F6): one model
//! of hedges. Each time covers a span of the clock where its moment may lie ([`reach`]):
//! - a time told exactly ("at 7:30") is its own moment;
//! - "around" / "about" / "gegen" / "vers" a time, an hour either side ([`AROUND_REACH`]:
//!   "vers 14h30" / "vers 16h30" may be one moment, trials 20 and 39);
//! - "shortly after" / "kurz nach" a time, a quarter of an hour after it
//!   ([`SHORTLY_REACH`]), "shortly before" as much before: the side the hedge tells.
//!
//! Two times part when their spans cannot meet ([`spans_apart`]): "shortly after 6 a.m."
//! (6:00 to 6:15) / "at around 7:30 a.m." (6:30 to 8:30), "about 5 p.m." / "around 2 p.m.",
//! "around 4 a.m." / "at 6 a.m." are two moments; "gegen 15.30 Uhr" / "kurz nach 16 Uhr",
//! "about 7:40 a.m." / "at 8 a.m." may be one. Whether two times agree at all (no flag) is
//! the lenient reading of `dates.rs` (`HEDGED_WITHIN`: a time within the hour after
//! "shortly after 4 a.m." agrees with it), asked first: the spans here tell only how far
//! apart two times that disagree are.

/// Minutes a time told "around" (a rough time with no hedge of a side) may lie from its
/// moment either way: "around 7:30" covers 6:30 to 8:30 (trial 41 F9: two such times more
/// than two hours apart cannot be one moment, "around 4 a.m." / "at 6 a.m." neither).
const AROUND_REACH: u16 = 60;

/// Minutes a time told "shortly after" (or "shortly before") may lie from its moment, on
/// its side only: "shortly after 6 a.m." covers 6:00 to 6:15, so "at around 7:30 a.m."
/// (from 6:30) cannot meet it (trial 46 F6). Any reach under half an hour gives the same
/// flags: a time closer than that to the hedge's hour agrees with it (`dates.rs`).
const SHORTLY_REACH: u16 = 15;

/// The minutes before and after a clock time its moment may lie in: none for an exact
/// time (`rough` false), [`SHORTLY_REACH`] on the side of a hedge (`bound`, as
/// `Clock::bound`: 2 "shortly after", -2 "shortly before"), else [`AROUND_REACH`] either
/// way.
fn reach(rough: bool, bound: i8) -> (u16, u16) {
    match (rough, bound) {
        (false, _) => (0, 0),
        (true, 2) => (0, SHORTLY_REACH),
        (true, -2) => (SHORTLY_REACH, 0),
        (true, _) => (AROUND_REACH, AROUND_REACH),
    }
}

/// Whether two clock times `(minutes, rough, bound)` (minutes after midnight; `bound` as
/// `Clock::bound`) cover spans ([`reach`]) that cannot meet, read the shorter way round the
/// clock; on a clock of twelve hours when `half`.
pub(super) fn spans_apart(
    (x, rx, bx): (u16, bool, i8),
    (y, ry, by): (u16, bool, i8),
    half: bool,
) -> bool {
    let d = x.abs_diff(y);
    let round = if half { 720 } else { 1440 };
    // Read forward from the earlier time on the clock (the shorter way round).
    let ((earlier, re, be), (later, rl, bl)) = match (x <= y) == (d <= round / 2) {
        true => ((x, rx, bx), (y, ry, by)),
        false => ((y, ry, by), (x, rx, bx)),
    };
    let gap = super::time_apart(earlier, later, half);
    gap > reach(re, be).1 + reach(rl, bl).0
}

#[cfg(test)]
mod tests {
    use super::spans_apart;

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
        // Around / around: an hour either side each.
        assert!(!apart(at(14, 30), around, at(16, 30), around));
        assert!(apart(at(14, 0), around, at(17, 0), around));
        // Around / shortly after: 6:00 to 6:15 against 6:30 to 8:30.
        assert!(apart(at(6, 0), after, at(7, 30), around));
        assert!(!apart(at(6, 0), after, at(7, 15), around));
        // "gegen 15.30" / "kurz nach 16": the hour before 16:00 is around's.
        assert!(!apart(at(15, 30), around, at(16, 0), after));
        // About / at: an hour.
        assert!(!apart(at(7, 40), around, at(8, 0), exact));
        assert!(!apart(at(4, 0), around, at(5, 0), exact));
        assert!(apart(at(4, 0), around, at(6, 0), exact));
        // A hedge of a side against an exact time: its side only.
        assert!(apart(at(4, 0), after, at(6, 0), exact));
        assert!(apart(at(4, 0), after, at(3, 30), exact));
        assert!(apart(at(4, 0), before, at(4, 30), exact));
        assert!(!apart(at(4, 0), before, at(3, 50), exact));
        // Round midnight, the shorter way: "shortly before midnight" / "around 0:30".
        assert!(!apart(at(23, 55), before, at(0, 30), around));
        assert!(apart(at(23, 0), before, at(12, 0), around));
    }
}
