//! Two events of one kind told alike (`Corpus::places_apart`, `align::APART_FACTOR`):
//! articles that place their stories in places known apart get no link at "probably the
//! same fact" or above, however alike their sentences, while two reports of one event, and
//! one story told from two countries, keep theirs. Fixtures: `tests/fixtures/events/`.

use parallax::matcher::align::{APART_FACTOR, PROBABLY_SAME, RELATED};
use parallax::matcher::{Corpus, PairSuggestion};

fn article(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/events/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every scored pair of the two articles, with the texts of its two sentences.
fn pairs(a: &str, b: &str) -> (Corpus, Vec<(PairSuggestion, String, String)>) {
    let corpus = Corpus::new(&[a, b]);
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let pairs = corpus
        .all_pairs(0.0, &mut |_, _| {})
        .into_iter()
        .map(|p| {
            let ta = ca[p.a_start..p.a_end].iter().collect();
            let tb = cb[p.b_start..p.b_end].iter().collect();
            (p, ta, tb)
        })
        .collect();
    (corpus, pairs)
}

/// The score of the pair whose sentences start with `a` and `b`.
fn score_of(pairs: &[(PairSuggestion, String, String)], a: &str, b: &str) -> f64 {
    pairs
        .iter()
        .find(|(_, ta, tb)| ta.starts_with(a) && tb.starts_with(b))
        .unwrap_or_else(|| panic!("no pair {a:?} / {b:?}"))
        .0
        .score
}

#[test]
fn two_earthquakes_told_alike_are_two_events() {
    let (a, b) = (article("quake-chile.txt"), article("quake-japan.txt"));
    let (corpus, pairs) = pairs(&a, &b);
    assert_eq!(
        corpus.places_apart(0, 1),
        Some(("chile".to_string(), "japan".to_string()))
    );
    // The same words in both: without the places, 99.9 % "same fact".
    let same_words = "There were no immediate reports of damage or casualties.";
    let s = score_of(&pairs, same_words, same_words);
    assert!((RELATED..PROBABLY_SAME).contains(&s), "{s}");
    assert!(s <= APART_FACTOR, "{s}");
    let best = pairs.iter().map(|p| p.0.score).fold(0.0, f64::max);
    assert!(best < PROBABLY_SAME, "{best}");
}

#[test]
fn two_strikes_in_two_cities_are_two_events_and_one_strike_told_twice_is_one() {
    let (leeds, glasgow) = (article("strike-leeds.txt"), article("strike-glasgow.txt"));
    let (corpus, apart) = pairs(&leeds, &glasgow);
    assert_eq!(
        corpus.places_apart(0, 1),
        Some(("leeds".to_string(), "glasgow".to_string()))
    );
    let best = apart.iter().map(|p| p.0.score).fold(0.0, f64::max);
    assert!(best < PROBABLY_SAME, "{best}");
    // The same strike in another outlet's words: one event, its links kept.
    let (corpus, same) = pairs(&leeds, &article("strike-leeds-2.txt"));
    assert_eq!(corpus.places_apart(0, 1), None);
    let s = score_of(
        &same,
        "The Unite union said about 600 drivers",
        "About 600 drivers at three depots",
    );
    assert!(s >= 0.7, "{s}");
}

#[test]
fn one_story_told_from_two_countries_is_one_event() {
    // Each names its own capital after "in", but the Pyongyang story mentions Seoul and
    // South Korea: a place in common.
    let (a, b) = (article("summit-seoul.txt"), article("summit-north.txt"));
    let (corpus, pairs) = pairs(&a, &b);
    assert_eq!(corpus.places_apart(0, 1), None);
    let best = pairs.iter().map(|p| p.0.score).fold(0.0, f64::max);
    assert!(best >= PROBABLY_SAME, "{best}");
}

#[test]
fn an_article_that_names_no_known_place_is_never_apart() {
    let a = article("quake-chile.txt");
    let b = "Quake felt widely\n\nA strong earthquake struck on Tuesday.\n\nThere were no immediate reports of damage or casualties.\n";
    let (corpus, pairs) = pairs(&a, b);
    assert_eq!(corpus.places_apart(0, 1), None);
    let same = "There were no immediate reports of damage or casualties.";
    assert!(score_of(&pairs, same, same) >= PROBABLY_SAME);
    // Three articles: only the pair placed apart is scaled down.
    let three = Corpus::new(&[&a, b, &article("quake-japan.txt")]);
    assert_eq!(three.places_apart(0, 1), None);
    assert!(three.places_apart(0, 2).is_some());
    assert_eq!(three.places_apart(1, 2), None);
    assert_eq!(three.places_apart(0, 7), None);
}

#[test]
fn two_towns_of_one_region_or_two_towns_of_one_first_name_are_two_events() {
    // Each article places its fire in a town told with its region, the region in common:
    // the towns tell two events apart, as "四川省成都市" / "四川省绵阳市" in Chinese.
    let a = "Fire in Dinkelsried kills three.\nA fire killed three people in Dinkelsried, Bavaria, on Thursday.\nFirefighters fought the blaze for hours.";
    let b = "Fire in Oberwil kills three.\nA fire killed three people in Oberwil, Bavaria, on Monday.\nFirefighters fought the blaze for hours.";
    assert_eq!(
        Corpus::new(&[a, b]).places_apart(0, 1),
        Some(("dinkelsried".to_string(), "oberwil".to_string()))
    );
    // Two towns whose names begin alike, read whole.
    let a = "Ein Feuer tötete drei Arbeiter in Frankfurt am Main am Donnerstag.";
    let b = "Ein Feuer tötete drei Arbeiter in Frankfurt an der Oder am Montag.";
    assert!(Corpus::new(&[a, b]).places_apart(0, 1).is_some());
    // One town on both sides: one event.
    let c = "Drei Arbeiter starben am Donnerstag bei einem Brand in Frankfurt.";
    assert_eq!(Corpus::new(&[a, c]).places_apart(0, 1), None);
}
