//! Tests of [`reopen_at_start`]: which saved workspace a reloaded tab opens without the list.

use super::*;

fn entry(id: &str, older: bool) -> Entry {
    Entry {
        id: id.into(),
        title: id.to_uppercase(),
        annotator: None,
        articles: 2,
        spans: 3,
        changed_ms: 1.0,
        older,
        continued_from: None,
    }
}

#[test]
fn the_one_workspace_this_tab_had_is_opened_at_once() {
    let list = [entry("w1", false)];
    let got = reopen_at_start(&list, Some("w1"), |_| false);
    assert_eq!(got.map(|e| e.id.as_str()), Some("w1"));
}

/// Near cases: the list is shown when there are several, when the one saved is not this
/// tab's (a new tab, another workspace), when another tab holds it, or when it is an
/// older version's.
#[test]
fn the_list_is_shown_otherwise() {
    let two = [entry("w1", false), entry("w2", false)];
    assert!(reopen_at_start(&two, Some("w1"), |_| false).is_none());
    let one = [entry("w1", false)];
    assert!(reopen_at_start(&one, None, |_| false).is_none());
    assert!(reopen_at_start(&one, Some("w2"), |_| false).is_none());
    assert!(reopen_at_start(&one, Some("w1"), |id| id == "w1").is_none());
    assert!(reopen_at_start(&[entry("w1", true)], Some("w1"), |_| false).is_none());
    assert!(reopen_at_start(&[], Some("w1"), |_| false).is_none());
}
