//! Paraphrase features of characters (issue 8, session 52; the candidates of session 44
//! and 51, `examples/common/extra.rs`): the Dice coefficient of the character trigrams of
//! the content words each side has and the other lacks (two spellings or two forms of one
//! word, "organisation" / "organization", "kill" / "killings", meet there), and of the two
//! whole texts' character 4-grams (lower case). Dice (1945) is 2 |A ∩ B| / (|A| + |B|).

use super::{count_shared, ratio};
use crate::matcher::prepared::Prepared;

/// Number of features of this family.
pub(crate) const N: usize = 2;

/// The trigrams (packed, `Wording::word_grams`) of `me`'s content words whose stem is not
/// among `other`'s content stems, into `out`, sorted and unique.
fn unshared_grams(me: &Prepared, other: &Prepared, out: &mut Vec<u64>) {
    out.clear();
    let theirs = &other.content;
    let mut j = 0;
    for &(stem, gram) in &me.wording.word_grams {
        while j < theirs.len() && theirs[j].0 < stem {
            j += 1;
        }
        if j >= theirs.len() || theirs[j].0 != stem {
            out.push(gram);
        }
    }
    out.sort_unstable();
    out.dedup();
}

thread_local! {
    /// Two buffers for [`unshared_grams`], kept between pairs.
    static GRAMS: std::cell::RefCell<(Vec<u64>, Vec<u64>)> = Default::default();
}

/// [Dice of the character trigrams of the unshared content words, Dice of the whole
/// texts' character 4-grams]. Symmetric in `a` and `b`.
pub(crate) fn characters(a: &Prepared, b: &Prepared) -> [f32; N] {
    let unshared = GRAMS.with_borrow_mut(|(ga, gb)| {
        unshared_grams(a, b, ga);
        unshared_grams(b, a, gb);
        ratio(2 * count_shared(ga, gb), ga.len() + gb.len())
    });
    let (ca, cb) = (&a.wording.chars4, &b.wording.chars4);
    [
        unshared,
        ratio(2 * count_shared(ca, cb), ca.len() + cb.len()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::prepared::Idf;

    fn features(a: &str, b: &str) -> [f32; N] {
        let idf = Idf::builtin();
        characters(&Prepared::new(a, idf), &Prepared::new(b, idf))
    }

    #[test]
    fn two_forms_of_one_word_meet_in_the_unshared_trigrams() {
        let spelled = features(
            "The organisation condemned the killings.",
            "The organization condemned the killing spree.",
        );
        assert!(spelled[0] >= 0.4, "{spelled:?}");
        let other = features(
            "The organisation condemned the killings.",
            "The council welcomed the budget.",
        );
        assert!(other[0] <= 0.15, "{other:?}");
        assert!(spelled[1] > other[1], "{spelled:?} / {other:?}");
    }

    #[test]
    fn the_same_text_has_dice_one_and_no_unshared_words() {
        let same = features("Three men were held.", "Three  men were held.");
        assert_eq!(same, [0.0, 1.0]);
        let s = features("Three men were held.", "A woman was freed.");
        assert!(s[1] < 0.2, "{s:?}");
        assert_eq!(
            features("Three men were held.", "A woman was freed."),
            features("A woman was freed.", "Three men were held.")
        );
    }
}
