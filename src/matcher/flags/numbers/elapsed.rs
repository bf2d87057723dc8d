//! Lengths of time told from the start of what a story tells: since then ("kidnapped
//! five months ago", pt "sequestrados há cinco meses", "vor fünf Monaten", "hace cinco
//! meses", "il y a cinq mois", "cinque mesi fa", "vijf maanden geleden") or until its end
//! ("freed after four months", "após quatro meses de cativeiro", "nach vier Monaten",
//! "tras cuatro meses", "après quatre mois", "dopo quattro mesi", "na vier maanden"). Two such lengths of one unit in two sentences
//! about one release measure one captivity even when no word near them is shared (trial
//! 41 F3: "há cinco meses" / "após quatro meses" had no flag).

use crate::matcher::features::Prepared;

/// Words right before a length of time that tell it as time ago (lower case): pt "há",
/// es "hace", de "vor".
const AGO_BEFORE: &[&str] = &["há", "hace", "vor"];

/// Words right after a length of time that tell it as time ago (lower case): "ago", it
/// "fa", nl "geleden", pt "atrás".
const AGO_AFTER: &[&str] = &["ago", "fa", "geleden", "atrás"];

/// Words right before a length of time that tell it as time until an end (lower case):
/// "after", pt "após", de "nach", es "tras", fr "après", it "dopo", nl "na".
const AFTER_BEFORE: &[&str] = &["after", "após", "nach", "tras", "après", "dopo", "na"];

/// Words two before a length of time, "de" between, that tell it as time until an end:
/// pt "depois de", "ao fim de", es "después de", "al cabo de", fr "au bout de".
const AFTER_BEFORE_DE: &[&str] = &["depois", "después", "fim", "cabo", "bout"];

/// How the length of time on tokens `lo..=hi` of `p` is told: `Some(true)` as time ago
/// ([`AGO_BEFORE`], [`AGO_AFTER`], fr "il y a"), `Some(false)` as time until an end
/// ([`AFTER_BEFORE`], [`AFTER_BEFORE_DE`]), `None` otherwise. Not a length told with
/// "for" ("worked there for 15 years" / "killed two women 41 years ago" are two facts).
fn told_as_ago(p: &Prepared, (lo, hi): (usize, usize)) -> Option<bool> {
    let word = |k: Option<usize>| {
        k.and_then(|k| p.tokens.get(k))
            .map_or("", |t| t.norm.as_str())
    };
    let (b1, b2) = (word(lo.checked_sub(1)), word(lo.checked_sub(2)));
    let after = word(hi.checked_add(1));
    if AGO_BEFORE.contains(&b1) || AGO_AFTER.contains(&after) || (b1 == "a" && b2 == "y") {
        Some(true)
    } else if AFTER_BEFORE.contains(&b1) || (b1 == "de" && AFTER_BEFORE_DE.contains(&b2)) {
        Some(false)
    } else {
        None
    }
}

/// Whether the lengths of time on tokens `xt` of `a` and `yt` of `b` are one told as time
/// ago and the other as time until an end ([`told_as_ago`]): "sequestrados
/// há cinco meses" / "libertados, após quatro meses de cativeiro" measure one captivity.
pub(super) fn ago_and_after(
    a: &Prepared,
    xt: (usize, usize),
    b: &Prepared,
    yt: (usize, usize),
) -> bool {
    matches!(
        (told_as_ago(a, xt), told_as_ago(b, yt)),
        (Some(true), Some(false)) | (Some(false), Some(true))
    )
}
