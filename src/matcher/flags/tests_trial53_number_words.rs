//! Tests of number words opening short sentences (session 51): a sentence too short to
//! tell its language reads a number word that is another word too ("doce" is Portuguese
//! "sweet") when a verb of a toll of another language than English stands after its noun
//! or before it ("Doce mineros murieron.", "Murieron doce mineros.":
//! `numbers/spelled.rs`, `fate_after`).

use super::test_util::number_flags;

#[test]
fn a_number_word_before_its_noun_and_a_foreign_toll_is_a_count() {
    // "Catorce mineros murieron." / "Doce mineros murieron." got no number flag.
    for (a, b, ta, tb) in [
        (
            "Catorce mineros murieron.",
            "Doce mineros murieron.",
            "Catorce mineros",
            "Doce mineros",
        ),
        (
            "Murieron catorce mineros.",
            "Murieron doce mineros.",
            "catorce mineros",
            "doce mineros",
        ),
        (
            "Catorce mineros murieron ayer.",
            "Doce mineros murieron ayer.",
            "Catorce mineros",
            "Doce mineros",
        ),
    ] {
        assert_eq!(
            number_flags(a, b),
            vec![(ta.into(), tb.into(), false)],
            "{a} / {b}"
        );
        assert_eq!(
            number_flags(b, a),
            vec![(tb.into(), ta.into(), false)],
            "{b} / {a}"
        );
    }
    // The other languages flagged already, long or short.
    for (a, b) in [
        (
            "Catorce mineros murieron en el derrumbe.",
            "Doce mineros murieron en el derrumbe.",
        ),
        ("Quatorze mineurs sont morts.", "Douze mineurs sont morts."),
        (
            "Quattordici minatori morirono.",
            "Dodici minatori morirono.",
        ),
        ("Catorze mineiros morreram.", "Doze mineiros morreram."),
        ("Zwölf Bergleute starben.", "Vierzehn Bergleute starben."),
        (
            "Veertien mijnwerkers stierven.",
            "Twaalf mijnwerkers stierven.",
        ),
    ] {
        assert_eq!(number_flags(a, b).len(), 1, "{a} / {b}");
    }
}

#[test]
fn one_count_or_a_word_of_no_count_gives_no_number_flag() {
    for (a, b) in [
        ("Doce mineros murieron.", "Doce mineros murieron ayer."),
        ("Murieron doce mineros.", "Doce mineros murieron."),
        // "Due" before a noun and an English verb: no count.
        ("Due process was denied.", "Three people were denied."),
    ] {
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
        assert_eq!(number_flags(b, a), vec![], "{b} / {a}");
    }
}
