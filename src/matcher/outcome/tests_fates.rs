//! Tests of the fate flags (`outcome/fates.rs`): opposite fates of one subject told as
//! phrases, in five languages (trial 25, M7').

use super::*;

pub(super) fn conflict(a: &str, b: &str) -> Option<(String, String)> {
    crate::matcher::flags::flagged_texts(outcome_conflict, a, b)
}

/// Asserts that `a` / `b` get the outcome flag `ta` / `tb`, read either way round (shared
/// by the outcome tests).
pub(super) fn flagged_each_way(a: &str, b: &str, ta: &str, tb: &str) {
    assert_eq!(conflict(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
    assert_eq!(conflict(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
}

/// Asserts that `a` / `b` get no outcome flag, read either way round.
pub(super) fn unflagged(a: &str, b: &str) {
    assert_eq!(conflict(a, b), None, "{a} / {b}");
    assert_eq!(conflict(b, a), None, "{b} / {a}");
}

#[test]
fn alive_or_safe_against_dead_is_flagged_in_five_languages() {
    for (a, b, ta, tb) in [
        (
            "The hostages were released on Tuesday.",
            "The hostages were killed on Tuesday.",
            "were released",
            "killed",
        ),
        (
            "The missing boy was found safe and well.",
            "The missing boy was found dead.",
            "found safe",
            "dead",
        ),
        (
            "The hospital said 14 patients were moved to safety.",
            "The hospital said 14 patients lost their lives.",
            "to safety",
            "lost their lives",
        ),
        (
            "Les 14 patients ont été évacués, selon l'hôpital.",
            "Les 14 patients sont morts, selon l'hôpital.",
            "évacués",
            "morts",
        ),
        (
            "Die Bergsteiger wurden lebend gefunden.",
            "Die Bergsteiger wurden tot aufgefunden.",
            "lebend",
            "tot",
        ),
        (
            "Los mineros fueron rescatados con vida.",
            "Los mineros perdieron la vida.",
            "rescatados",
            "perdieron la vida",
        ),
        (
            "Gli escursionisti sono stati trovati vivi.",
            "Gli escursionisti sono stati trovati morti.",
            "trovati vivi",
            "morti",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_craft_safe_against_lost_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The ferry reached port safely after the storm.",
            "The ferry sank after the storm.",
            "reached port",
            "sank",
        ),
        (
            "The ship was towed to safety off the coast.",
            "The ship sank off the coast.",
            "to safety",
            "sank",
        ),
        (
            "The plane landed safely in Madrid.",
            "The plane crash-landed in Madrid.",
            "safely",
            "crash-landed",
        ),
        (
            "L'avion a atterri sans encombre à Nice.",
            "L'avion s'est écrasé à Nice.",
            "sans encombre",
            "écrasé",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_fire_under_control_against_still_burning_is_flagged() {
    flagged_each_way(
        "The fire was brought under control by midnight.",
        "The fire was still burning at midnight.",
        "under control",
        "still burning",
    );
    flagged_each_way(
        "Das Feuer war am Abend gelöscht.",
        "Das Feuer brannte am Abend noch.",
        "gelöscht",
        "brannte am Abend noch",
    );
}

#[test]
fn an_event_held_against_called_off_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The concert was cancelled after the threat.",
            "The concert took place as planned after the threat.",
            "cancelled",
            "took place",
        ),
        (
            "La huelga fue desconvocada el lunes.",
            "La huelga se celebró el lunes.",
            "desconvocada",
            "se celebró",
        ),
        (
            "Die Demonstration wurde abgesagt.",
            "Die Demonstration fand trotzdem statt.",
            "abgesagt",
            "fand trotzdem statt",
        ),
        (
            "La manifestation a été annulée.",
            "La manifestation a eu lieu comme prévu.",
            "annulée",
            "eu lieu",
        ),
        (
            "Il concerto è stato annullato.",
            "Il concerto si è svolto regolarmente.",
            "annullato",
            "è svolto",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn fates_of_other_subjects_or_other_counts_are_no_conflict() {
    for (a, b) in [
        // The ship sank, its passengers were saved: both true.
        (
            "All passengers were brought to safety.",
            "The ferry sank after the storm.",
        ),
        // Residents saved, three residents dead: both may be true.
        (
            "Residents were brought to safety by firefighters.",
            "Three residents died in the fire.",
        ),
        (
            "Twelve hostages were released on Tuesday.",
            "Two hostages were killed on Tuesday.",
        ),
        // Other words for one fate.
        (
            "The plane landed safely after the scare.",
            "The plane touched down safely after the scare.",
        ),
        (
            "The strike was called off on Monday.",
            "The strike was cancelled on Monday.",
        ),
        // Both fates on one side.
        (
            "The ferry sank after the storm; all passengers were brought to safety.",
            "All passengers were rescued after the ferry sank in the storm.",
        ),
        (
            "The fire was brought under control by midnight.",
            "Firefighters had the fire under control by midnight.",
        ),
        // Told as possible.
        (
            "The climbers could have died on the ridge.",
            "The climbers were found safe on the ridge.",
        ),
        // A negation is the negation rule's: "none died" agrees with "evacuated".
        (
            "Patients were evacuated before the fire spread; none died.",
            "None of the patients died; all were evacuated before the fire spread.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_bill_passed_by_parliament_against_rejected_is_flagged() {
    flagged_each_way(
        "The bill was passed by parliament on Tuesday.",
        "The bill was rejected by parliament on Tuesday.",
        "passed",
        "rejected",
    );
    // Walking past: no vote.
    unflagged(
        "A man passed by the house on Tuesday.",
        "The bill was rejected by parliament on Tuesday.",
    );
}

#[test]
fn found_alive_with_words_between_and_found_without_life_are_flagged() {
    // Trial 26 (F7): "found the girl alive" / "dead", and "found without life", the usual
    // news wording for found dead, at 94-100 % with no flag before.
    for (a, b, ta, tb) in [
        (
            "Rescuers found the girl alive under the rubble.",
            "Rescuers found the girl dead under the rubble.",
            "found the girl alive",
            "dead",
        ),
        (
            "L'alpiniste disparu a été retrouvé vivant.",
            "L'alpiniste disparu a été retrouvé mort.",
            "vivant",
            "mort",
        ),
        (
            "El montañista fue hallado con vida.",
            "El montañista fue hallado sin vida.",
            "con vida",
            "sin vida",
        ),
        (
            "L'alpiniste a été retrouvé en vie.",
            "L'alpiniste a été retrouvé sans vie.",
            "en vie",
            "sans vie",
        ),
        (
            "Lo scalatore è stato trovato in vita.",
            "Lo scalatore è stato trovato senza vita.",
            "in vita",
            "senza vita",
        ),
        (
            "Der Bergsteiger wurde lebend gefunden.",
            "Der Bergsteiger wurde leblos gefunden.",
            "lebend",
            "leblos",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // The same fate told twice, or one side telling none, is no conflict.
    unflagged(
        "Rescuers found the girl alive under the rubble.",
        "Rescuers found the girl under the rubble on Monday.",
    );
    unflagged(
        "The two men were found alive.",
        "The two men were found alive on Monday after a long search.",
    );
}

#[test]
fn votes_matches_evacuations_arrests_and_hostages_told_the_other_way_are_flagged() {
    // Trial 26, F9: opposite outcomes of one subject beyond "passed" / "rejected".
    for (a, b, ta, tb) in [
        (
            "The motion was approved by the senate.",
            "The motion was defeated in the senate.",
            "approved",
            "defeated",
        ),
        (
            "The bill was approved by parliament.",
            "The bill was voted down by parliament.",
            "approved",
            "voted down",
        ),
        (
            "Le projet de loi a été adopté par l'Assemblée.",
            "Le projet de loi a été rejeté par l'Assemblée.",
            "adopté",
            "rejeté",
        ),
        (
            "Das Gesetz wurde vom Bundestag verabschiedet.",
            "Das Gesetz wurde vom Bundestag abgelehnt.",
            "verabschiedet",
            "abgelehnt",
        ),
        (
            "Il disegno di legge è stato approvato dal Senato.",
            "Il disegno di legge è stato respinto dal Senato.",
            "approvato",
            "respinto",
        ),
        (
            "El proyecto de ley fue aprobado por el Congreso.",
            "El proyecto de ley fue rechazado por el Congreso.",
            "aprobado",
            "rechazado",
        ),
        (
            "The match was postponed because of the storm.",
            "The match was played despite the storm.",
            "postponed",
            "was played",
        ),
        (
            "El partido se aplazó por la tormenta.",
            "El partido se disputó pese a la tormenta.",
            "aplazó",
            "se disputó",
        ),
        (
            "La partita è stata rinviata per il maltempo.",
            "La partita si è giocata nonostante il maltempo.",
            "rinviata",
            "è giocata",
        ),
        (
            "All residents were evacuated before the building collapsed.",
            "The residents were trapped when the building collapsed.",
            "evacuated",
            "trapped",
        ),
        (
            "The suspect was arrested on Monday.",
            "The suspect escaped on Monday.",
            "was arrested",
            "escaped",
        ),
        (
            "The hostages were freed on Friday.",
            "The hostages were executed on Friday.",
            "were freed",
            "were executed",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn one_subject_told_both_ways_or_two_subjects_are_no_conflict() {
    for (a, b) in [
        // Both fates in one sentence.
        (
            "The suspect escaped but was arrested two days later.",
            "The suspect was arrested on Wednesday.",
        ),
        // Two subjects.
        (
            "The motion was approved by the senate.",
            "An amendment was defeated in the senate.",
        ),
        (
            "Residents were evacuated from the tower.",
            "Two workers were trapped in the lift.",
        ),
        // One outcome told two ways.
        (
            "The bill was approved by parliament.",
            "The bill was passed by parliament.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn alive_or_dead_after_any_verb_of_rescue_is_flagged() {
    // Trial 27 (F7): the state after a rescue or recovery verb, 97-100 % unflagged before.
    for (a, b, ta, tb) in [
        (
            "Los mineros fueron rescatados con vida.",
            "Los mineros fueron rescatados sin vida.",
            "rescatados",
            "sin vida",
        ),
        (
            "The miners were brought to the surface alive.",
            "The miners were brought to the surface dead.",
            "alive",
            "dead",
        ),
        (
            "I minatori sono stati riportati in superficie vivi.",
            "I minatori sono stati riportati in superficie morti.",
            "vivi",
            "morti",
        ),
        (
            "Rescuers reached the trapped workers, who were all alive.",
            "Rescuers reached the trapped workers, who were all dead.",
            "alive",
            "dead",
        ),
        (
            "El minero fue rescatado vivo.",
            "El minero fue rescatado muerto.",
            "rescatado",
            "muerto",
        ),
        (
            "Le randonneur a été secouru vivant.",
            "Le randonneur a été secouru mort.",
            "secouru",
            "mort",
        ),
        (
            "L'operaio è stato estratto vivo.",
            "L'operaio è stato estratto morto.",
            "vivo",
            "morto",
        ),
        (
            "The climber was recovered alive.",
            "The climber was recovered dead.",
            "alive",
            "dead",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // "burned alive" and "kept alive" tell no life; a live broadcast no fate.
    unflagged(
        "Two villagers were burned alive in their homes.",
        "Two villagers died in their homes.",
    );
    unflagged(
        "Doctors kept the patient alive overnight.",
        "The patient was seen by doctors overnight.",
    );
    unflagged(
        "El partido fue transmitido en vivo.",
        "El partido fue cancelado por la lluvia.",
    );
}

/// Trial 35 F9, F15: talks that made progress against failed, an order lifted against
/// still in force, someone missing against found; and what must stay unflagged: "little
/// progress", two orders, a subject that is not the one missing, both sides alike.
#[test]
fn progress_or_failure_lifted_or_in_force_missing_or_found_are_flagged() {
    for (a, b, ta, tb) in [
        (
            "The union said the talks had failed.",
            "The union said the talks had made progress.",
            "failed",
            "made progress",
        ),
        (
            "Die Gespräche sind gescheitert, sagte Betriebsratschef Thomas Keller.",
            "Die Gespräche kommen voran, sagte Betriebsratschef Thomas Keller.",
            "gescheitert",
            "voran",
        ),
        (
            "The evacuation order for Châteaulin was lifted on Monday.",
            "The evacuation order for Châteaulin remains in force.",
            "lifted",
            "in force",
        ),
        (
            "A fisherman was reported missing off the island of Sein.",
            "A fisherman missing off the island of Sein was found alive on Monday.",
            "reported missing",
            "found",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        (
            "The union said the talks had made little progress.",
            "The union said the talks had failed.",
        ),
        (
            "The curfew was lifted on Monday.",
            "The evacuation order remains in force.",
        ),
        (
            "Police found the car on Monday.",
            "The driver is still missing.",
        ),
        (
            "The evacuation order remains in force, the prefect said.",
            "The evacuation order is still in force.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// Trial 35 F6, F15: German "stieg" against "fiel" or "verlor" of a figure is flagged,
/// as English "rose" / "fell" is; "verlor" of no figure ("verlor die Wahl") is no fall.
#[test]
fn german_rose_against_fell_of_a_figure_is_flagged() {
    flagged_each_way(
        "Die Aktie stieg um 3,2 Prozent.",
        "Die Aktie fiel um 3,2 Prozent.",
        "stieg",
        "fiel",
    );
    flagged_each_way(
        "Die Aktie stieg in Frankfurt um 3,2 Prozent.",
        "Die Aktie verlor in Frankfurt 3,2 Prozent.",
        "stieg",
        "verlor",
    );
    unflagged(
        "Die Zahl der Mitglieder stieg im vergangenen Jahr.",
        "Die Partei verlor die Wahl im vergangenen Jahr.",
    );
}
