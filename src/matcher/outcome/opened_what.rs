//! What an opening or a closing is of (trial 54): "Police closed the SS125" against
//! "Prosecutors open an arson investigation" showed "closed ≠ open", a road closed and an
//! investigation opened. An open or close word whose object is a proceeding or an act
//! (`lexicon::proceedings::PROCEEDINGS`: an investigation, a case, talks, fire) is
//! compared only with one of a proceeding too; a place's opening with a place's closing.

use super::index_of;
use super::plea::begins;
use crate::matcher::flags::surface;
use crate::matcher::lexicon::proceedings::{OPEN_CLOSE, PROCEEDINGS};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// How many tokens after an open or close word its object's noun is read ("opened *an
/// arson investigation*": three).
const OBJECT_REACH: usize = 3;

/// Articles that may stand between an open word and its object, in seven languages (other
/// function words end the object: "closed *because of* the fire").
const ARTICLES: &[&str] = &[
    "a", "an", "the", "un", "une", "le", "la", "les", "l'", "ein", "eine", "einen", "der", "die",
    "das", "den", "una", "uno", "un'", "il", "lo", "el", "los", "las", "o", "um", "uma", "een",
    "het", "de",
];

/// Whether the open or close words `x` of `a` and `y` of `b` are of one kind of thing:
/// both of a proceeding ([`of_a_proceeding`]) or neither. True when neither word is one of
/// opening or closing (the rule is not theirs).
pub(super) fn one_kind(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> bool {
    if !begins(OPEN_CLOSE, &x.norm) && !begins(OPEN_CLOSE, &y.norm) {
        return true;
    }
    of_a_proceeding(a, x) == of_a_proceeding(b, y)
}

/// Whether the word `t` of `p` is followed, within [`OBJECT_REACH`] tokens of its clause
/// and with only [`ARTICLES`] or content words between, by a noun of a proceeding
/// ("opened an arson investigation", "opened fire", "ha aperto un'inchiesta").
fn of_a_proceeding(p: &Prepared, t: &Token) -> bool {
    let Some(i) = index_of(&p.tokens, t) else {
        return false;
    };
    let toks = &p.tokens;
    for k in i + 1..toks.len().min(i + 1 + OBJECT_REACH) {
        let gap = surface(p, toks[k - 1].end, toks[k].start);
        if gap.contains([',', ';', ':', '.', '(', ')']) {
            return false;
        }
        let w = toks[k].norm.as_str();
        if begins(PROCEEDINGS, w) {
            return true;
        }
        if toks[k].stop && !ARTICLES.contains(&w) {
            return false;
        }
    }
    false
}
