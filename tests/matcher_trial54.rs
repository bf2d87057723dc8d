//! Trial 54's articles read whole (`tests/fixtures/wildfire/`): a wildfire near Orosei
//! told by an English wire, an Italian daily and English live updates whose every line
//! opens with its clock time. Background of another time scores low against the event's
//! lines and carries no flag (F1); a part told after its whole carries no count flag (F2);
//! a clock time told in Italian is compared with the English one, and so are hectares
//! (F4). The near cases keep their flags: the wire's own hectares against the live
//! update's, and the background sentence in a story whose own year it names.

use parallax::matcher::{Discrepancy, DiscrepancyKind, PairSuggestion};

mod matcher_util;

fn article(name: &str) -> String {
    matcher_util::article("wildfire", name)
}

/// Every scored pair of the two articles, with the texts of its two sentences.
fn pairs(a: &str, b: &str) -> Vec<(PairSuggestion, String, String)> {
    matcher_util::pairs(a, b).1
}

/// The score and flags of the pair whose sentences start with `a` and `b` (a score of 0
/// and no flag when the pair is not scored).
fn pair(pairs: &[(PairSuggestion, String, String)], a: &str, b: &str) -> (f64, Vec<Discrepancy>) {
    matcher_util::find(pairs, a, b).map_or((0.0, Vec::new()), |p| (p.score, p.flags.clone()))
}

/// The number flags of `flags`: text in `a`, text in `b`, whether the softer kind.
fn numbers(flags: &[Discrepancy]) -> Vec<(String, String, bool)> {
    flags
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Number)
        .map(|d| (d.a.clone(), d.b.clone(), d.vague))
        .collect()
}

const PAST: &str = "In July 2021, a fire in the Montiferru area";

#[test]
fn background_of_another_time_scores_low_and_carries_no_flag() {
    let (wire, live) = (article("orosei-ap.txt"), article("orosei-live.txt"));
    let p = pairs(&wire, &live);
    // F1: 0.741 with "some 13,000 hectares ≠ around 2,000 hectares", and 0.240 with
    // "1,500 people ≠ About 3,500 people".
    for line in ["06:10 The fire has burned", "19:30 About 3,500 people"] {
        let (score, flags) = pair(&p, PAST, line);
        assert!(score < 0.2, "{line}: {score}");
        assert!(flags.is_empty(), "{line}: {flags:?}");
    }
    // Against the Italian lead: no "1,500 people ≠ circa 5.000 persone".
    let p = pairs(&wire, &article("orosei-it.txt"));
    let (_, flags) = pair(&p, PAST, "Un vasto incendio");
    assert!(numbers(&flags).is_empty(), "{flags:?}");
}

#[test]
fn the_events_own_figures_keep_their_flags() {
    let (wire, live) = (article("orosei-ap.txt"), article("orosei-live.txt"));
    let p = pairs(&wire, &live);
    // The wire's hectares against the live update's: one fact, the softer flag.
    let (score, flags) = pair(&p, "The fire broke out", "06:10 The fire has burned");
    assert!(score >= 0.5, "{score}");
    let f = numbers(&flags);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].0.contains("2,300") && f[0].1.contains("2,000") && f[0].2,
        "{f:?}"
    );
    // A story whose own year is 2021: the sentence is its own, flagged as before.
    let own = wire.replace("on Tuesday, forcing", "on Tuesday, 27 July 2021, forcing");
    let p = pairs(&own, &live);
    let (_, flags) = pair(&p, PAST, "06:10 The fire has burned");
    let f = numbers(&flags);
    assert!(
        f.iter()
            .any(|x| x.0.contains("13,000") && x.1.contains("2,000")),
        "{f:?}"
    );
}

#[test]
fn a_part_told_after_its_whole_carries_no_count_flag() {
    let (wire, live) = (article("orosei-ap.txt"), article("orosei-live.txt"));
    let p = pairs(&wire, &live);
    // F2: "two firefighters ≠ one firefighter" and "One of the firefighters ≠ two
    // firefighters", both at 0.977.
    for a in ["Seven people were injured", "One of the firefighters"] {
        let (score, flags) = pair(&p, a, "22:40 Seven people");
        assert!(score >= 0.7, "{a}: {score}");
        assert!(numbers(&flags).is_empty(), "{a}: {flags:?}");
    }
}

#[test]
fn italian_times_and_figures_are_compared_with_the_english_ones() {
    let (wire, it, live) = (
        article("orosei-ap.txt"),
        article("orosei-it.txt"),
        article("orosei-live.txt"),
    );
    // F4: "shortly before 3 p.m." / "intorno alle 13": no flag at 0.002.
    let p = pairs(&wire, &it);
    let (_, flags) = pair(&p, "The fire broke out", "Le fiamme sono divampate");
    let dates: Vec<_> = flags
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Date)
        .map(|d| (d.a.as_str(), d.b.as_str()))
        .collect();
    assert_eq!(dates, [("3 p.m.", "13")], "{flags:?}");
    // Two hours apart, beyond the hedges of "shortly before" and "intorno": the solid
    // kind, as the English "at around 1 p.m." gets.
    assert!(flags.iter().all(|d| !d.vague), "{flags:?}");
    // "circa 2.300 ettari" / "around 2,000 hectares": the flag the wire's pair gets.
    let p = pairs(&it, &live);
    let (_, flags) = pair(
        &p,
        "Secondo il Corpo forestale",
        "06:10 The fire has burned",
    );
    let f = numbers(&flags);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].0.contains("2.300") && f[0].1.contains("2,000") && f[0].2,
        "{f:?}"
    );
}

#[test]
fn another_fire_is_told_apart_by_the_town_its_dateline_names() {
    // Session 52, item 4: "a_wire.txt (Sardinia) and d_other.txt (Lagos)": "Lagos", the
    // one town the gazetteer knows, named once as where evacuees were housed; "Aljezur",
    // the fire's town, opens the dateline and is named again.
    let (wire, other) = (article("orosei-ap.txt"), article("aljezur-ap.txt"));
    let corpus = parallax::matcher::Corpus::new(&[wire.as_str(), other.as_str()]);
    assert_eq!(
        corpus.places_apart(0, 1),
        Some(("orosei".to_string(), "aljezur".to_string()))
    );
    // Told the other way round, each keeps its own.
    let corpus = parallax::matcher::Corpus::new(&[other.as_str(), wire.as_str()]);
    assert_eq!(
        corpus.places_apart(0, 1),
        Some(("aljezur".to_string(), "orosei".to_string()))
    );
}
