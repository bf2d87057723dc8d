//! Tests of the place that names an article's side of two events told apart (trial 34,
//! F12): its dateline's when its lead names no finer place, not a place that only a
//! background sentence of the article names.

use super::tests::apart;

/// Trial 34's Seville article: its lead, then a background sentence about Valencia.
const SEVILLE: [&str; 6] = [
    "Former Seville port chief jailed for seven years over bribery scheme",
    "SEVILLE, Spain (Reuters) - A Spanish court on Tuesday sentenced the former head of Seville's port authority, Javier Ortega, to seven years in prison for taking bribes from construction firms, and barred him from public office for 12 years.",
    "The Seville provincial court found Ortega, 61, guilty of bribery and embezzlement between 2014 and 2019.",
    "He was acquitted of money laundering.",
    "Judge Carmen Ruiz said Ortega had received at least 1.8 million euros in cash and gifts in exchange for awarding dredging contracts.",
    "In 2017, a court in Valencia jailed a former port official for four years in a similar case.",
];

/// Trial 34's Valencia article, another trial.
const VALENCIA: [&str; 4] = [
    "Former Valencia port official jailed for five years over kickbacks",
    "VALENCIA, Spain (Reuters) - A Spanish court on Thursday sentenced the former head of procurement at Valencia's port authority, Miguel Ferrer, to five years in prison for taking kickbacks from shipping companies, and barred him from public office for eight years.",
    "The Valencia provincial court found Ferrer, 55, guilty of bribery and fraud between 2012 and 2016.",
    "He was acquitted of embezzlement.",
];

#[test]
fn each_side_is_named_by_its_own_dateline_not_a_background_place() {
    let (a, b) = apart(&SEVILLE, &VALENCIA).expect("two trials told apart");
    assert!(!a.contains("valencia"), "{a} / {b}");
    assert!(b.contains("valencia"), "{a} / {b}");
    // Whichever article comes first.
    let (b2, a2) = apart(&VALENCIA, &SEVILLE).expect("two trials told apart");
    assert_eq!((a2, b2), (a, b));
}
