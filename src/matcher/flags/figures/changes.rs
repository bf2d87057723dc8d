//! Figures that tell a change: "rose from 10 to 20" (the figure after "from" is the earlier
//! one, the last the one now), "20, up from 10", "down $1.85" (the size of a change), and
//! changes told in other languages than English (trial 31 F10): "stieg von 10 auf 15",
//! "subiu de 10 para 15", "est passé de 10 à 15 morts".

use super::{figure, surface};
use crate::matcher::features::Prepared;
use crate::matcher::language::Language;
use crate::matcher::lexicon::changes;
use crate::matcher::text::{Kind, Token};

/// The words of "from" and "to" of a change in other languages ("stieg von 10 auf 15",
/// "subiu de 10 para 15", "est passé de 10 à 15", "subió de 10 a 15", "è salito da 10 a
/// 15", "steeg van 10 naar 15"), and whether the pair tells a change alone ("von ... auf":
/// "von 10 bis 15" is a range) or only with a verb of a change before it or after the
/// figure now ("de 10 à 15 morts" is a range too).
const FOREIGN_CHANGES: &[(&str, &str, bool)] = &[
    ("von", "auf", true),
    ("de", "para", true),
    ("van", "naar", true),
    ("de", "à", false),
    ("de", "a", false),
    ("da", "a", false),
];

/// The token of the figure now of a change told in another language than English whose
/// earlier figure is token `i` of `p` ([`FOREIGN_CHANGES`]: "von 10 auf 15": 15), `None`
/// for any other figure (trial 31 F10). The verbs of a change are [`change_word`]'s and
/// the lexicon's verbs of change of every language (`lexicon::changes`: "stieg", "subiu",
/// "passé", "ist ... gestiegen", "est tombé").
fn foreign_change(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let from = toks.get(i.checked_sub(1)?)?;
    let to = toks.get(i + 1)?;
    let &(_, _, alone) = FOREIGN_CHANGES
        .iter()
        .find(|(f, t, _)| from.norm == *f && to.norm == *t)?;
    let now = i + 2;
    figure(toks, now)?;
    let verb = |t: &Token| change_word(&t.norm) || changes::changed(&t.norm);
    let before = toks[i.saturating_sub(4)..i - 1].iter().any(verb);
    let after = toks.iter().skip(now + 1).take(3).any(verb);
    (alone || before || after).then_some(now)
}

/// Words that tell a change of a figure besides the lexicon's English verbs of change
/// (`lexicon::changes`: "rose", "fell", "climbing"): verbs that change a figure as their
/// object ("was cut from", "raised", "doubled", "revised"), either way ("edged",
/// "changed"), and the words of "went up from", "20, up from 10". The figure after "from"
/// is the earlier one, the last figure the one now.
const CHANGE_WORDS: &[&str] = &[
    "doubled",
    "tripled",
    "halved",
    "raised",
    "cut",
    "reduced",
    "lowered",
    "boosted",
    "revised",
    "upgraded",
    "downgraded",
    "edged",
    "inched",
    "went",
    "gone",
    "going",
    "go",
    "goes",
    "up",
    "down",
    "changed",
];

/// Whether `w` (normalised) is a word of change: an English verb of change of the lexicon
/// (`lexicon::changes`: "rose", "fell", "dropped") or one of [`CHANGE_WORDS`] ("went up",
/// "was cut").
pub(in crate::matcher::flags) fn change_word(w: &str) -> bool {
    changes::change_verb(w, Some(Language::English)).is_some() || CHANGE_WORDS.contains(&w)
}

/// Whether a change word ([`change_word`]) stands among the three words before token `k`,
/// in its clause (no comma or other figure between).
pub(in crate::matcher::flags) fn change_before(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    let mut j = k;
    while j > 0 && k - j < 3 {
        let gap = surface(p, toks[j - 1].end, toks[j].start);
        if gap.contains([',', ';', ':', '(', ')']) || toks[j - 1].kind != Kind::Word {
            return false;
        }
        j -= 1;
        if change_word(&toks[j].norm) {
            return true;
        }
    }
    false
}

/// Words right before a figure that make it the size of a change ("down $1.85", "gained
/// 82 cents"), besides the words of change ([`change_word`]).
const CHANGE_AMOUNT: &[&str] = &[
    "lost",
    "gained",
    "gaining",
    "losing",
    "shed",
    "added",
    "off",
    "by",
    "decreasing",
    "increasing",
];

/// What a sum of money at token `i` is to a change, from the word right before it: the
/// size of a change ("down $1.85", "rose $2.88"), the level reached ("at $8.07", "to
/// $46.50"), or neither (`None`). A change's size and a level are two facts.
pub(in crate::matcher::flags) fn change_part(p: &Prepared, i: usize) -> Option<&'static str> {
    let before = p.tokens.get(i.checked_sub(1)?)?.norm.as_str();
    if change_word(before) || CHANGE_AMOUNT.contains(&before) {
        Some("change")
    } else if matches!(before, "at" | "to") {
        Some("level")
    } else {
        None
    }
}

/// Whether token `i` is the earlier figure of a change: a figure after "from" with a change
/// word before ("rose from 10 to 20", "is up from 10") or after a figure with "to" ("rose
/// to 20 from 10", "taking its yield to 4.20 percent from 4.18") or with the unit of
/// both ("a yield of 4.26 percent from 4.23 percent"). `Some(now)` then, with `now` the token of the figure now when the sentence
/// gives it ("20"), `None` when `i` is no such figure.
pub(in crate::matcher::flags) fn change_earlier(p: &Prepared, i: usize) -> Option<Option<usize>> {
    let toks = &p.tokens;
    figure(toks, i)?;
    let words = |r: std::ops::Range<usize>| toks[r].iter().all(|t| t.kind == Kind::Word);
    if let Some(now) = foreign_change(p, i) {
        return Some(Some(now));
    }
    if i < 2 || toks[i - 1].norm != "from" {
        return None;
    }
    if change_before(p, i - 1) {
        // "from 10 to 20", "from 10 people to 20".
        let now = (i + 1..=i + 3)
            .find(|&j| j + 1 < toks.len() && toks[j].norm == "to" && words(i + 1..j))
            .map(|j| j + 1)
            .filter(|&k| figure(toks, k).is_some());
        return Some(now);
    }
    // "to 20 from 10", "to 25 cents a share from 12 cents": no range is said this way
    // round, so no change word is needed ("taking its yield to 4.20 percent from 4.18").
    (i.saturating_sub(5)..i - 1)
        .rev()
        .find(|&k| {
            k >= 1 && figure(toks, k).is_some() && toks[k - 1].norm == "to" && words(k + 1..i - 1)
        })
        .map(Some)
        .or_else(|| {
            // "4.26 percent from 4.23 percent": one unit of both figures.
            let unit = |k: usize| {
                let t = toks.get(k).filter(|t| t.kind == Kind::Word && !t.stop);
                t.map(|t| t.norm.as_str())
            };
            let same = i >= 3 && figure(toks, i - 3).is_some() && unit(i - 2).is_some();
            // `then`, not `then_some`: `i - 3` is only computed when `i >= 3`.
            (same && unit(i - 2) == unit(i + 1)).then(|| Some(i - 3))
        })
}

/// The token a change's text starts at when token `i` is its figure now after "from ...
/// to" ("from" in "rose from 10 to 20"), else `i`.
pub(in crate::matcher::flags) fn change_start(p: &Prepared, i: usize) -> usize {
    (i.saturating_sub(4)..i)
        .find(|&k| k > 0 && change_earlier(p, k) == Some(Some(i)) && k < i)
        .map_or(i, |k| k - 1)
}
