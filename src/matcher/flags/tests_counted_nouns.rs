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

#[test]
fn burns_tell_the_injured_a_count_counts() {
    // Trial 43 (m10 y45): "suffered minor burns" counts the injured as "were injured"
    // does (`lexicon/casualty.rs`), so two counts of them differ.
    assert_eq!(
        number_flags(
            "Two firefighters were injured, one of them seriously.",
            "One firefighter suffered minor burns."
        ),
        vec![("Two firefighters".into(), "One firefighter".into(), false)]
    );
    // The same count told with the other word, and buildings that burned: no flag.
    for (a, b) in [
        (
            "Two firefighters were injured.",
            "Two firefighters suffered minor burns.",
        ),
        (
            "Two firefighters were injured.",
            "Three houses burned down.",
        ),
    ] {
        assert!(number_flags(a, b).is_empty(), "{a} / {b}");
        assert!(number_flags(b, a).is_empty(), "{b} / {a}");
    }
}
