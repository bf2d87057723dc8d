//! None known against a count (trial 42 B2): "Unfälle seien nicht bekannt" / "es habe
//! bereits zwei Unfälle gegeben", "No injuries are known" is read by the negation rule
//! itself ("no injuries" / "two injuries"), but a negation of "known" denies the knowing,
//! so the negation rule finds no negated word on the other side. The thing not known is
//! a word of the four before the negation in its clause ("Unfälle seien nicht bekannt",
//! "Slachtoffers zijn niet bekend") that the other side tells a count of ("zwei Unfälle"). Ranges are code points of each sentence's own text, as every flag.

use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Kind;

/// Words of knowing or reporting, which a negation before them denies ("not known",
/// "nicht bekannt", "pas connu", "no se conocen", "non noti", "não conhecidos", "niet
/// bekend").
const KNOWN: &[&str] = &[
    "known",
    "reported",
    "bekannt",
    "gemeldet",
    "connu",
    "connus",
    "connue",
    "connues",
    "signalé",
    "signalés",
    "conocido",
    "conocidos",
    "conocen",
    "constan",
    "noto",
    "noti",
    "nota",
    "note",
    "segnalati",
    "conhecido",
    "conhecidos",
    "conhecidas",
    "bekend",
];

/// Whether token `c` of `p` is a count above zero: a figure, or a number word of another
/// language than English that the tokeniser leaves a word ("twee slachtoffers", "drei
/// Verletzte": `lexicon::cardinal`, a word that is another word too read only in a
/// sentence of a language it is a number in).
fn counts(p: &Prepared, c: usize) -> bool {
    use crate::matcher::language::guess_sentence;
    use crate::matcher::lexicon::{cardinal, cardinal_any};
    let t = &p.tokens[c];
    match t.kind {
        Kind::Number(n) => n > 0.0,
        Kind::Word => {
            cardinal_any(&t.norm).is_some()
                && cardinal(&t.norm, None)
                    .or_else(|| cardinal(&t.norm, guess_sentence(&p.text)))
                    .is_some_and(|n| n > 0.0)
        }
        _ => false,
    }
}

/// None known at negation `i` and word of knowing `j` of `neg` ([`KNOWN`]) against a
/// count of the same thing in `plain` (a figure or a number word, [`counts`], in the
/// two tokens before the thing's word: "zwei Unfälle", "two serious accidents", "twee
/// slachtoffers"): the ranges of the thing with its
/// denied knowing ("Unfälle seien nicht bekannt") and of the count ("zwei Unfälle"),
/// `neg`'s first.
pub(super) fn count_not_known(
    neg: &Prepared,
    i: usize,
    j: usize,
    plain: &Prepared,
) -> Option<Ranges> {
    let toks = &neg.tokens;
    if !KNOWN.contains(&toks[j].norm.as_str()) {
        return None;
    }
    let things = super::planned::words_before(neg, i.min(j)).filter(|&k| !toks[k].date);
    for k in things {
        let counted = plain.tokens.iter().enumerate().find_map(|(at, t)| {
            let count = (at.saturating_sub(2)..at).find(|&c| counts(plain, c));
            count
                .filter(|_| super::same_word_in(plain, at, neg, k) && !t.stop)
                .map(|c| (c, at))
        });
        if let Some((c, at)) = counted {
            let told = (toks[k].start, toks[i.max(j)].end);
            return Some((told, (plain.tokens[c].start, plain.tokens[at].end)));
        }
    }
    None
}
