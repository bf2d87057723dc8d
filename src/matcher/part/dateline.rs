//! A wire dateline opening a sentence ("MADRID (AP) — ", "SEVILLE, Spain (Reuters) - ",
//! "SEVILLA, 1 Dic. (EFE).- ", "(Reuters) - "): page furniture, not the claim, so the
//! span an accepted suggestion makes starts after it (trial 34, F10.1: "MADRID (AP) — A
//! former director …" was the new span). Positions are code points.

/// How far into a sentence the parenthesis of a dateline may open, in code points
/// ("RIO DE JANEIRO, 12 de fevereiro (Reuters)").
const MAX_HEAD: usize = 48;

/// The longest agency's name in the parentheses, in code points ("Agence France-Presse").
const MAX_NAME: usize = 40;

/// Where the text after a wire dateline opening `sentence` starts: a place whose first
/// word is written in capitals ("MADRID", "SEVILLE, Spain", "SEVILLA, 1 Dic."; its other
/// words capitalised, figures or short words such as "de", "dic."), or none, then a name
/// in parentheses starting with a capital ("(AP)", "(EFE)", "(dpa)" too), an optional
/// full stop and a dash (`-`, `–`, `—`, `.-`), and the spaces after it. `None` when the
/// sentence opens with no such dateline.
pub(super) fn dateline_end(sentence: &[char]) -> Option<usize> {
    let start = sentence.iter().position(|c| !c.is_whitespace())?;
    let open = start
        + sentence[start..]
            .iter()
            .take(MAX_HEAD)
            .position(|&c| c == '(')?;
    let close = open
        + sentence[open..]
            .iter()
            .take(MAX_NAME + 2)
            .position(|&c| c == ')')?;
    let head: String = sentence[start..open].iter().collect();
    if !place_ok(&head) {
        return None;
    }
    let name: String = sentence[open + 1..close].iter().collect();
    let name = name.trim();
    if !name.chars().next().is_some_and(char::is_alphabetic) || name.contains(['(', '"']) {
        return None;
    }
    let mut k = close + 1;
    if sentence.get(k) == Some(&'.') {
        k += 1;
    }
    while sentence.get(k).is_some_and(|c| *c == ' ') {
        k += 1;
    }
    let dash = |c: &char| matches!(c, '-' | '\u{2012}'..='\u{2015}');
    if !sentence.get(k).is_some_and(dash) {
        return None;
    }
    while sentence.get(k).is_some_and(dash) {
        k += 1;
    }
    while sentence.get(k).is_some_and(|c| c.is_whitespace()) {
        k += 1;
    }
    (k < sentence.len()).then_some(k)
}

/// Whether `head` (the text before the parenthesis) is a dateline's place and date: empty,
/// or a first word in capitals of two letters or more and other words that are
/// capitalised, figures, short ("de", "dic.") or a month ("5 dicembre"), with no mark of a
/// sentence.
fn place_ok(head: &str) -> bool {
    let head = head.trim();
    let mut words = head.split_whitespace();
    let Some(first) = words.next() else {
        return true;
    };
    let first = first.trim_end_matches([',', '.']);
    let capitals = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
    let word_ok = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || w.chars().count() <= 4
            || crate::matcher::month_number(w.trim_end_matches([',', '.'])).is_some()
    };
    capitals
        && words.all(word_ok)
        && !head.contains([
            '!', '?', ';', ':', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}',
        ])
}
