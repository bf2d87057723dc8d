//! Place flags between two named facilities of one kind (trial 33, F7): "were taken to the
//! Erasmus hospital" / "were taken to the Maasstad hospital" are two hospitals, whatever
//! preposition stands before them (the place flags of `places.rs` read names after a
//! locative preposition, and "taken to" names no place of the fact). A facility is a name
//! of capitalised words right before one of [`FACILITIES`] ("the Erasmus hospital", "St
//! Mary's Hospital", "Schiphol airport"). Two sentences that each name a facility of one
//! noun, by names that share no word and neither of which the other sentence holds, get a
//! solid place flag over the two names with their noun. A facility without a name ("taken
//! to hospital") and one named alike ("the Erasmus MC hospital") are no conflict, nor a
//! town's facility against a named one ("Porto's airport" / "Francisco Sa Carneiro
//! airport": the town's airport may be the named one).
//!
//! In French, Spanish, Italian and Portuguese the name follows the noun ("all'ospedale
//! Sant'Orsola di Bologna", "el hospital Virgen del Rocío", "l'hôpital Necker"; trial 34,
//! F5.2): in a sentence guessed to be in one of them, the capitalised words right after a
//! noun of [`ROMANCE_FACILITIES`] are the name, up to a word in lower case ("di Bologna" is
//! where the hospital is, not its name). Dutch writes the name first, as English does ("het
//! Maasstad Ziekenhuis", [`DUTCH_FACILITIES`]). Each noun is read as the English one of its
//! kind, so "Maggiore hospital" and "ospedale Sant'Orsola" are two hospitals across
//! languages. German is not read: it capitalises every noun.
//!
//! Public bodies named by the place or the branch after them are read as facilities of
//! their kind too (trial 44): "die Staatsanwaltschaft Essen" / "die Staatsanwaltschaft
//! Bochum" are two prosecutors' offices, "a Polícia Federal" / "a Polícia Civil" two police
//! forces, "de politie Rotterdam" / "de politie Utrecht" two ([`BODIES`]; German is read
//! here, one capitalised word after the body before a word in lower case or the end of a
//! clause). "die Essener Staatsanwaltschaft" names no body after its noun: no conflict with
//! "die Staatsanwaltschaft Essen". A river ([`RIVERS`], each by its names in the languages
//! read: "Rhein", "Rhine", "Rhin", "Rijn") is a facility of its own noun: "in den Rhein" /
//! "in die Ruhr" are two rivers, "in den Rhein" / "into the Rhine" one.
//!
//! A sentence's named facilities are read once per sentence (`facts.rs`); the pair rule
//! only compares them. Ranges are code points of each prepared sentence's text, as every
//! flag.

use super::names::fold_diacritics;
use super::Ranges;
use crate::matcher::language::{guess_sentence, Language};
use crate::matcher::lexicon::facilities::{
    BODIES, DUTCH_FACILITIES, FACILITIES, GERMAN_FACILITIES, MINED, RIVERS, RIVER_BEFORE,
    ROMANCE_FACILITIES,
};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// The river token `i` of `tokens` names ([`RIVERS`]): its row's first name; `None` for
/// any other token, for a name in lower case, one not after an article or a preposition
/// of [`RIVER_BEFORE`] ("sagte Maas": a person) and one before another capitalised word
/// ("der Arno Schmidt").
fn river(tokens: &[Token], i: usize) -> Option<&'static str> {
    let t = &tokens[i];
    let after_article = i > 0 && RIVER_BEFORE.contains(&tokens[i - 1].norm.as_str());
    let named_on = tokens
        .get(i + 1)
        .is_some_and(|n| n.capital && n.kind == Kind::Word);
    if !t.capital || t.kind != Kind::Word || !after_article || named_on {
        return None;
    }
    let folded = fold_diacritics(&t.norm);
    RIVERS
        .iter()
        .find(|row| row.contains(&folded.as_ref()))
        .map(|row| row[0])
}

/// A key standing for a river's name ([`river`]), the same for each of its names.
fn river_key(name: &str) -> u64 {
    name.bytes().fold(0x5249_5645_5200_0000_u64, |h, b| {
        h.rotate_left(7) ^ u64::from(b)
    })
}

/// At most this many capitalised words make a facility's name.
const MAX_NAME_WORDS: usize = 4;

/// One named facility: its noun, the stems of its name's words and its range (the name
/// and the noun, code points).
pub(super) struct Facility {
    /// The noun of the facility, one of [`FACILITIES`].
    noun: &'static str,
    /// The stems of its name's words.
    name: Vec<u64>,
    /// Its range, the name and the noun (code points).
    range: (usize, usize),
    /// Named by a town's name in the possessive ("Porto's airport"): the town's facility,
    /// which may be a named one ("Francisco Sa Carneiro airport"; trial 36 F13.4).
    of_town: bool,
}

/// The named facilities of sentence `p`, in order; read once per sentence (`facts.rs`).
fn facilities(p: &Prepared) -> &[Facility] {
    p.facts
        .facilities
        .get_or_init(|| read_facilities(&p.text, &p.tokens))
}

/// The named facilities of a sentence's text and tokens, in order. Its language is
/// guessed only when a noun of a facility in another language is met.
fn read_facilities(text: &str, tokens: &[Token]) -> Vec<Facility> {
    let mut out = Vec::new();
    let language = std::cell::OnceCell::new();
    let romance = || {
        matches!(
            *language.get_or_init(|| guess_sentence(text)),
            Some(Language::French | Language::Spanish | Language::Italian | Language::Portuguese)
        )
    };
    for (i, t) in tokens.iter().enumerate() {
        let folded = fold_diacritics(&t.norm);
        if let Some(name) = river(tokens, i) {
            out.push(Facility {
                noun: "river",
                name: vec![river_key(name)],
                range: (t.start, t.end),
                of_town: false,
            });
            continue;
        }
        // "die Staatsanwaltschaft Essen", "a Polícia Federal": a body and what it serves;
        // "das Umspannwerk Lichtenberg": a German facility and the place it serves.
        let german = GERMAN_FACILITIES
            .iter()
            .map(|&(n, k)| (n, k, Language::German));
        let body = BODIES
            .iter()
            .copied()
            .chain(german)
            .filter(|(n, _, _)| *n == folded)
            .find(|(_, _, l)| {
                // A sentence too short to tell its language: the body's noun tells it.
                let guessed = *language.get_or_init(|| guess_sentence(text));
                guessed.is_none() || guessed == Some(*l)
            });
        if let Some((_, noun, lang)) = body {
            if let Some(last) = body_name(tokens, i, lang == Language::German) {
                out.push(Facility {
                    noun,
                    name: tokens[i + 1..=last].iter().map(|w| w.stem).collect(),
                    range: (noun_start(t), tokens[last].end),
                    of_town: false,
                });
                continue;
            }
        }
        let english = FACILITIES.iter().find(|n| **n == t.norm).copied();
        let dutch = DUTCH_FACILITIES
            .iter()
            .find(|(n, _)| *n == folded)
            .map(|(_, k)| *k);
        let foreign = ROMANCE_FACILITIES
            .iter()
            .find(|(n, _)| *n == folded)
            .map(|(_, k)| *k);
        if let Some(noun) = foreign.filter(|_| romance()) {
            // The capitalised words right after the noun ("ospedale Sant'Orsola", "hospital
            // Virgen"), up to a word in lower case ("di Bologna"); after what a mine digs
            // ("la mina de cobre Santa Rosa").
            let from = after_mined(tokens, i, noun);
            let mut last = from;
            while last + 1 < tokens.len()
                && last - i < MAX_NAME_WORDS
                && is_name_word(&tokens[last + 1])
            {
                last += 1;
            }
            if last == from {
                continue;
            }
            let name: Vec<u64> = tokens[from + 1..=last].iter().map(|w| w.stem).collect();
            out.push(Facility {
                noun,
                name,
                range: (noun_start(t), tokens[last].end),
                of_town: false,
            });
            continue;
        }
        let Some(noun) = english.or(dutch) else {
            continue;
        };
        // The capitalised words right before the noun ("St Mary's", "Erasmus"), not a
        // sentence's first word alone ("Hospital staff said": no name); before what a
        // mine digs ("the Santa Rosa copper mine").
        let end = before_mined(tokens, i, noun);
        let mut first = end;
        while first > 0 && end - first < MAX_NAME_WORDS && is_name_word(&tokens[first - 1]) {
            first -= 1;
        }
        if first == end || described(tokens, first, end) {
            continue;
        }
        let name: Vec<u64> = tokens[first..end].iter().map(|w| w.stem).collect();
        out.push(Facility {
            noun,
            name,
            range: (tokens[first].start, t.end),
            of_town: first + 1 == end && possessive(text, &tokens[first]),
        });
    }
    out
}

/// Where the name of a mine (noun `noun`, token `i`) written before it ends: before a word
/// of what it digs ([`MINED`]: "the Santa Rosa copper mine"), else right before the noun
/// (the index of the token after the name).
fn before_mined(tokens: &[Token], i: usize, noun: &str) -> usize {
    let mined = |k: usize| MINED.contains(&fold_diacritics(&tokens[k].norm).as_ref());
    if noun == "mine" && i > 1 && !tokens[i - 1].capital && mined(i - 1) {
        i - 1
    } else {
        i
    }
}

/// The token after which the name of a mine (noun `noun`, token `i`) written after it
/// starts: after what it digs, with "de", "di", "do", "da" or an elided "d'" ("la mina de
/// cobre Santa Rosa", "la mine d'or Saint-Pierre"), else the noun itself.
fn after_mined(tokens: &[Token], i: usize, noun: &str) -> usize {
    let mined = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| MINED.contains(&fold_diacritics(&t.norm).as_ref()))
    };
    let of = tokens
        .get(i + 1)
        .is_some_and(|t| ["de", "di", "do", "da", "del"].contains(&t.norm.as_str()));
    if noun != "mine" {
        i
    } else if of && mined(i + 2) {
        i + 2
    } else if mined(i + 1) {
        i + 1
    } else {
        i
    }
}

/// Whether the personal-looking name of tokens `s..=e` of sentence `p` names a facility:
/// a noun of [`FACILITIES`] or [`DUTCH_FACILITIES`] follows it (after what a mine digs:
/// "the Santa Rosa copper mine", "El Algarrobo mine"), or a noun of
/// [`ROMANCE_FACILITIES`] stands right before it ("la mina Santa Rosa", "la mina de cobre
/// Santa Rosa"), only spaces between (trial 52 F6: two mines were flagged as two people;
/// "at the hospital, Maria Lopez said" names a person).
pub(super) fn names_facility(p: &Prepared, s: usize, e: usize) -> bool {
    let tokens = &p.tokens;
    let spaced = |x: usize, y: usize| {
        (x..y).all(|k| super::surface_is(p, tokens[k].end, tokens[k + 1].start, " "))
    };
    let noun_at = |k: usize| -> Option<&'static str> {
        let t = tokens.get(k)?;
        let folded = fold_diacritics(&t.norm);
        FACILITIES
            .iter()
            .find(|n| **n == t.norm)
            .copied()
            .or_else(|| {
                DUTCH_FACILITIES
                    .iter()
                    .find(|(n, _)| *n == folded)
                    .map(|(_, k)| *k)
            })
    };
    let after = (noun_at(e + 1).is_some() && spaced(e, e + 1))
        || (noun_at(e + 2) == Some("mine")
            && before_mined(tokens, e + 2, "mine") == e + 1
            && spaced(e, e + 2));
    let before = (1..=3).any(|d| {
        s >= d && spaced(s - d, s) && {
            let folded = fold_diacritics(&tokens[s - d].norm);
            ROMANCE_FACILITIES
                .iter()
                .find(|(n, _)| *n == folded)
                .is_some_and(|&(_, noun)| after_mined(tokens, s - d, noun) + 1 == s || d == 1)
        }
    });
    after || before
}

/// The last token of the name after the noun of a body at token `i` of `tokens` ("Essen"
/// of "Staatsanwaltschaft Essen", "Federal" of "Polícia Federal"): up to two capitalised
/// words, in German one, where every noun is capitalised, followed by a word in lower
/// case or nothing ("die Staatsanwaltschaft Essen ermittelt"; not "der Polizei Hinweise
/// Geben"). `None` when no name follows.
fn body_name(tokens: &[Token], i: usize, german: bool) -> Option<usize> {
    let most = if german { 1 } else { 2 };
    let mut last = i;
    while last + 1 < tokens.len() && last - i < most && is_name_word(&tokens[last + 1]) {
        last += 1;
    }
    let ends = tokens
        .get(last + 1)
        .is_none_or(|n| !n.capital || n.stop || !matches!(n.kind, Kind::Word));
    (last > i && ends).then_some(last)
}

/// Whether the capitalised words `first..i` of `tokens` before a facility's noun in
/// English or Dutch (token `i`) describe a facility rather than name one, when the noun is
/// in lower case (a noun with a capital is part of the name: "the American Hospital of
/// Paris"):
/// - nationalities only (`nationality::nationality`, and the Dutch and German adjectives
///   of `lexicon::nationalities`): "a Dutch hospital", "a French clinic", "een
///   Nederlands ziekenhuis" (trial 49 F3: "Amstelland Hospital ≠ Dutch hospital");
/// - one word after an indefinite article (`lexicon::one_article`): "an Amstelveen
///   hospital" is a hospital of that town, one of several maybe, no name (trial 49 F3:
///   "Amstelveen hospital ≠ Amstelland Hospital"); "the Erasmus hospital" names one.
fn described(tokens: &[Token], first: usize, i: usize) -> bool {
    use crate::matcher::lexicon::nationalities::germanic_nationality;
    use crate::matcher::lexicon::one_article;
    if tokens[i].capital {
        return false;
    }
    let nationalities = tokens[first..i].iter().all(|w| {
        super::nationality::nationality(&w.norm)
            .or_else(|| germanic_nationality(&w.norm))
            .is_some()
    });
    let indefinite = first + 1 == i && first > 0 && one_article(&tokens[first - 1].norm, None);
    nationalities || indefinite
}

/// Whether token `t` of `text` is written in the possessive ("Porto's", "Porto’s"), as
/// [`crate::matcher::speakers::possessive`] reads a word: its code points `t.start..t.end`
/// sliced from the text (`model::offsets::slice_cp`), nothing collected. A range past the
/// text's end is no possessive.
pub(super) fn possessive(text: &str, t: &Token) -> bool {
    crate::model::offsets::slice_cp(text, t.start, t.end)
        .is_some_and(crate::matcher::speakers::possessive_text)
}

/// Where the noun of token `t` starts: after an elided article or preposition written
/// with it ("all'ospedale", "l'hôpital": the token is the word after the apostrophe,
/// `text::ELISIONS`), else at the token's start. Code points.
fn noun_start(t: &Token) -> usize {
    let len = t.norm.chars().count();
    if t.end >= t.start + len {
        t.end - len
    } else {
        t.start
    }
}

/// A word of a facility's name: capitalised inside the sentence, no number, date or
/// function word ("the", "of").
fn is_name_word(t: &Token) -> bool {
    t.proper && !t.stop && !t.date && !matches!(t.kind, Kind::Number(_))
}

/// Two named facilities of one noun, one in each sentence, whose names share no word and
/// neither of which the other sentence holds: their ranges (code points of `a`'s and `b`'s
/// texts), and whether they are mines, quarries or substations (sites the place flags
/// read only as towns they do not know, softly: their flag gives way to this one; two
/// hospitals keep the place flags' kind, `places/hospitals.rs`). `None` when either
/// sentence names no facility.
pub(super) fn facility_conflict(a: &Prepared, b: &Prepared) -> Option<(Ranges, bool)> {
    let fa = facilities(a);
    if fa.is_empty() {
        return None;
    }
    let fb = facilities(b);
    let holds = |p: &Prepared, name: &[u64]| p.tokens.iter().any(|t| name.contains(&t.stem));
    for x in fa {
        for y in fb.iter().filter(|y| y.noun == x.noun) {
            // One name told two ways ("Rhein" / "Rhine": one key).
            if x.name.iter().any(|s| y.name.contains(s)) {
                continue;
            }
            // A town's facility and a named one may be one ("Porto's airport" /
            // "Francisco Sa Carneiro airport"); two towns' are two ("Porto's airport" /
            // "Lisbon's airport").
            if holds(b, &x.name) || holds(a, &y.name) || x.of_town != y.of_town {
                continue;
            }
            return Some((
                (x.range, y.range),
                matches!(x.noun, "mine" | "quarry" | "substation"),
            ));
        }
    }
    None
}
