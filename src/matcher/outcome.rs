//! Outcome flags: two sentences told with the same words that report opposite outcomes,
//! "Police arrested the driver" / "Police released the driver", "two killed" / "two
//! injured", "the bridge was safe" / "the bridge was not safe". Shared words make such a
//! pair score as the same fact; the flag says what differs.
//!
//! Two rules, both on the tokens of the two prepared sentences (ranges in code points of
//! each sentence's own text, as every flag):
//! - **opposite words**: one sentence has a word of one side of a pair in [`OPPOSITES`]
//!   and none of the other side, the other sentence the reverse;
//! - **negation**: exactly one sentence negates ("not", "never", "no", "n't") a content
//!   word that the other sentence states without a negation;
//! - **hedge** (the softer kind, read when the two others find nothing): one sentence
//!   tells as expected or possible ("is expected to be charged", "allegedly accepted")
//!   what the other tells as done ("charged", "accepted"): [`hedge_conflict`].
//!
//! A negation in either sentence turns opposite words round ("not arrested" / "not
//! released" agree more than they differ), so then only the negation rule is read; a
//! denial ("denied that …") turns both rules off but for "confirmed" / "denied" itself.

use super::flags::Ranges;
use super::prepared::Prepared;
use super::text::{Kind, Token};

/// Pairs of outcomes news reports contradict each other on, as word beginnings of the
/// lower-case token ("arrest" covers arrested, arrests; "injur" injured, injuries).
/// Kept to outcomes that cannot both be the one fact: not "rose" / "fell" (a bridge
/// "fell" while prices "rose") nor "won" / "lost" ("lost his life").
pub(crate) const OPPOSITES: &[(&[&str], &[&str])] = &[
    (&["arrest", "detain"], &["releas", "freed"]),
    (
        &["kill", "dead", "died", "dies", "death", "fatal"],
        &["injur", "wound", "hurt", "surviv"],
    ),
    (&["safe"], &["unsafe"]),
    (&["confirm"], &["denied", "deny", "denies"]),
    (&["convict", "guilty"], &["acquit", "innocent"]),
    (&["accept", "approv"], &["reject", "refus"]),
    (&["open"], &["closed", "closing", "shut"]),
    // Hostages, captives: "were freed" / "released unharmed" / "rescued" against "killed"
    // (not "released" alone: footage, names and statements are released).
    (
        &["kill", "dead", "died", "dies", "death"],
        &["freed", "rescu", "unharm"],
    ),
    (
        &["resign", "quit"],
        &["fired", "dismiss", "sacked", "ousted"],
    ),
];

/// The first token of `toks` (not a stop word) starting with one of `side`.
fn find<'t>(toks: &'t [Token], side: &[&str]) -> Option<&'t Token> {
    toks.iter()
        .find(|t| !t.stop && side.iter().any(|w| t.norm.starts_with(w)))
}

/// The outcome that differs between `a` and `b`, if any: the ranges of the two words (or
/// of "not safe" and "safe").
pub(crate) fn outcome_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // A negation or a denial turns an outcome round ("was not arrested" / "was not
    // released", "denied that the bridge was unsafe" / "the bridge was safe"): with one
    // in either sentence the opposite words say nothing by themselves.
    let negates = |p: &Prepared| (0..p.tokens.len()).any(|i| negation_at(&p.tokens, i));
    let denies = |p: &Prepared| p.tokens.iter().any(|t| is_denial(&t.norm));
    if negates(a) || negates(b) {
        return negation_conflict(a, b).filter(|_| !denies(a) && !denies(b));
    }
    for (one, other) in OPPOSITES {
        let denial_pair = other.iter().any(|w| is_denial(w));
        if !denial_pair && (denies(a) || denies(b)) {
            continue;
        }
        let (a1, a2) = (find(&a.tokens, one), find(&a.tokens, other));
        let (b1, b2) = (find(&b.tokens, one), find(&b.tokens, other));
        match (a1, a2, b1, b2) {
            (Some(x), None, None, Some(y)) | (None, Some(x), Some(y), None) => {
                return Some(((x.start, x.end), (y.start, y.end)));
            }
            _ => {}
        }
    }
    None
}

/// A word that denies what follows it ("denied that …", "refuted reports that …").
fn is_denial(norm: &str) -> bool {
    ["deni", "deny", "refut"]
        .iter()
        .any(|w| norm.starts_with(w))
}

/// Whether token `i` of `toks` negates what follows: a negation word ("not", "never",
/// "no", "n't", "nobody"), or a failure ("failed to find", "unable to reach").
fn negation_at(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let to = toks.get(i + 1).is_some_and(|n| n.norm == "to");
    t.negation || (to && matches!(t.norm.as_str(), "failed" | "fails" | "fail" | "unable"))
}

/// Words of a span of time that make a negation a past habit, not the event's outcome:
/// "has not been hit by a quake in more than 25 years", "had not flooded for decades".
const SPANS_OF_TIME: &[&str] = &["years", "decades", "century", "centuries", "generations"];

/// Whether the negated word at `j` tells a past habit ("not been hit ... in 25 years",
/// "for decades", "since 1990", "never before"): a span of time after "in", "for" or
/// "over", or "since", within eight tokens after it, or "before" right after "never".
fn habitual(toks: &[Token], neg: usize, j: usize) -> bool {
    let ahead = &toks[j + 1..toks.len().min(j + 9)];
    let span = ahead.iter().enumerate().any(|(k, t)| {
        SPANS_OF_TIME.contains(&t.norm.as_str())
            && ahead[..k]
                .iter()
                .any(|p| matches!(p.norm.as_str(), "in" | "for" | "over"))
    });
    let since = ahead.iter().any(|t| t.norm == "since");
    let never_before = toks[neg].norm == "never"
        && (toks.get(neg + 1).is_some_and(|t| t.norm == "before")
            || ahead.first().is_some_and(|t| t.norm == "before"));
    span || since || never_before
}

/// Content words negated in `toks`: (negation token index, negated token index), the
/// negated word being the first content word within three tokens after the negation
/// ([`negation_at`]), when it is a word (not a number, date or name). "no one" negates
/// as "nobody" does (the word after "one").
fn negated(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if !negation_at(toks, i) {
            continue;
        }
        // The tokeniser reads "one" as the number 1.
        let no_one = toks[i].norm == "no"
            && toks
                .get(i + 1)
                .is_some_and(|t| t.norm == "one" || t.kind == Kind::Number(1.0));
        let from = i + 1 + usize::from(no_one);
        // A word, not a number, date or name: "wasn't until 1997" negates no outcome.
        let next = (from..toks.len().min(from + 3)).find(|&j| !toks[j].stop && !toks[j].negation);
        if let Some(j) = next.filter(|&j| {
            let w = &toks[j];
            w.kind == Kind::Word && !w.date && !w.proper
        }) {
            out.push((i, j));
        }
    }
    out
}

/// The negated words of `toks` ([`negated`]) that may be an outcome: not a past habit
/// ([`habitual`]).
fn negated_outcomes(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = negated(toks);
    out.retain(|&(i, j)| !habitual(toks, i, j));
    out
}

/// Irregular past forms of verbs news reports negate ("failed to find" / "found"), with
/// their base form: the two are one word for the negation rule.
const IRREGULAR: &[(&str, &str)] = &[
    ("found", "find"),
    ("caught", "catch"),
    ("took", "take"),
    ("made", "make"),
    ("got", "get"),
    ("saw", "see"),
    ("gave", "give"),
    ("won", "win"),
    ("kept", "keep"),
    ("held", "hold"),
    ("met", "meet"),
    ("brought", "bring"),
    ("left", "leave"),
    ("reached", "reach"),
    ("fled", "flee"),
    ("sent", "send"),
    ("came", "come"),
    ("went", "go"),
    ("knew", "know"),
    ("stole", "steal"),
    ("shot", "shoot"),
];

/// Whether two tokens are one word for the negation rule: one stem, or an irregular past
/// and its base ([`IRREGULAR`]: "find" / "found").
fn same_word(x: &Token, y: &Token) -> bool {
    let base = |n: &str| {
        IRREGULAR
            .iter()
            .find(|(past, _)| *past == n)
            .map_or(n.to_string(), |(_, b)| b.to_string())
    };
    x.stem == y.stem || base(&x.norm) == base(&y.norm)
}

/// Exactly one side negates a content word the other states: "was not safe" / "was
/// safe". Both negating (or neither) is no conflict.
fn negation_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (na, nb) = (negated(&a.tokens), negated(&b.tokens));
    if !na.is_empty() && !nb.is_empty() {
        return None;
    }
    let (na, nb) = (negated_outcomes(&a.tokens), negated_outcomes(&b.tokens));
    let check = |neg: &Prepared, list: &[(usize, usize)], plain: &Prepared| {
        list.iter().find_map(|&(i, j)| {
            let word = &neg.tokens[j];
            // The word stated plainly on the negating side too ("Unable to find a home,
            // ... told them to find housing"): no outcome denied.
            let also = |(k, t): (usize, &Token)| {
                k != j && same_word(t, word) && !list.iter().any(|&(_, m)| m == k)
            };
            // "failed to get" / "their failure ... to get": a failure told otherwise.
            let failure = |t: &Token| t.norm.starts_with("fail") || t.norm == "unable";
            let failed = !neg.tokens[i].negation && plain.tokens.iter().any(failure);
            if neg.tokens.iter().enumerate().any(also) || failed {
                return None;
            }
            let same = plain
                .tokens
                .iter()
                .find(|t| same_word(t, word) && !t.stop)?;
            Some(((neg.tokens[i].start, word.end), (same.start, same.end)))
        })
    };
    if let Some((n, p)) = check(a, &na, b) {
        return Some((n, p));
    }
    check(b, &nb, a).map(|(n, p)| (p, n))
}

/// Words that tell a fact as expected or possible, not as done ("is expected to be
/// charged", "may face charges", "was reportedly killed"). Not "could" (an ability or a
/// condition as often: "if convicted, could face" / "faces ... if convicted"), nor "will".
const HEDGES: &[&str] = &[
    "expected",
    "likely",
    "may",
    "might",
    "possibly",
    "probably",
    "reportedly",
    "allegedly",
];

/// Words between a hedge and the word it hedges ("expected to be charged", "could have
/// been killed").
const HEDGE_PATH: &[&str] = &[
    "to", "be", "have", "been", "being", "soon", "also", "will", "would", "now",
];

/// The words `toks` tells as expected or possible: (hedge token index, hedged token
/// index), the hedged word being the content word right after a [`HEDGES`] word and any
/// [`HEDGE_PATH`] words. "may" as a month is no hedge ("in May": capitalised), nor
/// "expected" but before "to" ("had expected earnings of 19 cents").
fn hedged(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let to = toks.get(i + 1).is_some_and(|n| n.norm == "to");
        if !HEDGES.contains(&t.norm.as_str())
            || (t.capital && t.norm == "may")
            || (t.norm == "expected" && !to)
        {
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && HEDGE_PATH.contains(&toks[j].norm.as_str()) {
            j += 1;
        }
        if let Some(w) = toks.get(j) {
            if w.kind == Kind::Word && !w.stop && !w.proper && !w.date && !w.negation {
                out.push((i, j));
            }
        }
    }
    out
}

/// A fact told as done by one sentence and as expected or possible by the other ("Man
/// charged in fatal hit and run" / "He's expected to be charged"; "faces a murder charge"
/// / "expected to be charged": the same stem): the ranges of the plain word and of the
/// hedged phrase, `a`'s first. The softer kind of flag: the reports differ in how sure
/// they are, not in what happened. No flag when both sentences hedge the word, or when
/// the word is negated on either side (the negation rule's).
pub(crate) fn hedge_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let check = |h: &Prepared, plain: &Prepared| {
        let (hh, hp) = (hedged(&h.tokens), hedged(&plain.tokens));
        hh.iter().find_map(|&(i, j)| {
            let word = &h.tokens[j];
            let both = hp.iter().any(|&(_, k)| plain.tokens[k].stem == word.stem);
            let negated = |p: &Prepared| {
                negated(&p.tokens)
                    .iter()
                    .any(|&(_, k)| p.tokens[k].stem == word.stem)
            };
            if both || negated(h) || negated(plain) {
                return None;
            }
            let same = plain
                .tokens
                .iter()
                .find(|t| t.stem == word.stem && !t.stop)?;
            Some(((h.tokens[i].start, word.end), (same.start, same.end)))
        })
    };
    if let Some((hedge, plain)) = check(a, b) {
        return Some((hedge, plain));
    }
    check(b, a).map(|(hedge, plain)| (plain, hedge))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn conflict(a: &str, b: &str) -> Option<(String, String)> {
        crate::matcher::flags::flagged_texts(outcome_conflict, a, b)
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn opposite_outcomes_are_flagged() {
        assert_eq!(
            conflict(
                "Police arrested the truck driver on Tuesday.",
                "Police released the truck driver on Tuesday."
            ),
            pair("arrested", "released")
        );
        assert_eq!(
            conflict(
                "Two workers were killed in the blast.",
                "Two workers were injured in the blast."
            ),
            pair("killed", "injured")
        );
        assert_eq!(
            conflict(
                "The minister said the bridge was safe.",
                "The minister said the bridge was unsafe."
            ),
            pair("safe", "unsafe")
        );
        assert_eq!(
            conflict(
                "The bridge was safe, the minister said.",
                "The bridge was not safe, the minister said."
            ),
            pair("safe", "not safe")
        );
        assert_eq!(
            conflict(
                "The ministry confirmed the report.",
                "The ministry denied the report."
            ),
            pair("confirmed", "denied")
        );
    }

    #[test]
    fn the_same_outcome_in_other_words_or_both_outcomes_is_no_conflict() {
        // Both sides name both outcomes.
        assert_eq!(
            conflict(
                "Two people were killed and five injured.",
                "The crash killed two and injured five."
            ),
            None
        );
        // The same outcome: death in other words.
        assert_eq!(
            conflict(
                "Deputy Ortiz was shot to death outside an apartment.",
                "A deputy died after a shooting."
            ),
            None
        );
        // Both negate, or neither: no conflict.
        assert_eq!(
            conflict(
                "He did not attend the hearing.",
                "He was not at the hearing."
            ),
            None
        );
        assert_eq!(
            conflict("The road was closed.", "The road was closed on Monday."),
            None
        );
        // A negation of a word the other does not state says nothing.
        assert_eq!(conflict("No one was hurt.", "The roof collapsed."), None);
        // A negated time is no outcome (a development link: "wasn't until 1997" / "1997").
        assert_eq!(
            conflict("It wasn't until 1997 that she spoke.", "She spoke in 1997."),
            None
        );
    }

    #[test]
    fn a_negation_or_a_denial_turns_the_outcome_round() {
        // Agreeing pairs a new-user trial found flagged.
        for (a, b) in [
            (
                "Police denied reports that the driver was drunk.",
                "Police said the driver was not drunk.",
            ),
            (
                "Officials confirmed the bridge was unsafe.",
                "Officials confirmed the bridge was not safe.",
            ),
            (
                "The bridge was not unsafe, the minister said.",
                "The bridge was safe, the minister said.",
            ),
            (
                "The minister denied that the bridge was unsafe.",
                "The minister said the bridge was safe.",
            ),
            (
                "Police did not deny the driver was drunk.",
                "Police confirmed the driver was drunk.",
            ),
            (
                "The driver was not arrested.",
                "The driver was not released.",
            ),
            ("The driver survived.", "The driver was not killed."),
        ] {
            assert_eq!(conflict(a, b), None, "{a} / {b}");
        }
        // A plain negation of a stated outcome still is one.
        assert_eq!(
            conflict("The driver was not drunk.", "The driver was drunk."),
            Some(("not drunk".into(), "drunk".into()))
        );
    }

    /// Trial 11: opposite outcomes no rule read, and a past habit read as one.
    #[test]
    fn freed_against_killed_fired_against_resigned_and_failed_to() {
        for (a, b, fa, fb) in [
            (
                "The hostages were freed on Monday.",
                "The hostages were killed on Monday.",
                "freed",
                "killed",
            ),
            (
                "The hostages were released unharmed on Monday.",
                "The hostages were killed on Monday.",
                "unharmed",
                "killed",
            ),
            (
                "The minister resigned on Monday.",
                "The minister was fired on Monday.",
                "resigned",
                "fired",
            ),
            (
                "Police failed to find the weapon.",
                "Police found the weapon.",
                "failed to find",
                "found",
            ),
            (
                "No one was killed in the blast at the factory.",
                "Two people were killed in the blast at the factory.",
                "No one was killed",
                "killed",
            ),
        ] {
            assert_eq!(conflict(a, b), pair(fa, fb), "{a} / {b}");
        }
        // A negated past habit is not the event's outcome.
        for (a, b) in [
            (
                "The surrounding area has not been hit by a quake in more than 25 years.",
                "The earth tremor hit a triangular area.",
            ),
            (
                "The river had not flooded the town for decades.",
                "The river flooded the town.",
            ),
            (
                "The town had never before been hit by a tornado.",
                "The tornado hit the town.",
            ),
        ] {
            assert_eq!(conflict(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn ranges_are_code_points() {
        assert_eq!(
            conflict("Ümit 😀 was arrested.", "Ümit 😀 was released."),
            pair("arrested", "released")
        );
    }

    #[test]
    fn a_fact_told_as_done_and_as_expected() {
        let hedge = |a: &str, b: &str| crate::matcher::flags::flagged_texts(hedge_conflict, a, b);
        // The development pair: "charged" / "expected to be charged", a noun of one stem too.
        assert_eq!(
            hedge(
                "Man charged in fatal Bloomington hit and run",
                "He's expected to be charged with the hit-and-run by noon on Friday."
            ),
            pair("charged", "expected to be charged")
        );
        assert_eq!(
            hedge(
                "The man now faces a murder charge.",
                "He's expected to be charged with murder."
            ),
            pair("charge", "expected to be charged")
        );
        assert_eq!(
            hedge(
                "The jeweller allegedly accepted a down payment.",
                "The jeweller accepted a down payment."
            ),
            pair("allegedly accepted", "accepted")
        );
        for (a, b) in [
            // Both hedge; the adverb before or after "will".
            (
                "NBC probably will end the season second.",
                "NBC will probably end the season second.",
            ),
            // "expected" as a verb, not a hedge.
            (
                "The consensus was for earnings of 19 cents.",
                "Analysts had expected earnings of 19 cents.",
            ),
            // "May" the month.
            ("The plant closed in May.", "The plant closed."),
            // A negation is the negation rule's.
            (
                "He may not follow the rules.",
                "He does not follow the rules.",
            ),
            // Another word hedged than the one stated.
            (
                "The man was arrested on Friday.",
                "The man is expected to appear in court.",
            ),
        ] {
            assert_eq!(hedge(a, b), None, "{a} / {b}");
        }
        // In the flags of a pair: the softer kind, after the outcome rules.
        let idf = crate::matcher::features::Idf::builtin();
        let d = crate::matcher::flags::discrepancies(
            &Prepared::new("Man charged in fatal hit and run", idf),
            &Prepared::new("He's expected to be charged with the hit and run.", idf),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].vague, "{d:?}");
    }
}
