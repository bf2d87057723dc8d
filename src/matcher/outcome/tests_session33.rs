//! Tests of the outcome flags after trial 35 and session 32's flag counts: a question
//! left open against a decision that the open side also tells plainly ("Neither said
//! whether they would appeal …, but others said an appeal was certain"), a gerund told as
//! the subject of a hypothetical ("turning over the documents would violate …") against a
//! refusal.

use super::tests_fates::unflagged;
use super::*;
use crate::matcher::flags::flagged_texts;

fn hedge(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(hedge_conflict, a, b)
}

fn pair(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_string(), b.to_string()))
}

#[test]
fn an_open_question_the_open_side_also_decides_is_no_flag() {
    // flag_counts, paraphrase-train (label 1): the open side tells the appeal plainly
    // after "but"; the other tells it hedged ("was likely soon").
    let (a, b) = (
        "Neither immediately said his agency would appeal the decision, but many others following the case said an appeal was likely soon.",
        "Neither said whether they would appeal the decision but others said an appeal was certain.",
    );
    assert_eq!(hedge(a, b), None);
    assert_eq!(hedge(b, a), None);
    // A word hedged after it ("an appeal was likely") decides no open question.
    assert_eq!(
        hedge(
            "Prosecutors said an appeal was likely.",
            "Prosecutors have not said whether they will appeal."
        ),
        None
    );
    // Near cases that still flag: the open side says nothing more, the other tells the
    // decision plainly.
    assert_eq!(
        hedge(
            "Neither said whether they would appeal the decision.",
            "Both agencies said they would appeal the decision."
        ),
        pair("whether they would appeal", "appeal")
    );
    assert_eq!(
        hedge(
            "Prosecutors said an appeal was certain.",
            "Prosecutors have not decided whether to appeal."
        ),
        pair("appeal", "not decided whether to appeal")
    );
    // The plain hedge still flags against the deed done.
    assert_eq!(
        hedge(
            "The suspect is expected to be charged on Monday.",
            "The suspect was charged on Monday."
        ),
        pair("expected to be charged", "charged")
    );
}

#[test]
fn a_gerund_subject_of_a_hypothetical_is_no_deed_against_a_refusal() {
    // flag_counts, paraphrase-train (label 1): session 32's wrong `turning ≠ refused to
    // turn`.
    unflagged(
        "Lay had contended that turning over the documents would violate his Fifth Amendment right against self-incrimination.",
        "Lay had refused to turn over the papers, asserting his Fifth Amendment right against self-incrimination.",
    );
    unflagged(
        "Officials said releasing the names could endanger the victims' families.",
        "Officials declined to release the names of the victims.",
    );
    // A deed done in "-ing" still contradicts the refusal: a progressive, a gerund after
    // "after", a gerund with no modal after it.
    for (a, b) in [
        (
            "Lay was turning over the documents to investigators.",
            "Lay had refused to turn over the documents.",
        ),
        (
            "After turning over the documents he would testify.",
            "He had refused to turn over the documents.",
        ),
        (
            "The company began releasing the names on Monday.",
            "The company declined to release the names.",
        ),
    ] {
        assert!(
            flagged_texts(outcome_conflict, a, b).is_some(),
            "{a} / {b}: no flag"
        );
    }
}

#[test]
fn two_fates_of_one_site_are_flagged_in_four_languages() {
    use super::tests_fates::flagged_each_way;
    for (a, b, ta, tb) in [
        // Trial 35 F5.2 (reuters-veltra / bloomberg-veltra leads).
        (
            "German auto supplier Veltra will cut 4,500 jobs in Germany by the end of 2027 and close its plant in Kassel, the company said on Tuesday, as demand for combustion-engine parts slumps.",
            "Veltra, the German maker of car parts, plans to eliminate 4,500 positions in its home market by the end of 2028 and sell its factory in Kassel, according to a statement released Tuesday.",
            "close",
            "sell",
        ),
        (
            "The factory is due to shut down in June.",
            "The plant will be sold in June.",
            "shut down",
            "sold",
        ),
        (
            "The company said it would keep the Kassel plant.",
            "The company said it would sell the Kassel plant.",
            "keep",
            "sell",
        ),
        (
            "Le groupe va fermer son usine de Kassel.",
            "Le groupe va vendre son usine de Kassel.",
            "fermer",
            "vendre",
        ),
        (
            "La empresa cerrará la planta de Kassel.",
            "La empresa venderá la fábrica de Kassel.",
            "cerrará",
            "venderá",
        ),
        (
            "L'azienda chiuderà lo stabilimento di Kassel.",
            "L'azienda vuole vendere la fabbrica di Kassel.",
            "chiuderà",
            "vendere",
        ),
        (
            "The group plans to spin off its steel division.",
            "The group plans to sell its steel division.",
            "spin off",
            "sell",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn one_fate_told_two_ways_or_two_sites_are_no_site_flag() {
    for (a, b) in [
        // The same fate in other words.
        (
            "The plant will close in March 2026, affecting 600 workers.",
            "The factory is due to shut in June 2026, with the loss of 600 jobs.",
        ),
        (
            "Veltra will sell its plant in Kassel.",
            "The Kassel factory will be sold.",
        ),
        // Two sites, each named by its place: the place flag's.
        (
            "Veltra will close its plant in Kassel.",
            "Veltra will sell its plant in Regensburg.",
        ),
        // One side gives two fates to two sites.
        (
            "Veltra will close its plant in Kassel and sell the factory in Regensburg.",
            "Veltra will close its plant in Kassel.",
        ),
        // Told only as possible, or promised (trial 35 reuters-veltra headline / Keller's
        // quotation).
        (
            "Veltra could sell its plant in Kassel.",
            "Veltra will close its plant in Kassel.",
        ),
        (
            "Veltra to cut 4,500 German jobs, close Kassel plant",
            "\"Management has broken its promise to keep every plant open until 2030,\" Thomas Keller, head of the works council, said.",
        ),
        // "close to" a plant, a sale of what a plant makes: no fate of the plant.
        (
            "The village lies close to the plant.",
            "The company will sell the plant.",
        ),
        // No site: "cut" jobs and "sell" shares are no fate of a site.
        (
            "Veltra will close the deal on Friday.",
            "Veltra will sell shares on Friday.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// The German nouns of a plant are the lexicon's (`lexicon::german::SAME`, session 36):
/// a compound of a factory is a site too, a firework is none.
#[test]
fn german_plants_are_the_lexicons_plants() {
    use super::tests_fates::flagged_each_way;
    flagged_each_way(
        "Der Konzern will seine Autofabrik in Kassel schließen.",
        "Der Konzern will seine Autofabrik in Kassel verkaufen.",
        "schließen",
        "verkaufen",
    );
    unflagged(
        "Die Firma will das Feuerwerk in Kassel schließen.",
        "Die Firma will das Feuerwerk in Kassel verkaufen.",
    );
}

#[test]
fn cuts_not_ruled_out_against_none_planned_show_what_tells_them_possible() {
    // Trial 35 F5.1: the flag shows "not rule out further cuts", not the bare "cuts"
    // (both ways: `tests_negation::not_ruling_out_is_no_negation_of_what_follows`), and
    // "not exclude" alike.
    assert_eq!(
        flagged_texts(
            outcome_conflict,
            "The company did not exclude further cuts.",
            "The company said no further cuts were planned."
        ),
        pair("not exclude further cuts", "no further cuts")
    );
    // A past cut against none further: no flag (session 32).
    unflagged(
        "In 2021, Veltra cut 2,000 jobs at its plants in France and Spain.",
        "Veltra said no further cuts were planned.",
    );
}

#[test]
fn a_plain_hedge_is_read_whatever_else_the_hedged_side_tells() {
    // flag_counts, paraphrase-train (label 1): "Starting on Saturday" is no flooding
    // started; the flooding is told expected against "will start".
    assert!(hedge(
        "Starting on Saturday, every computer infected with MSBlast is expected to start flooding Microsoft's Windows Update service with legitimate-looking connection requests.",
        "Starting on Aug. 16, every computer infected with MBlast will start flooding Microsoft's Windows Update service with legitimate-looking connection requests.",
    )
    .is_some());
}
