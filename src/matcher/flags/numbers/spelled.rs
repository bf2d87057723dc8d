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
    if let Some(v) = approximate(p, i) {
        return Kind::Number(v);
    }
    let kind = match t.kind {
        Kind::Word if word => match cardinal(&t.norm, guessed) {
            Some(v) => Kind::Number(v),
            // "Neuf personnes ont été blessées.": too short to tell its language, "neuf"
            // before a noun (read below) is nine.
            None if t.norm == "neuf" && guessed.is_none() => Kind::Number(9.0),
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
    // "Le feu a fait neuf blessés": a plural noun after it makes it a number whatever
    // comes before (not a preposition in "s": "un vélo neuf sans selle").
    let plural_after = next.is_some_and(|n| {
        n.kind == Kind::Word
            && !n.capital
            && n.norm.chars().count() > 3
            && (n.norm.ends_with('s') || n.norm.ends_with('x'))
            && !matches!(
                n.norm.as_str(),
                "sans"
                    | "dans"
                    | "sous"
                    | "après"
                    | "depuis"
                    | "vers"
                    | "plus"
                    | "moins"
                    | "mais"
                    | "très"
                    | "alors"
                    | "lors"
            )
    });
    let neuf = t.norm == "neuf" && !(noun_after && (small_before || plural_after));
    if next.is_some_and(|n| MULTIPLIERS.contains(&n.norm.as_str())) || capital_inside || neuf {
        return Kind::Word;
    }
    kind
}

/// French and Italian approximate counts ("une quarantaine de pompiers": about forty;
/// "una sessantina di persone"), with the figure each is about. Their plurals ("des
/// dizaines", "centinaia") are vague words, not here.
const APPROXIMATE: &[(&str, f64)] = &[
    ("dizaine", 10.0),
    ("douzaine", 12.0),
    ("quinzaine", 15.0),
    ("vingtaine", 20.0),
    ("trentaine", 30.0),
    ("quarantaine", 40.0),
    ("cinquantaine", 50.0),
    ("soixantaine", 60.0),
    ("centaine", 100.0),
    ("decina", 10.0),
    ("dozzina", 12.0),
    ("quindicina", 15.0),
    ("ventina", 20.0),
    ("trentina", 30.0),
    ("quarantina", 40.0),
    ("cinquantina", 50.0),
    ("sessantina", 60.0),
    ("settantina", 70.0),
    ("ottantina", 80.0),
    ("novantina", 90.0),
    ("centinaio", 100.0),
];

/// The figure token `i` of `p` is about when it is an approximate count of
/// [`APPROXIMATE`] told as one: after "une", "una" or "un" or before "de", "d'" or "di"
/// ("une quarantaine de pompiers", "une trentaine d'habitants"); not "mis en quarantaine"
/// (quarantine). The number flags read it with the bound "about" (`read.rs`).
pub(super) fn approximate(p: &Prepared, i: usize) -> Option<f64> {
    let toks = &p.tokens;
    let v = APPROXIMATE
        .iter()
        .find(|(w, _)| toks[i].norm == *w)
        .map(|&(_, v)| v)?;
    let article = i > 0 && matches!(toks[i - 1].norm.as_str(), "une" | "una" | "un");
    let of = toks.get(i + 1).is_some_and(|n| {
        let text: String = p.text.chars().skip(n.start).take(2).collect();
        matches!(n.norm.as_str(), "de" | "di") || text == "d'" || text == "d\u{2019}"
    });
    (article || of).then_some(v)
}
