//! Person flags of a group's or a person's nationality told of a noun that `nationality.rs`
//! does not read (trial 57: "Most passengers were Spanish pensioners" / "... Portuguese
//! pensioners" 0.947, "The driver was German" / "The driver was Austrian", "Spanish
//! pensioners" / "deutsche Pensionisten": no flag). Who the victims were is a detail
//! journalists check, so it is the person flag, as one person's nationality is
//! (`nationality.rs`): "Spanish pensioners ≠ deutsche Pensionisten".
//!
//! A nationality is read of a noun of `lexicon::people_groups` (one class a concept in
//! seven languages: "pensioners", "Pensionisten", "jubilados") right before or after it
//! ("Spanish pensioners", "jubilados españoles", "deutsche Pensionisten": German and
//! Dutch adjectives with their endings), or after a form of "to be" after it ("The driver
//! *was* German", "Der Lenker war Österreicher"). Two sentences differ when each tells
//! one nationality of a class and another than the other's, and neither names the
//! other's anywhere. In one language the words around the two nouns share one
//! (`persons::around`: "A German tourist was injured" / "An Austrian tourist was killed"
//! may be two people), or neither noun has any; a sentence whose language is not guessed
//! (a short one: "The driver was German.") is read as of another. "Spanish" / "españoles" / "spanische" is
//! one nationality (one key of `lexicon::nationalities`). Ranges are code points of each
//! sentence's own text.

use super::nationality::nationality;
use super::Ranges;
use crate::matcher::lexicon::nationalities::germanic_nationality;
use crate::matcher::lexicon::people_groups::{group_of, COPULAS};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// How many tokens back from its form of "to be" a noun of a person may stand ("The
/// *driver* of the coach was German": 4).
const SUBJECT_REACH: usize = 4;

/// One nationality told of a noun of a person: its key, the nationality's token, the
/// noun's token and the noun's class of `PEOPLE_GROUPS`.
#[derive(Clone, Copy, Debug)]
struct Told {
    key: &'static str,
    nationality: usize,
    noun: usize,
    class: usize,
}

/// The key of the nationality token `t` names, in any of the seven languages.
fn key_of(t: &Token) -> Option<&'static str> {
    if t.kind != Kind::Word {
        return None;
    }
    nationality(&t.norm).or_else(|| germanic_nationality(&t.norm))
}

/// The class of `PEOPLE_GROUPS` token `k` of `p` is a noun of, if any.
fn class_of(p: &Prepared, k: usize) -> Option<usize> {
    let t = p.tokens.get(k).filter(|t| t.kind == Kind::Word)?;
    group_of(&t.norm)
}

/// Whether a mark other than a hyphen or space stands between tokens `x` and `y` of `p`.
fn apart(p: &Prepared, x: usize, y: usize) -> bool {
    super::chars_of(p)
        .get(p.tokens[x].end..p.tokens[y].start)
        .unwrap_or(&[])
        .iter()
        .any(|c| !c.is_whitespace())
}

/// Every nationality `p` tells of a noun of a person ([`Told`]): the noun right before
/// or after it, else one before a form of "to be" right before it.
fn told(p: &Prepared) -> Vec<Told> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(key) = key_of(t) else { continue };
        let next = (i + 1 < toks.len() && !apart(p, i, i + 1)).then_some(i + 1);
        let prev = (i > 0 && !apart(p, i - 1, i)).then(|| i - 1);
        let beside = [next, prev]
            .into_iter()
            .flatten()
            .find_map(|k| class_of(p, k).map(|c| (k, c)));
        let subject = || {
            let v = prev.filter(|&v| COPULAS.contains(&toks[v].norm.as_str()))?;
            (v.saturating_sub(SUBJECT_REACH)..v)
                .rev()
                .take_while(|&k| !apart(p, k, k + 1))
                .find_map(|k| class_of(p, k).map(|c| (k, c)))
        };
        if let Some((noun, class)) = beside.or_else(subject) {
            out.push(Told {
                key,
                nationality: i,
                noun,
                class,
            });
        }
    }
    out
}

/// The keys of every nationality `p` names, of a person or not.
fn keys(p: &Prepared) -> Vec<&'static str> {
    p.tokens.iter().filter_map(key_of).collect()
}

/// Whether the words around the nouns at `x` of `a` and `y` of `b` share one, or neither
/// has any (`persons::around`, the nationalities' own words left out).
fn around_agrees(a: &Prepared, x: &Told, b: &Prepared, y: &Told) -> bool {
    let own = |p: &Prepared, t: &Told| {
        let skip = p.tokens[t.nationality].stem;
        let mut w = super::persons::around(p, t.noun);
        w.retain(|&s| s != skip);
        w
    };
    let (wa, wb) = (own(a, x), own(b, y));
    (wa.is_empty() && wb.is_empty()) || wa.iter().any(|s| wb.contains(s))
}

/// The range from the first of tokens `x` and `y` of `p` to the last.
fn range(p: &Prepared, x: usize, y: usize) -> (usize, usize) {
    let (s, e) = (x.min(y), x.max(y));
    (p.tokens[s].start, p.tokens[e].end)
}

/// One group or person told with two nationalities (see the module's doc): the ranges of
/// the nationality and its noun, `a`'s first.
pub(super) fn group_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Most sentences tell no nationality: read `b` only when `a` tells one.
    let ta = told(a);
    if ta.is_empty() {
        return None;
    }
    let tb = told(b);
    if tb.is_empty() {
        return None;
    }
    let (ka, kb) = (keys(a), keys(b));
    // A short sentence's language may go unguessed ("The driver was German."): only two
    // sentences guessed to be in one language are read so.
    let one_language = super::language_of(a).is_some_and(|l| Some(l) == super::language_of(b));
    ta.iter().find_map(|x| {
        // One nationality of the class on each side.
        let single = |told: &[Told], key: &str| {
            told.iter()
                .filter(|t| t.class == x.class)
                .all(|t| t.key == key)
        };
        let y = tb.iter().find(|y| y.class == x.class && y.key != x.key)?;
        let differs = single(&ta, x.key)
            && single(&tb, y.key)
            && !kb.contains(&x.key)
            && !ka.contains(&y.key)
            && (!one_language || around_agrees(a, x, b, y));
        differs.then(|| {
            (
                range(a, x.nationality, x.noun),
                range(b, y.nationality, y.noun),
            )
        })
    })
}
