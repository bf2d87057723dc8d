//! Tests of sums and lengths of time after trial 34 (F6): what a sum is of (a fine, a sum
//! taken, a contract's value, damages, bail) and what a length of time is of (a prison
//! sentence, a detention before trial, a trial) make two figures two facts when the words
//! near them tell two purposes; figures of one purpose, or of a purpose no word tells,
//! are still compared. An age told "Ortega, de 62 años," is an age, no sentence.

use super::test_util::{no_number_flag, number_flags, one_flag};
use crate::matcher::align::count_slots_shared;
use crate::matcher::features::{Idf, Prepared};

#[test]
fn sums_of_two_purposes_are_two_facts() {
    for (a, b) in [
        // Trial 34 F6.1 and F6.2, as written: a fine / the bribes, the bribes / the
        // contracts' value.
        (
            "The court also fined Ortega 2.4 million euros.",
            "Presiding judge Elena Marín said Ortega took around 1.5 million euros from builders who won dredging contracts.",
        ),
        (
            "Ortega had received at least 1.8 million euros in cash and gifts in exchange for awarding dredging contracts.",
            "Dredging contracts worth 40 million euros were at the centre of the case.",
        ),
        (
            "Según la sentencia, Ortega recibió al menos 1,8 millones de euros en efectivo y regalos a cambio de adjudicar contratos de dragado.",
            "Los contratos de dragado investigados suman 40 millones de euros.",
        ),
        // The kind: damages, bail and a fine; Italian bribes and a contract.
        (
            "The company was fined $2 million.",
            "The company must pay $5 million in damages to the families.",
        ),
        (
            "He was released on bail of $50,000.",
            "He was fined $20,000 for contempt of court.",
        ),
        (
            "L'ex sindaco avrebbe intascato tangenti per 3 milioni di euro.",
            "Il contratto per la nuova metropolitana vale 90 milioni di euro.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn sums_of_one_purpose_or_of_none_told_still_differ() {
    one_flag(
        "The company was fined $2 million.",
        "The company was ordered to pay a $3 million fine.",
        "$2 million",
        "$3 million",
        false,
    );
    one_flag(
        "He took bribes worth 1.5 million euros.",
        "He received 1.8 million euros in bribes.",
        "1.5 million euros",
        "1.8 million euros",
        false,
    );
    // Spanish bribes, "de euros" read as the currency of the sum.
    assert_eq!(
        number_flags(
            "Según la sentencia, Ortega recibió al menos 1,8 millones de euros en efectivo.",
            "La jueza considera probado que Ortega cobró unos 1,5 millones de euros de las constructoras.",
        )
        .len(),
        1
    );
    // A sum whose purpose no word tells may be the other's.
    assert_eq!(
        number_flags(
            "Ortega paid 2.4 million euros.",
            "Ortega paid a fine of 2 million euros.",
        )
        .len(),
        1
    );
}

#[test]
fn lengths_of_two_purposes_are_two_facts() {
    for (a, b) in [
        // Trial 34 F6.4, as written: a detention before trial / the trial's length.
        (
            "Ortega was arrested in March 2020 and spent eight months in pre-trial detention.",
            "The trial began in May and lasted nearly six months, with more than 90 witnesses testifying.",
        ),
        (
            "The trial lasted five months and heard more than 90 witnesses.",
            "Ferrer was arrested in June 2018 and spent three months in pre-trial detention.",
        ),
        // The kind: a sentence / a detention ("prisión provisional" is one), a trial.
        (
            "He was sentenced to seven years in prison.",
            "He had spent two years in custody before the verdict.",
        ),
        (
            "Ortega fue condenado a seis años de cárcel.",
            "Ortega pasó ocho meses en prisión provisional.",
        ),
        (
            "El juicio duró cuatro meses.",
            "Ortega pasó ocho meses en prisión provisional.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn lengths_of_one_purpose_still_differ() {
    one_flag(
        "The trial lasted five months.",
        "The trial lasted six months.",
        "five months",
        "six months",
        false,
    );
    one_flag(
        "He was sentenced to seven years in prison.",
        "He was sentenced to six years in prison.",
        "seven years",
        "six years",
        false,
    );
    one_flag(
        "Ortega fue condenado a siete años de cárcel.",
        "Ortega fue condenado a seis años de prisión.",
        "siete años",
        "seis años",
        false,
    );
}

#[test]
fn an_age_after_de_between_commas_is_no_sentence() {
    // Trial 34 F6.5, as written.
    no_number_flag(
        "La Fiscalía Anticorrupción había pedido 11 años de cárcel para Ortega.",
        "Ortega, de 62 años, abandonó la Audiencia sin hacer declaraciones.",
    );
    no_number_flag(
        "Il pm aveva chiesto 11 anni di carcere per Rossi.",
        "Rossi, di 62 anni, ha lasciato il tribunale.",
    );
    // Two ages of one man still differ.
    assert_eq!(
        number_flags(
            "Ortega, de 62 años, abandonó la Audiencia.",
            "Ortega, de 61 años, salió de la Audiencia.",
        )
        .len(),
        1
    );
}

#[test]
fn sums_of_two_purposes_fill_no_count_slot() {
    // The score's count slots follow the number flag: a fine and the bribes are no slot
    // filled alike; two fines are.
    let idf = Idf::builtin();
    let slots =
        |a: &str, b: &str| count_slots_shared(&Prepared::new(a, idf), &Prepared::new(b, idf)).2;
    assert_eq!(
        slots(
            "The court also fined Ortega 2.4 million euros.",
            "Ortega took around 1.5 million euros from builders.",
        ),
        0
    );
    assert_eq!(
        slots(
            "Ortega recibió al menos 1,8 millones de euros a cambio de contratos.",
            "Los contratos investigados suman 40 millones de euros.",
        ),
        0
    );
    assert_eq!(
        slots(
            "The court also fined Ortega 2.4 million euros.",
            "The court fined Ortega 2 million euros.",
        ),
        1
    );
}

#[test]
fn a_fate_noun_before_di_or_de_tells_the_toll() {
    // Trial 34 F3, as written: the dead against the dead, the injured against the injured.
    let flags = number_flags(
        "Un treno regionale è deragliato all'alba di venerdì vicino a Bologna, causando la morte di cinque persone e il ferimento di 40, secondo la protezione civile.",
        "Quattro persone sono morte e 37 sono rimaste ferite venerdì mattina nel deragliamento di un treno regionale vicino a Bologna.",
    );
    let texts: Vec<(&str, &str)> = flags
        .iter()
        .map(|(a, b, _)| (a.as_str(), b.as_str()))
        .collect();
    assert!(
        texts.contains(&("cinque persone", "Quattro persone")),
        "{flags:?}"
    );
    assert!(texts.contains(&("40", "37")), "{flags:?}");
    assert_eq!(flags.len(), 2, "{flags:?}");
    // Spanish: the death of a count is the dead, not the evacuated.
    assert_eq!(
        number_flags(
            "El incendio causó la muerte de tres personas.",
            "Unas 200 personas fueron evacuadas.",
        ),
        vec![]
    );
}
