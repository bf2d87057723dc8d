//! Figures written in digits: "13th", "1,000", "2.5", a decimal comma ("1,5"), thousands
//! parted by dots ("1.500.000") or apostrophes ("1'500"), vulgar fractions ("2½"), and
//! thousands parted by spaces ("1 200"), joined into one token ([`join_digit_groups`]).

use super::{Aux, Kind, Token};

/// A figure in digits (lower case, as tokens are normalised): "13th" and the other
/// ordinals, "1,000", "2.5", "1,5", "1.500.000", "1'500"; `None` for a word.
pub(super) fn parse_numeral(s: &str) -> Option<f64> {
    // "13th", "1st", "2nd", "3rd" ordinals, "1,000", "2.5"
    let t = s
        .strip_suffix("th")
        .or_else(|| s.strip_suffix("st"))
        .or_else(|| s.strip_suffix("nd"))
        .or_else(|| s.strip_suffix("rd"))
        .unwrap_or(s);
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "1'500": the tokeniser keeps an apostrophe in a figure only where it groups
    // thousands (`raw::thousands_apostrophe`).
    let unquoted;
    let t = if t.contains('\'') {
        unquoted = t.replace('\'', "");
        unquoted.as_str()
    } else {
        t
    };
    // A decimal comma ("1,5", "2,25", "0,885": one comma and one or two digits after it,
    // or a whole of 0, never a thousands group) and thousands parted by dots ("1.500.000": two dots or more, three
    // digits after each), as French, German and other European copy writes them.
    let groups: Vec<&str> = t.split('.').collect();
    let t: String = match t.split_once(',') {
        // "0,885": no thousands group follows a whole of 0.
        Some((whole, dec))
            if !t.contains('.') && ((1..=2).contains(&dec.len()) || whole == "0") =>
        {
            format!("{whole}.{dec}")
        }
        _ if groups.len() > 2 && groups[1..].iter().all(|g| g.len() == 3) => groups.concat(),
        _ => t.chars().filter(|&c| c != ',').collect(),
    };
    t.parse::<f64>().ok()
}

/// The suffixes of an ordinal written in figures in the languages read besides English
/// ("67th" is [`parse_numeral`]'s), lower case: Dutch "67e", "67ste", "2de"; French "67e",
/// "67ème", "67eme", "67è"; Spanish, Portuguese and Italian "67º", "67ª". German writes a
/// dot ("67. Minute") and Italian often a degree sign ("67°"), both tokens apart already.
/// French "1er" and "1re" are the first only (`dates::ordinal_day`; German "80er" is a
/// decade).
const ORDINAL_SUFFIXES: &[&str] = &["e", "è", "ème", "eme", "ste", "de", "º", "ª"];

/// The figure of an ordinal written in figures with the suffix of another language
/// ([`ORDINAL_SUFFIXES`]: "67e", "67ste", "67ème", "67º"), as `surface` is written; `None`
/// for any other word. From 1 to 999: "1e", "8ste", "150e". Trial 44: "in de 67e minuut"
/// / "in de 76e minuut" were two words and no flag, where "67th" / "76th" are figures.
pub(crate) fn suffixed_ordinal(surface: &str) -> Option<f64> {
    let digits = surface.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = surface.get(digits..)?.to_lowercase();
    if digits == 0 || digits > 3 || !ORDINAL_SUFFIXES.contains(&suffix.as_str()) {
        return None;
    }
    let v: f64 = surface[..digits].parse().ok()?;
    (v >= 1.0).then_some(v)
}

/// Whether a figure as written (`surface`) ends with an ordinal suffix: English "67th",
/// "1st", "2nd", "3rd", or one of [`ORDINAL_SUFFIXES`] ("67e", "67ste", "67º").
pub(crate) fn written_as_ordinal(surface: &str) -> bool {
    let s = surface.to_lowercase();
    let english = ["st", "nd", "rd", "th"].iter().any(|e| s.ends_with(e))
        && s.starts_with(|c: char| c.is_ascii_digit());
    english || suffixed_ordinal(surface).is_some()
}

/// A figure written with a vulgar fraction ("2½", "½", "¾"): its value, `None` for any
/// other word.
pub(super) fn vulgar_fraction(surface: &str) -> Option<f64> {
    let last = surface.chars().last()?;
    let frac = match last {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅛' => 0.125,
        _ => return None,
    };
    let whole = &surface[..surface.len() - last.len_utf8()];
    match whole {
        "" => Some(frac),
        w if w.bytes().all(|c| c.is_ascii_digit()) => w.parse::<f64>().ok().map(|v| v + frac),
        _ => None,
    }
}

/// The spaces that part the thousands of a figure as French, German and other European
/// copy writes them: a space, a no-break space, a narrow no-break space (U+202F) or a thin
/// space (U+2009).
pub(crate) const GROUP_SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// Joins the groups of a figure whose thousands are parted by spaces ("1 200 personnes",
/// "60 000 fans", "1 500 000", with any of [`GROUP_SPACES`]) into one token of its value, so
/// that "1 200" is one figure for the flags and one term for the shared words, never "1"
/// and "200" (trial 35 F2: `shares 1`, the "200" of "1 200 homes" taken for "200 injured").
/// The first group has one to three digits, every later one exactly three, one space
/// between; a figure after a month is a day, no group ("March 5 200 people"), and two
/// figures of other shapes stay two ("in 2019 300 people"). Runs before `fold`, so
/// "1 200 millions" reads 1,200 million. Changes `toks` and `aux` alike.
pub(super) fn join_digit_groups(toks: &mut Vec<Token>, aux: &mut Vec<Aux>, chars: &[char]) {
    let digits = |t: &Token, three: bool| {
        let n = t.end - t.start;
        matches!(t.kind, Kind::Number(_))
            && (if three { n == 3 } else { (1..=3).contains(&n) })
            && chars
                .get(t.start..t.end)
                .is_some_and(|s| s.iter().all(char::is_ascii_digit))
    };
    let spaced = |a: &Token, b: &Token| {
        b.start == a.end + 1 && chars.get(a.end).is_some_and(|c| GROUP_SPACES.contains(c))
    };
    // Cheap first: most sentences hold no two figures a space apart.
    let any = toks
        .windows(2)
        .any(|w| digits(&w[0], false) && digits(&w[1], true) && spaced(&w[0], &w[1]));
    if !any {
        return;
    }
    let mut k = 0;
    while k + 1 < toks.len() {
        let after_month = k > 0 && matches!(toks[k - 1].kind, Kind::Month(_));
        if !digits(&toks[k], false) || after_month {
            k += 1;
            continue;
        }
        let mut last = k;
        while last + 1 < toks.len()
            && digits(&toks[last + 1], true)
            && spaced(&toks[last], &toks[last + 1])
        {
            last += 1;
        }
        if last > k {
            let text: String = toks[k..=last].iter().map(|t| t.norm.as_str()).collect();
            if let Ok(v) = text.parse::<f64>() {
                let end = toks[last].end;
                let t = &mut toks[k];
                (t.kind, t.end, t.norm) = (Kind::Number(v), end, text);
                toks.drain(k + 1..=last);
                aux.drain(k + 1..=last);
            }
        }
        k += 1;
    }
}
