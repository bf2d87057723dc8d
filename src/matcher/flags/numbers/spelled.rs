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
    use crate::matcher::language::{guess_for_word, is_function_word};
    use crate::matcher::lexicon::{cardinal, cardinal_any, millions, MULTIPLIERS};
    let toks = &p.tokens;
    let t = &toks[i];
    let word = t.norm.starts_with(char::is_alphabetic);
    if let Some(v) = approximate(p, i).or_else(|| super::times::german_times(p, i)) {
        return Kind::Number(v);
    }
    if let Some(k) = super::compound::read(p, i) {
        return k;
    }
    // "trois mille", "tres mil" (trial 58 M9): the figure, read at its last word.
    if let Some((v, _)) = super::multiplied::multiplied(p, i, guessed) {
        return if super::multiplied::goes_on(p, i, guessed) {
            Kind::Word
        } else {
            Kind::Number(v)
        };
    }
    if super::multiplied::multiplied(p, i + 1, guessed).is_some() {
        return Kind::Word;
    }
    if one_person(p, i, guessed) {
        return Kind::Number(1.0);
    }
    // A multiplier after a figure or a number word is part of that number ("12 mil
    // hectares", "tres mil personas", "duzentos mil euros"), never a thousand of its own;
    // nor is a plural of millions after one a vague "millions" ("10 millones de dólares",
    // "10 milioni di dollari": ten million, as "10.000.000"; trial 44).
    if i > 0 && MULTIPLIERS.contains(&t.norm.as_str()) && multiplies(&toks[i - 1]) {
        return Kind::Word;
    }
    if t.kind == Kind::Word && vague_plural(&t.norm, guessed).is_some() {
        return Kind::Vague;
    }
    // "Se lanzaron dos botes salvavidas": too short for a sentence's guess (six words),
    // its other words may still tell its language from four words, the number word
    // counted (`language::guess_for_word`: "se" is Spanish; the number word itself does
    // not vote, Spanish "dos" is Portuguese "of the"), and a number word of that language
    // before a word that may be its noun is a number (trial 45): not before a function
    // word or an auxiliary ("Sei stato ferito" is "you were hurt"). Asked only of a
    // number word of some language in a sentence of no guess.
    let noun_after = || {
        toks.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word && !is_function_word(&n.norm) && !super::toll::auxiliary(&n.norm)
        })
    };
    let short = || match guessed {
        None if t.number_word && noun_after() => {
            cardinal(&t.norm, guess_for_word(&p.text, (t.start, t.end)))
        }
        _ => None,
    };
    let kind = match t.kind {
        Kind::Word if word => match cardinal(&t.norm, guessed).or_else(short) {
            Some(v) => Kind::Number(v),
            // "Neuf personnes ont été blessées.": too short to tell its language, "neuf"
            // before a noun (read below) is nine.
            None if t.norm == "neuf" && guessed.is_none() => Kind::Number(9.0),
            // "sei feriti", "tres muertos": too short to tell its language, a number
            // word that is another word too is a number before a word of people or of a
            // toll of another language than English.
            None if guessed.is_none() && (people_after(toks.get(i + 1)) || fate_after(p, i)) => {
                match cardinal_any(&t.norm) {
                    Some(v) => Kind::Number(v),
                    None => return t.kind,
                }
            }
            // A number word before a counted term is a number, whatever the language
            // guessed ("Alcaraz salvó dos puntos de partido", guessed Portuguese for
            // "dos": `nouns::counted_term`).
            None if super::nouns::counted_term(p, i + 1).is_some() => match cardinal_any(&t.norm) {
                Some(v) => Kind::Number(v),
                None => return t.kind,
            },
            // "Otros tres fueron absueltos": after a word of others ("otros", "altri",
            // "autres"), a number word counts people by ellipsis.
            None if guessed.is_none()
                && i > 0
                && super::toll::others_word(&toks[i - 1].norm)
                && !toks[i - 1].norm.starts_with("other") =>
            {
                match cardinal_any(&t.norm) {
                    Some(v) => Kind::Number(v),
                    None => return t.kind,
                }
            }
            // "a dos millones de euros": a sentence too short to tell Spanish from
            // Portuguese ("dos", of the), a number word before a word of millions is a
            // number.
            None if toks
                .get(i + 1)
                .is_some_and(|n| millions().contains(&n.norm.as_str())) =>
            {
                match cardinal_any(&t.norm) {
                    Some(v) => Kind::Number(v),
                    None => return t.kind,
                }
            }
            None => return t.kind,
        },
        // The tokeniser reads "once" as one (English); in a Spanish sentence it is eleven
        // ("Otros once acusados": trial 34 F2.2), as before a Spanish word of people.
        Kind::Number(_) if word => match cardinal(&t.norm, guessed) {
            Some(v) => Kind::Number(v),
            None if guessed.is_none() && people_after(toks.get(i + 1)) => {
                cardinal_any(&t.norm).map_or(t.kind, Kind::Number)
            }
            None => t.kind,
        },
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
    // A number word before a word of millions is a count of millions, as a figure before
    // it is ("dos millones de euros" as "2,4 millones de euros": trial 34 F2.4); before a
    // smaller multiplier the sum is not read.
    let multiplied = next.is_some_and(|n| {
        MULTIPLIERS.contains(&n.norm.as_str()) && !millions().contains(&n.norm.as_str())
    });
    if multiplied || capital_inside || neuf {
        return Kind::Word;
    }
    kind
}

/// Whether a multiplier ("mil", "duizend") after token `before` multiplies it: a figure,
/// a number word of any language ("tres", "vinte", "catorze") or a word of hundreds of
/// Portuguese and Spanish ("duzentos", "quinientos").
fn multiplies(before: &crate::matcher::text::Token) -> bool {
    let w = before.norm.as_str();
    matches!(before.kind, Kind::Number(_))
        || crate::matcher::lexicon::cardinal_any(w).is_some()
        || super::compound::one_word(w).is_some()
        || w.ends_with("entos")
        || w.ends_with("entas")
}

/// Whether the number word at token `i` of `p` counts people by what follows it (trial 42
/// C2): an auxiliary whose participle tells the fate ("nove ficaram feridas", "tre sono
/// rimasti feriti": `toll::auxiliary`), or an article before a word of a toll of another
/// language than English ("Tre i feriti": `toll::article_toll`); or by the verb of a toll
/// of another language than English around it and its noun (session 51: "Doce mineros
/// murieron.", "Murieron doce mineros.": too short to tell their language, "doce" is
/// Portuguese "sweet" too, so "Catorce mineros murieron." / "Doce mineros murieron."
/// got no flag).
fn fate_after(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word);
    if word(i + 1).is_some_and(|n| super::toll::auxiliary(&n.norm)) {
        return true;
    }
    let foreign_toll = |k: Option<usize>| {
        k.and_then(word).is_some_and(|t| {
            crate::matcher::lexicon::casualty::count_word(&t.norm)
                .is_some_and(|c| c.language != Language::English)
        })
    };
    // The counted noun: a word in lower case that is no function word ("mineros").
    let noun = word(i + 1).is_some_and(|n| {
        !n.capital && !n.stop && !crate::matcher::language::is_function_word(&n.norm)
    });
    if noun && (foreign_toll(Some(i + 2)) || foreign_toll(i.checked_sub(1))) {
        return true;
    }
    super::toll::article_toll(p, i).is_some()
}

/// Whether token `next` (the one after a number word) counts people in a language other
/// than English: a word of people or of a toll ("feriti", "muertos", "personas";
/// `toll::foreign_people_word`), not "once people".
fn people_after(next: Option<&crate::matcher::text::Token>) -> bool {
    next.is_some_and(|n| n.kind == Kind::Word && super::toll::foreign_people_word(&n.norm))
}

pub(super) use crate::matcher::lexicon::approximate_counts::APPROXIMATE;

/// The figure token `i` of `p` is about when it is an approximate count of
/// [`APPROXIMATE`] told as one: after an article of its languages
/// (`lexicon::approximate_counts::APPROXIMATE_ARTICLES`: "une", "una", "uma", "een") or
/// before "de", "d'" or "di" ("une quarantaine de pompiers", "une trentaine d'habitants",
/// "una veintena de personas", "een tiental mensen"); not "mis en quarantaine"
/// (quarantine). The number flags read it with the bound "about" (`read.rs`).
pub(super) fn approximate(p: &Prepared, i: usize) -> Option<f64> {
    use crate::matcher::lexicon::approximate_counts::APPROXIMATE_ARTICLES;
    let toks = &p.tokens;
    let v = APPROXIMATE
        .iter()
        .find(|(w, _)| toks[i].norm == *w)
        .map(|&(_, v)| v)?;
    let article = i > 0 && APPROXIMATE_ARTICLES.contains(&toks[i - 1].norm.as_str());
    let of = toks.get(i + 1).is_some_and(|n| {
        let text: String = p.text.chars().skip(n.start).take(2).collect();
        matches!(n.norm.as_str(), "de" | "di") || text == "d'" || text == "d\u{2019}"
    });
    (article || of).then_some(v)
}

/// Plural approximate counts of other languages ("des centaines de manifestants",
/// "Hunderte Menschen", "cientos de personas", "centinaia di persone"), the language that
/// writes each and the English vague word of their size (`bounds::vague_size`): they are
/// vague counts, compared with "hundreds" or a figure as English ones are. A word that
/// is one of English too ("miles") is read only in a sentence of its language.
pub(super) const VAGUE_PLURALS: &[(&str, Language, &str)] = &[
    ("dizaines", Language::French, "dozens"),
    ("centaines", Language::French, "hundreds"),
    ("milliers", Language::French, "thousands"),
    ("dutzende", Language::German, "dozens"),
    ("hunderte", Language::German, "hundreds"),
    ("tausende", Language::German, "thousands"),
    ("millionen", Language::German, "millions"),
    ("decenas", Language::Spanish, "dozens"),
    ("cientos", Language::Spanish, "hundreds"),
    ("centenares", Language::Spanish, "hundreds"),
    ("miles", Language::Spanish, "thousands"),
    ("millares", Language::Spanish, "thousands"),
    ("millones", Language::Spanish, "millions"),
    ("decine", Language::Italian, "dozens"),
    ("centinaia", Language::Italian, "hundreds"),
    ("migliaia", Language::Italian, "thousands"),
    ("milioni", Language::Italian, "millions"),
    ("dezenas", Language::Portuguese, "dozens"),
    ("centenas", Language::Portuguese, "hundreds"),
    ("milhares", Language::Portuguese, "thousands"),
    // "mehrere Menschen", "plusieurs personnes", "varias personas", "diversi feriti",
    // "vários feridos": several; "einige", "quelques", "algunos", "alcuni", "alguns": a few
    // (trial 31 F8).
    ("mehrere", Language::German, "several"),
    ("plusieurs", Language::French, "several"),
    ("varios", Language::Spanish, "several"),
    ("varias", Language::Spanish, "several"),
    ("diversi", Language::Italian, "several"),
    ("diverse", Language::Italian, "several"),
    ("vários", Language::Portuguese, "several"),
    ("várias", Language::Portuguese, "several"),
    ("einige", Language::German, "few"),
    ("quelques", Language::French, "few"),
    ("algunos", Language::Spanish, "few"),
    ("algunas", Language::Spanish, "few"),
    ("alcuni", Language::Italian, "few"),
    ("alcune", Language::Italian, "few"),
    ("alguns", Language::Portuguese, "few"),
    ("algumas", Language::Portuguese, "few"),
];

/// Words of [`VAGUE_PLURALS`] that are English words too ("miles", "diverse"): read only
/// in a sentence of their language.
const ENGLISH_TOO: &[&str] = &["miles", "diverse"];

/// The English vague word of the size a plural approximate count of another language
/// tells ([`VAGUE_PLURALS`]: "centaines" is "hundreds"), in a sentence of language
/// `guessed`; `None` for any other word. "miles" is read only in a Spanish sentence; the
/// others wherever the language is unclear too ([`ENGLISH_TOO`]).
pub(super) fn vague_plural(norm: &str, guessed: Option<Language>) -> Option<&'static str> {
    let &(_, lang, english) = VAGUE_PLURALS.iter().find(|(w, _, _)| *w == norm)?;
    let ok = match guessed {
        Some(g) => g == lang,
        None => !ENGLISH_TOO.contains(&norm),
    };
    ok.then_some(english)
}

/// Words before "una" ("e una risulta dispersa") that join it to a count of people before
/// it, whose noun it leaves out ([`one_person`]).
const JOINS: &[&str] = &["e", "ed", "y", "et", "und"];

/// Whether the article at token `i` of `p` (a sentence of language `guessed`) is the
/// number one counting a person of a toll (issue 8, trial 29 F8): "una", "uno", "un",
/// "une", "ein", "eine", "um", "uma" (`lexicon::one_article`, not English "a") before a
/// word of people ("Una persona risulta dispersa", "Eine Person wurde getötet") or, after
/// "e" / "y" / "et" / "und", with no noun beside a count of people before it ("Due
/// persone sono morte e una risulta dispersa"), when a word of a toll tells its fate
/// (`toll::toll_of`). "Una persona ha detto" counts nobody.
fn one_person(p: &Prepared, i: usize, guessed: Option<Language>) -> bool {
    use super::toll::{people_word, toll_of, Toll};
    let toks = &p.tokens;
    let t = &toks[i];
    if !crate::matcher::lexicon::one_article(&t.norm, guessed)
        || matches!(t.norm.as_str(), "a" | "an")
    {
        return false;
    }
    let person = toks.get(i + 1).is_some_and(|n| people_word(&n.norm));
    let elided = i > 0
        && JOINS.contains(&toks[i - 1].norm.as_str())
        && toks
            .get(i + 1)
            .is_some_and(|n| super::toll::verb_after_figure(&n.norm))
        && toks[..i - 1].iter().any(|b| people_word(&b.norm));
    (person || elided) && matches!(toll_of(p, i), Some(Toll::Fate(_)))
}

/// The words of a dozen that "half" may go before ("media docena", "une demi-douzaine",
/// "ein halbes Dutzend", "mezza dozzina", "meia dúzia").
pub(super) const DOZENS: &[&str] = &["dozen", "docena", "douzaine", "dutzend", "dozzina", "dúzia"];

/// Half a dozen told in another language than English (trial 31 F17): six, and the token
/// its words start at ("media" in "media docena"), when token `i` of `p` is a word of a
/// dozen ([`DOZENS`]) right after a word of half (`lexicon::HALVES`: "media", "demi",
/// "halbes", "mezza", "meia"); `None` otherwise. English "half a dozen" is
/// `figures::article_figure`'s.
pub(super) fn half_dozen(p: &Prepared, i: usize) -> Option<(f64, usize)> {
    let toks = &p.tokens;
    let (half, dozen) = (toks.get(i.checked_sub(1)?)?, toks.get(i)?);
    if !crate::matcher::lexicon::HALVES.contains(&half.norm.as_str()) {
        return None;
    }
    // The tokeniser reads "docena" and "Dutzend" as the figure 12: the words are the text's.
    let word = crate::matcher::flags::surface(p, dozen.start, dozen.end).to_lowercase();
    DOZENS.contains(&word.as_str()).then_some((6.0, i - 1))
}
