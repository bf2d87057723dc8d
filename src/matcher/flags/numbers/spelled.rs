//! Number words as the number flags read them: a number word of the sentence's language
//! is a figure, one that is another word there is none ([`read_kind`]).

use crate::matcher::features::Prepared;
use crate::matcher::language::Language;
use crate::matcher::text::Kind;

/// The kind of token `i` of `p` as a count, in a sentence of language `guessed`: a number
/// word of that language (`lexicon::cardinal`: "tres" in Spanish, "cuatro" anywhere) is a
/// number. No number ([`Kind::Word`]): a number word before a multiplier ("tres mil",
/// "trois cents", `lexicon::MULTIPLIERS`: the sum is not read), a German number word with
/// a capital inside the sentence (a noun: "die Acht" is attention, "die Elf" a team),
/// French "neuf" but before a noun after a small word ("neuf ouvriers", "les neuf
/// ouvriers"; "un vélo neuf" is new).
pub(super) fn read_kind(p: &Prepared, i: usize, guessed: Option<Language>) -> Kind {
    use crate::matcher::lexicon::{cardinal, MULTIPLIERS};
    let toks = &p.tokens;
    let t = &toks[i];
    let word = t.norm.starts_with(char::is_alphabetic);
    let kind = match t.kind {
        Kind::Word if word => match cardinal(&t.norm, guessed) {
            Some(v) => Kind::Number(v),
            None => return t.kind,
        },
        Kind::Number(_) if word => t.kind,
        k => return k,
    };
    let next = toks.get(i + 1);
    let capital_inside = guessed == Some(Language::German) && t.capital && i > 0;
    // "neuf" is "new" after its noun ("un vélo neuf", "Pont Neuf"): a number at the
    // start of a sentence or after a small word ("les neuf ouvriers"), before a noun.
    const BEFORE_NEUF: &[&str] = &[
        "les", "des", "ces", "ses", "leurs", "nos", "aux", "et", "à", "de", "sur", "pour", "par",
        "environ", "dont", "avec", "ou", "entre", "plus", "moins",
    ];
    let noun_after = next.is_some_and(|n| n.kind == Kind::Word && !n.capital);
    let small_before = i == 0 || BEFORE_NEUF.contains(&toks[i - 1].norm.as_str());
    let neuf = t.norm == "neuf" && !(noun_after && small_before);
    if next.is_some_and(|n| MULTIPLIERS.contains(&n.norm.as_str())) || capital_inside || neuf {
        return Kind::Word;
    }
    kind
}
