//! Words of a decade in the seven languages read (en, fr, de, es, it, pt, nl), lower case
//! as tokens are normalised: a count of decades is a count of years ten times as large
//! ("in two decades" / "in twenty years", "seit mehr als zwanzig Jahren"; trial 53 F8).
//! Read by the concepts across languages (`xling.rs`).

use crate::matcher::text::{Kind, Token};

/// A decade and its plural: en, fr, de (with its dative), es, it, pt, nl.
const DECADES: &[&str] = &[
    "decade",
    "decades",
    "décennie",
    "décennies",
    "jahrzehnt",
    "jahrzehnte",
    "jahrzehnten",
    "década",
    "décadas",
    "decada",
    "decadas",
    "decennio",
    "decenni",
    "decennium",
    "decennia",
];

/// The years token `k` of `tokens` counts when it is a count of decades ("two decades",
/// "2 decades": 20.0): the count's value ten times, when the next token is a word of
/// [`DECADES`]; `None` for any other token. The count is a figure or a number word
/// (`lexicon::cardinal_any`: "two", "zwei", "dos").
pub(in crate::matcher) fn decade_years(tokens: &[Token], k: usize) -> Option<f64> {
    let t = tokens.get(k)?;
    let v = match t.kind {
        Kind::Number(v) => v,
        Kind::Word => super::cardinal_any(&t.norm)?,
        _ => return None,
    };
    let next = tokens.get(k + 1)?;
    DECADES.contains(&next.norm.as_str()).then_some(v * 10.0)
}

#[cfg(test)]
mod tests {
    use super::decade_years;
    use crate::matcher::text::{stemmer, tokenize};

    #[test]
    fn a_count_of_decades_is_ten_times_as_many_years() {
        let of = |s: &str| {
            let toks = tokenize(s, &stemmer());
            (0..toks.len()).find_map(|k| decade_years(&toks, k))
        };
        assert_eq!(of("the largest in two decades"), Some(20.0));
        assert_eq!(of("seit drei Jahrzehnten"), Some(30.0));
        assert_eq!(of("en dos décadas"), Some(20.0));
        assert_eq!(of("in twenty years"), None);
        assert_eq!(of("two days later"), None);
        assert_eq!(of("decades ago"), None);
    }
}
