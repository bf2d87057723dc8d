//! A service restored against the same service still down (trial 49 F2): "Most computer
//! systems were *back online* by Friday" / "Computer systems were *still down* on
//! Friday", "All systems were *restored* on Friday" / "The systems *remained offline*",
//! nl "De systemen *werken* vrijdag *weer*" / "De systemen lagen vrijdag *nog plat*". The
//! words of each side, in seven languages, are `lexicon/restored.rs`: a word of "back" or
//! "again" next to one of working, or a participle of restoring; a word of lasting before
//! one of a service down.
//!
//! Both must be told of one thing: a content word before each phrase in its clause that
//! the other also has there ("systems" / "systems"). The flag is solid, but of the softer
//! kind when the two tell other days or times (down on Monday, back on Friday: two times of
//! one story, the date flag's) or when one side tells only a part ("some systems remained
//! down" / "most systems were back online": both may be true); none when both tell a part
//! ("partly restored" / "still partly down"). A reopening against a place still closed is
//! the open / closed pair's (`outcome/states.rs`).
//!
//! A supply (trial 53 F1: "Power was restored to all homes in Hellersdorf" / "Hellersdorf
//! is still without power", de "wieder Strom" / "weiterhin ohne Strom"): a noun of
//! `SUPPLY` next to a word of "back" tells it restored, after a word of lacking (`WITHOUT`:
//! "without", "ohne", "sin" …) after a word of lasting tells it still down. Power is what
//! both tell of, so one thing is then told by another word in common, of the clause before,
//! within or after each phrase ("homes", "Hellersdorf"): power back in one district and
//! still out in another are two facts. Ranges are code points of each sentence's own
//! text.

use super::participants::CLAUSE_ENDS;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::first_bytes::{first_byte, first_bytes_of, may_start, FirstBytes};
use crate::matcher::lexicon::restored::{
    AGAIN, DOWN, OUT_OF, PART, RESTORED, STILL, SUPPLY, WITHOUT, WORKING,
};
use crate::matcher::lexicon::DAY_PARTS;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Kind;

/// How many tokens apart a word of "back" and one of working may stand ("back online",
/// "wieder *in* Betrieb", "de nouveau *en* ligne", "werken *vrijdag* weer").
const PHRASE_REACH: usize = 3;

/// How many tokens before a phrase its subject is read ("*computer systems* were back
/// online", "*De systemen* lagen vrijdag nog plat").
const SUBJECT_REACH: usize = 6;

/// Which way a phrase tells the service.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Working again: "back online", "restored".
    Restored,
    /// Still down: "still down", "remained offline".
    Down,
}

/// A phrase of a service restored or down, token indices (kept in a sentence's facts,
/// `flags/facts.rs`).
pub(crate) struct Told {
    /// Which way.
    state: State,
    /// The phrase's first token.
    from: usize,
    /// The phrase's last token.
    to: usize,
    /// What a phrase of lacking lacks: the noun after its word of [`WITHOUT`] ("still
    /// without *water*").
    lacks: Option<usize>,
}

/// Whether tokens `x` and `y` (`x < y`) of `p` stand in one clause
/// (`outcome::one_clause`, with the words that join two clauses: "and", "but" …).
fn joined(p: &Prepared, x: usize, y: usize) -> bool {
    super::one_clause(p, x, y, CLAUSE_ENDS)
}

/// The phrases of a service restored or down in `p`, first found first. Read once per
/// sentence (`flags/facts.rs`): the outcome rule asks them of every pair explained.
fn phrases(p: &Prepared) -> &[Told] {
    p.facts.restored.get_or_init(|| read_phrases(p))
}

/// [`phrases`], read from the tokens.
fn read_phrases(p: &Prepared) -> Vec<Told> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    // The first bytes of the words a phrase starts at ([`RESTORED`], [`AGAIN`],
    // [`STILL`]): a token beginning with none starts no phrase (speed only).
    static STARTS: std::sync::OnceLock<FirstBytes> = std::sync::OnceLock::new();
    let starts =
        STARTS.get_or_init(|| first_bytes_of(RESTORED.iter().chain(AGAIN).chain(STILL).copied()));
    for (k, t) in toks.iter().enumerate() {
        if !may_start(starts, first_byte(t)) {
            continue;
        }
        let w = t.norm.as_str();
        if RESTORED.contains(&w) {
            out.push(Told {
                state: State::Restored,
                from: k,
                to: k,
                lacks: None,
            });
        } else if AGAIN.contains(&w) {
            // A word of working or a supply after it ("back online", "wieder Strom") or
            // before it ("online again", "werken vrijdag weer", "power is back").
            let works = |m: usize| {
                let n = toks[m].norm.as_str();
                WORKING.contains(&n) || SUPPLY.contains(&n)
            };
            let after = (k + 1..toks.len().min(k + 1 + PHRASE_REACH))
                .find(|&m| works(m) && joined(p, k, m));
            let before = (k.saturating_sub(PHRASE_REACH)..k)
                .rev()
                .find(|&m| works(m) && joined(p, m, k));
            if let Some(m) = after.or(before) {
                out.push(Told {
                    state: State::Restored,
                    from: k.min(m),
                    to: k.max(m),
                    lacks: None,
                });
            }
        } else if STILL.contains(&w) {
            if let Some(m) = (k + 1..toks.len().min(k + 1 + PHRASE_REACH))
                .find(|&m| DOWN.contains(&toks[m].norm.as_str()) && joined(p, k, m))
            {
                // "hors service", "fuori uso", "out of service", "without power": the
                // phrase ends with the preposition's noun.
                let before_noun = |n: &str| OUT_OF.contains(&n) || WITHOUT.contains(&n);
                let noun = (m + 1..toks.len().min(m + 3))
                    .filter(|_| before_noun(toks[m].norm.as_str()))
                    .find(|&n| !toks[n].stop && toks[n].kind == Kind::Word && joined(p, m, n));
                let lacks = noun.filter(|_| WITHOUT.contains(&toks[m].norm.as_str()));
                out.push(Told {
                    state: State::Down,
                    from: k,
                    to: noun.unwrap_or(m),
                    lacks,
                });
            }
        }
    }
    out
}

/// The content words of the clause before `told` in `p` (up to [`SUBJECT_REACH`] tokens):
/// no stop word, date, number or word of the phrases' lists.
fn subject(p: &Prepared, told: &Told) -> Vec<usize> {
    (told.from.saturating_sub(SUBJECT_REACH)..told.from)
        .rev()
        .take_while(|&m| joined(p, m, told.from))
        .filter(|&m| naming(p, m))
        .collect()
}

/// Whether `told` of `p` tells only a part: a word of [`PART`] in its subject's reach or
/// within the phrase ("*some* systems remained down", "still *partly* down").
fn partial(p: &Prepared, told: &Told) -> bool {
    let toks = &p.tokens;
    (told.from.saturating_sub(SUBJECT_REACH)..=told.to)
        .filter(|&m| m >= told.from || joined(p, m, told.from))
        .any(|m| PART.contains(&toks[m].norm.as_str()))
}

/// Whether token `m` of `p` is a word one thing may be named by: a content word, no
/// date, part of the day ("on Saturday *morning*"), number, negation or word of the
/// phrases' lists ([`SUPPLY`] is one: power is named).
fn naming(p: &Prepared, m: usize) -> bool {
    let t = &p.tokens[m];
    t.kind == Kind::Word
        && !t.stop
        && !t.date
        && !t.negation
        && ![STILL, DOWN, AGAIN, WORKING, RESTORED, PART]
            .iter()
            .any(|l| l.contains(&t.norm.as_str()))
        && !DAY_PARTS.iter().any(|&(w, _)| w == t.norm)
}

/// Whether `told` of `p` tells of a supply: a noun of [`SUPPLY`] in its subject or its
/// phrase ("*Power* was restored", "still without *power*").
fn of_supply(p: &Prepared, told: &Told) -> bool {
    subject(p, told)
        .into_iter()
        .chain(told.from..=told.to)
        .any(|m| SUPPLY.contains(&p.tokens[m].norm.as_str()))
}

/// The words `told` of `p` is told of: its subject's ([`subject`]), the phrase's own
/// ("still without *power*"), and for a supply those after the phrase in its clause, up
/// to [`SUBJECT_REACH`] tokens ("restored *to all homes in Hellersdorf*").
fn named(p: &Prepared, told: &Told, supply: bool) -> Vec<usize> {
    let mut out = subject(p, told);
    out.extend((told.from..=told.to).filter(|&m| naming(p, m)));
    if supply {
        let end = p.tokens.len().min(told.to + 1 + SUBJECT_REACH);
        out.extend(
            (told.to + 1..end)
                .take_while(|&m| joined(p, told.to, m))
                .filter(|&m| naming(p, m)),
        );
    }
    out
}

/// Whether `x` of `a` and `y` of `b` are told of one thing: a word of one's ([`named`])
/// with the stem of one of the other's. Of a supply, a word other than the supply's
/// noun, unless neither names more ("Power is back" / "Power is still out"): the supply
/// in two places is two facts; and never a supply against another lacked ("Power was
/// restored to the hospital" / "The hospital was still without water").
fn one_thing(a: &Prepared, x: &Told, b: &Prepared, y: &Told) -> bool {
    let supply = of_supply(a, x) || of_supply(b, y);
    let is_supply = |p: &Prepared, m: usize| SUPPLY.contains(&p.tokens[m].norm.as_str());
    // Power restored against water lacking: two supplies.
    let other_lack = |p: &Prepared, t: &Told| t.lacks.is_some_and(|m| !is_supply(p, m));
    if supply && (other_lack(a, x) || other_lack(b, y)) {
        return false;
    }
    let (na, nb) = (named(a, x, supply), named(b, y, supply));
    let shared = |keep: &dyn Fn(&Prepared, usize) -> bool| {
        na.iter().filter(|&&i| keep(a, i)).any(|&i| {
            nb.iter()
                .filter(|&&j| keep(b, j))
                .any(|&j| a.tokens[i].stem == b.tokens[j].stem)
        })
    };
    if !supply {
        return shared(&|_, _| true);
    }
    let only_supply = |p: &Prepared, n: &[usize]| n.iter().all(|&m| is_supply(p, m));
    shared(&|p, m| !is_supply(p, m))
        || (only_supply(a, &na) && only_supply(b, &nb) && shared(&|_, _| true))
}

/// A service restored in one sentence and still down in the other, of one thing (see the
/// module doc): the ranges of the two phrases, `a`'s first, and whether the flag is of the
/// softer kind (other days or times told, or one side told of a part). `None` when both
/// tell a part.
pub(super) fn restored_against_down(a: &Prepared, b: &Prepared) -> Option<(Ranges, bool)> {
    // `b` is read only when `a` tells a phrase (most sentences tell none).
    let pa = phrases(a);
    if pa.is_empty() {
        return None;
    }
    let pb = phrases(b);
    if pb.is_empty() {
        return None;
    }
    let span = |p: &Prepared, t: &Told| (p.tokens[t.from].start, p.tokens[t.to].end);
    for x in pa {
        for y in pb.iter().filter(|y| y.state != x.state) {
            if !one_thing(a, x, b, y) {
                continue;
            }
            // A side that tells both states (restored and still down) is a mixed report,
            // which agrees with the other's one ("Power was restored to most homes, but
            // 15,000 are still without power" / "15,000 homes are still without power":
            // session 50's last pass; the second phrase often names less than the first).
            let a_tells_y = pa.iter().any(|x2| x2.state == y.state);
            let b_tells_x = pb.iter().any(|y2| y2.state == x.state);
            if a_tells_y || b_tells_x {
                continue;
            }
            let (part_a, part_b) = (partial(a, x), partial(b, y));
            if part_a && part_b {
                continue;
            }
            let other_times = !crate::matcher::flags::date_flags(a, b).is_empty();
            return Some(((span(a, x), span(b, y)), part_a || part_b || other_times));
        }
    }
    None
}

#[cfg(test)]
mod tests_speed;
