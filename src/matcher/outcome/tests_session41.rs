//! Tests after trial 43 (m10 y49, y55, y60, y63, y64, y69, y76): opposite acts of one
//! subject told in phrases (an investigation opened against dropped, prison against
//! staying free, a record set against a record that stood), one same thing reached
//! against stopped short of, had with against without, more than against less than, and
//! no injured reported against a count of injured. The same act in other words, two
//! subjects, two different things, and one sentence telling both in turn are no flag.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn an_investigation_opened_against_dropped_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Le parquet de Paris a ouvert une enquête pour extorsion.",
            "Le parquet de Paris a classé l'affaire sans suite.",
            "ouvert une enquête",
            "classé l'affaire sans suite",
        ),
        (
            "Prosecutors opened an investigation into the fire.",
            "Prosecutors dropped the investigation into the fire.",
            "opened an investigation",
            "dropped the investigation",
        ),
        (
            "La fiscalía abrió una investigación por el incendio.",
            "La fiscalía archivó la causa por el incendio.",
            "abrió una investigación",
            "archivó la causa",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        // Told in turn in one sentence.
        (
            "Prosecutors opened an investigation and later dropped the case.",
            "Prosecutors dropped the case.",
        ),
        // Two subjects.
        (
            "Police opened an investigation into the fire.",
            "Insurers dropped the case.",
        ),
        // The same act in other words.
        (
            "Prosecutors opened an investigation into the fire.",
            "Prosecutors launched an inquiry into the fire.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn prison_against_staying_free_is_flagged() {
    flagged_each_way(
        "El exalcalde ingresará en prisión esta semana.",
        "El exalcalde seguirá en libertad hasta que la sentencia sea firme.",
        "ingresará en prisión",
        "seguirá en libertad",
    );
    flagged_each_way(
        "The former mayor will go to prison this week.",
        "The former mayor will remain free until the appeal.",
        "go to prison",
        "remain free",
    );
    unflagged(
        "El exalcalde ingresará en prisión esta semana.",
        "El exalcalde irá a prisión esta semana.",
    );
    unflagged(
        "El exalcalde ingresará en prisión esta semana.",
        "Su socio seguirá en libertad.",
    );
}

#[test]
fn a_record_set_against_a_record_that_stood_is_flagged() {
    flagged_each_way(
        "Kiprop won de marathon van Rotterdam in een nieuw parcoursrecord.",
        "Kiprop won de marathon van Rotterdam, het parcoursrecord bleef overeind.",
        "nieuw parcoursrecord",
        "parcoursrecord bleef overeind",
    );
    flagged_each_way(
        "Kiprop set a new course record in Rotterdam.",
        "In Rotterdam the course record stood.",
        "set a new course record",
        "record stood",
    );
    for (a, b) in [
        // The same record told two ways.
        (
            "Kiprop set a new course record.",
            "Kiprop broke the course record.",
        ),
        // Two records.
        (
            "Kiprop liep een nieuw parcoursrecord.",
            "Het wereldrecord bleef overeind.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn reached_against_stopped_short_of_one_place_is_flagged() {
    flagged_each_way(
        "La colata di lava ha raggiunto il mare.",
        "La colata di lava si è fermata prima del mare.",
        "raggiunto il mare",
        "fermata prima del mare",
    );
    flagged_each_way(
        "The lava flow reached the sea on Monday.",
        "The lava flow stopped short of the sea on Monday.",
        "reached the sea",
        "stopped short of the sea",
    );
    for (a, b) in [
        // Two places.
        (
            "The lava flow reached the sea.",
            "The lava flow stopped short of the village.",
        ),
        // The same in other words.
        (
            "The lava flow reached the sea.",
            "The lava flow hit the sea.",
        ),
        // Told in turn.
        (
            "The lava reached the road, then stopped short of the sea.",
            "The lava stopped short of the sea.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn with_against_without_one_thing_is_flagged() {
    flagged_each_way(
        "El PP ganó las elecciones con mayoría absoluta.",
        "El PP ganó las elecciones pero se quedó sin mayoría absoluta.",
        "con mayoría",
        "sin mayoría",
    );
    flagged_each_way(
        "Le parti a gagné avec la majorité absolue.",
        "Le parti a gagné sans la majorité absolue.",
        "avec la majorité",
        "sans la majorité",
    );
    for (a, b) in [
        // Two things.
        (
            "El PP ganó con mayoría absoluta.",
            "El PP ganó sin sorpresas.",
        ),
        // Told both ways in one.
        (
            "El PP gobernará con o sin mayoría absoluta.",
            "El PP ganó sin mayoría absoluta.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn more_against_less_than_one_anchor_is_flagged() {
    flagged_each_way(
        "La participación fue del 66%, cuatro puntos más que en 2019.",
        "La participación fue del 66%, cuatro puntos menos que en 2019.",
        "más que en 2019",
        "menos que en 2019",
    );
    flagged_each_way(
        "Die Wahlbeteiligung lag bei 66 Prozent, vier Punkte mehr als 2019.",
        "Die Wahlbeteiligung lag bei 66 Prozent, vier Punkte weniger als 2019.",
        "mehr als 2019",
        "weniger als 2019",
    );
    for (a, b) in [
        // Two anchors.
        (
            "Turnout was 66%, four points more than in 2019.",
            "Turnout was 66%, four points less than in 2015.",
        ),
        // A bound of a count is the number flag's, and "no more than" a bound.
        ("More than 100 people died.", "Fewer than 100 people died."),
        (
            "Turnout was no more than in 2019.",
            "Turnout was less than in 2019.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn no_injured_reported_against_a_count_is_flagged() {
    flagged_each_way(
        "Non si segnalano feriti.",
        "Due escursionisti sono rimasti feriti in modo lieve.",
        "Non si segnalano feriti",
        "feriti",
    );
    unflagged("Non si segnalano feriti.", "Non ci sono feriti.");
}

#[test]
fn a_present_verdict_with_no_clitic_is_flagged() {
    flagged_each_way(
        "El tribunal condena a Roca por corrupción.",
        "El tribunal absuelve a Roca de corrupción.",
        "condena",
        "absuelve",
    );
    flagged_each_way(
        "O tribunal condena o antigo autarca por corrupção.",
        "O tribunal absolve o antigo autarca de corrupção.",
        "condena",
        "absolve",
    );
    // The noun "condena" is no verdict.
    unflagged(
        "Roca recurrirá la condena a seis años.",
        "El tribunal absuelve a Roca de corrupción.",
    );
}
