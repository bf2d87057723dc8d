//! The negation rule of the outcome flags: exactly one sentence negates ("not", "never",
//! "no", "n't", "failed to") a content word that the other states plainly ("was not safe"
//! / "was safe"), but for a past habit ("has not been hit by a quake in 25 years").
//! Ranges are code points of each sentence's own text, as every flag.

use crate::matcher::flags::Ranges;
use crate::matcher::language::{guess_sentence, guess_short, Language};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Whether token `i` of `toks` negates what follows: a negation word ("not", "never",
/// "no", "n't", "nobody"), or a failure ("failed to find", "unable to reach").
pub(super) fn negation_at(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let to = toks.get(i + 1).is_some_and(|n| n.norm == "to");
    // "released without charge", "without being charged": not charged.
    let without_charge = t.norm == "without"
        && toks[i + 1..toks.len().min(i + 3)]
            .iter()
            .any(|n| n.norm.starts_with("charg"));
    (t.negation && !portuguese_no(toks, i))
        || without_charge
        || (to && matches!(t.norm.as_str(), "failed" | "fails" | "fail" | "unable"))
}

/// Function words of Portuguese that no English sentence has.
const PORTUGUESE_WORDS: &[&str] = &[
    "em", "foi", "foram", "do", "da", "dos", "das", "ao", "os", "uma", "um", "pelo", "pela", "com",
    "não", "são", "na", "nos", "nas",
];

/// Whether token `i` of `toks` is Portuguese "no" ("in the": "morreram no acidente"), no
/// negation: in a sentence guessed Portuguese (`language::guess_sentence`, or
/// `language::guess_short` for a sentence of under six words).
fn portuguese_no(toks: &[Token], i: usize) -> bool {
    toks[i].norm == "no" && {
        let text: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        let text = text.join(" ");
        // Told from six words; a shorter sentence ("Três pessoas morreram no acidente.")
        // from four.
        let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
        let guess = match words < 6 {
            true => guess_short(&text),
            false => guess_sentence(&text),
        };
        // A word only Portuguese writes (a function word, or a letter such as "ã", "ê"):
        // the guess alone took "A two-week transition period will begin no later than
        // June 7." for Portuguese.
        let own = toks.iter().any(|t| {
            PORTUGUESE_WORDS.contains(&t.norm.as_str())
                || t.norm.contains(['ã', 'õ', 'ç', 'ê', 'ô'])
        });
        guess == Some(Language::Portuguese) && own
    }
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
pub(super) fn negated(toks: &[Token]) -> Vec<(usize, usize)> {
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
pub(super) fn negation_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
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
