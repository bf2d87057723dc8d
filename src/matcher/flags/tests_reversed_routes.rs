//! Tests of routes told the other way round ("from Leeds to York" / "from York to
//! Leeds", "de Lyon à Marseille" / "de Marseille à Lyon"): a place flag on the two routes;
//! none for the same route, a route without direction ("between Leeds and York") or a
//! trip there and back.

use super::test_util::{no_flag_either, one_flag_of};
use super::*;

#[test]
fn a_route_told_the_other_way_round_differs() {
    for (a, b, ta, tb) in [
        (
            "The train from Leeds to York derailed on Monday morning.",
            "The train from York to Leeds derailed on Monday morning.",
            "Leeds to York",
            "York to Leeds",
        ),
        (
            "Le TGV de Lyon à Marseille a déraillé lundi matin.",
            "Le TGV de Marseille à Lyon a déraillé lundi matin.",
            "Lyon à Marseille",
            "Marseille à Lyon",
        ),
        (
            "Der Zug von Berlin nach Hamburg entgleiste am Montag.",
            "Der Zug von Hamburg nach Berlin entgleiste am Montag.",
            "Berlin nach Hamburg",
            "Hamburg nach Berlin",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
    }
}

#[test]
fn the_same_route_a_route_without_direction_or_both_ways_do_not_differ() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "The train from Leeds to York derailed on Monday morning.",
                "A train from Leeds to York came off the rails on Monday.",
            ),
            (
                "The line between Leeds and York was closed on Monday.",
                "The line between York and Leeds was closed on Monday.",
            ),
            (
                "Trains from Leeds to York and from York to Leeds were cancelled.",
                "Trains from York to Leeds were cancelled on Monday.",
            ),
            (
                "The train ran from Monday to Friday between Leeds and York.",
                "The train ran from Friday to Monday between Leeds and York.",
            ),
        ],
    );
}

/// Session 39 (trial 41 F2 rest): a route's end told by a verb of arriving ("the flight
/// from Lisbon landed in Frankfurt" / "from Frankfurt landed in Lisbon").
#[test]
fn a_route_ended_by_a_verb_of_arriving_told_the_other_way_round_differs() {
    for (a, b, ta, tb) in [
        (
            "The flight from Lisbon landed in Frankfurt.",
            "The flight from Frankfurt landed in Lisbon.",
            "Lisbon landed in Frankfurt",
            "Frankfurt landed in Lisbon",
        ),
        (
            "Le vol en provenance de Lisbonne a atterri à Francfort.",
            "Le vol en provenance de Francfort a atterri à Lisbonne.",
            "Lisbonne a atterri à Francfort",
            "Francfort a atterri à Lisbonne",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
    }
}

#[test]
fn a_route_ended_by_a_verb_of_arriving_told_the_same_way_does_not_differ() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "The flight from Lisbon landed in Frankfurt.",
                "The flight from Lisbon to Frankfurt landed safely.",
            ),
            (
                "The flight from Lisbon landed in Frankfurt.",
                "A plane from Lisbon arrived in Frankfurt on Monday.",
            ),
        ],
    );
}
