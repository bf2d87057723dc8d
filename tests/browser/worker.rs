//! The worker's side of matching, called as the worker calls it: a request serialised by
//! the page ([`RequestRef`]) in, the reply out. Large workspaces are matched there, so what
//! the page's own matcher reads of the workspace must reach it too.

use parallax::app::worker::{parallax_worker_run, Reply, RequestRef};
use wasm_bindgen_test::*;

/// The worker's whole answer to a request for `ws` (`share`: one share of its spans, as
/// a run split over two workers asks); panics on any other reply.
fn worker_answer(
    ws: &parallax::model::Workspace,
    id: u64,
    share: Option<(usize, usize)>,
) -> parallax::linking::Suggestions {
    let req = RequestRef {
        id,
        generation: 1,
        documents: Some(&ws.documents),
        spans: &ws.spans,
        links: &ws.links,
        relations: &ws.relations,
        rejections: &ws.rejections,
        share,
    };
    let reply = parallax_worker_run(serde_json::to_string(&req).expect("a request"));
    match serde_json::from_str::<Reply>(&reply).expect("a reply") {
        Reply::Done(out) => out,
        _ => panic!("a whole answer: {reply}"),
    }
}

/// Session 42: the worker rebuilt the workspace without the user's relations, so above
/// the worker threshold an attribution drawn to its quote no longer credited the speaker
/// and the quote's card lost its speaker flag ("Sheriff Bill Franklin" / "Chief Deputy Ray
/// Collins", each drawn to the same quotation: `tests/fixtures/relations`).
#[wasm_bindgen_test]
fn the_worker_reads_the_users_attributions() {
    let bytes = include_bytes!("../fixtures/relations/rel-en.json");
    let ws = parallax::formats::import("rel-en.json", bytes)
        .expect("the page's export")
        .workspace;
    assert_eq!(ws.relations.len(), 2);
    let speaker_flag = |ws: &parallax::model::Workspace| {
        let out = worker_answer(ws, 1, None);
        let group = out
            .groups
            .iter()
            .find(|g| g.span == "s3")
            .expect("s3's cards");
        let card = group
            .suggestions
            .iter()
            .find(|s| s.target_span.as_deref() == Some("s6"))
            .expect("a card for s3 -> s6");
        card.flags.iter().any(|f| f.kind.as_str() == "speaker")
    };
    assert!(
        speaker_flag(&ws),
        "the attributions drawn credit two people"
    );
    // Without the relations the quotation alone names no one: no flag (the test's control).
    let mut bare = ws.clone();
    bare.relations.clear();
    assert!(!speaker_flag(&bare));
}

/// Issue 8: a request for one share of the spans (a run split over two workers) answers
/// that share's groups; the two shares merged are the whole request's answer exactly.
#[wasm_bindgen_test]
fn two_shares_through_the_worker_merge_to_the_whole_answer() {
    let bytes = include_bytes!("../fixtures/relations/rel-en.json");
    let ws = parallax::formats::import("rel-en.json", bytes)
        .expect("the page's export")
        .workspace;
    let run = |id: u64, share: Option<(usize, usize)>| worker_answer(&ws, id, share);
    let whole = run(1, None);
    let shares = vec![run(2, Some((0, 2))), run(3, Some((1, 2)))];
    assert_eq!(
        shares.iter().map(|s| s.groups.len()).sum::<usize>(),
        whole.groups.len()
    );
    assert_eq!(parallax::linking::Suggestions::merge(shares), whole);
}
