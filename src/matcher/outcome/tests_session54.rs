//! Tests of the opposed states session 53's testers found open (`lexicon/opposed_states.rs`,
//! `outcome/opposed.rs`): charged / cleared of a crime, a structure that held / failed, in
//! hospital / detained, in seven languages; with the near cases that must not change (a
//! negation, two subjects, "cleared" of another sense, "failed" of no structure).

use super::tests_condition::{flagged, unflagged};

#[test]
fn charged_against_cleared_is_flagged() {
    for (a, b, ta, tb) in [
        // The tester's pair.
        (
            "The man was charged with murder.",
            "The man was cleared of murder.",
            "charged",
            "cleared",
        ),
        (
            "The man was indicted for fraud.",
            "The man was exonerated of fraud.",
            "indicted",
            "exonerated",
        ),
        (
            "L'homme a été inculpé de meurtre.",
            "L'homme a été blanchi du meurtre.",
            "inculpé",
            "blanchi",
        ),
        (
            "Der Mann wurde wegen Mordes angeklagt.",
            "Der Mann wurde vom Mordvorwurf entlastet.",
            "angeklagt",
            "entlastet",
        ),
        (
            "El hombre fue imputado por asesinato.",
            "El hombre fue exculpado del asesinato.",
            "imputado",
            "exculpado",
        ),
        (
            "L'uomo è stato incriminato per omicidio.",
            "L'uomo è stato scagionato dall'accusa di omicidio.",
            "incriminato",
            "scagionato",
        ),
        (
            "O homem foi indiciado por homicídio.",
            "O homem foi ilibado do homicídio.",
            "indiciado",
            "ilibado",
        ),
        (
            "De man werd aangeklaagd voor moord.",
            "De man werd vrijgepleit van moord.",
            "aangeklaagd",
            "vrijgepleit",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
    for (a, b) in [
        // A negation, another sense of "cleared", two people.
        (
            "The man was not cleared of murder.",
            "The man was charged with murder.",
        ),
        (
            "The road was cleared of debris.",
            "The man was charged with murder.",
        ),
        (
            "The man was charged with murder.",
            "The man was cleared to return home.",
        ),
        (
            "The man was charged with murder.",
            "His brother was cleared of murder.",
        ),
        (
            "The man was charged with murder and later cleared of murder.",
            "The man was cleared of murder.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_levee_that_held_or_failed_and_hospital_or_detained_are_flagged() {
    for (a, b, ta, tb) in [
        ("The levee held.", "The levee failed.", "held", "failed"),
        (
            "Der Deich hielt.",
            "Der Deich versagte.",
            "hielt",
            "versagte",
        ),
        ("La presa resistió.", "La presa falló.", "resistió", "falló"),
        (
            "A barragem resistiu.",
            "A barragem falhou.",
            "resistiu",
            "falhou",
        ),
        (
            "The driver was hospitalized.",
            "The driver was detained.",
            "hospitalized",
            "detained",
        ),
        (
            "El conductor fue hospitalizado.",
            "El conductor fue detenido.",
            "hospitalizado",
            "detenido",
        ),
        (
            "Il conducente è stato ricoverato in ospedale.",
            "Il conducente è stato detenuto.",
            "ricoverato",
            "detenuto",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
    for (a, b) in [
        // "failed" of no structure, two subjects.
        ("The levee held.", "The talks failed."),
        (
            "The driver was hospitalized.",
            "The passenger was detained.",
        ),
        ("The levee held.", "The dam failed."),
    ] {
        unflagged(a, b);
    }
}
