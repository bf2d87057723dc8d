//! Break-ins: the words that tell thieves forced their way into a place ("broke in",
//! "pried open", "forced a side door", "entrés par effraction", "eingebrochen", "hanno
//! forzato", "arrombaram"), in English, French, German, Spanish, Italian, Portuguese and
//! Dutch, lower case, as tokens are normalised. Read by the anchors of dates and counts
//! (`flags/anchor.rs`): the clock time of a break-in told in other words on each side
//! ("The robbers broke in at 3:40 a.m." / "The robbers pried open a side entrance at
//! 4:15 a.m.") times one act (trial 47, item 1).

use super::form_then::FormThen;

/// Words of a break-in, whole forms. "broke" and "break" are of a break-in only before
/// "in", "into" or "through" ([`BREAK_PARTICLES`]): "broke out" tells a fire, "a break in
/// the case" a lead.
#[rustfmt::skip]
pub(crate) const BREAK_INS: &[&str] = &[
    // en
    "pried", "prised", "jimmied", "forced", "smashed", "stormed", "burgled", "burglarized",
    "burglary", "burglars",
    // fr
    "effraction", "fracturé", "fracturée", "fracturés", "fracturées", "forcé", "forcée",
    "forcés", "forcées", "cambriolé", "cambriolée", "cambriolage", "cambrioleurs",
    // de
    "eingebrochen", "einbruch", "einbrecher", "aufgebrochen", "aufgehebelt", "eingedrungen",
    "drangen",
    // es
    "forzaron", "forzó", "forzado", "forzada", "irrumpieron", "irrumpió", "asaltaron",
    "allanaron",
    // it
    "forzato", "forzata", "forzarono", "scassinato", "scassinata", "irruzione", "effrazione",
    "scasso",
    // pt
    "arrombaram", "arrombou", "arrombado", "arrombada", "arrombamento", "invadiram",
    "forçaram", "forçou",
    // nl
    "ingebroken", "inbraak", "inbrekers", "forceerden", "geforceerd", "openbraken", "drongen",
];

/// Forms of English "break" that tell a break-in before a word of [`BREAK_PARTICLES`]
/// ("broke in", "break-in", "broke into").
const BREAK_FORMS: &[&str] = &["break", "broke", "breaking", "broken"];

/// The words after a form of "break" that make it a break-in.
const BREAK_PARTICLES: &[&str] = &["in", "into", "through"];

/// Whether the word `norm` (lower case), followed by the word `next` (lower case, "" for
/// none), tells a break-in: a word of [`BREAK_INS`], or a form of "break" before "in",
/// "into" or "through" ([`break_form`]).
#[cfg(test)]
pub(crate) fn break_in(norm: &str, next: &str) -> bool {
    BREAK_INS.contains(&norm) || break_form(norm, next)
}

/// Whether the word `norm` is a form of "break" before "in", "into" or "through" (`next`,
/// the word after it): "broke in", "break-in", "broke into" (the words of [`BREAK_INS`]
/// are looked up apart, with the anchors' other words: `flags/anchor.rs`).
pub(crate) fn break_form(norm: &str, next: &str) -> bool {
    const BREAK: FormThen = FormThen::Before(BREAK_FORMS, BREAK_PARTICLES);
    BREAK.reads(norm, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A break-in is told by its own words, and by "break" only with its particle.
    #[test]
    fn break_words_need_their_particle() {
        assert!(break_in("pried", "open"));
        assert!(break_in("broke", "into"));
        assert!(break_in("break", "in"));
        assert!(break_in("eingebrochen", ""));
        assert!(!break_in("broke", "out"));
        assert!(!break_in("break", "the"));
        assert!(!break_in("arrived", "at"));
    }
}
