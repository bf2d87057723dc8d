//! Counted terms of several words that name one thing in the languages the matcher reads
//! (trial 42 C3): "tres bolas de partido" / "dos puntos de partido", "trois balles de
//! match", "drei Matchbälle", "three match points". The head of such a term ("bolas",
//! "puntos") differs between two reports of one fact; the term as a whole does not.

use crate::matcher::text::FxMap;
use std::sync::OnceLock;

/// The counted terms of tennis and other games of points, each with its forms (lower case,
/// words parted by one space), singular and plural: match points, set points, break
/// points. The key of a term is its first form.
pub(in crate::matcher) const COUNTED_TERMS: &[&[&str]] = &[
    &[
        "match points",
        "match point",
        // The match point that wins a title.
        "championship points",
        "championship point",
        "matchpoints",
        "matchpoint",
        "bolas de partido",
        "bola de partido",
        "puntos de partido",
        "punto de partido",
        "pelotas de partido",
        "pelota de partido",
        "bolas de match",
        "bola de match",
        "balles de match",
        "balle de match",
        "matchbälle",
        "matchball",
        "matchbällen",
        "palle match",
        "palla match",
        "palle del match",
        "palla del match",
        "pontos de partida",
        "ponto de partida",
        "matchpunten",
        "matchpunt",
    ],
    &[
        "set points",
        "set point",
        "bolas de set",
        "bola de set",
        "puntos de set",
        "punto de set",
        "balles de set",
        "balle de set",
        "satzbälle",
        "satzball",
        "satzbällen",
        "palle set",
        "palla set",
        "setpunten",
        "setpunt",
    ],
    &[
        "break points",
        "break point",
        "bolas de break",
        "bola de break",
        "puntos de break",
        "punto de break",
        "pelotas de break",
        "balles de break",
        "balle de break",
        "breakbälle",
        "breakball",
        "breakbällen",
        "palle break",
        "palla break",
        "breakpunten",
        "breakpunt",
    ],
];

/// The counted term of [`COUNTED_TERMS`] whose words are `words` from the first (lower
/// case, as tokens are normalised): its key (the term's first form) and how many words it
/// takes, the longest form first; `None` when no term starts there.
pub(in crate::matcher) fn counted_term<'a>(
    words: impl Fn(usize) -> Option<&'a str>,
) -> Option<(&'static str, usize)> {
    let first = words(0)?;
    // Most words begin no form: looked up by the first word instead of splitting every
    // form of every term (speed only; the forms are tried in the table's order, so the
    // last of the longest wins as before).
    let forms = forms_by_first_word().get(first)?;
    forms
        .iter()
        .filter(|(_, f)| f.iter().enumerate().all(|(k, w)| words(k) == Some(*w)))
        .map(|(key, f)| (*key, f.len()))
        .max_by_key(|&(_, n)| n)
}

/// The forms of [`COUNTED_TERMS`] by their first word: each form's key (its term's first
/// form) and its words, in the table's order.
type FormsByFirstWord = FxMap<&'static str, Vec<(&'static str, Vec<&'static str>)>>;

/// [`FormsByFirstWord`], built once.
fn forms_by_first_word() -> &'static FormsByFirstWord {
    static FORMS: OnceLock<FormsByFirstWord> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut out = FormsByFirstWord::default();
        for forms in COUNTED_TERMS {
            for f in forms.iter() {
                let words: Vec<&'static str> = f.split(' ').collect();
                out.entry(words[0]).or_default().push((forms[0], words));
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain scan of every form (the reader before the index by first word).
    fn scanned<'a>(words: impl Fn(usize) -> Option<&'a str>) -> Option<(&'static str, usize)> {
        let first = words(0)?;
        COUNTED_TERMS
            .iter()
            .flat_map(|forms| forms.iter().map(move |f| (forms[0], *f)))
            .filter(|(_, f)| f.split(' ').next() == Some(first))
            .filter_map(|(key, f)| {
                let n = f.split(' ').count();
                f.split(' ')
                    .enumerate()
                    .all(|(k, w)| words(k) == Some(w))
                    .then_some((key, n))
            })
            .max_by_key(|&(_, n)| n)
    }

    #[test]
    fn the_index_by_first_word_finds_what_the_scan_finds() {
        // Every form alone, cut short, followed by another word, and words no form
        // begins with ("de", "match" alone, "points" before "de").
        let mut texts: Vec<String> = Vec::new();
        for forms in COUNTED_TERMS {
            for f in forms.iter() {
                let words: Vec<&str> = f.split(' ').collect();
                texts.push(f.to_string());
                texts.push(format!("{f} de partido"));
                texts.push(format!("{f} in the final"));
                for k in 1..words.len() {
                    texts.push(words[..k].join(" "));
                }
            }
        }
        for t in [
            "de partido",
            "match",
            "points de match",
            "the match",
            "",
            "bolas",
            "set",
        ] {
            texts.push(t.to_string());
        }
        for t in &texts {
            let words: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
            let at = |k: usize| words.get(k).copied();
            assert_eq!(counted_term(at), scanned(at), "{t:?}");
        }
        let at = |k: usize| ["match", "points", "saved"].get(k).copied();
        assert_eq!(counted_term(at), Some(("match points", 2)));
        let at = |k: usize| ["puntos", "de", "set"].get(k).copied();
        assert_eq!(counted_term(at), Some(("set points", 3)));
        let at = |k: usize| ["puntos", "de", "juego"].get(k).copied();
        assert_eq!(counted_term(at), None);
    }
}
