//! Tests of two leads told apart by their reporting periods (trial 31, F3: a company's
//! second-quarter and third-quarter results linked as one event), in six languages; one
//! period told two ways, a period of comparison and the quarters of a game keep two
//! leads together.

use super::tests::apart;

const Q2: &str = "Northwind Systems reported a second-quarter net profit of $412 million on Tuesday, up 8 percent from a year earlier.";
const Q3: &str = "Northwind Systems reported a third-quarter net profit of $388 million on Wednesday, down 3 percent from a year earlier.";

#[test]
fn leads_of_other_reporting_periods_are_apart() {
    assert_eq!(apart(&[Q2], &[Q3]), Some(("q2".into(), "q3".into())));
    for (a, b, la, lb) in [
        (
            "Northwind's Q2 revenue rose to $3.1 billion in 2024.",
            "Northwind's Q3 revenue fell to $2.9 billion in 2024.",
            "q2",
            "q3",
        ),
        (
            "Der Gewinn von Nordwind stieg im zweiten Quartal auf 412 Millionen Euro.",
            "Der Gewinn von Nordwind fiel im dritten Quartal auf 388 Millionen Euro.",
            "q2",
            "q3",
        ),
        (
            "Le bénéfice de Nordvent a progressé au deuxième trimestre.",
            "Le bénéfice de Nordvent a reculé au troisième trimestre.",
            "q2",
            "q3",
        ),
        (
            "Las ventas de Vientonorte crecieron en el primer semestre.",
            "Las ventas de Vientonorte cayeron en el segundo semestre.",
            "h1",
            "h2",
        ),
        (
            "Sales rose 4 percent in the first half of the year, the company said.",
            "Sales fell 2 percent in the second half of the year, the company said.",
            "h1",
            "h2",
        ),
        (
            "L'utile di Ventonord è salito nel secondo trimestre.",
            "L'utile di Ventonord è sceso nel quarto trimestre.",
            "q2",
            "q4",
        ),
    ] {
        assert_eq!(apart(&[a], &[b]), Some((la.into(), lb.into())), "{a} / {b}");
    }
}

#[test]
fn one_period_a_period_of_comparison_or_a_game_keeps_two_leads_together() {
    // One quarter told two ways.
    assert_eq!(
        apart(
            &[Q2],
            &["Northwind said on Tuesday its Q2 net profit rose 8 percent to $412 million."]
        ),
        None
    );
    // The quarter before, named for comparison by a report of the next.
    assert_eq!(
        apart(
            &[Q2],
            &["Northwind's third-quarter revenue beat its second-quarter figure, the company said."]
        ),
        None
    );
    // A quarter and a half-year may overlap.
    assert_eq!(
        apart(
            &[Q2],
            &["Northwind's profit rose in the first half of the year, the company said."]
        ),
        None
    );
    // The quarters of a game are no reporting periods.
    assert_eq!(
        apart(
            &["Smith scored 12 points in the fourth quarter as the Hawks beat the Suns."],
            &["The Hawks led by ten in the third quarter before holding off the Suns."]
        ),
        None
    );
    // "the second half" of a match.
    assert_eq!(
        apart(
            &["Ruiz scored in the first half and the club's revenue from the cup run will help."],
            &["Ruiz scored early in the second half, and the club's revenue from the cup run will help."]
        ),
        None
    );
}

/// Trial 32 F2: two quarters of one company whose leads both end a quarter on the 30th
/// ("the quarter ended Sept 30" / "June 30"): a day of the month is no shared figure.
#[test]
fn quarters_ending_on_the_same_day_of_the_month_are_apart() {
    let a = [
        "Harbor Foods third-quarter profit falls 5% on weaker volumes",
        "CHICAGO, Oct 23 (Market Desk) - Harbor Foods said on Thursday its third-quarter net profit fell 5% to $287 million.",
        "Revenue slipped 1% to $3.9 billion in the quarter ended Sept 30.",
    ];
    let b = [
        "Harbor Foods second-quarter profit rises 8%",
        "CHICAGO, July 24 (Market Desk) - Harbor Foods said on Thursday its second-quarter net profit rose 8% to $312 million.",
        "Revenue increased 3% to $4.1 billion in the quarter ended June 30.",
    ];
    // Each side after its dateline's place (trial 34, F12).
    assert_eq!(
        apart(&a, &b),
        Some(("chicago, q3".into(), "chicago, q2".into()))
    );
}

/// Trial 42 (A1): a quarter named after a word of a forecast ("expects third-quarter
/// revenue", "verwacht voor het derde kwartaal") is not the period the story reports;
/// Dutch quarters are read; one revenue figure in common does not keep two quarters
/// together when more figures differ.
#[test]
fn a_forecast_quarter_does_not_date_the_story_and_dutch_quarters_are_read() {
    let a = [
        "Vesta Tools posted a net profit of 2.1 billion euros in the second quarter, up 40% from a year earlier.",
        "Revenue rose to 6.6 billion euros.",
        "The company expects third-quarter revenue of between 6.2 and 6.9 billion euros.",
    ];
    let b = [
        "Vesta Tools posted a net profit of 2.2 billion euros in the first quarter, up 85% from a year earlier.",
        "Revenue rose to 6.6 billion euros.",
        "The company expects second-quarter revenue of between 6.0 and 6.6 billion euros.",
    ];
    assert_eq!(apart(&a, &b), Some(("q2".into(), "q1".into())));
    let a = [
        "Vesta heeft in het tweede kwartaal een nettowinst geboekt van 2,1 miljard euro.",
        "Het bedrijf verwacht voor het derde kwartaal een omzet van 6,5 miljard euro.",
    ];
    let b = [
        "Vesta heeft in het eerste kwartaal een nettowinst geboekt van 2,2 miljard euro.",
        "Het bedrijf verwacht voor het tweede kwartaal een omzet van 6,3 miljard euro.",
    ];
    assert_eq!(apart(&a, &b), Some(("q2".into(), "q1".into())));
}

/// Near cases of trial 42 (A1): a report of one quarter and a report of its forecast for
/// the next stay together; so do two quarters' leads that share as many figures as they
/// tell apart, and a quarter after "than expected" is still read.
#[test]
fn a_forecast_shared_figures_or_a_comparison_keep_two_leads_together() {
    let q2 = [
        "Vesta Tools posted a net profit of 2.1 billion euros in the second quarter, up 40% from a year earlier.",
        "The company expects third-quarter revenue of between 6.2 and 6.9 billion euros.",
    ];
    // Only the forecast: no period of its own.
    assert_eq!(
        apart(
            &q2,
            &["Vesta Tools expects third-quarter revenue of between 6.2 and 6.9 billion euros, it said."]
        ),
        None
    );
    // One figure in common, one told apart: the rule as before keeps them together.
    assert_eq!(
        apart(
            &["Vesta Tools said its revenue rose to 6.6 billion euros in the second quarter, up 40%."],
            &["Vesta Tools said its revenue rose to 6.6 billion euros in the third quarter, up 35%."]
        ),
        None
    );
    // "than expected" is a comparison: the quarter after it is reported.
    assert_eq!(
        apart(
            &["Vesta Tools made more profit than expected in the second quarter."],
            &["Vesta Tools made more profit than expected in the third quarter."]
        ),
        Some(("q2".into(), "q3".into()))
    );
}
