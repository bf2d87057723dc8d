//! Tests of casualty counts after trial 25 (M1', M2', M8'; issue 8): a toll is compared
//! with the other side's toll wherever it stands in the sentence, a figure that names a
//! thing (a flight, a train, a line, floors) never makes it agree, two roads or flights of
//! one name that differ are flagged as such, each fate (dead, injured, missing, rescued,
//! arrested, evacuated) is compared with the same fate, and a toll told by its name ("the
//! death toll has risen to 820") is a count of the dead.

use super::test_util::{no_number_flag, one_flag, one_flag_of};
use super::*;

#[test]
fn a_toll_in_a_participle_or_a_second_clause_is_compared_beside_a_figure_of_another_thing() {
    for (a, b, ta, tb) in [
        (
            "Flight 447 crashed into the Atlantic, killing 228 people.",
            "The Air France flight crashed into the Atlantic, killing 447 people.",
            "228 people",
            "447 people",
        ),
        (
            "Flight 447 crashed into the Atlantic and killed 228 people.",
            "The Air France flight crashed into the Atlantic and killed 447 people.",
            "228 people",
            "447 people",
        ),
        (
            "The 737 crashed shortly after take-off, killing 62 people.",
            "The plane crashed shortly after take-off, killing 737 people.",
            "62 people",
            "737 people",
        ),
        (
            "Train 8 derailed near the station, injuring 40 people.",
            "The train derailed near the station, injuring 8 people.",
            "40 people",
            "8 people",
        ),
        (
            "Train 8 derailed and 40 people were injured.",
            "The train derailed and 8 people were injured.",
            "40 people",
            "8 people",
        ),
        (
            "The bus on line 14 crashed, killing 3 passengers.",
            "The bus crashed, killing 14 passengers.",
            "3 passengers",
            "14 passengers",
        ),
        (
            "Bus 52 overturned and 9 people died.",
            "The bus overturned and 52 people died.",
            "9 people",
            "52 people",
        ),
        (
            "Il treno regionale 8 è deragliato: quattro morti.",
            "Il treno regionale è deragliato: otto morti.",
            "quattro morti",
            "otto morti",
        ),
        (
            "The 2024 floods killed 12 people.",
            "The floods killed 2024 people.",
            "12 people",
            "2024 people",
        ),
        (
            "The crash on train 8 killed 40 people.",
            "The train crash killed 8 people.",
            "40 people",
            "8 people",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

#[test]
fn floors_are_no_toll_in_spanish() {
    one_flag(
        "El incendio en un edificio de cinco plantas dejó dos muertos.",
        "El incendio en un edificio dejó cinco muertos.",
        "dos muertos",
        "cinco muertos",
        false,
    );
    one_flag(
        "El incendio en un edificio de cinco plantas dejó dos muertos.",
        "El incendio en un edificio dejó cuatro muertos.",
        "dos muertos",
        "cuatro muertos",
        false,
    );
}

#[test]
fn roads_and_flights_of_one_name_that_differ_are_flagged_as_roads_and_flights() {
    // Roads are places (session 29), flights numbers.
    for (a, b, ta, tb, kind) in [
        (
            "The crash happened on the A-44 motorway near Granada.",
            "The crash happened on the A-7 motorway near Granada.",
            "A-44",
            "A-7",
            DiscrepancyKind::Place,
        ),
        (
            "The bus left the I-95 near Richmond.",
            "The bus left the I-64 near Richmond.",
            "I-95",
            "I-64",
            DiscrepancyKind::Place,
        ),
        (
            "Flight BA117 landed safely at Heathrow.",
            "Flight BA171 landed safely at Heathrow.",
            "BA117",
            "BA171",
            DiscrepancyKind::Number,
        ),
        (
            "The lorry overturned on the M6 on Monday.",
            "The lorry overturned on the M1 on Monday.",
            "M6",
            "M1",
            DiscrepancyKind::Place,
        ),
        (
            "Flight 447 crashed into the Atlantic.",
            "Flight 448 crashed into the Atlantic.",
            "Flight 447",
            "Flight 448",
            DiscrepancyKind::Number,
        ),
    ] {
        one_flag_of(kind, a, b, ta, tb, false);
    }
    // The same road; two roads of two names; a road and a toll.
    no_number_flag(
        "The crash happened on the A-44 motorway near Granada.",
        "A crash on the A-44 near Granada closed the road.",
    );
    no_number_flag(
        "The crash happened on the A-44 near Granada.",
        "The crash happened on the N-340 near Granada.",
    );
    one_flag(
        "The bus crashed on the A-44, killing 12 people.",
        "The bus crashed, killing 44 people.",
        "12 people",
        "44 people",
        false,
    );
}

#[test]
fn each_fate_is_compared_with_the_same_fate() {
    for (a, b, ta, tb) in [
        (
            "Two people died and 20 were rescued from the rubble.",
            "More than 30 people were rescued from the rubble.",
            "20",
            "More than 30 people",
        ),
        (
            "Two people were killed and 20 arrested during the protest.",
            "More than 30 people were arrested during the protest.",
            "20",
            "More than 30 people",
        ),
        (
            "Two people died and 20 are missing after the landslide.",
            "More than 30 people are missing after the landslide.",
            "20",
            "More than 30 people",
        ),
        (
            "Two people died and 20 were evacuated from the building.",
            "More than 30 people were evacuated from the building.",
            "20",
            "More than 30 people",
        ),
        (
            "Tre persone sono morte e altre 15 sono rimaste ferite nell'incidente.",
            "Più di 25 persone sono rimaste ferite nell'incidente.",
            // The word of others is the count's, as in "20 others" (trial 35).
            "altre 15",
            "Più di 25 persone",
        ),
        (
            "Tre persone sono morte e 15 sono rimaste ferite nell'incidente.",
            "Più di 25 persone sono rimaste ferite nell'incidente.",
            "15",
            "Più di 25 persone",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // The dead against the dead.
    one_flag(
        "Tre persone sono morte nell'incidente.",
        "Quattro persone sono morte nell'incidente.",
        "Tre persone",
        "Quattro persone",
        false,
    );
    // The rescued are no count of the dead.
    no_number_flag(
        "Two people died and 30 were rescued from the rubble.",
        "Two people were killed when the building collapsed.",
    );
}

#[test]
fn a_toll_told_by_its_name_is_a_count_of_the_dead() {
    for (a, b, ta, tb) in [
        (
            "The crash killed 14 people.",
            "The death toll from the crash stands at 12.",
            "14 people",
            "12",
        ),
        (
            "El terremoto dejó 600 muertos.",
            "La cifra de muertos del terremoto asciende a 820.",
            "600 muertos",
            "820",
        ),
        (
            "Le séisme a fait 600 morts.",
            "Le bilan du séisme s'élève à 820.",
            "600 morts",
            "820",
        ),
        (
            "Das Erdbeben tötete 600 Menschen.",
            "Die Zahl der Toten stieg auf 820.",
            "600 Menschen",
            "820",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // Both may be true, but a toll risen to its figure is an update.
    one_flag(
        "The earthquake killed more than 600 people, the interior ministry said.",
        "The death toll from the earthquake has risen to at least 820, the interior ministry said.",
        "more than 600 people",
        "at least 820",
        true,
    );
    // The same toll; a figure of another thing.
    no_number_flag(
        "The crash killed 12 people.",
        "The death toll from the crash stands at 12.",
    );
    no_number_flag(
        "The earthquake killed 600 people.",
        "The number of homes destroyed rose to 820.",
    );
}
