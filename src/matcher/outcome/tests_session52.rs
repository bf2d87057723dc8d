//! Tests of session 52's outcome faults across languages: a road closed against one
//! reopened told in another language ("The coastal road was closed" / "La strada costiera
//! è stata riaperta": `states.rs`); a relative before a word of "of" is another person in
//! seven languages ("El hermano de Julio Mamani murió": `relatives.rs`); an outcome asked
//! after a verb of investigating and "whether" in six more languages, the softer kind ("La
//! policía investiga si el conductor estaba ebrio": `hedge.rs`); each with the near cases
//! that must not change.

use super::tests_condition::{flagged, unflagged};

#[test]
fn a_road_closed_against_one_reopened_in_another_language_is_flagged() {
    let closed = "The coastal road was closed.";
    for (b, tb) in [
        // Session 52, the tester's pair.
        ("La strada costiera è stata riaperta.", "riaperta"),
        ("Die Küstenstraße wurde wieder freigegeben.", "freigegeben"),
        ("La route côtière a été rouverte.", "rouverte"),
        ("La carretera costera fue reabierta.", "reabierta"),
    ] {
        flagged(closed, b, "closed", tb, false);
    }
    flagged(
        "The coastal road was reopened.",
        "La strada costiera è stata chiusa.",
        "reopened",
        "chiusa",
        false,
    );
    // English against English, as before.
    flagged(
        closed,
        "The coastal road was reopened.",
        "closed",
        "reopened",
        false,
    );
}

#[test]
fn a_road_closed_on_both_sides_or_closed_for_a_time_is_no_flag() {
    for (a, b) in [
        (
            "The coastal road was closed.",
            "La strada costiera è stata chiusa.",
        ),
        (
            "The coastal road was closed.",
            "Die Küstenstraße wurde gesperrt.",
        ),
        (
            "The coastal road was reopened.",
            "La strada costiera è stata riaperta.",
        ),
        // A closure for a span is over: the road reopened.
        (
            "The coastal road was closed for three hours.",
            "La strada costiera è stata riaperta.",
        ),
        // A road closed against an investigation opened.
        (
            "Police closed the SS125.",
            "La procura ha aperto un'inchiesta per incendio doloso.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_relative_before_a_word_of_of_is_another_person() {
    for (a, b) in [
        // Session 52, the tester's pair.
        (
            "Julio Mamani fue rescatado con vida.",
            "El hermano de Julio Mamani murió en el derrumbe.",
        ),
        (
            "Julio Mamani was rescued alive.",
            "The brother of Julio Mamani died in the collapse.",
        ),
        (
            "Julio Mamani wurde lebend gerettet.",
            "Der Bruder von Julio Mamani starb beim Einsturz.",
        ),
        (
            "Julio Mamani a été secouru vivant.",
            "Le frère de Julio Mamani est mort dans l'effondrement.",
        ),
        (
            "Julio Mamani è stato salvato vivo.",
            "Il fratello di Julio Mamani è morto nel crollo.",
        ),
        (
            "Julio Mamani foi resgatado com vida.",
            "O irmão de Julio Mamani morreu no desabamento.",
        ),
        (
            "Julio Mamani werd levend gered.",
            "De broer van Julio Mamani stierf bij de instorting.",
        ),
        (
            "Julio Mamani fue rescatado con vida.",
            "La madre de Julio Mamani murió en el derrumbe.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn the_one_named_or_the_same_relative_on_both_sides_still_flags() {
    for (a, b, ta, tb) in [
        (
            "Julio Mamani fue rescatado con vida.",
            "Julio Mamani murió en el derrumbe.",
            "rescatado",
            "murió",
        ),
        (
            "Julio Mamani wurde lebend gerettet.",
            "Julio Mamani starb beim Einsturz.",
            "lebend",
            "starb",
        ),
        (
            "Julio Mamani è stato salvato vivo.",
            "Julio Mamani è morto nel crollo.",
            "salvato",
            "morto",
        ),
        (
            "El hermano de Julio Mamani fue rescatado con vida.",
            "El hermano de Julio Mamani murió en el derrumbe.",
            "rescatado",
            "murió",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn an_outcome_asked_after_a_verb_of_investigating_is_the_softer_kind() {
    for (a, b, ta, tb) in [
        // Session 52, the tester's pair.
        (
            "La policía investiga si el conductor estaba ebrio.",
            "El conductor no estaba ebrio, dijo la policía.",
            "si el conductor estaba",
            "no estaba",
        ),
        (
            "La police enquête pour savoir si le conducteur était ivre.",
            "Le conducteur n'était pas ivre, a indiqué la police.",
            "si le conducteur était ivre",
            "pas ivre",
        ),
        (
            "Die Polizei ermittelt, ob der Fahrer betrunken war.",
            "Der Fahrer war nicht betrunken, sagte die Polizei.",
            "ob der Fahrer betrunken",
            "nicht betrunken",
        ),
        (
            "La polizia indaga se l'autista era ubriaco.",
            "L'autista non era ubriaco, ha detto la polizia.",
            "se l'autista era ubriaco",
            "non era ubriaco",
        ),
        (
            "A polícia investiga se o motorista estava embriagado.",
            "O motorista não estava embriagado, disse a polícia.",
            "se o motorista estava embriagado",
            "não estava embriagado",
        ),
        (
            "De politie onderzoekt of de bestuurder dronken was.",
            "De bestuurder was niet dronken, zei de politie.",
            "of de bestuurder dronken",
            "niet dronken",
        ),
    ] {
        flagged(a, b, ta, tb, true);
    }
}

#[test]
fn an_outcome_told_or_a_condition_with_si_stays_the_plain_kind() {
    for (a, b, ta, tb) in [
        // Told on both sides.
        (
            "El conductor estaba ebrio, dijo la policía.",
            "El conductor no estaba ebrio, dijo la policía.",
            "estaba",
            "no estaba",
        ),
        (
            "Der Fahrer war betrunken.",
            "Der Fahrer war nicht betrunken, sagte die Polizei.",
            "betrunken",
            "nicht betrunken",
        ),
        // "si" after no verb of investigating: a condition, not a question asked.
        (
            "Si el conductor estaba ebrio, la policía lo dirá.",
            "El conductor no estaba ebrio, dijo la policía.",
            "estaba",
            "no estaba",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}
