//! The place a wire dateline opens a lead with ("SEVILLE, Spain (Reuters) - …", "MADRID
//! (AP) — …", "SEVILLA, 1 Dic. (EFE).- …", "RIO DE JANEIRO (Reuters) - …"): the words in
//! capitals that open the sentence before a comma, a parenthesis or a dash. It is where
//! the article is told from, and names its side of two events told apart when its lead
//! names no finer place (trial 34, F12: a Seville article was labelled "valencia", a
//! place its last, background sentence names). Positions are code points.

use crate::matcher::features::Prepared;

/// How many lead sentences may hold the dateline: a plain-text file's title comes first.
const DATELINE_SENTENCES: usize = 2;

/// The most words of a dateline's place ("RIO DE JANEIRO", "SAN JOSE DEL MONTE").
const MAX_WORDS: usize = 5;

/// The place of the dateline that opens one of the first [`DATELINE_SENTENCES`] of `lead`,
/// as lower-case words ("seville", "rio de janeiro"): its opening words, each written in
/// capitals with two letters or more (short words of a name, "DE", "DEL", count), up to a
/// comma, an opening parenthesis or a dash; `None` when no such sentence opens so.
pub(super) fn dateline_place(lead: &[&Prepared]) -> Option<Vec<String>> {
    lead.iter()
        .take(DATELINE_SENTENCES)
        .find_map(|p| place_of(&p.text))
}

/// The dateline place `text` opens with (see [`dateline_place`]).
fn place_of(text: &str) -> Option<Vec<String>> {
    let text = text.trim_start();
    let end = text.find([',', '(', '-', '\u{2013}', '\u{2014}'])?;
    let head = text[..end].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitals = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '\'')
    };
    if words.is_empty() || words.len() > MAX_WORDS || !words.iter().all(capitals) {
        return None;
    }
    Some(words.iter().map(|w| w.to_lowercase()).collect())
}

#[cfg(test)]
mod tests {
    use super::place_of;

    #[test]
    fn a_datelines_place_is_its_opening_words_in_capitals() {
        for (text, place) in [
            ("SEVILLE, Spain (Reuters) - A Spanish court ...", "seville"),
            ("MADRID (AP) \u{2014} A former director ...", "madrid"),
            ("SEVILLA, 1 Dic. (EFE).- La Audiencia ...", "sevilla"),
            ("RIO DE JANEIRO (Reuters) - Brazil's ...", "rio de janeiro"),
            ("BOLOGNA, 5 dicembre (ANSA) - Un treno ...", "bologna"),
        ] {
            assert_eq!(place_of(text).map(|w| w.join(" ")).as_deref(), Some(place));
        }
    }

    #[test]
    fn a_sentence_that_opens_otherwise_has_no_datelines_place() {
        for text in [
            "A Spanish court on Tuesday sentenced Ortega, 61, to seven years.",
            "Former Seville port chief jailed for seven years over bribery scheme",
            "In 2017, a court in Valencia jailed a former port official.",
            "I - the judge said - was wrong.",
            "NASA said on Monday the launch was delayed.",
        ] {
            assert_eq!(place_of(text), None, "{text}");
        }
    }
}
