//! Tests of figures of one unit that measure two things (session 56, trial 58): two
//! lengths of two nouns ("35 km" of coast / the "183-metre" vessel, the vessel / "9-metre"
//! waves), a distance offshore against a stretch of coast (`numbers/measured.rs`), a cargo
//! carried against an amount spilt (`numbers/cargo.rs`); and one thing counted under two
//! nouns of a crew across languages ("23 sailors" / "19 marittimi": `lexicon::
//! counted_nouns::CREW`). Each with the near cases that keep their flag: one noun told
//! with another figure, two spills, two cargoes.

use super::test_util::{no_number_flag, number_flags};

/// Asserts that `a` / `b` get exactly one number flag.
fn one_number_flag(a: &str, b: &str) {
    let f = number_flags(a, b);
    assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
}

#[test]
fn lengths_of_two_nouns_are_two_facts() {
    for (a, b) in [
        // The coast the oil reached against the ship's length.
        (
            "More than 500 tonnes of fuel poured into the sea, polluting 35 kilometres of coast.",
            "The 183-metre vessel was carrying the fuel.",
        ),
        // The ship against the waves.
        (
            "The 183-metre vessel ran aground in a storm.",
            "The ship ran aground in a storm with waves of up to 9 metres.",
        ),
        (
            "The 183-metre vessel ran aground off Brittany.",
            "The tanker ran aground as 9-metre waves pounded the coast.",
        ),
        (
            "Waves of up to 9 metres hit the tanker.",
            "La petroliera di 183 metri si è incagliata.",
        ),
        // A distance offshore against a stretch of coast.
        (
            "The tanker ran aground about 3 km offshore.",
            "Some thirty kilometres of coast were polluted.",
        ),
        (
            "Oil polluted 35 km of coastline.",
            "La petroliera si è incagliata a circa tre chilometri dalla costa.",
        ),
        (
            "Slicks had reached 35 km of coastline.",
            "Le navire s'est échoué à moins de 3 km de la côte.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn one_length_told_with_two_figures_keeps_its_flag() {
    for (a, b) in [
        (
            "Oil polluted 35 km of coast.",
            "Le pétrole a pollué trente kilomètres de côtes.",
        ),
        (
            "Oil polluted 35 km of coastline.",
            "Oil polluted 40 km of coastline.",
        ),
        (
            "The tanker ran aground 3 km offshore.",
            "The tanker ran aground 5 km offshore.",
        ),
        (
            "The 183-metre vessel ran aground.",
            "The 190-metre vessel ran aground.",
        ),
        (
            "Waves of up to 9 metres hit the coast.",
            "Des vagues de 12 mètres ont frappé la côte.",
        ),
        // Lengths of no noun are compared as before.
        (
            "The tanker ran aground 3 km away.",
            "The tanker ran aground 5 km away.",
        ),
    ] {
        one_number_flag(a, b);
    }
}

#[test]
fn a_cargo_carried_and_an_amount_spilt_are_two_facts() {
    for (a, b) in [
        (
            "About 400 tonnes of oil had leaked from the hull.",
            "The 183-metre vessel was carrying nearly 3,000 tonnes of fuel.",
        ),
        (
            "The tanker had 2,100 tonnes of fuel on board.",
            "Around 300 tonnes of fuel were spilt.",
        ),
        (
            "Le navire transportait près de 3 000 tonnes de fioul.",
            "About 400 tonnes of oil had leaked.",
        ),
        (
            "A bordo c'erano circa duemila tonnellate di olio combustibile.",
            "Around 300 tonnes of fuel oil have already escaped into the sea.",
        ),
        (
            "Die Ladung von 2.100 Tonnen Öl war an Bord.",
            "Rund 300 Tonnen Öl sind ausgelaufen.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn two_spills_or_two_cargoes_keep_their_flag() {
    for (a, b) in [
        (
            "About 400 tonnes of oil had leaked.",
            "Around 300 tonnes of oil were spilt.",
        ),
        (
            "About 400 tonnes of oil had leaked.",
            "Environ 300 tonnes de fioul se sont échappées.",
        ),
        (
            "The tanker was carrying 2,100 tonnes of fuel.",
            "The tanker was carrying nearly 3,000 tonnes of fuel.",
        ),
        (
            "The tanker was carrying 2,100 tonnes of fuel.",
            "La petroliera trasportava 3.000 tonnellate di carburante.",
        ),
    ] {
        one_number_flag(a, b);
    }
}

#[test]
fn a_crew_counted_in_two_languages_is_one_count() {
    for (a, b) in [
        (
            "Navy helicopters rescued 23 sailors.",
            "Gli elicotteri della Marina hanno salvato 19 marittimi.",
        ),
        (
            "Navy helicopters rescued 23 sailors.",
            "Les hélicoptères de la Marine ont secouru 19 marins.",
        ),
        (
            "Navy helicopters rescued 23 sailors.",
            "Navy helicopters rescued 19 seamen.",
        ),
        (
            "Navy helicopters rescued 23 crew members.",
            "Die Marine hat 19 Seeleute gerettet.",
        ),
    ] {
        one_number_flag(a, b);
    }
    // The same count, and a crew against other people.
    no_number_flag(
        "Navy helicopters rescued 23 sailors.",
        "Gli elicotteri della Marina hanno salvato 23 marittimi.",
    );
    no_number_flag(
        "Navy helicopters rescued 23 sailors.",
        "Les hélicoptères ont évacué 19 passagers.",
    );
}
