//! Tests after trial 44 (section C, m11 y103, v103a, v103b, v120a, y120, y122, y123,
//! y124): someone still at large against caught again, and someone who resigned against
//! one who ruled resigning out or stays in office, in several languages. Not flagged: the
//! same outcome in other words ("has not been caught" / "remains at large"), two
//! subjects, and one sentence telling both in turn ("escaped on Monday and was
//! recaptured on Wednesday").

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn still_at_large_against_recaptured_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Hood remains at large.",
            "Hood was recaptured on Wednesday.",
            "at large",
            "recaptured",
        ),
        (
            "Both men remain at large.",
            "Both men were recaptured.",
            "at large",
            "recaptured",
        ),
        (
            "Both inmates are still on the run.",
            "Both inmates were recaptured on Thursday.",
            "on the run",
            "recaptured",
        ),
        (
            "Les deux détenus sont toujours en fuite.",
            "Les deux détenus ont été repris jeudi.",
            "en fuite",
            "été repris",
        ),
        (
            "Die beiden Häftlinge sind weiter auf der Flucht.",
            "Die beiden Häftlinge wurden am Donnerstag gefasst.",
            "auf der Flucht",
            "gefasst",
        ),
        (
            "Los dos reos siguen prófugos.",
            "Los dos reos fueron recapturados el jueves.",
            "prófugos",
            "recapturados",
        ),
        (
            "I due detenuti sono ancora in fuga.",
            "I due detenuti sono stati ricatturati giovedì.",
            "in fuga",
            "ricatturati",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn at_large_told_otherwise_or_both_in_turn_is_no_flag() {
    for (a, b) in [
        // The same outcome in other words: a negation, no contradiction.
        ("Hood remains at large.", "Hood has not been caught."),
        ("Hood remains at large.", "Hood is still on the run."),
        (
            "Les deux détenus ont été repris.",
            "Les deux détenus ont été rattrapés.",
        ),
        // One sentence telling both in turn.
        (
            "Hood escaped on Monday and was recaptured on Wednesday.",
            "Hood was recaptured on Wednesday.",
        ),
        // Two subjects.
        ("Hood remains at large.", "His accomplice was recaptured."),
        // Resumed, not caught again.
        (
            "Le travail a repris jeudi.",
            "Les deux détenus sont toujours en fuite.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn resigned_against_ruled_out_or_staying_on_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Il ministro ha rassegnato le dimissioni.",
            "Il ministro ha escluso le dimissioni.",
            "rassegnato le dimissioni",
            "escluso le dimissioni",
        ),
        (
            "Der Minister ist zurückgetreten.",
            "Der Minister lehnt einen Rücktritt ab.",
            "zurückgetreten",
            "lehnt einen Rücktritt ab",
        ),
        (
            "De minister is afgetreden.",
            "De minister blijft aan.",
            "afgetreden",
            "blijft aan",
        ),
        (
            "The minister resigned on Friday.",
            "The minister ruled out resigning on Friday.",
            "resigned",
            "ruled out resigning",
        ),
        (
            "Le ministre a démissionné.",
            "Le ministre a exclu toute démission.",
            "démissionné",
            "exclu toute démission",
        ),
        (
            "El ministro dimitió el viernes.",
            "El ministro descartó dimitir el viernes.",
            "dimitió",
            "descartó dimitir",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn resigned_told_otherwise_or_of_two_people_is_no_flag() {
    for (a, b) in [
        // The same outcome in other words.
        (
            "Il ministro ha rassegnato le dimissioni.",
            "Il ministro si è dimesso.",
        ),
        (
            "Le ministre a présenté sa démission mercredi soir.",
            "Le ministre a démissionné mercredi soir.",
        ),
        (
            "Der Minister lehnt einen Rücktritt ab.",
            "Der Minister bleibt im Amt.",
        ),
        ("The minister has not resigned.", "The minister stays on."),
        // One sentence telling both in turn.
        (
            "The minister ruled out resigning on Monday but resigned on Friday.",
            "The minister resigned on Friday.",
        ),
        // Two people.
        ("De minister is afgetreden.", "De premier blijft aan."),
    ] {
        unflagged(a, b);
    }
}
