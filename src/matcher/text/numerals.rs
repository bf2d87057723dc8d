//! Figures written in digits: "13th", "1,000", "2.5", a decimal comma ("1,5"), thousands
//! parted by dots ("1.500.000") or apostrophes ("1'500"), vulgar fractions ("2½").

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
