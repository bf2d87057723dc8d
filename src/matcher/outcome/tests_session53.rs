//! Tests of the outcome faults session 52's last tester found open: opposed states of one
//! subject (sober / drunk, a structure held / failed, taken to hospital / into custody:
//! `lexicon/opposed_states.rs`, `outcome/opposed.rs`) in seven languages, and a death
//! denied as victims after a word of there being ("No hubo víctimas mortales", "Non ci sono
//! state vittime": `outcome/negation.rs`); each with the near cases that must not change
//! (one state told in two words, two subjects, a word of another sense).

use super::tests_condition::{flagged, unflagged};

#[test]
fn sober_against_drunk_is_flagged_in_seven_languages() {
    for (a, b, ta, tb) in [
        // The tester's pair.
        (
            "The driver was sober, police said.",
            "The driver was drunk, police said.",
            "sober",
            "drunk",
        ),
        (
            "Le conducteur était sobre.",
            "Le conducteur était ivre.",
            "sobre",
            "ivre",
        ),
        (
            "Der Fahrer war nüchtern.",
            "Der Fahrer war betrunken.",
            "nüchtern",
            "betrunken",
        ),
        (
            "El conductor estaba sobrio.",
            "El conductor estaba ebrio.",
            "sobrio",
            "ebrio",
        ),
        (
            "Il conducente era sobrio.",
            "Il conducente era ubriaco.",
            "sobrio",
            "ubriaco",
        ),
        (
            "O motorista estava sóbrio.",
            "O motorista estava embriagado.",
            "sóbrio",
            "embriagado",
        ),
        (
            "De bestuurder was nuchter.",
            "De bestuurder was dronken.",
            "nuchter",
            "dronken",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn a_structure_held_against_failed_is_flagged_in_seven_languages() {
    for (a, b, ta, tb) in [
        // The tester's pair.
        ("The dam held.", "The dam broke.", "held", "broke"),
        (
            "The levee held overnight.",
            "The levee gave way overnight.",
            "held",
            "gave",
        ),
        ("La digue a tenu.", "La digue a cédé.", "tenu", "cédé"),
        ("Der Deich hielt.", "Der Deich brach.", "hielt", "brach"),
        ("La presa resistió.", "La presa cedió.", "resistió", "cedió"),
        (
            "L'argine ha retto.",
            "L'argine ha ceduto.",
            "retto",
            "ceduto",
        ),
        (
            "A barragem resistiu.",
            "A barragem rompeu.",
            "resistiu",
            "rompeu",
        ),
        (
            "De dijk hield stand.",
            "De dijk bezweek.",
            "hield",
            "bezweek",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn hospital_against_custody_is_flagged_in_seven_languages() {
    for (a, b, ta, tb) in [
        // The tester's pair.
        (
            "The suspect was taken to hospital.",
            "The suspect was taken into custody.",
            "hospital",
            "custody",
        ),
        (
            "Le suspect a été transporté à l'hôpital.",
            "Le suspect a été placé en garde à vue.",
            "l'hôpital",
            "garde à vue",
        ),
        (
            "Der Verdächtige wurde ins Krankenhaus gebracht.",
            "Der Verdächtige wurde in Gewahrsam genommen.",
            "Krankenhaus",
            "Gewahrsam",
        ),
        (
            "El sospechoso fue trasladado al hospital.",
            "El sospechoso fue puesto bajo custodia.",
            "hospital",
            "custodia",
        ),
        (
            "Il sospettato è stato portato in ospedale.",
            "Il sospettato è stato portato in carcere.",
            "ospedale",
            "carcere",
        ),
        (
            "O suspeito foi levado para o hospital.",
            "O suspeito foi levado sob custódia.",
            "hospital",
            "custódia",
        ),
        (
            "De verdachte werd naar het ziekenhuis gebracht.",
            "De verdachte werd in hechtenis genomen.",
            "ziekenhuis",
            "hechtenis",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn one_state_in_two_words_two_subjects_or_another_sense_is_no_conflict() {
    for (a, b) in [
        // One state told in two words.
        (
            "The driver was sober, police said.",
            "The driver was not drunk, police said.",
        ),
        ("The dam held.", "The dam did not break."),
        ("The dam broke.", "The dam burst."),
        (
            "The suspect was taken to hospital.",
            "The suspect was hospitalised.",
        ),
        // Two subjects.
        (
            "The driver was sober, police said.",
            "The passenger was drunk, police said.",
        ),
        (
            "The officer was taken to hospital.",
            "The suspect was taken into custody.",
        ),
        // Words of another sense: a meeting held, a fire broke out, a hospital's
        // spokesman, Spanish "sobre" (about), a drink drunk.
        (
            "The council held a meeting near the dam.",
            "A fire broke out near the dam.",
        ),
        (
            "A hospital spokesman said the suspect was stable.",
            "The suspect was taken into custody.",
        ),
        (
            "El informe sobre el conductor fue publicado.",
            "El conductor estaba ebrio.",
        ),
        (
            "The driver had drunk two glasses of water.",
            "The driver was sober.",
        ),
        // Both states in one sentence.
        (
            "The suspect was taken to hospital in police custody.",
            "The suspect was taken into custody.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn victims_denied_after_a_word_of_there_being_deny_a_death() {
    for (a, b, ta, tb) in [
        // The tester's pair.
        (
            "Una persona murió.",
            "No hubo víctimas mortales.",
            "murió",
            "No hubo víctimas",
        ),
        (
            "Una persona murió.",
            "No se registraron víctimas mortales.",
            "murió",
            "No se registraron víctimas",
        ),
        (
            "Una persona è morta.",
            "Non ci sono state vittime.",
            "morta",
            "Non ci sono state vittime",
        ),
        (
            "Una persona è morta.",
            "Non ci sono vittime mortali.",
            "morta",
            "Non ci sono vittime",
        ),
        (
            "Uma pessoa morreu.",
            "Não houve vítimas mortais.",
            "morreu",
            "Não houve vítimas",
        ),
        (
            "Eén persoon is overleden.",
            "Er vielen geen dodelijke slachtoffers.",
            "overleden",
            "geen dodelijke slachtoffers",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn victims_denied_against_the_injured_or_a_qualifier_untold_keep_no_flag() {
    for (a, b) in [
        (
            "Tres personas resultaron heridas.",
            "No hubo víctimas mortales.",
        ),
        (
            "Tre persone sono rimaste ferite.",
            "Non ci sono state vittime.",
        ),
        ("No hubo víctimas mortales.", "No hubo víctimas."),
        // A qualifier that narrows what is denied still keeps its flag off.
        ("Una persona è morta.", "Non ci sono vittime straniere."),
    ] {
        unflagged(a, b);
    }
}
