//! Tests of the bounds on counts (`bounds.rs`): a bounded figure that the other side's
//! figure may satisfy gives the softer number flag, one it cannot gives the solid flag.

use super::test_util::{no_number_flag, number_flags, one_flag};

#[test]
fn a_bound_the_other_figure_meets_is_the_softer_kind() {
    let fire = |n: &str| format!("{n} people died in the fire on Monday.");
    one_flag(
        &fire("At least 10"),
        &fire("Twelve"),
        "At least 10 people",
        "Twelve people",
        true,
    );
    one_flag(
        "More than 30 houses burned in the fire on Monday.",
        "Thirty-five houses burned in the fire on Monday.",
        "More than 30 houses",
        "Thirty-five houses",
        true,
    );
    one_flag(
        "Nearly 100 firefighters fought the fire on Monday.",
        "98 firefighters fought the fire on Monday.",
        "Nearly 100 firefighters",
        "98 firefighters",
        true,
    );
    one_flag(
        "The defector was shot at least four times.",
        "The defector was shot five times.",
        "at least four times",
        "five times",
        true,
    );
    one_flag(
        &fire("Up to 20"),
        &fire("Fifteen"),
        "Up to 20 people",
        "Fifteen people",
        true,
    );
    one_flag(
        &fire("As many as 20"),
        &fire("Fifteen"),
        "As many as 20 people",
        "Fifteen people",
        true,
    );
    one_flag(
        &fire("Fewer than 20"),
        &fire("Fifteen"),
        "Fewer than 20 people",
        "Fifteen people",
        true,
    );
    one_flag(
        &fire("About 40"),
        &fire("Forty-five"),
        "About 40 people",
        "Forty-five people",
        true,
    );
    one_flag(
        &fire("Over 30"),
        &fire("Thirty-one"),
        "Over 30 people",
        "Thirty-one people",
        true,
    );
    // Two bounds that overlap: both may be true.
    one_flag(
        &fire("At least 10"),
        &fire("More than a dozen"),
        "At least 10 people",
        "More than a dozen people",
        true,
    );
}

#[test]
fn a_bound_the_other_figure_breaks_stays_solid() {
    let fire = |n: &str| format!("{n} people died in the fire on Monday.");
    one_flag(
        &fire("At least 10"),
        &fire("Eight"),
        "At least 10 people",
        "Eight people",
        false,
    );
    one_flag(
        "More than 30 houses burned in the fire on Monday.",
        "25 houses burned in the fire on Monday.",
        "More than 30 houses",
        "25 houses",
        false,
    );
    // "Nearly" is under the figure, and not far under it.
    one_flag(
        "Nearly 100 firefighters fought the fire on Monday.",
        "102 firefighters fought the fire on Monday.",
        "Nearly 100 firefighters",
        "102 firefighters",
        false,
    );
    one_flag(
        "Nearly 100 firefighters fought the fire on Monday.",
        "60 firefighters fought the fire on Monday.",
        "Nearly 100 firefighters",
        "60 firefighters",
        false,
    );
    one_flag(
        &fire("About 40"),
        &fire("Sixty"),
        "About 40 people",
        "Sixty people",
        false,
    );
    one_flag(
        &fire("Fewer than 20"),
        &fire("Twenty-five"),
        "Fewer than 20 people",
        "Twenty-five people",
        false,
    );
    one_flag(
        &fire("No more than 20"),
        &fire("Twenty-five"),
        "No more than 20 people",
        "Twenty-five people",
        false,
    );
    // Bounds that cannot both hold.
    one_flag(
        &fire("At least 30"),
        &fire("Fewer than 20"),
        "At least 30 people",
        "Fewer than 20 people",
        false,
    );
    // Two exact figures, and an exact one said "only", stay solid.
    one_flag(
        &fire("Ten"),
        &fire("Twelve"),
        "Ten people",
        "Twelve people",
        false,
    );
    one_flag(
        &fire("Only 10"),
        &fire("Twelve"),
        "Only 10 people",
        "Twelve people",
        false,
    );
}

#[test]
fn a_vague_count_stays_the_softer_kind() {
    one_flag(
        "Several people died in the fire on Monday.",
        "Twelve people died in the fire on Monday.",
        "Several people",
        "Twelve people",
        true,
    );
    one_flag(
        "The defector was shot at least four times.",
        "The soldier was shot several times.",
        "at least four times",
        "several times",
        true,
    );
}

#[test]
fn a_glued_unit_and_a_han_count_take_their_bounds() {
    // The development pair: "about 58km" / "60km", within reach of "about".
    one_flag(
        "The epicentre was about 58km south-west of Bandar Abbas.",
        "An earthquake struck 60km south west of Bandar Abbas.",
        "about 58km",
        "60km",
        true,
    );
    one_flag(
        "The epicentre was 58km south-west of Bandar Abbas.",
        "An earthquake struck 60km south west of Bandar Abbas.",
        "58km",
        "60km",
        false,
    );
    // 至少四人 "at least four people" / 五人 "five people" / 三人 "three people".
    one_flag(
        "事故造成至少四人死亡。",
        "事故造成五人死亡。",
        "至少四人",
        "五人",
        true,
    );
    one_flag(
        "事故造成至少四人死亡。",
        "事故造成三人死亡。",
        "至少四人",
        "三人",
        false,
    );
    // 三十多人 "thirty-odd people" / 三十五人 / 二十五人.
    one_flag(
        "事故造成三十多人死亡。",
        "事故造成三十五人死亡。",
        "三十多人",
        "三十五人",
        true,
    );
    one_flag(
        "事故造成三十多人死亡。",
        "事故造成二十五人死亡。",
        "三十多人",
        "二十五人",
        false,
    );
}

#[test]
fn a_range_of_two_figures_takes_in_the_figures_between() {
    let fire = |n: &str| format!("{n} people died in the fire on Monday.");
    for (range, quoted) in [
        ("Between 10 and 20", "Between 10 and 20 people"),
        ("From 10 to 20", "From 10 to 20 people"),
        ("10 to 20", "10 to 20 people"),
        ("10-20", "10-20 people"),
        ("10\u{2013}20", "10\u{2013}20 people"),
        ("10 - 20", "10 - 20 people"),
    ] {
        one_flag(
            &fire(range),
            &fire("Fifteen"),
            quoted,
            "Fifteen people",
            true,
        );
        // Either end is inside the range too.
        one_flag(&fire(range), &fire("Ten"), quoted, "Ten people", true);
        one_flag(&fire(range), &fire("20"), quoted, "20 people", true);
        one_flag(&fire(range), &fire("25"), quoted, "25 people", false);
        one_flag(&fire(range), &fire("Eight"), quoted, "Eight people", false);
        no_number_flag(&fire(range), &fire(range));
    }
    one_flag(
        "Two or three people were injured in the crash on Monday.",
        "Three people were injured in the crash on Monday.",
        "Two or three people",
        "Three people",
        true,
    );
    one_flag(
        "Two or three people were injured in the crash on Monday.",
        "Five people were injured in the crash on Monday.",
        "Two or three people",
        "Five people",
        false,
    );
    // Two ranges that overlap, and two that do not.
    one_flag(
        &fire("Between 10 and 20"),
        &fire("Between 15 and 30"),
        "Between 10 and 20 people",
        "Between 15 and 30 people",
        true,
    );
    one_flag(
        &fire("Between 10 and 20"),
        &fire("Between 25 and 30"),
        "Between 10 and 20 people",
        "Between 25 and 30 people",
        false,
    );
    one_flag(
        &fire("At least 10"),
        &fire("Nine or ten"),
        "At least 10 people",
        "Nine or ten people",
        true,
    );
}

#[test]
fn two_figures_that_are_not_a_range_stay_apart() {
    // Years are dates, a higher figure first is no range ("3-2" is a score), and "10 and
    // 20" without "between" are two counts.
    no_number_flag(
        "The war lasted from 1990 to 1991, officials said.",
        "The war lasted from 1990 to 1992, officials said.",
    );
    one_flag(
        "The home side won 3-2 after five goals on Monday.",
        "The home side won 3-2 after six goals on Monday.",
        "five goals",
        "six goals",
        false,
    );
    one_flag(
        "Police said 10 men and 20 women were arrested on Monday.",
        "Police said 10 men and 25 women were arrested on Monday.",
        "20 women",
        "25 women",
        false,
    );
}

#[test]
fn a_strict_bound_leaves_out_its_own_figure() {
    let fire = |n: &str| format!("{n} people died in the fire on Monday.");
    // A round figure may be the bound rounded (trial 40 T8): the softer kind.
    one_flag(
        "More than 30 houses burned in the fire on Monday.",
        "30 houses burned in the fire on Monday.",
        "More than 30 houses",
        "30 houses",
        true,
    );
    for (bound, quoted) in [
        ("Fewer than 10", "Fewer than 10 people"),
        ("Less than 10", "Less than 10 people"),
        ("Under 10", "Under 10 people"),
        ("Below 10", "Below 10 people"),
        ("Over 10", "Over 10 people"),
        ("Above 10", "Above 10 people"),
    ] {
        one_flag(&fire(bound), &fire("10"), quoted, "10 people", true);
    }
    // A figure that is no round one: both cannot be true.
    for (bound, quoted) in [
        ("Fewer than 12", "Fewer than 12 people"),
        ("Over 12", "Over 12 people"),
    ] {
        one_flag(&fire(bound), &fire("12"), quoted, "12 people", false);
    }
    // 超过30所 "more than 30" / 30所 "30".
    one_flag(
        "超过30所房屋在周一的火灾中被烧毁。",
        "30所房屋在周一的火灾中被烧毁。",
        "超过30所",
        "30所",
        true,
    );
    // A bound that takes in its figure agrees with it.
    no_number_flag(&fire("At least 30"), &fire("30"));
    no_number_flag(&fire("Up to 30"), &fire("30"));
    no_number_flag(&fire("More than 30"), &fire("More than 30"));
    // "Nearly 100" is just under 100, but a "100" may be rounded: told differently, and
    // both may be true.
    one_flag(
        "Nearly 100 firefighters fought the fire on Monday.",
        "100 firefighters fought the fire on Monday.",
        "Nearly 100 firefighters",
        "100 firefighters",
        true,
    );
    one_flag(
        "Nearly 100 firefighters fought the fire on Monday.",
        "More than 100 firefighters fought the fire on Monday.",
        "Nearly 100 firefighters",
        "More than 100 firefighters",
        false,
    );
}

#[test]
fn tens_of_thousands_against_a_figure_far_below_is_solid() {
    let (a, b) = (
        "The rally drew tens of thousands of people on Sunday.",
        "The rally drew about 2,000 people on Sunday.",
    );
    assert_eq!(
        number_flags(a, b),
        vec![(
            "tens of thousands of people".to_string(),
            "about 2,000 people".to_string(),
            false
        )],
        "{a} / {b}"
    );
    assert_eq!(
        number_flags(b, a),
        vec![(
            "about 2,000 people".to_string(),
            "tens of thousands of people".to_string(),
            false
        )],
        "{b} / {a}"
    );
}

#[test]
fn tens_of_thousands_against_a_figure_it_may_be_is_soft_or_agrees() {
    // 30,000 may be tens of thousands: the softer kind, as "thousands" / a figure.
    let f = number_flags(
        "The rally drew tens of thousands of people on Sunday.",
        "The rally drew 30,000 people on Sunday.",
    );
    assert!(f.iter().all(|x| x.2), "{f:?}");
    // "thousands" alone against 2,000 stays the softer kind.
    let f = number_flags(
        "The rally drew thousands of people on Sunday.",
        "The rally drew about 2,000 people on Sunday.",
    );
    assert!(f.iter().all(|x| x.2), "{f:?}");
    no_number_flag(
        "The rally drew tens of thousands of people on Sunday.",
        "Tens of thousands of people came to the rally on Sunday.",
    );
}

/// Trial 42 C5: two ranges that differ, told as a forecast in either sentence, are two
/// claims (the solid kind); two ranges of an estimate of a toll stay the softer kind
/// (`a_range_of_two_figures_takes_in_the_figures_between`).
#[test]
fn two_forecast_ranges_that_differ_are_the_solid_kind() {
    let solid = |a: &str, b: &str| {
        let f = number_flags(a, b);
        assert!(!f.is_empty() && f.iter().all(|x| !x.2), "{a} / {b}: {f:?}");
    };
    solid(
        "ASML verwacht een omzet tussen 7,4 en 7,9 miljard euro.",
        "ASML rekent op 7,2 tot 7,7 miljard euro omzet.",
    );
    solid(
        "The company expects revenue of between 7.4 and 7.9 billion euros.",
        "The company forecast revenue of 7.2 to 7.7 billion euros.",
    );
    no_number_flag(
        "The company expects revenue of between 7.4 and 7.9 billion euros.",
        "The company forecast revenue of 7.4 to 7.9 billion euros.",
    );
    let soft = number_flags(
        "Between 10 and 20 people died in the fire on Monday.",
        "Between 15 and 30 people died in the fire on Monday.",
    );
    assert!(soft.iter().all(|x| x.2), "{soft:?}");
}
