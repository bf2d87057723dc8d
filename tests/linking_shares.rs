//! Matching split over several Web Workers (issue 8: all pairs of a hundred articles in
//! the page under 1 s): each worker builds the whole corpus and matches one share of the
//! spans (`Matching::suggest_share`); the page merges the shares (`Suggestions::merge`).
//! The merged answer must be exactly one worker's (`Matching::suggest`): the same groups in
//! the same order, the same unlabelled matches (ranks and ids), the same articles apart.

use parallax::linking::{self, Matching, Suggestions};
use parallax::model::{Label, Origin, Workspace};

const ARTICLES: [&str; 6] = [
    include_str!("fixtures/events/chemfire-marl-ap.txt"),
    include_str!("fixtures/events/chemiebrand-marl-dpa.txt"),
    include_str!("fixtures/events/chemfire-leverkusen-ap.txt"),
    include_str!("fixtures/events/bus-granada.txt"),
    include_str!("fixtures/events/bus-valencia-2019.txt"),
    include_str!("fixtures/events/derail-bologna-ap.txt"),
];

/// The articles with every sentence labelled (a claim, every fifth a quote), one link, one
/// rejection and one article left without spans.
fn workspace() -> Workspace {
    let mut ws = Workspace::new();
    let ids: Vec<String> = ARTICLES
        .iter()
        .enumerate()
        .map(|(i, text)| ws.add_document(&format!("a{i}"), &format!("a{i}.txt"), text))
        .collect();
    let m = Matching::new(&ws.documents);
    let mut k = 0;
    // The last article is matched against, never matched from.
    for id in &ids[..ids.len() - 1] {
        for &(s, e) in m.sentences(id) {
            let label = if k % 5 == 4 {
                Label::Quote
            } else {
                Label::Claim
            };
            k += 1;
            ws.add_span(id, s, e, label).expect("sentence span");
        }
    }
    // A link and a rejection, so that suggestions to linked spans and hidden ones count.
    let first = ws.spans_of(&ids[0]).next().map(|s| s.id.clone());
    let other = ws.spans_of(&ids[1]).next().map(|s| s.id.clone());
    if let (Some(a), Some(b)) = (first, other) {
        ws.add_link(&a, &b, Origin::Manual, None, Vec::new())
            .expect("link");
    }
    let s = linking::suggestions(&ws);
    if let Some(sug) = s.groups.iter().flat_map(|g| g.suggestions.iter()).nth(3) {
        ws.reject(linking::rejection(sug));
    }
    ws
}

/// Each share computed by its own matcher (as each worker builds its own corpus), in
/// reverse order, then merged in part order.
fn split(ws: &Workspace, parts: usize) -> Suggestions {
    let mut shares: Vec<(usize, Suggestions)> = (0..parts)
        .rev()
        .map(|part| {
            let m = Matching::new(&ws.documents);
            (part, m.suggest_share(ws, (part, parts), &mut |_, _| {}))
        })
        .collect();
    shares.sort_by_key(|(part, _)| *part);
    Suggestions::merge(shares.into_iter().map(|(_, s)| s).collect())
}

#[test]
fn shares_merged_are_one_run_exactly() {
    let ws = workspace();
    let whole = Matching::new(&ws.documents).suggest(&ws, &mut |_, _| {});
    assert!(whole.groups.len() > 30, "{}", whole.groups.len());
    assert!(!whole.unlabelled.is_empty());
    assert!(!whole.apart.is_empty(), "Marl and Leverkusen are apart");
    for parts in 1..=3 {
        assert_eq!(split(&ws, parts), whole, "{parts} parts");
    }
    // More parts than spans: empty shares merge to the same answer.
    let few = {
        let mut ws = ws.clone();
        ws.spans.truncate(3);
        ws
    };
    let whole_few = Matching::new(&few.documents).suggest(&few, &mut |_, _| {});
    assert_eq!(split(&few, 5), whole_few);
}

/// Two shares split the spans, not the work of each: every group is in exactly one share,
/// each share reports its own spans' progress, and the two are balanced by the sentence
/// pairs they score.
#[test]
fn two_shares_hold_each_span_once_with_their_own_progress() {
    let ws = workspace();
    let m = Matching::new(&ws.documents);
    let mut totals = Vec::new();
    let shares: Vec<Suggestions> = (0..2)
        .map(|part| {
            let mut last = (0, 0);
            let s = m.suggest_share(&ws, (part, 2), &mut |d, t| last = (d, t));
            assert_eq!(last, (s.groups.len(), s.groups.len()), "share {part}");
            totals.push(last.1);
            s
        })
        .collect();
    let whole = m.suggest(&ws, &mut |_, _| {});
    assert_eq!(totals.iter().sum::<usize>(), whole.groups.len());
    let (a, b) = (totals[0] as f64, totals[1] as f64);
    assert!((a - b).abs() / (a + b) < 0.25, "{totals:?}");
    for s in &shares {
        assert_eq!(s.sentences, whole.sentences);
        assert_eq!(s.apart, whole.apart);
    }
    // Part out of range, or no spans to match: nothing to do.
    assert!(m
        .suggest_share(&ws, (2, 2), &mut |_, _| {})
        .groups
        .is_empty());
    let mut bare = ws.clone();
    bare.spans.clear();
    assert_eq!(
        Suggestions::merge(vec![
            m.suggest_share(&bare, (0, 2), &mut |_, _| {}),
            m.suggest_share(&bare, (1, 2), &mut |_, _| {}),
        ]),
        m.suggest(&bare, &mut |_, _| {})
    );
    assert_eq!(Suggestions::merge(Vec::new()), Suggestions::default());
}

/// A share's unlabelled matches are its own; the merge takes them again over every group
/// (a sentence's best source may lie in the other share), so the merge does not simply
/// join the shares' lists.
#[test]
fn unlabelled_matches_are_taken_again_over_all_groups() {
    let ws = workspace();
    let m = Matching::new(&ws.documents);
    let shares: Vec<Suggestions> = (0..2)
        .map(|part| m.suggest_share(&ws, (part, 2), &mut |_, _| {}))
        .collect();
    let joined: usize = shares.iter().map(|s| s.unlabelled.len()).sum();
    let whole = m.suggest(&ws, &mut |_, _| {});
    assert_eq!(Suggestions::merge(shares).unlabelled, whole.unlabelled);
    assert!(joined >= whole.unlabelled.len());
}
