//! Expected ≠ done in French, Spanish, Italian, Portuguese, German and Dutch (the softer
//! kind, as `hedge.rs`'s English "said it would open" / "has opened"): a sentence reports a
//! fact as still to come after a verb of saying ("a annoncé qu'il allait ouvrir une
//! enquête", "dijo que abrirá una investigación", "sagte, sie werde ein
//! Ermittlungsverfahren einleiten", "zei dat het een onderzoek zou instellen") and the
//! other tells it as done ("a ouvert une enquête", "abrió una investigación", "hat ein
//! Ermittlungsverfahren eingeleitet", "heeft een onderzoek ingesteld").
//!
//! A future and a done form of one verb share no stem in these languages ("ouvrira" /
//! "ouvert", "einleiten" / "eingeleitet"), so the fact is known by its object: the same
//! noun ("enquête", "Ermittlungsverfahren") right after the verb (Romance) or before it
//! (German, Dutch), and the two verbs beginning alike ([`same_verb`]: "ouvrir" / "ouvert",
//! "abrir" / "abierto"; "einleiten" / "ein*ge*leitet" without its "ge"). The words of each
//! language are `lexicon::tenses`. No flag when both sentences tell the fact to come, when
//! either negates it, or without a verb of saying before the future (a future told by the
//! writer, "il allait ouvrir la porte quand …", is no report of a plan). Ranges are code
//! points of each sentence's own text.

use crate::matcher::flags::{language_of, Ranges};
use crate::matcher::lexicon::speech::{is_foreign, SAID_THAT};
use crate::matcher::lexicon::tenses::{Tenses, TENSES};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// How many tokens after a verb of saying its reported future may begin ("a annoncé
/// qu'il allait", "sagte, die Behörde werde").
const SAID_REACH: usize = 6;

/// How many tokens the verb and its object may stand apart ("ouvrir une enquête",
/// "werde ein förmliches Ermittlungsverfahren einleiten").
const OBJECT_REACH: usize = 4;

/// How many leading letters two forms of one verb share at least, besides a German or
/// Dutch "ge" (`same_verb`): "ab" of "abrir" / "abierto", "ap" of "aprire" / "aperto".
const SAME_START: usize = 2;

/// The same for German and Dutch, whose verbs begin with a separable prefix as often
/// ("ein" of "einleiten", "in" of "instellen"): "einl", "inst".
const SAME_START_GERMANIC: usize = 4;

/// A fact told as still to come, token indices: its future from the auxiliary (or the
/// verb in the simple future) to the verb, whichever comes first ("allait ouvrir",
/// "einleiten werde"), its verb and its object.
struct Future {
    /// The first token of the future.
    from: usize,
    /// The last token of the future.
    to: usize,
    /// The verb ("ouvrir", "einleiten").
    verb: usize,
    /// The verb's object ("enquête", "Ermittlungsverfahren").
    object: usize,
}

/// Whether token `t` is a content word that may be an object ("enquête",
/// "Ermittlungsverfahren").
fn content(t: &Token) -> bool {
    t.kind == Kind::Word && !t.stop && !t.date && !t.negation && t.norm.chars().count() > 2
}

/// The object of verb `v` of `toks`: the first content word within [`OBJECT_REACH`]
/// tokens after it (Romance), or the last one before it (German, Dutch), not one of
/// `skip` (the auxiliaries).
fn object_of(toks: &[Token], v: usize, tenses: &Tenses, skip: &[usize]) -> Option<usize> {
    let ok = |k: &usize| content(&toks[*k]) && !skip.contains(k);
    if tenses.verb_last {
        (v.saturating_sub(OBJECT_REACH)..v).rev().find(ok)
    } else {
        (v + 1..toks.len().min(v + 1 + OBJECT_REACH)).find(ok)
    }
}

/// Whether `w` is an infinitive (Romance "-r", "-re"; German and Dutch "-en").
fn infinitive(w: &str, tenses: &Tenses) -> bool {
    match tenses.verb_last {
        true => w.ends_with("en"),
        false => w.ends_with('r') || w.ends_with("re"),
    }
}

/// The facts sentence `toks` (in the language of `tenses`) reports as still to come: a
/// future auxiliary and its infinitive, or a verb in the simple future, within
/// [`SAID_REACH`] tokens after a verb of saying, with the verb's object.
fn futures(toks: &[Token], tenses: &Tenses) -> Vec<Future> {
    let said = |t: &Token| SAID_THAT.contains(&t.norm.as_str()) || is_foreign(&t.norm);
    let mut out = Vec::new();
    for s in (0..toks.len()).filter(|&s| said(&toks[s])) {
        for k in s + 1..toks.len().min(s + 1 + SAID_REACH) {
            let t = &toks[k];
            if t.kind != Kind::Word {
                continue;
            }
            let verb = if tenses.future_aux.contains(&t.norm.as_str()) {
                // The infinitive: right after the auxiliary ("allait ouvrir", "zou
                // instellen", es "va a abrir"), right before it ("einleiten werde"), or
                // after its object (German, Dutch: "werde ein Verfahren einleiten").
                let after = k + 1 + usize::from(toks.get(k + 1).is_some_and(|n| n.norm == "a"));
                let before = k.checked_sub(1).filter(|_| tenses.verb_last);
                let later = (after..toks.len().min(after + OBJECT_REACH + 1))
                    .filter(|_| tenses.verb_last)
                    .find(|&m| !toks[m].capital && infinitive(&toks[m].norm, tenses));
                [Some(after), before, later]
                    .into_iter()
                    .flatten()
                    .find(|&m| {
                        toks.get(m).is_some_and(|v| {
                            v.kind == Kind::Word && !v.stop && infinitive(&v.norm, tenses)
                        })
                    })
            } else {
                let simple = tenses
                    .future_endings
                    .iter()
                    .any(|e| t.norm.ends_with(e) && t.norm.chars().count() > e.chars().count() + 3);
                simple.then_some(k).filter(|_| !t.stop && !t.capital)
            };
            let Some(verb) = verb else { continue };
            let Some(object) = object_of(toks, verb, tenses, &[k]) else {
                continue;
            };
            let (from, to) = (k.min(verb), k.max(verb));
            // "n'allait pas ouvrir", "werde kein Verfahren einleiten": the negation rule's.
            if (s..=verb.max(object)).any(|m| toks[m].negation) {
                break;
            }
            out.push(Future {
                from,
                to,
                verb,
                object,
            });
            break;
        }
    }
    out
}

/// Whether `future` and `done` (lower case) may be two forms of one verb: they begin with
/// the same [`SAME_START`] letters at least ([`SAME_START_GERMANIC`] for German and
/// Dutch, once a "ge" of the participle is left out: "eingeleitet" / "einleiten",
/// "geopend" / "openen") and differ.
fn same_verb(future: &str, done: &str, tenses: &Tenses) -> bool {
    let done = match tenses.verb_last {
        true => done.replacen("ge", "", 1),
        false => done.to_string(),
    };
    let least = match tenses.verb_last {
        true => SAME_START_GERMANIC,
        false => SAME_START,
    };
    let common = future
        .chars()
        .zip(done.chars())
        .take_while(|(x, y)| x == y)
        .count();
    future != done && common >= least
}

/// The range of a fact sentence `toks` tells as done: the form of `future`'s verb (of
/// `fut`) next to the same object as in the future ([`object_of`]) after an auxiliary of
/// the perfect, or in the simple past (es "abrió", pt "abriu"), not negated; from the
/// auxiliary to the verb.
fn done(toks: &[Token], fut: (&[Token], &Future), tenses: &Tenses) -> Option<(usize, usize)> {
    let (ft, future) = fut;
    let (verb, object) = (&ft[future.verb], &ft[future.object]);
    (0..toks.len()).find_map(|o| {
        if toks[o].stem != object.stem || !content(&toks[o]) {
            return None;
        }
        let near: Vec<usize> = match tenses.verb_last {
            true => (o + 1..toks.len().min(o + 1 + OBJECT_REACH)).collect(),
            false => (o.saturating_sub(OBJECT_REACH)..o).rev().collect(),
        };
        let v = near.into_iter().find(|&m| {
            toks[m].kind == Kind::Word && same_verb(&verb.norm, &toks[m].norm, tenses)
        })?;
        let aux = (v.min(o).saturating_sub(3)..v.min(o))
            .rev()
            .find(|&m| tenses.done_aux.contains(&toks[m].norm.as_str()));
        let preterite = tenses
            .preterite_endings
            .iter()
            .any(|e| toks[v].norm.ends_with(e) && toks[v].norm.chars().count() >= 4);
        let from = match (aux, preterite) {
            (Some(a), _) => a,
            (None, true) => v,
            (None, false) => return None,
        };
        let negated = (from.saturating_sub(2)..=v.max(o)).any(|m| toks[m].negation);
        (!negated).then_some((from, v))
    })
}

/// A fact one sentence (French, Spanish, Italian, Portuguese, German or Dutch) reports as
/// still to come and the other tells as done (see the module doc): the ranges of the two,
/// `a`'s first. `None` for other languages (English: `hedge.rs`), when both tell it to
/// come, or when the two name other objects or verbs.
pub(super) fn foreign_future_against_done(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // The language of either sentence (a short one may be guessed otherwise).
    let (la, lb) = (language_of(a), language_of(b));
    let mut languages = TENSES
        .iter()
        .filter(|t| Some(t.language) == la || Some(t.language) == lb);
    languages.find_map(|tenses| future_against_done_in(a, b, tenses))
}

/// [`foreign_future_against_done`] in the language of `tenses`.
fn future_against_done_in(a: &Prepared, b: &Prepared, tenses: &Tenses) -> Option<Ranges> {
    let check = |f: &Prepared, d: &Prepared| {
        let (fd, ft) = (futures(&d.tokens, tenses), futures(&f.tokens, tenses));
        ft.iter().find_map(|future| {
            let object = &f.tokens[future.object];
            // Both tell it to come.
            if fd.iter().any(|x| d.tokens[x.object].stem == object.stem) {
                return None;
            }
            let (from, v) = done(&d.tokens, (&f.tokens, future), tenses)?;
            let span = |toks: &[Token], x: usize, y: usize| (toks[x].start, toks[y].end);
            Some((
                span(&f.tokens, future.from, future.to),
                span(&d.tokens, from, v),
            ))
        })
    };
    check(a, b).or_else(|| check(b, a).map(|(future, done)| (done, future)))
}
