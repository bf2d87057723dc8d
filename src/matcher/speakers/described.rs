//! A speaker told by a role before the name, after an inverted speech verb or "according
//! to" (trial 29, F6): an article or a possessor, role words, maybe whose or where the
//! role is (a genitive), maybe a comma, then the name that ends the clause:
//! "selon le maire d'Alès, Christophe Rivenq", "a confié un habitant d'Anduze, Pierre
//! Martin", "a déclaré l'avocate de la famille, Me Claire Martin", "a réagi le procureur,
//! Thierry Dran", "ha detto il presidente della Regione Stefano Bonaccini", "advirtió la
//! ministra de Salud, Rosa Gutiérrez", "disse a dirigente estudantil Marta Sousa",
//! "said the minister Mark Harper", "said Tom Hill's wife, Ann Hill", "said Ortega's
//! campaign chief Marco Silva" (the person named last speaks, not the possessor). Without
//! a name after it the role is read as before ("said the mayor of Rotterdam.").

use super::clause_end::{name_ends_clause, preposition};
use super::foreign::{is_foreign_det, is_foreign_possessive};
use super::names::PARTICLES;
use super::phrase::possessive;
use super::roles::{is_det, role_word};
use super::SPEECH;
use crate::matcher::features::Prepared;
use crate::matcher::flags::joins_name;
use crate::matcher::language::Language;
use crate::matcher::lexicon::genitives::role_genitive;
use crate::matcher::lexicon::one_article;
use crate::matcher::text::{Kind, Token};

/// German definite articles before a role ("der Sprecher"); with the indefinite ones of
/// the lexicon ([`one_article`]: "einem Sprecher", "eines Sprechers") the capitalised noun
/// after them is the role, no name ([`german_article`]).
const GERMAN_DEFINITE: &[&str] = &["der", "die", "das", "den", "dem", "des"];

/// Whether `word` (lower case) is a German article, definite ([`GERMAN_DEFINITE`]) or
/// indefinite (the lexicon's [`one_article`] of German, every case form).
fn german_article(word: &str) -> bool {
    GERMAN_DEFINITE.contains(&word) || one_article(word, Some(Language::German))
}

/// Most words between a role and the comma before its person's name ("le directeur
/// régional de la santé publique du Gard, Jean Dupont").
const LONGEST_GENITIVE: usize = 7;

/// Whether the text of token `t` starts with an elided article or preposition written
/// with `lead` ("l'avocate": `["l"]`; "d'Alès", "dell'Interno": `["d", "dell"]`), any
/// apostrophe, any case.
fn elided(chars: &[char], t: &Token, lead: &[&str]) -> bool {
    let word = chars.get(t.start..t.end).unwrap_or(&[]);
    let Some(at) = word.iter().position(|c| matches!(c, '\'' | '\u{2019}')) else {
        return false;
    };
    let before: String = word[..at].iter().collect::<String>().to_lowercase();
    at + 1 < word.len() && lead.contains(&before.as_str())
}

/// The end (exclusive) of a possessor starting at token `at`: up to three capitalised
/// words joined as a name's, the last written with "'s" ("Tom Hill's", "Ortega's").
pub(super) fn possessor_end(p: &Prepared, toks: &[Token], at: usize) -> Option<usize> {
    let chars = crate::matcher::flags::chars_of(p);
    let mut k = at;
    while k < at + 3
        && toks
            .get(k)
            .is_some_and(|t| t.capital && t.kind == Kind::Word)
    {
        if k > at && !joins_name(chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[])) {
            return None;
        }
        if possessive(chars.get(toks[k].start..toks[k].end).unwrap_or(&[])) {
            return Some(k + 1);
        }
        k += 1;
    }
    None
}

/// The person named after a role at token `at` (right after an inverted speech verb or
/// "according to"), as tokens `(first, last)` of the name: an article ([`is_det`], a
/// foreign one, an indefinite one, or "l'" elided into the role word) or a possessor
/// ([`possessor_end`]), one to four role words, then either a comma and the name (a
/// genitive of up to [`LONGEST_GENITIVE`] words may come before the comma: "le maire
/// d'Alès, Christophe Rivenq"), or the name right after the role words or after a genitive
/// of another language whose object is one word and its lower-case words ("il presidente
/// della Regione Stefano Bonaccini", "il ministro della Protezione civile Nello
/// Musumeci"; in English "the mayor of New York City" cannot be told from a name, so
/// "of" needs the comma). The name is capitalised words joined as a name's that end the
/// clause ([`name_ends_clause`]) and are no region ("said the mayor of Alès, France").
/// `None` otherwise.
pub(super) fn described(p: &Prepared, toks: &[Token], at: usize) -> Option<(usize, usize)> {
    let chars = crate::matcher::flags::chars_of(p);
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    let comma = |k: usize| gap(k).contains(&',');
    let first = toks.get(at)?;
    let article = |t: &Token| {
        // An indefinite article of any language read before a role ("a confié un
        // habitant", "sagte ein Sprecher", "dijo una vecina", "laut einem Sprecher"), or a
        // possessive one ("dijo su abogado, Pedro Lanza": trial 43 D).
        is_det(&t.norm)
            || is_foreign_det(&t.norm)
            || one_article(&t.norm, None)
            || is_foreign_possessive(&t.norm)
    };
    let roles_from = if article(first) && !first.capital {
        at + 1
    } else if let Some(end) = possessor_end(p, toks, at) {
        end
    } else if !first.proper && elided(chars, first, &["l"]) {
        at
    } else {
        return None;
    };
    let genitive = |k: usize| {
        toks.get(k)
            .is_some_and(|t| role_genitive(&t.norm) || elided(chars, t, &["d", "dell", "dall"]))
    };
    let role = |k: usize| {
        let t = &toks[k];
        role_word(t)
            && !SPEECH.contains(&t.norm.as_str())
            && !role_genitive(&t.norm)
            && !preposition(t)
    };
    let mut k = roles_from;
    while k < toks.len() && k < roles_from + 4 && role(k) && (k == roles_from || !comma(k)) {
        k += 1;
    }
    // German capitalises its nouns: after a German article, one capitalised noun ends
    // the role ("laut einem Sprecher der Stadt Köln, Hans Müller"); its name then comes
    // after a comma only ("laut der Polizei Köln" names no one).
    let german_role = k < toks.len()
        && k < roles_from + 4
        && roles_from > at
        && german_article(&first.norm)
        && (k == roles_from || !comma(k))
        && toks[k].capital
        && toks[k].kind == Kind::Word
        && !super::find::is_speech(p, k);
    k += usize::from(german_role);
    if k == roles_from || k >= toks.len() {
        return None;
    }
    // "der Stadt Köln", "des Landkreises": a German genitive after the role.
    let genitive = |j: usize| {
        genitive(j)
            || (german_role
                && toks
                    .get(j)
                    .is_some_and(|t| matches!(t.norm.as_str(), "der" | "des")))
    };
    // The first word of the name: after a comma (a genitive before it), or right after
    // the role or a foreign genitive's object.
    let after_comma = (k..toks.len().min(k + LONGEST_GENITIVE + 1)).find(|&j| comma(j));
    let plain_words = |from: usize, to: usize| {
        (from..to).all(|j| {
            let t = &toks[j];
            t.kind == Kind::Word
                && !super::find::is_speech(p, j)
                && (j == from || joins_name(gap(j)))
        })
    };
    let start = match after_comma {
        Some(j) if (j == k || genitive(k)) && plain_words(k, j) => j,
        // "sagte der Direktor des Krankenhauses": the role and its body, no name.
        _ if german_role => return german_genitive_role(p, toks, roles_from, k),
        _ if genitive(k) => {
            let t = &toks[k];
            if t.norm == "of" {
                return None;
            }
            // "della Regione", "d'Alès" (the preposition elided into its object).
            let mut o = k + usize::from(role_genitive(&t.norm));
            o += usize::from(toks.get(o).is_some_and(|t| is_foreign_det(&t.norm)));
            o += 1;
            while toks.get(o).is_some_and(role_word) && !comma(o) {
                o += 1;
            }
            o
        }
        _ => k,
    };
    let name = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.capital && t.kind == Kind::Word)
    };
    if !name(start) || (start > 0 && gap(start).iter().any(|c| "\"«»“”„".contains(*c))) {
        return None;
    }
    // "Bill de Blasio": a particle between two words of the name.
    let particle = |j: usize| {
        toks.get(j)
            .is_some_and(|t| !t.capital && PARTICLES.contains(&t.norm.as_str()))
    };
    let mut e = start;
    while e + 1 < toks.len() && e - start < 4 {
        if name(e + 1) && joins_name(gap(e + 1)) {
            e += 1;
        } else if particle(e + 1) && name(e + 2) {
            e += 2;
        } else {
            break;
        }
    }
    let words: Vec<&str> = toks[start..=e].iter().map(|t| t.norm.as_str()).collect();
    if crate::matcher::flags::is_region(&words.join(" ")) || !name_ends_clause(p, toks, e) {
        return None;
    }
    Some((start, e))
}

/// A German role told with its body in the genitive and no name after it, as tokens
/// `(role, last)`: the role's words from token `role`, a genitive article at token `k`
/// ("der", "des"), then a capitalised noun (its "-es"/"-s" ending or none: "des
/// Krankenhauses", "der Klinik", "der Polizei") and up to two capitalised words joined as
/// a name's ("des Klinikums Nürnberg"), ending the clause ([`name_ends_clause`]). Trial
/// 44: "sagte der Direktor des Krankenhauses" was no speaker ("der Leiter der Klinik" was
/// read as a name with the particle "der"). `None` otherwise.
fn german_genitive_role(
    p: &Prepared,
    toks: &[Token],
    role: usize,
    k: usize,
) -> Option<(usize, usize)> {
    let chars = crate::matcher::flags::chars_of(p);
    let article = toks.get(k)?;
    if article.capital || !matches!(article.norm.as_str(), "der" | "des") {
        return None;
    }
    let noun = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.capital && t.kind == Kind::Word && !super::find::is_speech(p, j))
    };
    let joined = |j: usize| joins_name(chars.get(toks[j - 1].end..toks[j].start).unwrap_or(&[]));
    let first = k + 1;
    if !noun(first) || !joined(first) {
        return None;
    }
    let mut e = first;
    while e < first + 2 && noun(e + 1) && joined(e + 1) {
        e += 1;
    }
    name_ends_clause(p, toks, e).then_some((role, e))
}

/// Whether token `k` of `p` is a word of a possessor ([`possessor_end`]) that leads,
/// through role words and maybe a comma, to a speaker of `spoken` (code point ranges):
/// "Ortega" of "said Ortega's campaign chief Marco Silva", "Tom Hill" of "said Tom Hill's
/// wife, Ann Hill". The possessor is not who speaks, so it is no mention of the other
/// sentence's speaker.
pub(super) fn owns_speaker(p: &Prepared, k: usize, spoken: &[((usize, usize), u64)]) -> bool {
    let toks = &p.tokens;
    owns_by_genitive(p, k, spoken)
        || (k.saturating_sub(2)..=k).any(|s| {
            let Some(end) = possessor_end(p, toks, s) else {
                return false;
            };
            end > k
                && spoken.iter().any(|(r, _)| {
                    toks.get(end..(end + 5).min(toks.len()))
                        .is_some_and(|next| next.iter().any(|t| t.start == r.0))
                })
        })
}

/// Whether token `k` of `p` names whose role a speaker of `spoken` holds, after the role
/// words and a genitive of another language than English
/// (`lexicon::genitives::role_genitive`, not "of"), maybe an article: "Almeida" of "disse
/// o advogado de Almeida" (the role is the speaker, `roles::role_after`) or of "disse o
/// advogado de Almeida, Pedro Nunes" (the name after it, within five tokens).
fn owns_by_genitive(p: &Prepared, k: usize, spoken: &[((usize, usize), u64)]) -> bool {
    let toks = &p.tokens;
    let genitive = |g: usize| {
        toks.get(g)
            .is_some_and(|t| t.norm != "of" && role_genitive(&t.norm))
            && g > 0
            && role_word(&toks[g - 1])
    };
    // "de Almeida", "del señor García": the genitive right before, or before an article.
    let owned = (k > 0 && genitive(k - 1))
        || (k > 1 && is_foreign_det(&toks[k - 1].norm) && genitive(k - 2));
    if !owned {
        return false;
    }
    let t = &toks[k];
    spoken.iter().any(|(r, _)| {
        (r.0 <= t.start && t.end <= r.1)
            || toks
                .get(k + 1..(k + 6).min(toks.len()))
                .is_some_and(|next| next.iter().any(|n| n.start == r.0))
    })
}
