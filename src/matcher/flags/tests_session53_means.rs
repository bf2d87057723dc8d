//! Tests of session 52's last look: the means people were rescued by differ ("were
//! rescued by helicopter" / "were rescued by boat", "mit dem Hubschrauber gerettet" / "mit
//! einem Boot gerettet") and had no vehicle flag (`vehicles.rs`, `means_conflict`,
//! `means_abroad`; `lexicon::conveyances::CONVEYANCE_KINDS`). Near cases: one means told
//! by two words or two languages, a rescue against a transport to hospital, a search by
//! boat, a story's boat and the means told by one side only give no flag.

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::results::DiscrepancyKind::Vehicle;

#[test]
fn two_means_of_one_rescue_differ() {
    // The tester's pairs.
    has_flag_each_way(
        Vehicle,
        "Twelve people were rescued by helicopter.",
        "Twelve people were rescued by boat.",
        "helicopter",
        "boat",
    );
    has_flag_each_way(
        Vehicle,
        "Zwölf Menschen wurden mit dem Hubschrauber gerettet.",
        "Zwölf Menschen wurden mit einem Boot gerettet.",
        "Hubschrauber",
        "Boot",
    );
    // French, Spanish, Italian, Dutch.
    has_flag_each_way(
        Vehicle,
        "Douze personnes ont été secourues en hélicoptère.",
        "Douze personnes ont été secourues en bateau.",
        "hélicoptère",
        "bateau",
    );
    has_flag_each_way(
        Vehicle,
        "Doce personas fueron rescatadas en helicóptero.",
        "Doce personas fueron rescatadas en lancha.",
        "helicóptero",
        "lancha",
    );
    has_flag_each_way(
        Vehicle,
        "Dodici persone sono state salvate in elicottero.",
        "Dodici persone sono state salvate in barca.",
        "elicottero",
        "barca",
    );
    has_flag_each_way(
        Vehicle,
        "Twaalf mensen werden met een helikopter gered.",
        "Twaalf mensen werden met een boot gered.",
        "helikopter",
        "boot",
    );
    // Taken to hospital, told in German.
    has_flag_each_way(
        Vehicle,
        "Die Verletzten wurden mit dem Hubschrauber ins Krankenhaus gebracht.",
        "Die Verletzten wurden mit dem Krankenwagen ins Krankenhaus gebracht.",
        "Hubschrauber",
        "Krankenwagen",
    );
}

#[test]
fn one_means_or_means_of_two_acts_give_no_vehicle_flag() {
    no_flag_either(
        Vehicle,
        &[
            // One means, two words or two languages.
            (
                "Twelve people were rescued by helicopter.",
                "Twelve people were rescued by chopper.",
            ),
            (
                "Twelve people were rescued by helicopter.",
                "Zwölf Menschen wurden mit dem Hubschrauber gerettet.",
            ),
            (
                "Zwölf Menschen wurden mit dem Hubschrauber gerettet.",
                "Zwölf Menschen wurden per Hubschrauber gerettet.",
            ),
            // A rescue against a transport to hospital: both may be true.
            (
                "Twelve people were rescued by boat.",
                "The injured were taken to hospital by helicopter.",
            ),
            (
                "Zwölf Menschen wurden mit einem Boot gerettet.",
                "Die Verletzten wurden mit dem Hubschrauber ins Krankenhaus gebracht.",
            ),
            // A search, and the story's boat.
            (
                "Divers were searching the river by boat.",
                "Twelve people were rescued by helicopter.",
            ),
            (
                "Zwei Menschen starben in einem Boot.",
                "Zwölf Menschen wurden mit dem Hubschrauber gerettet.",
            ),
            // The means told by one side only; a rescuer's vehicle against a story's.
            (
                "Twelve people were rescued by helicopter.",
                "Twelve people were rescued.",
            ),
            (
                "Twelve people were rescued by helicopter.",
                "The bus overturned on the motorway.",
            ),
        ],
    );
}
