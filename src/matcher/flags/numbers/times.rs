//! How many times a thing happened, told without a figure and a noun of times (trial 31
//! F20): English "once", "twice", "thrice", German "einmal", "zweimal", "dreimal", and an
//! article before a word of times ("une fois", "una vez", "uma vez", "una volta", "ein
//! Mal"). Each counts times as "three times", "trois fois", "drei Mal" do (the group of
//! times of `nouns::group_of`), so "stabbed twice" / "stabbed three times" differ and
//! "twice" / "two times" agree.

use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::flags::figures::{quantifier_start, unit_key};
use crate::matcher::flags::surface;
use crate::matcher::language::Language;
use crate::matcher::lexicon::{cardinal, lex, one_article};

/// The key of a count of times: the group of "times", "fois", "veces", "Mal"
/// (`nouns::group_of`).
pub(super) fn times_key() -> u64 {
    unit_key("group times")
}

/// Words before German "einmal" that make it no count ("noch einmal": again, "nicht
/// einmal": not even, "auf einmal": suddenly, "erst einmal": first of all, "schon
/// einmal": ever).
const EINMAL_IDIOMS: &[&str] = &[
    "noch", "nicht", "auf", "erst", "schon", "wieder", "gleich", "endlich", "mal", "kein",
];

/// The value of German "zweimal", "dreimal", "zwölfmal" at token `i` of `p` (a number
/// word glued to "mal"), and of "einmal" but in an idiom ([`EINMAL_IDIOMS`]); `None` for
/// any other token ("manchmal", "diesmal", "nochmal").
pub(super) fn german_times(p: &Prepared, i: usize) -> Option<f64> {
    let t = p.tokens.get(i)?;
    let stem = t.norm.strip_suffix("mal")?;
    let idiom = |k: usize| {
        k.checked_sub(1)
            .and_then(|b| p.tokens.get(b))
            .is_some_and(|b| EINMAL_IDIOMS.contains(&b.norm.as_str()))
    };
    let v = match stem {
        "ein" if !idiom(i) => 1.0,
        "ein" | "" => return None,
        s => cardinal(s, Some(Language::German)).or(lex(s).unit)?,
    };
    (v >= 1.0 && v.fract() == 0.0).then_some(v)
}

/// Words after "twice" or "thrice" that make it a multiple, no count of times ("twice as
/// many", "twice the size", "twice a year").
const MULTIPLE_AFTER: &[&str] = &[
    "as", "the", "that", "what", "a", "an", "its", "his", "her", "their", "more", "less", "per",
];

/// Words before "once" that make it a count ("at least once", "more than once", "only
/// once"), besides a verb in "-ed" ("stabbed once").
const ONCE_AFTER: &[&str] = &[
    "least", "than", "only", "just", "shot", "hit", "struck", "won",
];

/// Whether the figure at token `i` of `p` is a count of times of its own ("stabbed twice",
/// "zweimal", "shot once"): "twice" and "thrice" but as a multiple ([`MULTIPLE_AFTER`]),
/// "once" after a verb in "-ed" or a word of [`ONCE_AFTER`] (not "once the fire was out",
/// "at once", "once again"; nor Spanish "once", eleven, in a sentence of `guessed`
/// Spanish), a German count glued to "mal" ([`german_times`]).
pub(super) fn told_times(p: &Prepared, i: usize, guessed: Option<Language>) -> bool {
    let toks = &p.tokens;
    let Some(t) = toks.get(i) else {
        return false;
    };
    let next = toks.get(i + 1).map(|n| n.norm.as_str());
    let before = i.checked_sub(1).map(|k| toks[k].norm.as_str());
    // The tokeniser reads "twice" as the figure 2: its words are the text's.
    match surface(p, t.start, t.end).to_lowercase().as_str() {
        "twice" | "thrice" => !next.is_some_and(|n| MULTIPLE_AFTER.contains(&n)),
        "once" if guessed != Some(Language::Spanish) => {
            let counted = before
                .is_some_and(|b| (b.len() > 3 && b.ends_with("ed")) || ONCE_AFTER.contains(&b));
            counted && !next.is_some_and(|n| matches!(n, "again" | "more" | "upon"))
        }
        _ => german_times(p, i).is_some(),
    }
}

/// Words of one time after an article ("une fois", "una vez", "uma vez", "una volta",
/// "ein Mal").
const ONE_TIME: &[&str] = &["fois", "vez", "volta", "mal"];

/// Words before an article and a word of one time that make them an idiom ("encore une
/// fois": once more, "ancora una volta", "mais uma vez", "otra vez", "de una vez": at
/// once, "il était une fois": once upon a time, "noch ein Mal").
const ONE_TIME_IDIOMS_BEFORE: &[&str] = &[
    "encore", "ancora", "mais", "noch", "de", "à", "a", "por", "per", "pour", "cada", "chaque",
    "ogni", "était", "c'était", "toda", "tutto",
];

/// Words after a word of one time that make it an idiom ("une fois que": once, "una vez
/// más": once more, "une fois de plus", "una volta per tutte", "uma vez que": since).
const ONE_TIME_IDIOMS_AFTER: &[&str] = &[
    "que", "qu", "che", "dass", "más", "mais", "più", "mehr", "de", "per", "pour", "por", "encore",
    "ancora", "plus",
];

/// The count of one time told by the article at token `i` of `p` (a sentence of language
/// `guessed`): "une fois", "una vez", "uma vez", "una volta", "ein Mal" ([`ONE_TIME`]),
/// with its bound and range (code points, from the article to the word of times); `None`
/// for any other token, for English "a" and for an idiom ("encore une fois", "una vez
/// que", "de una vez").
pub(super) fn one_time(p: &Prepared, i: usize, guessed: Option<Language>) -> Option<NumSlot> {
    let toks = &p.tokens;
    let (article, word) = (toks.get(i)?, toks.get(i + 1)?);
    if !one_article(&article.norm, guessed)
        || matches!(article.norm.as_str(), "a" | "an")
        || !ONE_TIME.contains(&word.norm.as_str())
    {
        return None;
    }
    let before = i.checked_sub(1).map(|k| toks[k].norm.as_str());
    let after = toks.get(i + 2).map(|n| n.norm.as_str());
    if before.is_some_and(|b| ONE_TIME_IDIOMS_BEFORE.contains(&b))
        || after.is_some_and(|a| ONE_TIME_IDIOMS_AFTER.contains(&a))
    {
        return None;
    }
    let range = (quantifier_start(toks, i), word.end);
    Some(NumSlot {
        noun: Some(times_key()),
        bound: bound_before(toks, i).0,
        ..NumSlot::new(1f64.to_bits(), Role::Count, i, range)
    })
}
