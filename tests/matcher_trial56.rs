//! Trial 56's articles in small (a gas explosion in Liège): a live page whose note says
//! "All times are local (GMT+1)" tells its clock times in that zone, so the wire's
//! "01:40 GMT" is its "2:40 a.m." (no flag) and not its "4:40 a.m." (the solid flag); a
//! page with no note against a time in GMT gets the softer flag at most.

use parallax::matcher::{Discrepancy, DiscrepancyKind, PairSuggestion};

mod matcher_util;

/// The score and flags of the pair whose sentences start with `a` and `b` (a score of 0
/// and no flag when the pair is not scored).
fn pair(pairs: &[(PairSuggestion, String, String)], a: &str, b: &str) -> (f64, Vec<Discrepancy>) {
    matcher_util::find(pairs, a, b).map_or((0.0, Vec::new()), |p| (p.score, p.flags.clone()))
}

/// The date flags of `flags`: text in `a`, text in `b`, whether the softer kind.
fn dates(flags: &[Discrepancy]) -> Vec<(String, String, bool)> {
    flags
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Date)
        .map(|d| (d.a.clone(), d.b.clone(), d.vague))
        .collect()
}

const LIVE: &str = "Liege building explosion: live updates\n\nAll times are local (GMT+1).\n\n\
The explosion was heard at 2:40 a.m. across the Fetinne district.\n\n\
The mayor arrived at the scene at 4:40 a.m., police said.\n";

const WIRE: &str = "LIEGE, Belgium (AP) — A gas explosion ripped through a building in Liege.\n\n\
The explosion was heard at 01:40 GMT across the Fetinne district.\n\n\
The mayor arrived at the scene at 01:40 GMT, police said.\n";

#[test]
fn a_live_pages_note_of_local_time_sets_the_zone_of_its_times() {
    let (_, pairs) = matcher_util::pairs(LIVE, WIRE);
    let (score, flags) = pair(
        &pairs,
        "The explosion was heard at 2:40",
        "The explosion was heard at 01:40",
    );
    assert!(score > 0.5, "{score}");
    assert_eq!(dates(&flags), vec![]);
    let (_, flags) = pair(
        &pairs,
        "The mayor arrived at the scene at 4:40",
        "The mayor arrived",
    );
    assert_eq!(
        dates(&flags),
        vec![("4:40 a.m.".to_string(), "01:40 GMT".to_string(), false)]
    );
}

#[test]
fn without_the_note_a_local_time_against_gmt_is_the_softer_flag() {
    let live = LIVE.replace("All times are local (GMT+1).\n\n", "");
    let (_, pairs) = matcher_util::pairs(&live, WIRE);
    let (_, flags) = pair(
        &pairs,
        "The explosion was heard at 2:40",
        "The explosion was heard at 01:40",
    );
    assert_eq!(
        dates(&flags),
        vec![("2:40 a.m.".to_string(), "01:40 GMT".to_string(), true)]
    );
}

#[test]
fn a_note_on_the_side_of_the_zoned_time_leaves_the_other_unknown() {
    // The wire's "2:40 a.m." has no note: its zone is unknown, whatever the live page's is.
    let wire = WIRE.replace("01:40 GMT across", "2:40 a.m. across");
    let live = LIVE.replace("2:40 a.m. across", "01:40 GMT across");
    let (_, pairs) = matcher_util::pairs(&wire, &live);
    let (score, flags) = pair(
        &pairs,
        "The explosion was heard at 2:40",
        "The explosion was heard at 01:40",
    );
    assert!(score > 0.5, "{score}");
    assert_eq!(
        dates(&flags),
        vec![("2:40 a.m.".to_string(), "01:40 GMT".to_string(), true)]
    );
}

/// The note itself is page furniture, never a pair (session 53's last tester: "All times
/// are local (GMT+1)." was suggested at 33 % against the wire's "01:40 GMT" sentence; the
/// offset "+1" was a word no note holds). Its zone is still read (the test above).
#[test]
fn a_note_of_local_time_with_its_offset_is_never_a_pair() {
    let (_, pairs) = matcher_util::pairs(LIVE, WIRE);
    let (score, _) = pair(
        &pairs,
        "The explosion was heard at 01:40",
        "All times are local",
    );
    assert_eq!(score, 0.0);
    let (score, _) = pair(
        &pairs,
        "All times are local",
        "The explosion was heard at 01:40",
    );
    assert_eq!(score, 0.0);
}
