//! Two areas named in one place ("the Langwasser district of Nürnberg" / "the Gostenhof
//! district of Nürnberg"): the place is named on both sides, yet the areas differ (trial
//! 25: two fires in one city, in other years).

use super::{Place, Ranges};
use crate::matcher::features::Prepared;
use crate::matcher::flags::names::same_name_word;

/// Two areas named in one place ([`Place::area`] set on both, their words after "of"
/// sharing a name: "the Langwasser district of Nürnberg" / "the Gostenhof district of
/// Nürnberg"), neither area's own name written in the other sentence: the pair of their
/// ranges (code points), dashed (`true`). `None` when there is no such pair.
pub(super) fn areas_of_one_place(
    a: &Prepared,
    pa: &[Place],
    b: &Prepared,
    pb: &[Place],
) -> Option<(Ranges, bool)> {
    let own = |x: &Place| -> Vec<usize> {
        x.words
            .iter()
            .copied()
            .filter(|&k| k <= x.tokens.1)
            .collect()
    };
    let within = |x: &Place| -> Vec<usize> {
        x.words
            .iter()
            .copied()
            .filter(|&k| k > x.tokens.1)
            .collect()
    };
    let written_in = |s: &Prepared, ks: &[usize], other: &Prepared| {
        ks.iter()
            .any(|&k| other.tokens.iter().any(|t| same_name_word(&s.tokens[k], t)))
    };
    pa.iter().filter(|x| x.area.is_some()).find_map(|x| {
        let (own_x, within_x) = (own(x), within(x));
        if within_x.is_empty() || own_x.is_empty() || written_in(a, &own_x, b) {
            return None;
        }
        pb.iter()
            .filter(|y| y.area.is_some())
            .find(|y| {
                let (own_y, within_y) = (own(y), within(y));
                !own_y.is_empty()
                    && !written_in(b, &own_y, a)
                    && within_x.iter().any(|&k| {
                        within_y
                            .iter()
                            .any(|&m| same_name_word(&a.tokens[k], &b.tokens[m]))
                    })
            })
            .map(|y| ((x.range, y.range), true))
    })
}
