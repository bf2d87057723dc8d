//! The quoted parts of a sentence: the words the quotation flag compares. A quotation
//! interrupted by its attribution ("“We will never accept this provocation,” Kim said,
//! “and we will respond in kind.”") is one quotation, compared without the attribution.

use super::marks::Marks;

/// The insides of the quotations of `sentence` not inside another one (code points,
/// marks left out), in order: the words a speaker is quoted as saying, without an
/// attribution or other words between two quotations.
pub(crate) fn quoted_parts(sentence: &[char]) -> Vec<(usize, usize)> {
    Marks::of(sentence)
        .top_pairs()
        .into_iter()
        .map(|(o, c)| (o + 1, c))
        .filter(|(s, e)| s < e)
        .collect()
}
