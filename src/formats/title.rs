//! An article's title: a plain-text file's first line when it reads as a headline, else
//! the file's name. A first line that is a paragraph (a sentence ending in a full stop,
//! several sentences, or more words than a headline has) is text only: taking it as the
//! title would show the whole paragraph as a bold heading over the same paragraph.

/// Most words a headline has; a longer first line is a paragraph.
const HEADLINE_WORDS: usize = 20;

/// Whether a plain-text file's first line (trimmed) reads as a headline: at most
/// [`HEADLINE_WORDS`] words, and not a sentence ending in a full stop ("Man shot dead in
/// Vancouver" is a headline; "One man is dead after a shooting, police said." is not). A
/// closing quotation mark or bracket after the stop counts as the end; an ellipsis ("...",
/// "…") is no full stop, nor is the dot of a trailing abbreviation ("Storm hits U.S.").
pub(super) fn is_headline(line: &str) -> bool {
    if line.split_whitespace().count() > HEADLINE_WORDS {
        return false;
    }
    let end = line.trim_end_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}', '\u{bb}']);
    let Some(before) = end.strip_suffix('.') else {
        return true;
    };
    // "...", or an abbreviation with inner dots ("U.S.", "a.m.").
    let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    before.ends_with('.') || last_word.contains('.')
}

/// The file name without its directory and extension.
pub(super) fn fallback_title(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rfind('.') {
        Some(i) if i > 0 => base[..i].to_string(),
        _ => base.to_string(),
    }
}

/// Titles longer than 200 characters are cut at a word and end with "…".
pub(super) fn clip_title(title: &str) -> String {
    crate::model::text::ellipsize(title, 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_is_no_headline() {
        for h in [
            "Man shot dead in Vancouver",
            "Quake hits southern Iran",
            "Who killed Bettie Page?",
            "Storm hits U.S.",
            "Breaking news...",
            "Big news",
        ] {
            assert!(is_headline(h), "{h}");
        }
        for p in [
            "The soldier was shot five times at Panmunjom, officials said. He was flown to a hospital.",
            "Well, here's something that we all knew would happen eventually.",
            "\u{201c}We will respond,\u{201d} Kim said.",
            "One man is dead after being shot by a gunman who marched into a company Christmas party Friday night and opened fire on his former colleagues",
        ] {
            assert!(!is_headline(p), "{p}");
        }
    }
}
