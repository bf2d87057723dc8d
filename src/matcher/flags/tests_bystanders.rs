//! Tests of the speaker flag for bystanders (session 30): an unnamed resident, witness
//! or neighbour, told with an indefinite article or none, in English as in the other
//! languages ("a resident said", "said a witness", "…, residents said", "ha detto un
//! residente"), against an office or a body ("the mayor said", "the FBI said",
//! "officials said") is two sources; against a person named without an office, another
//! bystander, or a spokesperson against the body it speaks for, none.

use super::test_util::{has_flag_each_way, no_flag_either};
use super::DiscrepancyKind;

const QUOTE: &str = "\"The fire is under control,\"";

#[test]
fn a_bystander_against_an_office_is_two_sources() {
    for (a, b, ta, tb) in [
        ("the mayor said.", "a resident said.", "mayor", "resident"),
        ("the mayor said.", "said a witness.", "mayor", "witness"),
        (
            "the mayor told reporters.",
            "a resident told reporters.",
            "mayor",
            "resident",
        ),
        ("the mayor said.", "residents said.", "mayor", "residents"),
        (
            "the fire chief told the BBC.",
            "a neighbour told the BBC.",
            "fire chief",
            "neighbour",
        ),
        (
            "Mayor John Smith said.",
            "a resident said.",
            "Mayor John Smith",
            "resident",
        ),
        ("the FBI said.", "an eyewitness said.", "FBI", "eyewitness"),
        (
            "officials said.",
            "a resident said.",
            "officials",
            "resident",
        ),
    ] {
        let (a, b) = (format!("{QUOTE} {a}"), format!("{QUOTE} {b}"));
        has_flag_each_way(DiscrepancyKind::Speaker, &a, &b, ta, tb);
    }
    // "according to": the same.
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "The fire is under control, according to the mayor.",
        "The fire is under control, according to a witness.",
        "mayor",
        "witness",
    );
}

#[test]
fn bystanders_and_the_people_they_may_be_are_one_source() {
    let pairs: Vec<(String, String)> = [
        // Two ways of telling a bystander.
        ("a resident said.", "a witness said."),
        ("a resident said.", "residents said."),
        ("a neighbour said.", "a resident said."),
        // A person named without an office may be that resident.
        ("John Smith said.", "a resident said."),
        ("John Smith, a resident, said.", "a resident said."),
        // A spokesperson and the body it speaks for; two spokespeople of one body.
        ("a spokesman said.", "police said."),
        ("a police spokesman said.", "a police spokeswoman said."),
    ]
    .iter()
    .map(|(a, b)| (format!("{QUOTE} {a}"), format!("{QUOTE} {b}")))
    .collect();
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(a, b)| (&a[..], &b[..])).collect();
    no_flag_either(DiscrepancyKind::Speaker, &pairs);
    // Other languages: two bystanders are one source there too (they were two roles).
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "\"L'incendio è sotto controllo\", ha detto un residente.",
                "\"L'incendio è sotto controllo\", ha detto un testimone.",
            ),
            (
                "\"El fuego está controlado\", dijo un vecino.",
                "\"El fuego está controlado\", dijo un testigo.",
            ),
        ],
    );
    // ... and still differ from an office.
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "\"L'incendio è sotto controllo\", ha detto il sindaco.",
        "\"L'incendio è sotto controllo\", ha detto un testimone.",
        "sindaco",
        "testimone",
    );
}
