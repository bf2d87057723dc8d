//! A cause told as what someone believes (session 53's testers: "Investigators believe a
//! gas leak caused the explosion." / "A bomb caused the explosion." was a solid cause
//! flag, as if both were told as done): a belief is a hedge, so against a cause told
//! plainly the flag is the softer kind (`flags::discrepancies`); two causes each
//! believed are told alike, and their flag stays solid. The verbs are
//! `lexicon/beliefs.rs`.

use crate::matcher::features::Prepared;
use crate::matcher::lexicon::beliefs::believes;

/// How many tokens before a cause a verb of believing tells it ("Investigators *believe*
/// a gas leak": 3; "Les enquêteurs *pensent* qu'une fuite de gaz": 4).
const BEFORE: usize = 6;

/// How many tokens after a cause's first word a passive of believing tells it ("A gas
/// leak is *believed* to have caused …", when the cause rules read that cause).
const AFTER: usize = 4;

/// Whether the cause of `p` at code point `start` is told as what someone believes: a
/// verb of believing (`lexicon::beliefs::believes`) within [`BEFORE`] tokens before it or [`AFTER`] tokens after its
/// first word, in the same clause (no full stop or semicolon between).
pub(crate) fn told_as_belief(p: &Prepared, start: usize) -> bool {
    let toks = &p.tokens;
    let Some(at) = toks.iter().position(|t| t.end > start) else {
        return false;
    };
    let chars: Vec<char> = p.text.chars().collect();
    let same_clause = |from: usize, to: usize| {
        !chars
            .get(from..to)
            .is_some_and(|gap| gap.iter().any(|&c| matches!(c, '.' | ';' | '!' | '?')))
    };
    let believes = |k: usize| believes(&toks[k].norm);
    (at.saturating_sub(BEFORE)..at).any(|k| believes(k) && same_clause(toks[k].end, toks[at].start))
        || (at + 1..(at + 1 + AFTER).min(toks.len()))
            .any(|k| believes(k) && same_clause(toks[at].end, toks[k].start))
}

#[cfg(test)]
mod tests {
    use crate::matcher::flags::test_util::flags_of;
    use crate::matcher::DiscrepancyKind;

    /// The cause flags of `a` and `b`: whether each is the softer kind.
    fn cause_flags(a: &str, b: &str) -> Vec<bool> {
        flags_of(DiscrepancyKind::Cause, a, b)
            .into_iter()
            .map(|f| f.2)
            .collect()
    }

    #[test]
    fn a_cause_believed_is_the_softer_kind() {
        let bomb = "A bomb caused the explosion.";
        let a = "Investigators believe a gas leak caused the explosion.";
        assert_eq!(cause_flags(a, bomb), [true], "{a}");
        assert_eq!(cause_flags(bomb, a), [true], "{a}");
        let a = "Les enquêteurs pensent qu'une fuite de gaz a provoqué l'explosion.";
        let bombe = "Une bombe a provoqué l'explosion.";
        assert_eq!(cause_flags(a, bombe), [true], "{a}");
        // Near cases: told as done, the flag stays solid; the same cause, no flag.
        for a in [
            "Investigators said a gas leak caused the explosion.",
            "A gas leak caused the explosion.",
        ] {
            assert_eq!(cause_flags(a, bomb), [false], "{a}");
        }
        assert_eq!(
            cause_flags("Une fuite de gaz a provoqué l'explosion.", bombe),
            [false]
        );
        assert!(cause_flags(
            "Investigators believe a gas leak caused the explosion.",
            "A gas leak caused the explosion."
        )
        .is_empty());
        // Two causes each believed are told alike: solid (trial 50's test).
        assert_eq!(
            cause_flags(
                "Investigators believe a gas leak caused the explosion.",
                "Investigators believe a bomb caused the explosion."
            ),
            [false]
        );
    }
}
