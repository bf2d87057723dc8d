//! Tests of trial 54's F2 count flag: a part told after its whole is no figure of that
//! whole. One figure of one noun told as a part on one side and as a count on the other
//! agrees (`numbers/parts.rs`, `part_told_as_count`: "including two firefighters" /
//! "among them two firefighters; one firefighter has been flown"), and a part told with
//! its whole after it ("One of the firefighters") is not compared with a part that counts
//! that whole ("among them two firefighters": `part_of_counted_whole`). Two counts of one
//! noun, and two parts of one whole, still differ.

use super::test_util::{no_number_flag, number_flags};

/// The live update of trial 54, its clock time left out (the corpus reads the line so).
const LIVE: &str = "Seven people have been injured, among them two firefighters; one firefighter \
    has been flown to hospital in Nuoro.";

#[test]
fn a_part_told_after_its_whole_gives_no_count_flag() {
    // Trial 54 F2, the tester's two pairs: "two firefighters ≠ one firefighter" and "One
    // of the firefighters ≠ two firefighters" (solid).
    for a in [
        "Seven people were injured, including two firefighters who suffered burns when their truck was surrounded by flames.",
        "One of the firefighters was flown by helicopter to the San Francesco hospital in Nuoro, where he was listed in serious condition.",
    ] {
        no_number_flag(a, LIVE);
        no_number_flag(LIVE, a);
        // With the line's clock time, as the tester read it.
        no_number_flag(a, &format!("22:40 {LIVE}"));
    }
    // A part with its whole after it against a part that counts that whole.
    no_number_flag(
        "One of the firefighters was flown to hospital in Nuoro.",
        "Seven people have been injured, among them two firefighters.",
    );
    // One count told as a part and as a count.
    no_number_flag(
        "Two firefighters were injured when their truck was surrounded by flames.",
        LIVE,
    );
}

#[test]
fn two_counts_or_two_parts_of_one_noun_still_differ() {
    for (a, b) in [
        // Two counts of one noun.
        (
            "Two firefighters were injured.",
            "One firefighter was injured.",
        ),
        // The whole of seven against another whole.
        (
            "Seven people were injured, including two firefighters.",
            "Eight people have been injured, among them two firefighters.",
        ),
        // Two parts told with their whole after them.
        (
            "Two of the firefighters were flown to hospital.",
            "Three of the firefighters were flown to hospital.",
        ),
        // Two parts told after their whole, each with its noun.
        (
            "Seven people have been injured, among them two firefighters.",
            "Seven people have been injured, among them three firefighters.",
        ),
    ] {
        let f = number_flags(a, b);
        assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
        assert!(!f[0].2, "solid: {a} / {b}: {f:?}");
    }
}

#[test]
fn a_partitive_cut_before_its_whole_reads_without_a_panic() {
    // A text cut after "of the" (the property tests cut at every word): the partitive's
    // whole is past the last token.
    for a in ["Seven people were injured, one of the", "Two of the"] {
        no_number_flag(
            a,
            "Seven people have been injured, among them two firefighters.",
        );
    }
}

#[test]
fn a_part_told_after_its_whole_differs_from_a_count_of_its_noun() {
    // Session 51's last pass: a part after its whole ("among them three firefighters")
    // against a count of its noun ("including two firefighters") had no flag, and a
    // partitive part ("One of the firefighters was flown") against a count of one verb
    // ("Two firefighters were flown") none either.
    for (a, b) in [
        (
            "Seven people were injured, including two firefighters.",
            "Seven people have been injured, among them three firefighters.",
        ),
        (
            "Twelve people died, including four children.",
            "Twelve people died, among them six children.",
        ),
        (
            "One of the firefighters was flown to hospital in Nuoro.",
            "Two firefighters were flown to hospital in Nuoro.",
        ),
        (
            "Two firefighters were injured.",
            "Seven people have been injured, among them three firefighters.",
        ),
    ] {
        for (a, b) in [(a, b), (b, a)] {
            let f = number_flags(a, b);
            assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
            assert!(!f[0].2, "solid: {a} / {b}: {f:?}");
        }
    }
    // One figure told as a part and as a count still agrees; a part with its whole after
    // it is still no figure of a part that counts that whole; a part is still no count
    // of what befell another group.
    for (a, b) in [
        (
            "Seven people were injured, including two firefighters.",
            LIVE,
        ),
        (
            "One of the firefighters was flown to hospital in Nuoro.",
            "Seven people have been injured, among them two firefighters.",
        ),
        (
            "Seven people were injured, including two firefighters.",
            "Seven people have been injured, among them two firefighters.",
        ),
        (
            "One of the firefighters was flown to hospital in Nuoro.",
            "One firefighter was flown to hospital in Nuoro.",
        ),
        (
            "Two of the three injured drivers were women.",
            "Three drivers were injured.",
        ),
    ] {
        no_number_flag(a, b);
        no_number_flag(b, a);
    }
}
