//! Session 52's last look: a speaker's words told on in a sentence of their own after "X
//! said." ("\"We have never seen water rise so fast,\" Mayor Anna Berger said. \"Whole
//! streets were gone in minutes.\"") are the speaker's: against the same words credited
//! to someone else, the second sentence carries the speaker flag too (it had none), in
//! English and German (`speakers/across.rs`, `resolve_told_on`). Near cases: the same
//! speaker on both sides, "X said" against "according to X", a sentence told on in
//! another paragraph, and a quotation after a sentence with no speaker carry no flag.

use parallax::matcher::{DiscrepancyKind, PairSuggestion};

mod matcher_util;

/// The speaker flags of the pair whose sentences start with `a` and `b`, as (text in
/// `a`, text in `b`).
fn speakers(pairs: &[(PairSuggestion, String, String)], a: &str, b: &str) -> Vec<(String, String)> {
    matcher_util::flags_of(pairs, DiscrepancyKind::Speaker, a, b)
}

const BERGER: &str = "\"We have never seen water rise so fast,\" Mayor Anna Berger said. \"Whole streets were gone in minutes.\"";
const LENZ: &str = "\"We have never seen water rise so fast,\" fire chief Tom Lenz said. \"Whole streets were gone in minutes.\"";
const WHOLE: &str = "\"Whole streets";

#[test]
fn words_told_on_after_x_said_are_xs() {
    let (_, p) = matcher_util::pairs(BERGER, LENZ);
    for line in ["\"We have", WHOLE] {
        let got = speakers(&p, line, line);
        assert_eq!(got.len(), 1, "{line}: {got:?}");
        assert!(got[0].0.ends_with("Anna Berger"), "{line}: {got:?}");
        assert!(got[0].1.ends_with("Tom Lenz"), "{line}: {got:?}");
    }
    // The second half credited in one sentence by the other article.
    let (_, p) = matcher_util::pairs(
        BERGER,
        "\"Whole streets were gone in minutes,\" said Tom Lenz, the fire chief.",
    );
    assert_eq!(speakers(&p, WHOLE, WHOLE).len(), 1);
    // German, with its marks.
    let (_, p) = matcher_util::pairs(
        "„Wir haben noch nie gesehen, dass das Wasser so schnell steigt“, sagte Bürgermeisterin Anna Berger. „Ganze Straßen waren in wenigen Minuten weg.“",
        "„Wir haben noch nie gesehen, dass das Wasser so schnell steigt“, sagte Feuerwehrchef Tom Lenz. „Ganze Straßen waren in wenigen Minuten weg.“",
    );
    let got = speakers(&p, "„Ganze", "„Ganze");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn one_speaker_or_none_named_gives_no_flag() {
    // The same speaker on both sides, and "X said" against "according to X".
    for other in [
        BERGER.to_string(),
        "Mayor Anna Berger said they had never seen water rise so fast. \"Whole streets were gone in minutes.\"".to_string(),
        "According to Mayor Anna Berger, water has never risen so fast. \"Whole streets were gone in minutes.\"".to_string(),
    ] {
        let (_, p) = matcher_util::pairs(BERGER, &other);
        assert!(speakers(&p, WHOLE, WHOLE).is_empty(), "{other}");
    }
    // Told on in another paragraph, or after a sentence that names no speaker: nothing
    // to credit it to.
    for other in [
        "\"We have never seen water rise so fast,\" fire chief Tom Lenz said.\n\n\"Whole streets were gone in minutes.\"",
        "The water rose faster than ever before, and fire chief Tom Lenz was there. \"Whole streets were gone in minutes.\"",
        "\"We have never seen water rise so fast.\" \"Whole streets were gone in minutes.\"",
    ] {
        let (_, p) = matcher_util::pairs(BERGER, other);
        assert!(speakers(&p, WHOLE, WHOLE).is_empty(), "{other}");
    }
}
