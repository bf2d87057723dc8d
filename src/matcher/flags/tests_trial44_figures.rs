//! Figures, times and places of trial 44 told otherwise: ordinals written in figures with
//! the suffix of another language ("in de 67e minuut", "67ème", "67º"), a sum in millions
//! against the same sum in digits ("10 millones de dólares" / "10.000.000 de dólares"),
//! French "après-midi" and a part of the day that tells a clock time's half ("2 heures du
//! matin"), and bodies and rivers told by their names ("Staatsanwaltschaft Essen",
//! "Polícia Federal", "in den Rhein").

use super::test_util::{flags_of, no_flag_either, no_number_flag, one_flag, one_flag_of};
use crate::matcher::DiscrepancyKind;

#[test]
fn a_minute_written_with_the_suffix_of_another_language_differs() {
    for (a, b, ta, tb) in [
        (
            "Het doelpunt viel in de 67e minuut.",
            "Het doelpunt viel in de 76e minuut.",
            "67e minuut",
            "76e minuut",
        ),
        (
            "Het doelpunt viel in de 67ste minuut.",
            "Het doelpunt viel in de 76ste minuut.",
            "67ste minuut",
            "76ste minuut",
        ),
        (
            "Le but est tombé à la 67e minute.",
            "Le but est tombé à la 76e minute.",
            "67e minute",
            "76e minute",
        ),
        (
            "Le but est tombé à la 67ème minute.",
            "Le but est tombé à la 76ème minute.",
            "67ème minute",
            "76ème minute",
        ),
        (
            "O golo surgiu no 67º minuto.",
            "O golo surgiu no 76º minuto.",
            "67º minuto",
            "76º minuto",
        ),
        // Already read: German "67.", Spanish "67.º", Italian "67°".
        (
            "Das Tor fiel in der 67. Minute.",
            "Das Tor fiel in der 76. Minute.",
            "67. Minute",
            "76. Minute",
        ),
        (
            "El gol llegó en el 67.º minuto.",
            "El gol llegó en el 76.º minuto.",
            "67.º minuto",
            "76.º minuto",
        ),
        (
            "Il gol è arrivato al 67° minuto.",
            "Il gol è arrivato al 76° minuto.",
            "67° minuto",
            "76° minuto",
        ),
        // A floor in figures against one in words.
        (
            "Le feu a pris au 3e étage.",
            "Le feu a pris au cinquième étage.",
            "3e étage",
            "cinquième étage",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

#[test]
fn one_minute_or_floor_written_two_ways_agrees() {
    for (a, b) in [
        (
            "Het doelpunt viel in de 67e minuut.",
            "Het doelpunt viel in de 67ste minuut.",
        ),
        (
            "Le but est tombé à la 67e minute.",
            "Le but est tombé à la 67ème minute.",
        ),
        (
            "O golo surgiu no 67º minuto.",
            "O golo surgiu no 67.º minuto.",
        ),
        (
            "Le feu a pris au 3e étage.",
            "Le feu a pris au troisième étage.",
        ),
        (
            "La policía detuvo a 2 personas en el 2º piso.",
            "La policía detuvo a dos personas en el segundo piso.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn a_sum_in_millions_agrees_with_its_digits() {
    for (a, b) in [
        (
            "La empresa pagó 10 millones de dólares.",
            "La empresa pagó 10.000.000 de dólares.",
        ),
        (
            "L'azienda ha pagato 10 milioni di dollari.",
            "L'azienda ha pagato 10.000.000 di dollari.",
        ),
        (
            "Das Unternehmen zahlte 10 Millionen Dollar.",
            "Das Unternehmen zahlte 10.000.000 Dollar.",
        ),
        (
            "The company paid $10 million.",
            "The company paid $10,000,000.",
        ),
        (
            "La empresa pagó dos millones de dólares.",
            "La empresa pagó 2.000.000 de dólares.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn a_sum_in_millions_still_differs_from_another() {
    one_flag(
        "La empresa pagó 10 millones de dólares.",
        "La empresa pagó 12.000.000 de dólares.",
        "10 millones de dólares",
        "12.000.000 de dólares",
        false,
    );
    one_flag(
        "L'azienda ha pagato 10 milioni di dollari.",
        "L'azienda ha pagato 12.000.000 di dollari.",
        "10 milioni di dollari",
        "12.000.000 di dollari",
        false,
    );
    // The same figure in another currency.
    one_flag(
        "La empresa pagó 10 millones de dólares.",
        "La empresa pagó 10 millones de euros.",
        "10 millones de dólares",
        "10 millones de euros",
        false,
    );
}

#[test]
fn a_french_night_and_afternoon_differ() {
    one_flag_of(
        DiscrepancyKind::Date,
        "L'accident s'est produit dans la nuit de samedi à dimanche.",
        "L'accident s'est produit dimanche après-midi.",
        "nuit",
        "après-midi",
        false,
    );
    one_flag_of(
        DiscrepancyKind::Date,
        "L'accident s'est produit dimanche matin.",
        "L'accident s'est produit dimanche après-midi.",
        "matin",
        "après-midi",
        false,
    );
}

#[test]
fn a_part_of_the_day_after_a_clock_hour_is_its_half() {
    no_flag_either(
        DiscrepancyKind::Date,
        &[
            (
                "L'accident s'est produit dans la nuit de samedi à dimanche.",
                "L'accident s'est produit dimanche vers 2 heures du matin.",
            ),
            (
                "El accidente ocurrió en la noche del sábado al domingo.",
                "El accidente ocurrió el domingo a las 3 de la madrugada.",
            ),
            (
                "The crash happened overnight on Sunday.",
                "The crash happened at 2 in the morning on Sunday.",
            ),
            // "après-midi" is no noon.
            (
                "L'accident s'est produit dimanche après-midi.",
                "L'accident s'est produit dimanche en fin d'après-midi.",
            ),
        ],
    );
}

#[test]
fn a_body_named_by_another_place_or_branch_is_another_body() {
    for (a, b, ta, tb) in [
        (
            "Die Staatsanwaltschaft Essen ermittelt.",
            "Die Staatsanwaltschaft Bochum ermittelt.",
            "Staatsanwaltschaft Essen",
            "Staatsanwaltschaft Bochum",
        ),
        (
            "A Polícia Federal investiga o caso do acidente em Brasília.",
            "A Polícia Civil investiga o caso do acidente em Brasília.",
            "Polícia Federal",
            "Polícia Civil",
        ),
        (
            "La Policía Nacional investiga el accidente.",
            "La Policía Local investiga el accidente.",
            "Policía Nacional",
            "Policía Local",
        ),
        (
            "De politie Rotterdam onderzoekt het ongeluk.",
            "De politie Utrecht onderzoekt het ongeluk.",
            "politie Rotterdam",
            "politie Utrecht",
        ),
        // Two rivers.
        (
            "Das Auto stürzte in den Rhein.",
            "Das Auto stürzte in die Ruhr.",
            "Rhein",
            "Ruhr",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
    }
}

#[test]
fn one_body_or_river_told_two_ways_agrees() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Die Staatsanwaltschaft Essen ermittelt.",
                "Die Essener Staatsanwaltschaft ermittelt.",
            ),
            (
                "Die Staatsanwaltschaft Essen ermittelt.",
                "Die Staatsanwaltschaft in Essen ermittelt.",
            ),
            ("Die Polizei ermittelt.", "Die Polizei Essen ermittelt."),
            (
                "A Polícia Federal investiga o caso.",
                "A PF investiga o caso.",
            ),
            (
                "Das Auto stürzte in den Rhein.",
                "Das Auto fiel in den Rhein bei Köln.",
            ),
            (
                "Das Auto stürzte in den Rhein.",
                "The car plunged into the Rhine.",
            ),
            // A person's name after a verb is no river.
            ("Der Minister sagte Maas.", "Der Minister sagte Weser."),
        ],
    );
    assert!(flags_of(
        DiscrepancyKind::Place,
        "The car plunged into the Rhine.",
        "The car plunged into the Rhin.",
    )
    .is_empty());
}
