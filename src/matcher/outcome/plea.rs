//! Pleas: a defendant's plea ("pleaded not guilty", "se declaró inocente", "plaide
//! coupable") is no verdict. A plea told by one sentence and a verdict by the other
//! ("Ortega had pleaded not guilty." / "The court found Ortega guilty") do not
//! contradict each other (trial 34 F7), while two pleas ("pleaded guilty" / "pleaded not
//! guilty") and two verdicts still do.

use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;

/// Word beginnings of a plea, lower case: en "pleaded", "pleads", "pled", "plea"; fr
/// "plaide", "plaidé"; de "plädierte"; nl "pleitte" (a word ending with `$` is read whole).
const PLEAS: &[&str] = &[
    "plead", "pled$", "plea$", "pleas$", "plaid", "plädier", "pleit",
];

/// Verbs that tell a plea with the guilt word after them in Spanish, Portuguese and
/// Italian, reflexive ("se declaró inocente", "declarou-se culpado", "si è dichiarato
/// innocente"; not "el tribunal declaró culpable a Ortega", a verdict), word beginnings.
const DECLARED: &[&str] = &["declar", "dichiar"];

/// Words of guilt or innocence, word beginnings: the words a plea is told with ("not
/// guilty", "inocente", "non coupable", "nicht schuldig", "colpevole", "onschuldig").
const GUILT: &[&str] = &[
    "guilty", "innocen", "inocent", "culpab", "culpad", "coupab", "schuldig", "colpevol",
];

/// Whether the lower-case word `norm` begins with a word of `words` (or is one ending `$`).
pub(super) fn begins(words: &[&str], norm: &str) -> bool {
    words.iter().any(|w| match w.strip_suffix('$') {
        Some(whole) => norm == whole,
        None => norm.starts_with(w),
    })
}

/// Whether the text of `p` on code points `r` holds a word of guilt or innocence.
fn guilt_in(p: &Prepared, r: (usize, usize)) -> bool {
    p.tokens
        .iter()
        .any(|t| r.0 <= t.start && t.end <= r.1 && begins(GUILT, &t.norm))
}

/// Whether `p` tells a plea: a word of [`PLEAS`], or a verb of [`DECLARED`] with "se" or
/// "si" within the two words before it or right after it and a guilt word within the
/// three words after it.
fn pleads(p: &Prepared) -> bool {
    let toks = &p.tokens;
    let reflexive = |n: &crate::matcher::text::Token| matches!(n.norm.as_str(), "se" | "si");
    toks.iter().enumerate().any(|(i, t)| {
        begins(PLEAS, &t.norm)
            || (begins(DECLARED, &t.norm)
                && (toks[i.saturating_sub(2)..i].iter().any(reflexive)
                    || toks.get(i + 1).is_some_and(reflexive))
                && toks[i + 1..toks.len().min(i + 4)]
                    .iter()
                    .any(|n| begins(GUILT, &n.norm)))
    })
}

/// Whether outcome flag `r` of `a` against `b` sets a plea against a verdict: one
/// sentence pleads and the other does not, and the pleading sentence's flagged words are
/// its guilt words ("not guilty" of "pleaded not guilty").
pub(super) fn plea_against_verdict(a: &Prepared, b: &Prepared, (ra, rb): Ranges) -> bool {
    match (pleads(a), pleads(b)) {
        (true, false) => guilt_in(a, ra),
        (false, true) => guilt_in(b, rb),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::matcher::flags::flagged_texts;
    use crate::matcher::outcome::outcome_conflict;

    fn conflict(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(outcome_conflict, a, b)
    }

    /// Trial 34 F7: a plea against a verdict is no contradiction, in English, Spanish and
    /// French.
    #[test]
    fn a_plea_is_no_verdict() {
        for (a, b) in [
            (
                "Ortega had pleaded not guilty.",
                "The Seville provincial court found Ortega, 61, guilty of bribery and embezzlement between 2014 and 2019.",
            ),
            (
                "Smith pleaded not guilty to all charges.",
                "Smith was convicted of murder on Friday.",
            ),
            (
                "Ortega se declaró inocente durante el juicio.",
                "El tribunal condenó a Ortega por cohecho.",
            ),
            (
                "Dupont a plaidé non coupable.",
                "Le tribunal a jugé Dupont coupable de corruption.",
            ),
        ] {
            assert_eq!(conflict(a, b), None, "{a} / {b}");
            assert_eq!(conflict(b, a), None, "{b} / {a}");
        }
    }

    /// Two pleas, or two verdicts, that differ still contradict each other.
    #[test]
    fn two_pleas_or_two_verdicts_still_differ() {
        for (a, b) in [
            (
                "Smith pleaded guilty to all charges.",
                "Smith pleaded not guilty to all charges.",
            ),
            (
                "The court found Smith guilty of murder.",
                "The court found Smith not guilty of murder.",
            ),
            (
                "El tribunal condenó a Ortega.",
                "El tribunal absolvió a Ortega.",
            ),
        ] {
            assert!(conflict(a, b).is_some(), "{a} / {b}");
        }
    }
}
