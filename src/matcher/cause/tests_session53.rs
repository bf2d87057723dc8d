//! Tests of the cause faults session 52's last tester found open: a landslide caused by
//! rain against one caused by an earthquake (a class of its own now, seven languages); a
//! landslide against an avalanche and it "frana" against "alluvione" as what hit
//! (`lexicon/agents.rs`, the softer kind); a fire's origin told as set on purpose ("di
//! origine dolosa", "d'origine criminelle": `of_origin`) against lightning; with the near
//! cases that must not change (one cause in two words or two languages, a mudslide as a
//! landslide).

use super::tests_trial55::{cause, no_cause};

#[test]
fn rain_against_an_earthquake_as_a_landslides_cause_is_flagged() {
    for (a, b, ta, tb) in [
        // The tester's pair.
        (
            "The landslide was caused by heavy rain.",
            "The landslide was caused by an earthquake.",
            "rain",
            "earthquake",
        ),
        (
            "Le glissement de terrain a été provoqué par de fortes pluies.",
            "Le glissement de terrain a été provoqué par un séisme.",
            "pluies",
            "séisme",
        ),
        (
            "Der Erdrutsch wurde durch starke Regenfälle ausgelöst.",
            "Der Erdrutsch wurde durch ein Erdbeben ausgelöst.",
            "Regenfälle",
            "Erdbeben",
        ),
        (
            "El deslizamiento fue provocado por las lluvias.",
            "El deslizamiento fue provocado por un terremoto.",
            "lluvias",
            "terremoto",
        ),
        (
            "La frana è stata causata dalla pioggia.",
            "La frana è stata causata da un terremoto.",
            "pioggia",
            "terremoto",
        ),
        // pt "pelas": "por" joined to its article.
        (
            "O deslizamento foi causado pelas chuvas.",
            "O deslizamento foi causado por um sismo.",
            "chuvas",
            "sismo",
        ),
        (
            "De aardverschuiving werd veroorzaakt door hevige regen.",
            "De aardverschuiving werd veroorzaakt door een aardbeving.",
            "regen",
            "aardbeving",
        ),
    ] {
        cause(a, b, ta, tb, false);
    }
}

#[test]
fn a_landslide_against_an_avalanche_or_a_flood_is_the_softer_flag() {
    for (a, b, ta, tb) in [
        // The tester's pairs.
        (
            "A landslide buried the village.",
            "An avalanche buried the village.",
            "landslide",
            "avalanche",
        ),
        (
            "Una frana ha travolto il paese.",
            "Un'alluvione ha travolto il paese.",
            "frana",
            "Un'alluvione",
        ),
        (
            "Ein Erdrutsch verschüttete das Dorf.",
            "Eine Lawine verschüttete das Dorf.",
            "Erdrutsch",
            "Lawine",
        ),
        (
            "Un glissement de terrain a enseveli le village.",
            "Une avalanche a enseveli le village.",
            "glissement de terrain",
            "avalanche",
        ),
        (
            "Un deslizamiento de tierra sepultó el pueblo.",
            "Una avalancha sepultó el pueblo.",
            "deslizamiento de tierra",
            "avalancha",
        ),
        (
            "Una frana ha sepolto il paese.",
            "Una valanga ha sepolto il paese.",
            "frana",
            "valanga",
        ),
        (
            "Um deslizamento de terra soterrou a aldeia.",
            "Uma avalanche soterrou a aldeia.",
            "deslizamento de terra",
            "avalanche",
        ),
        (
            "Een aardverschuiving bedolf het dorp.",
            "Een lawine bedolf het dorp.",
            "aardverschuiving",
            "lawine",
        ),
    ] {
        cause(a, b, ta, tb, true);
    }
}

#[test]
fn an_origin_set_on_purpose_against_lightning_is_flagged() {
    for (a, b, ta, tb) in [
        // The tester's pair.
        (
            "L'incendio è di origine dolosa.",
            "L'incendio è stato causato da un fulmine.",
            "origine dolosa",
            "fulmine",
        ),
        (
            "L'incendie est d'origine criminelle.",
            "L'incendie a été provoqué par la foudre.",
            "d'origine criminelle",
            "foudre",
        ),
        (
            "El incendio es de origen intencionado.",
            "El incendio fue provocado por un rayo.",
            "origen intencionado",
            "rayo",
        ),
        (
            "O incêndio é de origem criminosa.",
            "O incêndio foi causado por um raio.",
            "origem criminosa",
            "raio",
        ),
        (
            "The fire was of criminal origin.",
            "The fire was caused by lightning.",
            "criminal origin",
            "lightning",
        ),
    ] {
        cause(a, b, ta, tb, false);
    }
}

#[test]
fn one_cause_in_two_words_or_two_languages_is_no_conflict() {
    for (a, b) in [
        (
            "The landslide was caused by heavy rain.",
            "The landslide was caused by torrential rainfall.",
        ),
        (
            "The landslide was caused by an earthquake.",
            "La frana è stata causata da un terremoto.",
        ),
        (
            "A landslide buried the village.",
            "A mudslide buried the village.",
        ),
        (
            "Una frana ha travolto il paese.",
            "A landslide swept through the village.",
        ),
        (
            "L'incendio è di origine dolosa.",
            "The fire was started deliberately.",
        ),
        (
            "L'incendio è di origine dolosa.",
            "Gli inquirenti parlano di un incendio doloso.",
        ),
        // A mud avalanche is a debris flow, not a snow avalanche.
        (
            "Uma avalanche de lama soterrou a aldeia.",
            "Um deslizamento de lama soterrou a aldeia.",
        ),
    ] {
        no_cause(a, b);
    }
}
