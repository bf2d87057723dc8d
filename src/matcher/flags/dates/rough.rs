//! Whether two clock times both told roughly are too far apart to be one moment (the
//! solid flag; trial 41 F9, trial 46 F6). Each covers a span of the clock: "around" /
//! "about" / "gegen" a time covers [`ROUGH_COVERS`] minutes either side of it, "shortly
//! after" / "kurz nach" a time [`HEDGE_COVERS`] minutes after it ("shortly before" as
//! many before). Two spans that do not meet cannot hold one moment: "shortly after 6
//! a.m." (6:00 to 6:45) / "at around 7:30 a.m." (7:00 to 8:00) are two times; "gegen
//! 15.30 Uhr" / "kurz nach 16 Uhr" may be one (the softer flag). Asked only when one
//! time at least has a hedge of a side: two times told "around" are two moments more
//! than two hours apart only (`dates.rs`; trials 20 and 39 kept "vers 14h30" / "vers
//! 16h30" the softer kind).

/// Minutes a time told with "around" (no hedge of a side) may lie from the moment either
/// way: "around 7:30" covers 7:00 to 8:00.
const ROUGH_COVERS: u16 = 30;

/// Minutes a time told with "shortly after" (or "shortly before") may lie from the moment
/// on its side: "shortly after 6 a.m." covers 6:00 to 6:45 (the date flag agrees with a
/// time up to an hour after it, `HEDGED_WITHIN`; a time an hour and a half away is too far
/// for the hedge and for "around" both).
const HEDGE_COVERS: u16 = 45;

/// Whether two rough times `(minutes, bound)` (`Clock::bound`: 2 for "shortly after", -2
/// for "shortly before", else "around") cover spans that do not meet; on a clock of twelve
/// hours when `half`.
pub(super) fn covers_apart((x, bx): (u16, i8), (y, by): (u16, i8), half: bool) -> bool {
    // The span before and after each time, in minutes.
    let reach = |b: i8| match b {
        2 => (0, HEDGE_COVERS),
        -2 => (HEDGE_COVERS, 0),
        _ => (ROUGH_COVERS, ROUGH_COVERS),
    };
    let (earlier, later, be, bl) = {
        let d = x.abs_diff(y);
        let round = if half { 720 } else { 1440 };
        // Read forward from the earlier time on the clock (the shorter way round).
        match (x <= y) == (d <= round / 2) {
            true => (x, y, bx, by),
            false => (y, x, by, bx),
        }
    };
    let gap = super::time_apart(earlier, later, half);
    gap > reach(be).1 + reach(bl).0
}
