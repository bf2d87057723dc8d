//! Trial 45's faults, by kind: number words of a sentence too short for its language to be
//! guessed ("Se lanzaron dos botes salvavidas"), distances in miles against nautical miles,
//! the part of a ship or a building where an event started ("engine room" / "car deck"),
//! and counts or vehicles in other roles ("a lorry's refrigeration unit on the car deck" /
//! "The ferry caught fire", "Three lifeboats" / "312 pasajeros fueron evacuados").

use super::test_util::{no_flag_either, no_number_flag, number_flags, one_flag, one_flag_of};
use crate::matcher::DiscrepancyKind;

#[test]
fn a_number_word_of_a_short_sentence_is_read_in_the_language_of_its_other_words() {
    for (a, b, ta, tb) in [
        (
            "Se lanzaron tres botes salvavidas.",
            "Se lanzaron dos botes salvavidas.",
            "tres botes",
            "dos botes",
        ),
        // "fueron" is Spanish only.
        (
            "Dos botes salvavidas fueron lanzados.",
            "Tres botes salvavidas fueron lanzados.",
            "Dos botes",
            "Tres botes",
        ),
        // Italian "due" and "tre" are other words too ("due" is English).
        (
            "Sono state calate tre scialuppe.",
            "Sono state calate due scialuppe.",
            "tre scialuppe",
            "due scialuppe",
        ),
        // Portuguese "sete" is Sète unaccented.
        (
            "Foram lançados ao mar sete botes.",
            "Foram lançados ao mar três botes.",
            "sete botes",
            "três botes",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // Portuguese "dos" is "of the", French "tres" is "très" unaccented: no number in a
    // sentence whose other words are of those languages.
    for (a, b) in [
        (
            "Falou dos planos do governo.",
            "Falou dos 12 planos do governo.",
        ),
        ("C'est tres grave, dit-il.", "C'est 3 fois grave, dit-il."),
    ] {
        no_number_flag(a, b);
    }
}

/// A sentence of four words, its number word counted, is read in the language of its
/// other words, by the number flags and the matcher's count slots alike
/// (`language::guess_for_word`, session 43's review: the count slots asked for six words).
#[test]
fn a_four_word_sentence_reads_its_number_word_in_the_language_of_its_other_words() {
    use super::test_util::prepared;
    use crate::matcher::language::{guess_for_word, Language};
    let text = "Se arriaron tres botes.";
    assert_eq!(guess_for_word(text, (12, 16)), Some(Language::Spanish));
    one_flag(
        text,
        "Se arriaron dos botes.",
        "tres botes",
        "dos botes",
        false,
    );
    // One count slot of three boats, as the flags read it.
    let p = &prepared(&[text])[0];
    let sizes: Vec<(f32, f32)> = p.count_slots.iter().map(|s| s.size).collect();
    assert_eq!(sizes, vec![(3.0, 3.0)], "{text}");
    // Near cases: Portuguese "dos" is "of the", French "tres" is "très" in four words;
    // three words tell no language.
    for (a, b) in [
        ("Ele falou dos planos.", "Ele falou dos 12 planos."),
        (
            "C'est tres grave aujourd'hui.",
            "C'est 3 fois grave aujourd'hui.",
        ),
    ] {
        no_number_flag(a, b);
    }
    for text in ["Ele falou dos planos.", "Arriaron tres botes."] {
        let p = &prepared(&[text])[0];
        assert!(p.count_slots.is_empty(), "{text}: {:?}", p.count_slots);
    }
}

#[test]
fn a_short_brief_is_guessed_by_a_wider_margin() {
    use crate::matcher::language::{guess, Language};
    // Trial 44: a one-sentence ANP brief of 17 words.
    assert_eq!(
        guess(
            "Bij een brand in een flatgebouw in Rotterdam zijn dinsdag drie mensen gewond \
             geraakt, meldt de brandweer."
        ),
        Some(Language::Dutch)
    );
    assert_eq!(
        guess("Los 312 pasajeros del ferry fueron evacuados en los botes salvavidas, según la naviera."),
        Some(Language::Spanish)
    );
    // Too few function words, or no language twice ahead: no guess.
    assert_eq!(guess("Kim Jong Un, Moon Jae-in, Panmunjom, Suwon."), None);
    assert_eq!(
        guess("The fire began on the car deck at 8 a.m."),
        Some(Language::English)
    );
    assert_eq!(guess("Der Brand auf der Fähre."), None);
}

#[test]
fn miles_and_nautical_miles_are_two_units() {
    let base = "The ferry was 15 miles off the coast.";
    for (b, tb, soft) in [
        (
            "The ferry was 20 nautical miles off the coast.",
            "20 nautical miles",
            false,
        ),
        (
            "The ferry was 15 nautical miles off the coast.",
            "15 nautical miles",
            false,
        ),
        (
            "The ferry was some 20 nautical miles off the coast.",
            "some 20 nautical miles",
            true,
        ),
    ] {
        one_flag(base, b, "15 miles", tb, soft);
    }
    // Trial 45: both hedged, the softer kind.
    one_flag(
        "The ferry was about 15 miles off the coast.",
        "The ferry was some 20 nautical miles from the port.",
        "about 15 miles",
        "some 20 nautical miles",
        true,
    );
    // In other languages: "millas náuticas", "Seemeilen".
    one_flag(
        "El ferry estaba a 15 millas de la costa, según la naviera.",
        "El ferry estaba a 20 millas náuticas de la costa, según la naviera.",
        "15 millas",
        "20 millas náuticas",
        false,
    );
    one_flag(
        "Die Fähre war 15 Meilen von der Küste entfernt.",
        "Die Fähre war 20 Seemeilen von der Küste entfernt.",
        "15 Meilen",
        "20 Seemeilen",
        false,
    );
    // One distance told in two units, or the same unit twice: no flag.
    for (a, b) in [
        (base, "The ferry was 24 kilometres off the coast."),
        (
            "The ferry was 20 nautical miles off the coast.",
            "The ferry was 37 kilometres off the coast.",
        ),
        (
            "The ferry was 20 nautical miles off the coast.",
            "The ferry was about 20 nautical miles off the coast.",
        ),
        (
            "The ferry was 20 nautical miles (37 km) off the coast.",
            "The ferry was 23 miles off the coast.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn two_parts_where_an_event_started_are_two_places() {
    for (a, b, ta, tb) in [
        (
            "The blaze started in the engine room at about 7:40 a.m.",
            "The fire began on the car deck at 8 a.m.",
            "engine room",
            "car deck",
        ),
        (
            "The fire broke out in a cabin on the upper deck.",
            "The fire started in the engine room.",
            "cabin",
            "engine room",
        ),
        (
            "The fire started in the kitchen of the house.",
            "The fire started in the basement of the house.",
            "kitchen",
            "basement",
        ),
        (
            "L'incendie s'est déclaré dans la salle des machines.",
            "L'incendie s'est déclaré sur le pont-garage.",
            "salle des machines",
            "pont-garage",
        ),
        (
            "El incendio se originó en la sala de máquinas.",
            "El incendio se originó en la cocina.",
            "sala de máquinas",
            "cocina",
        ),
        (
            "Das Feuer ist im Maschinenraum ausgebrochen.",
            "Das Feuer ist auf dem Autodeck ausgebrochen.",
            "Maschinenraum",
            "Autodeck",
        ),
        (
            "De brand is in de keuken ontstaan.",
            "De brand is op zolder ontstaan.",
            "keuken",
            "zolder",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
    }
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            // One part in other words.
            (
                "The fire began on the vehicle deck.",
                "The fire began on the car deck.",
            ),
            (
                "The blaze started on the car deck.",
                "El incendio se declaró en la cubierta de vehículos.",
            ),
            (
                "The fire started in the kitchen.",
                "The fire started in a kitchen on the third floor.",
            ),
            // Where the fire spread, or where people were, is not where it started.
            (
                "The fire started in the engine room and spread to the car deck.",
                "The fire started in the engine room.",
            ),
            (
                "The fire started in the engine room.",
                "Passengers gathered on the car deck.",
            ),
            (
                "The fire broke out, and passengers gathered on the car deck.",
                "The fire started in the engine room.",
            ),
        ],
    );
}

#[test]
fn a_vehicle_in_another_role_is_not_the_events_vehicle() {
    no_flag_either(
        DiscrepancyKind::Vehicle,
        &[
            (
                "The fire broke out in a lorry's refrigeration unit on the car deck.",
                "The ferry caught fire.",
            ),
            (
                "The fire broke out in a lorry on the car deck.",
                "The ferry caught fire off the coast.",
            ),
            (
                "Flames spread across the car deck.",
                "The ship caught fire off the coast.",
            ),
        ],
    );
    // The event's own vehicles still differ.
    for (a, b, ta, tb) in [
        (
            "The lorry caught fire.",
            "The ferry caught fire.",
            "lorry",
            "ferry",
        ),
        (
            "The fire broke out in a lorry on the motorway.",
            "The fire broke out in a bus on the motorway.",
            "lorry",
            "bus",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Vehicle, a, b, ta, tb, false);
    }
}

#[test]
fn counts_of_a_fate_and_of_things_across_languages_are_two_counts() {
    for (a, b) in [
        (
            "Three lifeboats were lowered into the water as the crew fought the blaze.",
            "Los 312 pasajeros fueron evacuados, según la naviera.",
        ),
        (
            "Three lifeboats were lowered and the passengers were taken off, the coastguard said.",
            "Los 312 pasajeros fueron evacuados, según la naviera.",
        ),
        (
            "Drei Rettungsboote wurden zu Wasser gelassen, sagte die Küstenwache.",
            "The 312 passengers were evacuated, the company said.",
        ),
    ] {
        no_number_flag(a, b);
    }
    // Two counts of one fate, or of no fate, across languages are still compared.
    one_flag(
        "The 300 passengers were evacuated, the company said.",
        "Los 312 pasajeros fueron evacuados, según la naviera.",
        "300 passengers",
        "312 pasajeros",
        false,
    );
    assert_eq!(
        number_flags(
            "Two workers were injured, firefighters said.",
            "Trois ouvriers ont été blessés, selon les pompiers.",
        ),
        [(
            "Two workers".to_string(),
            "Trois ouvriers".to_string(),
            false
        )]
    );
}
