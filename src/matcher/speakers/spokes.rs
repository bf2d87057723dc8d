//! Spokespeople of bodies, for the speaker flag (trial 29, F6): a spokesperson speaks for
//! the one body whose spokesperson they are, so "said police spokesman Ajay Kumar" / "an
//! army spokesman said" and "sagte ein Polizeisprecher" / "sagte ein Feuerwehrsprecher"
//! credit one statement to two bodies, even two bodies of one state, which may otherwise
//! speak for each other (`bodies.rs`); "a police spokesman said" / "police said" credit
//! one. The body is the known one (`known_sources.rs`) named right before the word
//! ("police spokesman", "a fire brigade spokesman"), after it with a preposition ("a
//! spokesman for the army", "le porte-parole de la police"), or as the first part of a
//! German compound ("Polizeisprecher", "Regierungssprecherin").

use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};

/// Words of a spokesperson, lower case, one token each.
const SPOKES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "spokespeople",
    "sprecher",
    "sprecherin",
    "portavoz",
    "portavoce",
    "woordvoerder",
];

/// Words of a spokesperson written as two tokens joined by a hyphen ("porte-parole",
/// "porta-voz").
const SPOKES_PAIRS: &[(&str, &str)] = &[("porte", "parole"), ("porta", "voz")];

/// Ends of German compounds of a spokesperson ("Polizeisprecher", "Feuerwehrsprecherin"),
/// the longest first.
const SPOKES_ENDS: &[&str] = &["sprecherin", "sprechers", "sprecher"];

/// Prepositions (and articles after them) between a spokesperson and the body it speaks
/// for ("a spokesman for the army", "le porte-parole de la police", "der Sprecher der
/// Polizei").
const FOR: &[&str] = &[
    "for", "of", "de", "del", "della", "dello", "delle", "dei", "degli", "di", "da", "do", "dos",
    "das", "der", "des", "du", "the", "la", "le", "l", "el", "il", "lo", "los", "las", "o", "a",
    "os", "as",
];

/// The end (exclusive) of a spokesperson's word starting at token `k`, if one starts there.
pub(in crate::matcher::speakers) fn spokes_at(toks: &[Token], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if SPOKES.contains(&t.norm.as_str()) {
        return Some(k + 1);
    }
    let next = toks.get(k + 1)?;
    SPOKES_PAIRS
        .iter()
        .any(|(x, y)| t.norm == *x && next.norm == *y)
        .then_some(k + 2)
}

/// The first part of a German compound of a spokesperson, lower case without its linking
/// "s" ("polizeisprecher": "polizei", "regierungssprecherin": "regierung"), if `word`
/// (lower case, diacritics folded) is one.
pub(in crate::matcher::speakers) fn compound_body(word: &str) -> Option<&str> {
    let end = SPOKES_ENDS.iter().find(|e| word.ends_with(*e))?;
    let first = &word[..word.len() - end.len()];
    let first = match first.strip_suffix('s') {
        Some(stem) if stem.ends_with("ung") || stem.ends_with("amt") => stem,
        _ => first,
    };
    (first.chars().count() >= 3).then_some(first)
}

/// Whether the body named by tokens `[s, e)` of `p` is named as the body of a
/// spokesperson: a spokesperson's word right after it ("police spokesman"), a compound
/// ([`compound_body`]: "Polizeisprecher"), or a spokesperson's word before it with a
/// preposition and an article between ([`FOR`]: "a spokesman for the army").
pub(super) fn speaks_for(p: &Prepared, (s, e): (usize, usize)) -> bool {
    let toks = &p.tokens;
    if spokes_at(toks, e).is_some() {
        return true;
    }
    let folded = |t: &Token| crate::matcher::flags::fold_diacritics(&t.norm).into_owned();
    if e == s + 1 && compound_body(&folded(&toks[s])).is_some() {
        return true;
    }
    let mut k = s;
    while k > 0 && s - k < 2 && FOR.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
    }
    // "un portavoce dell'esercito": the preposition and article elided into the body's
    // own token, its text ("dell'esercito") and not its word.
    let elided = k == s && {
        let t = &toks[s];
        p.text
            .chars()
            .skip(t.start)
            .take(t.end - t.start)
            .any(|c| c == '\'' || c == '\u{2019}')
    };
    (k < s || elided) && (k.saturating_sub(2)..k).any(|j| spokes_at(toks, j) == Some(k))
}

/// Whether `norm` is a spokesperson's word of one token ([`SPOKES`]: "Sprecher",
/// "portavoz").
pub(in crate::matcher::speakers) fn is_spokes_word(norm: &str) -> bool {
    SPOKES.contains(&norm)
}

/// Whether `norm` is a preposition or an article between a spokesperson and the body it
/// speaks for ([`FOR`]: "der" of "Sprecher der Polizei").
pub(in crate::matcher::speakers) fn is_for_word(norm: &str) -> bool {
    FOR.contains(&norm)
}

/// The body a spokesperson who speaks at code points `r` of `p` speaks for, as lower-case
/// words without diacritics: the words joined right before the spokesperson's word ("a
/// *Lufthansa* spokeswoman", "eine *Lufthansa*-Sprecherin", "a *police* spokesman"), the
/// first part of a German compound ("*Polizei*sprecher"), or the words after it and a
/// preposition ("um porta-voz *da Marinha*", "a spokesman *for the army*"). Two
/// spokespeople speak for one body when these agree ("eine Lufthansa-Sprecherin" / "ein
/// Lufthansa-Sprecher"), for two when they differ ("eine Lufthansa-Sprecherin" / "ein
/// Polizeisprecher"; trial 43 D). `None` when no spokesperson's word is within `r` or no
/// body is written with it.
pub(in crate::matcher::speakers) fn spokes_body(p: &Prepared, r: (usize, usize)) -> Option<String> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let fold = |t: &Token| crate::matcher::flags::fold_diacritics(&t.norm).into_owned();
    let joined = |k: usize| {
        matches!(
            chars.get(toks[k - 1].end..toks[k].start),
            Some([' ']) | Some(['-'])
        )
    };
    // A word of the body's name: no stop word, speech word, article or possessive.
    let word = |k: usize| {
        let t = &toks[k];
        let norm = t.norm.as_str();
        t.kind == Kind::Word
            && !t.stop
            && !super::super::find::is_speech(p, k)
            && !super::super::foreign::is_foreign_det(norm)
            && !super::super::foreign::is_foreign_indefinite(norm)
            && !super::super::foreign::is_foreign_possessive(norm)
            && !FOR.contains(&norm)
    };
    let words = |from: usize, to: usize| {
        toks[from..to]
            .iter()
            .map(&fold)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let k = (0..toks.len()).find(|&k| {
        let t = &toks[k];
        t.start >= r.0
            && t.end <= r.1
            && (spokes_at(toks, k).is_some() || compound_body(&fold(t)).is_some())
    })?;
    let Some(end) = spokes_at(toks, k) else {
        let folded = fold(&toks[k]);
        return compound_body(&folded).map(|b| b.trim_end_matches('-').to_string());
    };
    let mut s = k;
    while s > 0 && k - s < 3 && word(s - 1) && joined(s) {
        s -= 1;
    }
    if s < k {
        return Some(words(s, k));
    }
    let mut j = end;
    while j < toks.len() && j < end + 2 && FOR.contains(&toks[j].norm.as_str()) {
        j += 1;
    }
    let mut e = j;
    while j > end && e < toks.len() && e < j + 3 && word(e) && (e == j || joined(e)) {
        e += 1;
    }
    (e > j).then(|| words(j, e))
}
