//! The quoted parts of a sentence: what a quote span made by accepting a match covers,
//! and the words the quotation flag compares. A quotation interrupted by its attribution
//! ("“We will never accept this provocation,” Kim said, “and we will respond in kind.”")
//! is one quotation: the quote span runs from its first opening mark to its last closing
//! mark, the attribution between the parts inside it (as an annotator's span over it
//! must, a span being contiguous), while the flag compares the quoted words only.

use super::frames::Frame;
use super::marks::Marks;
use super::vocab::{is_frame_verb, Word};
use super::MIN_PIECE_WORDS;

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

/// Whether only an attribution stands between a quotation's closing mark `close` and
/// the next one's opening mark `open` ("…,” Kim said, “…", "…», a déclaré Kim, « …"):
/// no word, or every word inside an attribution frame of `cuts`, or at most eight words
/// with a speech verb among them and no other quotation (frames of languages the rules
/// do not know).
fn only_attribution(ws: &[Word], cuts: &[Frame], close: usize, open: usize) -> bool {
    let gap: Vec<&Word> = ws
        .iter()
        .filter(|w| close < w.start && w.end <= open)
        .collect();
    let framed = |w: &&Word| cuts.iter().any(|f| f.start <= w.start && w.end <= f.end);
    gap.iter().all(framed) || (gap.len() <= 8 && gap.iter().any(|w| is_frame_verb(&w.norm)))
}

/// The part a new quote span covers in a sentence whose quotation runs from mark `outer.0`
/// to mark `outer.1`: the quotations (marks included) grouped so that the parts of one
/// interrupted quotation ([`only_attribution`] between them) are one; of those of at
/// least [`MIN_PIECE_WORDS`] words or a `statement` (all when none is), the ones sharing
/// a stem with `wanted` (all when none does); the span runs from the first opening mark
/// of those to the last closing mark. `None` when the sentence has no paired quotation.
pub(super) fn quote_span(
    ws: &[Word],
    cuts: &[Frame],
    marks: &Marks,
    wanted: &[u64],
    statement: impl Fn((usize, usize)) -> bool,
) -> Option<(usize, usize)> {
    let pairs = marks.top_pairs();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for &(o, c) in &pairs {
        match groups.last_mut() {
            Some(g) if only_attribution(ws, cuts, g.1, o) => g.1 = c,
            _ => groups.push((o, c)),
        }
    }
    let quoted = |(o, c): (usize, usize)| {
        ws.iter()
            .filter(move |w| o < w.start && w.end <= c)
            .filter(|w| pairs.iter().any(|&(a, b)| a < w.start && w.end <= b))
    };
    let long: Vec<(usize, usize)> = groups
        .iter()
        .copied()
        .filter(|&g| quoted(g).count() >= MIN_PIECE_WORDS || statement(g))
        .collect();
    let candidates = if long.is_empty() { groups } else { long };
    let matching: Vec<(usize, usize)> = candidates
        .iter()
        .copied()
        .filter(|&g| quoted(g).any(|w| !w.stop && wanted.binary_search(&w.stem).is_ok()))
        .collect();
    let chosen = if matching.is_empty() {
        candidates
    } else {
        matching
    };
    Some((chosen.first()?.0, chosen.last()?.1 + 1))
}
