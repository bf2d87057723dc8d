//! Tests after trial 43 (B): opposite outcomes missed: a verdict told in the present
//! tense (es "le absuelve" / "le condenan", it, pt, fr, nl), a suspect held against fled,
//! jobs cost against created, a deal approved against blocked; and false flags: a line
//! closed until a day against reopened that day, an Italian "Non si segnalano" read as a
//! negated "si". The same outcome in other words, two subjects, and one report telling
//! both in turn are no flag.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn a_verdict_in_the_present_tense_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "El tribunal le absuelve del delito de blanqueo de capitales.",
            "Los jueces le condenan también por blanqueo de capitales.",
            "absuelve",
            "condenan",
        ),
        (
            "La Audiencia le condena por blanqueo de capitales.",
            "La Audiencia le absuelve de blanqueo de capitales.",
            "condena",
            "absuelve",
        ),
        (
            "Il tribunale lo assolve dall'accusa di corruzione.",
            "Il tribunale lo condanna per corruzione.",
            "assolve",
            "condanna",
        ),
        (
            "Os juízes absolvem o antigo autarca de corrupção.",
            "Os juízes condenam o antigo autarca por corrupção.",
            "absolvem",
            "condenam",
        ),
        (
            "Le tribunal condamne l'ancien maire pour corruption.",
            "Le tribunal relaxe l'ancien maire pour corruption.",
            "condamne",
            "relaxe",
        ),
        (
            "De rechtbank veroordeelt de oud-burgemeester voor corruptie.",
            "De rechtbank sprak de oud-burgemeester vrij.",
            "veroordeelt",
            "sprak de oud-burgemeester vrij",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_verdict_in_other_words_or_told_in_turn_or_a_noun_is_no_flag() {
    // The same verdict, two tenses.
    unflagged(
        "Los jueces le condenan por blanqueo de capitales.",
        "Roca fue condenado por blanqueo de capitales.",
    );
    // One report tells both: acquitted of one charge, convicted of another.
    unflagged(
        "El tribunal le absuelve de cohecho pero le condena por blanqueo.",
        "El tribunal le condena por blanqueo.",
    );
    // "la condena", "la condanna": the sentence, a noun.
    unflagged(
        "La defensa recurrirá la condena por blanqueo.",
        "La defensa pide que el tribunal le absuelva por blanqueo.",
    );
}

#[test]
fn a_suspect_held_against_fled_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "O comandante do barco foi detido.",
            "O comandante do barco fugiu e está a ser procurado pela polícia.",
            "detido",
            "fugiu",
        ),
        (
            "El conductor del camión fue detenido.",
            "El conductor del camión huyó.",
            "detenido",
            "huyó",
        ),
        (
            "Der Fahrer des Lastwagens wurde festgenommen.",
            "Der Fahrer des Lastwagens ist flüchtig.",
            "festgenommen",
            "flüchtig",
        ),
        (
            "The driver of the lorry was arrested.",
            "The driver of the lorry fled.",
            "arrested",
            "fled",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn held_and_fled_told_in_turn_or_of_two_subjects_is_no_flag() {
    // One report tells both, in turn.
    unflagged(
        "The driver fled the scene but was arrested an hour later.",
        "The driver was arrested.",
    );
    // Two subjects: the police held one man, residents fled.
    unflagged(
        "Police arrested a man near the river.",
        "Hundreds of residents fled near the river.",
    );
    // The same outcome in other words.
    unflagged(
        "O comandante do barco foi detido.",
        "O comandante do barco foi preso pela polícia.",
    );
}

#[test]
fn jobs_cost_against_created_and_a_deal_approved_against_blocked_are_flagged() {
    flagged_each_way(
        "The merger will cost 2,000 jobs.",
        "The merger will create 2,000 jobs.",
        "cost",
        "create",
    );
    flagged_each_way(
        "The deal was approved by the European Commission.",
        "The deal was blocked by the European Commission.",
        "approved",
        "blocked",
    );
    // The same loss in other words; a cost that is no job.
    unflagged(
        "The merger will cost 2,000 jobs.",
        "The merger will cut 2,000 jobs.",
    );
    unflagged(
        "The merger will cost 2 billion euros.",
        "The merger will create 2,000 jobs next year.",
    );
}

#[test]
fn closed_until_a_day_against_reopened_that_day_is_no_flag() {
    unflagged(
        "Die Strecke bleibt bis Freitag gesperrt.",
        "Erst am Freitag soll die Strecke wieder freigegeben werden.",
    );
    unflagged(
        "The line remains closed until Friday.",
        "The line will be reopened on Friday.",
    );
    // Closed with no end, or until further notice: still a closure.
    flagged_each_way(
        "Die Strecke bleibt bis auf Weiteres gesperrt.",
        "Die Strecke wurde wieder freigegeben.",
        "gesperrt",
        "freigegeben",
    );
}

#[test]
fn an_italian_clitic_after_a_negation_is_no_negated_word() {
    unflagged(
        "Non si segnalano danni a persone né a edifici.",
        "«Abbiamo visto la colata da vicino», si legge nel messaggio.",
    );
    // The verb after the clitic is what is negated.
    assert!(super::tests_fates::conflict(
        "Non si segnalano feriti tra i turisti.",
        "Si segnalano feriti tra i turisti.",
    )
    .is_some());
}

#[test]
fn an_attack_claimed_by_two_groups_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "L'attaque a été revendiquée par le groupe LockBit.",
            "L'attaque a été revendiquée par le groupe BlackCat.",
            "LockBit",
            "BlackCat",
        ),
        (
            "The attack was claimed by the LockBit group.",
            "The attack was claimed by the BlackCat group.",
            "LockBit",
            "BlackCat",
        ),
        (
            "L'attaque a été revendiquée par LockBit.",
            "Mardi, BlackCat a revendiqué l'attaque.",
            "LockBit",
            "BlackCat",
        ),
        (
            "El ataque fue reivindicado por el grupo LockBit.",
            "El ataque fue reivindicado por el grupo BlackCat.",
            "LockBit",
            "BlackCat",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn one_claimant_in_other_words_or_a_claim_of_no_attack_is_no_flag() {
    unflagged(
        "L'attaque a été revendiquée par le groupe LockBit.",
        "LockBit a revendiqué l'attaque mardi.",
    );
    unflagged(
        "The attack was claimed by the LockBit group.",
        "The attack was claimed by LockBit, a ransomware gang.",
    );
    // Claims that are no claim of an attack: what two people said.
    unflagged(
        "Smith claimed that the vote was rigged.",
        "Jones claimed that the vote was rigged.",
    );
}
