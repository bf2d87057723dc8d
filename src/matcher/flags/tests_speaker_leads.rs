//! Tests of speakers told before a colon and a quotation with a verb phrase (trial 51):
//! "Federal Transport Minister Jonas Albrecht has spoken: "…"", "X has said:", "X posted:",
//! "X hat erklärt:", "X a déclaré : « … »", also after a live blog's post stamp ("21:30
//! …"), as `speakers/find.rs` (`colon_speaker`) reads them; and what is no such speaker.

use super::test_util::{has_flag_each_way, no_flag_either};
use super::tests_speaker_languages::names;
use super::*;

#[test]
fn a_speaker_before_a_verb_phrase_and_a_colon_is_read() {
    for (s, who) in [
        (
            "Federal Transport Minister Jonas Albrecht has spoken: \"This is a black day for Bremen.\"",
            "Federal Transport Minister Jonas Albrecht",
        ),
        (
            "21:30 Federal Transport Minister Jonas Albrecht has spoken: \"This is a black day for Bremen.\"",
            "Federal Transport Minister Jonas Albrecht",
        ),
        (
            "Mayor Katrin Vogt has said: \"This is a black day for Bremen.\"",
            "Mayor Katrin Vogt",
        ),
        (
            "Mayor Katrin Vogt posted: \"This is a black day for Bremen.\"",
            "Mayor Katrin Vogt",
        ),
        (
            "Mayor Katrin Vogt wrote on Facebook: \"This is a black day for Bremen.\"",
            "Mayor Katrin Vogt",
        ),
        (
            "Bürgermeisterin Katrin Vogt hat erklärt: „Das ist ein schwarzer Tag für Bremen.“",
            "Bürgermeisterin Katrin Vogt",
        ),
        (
            "Bürgermeisterin Katrin Vogt hat auf Facebook geschrieben: „Das ist ein schwarzer Tag für Bremen.“",
            "Bürgermeisterin Katrin Vogt",
        ),
        (
            "La maire Katrin Vogt a déclaré : « C'est un jour noir pour Brême. »",
            "Katrin Vogt",
        ),
        // Near cases read before: the verb right before the colon, the name alone.
        (
            "Mayor Katrin Vogt said: \"This is a black day for Bremen.\"",
            "Mayor Katrin Vogt",
        ),
        (
            "In a statement, Mayor Katrin Vogt said: \"This is a black day for Bremen.\"",
            "Mayor Katrin Vogt",
        ),
        ("Katrin Vogt: \"This is a black day for Bremen.\"", "Katrin Vogt"),
    ] {
        assert_eq!(names(s), vec![who.to_string()], "{s}");
    }
}

#[test]
fn no_speaker_without_a_speech_verb_a_colon_or_a_quotation() {
    for s in [
        // A verb phrase that says nothing of speech.
        "Mayor Katrin Vogt has arrived: \"This is a black day for Bremen.\"",
        // A speech verb but no colon and quotation.
        "Transport Minister Jonas Albrecht has spoken to the families of the victims.",
        // A place before the colon.
        "Bremen mourns: \"This is a black day for our city.\"",
        // A clock time told in the sentence is no post stamp.
        "10:30 Uhr: Die Brücke ist eingestürzt.",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
}

#[test]
fn one_quotation_credited_with_has_spoken_and_told_reporters_is_flagged() {
    let quote = "\"This is a black day for Bremen,\" Mayor Katrin Vogt told reporters.";
    for other in [
        "Federal Transport Minister Jonas Albrecht has spoken: \"This is a black day for Bremen.\"",
        "21:30 Federal Transport Minister Jonas Albrecht has spoken: \"This is a black day for Bremen.\"",
    ] {
        has_flag_each_way(
            DiscrepancyKind::Speaker,
            quote,
            other,
            "Mayor Katrin Vogt",
            "Federal Transport Minister Jonas Albrecht",
        );
    }
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Mayor Katrin Vogt said: \"This is a black day for Bremen.\"",
        "Transport Minister Jonas Albrecht posted: \"This is a black day for Bremen.\"",
        "Mayor Katrin Vogt",
        "Transport Minister Jonas Albrecht",
    );
    // One speaker told both ways: no flag.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[(
            "\"This is a black day for Bremen,\" Albrecht told reporters.",
            "21:30 Federal Transport Minister Jonas Albrecht has spoken: \"This is a black day for Bremen.\"",
        )],
    );
}
