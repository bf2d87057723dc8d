//! Tests of the counted noun of a figure (`numbers.rs`, trial 22 F7): the head of the noun
//! phrase after the figure, not its first word.

use super::test_util::number_flags;

#[test]
fn the_counted_noun_is_the_head_of_its_phrase() {
    // Trial 22 (F7): a noun used as a modifier was read as the counted thing.
    for (a, b, ta, tb) in [
        (
            "Two fire crews attended.",
            "Three crews attended.",
            "Two fire crews",
            "Three crews",
        ),
        (
            "Five army trucks crossed the border.",
            "Six trucks crossed the border.",
            "Five army trucks",
            "Six trucks",
        ),
        (
            "Eight fire engines were sent.",
            "Six engines were sent.",
            "Eight fire engines",
            "Six engines",
        ),
        (
            "Ten riot police were deployed.",
            "Twelve police were deployed.",
            "Ten riot police",
            "Twelve police",
        ),
        (
            "Three police officers were injured.",
            "Four officers were injured.",
            "Three police officers",
            "Four officers",
        ),
        (
            "Acht Löschfahrzeuge waren im Einsatz.",
            "Sechs Löschfahrzeuge waren im Einsatz.",
            "Acht Löschfahrzeuge",
            "Sechs Löschfahrzeuge",
        ),
    ] {
        assert_eq!(
            number_flags(a, b),
            vec![(ta.to_string(), tb.to_string(), false)],
            "{a} / {b}"
        );
    }
    // Two things that share a modifier are two counts.
    assert_eq!(
        number_flags(
            "Eight fire engines were sent.",
            "Six fire trucks were sent."
        ),
        vec![]
    );
}
