//! Tests of opposite decisions and admissions of one subject (trial 31, F4,
//! `outcome/decisions.rs`, `outcome/states.rs`): charges denied or confessed, bail
//! granted or refused, a no-confidence vote survived or lost, a report denied or
//! confirmed, a forecast kept or changed; each flagged of one subject about one thing,
//! not of two.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn charges_denied_against_admitted_or_confessed_of_one_subject() {
    for (a, b, ta, tb) in [
        (
            "The former minister denied the charges in court.",
            "The former minister confessed to the charges in court.",
            "denied",
            "confessed",
        ),
        (
            "The former minister denied the charges in court.",
            "The former minister admitted the charges in court.",
            "denied",
            "admitted",
        ),
        (
            "The former minister pleaded guilty in court.",
            "The former minister pleaded not guilty in court.",
            "guilty",
            "not guilty",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // Two people: no clash.
    unflagged(
        "The former minister denied the charges in court.",
        "His aide confessed to the charges in court.",
    );
    unflagged(
        "L'ancien ministre a nié les faits.",
        "Son assistant a reconnu les faits.",
    );
}

#[test]
fn bail_granted_against_refused_of_one_subject_and_one_thing() {
    for (a, b, ta, tb) in [
        (
            "The judge granted bail to the former minister.",
            "The judge refused bail to the former minister.",
            "granted",
            "refused",
        ),
        (
            "The judge granted bail to the former minister.",
            "The judge denied bail to the former minister.",
            "granted",
            "denied",
        ),
        (
            "The former minister was granted bail on Monday.",
            "The former minister was refused bail on Monday.",
            "granted",
            "refused",
        ),
        (
            "The refugee was granted asylum.",
            "The refugee was denied asylum.",
            "granted",
            "denied",
        ),
        (
            "El juez concedió la fianza al exministro.",
            "El juez denegó la fianza al exministro.",
            "concedió",
            "denegó",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        // Two people.
        (
            "The former minister was granted bail on Monday.",
            "His aide was refused bail on Monday.",
        ),
        // Two things.
        (
            "The former minister was granted bail on Monday.",
            "The former minister was refused asylum on Monday.",
        ),
        // No thing granted: no decision read.
        (
            "The council granted the company a hearing.",
            "The council refused to comment on the company.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_no_confidence_vote_survived_against_lost_in_four_languages() {
    for (a, b, ta, tb) in [
        (
            "The government survived the no-confidence vote on Tuesday.",
            "The government lost the no-confidence vote on Tuesday.",
            "survived",
            "lost",
        ),
        (
            "The government survived the no-confidence vote on Tuesday.",
            "The government was toppled by a no-confidence vote on Tuesday.",
            "survived",
            "toppled",
        ),
        (
            "Die Regierung überstand das Misstrauensvotum am Dienstag.",
            "Die Regierung wurde am Dienstag durch ein Misstrauensvotum gestürzt.",
            "überstand",
            "gestürzt",
        ),
        (
            "El Gobierno superó la moción de censura el martes.",
            "El Gobierno perdió la moción de censura el martes.",
            "superó",
            "perdió",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        // Two subjects: one survived what the other lost.
        (
            "The government survived the no-confidence vote.",
            "The opposition lost the no-confidence vote.",
        ),
        // A survivor of a crash, a ruler toppled by no vote.
        (
            "Die Regierung überstand den Sturm.",
            "Die Regierung wurde gestürzt.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_report_denied_against_confirmed_in_five_languages() {
    for (a, b, ta, tb) in [
        (
            "The ministry denied the report on Tuesday.",
            "The ministry confirmed the report on Tuesday.",
            "denied",
            "confirmed",
        ),
        (
            "Le ministère a démenti l'information mardi.",
            "Le ministère a confirmé l'information mardi.",
            "démenti",
            "confirmé",
        ),
        (
            "Das Ministerium dementierte den Bericht am Dienstag.",
            "Das Ministerium bestätigte den Bericht am Dienstag.",
            "dementierte",
            "bestätigte",
        ),
        (
            "El ministerio desmintió la información el martes.",
            "El ministerio confirmó la información el martes.",
            "desmintió",
            "confirmó",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    unflagged(
        "Le ministère a démenti l'information mardi.",
        "La police a confirmé l'information mardi.",
    );
    // A denial turns the other outcome words round, as "denied" does.
    unflagged(
        "Le ministère a démenti que le pont était fermé.",
        "Le pont était ouvert.",
    );
}

#[test]
fn a_forecast_kept_against_changed_of_one_company() {
    for (a, b, ta, tb) in [
        (
            "The company confirmed its forecast for the year.",
            "The company cut its forecast for the year.",
            "confirmed",
            "cut",
        ),
        (
            "The company kept its forecast for the year.",
            "The company lowered its forecast for the year.",
            "kept",
            "lowered",
        ),
        (
            "The company raised its forecast for the year.",
            "The company cut its forecast for the year.",
            "raised",
            "cut",
        ),
        (
            "Der Konzern bestätigte seine Prognose für das Jahr.",
            "Der Konzern senkte seine Prognose für das Jahr.",
            "bestätigte",
            "senkte",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        // Two companies.
        (
            "Siemens confirmed its forecast for the year.",
            "Rival Bosch cut its forecast for the year.",
        ),
        // No forecast cut.
        (
            "The company confirmed its forecast for the year.",
            "The company confirmed it would cut its workforce this year.",
        ),
    ] {
        unflagged(a, b);
    }
}
