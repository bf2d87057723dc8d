//! Tests of speakers told before a colon and a quotation with no verb, a name (with its
//! title) and where it spoke ("Le commandant Michel Dupont à la radio : « … »", "Mayor
//! Willy Demeyer on local radio: "…"", "im Radio", "on TV", "to reporters"), as
//! `speakers/find.rs` (`colon_speaker`) reads them (session 53); and what is no such
//! speaker.

use super::test_util::{has_flag_each_way, no_flag_either};
use super::tests_speaker_languages::names;
use super::*;

/// The live post of the rescue, its speaker on the radio.
const RADIO: &str = "21h40 – Le commandant Michel Dupont à la radio : « Nous avons sorti trois personnes des décombres. »";

#[test]
fn a_name_where_it_spoke_before_a_colon_and_a_quotation_is_its_speaker() {
    for (s, who) in [
        (RADIO, "Michel Dupont"),
        (
            "Le commandant Michel Dupont à la radio : « Nous avons sorti trois personnes des décombres. »",
            "Michel Dupont",
        ),
        (
            "Mayor Willy Demeyer on local radio: \"We will rehouse every family.\"",
            "Mayor Willy Demeyer",
        ),
        (
            "Mayor Willy Demeyer on the radio: \"We will rehouse every family.\"",
            "Mayor Willy Demeyer",
        ),
        (
            "Mayor Willy Demeyer on TV: \"We will rehouse every family.\"",
            "Mayor Willy Demeyer",
        ),
        (
            "Mayor Willy Demeyer to reporters: \"We will rehouse every family.\"",
            "Mayor Willy Demeyer",
        ),
        (
            "Bürgermeister Willy Demeyer im Radio: „Wir werden jede Familie unterbringen.“",
            "Bürgermeister Willy Demeyer",
        ),
        (
            "El alcalde Willy Demeyer en la radio: «Realojaremos a todas las familias».",
            "Willy Demeyer",
        ),
        (
            "Burgemeester Willy Demeyer op de radio: \"We zullen elk gezin herhuisvesten.\"",
            "Burgemeester Willy Demeyer",
        ),
    ] {
        assert_eq!(names(s), vec![who.to_string()], "{s}");
    }
}

#[test]
fn no_speaker_without_a_name_or_with_a_place_before_the_colon() {
    for s in [
        // No name: a word of the report before the colon.
        "Le bilan : « trois morts »",
        "21h40 – Le bilan : « trois morts et douze blessés »",
        // A title and no name.
        "Le commandant à la radio : « Nous avons sorti trois personnes des décombres. »",
        // A place after the name, no medium.
        "Mayor Willy Demeyer in Liège: \"We will rehouse every family.\"",
        // A verb of no speech.
        "Mayor Willy Demeyer arrived on the radio: \"We will rehouse every family.\"",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
}

#[test]
fn one_quotation_credited_to_two_people_is_flagged_and_to_one_is_not() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        RADIO,
        "21h40 – Le maire Jean Martin a déclaré : « Nous avons sorti trois personnes des décombres. »",
        "commandant Michel Dupont",
        "maire Jean Martin",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Mayor Willy Demeyer on local radio: \"We will rehouse every family.\"",
        "\"We will rehouse every family,\" Governor Hervé Jamar said.",
        "Mayor Willy Demeyer",
        "Governor Hervé Jamar",
    );
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                RADIO,
                "« Nous avons sorti trois personnes des décombres », a déclaré Michel Dupont.",
            ),
            (
                "Mayor Willy Demeyer on local radio: \"We will rehouse every family.\"",
                "\"We will rehouse every family,\" Demeyer said.",
            ),
        ],
    );
}
