//! How the flags read and compare names: two spellings that differ only by accents or
//! other diacritics are one name ("Zürich" / "Zurich", "São Paulo" / "Sao Paulo",
//! "Montréal" / "Montreal", "Nestlé" / "Nestle"), and the words of one name are joined by
//! nothing but spaces, a full stop, a hyphen or an apostrophe ("Gen. Vincent Brooks",
//! "Baden-Baden"): a comma, a bracket or a quotation mark ends it ("Zürich (Zürich)" is a
//! name and its gloss, not one name). German umlauts and "ß" written out ("Koepenick" /
//! "Köpenick", "Muenchen" / "München", "Strasse" / "Straße") are one spelling too
//! ([`umlauts_written_out`]). Another name for a place ("Köln" / "Cologne") is not a
//! spelling: it still differs.

use crate::matcher::text::{fold_accents, Token};
use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `s` without the diacritics of its Latin and Greek letters, as the stems are folded
/// (`text::fold_accents`: canonically decomposed, combining marks dropped, and the Latin
/// letters with a stroke or a ligature no decomposition splits written plainly: "ø" ->
/// "o", "ß" -> "ss", "þ" -> "th"). Other scripts keep their marks: Cyrillic "й" is not
/// "и", nor Japanese "ガ" "カ". Text written decomposed ("u" and a combining diaeresis) is
/// composed first, as tokens are. Case is kept (tokens' `norm` is lower case already).
/// ASCII text is returned as it is, without copying.
pub(crate) fn fold_diacritics(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    // Tokens are composed already; only text with a combining mark is composed here.
    if !s.chars().any(is_combining_mark) {
        return fold_accents(s);
    }
    let composed: String = s.nfc().collect();
    Cow::Owned(fold_accents(&composed).into_owned())
}

/// Whether two tokens are one word of a name: the same stem, or the same normalised form
/// once diacritics are folded ([`fold_diacritics`]: "zürich" / "zurich") or German umlauts
/// written out ([`umlauts_written_out`]: "köpenick" / "koepenick"; trial 53).
pub(crate) fn same_name_word(x: &Token, y: &Token) -> bool {
    x.stem == y.stem
        || ((!x.norm.is_ascii() || !y.norm.is_ascii())
            && (fold_diacritics(&x.norm) == fold_diacritics(&y.norm)
                || umlauts_written_out(&x.norm) == umlauts_written_out(&y.norm)))
}

/// `s` (lower case) with German umlauts and "ß" written out as German writes them without
/// the letters ("ä" -> "ae", "ö" -> "oe", "ü" -> "ue", "ß" -> "ss"), then other diacritics
/// folded ([`fold_diacritics`]): "köpenick" and "koepenick" both read "koepenick",
/// "düsseldorf" and "duesseldorf" "duesseldorf". ASCII text is returned as it is.
pub(crate) fn umlauts_written_out(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let composed: String = s.nfc().collect();
    let mut out = String::with_capacity(composed.len() + 4);
    for c in composed.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    Cow::Owned(fold_diacritics(&out).into_owned())
}

/// Whether the characters between two words of a name (`gap`, code points of the
/// sentence between the two tokens) join them into one name: nothing but spaces, a full
/// stop, a hyphen or an apostrophe. A comma, a bracket, a quotation mark or any other
/// mark ends the name ("in Nashville, Tennessee", "in Zürich (Zürich)").
pub(crate) fn joins_name(gap: &[char]) -> bool {
    gap.iter()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
}

/// Whether the characters between two tokens (`gap`, code points) join them into one
/// hyphenated word: one hyphen and no space ("Fung-wong", "Ma-on", "Saint-Denis"). The
/// tokeniser splits such a word at its hyphen (an apostrophe stays inside a token:
/// "O'Brien"), so a name read from its first part alone is cut.
pub(crate) fn hyphened(gap: &[char]) -> bool {
    matches!(gap, ['-' | '\u{2010}' | '\u{2011}'])
}

/// The last token of the word that token `k` begins, with the parts a hyphen joins to it
/// ([`hyphened`]: "Fung-wong", written as two tokens), whatever their case: a name is read
/// whole, not cut at its hyphen ("Typhoon Fung" for "Typhoon Fung-wong", trial 35,
/// F10). `chars`: the sentence's code points.
pub(crate) fn hyphened_end(toks: &[Token], k: usize, chars: &[char]) -> usize {
    let mut e = k;
    while let Some(next) = toks.get(e + 1) {
        let joined = next.kind == crate::matcher::text::Kind::Word
            && chars.get(toks[e].end..next.start).is_some_and(hyphened);
        if !joined {
            break;
        }
        e += 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_fold_to_the_plain_letters() {
        assert_eq!(fold_diacritics("zürich"), "zurich");
        // Decomposed u + combining diaeresis too.
        assert_eq!(fold_diacritics("zu\u{308}rich"), "zurich");
        assert_eq!(fold_diacritics("são paulo"), "sao paulo");
        assert_eq!(fold_diacritics("montréal"), "montreal");
        assert_eq!(fold_diacritics("nestlé"), "nestle");
        assert_eq!(fold_diacritics("łódź"), "lodz");
        assert_eq!(fold_diacritics("tromsø"), "tromso");
        assert_eq!(fold_diacritics("straße"), "strasse");
        assert!(matches!(fold_diacritics("ohio"), Cow::Borrowed("ohio")));
        // Another name is not a spelling; other scripts are left alone.
        assert_ne!(fold_diacritics("köln"), "cologne");
        assert_eq!(fold_diacritics("東京"), "東京");
        // As the stems are folded: Latin and Greek only.
        assert_eq!(fold_diacritics("δήμος"), "δημος");
        assert_eq!(fold_diacritics("андрій"), "андрій");
        assert_ne!(fold_diacritics("йорк"), fold_diacritics("иорк"));
        assert_eq!(fold_diacritics("ガス"), "ガス");
    }

    #[test]
    fn a_bracket_comma_or_quotation_mark_ends_a_name() {
        let gap = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(joins_name(&gap(" ")));
        assert!(joins_name(&gap(". ")));
        assert!(joins_name(&gap("-")));
        assert!(!joins_name(&gap(" (")));
        assert!(!joins_name(&gap(") ")));
        assert!(!joins_name(&gap(", ")));
        assert!(!joins_name(&gap(" \u{201c}")));
        assert!(!joins_name(&gap(" [")));
    }
}
