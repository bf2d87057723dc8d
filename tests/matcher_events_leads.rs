//! Two events of one kind in one country, or in towns the gazetteer does not know, told
//! alike (`flags::leads_apart` through `Corpus::places_apart`): their leads name other
//! places and other days or figures, and share no date or figure, so no pair between them
//! reaches "probably the same fact"; two reports of one event, even told from two
//! countries or in two spellings, keep their links (trial 24, M3). Fixtures:
//! `tests/fixtures/events/`.

use parallax::matcher::align::PROBABLY_SAME;
use parallax::matcher::Corpus;

fn article(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/events/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whether the two articles are told apart (the places given), and their best pair's score.
fn apart_and_best(a: &str, b: &str) -> (Option<(String, String)>, f64) {
    let (a, b) = (article(a), article(b));
    let corpus = Corpus::new(&[&a, &b]);
    let best = corpus
        .all_pairs(0.0, &mut |_, _| {})
        .iter()
        .map(|p| p.score)
        .fold(0.0, f64::max);
    (corpus.places_apart(0, 1), best)
}

fn places(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_string(), b.to_string()))
}

#[test]
fn two_events_in_one_country_or_in_towns_the_gazetteer_does_not_know_are_two_events() {
    for (a, b, pa, pb) in [
        // Both say "Spain"; the leads: Granada / Valencia, Sunday / Saturday, 14 / Eleven.
        (
            "bus-granada.txt",
            "bus-valencia-2019.txt",
            "granada",
            "valencia",
        ),
        // Two made-up towns, Sunday / Wednesday.
        (
            "fire-millbrook.txt",
            "fire-ashcombe.txt",
            "millbrook",
            "ashcombe",
        ),
        // Both say "Japan"; magnitude 7.5 / 9.0.
        (
            "quake-noto-2024.txt",
            "quake-tohoku-2011.txt",
            "wajima",
            "sendai",
        ),
    ] {
        let (apart, best) = apart_and_best(a, b);
        assert_eq!(apart, places(pa, pb), "{a} / {b}");
        assert!(best < PROBABLY_SAME, "{a} / {b}: {best}");
    }
}

#[test]
fn one_event_told_from_two_countries_or_in_two_spellings_keeps_its_links() {
    // Turkey / Syria: other places and tolls, but the same day, magnitude and time.
    for (a, b) in [
        ("quake-turkey.txt", "quake-syria.txt"),
        ("missiles-kyiv.txt", "missiles-kiev.txt"),
        ("bus-granada.txt", "bus-granada-2.txt"),
    ] {
        let (apart, best) = apart_and_best(a, b);
        assert_eq!(apart, None, "{a} / {b}");
        assert!(best >= PROBABLY_SAME, "{a} / {b}: {best}");
    }
}
