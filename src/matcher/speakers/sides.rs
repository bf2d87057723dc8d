//! The side a body credited as a source speaks for, for the speaker flag (`bodies.rs`):
//! its country ("Russia's defence ministry", "el Ministerio de Defensa ruso"), the armed
//! group it is named by ("the Houthi-run health ministry"), and whether it is named by
//! that side ("Russian-backed rebels", "pro-Russian separatists": [`by_side`]); and the
//! capitals and countries named as speakers, each read as its state's government ("Kyiv
//! said", "sagte Moskau", "Russia said": [`states`]; session 24).

use super::super::countries::{country_at, country_of, prefixed_side, state_named};
use super::super::find::is_speech;
use super::super::known_sources::{BodyKind, BODIES};
use super::{alias_at, clauses, first_words, shown, Found};
use crate::matcher::features::Prepared;
use crate::matcher::flags::fold_diacritics;
use crate::matcher::text::Kind;

/// The capitals and countries `p` credits as speakers, each read as its state's
/// government ([`state_speaker`]: "Kyiv said", "sagte Kiew", "according to Moscow",
/// "Russia said"): the index of the government in [`BODIES`] and the name's tokens.
pub(super) fn states(p: &Prepared, chars: &[char]) -> Vec<Found> {
    let Some(government) = BODIES.iter().position(|b| b.id == "government") else {
        return Vec::new();
    };
    super::super::speakers(p)
        .iter()
        .filter_map(|&((start, end), _)| {
            let s = p.tokens.iter().position(|t| t.start == start)?;
            let e = p.tokens.iter().position(|t| t.end == end)?;
            state_speaker(p, chars, s, e).then_some((government, (s, e + 1)))
        })
        .collect()
}

/// Whether the speaker of tokens `s..=e` of `p` (text `chars`) is a capital or a country
/// standing for its state ("Kyiv said", "a déclaré Pékin", "New Delhi said", "Russland
/// sagte"): capitalised words that name a capital or a country of `countries.rs`
/// (`state_named`) and nothing more (not "the Washington Post", "Moscow-based", "Paris
/// Hilton").
fn state_speaker(p: &Prepared, chars: &[char], s: usize, e: usize) -> bool {
    let toks = &p.tokens;
    let joined_after = toks.get(e + 1).is_some_and(|n| {
        chars
            .get(toks[e].end..n.start)
            .is_some_and(|g| g == ['-'] || (g == [' '] && n.capital))
    });
    let name = toks[s..=e]
        .iter()
        .map(|t| fold_diacritics(&t.norm).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    e <= s + 1
        && toks[s..=e]
            .iter()
            .all(|t| t.capital && t.kind == Kind::Word)
        && !joined_after
        && state_named(&name).is_some()
}

/// The country body `(s, e)` of `p` speaks for (`countries.rs`), with the first and last
/// tokens that name it: a word of the body's name ("Israel Defense Forces"; a capital read
/// as its state, "Kyiv said"), one of up to three words joined before it ("Russia's
/// defence ministry", "the Israeli military", "Saudi Arabia's") with the hyphenated word
/// they begin ("Russian-installed officials": trial 27, F8), or one of up to three words
/// after it in its clause before a speech word ("el Ministerio de Defensa ruso", "the
/// ministry of defence of Ukraine"), or further on while the words go on the body's whole
/// name ([`NAME_TAIL`] words: articles, "de", "di", "of"; capitalised words and a
/// country's; "le ministère de la Santé de Gaza", "il ministero della Sanità di Gaza":
/// trial 27, F8). Before the body, an armed group it is named by is its side as a country
/// is ("the Houthi-run health ministry": the group's identity; "Hamas officials": the
/// country the group runs, [`GOVERNS`]), as is a
/// country named with "pro" ("prorussische Separatisten", "filorussi"; [`by_side`]).
pub(super) fn country(
    p: &Prepared,
    (s, e): (usize, usize),
) -> Option<(&'static str, usize, usize)> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let (mut from, _) = shown(p, (s, e), false);
    // The first part of a hyphenated word before it ("Russian-installed officials").
    while from > 0 && chars.get(toks[from - 1].end..toks[from].start) == Some(&['-'][..]) {
        from -= 1;
    }
    // "pro-Russian": the name from "pro".
    let pro = |k: usize| match k > 0 && pro_before(p, chars, k) {
        true => k - 1,
        false => k,
    };
    let named = |k: usize| {
        country_at(toks, chars, k)
            .map(|(c, last)| (c, pro(k), last))
            .or_else(|| prefixed_side(&toks[k].norm).map(|c| (c, k, k)))
    };
    let group = |k: usize| {
        let id = (k < s).then(|| armed_group(p, chars, k)).flatten()?;
        let governs = GOVERNS.iter().find(|(g, _)| *g == id);
        Some(governs.map_or(id, |(_, country)| *country))
    };
    let inside = (from..e).find_map(|k| named(k).or_else(|| group(k).map(|g| (g, k, k))));
    let clause = clauses(p);
    let in_name = |k: usize| {
        k < e + 3
            || toks[k].capital
            || country_of(&toks[k]).is_some()
            || NAME_TAIL.contains(&fold_diacritics(&toks[k].norm).as_ref())
    };
    let after = (e..toks.len().min(e + NAME_REACH))
        .take_while(|&k| clause[k] == clause[s] && !is_speech(p, k) && in_name(k))
        .find_map(named);
    inside.or(after)
}

/// The armed group ([`BodyKind::Armed`], but rebels at large) whose name begins at token
/// `k` of `p` (text `chars`): its identity ("Houthi" of "the Houthi-run health ministry":
/// "houthis").
fn armed_group(p: &Prepared, chars: &[char], k: usize) -> Option<&'static str> {
    let key = fold_diacritics(&p.tokens[k].norm).into_owned();
    first_words()
        .get(key.as_str())?
        .iter()
        .find_map(|&(b, alias)| {
            let body = &BODIES[b];
            (body.kind == BodyKind::Armed
                && body.id != "rebels"
                && alias_at(p, chars, alias, k).is_some())
            .then_some(body.id)
        })
}

/// Armed groups that run the administration of a country or a territory, with its
/// country (the gazetteer's name): a body they run speaks for it ("the Hamas-run health
/// ministry" / "the Gaza health ministry", trial 26, F8).
const GOVERNS: &[(&str, &str)] = &[("hamas", "palestine"), ("taliban", "afghanistan")];

/// Participles after a hyphen that name a body by the side it belongs to ("Russian-backed
/// rebels", "the Saudi-led coalition", "the Houthi-run health ministry",
/// "Russian-installed officials").
const SIDE_PARTICIPLES: &[&str] = &[
    "backed",
    "led",
    "run",
    "installed",
    "controlled",
    "supported",
    "sponsored",
    "allied",
    "aligned",
    "appointed",
    "funded",
];

/// Whether the country or group of a body, named by tokens `first..=last` of `p`, names
/// the body by the side it belongs to: "X-backed", "X-led", "X-run" ([`SIDE_PARTICIPLES`]),
/// "pro-X", or one word of "pro" ("prorussische", `countries::prefixed_side`). Such a body
/// is credited to X's side: one source with X's own ("Russian-backed rebels" /
/// "Moscow").
pub(super) fn by_side(p: &Prepared, (first, last): (usize, usize)) -> bool {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let hyphen = |k: usize| chars.get(toks[k - 1].end..toks[k].start) == Some(&['-'][..]);
    let after = toks
        .get(last + 1)
        .is_some_and(|t| hyphen(last + 1) && SIDE_PARTICIPLES.contains(&t.norm.as_str()));
    let pro = matches!(toks[first].norm.as_str(), "pro" | "filo");
    after || pro || prefixed_side(&toks[first].norm).is_some()
}

/// Whether "pro-" or "filo-" stands right before token `k` of `p` (text `chars`).
fn pro_before(p: &Prepared, chars: &[char], k: usize) -> bool {
    let toks = &p.tokens;
    chars.get(toks[k - 1].end..toks[k].start) == Some(&['-'][..])
        && matches!(toks[k - 1].norm.as_str(), "pro" | "filo")
}

/// The most tokens after a body's first words in which its country is looked for
/// ([`country`]).
const NAME_REACH: usize = 8;

/// The words that go on a body's name after its first three ([`country`]): articles and
/// the prepositions of a name, in English, French, Spanish and Italian (diacritics
/// folded).
const NAME_TAIL: &[&str] = &[
    "of", "the", "de", "du", "des", "la", "le", "les", "del", "el", "di", "della", "dello", "dei",
    "delle", "il",
];
