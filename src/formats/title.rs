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
pub(crate) fn is_headline(line: &str) -> bool {
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

/// A page's `<title>` without a trailing " - <site>" or " | <site>" (also " – ", " — ",
/// " · ") when `<site>` is the page's site name (`og:site_name`, compared without case):
/// "Explosion à Lyon : trois morts - Le Monde" with the site "Le Monde" is "Explosion à
/// Lyon : trois morts" (trial 24, M13). A title that is only the site name, or whose
/// suffix is another name, is kept as it is.
pub(super) fn without_site_suffix(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in [" - ", " | ", " \u{2013} ", " \u{2014} ", " \u{b7} "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if tail.trim().to_lowercase() == site.to_lowercase() && !head.trim().is_empty() {
                return head.trim_end().to_string();
            }
        }
    }
    title.to_string()
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

    #[test]
    fn the_site_name_after_a_title_is_dropped() {
        let lm = Some("Le Monde");
        assert_eq!(
            without_site_suffix("Explosion à Lyon : trois morts - Le Monde", lm),
            "Explosion à Lyon : trois morts"
        );
        assert_eq!(
            without_site_suffix("Fire in Leeds | BBC News", Some("bbc news")),
            "Fire in Leeds"
        );
        assert_eq!(
            without_site_suffix("Fire in Leeds \u{2013} BBC News", Some("BBC News")),
            "Fire in Leeds"
        );
        // Another name after the dash, no site name, or only the site name: kept.
        for (t, site) in [
            ("Paris - Lyon : le match", lm),
            ("Explosion à Lyon - Le Monde", None),
            ("Le Monde", lm),
            (" - Le Monde", lm),
        ] {
            assert_eq!(without_site_suffix(t, site), t, "{t}");
        }
    }
}
