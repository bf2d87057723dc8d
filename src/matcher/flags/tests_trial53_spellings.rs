//! Tests of a place named in two spellings of one name (session 51, from trial 53's
//! Berlin reports): German umlauts and "ß" written out ("Koepenick" / "Köpenick") and
//! accents dropped ("Malaga" / "Málaga", "Sao Paulo" / "São Paulo") are one name, no flag
//! of any kind (`names::same_name_word`, `names::umlauts_written_out`); two names still
//! differ.

use super::test_util::{flags, flags_of};
use crate::matcher::results::DiscrepancyKind::Place;

#[test]
fn a_name_with_its_umlauts_or_accents_written_out_is_one_name() {
    for (x, y) in [
        // The tester's pair: "Koepenick ≠ Köpenick" was a dashed place flag.
        ("Power failed in Koepenick.", "Power failed in Köpenick."),
        (
            "The fire was in Koepenick on Friday.",
            "The fire was in Köpenick on Friday.",
        ),
        ("Trams stopped in Muenchen.", "Trams stopped in München."),
        (
            "Power failed in Duesseldorf.",
            "Power failed in Düsseldorf.",
        ),
        (
            "The crash happened near Gaenserndorf.",
            "The crash happened near Gänserndorf.",
        ),
        (
            "The fire broke out on Grosse Strasse.",
            "The fire broke out on Große Straße.",
        ),
        ("The plane landed in Malaga.", "The plane landed in Málaga."),
        (
            "The protest took place in Sao Paulo.",
            "The protest took place in São Paulo.",
        ),
    ] {
        assert_eq!(flags(x, y), vec![], "{x} / {y}");
        assert_eq!(flags(y, x), vec![], "{y} / {x}");
    }
}

#[test]
fn two_names_still_differ_whatever_their_spelling() {
    for (x, y, fx, fy) in [
        (
            "Power failed in Koepenick.",
            "Power failed in Köthen.",
            "Koepenick",
            "Köthen",
        ),
        (
            "Power failed in Köpenick.",
            "Power failed in Kopenhagen.",
            "Köpenick",
            "Kopenhagen",
        ),
        (
            "The plane landed in Malaga.",
            "The plane landed in Maragua.",
            "Malaga",
            "Maragua",
        ),
    ] {
        let f = flags_of(Place, x, y);
        assert_eq!(f.len(), 1, "{x} / {y}: {f:?}");
        assert_eq!((f[0].0.as_str(), f[0].1.as_str()), (fx, fy));
    }
}
