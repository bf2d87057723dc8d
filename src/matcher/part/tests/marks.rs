//! Tests of the quotation marks of a part: never one mark without its partner, and the
//! quotation of a quote in any kind of marks.

use super::*;

/// Whether every quotation mark of `s` has its partner in `s`.
fn balanced(s: &str) -> bool {
    let straight = s.chars().filter(|&c| c == '"').count();
    let count = |set: &[char]| s.chars().filter(|c| set.contains(c)).count();
    let opens = count(&['\u{201c}', '\u{201e}', '\u{ab}', '\u{300c}']);
    let closes = count(&['\u{201d}', '\u{bb}', '\u{300d}']);
    let german = count(&['\u{201e}']);
    // „…“: the German closing mark is the English opening one.
    straight % 2 == 0 && (opens == closes || (german > 0 && opens == 2 * german + closes))
}

#[test]
fn a_part_never_carries_one_quotation_mark_without_its_partner() {
    assert_eq!(
        part(
            "Smith said that \"the road was closed\" when the crash happened.",
            false
        ),
        "\"the road was closed\" when the crash happened."
    );
    assert_eq!(
        part(
            "Smith said that \u{201c}the road was closed\u{201d} when the crash happened.",
            false
        ),
        "\u{201c}the road was closed\u{201d} when the crash happened."
    );
    assert_eq!(
        part(
            "Smith said that \"the road was closed\" when the crash happened.",
            true
        ),
        "the road was closed"
    );
    assert_eq!(
        part(
            "\u{201e}Der Fahrer war betrunken\u{201c}, sagte die Polizei.",
            false
        ),
        "\u{201e}Der Fahrer war betrunken\u{201c}"
    );
    // A quote inside German or Japanese marks: the quotation.
    assert_eq!(
        part(
            "\u{201e}Der Fahrer war betrunken\u{201c}, sagte die Polizei.",
            true
        ),
        "Der Fahrer war betrunken"
    );
    // 警察は「運転手は酒に酔っていた」と述べた。
    assert_eq!(
        part("\u{8b66}\u{5bdf}\u{306f}\u{300c}\u{904b}\u{8ee2}\u{624b}\u{306f}\u{9152}\u{306b}\u{9154}\u{3063}\u{3066}\u{3044}\u{305f}\u{300d}\u{3068}\u{8ff0}\u{3079}\u{305f}\u{3002}", true),
        "\u{904b}\u{8ee2}\u{624b}\u{306f}\u{9152}\u{306b}\u{9154}\u{3063}\u{3066}\u{3044}\u{305f}"
    );
    // Words between two quotations are no part of a quote: the quotation that matches.
    let s = "She called it \"the embodiment of beauty\" and thought it \"captured the imagination of a generation.\"";
    assert_eq!(
        part_for(s, true, "It captured a generation."),
        "captured the imagination of a generation."
    );
    assert_eq!(
        part_for(s, true, "the embodiment of beauty"),
        "the embodiment of beauty"
    );
    // The first sentence of a quotation that runs on: the stray mark is left out.
    assert_eq!(
        part("\"The road was closed.", false),
        "The road was closed."
    );
    assert_eq!(part("It was icy and dark.\"", true), "It was icy and dark.");
    for s in [
        "Smith said that \"the road was closed\" when the crash happened.",
        "Smith told reporters \u{201c}the road was closed\u{201d} before the crash.",
        "The road was \"closed\" and \"icy\", police said.",
        "\u{201c}The road was closed,\u{201d} Smith said, \u{201c}when the crash happened.\u{201d}",
        "According to \"official sources\", the road was closed.",
        "The road, \"a death trap\" locals said, was closed on Monday morning.",
        "He said: \u{201c}The road was closed.",
        "\u{ab}La route \u{e9}tait ferm\u{e9}e\u{bb}, a dit le maire, selon Smith.",
        "She called it \"the embodiment of beauty\" and thought it \"captured the imagination of a generation.\"",
        "\"The road was closed.",
        "It was icy and dark.\"",
    ] {
        for quote in [false, true] {
            for source in ["", "the road was closed", "when the crash happened"] {
                let p = part_for(s, quote, source);
                let whole_unbalanced = !balanced(s) && p == s;
                assert!(balanced(&p) || whole_unbalanced, "{s:?} -> {p:?}");
            }
        }
    }
}
