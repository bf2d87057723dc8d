//! Names that are a place or a body, not who speaks: the name after a place preposition
//! ("officials in Ohio said"), a region after "at" or "from", the place or body of an
//! office after "of" ("the mayor of Rotterdam said"), a region ending a place written with
//! commas ("born in Nashville, Tennessee said").

use super::find::char_before;
use crate::matcher::features::Prepared;
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

/// Whether the name of tokens `s..=e` names a place or a body, not who speaks: it follows
/// a preposition of [`PLACED`] ("officials in Ohio said", "the mayor of Rotterdam said",
/// "of the United Nations"), or it is a region ending a place written with commas ("born
/// in Nashville, Tennessee said": up to two parts back).
pub(super) fn place_tail(p: &Prepared, toks: &[Token], s: usize, e: usize) -> bool {
    let region = || {
        let name: Vec<&str> = toks[s..=e].iter().map(|t| t.norm.as_str()).collect();
        crate::matcher::flags::is_region(&name.join(" "))
    };
    // An office before "of": a content word ("mayor", "Duke").
    let office = |k: usize| toks[k].kind == Kind::Word && !toks[k].stop;
    let mut k = s;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        let before = toks[k - 1].norm.as_str();
        // "of the United Nations": the article between.
        if before == "the" && k >= 3 && toks[k - 2].norm == "of" {
            return k == s && office(k - 3);
        }
        match PLACED.iter().find(|(w, _)| *w == before).map(|x| x.1) {
            Some(Tie::Place) => return true,
            Some(Tie::Region) => return k == s && region(),
            Some(Tie::Office) => return k == s && (region() || (k >= 2 && office(k - 2))),
            None => {}
        }
        // "Nashville, Tennessee said": a region after a comma ends a place written with
        // commas; step back over its earlier part. ("in Nashville, Tennessee, Page said"
        // names Page: no region.)
        if !(toks[k - 1].proper && char_before(p, toks[k].start) == Some(',') && region()) {
            return false;
        }
        k -= 1;
        while k > 0 && toks[k - 1].proper && char_before(p, toks[k].start) != Some(',') {
            k -= 1;
        }
    }
    false
}
