//! Tests of the speaker flag with a role that is no name as the speaker, in German,
//! French, Spanish, Italian, Portuguese and English (session 28): "sagte der Landrat",
//! "so der Bürgermeister", "teilte die Polizeisprecherin mit", "a déclaré le préfet",
//! "dijo el alcalde" against a named speaker with another role ("Polizeisprecher Jan
//! Müller", "le maire Jean Dupont") flag; the same role on both sides does not.

use super::test_util::{has_flag_each_way, no_flag_either};
use super::*;

/// The statement of every pair; the speakers' clauses follow it.
const ROAD: &str = "Die Straße bleibt bis Freitag gesperrt,";

#[test]
fn a_role_against_a_name_of_another_role_flags_the_speaker() {
    for (a, b, ta, tb) in [
        (
            format!("{ROAD} sagte der Landrat am Montag."),
            format!("{ROAD} sagte Polizeisprecher Jan Müller am Montag."),
            "Landrat",
            "Polizeisprecher Jan Müller",
        ),
        (
            format!("{ROAD} so der Bürgermeister."),
            format!("{ROAD} sagte Polizeisprecher Jan Müller am Montag."),
            "Bürgermeister",
            "Polizeisprecher Jan Müller",
        ),
        (
            format!("{ROAD} teilte die Polizeisprecherin mit."),
            format!("{ROAD} sagte der Landrat Peter Schmidt am Montag."),
            "Polizeisprecherin",
            "Landrat Peter Schmidt",
        ),
        (
            "La route restera fermée jusqu'à vendredi, a déclaré le préfet lundi.".into(),
            "La route restera fermée jusqu'à vendredi, a déclaré le maire Jean Dupont lundi."
                .into(),
            "préfet",
            "maire Jean Dupont",
        ),
        (
            "La carretera seguirá cortada hasta el viernes, dijo el alcalde el lunes.".into(),
            "La carretera seguirá cortada hasta el viernes, dijo el gobernador Juan Pérez el lunes."
                .into(),
            "alcalde",
            "gobernador Juan Pérez",
        ),
        (
            "La strada resterà chiusa fino a venerdì, ha detto il sindaco lunedì.".into(),
            "La strada resterà chiusa fino a venerdì, ha detto il prefetto Mario Rossi lunedì."
                .into(),
            "sindaco",
            "prefetto Mario Rossi",
        ),
        (
            "A estrada ficará fechada até sexta-feira, disse o prefeito na segunda-feira.".into(),
            "A estrada ficará fechada até sexta-feira, disse o governador João Silva.".into(),
            "prefeito",
            "governador João Silva",
        ),
        (
            "The road will stay closed until Friday, the mayor said on Monday.".into(),
            "The road will stay closed until Friday, police spokesman John Miller said on Monday."
                .into(),
            "mayor",
            "police spokesman John Miller",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Speaker, &a, &b, ta, tb);
    }
}

#[test]
fn the_same_role_on_both_sides_or_a_name_without_a_role_does_not_flag() {
    let pairs: Vec<(String, String)> = vec![
        (
            format!("{ROAD} sagte der Landrat am Montag."),
            format!("{ROAD} sagte der Landrat Peter Schmidt am Montag."),
        ),
        (
            format!("{ROAD} sagte der Landrat."),
            format!("{ROAD} sagte der Landrat am Montag."),
        ),
        (
            format!("{ROAD} teilte die Polizeisprecherin mit."),
            format!("{ROAD} sagte Polizeisprecher Jan Müller am Montag."),
        ),
        (
            format!("{ROAD} so der Bürgermeister."),
            format!("{ROAD} sagte Oberbürgermeister Jan Müller am Montag."),
        ),
        (
            "La route restera fermée jusqu'à vendredi, a déclaré le préfet lundi.".into(),
            "La route restera fermée jusqu'à vendredi, a déclaré le préfet Jean Dupont lundi."
                .into(),
        ),
        (
            "La carretera seguirá cortada hasta el viernes, dijo el alcalde el lunes.".into(),
            "La carretera seguirá cortada hasta el viernes, dijo el alcalde Juan Pérez el lunes."
                .into(),
        ),
        // A name with no role told may be the mayor.
        (
            "The road will stay closed until Friday, the mayor said on Monday.".into(),
            "The road will stay closed until Friday, John Miller said on Monday.".into(),
        ),
    ];
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    no_flag_either(DiscrepancyKind::Speaker, &pairs);
}
