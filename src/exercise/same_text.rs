//! Two texts of the same article that differ only in form (trial 42, F2): a student's
//! editor turned the key's CRLF line ends into LF, or changed white space, or the Unicode
//! normalisation of accents (NFC / NFD). The article is the key's: the student's spans are
//! placed on the key's text by their quotes (re-anchoring), and nothing needs redoing.
//! Messages say which of these differ, so that a trainer does not send a student back to
//! redo correct work.

use unicode_normalization::UnicodeNormalization;

/// Which forms of the same text two texts differ in ([`form_difference`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormDifference {
    /// The line ends differ (`\r\n` or `\r` in one, `\n` in the other).
    pub line_ends: bool,
    /// The Unicode normalisation differs (an accent composed in one, decomposed in the
    /// other: NFC / NFD).
    pub normalisation: bool,
    /// Other white space differs (spaces, tabs, no-break spaces, blank lines, a trailing
    /// line end).
    pub white_space: bool,
}

/// `text` with every `\r\n` and lone `\r` as `\n`.
fn unix_line_ends(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// `text` with any run of white space as one space, and none at either end.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How the texts `a` and `b` differ when they are the same text but for line ends, white
/// space and Unicode normalisation; `None` when they are equal or differ in anything else
/// (a word, a character, punctuation).
pub fn form_difference(a: &str, b: &str) -> Option<FormDifference> {
    if a == b {
        return None;
    }
    let (la, lb) = (unix_line_ends(a), unix_line_ends(b));
    let (na, nb): (String, String) = (la.nfc().collect(), lb.nfc().collect());
    let white_space = na != nb;
    if white_space && flat(&na) != flat(&nb) {
        return None;
    }
    let kinds = |t: &str| (t.matches("\r\n").count(), t.matches('\r').count());
    Some(FormDifference {
        line_ends: kinds(a) != kinds(b),
        normalisation: flat(&la) != flat(&lb),
        white_space,
    })
}

impl FormDifference {
    /// What differs, for a message: "only the line ends differ: CRLF in the key's text, LF
    /// in the student's; the words are the same", "only the line ends and the Unicode
    /// normalisation of accents (NFC / NFD) differ; ...". `key` and `copy` are the two texts,
    /// `whose_key` and `whose_copy` how the message names them ("the key's", "ana.json's").
    pub fn describe(&self, key: &str, copy: &str, whose_key: &str, whose_copy: &str) -> String {
        let ends = |t: &str| {
            if t.contains("\r\n") {
                "CRLF"
            } else if t.contains('\r') {
                "CR"
            } else {
                "LF"
            }
        };
        let mut parts = Vec::new();
        if self.line_ends {
            parts.push("the line ends");
        }
        if self.white_space {
            parts.push("the white space");
        }
        if self.normalisation {
            parts.push("the Unicode normalisation of accents (NFC / NFD)");
        }
        let what = match parts.as_slice() {
            [] => "the form of the text".to_string(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        let (k, s) = (ends(key), ends(copy));
        let which = if self.line_ends && k != s {
            format!(": {k} in {whose_key} text, {s} in {whose_copy}")
        } else {
            String::new()
        };
        format!("only {what} differ{which}; the words are the same")
    }
}

/// For pairs of texts `(key's, copy's)` of the same articles: " (only the line ends differ
/// ...; the words are the same)" when every pair differs only in form
/// ([`form_difference`]), the same way; empty otherwise (a word changed, or none given).
pub fn only_form_differs<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    whose_key: &str,
    whose_copy: &str,
) -> String {
    let mut said: Option<String> = None;
    for (k, c) in pairs {
        let Some(d) = form_difference(k, c) else {
            return String::new();
        };
        let this = d.describe(k, c, whose_key, whose_copy);
        match &said {
            Some(s) if *s != this => return String::new(),
            _ => said = Some(this),
        }
    }
    said.map(|s| format!(" ({s})")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "Ponte ruiu.\r\nDuas pessoas morreram.\r\n\r\nA estrutura é de 1987.";

    #[test]
    fn crlf_turned_into_lf_is_only_the_line_ends() {
        let copy = KEY.replace("\r\n", "\n");
        let d = form_difference(KEY, &copy).expect("same words");
        assert_eq!(
            d,
            FormDifference {
                line_ends: true,
                ..FormDifference::default()
            }
        );
        let said = d.describe(KEY, &copy, "the key's", "the student's");
        assert!(said.starts_with("only the line ends differ"), "{said}");
        assert!(
            said.contains(": CRLF in the key's text, LF in the student's;"),
            "{said}"
        );
        let two = [(KEY, copy.as_str()), (KEY, copy.as_str())];
        assert_eq!(
            only_form_differs(two, "the key's", "the student's"),
            format!(" ({said})")
        );
    }

    #[test]
    fn decomposed_accents_are_the_normalisation() {
        let copy: String = KEY.nfd().collect();
        let d = form_difference(KEY, &copy).expect("same words");
        assert!(d.normalisation && !d.line_ends && !d.white_space, "{d:?}");
        let both: String = copy.replace("\r\n", "\n");
        let d = form_difference(KEY, &both).expect("same words");
        assert!(d.normalisation && d.line_ends && !d.white_space, "{d:?}");
        assert!(d
            .describe(KEY, &both, "the key's", "the student's")
            .starts_with("only the line ends and the Unicode normalisation"));
    }

    #[test]
    fn white_space_changed_is_said() {
        let copy = KEY.replace("\r\n\r\n", "\r\n").replace("ruiu.", "ruiu. ");
        let d = form_difference(KEY, &copy).expect("same words");
        assert!(d.white_space && !d.normalisation, "{d:?}");
    }

    #[test]
    fn a_changed_word_or_the_same_text_is_no_form_difference() {
        assert_eq!(form_difference(KEY, KEY), None);
        let copy = KEY.replace("Duas", "Três").replace("\r\n", "\n");
        assert_eq!(form_difference(KEY, &copy), None);
        // Punctuation is no white space.
        let copy = KEY.replace("ruiu.", "ruiu");
        assert_eq!(form_difference(KEY, &copy), None);
        // One copy with a word changed: not said of the pair.
        let lf = KEY.replace("\r\n", "\n");
        let pairs = [(KEY, lf.as_str()), (KEY, copy.as_str())];
        assert_eq!(only_form_differs(pairs, "the key's", "the student's"), "");
    }
}
