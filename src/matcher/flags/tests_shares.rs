//! Tests of shares and rounded figures in the number flags (`figures::proportion`,
//! `figures::figure_step`): "one in five" is a share of 20 %, not five of anything, and a
//! figure told to fewer digits may be the other one rounded (the softer flag).

use super::test_util::{no_number_flag, number_flags, one_flag};

#[test]
fn a_proportion_is_a_share_not_a_count_of_its_whole() {
    let poll = |x: &str| format!("{x} voters backed the plan, the poll found.");
    // "five" is no count of voters: twelve voters is another figure of another kind.
    no_number_flag(&poll("One in five"), &poll("Twelve"));
    no_number_flag(&poll("One in five"), &poll("Five"));
    // The same share told as a percentage or another proportion agrees.
    for same in [
        "Twenty percent of",
        "20% of",
        "20 per cent of",
        "Two in ten",
        "One out of five",
        "One of every five",
    ] {
        no_number_flag(&poll("One in five"), &poll(same));
    }
    no_number_flag(
        "Three out of four doctors agreed.",
        "75 percent of doctors agreed.",
    );
    // Another proportion differs: the solid kind.
    one_flag(
        &poll("One in five"),
        &poll("One in four"),
        "One in five voters",
        "One in four voters",
        false,
    );
    // A percentage near the share may be the share rounded: the softer kind; one far from
    // it differs.
    one_flag(
        &poll("One in five"),
        &poll("22 percent of"),
        "One in five voters",
        "22 percent",
        true,
    );
    one_flag(
        &poll("One in five"),
        &poll("30 percent of"),
        "One in five voters",
        "30 percent",
        false,
    );
    // A bound before the part is the share's bound: met, the softer kind; not met, solid.
    one_flag(
        &poll("More than one in five"),
        &poll("23 percent of"),
        "More than one in five voters",
        "23 percent",
        true,
    );
    one_flag(
        &poll("More than one in five"),
        &poll("15 percent of"),
        "More than one in five voters",
        "15 percent",
        false,
    );
}

#[test]
fn a_proportion_needs_two_figures_the_part_within_the_whole() {
    // A date is no whole, nor a figure larger than its whole a part.
    let a = "One in 2010 was the year the plan passed with 12 votes.";
    let b = "One in 2010 was the year the plan passed with 14 votes.";
    assert_eq!(number_flags(a, b).len(), 1, "{:?}", number_flags(a, b));
    no_number_flag(
        "Six in five hundred homes were empty, 12 people said.",
        "Six in five hundred homes were empty, 12 people said.",
    );
}

#[test]
fn a_figure_told_to_fewer_digits_may_be_the_other_rounded() {
    let rate = |x: &str| format!("Unemployment rose to {x} in March.");
    one_flag(
        &rate("0.8 per cent"),
        &rate("0.81 percent"),
        "0.8 per cent",
        "0.81 percent",
        true,
    );
    one_flag(
        "The fund lost 1.5 million dollars.",
        "The fund lost 1,460,000 dollars.",
        "1.5 million dollars",
        "1,460,000 dollars",
        true,
    );
    // Told to the same place, two figures differ: the solid kind.
    one_flag(
        &rate("0.8 per cent"),
        &rate("0.9 per cent"),
        "0.8 per cent",
        "0.9 per cent",
        false,
    );
    one_flag(
        "3,000 people attended.",
        "3,200 people attended.",
        "3,000 people",
        "3,200 people",
        false,
    );
    // More than half a step apart: no rounding makes one the other.
    one_flag(
        &rate("0.8 per cent"),
        &rate("0.86 percent"),
        "0.8 per cent",
        "0.86 percent",
        false,
    );
}

#[test]
fn the_whole_a_share_is_of_is_no_count_of_the_fact() {
    for (a, b) in [
        (
            "Half of the 90 passengers were injured.",
            "45 passengers were injured.",
        ),
        (
            "A third of the 90 passengers were injured.",
            "30 passengers were injured.",
        ),
        (
            "One in five of the 1,000 workers were laid off.",
            "200 workers were laid off.",
        ),
        (
            "20 percent of the 1,000 workers were laid off.",
            "200 workers were laid off.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

/// Two shares of one whole (a runoff): a single share of the other sentence is told
/// against the nearer one, the same candidate's, not the rival's (trial 41 F3).
#[test]
fn a_share_is_told_against_the_same_sides_share_of_a_split() {
    let a = "Sie kam am Sonntag auf 54,3 Prozent der Stimmen, wie die Stadt mitteilte.";
    let b = "In der Stichwahl setzte sie sich mit 53,4 Prozent gegen Markus Brandt durch, der auf 46,6 Prozent kam.";
    let got = number_flags(a, b);
    assert!(got.iter().all(|(_, y, _)| !y.contains("46,6")), "{got:?}");
    let a = "Her rival Mark Brandt won 45.7 percent of the vote.";
    let b = "Keller won with 53.4 percent against Mark Brandt, who got 46.6 percent.";
    let got = number_flags(a, b);
    assert!(got.iter().all(|(_, y, _)| !y.contains("53.4")), "{got:?}");
    // Shares that are no split of one whole (no two summing to 100): the anchor decides.
    let a = "Inflation rose to 3 percent in May.";
    let b = "Inflation rose to 4 percent in May, while wages grew 3.5 percent.";
    let got = number_flags(a, b);
    assert!(got.iter().any(|(_, y, _)| y.contains('4')), "{got:?}");
}
