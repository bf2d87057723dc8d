//! A player's transfer told with two clubs (trial 41 F2: "signed for Chelsea" / "signed
//! for Arsenal", "wechselt … zu Bayern" / "zu Real Madrid", "fichó por", "è passato alla
//! Juventus" / "all'Inter"): the club named after the verb of a move differs, of one
//! subject. Also French ("a rejoint le PSG", "a signé au PSG", "s'est engagé avec l'OM"),
//! Portuguese ("assinou pelo Benfica", "foi transferido para o FC Porto") and Dutch
//! ("tekent bij Ajax", "stapt over naar PSV"); a club written with an elided article or
//! preposition ("all'Inter", "l'OM") is the name after the apostrophe (session 39).

use super::fates::subject;
use super::negation::AUXILIARIES;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::articles::BEFORE_NAME;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Verbs of a player's move to a club, in English, German, Spanish, Italian, French and
/// Portuguese (whole words).
const MOVES: &[&str] = &[
    "signed",
    "signs",
    "wechselt",
    "wechselte",
    "fichó",
    "ficha",
    "passato",
    "passata",
    "trasferito",
    "rejoint",
    "assinou",
    // Session 39: French, Portuguese and Dutch forms (trial 41 F2 rest).
    "signé",
    "engagé",
    "transferido",
    "transferida",
    "tekent",
    "tekende",
    "getekend",
    "stapt",
    "stapte",
];

/// Words that lead to the club after a verb of [`MOVES`] ("for", "zu", "por", "alla").
const TO: &[&str] = &[
    "for", "zu", "zum", "por", "al", "alla", "alle", "pour", "avec", "pelo", "com", "au", "para",
    "pela", "bij", "naar",
];

/// Articles skipped before a club's name ("el Real Madrid", "the"): those before any name
/// (`lexicon::articles::BEFORE_NAME`), and the Portuguese feminine "a" ("para a
/// Juventus"), read here alone: after a word leading to a club, "a" is no English
/// indefinite article.
fn article(norm: &str) -> bool {
    BEFORE_NAME.contains(&norm) || norm == "a"
}

/// Elided articles and prepositions written before a club's name with an apostrophe
/// ("all'Inter", "l'OM"): the name is what follows the apostrophe.
const ELIDED_TO: &[&str] = &["all", "l"];

/// How many tokens after the verb the word leading to the club is read.
const REACH: usize = 6;

/// Where token `t` of `p` is a club's name written after an elided article or preposition
/// of [`ELIDED_TO`] ("all'Inter", "l'OM": a capital after the apostrophe): the code point
/// the name starts at.
fn elided_name(p: &Prepared, t: &Token) -> Option<usize> {
    let chars = crate::matcher::flags::chars_of(p);
    let word = chars.get(t.start..t.end)?;
    let at = word.iter().position(|c| matches!(c, '\'' | '\u{2019}'))?;
    let lead: String = word[..at].iter().collect::<String>().to_lowercase();
    (t.kind == Kind::Word
        && ELIDED_TO.contains(&lead.as_str())
        && word.get(at + 1).is_some_and(|c| c.is_uppercase()))
    .then_some(t.start + at + 1)
}

/// The move `p` tells ([`read_destination`]), read once per sentence (`flags/facts.rs`):
/// [`transfer_conflict`] asks it of both sentences of each pair, and the panel's disputes
/// of the span against every sentence of the other articles.
fn destination(p: &Prepared) -> Option<(usize, (usize, usize), usize)> {
    *p.facts.destination.get_or_init(|| read_destination(p))
}

/// The verb of a move in `p`, the token range of the club named after it, and the code
/// point the club's name starts at (after an elided article: [`elided_name`]).
fn read_destination(p: &Prepared) -> Option<(usize, (usize, usize), usize)> {
    let toks = &p.tokens;
    let v = toks.iter().position(|t| MOVES.contains(&t.norm.as_str()))?;
    let name = |i: usize| {
        toks.get(i)
            .is_some_and(|t: &Token| t.proper && t.kind == Kind::Word)
    };
    // Articles skipped from token `s`; English "the" only after a word leading to the
    // club ("signed the Paris Agreement" is no move to a club).
    let skip_articles = |mut s: usize, the: bool| {
        while toks
            .get(s)
            .is_some_and(|t| article(&t.norm) && (the || t.norm != "the"))
        {
            s += 1;
        }
        s
    };
    // A club's name at token `i`: its first token and the code point it starts at.
    let club = |i: usize| match toks.get(i).and_then(|t| elided_name(p, t)) {
        Some(from) => Some((i, from)),
        None => name(i).then(|| (i, toks[i].start)),
    };
    // Right after the verb (an article skipped: "a rejoint le PSG") when the word leading
    // to it is elided or not needed ("all'Inter", "rejoint Chelsea"); else after the first
    // word leading to a club within reach ("dalla Juventus all'Inter": the club moved to,
    // not the one left).
    let (start, from) = match club(skip_articles(v + 1, false)) {
        Some(found) => found,
        None => {
            let to = (v + 1..toks.len().min(v + 1 + REACH)).find(|&i| {
                TO.contains(&toks[i].norm.as_str())
                    || toks.get(i).and_then(|t| elided_name(p, t)).is_some()
            })?;
            match toks.get(to).and_then(|t| elided_name(p, t)) {
                Some(from) => (to, from),
                None => club(skip_articles(to + 1, true))?,
            }
        }
    };
    let mut end = start + 1;
    while name(end) {
        end += 1;
    }
    Some((v, (start, end), from))
}

/// Two clubs a player moves to, one in each sentence, told of one subject: the ranges of
/// the two clubs' names, `a`'s first.
pub(super) fn transfer_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (va, (sa, ea), fa) = destination(a)?;
    let (vb, (sb, eb), fb) = destination(b)?;
    let na: Vec<&str> = a.tokens[sa..ea].iter().map(|t| t.norm.as_str()).collect();
    if b.tokens[sb..eb]
        .iter()
        .any(|t| na.contains(&t.norm.as_str()))
    {
        return None;
    }
    // Of one subject: the words before the verb share one, not an auxiliary of another
    // language ("L'attaccante è passato" / "Il portiere è passato": two players).
    let (wa, _) = subject(a, va)?;
    let (wb, _) = subject(b, vb)?;
    let auxiliaries: Vec<u64> = a.tokens[..va]
        .iter()
        .filter(|t| AUXILIARIES.contains(&t.norm.as_str()))
        .map(|t| t.stem)
        .collect();
    if !wa
        .iter()
        .any(|w| wb.contains(w) && !auxiliaries.contains(w))
    {
        return None;
    }
    let range = |p: &Prepared, from: usize, e: usize| (from, p.tokens[e - 1].end);
    Some((range(a, fa, ea), range(b, fb, eb)))
}
