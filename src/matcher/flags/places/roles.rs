//! What a place is the place of ([`Role`]), read back through its clause by one reader
//! ([`role_at`]): where the event happened; where people were treated or taken ("taken to
//! a hospital in Coimbra", "treated in Lisbon", "hospitalized, most of them in the city of
//! Leiria": the town of a hospital is not the town of a leak, trial 46 "Coimbra ≠
//! Pombal"); or where something was found ("a dark van, which was found burnt out a few
//! hours later near Piacenza", "un furgone ritrovato bruciato vicino a Piacenza": where a
//! thing turned up, not where the event happened, trial 47 item 5). Two places of
//! different roles are never in conflict (`places.rs`); a place of a finding is no place
//! of the article's story (`known.rs`).

use super::hospitals::HOSPITALS;
use super::Role;
use crate::matcher::features::Prepared;
use crate::matcher::flags::language_of;
use crate::matcher::lexicon::clauses::{opens_clause, FINITE_AUXILIARIES, TAKEN_UP};
use crate::matcher::lexicon::fate_phrases::{HOSPITAL_PLURALS, TREATED, TREATMENT_BREAKS};
use crate::matcher::lexicon::finds::finding;
use crate::matcher::lexicon::second_predicates::second_predicate;
use crate::matcher::text::Kind;

/// How many tokens before a place's first token a word of finding may stand ("was found
/// burnt out a few hours later near Piacenza": 8).
const FOUND_REACH: usize = 9;

/// How many tokens before a place a hospital's noun or a word of treatment may stand
/// ("Fourteen people were hospitalized, three of them in serious condition, most of
/// them in the city of Leiria": 16), within the clause.
const TREATMENT_REACH: usize = 20;

/// Marks that end the clause of a finding: a word of finding before one tells of another
/// place ("After the car was found, thieves raided a museum in Cremona").
const FOUND_MARKS: &[char] = &[',', ';', ':', '(', ')', '.'];

/// Marks that end the clause of a treatment; commas do not ("hospitalized, three of them
/// in serious condition, most of them in the city of Leiria").
const TREATMENT_MARKS: &[char] = &[';', '.'];

/// The role of the place whose name starts at token `first` of `p`, given `told`, the
/// role its name tells by itself (`Role::Treatment` for a town named in a hospital's
/// name, "Hospital de Coimbra"; else `Role::Event`): [`Role::Found`] when a word of
/// finding stands in its clause ([`found_at`]), else [`Role::Treatment`] when its name
/// tells it or a word of treatment stands in its clause ([`treated_at`]), else
/// [`Role::Event`].
pub(super) fn role_at(p: &Prepared, first: usize, told: Role) -> Role {
    if found_at(p, first) {
        Role::Found
    } else if told == Role::Treatment || treated_at(p, first) {
        Role::Treatment
    } else {
        Role::Event
    }
}

/// Whether token `first` of `p` is told in the clause of a word before it: walking back at
/// most `reach` tokens, the clause ends at a gap between tokens holding one of `marks` or
/// at a token `ends` tells (asked first); the first token `hit` tells answers `true`.
fn back_in_clause(
    p: &Prepared,
    first: usize,
    reach: usize,
    marks: &[char],
    ends: impl Fn(usize) -> bool,
    hit: impl Fn(usize) -> bool,
) -> bool {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mark = |k: usize| {
        let gap = toks[k].end..toks.get(k + 1).map_or(toks[k].end, |t| t.start);
        chars
            .get(gap)
            .is_some_and(|gap| gap.iter().any(|c| marks.contains(c)))
    };
    let first = first.min(toks.len());
    for k in (first.saturating_sub(reach)..first).rev() {
        if mark(k) || ends(k) {
            return false;
        }
        if hit(k) {
            return true;
        }
    }
    false
}

/// The word after token `k` of `p`, lower case ("" for none).
fn next_of(p: &Prepared, k: usize) -> &str {
    p.tokens.get(k + 1).map_or("", |t| t.norm.as_str())
}

/// Whether the place whose name starts at token `first` of `p` is where something was
/// found: a word of finding (`lexicon::finds::finding`) within [`FOUND_REACH`] tokens
/// before it, in its clause (no mark of [`FOUND_MARKS`], no word that opens a clause
/// between: `lexicon::clauses::opens_clause`, Dutch "en" only in a Dutch sentence), or after it at its clause's end, where German and Dutch put the participle
/// ("Der Wagen wurde später in Brescia aufgefunden", "… in Brescia aufgefunden worden").
fn found_at(p: &Prepared, first: usize) -> bool {
    let toks = &p.tokens;
    let language = language_of(p);
    let opener = |k: usize| opens_clause(&toks[k].norm, language);
    let finds = |k: usize| finding(&toks[k].norm, next_of(p, k));
    if back_in_clause(p, first, FOUND_REACH, FOUND_MARKS, opener, finds) {
        return true;
    }
    let chars = crate::matcher::flags::chars_of(p);
    // Whether a clause mark stands between tokens `k` and `k + 1`.
    let mark = |k: usize| {
        chars
            .get(toks[k].end..toks[k + 1].start)
            .unwrap_or(&[])
            .iter()
            .any(|c| FOUND_MARKS.contains(c))
    };
    // The clause ends after token `k`: its last token, or a clause mark after it.
    let clause_end = |k: usize| k + 1 >= toks.len() || mark(k);
    let mut k = first;
    while k + 1 < toks.len() && k - first < FOUND_REACH && !mark(k) {
        k += 1;
        if opener(k) {
            return false;
        }
        let last = clause_end(k) || clause_end(k + 1);
        if last && finds(k) {
            return true;
        }
    }
    false
}

/// Whether the place whose name starts at token `j` of `p` is told as where people were
/// treated or taken: a hospital's noun ([`HOSPITALS`], [`HOSPITAL_PLURALS`]: "taken to a
/// hospital in Coimbra", "les hôpitaux de Béni Mellal") or a word of treatment
/// ([`TREATED`]: "treated in Lisbon") stands at most [`TREATMENT_REACH`] tokens before
/// it, in its clause. The clause ends at a semicolon or a full stop
/// ([`TREATMENT_MARKS`]), at a word that opens the event's cause or time
/// ([`TREATMENT_BREAKS`]: "taken to hospital after a leak in Pombal"), at a finite
/// auxiliary ([`FINITE_AUXILIARIES`]: a new verb, "hospitalized as roads were closed in
/// Pombal") but a "be" of place of the treated ([`be_of_the_treated`]: "hospitalized,
/// most of them were in Leiria"), and at a word that opens another clause
/// (`lexicon::clauses::opens_clause`: Dutch "en" only in a Dutch sentence, so not in
/// "hospitalisés en urgence à Lyon") with a new subject after it ("were hospitalized and
/// police closed roads in Pombal"); not at one before a second predicate of the same
/// subject ("were taken to hospital and were treated", `lexicon::second_predicates`).
fn treated_at(p: &Prepared, j: usize) -> bool {
    let toks = &p.tokens;
    let language = language_of(p);
    let ends = |k: usize| {
        let w = toks[k].norm.as_str();
        TREATMENT_BREAKS.contains(&w)
            || (FINITE_AUXILIARIES.contains(&w) && !be_of_the_treated(p, k, j))
            || (opens_clause(w, language) && !second_predicate(next_of(p, k)))
    };
    let treats = |k: usize| {
        let w = toks[k].norm.as_str();
        HOSPITALS.contains(&w) || HOSPITAL_PLURALS.contains(&w) || TREATED.contains(&w)
    };
    back_in_clause(p, j, TREATMENT_REACH, TREATMENT_MARKS, ends, treats)
}

/// Whether the finite auxiliary at token `k` of `p` is a "be" of place of people taken up
/// from a treatment before it, so no new verb: its subject right before it is a pronoun or
/// a word of a part (`lexicon::clauses::TAKEN_UP`: "most of them", "they", "la plupart
/// d'entre eux") or a figure ("three were in Coimbra"), and nothing but stop words
/// (a preposition, an article) stands between it and the place at token `j` ("were in
/// Leiria", "sont à Leiria"). "were injured in Leiria" (a verb between) and "the leak was
/// in Leiria" (a noun subject) tell a new verb.
fn be_of_the_treated(p: &Prepared, k: usize, j: usize) -> bool {
    let toks = &p.tokens;
    let subject = k
        .checked_sub(1)
        .map(|s| &toks[s])
        .is_some_and(|s| TAKEN_UP.contains(&s.norm.as_str()) || matches!(s.kind, Kind::Number(_)));
    let between = toks.get(k + 1..j).unwrap_or(&[]);
    subject && !between.is_empty() && between.iter().all(|t| t.stop)
}
