//! METEOR-style alignment features of a sentence pair (Banerjee and Lavie 2005), without
//! METEOR's synonym pass: the content words of the two sentences (`Prepared::content_seq`,
//! in order, repeats kept) aligned one to one by stem, the k-th occurrence of a stem in
//! one sentence with its k-th occurrence in the other (the first free one, as METEOR's
//! exact and stem passes take it; a stem match covers a same-form match, and the number
//! of matches is the same either way). Read off as the aligned share of the longer side
//! and the fragmentation, chunks / matches, where a chunk is a run of matches adjacent
//! in both sentences. Session 45 (`BENCHMARKS.md`, "Sentence-pair model").
//!
//! Cost per pair: one pass over the content words of `a`, and for each word whose stem
//! `b` has (a binary search of `b.content`) a scan of `b`'s content words; no allocation
//! for sentences of up to [`STACK_WORDS`] content words.

use super::Prepared;

/// Content words of `b` whose use the alignment tracks in a bit set on the stack; longer
/// sentences take one on the heap.
pub(crate) const STACK_WORDS: usize = 256;

/// The alignment of two sentences, counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Alignment {
    /// Aligned word pairs.
    pub matches: usize,
    /// Runs of matches adjacent in both sentences.
    pub chunks: usize,
}

/// Aligns the content words of `a` and `b` one to one (see the module doc).
pub(crate) fn align(a: &Prepared, b: &Prepared) -> Alignment {
    let nb = b.content_seq.len();
    let mut stack = [0u64; STACK_WORDS / 64];
    let mut heap = Vec::new();
    let used: &mut [u64] = if nb <= STACK_WORDS {
        &mut stack
    } else {
        heap.resize(nb.div_ceil(64), 0u64);
        &mut heap
    };
    let mut out = Alignment {
        matches: 0,
        chunks: 0,
    };
    // The last match (index in a, index in b): a match right after it in both continues
    // its chunk.
    let mut last: Option<(usize, usize)> = None;
    for (i, &stem) in a.content_seq.iter().enumerate() {
        if b.content.binary_search_by_key(&stem, |x| x.0).is_err() {
            continue;
        }
        let free = |j: usize| used[j / 64] >> (j % 64) & 1 == 0;
        let Some(j) = (0..nb).find(|&j| b.content_seq[j] == stem && free(j)) else {
            continue;
        };
        used[j / 64] |= 1 << (j % 64);
        out.matches += 1;
        if last != Some((i.wrapping_sub(1), j.wrapping_sub(1))) {
            out.chunks += 1;
        }
        last = Some((i, j));
    }
    out
}

/// The alignment features: the aligned share of the side with more content words
/// (matches / its content words: the smaller of the two sides' shares) and the
/// fragmentation (chunks / matches; 0 without matches).
pub(crate) fn meteor_features(a: &Prepared, b: &Prepared) -> [f32; 2] {
    let al = align(a, b);
    let ratio = |n: usize, d: usize| if d > 0 { n as f32 / d as f32 } else { 0.0 };
    let longer = a.content_seq.len().max(b.content_seq.len());
    [ratio(al.matches, longer), ratio(al.chunks, al.matches)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::features::Idf;

    fn pair(a: &str, b: &str) -> (Prepared, Prepared) {
        let idf = Idf::builtin();
        (Prepared::new(a, idf), Prepared::new(b, idf))
    }

    fn counts(a: &str, b: &str) -> (usize, usize) {
        let (a, b) = pair(a, b);
        let al = align(&a, &b);
        (al.matches, al.chunks)
    }

    #[test]
    fn chunks_count_runs_adjacent_in_both_sentences() {
        let same = "police arrested three men";
        assert_eq!(counts(same, same), (4, 1));
        let (a, b) = pair(same, same);
        assert_eq!(meteor_features(&a, &b), [1.0, 0.25]);
        // Near case: the same words in another order fall into more chunks.
        assert_eq!(counts(same, "three men arrested police"), (4, 3));
        let (a, c) = pair(same, "three men arrested police");
        assert_eq!(meteor_features(&a, &c), [1.0, 0.75]);
        // A content word between two aligned ones breaks the run, on either side.
        assert_eq!(counts(same, "police quickly arrested three men"), (4, 2));
        assert_eq!(counts("police quickly arrested three men", same), (4, 2));
        // Stop words are not aligned and do not break a run.
        assert_eq!(
            counts("police arrested the men", "police arrested men"),
            (3, 1)
        );
    }

    #[test]
    fn repeated_words_align_one_to_one_by_stem() {
        // "Officials"/"official", "closed"/"closes", "road"/"road" align by stem; the
        // second "road" of a has no partner left.
        let long = "Officials closed the road and the road";
        let short = "The official closes the road";
        assert_eq!(counts(long, short), (3, 1));
        let (a, b) = pair(long, short);
        let f = meteor_features(&a, &b);
        assert_eq!(f, [0.75, 1.0 / 3.0]);
        // Symmetric: the same counts from either side.
        assert_eq!(counts(short, long), (3, 1));
        assert_eq!(meteor_features(&b, &a), f);
        // Nothing shared: no matches, no fragmentation.
        let (c, d) = pair("The firm sold the plant", "Rain fell in Paris");
        assert_eq!(meteor_features(&c, &d), [0.0, 0.0]);
    }

    #[test]
    fn long_sentences_take_the_heap_set() {
        let words: Vec<String> = (0..300).map(|k| format!("w{k}x")).collect();
        let text = words.join(" ");
        let (a, b) = pair(&text, &text);
        assert!(b.content_seq.len() > STACK_WORDS);
        let al = align(&a, &b);
        assert_eq!((al.matches, al.chunks), (b.content_seq.len(), 1));
    }
}
