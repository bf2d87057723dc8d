//! Runs of text too long to be a sentence: a text whose stops were lost, a list of words, a
//! log pasted as one line. Such a run is no sentence a reader would link, and scoring it
//! whole against every sentence of the other articles costs time in proportion to its
//! length (trial 28, F13: a 5 MB paragraph with no stop froze the page). So a sentence
//! longer than [`SENTENCE_MAX`] code points is read in pieces of at most that many, each
//! ending after a clause mark (`,` `;` `:`) followed by white space, else at white space,
//! in its second half; with neither (no spaces, as in Chinese without stops) at the limit.

/// The longest a sentence is read as one, in code points. News sentences stay far below
/// it (the longest of the development articles has about 300).
pub const SENTENCE_MAX: usize = 1000;

/// Pushes `s..e` (trimmed of white space at both ends already) cut into pieces of at most
/// [`SENTENCE_MAX`] code points, each trimmed of white space and never empty.
pub(super) fn push_cut(chars: &[char], s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let mut start = s;
    while e - start > SENTENCE_MAX {
        let limit = start + SENTENCE_MAX;
        let half = start + SENTENCE_MAX / 2;
        let clause = (half..limit)
            .rev()
            .find(|&i| chars[i].is_whitespace() && matches!(chars[i - 1], ',' | ';' | ':'));
        let space = || (half..limit).rev().find(|&i| chars[i].is_whitespace());
        let end = clause.or_else(space).unwrap_or(limit);
        out.extend(super::trimmed(chars, start, end));
        start = end;
        while start < e && chars[start].is_whitespace() {
            start += 1;
        }
    }
    out.extend(super::trimmed(chars, start, e));
}

/// The length in code points of the longest run of `text` that [`super::segment`] cuts into
/// pieces (a sentence longer than [`SENTENCE_MAX`]), or `None` when there is none. Costs
/// one segmentation; a text of at most [`SENTENCE_MAX`] code points is answered at once.
pub fn longest_cut(text: &str) -> Option<usize> {
    if text.len() <= SENTENCE_MAX {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    super::whole_sentences(&chars)
        .into_iter()
        .map(|(s, e)| e - s)
        .filter(|&n| n > SENTENCE_MAX)
        .max()
}
