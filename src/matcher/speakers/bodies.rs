//! Organisations and public bodies as sources, for the speaker flag: one claim credited to
//! two different bodies ("…, according to Amnesty International" / "…, according to the
//! Red Cross"; "The police said …" / "The fire brigade said …"; "Human Rights Watch said
//! …" / "The interior ministry said …"), while the ways of writing one body agree ("the
//! Red Cross", "the ICRC", "the Kenya Red Cross Society"; "Amnesty", "Amnesty International
//! Kenya"), as "X said" and "according to X" do (trial 25, M7' sources). The names of
//! bodies carry places and common words ("Kenya", "Human Rights", "Syrian") that the rules
//! for people's names (`conflict.rs`) read as one speaker; the bodies are known here by
//! their names instead (the table of `known_sources.rs`).
//!
//! A body of the state speaks for its country: "Russia's defence ministry" and "the
//! Ukrainian military", "Israeli officials" and "Palestinian officials" are two sources
//! (trial 26, F8; `countries.rs`), while "the Israeli army" and "the IDF" are one. An agency
//! speaks as the body it is part of ("UNICEF" / "the UN"; trial 26, F11). A capital or a
//! country named as the speaker is its state's government ("Kyiv said" / "Moscow said":
//! two; "Kyiv said" / "the Ukrainian government said": one), and a body named by the side
//! it belongs to is credited to that side ("Russian-backed rebels" / "pro-Russian
//! separatists": one; / "the Ukrainian army": two; `sides.rs`, session 24). Two
//! spokespeople speak each for their own body ("police spokesman" / "army spokesman",
//! "Polizeisprecher" / "Feuerwehrsprecher": two; `spokes.rs`, session 26), and two
//! ministries of two portfolios for two ("the health ministry" / "the interior ministry";
//! `portfolios.rs`, trial 35 F14.2).
//!
//! Ranges are code points of each sentence's own text, as every flag.

use super::find::{attributes, is_speech};
use super::foreign::is_foreign_det;
use super::known_sources::{Body, BodyKind, BODIES, COMPOUND_HEADS};
use crate::matcher::features::{weighted_shared, Prepared};
use crate::matcher::flags::{fold_diacritics, Ranges};
use crate::matcher::text::FxMap;
use crate::matcher::text::{Kind, Token};
use sides::{by_side, country, states};
use std::borrow::Cow;

/// A body found in a sentence: its index in [`BODIES`] and the token range `[s, e)` of
/// the words naming it.
type Found = (usize, (usize, usize));

/// The text of token `t` as written (`chars`: its sentence's), without full stops and
/// without the article elided before an apostrophe that its `norm` drops ("l'ARS": "ARS";
/// "O'Brien" keeps it).
fn written(chars: &[char], t: &Token) -> String {
    let mut out = String::new();
    write_written(chars, t, &mut out);
    out
}

/// [`written`] into `out` (emptied first): every token of a sentence is looked up as
/// written, into one string (speed only).
fn write_written(chars: &[char], t: &Token, out: &mut String) {
    let text = chars.get(t.start..t.end).unwrap_or(&[]);
    let apostrophe = |c: &char| matches!(c, '\'' | '\u{2019}');
    let word = match text.iter().position(apostrophe) {
        Some(k) if !t.norm.contains('\'') => &text[k + 1..],
        _ => text,
    };
    out.clear();
    out.extend(word.iter().filter(|&&c| c != '.'));
}

/// Whether the words of `alias` stand at token `i` of `p` (whose text is `chars`): its
/// token range's end.
fn alias_at(p: &Prepared, chars: &[char], alias: &str, i: usize) -> Option<usize> {
    if alias.chars().any(char::is_uppercase) {
        let t = &p.tokens[i];
        let bare = |s: &mut dyn Iterator<Item = char>| s.filter(|&c| c != '.').collect::<String>();
        let written = written(chars, t);
        return (written == bare(&mut alias.chars())).then_some(i + 1);
    }
    let mut j = i;
    for word in alias.split([' ', '-']) {
        let t = p.tokens.get(j)?;
        if t.norm != word && fold_diacritics(&t.norm) != fold_diacritics(word) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// Every body [`BODIES`] names in `p`, the longest way of writing it at each place.
fn bodies(p: &Prepared) -> Vec<Found> {
    let chars = crate::matcher::flags::chars_of(p);
    let index = first_words();
    let mut out: Vec<Found> = Vec::new();
    // The token as written, one string for all the tokens.
    let mut as_written = String::new();
    let mut i = 0;
    while i < p.tokens.len() {
        let t = &p.tokens[i];
        // The aliases that may start here: by the token's word, or as written (acronyms).
        write_written(chars, t, &mut as_written);
        let keys = [fold_diacritics(&t.norm), Cow::Borrowed(as_written.as_str())];
        let best = keys
            .iter()
            .filter_map(|k| index.get(&**k))
            .flatten()
            .filter_map(|&(k, a)| alias_at(p, chars, a, i).map(|e| (k, (i, e))))
            .max_by_key(|(_, (_, e))| *e);
        match best.or_else(|| compound(t).map(|k| (k, (i, i + 1)))) {
            Some(found) => {
                i = found.1 .1;
                out.push(found);
            }
            None => i += 1,
        }
    }
    for found in states(p, chars) {
        if !out
            .iter()
            .any(|(_, (s, e))| *s < found.1 .1 && found.1 .0 < *e)
        {
            out.push(found);
        }
    }
    out.sort_by_key(|(_, (s, _))| *s);
    out
}

/// The body a German compound names by its last part ([`COMPOUND_HEADS`]:
/// "Verteidigungsministerium", "Bundespolizei", "Berufsfeuerwehr"): its index in
/// [`BODIES`].
fn compound(t: &Token) -> Option<usize> {
    let folded = fold_diacritics(&t.norm);
    // "Polizeisprecher", "Bundespolizeisprecher": the body of a spokesperson's compound
    // (`spokes.rs`), a one-word alias or itself a compound.
    let word = match spokes::compound_body(&folded) {
        Some(first) => {
            let alias = first_words()
                .get(first)
                .and_then(|v| v.iter().find(|(_, a)| *a == first));
            if let Some(&(k, _)) = alias {
                return Some(k);
            }
            first
        }
        None => &folded,
    };
    let (_, id) = COMPOUND_HEADS
        .iter()
        .find(|(head, _)| word.len() > head.len() + 2 && word.ends_with(head))?;
    BODIES.iter().position(|b| b.id == *id)
}

/// The aliases of [`BODIES`] by their first word (diacritics folded; an acronym as
/// written, without full stops), each with its body's index: a token is compared only
/// with the aliases that may start with it.
fn first_words() -> &'static FxMap<String, Vec<(usize, &'static str)>> {
    static INDEX: std::sync::OnceLock<FxMap<String, Vec<(usize, &'static str)>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FxMap<String, Vec<(usize, &'static str)>> = FxMap::default();
        for (k, body) in BODIES.iter().enumerate() {
            for &a in body.aliases {
                let first = a.split([' ', '-']).next().unwrap_or(a);
                let key = match a.chars().any(char::is_uppercase) {
                    true => a.replace('.', ""),
                    false => fold_diacritics(first).into_owned(),
                };
                index.entry(key).or_default().push((k, a));
            }
        }
        index
    })
}

/// The clause of each token of `p`, counted from 0: clauses are parted by commas,
/// semicolons and colons.
fn clauses(p: &Prepared) -> Vec<usize> {
    let chars = crate::matcher::flags::chars_of(p);
    let toks = &p.tokens;
    let mut n = 0;
    (0..toks.len())
        .map(|k| {
            let gap = match k {
                0 => &[][..],
                _ => chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]),
            };
            n += usize::from(gap.iter().any(|c| matches!(c, ',' | ';' | ':')));
            n
        })
        .collect()
}

/// The bodies of `p` credited with what it says: named in a clause ([`clauses`]) that
/// holds a speech word or "according to" (`find::is_speech`: "said", "according", "a
/// annoncé", "selon", "laut").
fn credited(p: &Prepared, all: &[Found]) -> Vec<Found> {
    let clause = clauses(p);
    let spoken: Vec<usize> = (0..p.tokens.len())
        .filter(|&k| attributes(p, k))
        .map(|k| clause[k])
        .collect();
    // "the Houthi-run health ministry": "Houthi" is the ministry's side, not a speaker.
    let chars = crate::matcher::flags::chars_of(p);
    let side_of_next = |e: usize| {
        e < p.tokens.len() && chars.get(p.tokens[e - 1].end..p.tokens[e].start) == Some(&['-'][..])
    };
    all.iter()
        .copied()
        .filter(|(_, (s, e))| spoken.contains(&clause[*s]) && !side_of_next(*e))
        .collect()
}

/// The tokens `[s, e)` of body `(s, e)` of `p` as the flag shows it: with up to three
/// words that describe it joined before it ("Kenya Red Cross", "the interior ministry",
/// "the Syrian health ministry"; no speech word or article: "según la Cruz Roja" shows
/// "Cruz Roja") and the capitalised words joined after it ("Amnesty International Kenya");
/// with `spokes`, a spokesperson's word right after it and the speaker's name after that
/// too ("police spokesman Ajay Kumar", `spokes.rs`: the flag of two spokespeople and what
/// they say, not the ranges of [`Verdict::One`], within which two people named may still
/// differ).
fn shown(p: &Prepared, (s, e): (usize, usize), spokes: bool) -> (usize, usize) {
    let chars = crate::matcher::flags::chars_of(p);
    let toks = &p.tokens;
    let joined = |k: usize| chars.get(toks[k - 1].end..toks[k].start) == Some(&[' '][..]);
    // Not a speech word nor an article of another language ("según la Cruz Roja").
    let word = |k: usize| {
        let t = &toks[k];
        t.kind == Kind::Word
            && !t.stop
            && !is_speech_norm(t)
            && !is_speech(p, k)
            && !is_foreign_det(&t.norm)
    };
    let name = |k: usize| word(k) && toks[k].capital;
    let (first, mut s, mut e) = (s, s, e);
    while s > 0 && first - s < 3 && word(s - 1) && joined(s) {
        s -= 1;
    }
    // "police spokesman Ajay Kumar": the spokesperson and the name after the body.
    // The name as the speaker reader reads it ("Majed al-Ansari").
    if let Some(end) = spokes::spokes_at(toks, e).filter(|_| spokes && e > 0 && joined(e)) {
        e = end;
        let named = toks.get(e).and_then(|t| {
            let spoken = super::speakers(p);
            let (r, _) = spoken.iter().find(|(r, _)| r.0 == t.start)?;
            toks.iter().position(|t| t.end == r.1)
        });
        if let Some(last) = named {
            return (s, last + 1);
        }
    }
    while e < toks.len() && name(e) && joined(e) {
        e += 1;
    }
    // "Ministry of Transport", "Ministerio del Interior", "ministère de la Santé": the
    // capitalised words after a linking word and an article name the body too (session
    // 36's trial: two ministries were shown "Ministry ≠ Ministry").
    let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let linking = [
        "of", "for", "de", "del", "des", "du", "della", "dello", "do", "da", "dos", "das",
    ];
    let articles = ["the", "la", "le", "el", "los", "las", "les"];
    if linking.contains(&norm(e)) && e > 0 && joined(e) {
        let mut k = e + 1;
        if articles.contains(&norm(k)) && joined(k) {
            k += 1;
        }
        if k < toks.len() && name(k) && joined(k) {
            e = k + 1;
            while e < toks.len() && name(e) && joined(e) {
                e += 1;
            }
        }
    }
    (s, e)
}

/// Whether a token is a speech word of [`super::SPEECH`] ("Said").
fn is_speech_norm(t: &Token) -> bool {
    super::SPEECH.contains(&t.norm.as_str())
}

/// What the known bodies of two sentences say of their speakers ([`body_verdict`]).
#[derive(Debug, PartialEq)]
pub(super) enum Verdict {
    /// One claim credited to two different bodies: the ranges of the two.
    Two(Ranges),
    /// One body credited in both, or the body one credits named in the other: the code
    /// point ranges of the bodies each names (as shown), which are no people's names to
    /// tell apart ("Doctors Without Borders" is no "Borders").
    One(Vec<(usize, usize)>, Vec<(usize, usize)>),
    /// No body credited on one side or neither.
    Unknown,
}

/// Whether body `x` of `a` and body `y` of `b` may be one: one identity, or one an agency
/// of the other ("UNICEF" / "the UN"), and no two countries ("the Israeli army" / "the
/// IDF" may be one; "Russia's defence ministry" / "Ukraine's defence ministry" are two).
fn one_body(a: &Prepared, x: &Found, b: &Prepared, y: &Found) -> bool {
    let (bx, by): (&Body, &Body) = (&BODIES[x.0], &BODIES[y.0]);
    let related = bx.id == by.id || bx.part_of == Some(by.id) || by.part_of == Some(bx.id);
    // Two ministries of two portfolios ("the health ministry" / "the interior ministry").
    if two_portfolios(a, x, b, y) {
        return false;
    }
    let (cx, cy) = (country(a, x.1), country(b, y.1));
    let countries = match (cx, cy) {
        (Some((p, _, _)), Some((q, _, _))) => p == q,
        _ => true,
    };
    // "Russian-backed rebels" / "Moscow", "pro-Russian separatists" / "Russian-backed
    // rebels": a body named by its side is credited to that side ([`by_side`]).
    let one_side = match (cx, cy) {
        (Some((p, f, l)), Some((q, g, m))) => p == q && (by_side(a, (f, l)) || by_side(b, (g, m))),
        _ => false,
    };
    (related && countries) || one_side
}

/// Whether bodies `x` of `a` and `y` of `b` are two ministries each named with its
/// portfolio, the two portfolios differing ("the health ministry" / "the interior
/// ministry", "le ministère de la Santé" / "el Ministerio del Interior": `portfolios.rs`).
fn two_portfolios(a: &Prepared, x: &Found, b: &Prepared, y: &Found) -> bool {
    let ministry = |f: &Found| BODIES[f.0].id == "ministry";
    if !(ministry(x) && ministry(y)) {
        return false;
    }
    matches!(
        (portfolios::portfolio(a, x.1), portfolios::portfolio(b, y.1)),
        (Some(p), Some(q)) if p != q
    )
}

/// Whether bodies `x` of `a` and `y` of `b` are two sources by their kinds: not both of
/// the state, or both of the state of two countries each names ([`BodyKind`]).
fn two_sources(a: &Prepared, x: &Found, b: &Prepared, y: &Found) -> bool {
    let state = |f: &Found| BODIES[f.0].kind == BodyKind::State;
    // Two spokespeople of two bodies speak for their own ("police spokesman" / "army
    // spokesman"), even of one state (`spokes.rs`).
    let spokes = spokes::speaks_for(a, x.1) && spokes::speaks_for(b, y.1);
    if !(state(x) && state(y))
        || spokes && BODIES[x.0].id != BODIES[y.0].id
        || two_portfolios(a, x, b, y)
    {
        return true;
    }
    matches!((country(a, x.1), country(b, y.1)), (Some((p, _, _)), Some((q, _, _))) if p != q)
}

/// The speaker flag of two known bodies: one claim credited to two different bodies
/// ([`Verdict::Two`]) when each sentence credits a body ([`credited`]), neither names a
/// body the other credits ([`one_body`]), two of the credited are two sources by kind
/// ([`two_sources`]: a ministry may speak for the police of its state, not for another
/// state), and the sentences say the same thing (half the shorter one's content words
/// shared, the bodies' words and the clause crediting them left out: "At least two people
/// were killed, according to the Kenya National Commission on Human Rights." / "Amnesty
/// International Kenya said at least five people had been shot dead." share "least" and
/// "people" of four): the ranges of the first such two, `a`'s first. [`Verdict::One`] when
/// a body one credits is named in the other.
pub(super) fn body_verdict(a: &Prepared, b: &Prepared) -> Verdict {
    let all_a = named_in(a);
    if all_a.is_empty() {
        return Verdict::Unknown;
    }
    let all_b = named_in(b);
    let (ca, cb) = (credited(a, all_a), credited(b, all_b));
    if ca.is_empty() || cb.is_empty() {
        return Verdict::Unknown;
    }
    let named_a = cb
        .iter()
        .any(|y| all_a.iter().any(|x| one_body(a, x, b, y)));
    let named_b = ca
        .iter()
        .any(|x| all_b.iter().any(|y| one_body(a, x, b, y)));
    let ranges = |p: &Prepared, all: &[Found]| all.iter().map(|f| range(p, f.1, false)).collect();
    if named_a || named_b {
        return Verdict::One(ranges(a, all_a), ranges(b, all_b));
    }
    let pair = ca
        .iter()
        .flat_map(|x| cb.iter().map(move |y| (x, y)))
        .find(|(x, y)| two_sources(a, x, b, y));
    let Some((x, y)) = pair else {
        return Verdict::Unknown;
    };
    // What each says: the words of its bodies (as shown) left out, and the clause that
    // credits one when the sentence has another ("…, the Syrian Observatory for Human
    // Rights said").
    let said = |p: &Prepared, all: &[Found], credit: &[Found]| -> Vec<(u64, f32)> {
        let clause = clauses(p);
        let single = clause.last() == Some(&0);
        let credits =
            |k: usize| !single && credit.iter().any(|(_, (s, _))| clause[*s] == clause[k]);
        let shown_at = |k: usize| {
            all.iter().any(|(_, r)| {
                let (s, e) = shown_with_country(p, *r, true);
                (s..e).contains(&k)
            })
        };
        let own: Vec<u64> = (0..p.tokens.len())
            .filter(|&k| credits(k) || shown_at(k))
            .map(|k| p.tokens[k].stem)
            .collect();
        p.content
            .iter()
            .filter(|(stem, _)| !own.contains(stem))
            .copied()
            .collect()
    };
    let (ta, tb) = (said(a, all_a, &ca), said(b, all_b, &cb));
    let shared = weighted_shared(&ta, &tb).2;
    let shorter = ta.len().min(tb.len());
    if shared == 0 || 2 * shared < shorter {
        // Two statements, each credited to its body: no flag, and no word of a body read
        // as a person's name ("um porta-voz da Proteção Civil" is no "Civil": trial 32
        // F3).
        return Verdict::One(ranges(a, all_a), ranges(b, all_b));
    }
    Verdict::Two((range(a, x.1, true), range(b, y.1, true)))
}

/// The known bodies `p` credits with what it says ([`credited`]), each with whether it is
/// of no state ([`BodyKind`]: a rescue service, a humanitarian or international body, an
/// armed group, the opposition) and its code point range as the flag shows it.
pub(super) fn credited_bodies(p: &Prepared) -> Vec<(bool, (usize, usize))> {
    let all = named_in(p);
    if all.is_empty() {
        return Vec::new();
    }
    credited(p, all)
        .into_iter()
        .map(|(k, r)| (BODIES[k].kind != BodyKind::State, range(p, r, false)))
        .collect()
}

/// Whether `p` names any known body, credited or not.
pub(super) fn names_body(p: &Prepared) -> bool {
    !named_in(p).is_empty()
}

/// The known bodies `p` names ([`bodies`]), read once per sentence (`flags/facts.rs`):
/// most sentences name none, and the speaker rules ask both sentences of every pair.
fn named_in(p: &Prepared) -> &[Found] {
    p.facts.bodies.get_or_init(|| bodies(p))
}

/// The tokens of body `r` of `p` as shown ([`shown`]), to the word after it that names its
/// country ("el Ministerio de Defensa ruso") or from the hyphenated one before it
/// ("Russian-installed officials", "the Houthi-run health ministry").
fn shown_with_country(p: &Prepared, r: (usize, usize), spokes: bool) -> (usize, usize) {
    let (s, e) = shown(p, r, spokes);
    match country(p, r) {
        Some((_, _, k)) if k >= e => (s, k + 1),
        Some((_, k, _)) if k < s => (k, e),
        _ => (s, e),
    }
}

/// The code point range of body `r` of `p` as the flag shows it ([`shown_with_country`]).
fn range(p: &Prepared, r: (usize, usize), spokes: bool) -> (usize, usize) {
    let (s, e) = shown_with_country(p, r, spokes);
    (p.tokens[s].start, p.tokens[e - 1].end)
}

/// [`body_verdict`] as a flag: the ranges of [`Verdict::Two`].
#[cfg(test)]
fn body_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    match body_verdict(a, b) {
        Verdict::Two(r) => Some(r),
        _ => None,
    }
}

#[path = "portfolios.rs"]
mod portfolios;

#[path = "sides.rs"]
mod sides;

#[path = "spokes.rs"]
pub(super) mod spokes;

#[cfg(test)]
#[path = "tests_bodies.rs"]
mod tests;
