//! Hundreds and thousands written in words in other languages than English (trial 58 M9:
//! "circa tremila tonnellate", "près de trois mille tonnes", "tres mil toneladas",
//! "dreitausend Tonnen" were read as no figure, so "2.100 tonnellate" / "circa tremila
//! tonnellate" got no number flag): a number word and a word of a hundred or a thousand
//! after it are one figure, read at that word ([`multiplied`]); a number word glued to
//! one is one word's figure ([`glued`]: "tremila", "trecento", "drieduizend").

use crate::matcher::features::Prepared;
use crate::matcher::language::Language;
use crate::matcher::lexicon::hundreds::{foreign_unit, scale_word, GLUED_SCALES};
use crate::matcher::lexicon::{cardinal, cardinal_any};

/// The figure a word of a hundred or a thousand at token `i` of `p` ends
/// (`lexicon::hundreds::scale_word`, of the sentence's language `guessed`): the number
/// before it times its value ("trois mille" 3,000, "tres mil" 3,000, "trois cent mille"
/// 300,000, "quarante-sept mille" 47,000), with the index of the token its words start
/// at; `None` when the token before is no number word of these languages (a figure in
/// digits, "three cents", "per cent").
pub(super) fn multiplied(
    p: &Prepared,
    i: usize,
    guessed: Option<Language>,
) -> Option<(f64, usize)> {
    let scale = scale_word(&p.tokens.get(i)?.norm, guessed)?;
    let (v, start) = group_before(p, i.checked_sub(1)?, guessed)?;
    let top = if scale >= 1000.0 { 1000.0 } else { 100.0 };
    (v >= 1.0 && v < top && v.fract() == 0.0).then_some((v * scale, start))
}

/// Whether the figure of [`multiplied`] at token `i` goes on to a larger word after it
/// ("cent" in "trois cent mille"): then `i` is no figure of its own.
pub(super) fn goes_on(p: &Prepared, i: usize, guessed: Option<Language>) -> bool {
    multiplied(p, i + 1, guessed).is_some()
}

/// The number the words ending at token `k` tell, before a word of a hundred or a
/// thousand: another such figure ("trois cent" before "mille"), a compound ("quarante-
/// sept"), or a number word of these languages that is no English word (a word of the
/// sentence's language, or of any when the language is not told).
fn group_before(p: &Prepared, k: usize, guessed: Option<Language>) -> Option<(f64, usize)> {
    let t = p.tokens.get(k)?;
    // The tokeniser reads "trois" and "drei" as the figure "3": their words are read.
    let text = crate::matcher::flags::surface(p, t.start, t.end).to_lowercase();
    if !text.starts_with(char::is_alphabetic) {
        return None;
    }
    if let Some(g) = multiplied(p, k, guessed).or_else(|| super::compound::whole(p, k)) {
        return Some(g);
    }
    let w = text.as_str();
    let v = foreign_unit(w)
        .or_else(|| match guessed {
            None => cardinal_any(w),
            Some(_) => cardinal(w, guessed),
        })
        .or_else(|| super::compound::one_word(w))?;
    Some((v, k))
}

/// The value of a one-word number that glues a number word to a word of a hundred or a
/// thousand (`lexicon::hundreds::GLUED_SCALES`): Italian "tremila" 3,000, "duecento"
/// 200, "ventimila" 20,000, "centomila" 100,000; German "dreitausend", "zweihundert";
/// Dutch "drieduizend", "tweehonderd"; `None` for any other word ("Jahrhundert",
/// "accento").
pub(super) fn glued(norm: &str) -> Option<f64> {
    GLUED_SCALES.iter().find_map(|&(suffix, scale)| {
        let head = norm.strip_suffix(suffix).filter(|h| !h.is_empty())?;
        let v = head_value(head)?;
        let top = if scale >= 1000.0 { 1000.0 } else { 100.0 };
        (v >= 1.0 && v < top && v.fract() == 0.0).then_some(v * scale)
    })
}

/// Whether `norm` ends with a word of [`GLUED_SCALES`] after at least two letters (the
/// shape of a [`glued`] word, asked before it).
pub(super) fn glued_shaped(norm: &str) -> bool {
    GLUED_SCALES
        .iter()
        .any(|(s, _)| norm.len() > s.len() + 1 && norm.ends_with(s))
}

/// The number a head glued before a word of a hundred or a thousand tells: a number word
/// ("tre", "drei", "drie", "venti"), a compound ("ventitre"), a hundred ("cento",
/// "hundert", "honderd"), or a glued hundreds ("duecento" in "duecentomila").
fn head_value(head: &str) -> Option<f64> {
    if matches!(head, "cento" | "hundert" | "honderd" | "ein" | "een") {
        return Some(if head.starts_with('e') { 1.0 } else { 100.0 });
    }
    foreign_unit(head)
        .or_else(|| cardinal_any(head))
        .or_else(|| super::compound::one_word(head))
}
