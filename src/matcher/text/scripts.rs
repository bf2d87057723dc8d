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

/// `norm` with the diacritics of its Latin and Greek letters taken off, for stemming: two
/// spellings of one word that differ only by accents get one stem ("josé" / "jose",
/// "zürich" / "zurich", "montréal" / "montreal", "łódź" / "lodz", Greek "δήμος" /
/// "δημος"), as the flags already compare names (`flags::fold_diacritics`). Each letter of
/// the Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional, Greek and Coptic
/// and Greek Extended blocks (Unicode Blocks.txt) is canonically decomposed and its
/// combining marks dropped; the Latin letters no decomposition splits are written plainly
/// ("ø" -> "o", "ł" -> "l", "đ" -> "d", "ı" -> "i", "ß" -> "ss", "æ" -> "ae", "œ" ->
/// "oe", "þ" -> "th"). Every other script is left as it is: a Japanese dakuten, a Hangul
/// syllable or Cyrillic "й" is a letter of its own, not an accented one. `norm` is lower
/// case already. ASCII (nearly every word) is returned without copying.
#[inline]
pub(crate) fn fold_accents(norm: &str) -> std::borrow::Cow<'_, str> {
    if norm.is_ascii() {
        return std::borrow::Cow::Borrowed(norm);
    }
    fold_accents_beyond_ascii(norm)
}

/// [`fold_accents`] of a word that is not ASCII (kept out of line: the ASCII test above is
/// asked of every content word of every sentence, where a call cost more than the test).
fn fold_accents_beyond_ascii(norm: &str) -> std::borrow::Cow<'_, str> {
    if !norm.chars().any(accented_letter) {
        return std::borrow::Cow::Borrowed(norm);
    }
    let mut out = String::with_capacity(norm.len());
    for c in norm.chars() {
        if !accented_letter(c) {
            out.push(c);
            continue;
        }
        match plain_latin(c) {
            Some(plain) => out.push_str(plain),
            None => unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    out.push(d);
                }
            }),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The plain spelling of a Latin letter that no canonical decomposition splits into a
/// base letter and marks ("ø" -> "o", "Ł" -> "L", "ß" -> "ss", "æ" -> "ae", "þ" -> "th"),
/// in either case; `None` for every other character. Used by [`fold_accents`], which the
/// flags' `fold_diacritics` calls too.
pub(crate) fn plain_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' => "d",
        'Đ' => "D",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'þ' => "th",
        'Þ' => "TH",
        _ => return None,
    })
}

/// A letter of the Latin blocks beyond ASCII (U+00C0-U+024F, U+1E00-U+1EFF), apart
/// from the multiplication and division signs, or of the Greek blocks (U+0370-U+03FF,
/// U+1F00-U+1FFF).
#[inline]
fn accented_letter(c: char) -> bool {
    matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF | 0x370..=0x3FF | 0x1F00..=0x1FFF)
        && c != '×'
        && c != '÷'
}
