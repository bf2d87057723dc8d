//! Causes set on purpose and the causes of an explosion (trial 56: "a gas leak caused the
//! explosion" / "a bomb caused the explosion", "… / the explosion was caused
//! deliberately", fr "un acte criminel a provoqué l'explosion", "L'explosion est un acte
//! criminel" had no cause flag). Three classes of `CAUSES` tell a cause set on purpose:
//! arson and sabotage, a bomb (`lexicon::explosion_causes::BOMBS`) and an act done on
//! purpose (`CRIMINAL_ACTS`); any two of them agree, and a bomb agrees with an explosion
//! (a bomb is one). An act or a bomb is told too as what an event was ("The explosion was
//! a criminal act") and an event done on purpose by an adjective ("The explosion was
//! deliberate"). Ranges are code points of the sentence's own text.

use super::accidental::after_copula;
use super::cause_in;
use super::classes::{ARSON, BOMB, CRIMINAL_ACT, EXPLOSION};
use crate::matcher::lexicon::explosion_causes::DELIBERATE_ADJECTIVES;
use crate::matcher::prepared::Prepared;

/// Whether cause class `class` tells a cause set on purpose: arson or sabotage, a bomb, an
/// act done on purpose.
pub(super) fn on_purpose(class: usize) -> bool {
    class == ARSON || class == BOMB || class == CRIMINAL_ACT
}

/// Whether cause classes `x` and `y` tell one cause, or one a kind of the other: two
/// causes set on purpose ("caused deliberately" / "a criminal act" / "a bomb"), a bomb and
/// an explosion ("killed by a bomb" / "killed in an explosion").
pub(super) fn agree(x: usize, y: usize) -> bool {
    let bomb_blast = |x: usize, y: usize| x == BOMB && y == EXPLOSION;
    x == y || (on_purpose(x) && on_purpose(y)) || bomb_blast(x, y) || bomb_blast(y, x)
}

/// The cause set on purpose `p` tells as what an event was: a phrase of an act or a bomb
/// after a form of "to be" ("The explosion was *a criminal act*", fr "est *un acte
/// criminel*"), or an adjective of `DELIBERATE_ADJECTIVES` right after one ("was
/// *deliberate*", the arson class, as "started deliberately"); not negated ("was not a
/// criminal act"). The class and the code point range; `None` for none.
pub(super) fn act_told(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    (1..toks.len()).find_map(|k| {
        if DELIBERATE_ADJECTIVES.contains(&toks[k].norm.as_str()) {
            let from = after_copula(toks, k).filter(|&f| f == k)?;
            return Some((ARSON, (toks[from].start, toks[k].end)));
        }
        let (class, len) = cause_in(p, k)?;
        if class != CRIMINAL_ACT && class != BOMB {
            return None;
        }
        let from = after_copula(toks, k)?;
        Some((class, (toks[from].start, toks[k + len - 1].end)))
    })
}
