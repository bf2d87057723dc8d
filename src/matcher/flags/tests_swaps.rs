//! Tests of figures swapped between two roles (`numbers/swap.rs`): each figure is
//! compared with the other sentence's figure of its own role (trial 23, F-F).

use super::test_util::{no_number_flag, number_flags};

/// The number flags of `a` / `b` as text pairs, the softer kind or not left out.
fn texts(a: &str, b: &str) -> Vec<(String, String)> {
    number_flags(a, b)
        .into_iter()
        .map(|(x, y, _)| (x, y))
        .collect()
}

#[test]
fn figures_swapped_between_dead_and_injured_are_flagged() {
    let a = "Two people were killed and five injured in the crash on the M1.";
    let b = "Five people were killed and two injured in the crash on the M1.";
    let f = texts(a, b);
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(
        f[0].0.starts_with("Two") && f[0].1.starts_with("Five"),
        "{f:?}"
    );
    assert!(f[1].0 == "five" && f[1].1 == "two", "{f:?}");
    assert_eq!(texts(b, a).len(), 2);
    let a = "The driver killed two people and injured five.";
    let b = "The driver killed five people and injured two.";
    assert_eq!(texts(a, b).len(), 2, "{:?}", texts(a, b));
}

#[test]
fn figures_swapped_between_counted_nouns_are_flagged() {
    let a = "Police arrested three men and two women after the raid.";
    let b = "Police arrested two men and three women after the raid.";
    let f = texts(a, b);
    assert_eq!(
        f,
        vec![
            ("three men".to_string(), "two men".to_string()),
            ("two women".to_string(), "three women".to_string())
        ]
    );
}

#[test]
fn the_same_figures_in_their_own_roles_are_no_swap() {
    for (a, b) in [
        (
            "Two people were killed and five injured in the crash.",
            "Five people were injured and two killed in the crash.",
        ),
        (
            "Police arrested three men and two women after the raid.",
            "Two women and three men were arrested after the raid.",
        ),
        (
            "Two people were killed and five injured in the crash.",
            "The crash killed two people and injured five.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn figures_swapped_between_killed_and_died_or_injured_are_flagged_whatever_the_noun() {
    // "killed" and "died" tell one outcome, "injured" and "wounded" another: the noun both
    // count ("people") does not make the dead and the injured one role.
    for (a, b) in [
        (
            "Three people died and five people were injured in the fire.",
            "Five people were killed and three people were injured in the fire.",
        ),
        (
            "Three people were killed and five wounded in the attack.",
            "Five people died and three were hurt in the attack.",
        ),
    ] {
        assert_eq!(texts(a, b).len(), 2, "{a} / {b}: {:?}", texts(a, b));
        assert_eq!(texts(b, a).len(), 2, "{b} / {a}: {:?}", texts(b, a));
    }
    // The same figures of the same outcomes, told with other words: no flag.
    no_number_flag(
        "Three people died and five people were injured in the fire.",
        "Three people were killed and five were wounded in the fire.",
    );
}
