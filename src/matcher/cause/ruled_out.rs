//! A cause told by one report and ruled out by the other (trial 36 F13.1: "A bird strike
//! may have caused the fire" / "Investigators have ruled out a bird strike"). The cause
//! of [`super::cause_of`] is a class of a small list; this rule reads any cause, by its
//! words: the words told as the cause ("*A bird strike* may have caused the fire", "the
//! fire was caused by *a bird strike*") and the words ruled out ("ruled out *a bird
//! strike*", "*a bird strike* has been ruled out") share a content word.
//!
//! A cause told as possible ("may have caused", "could have been caused") against one
//! ruled out is the softer kind of cause flag (an early guess later dropped: both true at
//! their times); a cause told plainly against one ruled out is the solid kind. Not ruled
//! out: "did not rule out", "could not rule out" (a negation before).
//!
//! A cause investigated or suspected ("Police are investigating whether the fire was an
//! act of sabotage", de "Die Polizei ermittelt wegen Sabotage") is told as possible too,
//! by a cause of a class of [`super::CAUSES`] after the verb ([`SUSPECT`]); and a cause
//! is ruled out by a separable verb around it too (de "Die Polizei *schließt* Sabotage
//! *aus*", nl "*sluit* sabotage *uit*": [`SEPARABLE`]; trial 53 F3). Ranges are code
//! points of each sentence's own text, as every flag.

use super::{apart, CLAUSE_MARKS};
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::articles::BEFORE_NAME;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Verbs that tell a cause: active ("X caused the fire", "X sparked the blaze") with the
/// cause before them, or passive with [`BY`] after them ("caused by X", "blamed on X").
const CAUSE_VERBS: &[&str] = &[
    "caused",
    "cause",
    "causes",
    "sparked",
    "triggered",
    "started",
    "ignited",
    "blamed",
    "causado",
    "causada",
    "provocado",
    "provocada",
    "causou",
    "provocou",
    "causó",
    "provocó",
];

/// Words after a passive verb of [`CAUSE_VERBS`] that name the cause after them.
const BY: &[&str] = &["by", "on", "por", "pelo", "pela"];

/// Words that tell a cause as only possible ("may have caused", "possibly caused", "a
/// possible landslide"), and their words in the other six languages (session 48: fr "un
/// possible glissement de terrain", "aurait provoqué", de "vermutlich", nl "mogelijk").
pub(super) const POSSIBLE: &[&str] = &[
    "may",
    "might",
    "could",
    "possibly",
    "probably",
    "likely",
    "suspected",
    "possible",
    "pode",
    "poderá",
    "poderia",
    "possível",
    "provavelmente",
    "puede",
    "podría",
    "podrían",
    "pueden",
    "pourraient",
    "potrebbero",
    "poderiam",
    "podem",
    "könnten",
    "posible",
    "probablemente",
    "probable",
    "probablement",
    "aurait",
    "pourrait",
    "possibile",
    "probabilmente",
    "potrebbe",
    "möglicherweise",
    "vermutlich",
    "wahrscheinlich",
    "könnte",
    "mogelijk",
    "waarschijnlijk",
    "vermoedelijk",
];

/// Single words that rule a cause out (pt, es "descartou", "descartada", "descartó"; it
/// "escluso"; fr "écarté"; de "ausgeschlossen"; nl "uitgesloten"); English "rule out" is
/// two words ([`rule_out_at`]).
const RULED_OUT: &[&str] = &[
    "excluded",
    "descartou",
    "descartaram",
    "descartada",
    "descartado",
    "descartadas",
    "descartados",
    "descartó",
    "descartaron",
    "escluso",
    "esclusa",
    "écarté",
    "écartée",
    "ausgeschlossen",
    "uitgesloten",
    // Present tenses (trial 53 F3): fr "exclut", "écarte", es, pt "descarta", it
    // "esclude".
    "exclut",
    "excluent",
    "écarte",
    "écartent",
    "descarta",
    "descartan",
    "descartam",
    "esclude",
    "escludono",
];

/// Verbs whose particle after them, in their clause, rules out what stands between (de
/// "Die Polizei *schließt* Sabotage *aus*", nl "De politie *sluit* sabotage *uit*"): (verb,
/// particle).
const SEPARABLE: &[(&str, &str)] = &[
    ("schließt", "aus"),
    ("schließen", "aus"),
    ("schloss", "aus"),
    ("schlossen", "aus"),
    ("sluit", "uit"),
    ("sluiten", "uit"),
    ("sloot", "uit"),
    ("sloten", "uit"),
];

/// Verbs of investigating or suspecting a cause: a cause of a class of
/// [`super::CAUSES`] after them in their clause ([`SUSPECT_REACH`] tokens) is told as
/// only possible ("Police are *investigating* whether the fire was an act of sabotage",
/// "Police *suspect* arson", fr "*enquête* pour sabotage", de "*ermittelt* wegen
/// Sabotage", es "*investiga* un posible sabotaje", it "*indaga* per sabotaggio", pt
/// "*investiga* sabotagem", nl "*onderzoekt* sabotage"; trial 53 F3).
pub(super) const SUSPECT: &[&str] = &[
    "investigating",
    "investigate",
    "investigates",
    "investigated",
    "probing",
    "suspect",
    "suspects",
    "suspected",
    "enquête",
    "enquêtent",
    "soupçonne",
    "soupçonnent",
    "ermittelt",
    "ermitteln",
    "verdacht",
    "investiga",
    "investigan",
    "sospecha",
    "sospechan",
    "indaga",
    "indagano",
    "sospetta",
    "sospettano",
    "investigam",
    "suspeita",
    "suspeitam",
    "onderzoekt",
    "onderzoeken",
    "vermoedt",
    "vermoeden",
];

/// How many tokens after a verb of [`SUSPECT`] its cause may stand ("investigating
/// *whether the fire was an act of* sabotage": 8).
const SUSPECT_REACH: usize = 9;

/// How many tokens a cause's or a ruled-out thing's words are read for, from the verb.
const REACH: usize = 5;

/// The token range `[s, e)` of the words that rule a cause out at token `i` ("ruled out",
/// "rules out", "descartou"), if they stand there and no negation stands in the three
/// tokens before them ("did not rule out", "could not rule out": still possible).
fn rule_out_at(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let t = &toks[i];
    let next = toks.get(i + 1).map(|n| n.norm.as_str());
    let end = match t.norm.as_str() {
        "rule" | "rules" | "ruled" | "ruling" if next == Some("out") => i + 2,
        w if RULED_OUT.contains(&w) => i + 1,
        _ => return None,
    };
    let negated = toks[i.saturating_sub(3)..i].iter().any(|n| n.negation);
    (!negated).then_some((i, end))
}

/// The content words (token indices) of `p` from token `from` on (`forward`) or back from
/// token `from` (not `forward`), up to [`REACH`] tokens and to a clause mark.
fn words_from(p: &Prepared, from: usize, forward: bool) -> Vec<usize> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    let mut k = from;
    for _ in 0..REACH {
        let next = match forward {
            true => (k + 1 < toks.len()).then_some(k + 1),
            false => k.checked_sub(1),
        };
        let Some(n) = next else { break };
        let (x, y) = if forward { (k, n) } else { (n, k) };
        if apart(p, x, y, CLAUSE_MARKS) {
            break;
        }
        k = n;
        let t = &toks[n];
        if t.kind == Kind::Word && !t.stop && !t.negation && !POSSIBLE.contains(&t.norm.as_str()) {
            out.push(n);
        }
    }
    out
}

/// What `p` rules out: the token range of the words that rule it out and the content
/// words ruled out, those after them in the clause ("ruled out a bird strike"), else
/// those before them ("a bird strike has been ruled out").
fn ruled_out(p: &Prepared) -> Option<((usize, usize), Vec<usize>)> {
    let toks = &p.tokens;
    (0..toks.len()).find_map(|i| {
        if let Some(found) = separable_at(p, i) {
            return Some(found);
        }
        let (s, e) = rule_out_at(toks, i)?;
        let after = words_from(p, e - 1, true);
        let what = match after.is_empty() {
            true => words_from(p, s, false),
            false => after,
        };
        (!what.is_empty()).then_some(((s, e), what))
    })
}

/// What a separable verb of [`SEPARABLE`] at token `i` of `p` rules out: the token range
/// from the verb to its particle and the content words between ("*schließt* Sabotage
/// *aus*"), the particle within [`REACH`] tokens in the verb's clause; none with a
/// negation between ("schließt Sabotage nicht aus").
fn separable_at(p: &Prepared, i: usize) -> Option<((usize, usize), Vec<usize>)> {
    let toks = &p.tokens;
    let verb = toks[i].norm.as_str();
    let (_, particle) = SEPARABLE.iter().find(|(v, _)| *v == verb)?;
    let end = toks.len().min(i + 2 + REACH);
    let k = (i + 1..end)
        .take_while(|&k| !apart(p, i, k, CLAUSE_MARKS))
        .find(|&k| toks[k].norm == *particle)?;
    let not = |t: &Token| t.negation || matches!(t.norm.as_str(), "nicht" | "niet");
    if toks[i + 1..k].iter().any(not) {
        return None;
    }
    let what: Vec<usize> = (i + 1..k)
        .filter(|&m| toks[m].kind == Kind::Word && !toks[m].stop)
        .collect();
    (!what.is_empty()).then_some(((i, k + 1), what))
}

/// The causes of a class of [`super::CAUSES`] `p` tells as investigated or suspected:
/// per verb of [`SUSPECT`], its index and the first token of each cause after it in its
/// clause, within [`SUSPECT_REACH`] tokens ("investigating whether the fire was an act of
/// *sabotage*"), not after a definite article ("investigating *the fire*": the event).
fn suspected(p: &Prepared) -> Vec<(usize, Vec<usize>)> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (v, t) in toks.iter().enumerate() {
        if !SUSPECT.contains(&t.norm.as_str()) {
            continue;
        }
        let end = toks.len().min(v + 1 + SUSPECT_REACH);
        // A cause after a definite article is the event itself ("investigating *the*
        // fire"), not a cause suspected ("an act of sabotage", "wegen Sabotage").
        let definite = |k: usize| k > 0 && BEFORE_NAME.contains(&toks[k - 1].norm.as_str());
        let causes: Vec<usize> = (v + 1..end)
            .take_while(|&k| !apart(p, v, k, CLAUSE_MARKS))
            .filter(|&k| !definite(k) && super::cause_at(toks, k).is_some())
            .collect();
        if !causes.is_empty() {
            out.push((v, causes));
        }
    }
    out
}

/// Each cause `p` tells: the index of its verb of [`CAUSE_VERBS`], the content words
/// of the cause (before an active verb, after a passive one's [`BY`]), and whether it is
/// told as only possible ([`POSSIBLE`] among the three tokens before the verb); then the
/// causes investigated or suspected ([`suspected`]), told as only possible.
fn causes_told(p: &Prepared) -> Vec<(usize, Vec<usize>, bool)> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (v, t) in toks.iter().enumerate() {
        if !CAUSE_VERBS.contains(&t.norm.as_str()) {
            continue;
        }
        let by = toks.get(v + 1).is_some_and(|n| {
            BY.contains(&n.norm.as_str()) && (n.norm != "on" || t.norm == "blamed")
        });
        let words = match by {
            true => words_from(p, v + 1, true),
            false => words_from(p, v, false),
        };
        // "started" and "blamed" tell a cause only with their "by" / "on" ("The fire
        // started on Monday" names none).
        if words.is_empty() || (!by && matches!(t.norm.as_str(), "started" | "blamed")) {
            continue;
        }
        let possible = toks[v.saturating_sub(3)..v]
            .iter()
            .any(|m| POSSIBLE.contains(&m.norm.as_str()) && !(m.capital && m.norm == "may"));
        out.push((v, words, possible));
    }
    // Investigated or suspected: only possible.
    out.extend(suspected(p).into_iter().map(|(v, words)| (v, words, true)));
    // A crash's cause blamed, suspected or believed ("Police blamed brake failure").
    out.extend(super::crash::told_causes(p));
    out
}

/// A cause one sentence tells and the other rules out, sharing a content word (stems):
/// the ranges (the cause's words with its verb, the words that rule it out with what they
/// rule out), `a`'s first, and whether the cause is told as only possible (the softer
/// kind). No flag when the sentence that tells the cause rules it out too.
pub(super) fn ruled_out_conflict(a: &Prepared, b: &Prepared) -> Option<(Ranges, bool)> {
    // What each rules out, read once per sentence (`flags/facts.rs`).
    fn ruled(p: &Prepared) -> Option<&((usize, usize), Vec<usize>)> {
        p.facts.ruled_out.get_or_init(|| ruled_out(p)).as_ref()
    }
    let check = |told: &Prepared, out: &Prepared| -> Option<(Ranges, bool)> {
        let ((s, e), what) = ruled(out)?;
        let (s, e) = (*s, *e);
        if ruled(told).is_some() {
            return None;
        }
        let stems: Vec<u64> = what.iter().map(|&k| out.tokens[k].stem).collect();
        let (v, words, possible) = causes_told(told)
            .into_iter()
            .find(|(_, w, _)| w.iter().any(|&k| stems.contains(&told.tokens[k].stem)))?;
        let first = words.iter().copied().chain([v]).min()?;
        let last = words.iter().copied().chain([v]).max()?;
        let out_first = what.iter().copied().chain([s]).min()?;
        let out_last = what.iter().copied().chain([e - 1]).max()?;
        let cause = (told.tokens[first].start, told.tokens[last].end);
        let rule = (out.tokens[out_first].start, out.tokens[out_last].end);
        Some(((cause, rule), possible))
    };
    if let Some(found) = check(a, b) {
        return Some(found);
    }
    check(b, a).map(|((cause, rule), possible)| ((rule, cause), possible))
}
