//! Session 53's testers: "\"It was chaos,\" he added." in the paragraph after "\"The front
//! of the building simply fell into the street,\" Maes said. \"We had to use ladders.\""
//! was credited to no one: the told-on quotation between them named no speaker, so the
//! chain from "Maes" to "he" was cut, and the pair against "\"It was chaos,\" Renard
//! added." had no speaker flag. A quotation told on whole in a sentence of its own is still
//! the speaker's words (`speakers/pronouns.rs`). Near cases: a sentence of another kind
//! between still leaves "he" unknown, and another speaker named between is "he".

use parallax::matcher::DiscrepancyKind;

mod matcher_util;

const OTHER: &str =
    "Explosion in Liege\n\n\"We had to use ladders,\" Commander Luc Renard said.\n\n\
                     \"It was chaos,\" Renard added.\n";

/// The speaker flags of the pair of `a`'s sentence starting with "\"It was chaos" and
/// [`OTHER`]'s, as (text in `a`, text in the other).
fn speaker_flags(a: &str) -> Vec<(String, String)> {
    let (_, pairs) = matcher_util::pairs(a, OTHER);
    matcher_util::flags_of(
        &pairs,
        DiscrepancyKind::Speaker,
        "\"It was chaos",
        "\"It was chaos",
    )
}

#[test]
fn he_after_a_quotation_told_on_is_the_speaker_before_it() {
    let a = "Blast in Liege\n\n\"The front of the building simply fell into the street,\" Maes \
             said. \"We had to use ladders.\"\n\n\"It was chaos,\" he added.\n";
    assert_eq!(speaker_flags(a), [("he".to_string(), "Renard".to_string())]);
    // The same speaker on both sides: no flag.
    let same = a.replace("Maes", "Renard");
    assert!(
        speaker_flags(&same).is_empty(),
        "{:?}",
        speaker_flags(&same)
    );
}

#[test]
fn he_stays_unknown_after_a_sentence_of_another_kind() {
    // A statement between: who "he" is is not read (as before).
    let a = "Blast in Liege\n\n\"The front of the building simply fell into the street,\" Maes \
             said. Firefighters arrived an hour later.\n\n\"It was chaos,\" he added.\n";
    assert!(speaker_flags(a).is_empty(), "{:?}", speaker_flags(a));
    // Another speaker named between: "he" is that one (Renard, as the other side).
    let a = "Blast in Liege\n\n\"The front of the building simply fell into the street,\" Maes \
             said. \"We had to use ladders,\" Renard said.\n\n\"It was chaos,\" he added.\n";
    assert!(speaker_flags(a).is_empty(), "{:?}", speaker_flags(a));
}
