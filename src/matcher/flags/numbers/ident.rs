//! Figures that name a thing rather than counting one (issue 8, trial 24 M1, trial 25 M1'
//! and its road-number regression): a road or a code ("the A-44 motorway", "I-95", "Flight
//! BA117", "the M6"), the number of a flight, a bus, a train or a line ("Flight 447
//! crashed", "Train 8 derailed", "the bus on line 14", "il treno regionale 8") or a figure
//! after a name ("Boeing 737", "took Route 9"). Such a figure agrees with no count ("Flight
//! 447 crashed" / "killing 447 people"); it is compared with the figure of a thing of the
//! same name ([`Ident::name`]: "the A-44" / "the A-7", "Flight BA117" / "Flight BA171" are
//! two roads, two flights).

use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::text::{hash_str, Kind, Token};

/// What names the thing a figure names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Ident {
    /// The key of the name, lower case: the code's letters ("a" of "A-44", "ba" of
    /// "BA117") or the word before the figure ("flight", "line", "boeing"). Two figures of
    /// one name and two values name two things.
    pub(super) name: u64,
    /// Where the name starts (code point): the flag's text reads "A-44", "Flight 447".
    pub(super) start: usize,
    /// Whether the figure is a rating on a scale ([`RATINGS`]: "Category 4"): the flag's
    /// text ends at the figure ("Category 4 ≠ Category 3", not "4 storm").
    pub(super) rating: bool,
    /// Whether the thing named is a road ([`is_road`]: "Interstate 95", "Route 9", "on
    /// the A3", "auf der A9", "the M6 motorway") or a transit line ([`is_line`]: "a U5
    /// train", "line 14"): two roads or lines of one kind differing are two places, the
    /// place flag's, not a count's.
    pub(super) road: bool,
    /// Whether the figure is a model's designation ("Boeing 737", "Airbus A321", "ICE 3":
    /// after a maker of [`MAKERS`] or a train of [`TRAINS`]): a vehicle, which the vehicle
    /// flag tells apart ("A321≠A320"), no figure of the number flag (trial 40 T8).
    pub(super) model: bool,
    /// Whether the thing named is a transit line ([`is_line`], a part of `road`): a line
    /// is compared with a line of any name, and two codes of two letters name two lines
    /// whatever their figures ("S7" / "U5", "S5" / "U5"; session 51). A line named by a
    /// word ("line 14", "Linie 3", "the 7 train") takes the name [`LINE_NAME`].
    pub(super) line: bool,
}

/// The name ([`Ident::name`]'s text) of a line numbered after a word of [`LINE_WORDS`]
/// ("line 14", "Linie 3", "la ligne 4") or before a transit noun ("the 7 train"): one
/// name in every language, so "Linie 3" / "line 4" are two lines, and a line of a code
/// ("U4") is compared with it by its figure alone.
const LINE_NAME: &str = "ident line";

/// The key of [`LINE_NAME`].
pub(super) fn line_name() -> u64 {
    hash_str(LINE_NAME)
}

/// Words after which a figure numbers a road ("Interstate 95", "Route 9", "Highway 401",
/// "la carretera 340", "la strada statale 16", "Autobahn 3"), lower case; next to a road's
/// code they say it is one ("the M6 motorway", "l'autoroute A7").
const ROAD_WORDS: &[&str] = &[
    "route",
    "road",
    "highway",
    "motorway",
    "interstate",
    "freeway",
    "autobahn",
    "autoroute",
    "carretera",
    "autopista",
    "autovía",
    "ruta",
    "autostrada",
    "statale",
    "rodovia",
    "estrada",
];

/// Letters of road codes ("A3", "I-95", "M6", "N-340", "B27", "E45", "D906", "SS16",
/// "AP-7", "US 1" is a word), lower case: a code of these letters names a road where a
/// road preposition comes before it or a road word next to it ([`is_road`]; not "a B-52
/// bomber", "an N95 mask", "the A380").
const ROAD_LETTERS: &[&str] = &[
    "a", "b", "m", "n", "i", "e", "d", "r", "l", "k", "s", "st", "sr", "ss", "sp", "ap", "ip",
    "rn", "br", "nh", "sh",
];

/// Prepositions (and the articles after them) before a road's code: "on the A3", "auf
/// der A9", "sur l'A7", "sulla A1", "en la A-6", "na A1", "along the M6"; and verbs whose
/// object is a road ("left the I-95", "closed the A3").
const ROAD_BEFORE: &[&str] = &[
    "on", "onto", "off", "along", "via", "left", "leaving", "closed", "blocked", "auf", "über",
    "sur", "sulla", "sull", "en", "por", "na", "pela", "lungo",
];

/// Articles skipped between [`ROAD_BEFORE`] and a road's code.
const ROAD_ARTICLES: &[&str] = &["the", "der", "die", "la", "el", "a", "l"];

/// Whether a word (lower case) numbers the figure after it: a vehicle's, a line's
/// ([`NUMBERED`]) or a road's ([`ROAD_WORDS`]).
fn numbering_word(norm: &str) -> bool {
    NUMBERED.contains(&norm) || ROAD_WORDS.contains(&norm)
}

/// Whether the figure at token `i` of `p`, named by `name_tok` (the word before it, or
/// the code's own token) with `letters` (a code's letters, lower case; empty for a word),
/// names a road: after a word of [`ROAD_WORDS`] ("Interstate 95"), or a code of
/// [`ROAD_LETTERS`] with a road preposition before it ([`ROAD_BEFORE`], an article
/// between: "on the A3", "auf der A9") or a word of [`ROAD_WORDS`] next to it ("the M6
/// motorway", "l'autoroute A7").
fn is_road(p: &Prepared, name_tok: usize, i: usize, letters: &str) -> bool {
    let toks = &p.tokens;
    if letters.is_empty() {
        return ROAD_WORDS.contains(&toks[name_tok].norm.as_str());
    }
    if !ROAD_LETTERS.contains(&letters) {
        return false;
    }
    let noun = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| ROAD_WORDS.contains(&t.norm.as_str()))
    };
    if noun(Some(i + 1)) || noun(name_tok.checked_sub(1)) {
        return true;
    }
    // The code's token may hold an elided article ("l'A7", "sull'A14").
    let mut k = name_tok;
    if k > 0 && ROAD_ARTICLES.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
    }
    (k > 0 && ROAD_BEFORE.contains(&toks[k - 1].norm.as_str()))
        || surface(p, toks[name_tok].start, toks[name_tok].end)
            .to_lowercase()
            .starts_with("sull")
}

/// Letters of transit lines' codes ("U5", "S7", "M10", "T3", "RER B" has no figure),
/// lower case: a code of these letters names a line where a word of [`TRANSIT_WORDS`]
/// stands next to it ([`is_line`]; trial 53 R11: "a U5 train" / "a U2 train" is two lines,
/// not two counts).
const LINE_LETTERS: &[&str] = &["u", "s", "m", "t", "re", "rb", "rer"];

/// Words of a transit line's vehicle or of the line itself next to its code ("a *U5*
/// train", "the S7 line", "Linie U5", "la ligne M4", "the M10 tram"), in the seven
/// languages, lower case; after a word of these a figure alone numbers a line ("line 14",
/// "Linie 5", "la línea 3").
const TRANSIT_WORDS: &[&str] = &[
    "train",
    "trains",
    "tram",
    "trams",
    "line",
    "metro",
    "subway",
    "underground",
    // fr
    "ligne",
    "rame",
    "métro",
    // de
    "linie",
    "zug",
    "bahn",
    "straßenbahn",
    // es
    "línea",
    "tren",
    "tranvía",
    // it
    "linea",
    "treno",
    "tranvia",
    // pt
    "linha",
    "comboio",
    "bonde",
    // nl
    "lijn",
    "trein",
    "metrolijn",
];

/// Words before a figure that make it a line's number ("line 14", "Linie 5", "la ligne
/// 4", "la línea 3", "la linea 2", "a linha 1", "lijn 9").
const LINE_WORDS: &[&str] = &["line", "ligne", "linie", "línea", "linea", "linha", "lijn"];

/// Whether a figure of `p`, named by `name_tok` (the word before it, or the code's own
/// token) with `letters` (a code's letters, lower case; empty for a word), names a
/// transit line: after a word of [`LINE_WORDS`] ("line 14"), or a code of
/// [`LINE_LETTERS`] with a word of [`TRANSIT_WORDS`] right after it, right before its
/// name ("a U5 train", "Linie U5") or anywhere in the sentence, not told as a road
/// ("Trains stopped and the S7 was closed", "S-Bahn trains on the S7"; session 51), no
/// road word in the sentence ("the M6 motorway"). A line is named, not counted: two lines differing are two places, flagged as roads are
/// ([`Ident::road`]).
fn is_line(p: &Prepared, name_tok: usize, letters: &str) -> bool {
    let toks = &p.tokens;
    if letters.is_empty() {
        return LINE_WORDS.contains(&toks[name_tok].norm.as_str());
    }
    let transit = |t: &Token| TRANSIT_WORDS.contains(&t.norm.as_str());
    let road = |t: &Token| ROAD_WORDS.contains(&t.norm.as_str());
    LINE_LETTERS.contains(&letters) && toks.iter().any(transit) && !toks.iter().any(road)
}

/// Transit nouns after a figure that make it a line's number when "the" stands before it,
/// singular ("the 7 train", "the 4 line", "the 10 tram"; "the 7 trains" are counted).
const LINE_AFTER: &[&str] = &["train", "line", "tram"];

/// Whether the figure at token `i` of `p` numbers a line named before its transit noun:
/// "the", a whole figure, a noun of [`LINE_AFTER`] ("the 7 train" / "the 4 train" are two
/// lines, not two counts of trains; session 51).
fn line_before_noun(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let whole = matches!(toks[i].kind, Kind::Number(v) if v.fract() == 0.0 && v >= 1.0);
    whole
        && i > 0
        && toks[i - 1].norm == "the"
        && toks
            .get(i + 1)
            .is_some_and(|n| LINE_AFTER.contains(&n.norm.as_str()))
}

/// Words before a line named by a letter alone ("RER B", "line A", "la ligne B", "la
/// línea A", "Linie A"), lower case: [`LINE_WORDS`] and the Paris RER.
pub(super) fn letter_line_word(norm: &str) -> bool {
    norm == "rer" || LINE_WORDS.contains(&norm)
}

/// A line named by one capital letter after a word of [`letter_line_word`] ("RER B",
/// "Line A", "la ligne B") at token `i` of `p`: its name ([`Ident`]: "rer" for the RER,
/// [`LINE_NAME`] for a word of a line) and a value standing for its letter, above every
/// figure a line is numbered by (1,000 and the letter's code point), so "RER B" / "RER
/// A" are two lines and "line B" / "line 2" too (session 51: they got no flag).
pub(super) fn letter_line(p: &Prepared, i: usize) -> Option<(Ident, f64)> {
    let toks = &p.tokens;
    let t = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    let b = toks.get(i.checked_sub(1)?)?;
    let written = surface(p, t.start, t.end);
    let mut chars = written.chars();
    let letter = chars
        .next()
        .filter(|c| c.is_ascii_uppercase() && chars.next().is_none())?;
    // "Line A" but not "line A said" nor a letter that ends a name ("RER A's"): a
    // letter after a line's word, one space between.
    if !letter_line_word(&b.norm) || surface(p, b.end, t.start) != " " {
        return None;
    }
    let name = match b.norm == "rer" {
        true => hash_str("ident rer"),
        false => line_name(),
    };
    let ident = Ident {
        name,
        start: b.start,
        rating: false,
        road: true,
        model: false,
        line: true,
    };
    Some((ident, 1000.0 + f64::from(u32::from(letter))))
}

/// Makers of aircraft whose models are named by a figure after their name, a space
/// between ("the ATR 72 turboprop", "a Boeing 737 jet", "an Embraer 190"): the figure
/// names the model, whatever follows it. Models written with a hyphen or joined to their
/// letters ("Su-25", "A320") are codes.
const MAKERS: &[&str] = &[
    "atr",
    "boeing",
    "airbus",
    "embraer",
    "bombardier",
    "cessna",
    "antonov",
    "tupolev",
    "ilyushin",
    "sukhoi",
    "fokker",
    "dornier",
    "beechcraft",
    "learjet",
    "gulfstream",
    "sikorsky",
    "saab",
    "dash",
];

/// Trains whose models news names by a figure after their name ("ICE 3", "TGV 2N2" is a
/// code), lower case.
const TRAINS: &[&str] = &["ice", "tgv", "ave", "velaro"];

/// Words after which a figure is a rating on a scale, not a count, whatever follows it
/// ("a Category 4 storm", "a level 3 alert", "a level-four warning", "Force 9 gales", "la
/// catégorie 4", "categoría 3", "Kategorie 4", "Stufe 3", "Gefahrenstufe 4"): compared with the rating of the same scale
/// only.
const RATINGS: &[&str] = &[
    "category",
    "level",
    "grade",
    "force",
    "stage",
    "tier",
    "catégorie",
    "niveau",
    "categoría",
    "nivel",
    "categoria",
    "livello",
    "kategorie",
    "stufe",
    // "un danger d'avalanche de degré 4", "grado 3", "grau 4", "nível 2" (trial 48 F5).
    "degré",
    "grado",
    "grau",
    "nível",
];

/// Words after which a figure is the number of a vehicle or a line, whatever follows it
/// ("Train 8 derailed", "the bus on line 14 crashed", "Bus 52 overturned", "il treno
/// regionale 8", "el vuelo 447", "le vol 447", "Flug 447"), in seven languages; a road's
/// are [`ROAD_WORDS`].
const NUMBERED: &[&str] = &[
    "flight",
    "bus",
    "train",
    "tram",
    "line",
    "platform",
    "gate",
    "runway",
    "vol",
    "ligne",
    "vuelo",
    "tren",
    "línea",
    "autobús",
    "volo",
    "treno",
    "regionale",
    "linea",
    "flug",
    "zug",
    "linie",
    "voo",
    "vlucht",
    "lijn",
];

/// Whether the figure at token `i` of `p` names a thing rather than counting one, and its
/// name ([`Ident`]):
/// - a road or a code joined to one to three capital letters before it ("the A-44
///   motorway", "the N-340", "I-95");
/// - a figure right after a word of [`NUMBERED`] ("Flight 447 crashed", "Train 8
///   derailed"), unless a word of people follows it (`people`: "the bus 52 people were
///   on");
/// - a rating: a whole figure of 1 to 20 after a word of [`RATINGS`] and before no unit
///   ("a Category 4 storm"; its flag reads "Category 4");
/// - a model: a figure after a maker of [`MAKERS`] ("the ATR 72 turboprop");
/// - unless `counts_noun` (a noun that is no verb follows it) or the sentence is German
///   (`german`: every noun is capitalised), a figure after a name inside the sentence
///   ("Flight 302 killed 157 people", "took Route 9").
pub(super) fn identifier(
    p: &Prepared,
    i: usize,
    (counts_noun, people, german): (bool, bool, bool),
) -> Option<Ident> {
    let toks = &p.tokens;
    let b = i.checked_sub(1).map(|k| &toks[k])?;
    let gap = surface(p, b.end, toks[i].start);
    let written = surface(p, b.start, b.end);
    let letters = after_elision(&written);
    let code = b.kind == Kind::Word
        && matches!(&*gap, "-" | "")
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && (1..=3).contains(&letters.chars().count());
    let spaced = b.kind == Kind::Word && gap == " ";
    let numbered = spaced && numbering_word(&b.norm) && !people;
    // "a level-four avalanche warning", "Category-4": a rating joined by a hyphen too
    // (trial 48 F5: read as four avalanches, a count of its own, it kept the sentence's
    // other count from its translation).
    let joined = b.kind == Kind::Word && matches!(&*gap, " " | "-");
    let rating = joined && rating(b, &toks[i]) && !people;
    // "the river level 3 metres above normal": a measure, no rating.
    let rating = rating
        && toks
            .get(i + 1)
            .is_none_or(|n| crate::matcher::flags::units::unit_of(&n.norm).is_none());
    let named = spaced && b.proper && !b.stop && !b.date && !counts_noun && !german;
    let model = spaced && MAKERS.contains(&b.norm.as_str()) && b.capital && !people;
    let train = spaced && TRAINS.contains(&b.norm.as_str()) && b.capital && !people;
    let lower = letters.to_lowercase();
    let line = (code && is_line(p, i - 1, &lower)) || (numbered && is_line(p, i - 1, ""));
    let road =
        line || (code && is_road(p, i - 1, i, &lower)) || (numbered && is_road(p, i - 1, i, ""));
    // "the 7 train": a line named before its noun, its flag's text the figure and the noun.
    if !code && line_before_noun(p, i) {
        return Some(Ident {
            name: line_name(),
            start: toks[i].start,
            rating: false,
            road: true,
            model: false,
            line: true,
        });
    }
    // A word in the possessive owns what the figure counts, it numbers nothing ("the
    // train's seven carriages" is no Train 7, read as "s seven carriages": trial 50 F9).
    let owner = written.ends_with("'s") || written.ends_with("\u{2019}s");
    let (numbered, named, model, train) = match owner {
        true => (false, false, false, false),
        false => (numbered, named, model, train),
    };
    let name = match line && !code {
        true => line_name(),
        false => hash_str(&format!("ident {}", b.norm)),
    };
    (code || numbered || rating || named || model || train).then(|| Ident {
        name,
        start: b.start + elided_len(&written),
        rating,
        road,
        model: model || train,
        line,
    })
}

/// A token as written without the French or Italian article elided before it ("A7" of
/// "l'A7", "A14" of "sull'A14", "A" of "l'A-7"; trial 26 F10): the tokeniser keeps the
/// article in the token's text and reads the word after it (`text.rs`, `ELISIONS`).
fn after_elision(written: &str) -> &str {
    written.rsplit(apostrophe).next().unwrap_or(written)
}

/// How many code points an elided article takes before a token's word ([`after_elision`]):
/// 2 for "l'A7", 0 for "A7".
fn elided_len(written: &str) -> usize {
    written.chars().count() - after_elision(written).chars().count()
}

/// Whether a character is an apostrophe as the tokeniser reads one in a word (straight,
/// curly, modifier letter).
fn apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2bc}')
}

/// Whether token `b`, right before figure `t`, makes it a rating: a word of [`RATINGS`]
/// before a whole figure of 1 to 20 ("Category 4", not "level 3.5").
fn rating(b: &Token, t: &Token) -> bool {
    let small = matches!(t.kind, Kind::Number(v) if v.fract() == 0.0 && (1.0..=20.0).contains(&v));
    small && (RATINGS.contains(&b.norm.as_str()) || rating_compound(&b.norm))
}

/// Whether a German word ends with a word of [`RATINGS`]: "Gefahrenstufe 4",
/// "Warnstufe 3", "Alarmstufe 2" (a compound of "Stufe").
fn rating_compound(norm: &str) -> bool {
    norm.len() > "stufe".len() && norm.ends_with("stufe")
}

/// Whether token `b`, right before figure `t`, names what the figure is the number of,
/// read from the two tokens alone (for the figures the score shares, `prepared.rs`): a
/// word of [`NUMBERED`] ("Flight 447", "line 14"), a maker of aircraft ([`MAKERS`]: "ATR
/// 72", "Boeing 737"; not a rating: "Stage 1" shares its figure with "Stage One") or one
/// to three capital letters joined
/// to it by a hyphen or nothing ("A-44", not "GMT+2"; `gap` gives the text between the
/// two, asked only of such letters).
pub(crate) fn names_before(b: &Token, t: &Token, gap: impl FnOnce() -> String) -> bool {
    let letters = b.capital && (1..=3).contains(&b.norm.chars().count());
    let joined = || t.start <= b.end + 1 && matches!(gap().as_str(), "-" | "");
    let model = b.capital && MAKERS.contains(&b.norm.as_str());
    let numbered = numbering_word(&b.norm) || model;
    b.kind == Kind::Word && (numbered || (letters && joined()))
}

/// A code of one token, one to three capital letters and one to four digits ("BA117",
/// "M6", "MH17"): its name ([`Ident`], the letters) and its figure.
pub(super) fn code_token(p: &Prepared, i: usize) -> Option<(Ident, f64)> {
    let t = p.tokens.get(i).filter(|t| t.kind == Kind::Word)?;
    let whole = surface(p, t.start, t.end);
    // "sull'A14": the code after the elided article.
    let written = after_elision(&whole);
    let split = written.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = written.split_at(split);
    let code = (1..=3).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && (1..=4).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    let name = hash_str(&format!("ident {}", letters.to_lowercase()));
    let lower = letters.to_lowercase();
    let line = code && is_line(p, i, &lower);
    let road = line || (code && is_road(p, i, i, &lower));
    // "Airbus A321": a maker's model.
    let model = i.checked_sub(1).is_some_and(|k| {
        let m = &p.tokens[k];
        m.capital && MAKERS.contains(&m.norm.as_str()) && surface(p, m.end, t.start) == " "
    });
    code.then(|| digits.parse().ok()).flatten().map(|v| {
        (
            Ident {
                name,
                start: t.start + elided_len(&whole),
                rating: false,
                road,
                model,
                line,
            },
            v,
        )
    })
}
