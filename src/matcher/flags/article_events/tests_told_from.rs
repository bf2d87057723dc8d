//! Tests of leads told apart by their datelines and by the people they name in the same
//! roles (`told_from.rs`; trial 39, N1).

use super::tests::apart;

const LONDON: &str = "LONDON, Dec 4 (Reuters) - A London court on Thursday sentenced former \
mayor Daniel Whitford to eight years in prison for taking bribes worth 1.2 million pounds.";
const MANCHESTER: &str = "MANCHESTER, Nov 20 (Reuters) - A Manchester court on Wednesday \
sentenced former council leader Paul Brennan to eight years in prison for taking bribes \
worth 1.2 million pounds.";

#[test]
fn datelines_of_two_cities_weeks_apart_part_leads_that_share_a_figure() {
    assert_eq!(
        apart(
            &["Former mayor jailed", LONDON],
            &["Former leader jailed", MANCHESTER]
        ),
        Some(("london".into(), "manchester".into()))
    );
}

#[test]
fn one_event_filed_from_two_cities_on_one_date_stays_together() {
    // Two outlets file one trial from two cities: the same date, weekday and defendant.
    let filed = "MANCHESTER, Dec 4 (Reuters) - A court on Thursday sentenced former mayor \
Daniel Whitford to eight years in prison.";
    assert_eq!(
        apart(&["Former mayor jailed", LONDON], &["Mayor jailed", filed]),
        None
    );
    // A dateline's place alone, no date: no other time, no other people.
    let undated = "MANCHESTER (Reuters) - A court on Thursday sentenced the former mayor to \
eight years in prison.";
    assert_eq!(
        apart(&["Former mayor jailed", LONDON], &["Mayor jailed", undated]),
        None
    );
}

#[test]
fn other_people_in_the_same_roles_on_other_weekdays_are_two_events() {
    let a = [
        "A court on Thursday sentenced former mayor Daniel Whitford to eight years.",
        "Judge Helen Marsh told the court that Whitford had betrayed the borough.",
        "The jury acquitted his former deputy, Karen Olsen, of all charges.",
    ];
    let b = [
        "A court on Wednesday sentenced former council leader Paul Brennan to eight years.",
        "Judge Alan Reid told the court that Brennan had betrayed the city.",
        "The jury acquitted his former aide, Simon Kerr, of all charges.",
    ];
    assert_eq!(apart(&a, &b), Some(("thursday".into(), "wednesday".into())));
    // The same judge: one trial, whatever the weekdays say.
    let same_judge = [
        b[0],
        "Judge Helen Marsh told the court that Brennan had betrayed the city.",
    ];
    assert_eq!(apart(&a, &same_judge), None);
}
