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
