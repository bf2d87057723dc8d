//! Paraphrase features of the content words in order (issue 8, session 52; session 44's
//! candidates, `examples/common/extra.rs`): the longest common subsequence of the two
//! sentences' content words and the content-word bigrams they share, each over the longer
//! and the shorter side, how far apart their lengths in content words are, and how many
//! more numbers one writes than the other. A paraphrase keeps most of its content words in
//! their order; the whole-sentence LCS and bigrams of `features.rs` count the function
//! words too, which two wordings of one fact share by chance.

use super::{count_shared, lcs, ratio};
use crate::matcher::prepared::Wording;

/// Number of features of this family.
pub(crate) const N: usize = 6;

/// [content LCS / longer side, content LCS / shorter side, shared content bigrams / the
/// side with more, / the side with fewer, |ln(1 + content words a) - ln(1 + content words
/// b)|, the difference in numbers written (at most 3)]. Symmetric in `a` and `b`.
pub(crate) fn content_order(a: &Wording, b: &Wording) -> [f32; N] {
    let (qa, qb) = (&a.content_seq, &b.content_seq);
    let l = lcs(qa, qb);
    let nb = count_shared(&a.content_bigrams, &b.content_bigrams);
    let (ba, bb) = (a.content_bigrams.len(), b.content_bigrams.len());
    let words = |q: &[u64]| (q.len() as f32).ln_1p();
    [
        ratio(l, qa.len().max(qb.len())),
        ratio(l, qa.len().min(qb.len())),
        ratio(nb, ba.max(bb)),
        ratio(nb, ba.min(bb)),
        (words(qa) - words(qb)).abs(),
        (a.numbers_written.abs_diff(b.numbers_written) as f32).min(3.0),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::text;

    fn features(a: &str, b: &str) -> [f32; N] {
        let s = text::stemmer();
        let w = |t: &str| Wording::new(t, &text::tokenize(t, &s));
        content_order(&w(a), &w(b))
    }

    #[test]
    fn the_same_content_words_in_order_are_high_and_another_order_is_lower() {
        let base = "Police arrested three men after the robbery in the city centre.";
        let kept = features(
            base,
            "Police have arrested three men following a robbery in the city centre.",
        );
        assert!(kept[0] >= 0.8 && kept[1] >= 0.8, "{kept:?}");
        assert!(kept[3] >= 0.5, "{kept:?}");
        let shuffled = features(
            base,
            "In the city centre, after the robbery, three men were arrested by police.",
        );
        assert!(
            shuffled[0] < kept[0] && shuffled[3] < kept[3],
            "{shuffled:?}"
        );
        assert_eq!(
            kept,
            features(
                "Police have arrested three men following a robbery in the city centre.",
                base,
            )
        );
    }

    #[test]
    fn another_fact_shares_little_and_lengths_and_numbers_differ() {
        let other = features(
            "Police arrested three men after the robbery.",
            "The council approved 4 new bus shelters on 2 streets for 2025 at its meeting in March.",
        );
        assert!(other[0] <= 0.15 && other[2] == 0.0, "{other:?}");
        assert!(other[4] > 0.5, "{other:?}");
        assert_eq!(other[5], 2.0, "{other:?}");
        let same = features("Three men were held.", "Three men were held.");
        assert_eq!(same, [1.0, 1.0, 1.0, 1.0, 0.0, 0.0]);
    }
}
