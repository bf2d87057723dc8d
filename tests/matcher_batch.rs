//! `score_batch` (`parallax score`) with the batch as context (session 41): in a batch that
//! holds sentences of two similar events (two tremors, two places), a pair from one event
//! that shares no word rises and a pair across the two events that shares the wording
//! falls; a pair at 0.5 or above keeps its score, none crosses 0.5, and a small batch is
//! scored as before.

use parallax::matcher::{score, score_batch, score_batch_without_context, BATCH_MIN_TEXTS};

/// Filler sentences, all different, about unrelated council business, so that the batch is
/// large enough for its own IDF and its context.
fn filler(n: usize) -> Vec<String> {
    let towns = [
        "Aldham", "Brisk", "Corvel", "Dunmore", "Elstow", "Farrow", "Glenby", "Hartle", "Ivel",
        "Jarrow", "Kelso", "Lanark",
    ];
    let things = [
        "bus shelters",
        "street lamps",
        "school meals",
        "library hours",
        "parking fees",
        "park benches",
        "bin collections",
        "cycle lanes",
        "swimming pools",
        "market stalls",
        "allotments",
        "public toilets",
    ];
    let verbs = [
        "approved",
        "rejected",
        "postponed",
        "debated",
        "funded",
        "reviewed",
        "cut",
        "doubled",
    ];
    let mut out = Vec::new();
    'all: for t in towns {
        for (i, th) in things.iter().enumerate() {
            for (j, v) in verbs.iter().enumerate() {
                if (i + j) % 4 != 0 {
                    continue;
                }
                out.push(format!(
                    "The {t} council {v} plans for {th} at its {} meeting.",
                    j + 2
                ));
                if out.len() == n {
                    break 'all;
                }
            }
        }
    }
    out
}

/// Sentence frames of an event report: `{x}` the place, `{y}` the event.
const FRAMES: [&str; 24] = [
    "Rescuers searched {x} through the night after the {y}.",
    "Officials said {x} would stay shut until the {y} damage was known.",
    "Families gathered outside {x} as news of the {y} spread.",
    "Police closed every road into {x} hours after the {y}.",
    "Engineers inspected {x} for cracks left by the {y}.",
    "Witnesses described how the {y} shook {x} before dawn.",
    "Two workers were hurt at {x} during the {y}.",
    "The mayor toured {x} on the morning after the {y}.",
    "Volunteers brought blankets to {x} after the {y}.",
    "Insurers sent assessors to {x} following the {y}.",
    "A local priest held a vigil near {x} for those caught in the {y}.",
    "Power was cut across {x} for six hours by the {y}.",
    "Seismologists recorded the {y} beneath {x} at a shallow depth.",
    "Shops near {x} stayed closed the day after the {y}.",
    "A hospital near {x} treated dozens after the {y}.",
    "Army trucks carried water to {x} after the {y}.",
    "Schools around {x} sent pupils home because of the {y}.",
    "Television crews filmed the wreckage at {x} left by the {y}.",
    "The government promised money to rebuild {x} after the {y}.",
    "Aftershocks rattled {x} for days after the {y}.",
    "Neighbours dug through rubble at {x} with their hands after the {y}.",
    "Train services to {x} were halted by the {y}.",
    "A minister flew to {x} to see the {y} damage.",
    "Charities appealed for help for {x} after the {y}.",
];

/// One event's sentences: frames `from..from + 12` with its place and event words.
fn event(from: usize, places: [&str; 3], what: &str) -> Vec<String> {
    (from..from + 12)
        .map(|i| FRAMES[i].replace("{x}", places[i % 3]).replace("{y}", what))
        .collect()
}

fn karvina() -> Vec<String> {
    event(
        0,
        [
            "the Karvina colliery",
            "the colliery shaft at Karvina",
            "the Karvina coal shaft",
        ],
        "colliery tremor",
    )
}

fn tavora() -> Vec<String> {
    event(
        12,
        [
            "Tavora harbour",
            "the harbour pier at Tavora",
            "the Tavora fishing pier",
        ],
        "harbour earthquake",
    )
}

/// The batch: every filler sentence paired with the next, and the pairs under test.
fn batch(tests: &[(&str, &str)]) -> Vec<(String, String)> {
    let f = filler(220);
    let mut pairs: Vec<(String, String)> =
        f.windows(2).map(|w| (w[0].clone(), w[1].clone())).collect();
    pairs.extend(tests.iter().map(|&(a, b)| (a.to_string(), b.to_string())));
    pairs
}

fn refs(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect()
}

#[test]
fn same_event_rises_and_similar_event_falls() {
    // Every pair of one event, and every pair across the two (a tremor at a colliery and an
    // earthquake at a harbour, told in like frames), in one batch; those below 0.5 are the
    // ones the context may move.
    let (k, t) = (karvina(), tavora());
    let mut within = Vec::new();
    for ev in [&k, &t] {
        for i in 0..ev.len() {
            for j in i + 1..ev.len() {
                within.push((ev[i].as_str(), ev[j].as_str()));
            }
        }
    }
    let cross: Vec<(&str, &str)> = k
        .iter()
        .flat_map(|a| t.iter().map(move |b| (a.as_str(), b.as_str())))
        .collect();
    let tests: Vec<(&str, &str)> = within.iter().chain(&cross).copied().collect();
    let pairs = batch(&tests);
    let texts = refs(&pairs);
    let with = score_batch(&texts);
    let without = score_batch_without_context(&texts);
    let first = texts.len() - tests.len();
    // (mean change, rises, falls) of the pairs below 0.5 among `range`.
    let moves = |range: std::ops::Range<usize>| {
        let below: Vec<usize> = range.filter(|&i| without[i] < 0.5).collect();
        let mean = below.iter().map(|&i| with[i] - without[i]).sum::<f64>() / below.len() as f64;
        let up = below.iter().filter(|&&i| with[i] > without[i]).count();
        let down = below.iter().filter(|&&i| with[i] < without[i]).count();
        (mean, up, down, below.len())
    };
    let same = moves(first..first + within.len());
    let other = moves(first + within.len()..texts.len());
    assert!(same.3 >= 10 && other.3 >= 10, "{same:?} {other:?}");
    assert!(same.0 > 0.0 && same.1 > same.2, "one event: {same:?}");
    assert!(other.0 < 0.0 && other.2 > other.1, "two events: {other:?}");
}

#[test]
fn no_pair_crosses_half_and_those_above_keep_their_score() {
    // The same fact in other words is above 0.5 and must not move; the two events' pairs
    // below 0.5 move but stay below.
    let (k, t) = (karvina(), tavora());
    let mut tests = vec![(
        "Rescuers pulled two miners alive from the collapsed shaft at the Karvina colliery.",
        "Two miners were pulled alive by rescuers from the collapsed Karvina colliery shaft.",
    )];
    for a in &k {
        for b in k.iter().chain(&t) {
            if a != b {
                tests.push((a.as_str(), b.as_str()));
            }
        }
    }
    let pairs = batch(&tests);
    let texts = refs(&pairs);
    let with = score_batch(&texts);
    let without = score_batch_without_context(&texts);
    let first = texts.len() - tests.len();
    assert!(without[first] >= 0.5, "paraphrase at {}", without[first]);
    assert_eq!(with[first], without[first]);
    assert!((first..texts.len()).any(|i| with[i] != without[i]));
    for (i, (&w, &o)) in with.iter().zip(&without).enumerate() {
        assert!((0.0..=1.0).contains(&w), "{:?}: {w}", texts[i]);
        if o >= 0.5 {
            assert_eq!(w, o, "{:?}", texts[i]);
        } else {
            assert!(w < 0.5, "{:?}: {o} -> {w}", texts[i]);
        }
    }
}

#[test]
fn small_batch_is_scored_without_context() {
    let (k, t) = (karvina(), tavora());
    let texts = [
        (k[0].as_str(), k[1].as_str()),
        (k[1].as_str(), t[1].as_str()),
    ];
    assert!(texts.len() * 2 < BATCH_MIN_TEXTS);
    let with = score_batch(&texts);
    for (&(a, b), s) in texts.iter().zip(with) {
        assert_eq!(s, score(a, b));
    }
}
