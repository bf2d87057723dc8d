//! The hedge rule of the outcome flags, the softer kind: one sentence tells as expected
//! or possible ("is expected to be charged", "allegedly accepted") what the other tells
//! as done ("charged", "accepted"). Ranges are code points of each sentence's own text.

use super::negation::negated_of;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::speech::SAID_THAT;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

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
    "expect",
    "expects",
    "hope",
    "hopes",
];

/// Words of [`HEDGES`] that hedge only before "to" ("is expected *to* be charged",
/// "Rescuers expect *to* reach the men by Tuesday": trial 52 F5; not "had expected
/// earnings of 19 cents", "expect delays").
const HEDGES_BEFORE_TO: &[&str] = &["expected", "expect", "expects", "hope", "hopes"];

/// Words of [`HEDGES`] that tell a plan or a hope ("expect to reach", "hope to reach"),
/// against which only a form told as done is the other side ("reached", "has reached"):
/// "will be included" or "savings" against "expects to include", "expects to save" are
/// told to come on both sides (paraphrase pairs of the development data).
const HOPES: &[&str] = &["expect", "expects", "hope", "hopes"];

/// Words right before a plain word (within two tokens) that tell it still to come ("*will*
/// be included", "*to* close").
const TO_COME: &[&str] = &["will", "would", "shall", "to", "ll"];

/// Whether token `k` of `toks`, of one act with `word`, is told as done: another form than
/// `word` ("reached" / "reach") ending in "ed" or after an auxiliary of the perfect or the
/// passive, with no word of [`TO_COME`] in the two tokens before it.
fn told_done(toks: &[Token], k: usize, word: &Token) -> bool {
    let t = &toks[k];
    let after_aux = k > 0 && DONE_BEFORE.contains(&toks[k - 1].norm.as_str());
    t.norm != word.norm
        && (t.norm.ends_with("ed") || after_aux)
        && !toks[k.saturating_sub(2)..k]
            .iter()
            .any(|m| TO_COME.contains(&m.norm.as_str()))
}

/// Nouns of a cause that a hedge before them makes an adjective of ("the most likely
/// *cause*", "a likely *reason*").
const CAUSE_NOUNS: &[&str] = &["cause", "causes", "reason", "reasons", "explanation"];

/// Whether the word at token `j` of `toks`, hedged by the word at `i`, is a noun of
/// [`CAUSE_NOUNS`] with the hedge as its adjective: right before it, after an article or
/// "most" ("the most likely cause"; not "may cause delays").
fn cause_noun(toks: &[Token], i: usize, j: usize) -> bool {
    let before = i.checked_sub(1).map(|k| toks[k].norm.as_str());
    j == i + 1
        && CAUSE_NOUNS.contains(&toks[j].norm.as_str())
        && before.is_some_and(|w| matches!(w, "most" | "more" | "the" | "a" | "an"))
}

/// Modals of a possibility in French, Spanish, Italian and Portuguese, which hedge the
/// participle after a perfect infinitive of [`PERFECT`] (es "*podrían haber* provocado",
/// fr "*pourrait avoir* causé", it "*potrebbe aver* causato", pt "*poderia ter*
/// causado": "may have caused", trial 52 F3). Not alone: "podría" is an ability as often.
const MAY_FOREIGN: &[&str] = &[
    "podría",
    "podrían",
    "puede",
    "pueden",
    "pourrait",
    "pourraient",
    "peut",
    "peuvent",
    "potrebbe",
    "potrebbero",
    "può",
    "possono",
    "poderia",
    "poderiam",
    "pode",
    "podem",
];

/// Perfect infinitives after a modal of [`MAY_FOREIGN`].
const PERFECT: &[&str] = &["haber", "avoir", "aver", "avere", "ter"];

/// Whether tokens `x` and `y` tell one act: one stem, or forms of one act of
/// `lexicon::acts` ("caused" / "triggered", "provocaron" / "provocado").
fn one_act(x: &Token, y: &Token) -> bool {
    x.stem == y.stem || crate::matcher::lexicon::acts::one_act(&x.norm, &y.norm)
}

/// Words between a hedge and the word it hedges ("expected to be charged", "could have
/// been killed").
const HEDGE_PATH: &[&str] = &[
    "to", "be", "have", "been", "being", "soon", "also", "will", "would", "now",
];

/// Words between a question left open and the word it leaves open ("whether *or not to*
/// appeal", "whether *it would* appeal", "whether *they will* appeal"; the Portuguese and
/// Spanish future with "ir": "se *vai* recorrer", "si *va a* recurrir", so the open word is
/// the verb, not "vai": trial 36 F17.5).
const OPEN_PATH: &[&str] = &[
    "or", "not", "it", "they", "he", "she", "we", "i", "you", "to", "will", "would", "should",
    "can", "could", "shall", "ll", "vai", "vão", "ia", "iam", "va", "van", "iba", "a",
];

/// Words that begin a verb of deciding in Spanish, Portuguese, Italian and French
/// ("decidir", "decidirá", "decidere", "décider"), after which "si" / "se" ("whether")
/// opens a question ("antes de decidir si recurre").
const DECIDE: &[&str] = &["decid", "décid", "decis", "valut", "determin", "détermin"];

/// Words after "whether" one of which must come before the word it leaves open: "to" or a
/// modal ("whether *to* appeal", "whether it *would* appeal", "whether he*'ll* stand"),
/// so the open word is a verb ("whether public schools can" leaves no "public" open).
const OPEN_VERB_BEFORE: &[&str] = &[
    "to", "will", "would", "can", "could", "should", "shall", "ll",
];

/// How many tokens before a word an opener of [`undecided`] or a negation leaves it told
/// as open or denied, not decided ([`hedge_conflict`]).
const OPEN_REACH: usize = 8;

/// Whether token `i` of `toks` opens a question not yet decided: "whether" ("before
/// deciding whether to appeal": trial 34 F4.2), or "si" / "se" right after a verb of
/// deciding ([`DECIDE`]: "decidir si recurre", "decidere se ricorrere") or of
/// investigating ([`after_investigating`]: "investiga si"). What it leaves
/// open is told as possible, not as done: the softer flag against a sentence that tells
/// it as decided ("said they would appeal").
fn undecided(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    // The word first: the verb before it is read only for "si", "se" and "if".
    let after_decide = || i > 0 && DECIDE.iter().any(|d| toks[i - 1].norm.starts_with(d));
    t.norm == "whether"
        || (matches!(t.norm.as_str(), "si" | "se" | "if") && after_decide())
        || after_investigating(toks, i)
}

/// Whether token `i` of `toks` is a word of "whether" (`lexicon::investigations::WHETHER`)
/// right after a verb of investigating (`INVESTIGATING`), or after one and a verb of
/// knowing with the word before it (`TO_KNOW`: "enquête pour savoir si"): es "la policía
/// investiga *si* el conductor estaba ebrio" asks, as "investigating whether" does
/// (session 52).
fn after_investigating(toks: &[Token], i: usize) -> bool {
    use crate::matcher::lexicon::investigations::{INVESTIGATING, TO_KNOW, WHETHER};
    let verb = |k: usize| INVESTIGATING.contains(&toks[k].norm.as_str());
    WHETHER.contains(&toks[i].norm.as_str())
        && match i.checked_sub(1) {
            Some(k) if TO_KNOW.contains(&toks[k].norm.as_str()) => k >= 2 && verb(k - 2),
            Some(k) => verb(k),
            None => false,
        }
}

/// Whether token `k` of `toks` is told as an open question or under a negation: an
/// opener of [`undecided`] or a negation within [`OPEN_REACH`] tokens before it ("decide
/// *if* it will endorse", "*Neither* said his agency would appeal").
fn open_or_denied(toks: &[Token], k: usize) -> bool {
    (k.saturating_sub(OPEN_REACH)..k).any(|m| undecided(toks, m) || toks[m].negation)
}

/// Where the question left open that the outcome told at code points `range` of `p` is
/// asked in starts: a "whether" ([`undecided`]) within [`OPEN_REACH`] tokens before the
/// range's last word, in its clause ("Police are investigating *whether* the driver was
/// drunk"). Such an outcome is asked, not told: against the other report's answer ("The
/// driver was not drunk") the flag is the softer kind (session 51), as an open question
/// against a decision is ([`hedge_conflict`]). The code point where the flag's text then
/// starts, `None` when the outcome is told.
pub(super) fn asked_from(p: &Prepared, range: (usize, usize)) -> Option<usize> {
    let toks = &p.tokens;
    let k = toks
        .iter()
        .rposition(|t| t.end <= range.1 && t.start >= range.0)?;
    (k.saturating_sub(OPEN_REACH)..k)
        .find(|&m| undecided(toks, m) && super::one_clause(p, m, k, &[]))
        .map(|m| toks[m].start.min(range.0))
}

/// Forms of "be" (and "had" before "been") after which "whether" and its subject leave
/// the word that follows open ("whether the driver *was* drunk", "whether he *had been*
/// drinking").
const ASKED_COPULAS: &[&str] = &["was", "were", "is", "are", "had", "has", "have"];

/// How many words the subject between "whether" and a form of [`ASKED_COPULAS`] may have
/// ("whether *the bus driver* was drunk").
const ASKED_SUBJECT: usize = 4;

/// The token "whether" at `i` of `toks` leaves open after its subject and a form of "be"
/// ([`ASKED_COPULAS`], "had" only before "been"): the content word after the form and any
/// [`HEDGE_PATH`] words ("whether the driver was *drunk*", "whether the fire had been
/// *set*"; session 52). The subject is one to [`ASKED_SUBJECT`] words with no mark
/// between them, no negation and no "to" or modal of [`OPEN_VERB_BEFORE`] ("whether it
/// would" is the modal rule's).
fn asked_predicate(toks: &[Token], i: usize) -> Option<usize> {
    if toks[i].norm != "whether" {
        return None;
    }
    let last = (i + 2 + ASKED_SUBJECT).min(toks.len());
    let c = (i + 2..last).find(|&c| ASKED_COPULAS.contains(&toks[c].norm.as_str()))?;
    let subject_ok = toks[i + 1..c].iter().enumerate().all(|(n, t)| {
        let joined = toks[i + n].end + 1 >= t.start;
        let modal = OPEN_VERB_BEFORE.contains(&t.norm.as_str());
        t.kind == Kind::Word && joined && !t.negation && !modal
    });
    let had = matches!(toks[c].norm.as_str(), "had" | "has" | "have");
    if !subject_ok || (had && toks.get(c + 1).is_none_or(|n| n.norm != "been")) {
        return None;
    }
    let mut j = c + 1;
    while j < toks.len() && HEDGE_PATH.contains(&toks[j].norm.as_str()) {
        j += 1;
    }
    (j < toks.len()).then_some(j)
}

/// Whether token `k` of `toks` follows a form of "be" ([`ASKED_COPULAS`], "be", "been"),
/// past any [`HEDGE_PATH`] words and at most one other word between ("was drunk", "had
/// been drinking", "was deliberately set").
fn after_be(toks: &[Token], k: usize) -> bool {
    let be = |t: &Token| {
        let w = t.norm.as_str();
        (ASKED_COPULAS.contains(&w) && !matches!(w, "had" | "has" | "have"))
            || matches!(w, "be" | "been")
    };
    let mut m = k;
    while m > 0 && HEDGE_PATH.contains(&toks[m - 1].norm.as_str()) && !be(&toks[m - 1]) {
        m -= 1;
    }
    (m.saturating_sub(2)..m).any(|n| be(&toks[n]))
}

/// Whether token `k` of `toks` is told as expected or possible by a hedge after it, with a
/// form of "be" between ("an appeal was *likely*", "a deal is *expected*", "charges are
/// *possible*"): a noun hedged as [`hedged`] hedges a verb after the hedge.
fn hedged_after(toks: &[Token], k: usize) -> bool {
    let be = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "is" | "was" | "are" | "were" | "be" | "seemed" | "seems" | "looked" | "looks"
        )
    };
    let hedge = |t: &Token| HEDGES.contains(&t.norm.as_str()) || t.norm == "possible";
    toks.get(k + 1).is_some_and(be) && toks.get(k + 2).is_some_and(hedge)
}

/// The words `toks` tells as expected or possible: (hedge token index, hedged token
/// index), the hedged word being the content word right after a [`HEDGES`] word and any
/// [`HEDGE_PATH`] words. "may" as a month is no hedge ("in May", and French "le 8 mai",
/// whose token is the month May too), nor
/// "expected" but before "to" ("had expected earnings of 19 cents").
pub(super) fn hedged(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let to = toks.get(i + 1).is_some_and(|n| n.norm == "to");
        let open = undecided(toks, i);
        // A modal of another language with a perfect infinitive: the participle after it.
        let perfect = MAY_FOREIGN.contains(&t.norm.as_str())
            && toks
                .get(i + 1)
                .is_some_and(|n| PERFECT.contains(&n.norm.as_str()));
        if perfect {
            if let Some(w) = toks.get(i + 2) {
                if w.kind == Kind::Word && !w.stop && !w.proper && !w.date && !w.negation {
                    out.push((i, i + 2));
                }
            }
            continue;
        }
        if !(HEDGES.contains(&t.norm.as_str()) || open)
            || (t.capital && t.norm == "may")
            || matches!(t.kind, Kind::Month(_))
            || (HEDGES_BEFORE_TO.contains(&t.norm.as_str()) && !to)
        {
            continue;
        }
        let mut j = i + 1;
        let path = |w: &str| HEDGE_PATH.contains(&w) || (open && OPEN_PATH.contains(&w));
        while j < toks.len() && path(&toks[j].norm) {
            j += 1;
        }
        // "whether" and "if" leave a verb open, after "to" or a modal; "si" / "se" the
        // verb right after them.
        let mut verb = !matches!(t.norm.as_str(), "whether" | "if")
            || toks[i + 1..j]
                .iter()
                .any(|m| OPEN_VERB_BEFORE.contains(&m.norm.as_str()));
        // Or a subject and a form of "be" ("whether *the driver was* drunk").
        if open && !verb {
            if let Some(k) = asked_predicate(toks, i) {
                (j, verb) = (k, true);
            }
        }
        if let Some(w) = toks.get(j).filter(|_| !open || verb) {
            if w.kind == Kind::Word && !w.stop && !w.proper && !w.date && !w.negation {
                out.push((i, j));
            }
        }
    }
    out
}

/// Words that may stand before a verb of deciding with the question it leaves open:
/// negations (besides a token read as one), adverbs and auxiliaries ("has not *yet*
/// decided", pt "*ainda não* decidiu", es "*aún no ha* decidido").
const BEFORE_DECIDING: &[&str] = &[
    "not", "não", "no", "non", "pas", "nicht", "niet", "yet", "still", "ainda", "aún", "todavía",
    "encore", "ancora", "noch", "nog", "has", "have", "had", "ha", "han", "hat", "haben", "ont",
    "hanno", "tem", "têm",
];

/// Auxiliaries [`decision_from`] leaves out at the start ("*has* not decided").
const AUXILIARY: &[&str] = &[
    "has", "have", "had", "ha", "han", "hat", "haben", "ont", "hanno", "tem", "têm",
];

/// Where the flag's text of a question left open at opener `i` of `toks` starts: at the
/// verb of deciding right before the opener and the negation and adverbs before it
/// ("*ainda não decidiu* se vai recorrer", "*not yet decided* whether to appeal": trial 36
/// F17.5), else at the opener itself ("whether they would appeal").
fn decision_from(toks: &[Token], i: usize) -> usize {
    let deciding = i > 0 && DECIDE.iter().any(|d| toks[i - 1].norm.starts_with(d));
    if !deciding || !undecided(toks, i) {
        return i;
    }
    let mut from = i - 1;
    while from > 0 && from + 4 > i {
        let t = &toks[from - 1];
        if !(t.negation || BEFORE_DECIDING.contains(&t.norm.as_str())) {
            break;
        }
        from -= 1;
    }
    while from + 1 < i && AUXILIARY.contains(&toks[from].norm.as_str()) {
        from += 1;
    }
    from
}

/// Where the flag's text of a plain word at `k` of `toks` starts: at the future of "ir"
/// right before it (pt "*vai* recorrer", es "*va a* recurrir"), else at the word.
fn future_from(toks: &[Token], k: usize) -> usize {
    let is = |m: usize, words: &[&str]| {
        toks.get(m)
            .is_some_and(|t| words.contains(&t.norm.as_str()))
    };
    match k {
        _ if k >= 2 && is(k - 1, &["a"]) && is(k - 2, &["va", "van", "iba", "iban"]) => k - 2,
        _ if k >= 1 && is(k - 1, &["vai", "vão", "irá", "irão", "ia", "iam"]) => k - 1,
        _ => k,
    }
}

/// A fact told as done by one sentence and as expected or possible by the other ("Man
/// charged in fatal hit and run" / "He's expected to be charged"; "faces a murder charge"
/// / "expected to be charged": the same stem): the ranges of the plain word and of the
/// hedged phrase, `a`'s first. The softer kind of flag: the reports differ in how sure
/// they are, not in what happened. No flag when both sentences hedge the word, or when
/// the word is negated on either side (the negation rule's).
pub(crate) fn hedge_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Each side's hedged words, read once for both directions.
    let (ha, hb) = (hedged(&a.tokens), hedged(&b.tokens));
    let check = |h: &Prepared, hh: &[(usize, usize)], plain: &Prepared, hp: &[(usize, usize)]| {
        hh.iter().find_map(|&(i, j)| {
            let word = &h.tokens[j];
            // A question left open ("whether it would pay") is of one stem only: its own
            // rule (trial 49), not the hedges' acts of `lexicon::acts`.
            let open = undecided(&h.tokens, i);
            let one_act = |t: &Token, w: &Token| match open {
                true => t.stem == w.stem,
                false => one_act(t, w),
            };
            // A noun of a cause after an adjective of likelihood ("the most likely
            // *cause*") tells how sure a cause is, no outcome (trial 58: "~outcome: likely
            // cause ≠ cause"): the cause flags read it.
            if cause_noun(&h.tokens, i, j) {
                return None;
            }
            let both = hp.iter().any(|&(_, k)| one_act(&plain.tokens[k], word));
            let negated = |p: &Prepared| {
                negated_of(p)
                    .iter()
                    .any(|&(_, k)| one_act(&p.tokens[k], word))
            };
            if both || negated(h) || negated(plain) {
                return None;
            }
            // A question left open whose word the open side also tells plainly, not
            // itself hedged, left open or denied ("Neither said whether they would appeal
            // …, but others said an appeal was certain"): that side decides it as the
            // other does. (Not for the other hedges: "Starting on Saturday, … is expected
            // to start flooding" tells the flooding expected.)
            let told_plainly = |p: &Prepared, hedges: &[(usize, usize)], k: usize| {
                let t = &p.tokens[k];
                t.stem == word.stem
                    && !t.stop
                    && !hedges.iter().any(|&(_, m)| m == k)
                    && !open_or_denied(&p.tokens, k)
                    && !hedged_after(&p.tokens, k)
            };
            if open && (0..h.tokens.len()).any(|k| told_plainly(h, hh, k)) {
                return None;
            }
            // A question left open is decided only by a word told plainly, not itself
            // left open or denied ("Neither said his agency would appeal"), nor hedged
            // after it ("an appeal was likely soon").
            let undecided = |k: usize| open && open_or_denied(&plain.tokens, k);
            // A plan or a hope ("expect to reach") against a form told as done only.
            let hope = HOPES.contains(&h.tokens[i].norm.as_str());
            // A word asked after a subject and "be" ("whether Warmbier was tortured") is
            // answered by the same told after "be" only ("he was tortured"; not "evidence
            // of abuse or torture").
            let asked = asked_predicate(&h.tokens, i) == Some(j);
            let same = plain.tokens.iter().enumerate().find(|&(k, t)| {
                one_act(t, word)
                    && !t.stop
                    && !undecided(k)
                    && !hedged_after(&plain.tokens, k)
                    && (!hope || told_done(&plain.tokens, k, word))
                    && (!asked || after_be(&plain.tokens, k))
            });
            let (k, same) = same?;
            let from = &h.tokens[decision_from(&h.tokens, i)];
            let plain_from = &plain.tokens[future_from(&plain.tokens, k)];
            Some(((from.start, word.end), (plain_from.start, same.end)))
        })
    };
    if let Some((hedge, plain)) = check(a, &ha, b, &hb) {
        return Some((hedge, plain));
    }
    check(b, &hb, a, &ha)
        .map(|(hedge, plain)| (plain, hedge))
        .or_else(|| future_against_done(a, b))
        .or_else(|| super::futures::foreign_future_against_done(a, b))
}

/// Words that tell a fact as still to come, before the verb it tells (English): "will",
/// "would" after a verb of saying (`lexicon::speech::SAID_THAT`), and "plans" / "planned" / "intends" / "is" / "are" before "to" ("plans to
/// open", "is to open").
const FUTURE: &[&str] = &["will", "would"];

/// Words that tell a fact as still to come only before "to" ("plans *to* open", "is *to*
/// open").
const FUTURE_BEFORE_TO: &[&str] = &["plans", "plan", "planned", "intends", "is", "are"];

/// Auxiliaries of the perfect or the passive before a verb told as done ("*has* opened",
/// "*was* opened").
const DONE_BEFORE: &[&str] = &["has", "have", "had", "was", "were"];

/// The words `toks` tells as still to come: (first future word, the verb after it and
/// any [`HEDGE_PATH`] words), the verb a plain word ("would *open*", "will *be* charged"
/// gives "charged").
fn futures(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let to = toks.get(i + 1).is_some_and(|n| n.norm == "to");
        if !(FUTURE.contains(&t.norm.as_str())
            || (to && FUTURE_BEFORE_TO.contains(&t.norm.as_str())))
        {
            continue;
        }
        // "would" of a reported future only ("said it would open"), not of a past habit
        // ("Gigante would wander the streets" / "He routinely wandered the streets").
        let said = || {
            toks[i.saturating_sub(3)..i]
                .iter()
                .any(|m| SAID_THAT.contains(&m.norm.as_str()))
        };
        if t.norm == "would" && !said() {
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

/// A fact one sentence tells as still to come ("said it would open an investigation",
/// "plans to open", "is to open") and the other as done, in the perfect or the past
/// ("has opened an investigation", "opened"): the softer kind (trial 45 fault 2), the
/// ranges of the two, `a`'s first. The done word is of the same stem, in another form
/// than the future's verb ("opened" against "open") and ends in "ed" or follows an
/// auxiliary of [`DONE_BEFORE`], not in "ing" ("was acquiring" is not done); no flag
/// when both tell it to come or either negates it.
fn future_against_done(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (fa, fb) = (futures(&a.tokens), futures(&b.tokens));
    let check = |f: &Prepared, ff: &[(usize, usize)], done: &Prepared, fd: &[(usize, usize)]| {
        ff.iter().find_map(|&(i, j)| {
            let word = &f.tokens[j];
            if fd.iter().any(|&(_, k)| done.tokens[k].stem == word.stem) {
                return None;
            }
            let negated = |p: &Prepared| {
                negated_of(p)
                    .iter()
                    .any(|&(_, k)| p.tokens[k].stem == word.stem)
            };
            if negated(f) || negated(done) || (i..j).any(|m| f.tokens[m].negation) {
                return None;
            }
            let toks = &done.tokens;
            let k = (0..toks.len()).find(|&k| {
                let t = &toks[k];
                let after_aux = k > 0 && DONE_BEFORE.contains(&toks[k - 1].norm.as_str());
                t.stem == word.stem
                    && !t.stop
                    && t.norm != word.norm
                    && !t.norm.ends_with("ing")
                    && (t.norm.ends_with("ed") || after_aux)
                    && !open_or_denied(toks, k)
            })?;
            let from = (1..=2)
                .filter_map(|d| k.checked_sub(d))
                .take_while(|&m| DONE_BEFORE.contains(&toks[m].norm.as_str()))
                .last()
                .unwrap_or(k);
            Some((
                (f.tokens[i].start, word.end),
                (toks[from].start, toks[k].end),
            ))
        })
    };
    check(a, &fa, b, &fb).or_else(|| check(b, &fb, a, &fa).map(|(future, done)| (done, future)))
}
