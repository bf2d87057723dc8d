//! Flags of trial 51 (a bridge collapse in Bremen), by kind: a hedged time ("shortly
//! after 5:15 p.m.") is compared in the seven languages, its reach's last minute the
//! softer kind (F2, `times.rs`, `dates/rough.rs`); a hospital named by a name of its own
//! is a place, in a list too, and no person, and a listed town the gazetteer does not
//! know is compared when the list closes after it (F3, `places/hospitals.rs`,
//! `places/prepositions.rs`, `named.rs`); the rescuers' vehicle ("helped by a
//! helicopter") is not the story's (F4, `vehicles.rs`).

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use crate::matcher::DiscrepancyKind::{Date, Person, Place, Vehicle};

/// The date flag of `a` / `b`, the same both ways round: `None` for none, `Some(true)`
/// for the softer kind.
#[track_caller]
fn time_flag(a: &str, b: &str) -> Option<bool> {
    let f = flags_of(Date, a, b);
    let back: Vec<_> = flags_of(Date, b, a)
        .into_iter()
        .map(|x| (x.1, x.0, x.2))
        .collect();
    assert_eq!(f, back, "{a} / {b}");
    assert!(f.len() <= 1, "{a} / {b}: {f:?}");
    f.first().map(|x| x.2)
}

#[test]
fn shortly_after_a_time_is_compared_in_english() {
    let (solid, soft) = (Some(false), Some(true));
    let bridge = |t: &str| format!("The bridge collapsed {t}, police said.");
    for (x, y, want) in [
        // Trial 51 F2: the tester's pairs. 5:15 + "shortly" reaches 5:40 at most.
        ("shortly after 5:40 p.m.", "shortly after 5:15 p.m.", soft),
        ("at 5:40 p.m.", "shortly after 5:15 p.m.", soft),
        ("at 5:41 p.m.", "shortly after 5:15 p.m.", solid),
        ("shortly after 5:50 p.m.", "shortly after 5:15 p.m.", solid),
        // "at about 5:40" tells 5:32 to 5:48, which "shortly after 5:15" (5:15 to 5:39)
        // meets: one moment, as "shortly after 6 a.m." / "at around 6:30 a.m.".
        ("at about 5:40 p.m.", "shortly after 5:15 p.m.", None),
        // Near: within the hedge, no flag.
        ("at 5:30 p.m.", "shortly after 5:15 p.m.", None),
        ("shortly after 5:15 p.m.", "shortly after 5:15 p.m.", None),
    ] {
        assert_eq!(time_flag(&bridge(x), &bridge(y)), want, "{x} / {y}");
    }
}

#[test]
fn shortly_after_a_time_is_compared_in_the_other_languages() {
    let soft = Some(true);
    for (a, b, want) in [
        (
            "Die Brücke stürzte kurz nach 17.15 Uhr ein.",
            "Die Brücke stürzte kurz nach 17.40 Uhr ein.",
            soft,
        ),
        (
            "Le pont s'est effondré peu après 17h15.",
            "Le pont s'est effondré peu après 17h40.",
            soft,
        ),
        (
            "El puente se derrumbó poco después de las 17.15 horas.",
            "El puente se derrumbó poco después de las 17.40 horas.",
            soft,
        ),
        (
            "Il ponte è crollato poco dopo le 17.15.",
            "Il ponte è crollato poco dopo le 17.40.",
            soft,
        ),
        // Portuguese and Dutch were read as exact times (the solid flag).
        (
            "A ponte desabou logo após as 17h15.",
            "A ponte desabou logo após as 17h40.",
            soft,
        ),
        (
            "A ponte desabou pouco depois das 17h15.",
            "A ponte desabou pouco depois das 17h40.",
            soft,
        ),
        (
            "De brug stortte kort na 17.15 uur in.",
            "De brug stortte kort na 17.40 uur in.",
            soft,
        ),
        // Near: within the hedge, no flag.
        (
            "A ponte desabou pouco depois das 17h15.",
            "A ponte desabou às 17h30.",
            None,
        ),
        (
            "De brug stortte kort na 17.15 uur in.",
            "De brug stortte om 17.30 uur in.",
            None,
        ),
        (
            "De brug stortte kort voor 17.00 uur in.",
            "De brug stortte om 16.50 uur in.",
            None,
        ),
        // Dutch "voor" with no hedge is "for": a time set, told exactly.
        (
            "De vergadering is gepland voor 17.00 uur.",
            "De vergadering is gepland voor 18.00 uur.",
            Some(false),
        ),
    ] {
        assert_eq!(time_flag(a, b), want, "{a} / {b}");
    }
}

#[test]
fn a_hospital_named_by_its_own_name_is_a_place_and_no_person() {
    // Trial 51 F3: "Rotes Kreuz Krankenhaus ≠ Klinikum Ost" was a person flag.
    for (a, b, ta, tb) in [
        (
            "The injured were taken to the Rotes Kreuz Krankenhaus.",
            "The injured were taken to the Klinikum Ost.",
            "Rotes Kreuz Krankenhaus",
            "Klinikum Ost",
        ),
        (
            "The injured were taken to St Mary's Hospital.",
            "The injured were taken to Royal Hospital.",
            "St Mary's Hospital",
            "Royal Hospital",
        ),
        (
            "Die Verletzten wurden ins Klinikum Bremen-Mitte gebracht.",
            "Die Verletzten wurden ins Klinikum Bremen-Ost gebracht.",
            "Klinikum Bremen-Mitte",
            "Klinikum Bremen-Ost",
        ),
        (
            "Los heridos fueron trasladados al Hospital del Mar.",
            "Los heridos fueron trasladados al Hospital Clínic.",
            "Hospital del Mar",
            "Hospital Clínic",
        ),
        (
            "Os feridos foram levados para o Hospital de Santa Maria.",
            "Os feridos foram levados para o Hospital de São José.",
            "Hospital de Santa Maria",
            "Hospital de São José",
        ),
        (
            "I feriti sono stati portati al Policlinico Gemelli.",
            "I feriti sono stati portati al Policlinico Umberto.",
            "Policlinico Gemelli",
            "Policlinico Umberto",
        ),
        (
            "De gewonden werden naar het Antonius Ziekenhuis gebracht.",
            "De gewonden werden naar het Maasstad Ziekenhuis gebracht.",
            "Antonius Ziekenhuis",
            "Maasstad Ziekenhuis",
        ),
    ] {
        one_flag_of(Place, a, b, ta, tb, true);
        assert_eq!(flags_of(Person, a, b), vec![], "{a} / {b}");
    }
    // Near: one hospital told alike or shorter, or a hospital's noun alone.
    no_flag_either(
        Place,
        &[
            (
                "The injured were taken to the Klinikum Ost.",
                "Three of the injured were taken to the Klinikum Ost on Tuesday.",
            ),
            (
                "Die Verletzten wurden ins Krankenhaus gebracht.",
                "Die Verletzten wurden ins Klinikum Ost gebracht.",
            ),
            (
                "The injured were taken to hospital.",
                "The injured were taken to St Mary's Hospital.",
            ),
            // One hospital told shorter (paraphrase-train, label 1).
            (
                "He was sent to Larned State Hospital, where he was evaluated and treated.",
                "He ordered him sent to the Larned State Security Hospital for continued evaluation and treatment.",
            ),
        ],
    );
}

#[test]
fn every_hospital_and_town_of_a_list_is_compared() {
    // Trial 51 F3, as written (the blog's post time left out).
    one_flag_of(
        Place,
        "The injured were taken to the Klinikum Bremen-Mitte and the Rotes Kreuz Krankenhaus, three of them in critical condition.",
        "The injured are being treated at the Klinikum Bremen-Mitte and Klinikum Bremen-Ost; four are in critical condition.",
        "Rotes Kreuz Krankenhaus",
        "Klinikum Bremen-Ost",
        true,
    );
    one_flag_of(
        Place,
        "The injured were taken to the Rotes Kreuz Krankenhaus and the Klinikum Mitte.",
        "The injured were taken to the Klinikum Ost and the Klinikum Mitte.",
        "Rotes Kreuz Krankenhaus",
        "Klinikum Ost",
        true,
    );
    // A town the gazetteer does not know ends the list: compared, the softer kind.
    one_flag_of(
        Place,
        "The injured were taken to hospitals in Bremen and Oldenburg.",
        "The injured were taken to hospitals in Bremen and Hamburg.",
        "Oldenburg",
        "Hamburg",
        true,
    );
    one_flag_of(
        Place,
        "The injured were taken to hospitals in Bremen and Oldenburg on Tuesday.",
        "The injured were taken to hospitals in Bremen and Hamburg on Tuesday.",
        "Oldenburg",
        "Hamburg",
        true,
    );
    // Near: the same places in another order; a person after "and".
    no_flag_either(
        Place,
        &[
            (
                "The injured were taken to the Klinikum Bremen-Mitte and the Rotes Kreuz Krankenhaus.",
                "The injured were taken to the Rotes Kreuz Krankenhaus and the Klinikum Bremen-Mitte.",
            ),
            (
                "The injured were taken to hospitals in Bremen and Oldenburg.",
                "The injured were taken to hospitals in Oldenburg and Bremen.",
            ),
            (
                "The minister arrived in Bremen and Vogt followed him.",
                "The minister arrived in Bremen and Albrecht followed him.",
            ),
        ],
    );
}

#[test]
fn the_rescuers_vehicle_is_not_the_storys() {
    // Trial 51 F4, the tester's pairs ("bus ≠ helicopter", "helicopter ≠ cars").
    no_flag_either(
        Vehicle,
        &[
            (
                "The driver of the bus was rescued from the water by a passing boat crew and taken to hospital.",
                "Emergency crews are searching the river with divers and a helicopter.",
            ),
            (
                "Divers from the fire brigade and the police searched the river until after midnight, helped by a helicopter with a thermal camera.",
                "At least eight cars and a bus went into the water, according to the fire service.",
            ),
            (
                "A rescue helicopter circled over the river.",
                "At least eight cars went into the water.",
            ),
            (
                "Two of the injured were flown to hospital by helicopter.",
                "At least eight cars went into the water.",
            ),
            (
                "Rescuers searched the river with divers, boats and a helicopter.",
                "A bus went into the water.",
            ),
        ],
    );
    // Near: the story's vehicles still differ, "hit by" one too.
    one_flag_of(
        Vehicle,
        "A helicopter crashed into the river.",
        "A bus crashed into the river.",
        "helicopter",
        "bus",
        false,
    );
    one_flag_of(
        Vehicle,
        "The cyclist was hit by a bus.",
        "The cyclist was hit by a truck.",
        "bus",
        "truck",
        false,
    );
}
