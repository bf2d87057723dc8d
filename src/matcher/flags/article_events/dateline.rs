//! The place a wire dateline opens a lead with ("SEVILLE, Spain (Reuters) - …", "MADRID
//! (AP) — …", "SEVILLA, 1 Dic. (EFE).- …", "RIO DE JANEIRO (Reuters) - …", "SEVILLA. …"):
//! its words before the first comma, as `matcher::read_dateline` reads them. It is where
//! the article is told from, and names its side of two events told apart when its lead
//! names no finer place (trial 34, F12: a Seville article was labelled "valencia", a
//! place its last, background sentence names). Positions are code points.

use crate::matcher::features::Prepared;

/// How many lead sentences may hold the dateline: a plain-text file's title comes first.
const DATELINE_SENTENCES: usize = 2;

/// The place of the dateline that opens one of the first [`DATELINE_SENTENCES`] of `lead`,
/// as lower-case words ("seville", "rio de janeiro"), as `matcher::read_dateline` reads
/// it; `None` when no such sentence opens with a dateline naming a place.
pub(in crate::matcher::flags) fn dateline_place(lead: &[&Prepared]) -> Option<Vec<String>> {
    lead.iter()
        .take(DATELINE_SENTENCES)
        .find_map(|p| place_of(&p.text))
}

/// The month and day of the dateline that opens one of the first [`DATELINE_SENTENCES`]
/// of `lead` ("Dec 4" of "LONDON, Dec 4 (Reuters) - …", "3 dic" of "TARRAGONA, 3 dic
/// (EFE).- …"); `None` when no such dateline gives a date with a month and a day.
pub(super) fn dateline_date(lead: &[&Prepared]) -> Option<(u8, u8)> {
    lead.iter().take(DATELINE_SENTENCES).find_map(|p| {
        let d = crate::matcher::read_dateline(&p.text)?;
        super::told_from::month_day(d.date.as_deref()?)
    })
}

/// The dateline place `text` opens with (see [`dateline_place`]).
fn place_of(text: &str) -> Option<Vec<String>> {
    crate::matcher::read_dateline(text)
        .map(|d| d.place)
        .filter(|p| !p.is_empty())
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
