//! Routes told the other way round: "the train from Leeds to York" / "the train from
//! York to Leeds", "de Lyon à Marseille" / "de Marseille à Lyon". Both sentences name the
//! same two places, so the place flag (a place of one not named by the other) sees
//! nothing; here the places' roles, start and end, are compared. "Between Leeds and York"
//! has no direction and is no route. A route's end may also be told by a verb of
//! arriving ("the flight from Lisbon landed in Frankfurt", "le vol en provenance de
//! Lisbonne a atterri à Francfort"; session 39). Two routes with one end in common and
//! the other told by two names neither sentence shares ("from Besançon to Pontarlier" /
//! "from Dijon to Pontarlier") differ at that end ([`other_route_end`], trial 50 F4).

use super::{name_end, name_of};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::{apart, city_like, readings};
use crate::matcher::flags::names::same_name_word;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::articles::BEFORE_NAME as ARTICLES;
use crate::matcher::lexicon::first_bytes::{first_byte, first_bytes_of, may_start, FirstBytes};
use crate::matcher::text::{Kind, Token};

/// Words before a route's start, in English, French, Spanish, Portuguese, German and
/// Italian ("from", "de", "von", "da").
const FROM: &[&str] = &["from", "de", "von", "da", "aus", "uit"];

/// Words between a route's start and its end ("to", "à", "a", "nach", "para").
const TO: &[&str] = &["to", "à", "a", "nach", "para"];

/// Verbs of arriving after which a place is a route's end ("landed in Frankfurt", "a
/// atterri à Francfort", "landete in Frankfurt", "aterrizó en Madrid", "è atterrato a
/// Roma", "aterrou em Lisboa", "landde in Amsterdam").
const ARRIVED: &[&str] = &[
    "landed",
    "arrived",
    "atterri",
    "arrivé",
    "arrivée",
    "landete",
    "gelandet",
    "ankam",
    "aterrizó",
    "llegó",
    "atterrato",
    "atterrata",
    "arrivato",
    "arrivata",
    "aterrou",
    "chegou",
    "landde",
    "geland",
];

/// Words between a verb of [`ARRIVED`] and the place it names ("in", "at", "à", "en",
/// "a", "em", "no", "na", "op").
const ARRIVED_AT: &[&str] = &["in", "at", "à", "en", "a", "em", "no", "na", "op", "au"];

/// How many tokens after a route's start a verb of [`ARRIVED`] may stand ("from Lisbon
/// safely landed in", "de Lisbonne a atterri à").
const ARRIVED_REACH: usize = 4;

/// Words before the place a journey heads for, in seven languages, lower case, each a
/// row of tokens: en "towards", fr "vers", "en direction de", de "Richtung", "nach", es
/// "hacia", "rumbo a", it "verso", "diretto a", nl "richting", "naar", pt "rumo a", "em
/// direção a" (session 48, trial 50 F4 rest: "héliportés vers Lausanne" / "vers Dijon"
/// went unflagged). Read only against the other sentence's place after such a word
/// ([`destination_conflict`]): where one report sends the injured is no place where the
/// other tells the event happened (`prepositions.rs` reads no place after these words).
const TOWARDS: &[&[&str]] = &[
    &["towards"],
    &["toward"],
    &["vers"],
    &["en", "direction", "de"],
    &["en", "direction", "du"],
    &["richtung"],
    &["nach"],
    &["hacia"],
    &["rumbo", "a"],
    &["rumbo", "al"],
    &["en", "dirección", "a"],
    &["verso"],
    &["diretto", "a"],
    &["diretta", "a"],
    &["diretti", "a"],
    &["dirette", "a"],
    &["in", "direzione", "di"],
    &["richting"],
    &["naar"],
    &["rumo", "a"],
    &["rumo", "ao"],
    &["rumo", "à"],
    &["em", "direção", "a"],
    &["em", "direção", "ao"],
    &["em", "direção", "à"],
];

/// Past participles of verbs of taking people somewhere, lower case, in English, Spanish,
/// French, Italian, Portuguese, German and Dutch: "taken", "flown", "airlifted",
/// "llevados", "trasladados", "emmenés", "transportés", "portati", "levados",
/// "gebracht", "overgebracht" (trial 52 F5: "The rescued miners were taken to Huancayo" /
/// "… taken to Lima" went unflagged). A place after such a verb and a word of
/// [`TAKEN_TO`] is where people were taken ([`destinations`]).
use crate::matcher::lexicon::fate_phrases::TAKEN as TRANSPORTED;

/// Words between a verb of [`TRANSPORTED`] and the place people were taken to: en "to",
/// es "a", "al", "hasta", fr "à", "au", "jusqu'à", it "a", "al", pt "para", "a", "ao",
/// de "nach", nl "naar" ("to" alone is no destination: "talked to Lima's mayor").
const TAKEN_TO: &[&str] = &[
    "to", "a", "al", "hasta", "à", "au", "para", "ao", "nach", "naar",
];

/// How many tokens a verb of [`TRANSPORTED`] may stand before the word of [`TAKEN_TO`]
/// ("flown by helicopter to", "taken by ambulance to", "llevados en ambulancia a"), or after
/// the place in German and Dutch ("nach Huancayo gebracht", "naar Breda overgebracht").
const TAKEN_REACH: usize = 4;

/// Whether a verb of [`TRANSPORTED`] stands within [`TAKEN_REACH`] tokens before token `i`
/// or after token `end`.
fn taken_near(toks: &[Token], i: usize, end: usize) -> bool {
    let verb = |t: &Token| TRANSPORTED.contains(&t.norm.as_str());
    toks[i.saturating_sub(TAKEN_REACH)..i].iter().any(verb)
        || toks[(end + 1).min(toks.len())..toks.len().min(end + 1 + TAKEN_REACH)]
            .iter()
            .any(verb)
}

/// Whether a phrase of a means of transport ends right before token `i` of `toks`
/// (`lexicon::conveyances`: "mit Bussen", "by bus", "en autobús", "met de bus"): a word of
/// `MEANS_WORDS`, an article of `MEANS_ARTICLES` at most, and a vehicle of `CONVEYANCES`.
/// A place after it and a word of [`TAKEN_TO`] is where people were taken, whatever verb
/// stands before it (trial 53 F4: "Die Feuerwehr brachte die Fahrgäste mit Bussen nach
/// Lichtenberg" / "… nach Potsdam").
fn conveyed_before(toks: &[Token], i: usize) -> bool {
    use crate::matcher::lexicon::conveyances::{CONVEYANCES, MEANS_ARTICLES, MEANS_WORDS};
    let word = |k: Option<usize>, list: &[&str]| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| list.contains(&t.norm.as_str()))
    };
    let Some(v) = i.checked_sub(1) else {
        return false;
    };
    word(Some(v), CONVEYANCES)
        && (word(v.checked_sub(1), MEANS_WORDS)
            || (word(v.checked_sub(1), MEANS_ARTICLES) && word(v.checked_sub(2), MEANS_WORDS)))
}

/// Whether the name of tokens `x` of `toks` is a hospital or another facility ("taken to
/// the Hospital Regional de Huancayo", "taken to the Erasmus hospital"): the hospital and
/// facility rules compare those (`hospitals.rs`, `facilities.rs`).
fn names_a_facility(toks: &[Token], x: (usize, usize)) -> bool {
    use crate::matcher::lexicon::facilities::FACILITIES;
    use crate::matcher::lexicon::fate_phrases::HOSPITALS;
    toks[x.0..=x.1]
        .iter()
        .chain(toks.get(x.1 + 1))
        .any(|t| HOSPITALS.contains(&t.norm.as_str()) || FACILITIES.contains(&t.norm.as_str()))
}

/// The places `p` tells a journey heads for ([`TOWARDS`]), names the gazetteer knows,
/// and the places people were taken to ([`TRANSPORTED`], [`TAKEN_TO`]), known or not
/// (no hospital nor other facility): their first and last tokens.
fn destinations(p: &Prepared) -> Vec<(usize, usize)> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = Vec::new();
    // The first bytes of the rows' first words (all bytes for an empty row): a token
    // beginning with none begins no row (speed only; asked of both sentences of each pair).
    static STARTS: std::sync::OnceLock<FirstBytes> = std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        first_bytes_of(TOWARDS.iter().map(|row| row.first().copied().unwrap_or("")))
    });
    for i in 0..toks.len() {
        let taken = TAKEN_TO.contains(&toks[i].norm.as_str());
        let row = if may_start(starts, first_byte(&toks[i])) {
            TOWARDS.iter().find(|row| {
                row.len() <= toks.len() - i && row.iter().zip(&toks[i..]).all(|(w, t)| t.norm == *w)
            })
        } else {
            None
        };
        let Some(len) = row.map(|r| r.len()).or(taken.then_some(1)) else {
            continue;
        };
        let Some(name) = name_at(toks, i + len, chars) else {
            continue;
        };
        let known = !readings(&name_of(&toks[name.0..=name.1])).is_empty();
        let carried = taken
            && (taken_near(toks, i, name.1) || conveyed_before(toks, i))
            && !names_a_facility(toks, name);
        // One place once: "flown rumbo a Lausanne" is both a row and a taking verb's "a".
        if ((row.is_some() && known) || carried) && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Two places two sentences tell a journey heads for ([`TOWARDS`]: "Sept blessés graves
/// ont été héliportés vers Lausanne" / "… vers Dijon", "De gewonden werden naar Utrecht
/// gebracht" / "naar Breda") or people were taken to ("taken to Huancayo" / "taken to
/// Lima", [`TRANSPORTED`]): the ranges of the two names, and whether the flag is the
/// softer kind. Solid when the gazetteer knows the two apart; soft when either is a town
/// it does not know and the other such a town or a known city (one may lie in the other,
/// as for `places::conflicting`); none against a known region or country ("taken to
/// Huancayo" / "flown to Peru"). None when either sentence names the other's place
/// anywhere ("towards Lausanne and then Dijon").
pub(in crate::matcher::flags) fn destination_conflict(
    a: &Prepared,
    b: &Prepared,
) -> Option<(Ranges, bool)> {
    let da = destinations(a);
    if da.is_empty() {
        return None;
    }
    let db = destinations(b);
    let known = |p: &Prepared, x: (usize, usize)| readings(&name_of(&p.tokens[x.0..=x.1]));
    let range = |p: &Prepared, x: (usize, usize)| (p.tokens[x.0].start, p.tokens[x.1].end);
    // Solid (`Some(false)`), soft (`Some(true)`) or none for two names of places.
    let differ = |kx: &[crate::matcher::flags::gazetteer::Known],
                  ky: &[crate::matcher::flags::gazetteer::Known]| {
        match (kx.is_empty(), ky.is_empty()) {
            (false, false) => apart(kx, ky).then_some(false),
            (true, true) => Some(true),
            (true, false) => city_like(ky).then_some(true),
            (false, true) => city_like(kx).then_some(true),
        }
    };
    da.iter().find_map(|&x| {
        db.iter().find_map(|&y| {
            if named_in(a, x, b) || named_in(b, y, a) {
                return None;
            }
            differ(known(a, x), known(b, y)).map(|soft| ((range(a, x), range(b, y)), soft))
        })
    })
}

/// Whether name `x` of `p` (tokens, first and last) is named anywhere in `q`: one name of
/// as many words ([`same_name`]).
fn named_in(p: &Prepared, x: (usize, usize), q: &Prepared) -> bool {
    let n = x.1 - x.0 + 1;
    (0..q.tokens.len().saturating_sub(n - 1)).any(|k| same_name(p, x, q, (k, k + n - 1)))
}

/// A route of a sentence: the tokens (first, last) of its start and of its end.
struct Route {
    from: (usize, usize),
    to: (usize, usize),
}

/// The name starting at token `j` (an article skipped): its first and last tokens, when a
/// capitalised word is there (`chars`: the sentence's code points).
fn name_at(toks: &[Token], mut j: usize, chars: &[char]) -> Option<(usize, usize)> {
    if toks
        .get(j)
        .is_some_and(|t| ARTICLES.contains(&t.norm.as_str()))
    {
        j += 1;
    }
    let t = toks.get(j)?;
    (t.proper && t.kind == Kind::Word).then(|| (j, name_end(toks, j, chars)))
}

/// The routes of `p`: "from X to Y" and its words in the other languages, X and Y names.
fn routes(p: &Prepared) -> Vec<Route> {
    let toks = &p.tokens;
    if !toks.iter().any(|t| FROM.contains(&t.norm.as_str())) {
        return Vec::new();
    }
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !FROM.contains(&t.norm.as_str()) {
            continue;
        }
        let Some(from) = name_at(toks, i + 1, chars) else {
            continue;
        };
        let to_word = toks
            .get(from.1 + 1)
            .is_some_and(|t| TO.contains(&t.norm.as_str()));
        if let Some(to) = to_word.then(|| name_at(toks, from.1 + 2, chars)).flatten() {
            out.push(Route { from, to });
        } else if let Some(to) = arrived_at(toks, from.1 + 1, chars) {
            out.push(Route { from, to });
        }
    }
    out
}

/// The place a verb of [`ARRIVED`] names, the verb within [`ARRIVED_REACH`] tokens from
/// token `k`, the place right after it or after a word of [`ARRIVED_AT`]: its first and
/// last tokens.
fn arrived_at(toks: &[Token], k: usize, chars: &[char]) -> Option<(usize, usize)> {
    let v = (k..toks.len().min(k + ARRIVED_REACH))
        .find(|&i| ARRIVED.contains(&toks[i].norm.as_str()))?;
    let at = v
        + 1
        + usize::from(
            toks.get(v + 1)
                .is_some_and(|t| ARRIVED_AT.contains(&t.norm.as_str())),
        );
    name_at(toks, at, chars)
}

/// Whether names `x` of `a` and `y` of `b` (tokens, first and last) are one name: as many
/// words, each the same word of a name (`names::same_name_word`).
fn same_name(a: &Prepared, x: (usize, usize), b: &Prepared, y: (usize, usize)) -> bool {
    let (wx, wy) = (&a.tokens[x.0..=x.1], &b.tokens[y.0..=y.1]);
    wx.len() == wy.len() && wx.iter().zip(wy).all(|(u, v)| same_name_word(u, v))
}

/// The routes of `a` and of `b` ([`routes`]); None when `a` tells none (then `b`'s are
/// not read).
fn both_routes(a: &Prepared, b: &Prepared) -> Option<(Vec<Route>, Vec<Route>)> {
    let ra = routes(a);
    (!ra.is_empty()).then(|| (ra, routes(b)))
}

/// Whether route `x` of `a` and route `y` of `b` are one route: the same start and the
/// same end ([`same_name`]).
fn same_route(a: &Prepared, x: &Route, b: &Prepared, y: &Route) -> bool {
    same_name(a, x.from, b, y.from) && same_name(a, x.to, b, y.to)
}

/// Whether `p` tells a route ("from Leeds to York") or a place a journey heads for
/// ("vers Lausanne", [`destinations`]): a sentence that does neither gives no
/// reversed-route, route-end or destination flag with any sentence.
pub(in crate::matcher::flags) fn tells_a_route(p: &Prepared) -> bool {
    !routes(p).is_empty() || !destinations(p).is_empty()
}

/// A route of `a` told the other way round by `b` ("from Leeds to York" / "from York to
/// Leeds"): the ranges from each route's start to its end. None when either sentence
/// also tells the other's route (a trip there and back).
pub(in crate::matcher::flags) fn reversed_route(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ra, rb) = both_routes(a, b)?;
    let same = |x: &Route, y: &Route| same_route(a, x, b, y);
    let swapped = |x: &Route, y: &Route| {
        same_name(a, x.from, b, y.to) && same_name(a, x.to, b, y.from) && !same(x, y)
    };
    let told_a = |y: &Route| ra.iter().any(|x| same(x, y));
    let told_b = |x: &Route| rb.iter().any(|y| same(x, y));
    ra.iter().find_map(|x| {
        rb.iter()
            .find(|y| swapped(x, y) && !told_a(y) && !told_b(x))
            .map(|y| {
                let range =
                    |p: &Prepared, r: &Route| (p.tokens[r.from.0].start, p.tokens[r.to.1].end);
                (range(a, x), range(b, y))
            })
    })
}

/// Two routes of `a` and `b` with one end told by one name and the other by two names
/// ("from Besançon to Pontarlier" / "from Dijon to Pontarlier", "de Lyon à Marseille" /
/// "de Lyon à Nice"): the ranges of the two names that differ, and whether the flag is
/// the softer kind (unless the gazetteer knows the two apart: a town it does not know may
/// lie in the other). None when a name that differs is named anywhere on the other side
/// ("from Dijon to Pontarlier via Besançon"), or when either sentence also tells the
/// other's route.
pub(in crate::matcher::flags) fn other_route_end(
    a: &Prepared,
    b: &Prepared,
) -> Option<(Ranges, bool)> {
    let (ra, rb) = both_routes(a, b)?;
    if ra.iter().any(|x| rb.iter().any(|y| same_route(a, x, b, y))) {
        return None;
    }
    let range = |p: &Prepared, x: (usize, usize)| (p.tokens[x.0].start, p.tokens[x.1].end);
    let soft = |x: (usize, usize), y: (usize, usize)| {
        let (kx, ky) = (
            readings(&name_of(&a.tokens[x.0..=x.1])),
            readings(&name_of(&b.tokens[y.0..=y.1])),
        );
        kx.is_empty() || ky.is_empty() || !apart(kx, ky)
    };
    ra.iter().find_map(|x| {
        rb.iter().find_map(|y| {
            let (u, v) = match (same_name(a, x.from, b, y.from), same_name(a, x.to, b, y.to)) {
                (true, false) => (x.to, y.to),
                (false, true) => (x.from, y.from),
                _ => return None,
            };
            (!named_in(a, u, b) && !named_in(b, v, a))
                .then(|| ((range(a, u), range(b, v)), soft(u, v)))
        })
    })
}

#[cfg(test)]
mod tests_speed;
