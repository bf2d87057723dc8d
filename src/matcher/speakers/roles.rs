//! Roles as speakers, without a name: "The mayor said", "..., the harbour master said",
//! "..., said the harbour master." (`sources.rs` tells a role from a name).

use super::find::char_before;
use crate::matcher::features::Prepared;
use crate::matcher::flags::joins_name;
use crate::matcher::lexicon::genitives::role_genitive;
use crate::matcher::text::{Kind, Token};

/// A word before a role: an article or a possessive ("the mayor", "her agent", "his
/// lawyer"): "her agent said" and "her husband said" name two roles.
pub(super) fn is_det(norm: &str) -> bool {
    matches!(norm, "the" | "a" | "an" | "his" | "her" | "their" | "its")
}

/// A lower-case content word that can be part of a role ("harbour master", "police chief").
pub(super) fn role_word(t: &Token) -> bool {
    t.kind == Kind::Word && !t.stop && !t.proper
}

/// A role after "said the": one to three role words that end the clause (followed by
/// nothing, a comma or full stop, or a time), e.g. "..., said the harbour
/// master.", "..., said the mayor on Monday".
pub(super) fn role_after(
    p: &Prepared,
    toks: &[Token],
    from: usize,
) -> Option<((usize, usize), u64)> {
    // A time after the role is no word of it ("disse o prefeito na segunda-feira").
    let mut e = from;
    while e < toks.len()
        && e < from + 3
        && role_word(&toks[e])
        && (e == from || super::find::past_time(toks, e) == e)
    {
        e += 1;
    }
    if e == from {
        return None;
    }
    // "disse o advogado de Almeida à saída do tribunal", "ha detto l'avvocato di Rossi.":
    // whose role it is, a genitive of another language and a name that ends the clause
    // (`clause_end::name_ends_clause`), is part of the role (English "of" not: "said the
    // mayor of New York City" cannot be told from a place, `described.rs`).
    if let Some(last) = owner_after(p, toks, e) {
        return Some(((toks[from].start, toks[last].end), toks[e - 1].stem));
    }
    // "..., said the harbour master on Monday", "..., said the mayor Monday": a time may
    // follow (`find::past_time`; not a place: "the mayor of Rotterdam" names no one).
    let ends = match toks.get(e) {
        None => true,
        Some(next) => {
            matches!(char_before(p, next.start), Some(',' | '.' | ';'))
                || super::find::past_time(toks, e) > e
                || super::clause_end::separable_end(p, toks, e)
        }
    };
    if !ends {
        return None;
    }
    Some(((toks[from].start, toks[e - 1].end), toks[e - 1].stem))
}

/// The last token of whose a role is, right after its role words at token `at`: a
/// genitive of another language than English (`lexicon::genitives::role_genitive`, not
/// "of"), maybe an article, then one to three capitalised words joined as a name's that
/// end the clause ("de Almeida", "di Rossi", "del señor García"); `None` otherwise.
fn owner_after(p: &Prepared, toks: &[Token], at: usize) -> Option<usize> {
    let genitive = toks.get(at)?;
    if genitive.norm == "of" || !role_genitive(&genitive.norm) {
        return None;
    }
    let mut s = at + 1;
    s += usize::from(
        toks.get(s)
            .is_some_and(|t| super::foreign::is_foreign_det(&t.norm)),
    );
    let chars = crate::matcher::flags::chars_of(p);
    let name = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.proper && t.kind == Kind::Word)
    };
    if !name(s) {
        return common_owner(p, toks, s);
    }
    let mut e = s;
    while e + 1 < toks.len()
        && e < s + 2
        && name(e + 1)
        && joins_name(chars.get(toks[e].end..toks[e + 1].start).unwrap_or(&[]))
    {
        e += 1;
    }
    super::clause_end::name_ends_clause(p, toks, e).then_some(e)
}

/// The last token of a body named by a common noun that owns a role, from token `s`
/// right after the genitive and its article: one or two lower-case role words that end
/// the clause ("a déclaré la porte-parole *du collectif*", "afirmou o comandante *dos
/// bombeiros*", "afirmou o presidente *da câmara*"; trial 42 D1). `None` when more follows.
fn common_owner(p: &Prepared, toks: &[Token], s: usize) -> Option<usize> {
    let mut e = s;
    while e < toks.len() && e < s + 2 && role_word(&toks[e]) {
        e += 1;
    }
    if e == s {
        return None;
    }
    let ends = match toks.get(e) {
        None => true,
        Some(next) => matches!(char_before(p, next.start), Some(',' | '.' | ';')),
    };
    ends.then_some(e - 1)
}

/// A role before the speech verb at `verb`: "The mayor said", "..., the harbour master
/// said": a determiner at the start of the sentence or after a comma or quotation mark,
/// then one to three role words; or, with no determiner, words of a group of unnamed
/// sources right after a comma or a quotation mark ("…, residents said").
pub(super) fn role_before(
    p: &Prepared,
    toks: &[Token],
    verb: usize,
) -> Option<((usize, usize), u64)> {
    // "El alcalde dijo", "Le maire a dit": a foreign speech verb (after its auxiliary),
    // its role after a foreign article.
    // "Le préfet a fait savoir": a verb of two words, with its auxiliary.
    let spoken = super::foreign::is_foreign_speech(&toks[verb].norm);
    let first = super::find::verb_first(toks, verb, spoken);
    let foreign = spoken || first < verb;
    let verb = first;
    let mut s = verb;
    while s > 0 && verb - s < 3 && role_word(&toks[s - 1]) {
        s -= 1;
    }
    if s == verb || s == 0 {
        return None;
    }
    let det = &toks[s - 1];
    // "su abogado dijo", "son avocat a déclaré": a possessive one too (trial 43 D).
    let foreign_det = |d: &str| {
        super::foreign::is_foreign_det(d)
            || super::foreign::is_foreign_indefinite(d)
            || super::foreign::is_foreign_possessive(d)
    };
    // "\"…,\" residents said", "…, police said": a group of unnamed sources needs no
    // article (`groups.rs`), right after a comma or a quotation mark.
    let group = toks[s..verb]
        .iter()
        .rposition(|t| !super::groups::is_group_word(t))
        .map_or(s, |k| s + k + 1);
    let bare_group = group < verb
        && matches!(
            char_before(p, toks[group].start),
            Some(',' | '"' | '\u{201d}' | '\u{201c}')
        );
    if bare_group {
        return Some(((toks[group].start, toks[verb - 1].end), toks[verb - 1].stem));
    }
    if !(is_det(&det.norm) || foreign && foreign_det(&det.norm)) {
        return None;
    }
    let starts = s - 1 == 0
        || matches!(
            char_before(p, det.start),
            Some(',' | '"' | '\u{201d}' | '\u{201c}' | ':' | ';')
        );
    if !starts {
        return None;
    }
    Some(((toks[s].start, toks[verb - 1].end), toks[verb - 1].stem))
}
