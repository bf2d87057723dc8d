//! Tests of the date flag on two reports of one event clause in one place on two days
//! ("on Monday in Leeds" / "on Tuesday in Leeds"): the shared place hides no date.

use super::test_util::{has_flag_each_way, no_flag_either};
use super::*;

#[test]
fn the_same_city_on_two_weekdays_or_dates_differs() {
    for (a, b, ta, tb) in [
        (
            "A bus crashed into a shop on Monday in Leeds, injuring four people.",
            "A bus crashed into a shop on Tuesday in Leeds, injuring four people.",
            "Monday",
            "Tuesday",
        ),
        (
            "Un bus a percuté un magasin lundi à Lyon, blessant quatre personnes.",
            "Un bus a percuté un magasin mardi à Lyon, blessant quatre personnes.",
            "lundi",
            "mardi",
        ),
        (
            "A bus crashed into a shop in Leeds on March 3, injuring four people.",
            "A bus crashed into a shop in Leeds on March 4, injuring four people.",
            "March 3",
            "March 4",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Date, a, b, ta, tb);
    }
    no_flag_either(
        DiscrepancyKind::Date,
        &[(
            "A bus crashed into a shop on Monday in Leeds, injuring four people.",
            "On Monday a bus crashed into a shop in Leeds and four people were hurt.",
        )],
    );
}
