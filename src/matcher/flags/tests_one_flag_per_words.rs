//! One flag for one pair of words (trial 49, 8): two readers that flag the very same words
//! of both sentences under two kinds (the speaker of a claim and its claimant) give one
//! flag, and flags of other words in the same pair are kept.

use super::test_util::flags;

#[test]
fn the_same_words_are_flagged_once() {
    let a = "A criminal gang calling itself BlackVane claimed responsibility on its leak site \
             on Tuesday and demanded a ransom of $5 million in bitcoin.";
    let b = "A criminal group calling itself Krait claimed responsibility on Saturday and \
             demanded a ransom of $2 million in bitcoin.";
    for (x, y) in [(a, b), (b, a)] {
        let got = flags(x, y);
        let gangs = got
            .iter()
            .filter(|(_, p, q)| {
                [p.as_str(), q.as_str()].contains(&"BlackVane")
                    && [p.as_str(), q.as_str()].contains(&"Krait")
            })
            .count();
        assert_eq!(gangs, 1, "{got:?}");
        // The other differences of the pair are still flagged.
        assert!(
            got.iter()
                .any(|(_, p, q)| p.contains("million") && q.contains("million")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(_, p, q)| [p.as_str(), q.as_str()].contains(&"Tuesday")),
            "{got:?}"
        );
    }
}
