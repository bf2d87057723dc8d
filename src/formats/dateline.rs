//! The outlet a wire dateline names at the start of an article's body: `SEOUL (Reuters) -`,
//! `PARIS (AFP) –`, `WASHINGTON (AP) —`, `Berlin (dpa) -`, `Madrid (EFE).-`, `(Reuters) -`.
//!
//! [`outlet_from_dateline`] looks at the lines that start within the first
//! [`DATELINE_SCAN`] code points of the text (a plain-text file's title line comes first),
//! and at the first [`DATELINE_LINES`] non-empty lines within [`DATELINE_FAR`] (a title and
//! a long standfirst may come first)
//! for a line that opens with a dateline naming an outlet, as the matcher's one dateline
//! reader reads it (`matcher::read_dateline`: a place and its date, `PARIS, 9 oct.`,
//! `Passau, 14. Mai`, a name in parentheses, a dash; the name counts when it is a known
//! agency, [`AGENCIES`], any case, given in its usual spelling, or, after an upper-case
//! place, `SEOUL (Yonhap News) -`, any name that starts with a capital). A "(Reuters)"
//! later in the text, or one in the middle of a sentence, is no dateline.
//! [`super::read_article`] fills the outlet from it when the page's metadata gives none.

use crate::matcher::read_dateline;
pub use crate::matcher::AGENCIES;

/// How far into the text a dateline's line may start, in code points.
pub const DATELINE_SCAN: usize = 200;

/// A dateline's line may also be one of the text's first this many non-empty lines (the
/// title, a standfirst, the body's first paragraph: "El huracán … \n\nEl fenómeno, de
/// categoría 3, deja … [200 code points]\n\nACAPULCO, México (EFE).- …", trial 37, F9) when
/// it starts within [`DATELINE_FAR`] code points.
pub const DATELINE_LINES: usize = 3;

/// How far into the text one of the first [`DATELINE_LINES`] lines may start and still
/// hold the dateline, in code points.
pub const DATELINE_FAR: usize = 800;

/// The outlet named by a wire dateline at the start of `text`, if there is one (see the
/// module docs): `"SEOUL (Reuters) - North Korea ..."` gives `Some("Reuters")`.
pub fn outlet_from_dateline(text: &str) -> Option<String> {
    let byte_at = |n: usize| text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    let (near, far) = (byte_at(DATELINE_SCAN), byte_at(DATELINE_FAR));
    let mut at = 0;
    let mut lines = 0;
    while at < near || (at < far && lines < DATELINE_LINES) {
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = &text[at..line_end];
        if let Some(outlet) = read_dateline(line).and_then(|d| d.outlet) {
            return Some(outlet);
        }
        lines += usize::from(!line.trim().is_empty());
        at = line_end + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines_name_their_agency_with_any_dash() {
        for (text, outlet) in [
            ("SEOUL (Reuters) - North Korea fired ...", "Reuters"),
            ("PARIS (AFP) – Le gouvernement a ...", "AFP"),
            ("WASHINGTON (AP) \u{2014} The Senate voted ...", "AP"),
            ("Berlin (dpa) - Die Regierung ...", "dpa"),
            ("Madrid, 3 dic (EFE).- El Gobierno ...", "EFE"),
            ("(ANSA) - ROMA, 3 DIC - Il governo ...", "ANSA"),
            ("(Reuters) - Shares rose ...", "Reuters"),
            ("RIO DE JANEIRO (reuters) -Brazil's ...", "Reuters"),
            (
                "SEOUL (Yonhap News Agency) -- South Korea ...",
                "Yonhap News Agency",
            ),
            // A plain-text file: the title line first, the dateline on the body's first line.
            (
                "N. Korea defector\n\nSEOUL (Reuters) - A soldier ...",
                "Reuters",
            ),
        ] {
            assert_eq!(
                outlet_from_dateline(text).as_deref(),
                Some(outlet),
                "{text}"
            );
        }
    }

    #[test]
    fn a_dateline_dated_in_any_language_read_names_its_agency() {
        // Trial 32, F11: a month written out in lower case was read as a sentence's word.
        for (text, outlet) in [
            ("NÎMES, 9 octobre (AFP) – Les pluies ...", "AFP"),
            ("PARIS, 9 oct. (AFP) - Le gouvernement ...", "AFP"),
            ("MADRID, 28 de octubre (EFE) - El Gobierno ...", "EFE"),
            ("COSENZA, 17 aprile (ANSA) – Una scossa ...", "ANSA"),
            ("LISBOA, 12 de fevereiro (Lusa) – Um incêndio ...", "Lusa"),
            ("LISBOA, 3 de março (Lusa) – Um incêndio ...", "Lusa"),
            ("Passau, 14. Mai (dpa) – Ein Reisebus ...", "dpa"),
            ("Hamburg, 3. märz (dpa) - Ein Feuer ...", "dpa"),
            ("AMSTERDAM, 3 maart (ANP) - Het kabinet ...", "ANP"),
            (
                "LEEDS, England, March 3 (Reuters) - Four workers ...",
                "Reuters",
            ),
            ("RIO DE JANEIRO, 12 de fevereiro (Reuters) - ...", "Reuters"),
            ("Title\n\nNÎMES, 9 octobre (AFP) – Les pluies ...", "AFP"),
        ] {
            assert_eq!(
                outlet_from_dateline(text).as_deref(),
                Some(outlet),
                "{text}"
            );
        }
        // A sentence that names a month is still no dateline.
        for text in [
            "El pleno de octubre (EFE) - aprobó ...",
            "Les pluies du 9 octobre (AFP) - ont fait ...",
            "Il terremoto del 17 aprile (ANSA) – ha colpito ...",
        ] {
            assert_eq!(outlet_from_dateline(text), None, "{text}");
        }
    }

    #[test]
    fn a_dateline_after_a_title_and_a_long_standfirst_names_its_agency() {
        // Trial 37, F9: the dateline's line starts past the first 200 code points.
        let standfirst = "El fenómeno, de categoría 3, deja al menos tres muertos, miles de \
            evacuados y más de 200.000 usuarios sin electricidad en el estado de Guerrero, \
            según las autoridades locales y federales.";
        for (dateline, outlet) in [
            (
                "ACAPULCO, México (EFE).- El huracán Odalys tocó tierra ...",
                "EFE",
            ),
            ("Madrid, 5 dic (EFE).- El huracán Odalys ...", "EFE"),
            ("Acapulco (México), 5 dic (EFE).- El huracán ...", "EFE"),
            ("LISBOA, 5 dez (Lusa) - O furacão ...", "Lusa"),
            ("ROMA, 5 dicembre (ANSA) - L'uragano ...", "ANSA"),
            ("Acapulco (Mexique) (AFP) - L'ouragan ...", "AFP"),
            ("Acapulco (dpa) - Der Hurrikan ...", "dpa"),
        ] {
            let text = format!(
                "El huracán Odalys toca tierra cerca de Acapulco\n\n{standfirst}\n\n{dateline}"
            );
            assert!(text.chars().count() > DATELINE_SCAN + 20);
            assert_eq!(
                outlet_from_dateline(&text).as_deref(),
                Some(outlet),
                "{dateline}"
            );
        }
    }

    #[test]
    fn a_mention_of_an_agency_is_no_dateline() {
        // Past the first 200 code points and the first three lines.
        let late = format!(
            "{}\nSEOUL (Reuters) - more",
            "word word.\n".repeat(3) + &"word ".repeat(50)
        );
        let far = format!("{}\nSEOUL (Reuters) - more", "word ".repeat(170));
        for text in [
            // Later in the text, past the first 200 code points.
            late.as_str(),
            // On the second line, but past the first 800 code points.
            far.as_str(),
            // In a sentence, not opening a line.
            "The soldier, who told a reporter (Reuters) - in a video - that he ...",
            "A man said on Tuesday that the agency (Reuters) - which he did not name - lied.",
            // A parenthesis with no dash after it.
            "SEOUL (Reuters) North Korea fired ...",
            "Seoul (South Korea) - the capital ...",
            // An unknown name after a place in mixed case.
            "Seoul (Updated) - the capital ...",
            "",
        ] {
            assert_eq!(outlet_from_dateline(text), None, "{text}");
        }
    }

    #[test]
    fn read_article_takes_the_outlet_from_the_dateline_unless_the_page_names_one() {
        let read = |name: &str, text: &str| {
            crate::formats::read_article(name, text.as_bytes())
                .map(|a| a.meta.outlet)
                .ok()
                .flatten()
        };
        let body = "SEOUL (Reuters) - A North Korean soldier was shot at least four times.";
        // A pasted text (the page reads it as "pasted text") and a .txt file with a title.
        assert_eq!(read("pasted text", body).as_deref(), Some("Reuters"));
        let file = format!("Defector shot\n\n{body}\n");
        assert_eq!(read("a.txt", &file).as_deref(), Some("Reuters"));
        // A saved web page: its metadata wins; without any, the dateline in its text.
        let page = |head: &str| {
            format!("<!DOCTYPE html><html><head>{head}<title>Defector</title></head><body><article><p>{body}</p></article></body></html>")
        };
        let named = page(r#"<meta property="og:site_name" content="The Korea Herald">"#);
        assert_eq!(read("a.html", &named).as_deref(), Some("The Korea Herald"));
        assert_eq!(read("a.html", &page("")).as_deref(), Some("Reuters"));
        // No dateline: no outlet.
        assert_eq!(
            read(
                "a.txt",
                "Defector shot\n\nThe soldier said (Reuters) - no.\n"
            ),
            None
        );
    }
}
