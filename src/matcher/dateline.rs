//! The one reader of a wire dateline at the start of a line or a sentence: `SEOUL (Reuters)
//! -`, `SEVILLE, Spain (Reuters) -`, `MADRID (AP) —`, `SEVILLA, 1 Dic. (EFE).-`, `Berlin
//! (dpa) -`, `(Reuters) -`, a place in capitals and a dash with no agency (`ROME — `), or
//! a place in capitals and a full stop (`SEVILLA. La Audiencia …`, El País's style).
//! [`read_dateline`] gives its place, its date, the outlet it names and where the body
//! starts. Three callers read it: the import fills an article's outlet from it
//! (`formats::dateline`), an accepted claim's span starts after it (`part::dateline`),
//! and the two-events note names an article's side by its place
//! (`flags::article_events::dateline`); a sentence that is only a dateline ("SEVILLA.")
//! is page furniture, never suggested (`page_lines`; trial 34, F9). Positions are code
//! points.

/// How far into the text the parenthesis of a dateline may open, in code points
/// ("RIO DE JANEIRO, 12 de fevereiro (Reuters)").
const MAX_HEAD: usize = 48;

/// The longest name in the parentheses, in code points ("Agence France-Presse").
const MAX_NAME: usize = 40;

/// The most words of the place and its qualifiers before the parenthesis (`RIO DE
/// JANEIRO`, `LEEDS, England`), a date's figures and month not counted.
const MAX_PLACE_WORDS: usize = 6;

/// The most words of a place in capitals with no agency after it (`ROME —`, `SEVILLA.`,
/// `SAN JOSE DEL MONTE`).
const MAX_CAPITAL_WORDS: usize = 5;

/// Wire agencies and outlets that write datelines, in their usual spelling.
pub const AGENCIES: &[&str] = &[
    "Reuters",
    "AP",
    "AFP",
    "dpa",
    "EFE",
    "ANSA",
    "UPI",
    "Bloomberg",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Interfax",
    "RIA Novosti",
    "PA",
    "CNA",
    "Bernama",
    "PTI",
    "IANS",
    "ANI",
    "Anadolu",
    "AAP",
    "APA",
    "Belga",
    "ANP",
    "Lusa",
    "Europa Press",
    "KNA",
    "epd",
    "CP",
    "NTB",
    "TT",
    "CTK",
    "PAP",
    "MTI",
    "KCNA",
    "CNN",
    "Associated Press",
    "Agence France-Presse",
    "Kyodo News",
    "Yonhap News",
];

/// A wire dateline read at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place, lower-case words ("seville", "rio de janeiro"): the words before the
    /// first comma; empty for `(Reuters) -`.
    pub place: Vec<String>,
    /// The date after the place, as written ("1 Dic.", "5 dicembre", "March 3"), if any.
    pub date: Option<String>,
    /// The outlet it names: a known agency in its usual spelling ([`AGENCIES`], any case
    /// in the text), or another name that starts with a capital after a place in capitals
    /// ("SEOUL (Yonhap News Agency) -"); `None` for a dateline with no agency or another
    /// name.
    pub outlet: Option<String>,
    /// Where the body starts: after the dash and the spaces after it, or after the full
    /// stop of `SEVILLA.` and its spaces (code points; the text's length when nothing
    /// follows).
    pub body: usize,
}

/// The dateline opening `text` (leading spaces and a byte order mark skipped), if any:
/// - an optional place ([`place_words_ok`]: at most [`MAX_PLACE_WORDS`] words, names,
///   figures, short words or a month: `PARIS, 9 oct.`, `MADRID, 28 de octubre`), a name in
///   parentheses, an optional full stop and a dash (`-`, `–`, `—`, `.-`): a known agency
///   after any place, any name starting with a letter after a place whose first word is in
///   capitals or after none;
/// - or a place in capitals ([`MAX_CAPITAL_WORDS`] words at most, each of two letters or
///   more), an optional date after a comma, then a dash (`ROME — `);
/// - or a place in capitals and a full stop, then nothing or a capital (`SEVILLA. La
///   Audiencia`).
///
/// A parenthesis or a dash inside a sentence ("The company (Acme) - a maker of tools",
/// "Police in Madrid (Spain) - the capital") is no dateline.
pub fn read_dateline(text: &str) -> Option<Dateline> {
    let head: Vec<char> = text.chars().take(MAX_HEAD + MAX_NAME + 16).collect();
    read_dateline_chars(&head)
}

/// [`read_dateline`] of a text's code points.
pub fn read_dateline_chars(text: &[char]) -> Option<Dateline> {
    let start = text
        .iter()
        .position(|c| !c.is_whitespace() && *c != '\u{feff}')?;
    let t = &text[start..];
    wire(t).or_else(|| capitals_then(t)).map(|d| Dateline {
        body: d.body + start,
        ..d
    })
}

/// A dash of a dateline.
fn dash(c: &char) -> bool {
    matches!(c, '-' | '\u{2012}'..='\u{2015}')
}

/// `k` moved past spaces in `t`.
fn skip_spaces(t: &[char], mut k: usize) -> usize {
    while t.get(k).is_some_and(|c| c.is_whitespace()) {
        k += 1;
    }
    k
}

/// Whether a dash of a dateline follows the closing parenthesis at `close` (an optional full
/// stop and spaces between: `(EFE).-`, `(AFP) –`).
fn dash_after(t: &[char], close: usize) -> bool {
    let mut k = close + 1;
    if t.get(k) == Some(&'.') {
        k += 1;
    }
    t.get(skip_spaces(t, k)).is_some_and(dash)
}

/// The closing parenthesis of a place's country or region in parentheses opening at
/// `open`, with no dash after it, so that the agency's parenthesis follows (`Acapulco
/// (México), 5 dic (EFE).-`, `NÎMES (Gard) (AFP) -`): at most three capitalised words, no
/// figure, then a comma or the agency's parenthesis. `None` for anything else (`Madrid
/// (Spain) - the capital`, `Madrid (Spain) said (AP) -`).
fn place_in_brackets(t: &[char], open: usize) -> Option<usize> {
    let close = open
        + t[open..]
            .iter()
            .take(MAX_NAME + 2)
            .position(|&c| c == ')')?;
    let inside: String = t[open + 1..close].iter().collect();
    let words: Vec<&str> = inside.split_whitespace().collect();
    let place = !words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !inside.contains(|c: char| c.is_ascii_digit() || "()\"".contains(c))
        && !AGENCIES
            .iter()
            .any(|a| a.eq_ignore_ascii_case(inside.trim()));
    // Then the agency's parenthesis or a comma before the date: "(México), 5 dic (EFE)".
    let next = t.get(skip_spaces(t, close + 1));
    let then_date_or_agency = matches!(next, Some(',' | '('));
    (place && then_date_or_agency && !dash_after(t, close)).then_some(close)
}

/// The form with a name in parentheses (see [`read_dateline`]); a place's country or region
/// may stand in parentheses before it ([`place_in_brackets`]), left out of the place.
fn wire(t: &[char]) -> Option<Dateline> {
    let first = t.iter().take(MAX_HEAD).position(|&c| c == '(')?;
    let (open, head) = match place_in_brackets(t, first) {
        Some(end) => {
            let open = end + t[end..].iter().take(MAX_HEAD).position(|&c| c == '(')?;
            let mut head: String = t[..first].iter().collect();
            head.extend(&t[end + 1..open]);
            (open, head)
        }
        None => (first, t[..first].iter().collect()),
    };
    let close = open
        + t[open..]
            .iter()
            .take(MAX_NAME + 2)
            .position(|&c| c == ')')?;
    let head = head.trim();
    let name: String = t[open + 1..close].iter().collect();
    let name = name.trim();
    if !name.chars().next().is_some_and(char::is_alphabetic)
        || name.contains(['(', '"'])
        || !place_words_ok(head)
    {
        return None;
    }
    let mut k = close + 1;
    if t.get(k) == Some(&'.') {
        k += 1;
    }
    k = skip_spaces(t, k);
    if !t.get(k).is_some_and(dash) {
        return None;
    }
    while t.get(k).is_some_and(dash) {
        k += 1;
    }
    let known = AGENCIES.iter().find(|a| a.eq_ignore_ascii_case(name));
    let first = head.split([',', ' ']).next().unwrap_or("");
    let capitals = in_capitals(first);
    if !(head.is_empty() || capitals || known.is_some()) {
        return None;
    }
    // Another name than a known agency, after a place in capitals.
    let upper_place =
        head.chars().any(char::is_alphabetic) && !head.chars().any(char::is_lowercase);
    let name_ok = name.chars().next().is_some_and(char::is_uppercase)
        && name.split_whitespace().count() <= 4
        && !name.chars().any(|c| c.is_ascii_digit());
    let outlet = match known {
        Some(known) => Some((*known).to_string()),
        None => (upper_place && name_ok).then(|| name.to_string()),
    };
    let (place, date) = place_and_date(head);
    Some(Dateline {
        place,
        date,
        outlet,
        body: skip_spaces(t, k),
    })
}

/// The forms with a place in capitals and no name in parentheses: a dash, or a full stop
/// (see [`read_dateline`]).
fn capitals_then(t: &[char]) -> Option<Dateline> {
    let end = t.iter().position(|c| matches!(c, ',' | '.') || dash(c))?;
    let place: String = t[..end].iter().collect();
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_CAPITAL_WORDS || !words.iter().all(|w| in_capitals(w))
    {
        return None;
    }
    let place = words.iter().map(|w| w.to_lowercase()).collect();
    if t[end] == '.' {
        // "SEVILLA." then the end or a capital: not "U.S." nor "NASA.gov".
        let k = skip_spaces(t, end + 1);
        let next = t.get(k);
        if (next.is_some() && k == end + 1) || next.is_some_and(|c| !c.is_uppercase()) {
            return None;
        }
        return Some(Dateline {
            place,
            date: None,
            outlet: None,
            body: k,
        });
    }
    // "ROME — ", "LONDON, March 3 - ": the dash after the place or its date.
    let at = t.iter().take(MAX_HEAD).position(dash)?;
    let between: String = t[end..at].iter().collect();
    let between = between.trim_start_matches(',').trim();
    let date_ok = between.is_empty() || {
        let words: Vec<&str> = between.split_whitespace().collect();
        words.len() <= 3
            && words.iter().all(|w| date_word(w) || w.chars().count() <= 3)
            && words.iter().any(|w| date_word(w))
    };
    // A dash with spaces around it, not a hyphen in a word ("ABC-News").
    let spaced = at > 0
        && t[at - 1].is_whitespace()
        && t.get(at + 1).is_some_and(|c| c.is_whitespace() || dash(c));
    if !date_ok || !spaced {
        return None;
    }
    let mut k = at;
    while t.get(k).is_some_and(dash) {
        k += 1;
    }
    Some(Dateline {
        place,
        date: (!between.is_empty()).then(|| between.to_string()),
        outlet: None,
        body: skip_spaces(t, k),
    })
}

/// Whether `w` is written in capitals: two letters or more, none in lower case ("SEVILLA",
/// "D'ARCY"), with no dot inside ("U.S").
fn in_capitals(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().all(|c| c.is_uppercase() || c == '\'' || c == '-')
}

/// A word of a date: a figure or a month in a language the matcher reads ("1", "Dic.",
/// "octobre").
fn date_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || crate::matcher::month_number(w.trim_end_matches([',', '.'])).is_some()
}

/// Whether `head` (the text before the parenthesis) is a dateline's place and date: empty,
/// or at most [`MAX_PLACE_WORDS`] words (a date's figures and month not counted) that are
/// capitalised, figures, short ("de", "dic.") or a month ("5 dicembre"), with no mark of a
/// sentence.
fn place_words_ok(head: &str) -> bool {
    let word_ok = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || w.chars().count() <= 4
            || date_word(w)
    };
    head.split_whitespace().filter(|w| !date_word(w)).count() <= MAX_PLACE_WORDS
        && head.split_whitespace().all(word_ok)
        && !head.contains(|c: char| "!?;:\"\u{201c}\u{201d}\u{ab}\u{bb}()".contains(c))
}

/// The place (the lower-case words before the first comma) and the date (the first part
/// after a comma that holds a figure or a month) of a dateline's head.
fn place_and_date(head: &str) -> (Vec<String>, Option<String>) {
    let mut parts = head.split(',');
    let place = parts
        .next()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let date = parts
        .map(str::trim)
        .find(|p| p.split_whitespace().any(date_word))
        .map(str::to_string);
    (place, date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, Option<String>, Option<String>, String)> {
        read_dateline(text).map(|d| {
            let body: String = text.chars().skip(d.body).collect();
            (d.place.join(" "), d.date, d.outlet, body)
        })
    }

    #[test]
    fn a_datelines_place_date_outlet_and_body_are_read_at_once() {
        let some = |s: &str| Some(s.to_string());
        for (text, place, date, outlet, body) in [
            (
                "SEVILLE, Spain (Reuters) - A Spanish court",
                "seville",
                None,
                some("Reuters"),
                "A Spanish court",
            ),
            (
                "MADRID (AP) \u{2014} A former director",
                "madrid",
                None,
                some("AP"),
                "A former director",
            ),
            (
                "SEVILLA, 1 Dic. (EFE).- La Audiencia",
                "sevilla",
                some("1 Dic."),
                some("EFE"),
                "La Audiencia",
            ),
            (
                "BOLOGNA, 5 dicembre (ANSA) - Un treno",
                "bologna",
                some("5 dicembre"),
                some("ANSA"),
                "Un treno",
            ),
            (
                "Berlin (dpa) - Die Regierung",
                "berlin",
                None,
                some("dpa"),
                "Die Regierung",
            ),
            (
                "(Reuters) - Shares rose",
                "",
                None,
                some("Reuters"),
                "Shares rose",
            ),
            (
                "SEOUL (Yonhap News Agency) -- South Korea",
                "seoul",
                None,
                some("Yonhap News Agency"),
                "South Korea",
            ),
            (
                "\u{feff}  ROME \u{2014} A commuter train",
                "rome",
                None,
                None,
                "A commuter train",
            ),
            (
                "LONDON, March 3 - Shares fell",
                "london",
                some("March 3"),
                None,
                "Shares fell",
            ),
            (
                "SEVILLA. La Audiencia de Sevilla condenó",
                "sevilla",
                None,
                None,
                "La Audiencia de Sevilla condenó",
            ),
            ("SEVILLA.", "sevilla", None, None, ""),
            // Trial 37, F9: the country or region in parentheses after the place.
            (
                "Acapulco (México), 5 dic (EFE).- El huracán",
                "acapulco",
                some("5 dic"),
                some("EFE"),
                "El huracán",
            ),
            (
                "NÎMES (Gard) (AFP) - Les pluies",
                "nîmes",
                None,
                some("AFP"),
                "Les pluies",
            ),
            (
                "Funchal (Madeira), 5 dez (Lusa) - Um incêndio",
                "funchal",
                some("5 dez"),
                some("Lusa"),
                "Um incêndio",
            ),
        ] {
            assert_eq!(
                read(text),
                Some((place.to_string(), date, outlet, body.to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn a_sentence_that_opens_otherwise_has_no_dateline() {
        for text in [
            "The company (Acme) - a maker of tools - said nothing.",
            "Police in Madrid (Spain) - the capital - arrested two men.",
            "Seoul (Updated) - the capital ...",
            "A former director (AP reported) was sentenced.",
            "NATO allies met in Brussels on Monday.",
            "NASA said on Monday the launch was delayed.",
            "U.S. troops withdrew on Monday.",
            "I - the judge said - was wrong.",
            "ABC-News reported the fire.",
            "NASA.gov was down.",
            "In 2017, a court in Valencia jailed a former port official.",
            "El pleno de octubre (EFE) - aprobó ...",
            // A name in parentheses in a sentence, then another.
            "Police in Madrid (Spain) said (AP) - the capital ...",
            "The firm (Acme) (Reuters) said nothing.",
            "",
        ] {
            assert_eq!(read_dateline(text), None, "{text}");
        }
    }
}
