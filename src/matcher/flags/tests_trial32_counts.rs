//! Tests of counts after trial 32 (F5): figures that count different things are not
//! compared: people a firm employs or who spent the night in tents against a toll, a
//! driver's age against a vehicle's, helicopters that flew the injured against the
//! injured, the dead against the sought ("toujours recherchées"), and the change of one
//! measure against another's told "un 21% más que un año antes".

use super::test_util::{no_number_flag, number_flags, one_flag};

#[test]
fn people_held_or_acting_are_no_toll() {
    for (a, b) in [
        (
            "The factory, owned by Brightweave Ltd, employs about 150 people and makes curtains and upholstery fabric.",
            "LEEDS - Three people died and 11 were hurt on Tuesday after flames engulfed a fabric factory in west Leeds, emergency services said.",
        ),
        (
            "Circa 600 persone hanno trascorso la notte nelle tende allestite dai vigili del fuoco.",
            "ROSSANO – Tre persone sono morte e circa quaranta sono rimaste ferite nel terremoto.",
        ),
        (
            "Un terremoto ha colpito la provincia di Cosenza, uccidendo due persone e ferendone una trentina.",
            "Circa 800 persone hanno dormito nelle tende della Protezione civile.",
        ),
    ] {
        no_number_flag(a, b);
    }
    // The same people told twice still differ, and a passive still tells its toll.
    one_flag(
        "Circa 600 persone hanno trascorso la notte nelle tende.",
        "Circa 300 persone hanno trascorso la notte nelle tende.",
        "Circa 600 persone",
        "Circa 300 persone",
        false,
    );
    one_flag(
        "Twelve people have been injured in the fire.",
        "Five people were injured in the fire.",
        "Twelve people",
        "Five people",
        false,
    );
    one_flag(
        "Twelve people have died in the fire.",
        "Five people died in the fire.",
        "Twelve people",
        "Five people",
        false,
    );
}

#[test]
fn a_toll_noun_after_a_verb_is_its_object() {
    no_number_flag(
        "Rund 120 Rettungskräfte waren im Einsatz, drei Rettungshubschrauber flogen Verletzte in Kliniken nach Passau und Deggendorf.",
        "Auf der A3 zwischen Deggendorf und Passau ist am Mittwoch ein Reisebus in einen Graben gestürzt, 25 Menschen wurden verletzt.",
    );
    no_number_flag(
        "Three helicopters flew the injured to hospitals in Passau.",
        "A coach crashed near Passau and 25 people were injured.",
    );
    // The injured told after their figure are still counted.
    one_flag(
        "Mehr als 30 Menschen wurden bei dem Zugunglück verletzt.",
        "25 Menschen wurden verletzt.",
        "Mehr als 30 Menschen",
        "25 Menschen",
        false,
    );
}

#[test]
fn the_sought_are_the_missing() {
    no_number_flag(
        "Cinq personnes ont été tuées et une douzaine blessées lors des violentes inondations.",
        "Trois personnes sont toujours recherchées.",
    );
    one_flag(
        "Deux personnes sont toujours recherchées.",
        "Trois personnes sont toujours recherchées.",
        "Deux personnes",
        "Trois personnes",
        false,
    );
}

#[test]
fn ages_of_two_owners_are_two_facts() {
    no_number_flag(
        "Der 51 Jahre alte Fahrer wurde leicht verletzt und vorläufig festgenommen.",
        "Das Fahrzeug war nach Angaben des Unternehmens drei Jahre alt.",
    );
    no_number_flag(
        "The 51-year-old driver was slightly injured.",
        "The coach was three years old, the company said.",
    );
    // One owner's age told two ways differs.
    one_flag(
        "Der 51 Jahre alte Fahrer wurde leicht verletzt.",
        "Der 53 Jahre alte Fahrer blieb unverletzt.",
        "51 Jahre alte",
        "53 Jahre alte",
        false,
    );
    one_flag(
        "Das Fahrzeug war nach Angaben des Unternehmens drei Jahre alt.",
        "Das Fahrzeug sei erst zwei Jahre alt gewesen.",
        "drei Jahre alt",
        "zwei Jahre alt",
        false,
    );
}

#[test]
fn a_change_told_against_last_year_is_its_subjects() {
    // The sums after them are not read as the two measures' yet ("hasta 6.400 millones
    // ≠ 2.300 millones" stays, solid since "hasta" after a change is the level reached);
    // the percentages are.
    let f = number_flags(
        "El margen de intereses creció un 9%, hasta 6.400 millones de euros.",
        "Madrid - El beneficio de Banco Meridiano alcanzó los 2.300 millones de euros entre enero y septiembre, un 21% más que un año antes.",
    );
    assert!(f.iter().all(|x| x.0 != "9%"), "{f:?}");
    one_flag(
        "El beneficio creció un 19%, hasta 2.300 millones de euros.",
        "El beneficio alcanzó los 2.300 millones de euros, un 21% más que un año antes.",
        "19%",
        "21%",
        false,
    );
}

#[test]
fn changes_of_two_things_in_other_languages() {
    for (a, b) in [
        (
            "Las ventas crecieron un 5% en el trimestre.",
            "El beneficio neto creció un 14% en el trimestre.",
        ),
        (
            "I ricavi sono cresciuti del 5% nel trimestre.",
            "L'utile netto è salito del 14% nel trimestre.",
        ),
    ] {
        no_number_flag(a, b);
    }
    one_flag(
        "Las ventas crecieron un 5% en el trimestre.",
        "Las ventas subieron un 7% en el trimestre.",
        "5%",
        "7%",
        false,
    );
}

#[test]
fn two_approximations_too_far_apart_are_solid_in_every_language() {
    // Trial 32 F13: one rule for two approximate figures: solid when neither figure lies
    // within the other's reach (a fifth of it).
    for (a, b, ta, tb) in [
        (
            "Circa 600 persone hanno trascorso la notte nelle tende.",
            "Circa 800 persone hanno trascorso la notte nelle tende.",
            "Circa 600 persone",
            "Circa 800 persone",
        ),
        (
            "Cerca de 50 bombeiros combatem as chamas.",
            "Cerca de 70 bombeiros combatem as chamas.",
            "Cerca de 50 bombeiros",
            "Cerca de 70 bombeiros",
        ),
        (
            "Près de 400 pompiers ont été mobilisés.",
            "Environ 600 pompiers ont été mobilisés.",
            "Près de 400 pompiers",
            "Environ 600 pompiers",
        ),
        (
            "About 40 firefighters were sent to the scene.",
            "Around 60 firefighters were sent to the scene.",
            "About 40 firefighters",
            "Around 60 firefighters",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // Within reach of one another: the softer kind.
    for (a, b, ta, tb) in [
        (
            "Circa 600 persone hanno trascorso la notte nelle tende.",
            "Circa 650 persone hanno trascorso la notte nelle tende.",
            "Circa 600 persone",
            "Circa 650 persone",
        ),
        (
            "About 40 firefighters were sent to the scene.",
            "Around 45 firefighters were sent to the scene.",
            "About 40 firefighters",
            "Around 45 firefighters",
        ),
    ] {
        one_flag(a, b, ta, tb, true);
    }
}

#[test]
fn one_approximation_told_twice_agrees() {
    no_number_flag(
        "The Navy had nearly 600 ships in 1989.",
        "By 1989 the Navy had nearly 600 ships.",
    );
    no_number_flag(
        "Circa 600 persone hanno trascorso la notte nelle tende.",
        "Circa 600 persone hanno dormito nelle tende.",
    );
}
