//! Names that are a place or a body, not who speaks: the name after a place preposition
//! ("officials in Ohio said"), a region after "at" or "from", the place or body of an
//! office after "of" ("the mayor of Rotterdam said"), a region ending a place written with
//! commas ("born in Nashville, Tennessee said").

use super::find::char_before;
use super::roles::is_det;
use crate::matcher::features::Prepared;
use crate::matcher::flags::joins_name;
use crate::matcher::text::{Kind, Token};

/// How a word right before a name makes that name no speaker, but a place or a body
/// ([`PLACED`]).
#[derive(Clone, Copy, PartialEq)]
enum Tie {
    /// A place always: "officials in Ohio said".
    Place,
    /// A place only if the name is a region ("officials from Ohio said"); otherwise often
    /// an organisation that speaks ("doctors at Johns Hopkins said", "a spokesman from
    /// Reuters said").
    Region,
    /// The place or body of an office before it ("the mayor of Rotterdam said", "the
    /// Duke of Sussex said", "the Secretary-General of the United Nations said": the
    /// office is a role, unnamed, never a name against a name), or a region ("Bill Frist,
    /// Republican of Tennessee, said").
    Office,
}

/// The prepositions that tie the name after them to a place or a body, and how.
const PLACED: &[(&str, Tie)] = &[
    ("in", Tie::Place),
    ("near", Tie::Place),
    ("outside", Tie::Place),
    ("inside", Tie::Place),
    ("across", Tie::Place),
    ("throughout", Tie::Place),
    ("at", Tie::Region),
    ("from", Tie::Region),
    ("of", Tie::Office),
];

/// What the words before a name make it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Named {
    /// Who speaks: nothing ties the name to a place or a body.
    Speaker,
    /// A place or a body ("officials in Ohio said", "the mayor of Rotterdam said").
    Place,
    /// A person titled with an office written with "of" ("Secretary of State Antony
    /// Blinken said"): the speaker, from the office's first word (this token).
    Titled(usize),
}

/// What the name of tokens `s..=e` is by the words before it ([`Named`]): a place or a
/// body when it follows a preposition of [`PLACED`] ("officials in Ohio said", "the mayor
/// of Rotterdam said", "of the United Nations"), or it is a region ending a place written
/// with commas ("born in Nashville, Tennessee said": up to two parts back); after an
/// office and "of", a person titled with the office when [`titled`] says so.
pub(super) fn named(p: &Prepared, toks: &[Token], s: usize, e: usize) -> Named {
    let region = || {
        let name: Vec<&str> = toks[s..=e].iter().map(|t| t.norm.as_str()).collect();
        crate::matcher::flags::is_region(&name.join(" "))
    };
    // An office before "of": a content word ("mayor", "Duke").
    let office = |k: usize| toks[k].kind == Kind::Word && !toks[k].stop;
    // After the office at token `o` and "of": a titled person, or the office's place.
    let of_office = |o: usize, or_region: bool| match titled(p, toks, o, s, e) {
        Some(from) => Named::Titled(from),
        None if (or_region && region()) || office(o) => Named::Place,
        None => Named::Speaker,
    };
    let mut k = s;
    for _ in 0..3 {
        if k == 0 {
            return Named::Speaker;
        }
        let before = toks[k - 1].norm.as_str();
        // "of the United Nations": the article between.
        if before == "the" && k >= 3 && toks[k - 2].norm == "of" {
            return match k == s {
                true => of_office(k - 3, false),
                false => Named::Speaker,
            };
        }
        let place = |yes: bool| if yes { Named::Place } else { Named::Speaker };
        match PLACED.iter().find(|(w, _)| *w == before).map(|x| x.1) {
            Some(Tie::Place) => return Named::Place,
            Some(Tie::Region) => return place(k == s && region()),
            Some(Tie::Office) if k == s && k >= 2 => return of_office(k - 2, true),
            Some(Tie::Office) => return place(k == s && region()),
            None => {}
        }
        // "Nashville, Tennessee said": a region after a comma ends a place written with
        // commas; step back over its earlier part. ("in Nashville, Tennessee, Page said"
        // names Page: no region.)
        if !(toks[k - 1].proper && char_before(p, toks[k].start) == Some(',') && region()) {
            return Named::Speaker;
        }
        k -= 1;
        while k > 0 && toks[k - 1].proper && char_before(p, toks[k].start) != Some(',') {
            k -= 1;
        }
    }
    Named::Speaker
}

/// Last words of a place or a body, never of a person's name: "Mayor of New York City",
/// "Minister of Foreign Affairs" end with the office's place, no name after it.
const PLACE_HEADS: &[&str] = &[
    "city",
    "county",
    "state",
    "states",
    "province",
    "region",
    "district",
    "republic",
    "kingdom",
    "island",
    "islands",
    "nations",
    "union",
    "affairs",
    "security",
    "defence",
    "defense",
    "health",
    "justice",
    "interior",
    "commission",
    "council",
    "committee",
    "department",
    "ministry",
    "office",
];

/// Whether the name of tokens `s..=e` after the office at token `o` and "of" (or "of
/// the") is a person titled with that office, and from which token the speaker is
/// written ("U.S. Secretary of State Antony Blinken": from "U.S."): the office is
/// capitalised and no article or possessive comes before it ("the mayor of New York
/// City", "the Duke of Sussex" are the office itself, unnamed), the name has three words
/// or more (the office's place, then a person's name of two or more: "State Antony
/// Blinken"), and its last word is no place or body ([`PLACE_HEADS`]: "Mayor of New York
/// City").
pub(super) fn titled(p: &Prepared, toks: &[Token], o: usize, s: usize, e: usize) -> Option<usize> {
    let t = &toks[o];
    if !(t.capital && t.kind == Kind::Word && !t.stop) || e < s + 2 {
        return None;
    }
    if PLACE_HEADS.contains(&toks[e].norm.as_str()) {
        return None;
    }
    // The office's earlier words ("U.S. Secretary", "Foreign Minister").
    let mut from = o;
    while from > 0 && toks[from - 1].proper && !toks[from - 1].stop && joined(p, toks, from) {
        from -= 1;
    }
    // "the former Mayor of ...": an article before the office, maybe with words between.
    let mut k = from;
    let lower = |t: &Token| t.kind == Kind::Word && !t.stop && !t.capital;
    while k > 0 && lower(&toks[k - 1]) && joined(p, toks, k) {
        k -= 1;
    }
    let article = k > 0 && is_det(&toks[k - 1].norm) && joined(p, toks, k);
    (!article).then_some(from)
}

/// Whether tokens `k - 1` and `k` are two words of one name: nothing but spaces, a full
/// stop, a hyphen or an apostrophe between them.
fn joined(p: &Prepared, toks: &[Token], k: usize) -> bool {
    let gap: Vec<char> = p
        .text
        .chars()
        .skip(toks[k - 1].end)
        .take(toks[k].start.saturating_sub(toks[k - 1].end))
        .collect();
    joins_name(&gap)
}
