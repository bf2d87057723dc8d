//! French negations whose verb stands between "ne" and "pas" (trial 49 item 2): "Le groupe
//! *ne paiera pas* la rançon" denies the payment, not the ransom (the flag read "pas la
//! rançon ≠ rançon"). A simple verb ("paiera", "payait", "paie") stands right before the
//! word of "not" ([`AFTER_VERB`]); a compound one puts its auxiliary there ("n'a pas payé"),
//! whose participle after "pas" the negation rule reads already. The verb's forms are
//! matched across tenses ([`one_verb`]: "paiera" / "a payé").

use crate::matcher::lexicon::tenses::FRENCH_VERB_ENDINGS;
use crate::matcher::text::{Kind, Token};

/// The French words of "not" that follow their verb ("ne paiera *pas*", "ne paiera
/// *plus*", "ne paiera *jamais*").
const AFTER_VERB: &[&str] = &["pas", "plus", "jamais", "point"];

/// The words of "ne" ("ne", and "n" of "n'").
const NE: &[&str] = &["ne", "n"];

/// Object pronouns between "ne" and the verb ("ne *la* paiera pas", "ne *leur* a pas").
const PRONOUNS: &[&str] = &[
    "la", "le", "les", "l", "leur", "lui", "y", "en", "se", "s", "me", "te", "nous", "vous",
];

/// Forms of "faire", a verb that carries little before its noun ("ne fera plus *appel*":
/// the appeal is what is denied, and the noun after "pas" is read as before).
const LIGHT: &[&str] = &[
    "fait",
    "font",
    "fais",
    "fera",
    "feront",
    "ferait",
    "feraient",
    "faisait",
    "faisaient",
    "fit",
    "firent",
];

/// The verb a French "pas" (or "plus", "jamais", "point") at `i` denies when a simple verb
/// stands right before it after "ne" ("ne *paiera* pas", "ne la *paiera* pas"): that
/// verb's index, and the index of its "ne". `None` when an auxiliary stands there ("n'a
/// pas payé": the participle is read after "pas"), a light verb ([`LIGHT`]: "ne fera
/// plus appel") or no "ne" opens the negation.
pub(super) fn verb_before(
    toks: &[Token],
    i: usize,
    auxiliaries: &[&str],
) -> Option<(usize, usize)> {
    if !AFTER_VERB.contains(&toks[i].norm.as_str()) || i < 2 {
        return None;
    }
    let v = i - 1;
    let w = &toks[v];
    let verb = w.kind == Kind::Word
        && !w.stop
        && !w.proper
        && !w.date
        && !auxiliaries.contains(&w.norm.as_str())
        && !LIGHT.contains(&w.norm.as_str())
        && !NE.contains(&w.norm.as_str());
    if !verb {
        return None;
    }
    // "ne" right before the verb, or before its pronouns.
    let ne = (v.saturating_sub(3)..v)
        .rev()
        .take_while(|&k| k + 1 == v || PRONOUNS.contains(&toks[k + 1].norm.as_str()))
        .find(|&k| NE.contains(&toks[k].norm.as_str()))?;
    let pronouns_only = toks[ne + 1..v]
        .iter()
        .all(|t| PRONOUNS.contains(&t.norm.as_str()));
    pronouns_only.then_some((v, ne))
}

/// Whether `x` and `y` are two forms of one French verb: what is left without a verb
/// ending (`lexicon::clauses::FRENCH_VERB_ENDINGS`, longest first) is the same, of three
/// code points or more, reading a final "i" as "y" (the verbs in "-yer": "paiera" /
/// "payé", "emploie" / "employé").
pub(super) fn one_verb(x: &str, y: &str) -> bool {
    let stem = |w: &str| {
        let s = FRENCH_VERB_ENDINGS
            .iter()
            .find_map(|e| w.strip_suffix(e))
            .unwrap_or(w);
        match s.strip_suffix('i') {
            Some(r) => format!("{r}y"),
            None => s.to_string(),
        }
    };
    let (a, b) = (stem(x), stem(y));
    x != y && a.chars().count() >= 3 && a == b
}

/// Endings of a French simple future or conditional ("paiera", "paieront", "paierait"):
/// read only on the verb before "pas" ([`verb_before`]), where no noun stands ("-era" ends
/// nouns too: "la caméra").
const FUTURE: &[&str] = &[
    "eraient", "erait", "eront", "erons", "erez", "era", "eras", "erai",
];

/// Whether the verb at `j` before the French "pas" at `i` ([`verb_before`]) is a simple
/// future or conditional ([`FUTURE`]): "ne paiera pas" is told to come.
pub(super) fn future_before(toks: &[Token], i: usize, j: usize) -> bool {
    let verb = verb_before(toks, i, super::AUXILIARIES).is_some_and(|(v, _)| v == j);
    verb && FUTURE.iter().any(|e| toks[j].norm.ends_with(e))
}
