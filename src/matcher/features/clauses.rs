//! Paraphrase features of an extra clause (issue 8, session 52; session 51's candidates,
//! `examples/common/extra.rs`): the longest run of words one side has and the other lacks
//! (a clause told on one side only: "..., beating what analysts on Wall Street had
//! forecast"), for the longer and the shorter of the two sides' runs and as a share of its
//! side's words, and whether only one side quotes. Two wordings of one fact change a word
//! here and there, which makes short runs; a sentence that tells more makes a long one.

use super::ratio;
use crate::matcher::prepared::Prepared;

/// Number of features of this family.
pub(crate) const N: usize = 4;

/// Words of a run counted at most (a longer run is as long).
const RUN_CAP: f32 = 15.0;

/// (the longest run of `me`'s tokens, stop words too, whose stem `other` lacks; that run
/// over `me`'s tokens).
///
/// A 256-bit filter of `other`'s stems (bit `stem % 256`, as `features::lcs` filters)
/// answers most stems it lacks without the search of its list: the run is the same.
fn longest_unmatched_run(me: &Prepared, other: &Prepared) -> (usize, f32) {
    let theirs = &other.wording.stems;
    let bit = |y: u64| (usize::from(y as u8 >> 6), 1u64 << (y & 63));
    let mut filter = [0u64; 4];
    for &y in theirs {
        let (w, m) = bit(y);
        filter[w] |= m;
    }
    let has = |stem: &u64| {
        let (w, m) = bit(*stem);
        filter[w] & m != 0 && theirs.binary_search(stem).is_ok()
    };
    let (mut best, mut now) = (0, 0);
    for stem in &me.seq {
        now = if has(stem) { 0 } else { now + 1 };
        best = best.max(now);
    }
    (best, ratio(best, me.seq.len()))
}

/// [the longer side's longest unmatched run / 15 (at most 1), the larger share of its side
/// an unmatched run takes, the shorter side's run / 15, 1 when only one side has a
/// quotation mark]. Symmetric in `a` and `b`.
pub(crate) fn clauses(a: &Prepared, b: &Prepared) -> [f32; N] {
    let ((ra, sa), (rb, sb)) = (longest_unmatched_run(a, b), longest_unmatched_run(b, a));
    let quotes = |p: &Prepared| p.cues & 2 != 0;
    [
        (ra.max(rb) as f32).min(RUN_CAP) / RUN_CAP,
        sa.max(sb),
        (ra.min(rb) as f32).min(RUN_CAP) / RUN_CAP,
        (quotes(a) != quotes(b)) as u8 as f32,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::prepared::Idf;

    fn features(a: &str, b: &str) -> [f32; N] {
        let idf = Idf::builtin();
        clauses(&Prepared::new(a, idf), &Prepared::new(b, idf))
    }

    const BASE: &str = "The company said profits rose 5 percent in the quarter.";

    #[test]
    fn an_extra_clause_is_a_long_unmatched_run() {
        let extra = features(
            BASE,
            "The company said profits rose 5 percent in the quarter, beating what analysts on Wall Street had forecast.",
        );
        assert!(extra[0] >= 8.0 / 15.0 && extra[1] > 0.4, "{extra:?}");
        assert_eq!(extra[2], 0.0, "the shorter side has every word: {extra:?}");
    }

    #[test]
    fn another_order_or_a_changed_word_is_a_short_run() {
        let reordered = features(
            BASE,
            "In the quarter profits rose 5 percent, the company said.",
        );
        assert_eq!(reordered, [0.0; N]);
        let changed = features(BASE, "The firm said earnings rose 5 percent in the period.");
        assert!(changed[0] <= 2.0 / 15.0 && changed[2] > 0.0, "{changed:?}");
    }

    /// The filtered run is the run a search of every stem finds (the near cases: every
    /// word shared, none shared).
    #[test]
    fn the_filtered_run_is_the_searched_run() {
        let searched = |me: &Prepared, other: &Prepared| {
            let (mut best, mut now) = (0, 0);
            for stem in &me.seq {
                now = match other.wording.stems.binary_search(stem) {
                    Ok(_) => 0,
                    Err(_) => now + 1,
                };
                best = best.max(now);
            }
            best
        };
        let idf = Idf::builtin();
        let texts = [
            BASE,
            "The company said profits rose 5 percent in the quarter, beating what analysts on Wall Street had forecast.",
            "In the quarter profits rose 5 percent, the company said.",
            "A storm closed every road into the valley on Monday night.",
        ];
        let preps: Vec<Prepared> = texts.iter().map(|t| Prepared::new(t, idf)).collect();
        for a in &preps {
            for b in &preps {
                assert_eq!(longest_unmatched_run(a, b).0, searched(a, b));
            }
        }
        assert_eq!(longest_unmatched_run(&preps[0], &preps[0]).0, 0);
        assert_eq!(
            longest_unmatched_run(&preps[0], &preps[3]).0,
            searched(&preps[0], &preps[3])
        );
    }

    #[test]
    fn a_quotation_on_one_side_only() {
        let quoted = "\u{201c}Profits rose 5 percent,\u{201d} the company said.";
        assert_eq!(features(BASE, quoted)[3], 1.0);
        assert_eq!(features(quoted, "\"Profits rose,\" it said.")[3], 0.0);
        assert_eq!(features(BASE, BASE)[3], 0.0);
    }
}
