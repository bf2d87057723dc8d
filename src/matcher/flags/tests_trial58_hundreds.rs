//! Tests of hundreds and thousands written in words in other languages than English
//! (trial 58 M9): "circa tremila tonnellate", "près de trois mille tonnes", "tres mil
//! toneladas", "dreitausend Tonnen", "drieduizend ton" were no figure, so they got no
//! number flag against "2.100" (`numbers/multiplied.rs`, `lexicon/hundreds.rs`).

use super::test_util::{no_number_flag, number_flags};

#[test]
fn hundreds_and_thousands_in_words_are_figures_in_six_languages() {
    for (a, b, ta, tb) in [
        (
            "A bordo c'erano 2.100 tonnellate di olio combustibile.",
            "A bordo c'erano circa tremila tonnellate di olio combustibile.",
            "2.100 tonnellate",
            "circa tremila tonnellate",
        ),
        (
            "A bordo c'erano duemila tonnellate di olio combustibile.",
            "A bordo c'erano tremila tonnellate di olio combustibile.",
            "duemila tonnellate",
            "tremila tonnellate",
        ),
        (
            "Oltre 500 tonnellate si sono riversate in mare.",
            "Circa trecento tonnellate si sono riversate in mare.",
            "Oltre 500 tonnellate",
            "Circa trecento tonnellate",
        ),
        (
            "Le navire transportait 2 100 tonnes de fioul.",
            "Le navire transportait près de trois mille tonnes de fioul.",
            "2 100 tonnes",
            "près de trois mille tonnes",
        ),
        (
            "Das Schiff hatte 2.100 Tonnen Heizöl an Bord.",
            "Das Schiff hatte dreitausend Tonnen Heizöl an Bord.",
            "2.100 Tonnen",
            "dreitausend Tonnen",
        ),
        (
            "El buque transportaba 2.100 toneladas de fueloil.",
            "El buque transportaba tres mil toneladas de fueloil.",
            "2.100 toneladas",
            "tres mil toneladas",
        ),
        (
            "O navio transportava 2.100 toneladas de fuelóleo.",
            "O navio transportava três mil toneladas de fuelóleo.",
            "2.100 toneladas",
            "três mil toneladas",
        ),
        (
            "Het schip vervoerde 2.100 ton stookolie.",
            "Het schip vervoerde drieduizend ton stookolie.",
            "2.100 ton",
            "drieduizend ton",
        ),
        (
            "Le navire transportait 300 000 tonnes de fioul.",
            "Le navire transportait trois cent mille tonnes de fioul.",
            "",
            "",
        ),
        (
            "El buque transportaba 2.100 toneladas de fueloil.",
            "El buque transportaba trescientas toneladas de fueloil.",
            "2.100 toneladas",
            "trescientas toneladas",
        ),
    ] {
        let f = number_flags(a, b);
        if ta.is_empty() {
            assert_eq!(f, vec![], "{a} / {b}");
            continue;
        }
        assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
        assert_eq!((f[0].0.as_str(), f[0].1.as_str()), (ta, tb), "{a} / {b}");
    }
}

#[test]
fn the_same_figure_in_words_and_in_digits_and_other_words_get_no_flag() {
    for (a, b) in [
        (
            "A bordo c'erano 3.000 tonnellate di olio combustibile.",
            "A bordo c'erano circa tremila tonnellate di olio combustibile.",
        ),
        (
            "Le navire transportait près de 3 000 tonnes de fioul.",
            "Le navire transportait près de trois mille tonnes de fioul.",
        ),
        (
            "El buque transportaba 3.000 toneladas de fueloil.",
            "El buque transportaba tres mil toneladas de fueloil.",
        ),
        (
            "Das Schiff hatte 3.000 Tonnen Heizöl an Bord.",
            "Das Schiff hatte dreitausend Tonnen Heizöl an Bord.",
        ),
        (
            "Het schip vervoerde 3.000 ton stookolie.",
            "Het schip vervoerde drieduizend ton stookolie.",
        ),
        (
            "Le navire transportait 3 000 tonnes de fioul.",
            "Le navire transportait environ trois mille tonnes de fioul.",
        ),
        (
            "Le navire transportait 47 000 tonnes de fioul.",
            "Le navire transportait quarante-sept mille tonnes de fioul.",
        ),
        // English cents are money, no hundreds; a century is no figure.
        ("The stamp cost three cents.", "The stamp cost three cents."),
        (
            "Das Schloss stammt aus dem 18. Jahrhundert.",
            "Das Schloss stammt aus dem Jahrhundert der Aufklärung.",
        ),
    ] {
        no_number_flag(a, b);
    }
    // "three cents" is three, not three hundred.
    assert_eq!(
        number_flags("The stamp cost three cents.", "The stamp cost 300 cents."),
        vec![("three cents".into(), "300 cents".into(), false)]
    );
}
