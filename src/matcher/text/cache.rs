//! The tokeniser's per-thread memories: each distinct surface analysed once ([`Word`]),
//! Snowball stems per word, numbers finished once per value, and the strings of tokens
//! given back ([`recycle`]) for the next tokens' norms. News text repeats its words, so
//! these make tokenising a sentence mostly copying.

use super::{finish, hash_str, number_text, FnvMap, FxMap, Token};
use rust_stemmers::Stemmer;

/// What the characters of one raw token yield wherever it stands in a sentence. News text
/// repeats its words, so [`super::tokenize_chars`] analyses each distinct surface once (case,
/// NFKC, the word lists, Snowball: the slow part) and copies the result for every
/// occurrence; only the place in the sentence (a capitalised first word is not a name by
/// itself) and folding with the neighbours are done per occurrence.
#[derive(Debug, Clone)]
pub(super) struct Word {
    /// The token with `start`, `end` and `proper` still to set; `None` when the surface
    /// yields no token (an apostrophe suffix alone). Its `stem` and `classes` are final
    /// unless it is a number (whose canonical text is set after folding).
    pub(super) proto: Option<Token>,
    /// `proper` when the token is the first of the sentence.
    pub(super) proper_first: bool,
    /// `proper` when another token precedes it.
    pub(super) proper_inner: bool,
    /// "didn't": an explicit "not" token follows at the same place.
    pub(super) not_after: bool,
    /// `lex(norm).scale`, for folding.
    pub(super) scale: Option<f64>,
}

thread_local! {
    /// Strings of tokens no longer needed ([`recycle`]), reused for the next tokens' norms.
    pub(super) static NORMS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Most strings kept for reuse by [`recycle`].
const NORMS_MAX: usize = 1024;

/// Give back tokens no longer needed: their `norm` strings are reused by the next
/// [`tokenize`] on this thread (a batch tokenises thousands of sentences and keeps none of
/// their tokens).
pub(crate) fn recycle(tokens: Vec<Token>) {
    NORMS.with(|p| {
        let mut p = p.borrow_mut();
        for t in tokens {
            if p.len() >= NORMS_MAX {
                break;
            }
            p.push(t.norm);
        }
    });
}

/// Most surfaces remembered per thread by [`super::tokenize_chars`] (then it starts afresh);
/// about 200 bytes each.
pub(super) const WORD_CACHE_MAX: usize = 50_000;

/// The per-thread memory of analysed surfaces ([`Word`]), in two maps: a surface of at
/// most 16 ASCII characters (most words) is keyed by its bytes packed into one integer
/// ([`packed`]), which hashes and compares in a step or two; any other by its code points.
#[derive(Default)]
pub(super) struct Words {
    short: FxMap<u128, Word>,
    long: FxMap<Box<[char]>, Word>,
}

impl Words {
    /// The analysis of `surface` remembered, if any.
    pub(super) fn get(&self, surface: &[char]) -> Option<&Word> {
        match packed(surface) {
            Some(k) => self.short.get(&k),
            None => self.long.get(surface),
        }
    }

    /// Remember `w` as the analysis of `surface` (a map that holds [`WORD_CACHE_MAX`]
    /// surfaces starts afresh first).
    pub(super) fn insert(&mut self, surface: &[char], w: Word) {
        match packed(surface) {
            Some(k) => {
                if self.short.len() >= WORD_CACHE_MAX {
                    self.short.clear();
                }
                self.short.insert(k, w);
            }
            None => {
                if self.long.len() >= WORD_CACHE_MAX {
                    self.long.clear();
                }
                self.long.insert(surface.into(), w);
            }
        }
    }
}

/// `surface`'s bytes packed into one integer, first character lowest: `Some` for up to 16
/// ASCII characters other than NUL (raw tokens hold none), so that two surfaces get
/// the same key only when they are the same; `None` otherwise.
pub(super) fn packed(surface: &[char]) -> Option<u128> {
    if surface.len() > 16 {
        return None;
    }
    let mut bytes = [0u8; 16];
    let mut other = false;
    for (b, &c) in bytes.iter_mut().zip(surface) {
        let v = c as u32;
        other |= v.wrapping_sub(1) >= 0x7f; // NUL or beyond ASCII
        *b = v as u8;
    }
    (!other).then(|| u128::from_le_bytes(bytes))
}

thread_local! {
    pub(super) static WORDS: std::cell::RefCell<Words> =
        std::cell::RefCell::new(Words::default());
}

/// Make room in this thread's word caches for the words of about `texts` sentences (a
/// batch about to be tokenised), so they do not grow step by step; at most
/// [`WORD_CACHE_MAX`] words.
pub(crate) fn reserve_word_cache(texts: usize) {
    let want = texts.min(WORD_CACHE_MAX);
    WORDS.with(|c| {
        let c = &mut c.borrow_mut().short;
        if c.capacity() < want {
            let n = want - c.len();
            c.reserve(n);
        }
    });
    STEM_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.capacity() < want {
            let n = want - c.len();
            c.reserve(n);
        }
    });
}

thread_local! {
    /// A number's value (its bits) -> its canonical text, stem, classes, cue bits and
    /// foreign mark, as [`finish_number`] sets them: a number's token is finished anew at
    /// each occurrence (after folding), and news text repeats its numbers.
    static NUMBERS: std::cell::RefCell<FxMap<u64, NumberToken>> =
        std::cell::RefCell::new(FxMap::default());
}

/// What [`finish_number`] remembers of a number: the token's `norm`, `stem`, `classes`,
/// `cues`, `foreign` and `number_word`.
type NumberToken = (String, u64, crate::matcher::align::Classes, u8, u8, bool);

/// Set a number token's `norm` ([`number_text`] of its value `v`), then [`finish`] it;
/// remembered per value (at most [`WORD_CACHE_MAX`] values per thread).
pub(super) fn finish_number(t: &mut Token, v: f64, stemmer: &Stemmer) {
    NUMBERS.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((norm, stem, classes, cues, foreign, number_word)) = c.get(&v.to_bits()) {
            t.norm.clone_from(norm);
            (t.stem, t.classes, t.cues) = (*stem, *classes, *cues);
            (t.foreign, t.number_word) = (*foreign, *number_word);
            return;
        }
        t.norm = number_text(v);
        finish(t, stemmer);
        if c.len() >= WORD_CACHE_MAX {
            c.clear();
        }
        c.insert(
            v.to_bits(),
            (
                t.norm.clone(),
                t.stem,
                t.classes,
                t.cues,
                t.foreign,
                t.number_word,
            ),
        );
    })
}

thread_local! {
    /// Word -> stem hash. Snowball stemming is the slowest step of tokenising and news
    /// text repeats its words, so stems are remembered (up to 100,000 words per thread).
    static STEM_CACHE: std::cell::RefCell<FnvMap<String, u64>> =
        std::cell::RefCell::new(FnvMap::default());
}

pub(super) fn word_stem_hash(norm: &str, stemmer: &Stemmer) -> u64 {
    STEM_CACHE.with(|c| {
        if let Some(&h) = c.borrow().get(norm) {
            return h;
        }
        let h = hash_str(&stemmer.stem(&super::scripts::fold_accents(norm)));
        let mut m = c.borrow_mut();
        if m.len() >= 100_000 {
            m.clear();
        }
        m.insert(norm.to_string(), h);
        h
    })
}
