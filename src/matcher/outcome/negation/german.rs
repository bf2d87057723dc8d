//! German negations whose word stands at the clause's end, for the negation rule
//! (`outcome/negation.rs`; trial 35 F6, F15): "Veltra will keine weiteren Stellen
//! *streichen*" denies the cut, not only the posts; "Der Präsident weigerte sich, das
//! Ergebnis *anzuerkennen*" refuses the recognition; "erkannte … nicht *an*" denies the
//! separable verb; and "schloss … nicht aus", "nicht ausgeschlossen" rule something out
//! (`negation::ruled_out`).

use crate::matcher::lexicon::german::{is_particle, PARTICLES};
use crate::matcher::text::{hash_str, particle_stem, Kind, Token};

/// Words that join two clauses: a clause's verb stands before them.
const JOINS: &[&str] = &["und", "oder", "aber", "sondern", "denn", "weil", "dass"];

/// The most tokens between a negated noun and its clause's last word ("keine weiteren
/// *Stellen* in Deutschland *streichen*").
const REACH: usize = 4;

/// Whether token `k` of `toks` ends its clause: the last token, one before a word that
/// joins two clauses ([`JOINS`]), or one followed by a mark (more than one character
/// between it and the next token: ", ", ". ").
pub(super) fn ends_clause(toks: &[Token], k: usize) -> bool {
    match toks.get(k + 1) {
        None => true,
        Some(next) => next.start > toks[k].end + 1 || JOINS.contains(&next.norm.as_str()),
    }
}

/// A verb form as German writes it at a clause's end: a lower-case word, no stop word,
/// negation or figure.
fn verb(t: &Token) -> bool {
    t.kind == Kind::Word && !t.stop && !t.negation && !t.capital && !t.date
}

/// German "kein" and its forms: they deny a noun, and with it the verb it is the object
/// of ("keine Stellen streichen"); "nicht" stands before what it denies ("nicht in
/// Berufung gehen": the appeal).
pub(super) const KEIN: &[&str] = &["kein", "keine", "keinen", "keinem", "keiner", "keines"];

/// Words of "more of the same" before a noun ("keine *weiteren* Stellen").
const FURTHER: &[&str] = &[
    "weitere", "weiteren", "weiterer", "weiteres", "neuen", "anderen",
];

/// The word a German "kein" at `i` denies when its noun at `j` is the object of the
/// clause's verb ("keine weiteren *Stellen* streichen"): the clause's last word when it
/// is a verb ([`verb`]) within [`REACH`] tokens after the noun ("streichen"), else `j`.
/// A noun and no verb ("Es gab keine Verletzten") keeps the noun; so do other negations.
pub(super) fn verb_at_the_end(toks: &[Token], i: usize, j: usize) -> usize {
    let noun = toks[j].capital || FURTHER.contains(&toks[j].norm.as_str());
    if !KEIN.contains(&toks[i].norm.as_str()) || !noun || j < i {
        return j;
    }
    (j..toks.len().min(j + REACH + 1))
        .find(|&k| ends_clause(toks, k))
        .filter(|&k| k > j && verb(&toks[k]))
        .unwrap_or(j)
}

/// German and Dutch "not" before a word of "longer" ("nicht mehr", "niet meer", "niet
/// langer"): [`verb_after_no_longer`].
const NOT: &[&str] = &["nicht", "niet"];

/// The most tokens between a word of "longer" and the verb at its clause's end
/// ("nicht mehr *in die Notaufnahme des Klinikums* gebracht").
const LONGER_REACH: usize = 6;

/// The verb a German or Dutch "no longer" at `i` ("nicht", "niet": [`NOT`]) denies when
/// a phrase stands between its word of "longer" at `l` and the verb at the clause's end
/// ("Die Krankenwagen werden nicht mehr nach Utrecht *umgeleitet*", "De ambulances worden
/// niet meer naar Utrecht *omgeleid*", trial 49 item 1): the clause's last word when it is
/// a verb ([`verb`]) at most [`LONGER_REACH`] tokens after `l`. `None` for another
/// negation, a verb right after the word of "longer" (read already: "niet langer
/// *omgeleid* naar Utrecht") or no verb ending the clause ("nicht mehr in Betrieb").
pub(super) fn verb_after_no_longer(toks: &[Token], i: usize, l: usize) -> Option<usize> {
    if !NOT.contains(&toks[i].norm.as_str()) || l <= i {
        return None;
    }
    let end = (l + 1..toks.len().min(l + 2 + LONGER_REACH))
        .take_while(|&k| !JOINS.contains(&toks[k].norm.as_str()))
        .find(|&k| ends_clause(toks, k))?;
    (end > l + 1 && verb(&toks[end])).then_some(end)
}

/// A German or Dutch refusal at token `i` ("weigerte sich, … anzuerkennen", "weigern sich,
/// … zu zahlen", nl "weigerde losgeld te betalen"): the verb of its infinitive with "zu"
/// or "te", within the eight tokens after, in one clause; `None` for other words.
pub(super) fn refusal(toks: &[Token], i: usize) -> Option<usize> {
    let t = &toks[i];
    if !(t.norm.starts_with("weiger") || t.norm.starts_with("geweiger")) {
        return None;
    }
    let end = toks.len().min(i + 9);
    for k in i + 1..end {
        let w = &toks[k];
        if JOINS.contains(&w.norm.as_str()) {
            return None;
        }
        // "zu zahlen"; "anzuerkennen" (a particle, "zu", the verb); Dutch "weigerde
        // losgeld te betalen" (trial 44 y131).
        if matches!(w.norm.as_str(), "zu" | "te") && toks.get(k + 1).is_some_and(verb) {
            return Some(k + 1);
        }
        let joined = PARTICLES.iter().any(|p| {
            w.norm
                .strip_prefix(p)
                .and_then(|rest| rest.strip_prefix("zu"))
                .is_some_and(|v| v.chars().count() >= 4)
        });
        if joined && verb(w) {
            return Some(k);
        }
    }
    None
}

/// The verb a German negation at `i` denies when a separable verb's particle follows it
/// at the clause's end ("erkannte das Ergebnis nicht *an*": "erkannte"): the token before
/// the negation whose stem the particle's tells (`text::particle_stem`);
/// `None` for none.
pub(super) fn separable_verb(toks: &[Token], i: usize) -> Option<usize> {
    let particle = toks.get(i + 1)?;
    if !is_particle(&particle.norm) || !ends_clause(toks, i + 1) {
        return None;
    }
    (0..i)
        .rev()
        .find(|&v| particle_stem(toks[v].stem) == particle.stem && verb(&toks[v]))
}

/// Whether the negated word at `j` rules something out ("nicht ausgeschlossen",
/// "schloss … nicht aus", "auszuschließen": one stem with "exclude",
/// `lexicon::german::SEPARABLE`).
pub(super) fn ruled_out(toks: &[Token], j: usize) -> bool {
    toks[j].stem == hash_str("exclud")
}

#[cfg(test)]
mod tests {
    use crate::matcher::flags::flagged_texts;
    use crate::matcher::outcome::outcome_conflict;

    fn conflict(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(outcome_conflict, a, b)
    }

    fn flagged_each_way(a: &str, b: &str, ta: &str, tb: &str) {
        assert_eq!(conflict(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
        assert_eq!(conflict(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
    }

    fn unflagged(a: &str, b: &str) {
        assert_eq!(conflict(a, b), None, "{a} / {b}");
        assert_eq!(conflict(b, a), None, "{b} / {a}");
    }

    #[test]
    fn a_german_negation_denies_the_verb_at_the_clause_end() {
        flagged_each_way(
            "Veltra will keine weiteren Stellen streichen.",
            "Veltra schließt weitere Stellenstreichungen nicht aus.",
            "keine weiteren Stellen streichen",
            "Stellenstreichungen",
        );
        flagged_each_way(
            "Der Präsident weigerte sich, das Ergebnis anzuerkennen.",
            "Der Präsident erkannte das Ergebnis an.",
            "weigerte sich, das Ergebnis anzuerkennen",
            "erkannte",
        );
    }

    #[test]
    fn a_german_negation_before_a_particle_denies_the_separable_verb() {
        flagged_each_way(
            "Der Präsident erkannte das Ergebnis nicht an.",
            "Der Präsident erkannte das Ergebnis an.",
            "erkannte das Ergebnis nicht",
            "erkannte",
        );
        // Another verb with the same particle is another word.
        unflagged(
            "Der Präsident erkannte das Ergebnis nicht an.",
            "Der Präsident kündigte das Ergebnis an.",
        );
    }

    #[test]
    fn ruling_out_and_two_denials_are_no_flag() {
        // "schloss … nicht aus" negates nothing: against a cut told plainly, no flag.
        unflagged(
            "Weitere Einschnitte schloss das Unternehmen nicht aus.",
            "Veltra will 4500 Stellen streichen.",
        );
        unflagged(
            "Weitere Einschnitte seien nicht ausgeschlossen, hieß es.",
            "Veltra will 4500 Stellen streichen.",
        );
        // Both deny the cut.
        unflagged(
            "Veltra will keine weiteren Stellen streichen.",
            "Weitere Stellen will Veltra nicht streichen.",
        );
        // A noun denied with no verb after it keeps the noun ("keine Verletzten"), and a
        // refusal of the same on both sides is none.
        unflagged(
            "Es gab keine Verletzten.",
            "Die Polizei sperrte die Straße.",
        );
        unflagged(
            "Der Präsident weigerte sich, das Ergebnis anzuerkennen.",
            "Der Kandidat weigerte sich am Montag, das Ergebnis anzuerkennen.",
        );
        // "weigerte sich" with no infinitive after it refuses nothing told.
        unflagged(
            "Der Präsident weigerte sich.",
            "Der Präsident erkannte das Ergebnis an.",
        );
    }

    #[test]
    fn a_plant_closed_against_sold_is_flagged_of_a_plant_only() {
        flagged_each_way(
            "Veltra will 4500 Stellen abbauen und sein Werk in Kassel schließen.",
            "Veltra will 4500 Arbeitsplätze streichen und das Werk in Kassel verkaufen.",
            "schließen",
            "verkaufen",
        );
        // Both close; "schließt … nicht aus" names no plant.
        unflagged(
            "Das Werk soll im März 2026 schließen.",
            "Das Werk soll im Juni 2026 geschlossen werden.",
        );
        unflagged(
            "Veltra schließt weitere Stellenstreichungen nicht aus.",
            "Veltra verkauft das Werk in Kassel.",
        );
    }
}
