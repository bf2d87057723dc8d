//! A German or Dutch compound read by its head across languages (trial 57:
//! "Polizeisprecher" / "police spokesman", "Notarzthubschrauber" / "rescue helicopters",
//! "Busunternehmen" / "coach company", "Fernpassstraße" / "road over the Fern Pass"): a
//! compound is one word where English writes two, so its beginning alone named a concept
//! (police) or none did ("w:notarzthubschrauber", a word no other language writes).
//!
//! No dictionary tells where a compound's head starts: the head is the longest end of the
//! word, after a modifier of at least `lexicon::german::MIN_MODIFIER` letters, that a
//! group of the meanings across languages (`lexicon/meanings.rs`) or of
//! `lexicon/across_concepts.rs` writes with at most [`ENDING`] letters more (an ending:
//! "unternehm" + "en"; not "lung" of "Ermittlungen"). The modifier before the head is read
//! as a word of its own (its linking "s" dropped: "Rettungs-"), or as itself when no table
//! holds it and it is long enough ("Fernpass").

use super::{key, OWN_WORD_CHARS};
use crate::matcher::lexicon::german::MIN_MODIFIER;
use crate::matcher::lexicon::{across_concepts, meanings};

/// The fewest letters of a head of a word no table names ("Straße" of "Passstraße").
const MIN_HEAD: usize = 5;

/// The fewest letters of a head of a word whose beginning a table names already
/// ("Sprecher" of "Polizeisprecher"; not "Wagen" of "Krankenwagen").
const LONG_HEAD: usize = 8;

/// The most letters a head may have beyond the form of a table that writes it (a plural
/// or a case ending: "Unternehmen", "Hubschraubern").
const ENDING: usize = 3;

/// Adds to `out` the concepts of the head of the compound `plain` (lower case, without
/// diacritics) and of its modifier, if a table writes its head; `named` when the whole
/// word has concepts already (its head must then be long: [`LONG_HEAD`]).
pub(super) fn head_concepts(plain: &str, named: bool, out: &mut Vec<u64>) {
    let starts: Vec<usize> = plain.char_indices().map(|(i, _)| i).collect();
    let least = if named { LONG_HEAD } else { MIN_HEAD };
    let n = starts.len();
    if n < MIN_MODIFIER + least {
        return;
    }
    for &i in &starts[MIN_MODIFIER..=n - least] {
        let head = &plain[i..];
        let found = head_keys(head);
        if found.is_empty() {
            continue;
        }
        out.extend(found);
        let modifier = &plain[..i];
        let bare = modifier
            .strip_suffix('s')
            .filter(|m| !head_keys(m).is_empty());
        let modifier = bare.unwrap_or(modifier);
        let keys = head_keys(modifier);
        match keys.is_empty() {
            true if modifier.chars().count() >= OWN_WORD_CHARS => out.push(key("w", modifier)),
            true => {}
            false => out.extend(keys),
        }
        return;
    }
}

/// The keys of the groups that write the word `w` (lower case, without diacritics) with
/// at most [`ENDING`] letters beyond a form: the meanings across languages (as
/// `xling::concepts` keys them) and `lexicon/across_concepts.rs`.
fn head_keys(w: &str) -> Vec<u64> {
    let close = |form: &&str| match form.strip_suffix('$') {
        Some(whole) => w == whole,
        None => w.starts_with(form) && w.len() <= form.len() + ENDING,
    };
    let mut out = Vec::new();
    if let Some(i) = meanings::ACROSS.iter().position(|g| g.iter().any(close)) {
        out.push(key("c", &i.to_string()));
    }
    if let Some(i) = across_concepts::GROUPS
        .iter()
        .position(|g| g.iter().any(close))
    {
        out.push(key("x", &i.to_string()));
    }
    out
}
