//! Tests of trial 50's F6 vehicle flag: a car of a train ("three coaches rolled onto their
//! sides", "two cars derailed") is part of the train told by the other sentence, no other
//! vehicle (`vehicles.rs`, `rail_car`); a coach on the road against a train, and two
//! vehicles of the road, still differ.

use super::test_util::{flags_of, has_flag_each_way, no_flag_either};
use crate::matcher::results::DiscrepancyKind::Vehicle;

#[test]
fn a_car_of_a_train_is_no_other_vehicle_than_the_train() {
    // Trial 50 F6, the tester's pair.
    no_flag_either(
        Vehicle,
        &[
            (
                "Three of the train's five carriages overturned and slid down an embankment after the train left the tracks at around 7:40 a.m., the regional prefecture said.",
                "The accident happened shortly after 8:10 a.m., when the regional service from Besançon left the line on a curve and three coaches rolled onto their sides down a bank.",
            ),
            ("The train derailed near Pontarlier.", "Three coaches overturned."),
            ("The train left the tracks.", "Two cars derailed."),
            ("The rear coach of the train overturned.", "The train overturned."),
            ("A wagon of the freight train caught fire.", "The train caught fire."),
        ],
    );
}

#[test]
fn a_coach_on_the_road_or_a_car_at_a_crossing_is_another_vehicle() {
    // One coach against a train told by the other sentence alone: a bus.
    has_flag_each_way(
        Vehicle,
        "The coach overturned on the motorway.",
        "The train overturned.",
        "coach",
        "train",
    );
    // Two vehicles of the road differ still.
    has_flag_each_way(
        Vehicle,
        "Three coaches collided on the motorway.",
        "Three trucks collided on the motorway.",
        "coaches",
        "trucks",
    );
    // A car hit by a train is a car: against a truck hit by one, no flag of the train.
    assert_eq!(
        flags_of(
            Vehicle,
            "A car was hit by a train at a level crossing.",
            "A truck was hit at a level crossing."
        ),
        vec![("car".to_string(), "truck".to_string(), false)]
    );
}
