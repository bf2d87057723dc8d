//! The cause of a road crash told by the words around it rather than after "caused by"
//! (trial 57: "Investigators suspect brake failure" / "Investigators suspect the driver
//! nodded off", de "Die Polizei geht von einem Bremsversagen aus" / "Die Ermittler gehen
//! von Sekundenschlaf des Lenkers aus", es "se debió a un fallo de los frenos" / "se debió
//! al exceso de velocidad", "Police blamed brake failure" / "Police ruled out brake
//! failure" had no cause flag):
//! - after a verb of suspecting or believing in its clause (`lexicon::beliefs::SUSPECT`:
//!   "suspect", "believe", de "vermutet"; `lexicon::crash_causes::HEDGED_CUES`: "pointed
//!   to", "geht von"): told as
//!   only suspected, the softer kind of flag ([`hedged_at`]);
//! - after a plain cue (`PLAIN_CUES`: "blamed" with its object, "due to", es "se debió
//!   a");
//! - before a participle of suspecting (`SUSPECTED_AFTER`: "A technical defect is
//!   suspected", de "wird ein Bremsversagen vermutet"): suspected too.
//!
//! Only the causes of a road crash are read so (the classes of `lexicon::crash_causes`,
//! and speed, rain, a rockfall, a technical defect of `cause::CAUSES`, by their names in
//! `cause/classes.rs`: [`road_class`]):
//! after "Police believe" the other classes name the event more often than its cause
//! ("Police believe *the fire* started in the kitchen"). The causes told so are told too
//! to the rule of a cause ruled out ([`told_causes`], `cause/ruled_out.rs`). Ranges are
//! code points of the sentence's own text.

use super::classes::{
    ALCOHOL, ASLEEP, BRAKES, DISTRACTION, ENGINE, HUMAN_ERROR, ICE, ILLNESS, LANDSLIDE, RAIN,
    SPEED, STEERING, TECHNICAL, TYRES,
};
use super::{apart, cause_in, SENTENCE_MARKS};
use crate::matcher::lexicon::beliefs::SUSPECT;
use crate::matcher::lexicon::crash_causes as lex;
use crate::matcher::prepared::Prepared;

/// How many tokens after its cue a cause may stand ("se debió a *que el conductor se*
/// quedó dormido": the phrase begins at the fourth; "believe *the driver* fell asleep").
const REACH: usize = 6;

/// How many words may stand between a German verb of assuming and its "von" ("gehen *nach
/// ersten Erkenntnissen* von …").
const VON_GAP: usize = 3;

/// How many tokens an aside set off by commas right after a cue may hold ("believe*, based
/// on initial findings,* that the driver fell asleep").
const ASIDE: usize = 6;

/// How many tokens of [`lex::SUSPECTED_AUXILIARIES`] may stand between a cause and its
/// participle of suspecting ("is", "has been").
const AUXILIARIES: usize = 2;

/// One cause of a road crash a sentence tells: the token of its cue (the participle of
/// suspecting for one told before it), its class of `CAUSES`, its first token and its
/// length in tokens, and whether it is told as only suspected.
#[derive(Clone, Copy, Debug)]
struct Reading {
    cue: usize,
    class: usize,
    at: usize,
    len: usize,
    hedged: bool,
}

/// Whether class `class` of `CAUSES` is a cause of a road crash: a class of
/// `lexicon::crash_causes`, or speed told as too high, rain, a landslide or rockfall, a
/// technical fault (asked for by their names, `cause/classes.rs`).
pub(super) fn road_class(class: usize) -> bool {
    matches!(
        class,
        BRAKES
            | TYRES
            | STEERING
            | ASLEEP
            | ALCOHOL
            | DISTRACTION
            | ILLNESS
            | ICE
            | ENGINE
            | HUMAN_ERROR
            | SPEED
            | RAIN
            | LANDSLIDE
            | TECHNICAL
    )
}

/// Whether class `class` of `CAUSES` is what causes a road crash and never kills by
/// itself: a [`road_class`] but rain and a landslide ("killed in a landslide" against
/// "killed in a crash" are two causes of one death). A crash told as a death's cause is
/// the effect of such a cause, no other cause (`cause::two_classes`).
pub(super) fn of_a_crash(class: usize) -> bool {
    road_class(class) && class != RAIN && class != LANDSLIDE
}

/// Whether class `class` of `CAUSES` is a human error (`lex::HUMAN_ERROR`: "human error",
/// "a navigation error", "the captain's decision"; trial 58).
pub(super) fn human_error(class: usize) -> bool {
    class == HUMAN_ERROR
}

/// Whether one of classes `x` and `y` is a human error and the other a fault of the
/// driver's own (asleep, drunk, distracted, taken ill, too fast), which a human error may
/// be: the two agree (trial 58).
pub(super) fn one_human_fault(x: usize, y: usize) -> bool {
    let own = [ASLEEP, ALCOHOL, DISTRACTION, ILLNESS, SPEED];
    (human_error(x) && own.contains(&y)) || (human_error(y) && own.contains(&x))
}

/// The length in tokens of the cue of `cues` at token `i` of `p`, if one stands there.
fn cue_at(p: &Prepared, i: usize, cues: &[&[&str]]) -> Option<usize> {
    let toks = &p.tokens;
    cues.iter().find_map(|cue| {
        let whole =
            cue.len() <= toks.len() - i && cue.iter().zip(&toks[i..]).all(|(w, t)| t.norm == *w);
        if whole {
            return Some(cue.len());
        }
        // German "gehen *nach ersten Erkenntnissen* von Sekundenschlaf aus": a short
        // adjunct between the verb and "von" (trial 57's last look).
        match *cue {
            [verb, "von"] if toks[i].norm == *verb => (i + 2..(i + 2 + VON_GAP).min(toks.len()))
                .take_while(|&k| !apart(p, k - 1, k, SENTENCE_MARKS))
                .find(|&k| toks[k].norm == "von")
                .map(|k| k - i + 1),
            _ => None,
        }
    })
}

/// The first cause of a road crash within [`REACH`] tokens after token `e` of `p` in its
/// clause: (class, first token, length).
fn cause_after(p: &Prepared, e: usize) -> Option<(usize, usize, usize)> {
    let toks = &p.tokens;
    // The first cause from token `start` on, with no clause mark between `start` and it.
    let find = |start: usize| {
        (start..(start + REACH).min(toks.len()))
            .take_while(|&k| k == start || !apart(p, start, k, SENTENCE_MARKS))
            .find_map(|k| {
                let (class, len) = cause_in(p, k)?;
                road_class(class).then_some((class, k, len))
            })
    };
    let right_after = e + 1 < toks.len() && !apart(p, e, e + 1, SENTENCE_MARKS);
    right_after.then(|| find(e + 1)).flatten().or_else(|| {
        // An aside set off by commas right after the cue: the cause after its closing
        // comma (and a "that"): "Investigators believe, based on initial findings, that the
        // driver fell asleep at the wheel." (trial 57's last look).
        if e + 1 >= toks.len() || !comma_between(p, e, e + 1) {
            return None;
        }
        let close = (e + 2..(e + 2 + ASIDE).min(toks.len()))
            .find(|&k| apart(p, k - 1, k, SENTENCE_MARKS))?;
        if !comma_between(p, close - 1, close) {
            return None;
        }
        let from = close + usize::from(toks[close].norm == "that");
        (from < toks.len()).then(|| find(from)).flatten()
    })
}

/// Whether the only marks between tokens `x` and `y` of `p` are one comma and spaces.
fn comma_between(p: &Prepared, x: usize, y: usize) -> bool {
    let chars = crate::matcher::flags::chars_of(p);
    let gap = chars.get(p.tokens[x].end..p.tokens[y].start).unwrap_or(&[]);
    gap.iter().filter(|&&c| c == ',').count() == 1
        && gap.iter().all(|&c| c == ',' || c.is_whitespace())
}

/// The participle of suspecting of [`lex::SUSPECTED_AFTER`] right after the cause ending
/// before token `e` of `p`, or after up to [`AUXILIARIES`] forms of "to be": its token.
fn suspected_after(p: &Prepared, e: usize) -> Option<usize> {
    let toks = &p.tokens;
    for k in e..(e + 1 + AUXILIARIES).min(toks.len()) {
        if apart(p, k - 1, k, SENTENCE_MARKS) {
            return None;
        }
        let w = toks[k].norm.as_str();
        if lex::SUSPECTED_AFTER.contains(&w) {
            return Some(k);
        }
        if !lex::SUSPECTED_AUXILIARIES.contains(&w) {
            return None;
        }
    }
    None
}

/// Every cause of a road crash `p` tells by a cue ([`Reading`]), in the order of its
/// tokens.
fn readings(p: &Prepared) -> Vec<Reading> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for i in 0..toks.len() {
        // A verb of suspecting of one word (`lexicon::beliefs::SUSPECT`, which the belief
        // flag reads too) or a longer hedged cue, then a plain cue, then "after" told after
        // a verb of an accident.
        let suspects = SUSPECT.contains(&toks[i].norm.as_str());
        let hedged = cue_at(p, i, lex::HEDGED_CUES).or(suspects.then_some(1));
        let cued = hedged
            .map(|n| (n, true))
            .or_else(|| cue_at(p, i, lex::PLAIN_CUES).map(|n| (n, false)))
            .or_else(|| {
                cue_at(p, i, lex::AFTER_ACCIDENT)
                    .filter(|_| accident_before(p, i))
                    .map(|n| (n, false))
            });
        if let Some((n, hedged)) = cued {
            if let Some((class, at, len)) = cause_after(p, i + n - 1) {
                out.push(Reading {
                    cue: i,
                    class,
                    at,
                    len,
                    hedged,
                });
            }
            continue;
        }
        let Some((class, len)) = cause_in(p, i).filter(|&(c, _)| road_class(c)) else {
            continue;
        };
        if let Some(cue) = suspected_after(p, i + len) {
            out.push(Reading {
                cue,
                class,
                at: i,
                len,
                hedged: true,
            });
        }
    }
    out
}

/// How many tokens before a word of "after" its verb of an accident may stand ("ran
/// aground *off Brittany on Tuesday* after").
const ACCIDENT_REACH: usize = 6;

/// Whether a verb of an accident (`lexicon::accident_verbs::ACCIDENT_VERBS`: "crashed",
/// "ran aground") stands within [`ACCIDENT_REACH`] tokens before token `i` of `p` in its
/// clause, so that the "after" at `i` tells the accident's cause.
fn accident_before(p: &Prepared, i: usize) -> bool {
    use crate::matcher::lexicon::accident_verbs::ACCIDENT_VERBS;
    (i.saturating_sub(ACCIDENT_REACH)..i)
        .rev()
        .take_while(|&k| !apart(p, k, i, SENTENCE_MARKS))
        .any(|k| ACCIDENT_VERBS.contains(&p.tokens[k].norm.as_str()))
}

/// The code point range of reading `r`'s cause.
fn range(p: &Prepared, r: &Reading) -> (usize, usize) {
    (p.tokens[r.at].start, p.tokens[r.at + r.len - 1].end)
}

/// The first cause of a road crash `p` tells by a cue ([`readings`]): (class, code point
/// range), as `cause::cause_of` gives a cause.
pub(super) fn crash_cause(p: &Prepared) -> Option<(usize, (usize, usize))> {
    readings(p).first().map(|r| (r.class, range(p, r)))
}

/// Whether the cause of `p` starting at code point `start` is a cause of a road crash
/// told as only suspected ("Investigators *suspect* brake failure", "A technical defect
/// is *suspected*").
pub(super) fn hedged_at(p: &Prepared, start: usize) -> bool {
    readings(p)
        .iter()
        .any(|r| r.hedged && p.tokens[r.at].start == start)
}

/// The causes of a road crash `p` tells by a cue, as `cause/ruled_out.rs` reads a cause
/// told: the token of the cue, the content words of the cause, and whether it is told as
/// only suspected.
pub(super) fn told_causes(p: &Prepared) -> Vec<(usize, Vec<usize>, bool)> {
    readings(p)
        .into_iter()
        .map(|r| {
            let words = (r.at..r.at + r.len)
                .filter(|&k| !p.tokens[k].stop)
                .collect();
            (r.cue, words, r.hedged)
        })
        .collect()
}
