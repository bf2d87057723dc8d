//! Which scripts the tokeniser cuts character by character (see [`unspaced`]).

/// A character of Chinese or Japanese, written without spaces between words, where a
/// character is a morpheme or a syllable: Han ideographs (CJK Unified Ideographs and their
/// extensions, compatibility ideographs), Hiragana, Katakana (with the half-width forms).
/// Ranges from the Unicode Blocks file (Blocks.txt). Not here: Hangul (Korean is written
/// with spaces) and the alphabetic scripts without spaces (Thai, Lao, Khmer, Myanmar),
/// whose single letters would match any two sentences; a run of those stays one token.
#[inline]
pub(super) fn unspaced(c: char) -> bool {
    // Every range starts at or above U+3040: one comparison for Latin, Cyrillic, Greek...
    (c as u32) >= 0x3040
        && matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x31F0..=0x31FF    // Katakana phonetic extensions
        | 0x3400..=0x4DBF    // CJK Unified Ideographs Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F    // half-width Katakana
        | 0x20000..=0x3134F  // CJK Unified Ideographs Extensions B-G
        )
}
