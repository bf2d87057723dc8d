//! First-byte sets: which bytes the words of a table can begin with, so a rule that looks
//! for the table's words passes over a token whose first byte begins none of them without
//! comparing it (speed only: the same words are found). Shared by the denial words
//! (`outcome.rs`), the number words (`lexicon/cardinals.rs`) and other tables; the
//! outcome words and the fate phrases look tokens up by their beginnings instead
//! (`beginnings.rs`).

use crate::matcher::text::Token;

/// A 256-bit set of first bytes: bit `b` for a word beginning with byte `b`; all bits
/// when a word is empty (it begins any token). A token whose first byte (0 for an empty
/// token, [`first_byte`]) is not in the set begins none of the words.
pub(in crate::matcher) type FirstBytes = [u64; 4];

/// The [`FirstBytes`] of `words`.
pub(in crate::matcher) fn first_bytes_of<'a>(
    words: impl IntoIterator<Item = &'a str>,
) -> FirstBytes {
    let mut m = [0u64; 4];
    for w in words {
        let Some(&b) = w.as_bytes().first() else {
            return [u64::MAX; 4];
        };
        m[usize::from(b) / 64] |= 1 << (b % 64);
    }
    m
}

/// Whether byte `b` is in the set `m`.
pub(in crate::matcher) fn may_start(m: &FirstBytes, b: u8) -> bool {
    m[usize::from(b) / 64] >> (b % 64) & 1 == 1
}

/// The first byte of a token's lower-case form, 0 for an empty one.
pub(in crate::matcher) fn first_byte(t: &Token) -> u8 {
    t.norm.as_bytes().first().copied().unwrap_or(0)
}
