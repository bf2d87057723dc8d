//! Trial 55, F5: a quotation of two sentences ("District fire commander Reinhard Kircher
//! tells ORF radio: “We have never seen water come down this fast. / Within twenty minutes
//! the stream had become a wall of mud and rock.”") is its speaker's in both sentences:
//! credited to another person by the wire (Thomas Kerschbaumer), both cards carry the
//! speaker flag (the second had none). Near cases: the same quotation credited to the same
//! person on both sides, and a quotation of two sentences with no speaker named, carry no
//! flag. Fixtures: the trial's wire (the "6.40pm" variant) and live page
//! (`tests/fixtures/trial55/`).

use parallax::matcher::{Discrepancy, DiscrepancyKind, PairSuggestion};

mod matcher_util;

/// The speaker flags of the pair whose sentences start with `a` and `b` (panics when the
/// pair is not scored), as (text in `a`, text in `b`, the range in `b`'s document).
fn speakers(
    pairs: &[(PairSuggestion, String, String)],
    a: &str,
    b: &str,
) -> Vec<(String, String, (usize, usize))> {
    let (p, _, _) = pairs
        .iter()
        .find(|(_, ta, tb)| ta.starts_with(a) && tb.starts_with(b))
        .unwrap_or_else(|| panic!("pair {a:?} / {b:?}"));
    p.flags
        .iter()
        .filter(|d: &&Discrepancy| d.kind == DiscrepancyKind::Speaker)
        .map(|d| (d.a.clone(), d.b.clone(), d.b_range))
        .collect()
}

const QUOTE: &str = "\"We have never seen water come down this fast.";
const FIRST: &str = "9.40am";
const SECOND: &str = "Within twenty minutes the stream";

#[test]
fn both_sentences_of_a_quotation_carry_its_speakers_flag() {
    let wire = matcher_util::article("trial55", "a2_wire_pm.txt");
    let live = matcher_util::article("trial55", "c_live.txt");
    let (_, p) = matcher_util::pairs(&wire, &live);
    for line in [FIRST, SECOND] {
        let got = speakers(&p, QUOTE, line);
        assert_eq!(got.len(), 1, "{line}: {got:?}");
        assert_eq!(got[0].0, "Thomas Kerschbaumer", "{line}");
        assert!(got[0].1.ends_with("Reinhard Kircher"), "{line}: {got:?}");
    }
    // The second sentence's flag points at its own text in the live page.
    let (s, e) = speakers(&p, QUOTE, SECOND)[0].2;
    let text: String = live.chars().skip(s).take(e - s).collect();
    assert!(text.starts_with(SECOND), "{text:?}");
}

#[test]
fn one_speaker_or_none_named_gives_no_flag() {
    let (_, p) = matcher_util::pairs(
        "\"We have never seen water come down this fast. Within twenty minutes the stream had become a wall of mud and rock,\" said Reinhard Kircher, the district fire commander.",
        "09:40 – Fire commander Reinhard Kircher tells ORF radio: \u{201c}We have never seen water come down this fast. Within twenty minutes the stream had become a wall of mud and rock.\u{201d}",
    );
    for line in ["09:40", SECOND] {
        assert!(speakers(&p, QUOTE, line).is_empty(), "{line}");
    }
    // No speaker named on the live page: nothing to credit the second sentence to.
    let (_, p) = matcher_util::pairs(
        "\"We have never seen water come down this fast. Within twenty minutes the stream had become a wall of mud and rock,\" said Thomas Kerschbaumer, head of the rescue service.",
        "09:40 – A radio report: \u{201c}We have never seen water come down this fast. Within twenty minutes the stream had become a wall of mud and rock.\u{201d}",
    );
    for line in ["09:40", SECOND] {
        assert!(speakers(&p, QUOTE, line).is_empty(), "{line}");
    }
    // Marks left open at the end of one line and closed on the next are no quotation of
    // two sentences (lines of unrelated text; the benchmark's articles): no flag there.
    let (_, p) = matcher_util::pairs(
        "\"We have never seen water come down this fast. Within twenty minutes the stream had become a wall of mud and rock,\" said Thomas Kerschbaumer, head of the rescue service.",
        "09:40 – Fire commander Reinhard Kircher tells ORF radio: \u{201c}We have never seen water come down this fast.\nWithin twenty minutes the stream had become a wall of mud and rock.\u{201d}",
    );
    assert_eq!(speakers(&p, QUOTE, "09:40").len(), 1);
    assert!(speakers(&p, QUOTE, SECOND).is_empty());
}
