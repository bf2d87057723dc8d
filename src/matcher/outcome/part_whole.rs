//! A word of a fate that names the whole a part is of (trial 46 F4): "Three of the
//! injured were in serious condition", "Drei der Verletzten", "trois des blessés", "tres
//! de los heridos", "tre dei feriti", "três dos feridos", "drie van de gewonden". The word
//! tells whom the part is of, not what befell anyone in the sentence: against "killed
//! three workers" it is no outcome told otherwise (the injured and the dead are two
//! groups).

use super::index_of;
use crate::matcher::lexicon::cardinal_any;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{phrase_before, Kind, Token};

/// Words between a part's figure and the whole's word ("of the", "der", "de los").
const PARTITIVE: &[&[&str]] = &[
    &["of", "the"],
    &["of", "those"],
    &["der"],
    &["des"],
    &["de", "los"],
    &["de", "las"],
    &["dei"],
    &["degli"],
    &["delle"],
    &["dos"],
    &["das"],
    &["van", "de"],
];

/// Whether token `t` of `p` is the whole of a part told right before it: a figure (or a
/// number word, "some", "most", "many") and a phrase of [`PARTITIVE`] ("Three of the
/// injured").
pub(super) fn names_a_whole(p: &Prepared, t: &Token) -> bool {
    let toks = &p.tokens;
    let Some(i) = index_of(toks, t) else {
        return false;
    };
    let figure = |k: usize| {
        toks.get(k).is_some_and(|x| {
            matches!(x.kind, Kind::Number(_) | Kind::Vague)
                || cardinal_any(&x.norm).is_some()
                || ["some", "most", "many", "several", "one"].contains(&x.norm.as_str())
        })
    };
    PARTITIVE.iter().any(|words| {
        let n = words.len();
        i > n && phrase_before(toks, i, words) && figure(i - n - 1)
    })
}
