//! Tests of the speaker flag from trial 43 (D): a role held at a body ("the hospital's
//! director"), bodies as speakers ("segundo a Marinha", "la Protezione civile"), a name
//! after a role with a possessive ("su abogado, Pedro Lanza"), and two spokespeople told
//! by their bodies ("eine Lufthansa-Sprecherin" / "ein Polizeisprecher").

use super::test_util::{has_flag_each_way, no_flag_either};
use super::*;

#[test]
fn a_role_held_at_a_body_is_no_public_office() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"We will not pay,\" the hospital's director told AFP.",
        "\"We will not pay,\" Health Minister Catherine Vautrin told reporters.",
        "hospital's director",
        "Health Minister Catherine Vautrin",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"We will not pay,\" said the hospital's director.",
        "\"We will not pay,\" said Health Minister Catherine Vautrin.",
        "hospital's director",
        "Health Minister Catherine Vautrin",
    );
    // The same role, a name without an office or with a degree (who may run the
    // hospital), a role of a town against its mayor: no flag.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "\"We will not pay,\" the hospital's director told AFP.",
                "\"We will not pay,\" the hospital's director said.",
            ),
            (
                "\"We will not pay,\" the hospital's director told AFP.",
                "\"We will not pay,\" said Dr. John Smith.",
            ),
            (
                "\"We will not pay,\" the hospital's director told AFP.",
                "\"We will not pay,\" said Jean Martin.",
            ),
            (
                "\"We will not pay,\" the city's top official told AFP.",
                "\"We will not pay,\" said Mayor John Smith.",
            ),
            (
                "\"We will not pay,\" the ministry's spokesman told AFP.",
                "\"We will not pay,\" said Health Minister Catherine Vautrin.",
            ),
        ],
    );
}

#[test]
fn two_bodies_or_a_body_and_an_office_credited_with_one_statement() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Doze pessoas morreram, segundo a Marinha.",
        "Doze pessoas morreram, segundo os bombeiros.",
        "Marinha",
        "bombeiros",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Doze pessoas morreram, disse a Marinha.",
        "Doze pessoas morreram, disseram os bombeiros.",
        "Marinha",
        "bombeiros",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"Nessun pericolo per la popolazione\", ha assicurato la Protezione civile.",
        "\"Nessun pericolo per la popolazione\", ha assicurato il sindaco di Catania.",
        "Protezione civile",
        "sindaco di Catania",
    );
    // A body against its own spokesperson or a person named without an office: no flag.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Doze pessoas morreram, segundo a Marinha.",
                "Doze pessoas morreram, disse um porta-voz da Marinha.",
            ),
            (
                "\"Nessun pericolo per la popolazione\", ha assicurato la Protezione civile.",
                "\"Nessun pericolo per la popolazione\", ha assicurato Fabrizio Curcio.",
            ),
            (
                "Doze pessoas morreram, segundo a Marinha.",
                "Segundo a Marinha, doze pessoas morreram.",
            ),
        ],
    );
}

#[test]
fn a_name_after_a_possessive_role_is_the_speaker() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"La vamos a recurrir\", dijo su abogado, Pedro Lanza.",
        "\"La vamos a recurrir\", declaró el propio Roca.",
        "Pedro Lanza",
        "Roca",
    );
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "\"La vamos a recurrir\", dijo su abogado, Pedro Lanza.",
                "\"La vamos a recurrir\", dijo Pedro Lanza.",
            ),
            (
                "\"La vamos a recurrir\", declaró el propio Roca.",
                "\"La vamos a recurrir\", dijo Roca.",
            ),
        ],
    );
}

#[test]
fn two_spokespeople_are_told_by_their_bodies() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "„Der Flugbetrieb läuft wieder normal“, sagte eine Lufthansa-Sprecherin.",
        "„Der Flugbetrieb läuft wieder normal“, sagte ein Polizeisprecher.",
        "Lufthansa-Sprecherin",
        "Polizeisprecher",
    );
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "„Der Flugbetrieb läuft wieder normal“, sagte eine Lufthansa-Sprecherin.",
                "„Der Flugbetrieb läuft wieder normal“, sagte ein Lufthansa-Sprecher.",
            ),
            (
                "„Der Flugbetrieb läuft wieder normal“, sagte eine Lufthansa-Sprecherin.",
                "„Der Flugbetrieb läuft wieder normal“, teilte die Lufthansa mit.",
            ),
            (
                "\"Flights are back to normal,\" a Lufthansa spokeswoman said.",
                "\"Flights are back to normal,\" a Lufthansa spokesman said.",
            ),
        ],
    );
}

#[test]
fn a_participle_and_a_verb_of_two_words_have_their_speakers() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Taoiseach Micheál Martin urged people to stay at home, calling it \"a dangerous storm\".",
        "\"This is a dangerous storm,\" said Environment Minister Darragh O'Brien.",
        "Taoiseach Micheál Martin",
        "Environment Minister Darragh O'Brien",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"De situatie is onder controle\", liet burgemeester Aboutaleb weten.",
        "\"De situatie is onder controle\", zei minister Yeşilgöz.",
        "burgemeester Aboutaleb",
        "minister Yeşilgöz",
    );
    // One person each time; "according to" after a comma is no participle.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Taoiseach Micheál Martin urged people to stay at home, calling it \"a dangerous storm\".",
                "\"This is a dangerous storm,\" said Micheál Martin.",
            ),
            (
                "\"De situatie is onder controle\", liet burgemeester Aboutaleb weten.",
                "\"De situatie is onder controle\", zei Aboutaleb.",
            ),
            (
                "Twelve people died in the storm, according to police.",
                "Twelve people died in the storm, Mayor John Smith said.",
            ),
        ],
    );
}
